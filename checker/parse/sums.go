package parse

// sums finds stated totals with their parts (doc.sums).
func (b *builder) sums() {}
