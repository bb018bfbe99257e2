// Package rules is filinglint's built-in rule pack: one YAML file per
// rule in a folder per category (cover/sec-legend.yaml holds
// cover/sec-legend), fixtures in testdata folders beside them. The files
// are embedded in the binary; checker/rule loads them with
//
//	rule.Load(rule.Pack{Dir: "rules", FS: rules.FS, Name: "built-in"})
package rules

import "embed"

// FS holds the pack. The pattern * names every category directory, and a
// directory embeds its whole tree (except names starting with . or _), so
// a new category folder needs no change here. It also embeds this file,
// which the loader ignores.
//
//go:embed *
var FS embed.FS
