package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/filinglint/filinglint/checker/visible"
)

// hlineProps is what the markup says about one visible line, gathered from
// its runs of text (white space and punctuation runs left out).
type hlineProps struct {
	minSize float32 // smallest font size of its text, points
	head    uint8   // h1..h6 level when all its text is in one; 255 while unset
	bold    bool    // all its text is bold
	center  bool    // all its text is centred
	link    bool    // all its text is a link
	multi   bool    // a table row of several cells
	n       int     // runs counted
}

func newLineProps() hlineProps {
	return hlineProps{bold: true, center: true, link: true, head: 255}
}

// add counts the text runs of rs.
func (pr *hlineProps) add(rs []hrun) {
	for i := range rs {
		r := &rs[i]
		if r.kind != kText || !hasAlnum(r.s) {
			continue
		}
		pr.n++
		pr.bold = pr.bold && r.st.bold
		pr.center = pr.center && r.st.center
		pr.link = pr.link && r.st.link
		if pr.minSize == 0 || r.st.size < pr.minSize {
			pr.minSize = r.st.size
		}
		if pr.head == 255 {
			pr.head = r.st.head
		} else if pr.head != r.st.head {
			pr.head = 0
		}
	}
}

// done settles the flags once every run is counted.
func (pr *hlineProps) done() {
	if pr.n == 0 {
		*pr = hlineProps{multi: pr.multi}
	}
	if pr.head == 255 {
		pr.head = 0
	}
}

// hints settles the table ordinals of the lines (tables that turned out to
// be layout are not tables) and sets the heading hints: the level of an
// h1–h6 line, 1 for an emphasised (bold or larger than the body text) line
// in upper case, 2 for another short emphasised line. Not headings: a line
// that is all a link (a "back to contents" link), a line of a data table,
// a row of several cells of a layout table unless it starts "Item" or
// "Part" ("Item 1A.  Risk Factors").
func (p *htmlParser) hints(t *visible.Text) {
	for i := range t.Lines {
		l := &t.Lines[i]
		if !l.InTable {
			continue
		}
		if id := l.Table; id >= 1 && id <= len(p.tableFinal) && p.tableFinal[id-1] > 0 {
			l.Table = p.tableFinal[id-1]
		} else {
			l.InTable, l.Table = false, 0
		}
	}
	if len(p.props) != len(t.Lines) {
		return // cannot happen: every line is ended by finishLine
	}
	body := p.bodySize()
	for i := range t.Lines {
		l, pr := &t.Lines[i], &p.props[i]
		switch {
		case pr.link || l.InTable && pr.head == 0:
		case pr.multi && !hasPrefixFold(t.Text(i), "item ") && !hasPrefixFold(t.Text(i), "part "):
		case pr.head > 0:
			l.Heading = int(pr.head)
		case pr.bold || pr.minSize >= body*1.15 && pr.minSize >= body+1.5:
			l.Heading = headingHint(t.Text(i))
		}
	}
}

// bodySize returns the font size most of the text is set in.
func (p *htmlParser) bodySize() float32 {
	best, n := 0, 0
	for b, c := range p.sizes {
		if c > n {
			best, n = b, c
		}
	}
	if n == 0 {
		return defaultFontSize
	}
	return float32(best) / 2
}

// maxHintWords bounds the words of an emphasised line taken for a heading.
const maxHintWords = 12

// headingHint returns the heading level an emphasised line suggests: 1 in
// upper case, 2 otherwise; 0 when it is too long, has no letter or ends
// a sentence (save "Item 1." and "Part II.").
func headingHint(s string) int {
	s = strings.TrimSpace(s)
	words, letters, lower := 0, false, false
	inWord := false
	for _, r := range s {
		if r == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
		if unicode.IsLetter(r) {
			letters = true
			lower = lower || unicode.IsLower(r)
		}
	}
	if !letters || words > maxHintWords {
		return 0
	}
	if endsSentence(s) && !hasPrefixFold(s, "item ") && !hasPrefixFold(s, "part ") {
		return 0
	}
	if lower {
		return 2
	}
	return 1
}

// endsSentence reports text ending with a period after a word, not after
// an abbreviation ("Inc.", "U.S.", "No.").
func endsSentence(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[strings.LastIndexByte(s, ' ')+1 : len(s)-1]
	return len(w) > 4 && !strings.Contains(w, ".")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && foldEq(s[:len(prefix)], prefix)
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isAlnum(c) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}
