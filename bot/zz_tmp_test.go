package bot

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZMatches(t *testing.T) {
	f, err := os.Open("/tmp/zz/mq.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		q := sc.Text()
		fmt.Println("Q:", q, "| asked:", askedPart(q))
		for _, m := range referrals().Matches(q) {
			fmt.Println("   ", strings.Join(m.Phrase, " "), "->", bodyName(m.Adds, "en"))
		}
	}
}
