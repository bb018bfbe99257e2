package parse

import (
	"math/bits"
	"slices"

	"github.com/filinglint/filinglint/checker/internal/ascii"
)

// The lines of ASCII tables are mostly runs of spaces between short
// fields. The scans below read them eight bytes at a time, as one word,
// and step byte by byte only where a word holds something else.

// skipBlanks returns the first offset at or after i that is not a space
// or a tab. Runs of spaces go a word at a time, up to the first byte of a
// word that is not a space.
func skipBlanks(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if x := ascii.Word(s, i) ^ eightOf(' '); x != 0 {
			i += bits.TrailingZeros64(x) >> 3
			break
		}
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// appendFields appends to fs a field, with its bounds alone, for each run
// of text in s from i on, s[i] being no blank: a run ends at a gap (see
// isFieldGap), and the next starts after the blanks that follow. A lone
// "$" or "($" starts the field after it rather than making one. The scans
// are written out rather than called, so that the loop keeps its values
// in registers. A field and the gap after it take two bytes at least, so
// fs is grown once, and the fields are written in place rather than
// appended: append builds each on the stack and copies it.
func appendFields(fs []field, s string, i int) []field {
	n := len(s)
	fs = slices.Grow(fs, (n-i+1)/2)
	sign := -1 // start of a lone sign waiting for its number
	for i < n {
		j := i + 1
		for j < n {
			if j+8 <= n {
				w := ascii.Word(s, j)
				m := zeroBytes(w^eightOf(' ')) | zeroBytes(w^eightOf('\t'))
				if m == 0 {
					j += 8
					continue
				}
				j += bits.TrailingZeros64(m) >> 3
			} else if c := s[j]; c != ' ' && c != '\t' {
				j++
				continue
			}
			if isFieldGap(s, j) {
				break
			}
			j++
		}
		if s[j-1] == '$' && (j-i == 1 || j-i == 2 && s[i] == '(') {
			sign = i
		} else {
			if sign >= 0 {
				i, sign = sign, -1
			}
			k := len(fs)
			fs = fs[:k+1]
			fs[k] = field{start: i, end: j}
		}
		// s[j], if any, is blank: the blanks go on after it.
		for i = j + 1; i+8 <= n; i += 8 {
			if x := ascii.Word(s, i) ^ eightOf(' '); x != 0 {
				i += bits.TrailingZeros64(x) >> 3
				break
			}
		}
		for i < n && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
	}
	return fs
}

// ruleBytes reports whether the eight bytes of w are all rule bytes (see
// isRuleByte).
func ruleBytes(w uint64) bool {
	m := zeroBytes(w^eightOf(' ')) | zeroBytes(w^eightOf('\t')) |
		zeroBytes(w^eightOf('-')) | zeroBytes(w^eightOf('=')) | zeroBytes(w^eightOf('_'))
	return m == highBits
}

// highBits holds the high bit of each byte of a word, as zeroBytes
// returns it for eight zero bytes.
const highBits = 0x8080808080808080

// eightOf returns the word of eight bytes c.
func eightOf(c byte) uint64 { return uint64(c) * 0x0101010101010101 }
