package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Taxes owed or paid in another country are that country's matter: "Ich
// habe in Österreich gearbeitet. Muss ich dort eine Steuererklärung
// abgeben?", "How do I get back the tax the Austrian tax office kept?".
// Search finds the city's own income tax services, and the bot would
// answer with them. So a question about tax that places it in a country of
// countries.txt, by "dort" or "there" or by the country's name or
// adjective next to the tax or an authority, gets no answer but that
// country's tax administration or a tax adviser to ask. A question that
// names a certificate (or a certificate of residence: "Die Steuerbehörde in
// Mexiko akzeptiert die Ansässigkeitsbescheinigung nur mit Apostille") or
// Germany is for the city's tax office:
// "the Swiss tax office wants a certificate of residence", "do I declare
// US dividends in my German tax return?"; one about recognising a
// qualification or a civil servant's career is for the city too: "I was a
// tax inspector in the Polish tax administration", "Steuerbeamter aus
// Italien, in Berlin verbeamtet werden?".

// Folded English words of taxes ("Steuer" is found within German words),
// and folded words of authorities, of certificates and of Germany.
var (
	taxWords         = []string{"tax", "taxes", "taxed", "taxation"}
	authorityWords   = []string{"finanzamt", "finanzamts", "finanzbehoerde", "steuerbehoerde", "behoerde", "behoerden", "authority", "authorities", "office"}
	certificateWords = []string{"nachweis", "bescheinigung", "bestaetigung", "ansaessigkeitsbescheinigung", "certificate", "proof", "confirmation"}
	germanyWords     = []string{"deutschland", "deutsche", "deutschen", "germany", "german", "hier", "here"}
)

// taxReach is how many words from a tax or authority word a country's name
// or adjective may stand: "vom österreichischen Finanzamt", "Polish tax",
// "the Spanish non-resident tax return".
const taxReach = 3

// foreignTax returns, in the reply's language, whom to ask about a tax
// matter of another country the question tells of, or "" (see above).
func foreignTax(question, lang string) string {
	words := knowledge.Words(question)
	taxing := func(w string) bool { return strings.Contains(w, "steuer") || slices.Contains(taxWords, w) }
	recognition := func(w string) bool {
		return startsIn(w, []string{"anerkenn", "recogni"}) || strings.Contains(w, "beamt")
	}
	if !slices.ContainsFunc(words, taxing) || anyIn(words, certificateWords) || anyIn(words, germanyWords) ||
		slices.ContainsFunc(words, recognition) {
		return ""
	}
	there := anyIn(words, thereWords)
	for i, w := range words {
		c, ok := countryOf(words[i:], w)
		// "us" is a country only as "the US".
		if !ok || w == "us" && (i == 0 || words[i-1] != "the") {
			continue
		}
		near := slices.ContainsFunc(words[max(0, i-taxReach):min(len(words), i+taxReach+1)], func(n string) bool {
			return taxing(n) || slices.Contains(authorityWords, n)
		})
		if !there && !near {
			continue
		}
		if lang == "en" {
			return "the tax administration of " + c.en + " or a tax adviser"
		}
		return "die Steuerverwaltung des Landes " + c.de + " oder eine Steuerberatung"
	}
	return ""
}
