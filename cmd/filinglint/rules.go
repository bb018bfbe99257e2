package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/filinglint/filinglint/checker/parse"
	"github.com/filinglint/filinglint/checker/rule"
)

func newRulesCmd(stdout, stderr io.Writer) *cobra.Command {
	var packs []string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, explain, check and test rules",
	}
	cmd.PersistentFlags().StringArrayVar(&packs, "rules", nil, "directory of extra rule files (repeatable)")
	cmd.AddCommand(newRulesListCmd(stdout, &packs), newRulesShowCmd(stdout, &packs),
		newRulesCheckCmd(stdout), newRulesTestCmd(stdout, stderr, &packs))
	return cmd
}

// ruleEntry is one rule in `rules list --json`.
type ruleEntry struct {
	ID       string   `json:"id"`
	Severity string   `json:"severity"`
	Forms    []string `json:"forms"`
	Title    string   `json:"title"`
	Citation string   `json:"citation"`
	Path     string   `json:"path"`
}

func newRulesListCmd(stdout io.Writer, packs *[]string) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List rules: id, severity, forms, title",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			e, err := loadRules(*packs)
			if err != nil {
				return err
			}
			entries := make([]ruleEntry, 0, len(e.Rules()))
			for _, r := range e.Rules() {
				forms := r.Forms
				if forms == nil {
					forms = []string{}
				}
				entries = append(entries, ruleEntry{ID: r.ID, Severity: r.Severity.String(), Forms: forms, Title: r.Title, Citation: r.Citation, Path: r.Path})
			}
			if asJSON {
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(entries)
			}
			tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSEVERITY\tFORMS\tTITLE")
			for _, r := range entries {
				forms := strings.Join(r.Forms, ",")
				if forms == "" {
					forms = "all"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, forms, r.Title)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newRulesShowCmd(stdout io.Writer, packs *[]string) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Explain one rule: doc, citation, example",
		Args:  exactArgs(1, "rules show takes one rule id"),
		RunE: func(_ *cobra.Command, args []string) error {
			e, err := loadRules(*packs)
			if err != nil {
				return err
			}
			r := e.Rule(args[0])
			if r == nil {
				return usageErr("no rule %q (see filinglint rules list)", args[0])
			}
			p := &errWriter{w: stdout}
			p.printf("%s: %s\n\n", r.ID, r.Title)
			p.printf("severity: %s\n", r.Severity)
			forms := strings.Join(r.Forms, ", ")
			if forms == "" {
				forms = "every document"
			}
			p.printf("forms:    %s\n", forms)
			p.printf("citation: %s\n", r.Citation)
			if r.URL != "" {
				p.printf("url:      %s\n", r.URL)
			}
			p.printf("file:     %s\n\n%s\n", r.Path, strings.TrimRight(r.Doc, "\n"))
			if r.Fix != "" {
				p.printf("\nfix: %s\n", strings.TrimSpace(r.Fix))
			}
			for _, t := range r.Tests {
				p.printf("\nexample (%s): %s\n", t.Name, t.File)
			}
			return p.err
		},
	}
}

func newRulesCheckCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Compile and type-check rule files",
		Args:  minArgs(1, "rules check takes one or more rule files"),
		RunE: func(_ *cobra.Command, args []string) error {
			if err := rule.CheckFiles(args...); err != nil {
				return usageErr("%v", err)
			}
			fmt.Fprintf(stdout, "%d rule file(s) OK\n", len(args))
			return nil
		},
	}
}

func newRulesTestCmd(stdout, stderr io.Writer, packs *[]string) *cobra.Command {
	return &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run rule fixtures; fails on any missing or unexpected finding",
		Long: `test runs the test cases of every rule (the built-in pack and the packs named as
arguments or with --rules): each fixture is parsed and linted with its rule alone, and
its findings must match the case's expectations both ways. A rule without a case that
expects a finding fails: it asserts nothing.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := loadRules(append(append([]string{}, *packs...), args...))
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			results := e.Test(ctx, parse.Documents, nil)
			failed, cases := 0, 0
			for i := range results {
				r := &results[i]
				if r.Name != "" {
					cases++
				}
				if !r.Failed() {
					continue
				}
				failed++
				name := r.Name
				if name == "" {
					name = "(rule)"
				}
				fmt.Fprintf(stdout, "FAIL %s: %s\n", r.Rule.ID, name)
				for _, p := range r.Problems() {
					fmt.Fprintf(stdout, "    %s\n", p)
				}
			}
			fmt.Fprintf(stderr, "%d rules, %d cases: %d passed, %d failed\n", len(e.Rules()), cases, cases-failed, failed)
			if failed > 0 {
				return &exitError{code: exitFindings, err: fmt.Errorf("%d failed", failed)}
			}
			return nil
		},
	}
}

func exactArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErr("%s, got %d arguments", msg, len(args))
		}
		return nil
	}
}

func minArgs(n int, msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErr("%s", msg)
		}
		return nil
	}
}
