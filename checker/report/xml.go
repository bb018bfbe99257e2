package report

import (
	"encoding/xml"
	"io"
	"strings"
)

// xmlHeader starts every XML format; encoding/xml does not write one.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// xmlSafe replaces the characters XML 1.0 cannot hold at all, even as
// character references (most C0 controls, surrogates, U+FFFE and U+FFFF),
// with U+FFFD, so that a message carrying stray bytes from a filing still
// yields a well-formed document. encoding/xml escapes everything else.
func xmlSafe(s string) string {
	if strings.IndexFunc(s, notXMLChar) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if notXMLChar(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// notXMLChar reports whether r is outside XML 1.0's Char production.
func notXMLChar(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r':
		return false
	case r < 0x20:
		return true
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return true
	}
	return r > 0x10FFFF
}

// writeXML writes the XML header and v indented by two spaces, ending
// with a newline.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xmlHeader); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
