package parse

import (
	"regexp"
	"strings"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/model"
)

// The form families, named here for short.
const (
	FamilyProspectus   = model.FamilyProspectus
	FamilyPeriodic     = model.FamilyPeriodic
	FamilyPressRelease = model.FamilyPressRelease
)

var prospectusForms = []string{
	"S-1", "S-3", "S-4", "S-11", "F-1", "F-3", "F-4", "SB-2", "POS AM",
	"424B1", "424B2", "424B3", "424B4", "424B5", "424B6", "424B7", "424B8",
}

var periodicForms = []string{"10-K", "10-Q", "20-F", "40-F", "10-K405", "10-KSB", "10-QSB", "10-KT", "10-QT"}

// families returns the families of a form type; identified is the family
// a bare document's text identifies it as ("" for none).
func families(form, identified string) []string {
	base := strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(form)), "/A")
	var fs []string
	switch {
	case contains(prospectusForms, base), identified == FamilyProspectus:
		fs = append(fs, FamilyProspectus)
	case contains(periodicForms, base):
		fs = append(fs, FamilyPeriodic)
	case strings.HasPrefix(base, "EX-99"), identified == FamilyPressRelease:
		fs = append(fs, FamilyPressRelease)
	}
	return fs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var (
	reRule424  = regexp.MustCompile(`(?i)(?:pursuant\s+to|under)\s+rule\s+424\s*\(\s*b\s*\)\s*\(\s*(\d)\s*\)`)
	reFormType = regexp.MustCompile(`(?i)\bform\s+(10-K405|10-KSB|10-QSB|10-K|10-Q|8-K|20-F|40-F|S-1|S-3|S-4|S-11|F-1|F-3|F-4|SB-2)\b`)
	reExhibit  = regexp.MustCompile(`(?i)^\s*exhibit\s+(99(?:\.\d+)?)\b`)
	reRelease  = regexp.MustCompile(`(?i)\b(?:news|press)\s+release\b|\bfor\s+immediate\s+release\b`)
	reProspect = regexp.MustCompile(`(?i)^\s*(?:preliminary\s+)?prospectus(?:\s+supplement)?\s*$|\bthe\s+date\s+of\s+this\s+prospectus\b`)
)

// identifyLen is how much of a bare document's text form inference reads,
// and identifyLines how many of its first lines are titles.
const (
	identifyLen   = 6000
	identifyLines = 80
)

// inferForm guesses a bare document's form type from its opening text and
// the family it identifies as. head is the opening text and lower the same
// with ASCII letters lowered (byte for byte, so offsets agree); cheap
// substring tests guard each pattern.
func inferForm(head, lower string) (form, family string) {
	if strings.Contains(lower, "424") {
		if m := reRule424.FindStringSubmatch(head); m != nil {
			return "424B" + m[1], FamilyProspectus
		}
	}
	release := strings.Contains(lower, "release") && reRelease.MatchString(head)
	first, _, _ := strings.Cut(strings.TrimLeft(head, " \r\n\t"), "\n")
	if m := reExhibit.FindStringSubmatch(first); m != nil {
		if release {
			return "EX-" + m[1], FamilyPressRelease
		}
		return "EX-" + m[1], ""
	}
	for i := 0; i < identifyLines && lower != ""; i++ {
		var line, lline string
		line, head, _ = strings.Cut(head, "\n")
		lline, lower, _ = strings.Cut(lower, "\n")
		if len(line) > 120 {
			continue
		}
		if strings.Contains(lline, "form") && wordCount(line) <= 3 {
			if m := reFormType.FindStringSubmatch(line); m != nil {
				return strings.ToUpper(m[1]), ""
			}
		}
		if strings.Contains(lline, "prospectus") && reProspect.MatchString(line) {
			return "PROSPECTUS", FamilyProspectus
		}
	}
	if release {
		return "EX-99", FamilyPressRelease
	}
	return "", ""
}

// setForm sets a document's form type and families: the given form when
// there is one (from the submission or --form), else what the text says.
func setForm(doc *model.Document, form string) {
	head := doc.Text[:min(len(doc.Text), identifyLen)]
	lower := ascii.Lower(head)
	// A stated form decides the families; what the text says only names
	// the form of a bare document.
	family := ""
	if form == "" {
		form, family = inferForm(head, lower)
	}
	doc.Form = strings.ToUpper(form)
	doc.Family = families(doc.Form, family)
	doc.Preliminary = isPreliminary(lower)
}

// isPreliminary reports a preliminary prospectus: its cover (head, the
// opening text) says "Subject to Completion" or calls it a preliminary
// prospectus (supplement), in any case of ASCII letters and with any white
// space between the words. It is given the head with its ASCII letters
// lowered (ascii.Lower).
func isPreliminary(lower string) bool {
	// The words match across a run of white space only where
	// collapseSpaces would collapse the text; elsewhere across one space.
	collapsed := strings.Contains(lower, "  ") || strings.ContainsAny(lower, "\t\n")
	return hasPhrase(lower, collapsed, "subject", "to", "completion") ||
		hasPhrase(lower, collapsed, "preliminary", "prospectus")
}

// hasPhrase reports whether lower, text whose ASCII letters are lower
// case, holds the lower-case words one after another: separated by a run
// of white space when spaced is set, else by one space. Like
// strings.Contains, it does not ask for word boundaries at the ends.
func hasPhrase(lower string, spaced bool, words ...string) bool {
	first := words[0]
	for i := 0; ; i++ {
		k := strings.Index(lower[i:], first)
		if k < 0 {
			return false
		}
		i += k
		if phraseAt(lower, i+len(first), spaced, words[1:]) {
			return true
		}
	}
}

// phraseAt reports whether words follow s[i:], each after white space.
func phraseAt(s string, i int, spaced bool, words []string) bool {
	for _, w := range words {
		j := i
		if spaced {
			for j < len(s) {
				sp, n := spaceAt(s, j)
				if !sp {
					break
				}
				j += n
			}
		} else if j < len(s) && s[j] == ' ' {
			j++
		}
		if j == i || j+len(w) > len(s) || !foldEq(s[j:j+len(w)], w) {
			return false
		}
		i = j + len(w)
	}
	return true
}
