package bot

import (
	"slices"
	"strings"

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
// member of staff (staffWords, not one's own: "mein Mitarbeiter") gets no
// answer but where such a complaint goes, unless the best candidate's
// title plainly fits it (strongTitle): a complaint about the staff of a
// body the catalogue has a complaint service for.

// complaintStarts are how the folded words of complaining start.
var complaintStarts = []string{"beschwer", "dienstaufsichtsbeschwer", "complain"}

// officeStaff are the folded words for a member of an office's staff.
var officeStaff = []string{
	"sachbearbeiter", "sachbearbeiterin", "sachbearbeiters", "mitarbeiter", "mitarbeiterin", "mitarbeiters",
	"beamter", "beamtin", "beamte", "beamten", "clerk", "caseworker", "official", "officer", "employee", "staff",
}

// staffComplaint reports whether the question complains about a member of
// an office's staff (see above).
func staffComplaint(question string, cands []candidate) bool {
	words := knowledge.Words(question)
	complains := slices.ContainsFunc(words, func(w string) bool {
		return slices.ContainsFunc(complaintStarts, func(s string) bool { return strings.HasPrefix(w, s) })
	})
	if !complains || plainlyTitled(cands) {
		return false
	}
	for i, w := range words {
		if slices.Contains(officeStaff, w) && (i == 0 || !slices.Contains(ownDeterminers, words[i-1])) {
			return true
		}
	}
	return false
}
