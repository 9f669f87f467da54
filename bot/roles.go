package bot

import (
	"slices"
	"strings"

	"citizenbot/knowledge"
)

// Some services come as one entry for each side of a job: the employer's,
// the employee's, the self-employed's ("Erstattung nach
// Infektionsschutzgesetz … - Arbeitgeber/innen", "… - Selbstständige",
// "Begleitende Hilfe im Arbeitsleben für Arbeitnehmer/innen"). A question
// tells its side by how it speaks of the others: "mein Arbeitgeber", "my
// employer" is an employee's, and so is "my job", "an meinem
// Arbeitsplatz"; "meine Mitarbeiterin", "one of my employees", "als
// Arbeitgeber" an employer's; "selbstständig", "freelancer" a
// self-employed person's. A candidate whose title is for
// another side than the only one the question tells ranks otherSide lower,
// as one for the other side of the EU does (see origin.go). A title is for
// a side when it names it after "für" (an adjective may stand between:
// "für türkische Arbeitnehmer") or as its last part, after a dash:
// "Beschäftigung - Wechsel des Arbeitgebers" is for employees.

// role is a side of a job.
type role int

const (
	roleNone role = iota
	roleEmployer
	roleEmployee
	roleSelf
)

// Folded words: the possessives before the others of a job, the words for
// one's staff and for one's employer, the phrases that tell a side by
// themselves, and how the words of being self-employed start.
var (
	ownDeterminers = []string{"mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem",
		"unserer", "my", "our"}
	staffWords = []string{"mitarbeiter", "mitarbeiterin", "mitarbeitern", "mitarbeiterinnen", "angestellte", "angestellten",
		"angestellter", "beschaeftigte", "beschaeftigten", "employee", "employees", "staff", "worker", "workers"}
	employerWords = []string{"arbeitgeber", "arbeitgeberin", "chef", "chefin", "employer", "boss"}
	rolePhrases   = map[role][][]string{
		roleEmployer: {{"als", "arbeitgeber"}, {"als", "arbeitgeberin"}, {"as", "an", "employer"}, {"as", "the", "employer"},
			{"as", "employer"}, {"wir", "beschaeftigen"}, {"we", "employ"}, {"arbeitgeber", "hier"}, {"employer", "here"}},
		roleEmployee: {{"als", "arbeitnehmer"}, {"als", "arbeitnehmerin"}, {"as", "an", "employee"}, {"as", "the", "employee"},
			{"as", "employee"}, {"bin", "angestellt"}, {"m", "employed"}, {"am", "employed"}, {"my", "job"}, {"my", "workplace"},
			{"mein", "job"}, {"meinen", "job"}, {"meinem", "job"}, {"meinen", "arbeitsplatz"}, {"meinem", "arbeitsplatz"}},
		roleSelf: {{"self", "employed"}},
	}
	selfStarts = []string{"selbststaendig", "selbstaendig", "freiberuf", "freelanc"}
	// A German indefinite article before a word of staffWords tells of
	// one's own staff too ("Ein Mitarbeiter musste in Quarantäne"), unless
	// the citizen is one ("Ich bin eine Angestellte", "als ein
	// Mitarbeiter") or an office's follows ("ein Mitarbeiter des
	// Bürgeramts").
	indefiniteStaff = []string{"ein", "eine", "einen", "einem", "einer"}
	beingStaff      = []string{"bin", "als"}
	staffOf         = []string{"des", "der", "vom", "von", "im", "beim", "am"}
)

// titleRoles are the folded words of a title that name the side it is for.
var titleRoles = map[string]role{
	"arbeitgeber": roleEmployer, "arbeitgeberinnen": roleEmployer,
	"arbeitnehmer": roleEmployee, "arbeitnehmerinnen": roleEmployee,
	"selbststaendige": roleSelf, "selbstaendige": roleSelf, "selbststaendigen": roleSelf, "selbstaendigen": roleSelf,
}

// questionRole returns the one side of a job the question tells (see
// above), or roleNone when it tells none or more than one.
func questionRole(question string) role {
	told := map[role]bool{}
	ws := knowledge.Words(question)
	for i, w := range ws {
		owned := i > 0 && slices.Contains(ownDeterminers, ws[i-1])
		someone := i > 0 && slices.Contains(indefiniteStaff, ws[i-1]) && (i < 2 || !slices.Contains(beingStaff, ws[i-2])) &&
			(i+1 == len(ws) || !slices.Contains(staffOf, ws[i+1]))
		switch {
		case slices.Contains(staffWords, w) && (owned || someone):
			told[roleEmployer] = true
		case slices.Contains(employerWords, w) && owned:
			told[roleEmployee] = true
		case hasStemPrefix(w, selfStarts):
			told[roleSelf] = true
		}
	}
	for r, phrases := range rolePhrases {
		if containsPhrase(ws, phrases) {
			told[r] = true
		}
	}
	if len(told) != 1 {
		return roleNone
	}
	var only role
	for r := range told {
		only = r
	}
	return only
}

// titleRole returns the side of a job the title is for (see above), or
// roleNone.
func titleRole(title string) role {
	parts := strings.Split(title, " - ")
	last := knowledge.Words(parts[len(parts)-1])
	if len(parts) > 1 && len(last) > 0 {
		if r, ok := titleRoles[last[0]]; ok {
			return r
		}
	}
	ws := knowledge.Words(title)
	for i, w := range ws {
		if r, ok := titleRoles[w]; ok && (i > 0 && ws[i-1] == "fuer" || i > 1 && ws[i-2] == "fuer") {
			return r
		}
	}
	return roleNone
}
