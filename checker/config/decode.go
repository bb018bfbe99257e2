package config

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"
)

// decoder walks the YAML nodes of a config file and collects errors at their
// positions instead of stopping at the first.
type decoder struct {
	name string
	errs ErrorList
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &Error{File: d.name, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// expect reports whether n has the wanted kind, and an error when not.
// what describes the value in the message: a quoted key such as "enable",
// or a phrase such as the config.
func (d *decoder) expect(what string, n *yaml.Node, kind yaml.Kind) bool {
	if n.Kind == kind {
		return true
	}
	d.errorf(n, "%s must be %s, not %s", what, kindNames[kind], describe(n))
	return false
}

var kindNames = map[yaml.Kind]string{
	yaml.MappingNode:  "a mapping",
	yaml.SequenceNode: "a list",
	yaml.ScalarNode:   "a string",
}

// describe names the kind of a node for error messages.
func describe(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		return kindNames[n.Kind]
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "a number"
	case "!!bool":
		return "a boolean"
	case "!!null":
		return "empty"
	}
	return "a string"
}

// pairs calls fn for each key and value of mapping n, rejecting non-scalar
// and duplicate keys.
func (d *decoder) pairs(n *yaml.Node, fn func(k, v *yaml.Node)) {
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "key must be a string, not %s", describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.errorf(k, "duplicate key %q (first at %d:%d)", k.Value, first.Line, first.Column)
			continue
		}
		seen[k.Value] = k
		fn(k, v)
	}
}

// scalar reports whether n is a non-empty scalar, and an error when not.
func (d *decoder) scalar(what string, n *yaml.Node) bool {
	if !d.expect(what, n, yaml.ScalarNode) {
		return false
	}
	if isNull(n) || n.Value == "" {
		d.errorf(n, "%s is empty", what)
		return false
	}
	return true
}

// strings returns the scalar items of list n.
func (d *decoder) strings(key string, n *yaml.Node) []*yaml.Node {
	what := strconv.Quote(key)
	if !d.expect(what, n, yaml.SequenceNode) {
		return nil
	}
	var out []*yaml.Node
	for _, item := range n.Content {
		item = deref(item)
		if d.scalar("entry of "+what, item) {
			out = append(out, item)
		}
	}
	return out
}

// idPattern accepts a rule id (category/name) or a category ("edgar/" or
// "edgar"): lowercase letters, digits, '-', '_' and '.'.
var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*(/([a-z0-9][a-z0-9_.-]*)?)?$`)

// id reports whether n holds a well-formed rule id or category.
func (d *decoder) id(n *yaml.Node) bool {
	if idPattern.MatchString(n.Value) {
		return true
	}
	d.errorf(n, "bad rule id %q (want category/name, or a category such as \"edgar/\")", n.Value)
	return false
}

// ids returns the rule ids and categories of list n.
func (d *decoder) ids(what string, n *yaml.Node) []string {
	var out []string
	for _, s := range d.strings(what, n) {
		if d.id(s) {
			out = append(out, s.Value)
		}
	}
	return out
}

// glob reports whether n holds a valid doublestar pattern.
func (d *decoder) glob(n *yaml.Node) bool {
	if doublestar.ValidatePattern(n.Value) {
		return true
	}
	d.errorf(n, "bad glob %q: %v", n.Value, doublestar.ErrBadPattern)
	return false
}

// globs returns the patterns of list n.
func (d *decoder) globs(what string, n *yaml.Node) []string {
	var out []string
	for _, s := range d.strings(what, n) {
		if d.glob(s) {
			out = append(out, s.Value)
		}
	}
	return out
}

func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// deref follows YAML aliases to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}
