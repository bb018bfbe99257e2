package main

import (
	"strings"
	"testing"
)

// TestSeedEditsEdgar: edits that break one EDGAR format requirement of a
// seed add exactly one finding of the matching edgar rule.
func TestSeedEditsEdgar(t *testing.T) {
	checkSeedEdits(t, []seedEdit{
		{
			name: "smart quote", seed: seedPressRelease,
			old: "\"We  remain  pleased", new: "\u201cWe  remain  pleased",
			rule: "edgar/ascii-charset", line: 30,
			msg: "invalid character \u201c (U+201C): EDGAR ASCII documents accept printable ASCII only; write \" instead",
		},
		{
			name: "registered sign", seed: seedProspectus,
			old: "are to Level 3 Communications,  Inc.,", new: "are to Level 3 Communications\u00ae, Inc.,",
			rule: "edgar/ascii-charset", line: 178,
			msg: "invalid character \u00ae (U+00AE): EDGAR ASCII documents accept printable ASCII only; write (R) instead",
		},
		{
			name: "long prose line", seed: seedPressRelease,
			old:  "modem and voice services. Its Web address is www.Level3.com.",
			new:  "modem and voice services for carriers and enterprises. Its Web address is www.Level3.com.",
			rule: "edgar/ascii-line-length", line: 77,
			msg: "line is 89 characters long; EDGAR allows 80 outside a <TABLE>",
		},
		{
			name: "long table row", seed: seedProspectus,
			old:  "0\n\n\n                                       4\n<PAGE>\n\nWS Investment",
			new:  "0\n\n" + strings.Repeat("=", 140) + "\n                                       4\n<PAGE>\n\nWS Investment",
			rule: "edgar/ascii-line-length", line: 299,
			msg: "line is 140 characters long; EDGAR allows 132 in a <TABLE>",
		},
		{
			name: "page break run into text", seed: seedPressRelease,
			old:  "action  is  appropriate  in view of these  important  objectives.\"\n\n\n<PAGE>",
			new:  "action  is  appropriate  in view of these  important  objectives.\"\n\n\n- 1 -  <PAGE>",
			rule: "edgar/ascii-tags", line: 50,
			msg: "<PAGE> shares its line with text: put it on a line of its own",
		},
	})
}
