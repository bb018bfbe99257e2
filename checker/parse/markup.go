package parse

import (
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// markup returns the elements and attributes EDGAR restricts in the HTML
// document in src.Data[start:end].
func markup(src *source.File, start, end int) []model.Markup { return nil }
