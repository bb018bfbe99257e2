package fix

import (
	"fmt"
	"io"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// contextLines is how many unchanged lines surround each hunk.
const contextLines = 3

// op is one line of a line diff.
type op struct {
	kind byte // ' ', '-' or '+'
	text string
}

// lineOps computes a line diff of a and b with go-diff.
func lineOps(a, b string) []op {
	dmp := diffmatchpatch.New()
	ca, cb, lines := dmp.DiffLinesToChars(a, b)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ca, cb, false), lines)
	var ops []op
	for _, d := range diffs {
		kind := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = '-'
		case diffmatchpatch.DiffInsert:
			kind = '+'
		}
		for _, l := range splitLines(d.Text) {
			ops = append(ops, op{kind: kind, text: l})
		}
	}
	return ops
}

// splitLines splits s after each newline; a last line without one is kept.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// Unified writes the unified diff between old and new of path (--- a/path,
// +++ b/path, @@ hunks with three lines of context). Nothing is written
// when they are equal.
func Unified(w io.Writer, path string, old, new []byte) error {
	if string(old) == string(new) {
		return nil
	}
	ops := lineOps(string(old), string(new))
	if _, err := fmt.Fprintf(w, "--- a/%s\n+++ b/%s\n", path, path); err != nil {
		return err
	}
	for _, h := range hunks(ops) {
		if err := h.write(w, ops); err != nil {
			return err
		}
	}
	return nil
}

// hunk is a run of ops [from, to) with its starting line numbers.
type hunk struct {
	from, to         int
	oldLine, newLine int
}

// hunks groups changed ops with their context, merging hunks whose
// context would touch.
func hunks(ops []op) []hunk {
	var hs []hunk
	oldLine, newLine := 1, 1
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			oldLine++
			newLine++
			i++
			continue
		}
		start := max(0, i-contextLines)
		h := hunk{from: start, oldLine: oldLine - (i - start), newLine: newLine - (i - start)}
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j + 1
			} else if j-end >= 2*contextLines {
				break
			}
		}
		h.to = min(len(ops), end+contextLines)
		for _, o := range ops[i:h.to] {
			if o.kind != '+' {
				oldLine++
			}
			if o.kind != '-' {
				newLine++
			}
		}
		hs = append(hs, h)
		i = h.to
	}
	return hs
}

func (h hunk) write(w io.Writer, ops []op) error {
	oldN, newN := 0, 0
	for _, o := range ops[h.from:h.to] {
		if o.kind != '+' {
			oldN++
		}
		if o.kind != '-' {
			newN++
		}
	}
	if _, err := fmt.Fprintf(w, "@@ -%s +%s @@\n", span(h.oldLine, oldN), span(h.newLine, newN)); err != nil {
		return err
	}
	for _, o := range ops[h.from:h.to] {
		text := o.text
		nl := strings.HasSuffix(text, "\n")
		if _, err := fmt.Fprintf(w, "%c%s", o.kind, text); err != nil {
			return err
		}
		if !nl {
			if _, err := io.WriteString(w, "\n\\ No newline at end of file\n"); err != nil {
				return err
			}
		}
	}
	return nil
}

// span formats a hunk range as diff does: "l,n", "l" when n is 1, and
// "l-1,0" for an empty side.
func span(line, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", line-1)
	case 1:
		return fmt.Sprintf("%d", line)
	}
	return fmt.Sprintf("%d,%d", line, n)
}
