package extract

// scaleOf returns the factor of the scale word text[k:we], in any case:
// 1e3 for "thousand", 1e6 for "million", 1e9 for "billion", 1e12 for
// "trillion", 0 for any other word. It compares the word with those of its
// length rather than look it up: most words after a number are none.
func scaleOf(text string, k, we int) float64 {
	switch we - k {
	case 7:
		switch {
		case hasFold(text, k, "million"):
			return 1e6
		case hasFold(text, k, "billion"):
			return 1e9
		}
	case 8:
		switch {
		case hasFold(text, k, "thousand"):
			return 1e3
		case hasFold(text, k, "trillion"):
			return 1e12
		}
	}
	return 0
}

// functionWords are words that never name what a number counts: "500 to
// 600", "Section 11 of the Act", "3 are offering", "10 a.m.".
var functionWords = set(
	"a", "about", "above", "after", "against", "all", "also", "am", "among", "an", "and",
	"any", "are", "as", "at", "be", "been", "before", "being", "below", "between",
	"both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
	"except", "for", "from", "had", "has", "have", "he", "her", "here", "his",
	"if", "in", "including", "into", "is", "it", "its", "may", "might", "minus",
	"must", "no", "nor", "not", "of", "on", "only", "onto", "or", "other", "our",
	"over", "per", "plus", "pm", "shall", "she", "should", "since", "so", "such",
	"than", "that", "the", "their", "then", "there", "these", "they", "this",
	"those", "through", "thru", "times", "to", "under", "until", "upon", "versus",
	"via", "vs", "was", "we", "were", "when", "where", "which", "while", "who",
	"will", "with", "within", "without", "would", "you", "percent",
	"st", "nd", "rd", "th", "et", "hereof", "thereof", "herein", "hereto", "ff",
	"us", "although", "because", "unless", "whereas", "whether", "however",
	"respectively", "following", "representing", "compared", "excluding",
	"pursuant", "due", "according", "based", "ended", "ending", "inclusive",
	"thereafter", "hereafter", "therefore", "thus", "hence",
)

// labelWords are words after which a number is a name or a reference
// rather than a quantity: "page 7", "Item 7", "Section 11", "Level 3".
var labelWords = set(
	"act", "amendment", "annex", "appendix", "article", "articles", "book", "box",
	"chapter", "class", "clause", "district", "exhibit", "exhibits", "figure",
	"floor", "footnote", "form", "forms", "item", "items", "level", "line", "lines",
	"no", "nos", "note", "notes", "number", "page", "pages", "paragraph", "patent", "patents",
	"paragraphs", "part", "parts", "phase", "proposal", "question", "region",
	"regulation", "room", "route", "rule", "rules", "schedule", "section",
	"sections", "series", "step", "suite", "table", "tier", "title", "type", "version",
	"vol", "volume",
)

// countNouns are the nouns that may follow a number written without
// thousands separators even when capitalised: "500 Shares". Other
// capitalised words after such a number are names and addresses ("1025
// Eldorado Boulevard", "Level 3 Communications").
var countNouns = set(
	"acres", "aircraft", "banks", "beds", "bonds", "branches", "centers",
	"clients", "companies", "customers", "days", "debentures", "employees",
	"facilities", "holders", "hotels", "hours", "locations", "members", "miles",
	"months", "notes", "offices", "options", "participants", "people", "persons",
	"plants", "properties", "restaurants", "rights", "securities", "share",
	"shares", "sites", "stockholders", "shareholders", "stores", "subscribers",
	"units", "users", "vessels", "warrants", "weeks", "years",
)

// modifiers are words that may stand between a number and the noun it
// counts: "2,000 additional employees", "1,821,194 restricted shares".
var modifiers = set(
	"active", "additional", "authorised", "authorized", "basis", "business",
	"calendar", "common", "consecutive", "convertible", "current", "domestic",
	"eligible", "existing", "foreign", "former", "founder", "franchised", "full",
	"full-time", "gross", "independent", "issued", "leased", "net", "new",
	"non-voting", "ordinary", "outstanding", "owned", "part-time", "permanent", "placement",
	"preferred", "private", "public", "qualified", "record", "redeemable",
	"registered", "regular", "restricted", "retail", "seasonal", "senior", "stock",
	"subordinated", "temporary", "time", "total", "trading", "treasury", "underlying", "unregistered",
	"unvested", "vested", "voting",
)

// areaUnits follow "square": "460,000 square feet".
var areaUnits = set("feet", "foot", "meters", "metres", "miles", "kilometers", "yards")

// quantifiers may start a sentence before a count: "Approximately 500
// employees".
var quantifiers = set(
	"almost", "another", "approx", "approximately", "around", "employs",
	"exactly", "fewer", "just", "least", "less", "more", "nearly", "over",
	"roughly", "some", "total", "totaling", "totalling", "up",
)

// set builds a set of lower-case words.
func set(words ...string) *wordMap[bool] {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return newWordMap(m)
}

// has reports whether the ASCII word w, case-folded, is in a set.
func has(set *wordMap[bool], w string) bool {
	v, _ := lookup(set, w)
	return v
}
