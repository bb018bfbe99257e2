package extract

import (
	"math/bits"

	"github.com/filinglint/filinglint/checker/internal/ascii"
)

// The scanners skip text eight bytes at a time while no byte can start
// what they look for, testing all eight in a few word operations.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// startsAmount marks the bytes an amount can start with: digits and '$'.
var startsAmount = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['$'] = true
	return t
}()

// nextNumberByte returns the offset of the first digit or '$' at or after
// i, or len(text) when there is none. It tests sixteen bytes a round, as
// two words, which shares the loop and the constants between them. The
// test is written out rather than called: inlined helpers leave no-op
// instructions behind, which count in a loop this hot.
//
// Bytes are compared on their low seven bits, in l, with sums that stay
// within each byte, so the masks are exact: l^'0' + 0x80-10 has its high
// bit set unless the byte is a digit, l^'$' + 0x7f unless it is '$', and
// a byte with its own high bit set is neither.
func nextNumberByte(text string, i int) int {
	for ; i+16 <= len(text); i += 16 {
		w := text[i : i+16]
		x0, x1 := ascii.Word(w, 0), ascii.Word(w, 8)
		l0, l1 := x0&low7, x1&low7
		m0 := ^((l0^ones*'0'+ones*(0x80-10))&(l0^ones*'$'+low7) | x0) & highs
		m1 := ^((l1^ones*'0'+ones*(0x80-10))&(l1^ones*'$'+low7) | x1) & highs
		if m0|m1 != 0 {
			if m0 != 0 {
				return i + bits.TrailingZeros64(m0)/8
			}
			return i + 8 + bits.TrailingZeros64(m1)/8
		}
	}
	for ; i < len(text); i++ {
		if startsAmount[text[i]] {
			return i
		}
	}
	return len(text)
}

// low7 keeps the low seven bits of each byte.
const low7 = ones * 0x7f

// spaces is eight ASCII spaces as a word.
const spaces = ones * ' '

// skipSpaces returns the first offset at or after i that is not an ASCII
// space. Justified text spreads words over long runs of spaces, which it
// skips eight bytes at a time.
func skipSpaces(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if x := ascii.Word(s, i) ^ spaces; x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}
