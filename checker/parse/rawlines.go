package parse

import (
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// rawLines returns the lines of the ASCII document in src.Data[start:end]
// as they stand in the file, and its EDGAR tags.
func rawLines(src *source.File, start, end int) ([]model.RawLine, []model.Tag) { return nil, nil }
