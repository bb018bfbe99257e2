package ascii

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
)

// lowerBytes is Lower a byte at a time: what it must return.
func lowerBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestLower checks Lower against a byte loop: every byte value at every
// place in a word, all bytes in a row at several alignments, text longer
// than the buffer, and random text of capitals, the bytes around them and
// non-ASCII bytes.
func TestLower(t *testing.T) {
	for c := range 256 {
		for at := range 11 {
			b := []byte("Ab@[`{Zz\x80\xffQ")
			b[at] = byte(c)
			if got, want := Lower(string(b)), lowerBytes(string(b)); got != want {
				t.Fatalf("Lower(%q) = %q, want %q", b, got, want)
			}
		}
	}
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	in := all.String() + "Forward-Looking STATEMENTS — Zürich AZaz@[`{"
	for _, s := range []string{in, in[3:], in[:13], "", strings.Repeat(in, 40)} {
		if got, want := Lower(s), lowerBytes(s); got != want {
			t.Errorf("Lower(%.40q…) differs from the byte loop", s)
		}
	}
	pieces := []string{"A", "Z", "a", "z", "@", "[", "`", "{", "FORM", "Prospectus", "\u00c9", "\xc1", "\xda", "\xff", " "}
	r := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if s := b.String(); Lower(s) != lowerBytes(s) {
			t.Fatalf("Lower(%q) = %q, want %q", s, Lower(s), lowerBytes(s))
		}
	}
}

// TestWord checks Word against encoding/binary.
func TestWord(t *testing.T) {
	s := "0123456789abcdef\xff\x00"
	for i := 0; i+8 <= len(s); i++ {
		if got, want := Word(s, i), binary.LittleEndian.Uint64([]byte(s[i:])); got != want {
			t.Errorf("Word(%q, %d) = %#x, want %#x", s, i, got, want)
		}
	}
}
