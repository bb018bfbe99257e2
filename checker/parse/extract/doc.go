// Package extract finds numbers, dates, amounts, ranges, cross references
// and printed page labels in the visible text of a filing document.
//
// Every function is pure and works on plain text: lines joined by '\n', as
// the ASCII and HTML parsers produce them. Phrases may wrap, so wherever a
// space stands in a pattern any run of white space (spaces, tabs, newlines,
// no-break spaces) matches. Offsets are byte offsets into the input, Start
// inclusive and End exclusive.
//
// The scanners skip text with cheap prefilters (digits and '$' for amounts
// and dates, eight bytes at a time; a 'g' for "page" in cross references
// and the 'f' of "of" or the 'p' of "comprise" for sums, with
// strings.IndexByte), and look at a small window around each candidate, so
// they run at memory speed and allocate only for what they return. Scan reads the dates, amounts and ranges in
// one pass, as the parser wants them.
package extract
