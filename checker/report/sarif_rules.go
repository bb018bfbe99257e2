package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sarifRules returns the rule descriptors of tool.driver.rules and the
// index of each rule ID in them. Every rule in r.Rules is described, in
// order; a rule that reported a finding but is missing from r.Rules (an
// engine rule such as parse/error, say) gets a minimal descriptor after
// them, so that every result's ruleIndex points at its rule.
func sarifRules(r *Report) (rules []sarifRule, index map[string]int) {
	rules = make([]sarifRule, 0, len(r.Rules))
	index = make(map[string]int, len(r.Rules))
	add := func(ri *RuleInfo) {
		if _, ok := index[ri.ID]; ok {
			return
		}
		index[ri.ID] = len(rules)
		rules = append(rules, sarifRuleOf(ri))
	}
	for i := range r.Rules {
		add(&r.Rules[i])
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		add(&RuleInfo{ID: f.Rule, Title: f.Rule, Citation: f.Citation, Severity: f.Severity})
	}
	return rules, index
}

func sarifRuleOf(ri *RuleInfo) sarifRule {
	title := ri.Title
	if title == "" {
		title = ri.ID
	}
	full := ri.Doc
	if full == "" {
		full = title
	}
	full = strings.TrimSpace(full)
	text, markdown := full, full
	if ri.Citation != "" {
		text += "\n\nCitation: " + ri.Citation
		markdown += "\n\n**Citation:** " + ri.Citation
	}
	if ri.URL != "" {
		text += "\n\nReference: " + ri.URL
		markdown += "\n\n[Reference](" + ri.URL + ")"
	}
	return sarifRule{
		ID:                   ri.ID,
		Name:                 pascalCase(ri.ID),
		ShortDescription:     sarifMessage{Text: title},
		FullDescription:      sarifMessage{Text: full},
		Help:                 sarifMultiformat{Text: text, Markdown: markdown},
		HelpURI:              ri.URL,
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(ri.Severity)},
		Properties:           sarifRuleProperties{Tags: ruleTags(ri.ID), Citation: ri.Citation},
	}
}

// ruleTags tags a rule with filinglint and its category, the part of its
// ID before the slash, so dashboards can filter by either.
func ruleTags(id string) []string {
	tags := []string{"filinglint"}
	if cat, _, ok := strings.Cut(id, "/"); ok && cat != "" {
		tags = append(tags, cat)
	}
	return tags
}

// pascalCase turns a rule ID such as "toc/page-number" into the SARIF rule
// name "TocPageNumber".
func pascalCase(id string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(id, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[n:])
	}
	return b.String()
}
