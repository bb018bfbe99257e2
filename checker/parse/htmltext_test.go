package parse

import (
	"testing"
	"unicode/utf8"
)

// wordsEndBytes is wordsEnd a byte at a time: what it must return.
func wordsEndBytes(s string, j int) (k, spaces int) {
	k = j
	for k < len(s) {
		c := s[k]
		switch {
		case c < utf8.RuneSelf && htmlPlain[c]:
			k++
			continue
		case c == ' ':
			if k+1 < len(s) && s[k+1] < utf8.RuneSelf && htmlPlain[s[k+1]] {
				k += 2
				spaces++
				continue
			}
		case c >= utf8.RuneSelf && k > j:
			if e := plainEnd(s, k); e > k {
				k = e
				continue
			}
		}
		break
	}
	return k, spaces
}

// FuzzWordsEnd: reading eight bytes at a time finds the words a byte at
// a time finds, after the verbatim run at the start of any text.
func FuzzWordsEnd(f *testing.F) {
	for _, s := range []string{
		"Risk factors of the Company are described below in Item 1A",
		"word  two spaces", "a b c d e f g h i j k", "end with space ", "amp &amp; here",
		"caf\u00e9 na\u00efve r\u00e9sum\u00e9 words", "tab\there", "nbsp\u00a0space", "1234567 x 1234567 ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		j := plainEnd(s, 0)
		if j == 0 {
			return
		}
		k, n := wordsEnd(s, []byte(s), j)
		wk, wn := wordsEndBytes(s, j)
		if k != wk || n != wn {
			t.Fatalf("%q: wordsEnd %d, %d spaces; byte by byte %d, %d", s, k, n, wk, wn)
		}
	})
}

// TestWordsEnd compares wordsEnd with wordsEndBytes on text made of the
// bytes that matter: words, single spaces, and now and then what ends
// them (two spaces, '&', a control or multi-byte character).
func TestWordsEnd(t *testing.T) {
	plain := []string{"a", "Zq", "1,234", ".", "(b)", " ", " ", "\x01", "\x7f", "\u00e9", "\u2019"}
	other := []string{"  ", "&", "\n", "\t", "\u00a0", "\xff", "\x00"}
	seed := uint64(1)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for i := range 20000 {
		rate := []int{0, 100, 20, 4}[i%4]
		var b []byte
		for range 60 {
			if rate > 0 && next(rate) == 0 {
				b = append(b, other[next(len(other))]...)
			} else {
				b = append(b, plain[next(len(plain))]...)
			}
		}
		s := "w" + string(b)
		j := plainEnd(s, 0)
		k, n := wordsEnd(s, []byte(s), j)
		if wk, wn := wordsEndBytes(s, j); k != wk || n != wn {
			t.Fatalf("%q: wordsEnd %d, %d spaces; byte by byte %d, %d", s, k, n, wk, wn)
		}
	}
}
