package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// "Termin Bürgeramt buchen", "I need an appointment", "Formular": a message
// that names only how one deals with an office, not what for, matches the
// procedure words of every entry, and the bot would ask back among services
// picked at random. It asks what the matter is instead.

// procedureStems are the German and English stems of words that name how
// one deals with an office: appointments, offices, forms, fees, help.
var procedureStems = stemsOf([]string{"Termin", "Termine", "buchen", "vereinbaren", "Bürgeramt", "Bürgerbüro", "Amt",
	"Behörde", "Bezirksamt", "Rathaus", "Antrag", "beantragen", "Formular", "Unterlagen", "Dokumente",
	"Kosten", "kostet", "Gebühr", "Öffnungszeiten", "geöffnet", "online", "Hilfe", "helfen", "Frage",
	"Auskunft", "Information", "Infos", "Dienstleistung", "Service", "Anliegen"},
	[]string{"appointment", "book", "booking", "schedule", "office", "authority", "application",
		"apply", "form", "document", "cost", "fee", "opening", "hours", "online", "help", "question",
		"information", "info", "service", "citizen"})

// botStems are the German and English stems of words that ask about the
// bot itself: "Bist du ein echter Mensch oder ein Computerprogramm?", "are
// you a bot?".
var botStems = stemsOf([]string{"echt", "Mensch", "Bot", "Chatbot", "Roboter", "KI", "Maschine", "Computer",
	"Programm", "Computerprogramm", "Software", "Assistent", "Assistentin"},
	[]string{"real", "human", "person", "bot", "chatbot", "robot", "AI", "machine", "computer", "program",
		"programme", "software", "assistant"})

// chatStems are the German and English stems of the words of small talk
// beyond stop words: "Wie geht's dir heute?", "how are you doing today?",
// "Erzähl mir einen Witz", "Mit wem rede ich?", "am I talking to", "Ist da
// überhaupt jemand?", "is anybody there?", and the fillers of a chat
// ("eigentlich", "überhaupt", "by the way", "even", "whats").
var chatStems = stemsOf([]string{"geht", "gehts", "heute", "Laune", "erzähl", "erzähle", "Witz", "Witze", "eigentlich",
	"überhaupt", "rede", "spreche", "schreibe"},
	[]string{"doing", "today", "going", "tell", "joke", "jokes", "actually", "even", "whats", "talking", "chatting", "way",
		"anybody", "somebody"})

// greetingStems are the German and English stems of the words of a
// greeting: "Hallo", "Guten Tag", "Moin", "good evening", "Sehr geehrte
// Damen und Herren".
var greetingStems = stemsOf([]string{"Hallo", "guten", "gut", "Tag", "Morgen", "Abend", "Nacht", "moin", "servus", "grüß",
	"Gott", "hi", "hey", "sehr", "geehrte", "geehrter", "Damen", "Herren", "liebe", "lieber"},
	[]string{"good", "morning", "afternoon", "evening", "hello", "hi", "hey", "dear", "sir", "madam"})

// courtesyStems are the German and English stems of words that thank or
// take leave: "Danke, schönen Abend noch!", "thanks, that's all, bye".
var courtesyStems = stemsOf([]string{"danke", "Dank", "dankeschön", "bedanke", "vielen", "herzlichen", "schön",
	"schönen", "Abend", "Tag", "Wochenende", "Gruß", "Grüße", "tschüss", "Wiedersehen", "bald", "super", "prima",
	"toll", "perfekt", "okay", "ok", "gut", "klar", "alles", "passt", "geholfen", "weitergeholfen", "hilfreich", "echt",
	"wirklich", "vielmals"},
	[]string{"thanks", "thank", "cheers", "bye", "goodbye", "great", "nice", "evening", "day", "weekend",
		"perfect", "okay", "ok", "much", "lot", "fine", "got", "helped", "helpful", "really"})

// stemsOf returns the German stems of de and the English stems of en.
func stemsOf(de, en []string) []string {
	var stems []string
	for _, w := range de {
		stems = append(stems, knowledge.Stem(w, "de"))
	}
	for _, w := range en {
		stems = append(stems, knowledge.Stem(w, "en"))
	}
	return stems
}

// stemIn reports whether the German or the English stem of w is in one of
// the lists.
func stemIn(w string, lists ...[]string) bool {
	de, en := knowledge.Stem(w, "de"), knowledge.Stem(w, "en")
	return slices.ContainsFunc(lists, func(stems []string) bool {
		return slices.Contains(stems, de) || slices.Contains(stems, en)
	})
}

// anyIn reports whether one of words is in list.
func anyIn(words, list []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(list, w) })
}

// without returns a copy of words without those in list.
func without(words, list []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return slices.Contains(list, w) })
}

// startsIn reports whether w starts with one of starts.
func startsIn(w string, starts []string) bool {
	return slices.ContainsFunc(starts, func(start string) bool { return strings.HasPrefix(w, start) })
}

// hasPart reports whether one of words has one of parts in it.
func hasPart(words, parts []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		return slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(w, p) })
	})
}

// endsIn reports whether w ends with one of ends.
func endsIn(w string, ends []string) bool {
	return slices.ContainsFunc(ends, func(end string) bool { return strings.HasSuffix(w, end) })
}

// anyStartsIn reports whether one of words starts with one of starts.
func anyStartsIn(words, starts []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return startsIn(w, starts) })
}

// anyEndsIn reports whether one of words ends with one of ends.
func anyEndsIn(words, ends []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return endsIn(w, ends) })
}

// every reports whether f holds for every word of words.
func every(words []string, f func(string) bool) bool {
	return !slices.ContainsFunc(words, func(w string) bool { return !f(w) })
}

// joinedPrepositions are folded German prepositions joined with an
// article that search looks up, as the catalogue may use them, but that
// name no matter: "Termin fürs Bürgeramt".
var joinedPrepositions = []string{"fuers", "uebers", "ums", "aufs", "durchs", "vors", "hinters", "unters",
	"vorm", "hinterm", "unterm", "ueberm", "aufm"}

// botNames are the folded phrases that ask the bot's name ("what's your
// name?", "Wie heißt du?"), and nameWords their words that search would
// look up: otherwise the name declarations answer them.
var (
	botNames  = [][]string{{"your", "name"}, {"dein", "name"}, {"ihr", "name"}, {"heisst", "du"}, {"du", "heisst"}, {"heissen", "sie"}}
	nameWords = []string{"name", "heisst", "heissen"}
)

// A clause that asks for a joke, a poem or a fun fact ("Erzähl mir einen
// Witz über Beamte", "know any jokes about the Bürgeramt?", "write me a
// poem about my residence permit", "tell me a fun fact about Berlin!") is
// small talk whatever it is about: it has one of jokeWords and one of
// jokeAsks, or one of jokeAsks but "have" and "got" before a phrase of
// jokePhrases ("Fun fact: I have been waiting four months for my
// appointment", "I have a fun fact for you" ask for none). (An offensive
// one is abuse; see guard.go.)
var (
	jokeWords   = []string{"witz", "witze", "joke", "jokes", "gedicht", "gedichte", "poem", "poems"}
	jokePhrases = [][]string{{"fun", "fact"}, {"fun", "facts"}}
	jokeAsks    = []string{"erzaehl", "erzaehle", "erzaehlen", "kennst", "kennen", "weisst", "hast", "schreib", "schreibe", "tell", "know",
		"got", "have", "write"}
	factAsks = without(jokeAsks, []string{"got", "have"})
)

// A clause that asks the bot to cheer the asker up, to quiz them or to
// chat with them ("Kannst du mir ein bisschen Mut machen?", "Can you cheer
// me up?", "Can you quiz me with questions like the citizenship test's?",
// "kannst du ein bisschen mit mir quatschen?") is small talk as a joke
// is: it opens with a request to the bot (addressesBot), has a phrase of
// cheerPhrases (folded words) and no question after the request's two
// words (see asksWithin: "Can you quiz me on what I need for the
// Anmeldung?" asks a service; "Can you cheer me up because my application
// was rejected?" does not). "chatten" and "chat with me" are left out: in
// a chat window they open a question ("Can you chat with me in English? I
// need to register my address.").
var cheerPhrases = [][]string{{"mut", "machen"}, {"mut", "zusprechen"}, {"aufmuntern"}, {"aufheitern"},
	{"cheer", "me", "up"}, {"motivate", "me"}, {"encourage", "me"}, {"quiz", "me"}, {"quiz", "us"}, {"mich", "abfragen"},
	{"uns", "abfragen"}, {"mich", "abhoeren"}, {"mit", "mir", "quatschen"}, {"mit", "mir", "plaudern"}}

// jokeClause reports whether the folded words of a clause ask for a
// joke, a poem or a fun fact (see jokeWords and jokePhrases), or to be
// cheered up, quizzed or chatted with (see cheerPhrases).
func jokeClause(ws []string) bool {
	return anyIn(ws, jokeWords) && anyIn(ws, jokeAsks) || askedBefore(ws, jokePhrases, factAsks) ||
		addressesBot(ws) && containsPhrase(ws, cheerPhrases) && !asksWithin(ws[2:], len(ws), false) // after the request's two words
}

// askedBefore reports whether a word of asks stands before a phrase of
// phrases in the folded words.
func askedBefore(ws []string, phrases [][]string, asks []string) bool {
	i := slices.IndexFunc(ws, func(w string) bool { return slices.Contains(asks, w) })
	return i >= 0 && containsPhrase(ws[i+1:], phrases)
}

// asksJoke reports whether a clause of the question asks for a joke, a
// poem or a fun fact (see jokeWords) and nothing else asks anything: no
// other sentence, nor a second question in the joking one (see asksMore).
// "Erzähl mir einen Witz, ich warte seit einer Stunde im Bürgeramt" is
// small talk whatever the waiting room it tells of; "Tell me a joke and
// then how do I register my address?" asks a service too.
func asksJoke(question string) bool {
	joking := func(s string) bool {
		return slices.ContainsFunc(clausesOf(s), func(c string) bool { return jokeClause(knowledge.Words(c)) })
	}
	jokes := false
	for _, s := range sentencesOf(question) {
		j := joking(s)
		if j && asksMore(s) || !j && strings.HasSuffix(s, "?") {
			return false
		}
		jokes = jokes || j
	}
	return jokes
}

// joinedAskReach is how many words after a conjunction the question word
// of another question may stand: "and then how do I …", "und dann sag
// mir, wo ich …".
const joinedAskReach = 4

// askedFollowers are the folded words after a question word that make it
// ask ("how do I", "wo ich", "where can I"), not exclaim ("and how slow
// it is").
var askedFollowers = []string{"do", "does", "did", "can", "could", "should", "must", "i", "we",
	"ich", "wir", "man", "kann", "muss", "soll", "darf"}

// asksWithin reports whether a question word of askingWords among the
// first reach folded words asks: a word of askedFollowers follows it, or
// question says the sentence ends with a question mark.
func asksWithin(ws []string, reach int, question bool) bool {
	for j := range ws[:min(len(ws), reach)] {
		if slices.Contains(askingWords, ws[j]) && (question || j+1 < len(ws) && slices.Contains(askedFollowers, ws[j+1])) {
			return true
		}
	}
	return false
}

// asksMore reports whether a sentence (or a clause, for vague) joins
// another question to what it asks (see asksWithin): a question word opens
// a clause after the first, or stands within joinedAskReach words after a
// conjunction of joiningWords ("Kannst du mit mir quatschen, wie ich
// meinen Reisepass verlängere?", "and then how do I register?").
func asksMore(sentence string) bool {
	question := strings.HasSuffix(strings.TrimSpace(sentence), "?")
	for k, c := range clausesOf(sentence) {
		words := knowledge.Words(c)
		if k > 0 && asksWithin(words, 1, question) {
			return true
		}
		for i, w := range words {
			if slices.Contains(joiningWords, w) && asksWithin(words[i+1:], joinedAskReach, question) {
				return true
			}
		}
	}
	return false
}

// vague reports whether every word search would look up in the question,
// outside clauses that ask for a joke and nothing more (see asksMore),
// names how one deals with an office, the bot itself (or its name), one of
// the tenant's places (ownPlaces), greets, thanks, makes small talk or
// joins a preposition with an article; a greeting alone ("Hallo", "Guten
// Tag") is vague too.
func vague(question string, own []string) bool {
	named := containsPhrase(knowledge.Words(question), botNames)
	var words []string
	for _, clause := range clausesOf(question) {
		if !jokeClause(knowledge.Words(clause)) || asksMore(clause) {
			words = append(words, knowledge.QuestionWords(clause)...)
		}
	}
	return every(words, func(w string) bool {
		return stemIn(w, procedureStems, botStems, greetingStems, chatStems, courtesyStems) || slices.Contains(own, w) ||
			slices.Contains(joinedPrepositions, w) || named && slices.Contains(nameWords, w)
	})
}

// closing reports whether the question thanks or takes leave and says
// nothing else: a word of it does, and so does every word search would
// look up in it ("Danke!" has none), or praises the help after thanks
// (praiseStems). A thanks for help may name what was
// helped with, in one word and without asking: "thanks a lot, that really
// helped me with my Anmeldung", "Danke, das hat mir bei der Anmeldung sehr
// geholfen".
func closing(question string) bool {
	courteous := func(w string) bool { return stemIn(w, courtesyStems) }
	words := knowledge.Words(question)
	if !slices.ContainsFunc(words, courteous) {
		return false
	}
	thanks := anyIn(words, thanksWords)
	others := slices.DeleteFunc(knowledge.QuestionWords(question), func(w string) bool {
		return courteous(w) || thanks && stemIn(w, praiseStems)
	})
	thanksForHelp := thanks && anyIn(words, helpedWords) && !strings.Contains(question, "?")
	return len(others) == 0 || thanksForHelp && len(others) == 1
}

// praiseStems are the German and English stems of words that praise the
// help after thanks ("Danke dir, du warst echt eine große Hilfe!"); without
// thanks "Hilfe!" asks for help.
var praiseStems = stemsOf([]string{"warst", "große", "groß", "Hilfe"}, []string{"were", "help"})

// thanksWords and helpedWords are the folded words that thank and that
// say the bot helped.
var (
	thanksWords = []string{"danke", "dankeschoen", "thanks", "thank"}
	helpedWords = []string{"geholfen", "weitergeholfen", "hilfreich", "helped", "helpful"}
)

// withoutGreeting returns text without its first clause when that clause
// greets and says nothing else, and more follows ("Guten Morgen, wie melde
// ich mein Auto an?", "Hallo, kannst du mir einen Lebenslauf schreiben?",
// not "Hallo!", which vague answers): a greeting's words are no search
// words, "Morgen" or "Tag" would find the day registration of a car, and a
// question that asks the bot for a task or a fact opens after it.
func withoutGreeting(text string) string {
	i := strings.IndexAny(text, ",.;:!?\n")
	if i < 0 {
		return text
	}
	greets := func(w string) bool { return stemIn(w, greetingStems) }
	if !every(knowledge.QuestionWords(text[:i]), greets) || !slices.ContainsFunc(knowledge.Words(text[:i]), greets) ||
		len(knowledge.Words(text[i+1:])) == 0 {
		return text
	}
	return text[i+1:]
}
