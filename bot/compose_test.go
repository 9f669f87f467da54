package bot

import (
	"slices"
	"strings"
	"testing"

	"citizenbot/knowledge"
)

// passEntry is a German service description with online procedures, an
// appointment booking and all facts but the processing time.
func passEntry() knowledge.Entry {
	return knowledge.Entry{
		ID:            "reisepass-de",
		Title:         "Reisepass beantragen",
		Language:      "de",
		InfoURL:       "https://service.example.de/reisepass",
		Summary:       "Einen Reisepass brauchen Sie für Reisen in viele Länder außerhalb der EU.",
		Description:   "Der Reisepass ist ein amtlicher Ausweis.",
		Prerequisites: "Sie sind Deutsche oder Deutscher.",
		Documents:     "- Personalausweis\n- Biometrisches Passfoto",
		Fees:          "37,50 Euro für Personen ab 24 Jahren.",
		Deadlines:     "Keine.",
		Responsible:   "Das Bürgeramt Ihres Wohnorts.",
		OnlineServices: []knowledge.Link{
			{Title: "Reisepass online beantragen", URL: "https://online.example.de/reisepass"},
			{URL: "https://online.example.de/reisepass-express"},
			{Title: "Dritter Weg", URL: "https://online.example.de/dritter"},
		},
		AppointmentURL: "https://termine.example.de/reisepass",
		Forms:          []knowledge.Link{{Title: "Antrag", URL: "https://service.example.de/formular.pdf"}},
		LegalBasis:     []knowledge.Link{{Title: "PassG", URL: "https://www.gesetze-im-internet.de/pa_g_1986/"}},
		Links:          []knowledge.Link{{Title: "Passfoto", URL: "https://www.bundesdruckerei.de/passfoto"}},
	}
}

// plainEntry is a German service description with an official page only.
func plainEntry() knowledge.Entry {
	return knowledge.Entry{
		ID:       "hundesteuer-de",
		Title:    "Hundesteuer anmelden",
		Language: "de",
		InfoURL:  "https://service.example.de/hundesteuer",
		Summary:  "Wer einen Hund hält, muss ihn zur Hundesteuer anmelden.",
		Fees:     "120 Euro im Jahr.",
	}
}

func testTenant() knowledge.Tenant {
	return knowledge.Tenant{
		ID:            "stadt",
		Name:          "Musterstadt",
		SuggestionsDE: []string{"Personalausweis beantragen"},
		SuggestionsEN: []string{"Apply for an ID card"},
		FallbackPhone: "030 115",
		FallbackHours: "Mo–Fr 7–18 Uhr",
		FallbackURL:   "https://service.example.de/suche",
	}
}

func TestComposeAnswer(t *testing.T) {
	tests := []struct {
		name  string
		entry knowledge.Entry
		lang  string
		asked facets
		want  string
	}{
		{"general answer", passEntry(), "de", 0,
			"**Reisepass beantragen**\n\n" +
				"Einen Reisepass brauchen Sie für Reisen in viele Länder außerhalb der EU.\n\n" +
				"**Voraussetzungen:** Sie sind Deutsche oder Deutscher.\n\n" +
				"**Unterlagen:**\n- Personalausweis\n- Biometrisches Passfoto\n\n" +
				"**Kosten:** 37,50 Euro für Personen ab 24 Jahren.\n\n" +
				"Den Antrag können Sie online stellen."},
		{"general answer, official page only", plainEntry(), "de", 0,
			"**Hundesteuer anmelden**\n\n" +
				"Wer einen Hund hält, muss ihn zur Hundesteuer anmelden.\n\n" +
				"**Kosten:** 120 Euro im Jahr.\n\n" +
				"Alle Einzelheiten stehen auf der offiziellen Seite."},
		{"description when there is no summary",
			knowledge.Entry{Title: "Fundsachen", Description: "Fundsachen geben Sie im Fundbüro ab."}, "de", 0,
			"**Fundsachen**\n\nFundsachen geben Sie im Fundbüro ab."},
		{"fees asked", passEntry(), "de", facetSet(facetFees),
			"**Reisepass beantragen**\n\n" +
				"**Kosten:** 37,50 Euro für Personen ab 24 Jahren.\n\n" +
				"Den Antrag können Sie online stellen."},
		{"fees and responsible office asked, in facet order", passEntry(), "de", facetSet(facetResponsible, facetFees),
			"**Reisepass beantragen**\n\n" +
				"**Kosten:** 37,50 Euro für Personen ab 24 Jahren.\n\n" +
				"**Zuständig:** Das Bürgeramt Ihres Wohnorts.\n\n" +
				"Den Antrag können Sie online stellen."},
		{"asked fact not in the entry", passEntry(), "de", facetSet(facetDuration),
			"**Reisepass beantragen**\n\n" +
				"Zu „Bearbeitungsdauer“ sagt die Leistungsbeschreibung nichts; bitte fragen Sie bei der zuständigen Stelle nach.\n\n" +
				"Den Antrag können Sie online stellen."},
		{"online asked, offered", passEntry(), "de", facetSet(facetOnline),
			"**Reisepass beantragen**\n\n" +
				"Das können Sie online erledigen.\n\n" +
				"Dafür buchen Sie am besten einen Termin."},
		{"online and appointment asked, neither offered", plainEntry(), "de", facetSet(facetOnline, facetAppointment),
			"**Hundesteuer anmelden**\n\n" +
				"Ein Online-Verfahren ist dafür nicht verzeichnet.\n\n" +
				"Eine Online-Terminbuchung ist dafür nicht verzeichnet; die Kontaktwege stehen auf der offiziellen Seite.\n\n" +
				"Alle Einzelheiten stehen auf der offiziellen Seite."},
		{"English answer about a German entry", passEntry(), "en", 0,
			"**Reisepass beantragen**\n\n" +
				"The official description is only available in German:\n\n" +
				"Einen Reisepass brauchen Sie für Reisen in viele Länder außerhalb der EU.\n\n" +
				"**Requirements:** Sie sind Deutsche oder Deutscher.\n\n" +
				"**Documents:**\n- Personalausweis\n- Biometrisches Passfoto\n\n" +
				"**Fees:** 37,50 Euro für Personen ab 24 Jahren.\n\n" +
				"You can apply online."},
		{"English answer, asked fact not in the entry", plainEntry(), "en", facetSet(facetDocuments),
			"**Hundesteuer anmelden**\n\n" +
				"The official description is only available in German:\n\n" +
				"The service description says nothing about “Documents”; please ask the responsible office.\n\n" +
				"All details are on the official page."},
		{"English answer about an English entry",
			knowledge.Entry{Title: "Dog tax", Language: "en", Fees: "120 euros a year.", InfoURL: "https://service.example.de/dog"}, "en", facetSet(facetFees),
			"**Dog tax**\n\n**Fees:** 120 euros a year.\n\nAll details are on the official page."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := composeAnswer(tt.entry, tt.lang, tt.asked); got != tt.want {
				t.Errorf("composeAnswer\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestComposeAnswerLabels checks that a general answer labels exactly the
// facts the entry has.
func TestComposeAnswerLabels(t *testing.T) {
	e := passEntry()
	for _, lang := range []string{"de", "en"} {
		got := composeAnswer(e, lang, 0)
		p := phrasesFor(lang)
		for _, f := range generalFacets {
			label := "**" + p.facetLabels[f] + ":**"
			if has := strings.Contains(got, label); has != (field(e, f) != "") {
				t.Errorf("%s: label %q present: %v, entry has the fact: %v\n%s", lang, label, has, field(e, f) != "", got)
			}
		}
		// Only the general facts, not deadlines or the office.
		for _, f := range []facet{facetDeadlines, facetResponsible} {
			if strings.Contains(got, p.facetLabels[f]) {
				t.Errorf("%s: general answer has %q:\n%s", lang, p.facetLabels[f], got)
			}
		}
	}
}

func TestComposeAnswerCutsLongFacts(t *testing.T) {
	e := passEntry()
	e.Fees = strings.Repeat("Die Gebühr richtet sich nach dem Alter der antragstellenden Person. ", 20)
	general := composeAnswer(e, "de", 0)
	asked := composeAnswer(e, "de", facetSet(facetFees))
	fees := func(s string) string {
		_, after, _ := strings.Cut(s, "**Kosten:** ")
		before, _, _ := strings.Cut(after, "\n\n")
		return before
	}
	if n := len([]rune(fees(general))); n == 0 || n > factLen {
		t.Errorf("fees in a general answer have %d runes, want 1..%d", n, factLen)
	}
	if n := len([]rune(fees(asked))); n <= factLen || n > askedLen {
		t.Errorf("asked fees have %d runes, want %d..%d", n, factLen+1, askedLen)
	}
}

func TestComposeClarify(t *testing.T) {
	options := []knowledge.Entry{passEntry(), plainEntry()}
	tests := []struct{ lang, want string }{
		{"de", "Dazu passen mehrere Dienstleistungen. Welche meinen Sie?\n\n- Reisepass beantragen\n- Hundesteuer anmelden"},
		{"en", "Several services fit your question. Which one do you mean?\n\n- Reisepass beantragen\n- Hundesteuer anmelden"},
	}
	for _, tt := range tests {
		if got := composeClarify(options, tt.lang); got != tt.want {
			t.Errorf("composeClarify(%s)\n got %q\nwant %q", tt.lang, got, tt.want)
		}
	}
}

func TestComposeNoAnswer(t *testing.T) {
	noPage := testTenant()
	noPage.FallbackURL = ""
	tests := []struct {
		name   string
		tenant knowledge.Tenant
		lang   string
		who    string
		want   string
	}{
		{"German with portal", testTenant(), "de", "",
			"Dazu habe ich leider keine passende Dienstleistung gefunden. Die Behördennummer 030 115 hilft Ihnen weiter (Mo–Fr 7–18 Uhr). Sie können auch die Suche im Serviceportal nutzen."},
		{"German without portal", noPage, "de", "",
			"Dazu habe ich leider keine passende Dienstleistung gefunden. Die Behördennummer 030 115 hilft Ihnen weiter (Mo–Fr 7–18 Uhr)."},
		{"English with portal", testTenant(), "en", "",
			"Sorry, I could not find a matching service for that. The public service number 030 115 can help you (Mo–Fr 7–18 Uhr). You can also use the search of the service portal."},
		{"German referral", noPage, "de", "die Familienkasse",
			"Dafür ist die Familienkasse zuständig, nicht diese Verwaltung. Wenn Sie unsicher sind, hilft Ihnen die Behördennummer 030 115 weiter (Mo–Fr 7–18 Uhr)."},
		{"English referral", testTenant(), "en", "the Jobcenter",
			"That is a matter for the Jobcenter, not for this administration. If you are unsure, the public service number 030 115 can help you (Mo–Fr 7–18 Uhr). You can also use the search of the service portal."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := composeNoAnswer(tt.tenant, tt.lang, tt.who); got != tt.want {
				t.Errorf("composeNoAnswer\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestActions(t *testing.T) {
	tests := []struct {
		name  string
		entry knowledge.Entry
		lang  string
		want  []Action
	}{
		{"online, appointment, info; at most two online", passEntry(), "de", []Action{
			{Title: "Reisepass online beantragen", URL: "https://online.example.de/reisepass", Kind: KindOnline},
			{Title: "Online beantragen", URL: "https://online.example.de/reisepass-express", Kind: KindOnline},
			{Title: "Termin buchen", URL: "https://termine.example.de/reisepass", Kind: KindAppointment},
			{Title: "Zur Leistungsbeschreibung", URL: "https://service.example.de/reisepass", Kind: KindInfo},
		}},
		{"English titles", passEntry(), "en", []Action{
			{Title: "Reisepass online beantragen", URL: "https://online.example.de/reisepass", Kind: KindOnline},
			{Title: "Apply online", URL: "https://online.example.de/reisepass-express", Kind: KindOnline},
			{Title: "Book an appointment", URL: "https://termine.example.de/reisepass", Kind: KindAppointment},
			{Title: "Official service page", URL: "https://service.example.de/reisepass", Kind: KindInfo},
		}},
		{"official page only", plainEntry(), "de", []Action{
			{Title: "Zur Leistungsbeschreibung", URL: "https://service.example.de/hundesteuer", Kind: KindInfo},
		}},
		{"no links", knowledge.Entry{Title: "Fundsachen"}, "de", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actions(tt.entry, tt.lang)
			if !slices.Equal(got, tt.want) {
				t.Errorf("actions\n got %+v\nwant %+v", got, tt.want)
			}
			allowed := Prompt{Entries: []knowledge.Entry{tt.entry}}.allowedURLs()
			for _, a := range got {
				if !allowed[a.URL] {
					t.Errorf("action %+v links a URL the entry does not have", a)
				}
			}
		})
	}
}

func TestFallbackActions(t *testing.T) {
	noPhone := testTenant()
	noPhone.FallbackPhone = ""
	tests := []struct {
		name   string
		tenant knowledge.Tenant
		lang   string
		want   []Action
	}{
		{"phone and portal", testTenant(), "de", []Action{
			{Title: "Behördennummer 030 115 anrufen", URL: "tel:030115", Kind: KindPhone},
			{Title: "Suche im Serviceportal", URL: "https://service.example.de/suche", Kind: KindInfo},
		}},
		{"English", testTenant(), "en", []Action{
			{Title: "Call 030 115", URL: "tel:030115", Kind: KindPhone},
			{Title: "Search the service portal", URL: "https://service.example.de/suche", Kind: KindInfo},
		}},
		{"portal only", noPhone, "de", []Action{
			{Title: "Suche im Serviceportal", URL: "https://service.example.de/suche", Kind: KindInfo},
		}},
		{"nothing", knowledge.Tenant{}, "de", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fallbackActions(tt.tenant, tt.lang); !slices.Equal(got, tt.want) {
				t.Errorf("fallbackActions\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestSuggestions(t *testing.T) {
	tests := []struct {
		name  string
		entry knowledge.Entry
		lang  string
		asked facets
		want  []string
	}{
		{"at most three, for facts the entry has", passEntry(), "de", 0,
			[]string{"Was kostet das?", "Welche Unterlagen brauche ich?", "Wer ist zuständig?"}},
		{"not what was just asked", passEntry(), "de", facetSet(facetFees),
			[]string{"Welche Unterlagen brauche ich?", "Wer ist zuständig?"}},
		{"English", passEntry(), "en", facetSet(facetDocuments),
			[]string{"What does it cost?", "Which office is responsible?"}},
		{"only facts the entry has", plainEntry(), "de", 0, []string{"Was kostet das?"}},
		{"none left", plainEntry(), "de", facetSet(facetFees), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestions(tt.entry, tt.lang, tt.asked); !slices.Equal(got, tt.want) {
				t.Errorf("suggestions = %q, want %q", got, tt.want)
			}
		})
	}
}
