package config

import (
	"fmt"

	"go.yaml.in/yaml/v3"

	"github.com/filinglint/filinglint/checker/finding"
)

// severity decodes the severity mapping: rule id or category to severity.
func (d *decoder) severity(n *yaml.Node, c *Config) {
	if !d.expect(`"severity"`, n, yaml.MappingNode) {
		return
	}
	c.Severity = map[string]finding.Severity{}
	d.pairs(n, func(k, v *yaml.Node) {
		if !d.id(k) || !d.scalar(fmt.Sprintf("severity for %q", k.Value), v) {
			return
		}
		s, err := finding.ParseSeverity(v.Value)
		if err != nil {
			d.errorf(v, "%v", err)
			return
		}
		c.Severity[k.Value] = s
	})
}

// forms decodes the forms mapping: path glob to form type, in file order.
func (d *decoder) forms(n *yaml.Node, c *Config) {
	if !d.expect(`"forms"`, n, yaml.MappingNode) {
		return
	}
	d.pairs(n, func(k, v *yaml.Node) {
		if !d.glob(k) || !d.scalar(fmt.Sprintf("form for %q", k.Value), v) {
			return
		}
		c.Forms = append(c.Forms, FormGlob{Glob: k.Value, Form: v.Value})
	})
}
