package bot

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestOriginSide(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     int
	}{
		{"midwife from Ireland - how to get my qualification recognised?", sideEU},
		{"Hab in Österreich die Ausbildung zur PTA gemacht", sideEU},
		{"Zahnarzt aus Syrien mit Jobangebot", sideThird},
		{"I was a teacher in the United States", sideThird},
		{"My Brazilian diploma in nursing", sideThird},               // by adjective
		{"Meine polnische Ausbildung als Pflegerin", sideEU},         // German adjective, by stem
		{"I'm Italian, my husband is Indian", sideNone},              // one on each side
		{"Ich bin Französin und lebe seit fünf Jahren hier", sideEU}, // German noun for a citizen
		{"Mein Mann ist Türke", sideThird},
		{"Ich habe in Kenia als Hebamme gearbeitet", sideThird},
		{"My Peruvian engineering degree", sideThird},
		{"Anerkennung als Pflegefachfrau", sideNone},
	} {
		if got := originSide(tt.question); got != tt.want {
			t.Errorf("originSide(%q) = %d, want %d", tt.question, got, tt.want)
		}
	}
}

func TestTitleSide(t *testing.T) {
	for title, want := range map[string]int{
		"Anerkennung ausländischer Berufsqualifikationen (Drittstaat) als Hebamme beantragen":     sideThird,
		"Anerkennung ausländischer Berufsqualifikationen (EU/EWR/Schweiz) als Hebamme beantragen": sideEU,
		"Fahrerlaubnis - Umschreibung einer ausländischen Fahrerlaubnis aus einem EU-/EWR-Staat":  sideEU,
		"Fahrerlaubnis - Umschreibung aus einem Nicht-EU/EWR-Land (Drittstaat/Anlage 11)":         sideThird,
		"Zulassung eines aus dem Nicht-EU-Mitgliedstaat eingeführten Gebrauchtfahrzeuges":         sideThird,
		"Zulassung eines aus dem EU-Ausland eingeführten fabrikneuen Fahrzeuges":                  sideEU,
		"Bescheinigung über das Daueraufenthaltsrecht für Unionsbürger (EU/EWR)":                  sideEU,
		"Blaue Karte EU beantragen":                 sideNone, // for third countries' citizens
		"Daueraufenthalt-EU - Erlaubnis beantragen": sideNone,
		"Aufenthaltskarte für Familienangehörige von Bürgern der EU (außer Deutschland) und des EWR - Ausstellung": sideNone,
		"Reisepass beantragen": sideNone,
	} {
		if got := titleSide(title); got != want {
			t.Errorf("titleSide(%q) = %d, want %d", title, got, want)
		}
	}
}

// A question that says where a qualification comes from gets the service
// for that side before a sibling that names no side.
func TestAnswerPrefersTheSideToNoSide(t *testing.T) {
	b := siblings(t, "Berufserlaubnis als Tierarzt beantragen", "Approbation (Drittstaat) als Tierarzt beantragen")
	wantFirst(t, b, map[string]string{"Tierarzt aus Kanada: was brauche ich?": "second", "Tierarzt: was brauche ich?": "first"})
}

func TestTitleForeign(t *testing.T) {
	for title, want := range map[string]bool{
		"Architektenliste - Ausländische Architekten/Stadtplaner registrieren": true,
		"Berufsqualifikation aus dem Ausland anerkennen - Bewacher":            true,
		"Eheschließung im Ausland - Nachbeurkundung beantragen":                false, // an event abroad, not a thing from there
		"Architekten- und Stadtplaner-Liste bzw. Verzeichnisse - Eintragung":   false,
	} {
		if got := titleForeign(title); got != want {
			t.Errorf("titleForeign(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestTitleHome(t *testing.T) {
	for title, want := range map[string]bool{
		"Approbation als Tierarzt/-ärztin - wenn tierärztliche Prüfung in Berlin abgelegt": true,
		"Approbation (Drittstaat) als Tierarzt/ärztin beantragen":                          false,
		"Ausfuhrkennzeichen beantragen für Neu- und Gebrauchtfahrzeuge aus dem Inland":     false, // a car leaving goes abroad
	} {
		if got := titleHome(title); got != want {
			t.Errorf("titleHome(%q) = %v, want %v", title, got, want)
		}
	}
}

// A question that says where something comes from gets the service for
// what comes from abroad before one for what comes from here, unless a
// candidate names the question's side.
func TestAnswerPrefersTheForeignToNoSide(t *testing.T) {
	b := siblings(t, "Architektenliste - Eintragung", "Architektenliste - Ausländische Architekten registrieren")
	wantFirst(t, b, map[string]string{"Architektin aus Frankreich: wo eintragen?": "second", "Architektin: wo eintragen?": "first"})
	b = siblings(t, "Ausländische Berufsqualifikationen anerkennen",
		"Anerkennung ausländischer Berufsqualifikationen (Drittstaat) als Hebamme beantragen")
	wantFirst(t, b, map[string]string{"Beruf aus Kanada: Anerkennung?": "second"})
}

// A question that names an EU country gets the EU sibling of a service
// split by origin, without being asked which one; one that names a foreign
// country gets the service for a qualification from abroad, not the one
// for an examination passed here.
func TestAnswerPrefersTheOriginsSide(t *testing.T) {
	for _, tt := range []struct {
		first, second string
		want          map[string]Status
	}{
		{"Anerkennung ausländischer Berufsqualifikationen (Drittstaat) als Hebamme beantragen",
			"Anerkennung ausländischer Berufsqualifikationen (EU/EWR/Schweiz) als Hebamme beantragen",
			map[string]Status{"Hebamme aus Irland: Anerkennung?": Answered, "Hebamme: Anerkennung?": Clarify}},
		{"Approbation als Tierarzt - wenn tierärztliche Prüfung in Berlin abgelegt",
			"Approbation (EU/EWR/Schweiz) als Tierarzt beantragen",
			map[string]Status{"Tierarzt mit Studium in Spanien: Approbation?": Answered, "Tierarzt: Approbation?": Clarify}},
	} {
		b := siblings(t, tt.first, tt.second)
		for question, want := range tt.want {
			r := answerDE(t, b, question)
			if r.Status != want || want == Answered && (len(r.Sources) == 0 || r.Sources[0].ID != "second") {
				t.Errorf("%q: %s %+v, want %s (%q when answered)", question, r.Status, r.Sources, want, tt.second)
			}
		}
	}
}

func TestHomeQualification(t *testing.T) {
	for q, want := range map[string]bool{
		"Ich habe die Staatsprüfung in Berlin bestanden. Was muss ich jetzt beantragen?":      true,
		"I completed my training in Berlin as a midwife. How do I get the permit?":            true,
		"Ich habe die Ausbildung in Berlin abgeschlossen, komme aber aus Syrien.":             false, // a country named
		"Meine Ausbildung habe ich in Berlin abgeschlossen, die Berufserfahrung im Ausland.":  false, // abroad
		"Ich habe eine Ausbildung abgeschlossen und möchte in Berlin als Pflegerin arbeiten.": false, // Berlin is where to work
		"Meine Ausbildung als Erzieherin wurde in Berlin nicht anerkannt. Was kann ich tun?":  false, // no completion
		"I passed the knowledge exam in Berlin. How do I get my licence to practise?":         false, // the foreign route
		"Ich habe die Ausbildung in Berlin angefangen. Was brauche ich?":                      false, // not completed
		"Ich habe die Prüfung in Berlin bestanden, aber sie wurde nicht anerkannt. Was nun?":  false, // a recognition
	} {
		if got := homeQualification(q); got != want {
			t.Errorf("homeQualification(%q) = %v, want %v", q, got, want)
		}
	}
}

// A question that tells of a qualification gained at home gets the
// service for it before the one for a qualification from abroad.
func TestAnswerPrefersHomeToForeign(t *testing.T) {
	b := siblings(t, "Anerkennung ausländischer Berufsqualifikationen (EU/EWR/Schweiz) als Podologe beantragen",
		"Erlaubnis zum Führen der Berufsbezeichnung als Podologe")
	wantFirst(t, b, map[string]string{
		"Ich habe die Prüfung als Podologin in Berlin bestanden. Welche Urkunde brauche ich?": "second",
		"Ich bin Podologin. Welche Urkunde brauche ich?":                                      "first",
	})
}

// siblings returns a bot whose search finds two entries titled first and
// second about equally well, first a little ahead; their ids are "first"
// and "second".
func siblings(t *testing.T, first, second string) *Bot {
	t.Helper()
	entry := func(id, title string) knowledge.Entry {
		return knowledge.Entry{ID: id, Title: title, Language: "de", InfoURL: "https://service.example.de/" + id, Summary: title + "."}
	}
	kb := newFakeKB(t, entry("first", first), entry("second", second))
	kb.hits = []knowledge.Hit{
		{ID: "first", Title: first, Score: 0.0328, Similarity: 0.5, NameFit: 0.4},
		{ID: "second", Title: second, Score: 0.0325, Similarity: 0.5, NameFit: 0.4},
	}
	return New(kb, Options{})
}

// wantFirst checks that b ranks, for each German question, the sibling
// ("first" or "second") it maps to first.
func wantFirst(t *testing.T, b *Bot, want map[string]string) {
	t.Helper()
	for question, first := range want {
		if r := answerDE(t, b, question); len(r.Ranking) == 0 || r.Ranking[0] != first {
			t.Errorf("%q: ranking %v, want %s first", question, r.Ranking, first)
		}
	}
}

// answerDE returns b's reply to question in a German chat.
func answerDE(t *testing.T, b *Bot, question string) Reply {
	t.Helper()
	r, err := b.Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: question}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEUCitizen(t *testing.T) {
	for q, want := range map[string]bool{
		"Ich bin Italienerin und wohne seit fünf Jahren in Berlin":                    true,
		"My Polish wife wants to stay in Berlin for good":                             true,
		"I'm from the Netherlands and start a business here":                          true, // a country after "from"
		"I'm Italian, my husband is Indian":                                           false,
		"Ich lebe mit Aufenthaltserlaubnis in Berlin und will nach Frankreich ziehen": false, // holds a residence title, names where to
		"Ich bin Schweizerin und habe eine Aufenthaltserlaubnis-Schweiz":              true,  // the Swiss residence title is theirs
		"Ich bin Türkin und wohne seit fünf Jahren in Berlin":                         false,
		"Wie bekomme ich eine Niederlassungserlaubnis?":                               false,
		"I work for a French company in Berlin and need a Blue Card":                  false, // the company's
		"I'm Indian and hold a long-term residence permit from Italy":                 false,
		"I'm doing a PhD at a Dutch university":                                       false,
		"Meine Frau kommt aus Polen und möchte hier bleiben":                          true,
		"Ich komme aus den USA, mein Mann ist Italiener":                              false, // "aus den USA" names a third country
		"My late husband was Polish and I stay in Berlin":                             true,
		"We hold a long-term residence permit from Italy and move to Berlin":          false,
		"I'm Italian and have lived in Berlin for five years":                         true,
		"Meine Frau ist Italienerin, ich habe eine Aufenthaltserlaubnis":              false, // the asker holds a residence title
	} {
		if got := euCitizen(q); got != want {
			t.Errorf("euCitizen(%q) = %v, want %v", q, got, want)
		}
	}
}

// A citizen of the Union needs no residence title of third countries: the
// sibling for the families of the Union's citizens comes first.
func TestAnswerSparesTheUnionResidenceTitles(t *testing.T) {
	b := siblings(t, "Niederlassungserlaubnis (allgemein)", "Aufenthaltskarte für Familienangehörige von Bürgern der EU")
	wantFirst(t, b, map[string]string{
		"Ich bin Italienerin. Darf ich für immer bleiben?": "second",
		"Ich bin Türkin. Darf ich für immer bleiben?":      "first",
		"Darf ich für immer bleiben?":                      "first",
	})
	b = siblings(t, "Blaue Karte EU beantragen", "Aufenthaltskarte für Familienangehörige von Bürgern der EU")
	wantFirst(t, b, map[string]string{"Mein polnischer Mann arbeitet hier. Was braucht er?": "second"})
}

func TestForeignLawQuery(t *testing.T) {
	for q, want := range map[string]string{
		"Können wir festlegen, dass unser Name nach spanischem Recht gebildet wird?": foreignLawWords,
		"We'd like our surname to be governed by Italian law":                        foreignLawWords,
		"Wir wurden in der Türkei nach dem türkischen Recht geschieden":              foreignLawWords,
		"Does the law of Poland apply to our child's name?":                          foreignLawWords,
		"Kann mein Name an das deutsche Recht angeglichen werden?":                   "", // German law is no foreign law
		"Ich bin Spanier. Habe ich ein Recht auf einen Integrationskurs?":            "", // a right, not a country's law
		"Mein spanischer Führerschein läuft ab":                                      "",
	} {
		if got := foreignLawQuery(q); got != want {
			t.Errorf("foreignLawQuery(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestImportQuery(t *testing.T) {
	for q, want := range map[string]string{
		"Ich habe in Polen einen gebrauchten Transporter gekauft. Wie bekomme ich Berliner Kennzeichen?":    importedVehicle,
		"We bought a used camper van in Norway. How do we register it here?":                                importedVehicle,
		"Ich habe in Holland einen gebrauchten VW gekauft. Wie melde ich den in Berlin an?":                 importedVehicle,
		"Ich habe in Holland einen gebrauchten VW gekauft. Wie melde ich den Schaden an die Versicherung?":  "", // no registering
		"Ich habe in Hamburg einen gebrauchten Transporter gekauft. Wie bekomme ich Berliner Kennzeichen?":  "", // no country
		"Ich habe in Polen einen neuen Transporter gekauft. Wie bekomme ich Berliner Kennzeichen?":          "", // not used
		"I bought a used bike in Denmark. Is it insured?":                                                   "", // not registered
		"Ich habe in Polen einen gebrauchten Transporter mit Kennzeichen gekauft. Wie hoch ist die Steuer?": "", // registering not asked
	} {
		if got := importQuery(q); got != want {
			t.Errorf("importQuery(%q) = %q, want %q", q, got, want)
		}
	}
}

// The foreign law a message names is searched for along with a move it
// tells of, and so is a used vehicle bought abroad; the candidates count
// as moved only for the move.
func TestSearchAddsReadings(t *testing.T) {
	entry := knowledge.Entry{ID: "rechtswahl", Title: "Rechtswahlerklärung", Language: "de", Region: "berlin"}
	for text, want := range map[string][]string{
		"Gilt für unseren Namen spanisches Recht?":                         {foreignLawWords},
		"Wir ziehen nach Pankow. Gilt für unseren Namen spanisches Recht?": {moveInWords, foreignLawWords},
		"Wir ziehen nach Pankow. Wie lange dauert das?":                    {moveInWords},
		"Wie lange dauert eine Namenserklärung?":                           nil,
		"In Polen gebraucht gekauft, wo bekomme ich Kennzeichen?":          {importedVehicle},
	} {
		kb := newFakeKB(t, entry)
		kb.hits = []knowledge.Hit{{ID: "rechtswahl", Region: "berlin", Score: 0.03, Similarity: 0.5}}
		if _, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: testTenant(), Lang: "de", Text: text}, nil); err != nil {
			t.Fatal(err)
		}
		if len(kb.queries) == 0 || !slices.Equal(kb.queries[0].Adds, want) {
			t.Errorf("%q: searched %+v, want the adds %q", text, kb.queries, want)
		}
	}
}
