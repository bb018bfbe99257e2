package rule

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"cel.dev/cel-go/cel"
)

// Engine holds the compiled rules of one or more packs. It is safe for
// concurrent use: each rule's programs are shared by all goroutines.
type Engine struct {
	env   *cel.Env
	rules []*Rule // sorted by id
}

// Load reads, checks and compiles every rule file (*.yaml, *.yml) of the
// packs, skipping testdata and hidden directories. It returns the errors
// of all rules at once, joined, each "path:line:col: message"; a rule id
// that two packs both define is an error, not an override.
func Load(packs ...Pack) (*Engine, error) {
	env, err := Env()
	if err != nil {
		return nil, fmt.Errorf("rule environment: %w", err)
	}
	e := &Engine{env: env}
	var errs []error
	byID := map[string]*Rule{}
	names := map[*Rule]string{}
	for _, p := range packs {
		fsys := p.FS
		if fsys == nil {
			fsys = os.DirFS(p.Dir)
		}
		files, err := ruleFiles(fsys)
		if err != nil {
			errs = append(errs, fmt.Errorf("rules %s: %w", p.Dir, err))
			continue
		}
		for _, rel := range files {
			r, ferrs := loadFile(env, p, fsys, rel)
			errs = append(errs, ferrs...)
			if r == nil || r.ID == "" {
				continue
			}
			if prev, dup := byID[r.ID]; dup {
				errs = append(errs, &Error{
					Path: r.Path, Line: r.idPos.line, Col: r.idPos.col,
					Msg: fmt.Sprintf("rule %s in %s has the id of %s", r.ID, r.Path, ruleOf(prev, names[prev])),
				})
				continue
			}
			byID[r.ID] = r
			names[r] = p.Name
			if len(ferrs) == 0 {
				e.rules = append(e.rules, r)
			}
		}
	}
	slices.SortFunc(e.rules, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return e, nil
}

// ruleOf names the rule a duplicate collides with: "a built-in rule" for
// a pack named "built-in", "the rule in mine/toc/x.yaml" otherwise.
func ruleOf(r *Rule, packName string) string {
	if packName != "" {
		return "a " + packName + " rule"
	}
	return "the rule in " + r.Path
}

// ruleFiles lists the rule files of a pack in lexical order.
func ruleFiles(fsys fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name != "." && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
				return fs.SkipDir
			}
			return nil
		}
		if ext := path.Ext(name); ext == ".yaml" || ext == ".yml" {
			files = append(files, name)
		}
		return nil
	})
	return files, err
}

// loadFile decodes and compiles one rule file. The rule is returned even
// with errors, so that its id still takes part in the duplicate check.
func loadFile(env *cel.Env, p Pack, fsys fs.FS, rel string) (*Rule, []error) {
	r := &Rule{Path: path.Join(filepath.ToSlash(p.Dir), rel), fsys: fsys, rel: rel}
	data, err := fs.ReadFile(fsys, rel)
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", r.Path, err)}
	}
	f := &ruleFile{rule: r, data: data}
	f.decode()
	if f.root != nil {
		f.compile(env)
	}
	return r, f.errs
}

// Rules returns the loaded rules sorted by id.
func (e *Engine) Rules() []*Rule { return e.rules }

// Rule returns the rule with the given id, or nil.
func (e *Engine) Rule(id string) *Rule {
	i, ok := slices.BinarySearchFunc(e.rules, id, func(r *Rule, id string) int { return strings.Compare(r.ID, id) })
	if !ok {
		return nil
	}
	return e.rules[i]
}

// CheckFiles loads, checks and compiles rule files one by one, as
// `filinglint rules check` does, and returns their errors joined, each
// "path:line:col: message". A file is read as category/name.yaml inside
// the pack whose root is the directory above its category folder, so
// that its id is checked against its path and its fixtures are found. Two
// files with one id are an error.
func CheckFiles(paths ...string) error {
	env, err := Env()
	if err != nil {
		return fmt.Errorf("rule environment: %w", err)
	}
	var errs []error
	seen := map[string]string{}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		category := filepath.Dir(abs)
		rel := filepath.Base(category) + "/" + filepath.Base(abs)
		pack := Pack{Dir: filepath.Join(filepath.Dir(p), "..")}
		r, ferrs := loadFile(env, pack, os.DirFS(filepath.Dir(category)), rel)
		errs = append(errs, ferrs...)
		if r == nil || r.ID == "" || len(ferrs) > 0 {
			continue
		}
		if prev, dup := seen[r.ID]; dup {
			errs = append(errs, &Error{
				Path: r.Path, Line: r.idPos.line, Col: r.idPos.col,
				Msg: fmt.Sprintf("rule %s in %s has the id of the rule in %s", r.ID, r.Path, prev),
			})
		}
		seen[r.ID] = r.Path
	}
	return errors.Join(errs...)
}
