package ingest

import (
	"fmt"
	"io"
	"strings"
)

// ProgressBar returns an Options.Progress function that draws a one-line bar
// on w, a terminal, redrawn in place and ended with a newline when a phase
// completes.
func ProgressBar(w io.Writer) func(phase string, done, total int) {
	const width = 30
	return func(phase string, done, total int) {
		if total <= 0 {
			return
		}
		filled := width * done / total
		fmt.Fprintf(w, "\r%-9s [%s%s] %d/%d", phase, strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total)
		if done >= total {
			fmt.Fprintln(w)
		}
	}
}
