package extract

import "math/bits"

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
// i, or len(text) when there is none.
func nextNumberByte(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		if m := numberBytes(load64(text, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(text); i++ {
		if startsAmount[text[i]] {
			return i
		}
	}
	return len(text)
}

// load64 reads the eight bytes at text[i:] as a little-endian word; the
// compiler turns it into a single load.
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// numberBytes returns a mask with the high bit of each byte of x set
// where that byte is a digit or '$'. Bytes are compared on their low seven
// bits with sums that stay within each byte, so the mask is exact.
func numberBytes(x uint64) uint64 {
	xl := x & low7
	notDigit := xl ^ ones*'0' + ones*(0x80-10) // high bit set unless 0-9
	notDollar := differs(xl, ones*'$')
	return ^(notDigit&notDollar | x) & highs
}

// low7 keeps the low seven bits of each byte.
const low7 = ones * 0x7f

// differs returns a word with the high bit of each byte set where the low
// seven bits of that byte of v, in vl = v&low7, differ from the ASCII byte
// broadcast in c. The sum stays within each byte, so the mask is exact.
func differs(vl, c uint64) uint64 { return vl ^ c + low7 }

// nextCueAnchors returns the offset i of the first eight-byte word at or
// after i that holds the first byte of an anchor pair of a cue stem (see
// cueStems), with a mask of those bytes, their high bits set; a zero mask
// when no word left does. The pairs are "ns" (consist), "mp" (mpris,
// mposed), "up" (de up) and "wh" (f which). It stops where fewer than nine
// bytes are left, which the caller checks one by one.
func nextCueAnchors(text string, i int) (int, uint64) {
	for ; i+9 <= len(text); i += 8 {
		w := text[i : i+9]
		x, y := load64(w, 0), load64(w, 1)
		xl, yl := x&low7, y&low7
		p := differs(yl, ones*'p')
		// a byte stays clear where some pair matches
		miss := (differs(xl, ones*'m') | p) & (differs(xl, ones*'u') | p) &
			(differs(xl, ones*'n') | differs(yl, ones*'s')) &
			(differs(xl, ones*'w') | differs(yl, ones*'h'))
		if mask := ^(miss | x | y) & highs; mask != 0 {
			return i, mask
		}
	}
	return i, 0
}
