package config

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ignores decodes the ignore list. Each entry needs a rule, a path glob and
// a reason; line and text are optional.
func (d *decoder) ignores(n *yaml.Node, c *Config) {
	if !d.expect(`"ignore"`, n, yaml.SequenceNode) {
		return
	}
	for _, e := range n.Content {
		e = deref(e)
		if !d.expect("ignore entry", e, yaml.MappingNode) {
			continue
		}
		if ig, ok := d.ignore(e); ok {
			c.Ignore = append(c.Ignore, ig)
		}
	}
}

// ignoreFields decodes each key of an ignore entry; a false result means the
// value was rejected.
var ignoreFields = map[string]func(d *decoder, v *yaml.Node, ig *Ignore) bool{
	"rule": func(d *decoder, v *yaml.Node, ig *Ignore) bool {
		ig.Rule = v.Value
		return d.scalar(`"rule"`, v) && d.id(v)
	},
	"path": func(d *decoder, v *yaml.Node, ig *Ignore) bool {
		ig.Path = v.Value
		return d.scalar(`"path"`, v) && d.glob(v)
	},
	"line": func(d *decoder, v *yaml.Node, ig *Ignore) bool {
		if v.Kind != yaml.ScalarNode || v.Tag != "!!int" {
			d.errorf(v, "%q must be a line number, not %s", "line", describe(v))
			return false
		}
		if err := v.Decode(&ig.Line); err != nil || ig.Line < 1 {
			d.errorf(v, "%q must be a line number of 1 or more, not %s", "line", v.Value)
			return false
		}
		return true
	},
	"text": func(d *decoder, v *yaml.Node, ig *Ignore) bool {
		ig.Text = v.Value
		return d.scalar(`"text"`, v)
	},
	"reason": func(d *decoder, v *yaml.Node, ig *Ignore) bool {
		ig.Reason = strings.TrimSpace(v.Value)
		return d.expect(`"reason"`, v, yaml.ScalarNode)
	},
}

// ignore decodes one entry, reporting unknown keys and missing fields.
func (d *decoder) ignore(e *yaml.Node) (Ignore, bool) {
	ig := Ignore{Pos: Position{Line: e.Line, Col: e.Column}}
	ok := true
	nodes := map[string]*yaml.Node{}
	d.pairs(e, func(k, v *yaml.Node) {
		field, known := ignoreFields[k.Value]
		if !known {
			d.errorf(k, "unknown key %q", k.Value)
			ok = false
			return
		}
		nodes[k.Value] = v
		if !field(d, v, &ig) {
			ok = false
		}
	})
	name := "ignore entry"
	if ig.Rule != "" {
		name = fmt.Sprintf("ignore entry for %q", ig.Rule)
	}
	missing := func(key string) {
		d.errorf(e, "%s has no %s", name, key)
		ok = false
	}
	if nodes["rule"] == nil {
		missing("rule")
	}
	if nodes["path"] == nil {
		missing("path")
	}
	if r := nodes["reason"]; ig.Reason == "" && (r == nil || r.Kind == yaml.ScalarNode) {
		missing("reason")
	}
	return ig, ok
}
