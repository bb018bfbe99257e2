// Package config reads .filinglint.yaml, the project configuration described
// in SPEC §7, and answers the path questions it settles: which form a bare
// document has and whether a path is excluded.
//
// # Paths and globs
//
// Every glob in the file (the keys of forms, the entries of exclude and the
// path of ignore entries) uses doublestar syntax: "*" matches within one path
// segment, "**" matches any number of segments, "{a,b}" alternates and
// "[...]" is a character class. Globs are always written with forward
// slashes.
//
// A path is matched in two forms, and matches when either form does:
//
//  1. as given, cleaned and with forward slashes ("./drafts/a.txt" becomes
//     "drafts/a.txt");
//  2. relative to the directory of the config file (Config.Dir), when the path
//     lies inside that directory. A relative path is first made absolute
//     against the working directory when Dir is absolute.
//
// So "drafts/*.txt" in /repo/.filinglint.yaml matches "drafts/a.txt" run from
// /repo, "/repo/drafts/a.txt" from anywhere, and "../drafts/a.txt" run from
// /repo/sub. A pattern never matches across the config directory's parent.
//
// # Rule directories
//
// The rules entries are resolved against Dir: an absolute entry is kept, a
// relative one is joined to Dir. Load makes Dir absolute, so after Load every
// entry of Rules is an absolute path. Parse uses filepath.Dir(name) as given,
// so with a relative name the entries are relative to the working directory.
package config

import (
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

// FileName is the name Find looks for.
const FileName = ".filinglint.yaml"

// Config is a validated .filinglint.yaml. The zero value, and a nil *Config,
// is the empty configuration.
type Config struct {
	// Path is the file the config came from, "" for none.
	Path string
	// Dir is the directory globs and rule directories are relative to.
	Dir string
	// Rules are extra rule-pack directories, resolved against Dir.
	Rules []string
	// Enable and Disable hold rule ids and categories ("edgar/" or "edgar")
	// as written.
	Enable, Disable []string
	// Severity maps a rule id or category to the severity it is raised to
	// or lowered to.
	Severity map[string]finding.Severity
	// Forms maps path globs to form types, in file order.
	Forms []FormGlob
	// Exclude holds path globs of files and directories not to lint.
	Exclude []string
	// Ignore holds the audited suppressions, in file order.
	Ignore []Ignore
}

// FormGlob sets the form type of the documents whose path matches Glob.
type FormGlob struct {
	Glob, Form string
}

// Ignore is one audited suppression: findings of Rule (an id or category)
// in files matching the Path glob, on Line when it is not 0, whose message
// contains Text when it is not "", are suppressed with Reason.
type Ignore struct {
	Rule, Path string
	Line       int
	Text       string
	Reason     string
	// Pos is where the entry starts in the config file.
	Pos Position
}

// Position is a 1-based line and column in the config file.
type Position struct {
	Line, Col int
}

// FormFor returns the form of the first forms glob that matches path, or ""
// when none does.
func (c *Config) FormFor(path string) string {
	if c == nil {
		return ""
	}
	for _, f := range c.Forms {
		if MatchPath(f.Glob, c.Dir, path) {
			return f.Form
		}
	}
	return ""
}

// Excluded reports whether path, or one of the directories it is in, matches
// an exclude glob. "archive" and "archive/**" both exclude everything under
// archive; the walker may call Excluded on a directory to skip it whole.
func (c *Config) Excluded(path string) bool {
	if c == nil {
		return false
	}
	for _, cand := range candidates(c.Dir, path) {
		for p := cand; p != "" && p != "." && p != "/"; p = parent(p) {
			for _, g := range c.Exclude {
				if matchGlob(g, p) {
					return true
				}
			}
		}
	}
	return false
}

// parent returns the slash path p without its last element, "" at the top.
func parent(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return ""
	}
	return p[:i]
}
