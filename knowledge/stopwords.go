package knowledge

import "unicode/utf8"

// isAnalyzerStopWord reports whether a folded word carries no meaning for
// retrieval: articles, pronouns, prepositions, auxiliaries, question words and
// greetings in German and English, and single letters other than digits
// ("z" and "b" from "z.B."). The list is deliberately short: a word that names
// a thing a citizen may ask about ("Kind", "Tag", "Art") is never on it, even
// where other stop-word lists have it. Words are in folded form ("fuer", not
// "für"), so every spelling matches.
func isAnalyzerStopWord(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return r < '0' || r > '9'
	}
	switch w {
	// German articles and pronouns.
	case "der", "die", "das", "den", "dem", "des",
		"ein", "eine", "einen", "einem", "einer", "eines",
		"ich", "du", "er", "es", "wir", "ihr", "sie", "man", "sich",
		"mich", "mir", "dich", "dir", "uns", "euch", "ihn", "ihm", "ihnen",
		"mein", "meine", "meinen", "meinem", "meiner", "meines",
		"dein", "deine", "deinen", "deinem", "deiner", "deines",
		"sein", "seine", "seinen", "seinem", "seiner", "seines",
		"ihre", "ihren", "ihrem", "ihrer", "ihres",
		"unser", "unsere", "unseren", "unserem", "unserer",
		"dies", "diese", "dieser", "dieses", "diesen", "diesem",
		"jemand", "etwas", "alle", "allen", "alles",
		// "Bürger*innen", "Bürger:innen": the gender ending splits off as a word.
		"innen":
		return true
	// German prepositions, conjunctions and particles.
	case "und", "oder", "aber", "sondern", "sowie", "als", "also", "wenn", "ob",
		"dass", "weil", "denn", "doch", "noch", "schon", "auch", "nur", "mal",
		"so", "da", "dann", "hier", "dort", "jetzt", "nicht", "kein", "keine",
		"keinen", "sehr", "mehr", "bzw", "usw", "etc",
		"mit", "ohne", "von", "vom", "zu", "zum", "zur", "im", "in", "ins",
		"am", "an", "ans", "auf", "aus", "bei", "beim", "fuer", "um", "ueber",
		"unter", "vor", "nach", "durch", "gegen", "bis", "seit":
		return true
	// German auxiliaries and modal verbs, question words, courtesy.
	case "ist", "sind", "bin", "bist", "war", "waren", "wird", "werden",
		"wurde", "wurden", "hat", "habe", "haben", "hast", "hatte",
		"kann", "kannst", "koennen", "muss", "musst", "muessen", "soll",
		"sollte", "darf", "duerfen", "will", "moechte", "moechten",
		"wuerde", "waere", "gibt",
		"wie", "was", "wer", "wo", "wann", "warum", "wieso", "weshalb",
		"welche", "welcher", "welches", "welchen", "welchem", "wozu",
		"bitte", "danke", "hallo":
		return true
	// English.
	// ("an", "am", "in", "so", "was" and "will" are listed with German.)
	case "the", "and", "or", "but", "not", "no", "if", "as",
		"my", "me", "you", "your", "we", "our", "it", "its", "this", "that",
		"these", "those", "they", "their", "he", "she", "his", "her",
		"how", "what", "where", "when", "why", "which", "who",
		"can", "could", "do", "does", "did", "should", "would", "must",
		"is", "are", "were", "be", "been", "have", "has", "had",
		"to", "for", "of", "on", "at", "by", "with", "from", "about",
		"into", "get", "please", "hello", "thanks":
		return true
	}
	return false
}

// lookedUp reports whether search looks up the folded question word w:
// whether it is neither a stop word nor filler.
func lookedUp(w string) bool {
	return !isAnalyzerStopWord(w) && !isFiller(w)
}

// isFiller reports whether a folded word of a question is everyday filler:
// verbs, adverbs and time words that tell how a citizen talks, never which
// service they mean ("kriege", "eigentlich", "gestern", "just", "need").
// Search drops them from questions only: the catalogue is indexed as
// written, and the built-in embedder's features stay as they are. Like the
// stop words, the list leaves out every word that names a thing.
func isFiller(w string) bool {
	switch w {
	case "werde", "wirst", "werdet", "haette", "koennte", "sollen", "wollen", "wollte",
		"kriege", "kriegt", "kriegen", "bekomme", "bekommt", "brauche", "brauchen", "braucht",
		"mache", "machen", "macht", "tun", "tue", "geht", "gehen", "kommt", "kommen",
		"weiss", "wissen", "sagen", "sagt", "finde", "denke", "glaube",
		"bald", "gerade", "gestern", "heute", "morgen", "eigentlich", "einfach", "genau",
		"ganz", "immer", "wieder", "oft", "leider", "trotzdem", "obwohl", "etwa", "ungefaehr",
		"wirklich", "vielleicht", "endlich", "sofort", "sonst", "selbst", "irgendwie",
		"irgendwo", "alles", "viel", "viele", "wenig", "naechste", "naechsten", "letzte",
		"letzten", "letztes", "neulich", "demnaechst", "inzwischen", "momentan", "aktuell",
		"ja", "nein", "okay", "ok", "hi", "moin", "tschuess", "dringend",
		"benoetige", "benoetigt", "benoetigen", "aehnlich", "aehnliche", "aehnliches",
		"aehnlichen", "sowas", "irgendwas", "irgendetwas",
		// What stays of contact details once they are masked: "Tel. [Telefon]".
		"tel", "telefon", "mail", "email", "fax":
		return true
	case "just", "also", "still", "really", "need", "needs", "want", "wants", "got", "go",
		"going", "know", "tell", "there", "here", "some", "any", "all", "now", "yet",
		"already", "last", "next", "soon", "yesterday", "today", "tomorrow", "actually",
		"maybe", "anyone", "someone", "something", "anything", "thing", "things", "way",
		"help", "hey", "thank", "thx", "yes", "urgent", "urgently",
		"similar", "stuff", "whatever", "somehow",
		"i", "im", "ive", "id", "will", "shall", "may", "might",
		// What stays of "we're", "you've", "I'll" once the apostrophe splits them.
		"re", "ve", "ll",
		"then", "than", "so", "too", "very", "much", "many", "one", "ones",
		"phone", "mobile", "cell":
		return true
	}
	return false
}

// isNegation reports whether a folded stop word turns a phrase round.
func isNegation(w string) bool {
	switch w {
	case "nicht", "kein", "keine", "keinen", "ohne", "not", "no", "without":
		return true
	}
	return false
}

// englishCues and germanCues are frequent words of one language that the
// other does not use ("was" and "die" are both: "my passport was stolen").
var (
	englishCues = map[string]bool{"the": true, "my": true, "is": true, "are": true, "for": true, "to": true, "of": true,
		"and": true, "how": true, "do": true, "does": true, "can": true, "what": true, "where": true, "when": true,
		"with": true, "we": true, "our": true, "you": true, "your": true, "have": true, "need": true, "get": true, "it": true}
	germanCues = map[string]bool{"der": true, "das": true, "ich": true, "mein": true, "meine": true,
		"meinen": true, "ist": true, "sind": true, "fuer": true, "und": true, "wie": true, "wo": true,
		"wann": true, "mit": true, "wir": true, "unser": true, "kann": true, "koennen": true, "habe": true,
		"brauche": true, "ein": true, "eine": true, "einen": true, "zu": true, "von": true, "auf": true, "nicht": true}
)

// readsEnglish reports whether folded words read as English: more of
// them are frequent English words than frequent German ones. A question
// typed in English into a German chat is asked in German (Query.Lang).
func readsEnglish(words []string) bool {
	en, de := 0, 0
	for _, w := range words {
		if englishCues[w] {
			en++
		}
		if germanCues[w] {
			de++
		}
	}
	return en > de
}
