package parse

import "strings"

// number is a parsed numeric cell.
type number struct {
	Value float64
	Unit  string
}

// parseNumber is a placeholder until the extract package lands.
func parseNumber(s string) (number, bool) { return number{}, false }

// pageLabel is a placeholder until the extract package lands.
func pageLabel(s string) (string, int, bool) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", 0, false
		}
		n = n*10 + int(c-'0')
	}
	return s, n, s != "" && n < 2000
}

// normText is a placeholder until the extract package lands.
func normText(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
