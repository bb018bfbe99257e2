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
// where that byte is a digit or '$'. The lowest set bit is always exact;
// higher ones may be spurious above a '$', which is all nextNumberByte
// needs.
func numberBytes(x uint64) uint64 {
	const lo, hi = '0' - 1, '9' + 1
	t := x & (ones * 127)
	digit := (ones*(127+hi) - t) & ^x & (t + ones*(127-lo))
	d := x ^ (ones * '$')
	dollar := (d - ones) & ^d
	return (digit | dollar) & highs
}
