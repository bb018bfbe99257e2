package parse

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/filinglint/filinglint/checker/internal/ascii"
)

// Kind is what a file's content looks like.
type Kind int

// The kinds of content Detect recognises.
const (
	KindUnknown    Kind = iota
	KindASCII           // EDGAR ASCII document (plain text, <PAGE>/<TABLE> tags)
	KindHTML            // HTML or inline XBRL document
	KindSubmission      // SGML full submission (<SEC-DOCUMENT>, <SUBMISSION>, <DOCUMENT>)
	KindXML             // XML that is not HTML (XBRL instance, Form 4, 13F)
	KindBinary          // not text: images, PDFs, archives, executables
	KindEmpty           // no bytes, or only white space
)

var kindNames = [...]string{"unknown", "ascii", "html", "submission", "xml", "binary", "empty"}

func (k Kind) String() string { return kindNames[k] }

// sniffLen is how much of the file detection looks at.
const sniffLen = 8192

// binaryExt lists extensions that are never filings; directory walks skip
// them without reading.
var binaryExt = map[string]bool{
	".pdf": true, ".jpg": true, ".jpeg": true, ".gif": true, ".png": true, ".bmp": true,
	".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".7z": true, ".tar": true,
	".xls": true, ".xlsx": true, ".doc": true, ".docx": true, ".exe": true, ".dll": true, ".so": true,
	".ico": true, ".woff": true, ".ttf": true, ".mp3": true, ".mp4": true,
	// Text that is never a filing: config, rule packs, reports, source.
	".yaml": true, ".yml": true, ".json": true, ".sarif": true, ".md": true, ".go": true,
	".toml": true, ".csv": true, ".tsv": true, ".css": true, ".js": true, ".py": true,
}

// SkipByName reports whether a file is not a filing judging by its name
// alone (an image, archive, office file, or text such as YAML, JSON and
// Markdown that is never a filing), so a walk need not open it.
func SkipByName(name string) bool {
	return binaryExt[strings.ToLower(filepath.Ext(name))]
}

// Detect tells what data holds. Content decides; the name's extension is a
// hint only for telling HTML from ASCII.
func Detect(name string, data []byte) Kind {
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if len(bytes.TrimSpace(head)) == 0 && len(bytes.TrimSpace(data)) == 0 {
		return KindEmpty
	}
	if isBinary(head) {
		return KindBinary
	}
	head = skipPreamble(head)
	if isSubmission(head) {
		return KindSubmission
	}
	// The markers looked for are ASCII: lowering the ASCII letters is
	// enough, and much cheaper than bytes.ToLower.
	lower := ascii.Lower(string(head))
	if looksHTML(lower) {
		if isWrappedASCII(lower, data) {
			return KindASCII
		}
		return KindHTML
	}
	if strings.HasPrefix(lower, "<?xml") || strings.HasPrefix(lower, "<xbrl") {
		return KindXML
	}
	ext := strings.ToLower(filepath.Ext(name))
	if (ext == ".htm" || ext == ".html" || ext == ".xhtml") && hasHTMLTags(lower) {
		return KindHTML
	}
	return KindASCII
}

// isBinary reports content with NUL bytes or many control characters.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(head)/20+2
}

// skipPreamble skips leading white space, a byte-order mark and the
// PRIVACY-ENHANCED MESSAGE wrapper EDGAR puts before dissemination copies.
func skipPreamble(b []byte) []byte {
	b = bytes.TrimLeft(b, " \t\r\n\ufeff")
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(b, []byte("-----BEGIN PRIVACY-ENHANCED MESSAGE-----")) {
		if i := bytes.IndexByte(b, '<'); i >= 0 {
			b = b[i:]
		}
	}
	return b
}

var submissionStarts = [][]byte{
	[]byte("<SEC-DOCUMENT>"), []byte("<SEC-HEADER>"), []byte("<SUBMISSION>"),
	[]byte("<DOCUMENT>"), []byte("<IMS-DOCUMENT>"), []byte("<IMS-HEADER>"),
}

func isSubmission(b []byte) bool {
	for _, p := range submissionStarts {
		if len(b) >= len(p) && bytes.EqualFold(b[:len(p)], p) {
			return true
		}
	}
	return false
}

func looksHTML(lower string) bool {
	for _, p := range []string{"<html", "<!doctype html", "<head", "<body"} {
		if strings.Contains(lower, p) {
			return true
		}
	}
	if strings.HasPrefix(lower, "<?xml") && strings.Contains(lower, "xhtml") {
		return true
	}
	return false
}

// hasHTMLTags reports tags that EDGAR ASCII documents never use.
func hasHTMLTags(lower string) bool {
	for _, p := range []string{"<p>", "<p ", "<div", "<font", "<br", "<td", "<tr", "<span", "<b>", "<center"} {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// isWrappedASCII reports an EDGAR ASCII document wrapped in <html><body>
// and nothing more: no paragraph, font, break or table markup in its
// opening, and EDGAR's <S>/<C> column markers or <PAGE> tags in its text.
func isWrappedASCII(lower string, data []byte) bool {
	for _, p := range []string{"<p>", "<p ", "<font", "<br", "<td", "<tr", "<span"} {
		if strings.Contains(lower, p) {
			return false
		}
	}
	return countEDGARMarks(data, 4) >= 4
}

// countEDGARMarks counts the <S>, <C> and <PAGE> tags of data, stopping
// at limit.
func countEDGARMarks(data []byte, limit int) int {
	n := 0
	for i := 0; n < limit; i++ {
		k := bytes.IndexByte(data[i:], '<')
		if k < 0 {
			break
		}
		i += k
		rest := data[i:]
		if bytes.HasPrefix(rest, []byte("<S>")) || bytes.HasPrefix(rest, []byte("<C>")) || bytes.HasPrefix(rest, []byte("<PAGE>")) {
			n++
		}
	}
	return n
}
