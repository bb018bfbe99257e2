package parse

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// sgmlDoc is one <DOCUMENT> of a submission.
type sgmlDoc struct {
	att        model.Attachment
	start, end int // the bytes inside <TEXT>…</TEXT>
	kind       Kind
}

// parseSubmission splits an SGML submission into its header and documents
// and parses each text or HTML document in place, so positions stay in the
// submission's coordinates.
func parseSubmission(src *source.File, opts Options, f *model.File) error {
	data := submissionData(src, f)
	docStart := indexFold(data, []byte("<DOCUMENT>"), 0)
	headerEnd := docStart
	if headerEnd < 0 {
		headerEnd = len(data)
	}
	f.Header = parseHeader(data[:headerEnd])
	sub := model.Submission{Type: headerValue(f.Header, "CONFORMED SUBMISSION TYPE", "TYPE"), DocumentCount: -1, Line: 1, Col: 1}
	if n, err := strconv.Atoi(headerValue(f.Header, "PUBLIC DOCUMENT COUNT", "PUBLIC-DOCUMENT-COUNT")); err == nil {
		sub.DocumentCount = n
	}
	docs := splitDocuments(src, data, docStart, f)
	for _, d := range docs {
		sub.Documents = append(sub.Documents, d.att)
	}
	if docStart < 0 {
		f.Warnings = append(f.Warnings, "submission holds no <DOCUMENT>")
	}
	company := headerValue(f.Header, "COMPANY CONFORMED NAME", "CONFORMED-NAME")
	filed := yyyymmdd(headerValue(f.Header, "FILED AS OF DATE", "FILING-DATE"))
	for _, d := range docs {
		if d.kind != KindASCII && d.kind != KindHTML {
			f.Attachments = append(f.Attachments, d.att)
			continue
		}
		doc := parseDocument(src, d.start, d.end, d.kind, opts)
		doc.Sequence = d.att.Sequence
		doc.Filename = d.att.Filename
		doc.Description = d.att.Description
		doc.Header = f.Header
		doc.Submission = sub
		doc.Company = company
		doc.Filed = filed
		setForm(doc, d.att.Type)
		f.Documents = append(f.Documents, doc)
	}
	return nil
}

// splitDocuments finds each <DOCUMENT> block. A block without
// </DOCUMENT> (a truncated submission) runs to the next <DOCUMENT> or the
// end of the file, with a warning.
func splitDocuments(src *source.File, data []byte, at int, f *model.File) []sgmlDoc {
	var docs []sgmlDoc
	for at >= 0 {
		bodyStart := at + len("<DOCUMENT>")
		next := indexFold(data, []byte("<DOCUMENT>"), bodyStart)
		end := indexFold(data, []byte("</DOCUMENT>"), bodyStart)
		if end < 0 || (next >= 0 && next < end) {
			end = next
			if end < 0 {
				end = len(data)
			}
			f.Warnings = append(f.Warnings, fmt.Sprintf("%s: <DOCUMENT> has no </DOCUMENT>", src.Position(at)))
		}
		docs = append(docs, documentBlock(src, at, bodyStart, end))
		at = next
	}
	return docs
}

// documentBlock reads the <TYPE>, <SEQUENCE>, <FILENAME> and <DESCRIPTION>
// lines of one block and locates its <TEXT>.
func documentBlock(src *source.File, at, start, end int) sgmlDoc {
	data := src.Data
	pos := src.Position(at)
	d := sgmlDoc{att: model.Attachment{Line: pos.Line, Col: pos.Col}, start: start, end: end}
	textAt := indexFold(data[:end], []byte("<TEXT>"), start)
	headEnd := end
	if textAt >= 0 {
		headEnd = textAt
		d.start = textAt + len("<TEXT>")
		if stop := lastIndexFold(data[d.start:end], []byte("</TEXT>")); stop >= 0 {
			d.end = d.start + stop
		}
	}
	for _, line := range bytes.Split(data[start:headEnd], []byte("\n")) {
		line = bytes.TrimSpace(line)
		key, val, ok := tagLine(line)
		if !ok {
			continue
		}
		switch key {
		case "TYPE":
			d.att.Type = val
		case "SEQUENCE":
			d.att.Sequence, _ = strconv.Atoi(val)
		case "FILENAME":
			d.att.Filename = val
		case "DESCRIPTION":
			d.att.Description = val
		}
	}
	if d.start < len(data) && data[d.start] == '\r' {
		d.start++
	}
	if d.start < len(data) && data[d.start] == '\n' {
		d.start++
	}
	d.kind = contentKind(d.att, data[d.start:d.end])
	d.att.Kind = attachmentKind(d.kind, d.att.Filename, data[d.start:d.end])
	return d
}

// contentKind decides whether a document's text is prose to lint.
func contentKind(att model.Attachment, body []byte) Kind {
	head := bytes.TrimLeft(body, " \t\r\n")
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	// The prefix tests need only the opening bytes lowered.
	lower := bytes.ToLower(head[:min(len(head), len("<xbrl>"))])
	switch {
	case len(head) == 0:
		return KindEmpty
	case bytes.HasPrefix(head, []byte("begin ")) || bytes.HasPrefix(lower, []byte("<pdf>")):
		return KindBinary
	case isBinary(head):
		return KindBinary
	case bytes.HasPrefix(lower, []byte("<xbrl>")), bytes.HasPrefix(lower, []byte("<xml>")):
		if looksHTML(ascii.Lower(string(head))) {
			return KindHTML
		}
		return KindXML
	case SkipByName(att.Filename):
		return KindBinary
	}
	kind := Detect(att.Filename, body)
	if kind == KindSubmission {
		kind = KindASCII
	}
	return kind
}

func attachmentKind(k Kind, filename string, body []byte) string {
	ext := strings.ToLower(filepath.Ext(filename))
	head := bytes.TrimLeft(body, " \t\r\n")
	head = head[:min(len(head), sniffLen)]
	switch {
	case bytes.HasPrefix(head, []byte("begin ")):
		return "uuencoded"
	case ext == ".pdf" || bytes.HasPrefix(bytes.ToLower(head[:min(len(head), len("<pdf>"))]), []byte("<pdf>")):
		return "pdf"
	case ext == ".jpg" || ext == ".jpeg" || ext == ".gif" || ext == ".png":
		return "image"
	case k == KindXML && bytes.Contains(bytes.ToLower(head), []byte("xbrl")):
		return "xbrl"
	}
	return k.String()
}

// parseHeader reads "KEY: value" lines and <KEY>value tags from a
// submission header; the first occurrence of a key wins.
func parseHeader(b []byte) map[string]string {
	h := map[string]string{}
	for _, line := range bytes.Split(b, []byte("\n")) {
		line = bytes.TrimSpace(line)
		var key, val string
		if k, v, ok := tagLine(line); ok {
			key, val = k, v
		} else if i := bytes.IndexByte(line, ':'); i > 0 {
			key, val = string(bytes.TrimSpace(line[:i])), string(bytes.TrimSpace(line[i+1:]))
		}
		if key == "" || val == "" || strings.ContainsAny(key, "<>") {
			continue
		}
		if _, dup := h[key]; !dup {
			h[key] = val
		}
	}
	return h
}

// tagLine splits "<KEY>value" into KEY and value.
func tagLine(line []byte) (string, string, bool) {
	if len(line) < 3 || line[0] != '<' || line[1] == '/' {
		return "", "", false
	}
	i := bytes.IndexByte(line, '>')
	if i < 2 {
		return "", "", false
	}
	val := strings.TrimSpace(string(line[i+1:]))
	if val == "" {
		return "", "", false
	}
	return strings.ToUpper(string(line[1:i])), val, true
}

func headerValue(h map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := h[k]; v != "" {
			return v
		}
	}
	return ""
}

// yyyymmdd turns 20090306 into 2009-03-06.
func yyyymmdd(s string) string {
	if len(s) < 8 {
		return ""
	}
	for _, c := range s[:8] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:8]
}

// indexFold finds sep (an upper-case tag) in b at or after from, ignoring
// ASCII case. EDGAR writes its tags in upper case, so a fast exact search
// comes first; the folding scan runs only when it finds nothing.
func indexFold(b, sep []byte, from int) int {
	if from < 0 || from > len(b) {
		return -1
	}
	if i := bytes.Index(b[from:], sep); i >= 0 {
		return from + i
	}
	for i := from; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if len(b)-i >= len(sep) && bytes.EqualFold(b[i:i+len(sep)], sep) {
			return i
		}
		i++
	}
}

func lastIndexFold(b, sep []byte) int {
	for i := len(b) - len(sep); i >= 0; i-- {
		if b[i] == '<' && bytes.EqualFold(b[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// submissionData returns the bytes of the file's first submission. Some
// archives hold a submission twice (or several one after another); only
// the first is linted, with a warning, since positions and the header
// belong to one submission.
func submissionData(src *source.File, f *model.File) []byte {
	data := src.Data
	first := indexFold(data, []byte("<SEC-DOCUMENT>"), 0)
	if first < 0 {
		return data
	}
	second := indexFold(data, []byte("<SEC-DOCUMENT>"), first+1)
	if second < 0 {
		return data
	}
	f.Warnings = append(f.Warnings, fmt.Sprintf("%s: the file holds another submission; only the first is linted", src.Position(second)))
	return data[:second]
}
