package bot

import (
	"fmt"
	"testing"
)

// facetSet builds a facets value from its members.
func facetSet(fs ...facet) facets {
	var s facets
	for _, f := range fs {
		s |= 1 << f
	}
	return s
}

// facetNames lists a set's members by their German labels, for messages.
func facetNames(f facets) string {
	var names []string
	for x := range numFacets {
		if f.has(x) {
			names = append(names, phrasesDE.facetLabels[x])
		}
	}
	return fmt.Sprint(names)
}

func TestAskedFacets(t *testing.T) {
	tests := []struct {
		in   string
		want facets
	}{
		{"Was kostet das?", facetSet(facetFees)},
		{"Wie hoch sind die Gebühren?", facetSet(facetFees)},
		{"Welche Unterlagen brauche ich?", facetSet(facetDocuments)},
		{"Was muss ich mitbringen?", facetSet(facetDocuments)},
		{"Wie lange dauert das?", facetSet(facetDuration)},
		{"Bis wann muss ich mich ummelden?", facetSet(facetDeadlines)},
		{"Welches Amt ist zuständig?", facetSet(facetResponsible)},
		{"Brauche ich einen Termin?", facetSet(facetAppointment)},
		{"WAS KOSTET DAS?", facetSet(facetFees)},
		{"Was kostet die Gebühr und wie lange dauert es?", facetSet(facetFees, facetDuration)},
		{"what do I need to bring?", facetSet(facetDocuments)},
		{"how much is it", facetSet(facetFees)},
		{"How long does it take?", facetSet(facetDuration)},
		{"Do I need an appointment?", facetSet(facetAppointment)},
		{"Which office is responsible?", facetSet(facetResponsible)},
		{"Is there a deadline?", facetSet(facetDeadlines)},
		{"Reisepass", 0},
		{"Ich bin umgezogen.", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := askedFacets(tt.in); got != tt.want {
			t.Errorf("askedFacets(%q) = %s, want %s", tt.in, facetNames(got), facetNames(tt.want))
		}
	}
	// "kann ich" also reads as a question about prerequisites; what
	// matters here is that online is among the facets.
	if got := askedFacets("Kann ich das online machen?"); !got.has(facetOnline) {
		t.Errorf("askedFacets(%q) = %s, want Online among them", "Kann ich das online machen?", facetNames(got))
	}
}

func TestIsFollowUp(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Was kostet das?", true},
		{"und was kostet das?", true},
		{"Welche Unterlagen brauche ich?", true},
		{"Wie lange dauert das?", true},
		{"Und wo?", true},
		{"Termin?", true},
		{"what do I need to bring?", true},
		{"how much is it", true},
		{"Do I need an appointment?", true},
		{"Can I do it online?", true},

		// A topic word of its own makes a new question.
		{"Was kostet ein Reisepass?", false},
		{"Wie lange dauert ein Personalausweis?", false},
		{"How much is a passport?", false},
		{"Ich möchte mich ummelden", false},
		// Only words that carry no topic, but no facet either, and many.
		{"und was ist das denn dann genau?", false},
		// Nothing at all, or too much to be a follow-up.
		{"", false},
		{"?!", false},
		{"was kostet das was kostet das was kostet das was kostet das und", false},
	}
	for _, tt := range tests {
		if got := isFollowUp(tt.in, askedFacets(tt.in)); got != tt.want {
			t.Errorf("isFollowUp(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFollowUpsWithoutTopicWords(t *testing.T) {
	for _, q := range []string{"Brauche ich einen Termin?", "Kann ich das online machen?"} {
		if !isFollowUp(q, askedFacets(q)) {
			t.Errorf("isFollowUp(%q) = false, want true", q)
		}
	}
	for _, q := range []string{"Wie kann ich einen Reisepass beantragen?", "Europäischer Führerschein umschreiben"} {
		if f := askedFacets(q); !f.empty() {
			t.Errorf("askedFacets(%q) = %b, want none", q, f)
		}
	}
}
