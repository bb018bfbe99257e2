package parse

import "math/bits"

// The lines of ASCII tables are mostly runs of spaces between short
// fields. The scans below read them eight bytes at a time, as one word,
// and step byte by byte only where a word holds something else.

// skipBlanks returns the first offset at or after i that is not a space
// or a tab. Runs of spaces go a word at a time, up to the first byte of a
// word that is not a space.
func skipBlanks(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if x := word8(s, i) ^ eightOf(' '); x != 0 {
			i += bits.TrailingZeros64(x) >> 3
			break
		}
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// nextBlank returns the first offset at or after j that holds a space or
// a tab, or len(s).
func nextBlank(s string, j int) int {
	for ; j+8 <= len(s); j += 8 {
		w := word8(s, j)
		if m := zeroBytes(w^eightOf(' ')) | zeroBytes(w^eightOf('\t')); m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
	}
	for j < len(s) && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	return j
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

// word8 returns s[i:i+8] as a little-endian word; the compiler reads it
// with one load.
func word8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
