package bot

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"citizenbot/knowledge"
)

// A foreign passport, identity card or visa is issued by that country's
// embassy or consulates, not by the city: "Wo bekomme ich einen neuen
// türkischen Reisepass?", "renewing my Indian passport", "US visa
// appointment". Search finds the city's own passport service, and the bot
// would answer with it. So a question that names such a document with a
// country's adjective (countries.txt) and what is to be done with it (new,
// renew, get, lost, expires, the wait for it) gets no answer but that
// country's embassy or consulates to ask; for a visa the adjective alone is
// enough, or the country it is for ("ein Visum für Indien"). The
// adjective may also name the citizen elsewhere in the question when the
// document is theirs: "I'm an Indian citizen living in Berlin and my
// passport expires in March" ("meine Tochter ist polnische Staatsbürgerin,
// ihr Pass …" asks the same), and so may the German noun for a citizen
// ("Ich bin Italienerin und mein Pass läuft ab"). A question that also
// names what the city does for foreigners (residence permits, the right to
// work, naturalisation, registration, see cityStems and workAsks) where it
// asks, or that an employer asks, is for the city: "my Indian passport
// expires, how do I transfer my residence permit?", "I'm a Canadian citizen
// with my Canadian passport. How do I get what lets me work here?"; told in
// passing it is not, when the sentences that ask name the document or what
// is to be done with it ("Kann ich den hier verlängern lassen? Meine
// Aufenthaltserlaubnis ist noch drei Jahre gültig."), and is when they only
// ask what to do ("Mein türkischer Pass läuft ab, die Niederlassungserlaubnis
// ist darin. Was muss ich tun?").
//
//go:embed countries.txt
var countriesFile string

// country is a country of countries.txt.
type country struct {
	de, en string     // its names for replies
	names  [][]string // the folded words of all its names, without "the"
	deAdj  []string   // its German adjectives
	enAdj  []string   // its English adjectives
	eu     bool       // a state of the EU, the EEA or Switzerland
	deNoun []string   // the German nouns for its citizens
}

// countryList returns the countries of countries.txt.
var countryList = sync.OnceValue(func() []country {
	var cs []country
	for _, line := range strings.Split(countriesFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 6 {
			panic("countries.txt: want six fields: " + line)
		}
		de, en := fields(f[0]), fields(f[2])
		c := country{de: de[0], en: en[0], deAdj: fields(f[1]), enAdj: fields(f[3]), eu: strings.TrimSpace(f[4]) == "EU",
			deNoun: fields(f[5])}
		for _, n := range slices.Concat(de, en) {
			c.names = append(c.names, knowledge.Words(strings.TrimPrefix(n, "the ")))
		}
		cs = append(cs, c)
	}
	return cs
})

// fields returns the comma-separated values of a field of countries.txt.
func fields(f string) []string {
	var out []string
	for _, v := range strings.Split(f, ",") {
		out = append(out, strings.TrimSpace(v))
	}
	return out
}

// countryAdjectives returns the countries of countries.txt by their
// adjectives: German ones by their German stem, English ones folded.
var countryAdjectives = sync.OnceValue(func() map[string]country {
	m := map[string]country{}
	for _, c := range countryList() {
		for _, a := range c.deAdj {
			m["de:"+knowledge.Stem(a, "de")] = c
		}
		for _, a := range c.enAdj {
			m["en:"+knowledge.Fold(a)] = c
		}
	}
	return m
})

// citizenNounCountries returns the countries of countries.txt by the
// folded German nouns for their citizens.
var citizenNounCountries = sync.OnceValue(func() map[string]country {
	m := map[string]country{}
	for _, c := range countryList() {
		for _, n := range c.deNoun {
			m[knowledge.Fold(n)] = c
		}
	}
	return m
})

// Folded words, German and English, of documents a country issues to its
// citizens, of visas, of what is done with a document, and of what the city
// does for foreigners. Stems are matched as prefixes.
var (
	passportWords = []string{"pass", "reisepass", "kinderreisepass", "personalausweis", "ausweis", "passport", "passports", "id", "identity"}
	visaWords     = []string{"visum", "visa", "visas"}
	actionStems   = []string{"neu", "verlang", "erneu", "ablauf", "abgelauf", "lauft", "verlor", "gestohl", "beantrag",
		"ausstell", "bekomm", "wartezeit", "renew", "new", "expir", "lost", "stolen", "apply", "replac", "issu", "run", "get", "wait"}
	cityStems = []string{"aufenthalt", "niederlassung", "einburger", "staatsangehor", "fiktion", "blau", "anmeld", "ummeld",
		"meldebeschein", "ubertrag", "resid", "permit", "naturali", "citizenship", "register", "registration", "settlement",
		"blue", "transfer", "anmeldung", "umschreib", "umgeschrieb"}
)

// workAsks are the folded words by which the sentences that ask ask for
// the right to work ("What document proves I can live and work here?",
// "Darf ich damit hier arbeiten?"); so does an employer who asks as one
// (see rolePhrases: "Kann ich das als Arbeitgeber irgendwie
// beschleunigen?"). Both are the city's matters beside a foreign passport
// or visa; work alone is not: "How does the renewal work?".
var workAsks = [][]string{
	{"live", "and", "work"}, {"work", "here"}, {"allowed", "to", "work"}, {"lets", "me", "work"}, {"work", "permit"},
	{"hier", "arbeiten"}, {"arbeiten", "darf"}, {"darf", "ich", "arbeiten"}, {"arbeitserlaubnis"},
}

// A visa for a country is that country's to issue: "Wo beantrage ich ein
// Visum für Indien?", "visa for China for my holiday". After the visa word,
// up to destinationReach words on, a word of destinationWords, articles
// (destinationArticles) and the country's name follow. A visa that is the
// purpose of what is asked ("Für mein Visum nach Australien brauche ich ein
// Führungszeugnis") or told in passing is no such question: the visa word
// follows no possessive nor "für", "for", and stands in a sentence that
// asks (see askedPart).
var (
	destinationWords = []string{"fuer", "nach", "in", "to", "for", "into"}
	purposeWords     = []string{"fuer", "for", "zum", "fuers"}
)

const destinationReach = 3

// visaDestination returns the country the visa word words[i] is for:
// the one named after it (see above) or, failing that, the one the
// question travels to (see travelLeads and tripWords); none when the visa
// is the asker's or a purpose.
func visaDestination(words []string, i int) (country, bool) {
	if ownedOrPurpose(words, i) {
		return country{}, false
	}
	if c, ok := countryAfterLead(words[i+1:], destinationWords, destinationReach); ok {
		return c, true
	}
	if c, ok := countryAfterLead(words, travelLeads, len(words)); ok {
		return c, true
	}
	for j, w := range words {
		if slices.Contains(tripWords, w) {
			if c, ok := countryAfterLead(words[j+1:], tripLeads, 1); ok {
				return c, true
			}
		}
	}
	return country{}, false
}

// countryAfterLead returns the country of countries.txt named, after
// articles, right after one of leads among the first reach words.
func countryAfterLead(words, leads []string, reach int) (country, bool) {
	for j, w := range words[:min(reach, len(words))] {
		if slices.Contains(leads, w) {
			if c, ok := countryByName(withoutArticles(words[j+1:])); ok {
				return c, true
			}
		}
	}
	return country{}, false
}

// ownedOrPurpose reports whether the document word words[i] follows a
// possessive or a word of purpose: "mein Visum", "für mein Visum".
func ownedOrPurpose(words []string, i int) bool {
	return i > 0 && (slices.Contains(owners, words[i-1]) || slices.Contains(purposeWords, words[i-1]))
}

// A visa asked for without a country after it is for the country the
// question travels to: "Ich will nach Vietnam reisen. Brauche ich ein
// Visum?", "We fly to Thailand – do we need a visa?". travelLeads are the
// folded words before that country. So is the country a trip is spent in:
// "ein Visum für einen Urlaub in Vietnam", "a visa for our holiday in
// Thailand"; tripWords are the folded nouns of a trip before one of
// tripLeads.
var (
	travelLeads = []string{"nach", "to"}
	tripWords   = []string{"urlaub", "urlaubsreise", "reise", "ferien", "holiday", "holidays", "vacation", "trip"}
	tripLeads   = []string{"in"}
)

// A passport the citizen has just received or renewed is no question for
// its country: "I just got a new UK passport – do I need to do anything
// about the card now?", "Just renewed my UK passport – do I need a new
// card?" ask about the residence card in the old one. receivedWords tell
// of it in English, gotWords with an auxiliary of doneAuxiliaries in
// German ("habe einen neuen Pass bekommen"); renewedWords in either,
// unless a wish or a word of notYet makes the renewal one to come ("it
// has to be renewed", "muss erneuert werden").
var (
	receivedWords = []string{"got", "received"}
	gotWords      = []string{"bekommen", "erhalten"}
	renewedWords  = []string{"renewed", "erneuert"}
)

// receivesPassport reports whether the clause names a passport the
// citizen has received or renewed.
func receivesPassport(clause string) bool {
	ws := knowledge.Words(clause)
	if !anyIn(ws, passportWords) {
		return false
	}
	if anyIn(ws, receivedWords) || anyIn(ws, gotWords) && anyIn(ws, doneAuxiliaries) {
		return true
	}
	if anyIn(ws, wishes) {
		return false
	}
	for i, w := range ws {
		if slices.Contains(renewedWords, w) && (i == 0 || !slices.Contains(notYet, ws[i-1])) {
			return true
		}
	}
	return false
}

// adjectiveReach is how many words before the document its country's
// adjective may stand: "türkischen Reisepass", "Indian biometric passport".
const adjectiveReach = 2

// Folded words: possessives that make a document the asker's or their
// family's, and nouns after a country's adjective that name a citizen of
// it ("Indian citizen", "polnische Staatsbürgerin").
var (
	owners       = []string{"my", "our", "his", "her", "their", "mein", "meinen", "meine", "meinem", "unser", "unseren", "unsere", "sein", "seinen", "ihr", "ihren"}
	citizenNouns = []string{"citizen", "national", "staatsbuerger", "staatsbuergerin"}
)

// consulate returns, in the reply's language, whom to ask about a foreign
// document the question names (see above) or at the foreign embassy it
// asks to visit (see embassyVisited), or "".
func consulate(question, lang string) string {
	if c, ok := embassyVisited(question); ok {
		return consulateOf(c, lang)
	}
	words := knowledge.Words(question)
	// Most questions name no such document: they are done with before
	// any word is stemmed.
	documents := func(w string) bool { return slices.Contains(passportWords, w) || slices.Contains(visaWords, w) }
	if !slices.ContainsFunc(words, documents) {
		return ""
	}
	city := func(w string) bool { return hasStemPrefix(w, cityStems) }
	action := func(w string) bool { return hasStemPrefix(w, actionStems) }
	asked := knowledge.Words(askedPart(question))
	if slices.ContainsFunc(asked, city) || containsPhrase(asked, workAsks) || containsPhrase(asked, rolePhrases[roleEmployer]) ||
		slices.ContainsFunc(words, city) && !slices.ContainsFunc(asked, documents) && !slices.ContainsFunc(asked, action) {
		return ""
	}
	if slices.ContainsFunc(clausesOf(question), receivesPassport) {
		return ""
	}
	if c, ok := embassyNamed(asked); ok {
		return consulateOf(c, lang)
	}
	acts := slices.ContainsFunc(words, action)
	for i, w := range words {
		visa := slices.Contains(visaWords, w)
		if !visa && (!acts || !slices.Contains(passportWords, w)) {
			continue
		}
		for _, a := range words[max(0, i-adjectiveReach):i] {
			if c, ok := adjectiveCountry(a); ok {
				return consulateOf(c, lang)
			}
		}
		if visa && slices.Contains(asked, w) {
			if c, ok := visaDestination(words, i); ok {
				return consulateOf(c, lang)
			}
		}
		if visa || i == 0 || !slices.Contains(owners, words[i-1]) {
			continue
		}
		for j, a := range words[:len(words)-1] {
			if c, ok := adjectiveCountry(a); ok && slices.Contains(citizenNouns, words[j+1]) {
				return consulateOf(c, lang)
			}
			if c, ok := citizenNounCountries()[a]; ok {
				return consulateOf(c, lang)
			}
			if c, ok := selfOrigin(words, j); ok {
				return consulateOf(c, lang)
			}
			if c, ok := selfNationality(words, j); ok && slices.Contains(selfOwners, words[i-1]) {
				return consulateOf(c, lang)
			}
		}
	}
	return ""
}

// A citizen who tells where they come from names their country as a
// citizen noun does: "I'm from India and my passport expires", "Ich komme
// aus der Türkei, mein Pass ist abgelaufen". The word "from" or "aus"
// follows, within originReach words, a first-person pronoun (selfWords)
// and a verb of being or coming (originVerbs, see fromWords).
var (
	selfWords      = []string{"i", "we", "ich", "wir"}
	originArticles = []string{"the", "der", "dem"} // "aus der Türkei", "from the Philippines"
)

const originReach = 3

// selfOrigin returns the country that words[j], "from" or "aus", names as
// the asker's origin (see above).
func selfOrigin(words []string, j int) (country, bool) {
	if words[j] != "from" && words[j] != "aus" {
		return country{}, false
	}
	before := words[max(0, j-originReach):j]
	if !anyIn(before, selfWords) || !anyIn(before, originVerbs) {
		return country{}, false
	}
	return countryAfter(words, j, originArticles)
}

// countryAfter returns the country whose name follows the folded words[j]
// ("aus", "from"), after one of articles or none.
func countryAfter(words []string, j int, articles []string) (country, bool) {
	rest := words[j+1:]
	if len(rest) > 0 && slices.Contains(articles, rest[0]) {
		rest = rest[1:]
	}
	return countryByName(rest)
}

// An English speaker who says what they are names their country by its
// adjective after a first-person pronoun and a verb of being, when the
// document is theirs (selfOwners): "I'm Indian and my passport expires in
// March", "we are Brazilian and our passports …", not "I'm Italian. My
// colleagues log in with their ID card".
var (
	beingVerbs = []string{"m", "am", "re", "are"}
	selfOwners = []string{"my", "our"}
)

// selfNationality returns the country whose English adjective words[j]
// is, when a word of beingVerbs and one of selfWords stand right before
// it (see above).
func selfNationality(words []string, j int) (country, bool) {
	if j < 2 || !slices.Contains(beingVerbs, words[j-1]) || !slices.Contains(selfWords, words[j-2]) {
		return country{}, false
	}
	c, ok := countryAdjectives()["en:"+words[j]]
	return c, ok
}

// A sentence that asks about a foreign country's embassy by name asks
// that embassy: "Beantrage ich das Visum bei der indischen Botschaft?",
// "How long does the Turkish consulate take?". embassyWords are the folded
// words for it after the country's adjective; the German embassy abroad
// is no such one (countries.txt has no Germany).
var embassyWords = []string{"embassy", "consulate", "botschaft", "konsulat", "generalkonsulat"}

// embassyNamed returns the country whose embassy the folded words name
// (see embassyWords).
func embassyNamed(words []string) (country, bool) {
	for j, a := range words[:max(0, len(words)-1)] {
		if c, ok := adjectiveCountry(a); ok && slices.Contains(embassyWords, words[j+1]) {
			return c, true
		}
	}
	return country{}, false
}

// A sentence that asks what the asker does at a foreign country's embassy
// asks that embassy, whatever it is about: "Do I need an appointment at
// the Turkish consulate to renew my kimlik card?", "How do I register with
// the Brazilian consulate?", "Muss ich mich auch beim italienischen
// Konsulat melden?". A word of visitWords, articles (placeArticles), the
// country's adjective and a word of embassyWords follow each other; a
// document taken there is the purpose of a service here ("Which office
// certifies copies I have to bring to the Russian consulate?"). A
// clause does not count that tells of something done ("Nachdem ich beim
// türkischen Konsulat einen neuen Pass bekommen habe, …"), that names an
// office of the city beside the embassy ("Can I do the Anmeldung at the
// Turkish consulate or only at the Bürgeramt?") or where the asker works
// at it (a word of workVerbs right before: "Ich arbeite beim türkischen
// Konsulat, brauche ich eine Aufenthaltserlaubnis?"); nor does an embassy
// that asks or acts ("Die indische Botschaft will meine Fingerabdrücke –
// wo lasse ich die beglaubigen?").
var (
	visitWords = []string{"at", "with", "bei", "beim", "im"}
	workVerbs  = []string{"work", "works", "working", "worked", "arbeite", "arbeitet", "arbeiten", "arbeitete"}
)

// embassyVisited returns the country whose embassy the sentences that ask
// of the question ask to visit (see visitWords).
func embassyVisited(question string) (country, bool) {
	for _, clause := range clausesOf(askedPart(question)) {
		ws := knowledge.Words(clause)
		if c, ok := visitedIn(ws); ok && !slices.ContainsFunc(ws, isOffice) && !tellsDone(clause) && !receivesPassport(clause) {
			return c, true
		}
	}
	return country{}, false
}

// visitedIn returns the country whose embassy a clause's folded words name
// after a word of visitWords, not after a word of workVerbs.
func visitedIn(ws []string) (country, bool) {
	for i, w := range ws {
		if !slices.Contains(visitWords, w) || i > 0 && slices.Contains(workVerbs, ws[i-1]) {
			continue
		}
		if rest := withoutPlaceArticles(ws[i+1:]); len(rest) > 1 {
			if c, ok := embassyNamed(rest[:2]); ok {
				return c, true
			}
		}
	}
	return country{}, false
}

// nationalityCountry returns the country whose English or German
// adjective, or German noun for its citizens, the folded word w is.
func nationalityCountry(w string) (country, bool) {
	if c, ok := citizenNounCountries()[w]; ok {
		return c, true
	}
	return adjectiveCountry(w)
}

// adjectiveCountry returns the country whose English or German adjective
// the folded word a is.
func adjectiveCountry(a string) (country, bool) {
	if c, ok := countryAdjectives()["en:"+a]; ok {
		return c, true
	}
	c, ok := countryAdjectives()["de:"+knowledge.Stem(a, "de")]
	return c, ok
}

// consulateOf names, in lang, the embassy or consulates of c.
func consulateOf(c country, lang string) string {
	if lang == "en" {
		return "the embassy or a consulate of " + c.en
	}
	return "die Botschaft oder ein Konsulat des Landes " + c.de
}

// hasStemPrefix reports whether the folded word w, in German or English,
// starts with one of stems.
func hasStemPrefix(w string, stems []string) bool {
	de, en := knowledge.Stem(w, "de"), knowledge.Stem(w, "en")
	return slices.ContainsFunc(stems, func(s string) bool { return strings.HasPrefix(de, s) || strings.HasPrefix(en, s) })
}
