package rule

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/filinglint/filinglint/checker/model"
)

// The form selectors that are not globs: the families of SPEC §1, the two
// document formats, and documents inside an SGML submission.
var (
	families = []string{model.FamilyProspectus, model.FamilyPeriodic, model.FamilyPressRelease}
	formats  = []string{"ascii", "html"}
)

const inSubmission = "submission"

// Applies reports whether the rule selects doc. A rule with no forms
// applies to every document; otherwise one entry must match:
//
//   - a family (prospectus, periodic, press-release) that doc.family holds;
//   - a format (ascii, html) equal to doc.format;
//   - submission: a document inside an SGML submission (doc.sequence > 0);
//   - a glob such as 424B*, S-* or EX-99* matched against doc.form, ignoring
//     case; * matches any characters, a slash too (S-* matches S-1/A).
func (r *Rule) Applies(doc *model.Document) bool {
	if len(r.Forms) == 0 {
		return true
	}
	for _, f := range r.Forms {
		if formMatches(f, doc) {
			return true
		}
	}
	return false
}

func formMatches(sel string, doc *model.Document) bool {
	switch {
	case slices.Contains(families, sel):
		return slices.Contains(doc.Family, sel)
	case slices.Contains(formats, sel):
		return doc.Format == sel
	case sel == inSubmission:
		return doc.Sequence > 0
	}
	// Form types hold slashes (S-1/A) that * must match too.
	slash := strings.NewReplacer("/", "\x00")
	ok, _ := path.Match(slash.Replace(strings.ToUpper(sel)), slash.Replace(strings.ToUpper(doc.Form)))
	return ok
}

// checkForm rejects a selector that is neither a known word nor a usable
// form glob. A selector of lower-case letters and hyphens only that is not
// a family or format ("prospectuses") is a typo, not a form type.
func checkForm(sel string) error {
	if slices.Contains(families, sel) || slices.Contains(formats, sel) || sel == inSubmission {
		return nil
	}
	if sel == "" || strings.Trim(sel, "abcdefghijklmnopqrstuvwxyz-") == "" {
		return fmt.Errorf("unknown form selector %q (want a family: %s; a format: %s; %s; or a form glob such as 424B*, S-*, EX-99*)",
			sel, strings.Join(families, ", "), strings.Join(formats, ", "), inSubmission)
	}
	if _, err := path.Match(sel, ""); err != nil {
		return fmt.Errorf("bad form glob %q: %w", sel, err)
	}
	return nil
}
