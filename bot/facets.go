package bot

import (
	"strings"

	"citizenbot/knowledge"
)

// facet is one aspect of a service a citizen can ask about.
type facet int

const (
	facetFees facet = iota
	facetDocuments
	facetDuration
	facetPrerequisites
	facetDeadlines
	facetResponsible
	facetOnline
	facetAppointment
	numFacets
)

// facets is a set of facets.
type facets uint16

func (f facets) has(x facet) bool { return f&(1<<x) != 0 }
func (f facets) empty() bool      { return f == 0 }

// facetCues are word beginnings (folded: ä→ae, ß→ss) that ask for a facet,
// in German and English. A word asks for the facet when it starts with one
// of them; a cue with a space must begin a run of words.
var facetCues = [numFacets][]string{
	facetFees:          {"kost", "gebuehr", "preis", "teuer", "bezahl", "zahlen", "cost", "fee", "price", "pay", "charge", "how much", "wie viel"},
	facetDocuments:     {"unterlag", "dokument", "mitbring", "mitnehm", "nachweis", "bescheinigung", "papier", "document", "bring", "paper", "what do i need", "was brauche", "was muss ich mit"},
	facetDuration:      {"dauer", "bearbeitungszeit", "wie lange", "wann bekomm", "how long", "processing", "take to"},
	facetPrerequisites: {"voraussetz", "berechtigt", "anspruch", "wer kann", "wer darf", "eligib", "entitled", "requirement", "who can", "am i allowed"},
	facetDeadlines:     {"frist", "bis wann", "spaetestens", "deadline", "within", "how soon", "by when"},
	facetResponsible:   {"zustaendig", "wo ", "wohin", "welche behoerde", "welches amt", "where", "which office", "responsible", "authority"},
	facetOnline:        {"online", "internet", "digital"},
	facetAppointment:   {"termin", "appointment", "book"},
}

// askedFacets returns the facets the text asks about.
func askedFacets(text string) facets {
	folded := " " + strings.Join(knowledge.Words(text), " ") + " "
	var f facets
	for x, cues := range facetCues {
		for _, c := range cues {
			if strings.Contains(folded, " "+c) {
				f |= 1 << facet(x)
				break
			}
		}
	}
	return f
}

// followUpWords are words that point back to the service under discussion
// or carry no topic of their own: a message made only of them, stop words
// and facet cues is a follow-up.
var followUpWords = map[string]bool{
	"das": true, "dies": true, "dieses": true, "diese": true, "dafuer": true, "dazu": true, "davon": true,
	"es": true, "ihn": true, "sie": true, "den": true, "dem": true, "der": true, "und": true, "auch": true,
	"noch": true, "denn": true, "ich": true, "mir": true, "mich": true, "man": true, "was": true, "wie": true,
	"wo": true, "wann": true, "welche": true, "welcher": true, "welches": true, "muss": true, "kann": true,
	"brauche": true, "genau": true, "bitte": true, "dann": true, "so": true, "lange": true, "viel": true,
	"it": true, "that": true, "this": true, "and": true, "what": true, "how": true, "where": true, "when": true,
	"do": true, "does": true, "i": true, "need": true, "to": true, "the": true, "for": true, "is": true,
	"much": true, "long": true, "there": true, "can": true, "also": true, "about": true, "please": true,
	"which": true, "one": true, "me": true, "my": true, "a": true, "an": true, "of": true, "ist": true,
	"hat": true, "habe": true, "gibt": true, "wird": true, "werden": true, "ein": true, "eine": true,
	"einen": true, "einem": true, "einer": true, "machen": true, "mache": true, "erledigen": true,
	"noetig": true, "dabei": true, "we": true, "you": true, "have": true, "get": true,
}

// isFollowUp says whether text only asks about a facet of whatever is under
// discussion ("und was kostet das?", "what do I need to bring?"), without a
// topic word of its own.
func isFollowUp(text string, asked facets) bool {
	words := knowledge.Words(text)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		if followUpWords[w] || isCue(w) {
			continue
		}
		return false
	}
	return !asked.empty() || len(words) <= 3
}

func isCue(w string) bool {
	for _, cues := range facetCues {
		for _, c := range cues {
			if !strings.Contains(c, " ") && strings.HasPrefix(w, c) {
				return true
			}
		}
	}
	return false
}
