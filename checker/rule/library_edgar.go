package rule

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/cost"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/filinglint/filinglint/checker/model"
)

// The edgar functions read the raw lines of ASCII documents (doc.raw_lines)
// in Go, one pass each, so that a rule checking every line of a filing
// does not walk a million lines in CEL:
//
//	linesLongerThan(lines, n)  the lines wider than n characters
//	lineWidth(text)            the width of a line as EDGAR counts it
//	charsOutside(lines, set)   the characters of the lines outside a set
//	asciiFor(char)             the ASCII a filer types for a character
//	codepoint(char)            "U+201C"

// edgarFunctions declares the library functions of the edgar rules.
func edgarFunctions() []cel.EnvOption {
	str, num := cel.StringType, cel.IntType
	lines := cel.ListType(cel.ObjectType("model.RawLine"))
	return []cel.EnvOption{
		// linesLongerThan(doc.raw_lines, 80) == the raw lines wider than 80
		cel.Function("linesLongerThan",
			cel.Overload("lines_longer_than_list_int", []*cel.Type{lines, num}, lines,
				cel.BinaryBinding(linesLongerThanVal))),
		// lineWidth("- ------") == 6
		cel.Function("lineWidth",
			cel.Overload("line_width_string", []*cel.Type{str}, num,
				cel.UnaryBinding(func(s ref.Val) ref.Val { return types.Int(lineWidth(string(s.(types.String)))) }))),
		// charsOutside(doc.raw_lines, "\t\f\r -~") == every character not in the set
		cel.Function("charsOutside",
			cel.Overload("chars_outside_list_string", []*cel.Type{lines, str}, cel.ListType(cel.ObjectType("model.Match")),
				cel.BinaryBinding(charsOutsideVal))),
		// asciiFor("“") == "\""
		cel.Function("asciiFor",
			cel.Overload("ascii_for_string", []*cel.Type{str}, str, cel.UnaryBinding(stringFunc(asciiFor)))),
		// codepoint("“") == "U+201C"
		cel.Function("codepoint",
			cel.Overload("codepoint_string", []*cel.Type{str}, str, cel.UnaryBinding(stringFunc(codepoint)))),
	}
}

// edgarCostModels gives the cost models of the edgar functions: the two
// list functions cost a unit per line, as a CEL filter over the lines
// would cost several; charsOutside may return a match for every
// character; the string functions scan their argument.
func edgarCostModels() []cost.OverloadModel {
	call := cost.Const(cost.CallCost)
	perLine := cost.Sum(call, cost.Length(cost.Arg(0)))
	return []cost.OverloadModel{
		cost.Overload("lines_longer_than_list_int", cost.EvalCost(perLine),
			cost.ResultSize(cost.AtMost(cost.Arg(0)))),
		cost.Overload("line_width_string", cost.EvalCost(cost.Sum(call, cost.StringScan(cost.Length(cost.Arg(0)))))),
		cost.Overload("chars_outside_list_string", cost.EvalCost(perLine),
			cost.ResultSize(cost.AtMost(cost.List(
				cost.Mul(cost.Length(cost.Arg(0)), cost.Const(fieldSizes["RawLine.text"])), cost.Const(1))))),
		cost.Overload("ascii_for_string", cost.EvalCost(call), cost.ResultSize(cost.AtMost(cost.Const(8)))),
		cost.Overload("codepoint_string", cost.EvalCost(call), cost.ResultSize(cost.AtMost(cost.Const(10)))),
	}
}

// rawLinesArg returns the raw lines a list argument holds: the model's own
// slice when the rule passes doc.raw_lines, a copy when it passes a list
// it built.
func rawLinesArg(v ref.Val) ([]model.RawLine, error) {
	if ls, ok := v.Value().([]model.RawLine); ok {
		return ls, nil
	}
	l, ok := v.(traits.Lister)
	if !ok {
		return nil, fmt.Errorf("%s is not a list of raw lines", v.Type().TypeName())
	}
	var out []model.RawLine
	for it := l.Iterator(); it.HasNext() == types.True; {
		switch e := it.Next().Value().(type) {
		case model.RawLine:
			out = append(out, e)
		case *model.RawLine:
			out = append(out, *e)
		default:
			return nil, fmt.Errorf("list holds %T, not raw lines", e)
		}
	}
	return out, nil
}

// adapterOf returns the adapter that turns model values into CEL values:
// the one v carries, else the environment's.
func adapterOf(v ref.Val) types.Adapter {
	if a, ok := v.(types.Adapter); ok {
		return a
	}
	if e, err := env(); err == nil {
		return e.CELTypeAdapter()
	}
	return types.DefaultTypeAdapter
}

func linesLongerThanVal(list, n ref.Val) ref.Val {
	ls, err := rawLinesArg(list)
	if err != nil {
		return types.NewErr("linesLongerThan: %v", err)
	}
	return adapterOf(list).NativeToValue(linesLongerThan(ls, int(n.(types.Int))))
}

// linesLongerThan returns the lines whose width (lineWidth) exceeds n.
func linesLongerThan(lines []model.RawLine, n int) []model.RawLine {
	out := []model.RawLine{}
	for _, l := range lines {
		// A line of n bytes or fewer is at most n characters wide.
		if len(l.Text) > n && lineWidth(l.Text) > n {
			out = append(out, l)
		}
	}
	return out
}

// lineWidth returns the width of a line of an ASCII document as EDGAR
// counts it: its characters, a tab counting one, form feeds (which print
// nothing) and trailing white space not counted. A line that starts with
// "- -" is a line starting with "-" that EDGAR's dissemination
// dash-escaped (RFC 934, in submissions wrapped in a privacy-enhanced
// message); the "- " it added does not count, however often it was added.
func lineWidth(text string) int {
	text = strings.TrimRight(text, " \t\f\r")
	text = strings.TrimLeft(text, "\f")
	for strings.HasPrefix(text, "- -") {
		text = text[2:]
	}
	return utf8.RuneCountInString(text) - strings.Count(text, "\f")
}

func charsOutsideVal(list, set ref.Val) ref.Val {
	ls, err := rawLinesArg(list)
	if err != nil {
		return types.NewErr("charsOutside: %v", err)
	}
	cs, err := charSetOf(string(set.(types.String)))
	if err != nil {
		return types.NewErr("charsOutside: %v", err)
	}
	return adapterOf(list).NativeToValue(charsOutside(ls, cs))
}

// charSet is a set of characters given as the body of a regular
// expression's character class; ascii holds its answers for bytes below
// 0x80.
type charSet struct {
	ascii [utf8.RuneSelf]bool
	re    *regexp.Regexp
}

var charSets sync.Map // body → *charSet

// charSetOf compiles the character class body set, once per body.
func charSetOf(set string) (*charSet, error) {
	if cs, ok := charSets.Load(set); ok {
		return cs.(*charSet), nil
	}
	re, err := regexp.Compile(`^[` + set + `]$`)
	if err != nil {
		return nil, fmt.Errorf("bad character set %q: %w", set, err)
	}
	cs := &charSet{re: re}
	for c := range utf8.RuneSelf {
		cs.ascii[c] = re.MatchString(string(rune(c)))
	}
	charSets.Store(set, cs)
	return cs, nil
}

func (cs *charSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return cs.ascii[r]
	}
	return r != utf8.RuneError && cs.re.MatchString(string(r))
}

// charsOutside returns every character of the lines that is not in cs,
// located in the file. A byte that is not UTF-8 shows in a raw line as
// U+FFFD and is located as the one byte it is; Offset is -1, as these are
// not in doc.text.
func charsOutside(lines []model.RawLine, cs *charSet) []model.Match {
	out := []model.Match{}
	for _, l := range lines {
		if asciiIn(l.Text, cs) {
			continue
		}
		col := 1 // the byte column in the file
		for _, r := range l.Text {
			size := utf8.RuneLen(r)
			if r == utf8.RuneError && l.InvalidUTF8 {
				size = 1 // a byte the parser replaced
			}
			if !cs.has(r) {
				out = append(out, model.Match{Text: string(r), Line: l.N, Col: col, EndLine: l.N, EndCol: col + size, Offset: -1})
			}
			col += size
		}
	}
	return out
}

// asciiIn reports whether text is ASCII and every byte of it is in cs,
// the common case, checked without decoding.
func asciiIn(text string, cs *charSet) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || !cs.ascii[c] {
			return false
		}
	}
	return true
}

// asciiReplacements are what a filer types in an ASCII document for the
// characters word processors put in.
var asciiReplacements = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'",
	'\u201C': `"`, '\u201D': `"`, '\u201E': `"`, '\u201F': `"`, '\u2033': `"`, '\u00AB': `"`, '\u00BB': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2212': "-", '\u00AD': "-",
	'\u2014': "--", '\u2015': "--",
	'\u00A0': " ", '\u2002': " ", '\u2003': " ", '\u2009': " ", '\u202F': " ",
	'\u2026': "...", '\u2022': "*", '\u00B7': "*", '\u25CF': "*", '\u25AA': "*",
	'\u00A9': "(c)", '\u00AE': "(R)", '\u2122': "(TM)", '\u2120': "(SM)",
	'\u00BD': "1/2", '\u00BC': "1/4", '\u00BE': "3/4", '\u00D7': "x", '\u00B1': "+/-",
	'\u00A7': "Section", '\u00B6': "Paragraph", '\u00B0': " degrees", '\u00A2': " cents",
	'\u00C0': "A", '\u00C1': "A", '\u00C2': "A", '\u00C3': "A", '\u00C4': "A", '\u00C5': "A",
	'\u00C7': "C", '\u00C8': "E", '\u00C9': "E", '\u00CA': "E", '\u00CB': "E",
	'\u00CC': "I", '\u00CD': "I", '\u00CE': "I", '\u00CF': "I", '\u00D1': "N",
	'\u00D2': "O", '\u00D3': "O", '\u00D4': "O", '\u00D5': "O", '\u00D6': "O", '\u00D8': "O",
	'\u00D9': "U", '\u00DA': "U", '\u00DB': "U", '\u00DC': "U", '\u00DD': "Y",
	'\u00E0': "a", '\u00E1': "a", '\u00E2': "a", '\u00E3': "a", '\u00E4': "a", '\u00E5': "a",
	'\u00E7': "c", '\u00E8': "e", '\u00E9': "e", '\u00EA': "e", '\u00EB': "e",
	'\u00EC': "i", '\u00ED': "i", '\u00EE': "i", '\u00EF': "i", '\u00F1': "n",
	'\u00F2': "o", '\u00F3': "o", '\u00F4': "o", '\u00F5': "o", '\u00F6': "o", '\u00F8': "o",
	'\u00F9': "u", '\u00FA': "u", '\u00FB': "u", '\u00FC': "u", '\u00FD': "y", '\u00FF': "y",
	'\u00DF': "ss", '\u00C6': "AE", '\u00E6': "ae",
}

// asciiFor returns the ASCII a filer types instead of the first character
// of s (`"` for “, "--" for an em dash, "(c)" for ©), or "" when there is
// none to suggest (a control character, a byte that was not UTF-8).
func asciiFor(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	return asciiReplacements[r]
}

// codepoint returns the Unicode code point of the first character of s,
// written as "U+201C"; "" for an empty string.
func codepoint(s string) string {
	if s == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	return fmt.Sprintf("U+%04X", r)
}
