package rule

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// exprPos maps positions inside a CEL expression to positions in the rule
// file. The expression is the value of a YAML scalar; YAML may have
// folded, indented, quoted or escaped it, so the value is aligned with the
// raw file text character by character: every character of the value is
// matched with the next equal character of the raw text, skipping what
// YAML removed (quotes, indentation, the block header). Positions are
// 1-based lines and 1-based character columns, as editors count them.
type exprPos struct {
	node  *yaml.Node
	file  []rune // the whole rule file
	value []rune // the expression
	at    []pos  // file position of each value character, then of its end
}

type pos struct{ line, col int }

func newExprPos(node *yaml.Node, file []rune) *exprPos {
	return &exprPos{node: node, file: file, value: []rune(node.Value)}
}

// start is the file position of the expression's first character.
func (p *exprPos) start() pos { return p.resolve(0) }

// position maps a CEL location (1-based line, 0-based column in
// characters) to the rule file.
func (p *exprPos) position(line, col int) pos { return p.resolve(p.index(line, col)) }

// char returns the expression's character at a CEL location, 0 if none.
func (p *exprPos) char(line, col int) rune {
	if i := p.index(line, col); i < len(p.value) {
		return p.value[i]
	}
	return 0
}

// nameColumn moves a CEL error location from the punctuation CEL points
// at to the name the message is about: from the dot of d.titl to titl
// ("undefined field 'titl'"), from the parenthesis of nrom(x) to nrom
// ("undeclared reference to 'nrom'").
func (p *exprPos) nameColumn(line, col int, msg string) int {
	_, name, ok := strings.Cut(msg, "'")
	name, _, ok2 := strings.Cut(name, "'")
	if !ok || !ok2 || name == "" {
		return col
	}
	i := p.index(line, col)
	switch {
	case p.char(line, col) == '.' && strings.HasPrefix(string(p.value[min(i+1, len(p.value)):]), name):
		return col + 1
	case p.char(line, col) == '(' && strings.HasSuffix(string(p.value[:i]), name):
		return col - len([]rune(name))
	}
	return col
}

// index is the offset in characters of a CEL location in the expression.
func (p *exprPos) index(line, col int) int {
	i, l := 0, 1
	for i < len(p.value) && l < line {
		if p.value[i] == '\n' {
			l++
		}
		i++
	}
	return i + max(col, 0)
}

func (p *exprPos) resolve(i int) pos {
	if p.at == nil {
		p.align()
	}
	return p.at[min(i, len(p.at)-1)]
}

func (p *exprPos) align() {
	r, cur := p.scanStart()
	p.at = make([]pos, 0, len(p.value)+1)
	advance := func() {
		if p.file[r] == '\n' {
			cur = pos{cur.line + 1, 1}
		} else {
			cur.col++
		}
		r++
	}
	for _, ch := range p.value {
		for r < len(p.file) && p.file[r] != ch {
			advance()
		}
		p.at = append(p.at, cur)
		if r < len(p.file) {
			advance()
		}
	}
	p.at = append(p.at, cur)
}

// scanStart finds where the scalar's text begins in the file: after the
// opening quote of a quoted scalar, on the line after the header of a
// block scalar (| or >), at the node for a plain scalar.
func (p *exprPos) scanStart() (int, pos) {
	n := p.node
	r, cur := 0, pos{1, 1}
	for r < len(p.file) && cur.line < n.Line {
		if p.file[r] == '\n' {
			cur.line++
		}
		r++
	}
	skip := n.Column - 1
	switch {
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		skip++
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		for r < len(p.file) && p.file[r] != '\n' {
			r++
		}
		return r + 1, pos{n.Line + 1, 1}
	}
	skip = min(skip, len(p.file)-r)
	return r + skip, pos{n.Line, 1 + skip}
}
