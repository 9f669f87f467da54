package bot

// phrases are the built-in answers' words in one language.
type phrases struct {
	facetLabels    [numFacets]string
	notListed      string // %s: facet label
	onlineYes      string
	onlineNo       string
	appointYes     string
	appointNo      string
	closeOnline    string
	closeAppoint   string
	closeInfo      string
	germanSource   string
	clarify        string
	noAnswer       string // %s: phone, %s: hours
	referral       string // %s: who is responsible, %s: phone, %s: hours
	caseStatus     string
	caseStatusPage string // %s: the service's title
	callUs         string // %s: phone, %s: hours
	vague          string
	closing        string
	advice         string
	staffComplaint string
	noAnswerPage   string
	refusal        string
	actionOnline   string
	actionAppoint  string
	actionInfo     string
	actionPhone    string // %s: phone
	actionSearch   string
	suggest        [numFacets]string
}

var phrasesDE = phrases{
	facetLabels: [numFacets]string{
		facetFees: "Kosten", facetDocuments: "Unterlagen", facetDuration: "Bearbeitungsdauer",
		facetPrerequisites: "Voraussetzungen", facetDeadlines: "Fristen", facetResponsible: "Zuständig",
		facetOnline: "Online", facetAppointment: "Termin",
	},
	notListed:      "Zu „%s“ sagt die Leistungsbeschreibung nichts; bitte fragen Sie bei der zuständigen Stelle nach.",
	onlineYes:      "Das können Sie online erledigen.",
	onlineNo:       "Ein Online-Verfahren ist dafür nicht verzeichnet.",
	appointYes:     "Einen Termin können Sie online buchen.",
	appointNo:      "Eine Online-Terminbuchung ist dafür nicht verzeichnet; die Kontaktwege stehen auf der offiziellen Seite.",
	closeOnline:    "Den Antrag können Sie online stellen.",
	closeAppoint:   "Dafür buchen Sie am besten einen Termin.",
	closeInfo:      "Alle Einzelheiten stehen auf der offiziellen Seite.",
	germanSource:   "",
	clarify:        "Dazu passen mehrere Dienstleistungen. Welche meinen Sie?",
	noAnswer:       "Dazu habe ich leider keine passende Dienstleistung gefunden. Die Behördennummer %s hilft Ihnen weiter (%s).",
	noAnswerPage:   "Sie können auch die Suche im Serviceportal nutzen.",
	referral:       "Dafür ist %s zuständig, nicht diese Verwaltung. Wenn Sie unsicher sind, hilft Ihnen die Behördennummer %s weiter (%s).",
	caseStatus:     "Den Stand Ihres Antrags kann ich nicht einsehen: Ich kenne die Beschreibungen der Dienstleistungen, keine Akten. Bitte fragen Sie bei der Stelle nach, die Ihren Antrag bearbeitet.",
	caseStatusPage: "Die Kontaktdaten der Stelle stehen auf der Seite „%s“.",
	callUs:         "Die Behördennummer %s hilft Ihnen auch weiter (%s).",
	vague:          "Worum geht es? Nennen Sie mir bitte Ihr Anliegen, zum Beispiel „Personalausweis beantragen“ oder „Wohnung anmelden“. Dann zeige ich Ihnen die passende Dienstleistung mit Unterlagen, Kosten und dem Weg zum Termin.",
	closing:        "Gern geschehen! Wenn Sie noch eine Frage zu einer Dienstleistung der Verwaltung haben, schreiben Sie mir einfach.",
	advice:         "Anbieter, Lokale und Angebote empfehle oder vergleiche ich nicht. Ich helfe Ihnen bei Dienstleistungen der Verwaltung, zum Beispiel bei Anmeldung, Ausweis oder Wohngeld.",
	staffComplaint: "Eine Beschwerde über eine Mitarbeiterin oder einen Mitarbeiter richten Sie an die Leitung der Behörde, in der sie oder er arbeitet, am besten schriftlich (Dienstaufsichtsbeschwerde). Die Kontaktdaten stehen auf den Seiten der Behörde. Einzelne Fälle kann ich nicht prüfen.",
	refusal:        "Dabei kann ich nicht helfen. Ich beantworte Fragen zu Dienstleistungen der Verwaltung, zum Beispiel zu Ausweis, Anmeldung oder Wohngeld.",
	actionOnline:   "Online beantragen",
	actionAppoint:  "Termin buchen",
	actionInfo:     "Zur Leistungsbeschreibung",
	actionPhone:    "Behördennummer %s anrufen",
	actionSearch:   "Suche im Serviceportal",
	suggest: [numFacets]string{
		facetFees: "Was kostet das?", facetDocuments: "Welche Unterlagen brauche ich?",
		facetDuration: "Wie lange dauert das?", facetPrerequisites: "Wer kann das beantragen?",
		facetDeadlines: "Gibt es eine Frist?", facetResponsible: "Wer ist zuständig?",
	},
}

var phrasesEN = phrases{
	facetLabels: [numFacets]string{
		facetFees: "Fees", facetDocuments: "Documents", facetDuration: "Processing time",
		facetPrerequisites: "Requirements", facetDeadlines: "Deadlines", facetResponsible: "Responsible office",
		facetOnline: "Online", facetAppointment: "Appointment",
	},
	notListed:      "The service description says nothing about “%s”; please ask the responsible office.",
	onlineYes:      "You can do this online.",
	onlineNo:       "No online procedure is listed for this.",
	appointYes:     "You can book an appointment online.",
	appointNo:      "No online appointment booking is listed for this; the official page has the ways to get in touch.",
	closeOnline:    "You can apply online.",
	closeAppoint:   "It is best to book an appointment for this.",
	closeInfo:      "All details are on the official page.",
	germanSource:   "The official description is only available in German:",
	clarify:        "Several services fit your question. Which one do you mean?",
	noAnswer:       "Sorry, I could not find a matching service for that. The public service number %s can help you (%s).",
	noAnswerPage:   "You can also use the search of the service portal.",
	referral:       "That is a matter for %s, not for this administration. If you are unsure, the public service number %s can help you (%s).",
	caseStatus:     "I can't see the status of your application: I know the descriptions of the services, not case files. Please ask the office handling your application.",
	caseStatusPage: "The office's contact details are on the page “%s”.",
	callUs:         "The public service number %s can help you too (%s).",
	vague:          "What is it about? Please tell me your matter, for example “apply for an ID card” or “register my address”. I will then show you the right service with its documents, fees and the way to an appointment.",
	closing:        "You're welcome! If you have another question about a public service, just write to me.",
	advice:         "I don't recommend or compare providers, places or offers. I help with public services, for example registering an address, ID cards or housing benefit.",
	staffComplaint: "A complaint about a member of staff goes to the head of the authority they work for, best in writing (a “Dienstaufsichtsbeschwerde”). The contact details are on the authority's pages. I can't look into individual cases.",
	refusal:        "I can't help with that. I answer questions about public services, for example ID cards, registering an address or housing benefit.",
	actionOnline:   "Apply online",
	actionAppoint:  "Book an appointment",
	actionInfo:     "Official service page",
	actionPhone:    "Call %s",
	actionSearch:   "Search the service portal",
	suggest: [numFacets]string{
		facetFees: "What does it cost?", facetDocuments: "What do I need to bring?",
		facetDuration: "How long does it take?", facetPrerequisites: "Who can apply?",
		facetDeadlines: "Is there a deadline?", facetResponsible: "Which office is responsible?",
	},
}

func phrasesFor(lang string) *phrases {
	if lang == "en" {
		return &phrasesEN
	}
	return &phrasesDE
}
