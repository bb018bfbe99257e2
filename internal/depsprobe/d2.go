package main
import _ "github.com/bmatcuk/doublestar/v4"
