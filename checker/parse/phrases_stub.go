//go:build !extract

package parse

// phrases is a placeholder until the extract package lands.
func (b *builder) phrases() {}
