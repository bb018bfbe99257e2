package filter

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/filinglint/filinglint/checker/finding"
)

// Fingerprints sets the Fingerprint of each finding: the hex SHA-256 of the
// rule, the path (cleaned, with forward slashes), the document sequence, the
// normalised subject and the occurrence index among the findings with the
// same rule, path, document and subject. The subject is finding.Subject, or
// the message when Subject is empty, lower-cased with runs of white space
// made one space; digits are kept.
//
// The fingerprint has no line or column in it, so it does not change when
// unrelated lines move. Occurrences are counted in finding.Less order
// whatever the order of fs, so the result is deterministic.
func Fingerprints(fs []finding.Finding) {
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return finding.Less(&fs[order[i]], &fs[order[j]]) })
	seen := map[string]int{}
	for _, i := range order {
		key := fingerprintKey(&fs[i])
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		fs[i].Fingerprint = hex.EncodeToString(sum[:])
	}
}

// fingerprintKey joins what identifies a finding apart from its position.
func fingerprintKey(f *finding.Finding) string {
	seq := 0
	if f.Document != nil {
		seq = f.Document.Sequence
	}
	subject := f.Subject
	if subject == "" {
		subject = f.Message
	}
	return strings.Join([]string{
		f.Rule,
		cleanPath(f.Path),
		strconv.Itoa(seq),
		normalise(subject),
	}, "\x00")
}

// cleanPath returns p cleaned and with forward slashes, so that "./a.txt"
// and "a.txt" give the same fingerprint.
func cleanPath(p string) string {
	if p == "" {
		return ""
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// normalise lower-cases s and collapses its white space.
func normalise(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// fingerprint is the processor that sets fingerprints.
type fingerprint struct{}

func (fingerprint) Name() string { return "fingerprint" }

func (fingerprint) Process(fs []finding.Finding) ([]finding.Finding, error) {
	Fingerprints(fs)
	return fs, nil
}
