package extract

import "strconv"

// decimal is a number written in text: "1,234", "80021", "3.28", ".01".
type decimal struct {
	start, end int  // where its digits start and end
	grouped    bool // written with thousands separators
	frac       bool // has a fractional part
	digits     int  // digits before the decimal point
}

// maxDecimal is the longest number read, in bytes; longer runs of digits
// are not quantities.
const maxDecimal = 40

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
}

// decimalAt reads the number that starts at s[i]: digits, optionally in
// groups of three separated by commas ("1,518,500,000"), then optionally a
// period and more digits. A comma or period not followed by the right
// digits ends the number before it, so "2005," and "page 7." read as 2005
// and 7. It reports false when s[i] starts no number or one longer than
// maxDecimal bytes.
func decimalAt(s string, i int, d *decimal) bool {
	*d = decimal{start: i}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	d.digits = j - i
	if d.digits > 0 && d.digits <= 3 {
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			d.grouped = true
			d.digits += 3
			j += 4
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		d.frac = true
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	d.end = j
	return (d.digits > 0 || d.frac) && j-i <= maxDecimal
}

// value returns the number d reads in s.
func (d decimal) value(s string) float64 {
	return decimalValue(s[d.start:d.end])
}

// decimalValue converts digits with optional separators and point, already
// validated, to a float64: exactly by integer arithmetic when there are at
// most 15 significant digits, otherwise with strconv.
func decimalValue(s string) float64 {
	var mant uint64
	n, frac, point := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.':
			point = true
		case isDigit(c):
			if mant == 0 && c == '0' && !point {
				continue
			}
			mant = mant*10 + uint64(c-'0')
			n++
			if point {
				frac++
			}
			if n > 15 || frac >= len(pow10) {
				return decimalSlow(s)
			}
		}
	}
	return float64(mant) / pow10[frac]
}

// decimalSlow converts a long number with strconv, dropping its separators.
func decimalSlow(s string) float64 {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			buf = append(buf, s[i])
		}
	}
	v, _ := strconv.ParseFloat(string(buf), 64)
	return v
}
