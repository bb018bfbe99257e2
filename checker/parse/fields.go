package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// String helpers for the tests the extractors make of every line. The
// field walkers go through the fields of a string as strings.Fields
// splits them (at Unicode white space) without building the slice; the
// comparisons fold ASCII case without building a lower-case copy.

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceAt reports whether s holds white space at byte i, and its length.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

// nextField returns the bounds of the first field of s at or after byte
// i; start is len(s) when there is none.
func nextField(s string, i int) (start, end int) {
	// Most bytes are ASCII: spaceAt's answer for them is looked up
	// without the call.
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		sp, n := spaceAt(s, i)
		if !sp {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		}
		sp, n := spaceAt(s, i)
		if sp {
			break
		}
		i += n
	}
	return start, i
}

// fieldCount counts the fields of s.
func fieldCount(s string) int {
	n := 0
	for start, end := nextField(s, 0); start < len(s); start, end = nextField(s, end) {
		n++
	}
	return n
}

// lastField returns the last field of s, or "". Most bytes of a field
// are ASCII, each a rune of its own that DecodeLastRuneInString would
// return as such: they are looked up directly.
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		if c := s[end-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !isSpaceRune(r, n) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		if c := s[start-1]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			start--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if isSpaceRune(r, n) {
			break
		}
		start -= n
	}
	return s[start:end]
}

// isSpaceRune reports white space as strings.Fields sees it: a decoding
// error (r == RuneError, n == 1) is not space.
func isSpaceRune(r rune, n int) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return n > 1 && unicode.IsSpace(r)
}

// trimBlankRight removes the spaces and tabs that end s. (strings.TrimRight
// with a two-byte cutset builds its byte set on every call, which shows
// in a loop over every line.)
func trimBlankRight(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return s[:i]
}

// lowerIsAny reports whether strings.ToLower(s) is one of words, lower-case
// ASCII, lowering s only when it holds other bytes. (strings.EqualFold
// differs: it matches "ſ" with "s" and not "İ" with "i".)
func lowerIsAny(s string, words []string) bool {
	// Lowering leaves a byte at least of each rune, of four bytes at
	// most: s four times longer than every word lowers to none of them,
	// which spares the scan of a long line.
	longest := 0
	for _, w := range words {
		longest = max(longest, len(w))
	}
	if len(s) > 4*longest {
		return false
	}
	if !isASCII(s) {
		s = strings.ToLower(s)
	}
	for _, w := range words {
		if foldEq(s, w) {
			return true
		}
	}
	return false
}

// foldEq reports whether s equals the lower-case ASCII word w, ignoring
// the case of s.
func foldEq(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
