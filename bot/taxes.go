package bot

import (
	"embed"
	"slices"

	"citizenbot/knowledge"
)

// A question may ask about a tax by the plain word and tell what it is
// on in another sentence: "Meine Tante ist gestorben und hat mir ihre
// Wohnung hinterlassen. Muss ich darauf Steuern zahlen?", "We just bought
// a flat. How much tax do we pay on the purchase?". No lexicon phrase
// spans the two, and the death or the purchase alone finds the death's
// registration or the land register. taxQuery reads the tax they make
// together; the files of bot/taxes name on the left each tax as
// catalogues call it and on the right what it is on.
//
//go:embed taxes/*.txt
var taxFiles embed.FS

var taxes = knowledge.EmbeddedLexicon(taxFiles, "taxes/*.txt")

// plainTaxWords are the plain words for tax.
var plainTaxWords = []string{"steuer", "steuern", "tax", "taxes"}

// taxNames are the words that, right before a word of plainTaxWords, say
// which tax it is, another than those of bot/taxes: "property tax",
// "income tax", "Kfz-Steuer". The question is about that tax, whatever
// else it tells. A German compound ("Grundsteuer") is no word of
// plainTaxWords.
var taxNames = []string{
	"income", "church", "trade", "business", "dog", "car", "vehicle", "motor", "road", "wage", "payroll", "sales",
	"value", "added", "capital", "gains", "property", "land", "council", "second", "home", "tourist", "city",
	"entertainment", "withholding", "corporate", "corporation", "import", "kfz", "hunde", "grund", "kirchen",
}

// taxQuery returns the catalogue's name for the tax that a question which
// says a word of plainTaxWords, and names no tax by a word of taxNames
// before one, is about, by what a phrase of bot/taxes tells it is on; else
// "".
func taxQuery(question string) string {
	words := knowledge.Words(question)
	if !anyIn(words, plainTaxWords) {
		return ""
	}
	for i := 1; i < len(words); i++ {
		if slices.Contains(plainTaxWords, words[i]) && slices.Contains(taxNames, words[i-1]) {
			return ""
		}
	}
	if ms := taxes().Matches(question); len(ms) > 0 {
		return ms[0].Adds
	}
	return ""
}
