package rule

import (
	"fmt"
	"reflect"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
)

// FindingType is the CEL type of what finding(...) returns; a rule's
// findings expression must have type list(Finding).
var FindingType = cel.OpaqueType("Finding")

// hit is a Finding value inside CEL: where the rule points and what it
// says. The engine turns it into a finding.Finding, adding the rule's
// metadata, the page and the fix's byte offsets.
type hit struct {
	line, col, endLine, endCol int
	message                    string
	subject                    string // text of the flagged element, normalised later
	fix                        *hitFix
}

// hitFix is the fix a rule attached with withFix; edits are in line:col
// coordinates until the engine resolves them against the source file.
type hitFix struct {
	description string
	edits       []hitEdit
}

type hitEdit struct {
	line, col, endLine, endCol int // end column exclusive
	text                       string
}

var _ ref.Val = (*hit)(nil)

// ConvertToNative implements ref.Val: a Finding is only ever itself.
func (h *hit) ConvertToNative(t reflect.Type) (any, error) {
	if reflect.TypeOf(h).AssignableTo(t) {
		return h, nil
	}
	return nil, fmt.Errorf("type conversion error from Finding to %v", t)
}

// ConvertToType implements ref.Val.
func (h *hit) ConvertToType(t ref.Type) ref.Val {
	switch t {
	case types.TypeType:
		return FindingType
	case FindingType:
		return h
	}
	return types.NewErr("type conversion error from Finding to %s", t)
}

// Equal implements ref.Val: two findings are equal when they say the same
// thing at the same place.
func (h *hit) Equal(other ref.Val) ref.Val {
	o, ok := other.(*hit)
	if !ok {
		return types.False
	}
	return types.Bool(h.line == o.line && h.col == o.col && h.endLine == o.endLine &&
		h.endCol == o.endCol && h.message == o.message)
}

// Type implements ref.Val.
func (h *hit) Type() ref.Type { return FindingType }

// Value implements ref.Val.
func (h *hit) Value() any { return h }

// withEdit returns a copy of h whose fix has one more edit.
func (h *hit) withEdit(description string, e hitEdit) *hit {
	c := *h
	f := &hitFix{description: description}
	if h.fix != nil {
		f.description = h.fix.description
		f.edits = append(f.edits, h.fix.edits...)
	}
	f.edits = append(f.edits, e)
	c.fix = f
	return &c
}
