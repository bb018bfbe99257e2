package parse

// xrefs is a placeholder until extract.Xrefs lands.
func (b *builder) xrefs() {}
