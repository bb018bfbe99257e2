package filter

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/filinglint/filinglint/checker/config"
	"github.com/filinglint/filinglint/checker/finding"
)

var ignores = []config.Ignore{
	{Rule: "toc/page-number", Path: "filings/2004-q1.txt", Reason: "printer re-paginates", Pos: config.Position{Line: 3, Col: 5}},
	{Rule: "edgar/", Path: "**/*.htm", Line: 7, Reason: "legacy markup", Pos: config.Position{Line: 6, Col: 5}},
	{Rule: "drafting/placeholder", Path: "filings/*.txt", Text: "[•]", Reason: "bullet is intended", Pos: config.Position{Line: 9, Col: 5}},
	{Rule: "xref/page", Path: "filings/*.txt", Reason: "matches nothing", Pos: config.Position{Line: 12, Col: 5}},
	{Rule: "nongaap", Path: "other/*.txt", Reason: "matches nothing either", Pos: config.Position{Line: 15, Col: 5}},
}

func TestSuppress(t *testing.T) {
	base := filepath.FromSlash("/repo")
	in := fs(
		"/repo/filings/2004-q1.txt:12 toc/page-number error page 4",
		"filings/2004-q1.txt:13 toc/missing error no table of contents",
		"filings/x/a.htm:7 edgar/html-active-content error <script>",
		"filings/x/a.htm:8 edgar/html-active-content error <script>",
		"filings/b.txt:20 drafting/placeholder error placeholder [•]",
		"filings/b.txt:21 drafting/placeholder error placeholder TBD",
	)
	for i := range in {
		in[i].Path = filepath.FromSlash(in[i].Path)
	}
	want := append([]finding.Finding(nil), in...)
	for i, reason := range map[int]string{0: "printer re-paginates", 2: "legacy markup", 4: "bullet is intended"} {
		want[i].Suppressed, want[i].Reason = true, reason
	}
	s := NewSuppress(ignores, base, nil, nil)
	check(t, s, in, want)
	if got := s.Unused(); !reflect.DeepEqual(got, ignores[3:]) {
		t.Errorf("Unused() = %+v, want %+v", got, ignores[3:])
	}
	// Linting only filings/b.txt: the nongaap entry is about other files.
	if got := s.Unused(filepath.FromSlash("filings/b.txt")); !reflect.DeepEqual(got, ignores[3:4]) {
		t.Errorf("Unused(filings/b.txt) = %+v, want %+v", got, ignores[3:4])
	}
}

func TestSuppressSubjectText(t *testing.T) {
	in := fs("a.txt:1 drafting/placeholder error placeholder left in the text")
	in[0].Subject = "[insert date]"
	s := NewSuppress([]config.Ignore{{Rule: "drafting/", Path: "a.txt", Text: "[insert", Reason: "r"}}, "", nil, nil)
	got, _ := s.Process(in)
	if !got[0].Suppressed {
		t.Error("text found in the subject does not suppress")
	}
}

func TestUnusedIgnoresSkipsRulesThatDidNotRun(t *testing.T) {
	ig := []config.Ignore{
		{Rule: "toc/page-number", Path: "a.txt", Reason: "r"},
		{Rule: "toc/", Path: "a.txt", Reason: "r"},
		{Rule: "edgar/ascii-tags", Path: "a.txt", Reason: "r"},
		{Rule: "edgar", Path: "a.txt", Reason: "r"},
		{Rule: "parse/error", Path: "a.txt", Reason: "r"},
	}
	tests := []struct {
		name            string
		enable, disable []string
		want            []config.Ignore
	}{
		{"all enabled", nil, nil, ig},
		{"toc disabled", nil, []string{"toc/"}, ig[2:]},
		{"one rule disabled", nil, []string{"toc/page-number"}, ig[1:]},
		{"only edgar enabled", []string{"edgar/ascii-tags"}, nil, ig[2:]},
		{"parse disabled", nil, []string{"parse/error"}, ig[:4]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Pipeline(Options{Ignore: ig, Enable: tt.enable, Disable: tt.disable})
			if _, err := Run(ps, nil); err != nil {
				t.Fatal(err)
			}
			if got := UnusedIgnores(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("UnusedIgnores = %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
