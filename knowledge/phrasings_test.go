package knowledge

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParsePhrasingsErrorsNameTheLine(t *testing.T) {
	for _, c := range []struct{ name, text, lang, want string }{
		{"no equals", "# c\nSommerfest Bier verkaufen\n", "de", "t.txt:2: write a line as `entry title = phrasing, phrasing`"},
		{"no phrasing", "Hundesteuer = \n", "de", "t.txt:1: write a line as"},
		{"empty phrasing", "Hundesteuer = Hund angeschafft,, neuer Hund\n", "de", "t.txt:1: an empty phrasing: remove the extra comma"},
		{"stop words only", "der die das = neuer Hund\n", "de", "t.txt:1: the title has no word to find an entry by"},
		{"language", "Hundesteuer = new dog\n", "fr", `the language of phrasings is de or en, not "fr"`},
	} {
		_, err := ParsePhrasings(strings.NewReader(c.text), "t.txt", c.lang)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
}

// A line's phrasings are for the entry whose title has the line's words,
// and only for it; each word of a phrasing then counts on its own, in any
// order, but not in the entry's official score.
func TestPhrasingsExpandTheEntriesTheyName(t *testing.T) {
	p, err := ParsePhrasings(strings.NewReader(
		"Gaststättengewerbe - Gestattung aus besonderem Anlass = Bier verkaufen beim Vereinsfest, Ausschank ohne Lokal\n"), "de-t.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	en, err := ParsePhrasings(strings.NewReader("Gestattung besonderem Anlass = sell beer at our club party\n"), "en-t.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	p.rules = append(p.rules, en.rules...)
	docs := []Entry{
		{ID: "occasion", Title: "Gaststättengewerbe - Gestattung aus besonderem Anlass beantragen", Language: "de"},
		{ID: "licence", Title: "Gaststättengewerbe - Erlaubnis beantragen", Language: "de"},
		{ID: "other", Title: "Gestattung eines Anlasses", Language: "de"},
	}
	for _, q := range []string{"Vereinsfest: dürfen wir Bier verkaufen?", "party at our club, can we sell beer"} {
		for _, c := range []struct {
			phrasings *Phrasings
			want      []bool // per document: scores
		}{{p, []bool{true, false, false}}, {nil, []bool{false, false, false}}} {
			x := newWordIndex(docs, c.phrasings)
			words, _ := x.analyze(q, &Lexicon{})
			scores, official := make([]float32, len(docs)), make([]float32, len(docs))
			b := newBestScratch(len(docs))
			x.score(words, []bool{true, true, true}, scores, official, &b)
			for i, want := range c.want {
				if got := scores[i] > 0; got != want {
					t.Errorf("%q with phrasings %v: %s scores %v, want a score: %v", q, c.phrasings != nil, docs[i].ID, scores[i], want)
				}
				if official[i] != 0 {
					t.Errorf("%q: %s scores %v without its phrasings, want 0: the question's words are only in them", q, docs[i].ID, official[i])
				}
			}
		}
	}
}

func TestDefaultPhrasingsRead(t *testing.T) {
	p := DefaultPhrasings()
	if len(p.rules) < 1000 {
		t.Errorf("%d built-in phrasing lines, want at least 1,000", len(p.rules))
	}
	langs := map[string]int{}
	for _, r := range p.rules {
		langs[r.lang]++
	}
	if langs["de"] == 0 || langs["en"] == 0 {
		t.Errorf("built-in phrasings by language: %v, want German and English", langs)
	}
}

// A line whose words are an entry's whole title is for that entry alone,
// not for a longer title that has them too; "ohne" tells two titles
// apart; a line naming no whole title is for every title with its words.
func TestPhrasingsForWhichEntries(t *testing.T) {
	docs := []Entry{
		{ID: "pass", Title: "Reisepass beantragen", Language: "de"},
		{ID: "express", Title: "Express-Reisepass beantragen", Language: "de"},
		{ID: "mit", Title: "Ausfuhrkennzeichen mit Fahrzeugbrief", Language: "de"},
		{ID: "ohne", Title: "Ausfuhrkennzeichen ohne Fahrzeugbrief", Language: "de"},
	}
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Reisepass beantragen = neuer Pass für den Urlaub", []string{"pass"}},
		{"Reisepass = Pass für den Urlaub", []string{"pass", "express"}},
		{"Ausfuhrkennzeichen ohne Fahrzeugbrief = Auto ausführen Brief verloren", []string{"ohne"}},
		{"Fahrzeugbrief = Auto ins Ausland überführen", []string{"mit", "ohne"}},
		{"Personalausweis = Perso verloren", nil},
	} {
		p, err := ParsePhrasings(strings.NewReader(c.line), "de-t.txt", "de")
		if err != nil {
			t.Fatal(err)
		}
		x := newWordIndex(docs, nil)
		terms, lengths, _ := x.phrasingTerms(p, docs)
		var got []string
		for i := range docs {
			if terms[i] != nil {
				got = append(got, docs[i].ID)
				if lengths[i] == 0 {
					t.Errorf("%q: %s has terms but length 0", c.line, docs[i].ID)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q is for %q, want %q", c.line, got, c.want)
		}
	}
}

// The phrasing fit is that of the one phrasing that fits the question
// best: a question put as one phrasing puts it fits better than one that
// shares a word with several, and an entry without phrasings fits not at
// all.
func TestPhrasingFit(t *testing.T) {
	p, err := ParsePhrasings(strings.NewReader(
		"Gestattung aus besonderem Anlass = Bier verkaufen beim Vereinsfest, Ausschank ohne Lokal\n"+
			"Gaststättengewerbe - Erlaubnis = Kneipe eröffnen, Bier ausschenken in eigener Kneipe, Bar mit Alkohol aufmachen\n"), "de-t.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	docs := []Entry{
		{ID: "occasion", Title: "Gaststättengewerbe - Gestattung aus besonderem Anlass beantragen", Language: "de"},
		{ID: "licence", Title: "Gaststättengewerbe - Erlaubnis beantragen", Language: "de"},
		{ID: "none", Title: "Hundesteuer anmelden", Language: "de"},
	}
	x := newWordIndex(docs, p)
	fit := func(q string, doc int32) float64 {
		words, _ := x.analyze(q, &Lexicon{})
		return x.phrasingFit(x.weigh(words, false), doc)
	}
	const occasion, licence, none = 0, 1, 2
	if f := fit("Bier verkaufen beim Vereinsfest", occasion); math.Abs(f-1) > 1e-9 {
		t.Errorf("a question word for word a phrasing fits %v, want 1", f)
	}
	q := "Dürfen wir beim Vereinsfest Bier verkaufen?"
	if o, l := fit(q, occasion), fit(q, licence); o <= l || l <= 0 {
		t.Errorf("%q: fits %v the occasion, %v the licence; want both above 0, the occasion higher", q, o, l)
	}
	if f := fit(q, none); f != 0 {
		t.Errorf("an entry without phrasings fits %v, want 0", f)
	}
}

// An installation's phrasings come on top of the built-in ones; a file
// that is not named by its language, or a bad line, stops the loading
// with its name.
func TestLoadPhrasings(t *testing.T) {
	write := func(dir, name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	write(dir, "de-city.txt", "Hundesteuer anmelden = neuer Hund, Welpe gekauft\n")
	write(dir, "en.txt", "Hundesteuer anmelden = got a puppy\n")
	p, err := LoadPhrasings(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.Len(), DefaultPhrasings().Len()+2; got != want {
		t.Errorf("%d lines of phrasings, want the built-in ones and 2", got)
	}
	for _, c := range []struct{ name, text, want string }{
		{"city.txt", "Hundesteuer = neuer Hund\n", "city.txt: name a phrasings file de-….txt or en-….txt"},
		{"de-bad.txt", "Hundesteuer neuer Hund\n", "de-bad.txt:1: write a line as"},
	} {
		bad := t.TempDir()
		write(bad, c.name, c.text)
		if _, err := LoadPhrasings(bad); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
	if _, err := LoadPhrasings(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing directory loads")
	}
}
