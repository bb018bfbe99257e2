package main

import "testing"

// TestSeedEditsArith breaks one figure of a seed at a time; each edit must
// add exactly one finding of the rule that checks that figure.
//
// A holder's offered shares are checked twice: against the holder's own
// row (owned before − offered = owned after) and, summed over the table,
// against the cover. consistency/offered-total stays silent while a row
// of the table fails its own arithmetic, so changing the offered figure
// alone yields one table/row-arithmetic finding on that row, and changing
// the offered and after figures together (the row still adds up) yields
// one consistency/offered-total finding on the cover.
func TestSeedEditsArith(t *testing.T) {
	const mvp = "MVP America LP                                             703,187               703,187                     0"
	checkSeedEdits(t, []seedEdit{{
		name: "a holder's offered shares changed", seed: seedProspectus,
		old:  mvp,
		new:  "MVP America LP                                             703,187               703,178                     0",
		rule: "table/row-arithmetic", line: 248,
		msg: "MVP America LP: 703,187 owned before the offering less 703,178 offered leaves 9, but the table shows 0 owned after",
	}, {
		name: "a holder's offered and remaining shares changed together", seed: seedProspectus,
		old:  mvp,
		new:  "MVP America LP                                             703,187               703,000                   187",
		rule: "consistency/offered-total", line: 5,
		msg: `the cover offers 4,174,803 shares but the selling stockholders' "Shares Being Offered" column adds up to 4,174,616`,
	}, {
		name: "a class of authorized stock changed", seed: seedProspectus,
		old: "(c) 8,500,000  shares", new: "(c) 8,000,000  shares",
		rule: "consistency/stated-sum", line: 363,
		msg: "stated total of 1,518,500,000 shares but its 3 parts add up to 1,518,000,000",
	}, {
		name: "a range written backwards", seed: seedPressRelease,
		old: "500 to 600  employees", new: "600 to 500  employees",
		rule: "consistency/range-order", line: 26,
		msg: "range 600 to 500 employees starts higher than it ends",
	}})
}
