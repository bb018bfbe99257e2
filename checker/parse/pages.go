package parse

import (
	"strings"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
	"github.com/filinglint/filinglint/checker/visible"
)

// footerLines and headerLines bound how far from a page's end and start
// the printed page number is looked for.
const (
	footerLines = 3
	headerLines = 2
)

// findPages builds the pages of a text and reads each one's printed number
// from its footer, or failing that its header, marking that line so tables
// and headings skip it.
func findPages(src *source.File, t *visible.Text) []model.Page {
	n := 1
	if len(t.Lines) > 0 {
		n = t.Lines[len(t.Lines)-1].Page + 1
	}
	pages := make([]model.Page, n)
	first := make([]int, n)
	last := make([]int, n)
	for i := range pages {
		pages[i].Index = i
		first[i], last[i] = -1, -1
	}
	for i, l := range t.Lines {
		if first[l.Page] < 0 {
			first[l.Page] = i
		}
		last[l.Page] = i
	}
	for i := range pages {
		if first[i] < 0 {
			continue
		}
		p := &pages[i]
		start := src.Position(t.Source(t.Lines[first[i]].Start))
		p.Line, p.Col = start.Line, 1
		p.EndLine = src.Position(t.Source(t.Lines[last[i]].Start)).Line
		if idx := pageNumberLine(t, first[i], last[i]); idx >= 0 {
			label, num, _ := footerLabel(t.Trimmed(idx))
			p.Label, p.Number = label, num
			p.NumberLine = src.Position(t.Source(t.Lines[idx].Start)).Line
			t.Lines[idx].PageNumber = true
		}
	}
	return pages
}

// pageNumberLine returns the line of lines [first, last] that prints the
// page number, or -1: one of the last footerLines lines with text, else
// one of the first headerLines.
func pageNumberLine(t *visible.Text, first, last int) int {
	if i := labelLine(t, last, first-1, -1, footerLines); i >= 0 {
		return i
	}
	return labelLine(t, first, last+1, 1, headerLines)
}

// labelLine returns the first of up to limit lines with text, from line
// from towards stop (not included) in steps of step, that reads as a page
// number; -1 if none does.
func labelLine(t *visible.Text, from, stop, step, limit int) int {
	seen := 0
	for i := from; i != stop && seen < limit; i += step {
		s := t.Trimmed(i)
		if s == "" {
			continue
		}
		seen++
		if _, _, ok := footerLabel(s); ok {
			return i
		}
	}
	return -1
}

// maxFooterLen bounds a running footer that carries the page number.
const maxFooterLen = 60

// footerLabel reads the printed page number of a header or footer line:
// the whole line ("4", "- 4 -", "S-5"), or the first or last part of a
// short running footer split by "|" or a wide gap ("13  | 2023 Form 10-K",
// "2023 Form 10-K |  14").
func footerLabel(s string) (string, int, bool) {
	if label, n, ok := pageLabel(s); ok {
		return label, n, true
	}
	if len(s) > maxFooterLen {
		return "", 0, false
	}
	var parts []string
	if strings.Contains(s, "|") {
		parts = strings.Split(s, "|")
	} else if strings.Contains(s, "   ") {
		parts = strings.Split(s, "   ")
	}
	if len(parts) < 2 {
		return "", 0, false
	}
	for _, p := range []string{parts[0], parts[len(parts)-1]} {
		if label, n, ok := pageLabel(strings.TrimSpace(p)); ok {
			return label, n, true
		}
	}
	return "", 0, false
}

// pageOf returns the printed number and label of page index i.
func pageOf(pages []model.Page, i int) (int, string) {
	if i < 0 || i >= len(pages) {
		return 0, ""
	}
	return pages[i].Number, pages[i].Label
}
