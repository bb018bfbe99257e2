package rule

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// stubParse is a crude stand-in for checker/parse, enough to run the
// built-in fixtures until the real parser is wired into the fixture
// runner by `filinglint rules test`: lines and <PAGE> breaks, weekday
// dates, ASCII <TABLE> rows with numbers, and 424B forms.
func stubParse(name string, data []byte) (*source.File, []*model.Document, error) {
	text := string(data)
	doc := &model.Document{Path: name, Format: "ascii", Line: 1, Col: 1, Text: text}
	if m := regexp.MustCompile(`Rule 424\(b\)\((\d)\)`).FindStringSubmatch(text); m != nil {
		doc.Form, doc.Family = "424B"+m[1], []string{"prospectus"}
	}
	page, inTable, table := 0, false, -1
	for i, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		n := i + 1
		switch strings.TrimSpace(l) {
		case "<PAGE>":
			page++
			continue
		case "<TABLE>":
			inTable = true
			doc.Tables = append(doc.Tables, model.Table{Line: n, Col: 1, Header: []string{""}})
			table = len(doc.Tables) - 1
			continue
		case "</TABLE>":
			inTable = false
			continue
		}
		doc.Lines = append(doc.Lines, model.Line{N: n, Col: 1, Text: l, PageIndex: page, InTable: inTable})
		for _, m := range stubDate.FindAllStringSubmatchIndex(l, -1) {
			iso, ok := stubISO(l[m[4]:m[5]], l[m[6]:m[7]], l[m[8]:m[9]])
			doc.Dates = append(doc.Dates, model.Date{
				Text: l[m[0]:m[1]], Date: iso, Valid: ok, Weekday: weekdayOf(iso),
				StatedWeekday: l[m[2]:m[3]], Line: n, Col: m[0] + 1, EndLine: n, EndCol: m[1] + 1,
			})
		}
		if inTable {
			stubRow(&doc.Tables[table], l, n)
		}
	}
	return source.New(name, data), []*model.Document{doc}, nil
}

var (
	stubDate   = regexp.MustCompile(`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})`)
	stubNumber = regexp.MustCompile(`\$?\s*\(?\d[\d,]*(\.\d+)?\)?%?`)
	stubYears  = regexp.MustCompile(`^\s+((?:\d{4}\s*)+)$`)
)

func stubISO(month, day, year string) (string, bool) {
	for i, name := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		if name == month {
			d, _ := strconv.Atoi(day)
			iso := year + "-" + twoDigits(i+1) + "-" + twoDigits(d)
			return iso, weekdayOf(iso) != ""
		}
	}
	return "", false
}

func twoDigits(n int) string { return strings.TrimPrefix(strconv.Itoa(100+n), "1") }

// stubRow reads a table line: a header of years, a rule line, or a row
// whose label ends at the dot leaders.
func stubRow(t *model.Table, l string, n int) {
	if m := stubYears.FindStringSubmatch(l); m != nil {
		t.Header = append(t.Header, strings.Fields(m[1])...)
		return
	}
	label, rest, found := strings.Cut(l, "..")
	if !found || strings.HasPrefix(strings.TrimSpace(l), "<") {
		if strings.TrimSpace(l) != "" && !strings.ContainsAny(strings.TrimSpace(l), "-<=") {
			t.Rows = append(t.Rows, model.Row{Line: n, Col: 1, Label: strings.TrimSpace(l)})
		}
		return
	}
	label = strings.TrimSpace(label)
	r := model.Row{Line: n, Col: 1, Label: label, Total: strings.HasPrefix(label, "Total") || strings.HasPrefix(label, "Net")}
	off := len(l) - len(rest)
	for _, m := range stubNumber.FindAllStringIndex(rest, -1) {
		cell := strings.TrimSpace(rest[m[0]:m[1]])
		v, _ := strconv.ParseFloat(strings.NewReplacer("$", "", ",", "", " ", "").Replace(cell), 64)
		start := off + m[0] + strings.Index(rest[m[0]:m[1]], cell)
		r.Cells = append(r.Cells, model.Cell{Text: cell, Value: v, IsNumber: true, Line: n, Col: start + 1, EndCol: start + 1 + len(cell)})
	}
	t.Rows = append(t.Rows, r)
}

// TestBuiltinFixtures runs the built-in pack's inline tests with the stub
// parser, checking each fixture's want lines against its text.
func TestBuiltinFixtures(t *testing.T) {
	for _, r := range builtinEngine(t).Test(context.Background(), stubParse, nil) {
		for _, p := range r.Problems() {
			t.Errorf("%s %q: %s", r.Rule.ID, r.Name, p)
		}
	}
}

// TestBuiltinOnDisk checks that the embedded pack is the rules folder.
func TestBuiltinOnDisk(t *testing.T) {
	disk, err := Load(Pack{Dir: "../../rules"})
	if err != nil {
		t.Fatal(err)
	}
	var a, b []string
	for _, r := range disk.Rules() {
		a = append(a, r.ID)
	}
	for _, r := range builtinEngine(t).Rules() {
		b = append(b, r.ID)
	}
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("rules on disk %v, embedded %v", a, b)
	}
}
