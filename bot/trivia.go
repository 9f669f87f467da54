package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// "Wer hat eigentlich das Brandenburger Tor gebaut?", "When was the city
// founded?": a question of general knowledge about history or geography
// shares a word or two with some service's phrasings (a street trader at
// the Brandenburg Gate), and the bot would answer with it. Such a question
// starts with a question word, names a fact of history or geography, and
// says nothing of the asker, nor of a need or a wish (wishes: "Wie alt ist
// ein Kind, wenn es einen eigenen Personalausweis braucht?"), where it
// asks (askedPart): "Wann wurde unser Haus gebaut? Wir brauchen die
// Bauakte" is the citizen's own matter, "Why
// do you have to register at all? No country I lived in does this" is
// not. A question that says nothing of the asker is general knowledge too
// when it asks why ("Warum ist ein Bär im Wappen?", "Warum kriegt man nie
// einen Termin?"): the catalogue says how to do things, not why they are
// as they are; and when it counts
// what there is ("Wie viele Hunde gibt es in Berlin?", "Wie viele Bezirke
// hat Berlin?"), not what a procedure takes ("Wie viele Unterschriften
// braucht ein Einwohnerantrag?", "Wie viele Tage hat man Zeit?", "Wie
// viele Tage hat die Wohngeldstelle Zeit?"). A
// question for the bot's opinion gets no answer either (see opinion).

// factStems are the German stems, and factWords the folded English words,
// that name a fact of history or geography: who built, founded or invented
// a thing, who is mayor, a population, a capital ("Seit wann ist Berlin
// wieder Hauptstadt?"; "in der Hauptstadt" may say where the asker lives,
// but then the question speaks of the asker), how tall a building is
// ("how tall is the Fernsehturm?"; German "hoch" asks for fees too: "Wie
// hoch ist die Hundesteuer?"). English words are taken as they
// are: their stems name trades ("painters") and plans ("before founding a
// business"). English "capital" is left out: "How is capital gains tax
// calculated?" is a tax question.
var (
	factStems = stemsOf([]string{"gebaut", "erbaut", "gegründet", "erfunden", "entworfen", "komponiert", "gemalt",
		"Einwohner", "Einwohnerzahl", "Hauptstadt", "Bürgermeister", "Bürgermeisterin"}, nil)
	factWords = []string{"built", "founded", "invented", "designed", "composed", "painted", "population", "inhabitants", "mayor", "tall"}
)

// askingWords are the folded words a question of knowledge starts with,
// after one of askingPrepositions if it has one: "In welchem Jahr wurde
// die Mauer gebaut?", "In what year was the Rathaus built?". English ones
// may be typed joined with "is" and without the apostrophe: "whats the
// difference between Bundestag and Bundesrat?".
var (
	askingWords = []string{"wer", "was", "wo", "wann", "seit", "wie", "warum", "wieso", "welche", "welcher", "welchem",
		"who", "what", "where", "when", "how", "why", "which", "whos", "whats", "wheres", "whens", "hows", "whys"}
	askingPrepositions = []string{"in", "seit", "bis", "ab", "aus", "von", "an", "um", "since", "until", "from", "at", "by"}
)

// interjections are the folded words that may open a question before its
// asking word without changing it: "honestly why does every Amt still
// want a fax", "Just curious – why do Germans have so many Ämter?",
// "Hallo 👋 Wie spät ist es gerade in New York?"; so may a phrase of
// interjectionPhrases: "quick one - how much is 19% VAT on 1,250 euros?".
var (
	interjections       = []string{"honestly", "seriously", "just", "curious", "ok", "okay", "ehrlich", "ernsthaft", "mal", "hallo"}
	interjectionPhrases = [][]string{{"quick", "one"}}
)

// askingWord returns the index of the word a question of knowledge starts
// with (see askingWords), after any interjections, or -1.
func askingWord(words []string) int {
	i := 0
	for i < len(words) {
		if slices.Contains(interjections, words[i]) {
			i++
			continue
		}
		p := slices.IndexFunc(interjectionPhrases, func(p []string) bool { return phraseAt(words, i, p) })
		if p < 0 {
			break
		}
		i += len(interjectionPhrases[p])
	}
	if i+1 < len(words) && slices.Contains(askingPrepositions, words[i]) {
		i++
	}
	if i >= len(words) || !slices.Contains(askingWords, words[i]) {
		return -1
	}
	return i
}

// bareFact is how many words a question typed as a search may have that
// names a fact without a question word: "hauptstadt von australien".
const bareFact = 4

// maxLeadIn is how many words a lead-in before a colon may have: "Honest
// question: why does Germany make everyone register?".
const maxLeadIn = 5

// withoutLeadIn returns the question without a lead-in of at most
// maxLeadIn words that ends in a colon.
func withoutLeadIn(question string) string {
	if i := strings.Index(question, ":"); i > 0 && len(knowledge.Words(question[:i])) <= maxLeadIn {
		return strings.TrimSpace(question[i+1:])
	}
	return question
}

// reasonWords are the folded words a question that asks why starts with.
var reasonWords = []string{"warum", "wieso", "weshalb", "why", "whys"}

// comparedFacts are the folded words by which a question compares places
// by their population: "Welcher Berliner Bezirk hat die meisten
// Einwohner?", "Hat Wien eigentlich mehr Einwohner als Hamburg?". It is
// general knowledge, with or without a question word, whatever title names
// the inhabitants (a provisional identity card for Berlin residents).
var comparedFacts = [][]string{{"meisten", "einwohner"}, {"mehr", "einwohner"}, {"most", "inhabitants"}, {"more", "inhabitants"}}

// countPhrases are the folded words by which a question that starts with
// "wie viele" or "how many" counts what there is or was. So do "people
// live in" and a city of places.txt or a country of countries.txt right
// after "how many", fillers aside ("how many people actually live in
// berlin right now"); "How many people live in a household that gets a
// WBS?" asks about a service.
var (
	countPhrases = [][]string{{"gibt", "es"}, {"wurden"}, {"there", "are"}, {"are", "there"}, {"were"}, {"people", "got"}}
	livingPhrase = []string{"people", "live", "in"}
)

// counts reports whether the folded words of a question count what there
// is: they start with "wie viele" or "how many" and have a phrase of
// countPhrases, count inhabitants (see countsInhabitants), or have "hat"
// (not "hat man", nor with "Zeit" after it) or "does … have": "Wie viele
// Bezirke hat Berlin?".
func counts(words []string) bool {
	if !phraseAt(words, 0, []string{"wie", "viele"}) && !phraseAt(words, 0, []string{"how", "many"}) {
		return false
	}
	if containsPhrase(words, countPhrases) || countsInhabitants(withoutFillers(words)) {
		return true
	}
	for i, w := range words {
		if w == "hat" && !phraseAt(words, i+1, []string{"man"}) && !slices.Contains(words[i+1:], "zeit") {
			return true
		}
	}
	return slices.Contains(words, "does") && slices.Contains(words, "have")
}

// countsInhabitants reports whether the folded words, after "how many",
// count the people who live in a city or a country (see livingPhrase).
func countsInhabitants(words []string) bool {
	if !phraseAt(words, 2, livingPhrase) || len(words) <= 2+len(livingPhrase) {
		return false
	}
	place := words[2+len(livingPhrase):]
	_, country := countryByName(place)
	return isCity(place[0]) || country
}

// A sum to work out ("Was ist 17 mal 23?", "what's 12 times 7?", "wie
// viel ist 3 plus 4", "2+2?", "wie viel sind 17 Prozent von 2.350 Euro?",
// "wie viel sind 19 Prozent Mehrwertsteuer von 240 Euro?",
// "wie rechne ich 15 prozent von 240 euro aus", "Wie viel sind 19 %
// Mehrwertsteuer auf 1.250 Euro netto?", "Wie rechne ich die 19 %
// Mehrwertsteuer aus einem Bruttobetrag von 250 Euro raus?") is general
// knowledge, also when the asker works it out: after the question word its
// folded words are at least two numbers, words of sumWords and one of
// operators, or the question has an operator's sign; "Was ist 030 115?"
// asks for a number's meaning.
var (
	sumWords = []string{"ist", "sind", "macht", "gleich", "viel", "von", "euro", "rechne", "rechnet", "berechne", "berechnet",
		"ausrechnen", "aus", "ich", "man", "is", "are", "makes", "equals", "much", "of", "euros", "calculate", "compute", "work",
		"out", "do", "i", "you", "mehrwertsteuer", "mwst", "vat", "auf", "on", "netto", "brutto", "net", "gross",
		"die", "der", "den", "dem", "ein", "eine", "einem", "einen", "the", "a", "an", "raus", "bruttobetrag", "nettobetrag"}
	operators = []string{"mal", "plus", "minus", "geteilt", "durch", "hoch", "prozent", "times", "divided", "by", "x", "percent"}
)

// operatorSigns are the signs of arithmetic and of percent ("what is 17.5 %
// of 2340"), which folding drops.
const operatorSigns = "+*/=×÷%"

// sums reports whether the question, with its folded words after the
// question word, is a sum to work out (see sumWords).
func sums(question string, words []string) bool {
	numbers := 0
	operated := strings.ContainsAny(question, operatorSigns)
	for _, w := range words {
		switch {
		case isNumber(w):
			numbers++
		case slices.Contains(operators, w):
			operated = true
		case !slices.Contains(sumWords, w):
			return false
		}
	}
	return numbers >= 2 && operated
}

// A sum of money to convert ("Wie viel sind 350 Dollar in Euro?", "how
// much is 200 dollars in euros") is general knowledge too: after the
// question word its folded words are a number, two currencies
// (currencyWords) and a word of conversionWords, and otherwise words of
// sumWords only. "Wie wird beim Elterngeld ein Gehalt in Dollar
// umgerechnet?" asks how a service counts it.
var (
	currencyWords   = []string{"euro", "euros", "dollar", "dollars", "pfund", "pound", "pounds", "franken", "francs", "zloty", "lira", "yen"}
	conversionWords = []string{"in", "into", "to"}
)

// converts reports whether the folded words after the question word are a
// sum of money to convert (see currencyWords).
func converts(words []string) bool {
	numbers, currencies, into := 0, 0, false
	for _, w := range words {
		switch {
		case isNumber(w):
			numbers++
		case slices.Contains(currencyWords, w):
			currencies++
		case slices.Contains(conversionWords, w):
			into = true
		case !slices.Contains(sumWords, w):
			return false
		}
	}
	return numbers > 0 && currencies >= 2 && into
}

// askingSentence returns the sentence of the question (whose folded words,
// "wieviel" split in two as joinedAsks splits it, are words) that holds
// its word at first (the question word; -1 for a bare fact, whose words
// are all read) and that sentence's folded words after it, so that a sum or a sum of money is read from the sentence that
// asks it ("Okay. Was ist 17 mal 23?", "Wie viel sind 19 % von 340 Euro?
// Brauche das für eine Rechnung."). When a later sentence asks too (see askedPart: "Wie viel
// sind 19 Prozent von 2000 Euro? Und muss ich das beim Finanzamt
// anmelden?"), the question asks more than the sum: then it returns the
// whole question and its words after first, which the other sentence's
// words keep from being a sum. A later sentence that opens with a verb of
// needing tells what the sum is for ("Brauche das für meine
// Steuererklärung.").
func askingSentence(question string, words []string, first int) (string, []string) {
	sentences := sentencesOf(question)
	asked := sentencesOf(askedPart(question))
	seen := 0
	for i, s := range sentences {
		ws := joinedAsks(knowledge.Words(s))
		if first < seen+len(ws) {
			if slices.ContainsFunc(sentences[i+1:], func(later string) bool {
				return slices.Contains(asked, later) && !opensWithWord(later, needOpeners)
			}) {
				break
			}
			return s, ws[first-seen+1:]
		}
		seen += len(ws)
	}
	return question, words[first+1:]
}

// needOpeners are the folded verbs of needing that open a sentence.
var needOpeners = []string{"brauche", "brauch", "braucht", "need"}

// isNumber reports whether the folded word w is all digits ("" is no
// word: folding drops empty ones).
func isNumber(w string) bool { return strings.Trim(w, "0123456789") == "" }

// sincePhrases are the folded words by which a question asks since when
// something has existed, a fact of history: "seit wann gibts den perso im
// scheckkartenformat?".
var sincePhrases = [][]string{{"seit", "wann", "gibt", "es"}, {"seit", "wann", "gibts"}, {"since", "when", "has", "there", "been"},
	{"since", "when", "have", "there", "been"}, {"since", "when", "is", "there"}, {"since", "when", "are", "there"}}

// A span of time to reckon ("My permit expires on 14.03.2026. How many
// days is that from today?", "Wie viele Tage sind es noch bis zum
// 24.12.?") is general knowledge, whatever the sentences before tell:
// every sentence that asks opens with "how many" or "wie viele" and a unit
// of spanUnits, and its words after these name a number or a time
// (openTimes, spanDays) and nothing but times and words of spanLinks ("is
// that", "sind es", "from", "bis" …). A deadline asks with another verb
// ("how many days do I have to report it"), a wait for a service names it
// ("How many weeks is the wait for a passport right now?", "Wie viele
// Wochen sind es ab heute, bis ein neuer Personalausweis fertig ist?"), and
// a second question may ask a service ("Wie viele Jahre sind das bis
// heute? Reicht das schon für die Einbürgerung?").
var (
	spanUnits = []string{"days", "weeks", "months", "years", "tage", "wochen", "monate", "jahre"}
	spanDays  = []string{"now", "jetzt"}
	spanLinks = []string{"is", "are", "that", "it", "this", "there", "from", "to", "until", "till", "between", "and", "since",
		"of", "the", "still", "left", "ist", "sind", "es", "das", "vom", "von", "bis", "zum", "zur", "am", "ab", "seit", "zwischen",
		"und", "dem", "den", "der", "noch"}
)

// reckonsSpan reports whether the folded words of a sentence ask for a span
// of time to reckon (see above).
func reckonsSpan(words []string) bool {
	ws := joinedAsks(words)
	if len(ws) < 4 || !phraseAt(ws, 0, []string{"how", "many"}) && !phraseAt(ws, 0, []string{"wie", "viele"}) ||
		!slices.Contains(spanUnits, ws[2]) {
		return false
	}
	dated := func(w string) bool {
		return isNumber(w) || slices.Contains(openTimes, w) || slices.Contains(spanDays, w)
	}
	rest := ws[3:]
	return slices.ContainsFunc(rest, dated) && every(rest, func(w string) bool { return dated(w) || slices.Contains(spanLinks, w) })
}

// reckonsOnly reports whether every sentence of the question that asks
// asks for a span of time to reckon (see reckonsSpan).
func reckonsOnly(question string) bool {
	asked := sentencesOf(askedPart(question))
	return len(asked) > 0 && every(asked, func(s string) bool { return reckonsSpan(knowledge.Words(s)) })
}

// recipeWords are the folded words that ask for a recipe, general
// knowledge however it is asked ("Do you have a good recipe for …?"). The
// German "Rezept" is left out: it is a prescription too ("ein Opioid auf
// Rezept"), which services for travelling with medicines are about.
var recipeWords = []string{"recipe", "recipes", "kochrezept", "kochrezepte", "backrezept"}

// ownWords are the folded words by which askers speak of themselves.
var ownWords = []string{"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "uns",
	"unser", "unsere", "unseren", "unserem", "unserer", "i", "me", "my", "we", "us", "our"}

// trivia reports whether the question asks for a recipe, compares places
// by population (comparedFacts), asks for a span of time to reckon
// (reckonsOnly), is a sum to work out (sums), asks why,
// counts what there is, asks
// since when something exists, or asks a fact of general knowledge that no
// title among the best candidates names (see above), also when typed as a
// search without a question word (bareFact).
// A lead-in before a colon is left out (withoutLeadIn).
func trivia(question string, cands []candidate) bool {
	question = withoutLeadIn(question)
	words := joinedAsks(knowledge.Words(question))
	if anyIn(words, recipeWords) {
		return !plainlyTitled(cands)
	}
	// speaksOfAsker reports whether the sentences that ask speak of the
	// asker; most questions are done with before it is needed.
	speaksOfAsker := func() bool { return anyIn(knowledge.Words(askedPart(question)), ownWords) }
	if containsPhrase(words, comparedFacts) {
		return !speaksOfAsker()
	}
	if reckonsOnly(question) {
		return true
	}
	first := askingWord(words)
	bare := first < 0 && len(words) <= bareFact
	if first < 0 && !bare {
		return false
	}
	if sentence, after := askingSentence(question, words, first); sums(sentence, after) || converts(after) {
		return true
	}
	if speaksOfAsker() {
		return false
	}
	if !bare {
		if slices.Contains(reasonWords, words[first]) || counts(words) || containsPhrase(words, sincePhrases) {
			return true
		}
		if term := meaningTerm(question); len(term) > 0 {
			return !namedInTitles(term, cands)
		}
	}
	if anyIn(knowledge.Words(askedPart(question)), wishes) {
		return false
	}
	var facts []string
	for i, w := range words {
		if slices.Contains(factWords, w) || slices.Contains(factStems, knowledge.Stem(w, "de")) {
			facts = append(facts, w)
		}
		for _, p := range factPhrases {
			if phraseAt(words, i, p) {
				facts = append(facts, p[len(p)-1])
			}
		}
	}
	return len(facts) > 0 && !namedInTitles(facts, cands)
}

// joinedWords are the folded words that write "wie viel" and "wie viele"
// as one, and the two words they stand for.
var joinedWords = map[string][]string{"wieviel": {"wie", "viel"}, "wieviele": {"wie", "viele"}}

// joinedAsks returns the folded words with each word of joinedWords in
// its two words: "wieviele einwohner hat berlin" counts as "wie viele"
// does.
func joinedAsks(words []string) []string {
	var out []string
	for _, w := range words {
		if two, ok := joinedWords[w]; ok {
			out = append(out, two...)
			continue
		}
		out = append(out, w)
	}
	return out
}

// A question for what a word means or how two things differ ("what does
// Schrippe mean?", "Was heißt eigentlich Verwaltungsakt?", "Was ist der
// Unterschied zwischen Kaltmiete und Warmmiete?") is general knowledge
// when no title among the best candidates names the word: "Was bedeutet
// Fiktionsbescheinigung?" and "the difference between Anmeldung and
// Meldebescheinigung" are the city's to explain. meaningPhrases open such
// a question; after "what does" the term ends with "mean".
var meaningPhrases = [][]string{{"was", "bedeutet"}, {"was", "heisst"}, {"what", "does"}, {"unterschied", "zwischen"}, {"difference", "between"}}

// meaningTerm returns the folded words search would look up of the term a
// clause of the question asks the meaning of (see meaningPhrases), or nil.
func meaningTerm(question string) []string {
	for _, clause := range clausesOf(question) {
		words := knowledge.Words(clause)
		for i := range words {
			if !slices.ContainsFunc(meaningPhrases, func(p []string) bool { return phraseAt(words, i, p) }) {
				continue
			}
			term := words[i+2:]
			if words[i] == "what" {
				end := slices.Index(term, "mean")
				if end < 0 {
					continue
				}
				term = term[:end]
			}
			return knowledge.QuestionWords(strings.Join(term, " "))
		}
	}
	return nil
}

// factPhrases are the folded words of facts that take more than one word
// to name: how many people live somewhere, how many states a country has,
// the Berlin Wall, the capital of a country (not "capital" alone, see
// factWords), how old a thing is ("Wie alt ist das Brandenburger Tor?";
// "Wie alt muss man sein …?" asks for a rule), the time of day somewhere
// ("Wie spät ist es gerade in New York?"; "Bis wie spät ist es geöffnet?"
// asks for opening hours).
var factPhrases = [][]string{
	{"viele", "menschen", "leben"}, {"viele", "menschen", "wohnen"}, {"viele", "leute", "leben"},
	{"viele", "leute", "wohnen"}, {"viele", "bundeslaender"}, {"berliner", "mauer"}, {"berlin", "wall"},
	{"many", "people", "live"}, {"many", "people", "living"}, {"many", "federal", "states"},
	{"capital", "of"}, {"wie", "alt", "ist"}, {"how", "old", "is"},
	{"wie", "spaet", "ist", "es", "in"}, {"wie", "spaet", "ist", "es", "gerade"}, {"wie", "spaet", "ist", "es", "jetzt"},
	{"what", "time", "is", "it", "in"}, {"what", "time", "is", "it", "now"},
}

// opinionPhrases are the folded words by which a question asks the bot for
// its opinion, its liking ("do you like Berlin?"; in German see
// likePhrases), its
// favourite ("your favourite"), what it would do in the asker's place
// ("where would you live if you were me?"), whether what the asker met
// with is normal ("Bei mir sind es schon 10 Wochen. Ist das normal?") or
// advice on a vote, or how
// others feel about what the asker has been through: "Was hältst du vom
// Mietendeckel?", "who should I vote for?", "Die Einbürgerung ist durch,
// trotzdem bin ich traurig. Geht das anderen auch so?". A city's assistant
// has none to give, and the question's topic would find a service (the
// postal vote, naturalisation).
var opinionPhrases = [][]string{
	{"was", "haeltst", "du"}, {"was", "denkst", "du"}, {"deine", "meinung"}, {"was", "halten", "sie"},
	{"was", "denken", "sie"}, {"ihre", "meinung"}, {"findest", "du", "nicht"},
	{"findest", "du", "auch"}, {"finden", "sie", "nicht"}, {"finden", "sie", "auch"}, {"findest", "du", "das", "nicht"},
	{"finden", "sie", "das", "nicht"}, {"don", "t", "you", "think"},
	{"wen", "soll", "ich", "waehlen"}, {"welche", "partei", "soll", "ich"},
	{"geht", "das", "anderen"}, {"geht", "es", "anderen"},
	{"your", "opinion"}, {"your", "favourite"}, {"your", "favorite"}, {"do", "you", "think"}, {"do", "you", "like"},
	{"who", "should", "i", "vote"}, {"which", "party", "should", "i"},
	{"did", "other"}, {"does", "anyone", "else"}, {"did", "anyone", "else"},
	// what the bot would do in the asker's place
	{"if", "you", "were", "me"}, {"in", "my", "shoes"},
	{"would", "you", "live"}, {"would", "you", "pick"}, {"wuerdest", "du", "an", "meiner", "stelle"}, {"wuerden", "sie", "an", "meiner", "stelle"},
	{"was", "wuerdest", "du", "tun"}, {"was", "wuerdest", "du", "machen"}, {"wo", "wuerdest", "du", "wohnen"},
	// whether what the asker met with is normal
	{"ist", "das", "normal"}, {"ist", "es", "normal"}, {"is", "that", "normal"}, {"is", "this", "normal"}, {"is", "it", "normal"},
	// whether switching a provider pays off
	{"lohnt", "sich", "ein", "wechsel"}, {"is", "it", "worth", "switching"},
	// whether something would be rude
	{"would", "it", "be", "rude"}, {"is", "it", "rude"}, {"waere", "es", "unhoeflich"}, {"ist", "es", "unhoeflich"},
	// whether something is fair
	{"is", "it", "fair"},
}

// botPhrases are the folded words by which a question asks what the bot
// does with what it is told, which languages it speaks, who made it or
// whether it is a person, or judges the bot: "Do you save what I write
// here?", "Werden meine Angaben hier gespeichert?", "Was passiert mit
// meinen Daten, wenn ich hier mit dir chatte?", "Welche Sprachen sprichst
// du?", "Are you ChatGPT?", "Bist du ein echter Mensch?", "Can you also
// speak Turkish?", "Kannst du dir merken, was ich dir geschrieben habe?",
// "your answer yesterday was wrong, this bot is useless", "are your
// answers legally binding?". A city's privacy notice, the widget's
// language switch and its feedback answer these, not a service, though
// they name one ("your answer about the Anmeldung").
var botPhrases = [][]string{
	{"speicherst", "du"}, {"speichern", "sie", "was"}, {"hier", "gespeichert"}, {"saved", "here"}, {"stored", "here"},
	{"ich", "dir", "hier"}, {"mit", "dir", "chatte"}, {"mit", "dir", "chatten"},
	{"welche", "sprachen", "sprichst"}, {"welche", "sprachen", "sprechen", "sie"},
	{"do", "you", "save"}, {"do", "you", "store"}, {"data", "i", "give", "you"}, {"do", "you", "keep", "what"}, {"languages", "do", "you", "speak"}, {"languages", "can", "you"},
	{"write", "to", "you", "in"},
	{"sprachen", "kannst", "du"}, {"can", "you", "speak"}, {"can", "you", "also", "speak"}, {"do", "you", "speak"}, {"sprichst", "du"}, {"sprechen", "sie", "auch"},
	{"kannst", "du", "dir", "merken"}, {"merkst", "du", "dir"}, {"can", "you", "remember"}, {"do", "you", "remember"},
	{"bot", "is", "useless"}, {"bot", "ist", "nutzlos"}, {"bot", "ist", "unbrauchbar"}, {"you", "are", "useless"}, {"you", "re", "useless"},
	{"bist", "nutzlos"}, {"are", "you", "chatgpt"}, {"which", "company", "made", "you"}, {"who", "made", "you"}, {"who", "built", "you"},
	{"who", "programmed", "you"}, {"wer", "hat", "dich"},
	{"your", "answer", "was", "wrong"}, {"your", "answer", "yesterday"}, {"deine", "antwort", "war", "falsch"}, {"ihre", "antwort", "war", "falsch"},
	{"was", "passiert", "mit", "dem", "was", "ich"}, {"what", "happens", "to", "what", "i"}, {"what", "happens", "with", "what", "i"},
	{"bist", "du", "ein", "mensch"}, {"bist", "du", "ein", "echter", "mensch"}, {"bist", "du", "ein", "bot"}, {"bist", "du", "ein", "roboter"},
	{"sind", "sie", "ein", "mensch"}, {"sind", "sie", "ein", "bot"}, {"are", "you", "a", "bot"}, {"are", "you", "human"},
	{"are", "you", "a", "human"}, {"are", "you", "a", "real", "person"}, {"are", "you", "a", "person"},
	{"are", "your", "answers"}, {"sind", "deine", "antworten"},
}

// asksAboutBot reports whether the question asks about the bot itself
// (see botPhrases) or whether it understands a language (see
// asksBotLanguage).
func asksAboutBot(question string) bool {
	return containsPhrase(knowledge.Words(question), botPhrases) || asksBotLanguage(question)
}

// Whether the bot understands a language ("Kannst du auch Türkisch?",
// "Sprechen Sie Englisch?") asks about the bot, though the language's
// adjective would find a service (the residence permit for Turkish
// workers). A sentence asks so when a language of languageNames stands
// within languageReach words after a verb of ability addressed to the bot
// (botAbilities): "Can you tell me if the test is in Turkish?" asks about
// the test.
var (
	botAbilities = [][]string{{"kannst", "du"}, {"sprichst", "du"}, {"verstehst", "du"}, {"koennen", "sie"}, {"sprechen", "sie"},
		{"verstehen", "sie"}, {"can", "you"}, {"do", "you", "understand"}}
	languageNames = []string{"tuerkisch", "arabisch", "englisch", "russisch", "polnisch", "ukrainisch", "spanisch", "franzoesisch",
		"italienisch", "persisch", "farsi", "kurdisch", "vietnamesisch", "rumaenisch", "bulgarisch", "griechisch", "serbisch",
		"kroatisch", "bosnisch", "albanisch", "turkish", "arabic", "english", "russian", "polish", "ukrainian", "spanish", "french",
		"italian", "persian", "kurdish", "vietnamese", "romanian", "bulgarian", "greek", "serbian", "croatian", "bosnian", "albanian",
		"deutsch", "german"}
)

// languageReach is how many words after a verb of ability the language
// may stand: "Kannst du auch Türkisch?".
const languageReach = 2

// asksBotLanguage reports whether a sentence of the question asks whether
// the bot understands a language (see above).
func asksBotLanguage(question string) bool {
	return someSentence(question, func(ws []string) bool { return followedWithin(ws, botAbilities, languageReach, languageNames) })
}

// How long one waits at an office, with an appointment or for one ("Wie
// lange wartet man im Bürgeramt, auch wenn man einen Termin hat?", "how
// long is the wait at the Bürgeramt even with an appointment?"), no
// service says, and the words of collecting and appointments would find
// one. A sentence asks so when it asks how long, has a word of waiting
// (one that starts with waitStarts), and names an office and an
// appointment.
var (
	howLong          = [][]string{{"wie", "lange"}, {"how", "long"}}
	waitStarts       = []string{"wart", "wait"}
	appointmentWords = []string{"termin", "termine", "appointment", "appointments"}
)

// asksWaitAtOffice reports whether a sentence of the question asks how
// long one waits at an office (see above).
func asksWaitAtOffice(question string) bool {
	return someSentence(question, func(ws []string) bool {
		waits := anyStartsIn(ws, waitStarts)
		return containsPhrase(ws, howLong) && waits && slices.ContainsFunc(ws, isOffice) && anyIn(ws, appointmentWords)
	})
}

// opinion reports whether the question asks for the bot's opinion (see
// opinionPhrases) or, in German, its favourite: "Was ist deine
// Lieblingsstadt?" (a form of "dein" or "Ihr" before a word that starts
// with "Lieblings"), or its liking (see likePhrases).
func opinion(question string) bool {
	words := knowledge.Words(question)
	if containsPhrase(words, opinionPhrases) {
		return true
	}
	for i, w := range words[:max(len(words)-1, 0)] {
		if slices.Contains(yourWords, w) && strings.HasPrefix(words[i+1], "lieblings") {
			return true
		}
		liking := slices.ContainsFunc(likePhrases, func(p []string) bool { return phraseAt(words, i, p) })
		if liking && (i+2 >= len(words) || !slices.Contains(requestObjects, words[i+2])) {
			return true
		}
	}
	return false
}

// likePhrases ask, in German, whether the bot likes something ("Magst du
// Hunde?"), unless one of requestObjects follows: "Magst du mir sagen, wie
// das geht?" asks politely for help.
var (
	likePhrases    = [][]string{{"magst", "du"}, {"moegen", "sie"}}
	requestObjects = []string{"mir", "uns"}
)

// A request that the bot translate something ("Kannst du mir
// 'Meldebescheinigung' ins Türkische übersetzen?", "Can you translate this
// letter into Arabic?") asks for a task, not a service, whatever the text
// to translate names: it addresses the bot (botRequests), or opens with
// the imperative of translating (translateOrders: "Übersetz mir bitte
// ins Arabische: …", "Bitte übersetze ins Türkische: …", after "bitte" or
// "please"), asks to translate and names a language to translate into
// ("ins", "into").
var (
	botRequests     = [][]string{{"kannst", "du"}, {"koenntest", "du"}, {"can", "you"}, {"could", "you"}}
	translateOrders = [][]string{{"uebersetz"}, {"uebersetze"}, {"uebersetzen", "sie"}, {"translate"}}
	translateStarts = []string{"uebersetz", "translat"}
	intoWords       = []string{"ins", "into"}
)

// addressesBot reports whether the folded words of a sentence open with
// a request to the bot (botRequests, each of two words).
func addressesBot(ws []string) bool {
	return opensWith(ws, botRequests)
}

// A question what a word is called in a language ("Was heißt
// Meldebescheinigung auf Englisch?", "How do you say 'Anmeldung' in
// Spanish?") asks for a translation too: a sentence has a phrase of wordAsks
// and a language of languageNames right after a word of inLanguage, or the
// German noun of a language after "ins" (see languageNoun: "Wie übersetzt
// man Führungszeugnis ins Englische?"), when it names no office. German is
// not among those nouns: how a document gets into German for an office is a
// matter of certified translations ("Wie übersetzt man eine Geburtsurkunde
// ins Deutsche, damit das Standesamt sie anerkennt?"). So does one which
// article a German noun takes, naming the three (articleAsks): "is it der,
// die or das Tisch", "der, die und das – gibt es eine Regel?". So does
// one how a word is spelled: a sentence that asks so (spellingAsks)
// offers two spellings of one word, joined by "oder" or "or" (see
// spellings): "Wie schreibt man das richtig: Personalausweiß oder
// Personalausweis?", not "Ist das richtig: Anmeldung oder Ummeldung?",
// nor "Mein Name ist Schmitt oder Schmidt geschrieben, wie lasse ich das
// berichtigen?", which tells of a letter or a register; or two letters
// (see letterChoice): "Schreibt man Personalausweis am Ende mit s oder mit
// ß?". So does one that asks what a language's word for something is: it
// opens with "what", names a language of languageNames right before "word
// for" and no pronoun after it, and asks nothing of where to apply or get
// it (wordProcedures): "What's the German word for 'residence permit'?",
// not "I don't know the German word for it" nor "What is the German word
// for ID card and where do I apply for one?".
var (
	wordAsks = [][]string{{"was", "heisst"}, {"wie", "heisst"}, {"wie", "sagt", "man"}, {"wie", "uebersetzt", "man"},
		{"how", "do", "you", "say"}, {"how", "do", "i", "say"}, {"how", "to", "say"}}
	inLanguage   = [][]string{{"auf"}, {"in"}}
	intoLanguage = [][]string{{"ins"}}
	articleAsks  = [][]string{{"der", "die", "oder", "das"}, {"der", "die", "or", "das"}, {"der", "die", "und", "das"}, {"der", "die", "and", "das"}}
	spellingAsks = [][]string{{"schreibt", "man"}, {"schreibweise"}, {"rechtschreibung"},
		{"how", "do", "you", "spell"}, {"how", "do", "i", "spell"}, {"how", "to", "spell"}, {"is", "it", "spelled"},
		{"is", "it", "spelt"}, {"is", "it", "written"}, {"correct", "spelling"}}
	orWords = []string{"oder", "or"}
)

// misspelt is how many letters two spellings of one word may differ in,
// counted in both (see spellings), and minSpelt how long each must be.
const (
	misspelt = 2
	minSpelt = 4
)

// spellings reports whether the folded words offer two spellings of one
// word: two words of at least minSpelt letters, not numbers, around a word
// of orWords that differ by at most misspelt letters in one place
// ("aufenthaltserlaubnis oder aufenthaltserlaubniss", "seit oder seid";
// not "anmeldung oder ummeldung", "maier or meyer", "2025 or 2026", nor
// one word twice).
func spellings(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		a, b := ws[i-1], ws[i+1]
		if !slices.Contains(orWords, ws[i]) || a == b || len(a) < minSpelt || len(b) < minSpelt || isNumber(a) || isNumber(b) {
			continue
		}
		p := 0
		for p < min(len(a), len(b)) && a[p] == b[p] {
			p++
		}
		a, b = a[p:], b[p:]
		for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
			a, b = a[:len(a)-1], b[:len(b)-1]
		}
		if len(a)+len(b) <= misspelt {
			return true
		}
	}
	return false
}

// letterLeads are the folded words before a letter a spelling offers
// ("mit s oder mit ß", "with a c or a k"), and maxLetters how many letters
// it may have ("ck", "ie"; folded, "ß" is "ss", so "mit ss oder ß" offers
// one letter twice). A sentence that names a form (formWords) asks what to
// write in it: "Wie schreibt man das Geschlecht im Antrag, mit m oder mit
// w?"; one that speaks of the asker (ownWords) of the asker's name in a
// register: "… mit c oder mit k, und wie lasse ich das korrigieren?".
var (
	letterLeads = []string{"mit", "with", "a", "an"}
	formWords   = []string{"antrag", "antrags", "formular", "form", "application"}
)

const maxLetters = 2

// letterChoice reports whether the folded words of a sentence offer two
// different letters for a spelling: a word of letterLeads and a letter
// before a word of orWords, and after it a letter, after a word of
// letterLeads or not; and name neither a form nor the asker (see
// letterLeads).
func letterChoice(ws []string) bool {
	if anyIn(ws, formWords) || anyIn(ws, ownWords) {
		return false
	}
	letter := func(w string) bool { return len(w) <= maxLetters && !isNumber(w) }
	for i := 2; i+1 < len(ws); i++ {
		if !slices.Contains(orWords, ws[i]) || !slices.Contains(letterLeads, ws[i-2]) || !letter(ws[i-1]) {
			continue
		}
		after := ws[i+1:]
		if len(after) > 1 && slices.Contains(letterLeads, after[0]) {
			after = after[1:]
		}
		if letter(after[0]) && after[0] != ws[i-1] {
			return true
		}
	}
	return false
}

// languageNoun reports whether the folded word is the German noun of a
// language of languageNames other than German ("Englische" after "ins").
func languageNoun(w string) bool {
	name, ok := strings.CutSuffix(w, "e")
	return ok && name != "deutsch" && slices.Contains(languageNames, name)
}

// asksTranslation reports whether a sentence of the question asks the bot
// to translate, what a word is called in a language, which article a
// German noun takes or how a word is spelled (see above).
func asksTranslation(question string) bool {
	return someSentence(question, func(ws []string) bool {
		if containsPhrase(ws, wordAsks) && (followedWithin(ws, inLanguage, 1, languageNames) ||
			anyAfter(ws, intoLanguage, func(after []string) bool { return len(after) > 0 && languageNoun(after[0]) }) && !namesOffice(ws)) ||
			containsPhrase(ws, articleAsks) || containsPhrase(ws, spellingAsks) && (spellings(ws) || letterChoice(ws)) ||
			asksWordFor(ws) {
			return true
		}
		ordered := opensWith(ws, translateOrders) ||
			len(ws) > 1 && slices.Contains(courtesyWords, ws[0]) && opensWith(ws[1:], translateOrders)
		return (addressesBot(ws) || ordered) && anyIn(ws, intoWords) &&
			slices.ContainsFunc(ws, func(w string) bool { return startsIn(w, translateStarts) })
	})
}

// asksWordFor reports whether the folded words of a sentence ask what a
// language's word for something is (see above).
func asksWordFor(ws []string) bool {
	if len(ws) == 0 || ws[0] != "what" && ws[0] != "whats" || anyIn(ws, wordProcedures) {
		return false
	}
	for i := 1; i+2 < len(ws); i++ {
		if ws[i] == "word" && ws[i+1] == "for" && slices.Contains(languageNames, ws[i-1]) &&
			!slices.Contains(wordPronouns, ws[i+2]) {
			return true
		}
	}
	return false
}

// wordProcedures and wordPronouns are folded words (see asksWordFor).
var (
	wordProcedures = []string{"where", "apply", "get", "register", "need"}
	wordPronouns   = []string{"it", "that", "this", "them"}
)

// A request that the bot write a text for the asker ("Could you write me a
// cover letter for a barista job?", "Kannst du mir eine Beschwerde an meinen
// Vermieter formulieren?") asks for a task, not a service, whatever the text
// is for: it addresses the bot (botRequests or politeRequests) and asks to
// write. An English verb of writeVerbs stands within writeReach words of the
// request ("could you please write me"), and not before "down" ("Can you write
// down which documents I need?"); a German verb of schreibVerbs stands at the
// end of its clause, anywhere in the sentence. A sentence that opens with the
// imperative of writing (writeOrders, "help me write" among them), after a
// word of courtesyWords, a request typed short (shortRequests: "can u help me
// write …") or none, asks so too when it names a text, a word that is or ends
// in one of textNouns: "Schreib mir bitte eine kurze Mail an die
// Kita-Leitung", "Please write me a short cover letter", "Schreib mir bitte
// ein Kündigungsschreiben für meinen Sportverein", not "Schreib mir, welche
// Unterlagen ich brauche", nor, though it names a text, when a later clause
// opens with a question word: "Schreib mir bitte, welche Unterlagen ich für
// den Widerspruch brauche".
var (
	writeVerbs   = []string{"write", "draft", "compose"}
	schreibVerbs = []string{"schreiben", "formulieren", "verfassen", "aufsetzen", "entwerfen"}
	writeOrders  = [][]string{{"schreib", "mir"}, {"schreibe", "mir"}, {"schreib", "uns"}, {"formulier", "mir"}, {"write", "me"},
		{"draft", "me"}, {"help", "me", "write"}}
	textNouns = []string{"mail", "brief", "nachricht", "text", "anschreiben", "ungsschreiben", "beschwerdeschreiben",
		"widerspruchsschreiben", "widerspruch", "kuendigung", "bewerbung", "entschuldigung", "letter", "message"}
	// courtesyWords may open the sentence before its order: "Please write
	// me a short cover letter …", "Bitte schreib mir eine Mail …".
	courtesyWords = []string{"please", "pls", "bitte"}
	// shortRequests may open it too, typed short: "can u help me write a
	// cover letter …".
	shortRequests = [][]string{{"can", "u"}, {"could", "u"}}
	// politeRequests address the bot as "Sie" or "ihr": "Können Sie mir
	// helfen, ein Anschreiben zu schreiben?". They ask for a text to write
	// alone: "Können Sie mir sagen, wo ich eine Übersetzung ins Deutsche
	// bekomme?" asks where, not for a translation. As "Sie" addresses an
	// office too, such a request names a text (textNouns: "Können Sie mir
	// eine Bestätigung schreiben?" asks the office for a document), and a
	// clause after the verb that opens with a word of notifyWords makes
	// it a notice: "Können Sie mir einen Brief schreiben, wenn mein Pass
	// fertig ist?".
	politeRequests = [][]string{{"koennen", "sie"}, {"koennten", "sie"}, {"koennt", "ihr"}}
	notifyWords    = []string{"wenn", "sobald", "falls", "dass", "ob"}
)

// writeReach is how many words after botRequests an English verb of
// writeVerbs may stand.
const writeReach = 3

// writtenAskReach is how many words after an English verb of writeVerbs
// a question word of writtenAsks may stand that makes the text asked for
// an answer ("Could you write me which documents are needed?").
const writtenAskReach = 2

// writtenAsks are the question words that make a text to write an answer:
// askingWords without the prepositions that may open one ("Kannst du mir
// einen Widerspruch schreiben, seit drei Monaten warte ich …" asks for a
// text).
var writtenAsks = without(askingWords, askingPrepositions)

// asksWriting reports whether a sentence of the question asks the bot to
// write a text (see writeVerbs). Writing down an answer is no text: an
// English verb of writing with a question word of writtenAsks within
// writtenAskReach words after it, or a German one whose next clause opens
// with one ("Kannst du mir kurz schreiben, was ein Personalausweis
// kostet?"), asks for information.
func asksWriting(question string) bool {
	return slices.ContainsFunc(sentencesOf(question), func(sentence string) bool {
		ws := knowledge.Words(sentence)
		order := ws
		if len(order) > 0 && slices.Contains(courtesyWords, order[0]) {
			order = order[1:]
		}
		if opensWith(order, shortRequests) {
			order = order[2:]
		}
		clauses := clausesOf(sentence)
		asksAfter := slices.ContainsFunc(clauses[min(1, len(clauses)):], func(c string) bool { return opensWithWord(c, writtenAsks) })
		if opensWith(order, writeOrders) && anyEndsIn(ws, textNouns) && !asksAfter {
			return true
		}
		bot := addressesBot(ws)
		polite := !bot && opensWith(ws, politeRequests)
		if !bot && (!polite || !anyEndsIn(ws, textNouns)) {
			return false
		}
		for i := 2; i < min(len(ws), 2+writeReach); i++ { // after the request's two words
			after := ws[i+1:]
			if slices.Contains(writeVerbs, ws[i]) && (len(after) == 0 || after[0] != "down") &&
				!anyIn(after[:min(len(after), writtenAskReach)], writtenAsks) {
				return true
			}
		}
		for k, c := range clauses {
			cw := knowledge.Words(c)
			if len(cw) == 0 || !slices.Contains(schreibVerbs, cw[len(cw)-1]) {
				continue
			}
			if k+1 < len(clauses) && (opensWithWord(clauses[k+1], writtenAsks) || polite && opensWithWord(clauses[k+1], notifyWords)) {
				continue
			}
			return true
		}
		return false
	})
}

// A question what people or firms usually or mostly do ("Do German
// companies usually pay a baby bonus?", "Do most people here buy a car?",
// "Nach welchen Kriterien entscheiden Firmen sowas normalerweise?", "How
// much do guests usually give?") asks about custom, which no office
// decides; its topic would find a service (the birth registration, the
// parking permit). A sentence that asks so has a word of usualWords with
// one of customSubjects within customReach words; "How long does it
// usually take?" asks about a service. So does one that asks what to give
// as a present (giftPhrases): "Was schenkt man, wenn ein Freund
// eingebürgert wurde?", or what others do (othersPhrases).
var (
	usualWords     = []string{"usually", "normally", "typically", "most", "normalerweise", "ueblicherweise", "gewoehnlich", "meisten"}
	customSubjects = []string{
		"companies", "firms", "employers", "people", "expats", "germans", "guests", "guest", "landlords", "couples", "freelancers",
		"firmen", "unternehmen", "arbeitgeber", "leute", "gaeste", "gast", "vermieter", "deutschen", "paare", "freiberufler", "selbststaendige",
		"selbststaendigen", "owners", "parents", "eltern", "besitzer", "halter",
		"cafes", "restaurants", "shops", "businesses", "betriebe", "laeden",
	}
	// othersPhrases ask what others do: "Was machen andere Eltern in so
	// einem Fall?", "Wie machen das andere?", "what do others do?".
	othersPhrases = [][]string{
		{"was", "machen", "andere"}, {"wie", "machen", "das", "andere"}, {"wie", "machen", "andere"},
		{"what", "do", "others", "do"}, {"how", "do", "others"},
	}
	giftPhrases = [][]string{
		{"schenkt", "man"}, {"was", "schenke", "ich"}, {"was", "soll", "ich", "schenken"}, {"was", "kann", "ich", "schenken"},
		{"what", "gift"}, {"which", "gift"},
	}
)

// customReach is how many words from the word of usualWords the subject
// may stand.
const customReach = 4

// asksCustom reports whether a sentence of the question asks what people
// or firms usually do (see above).
func asksCustom(question string) bool {
	return someSentence(askedPart(question), func(ws []string) bool {
		if containsPhrase(ws, giftPhrases) || containsPhrase(ws, othersPhrases) {
			return true
		}
		for i, w := range ws {
			if slices.Contains(usualWords, w) && anyIn(ws[max(0, i-customReach):min(len(ws), i+customReach+1)], customSubjects) {
				return true
			}
		}
		return false
	})
}

// yourWords are the folded German words for "your", familiar and polite.
var yourWords = []string{"dein", "deine", "deinen", "deinem", "deiner", "ihr", "ihre", "ihren", "ihrem", "ihrer"}

// hasPhrase reports whether text has the folded words of one of phrases
// in a row.
func hasPhrase(text string, phrases [][]string) bool {
	return containsPhrase(knowledge.Words(text), phrases)
}

// containsPhrase reports whether the folded words have the words of one of
// phrases in a row.
func containsPhrase(words []string, phrases [][]string) bool {
	for i := range words {
		if slices.ContainsFunc(phrases, func(p []string) bool { return phraseAt(words, i, p) }) {
			return true
		}
	}
	return false
}

// followedWithin reports whether the folded words have the words of one of
// phrases in a row and one of targets within reach words after them.
func followedWithin(words []string, phrases [][]string, reach int, targets []string) bool {
	return anyAfter(words, phrases, func(after []string) bool { return anyIn(after[:min(len(after), reach)], targets) })
}

// anyAfter reports whether the folded words have the words of one of
// phrases in a row and match holds for the words after them.
func anyAfter(words []string, phrases [][]string, match func(after []string) bool) bool {
	for i := range words {
		for _, p := range phrases {
			if phraseAt(words, i, p) && match(words[i+len(p):]) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether words has the words of phrase from index i on.
func phraseAt(words []string, i int, phrase []string) bool {
	return len(words)-i >= len(phrase) && slices.Equal(words[i:i+len(phrase)], phrase)
}

// opensWith reports whether the folded words open with one of phrases.
func opensWith(words []string, phrases [][]string) bool {
	return slices.ContainsFunc(phrases, func(p []string) bool { return phraseAt(words, 0, p) })
}
