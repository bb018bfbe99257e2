package parse

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/filinglint/filinglint/checker/internal/ascii"
	"github.com/filinglint/filinglint/checker/model"
	"github.com/filinglint/filinglint/checker/source"
)

// markupDoc holds one of each kind of restricted markup.
const markupDoc = `<!DOCTYPE html>
<html><head><title>a <script> in a title</title>
<link rel="stylesheet" href="http://example.com/s.css">
<style>
  body { background: URL( 'bg.gif' ) }
  @import "more.css";
</style>
<script type="text/javascript">if (a <b) { document.write("<object>") }</script>
</head>
<body onLoad="init()" background=paper.jpg>
<!-- <iframe src="commented.htm"> -->
<p style="margin:0">text &lt;script&gt; <a href="#top">top</a>
<a HREF="javascript:void(0)" onclick = 'go()'>go</a>
<img src="logo.jpg" style="border:0; background-image:url(x.png)">
<a href="d10k.htm?a=1&amp;b=2">10-K</a>
<form action="/cgi-bin/x"><input type=submit formaction=y.cgi></form>
<object data="movie.swf"><embed src="movie.swf"></object>
<applet code="A.class" codebase="http://example.com/"></applet>
<iframe src="frame.htm"></iframe><frame src="f.htm">
</body></html>
`

func TestMarkup(t *testing.T) {
	src := source.New("t.htm", []byte(markupDoc))
	got := markup(src, 0, len(markupDoc))
	want := []string{
		"3:24 link href http://example.com/s.css",
		"5:28 style url bg.gif",
		"6:12 style url more.css",
		"8:1 script  ",
		"10:7 body onload init()",
		"10:23 body background paper.jpg",
		"12:44 a href #top",
		"13:4 a href javascript:void(0)",
		"13:30 a onclick go()",
		"14:6 img src logo.jpg",
		"14:59 img style x.png",
		"15:4 a href d10k.htm?a=1&b=2",
		"16:1 form  ",
		"16:7 form action /cgi-bin/x",
		"16:46 input formaction y.cgi",
		"17:1 object  ",
		"17:9 object data movie.swf",
		"17:26 embed  ",
		"17:33 embed src movie.swf",
		"18:1 applet  ",
		"18:24 applet codebase http://example.com/",
		"19:1 iframe  ",
		"19:9 iframe src frame.htm",
		"19:34 frame  ",
		"19:41 frame src f.htm",
	}
	var lines []string
	for _, m := range got {
		lines = append(lines, fmt.Sprintf("%d:%d %s %s %s", m.Line, m.Col, m.Tag, m.Attr, m.Value))
	}
	if !slices.Equal(lines, want) {
		t.Errorf("markup:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestMarkupParser: the HTML parser records what markup does, in tags
// it reads once and then remembers too (the document repeated), and in
// every bare HTML file of the corpus.
func TestMarkupParser(t *testing.T) {
	doc := markupDoc + markupDoc + "<p style=\"a:url(x)\"><p style=\"a:url(x)\"><a href=y><a href=y>"
	check := func(src *source.File) {
		got := parseHTML(src, 0, len(src.Data)).markup
		if want := markup(src, 0, len(src.Data)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: parser %d records, markup %d", src.Name, len(got), len(want))
		}
	}
	check(source.New("t.htm", []byte(doc)))
	for _, src := range htmlCorpus(t) {
		check(src)
	}
}

// TestMarkupRange: only the bytes of the document are read, and positions
// are in the file (a document inside a submission).
func TestMarkupRange(t *testing.T) {
	file := "<SEC-DOCUMENT>\n<DOCUMENT>\n<TEXT>\n<a href=\"x.htm\">x</a><script>\n</TEXT>\n<a href=\"out.htm\">\n"
	start := strings.Index(file, "<a")
	end := strings.Index(file, "</TEXT>")
	got := markup(source.New("s.txt", []byte(file)), start, end)
	if len(got) != 2 || got[0].Line != 4 || got[0].Col != 4 || got[0].Value != "x.htm" || got[1].Tag != "script" {
		t.Errorf("markup = %+v", got)
	}
}

// TestMarkupMalformed: unterminated tags, comments, quotes and raw text end
// the scan without a panic.
func TestMarkupMalformed(t *testing.T) {
	for _, doc := range []string{
		"<", "<a", "<a href", "<a href=", `<a href="x`, "<!--", "<!-- -- >", "<!-->", "<!--->",
		"<script>", "<script></scrip", "<style>url(", "<style>@import", `<p style="url(x`,
		"</", "<?xml", "<!DOCTYPE", "<a =b>", "<a/b=c>", "<plaintext><script>",
		`<a href="x" HREF="y" onclick=a ONCLICK=b>`, `<p style="x" style="background:url(y)">`,
	} {
		got := markup(source.New("t.htm", []byte(doc)), 0, len(doc))
		ref := markupReference([]byte(doc))
		if !slices.Equal(markupKeys(got), ref) {
			t.Errorf("%q: markup %q, tokenizer %q", doc, markupKeys(got), ref)
		}
	}
}

// TestMarkupCorpus: on every bare HTML file of the corpus, markup reports
// what a pass with x/net/html's Tokenizer reports.
func TestMarkupCorpus(t *testing.T) {
	for _, src := range htmlCorpus(t) {
		got := markupKeys(markup(src, 0, len(src.Data)))
		want := markupReference(src.Data)
		if !slices.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: %d records, tokenizer %d; first difference at %d: %q vs %q",
				src.Name, len(got), len(want), i, at(got, i), at(want, i))
		}
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(none)"
}

func markupKeys(ms []model.Markup) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Tag+" "+m.Attr+" "+m.Value)
	}
	return out
}

// markupReference is markup written with x/net/html's Tokenizer, without
// positions: the specification markup is tested against.
func markupReference(data []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(data))
	style := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.TextToken:
			if style {
				out = append(out, referenceCSS(string(z.Raw()), "style", "url")...)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			tag := string(name)
			style = tag == "style"
			if referenceActive[tag] {
				out = append(out, tag+"  ")
			}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				key := string(k)
				switch {
				case referenceRefs[key], len(key) > 2 && strings.HasPrefix(key, "on") && isLetters(key[2:]):
					out = append(out, tag+" "+key+" "+string(v))
				case key == "style":
					out = append(out, referenceCSS(string(v), tag, "style")...)
				}
			}
		default:
			style = false
		}
	}
}

// referenceActive are the active-content elements EDGAR does not accept.
var referenceActive = map[string]bool{
	"script": true, "object": true, "embed": true, "applet": true,
	"form": true, "iframe": true, "frame": true, "frameset": true,
}

// referenceRefs are the attributes whose value is a URL the browser
// follows or loads.
var referenceRefs = map[string]bool{
	"href": true, "src": true, "action": true, "background": true, "data": true,
	"codebase": true, "formaction": true, "poster": true, "lowsrc": true, "dynsrc": true,
}

// referenceCSS finds url(…) and @import "…" in CSS the slow way.
func referenceCSS(css, tag, attr string) []string {
	var out []string
	lower := ascii.Lower(css) // byte for byte, so offsets agree
	for i := 0; i < len(css); i++ {
		switch {
		case strings.HasPrefix(lower[i:], "url("):
			j := i + 4
			for j < len(css) && isTagSpace(css[j]) {
				j++
			}
			q := byte(')')
			if j < len(css) && (css[j] == '"' || css[j] == '\'') {
				q = css[j]
				j++
			}
			e := strings.IndexByte(css[j:], q)
			if e < 0 {
				e = len(css) - j
			}
			out = append(out, tag+" "+attr+" "+strings.Trim(css[j:j+e], " \t\r\n\f"))
			i = j + e - 1 // on past the URL
		case strings.HasPrefix(lower[i:], "@import"):
			rest := strings.TrimLeft(css[i+7:], " \t\r\n\f")
			if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
				if e := strings.IndexByte(rest[1:], rest[0]); e >= 0 {
					out = append(out, tag+" "+attr+" "+rest[1:1+e])
				}
			}
		}
	}
	return out
}

// BenchmarkMarkup runs markup over the bare HTML files of the corpus.
func BenchmarkMarkup(b *testing.B) {
	benchHTMLCorpus(b, func(src *source.File) { markup(src, 0, len(src.Data)) })
}

// FuzzMarkup: on any input, markup reports what the Tokenizer-based
// reference reports, and locates every record inside the input.
func FuzzMarkup(f *testing.F) {
	for _, s := range []string{
		`<a href="x.htm" onclick=go()>`, `<style>p{background:url(a.gif)} @import 'b.css';</style>`,
		`<!-- <script> --><script>a<b</script><p style="x:url( 'c' )">`, `<object data=d><embed src=e>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		src := source.New("f.htm", []byte(doc))
		got := markup(src, 0, len(doc))
		if keys, ref := markupKeys(got), markupReference([]byte(doc)); !slices.Equal(keys, ref) {
			t.Fatalf("markup %q, tokenizer %q", keys, ref)
		}
		for _, m := range got {
			if m.Line < 1 || m.Line > src.LineCount() || m.Col < 1 {
				t.Fatalf("%+v outside the input", m)
			}
		}
	})
}

// BenchmarkMarkupTokenizer runs the Tokenizer-based reference over the
// same files, for comparison with BenchmarkMarkup.
func BenchmarkMarkupTokenizer(b *testing.B) {
	benchHTMLCorpus(b, func(src *source.File) { markupReference(src.Data) })
}

// markup returns the restricted markup of the HTML document in
// src.Data[start:end]: what parseHTML collects, without the rest of the
// parse: the reference the tests hold the parser to.
func markup(src *source.File, start, end int) []model.Markup {
	doc := string(src.Data[start:end])
	m := markupRec{src: src}
	z := html.NewTokenizer(strings.NewReader(doc))
	var attrs []hattr
	for off := start; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			m.end(doc[off-start:], off)
			return m.out
		}
		n := len(z.Raw())
		raw := doc[off-start : off-start+n]
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, rest := tagName(raw, 1)
			_, a := tagKey(name)
			attrs = readAttrs(attrs[:0], rest, off+n-len(rest))
			m.tag(off, name, a, attrs)
		case html.TextToken:
			m.text(off, raw)
		default:
			m.style = false
		}
		off += n
	}
}
