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

func BenchmarkSums(b *testing.B) {
	benchText(b, func(s string) int { return len(Sums(s)) })
}

// BenchmarkScan reads the dates, amounts and ranges in one pass.
func BenchmarkScan(b *testing.B) {
	benchText(b, func(s string) int {
		p := Scan(s)
		return len(p.Dates) + len(p.Amounts) + len(p.Ranges)
	})
}

// BenchmarkAll runs every text scanner over the corpus, as the parser does
// once per document: Scan for the dates, amounts and ranges, then Xrefs
// and Sums.
func BenchmarkAll(b *testing.B) {
	benchText(b, func(s string) int {
		p := Scan(s)
		return len(p.Dates) + len(p.Amounts) + len(p.Ranges) + len(Xrefs(s)) + len(Sums(s))
	})
}
