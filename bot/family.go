package bot

import "citizenbot/knowledge"

// A family member who joins someone living here asks for the family's
// permit, not for the permit of the one they join: "Mein Mann studiert mit
// Aufenthaltserlaubnis an der TU. Unsere Tochter und ich möchten zu ihm
// ziehen" asks for "Aufenthaltserlaubnis für Ehepartner und Kinder von …
// Studierenden", and "Aufenthaltserlaubnis zum Studium", whose words the
// question names, is his. A sentence that names a member of the family
// (familyWords) and their joining (joinPhrases) tells so, unless the
// sentences that ask speak of the asker ("ich", "I"): "Meine Frau soll
// nächstes Jahr nachkommen. Kann ich schon die Niederlassungserlaubnis
// beantragen?" asks for the asker's own. A residence title whose title
// names no family member (see principalTitle) then ranks otherSide lower.

// familyWords are the folded words for members of a family.
var familyWords = []string{
	"frau", "ehefrau", "mann", "ehemann", "partnerin", "kind", "kinder", "sohn", "tochter", "familie",
	"wife", "husband", "partner", "kids", "children", "child", "son", "daughter", "family",
}

// joinPhrases are the folded words by which a sentence tells that someone
// comes to live with one who lives here.
var joinPhrases = [][]string{
	{"nachkommen"}, {"nachgekommen"}, {"nachziehen"}, {"nachgezogen"}, {"nachholen"},
	{"zu", "mir", "ziehen"}, {"zu", "ihm", "ziehen"}, {"zu", "ihr", "ziehen"}, {"zu", "uns", "ziehen"},
	{"zu", "mir", "nach"}, {"zu", "ihm", "nach"}, {"zu", "ihr", "nach"}, {"zu", "uns", "nach"},
	{"join", "me"}, {"join", "him"}, {"join", "her"}, {"join", "us"},
	{"live", "with", "me"}, {"live", "with", "him"}, {"live", "with", "her"}, {"live", "with", "us"},
}

// askerWords are the folded words by which the sentences that ask speak
// of the asker.
var askerWords = []string{"ich", "i"}

// familyJoins reports whether a sentence of the question names a member
// of the family and their joining, and asked, the sentences that ask, does
// not speak of the asker (see above).
func familyJoins(question, asked string) bool {
	return !anyIn(knowledge.Words(asked), askerWords) && someSentence(question, func(words []string) bool {
		return anyIn(words, familyWords) && containsPhrase(words, joinPhrases)
	})
}

// residenceWords are the folded words that make a title one of a
// residence title, and familyTitleWords those by which it names the
// family of the one it is for.
var (
	residenceWords   = []string{"aufenthaltserlaubnis", "niederlassungserlaubnis", "aufenthaltstitel", "visum"}
	familyTitleWords = []string{"ehepartner", "ehegatten", "familienangehoerige", "familienangehoerigen", "familiennachzug",
		"kinder", "kindern", "eltern", "familie"}
)

// principalTitle reports whether title is one of a residence title that
// names no family member: the permit of the one a family joins.
func principalTitle(title string) bool {
	words := knowledge.Words(title)
	return anyIn(words, residenceWords) && !anyIn(words, familyTitleWords)
}
