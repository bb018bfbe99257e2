package parse

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// asciiPieces are the bits random table text is made of: the bytes the
// table code looks at, Unicode white space, letters ToLower folds to ASCII
// ("İ", the Kelvin sign) and invalid UTF-8.
var asciiPieces = []string{
	" ", " ", " ", "  ", "\t", ".", "..", "$", "(", ")", "-", "=", "_", ",", ":", "&",
	"1", "12", "1,234", "1999", "a", "N", "net", "Net ", "TOTAL", "total", "of", "In", "wİth", "İN",
	"\u00a0", "\u2003", "\u0085", "\r", "\v", "\u212a", "\xff", "\xe2\x80", "é",
}

// randomASCIIText joins n random pieces.
func randomASCIIText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(asciiPieces[r.IntN(len(asciiPieces))])
	}
	return b.String()
}

// TestASCIIPredicates checks the byte-scanning predicates against the
// definitions they stand for, written with strings.ToLower, Fields and
// TrimSpace.
func TestASCIIPredicates(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		s := randomASCIIText(r, r.IntN(6))
		trimmed := strings.TrimSpace(s)
		if got, want := isRuleLine(s), trimmed == "" || strings.Trim(trimmed, "-=_ \t") == ""; got != want {
			t.Fatalf("isRuleLine(%q) = %v, want %v", s, got, want)
		}
		lower := strings.ToLower(trimmed)
		want := strings.HasPrefix(lower, "total") || strings.HasPrefix(lower, "net ") || lower == "net"
		if got := isTotalLabel(s); got != want {
			t.Fatalf("isTotalLabel(%q) = %v, want %v", s, got, want)
		}
		if got := isTotalRow(s); got != want {
			t.Fatalf("isTotalRow(%q) = %v, want %v", s, got, want)
		}
		if got, want := isTrimmed(s), trimmed == s; got != want {
			t.Fatalf("isTrimmed(%q) = %v, want %v", s, got, want)
		}
		f := strings.Fields(s)
		last := ""
		if len(f) > 0 {
			last = f[len(f)-1]
		}
		if got := lastField(s); got != last {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, last)
		}
		joining := false
		switch strings.ToLower(last) {
		case "and", "of", "the", "for", "in", "to", "&", "on", "or", "with", "from":
			joining = true
		}
		if got := lowerIsAny(last, labelJoiners); got != joining {
			t.Fatalf("lowerIsAny(%q, labelJoiners) = %v, want %v", last, got, joining)
		}
	}
}

// TestSplitTableLineLabel checks that a label is its fields' text without
// dot leaders, white space collapsed, also where splitTableLine leaves out
// collapsing because the text cannot need it or joins the fields itself
// (joinLabel), and so is a heading made of
// the fields (joinHeadings); and that fields and their cells hold the
// numbers parseNumber reads.
func TestSplitTableLineLabel(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		s := randomASCIIText(r, r.IntN(12))
		var l tline
		splitTableLine(&l, s, skipBlanks(s, 0), 0, nil)
		var texts []string
		for i := range l.all {
			texts = append(texts, l.text(&l.all[i]))
		}
		h := joinHeadings([][]string{texts, nil, texts[min(1, len(texts)):], texts})
		for i, p := range [][]string{texts, nil, texts[min(1, len(texts)):], texts} {
			if want := collapseSpaces(strings.Join(p, " ")); h[i] != want {
				t.Fatalf("%q: heading %d %q, want %q", s, i, h[i], want)
			}
		}
		k := len(l.all) - len(l.fields)
		if k == 0 {
			if l.label != "" {
				t.Fatalf("%q: label %q without label fields", s, l.label)
			}
			continue
		}
		want := collapseSpaces(strings.TrimRight(s[l.all[0].start:l.all[k-1].end], ". "))
		if l.label != want {
			t.Fatalf("%q: label %q, want %q", s, l.label, want)
		}
		for i := range l.all {
			f := &l.all[i]
			text := l.text(f)
			n, num := parseNumber(text)
			if num != f.num || num && (n.Value != f.value || n.Unit != numUnits[f.unit]) {
				t.Fatalf("%q: field %q parsed %+v, want %v %+v", s, text, *f, num, n)
			}
			var c model.Cell
			if setFieldCell(&c, text, f, 1, 2, 3); c != newCell(text, 1, 2, 3) {
				t.Fatalf("%q: cell %+v, want %+v", s, c, newCell(text, 1, 2, 3))
			}
		}
	}
}

// TestPlainInt checks plainInt against parseNumber: what it reads,
// parseNumber reads alike, and it reads every number parseNumber finds in
// text of digits and commas alone, up to maxPlainDigits digits.
func TestPlainInt(t *testing.T) {
	pieces := []string{"0", "1", "7", "12", "123", "4567", "9999999", ",", ",", ".", "-", "$", " "}
	r := rand.New(rand.NewPCG(7, 8))
	read := 0
	for range 200000 {
		s := randomText(r, pieces, 1+r.IntN(8))
		v, ok := plainInt(s)
		n, num := parseNumber(s)
		if ok && (!num || n.Value != v || n.Unit != "" || n.Negative) {
			t.Fatalf("plainInt(%q) = %v, parseNumber gives %+v %v", s, v, n, num)
		}
		plain := strings.Trim(s, "0123456789,") == "" && len(s)-strings.Count(s, ",") <= maxPlainDigits
		if plain && ok != num {
			t.Fatalf("plainInt(%q) reports %v, parseNumber %v", s, ok, num)
		}
		if ok {
			read++
		}
	}
	if read < 1000 {
		t.Errorf("plainInt read %d numbers", read)
	}
}

// TestFieldRead checks fields, whose numbers read reads in part by
// itself, against parseNumber, on random text and on every byte in
// parentheses.
func TestFieldRead(t *testing.T) {
	for c := range 256 {
		s := "(" + string([]byte{byte(c)}) + ")"
		f := field{end: len(s)}
		f.read(s)
		n, num := parseNumber(s)
		if f.num != num || num && (f.value != n.Value || numUnits[f.unit] != n.Unit) {
			t.Fatalf("read(%q) = %+v, parseNumber gives %+v %v", s, f, n, num)
		}
	}
	pieces := []string{"0", "1", "7", "12", "123", "4567", ",", ".", "(", ")", "(", ")", "-", "--", "$", "%", "*", " ", "a", "\xff"}
	r := rand.New(rand.NewPCG(9, 10))
	for range 200000 {
		s := randomText(r, pieces, 1+r.IntN(6))
		if s[0] == ' ' {
			continue // fields start after the blanks
		}
		f := field{end: len(s)}
		f.read(s)
		n, num := parseNumber(s)
		if f.num != num || num && (math.Float64bits(f.value) != math.Float64bits(n.Value) || numUnits[f.unit] != n.Unit) {
			t.Fatalf("read(%q) = %+v, parseNumber gives %+v %v", s, f, n, num)
		}
	}
}

// TestContinuesLabelDotLeaders checks that a label line of dot leaders
// alone, which has an empty label, neither continues nor panics.
func TestContinuesLabelDotLeaders(t *testing.T) {
	var l, next tline
	splitTableLine(&l, "........", 0, 0, nil)
	splitTableLine(&next, "Cost of goods      1,234     2,345", 0, 1, nil)
	if continuesLabel(&l, &next) {
		t.Error("an empty label continues the next")
	}
}

// TestASCIILocator checks the locator, by pos and by line, against
// src.Position(t.Source(…)) on text with CRLF line ends, invalid UTF-8
// (shown as U+FFFD) and a last line without its newline.
func TestASCIILocator(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var b strings.Builder
	for i := range 300 {
		b.WriteString(randomASCIIText(r, r.IntN(10)))
		if i%7 == 0 {
			b.WriteString("\r")
		}
		if i < 299 {
			b.WriteString("\n")
		}
	}
	data := []byte(b.String())
	src := source.New("t.txt", data)
	p := parseASCII(src, 0, len(data))
	tx := p.text
	loc := newASCIILocator(src, tx)
	for i, l := range tx.Lines {
		lp := loc.line(i)
		for col := 0; col <= l.End-l.Start; col++ {
			want := src.Position(tx.Source(l.Start + col))
			if got := loc.pos(i, col); got != want {
				t.Fatalf("line %d col %d: %v, want %v", i, col, got, want)
			}
			if got := lp.at(col); got != want {
				t.Fatalf("line %d col %d: line(%d).at %v, want %v", i, col, i, got, want)
			}
		}
	}
}

// TestColumnsOfColAt checks the column columnsOf notes for each right
// edge against columnOf, the nearest column, and the rows setValueRow
// makes with them against rows made by looking each cell up, on random
// tables whose numbers stand at jittered edges, some columns close enough
// to merge and some fields sharing a column.
func TestColumnsOfColAt(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	sc := new(asciiScratch)
	for range 2000 {
		data := []byte(randomTable(r))
		src := source.New("t.txt", data)
		tx := parseASCII(src, 0, len(data)).text
		idxs := make([]int, len(tx.Lines))
		for i := range idxs {
			idxs[i] = i
		}
		tls := sc.tableLines(tx, idxs, true)
		cols := sc.columnsOf(tls)
		loc := newASCIILocator(src, tx)
		for k := range tls {
			for _, f := range tls[k].fields {
				if got, want := int(f.col), columnOf(cols, f.end); got != want {
					t.Fatalf("%q: field %q in column %d, columnOf gives %d", data, tls[k].text(&f), got, want)
				}
			}
			if len(tls[k].fields) == 0 {
				continue
			}
			var got model.Row
			setValueRow(&got, &tls[k], make([]model.Cell, len(cols)), &loc)
			if want := plainValueRow(&tls[k], cols, &loc); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q line %d: row %+v, want %+v", data, k, got, want)
			}
		}
		sc.release()
		sc = asciiScratchPool.Get().(*asciiScratch)
	}
}

// randomTable returns lines of values standing at random right edges,
// give or take two columns.
func randomTable(r *rand.Rand) string {
	values := []string{"1", "12", "1,234", "(1,234)", "$ 5", "--", "12.5%", "Net sales", "a b", "\u00a0"}
	edges := make([]int, 1+r.IntN(6))
	at := 8
	for i := range edges {
		at += 1 + r.IntN(12)
		edges[i] = at
	}
	var b strings.Builder
	for range 1 + r.IntN(8) {
		line := []byte(strings.Repeat(" ", at+20))
		for _, e := range edges {
			v := values[r.IntN(len(values))]
			if end := e + r.IntN(3); r.IntN(4) > 0 && end-len(v) >= 0 {
				copy(line[end-len(v):], v)
			}
		}
		b.WriteString(strings.TrimRight(string(line), " "))
		b.WriteString("\n")
	}
	return b.String()
}

// plainValueRow is setValueRow cell by cell: each field's cell looked up
// by columnOf, joined to a cell that has text, and the empty cells' lines
// filled in last.
func plainValueRow(l *tline, cols []column, loc *asciiLocator) model.Row {
	first := l.labelCol
	if l.label == "" {
		first = l.fields[0].start
	}
	p := loc.pos(l.idx, first)
	r := model.Row{Line: p.Line, Col: p.Col, EndLine: p.Line, Label: l.label, Total: isTotalLabel(l.label), Cells: make([]model.Cell, len(cols))}
	for i := range l.fields {
		f := &l.fields[i]
		k := columnOf(cols, f.end)
		s, e := loc.pos(l.idx, f.start), loc.pos(l.idx, f.end)
		if prev := r.Cells[k]; prev.Text != "" {
			r.Cells[k] = newCell(prev.Text+" "+l.text(f), prev.Line, prev.Col, e.Col)
			continue
		}
		r.Cells[k] = newCell(l.text(f), s.Line, s.Col, e.Col)
	}
	for k := range r.Cells {
		if r.Cells[k].Line == 0 {
			r.Cells[k].Line = p.Line
		}
	}
	return r
}

// TestCaptionText checks captionText, which takes the lines tableLines
// kept for no rules, against the rule test itself, on random lines of
// text, rules and blanks, some of them marked as the page's number.
func TestCaptionText(t *testing.T) {
	pieces := []string{"  ", "-----", "=", "_", "a", "Year", "1999", "\u00a0", "\r", "\xff", "-1-"}
	r := rand.New(rand.NewPCG(19, 20))
	sc := new(asciiScratch)
	for range 2000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(randomText(r, pieces, r.IntN(4)))
			b.WriteString("\n")
		}
		data := []byte(b.String())
		tx := parseASCII(source.New("c.txt", data), 0, len(data)).text
		idxs := make([]int, len(tx.Lines))
		var parts []string
		for i := range idxs {
			idxs[i] = i
			tx.Lines[i].PageNumber = r.IntN(4) == 0
			if !isRuleLine(tx.Text(i)) {
				parts = append(parts, tx.Trimmed(i))
			}
		}
		split := sc.tableLines(tx, idxs, false)
		if got, want := captionText(tx, idxs, split), strings.Join(parts, " "); got != want {
			t.Fatalf("%q: caption %q, want %q", data, got, want)
		}
		sc.release()
		sc = asciiScratchPool.Get().(*asciiScratch)
	}
}
