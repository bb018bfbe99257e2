package extract

import "testing"

func benchText(b *testing.B, f func(string) int) {
	text := corpusText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n += f(text)
	}
	if n < 0 {
		b.Fatal(n)
	}
}

func BenchmarkDates(b *testing.B) {
	benchText(b, func(s string) int { return len(Dates(s)) })
}

func BenchmarkAmounts(b *testing.B) {
	benchText(b, func(s string) int { return len(Amounts(s)) })
}

func BenchmarkRanges(b *testing.B) {
	benchText(b, func(s string) int { return len(Ranges(s)) })
}

func BenchmarkXrefs(b *testing.B) {
	benchText(b, func(s string) int { return len(Xrefs(s)) })
}

// BenchmarkAll runs every text scanner over the corpus, as the parser does
// once per document.
func BenchmarkAll(b *testing.B) {
	benchText(b, func(s string) int {
		return len(Dates(s)) + len(Amounts(s)) + len(Ranges(s)) + len(Xrefs(s))
	})
}
