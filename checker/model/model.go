// Package model defines the document model that rules see: one Document per
// filing document, with every element carrying its position in the file on
// disk. Field names (the json and cel tags) are a contract with rule authors:
// add fields freely, never rename or remove one.
package model

// Form families (SPEC §1), the values of Document.Family and the family
// selectors of a rule's forms.
const (
	FamilyProspectus   = "prospectus"
	FamilyPeriodic     = "periodic"
	FamilyPressRelease = "press-release"
)

// File is the result of parsing one file on disk: one Document per linted
// text or HTML document, plus the attachments recorded but not linted.
type File struct {
	Path        string            `json:"path"`
	Format      string            `json:"format"` // ascii | html | submission
	Header      map[string]string `json:"header"`
	Documents   []*Document       `json:"documents"`
	Attachments []Attachment      `json:"attachments"`
	Warnings    []string          `json:"warnings,omitempty"` // what the parser repaired or skipped
}

// Attachment is a document inside a submission that is recorded but not
// parsed as prose: uuencoded files, PDFs, images, XBRL and other XML.
type Attachment struct {
	Type        string `json:"type" cel:"type"`
	Sequence    int    `json:"sequence" cel:"sequence"`
	Filename    string `json:"filename" cel:"filename"`
	Description string `json:"description" cel:"description"`
	Kind        string `json:"kind" cel:"kind"` // uuencoded | pdf | image | xbrl | xml | binary | text | html
	Line        int    `json:"line" cel:"line"`
	Col         int    `json:"col" cel:"col"`
}

// Submission describes the SGML submission a document belongs to; rules
// checking the header see every document, linted or not.
type Submission struct {
	Type          string       `json:"type" cel:"type"`
	DocumentCount int          `json:"document_count" cel:"document_count"` // PUBLIC DOCUMENT COUNT, -1 when absent
	Documents     []Attachment `json:"documents" cel:"documents"`           // every <DOCUMENT>, in file order
	Line          int          `json:"line" cel:"line"`
	Col           int          `json:"col" cel:"col"`
}

// Document is what a rule receives as `doc`.
type Document struct {
	Path        string            `json:"path" cel:"path"`
	Format      string            `json:"format" cel:"format"` // ascii | html
	Form        string            `json:"form" cel:"form"`
	Family      []string          `json:"family" cel:"family"`
	Company     string            `json:"company" cel:"company"`
	Filed       string            `json:"filed" cel:"filed"` // YYYY-MM-DD or ""
	Sequence    int               `json:"sequence" cel:"sequence"`
	Filename    string            `json:"filename" cel:"filename"`
	Description string            `json:"description" cel:"description"`
	Header      map[string]string `json:"header" cel:"header"`
	Submission  Submission        `json:"submission" cel:"submission"`
	Line        int               `json:"line" cel:"line"` // first line of the document's text
	Col         int               `json:"col" cel:"col"`
	EndLine     int               `json:"end_line" cel:"end_line"`
	Text        string            `json:"text" cel:"text"`
	Lines       []Line            `json:"lines" cel:"lines"`
	Pages       []Page            `json:"pages" cel:"pages"`
	Headings    []Heading         `json:"headings" cel:"headings"`
	TOC         TOC               `json:"toc" cel:"toc"`
	Sections    []Section         `json:"sections" cel:"sections"`
	Tables      []Table           `json:"tables" cel:"tables"`
	Xrefs       []Xref            `json:"xrefs" cel:"xrefs"`
	Dates       []Date            `json:"dates" cel:"dates"`
	Amounts     []Amount          `json:"amounts" cel:"amounts"`
	Ranges      []Range           `json:"ranges" cel:"ranges"`
	Sums        []Sum             `json:"sums" cel:"sums"`               // stated totals and their parts
	Preliminary bool              `json:"preliminary" cel:"preliminary"` // a preliminary prospectus ("Subject to Completion")
	RawLines    []RawLine         `json:"raw_lines" cel:"raw_lines"`     // ASCII: every line of the document, tag lines included
	Tags        []Tag             `json:"tags" cel:"tags"`               // ASCII: the EDGAR tags
	Markup      []Markup          `json:"markup" cel:"markup"`           // HTML: elements and attributes EDGAR restricts

	textMap TextMap
}

// TextMap turns a byte offset in a document's Text into its position in
// the file.
type TextMap interface {
	Position(off int) (line, col int)
}

// SetTextMap records how offsets in Text map to the file.
func (d *Document) SetTextMap(m TextMap) { d.textMap = m }

// TextPosition returns the file line and column of byte offset off in
// Text, or 0, 0 when the document has no map.
func (d *Document) TextPosition(off int) (line, col int) {
	if d.textMap == nil {
		return 0, 0
	}
	return d.textMap.Position(off)
}

// RawLine is one line of an ASCII document as it stands in the file, tag
// lines included; invalid UTF-8 bytes are shown as U+FFFD (InvalidUTF8 is
// then true).
type RawLine struct {
	N           int    `json:"n" cel:"n"`
	Text        string `json:"text" cel:"text"`
	InTable     bool   `json:"in_table" cel:"in_table"`
	InvalidUTF8 bool   `json:"invalid_utf8" cel:"invalid_utf8"`
}

// Tag is an EDGAR tag in an ASCII document: PAGE, TABLE, /TABLE, S, C,
// CAPTION, /CAPTION, FN, /FN. Alone is true when the tag stands on a line
// of its own; InTable when it is inside a <TABLE> block.
type Tag struct {
	Name    string `json:"name" cel:"name"`
	Line    int    `json:"line" cel:"line"`
	Col     int    `json:"col" cel:"col"`
	Alone   bool   `json:"alone" cel:"alone"`
	InTable bool   `json:"in_table" cel:"in_table"`
}

// Markup is an HTML element or attribute that EDGAR restricts: active
// content (script, object, embed, applet, form, iframe elements; on*
// attributes; javascript: URLs) and references (href, src, action,
// background, data and CSS url() values). Attr and Value are empty for an
// element recorded for its tag alone.
type Markup struct {
	Tag   string `json:"tag" cel:"tag"`
	Attr  string `json:"attr" cel:"attr"`
	Value string `json:"value" cel:"value"`
	Line  int    `json:"line" cel:"line"`
	Col   int    `json:"col" cel:"col"`
}

// Sum is a stated total with its parts: "authorized capital stock was
// 1,518,500,000 shares … consisted of (a) 1,500,000,000 … (b) 10,000,000 …
// (c) 8,500,000". Line and Col locate the total.
type Sum struct {
	Text    string    `json:"text" cel:"text"`
	Total   float64   `json:"total" cel:"total"`
	Unit    string    `json:"unit" cel:"unit"`
	Parts   []float64 `json:"parts" cel:"parts"`
	Line    int       `json:"line" cel:"line"`
	Col     int       `json:"col" cel:"col"`
	EndLine int       `json:"end_line" cel:"end_line"`
	EndCol  int       `json:"end_col" cel:"end_col"`
}

// Line is one visible line. N is its line in the file; for HTML, the line
// where its first visible character stands. Page is the printed page number
// (0 where the page prints none) and PageIndex the page's index in Pages.
type Line struct {
	N         int    `json:"n" cel:"n"`
	Col       int    `json:"col" cel:"col"`
	Text      string `json:"text" cel:"text"`
	Page      int    `json:"page" cel:"page"`
	PageLabel string `json:"page_label" cel:"page_label"`
	PageIndex int    `json:"page_index" cel:"page_index"`
	InTable   bool   `json:"in_table" cel:"in_table"`
}

// Page is one printed page. Number is the numeric part of the printed page
// number (5 for "S-5", 2 for "ii") and Label the number as printed ("S-5");
// 0 and "" where the page prints none. NumberLine is where it is printed.
type Page struct {
	Index      int    `json:"index" cel:"index"`
	Number     int    `json:"number" cel:"number"`
	Label      string `json:"label" cel:"label"`
	Line       int    `json:"line" cel:"line"`
	Col        int    `json:"col" cel:"col"`
	EndLine    int    `json:"end_line" cel:"end_line"`
	NumberLine int    `json:"number_line" cel:"number_line"`
}

// Heading is a heading in the body. Norm is Text case-folded with
// punctuation, dot leaders and extra spaces removed, for matching.
type Heading struct {
	Text      string `json:"text" cel:"text"`
	Norm      string `json:"norm" cel:"norm"`
	Line      int    `json:"line" cel:"line"`
	Col       int    `json:"col" cel:"col"`
	EndLine   int    `json:"end_line" cel:"end_line"`
	EndCol    int    `json:"end_col" cel:"end_col"`
	Page      int    `json:"page" cel:"page"`
	PageLabel string `json:"page_label" cel:"page_label"`
	PageIndex int    `json:"page_index" cel:"page_index"`
	Level     int    `json:"level" cel:"level"`
}

// TOC is the table of contents.
type TOC struct {
	Present bool       `json:"present" cel:"present"`
	Line    int        `json:"line" cel:"line"`
	Col     int        `json:"col" cel:"col"`
	EndLine int        `json:"end_line" cel:"end_line"`
	Entries []TOCEntry `json:"entries" cel:"entries"`
}

// TOCEntry is one line of the table of contents. Page and PageLabel are the
// page it states; PageLine, PageCol and PageEndCol locate that number so a
// fix can rewrite it.
type TOCEntry struct {
	Title      string `json:"title" cel:"title"`
	Norm       string `json:"norm" cel:"norm"`
	Page       int    `json:"page" cel:"page"`
	PageLabel  string `json:"page_label" cel:"page_label"`
	Level      int    `json:"level" cel:"level"`
	Line       int    `json:"line" cel:"line"`
	Col        int    `json:"col" cel:"col"`
	PageLine   int    `json:"page_line" cel:"page_line"`
	PageCol    int    `json:"page_col" cel:"page_col"`
	PageEndCol int    `json:"page_end_col" cel:"page_end_col"`
}

// Section is the text between a heading and the next heading of the same
// or a higher level.
type Section struct {
	Title     string `json:"title" cel:"title"`
	Norm      string `json:"norm" cel:"norm"`
	Level     int    `json:"level" cel:"level"`
	Line      int    `json:"line" cel:"line"`
	Col       int    `json:"col" cel:"col"`
	EndLine   int    `json:"end_line" cel:"end_line"`
	Page      int    `json:"page" cel:"page"`
	PageLabel string `json:"page_label" cel:"page_label"`
	Text      string `json:"text" cel:"text"`
}

// Table is a table with its rows; Header holds one string per column, the
// label column first.
type Table struct {
	Line      int      `json:"line" cel:"line"`
	Col       int      `json:"col" cel:"col"`
	EndLine   int      `json:"end_line" cel:"end_line"`
	Page      int      `json:"page" cel:"page"`
	PageLabel string   `json:"page_label" cel:"page_label"`
	Caption   string   `json:"caption" cel:"caption"`
	Header    []string `json:"header" cel:"header"`
	Columns   int      `json:"columns" cel:"columns"`
	Rows      []Row    `json:"rows" cel:"rows"`
}

// Row is one table row. Cells holds one cell per value column (the label
// is not a cell); a column the row leaves blank is an empty cell. Total is
// true when the label starts with "Total" or "Net".
type Row struct {
	Line    int    `json:"line" cel:"line"`
	Col     int    `json:"col" cel:"col"`
	EndLine int    `json:"end_line" cel:"end_line"`
	Label   string `json:"label" cel:"label"`
	Total   bool   `json:"total" cel:"total"`
	Cells   []Cell `json:"cells" cel:"cells"`
}

// Cell is one table cell. Value is the parsed number when IsNumber; Unit is
// "$", "%" or "" ; Text keeps footnote markers that Value drops.
type Cell struct {
	Text     string  `json:"text" cel:"text"`
	Value    float64 `json:"value" cel:"value"`
	IsNumber bool    `json:"is_number" cel:"is_number"`
	Unit     string  `json:"unit" cel:"unit"`
	Line     int     `json:"line" cel:"line"`
	Col      int     `json:"col" cel:"col"`
	EndCol   int     `json:"end_col" cel:"end_col"`
}

// Xref is a cross reference such as `See "Risk Factors" on page 2`. Target
// is the referenced title, Page and PageLabel the page it states, and
// PageLine/PageCol/PageEndCol where that number is written.
type Xref struct {
	Text       string `json:"text" cel:"text"`
	Target     string `json:"target" cel:"target"`
	Norm       string `json:"norm" cel:"norm"`
	Page       int    `json:"page" cel:"page"`
	PageLabel  string `json:"page_label" cel:"page_label"`
	Line       int    `json:"line" cel:"line"`
	Col        int    `json:"col" cel:"col"`
	EndLine    int    `json:"end_line" cel:"end_line"`
	EndCol     int    `json:"end_col" cel:"end_col"`
	PageLine   int    `json:"page_line" cel:"page_line"`
	PageCol    int    `json:"page_col" cel:"page_col"`
	PageEndCol int    `json:"page_end_col" cel:"page_end_col"`
	AtPage     int    `json:"at_page" cel:"at_page"` // printed page where the reference stands
}

// Date is a calendar date written in the text. Date is YYYY-MM-DD when
// Valid; Weekday is the true weekday and StatedWeekday the one the text
// gives ("" when none).
type Date struct {
	Text          string `json:"text" cel:"text"`
	Date          string `json:"date" cel:"date"`
	Year          int    `json:"year" cel:"year"`
	Month         int    `json:"month" cel:"month"`
	Day           int    `json:"day" cel:"day"`
	Valid         bool   `json:"valid" cel:"valid"`
	Weekday       string `json:"weekday" cel:"weekday"`
	StatedWeekday string `json:"stated_weekday" cel:"stated_weekday"`
	Line          int    `json:"line" cel:"line"`
	Col           int    `json:"col" cel:"col"`
	EndLine       int    `json:"end_line" cel:"end_line"`
	EndCol        int    `json:"end_col" cel:"end_col"`
}

// Amount is a number with a unit or a noun: "$60 million" (60000000, "$"),
// "4,174,803 Shares" (4174803, "shares"), "12.5%" (12.5, "%").
type Amount struct {
	Text    string  `json:"text" cel:"text"`
	Value   float64 `json:"value" cel:"value"`
	Unit    string  `json:"unit" cel:"unit"`
	Line    int     `json:"line" cel:"line"`
	Col     int     `json:"col" cel:"col"`
	EndLine int     `json:"end_line" cel:"end_line"`
	EndCol  int     `json:"end_col" cel:"end_col"`
}

// Range is "500 to 600 employees" or "$60 million to $70 million".
type Range struct {
	Text    string  `json:"text" cel:"text"`
	Low     float64 `json:"low" cel:"low"`
	High    float64 `json:"high" cel:"high"`
	Unit    string  `json:"unit" cel:"unit"`
	Line    int     `json:"line" cel:"line"`
	Col     int     `json:"col" cel:"col"`
	EndLine int     `json:"end_line" cel:"end_line"`
	EndCol  int     `json:"end_col" cel:"end_col"`
}

// Match is a piece of the document text found by a rule function (such as
// a regular expression match), located in the file.
type Match struct {
	Text    string `json:"text" cel:"text"`
	Line    int    `json:"line" cel:"line"`
	Col     int    `json:"col" cel:"col"`
	EndLine int    `json:"end_line" cel:"end_line"`
	EndCol  int    `json:"end_col" cel:"end_col"`
	Offset  int    `json:"offset" cel:"offset"` // byte offset in doc.text
}
