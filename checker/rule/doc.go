// Package rule loads rule files, compiles their CEL once, and evaluates the
// compiled rules against documents. A rule file is YAML, one rule per file
// (SPEC §3); its CEL sees the document model as `doc`, the standard CEL
// extensions and the filing library.
//
// The package only reports: Eval returns findings and Test returns
// results, and the caller decides what to print. Load returns every rule
// error it finds, each at the rule file's own line and column.
//
//	e, err := rule.Load(rule.Pack{Dir: "rules", FS: rules.FS, Name: "built-in"}, rule.Pack{Dir: "./mine"})
//	findings, err := e.Eval(ctx, src, doc, enabled)
//
// # The filing library
//
// The library is versioned as LibraryName (filinglint.v1); LIBRARY.md
// documents it for rule authors.
//
//	finding(element, message) -> Finding            // element: doc, a line, page, heading, doc.toc, TOC entry,
//	                                                 // section, table, row, cell, xref, date, amount, range,
//	                                                 // doc.submission or one of its documents
//	finding(d, "date says Tuesday")
//	finding(line, col, message) -> Finding
//	finding(12, 10, "page 4")
//	finding(line, col, end_line, end_col, message) -> Finding
//	finding(12, 10, 12, 11, "page 4")
//	Finding.withFix(description, line, col, end_col, text) -> Finding
//	Finding.withFix(description, line, col, end_line, end_col, text) -> Finding
//	finding(e, "page 4").withFix("set the page to 5", e.page_line, e.page_col, e.page_end_col, "5")
//	containsFold(string, string) -> bool             // containsFold("RISK FACTORS", "risk factors") == true
//	norm(string) -> string                           // norm("Risk Factors......5") == "risk factors 5"
//	sum(list(int)) -> int                            // sum([1, 2, 3]) == 6
//	sum(list(double)) -> double                      // sum([0.5, 0.25]) == 0.75
//	approx(double, double, double) -> bool           // approx(1243.0, 1244.0, 1.0) == true
//	approx(int, int, int) -> bool                    // approx(10, 12, 2) == true
//	rounding(string) -> double                       // rounding("12.5%") == 0.05
//	addends(table, int, int) -> list(list(Cell))    // the figures a total may add up, nearest group first
//	addends(t, i, c).map(g, sum(g.map(x, x.value)))
//	cumulative(list(double)) -> list(double)         // cumulative([1.0, 2.0, 3.0]) == [1.0, 3.0, 6.0]
//	weekday(string) -> string                        // weekday("2005-02-08") == "Tuesday"
//	longDate(string) -> string                       // longDate("2005-02-09") == "February 9, 2005"
//	formatNumber(double|int) -> string               // formatNumber(14465.0) == "14,465"
package rule
