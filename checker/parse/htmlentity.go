package parse

import (
	"golang.org/x/net/html"
)

// entity decodes the character reference at s[i] == '&' and returns the
// text it stands for and its length in the source. A '&' that starts no
// reference stands for itself. Numeric references in 128–159 are read as
// Windows-1252 (&#147; is “), as browsers and x/net/html do.
func (p *htmlParser) entity(s string, i int) (string, int) {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		return p.numericEntity(s, i)
	}
	for j < len(s) && j-i <= 32 && isAlnum(s[j]) {
		j++
	}
	if j == i+1 {
		return "&", 1
	}
	semi := j < len(s) && s[j] == ';'
	n := j - i
	if semi {
		n++
	}
	if v, ok := namedEntity(s[i+1 : j]); ok {
		return v, n
	}
	if semi {
		if v := html.UnescapeString(s[i : j+1]); v != s[i:j+1] {
			return v, n
		}
	}
	return "&", 1
}

// numericEntity decodes "&#NNN;" or "&#xHHH;" at s[i].
func (p *htmlParser) numericEntity(s string, i int) (string, int) {
	j := i + 2
	hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
	if hex {
		j++
	}
	digits := j
	r := rune(0)
	for ; j < len(s); j++ {
		d := digitValue(s[j], hex)
		if d < 0 {
			break
		}
		if r <= 0x10FFFF {
			if hex {
				r = r*16 + rune(d)
			} else {
				r = r*10 + rune(d)
			}
		}
	}
	if j == digits {
		return "&", 1
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	switch {
	case r >= 0x80 && r <= 0x9f:
		return cp1252Strings[r-0x80], j - i
	case r == 0 || r >= 0xd800 && r <= 0xdfff || r > 0x10ffff:
		r = '\ufffd'
	}
	return p.runeString(r), j - i
}

// runeString returns the string of one rune without allocating for the
// runes a document repeats.
func (p *htmlParser) runeString(r rune) string {
	if r < 0x80 {
		return asciiStrings[r]
	}
	if v, ok := p.runeCache[r]; ok {
		return v
	}
	if p.runeCache == nil {
		p.runeCache = make(map[rune]string)
	}
	v := string(r)
	p.runeCache[r] = v
	return v
}

func digitValue(c byte, hex bool) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case hex && 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case hex && 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// namedEntity decodes the named references EDGAR documents use most,
// without allocating; the rest go through html.UnescapeString.
func namedEntity(name string) (string, bool) {
	v, ok := namedEntities[name]
	return v, ok
}

var namedEntities = map[string]string{
	"nbsp": "\u00a0", "NBSP": "\u00a0",
	"amp": "&", "AMP": "&",
	"lt": "<", "LT": "<",
	"gt": ">", "GT": ">",
	"quot": "\"", "QUOT": "\"",
	"apos":   "'",
	"mdash":  "\u2014",
	"ndash":  "\u2013",
	"rsquo":  "\u2019",
	"lsquo":  "\u2018",
	"rdquo":  "\u201d",
	"ldquo":  "\u201c",
	"bull":   "\u2022",
	"middot": "\u00b7",
	"sect":   "\u00a7",
	"copy":   "\u00a9", "COPY": "\u00a9",
	"reg": "\u00ae", "REG": "\u00ae",
	"trade":  "\u2122",
	"hellip": "\u2026",
	"para":   "\u00b6",
	"deg":    "\u00b0",
	"dagger": "\u2020",
	"Dagger": "\u2021",
	"ensp":   "\u2002",
	"emsp":   "\u2003",
	"thinsp": "\u2009",
	"shy":    "\u00ad",
}

// asciiStrings holds the one-byte strings of the ASCII characters.
var asciiStrings = func() (t [0x80]string) {
	const all = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
		"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
		" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
	for i := range t {
		t[i] = all[i : i+1]
	}
	return t
}()

// cp1252Strings holds bytes 0x80–0xFF read as Windows-1252: 0x80–0x9F are
// its typographic characters, 0xA0–0xFF are Latin-1.
var cp1252Strings = func() (t [0x80]string) {
	low := [32]rune{
		'\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
		'\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
		'\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
		'\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
	}
	for i := range t {
		r := rune(0x80 + i)
		if i < len(low) {
			r = low[i]
		}
		t[i] = string(r)
	}
	return t
}()
