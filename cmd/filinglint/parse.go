package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/parse"
	"github.com/filinglint/filinglint/checker/source"
)

func newParseCmd(stdout, stderr io.Writer) *cobra.Command {
	var asJSON bool
	var form string
	cmd := &cobra.Command{
		Use:   "parse FILE",
		Short: "Print the document model rules receive",
		Long: `parse prints the document model that rules receive for FILE: a readable summary,
or with --json the whole model, field names exactly as rules see them.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr("parse takes exactly one file, got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			f, err := parseFile(args[0], parse.Options{Form: form})
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			for _, w := range f.Warnings {
				fmt.Fprintf(stderr, "%s: warning: %s\n", f.Path, w)
			}
			if asJSON {
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(f)
			}
			return printSummary(stdout, f)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the whole model as JSON")
	cmd.Flags().StringVar(&form, "form", "", "form type for a bare document (overrides detection)")
	return cmd
}

// readSource reads a file the user named, with errors a user understands.
func readSource(path string) (*source.File, error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: no such file", path)
	case st.IsDir():
		return nil, fmt.Errorf("%s: is a directory, not a file", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return source.New(path, data), nil
}

// parseFile reads and parses one file.
func parseFile(path string, opts parse.Options) (*model.File, error) {
	src, err := readSource(path)
	if err != nil {
		return nil, err
	}
	f, err := parse.File(src, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}
