package bot

import (
	"slices"

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
// bot itself: "Bist du ein echter Mensch?", "are you a bot?".
var botStems = stemsOf([]string{"echt", "Mensch", "Bot", "Chatbot", "Roboter", "KI", "Maschine"},
	[]string{"real", "human", "person", "bot", "chatbot", "robot", "AI", "machine"})

// courtesyStems are the German and English stems of words that thank or
// take leave: "Danke, schönen Abend noch!", "thanks, that's all, bye".
var courtesyStems = stemsOf([]string{"danke", "Dank", "dankeschön", "bedanke", "vielen", "herzlichen", "schön",
	"schönen", "Abend", "Tag", "Wochenende", "Gruß", "Grüße", "tschüss", "Wiedersehen", "bald", "super", "prima",
	"toll", "perfekt", "okay", "ok"},
	[]string{"thanks", "thank", "cheers", "bye", "goodbye", "great", "nice", "evening", "day", "weekend",
		"perfect", "okay", "ok", "much", "lot"})

// closing reports whether the question has words and every word search
// would look up in it thanks or takes leave.
func closing(question string) bool {
	words := knowledge.QuestionWords(question)
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool {
		return !slices.Contains(courtesyStems, knowledge.Stem(w, "de")) && !slices.Contains(courtesyStems, knowledge.Stem(w, "en"))
	})
}

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

// vague reports whether every word search would look up in the question
// names how one deals with an office, the bot itself or one of the
// tenant's places (ownPlaces); a greeting alone ("Hallo") has no such word
// and is vague too.
func vague(question string, own []string) bool {
	known := func(w string) bool {
		for _, stem := range []string{knowledge.Stem(w, "de"), knowledge.Stem(w, "en")} {
			if slices.Contains(procedureStems, stem) || slices.Contains(botStems, stem) {
				return true
			}
		}
		return slices.Contains(own, w)
	}
	return !slices.ContainsFunc(knowledge.QuestionWords(question), func(w string) bool { return !known(w) })
}
