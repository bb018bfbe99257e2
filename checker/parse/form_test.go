package parse

import (
	"math/rand/v2"
	"testing"
)

// TestASCIILower checks asciiLower, which lowers eight bytes at a time,
// against a byte loop: every byte value at every place in a word, and
// random text of capitals, the bytes around them and non-ASCII bytes.
func TestASCIILower(t *testing.T) {
	plain := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for c := range 256 {
		for at := range 11 {
			b := []byte("Ab@[`{Zz\x80\xffQ")
			b[at] = byte(c)
			if got, want := asciiLower(string(b)), plain(string(b)); got != want {
				t.Fatalf("asciiLower(%q) = %q, want %q", b, got, want)
			}
		}
	}
	pieces := []string{"A", "Z", "a", "z", "@", "[", "`", "{", "FORM", "Prospectus", "\u00c9", "\xc1", "\xda", "\xff", " "}
	r := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		s := randomText(r, pieces, r.IntN(24))
		if got, want := asciiLower(s), plain(s); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	}
}
