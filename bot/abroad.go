package bot

import (
	_ "embed"
	"slices"
	"sync"

	"citizenbot/knowledge"
)

// A procedure done abroad is the matter of the place it is done in: "Wie
// beantrage ich in Wien einen Parkausweis für Anwohner?", "How long does it
// take to register my address in Vienna?", "Ich ziehe nach Wien. Wie
// funktioniert dort die Anmeldung?". Search finds the city's own service of
// that name, and the bot would answer with it as if it applied there. So a
// sentence that puts a word of applying or registering (applyWords)
// next to a city of abroad.txt or a country of countries.txt after "in", or
// that points with "dort" or "there" at such a place named anywhere in the
// question and names a procedure, gets no answer but that place's
// authorities to ask.
//
// What happened abroad is often the city's matter ("Ich habe in Wien
// geheiratet", "I studied in Budapest", "a trade fair in Dubai"), so the
// word of applying must stand within applyReach words of the place, and
// a past participle is none. A question that names the tenant's places
// other than as the place left, lived in or denied, or "hier", "here" or
// Germany (not its adjective, see hereWords), is for the city: "Ich ziehe
// nach Spanien. Muss ich mich dort anmelden und hier abmelden?" asks for
// the city's deregistration too.
//
//go:embed abroad.txt
var abroadFile string

// citiesAbroad returns the cities of abroad.txt by every folded spelling of
// their names.
var citiesAbroad = sync.OnceValue(func() map[string]city { return cityNames(abroadFile) })

// Folded words: of applying or registering by the question's language (see
// applyNear), and the nouns of registering that "dort" or "there" may point
// with.
var (
	germanApply = []string{"beantragen", "beantrage", "anmelden", "anzumelden", "melde", "meldet", "melden", "ummelden",
		"registrieren", "registriere", "verlaengern", "umschreiben", "umtauschen"}
	applyWords = map[string][]string{
		"de": germanApply,
		"en": append([]string{"register", "registering", "apply", "applying", "renew", "renewing", "swap", "exchange"}, germanApply...),
	}
	registerNouns = []string{"anmeldung", "registrierung", "registration"}
)

// applyReach is how many words from a place abroad a word of applying
// may stand: "register my address in Vienna", "in Wien einen Parkausweis
// beantragen".
const applyReach = 3

// placeArticles may stand between a preposition and a place: "in der
// Türkei", "in the US", "aus dem Ausland".
var placeArticles = []string{"der", "dem", "die", "den", "the"}

// placeLeads are the folded words before a place that name it as where
// something is, goes or is done.
var placeLeads = []string{"in", "nach", "to"}

// procedureAbroad returns, in lang, the authority of the place abroad that
// the question asks to apply or register in, or "" (see above).
func procedureAbroad(question, lang string, own []string) string {
	words := knowledge.Words(question)
	if anyIn(words, hereWords) || namesOwn(words, own) {
		return ""
	}
	var named string
	pointed := false // a sentence points with "dort" or "there" at where something is applied for
	for _, sentence := range sentencesOf(question) {
		ws := knowledge.Words(sentence)
		pointed = pointed || pointsThere(ws) && applyNear(ws, lang)
		for i := 1; i < len(ws); i++ {
			if !slices.Contains(placeLeads, ws[i-1]) {
				continue
			}
			who := authorityAbroad(ws[i:], lang)
			switch {
			case who == "":
			case ws[i-1] == "in" && applyNear(aroundPlace(ws, i), lang):
				return who
			case named == "":
				named = who
			}
		}
	}
	if pointed {
		return named
	}
	return ""
}

// aroundPlace returns the folded words within applyReach of the place
// ws[i] and its "in", those after it up to a word of wheres: "geboren 1938
// in Breslau, wo beantragen?" asks where to apply, which the place before
// does not answer; unless the asker lives there (livingWords before it in
// the sentence: "Wir leben seit zwei Jahren in Wien, wo melden wir unser
// Kind an?").
func aroundPlace(ws []string, i int) []string {
	before := ws[max(0, i-1-applyReach) : i+1]
	after := ws[i+1 : min(len(ws), i+1+applyReach)]
	k := slices.IndexFunc(after, func(w string) bool { return slices.Contains(wheres, w) })
	if k >= 0 && !anyIn(ws[:i], livingWords) {
		after = after[:k]
	}
	return append(slices.Clip(before), after...)
}

// applyNear reports whether the folded words around a place name applying
// or registering in the question's language lang: "register my address in
// Vienna", "How does the registration work in Austria?". English questions
// may use the German verbs too ("How do I anmelden in Vienna?"); German
// ones not the English: the German noun "Register" folds to the same word
// as the verb ("die Ehe in einem deutschen Register eintragen").
func applyNear(ws []string, lang string) bool {
	return anyIn(ws, applyWords[lang]) || anyIn(ws, registerNouns)
}

// authorityAbroad returns, in lang, the authority of the city of abroad.txt
// or the country of countries.txt that words start with, or "".
func authorityAbroad(words []string, lang string) string {
	if c, ok := citiesAbroad()[words[0]]; ok {
		if lang == "en" {
			return "the city administration of " + c.en
		}
		return "die Stadtverwaltung " + c.de
	}
	article := false
	for len(words) > 0 && slices.Contains(placeArticles, words[0]) {
		words, article = words[1:], true
	}
	// "us" is a country only as "the US".
	if c, ok := countryByName(words); ok && (words[0] != "us" || article) {
		if lang == "en" {
			return "the authorities of " + c.en
		}
		return "eine Behörde des Landes " + c.de
	}
	return ""
}

// namesOwn reports whether the folded words name one of the tenant's
// places own other than as the place left or lived in, or denied: "from
// Berlin", "Ich wohne in Berlin", "I live in Potsdam, not Berlin".
func namesOwn(words, own []string) bool {
	return namesOwnExcept(words, own, func(i int) bool {
		return i > 0 && slices.Contains(originWords, words[i-1]) || i > 1 && words[i-1] == "in" && slices.Contains(livingWords, words[i-2])
	})
}

// hereWords name the country of the tenant's city as where something is
// done: "Muss ich mich dort anmelden und hier abmelden?". Its adjective
// does not: "exchange my German licence for an Austrian one over there".
var hereWords = []string{"deutschland", "germany", "hier", "here"}

// placeDenials, before a place or before one of placeLinks and a place,
// deny it, and so do words that place something outside it: "not Berlin",
// "nicht in Berlin", "just outside Berlin", "außerhalb von Berlin".
var (
	placeDenials = []string{"not", "nicht", "outside", "ausserhalb"}
	placeLinks   = []string{"in", "von", "of"}
)

// denied reports whether the place words[i] is denied (see placeDenials).
func denied(words []string, i int) bool {
	return i > 0 && slices.Contains(placeDenials, words[i-1]) ||
		i > 1 && slices.Contains(placeLinks, words[i-1]) && slices.Contains(placeDenials, words[i-2])
}

// namesUndenied reports whether the folded words name one of the tenant's
// places own and do not deny it.
func namesUndenied(words, own []string) bool {
	return namesOwnExcept(words, own, func(int) bool { return false })
}

// namesOwnExcept reports whether the folded words name one of the
// tenant's places own at an index i that is not denied and for which
// except(i) is false.
func namesOwnExcept(words, own []string, except func(i int) bool) bool {
	for i, w := range words {
		if slices.Contains(own, w) && !denied(words, i) && !except(i) {
			return true
		}
	}
	return false
}

// existentials are the folded words that make "there" next to them say
// that something exists, not where: "Is there a fee?", "there are".
var existentials = []string{"is", "are", "s", "was", "were"}

// pointsThere reports whether the folded words of a sentence point at a
// place with "dort" or "there", not "there is".
func pointsThere(ws []string) bool {
	for i, w := range ws {
		if !slices.Contains(thereWords, w) {
			continue
		}
		existential := w == "there" && (i > 0 && slices.Contains(existentials, ws[i-1]) ||
			i+1 < len(ws) && slices.Contains(existentials, ws[i+1]))
		if !existential {
			return true
		}
	}
	return false
}
