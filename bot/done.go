package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// A message may tell of a service the citizen has already had before it
// asks something else: "I did my Anmeldung in Pankow two weeks ago. Which
// bank will open an account for me?", "Gewerbe ist angemeldet. Lohnt sich
// eine Siebträgermaschine?". The service it names is the background, not
// the question, and the bot leaves it out of the answer unless the
// question asks for it too (see Bot.decide).

// germanDone are past participles that tell, after an auxiliary of
// doneAuxiliaries in the same clause, that something was done ("habe mich
// angemeldet", "ist bewilligt", "habe ... umschreiben lassen");
// englishDone are past tenses that tell so alone ("I registered", "was
// extended"). Founding a company is done ("habe eine GmbH gegründet"),
// but the English "founded" is more often a trait ("businesses founded by
// women") and is left out. Passing an exam is a step towards a service, not one.
// Verbs of losing, moving or receiving a letter are not among them: "Ich
// habe meinen Pass verloren" and "I got a fine" tell what the citizen
// needs help with; reporting the loss is ("habe ihn als verloren
// gemeldet").
var (
	germanDone = []string{
		"angemeldet", "abgemeldet", "umgemeldet", "beantragt", "bewilligt", "genehmigt", "verlaengert",
		"erledigt", "geheiratet", "umgeschrieben", "eingebuergert", "registriert",
		"ausgestellt", "geklappt", "lassen", "gegruendet", "eroeffnet", "gemeldet",
	}
	doneAuxiliaries = []string{"habe", "hab", "haben", "hat", "hatte", "hatten", "ist", "sind", "bin", "wurde", "wurden"}
	englishDone     = []string{"registered", "applied", "renewed", "extended", "approved", "granted", "issued"}
)

// An English verb of englishDone tells of something done after a word
// of firstPerson ("I registered", "my permit was extended"), and not
// after a word of notYet ("it can be registered").
var (
	firstPerson = []string{"i", "we", "my", "our", "ive", "weve"}
	notYet      = []string{"be", "to"}
)

// An English clause tells of something done, whoever did it, when "done"
// follows a word of doneBefore: "Abmeldung is done", "the registration
// was already done".
var doneBefore = []string{"is", "was", "s", "already", "all"}

// gotVerbs tell that something was done only with a possessive after them:
// "got my Blue Card", "received our certificate", "did my Anmeldung";
// "got married" tells so too.
var (
	gotVerbs    = []string{"got", "received", "did"}
	possessives = []string{"my", "our"}
)

// A clause that says the citizen already has something tells of a
// service had too: "Wir haben die Erlaubnis schon", "I already have a
// residence permit".
var (
	alreadyWords = []string{"schon", "bereits", "already"}
	haveWords    = []string{"habe", "hab", "haben", "hat", "have", "has", "got"}
)

// negations make a clause tell of something not done, and wishes of
// something wanted or due.
var (
	negations = []string{
		"nicht", "kein", "keine", "keinen", "keiner",
		"not", "never", "didn", "doesn", "don", "haven", "hasn", "wasn", "weren", "isn", "aren", "won", "cannot",
	}
	wishes = []string{
		"moechte", "moechten", "will", "wollen", "muss", "muessen", "soll", "sollen", "kann", "koennen", "wuerde", "werden", "wird",
		"brauche", "brauchen", "braucht", "benoetige", "benoetigen", "benoetigt",
		"want", "wants", "need", "needs", "would", "can", "could", "must", "should", "shall",
	}
)

// doneParts returns the clauses of text that tell of something done, not
// abroad (see doneAbroad), and the rest of the sentences that ask, both ""
// unless text has both. A question mark ends a sentence that asks, and its
// last clause asks; commas and dashes end clauses, and a clause ends
// before "nachdem" too (see afterClauses). A clause that tells what is
// wanted or due (see wantWords) asks too, in a sentence that does not,
// unless the sentences that ask ask what else is needed (see
// remainderWords): "I'm registered in Munich. Now Berlin should become my
// main residence. How do I switch?" asks for the change of main residence.
// What a done clause goes on to tell after its last done verb is not done
// (see doneOnly).
func doneParts(text string) (done, asked string) {
	var dones, asks, wants []string
	for _, sentence := range sentencesOf(text) {
		asking := strings.HasSuffix(sentence, "?")
		clauses := afterClauses(strings.FieldsFunc(sentence, isClauseEnd))
		for i, clause := range clauses {
			clause = strings.TrimSpace(clause)
			switch {
			case tellingClause(clause, i, len(clauses), asking) && tellsDone(clause) && !doneAbroad(clause):
				dones = append(dones, doneOnly(clause))
			case asking:
				asks = append(asks, clause)
			case anyIn(knowledge.Words(clause), wantWords):
				wants = append(wants, clause)
			}
		}
	}
	if len(dones) == 0 || len(asks) == 0 || refersBack(asks) {
		return "", ""
	}
	if !anyIn(knowledge.Words(strings.Join(asks, " ")), remainderWords) {
		asks = append(wants, asks...)
	}
	return strings.Join(dones, ". "), strings.Join(asks, ", ")
}

// clauseQuestionWords open a clause that asks, in a sentence that asks
// again after it: "How do I get my car registered as a taxi – do I need to
// go back to the registration office?" tells of nothing done. Words that
// also open a clause that tells are not among them: a relative clause
// ("…, where we registered last week", "which I renewed", "welche ich
// angemeldet habe") or one of time ("when I registered").
var clauseQuestionWords = []string{"wie", "warum", "wieso", "weshalb", "how", "why"}

// tellingClause reports whether the clause at i of a sentence's n clauses
// tells rather than asks: every clause of a sentence that does not ask
// does, and of one that asks (asking) a clause before the last that opens
// with no word of clauseQuestionWords.
func tellingClause(clause string, i, n int, asking bool) bool {
	return !asking || i < n-1 && !opensWithWord(clause, clauseQuestionWords)
}

// opensWithWord reports whether the first folded word of text is one of
// openers (opensWith takes phrases and folded words).
func opensWithWord(text string, openers []string) bool {
	ws := knowledge.Words(text)
	return len(ws) > 0 && slices.Contains(openers, ws[0])
}

// wantWords are the words of wishes that tell what is wanted, due or
// applied for ("beantragt, dass meine Erkrankung als Behinderung anerkannt
// wird"), not what can be: "Das kann dauern" asks nothing.
var wantWords = []string{
	"moechte", "moechten", "will", "wollen", "muss", "muessen", "soll", "sollen", "brauche", "brauchen", "braucht", "benoetige",
	"benoetigen", "benoetigt", "wird", "werden", "want", "wants", "need", "needs", "must", "should",
}

// remainderWords are the folded words by which a question asks what else
// is needed beside what is done: "Ich will Spielautomaten aufstellen. Die
// Erlaubnis als Aufsteller hab ich schon – was brauch ich noch?" does not
// ask for the permit the wish names.
var remainderWords = []string{"noch", "sonst", "else"}

// remainderAsks are the folded phrases by which the sentences that ask ask
// what else is needed beside what the citizen has had, whatever search
// finds for them alone (see Bot.withoutDone): "Die Aufstellererlaubnis hab
// ich schon, brauch ich noch was extra für das Lokal?", "I already have my
// Fischereischein. What else do I need?". "noch" alone may mean "still".
var remainderAsks = [][]string{{"brauche", "ich", "noch"}, {"brauch", "ich", "noch"}, {"brauchen", "wir", "noch"},
	{"zusaetzlich", "noch"}, {"noch", "zusaetzlich"}, {"sonst", "noch"}, {"was", "sonst"}, {"what", "else"}, {"anything", "else"}}

// doneOnly returns the done clause s without the parts joined by "und"
// or "and" after the last part that has a done verb (see doneVerb): "hab
// meinen Reisepass als verloren gemeldet und jetzt doch in der Jacke
// wiedergefunden" tells that the loss was reported; the finding is what
// the question is about.
func doneOnly(s string) string {
	for _, and := range []string{" und ", " and "} {
		parts := strings.Split(s, and)
		last := len(parts) - 1
		for last > 0 && !doneVerb(knowledge.Words(parts[last])) {
			last--
		}
		s = strings.Join(parts[:last+1], and)
	}
	return s
}

// doneVerb reports whether the folded words have a verb that tells of
// something done (see tellsDone), whatever stands before it.
func doneVerb(ws []string) bool {
	return anyIn(ws, germanDone) || anyIn(ws, englishDone) || anyIn(ws, gotVerbs) || anyIn(ws, alreadyWords) || slices.Contains(ws, "done")
}

// doneAbroad reports whether the clause s tells where it was done with
// "in", an article or none, and a city of abroad.txt or a country of
// countries.txt, and names no city of places.txt after "in": what was
// done there is not the city's service ("Ich hab in Polen einen Wagen
// gekauft und dort angemeldet"), and the question may ask for that service
// here ("Was brauche ich für die Zulassung in Berlin?"); "in Dänemark
// geheiratet und beim Standesamt in Berlin nachtragen lassen" tells of
// both.
func doneAbroad(s string) bool {
	ws := knowledge.Words(s)
	abroad := false
	for i, w := range ws[:max(0, len(ws)-1)] {
		if w != "in" {
			continue
		}
		place := ws[i+1:]
		if isCity(place[0]) {
			return false
		}
		place = withoutPlaceArticles(place)
		_, city := citiesAbroad()[place[0]]
		_, country := countryOf(place, place[0])
		abroad = abroad || city || country
	}
	return abroad
}

// afterClauses returns clauses with each split before a German "nachdem"
// (after), which opens a clause of its own, comma or not: in "Perso
// wiedergefunden nachdem ich ihn als verloren gemeldet hab, was jetzt?"
// only the report of the loss was done, not the finding.
func afterClauses(clauses []string) []string {
	var out []string
	for _, clause := range clauses {
		parts := strings.Split(clause, " nachdem ")
		out = append(out, parts[0])
		for _, p := range parts[1:] {
			out = append(out, "nachdem "+p)
		}
	}
	return out
}

// sentencesOf splits text into its sentences, each with the mark that
// ends it. A full stop within a number or a date, or after a German
// ordinal, ends none (see isNumberStop).
func sentencesOf(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if !isSentenceEnd(r) || r == '.' && isNumberStop(text, i) {
			continue
		}
		if s := strings.TrimSpace(text[start : i+1]); len(s) > 1 {
			out = append(out, s)
		}
		start = i + 1
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// A full stop followed by a digit is part of a number or a date ("3.5",
// "24.12."), and so is one after a date: "Welche Weihnachtsmärkte haben am
// 24.12. noch offen?". One after a number of at most ordinalDigits digits
// marks a German ordinal when an article or preposition of ordinalLeads
// comes before the number: "zum 6. Geburtstag", "in die 2. Klasse". Either
// still ends a sentence when the word after it opens a question (see
// questionOpeners), capitalized: "Die Zahlung muss bis zum 10. Kann ich
// sie verschieben?". "Ich bin 19. Darf ich …" ends one, as "bin" leads no
// ordinal.
var ordinalLeads = []string{"am", "zum", "im", "vom", "zur", "ab", "bis", "seit", "dem", "der", "die", "das", "den", "des",
	"ein", "eine", "einer", "einem", "einen", "jeden", "jeder", "jedes"}

// ordinalDigits is how many digits the number of a German ordinal may have.
const ordinalDigits = 2

// isNumberStop reports whether the full stop at text[i] belongs to a
// number, a date or a German ordinal (see ordinalLeads).
func isNumberStop(text string, i int) bool {
	rest := text[i+1:]
	if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	before := strings.Fields(text[:i])
	if len(before) < 2 || !strings.HasPrefix(rest, " ") {
		return false
	}
	number := before[len(before)-1]
	if strings.Trim(number, "0123456789.") != "" || number[0] == '.' {
		return false
	}
	if after := strings.Fields(rest); len(after) > 0 {
		next := after[0]
		if ws := knowledge.Words(next); len(ws) > 0 && slices.Contains(questionOpeners, ws[0]) && strings.ToLower(next) != next {
			return false
		}
	}
	if strings.Contains(number, ".") {
		return true
	}
	lead := knowledge.Words(before[len(before)-2])
	return len(number) <= ordinalDigits && len(lead) > 0 && slices.Contains(ordinalLeads, lead[len(lead)-1])
}

// sentencesWhere returns the sentences of text for which keep holds,
// joined by spaces.
func sentencesWhere(text string, keep func(sentence string) bool) string {
	return strings.Join(slices.DeleteFunc(sentencesOf(text), func(s string) bool { return !keep(s) }), " ")
}

// someSentence reports whether f holds for the folded words of one of the
// sentences of text.
func someSentence(text string, f func(words []string) bool) bool {
	return slices.ContainsFunc(sentencesOf(text), func(s string) bool { return f(knowledge.Words(s)) })
}

func isClauseEnd(r rune) bool { return r == ',' || isDash(r) }

// clausesOf returns the clauses of the sentences of text: commas and
// dashes end clauses (isClauseEnd).
func clausesOf(text string) []string {
	var clauses []string
	for _, sentence := range sentencesOf(text) {
		clauses = append(clauses, strings.FieldsFunc(sentence, isClauseEnd)...)
	}
	return clauses
}

// tellsDone reports whether the clause s tells of something done.
func tellsDone(s string) bool {
	ws := knowledge.Words(s)
	if anyIn(ws, negations) || anyIn(ws, wishes) {
		return false
	}
	person := false
	for i, w := range ws {
		if slices.Contains(firstPerson, w) {
			person = true
		}
		if person && slices.Contains(englishDone, w) && (i == 0 || !slices.Contains(notYet, ws[i-1])) {
			return true
		}
	}
	if anyIn(ws, germanDone) && anyIn(ws, doneAuxiliaries) {
		return true
	}
	if anyIn(ws, alreadyWords) && anyIn(ws, haveWords) {
		return true
	}
	for i, w := range ws {
		if w == "done" && i > 0 && slices.Contains(doneBefore, ws[i-1]) {
			return true
		}
	}
	for i, w := range ws[:max(0, len(ws)-1)] {
		if (slices.Contains(gotVerbs, w) && slices.Contains(possessives, ws[i+1])) || (w == "got" && ws[i+1] == "married") {
			return true
		}
	}
	return false
}

// backReferences are words by which a question may ask about what the
// sentences before it name: "I applied for asylum and my paper expires
// soon. How do I get it extended?".
var backReferences = []string{"it", "that", "this", "them", "es", "dies", "diese", "dieses", "ihn", "dafuer", "dazu", "damit", "davon", "darauf", "darum"}

// nextSteps ask what follows what the sentences before tell of: "I applied
// for recognition of my disability three months ago. What happens now?".
var nextSteps = [][]string{{"what", "happens", "now"}, {"what", "happens", "next"}, {"was", "passiert", "jetzt"}, {"was", "passiert", "nun"}}

// refersBack reports whether one of the clauses asked refers back (see
// refersBackWords).
func refersBack(asked []string) bool {
	return slices.ContainsFunc(asked, func(a string) bool { return refersBackWords(knowledge.Words(a)) })
}

// refersBackWords reports whether the folded words refer back, by a word
// of backReferences or a phrase of nextSteps.
func refersBackWords(ws []string) bool {
	return anyIn(ws, backReferences) || containsPhrase(ws, nextSteps)
}
