package extract

import "testing"

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"RISK FACTORS", "risk factors"},
		{"Risk Factors......", "risk factors"},
		{"Risk Factors ......................... 2", "risk factors 2"},
		{"Item 1A. Risk Factors", "item 1a risk factors"},
		{"Management’s Discussion & Analysis", "managements discussion and analysis"},
		{"Management's Discussion and Analysis", "managements discussion and analysis"},
		{"Description of Capital Stock —", "description of capital stock"},
		{"  Use   of\n Proceeds\t", "use of proceeds"},
		{"“Plan of Distribution”", "plan of distribution"},
		{`"Plan of Distribution,"`, "plan of distribution"},
		{"Anti-Takeover Provisions", "anti takeover provisions"},
		{"Stockholders' Equity", "stockholders equity"},
		{"R&D", "r and d"},
		{"Research & Development", "research and development"},
		{"Selling Stockholders (Continued)", "selling stockholders continued"},
		{"Société Générale", "société générale"},
		{"ÉTATS FINANCIERS", "états financiers"},
		{"U.S. Federal Income Tax Considerations", "us federal income tax considerations"},
		{"Where\u00a0You Can Find", "where you can find"},
		{"", ""},
		{"......", ""},
		{"&", "and"},
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormIdempotent(t *testing.T) {
	for _, s := range []string{"Item 1A. Risk Factors", "Management’s Discussion & Analysis", "a  b"} {
		if n := Norm(s); Norm(n) != n {
			t.Errorf("Norm(Norm(%q)) = %q, want %q", s, Norm(n), n)
		}
	}
}
