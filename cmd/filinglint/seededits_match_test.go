package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tocLine is the seed prospectus's table of contents entry for
// "APPLICATION OF PROCEEDS" (line 75), which states page 3.
const tocLine = "         APPLICATION OF PROCEEDS.................................................................3"

// TestSeedEditsMatch breaks, one at a time, what the cover, toc, xref
// and sections rules check in the seed prospectus.
func TestSeedEditsMatch(t *testing.T) {
	checkSeedEdits(t, []seedEdit{
		{
			name: "toc page number changed", seed: seedProspectus,
			old: tocLine, new: strings.TrimSuffix(tocLine, "3") + "4",
			rule: "toc/page-number", line: 75,
			msg: `toc entry "APPLICATION OF PROCEEDS" says page 4 but the heading is on page 3`,
		},
		{
			name: "SEC legend removed", seed: seedProspectus,
			old: "     Neither the  Securities and Exchange  Commission  nor any state  securities\n" +
				"commission has approved or  disapproved  of these  securities or passed upon the\n" +
				"adequacy or accuracy of this Prospectus. Any representation to the contrary is a\n" +
				"criminal offense.\n",
			new:  "\n\n\n\n",
			rule: "cover/sec-legend", line: 1, msg: "the prospectus cover has no SEC legend",
		},
		{
			name: "cross reference to the wrong page", seed: seedProspectus,
			old: "on page 7.", new: "on page 6.",
			rule: "xref/page", line: 25,
			msg: `cross reference to "Plan of Distribution" says page 6 but the heading is on page 7`,
		},
		{
			name: "cross reference to a renamed section", seed: seedProspectus,
			old: `See "Plan of Distribution"`, new: `See "Manner of Offering"  `,
			rule: "xref/target", line: 25,
			msg: `cross reference to "Manner of Offering" on page 7: the document has no section with that title`,
		},
		{
			name: "prospectus date impossible", seed: seedProspectus,
			old: "The date of this Prospectus is May 26, 2004", new: "The date of this Prospectus is Feb. 30, 2004",
			rule: "cover/prospectus-date", line: 59, msg: "is not a calendar date",
		},
		{
			name: "prospectus date removed", seed: seedProspectus,
			old: "                   The date of this Prospectus is May 26, 2004\n", new: "\n",
			rule: "cover/prospectus-date", line: 1, msg: "the prospectus cover has no date",
		},
		{
			name: "risk factors reference without its page", seed: seedProspectus,
			old: "Factors\" on page 2 for a discussion", new: "Factors\" for a discussion",
			rule: "cover/risk-factors-xref", line: 1, msg: `the cover refers to "Risk Factors" without the page where they begin`,
		},
		{
			name: "toc entry for a section that is not there", seed: seedProspectus,
			old:  "         THE COMPANY       ......................................................................3",
			new:  "         DIVIDEND POLICY   ......................................................................3",
			rule: "toc/unmatched-entry", line: 73, msg: `toc entry "DIVIDEND POLICY" has no matching heading in the document`,
		},
		{
			name: "toc entries swapped", seed: seedProspectus,
			old: "         LEGAL MATTERS.......................................................................... 7\n\n" +
				"         EXPERTS.................................................................................8\n",
			new: "         EXPERTS.................................................................................8\n\n" +
				"         LEGAL MATTERS.......................................................................... 7\n",
			rule: "toc/order", line: 88, msg: `toc entry "LEGAL MATTERS" is listed after "EXPERTS" but its section comes first`,
		},
	})
}

// TestFixTOCPageNumber changes a page number in the seed prospectus's
// table of contents and checks that lint --diff prints the hunk that
// restores it and that lint --fix restores the original bytes.
func TestFixTOCPageNumber(t *testing.T) {
	orig := readSeed(t, seedProspectus)
	if strings.Count(orig, tocLine) != 1 {
		t.Fatalf("the seed's table of contents line %q is not there once", tocLine)
	}
	broken := strings.Replace(orig, tocLine, strings.TrimSuffix(tocLine, "3")+"4", 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "prospectus.txt")
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCLI(t, "lint", "--enable", "toc/page-number", "--fail-on", "none", "--diff", path)
	if code != exitOK {
		t.Fatalf("lint --diff: exit %d: %s", code, errOut)
	}
	wantHunk := strings.Join([]string{
		"@@ -72,7 +72,7 @@",
		" ",
		"          THE COMPANY       ......................................................................3",
		" ",
		"-" + strings.TrimSuffix(tocLine, "3") + "4",
		"+" + tocLine,
		" ",
		"          SELLING STOCKHOLDERS....................................................................3",
		" ",
	}, "\n")
	if !strings.HasPrefix(out, "--- a/") || !strings.Contains(out, "\n+++ b/") {
		t.Errorf("lint --diff printed no unified diff header:\n%s", out)
	}
	if !strings.Contains(out, wantHunk) {
		t.Errorf("lint --diff printed:\n%s\nwant the hunk:\n%s", out, wantHunk)
	}
	if data, _ := os.ReadFile(path); string(data) != broken {
		t.Error("lint --diff changed the file")
	}

	code, _, errOut = runCLI(t, "lint", "--enable", "toc/page-number", "--fail-on", "none", "--fix", path)
	if code != exitOK {
		t.Fatalf("lint --fix: exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != orig {
		t.Errorf("lint --fix did not restore the seed: %d bytes, want %d", len(data), len(orig))
	}
}
