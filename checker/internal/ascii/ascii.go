// Package ascii holds the word-at-a-time helpers for ASCII text that the
// parsers and the rule library share: reading eight bytes as one word,
// and lowering the ASCII letters of a text eight bytes at a time.
package ascii

import (
	"encoding/binary"
	"strings"
)

// Word returns s[i:i+8] as a little-endian word; the compiler reads it
// with one load.
func Word(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Lower lowers the ASCII letters of s, keeping every other byte, and so
// every offset, in place. It lowers eight bytes at a time (lowerWord): a
// byte at a time, the branch on each letter's case mispredicts on text
// that mixes cases. The bytes go through a buffer on the stack into the
// one allocation of the result.
func Lower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var buf [4096]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], lowerWord(binary.LittleEndian.Uint64(buf[i:])))
		}
		for ; i < n; i++ {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		b.Write(buf[:n])
		s = s[n:]
	}
	return b.String()
}

// lowerWord lowers the ASCII capitals among the eight bytes of w. Each
// byte's low seven bits plus a bias set its high bit when they reach 'A'
// (or pass 'Z'), and never carry into the next byte; a byte with its own
// high bit set is not ASCII and stays as it is.
func lowerWord(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low := w &^ high
	atLeastA := low + (0x80-'A')*ones
	pastZ := low + (0x80-'Z'-1)*ones
	return w | (atLeastA&^pastZ&^w&high)>>2
}
