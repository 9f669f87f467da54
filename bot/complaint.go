package bot

import (
	"slices"

	"citizenbot/knowledge"
)

// A complaint about how a member of an office's staff treated the citizen
// ("Die Sachbearbeiterin war unfreundlich, wo kann ich mich über sie
// beschweren?", "How do I complain about a rude clerk at the
// Bürgeramt?") is no service of the catalogue: it goes to the head of the
// office the person works in, as a "Dienstaufsichtsbeschwerde". Search
// finds the complaint services the catalogue has about other bodies (the
// state's supervision of a savings bank), and the bot would answer with
// one. A question that speaks of complaining (complaintStarts) and of a
// member of staff (officeStaff; not one's own or the asker, see
// ownStaff, nor "official" as the kind of complaint: "where can I make an
// official complaint?") or of being treated rudely (rudeWords) gets no
// answer but where such a complaint goes, unless the best candidate's
// title plainly fits it (strongTitle): a complaint about the staff of a
// body the catalogue has a complaint service for.

// complaintStarts are how the folded words of complaining start; being
// annoyed at someone ("über die Sachbearbeiterin geärgert") tells of a
// complaint too.
var complaintStarts = []string{"beschwer", "dienstaufsichtsbeschwer", "complain", "geaergert"}

// rudeWords are the folded words that tell of how someone treated the
// asker: a complaint about being treated so ("The woman at the counter
// was rude, where can I complain?") is about a member of staff even when
// it names none, unless it names a private party (see namesParty).
var rudeWords = []string{
	"unfreundlich", "unhoeflich", "respektlos", "herablassend", "pampig",
	"rude", "unfriendly", "impolite", "disrespectful", "condescending",
}

// officeStaff are the folded words for a member of an office's staff.
var officeStaff = []string{
	"sachbearbeiter", "sachbearbeiterin", "sachbearbeiters", "mitarbeiter", "mitarbeiterin", "mitarbeiters",
	"beamter", "beamtin", "beamte", "beamten", "clerk", "caseworker", "official", "officer", "employee", "staff",
}

// staffComplaint reports whether the question complains about a member of
// an office's staff (see above).
func staffComplaint(question string, cands []candidate) bool {
	words := knowledge.Words(question)
	complains := anyStartsIn(words, complaintStarts)
	if !complains || plainlyTitled(cands) {
		return false
	}
	return namesStaff(words) || anyIn(words, rudeWords) && !namesParty(words)
}

// namesStaff reports whether the folded words name a member of an
// office's staff (officeStaff), not one's own or the asker (see ownStaff),
// nor "official" as the kind of complaint.
func namesStaff(words []string) bool {
	for i, w := range words {
		formal := w == "official" && i+1 < len(words) && startsIn(words[i+1], complaintStarts)
		if slices.Contains(officeStaff, w) && !ownStaff(words, i) && !formal {
			return true
		}
	}
	return false
}

// ownStaff reports whether the staff word at i is of the asker's own
// staff or the asker: "mein Mitarbeiter", "Ein Mitarbeiter hat sich
// beschwert" (an indefinite article with no office's after it; see
// roles.go), "Ich bin Beamtin".
func ownStaff(words []string, i int) bool {
	if i == 0 {
		return false
	}
	before := words[i-1]
	if slices.Contains(ownDeterminers, before) || slices.Contains(beingStaff, before) {
		return true
	}
	return slices.Contains(indefiniteStaff, before) && (i+1 == len(words) || !slices.Contains(staffOf, words[i+1]))
}
