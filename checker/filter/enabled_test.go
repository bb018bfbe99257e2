package filter

import (
	"testing"

	"github.com/filinglint/filinglint/checker/finding"
)

func TestMatchRule(t *testing.T) {
	tests := []struct {
		pattern, id string
		want        bool
	}{
		{"edgar/ascii-charset", "edgar/ascii-charset", true},
		{"edgar/", "edgar/ascii-charset", true},
		{"edgar", "edgar/ascii-charset", true},
		{"edgar/ascii", "edgar/ascii-charset", false},
		{"edg", "edgar/ascii-charset", false},
		{"edgar/", "edgarx/a", false},
		{"toc/page-number", "toc/page", false},
	}
	for _, tt := range tests {
		if got := MatchRule(tt.pattern, tt.id); got != tt.want {
			t.Errorf("MatchRule(%q, %q) = %v, want %v", tt.pattern, tt.id, got, tt.want)
		}
	}
}

func TestEnabled(t *testing.T) {
	tests := []struct {
		id              string
		enable, disable []string
		want            bool
	}{
		{"toc/missing", nil, nil, true},
		{"toc/missing", []string{"toc/"}, nil, true},
		{"toc/missing", []string{"xref"}, nil, false},
		{"toc/missing", []string{"toc/missing"}, nil, true},
		{"toc/missing", nil, []string{"toc"}, false},
		{"toc/missing", []string{"toc/missing"}, []string{"toc/"}, false},  // disable wins
		{"toc/order", []string{"toc/"}, []string{"toc/missing"}, true},     // only the one
		{"drafting/placeholder", nil, []string{"drafting/"}, false},        // the spec's example
		{finding.ParseError, []string{"edgar/"}, nil, true},                // not silently lost
		{finding.ParseError, nil, []string{finding.ParseError}, false},     // but can be disabled
		{finding.ParseError, []string{"edgar/"}, []string{"parse"}, false}, // also by category
		{"edgar/ascii-tags", []string{"edgar"}, []string{"edgar/ascii-tags"}, false},
	}
	for _, tt := range tests {
		if got := Enabled(tt.id, tt.enable, tt.disable); got != tt.want {
			t.Errorf("Enabled(%q, %q, %q) = %v, want %v", tt.id, tt.enable, tt.disable, got, tt.want)
		}
	}
}

func TestEnabledProcessor(t *testing.T) {
	in := fs(
		"a.txt:1 toc/missing error no table of contents",
		"a.txt:2 drafting/placeholder error placeholder [•]",
		"a.txt:3 parse/error error cannot read",
		"a.txt:4 edgar/ascii-tags warning unbalanced <TABLE>",
	)
	check(t, enabled{enable: []string{"toc/", "edgar"}, disable: []string{"edgar/ascii-tags"}}, in, []finding.Finding{in[0], in[2]})
	check(t, enabled{}, in, in)
}
