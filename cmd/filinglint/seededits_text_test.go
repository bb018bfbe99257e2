package main

import "testing"

// seedLegendFactors is what follows the first sentence of the press
// release's forward-looking statements legend: the factors it names.
const seedLegendFactors = `  Actual  results  may differ  materially  from  those  projected  in
forward-looking  statements.  Level 3 believes  that its  primary  risk  factors
include,  but are not limited to:  changes in the overall  economy  relating to,
among other things, the September 11 attacks and subsequent events,  substantial
capital  requirements;  development of effective internal processes and systems;
the ability to attract and retain high quality employees; technology; the number
and size of competitors in its markets;  law and regulatory  policy; and the mix
of products and services  offered in the company's  target  markets.  Additional
information  concerning  these and other  important  factors can be found within
Level 3's filings with the  Securities  and Exchange  Commission.  Statements in
this release should be evaluated in light of these important factors.`

// seedLegend is the press release's whole legend, heading included.
const seedLegend = `Forward Looking Statement
Some of the statements made by Level 3 in this press release are forward-looking
in  nature.` + seedLegendFactors + "\n"

func TestSeedEditsText(t *testing.T) {
	checkSeedEdits(t, []seedEdit{{
		// Without its legend the release still expects savings (its
		// headline on line 21, and line 26), expects to meet guidance (33)
		// and expects severance charges (53); the finding points at the
		// first of these sentences.
		name: "forward-looking statements legend removed", seed: seedPressRelease,
		old: seedLegend, new: "",
		rule: "fls/safe-harbor-missing", line: 21, msg: "4 forward-looking statements, such as \"Action Expected To Result",
	}, {
		name: "legend that names no factors", seed: seedPressRelease,
		old: seedLegendFactors, new: "",
		rule: "fls/cautionary-factors", line: 87, msg: "legend names no important factors",
	}, {
		name: "price left as a placeholder", seed: seedProspectus,
		old: "was $3.28 per share.", new: "was $[__] per share.",
		rule: "drafting/placeholder", line: 16, msg: "drafting placeholder \"[__]\"",
	}})
}
