package rule

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"weak"

	"github.com/filinglint/filinglint/checker/model"
)

// coverTitle matches the lines that mark a prospectus cover: its title
// ("PROSPECTUS", "Preliminary Prospectus Supplement", "Short Form Base
// Shelf Prospectus (To Prospectus dated …)"), "Subject to Completion" and
// "The date of this prospectus is".
var coverTitle = regexp.MustCompile(`(?i)date of this (preliminary )?prospectus( supplement)? is|^\s*subject to completion|` +
	`^\s*(preliminary )?(short form )?(base )?(shelf )?prospectus( supplement)?\s*(\(.*\))?\s*$`)

// tocCaption matches the caption of a table of contents.
var tocCaption = regexp.MustCompile(`(?i)^\s*(table of )?contents\s*$`)

// Where coverLines looks: the cover title must stand within the first
// nine pages (a registration statement's facing page and fee table come
// first) and the first coverScan lines, and a document without page
// breaks has a cover of at most coverSpan lines.
const (
	coverPages = 9
	coverScan  = 3000
	coverSpan  = 150
)

// coverLines returns the lines of a prospectus's outside front cover page
// from its title on: the first line, within the first nine pages (and
// the first coverScan lines), that
// reads as a cover title, "Subject to Completion" or "The date of this
// prospectus is" (see coverTitle), to the end of its page or to a table
// of contents caption, whichever comes first. In a document without page
// breaks the cover ends coverSpan lines after the title. A document
// without such a line has no cover: nil. The first line returned is the
// title, where a rule reports what the cover lacks.
//
// For the seed prospectus, coverLines returns its lines 1 to 59, from
// "PROSPECTUS" to "The date of this Prospectus is May 26, 2004".
func coverLines(doc *model.Document) []model.Line {
	title := -1
	for i, l := range doc.Lines[:min(len(doc.Lines), coverScan)] {
		if l.PageIndex >= coverPages {
			break
		}
		if (containsFoldASCII(l.Text, "prospectus") || containsFoldASCII(l.Text, "subject to")) && coverTitle.MatchString(l.Text) {
			title = i
			break
		}
	}
	if title < 0 {
		return nil
	}
	page := doc.Lines[title].PageIndex
	end := title + 1
	for end < len(doc.Lines) && doc.Lines[end].PageIndex == page && !tocCaption.MatchString(doc.Lines[end].Text) {
		if len(doc.Pages) <= 1 && end-title >= coverSpan {
			break
		}
		end++
	}
	return doc.Lines[title:end]
}

// headingsFor returns the headings whose titles match title: those that
// match it exactly (after the tolerances of matchTitles) if there are
// any, else those that match it in the looser tier. For a document whose
// headings are "RISK FACTORS" on page 2 and "Risk Factors" on page S-5,
// headingsFor(doc, "Item 1A. Risk Factors") returns both.
func headingsFor(doc *model.Document, title string) []model.Heading {
	want := parseTitle(title)
	idx := headingIndexOf(doc)
	var exact, wrapped []int
	for _, i := range idx.candidates(want) {
		switch matchKeys(want, idx.keys[i]) {
		case exactMatch:
			exact = append(exact, i)
		case wrapMatch:
			wrapped = append(wrapped, i)
		}
	}
	if len(exact) == 0 {
		exact = wrapped
	}
	out := make([]model.Heading, len(exact))
	for k, i := range exact {
		out[k] = doc.Headings[i]
	}
	return out
}

// headingIndex holds the title keys of a document's headings and, by
// the first word and by the Item of each, the headings that can match a
// title: two titles match only if their words start alike, if they name
// the same Item, or if one of them has no words besides its Item or Part.
type headingIndex struct {
	keys   []titleKey
	byWord map[string][]int
	byItem map[string][]int
	bare   []int // headings with no words besides an Item or Part
}

func newHeadingIndex(doc *model.Document) *headingIndex {
	idx := &headingIndex{keys: make([]titleKey, len(doc.Headings)), byWord: map[string][]int{}, byItem: map[string][]int{}}
	for i, h := range doc.Headings {
		k := parseTitle(h.Norm)
		idx.keys[i] = k
		if len(k.words) > 0 {
			idx.byWord[k.words[0]] = append(idx.byWord[k.words[0]], i)
		} else {
			idx.bare = append(idx.bare, i)
		}
		if k.item != "" {
			idx.byItem[k.item] = append(idx.byItem[k.item], i)
		}
	}
	return idx
}

// candidates returns, in document order and each once, the headings that
// may match want.
func (idx *headingIndex) candidates(want titleKey) []int {
	if len(want.words) == 0 {
		all := make([]int, len(idx.keys))
		for i := range all {
			all[i] = i
		}
		return all
	}
	c := slices.Concat(idx.byWord[want.words[0]], idx.bare)
	if want.item != "" {
		c = append(c, idx.byItem[want.item]...)
	}
	slices.Sort(c)
	return slices.Compact(c)
}

// indexCache holds the heading indexes of the documents being evaluated,
// so that headingsFor, called for every table of contents entry and
// cross reference by several rules, parses each heading once. It refers
// to the documents weakly and keeps a few: one per worker is enough.
var indexCache struct {
	sync.Mutex
	entries [16]cachedIndex
	next    int
}

type cachedIndex struct {
	doc weak.Pointer[model.Document]
	idx *headingIndex
}

// headingIndexOf returns the heading index of doc.
func headingIndexOf(doc *model.Document) *headingIndex {
	indexCache.Lock()
	for _, c := range indexCache.entries {
		if c.idx != nil && c.doc.Value() == doc && len(c.idx.keys) == len(doc.Headings) {
			indexCache.Unlock()
			return c.idx
		}
	}
	indexCache.Unlock()
	idx := newHeadingIndex(doc)
	indexCache.Lock()
	indexCache.entries[indexCache.next] = cachedIndex{doc: weak.Make(doc), idx: idx}
	indexCache.next = (indexCache.next + 1) % len(indexCache.entries)
	indexCache.Unlock()
	return idx
}

// linesFor returns the visible lines that hold title and nothing else,
// its first words (a title wrapped onto the next line), or title as a
// run-in heading ("General. The notes will…", "Dilution: …"): headings
// the heading finder missed. linesFor(doc, "Item 5. Market for
// Registrant's Common Equity, Related Stockholder Matters and Issuer
// Purchases of Equity Securities") finds that line of a 10-K, a title
// of fifteen words that is too long to be taken for a heading.
func linesFor(doc *model.Document, title string) []model.Line {
	want := parseTitle(title)
	if len(want.words) == 0 && want.item == "" {
		return nil
	}
	limit := 3*len(title) + 24
	needle := lineNeedle(want)
	var out []model.Line
	for _, l := range doc.Lines {
		if needle != "" && !containsFoldASCII(l.Text, needle) {
			continue
		}
		text := strings.TrimSpace(l.Text)
		if text == "" {
			continue
		}
		if len(text) > limit {
			if runIn(text, want, len(title)) {
				out = append(out, l)
			}
			continue
		}
		got := parseTitle(text)
		switch m := matchKeys(want, got); {
		case m == exactMatch, m == wrapMatch && len(got.words) < len(want.words):
			out = append(out, l)
		case runIn(text, want, len(title)):
			out = append(out, l)
		}
	}
	return out
}

// lineNeedle returns a piece of text every line that matches want
// holds, to pass over the others without parsing them: the first five
// letters of the title's longest word of four letters or more (the start
// of a word survives what norm, singular and cutFootnote take off its
// end), or "item" for a bare Item.
func lineNeedle(want titleKey) string {
	best := ""
	for _, w := range want.words {
		if len(w) > len(best) && len(w) >= 4 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			best = w
		}
	}
	if best == "" && want.item != "" && len(want.words) == 0 {
		return "item"
	}
	return best[:min(len(best), 5)]
}

// containsFoldASCII reports whether s holds sub, a lower-case ASCII
// word, in any letter case.
func containsFoldASCII(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		j := 1
		for j < n && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// runIn reports a line that starts with the title followed by a period,
// colon or dash and more text: a run-in heading.
func runIn(text string, want titleKey, n int) bool {
	end := strings.IndexAny(text, ".:\u2014")
	if end <= 0 || end > n+12 || end+1 >= len(text) {
		return false
	}
	if strings.HasPrefix(text[end:], ".") && end+1 < len(text) && text[end+1] != ' ' {
		return false // "U.S." or "Inc.": not the end of a title
	}
	return matchKeys(want, parseTitle(text[:end])) == exactMatch
}
