package knowledge

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadLexiconsGivesATenantItsWords(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("musterstadt.de.txt", "# Musterstadt\nBürgerbüro = Rathausladen\n")
	write("musterstadt.en.txt", "Bürgerbüro = town hall shop\n")
	ls, err := LoadLexicons(dir)
	if err != nil {
		t.Fatal(err)
	}
	x := memIndex(t, NewLocalEmbedder(0),
		Entry{ID: "buero", Title: "Bürgerbüro Öffnungszeiten", Language: "de", Region: "a"},
		Entry{ID: "hund", Title: "Hundesteuer", Language: "de", Region: "a"})
	for _, tt := range []struct {
		tenant, question string
		found            bool
	}{
		{"musterstadt", "Wann hat der Rathausladen offen?", true},
		{"musterstadt", "opening hours of the town hall shop", true},
		{"other", "Wann hat der Rathausladen offen?", false},
	} {
		hits, err := x.Search(context.Background(), Query{Text: tt.question, Lexicon: ls.For(tt.tenant)})
		if err != nil {
			t.Fatal(err)
		}
		found := len(hits) > 0 && hits[0].ID == "buero" && hits[0].TextRank > 0
		if found != tt.found {
			t.Errorf("tenant %s, %q: hits %v, want the Bürgerbüro found by words: %v", tt.tenant, tt.question, hits, tt.found)
		}
	}
	if words, _ := x.words.analyze("Knöllchen", ls.For("musterstadt")); len(words) < 2 {
		t.Errorf("a tenant lexicon lost the built-in rules: %q gives %v", "Knöllchen", words)
	}
}

func TestLoadLexiconsNamesTheBadFile(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"musterstadt.txt", "Bürgerbüro = Rathausladen\n", "TENANT.de.txt"},
		{"musterstadt.fr.txt", "Bürgerbüro = mairie\n", "TENANT.de.txt"},
		{"musterstadt.de.txt", "Bürgerbüro Rathausladen\n", "musterstadt.de.txt:1:"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, tt.name), []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadLexicons(dir)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to name %q", tt.name, err, tt.want)
		}
	}
	if _, err := LoadLexicons(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("a missing directory loaded without an error")
	}
}
