package parse

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// hrun is a piece of visible HTML text and the source bytes it stands for.
// A verbatim run is the source text itself (s == source[src:srcEnd]); a
// mapped run stands for source bytes it does not copy (a decoded entity,
// white space collapsed to one space).
type hrun struct {
	s      string
	src    int
	srcEnd int
	kind   uint8
	mapped bool
	st     hstyle
}

// Run kinds.
const (
	kText  uint8 = iota
	kSpace       // one space standing for collapsed white space
	kBreak       // a line break inside a table cell (a space when the row is one line)
)

// hruns collects the runs of one line or one table cell, collapsing white
// space as a browser does: none at the start, none at the end, one between
// words.
type hruns struct {
	list     []hrun
	space    int  // source offset of pending white space, -1 if none
	spaceEnd int  // end of the pending white space
	lit      bool // the pending white space is one literal ' '
	text     bool // text written since the last break
	any      bool // any text written
}

func (r *hruns) reset() {
	r.list = r.list[:0]
	r.space, r.lit, r.text, r.any = -1, false, false, false
}

func (r *hruns) hasText() bool { return r.any }

// addSpace records white space at src..end; it is written only when text
// follows on the same line.
func (r *hruns) addSpace(src, end int, lit bool) {
	if r.space < 0 {
		r.space, r.spaceEnd, r.lit = src, end, lit
		return
	}
	r.spaceEnd, r.lit = end, false
}

// brk breaks the text of a table cell.
func (r *hruns) brk(src int) {
	r.space = -1
	if r.text {
		r.list = append(r.list, hrun{kind: kBreak, src: src, srcEnd: src})
		r.text = false
	}
}

// put appends text to r, with the pending white space before it.
func (p *htmlParser) put(r *hruns, s string, src, srcEnd int, mapped bool, st hstyle) {
	if r.space >= 0 {
		if r.text {
			p.pushRun(r, hrun{s: " ", src: r.space, srcEnd: r.spaceEnd, kind: kSpace, mapped: !r.lit, st: st})
		}
		r.space = -1
	}
	p.pushRun(r, hrun{s: s, src: src, srcEnd: srcEnd, mapped: mapped, st: st})
	r.text, r.any = true, true
	if b := int(st.size * 2); b >= 0 && b < len(p.sizes) {
		p.sizes[b] += len(s)
	}
}

// pushRun appends a run, extending the last one when both are verbatim,
// contiguous in the source and alike in style.
func (p *htmlParser) pushRun(r *hruns, run hrun) {
	if n := len(r.list); n > 0 && !run.mapped {
		last := &r.list[n-1]
		if !last.mapped && last.kind != kBreak && last.srcEnd == run.src && last.st == run.st {
			last.s = p.doc[last.src-p.base : run.srcEnd-p.base]
			last.srcEnd, last.kind = run.srcEnd, kText
			return
		}
	}
	r.list = append(r.list, run)
}

// sink returns where text goes: the current cell of the open table row,
// or the block line. create tells that text is coming: in a row outside
// any cell, it opens a cell; otherwise sink returns nil there.
func (p *htmlParser) sink(create bool) *hruns {
	if p.row == nil {
		return &p.line
	}
	if create {
		p.row.text = true // the caller puts text
	}
	if c := p.curCell(); c != nil {
		return &c.runs
	}
	if !create {
		return nil
	}
	p.startCell(1, 1)
	return &p.curCell().runs
}

// text handles the text token at src[off:end].
func (p *htmlParser) text(off, end int) {
	s := p.doc[off-p.base : end-p.base]
	if p.hidden > 0 {
		// Text straight inside <head> means the body has begun.
		if p.headIdx < 0 || p.headIdx != len(p.stack)-1 || !hasNonSpace(s) {
			return
		}
		p.popTo(p.headIdx)
		if p.hidden > 0 {
			return
		}
	}
	if p.pre > 0 {
		p.preText(s, off)
		return
	}
	st := p.style()
	for i := 0; i < len(s); {
		if j := plainEnd(s, i); j > i {
			r := p.sink(true)
			p.put(r, s[i:j], off+i, off+j, false, st)
			i = p.moreWords(r, s, j, off, st)
			continue
		}
		c := s[i]
		switch {
		case isHTMLSpace(c):
			j := i + 1
			for j < len(s) && isHTMLSpace(s[j]) {
				j++
			}
			if r := p.sink(false); r != nil {
				r.addSpace(off+i, off+j, j == i+1 && c == ' ')
			}
			i = j
		case c == 0:
			i++
		case c == '&':
			v, n := p.entity(s, i)
			p.special(v, off+i, off+i+n, st)
			i += n
		default: // a byte of invalid UTF-8, or a space-like or invisible rune
			v, n := p.highRune(s, i)
			p.special(v, off+i, off+i+n, st)
			i += n
		}
	}
}

// moreWords extends the run just put, ending at s[j], over the words
// that follow it each after one space, and returns where they end: what
// put would make of them word by word (one space is written as it
// stands, so the run goes on), without a run per word.
func (p *htmlParser) moreWords(r *hruns, s string, j, off int, st hstyle) int {
	k, spaces := wordsEnd(s, p.src.Data[off:off+len(s)], j)
	if k == j {
		return j
	}
	last := &r.list[len(r.list)-1]
	last.srcEnd = off + k
	last.s = p.doc[last.src-p.base : last.srcEnd-p.base]
	if b := int(st.size * 2); b >= 0 && b < len(p.sizes) {
		p.sizes[b] += k - j - spaces
	}
	return k
}

// wordsEnd returns the end of the words after s[j-1], the last byte of a
// verbatim run (plainEnd), each after one space, and the number of those
// spaces; b holds the bytes of s, read eight at a time.
func wordsEnd(s string, b []byte, j int) (k, spaces int) {
	k = j
	for k < len(s) {
		if k+8 <= len(b) {
			if n, sp := plainChunk(binary.LittleEndian.Uint64(b[k:])); n > 0 {
				k += n
				spaces += sp
				continue
			}
		}
		c := s[k]
		switch {
		case c < utf8.RuneSelf && htmlPlain[c]:
			k++
			continue
		case c == ' ':
			if k+1 < len(s) && s[k+1] < utf8.RuneSelf && htmlPlain[s[k+1]] {
				k += 2
				spaces++
				continue
			}
		case c >= utf8.RuneSelf && k > j:
			if e := plainEnd(s, k); e > k {
				k = e
				continue
			}
		}
		break
	}
	return k, spaces
}

// plainChunk reads eight bytes of text, w in little-endian order, that
// follow a byte of a word: it returns how many of them are words each
// after one space (8, or 7 when the last is a space, whose word is in the
// next eight), and the spaces among those; 0 when one is anything else
// (not ASCII, a control byte, '&', spaces together).
func plainChunk(w uint64) (n, spaces int) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	if w&high != 0 || (w+0x60*ones)&high != high {
		return 0, 0 // a byte >= 0x80, or < 0x20
	}
	sp := zeroBytes(w ^ ' '*ones)
	if zeroBytes(w^'&'*ones) != 0 || sp&(sp<<8) != 0 {
		return 0, 0
	}
	n = 8
	if sp>>63 != 0 {
		n, sp = 7, sp&^(1<<63)
	}
	return n, bits.OnesCount64(sp)
}

// zeroBytes returns the high bit of every byte of x that is zero.
func zeroBytes(x uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((x&low7 + low7) | x | low7)
}

// special writes a decoded character: a space-like one as white space, an
// invisible one not at all, anything else as a mapped run.
func (p *htmlParser) special(v string, src, end int, st hstyle) {
	r, _ := utf8.DecodeRuneInString(v)
	switch {
	case v == "" || isInvisible(r):
	case len(v) <= 3 && isSpaceLike(r):
		if s := p.sink(false); s != nil {
			s.addSpace(src, end, false)
		}
	default:
		p.put(p.sink(true), v, src, end, true, st)
	}
}

// preText handles text inside <pre>: spaces are kept and newlines end lines.
func (p *htmlParser) preText(s string, off int) {
	st := p.style()
	for i := 0; i < len(s); {
		c := s[i]
		fresh := p.preFresh
		p.preFresh = false
		switch c {
		case '\n':
			if !fresh {
				p.tokOff = off + i
				p.boundary()
			}
			i++
		case '\r':
			p.preFresh = fresh
			i++
		case '&':
			v, n := p.entity(s, i)
			r, _ := utf8.DecodeRuneInString(v)
			if isSpaceLike(r) {
				v = " "
			}
			if v != "" && !isInvisible(r) {
				p.put(p.sink(true), v, off+i, off+i+n, true, st)
			}
			i += n
		case 0:
			i++
		default:
			j := i + 1
			for j < len(s) && s[j] != '\n' && s[j] != '\r' && s[j] != '&' && s[j] != 0 {
				j++
			}
			p.preChunk(s[i:j], off+i, st)
			i = j
		}
	}
}

// preChunk writes text of a <pre> block verbatim, bytes that are not UTF-8
// read as Windows-1252.
func (p *htmlParser) preChunk(s string, off int, st hstyle) {
	if utf8.ValidString(s) {
		p.put(p.sink(true), s, off, off+len(s), false, st)
		return
	}
	for k := 0; k < len(s); {
		v, n := p.highRune(s, k)
		p.put(p.sink(true), v, off+k, off+k+n, v != s[k:k+n], st)
		k += n
	}
}

// plainEnd returns the end of the verbatim text starting at s[i]: bytes
// that are not white space, '&' or NUL, and valid UTF-8 runes that are
// neither space-like nor invisible.
func plainEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if htmlPlain[c] {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || isSpaceLike(r) || isInvisible(r) {
			return i
		}
		i += n
	}
	return i
}

// highRune decodes the rune at s[i]; a byte that is not UTF-8 is read as
// Windows-1252, as browsers read HTML without a declared charset.
func (p *htmlParser) highRune(s string, i int) (string, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n <= 1 {
		return cp1252Strings[s[i]&0x7f], 1
	}
	return s[i : i+n], n
}

// htmlPlain marks the ASCII bytes that stand for themselves in text.
var htmlPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 1; c < utf8.RuneSelf; c++ {
		t[c] = !isHTMLSpace(byte(c)) && c != '&'
	}
	return t
}()

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// isSpaceLike reports runes shown as white space: the no-break space and
// the typographic spaces. They collapse like spaces.
func isSpaceLike(r rune) bool {
	return r == '\u00a0' || r >= '\u2000' && r <= '\u200a' || r == '\u202f' || r == '\u205f' || r == '\u3000'
}

// isInvisible reports runes that show nothing: zero-width spaces and
// joiners, the word joiner, the byte-order mark and the soft hyphen.
func isInvisible(r rune) bool {
	return r >= '\u200b' && r <= '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

func hasNonSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHTMLSpace(s[i]) {
			return true
		}
	}
	return false
}
