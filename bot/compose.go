package bot

import (
	"fmt"
	"strings"

	"citizenbot/knowledge"
)

// Lengths of the parts of a built-in answer, in characters.
const (
	summaryLen = 400 // what the service is
	factLen    = 280 // one fact in a general answer
	askedLen   = 700 // a fact the citizen asked for
)

// generalFacets are the facts a general answer gives, in this order.
var generalFacets = []facet{facetPrerequisites, facetDocuments, facetFees, facetDuration}

// field returns the text of the entry that answers a facet.
func field(e knowledge.Entry, f facet) string {
	switch f {
	case facetFees:
		return e.Fees
	case facetDocuments:
		return e.Documents
	case facetDuration:
		return e.ProcessingTime
	case facetPrerequisites:
		return e.Prerequisites
	case facetDeadlines:
		return e.Deadlines
	case facetResponsible:
		return e.Responsible
	}
	return ""
}

// composeAnswer writes the built-in answer about e: the facts asked for,
// or a short overview when the question asked for none.
func composeAnswer(e knowledge.Entry, lang string, asked facets) string {
	p := phrasesFor(lang)
	var parts []string
	parts = append(parts, "**"+e.Title+"**")
	if lang == "en" && e.Language != "en" {
		parts = append(parts, p.germanSource)
	}
	if asked.empty() {
		if s := brief(firstNonEmpty(e.Summary, e.Description), summaryLen); s != "" {
			parts = append(parts, s)
		}
		for _, f := range generalFacets {
			if s := brief(field(e, f), factLen); s != "" {
				parts = append(parts, labelled(p.facetLabels[f], s))
			}
		}
	}
	for f := range numFacets {
		if !asked.has(f) {
			continue
		}
		switch f {
		case facetOnline:
			parts = append(parts, pick(len(e.OnlineServices) > 0, p.onlineYes, p.onlineNo))
		case facetAppointment:
			parts = append(parts, pick(e.AppointmentURL != "", p.appointYes, p.appointNo))
		default:
			if s := brief(field(e, f), askedLen); s != "" {
				parts = append(parts, labelled(p.facetLabels[f], s))
			} else {
				parts = append(parts, fmt.Sprintf(p.notListed, p.facetLabels[f]))
			}
		}
	}
	switch {
	case len(e.OnlineServices) > 0 && !asked.has(facetOnline):
		parts = append(parts, p.closeOnline)
	case e.AppointmentURL != "" && !asked.has(facetAppointment):
		parts = append(parts, p.closeAppoint)
	case e.InfoURL != "":
		parts = append(parts, p.closeInfo)
	}
	return strings.Join(parts, "\n\n")
}

// labelled puts a bold label before a fact: on the same line for a
// sentence, above it for a list.
func labelled(label, s string) string {
	if strings.HasPrefix(s, "- ") {
		return "**" + label + ":**\n" + s
	}
	return "**" + label + ":** " + s
}

func composeClarify(options []knowledge.Entry, lang string) string {
	var b strings.Builder
	b.WriteString(phrasesFor(lang).clarify)
	b.WriteString("\n")
	for _, e := range options {
		b.WriteString("\n- " + e.Title)
	}
	return b.String()
}

// composeNoAnswer says that the bot has no service for the question and,
// when the referrals know, who is responsible instead (who, "" if none).
func composeNoAnswer(t knowledge.Tenant, lang, who string) string {
	p := phrasesFor(lang)
	s := fmt.Sprintf(p.noAnswer, t.FallbackPhone, t.FallbackHours)
	if who != "" {
		s = fmt.Sprintf(p.referral, who, t.FallbackPhone, t.FallbackHours)
	}
	if t.FallbackURL != "" {
		s += " " + p.noAnswerPage
	}
	return s
}

// composeCaseStatus says that the bot cannot see the citizen's case and
// whom to ask; entries holds the service the case is about, if found.
func composeCaseStatus(t knowledge.Tenant, lang string, entries []knowledge.Entry) string {
	p := phrasesFor(lang)
	s := p.caseStatus
	for _, e := range entries {
		s += " " + fmt.Sprintf(p.caseStatusPage, e.Title)
	}
	return s + " " + fmt.Sprintf(p.callUs, t.FallbackPhone, t.FallbackHours)
}

// infoAction is the link to an entry's official page, if it has one.
func infoAction(e knowledge.Entry, lang string) []Action {
	if e.InfoURL == "" {
		return nil
	}
	return []Action{{Title: phrasesFor(lang).actionInfo, URL: e.InfoURL, Kind: KindInfo}}
}

// actions are the links of an entry, the main action first: the online
// procedures, else appointment booking, else the official page.
func actions(e knowledge.Entry, lang string) []Action {
	p := phrasesFor(lang)
	var as []Action
	for _, l := range e.OnlineServices {
		if len(as) == 2 {
			break
		}
		as = append(as, Action{Title: firstNonEmpty(l.Title, p.actionOnline), URL: l.URL, Kind: KindOnline})
	}
	if e.AppointmentURL != "" {
		as = append(as, Action{Title: p.actionAppoint, URL: e.AppointmentURL, Kind: KindAppointment})
	}
	return append(as, infoAction(e, lang)...)
}

// fallbackActions are what a tenant offers when the bot cannot help.
func fallbackActions(t knowledge.Tenant, lang string) []Action {
	p := phrasesFor(lang)
	var as []Action
	if t.FallbackPhone != "" {
		as = append(as, Action{Title: fmt.Sprintf(p.actionPhone, t.FallbackPhone), URL: "tel:" + strings.ReplaceAll(t.FallbackPhone, " ", ""), Kind: KindPhone})
	}
	if t.FallbackURL != "" {
		as = append(as, Action{Title: p.actionSearch, URL: t.FallbackURL, Kind: KindInfo})
	}
	return as
}

// suggestions are follow-up questions about the facts e has and the
// citizen did not just ask for.
func suggestions(e knowledge.Entry, lang string, asked facets) []string {
	p := phrasesFor(lang)
	var s []string
	for _, f := range []facet{facetFees, facetDocuments, facetDuration, facetResponsible} {
		if field(e, f) != "" && !asked.has(f) && len(s) < 3 {
			s = append(s, p.suggest[f])
		}
	}
	return s
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}
