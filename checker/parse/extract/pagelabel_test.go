package extract

import "testing"

func TestPageLabel(t *testing.T) {
	tests := []struct {
		in    string
		label string
		n     int
	}{
		{"2", "2", 2},
		{" 12 ", "12", 12},
		{"- 4 -", "4", 4},
		{"-4-", "4", 4},
		{"— 3 —", "3", 3},
		{"S-5", "S-5", 5},
		{"- S-5 -", "S-5", 5},
		{"F-3", "F-3", 3},
		{"A-1", "A-1", 1},
		{"II-3", "II-3", 3},
		{"PS-17", "PS-17", 17},
		{"ii", "ii", 2},
		{"iv", "iv", 4},
		{"xii", "xii", 12},
		{"Page 4", "4", 4},
		{"PAGE 7", "7", 7},
		{"page S-2", "S-2", 2},
		{"Page ii", "ii", 2},
		{"2000", "2000", 2000},
	}
	for _, tt := range tests {
		label, n, ok := PageLabel(tt.in)
		if !ok || label != tt.label || n != tt.n {
			t.Errorf("PageLabel(%q) = %q, %d, %v; want %q, %d, true", tt.in, label, n, ok, tt.label, tt.n)
		}
	}
	for _, in := range []string{
		"", "4 of 20", "2004", "2001", "1.", "$5", "Page", "page", "Risk Factors", "0", "04",
		"iiii", "vx", "I", "ii.", "S-", "-S-5", "s-5", "S5", "-5", "5-", "(3)", "3a", "Page 4 of 20",
		"ABCD-1", "S-0", "S-2001", "mix", "--",
	} {
		if label, n, ok := PageLabel(in); ok {
			t.Errorf("PageLabel(%q) = %q, %d, true; want not a page label", in, label, n)
		}
	}
}
