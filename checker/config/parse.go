package config

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse validates the bytes of a config file. name is used in error messages
// and as Path; Dir is filepath.Dir(name). An empty file, or one holding only
// comments, is a valid empty config. The error, when not nil, is an
// ErrorList naming name:line:col for every problem found.
func Parse(name string, data []byte) (*Config, error) {
	return parse(name, filepath.Dir(name), data)
}

func parse(name, dir string, data []byte) (*Config, error) {
	c := &Config{Path: name, Dir: dir}
	root, err := decodeYAML(name, data)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return c, nil
	}
	d := &decoder{name: name}
	d.config(root, c)
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	return c, nil
}

// topLevel decodes each key of the config file into c.
var topLevel = map[string]func(d *decoder, v *yaml.Node, c *Config){
	"rules": func(d *decoder, v *yaml.Node, c *Config) {
		for _, s := range d.strings("rules", v) {
			c.Rules = append(c.Rules, resolve(c.Dir, s.Value))
		}
	},
	"enable":   func(d *decoder, v *yaml.Node, c *Config) { c.Enable = d.ids("enable", v) },
	"disable":  func(d *decoder, v *yaml.Node, c *Config) { c.Disable = d.ids("disable", v) },
	"severity": (*decoder).severity,
	"forms":    (*decoder).forms,
	"exclude":  func(d *decoder, v *yaml.Node, c *Config) { c.Exclude = d.globs("exclude", v) },
	"ignore":   (*decoder).ignores,
}

func (d *decoder) config(root *yaml.Node, c *Config) {
	if !d.expect("the config", root, yaml.MappingNode) {
		return
	}
	d.pairs(root, func(k, v *yaml.Node) {
		field, ok := topLevel[k.Value]
		if !ok {
			d.errorf(k, "unknown key %q", k.Value)
			return
		}
		if !isNull(v) {
			field(d, v, c)
		}
	})
}

// resolve joins a relative rules directory to dir.
func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, filepath.FromSlash(p))
}

// decodeYAML returns the root node of the single YAML document in data, nil
// for an empty document.
func decodeYAML(name string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, ErrorList{syntaxError(name, err)}
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		return nil, ErrorList{{File: name, Line: next.Line, Col: next.Column, Msg: "more than one YAML document"}}
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil, nil
	}
	return deref(doc.Content[0]), nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a yaml.v3 parse error, which carries at most a line,
// into an Error.
func syntaxError(name string, err error) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: name, Line: line, Msg: m[2]}
	}
	return &Error{File: name, Msg: strings.TrimPrefix(msg, "yaml: ")}
}
