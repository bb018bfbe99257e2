// Command filinglint lints SEC EDGAR filings against rules written in CEL.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
