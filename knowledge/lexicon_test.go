package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestDefaultLexiconExpands(t *testing.T) {
	lex := DefaultLexicon()
	if lex.Len() < 100 {
		t.Fatalf("built-in lexicon has %d phrases, want its files loaded", lex.Len())
	}
	for _, tt := range []struct{ question, want string }{
		{"Perso verloren, was nun?", "Personalausweis"},
		{"Ich habe ein Knöllchen bekommen", "Verwarnungsgeld Bußgeld"},
		{"KNOELLCHEN bezahlen", "Verwarnungsgeld Bußgeld"},
		{"How do I get a residence permit?", "Aufenthaltserlaubnis Aufenthaltstitel"},
		{"exchange driving licence", "Fahrerlaubnis Umschreibung ausländische"},
		{"Sportpistole verkauft – melden?", "Waffenrecht Überlassung Waffen"},
		{"werbeschild an laterne anbringen", "Lichtmastwerbung"},
		{"Bescheinigung, dass ich keine Steuerschulden habe", "Bescheinigung Steuersachen steuerliche"},
		{"dönerladen dreckig, wo melden", "Lebensmittelsicherheit Prüfung"},
		{"How do we choose which last name she gets?", "Namenserklärung Familiennamen neugeborenes Kind"},
		{"renew taxi licence + add 2 cars", "Erneuerung Taxigenehmigung"},
		{"Unser Laden will an einem Sonntag aufmachen", "Ladenöffnungszeiten Ausnahmen besonderem Anlass"},
		{"Mein Sohn hat Angst vor der Schule", "Schule Schulpsychologische Beratung SIBUZ"},
		{"brauche nachweis dass ich in berlin gemeldet bin", "Meldebescheinigung"},
		{"I'm 15 and can't stay at home anymore", "Inobhutnahme Notdienst Kinderschutz"},
		{"she is scared to go home because her stepdad beats her", "Inobhutnahme Notdienst Kinderschutz"},
		{"Can I use one numberplate for both to save money?", "Wechselkennzeichen"},
		{"How do I apply for a Grad der Behinderung?", "Schwerbehinderung Feststellungsverfahren Schwerbehindertenausweis"},
		{"Kann man beide Einkommen zusammen ansetzen lassen?", "Zusammenrechnung mehrerer Einkommen Schuldner gepfändete"},
		{"Unser Verein will Altkleider einsammeln", "Abfallsammlungen gemeinnützige gewerbliche"},
		{"How do we get a document proving our married name?", "Bescheinigung Namensführung"},
		{"We want to start rehoming dogs from Spain", "Tiere Erlaubnis Zucht Haltung Handel"},
		{"how can I see whether a company is registered", "Gewerberegisterauszug elektronische"},
		{"I need a gun collector permit", "Waffenbesitzkarte rot Sammelnde"},
		{"How can I find out whether I am a German citizen?", "Staatsangehörigkeitsausweis"},
		{"Soll ich mich als e.K. eintragen lassen?", "Handelsregister Einzelkaufmann Einzelkauffrau"},
		{"Unser Betrieb will auf E-Autos umsteigen", "Förderung Wirtschaftsnahe Elektromobilität WELMO"},
		{"Wir gründen eine GmbH mit Sitz in Mitte", "Handelsregister Gesellschaft mit beschränkter Haftung GmbH"},
		{"Kann ich beim Amt eine Adresse erfragen?", "Melderegisterauskunft"},
		{"Ab Mai soll mein Geschäftsführer die Bar allein führen", "Gaststättengewerbe Stellvertretungserlaubnis"},
		{"Ingenieurabschluss aus Brasilien, was nun?", "Ingenieur Berufsqualifikationen"},
		{"Ich bin Fliesenleger mit eigenem Betrieb in Polen", "Handwerk Gestattung vorübergehender grenzüberschreitender"},
		{"Wer sagt mir, welche Ämter und Genehmigungen ich für mein Café brauche?", "Einheitlicher Ansprechpartner"},
		{"Wie reiche ich als Geschäftsführer einen Insolvenzantrag ein?", "Regelinsolvenz Geschäftsbetrieb Eigenantrag"},
		{"Unser Enkel lebt seit Mai bei uns. Welche Hilfe gibt es?", "Hilfe Lebensunterhalt Minderjährige Verwandtenpflege"},
		{"Ist der Handwerker bei der Handwerkskammer eingetragen?", "Einzelauskunft Handwerksrolle"},
		{"Can our two plots be combined into one parcel?", "Grundstück Flurstücksverschmelzung"},
		{"Can she be taken to a psychiatric hospital against her will?", "Unterbringung psychisch Kranker"},
		{"Ich bin Schweizerin. Wo melde ich mich?", "Aufenthaltserlaubnis-Schweiz"},
		{"Wo ist mein Schulfreund heute gemeldet?", "Melderegisterauskunft einholen"},
		{"Kann ich meine Ausbildung ein Jahr kürzer machen?", "Handwerk Ausbildungsdauer verkürzen"},
		{"I saw bruises on the neighbours' boy", "Kinderschutz Hotline Gefährdungen"},
		{"Can I run a private driver service with two cars?", "Erteilung Mietwagengenehmigung"},
		{"Can I take my rifle to a match in France?", "Waffenrecht Europäischen Feuerwaffenpass"},
		{"There is a fridge dumped outside our house", "Schrott illegal Entsorgung"},
		{"Our director says one of the children has measles", "Infektionskrankheiten melden Gemeinschaftseinrichtungen"},
		{"I need a paper on which name I carry", "Bescheinigung Namensführung"},
		{"is there a one stop office for founders", "Einheitlicher Ansprechpartner"},
		{"Wer hilft mir bei allen Behördenschritten für meine Firma?", "Einheitlicher Ansprechpartner"},
		{"where is the login for official cadastral maps", "Geobasisdaten Online Zugang"},
		{"there were mice in the kitchen of the bakery", "Lebensmittelsicherheit Prüfung"},
		{"can my stepdaughter get our new family name?", "Einbenennung Kindes"},
		{"Mein Lehrling bekommt mehr Geld ab Januar", "Änderung Berufsausbildungsvertrages"},
		{"Wie ansteckend sind Windpocken?", "Impfungen Infektionskrankheiten Beratung"},
		{"Ich brauche eine Vergrößerungssoftware im Büro", "Begleitende Hilfe Arbeitnehmer"},
		{"Gibt es jemanden, der unseren Sohn regelmäßig begleitet und unterstützt?", "Erziehungsbeistand Betreuungshelfer"},
		{"Motorrad gekauft ist abgemeldet, was nun", "Zulassung außer Betrieb gesetzten Fahrzeuges anderen Halter"},
		{"Der Wagen ist noch mit B-Kennzeichen angemeldet, ich habe ihn gekauft", "Umschreibung Berliner Kennzeichen Halter"},
		{"Unsere Firma braucht hunderte Anschriften pro Monat", "Melderegisterauskunft Mehrfachabfrager"},
		{"Die Küche war versifft, wo melde ich das?", "Lebensmittelsicherheit Prüfung"},
		{"What is allowed to be built there, on the lot behind us?", "Bebauungsplan Fluchtlinienplan einsehen"},
		{"Jagdgewehr an Kollegen verkauft, was nun?", "Waffenrecht Überlassung Waffen"},
		{"Mein Asylausweis läuft bald ab", "Aufenthaltsgestattung verlängern"},
		{"Kann ich ein Wunschnummernschild vorab sichern?", "Kraftfahrzeugkennzeichen reservieren"},
		{"wie wird man statik prüfer", "Prüfingenieur Standsicherheit"},
		{"Wir haben bei der Kitaschließung Lohnersatz gezahlt", "Erstattung Infektionsschutzgesetz Kinderbetreuung Arbeitgeber"},
		{"My brother would run it while I travel, but I'm the one in charge of my bar", "Gaststättengewerbe Stellvertretungserlaubnis"},
		{"Darf unsere Privatschule selbst Abschlusszeugnisse ausstellen?", "Staatliche Anerkennung Ersatzschulen"},
		{"Darf meine Pistole zum Wettkampf in Polen mit?", "Waffenrecht Europäischen Feuerwaffenpass"},
		{"Müssen wir das Warmwasser auf Bakterien prüfen lassen?", "Legionellen Trinkwasser"},
		{"Ist meine türkische Ausbildung in Deutschland gültig?", "Anerkennung Berufsqualifikationen"},
		{"vet temporary permission Berlin", "Berufserlaubnis Tierärztin Tierarzt"},
		{"Kann ich arbeiten, solange mein Antrag auf Approbation läuft?", "Berufserlaubnis vorübergehende"},
		{"Meine Tante hat drei Gewehre hinterlassen", "Waffenbesitzkarte grün"},
		{"Die Beamten haben meine Tür aufgebrochen, wer zahlt?", "Schadensersatz Allgemeiner Schadensfall"},
		{"Er zahlt nichts mehr für die Kinder", "Unterhaltsvorschuss Beistandschaft Kindesunterhalt"},
		{"Kann ich beim Gericht festlegen lassen, wie viel sie zahlt?", "Kindesunterhalt festsetzen Beurkundung Unterhaltsverpflichtung"},
		{"Wir sind eine landeseigene Gesellschaft und zweifeln an einer Rechnung", "Öffentlicher Auftrag Preis prüfen"},
		{"Abi geschafft, aber keinen Plan was danach", "Jugendberufsagentur Übergang Schule Beruf"},
		{"Wer kontrolliert die Kammer, wenn sie nichts tut?", "Staatsaufsicht Handwerkskammer Beschwerde"},
		{"We plan to open a debt collection agency", "Rechtsdienstleistungen Inkasso- registrieren"},
		{"My son left school without a certificate", "Jugendberufshilfe Schulabschluss"},
		{"Can the Jugendamt act for my daughter?", "Beistandschaft Jugendamt"},
		{"passed angling exam last week, what next", "Fischereischein beantragen"},
		{"Angelprüfung bestanden, und jetzt?", "Fischereischein beantragen"},
		{"Da liegt eine tote Katze auf dem Gehweg", "Tierkadaver Entsorgung"},
		{"Wir wollen Tagesausflüge für Touristen mit dem Kleinbus anbieten", "Erteilung Ferienzielfahrten PKW"},
		{"Gibt es einen Zuschuss für denkmalgeschütztes Eigentum?", "Denkmal Zuwendung denkmalpflegerische Mehraufwendungen"},
		{"Wie stelle ich den Insolvenzantrag für die GmbH?", "Regelinsolvenz Geschäftsbetrieb Eigenantrag"},
		{"Der Versorger hat eine Sperre angedroht", "Kostenübernahme Energiesperre Strom Gas"},
		{"Er darf meine Adresse nicht rausfinden", "Melderegisterauskunft sperren Auskunftssperre"},
		{"I have to acknowledge that I'm the mother", "Mutterschaftsanerkennung Mutterschaft"},
		{"He has war injuries from 1944", "Kriegsopferfürsorge Sozialen Entschädigungsrecht"},
		{"Is there a faster visa for our new developer?", "Beschleunigtes Fachkräfteverfahren"},
		{"motorbike in the umweltzone", "Umweltzone allgemeinen Ausnahme"},
		{"a permit for storing rockets", "Sprengstoff Lagergenehmigung"},
		{"Wir wollen alte Fotos einscannen", "Digitalisierung kulturellen Erbes"},
		{"Die Nachbarskinder sind oft allein", "Kinderschutz Hotline Gefährdungen"},
		{"Soll man das kinderpsychiatrisch untersuchen?", "Kinder Jugendliche psychischen Verhaltensauffälligkeiten"},
		{"Kann ich erfahren, ob es abgegeben wurde?", "Fundsachen Verlorene Sachen zurückbekommen"},
		{"Mein Sohn soll den Namen auch bekommen", "Namensrechtliche Erklärungen Einbenennung Kindes"},
		{"Sie hat starke Ängste", "Eingliederungshilfe seelisch behinderte Kinder Jugendliche"},
		{"Wer sagt mir, welche Anträge ich wo stellen muss?", "Einheitlicher Ansprechpartner"},
		{"Ich brauche einen Nachweis, dass ich Deutsche bin", "Staatsangehörigkeitsausweis"},
		{"Wann ist das StB-Examen?", "Prüfung Steuerberater Zulassung"},
		{"Wurde gegen ihn wegen Schulden vollstreckt?", "Schuldnerverzeichnis Auskunft"},
		{"Welche Ausfuhrgenehmigung brauche ich für die Schildkröte?", "Vorlagebescheinigung Transportgenehmigung"},
		{"Wir sind eine Sanierungsfirma", "Asbest Abbruch- Sanierungs- Instandhaltungsarbeiten anzeigen"},
		{"My sister has an intellectual disability", "Leistungen Teilhabe Eingliederungshilfe Menschen mit Behinderungen"},
		{"Can I get an extract from the trade register?", "Gewerberegisterauszug schriftliche"},
		{"Can it go on with her in charge?", "Gewerbe Fortführung Stellvertretung"},
		{"We run a day care centre for elderly people", "Kurzzeitpflege Nachtpflege Pauschalförderung"},
		{"Wo gibt es die Tachokarte für die Firma?", "Unternehmenskarte"},
		{"hygiene mängel im imbiss", "Lebensmittelsicherheit Hygienemängel Lebensmittelaufsichtsamt"},
		{"Darf ich einen Netzpython halten?", "Tiere gefährliche Wildtiere Ausnahmegenehmigung Haltung"},
		{"I was a lay judge at the Sozialgericht", "Richter ehrenamtlich Entschädigung Fachgerichtsbarkeit"},
		{"Wir eröffnen ein Geschäft für Sportwaffen", "Waffenhandelserlaubnis"},
		{"Mein Bruder ist untergetaucht und wir wollen erben", "Abwesenheitspfleger abwesende Person"},
		{"The bailiff seized my car, can I object?", "Zwangsvollstreckung Erinnerung Art Weise"},
		{"My mother's MS got worse this year", "Hilfen körperlichen Beeinträchtigungen chronischen Erkrankungen"},
		{"New car from Belgium, but no German vehicle title", "fabrikneuen Fahrzeuges ohne Zulassungsbescheinigung"},
		{"Ich habe zwei Jagdgewehre geerbt", "Waffenbesitzkarte grün"},
		{"kartonberg an der straße abgeladen", "Altpapier illegal Entsorgung"},
		{"Finanzanlagenvermittler-Erlaubnis da, jetzt Registereintrag?", "Vermittlerregister Eintragung"},
		{"Wir wollen das mit dem Visum und der Anerkennung schneller hinkriegen", "Beschleunigtes Fachkräfteverfahren"},
		{"Wir müssen jeden Monat hunderte Adressen abfragen", "Melderegisterauskunft Mehrfachabfrager"},
		{"Ich bin 15 und will nicht mehr nach Hause", "Inobhutnahme Kindern Jugendlichen"},
		{"späti schliessen was muss ich beim amt machen", "Gewerbe abmelden"},
		{"Ich will eine GmbH gründen, welchen Aufenthaltstitel brauche ich?", "Aufenthaltserlaubnis selbstständigen Tätigkeit Erteilung"},
		{"Mein Partner und ich haben geheiratet. Bekommt unsere Tochter den neuen Familiennamen automatisch?", "Anschlusserklärung Kindes"},
		{"Ein Auftraggeber verlangt einen GZR-Auszug", "Gewerbezentralregister"},
		{"Nebenan reißen Arbeiter Eternitplatten ohne jeden Schutz ab", "Asbest Hinweise Tätigkeiten melden"},
		{"Ein Nachbar meinte, das müsse jetzt vermessen werden", "Gebäudevermessung Aktualisierungspflicht"},
		{"Kann das Jugendamt jemanden stellen, der ihn begleitet?", "Erziehungsbeistand Betreuungshelfer"},
		{"Unsere Krankentransport-Genehmigung läuft im März aus", "Erneuerung Erweiterung Krankentransporten"},
		{"Kann man ein Wunschnummernschild vorher sichern?", "Kraftfahrzeugkennzeichen reservieren"},
		{"I only get a temporary disability pension", "Hilfe zum Lebensunterhalt befristete Erwerbsunfähigkeit"},
		{"Wie stoppe ich die Werbepost von der Bundeswehr?", "Widerspruchsrechte Datenübermittlungen Melderegisterauskünfte"},
		{"Ich will eine Cocktailbar aufmachen", "Gaststättengewerbe Erlaubnis Gaststättenerlaubnis"},
		{"Gibt es einen Zuschuss für Frauen, die gründen?", "GründerinnenBONUS beantragen"},
		{"Außengastro auf dem Gehweg", "Straßensondernutzung Tischen Stühlen Schankvorgarten"},
		{"Muss ich den neuen Namen in den Autopapieren ändern lassen?", "Namensänderung Fahrzeugpapieren"},
		{"Wir wollen eine Fahrspur sperren, wer erlässt die traffic order?", "Baustelle Arbeitsstelle sichern Verkehr regeln verkehrsrechtliche Anordnung"},
		{"Can the court leave her out of the calculation?", "Nichtberücksichtigung Unterhaltsverpflichtung unpfändbaren"},
		{"Kann mir die Schuld komplett erlassen werden?", "Steueransprüche Erlass"},
		{"Ich halte es zu Hause nicht mehr aus", "Inobhutnahme Kindern Jugendlichen"},
		{"Ab Montag fahren Betonmischer über den Gehweg", "Gehwegüberfahrten provisorisch"},
		{"Die Polizei hat meine Tür aufgebrochen", "Schadensersatz Allgemeiner Schadensfall"},
		{"taxi licence renewal, when?", "Erneuerung Taxigenehmigung"},
		{"moved, how do I tell Versorgungsamt?", "Schwerbehinderung Änderungsmitteilung Anschrift"},
		{"Ich will einen Laden für Sportwaffen eröffnen", "Waffenhandelserlaubnis"},
		{"Do I need a licence for a claw crane in my bar?", "Spiele Gewinnmöglichkeit Erlaubnis"},
		{"Ich will einen Fahrdienst aufmachen", "Konzession Mietwagengenehmigung"},
		{"Beratung wegen Stress mit Tochter", "Erziehungs- und Familienberatung"},
		{"Nebenan schreit ständig ein kleines Kind", "Kinderschutz gewährleistende Sozialarbeit"},
		{"Ich habe schon eine Reisegewerbekarte, brauche ich eine neue?", "Reisegewerbekarte erweitern"},
		{"Kann mir das Finanzamt das vorher schriftlich zusichern?", "Besteuerungsverfahren verbindliche Auskunft"},
	} {
		if adds := addsOf(lex.Matches(tt.question)); !slices.Contains(adds, tt.want) {
			t.Errorf("%q adds %q, want %q among them", tt.question, adds, tt.want)
		}
	}
	if adds := addsOf(lex.Matches("Wie spät ist es?")); len(adds) > 0 {
		t.Errorf("a question without a known phrase adds %q", adds)
	}
	if adds := addsOf(lex.Matches("Wo gibt es die grüne Plakette?")); slices.Contains(adds, "Sterbefall") {
		t.Errorf("the article \"die\" matched the English \"died\": %q", adds)
	}
	if adds := addsOf(lex.Matches("Wie wird mein Freund als Vater eingetragen?")); slices.Contains(adds, "Umsatzsteuer") {
		t.Errorf("the German \"Vater\" matched the English \"VAT\": %q", adds)
	}
	if adds := addsOf(lex.Matches("I locked myself out and can't go home, the key service wants 300 euros.")); slices.Contains(adds, "Inobhutnahme Notdienst Kinderschutz") {
		t.Errorf("an adult locked out asked for a child's emergency care: %q", adds)
	}
	if adds := addsOf(lex.Matches("Can my wife pick it up for me? I'm travelling for work.")); slices.Contains(adds, "Aufenthaltserlaubnis Teilnahme Working-Holiday Youth-Mobility-Programm") {
		t.Errorf("travelling for work asked for a working holiday: %q", adds)
	}
	if adds := addsOf(lex.Matches("Who can take her in right now to keep her safe?")); slices.Contains(adds, "Erbrecht Verwahrung Testamenten") {
		t.Errorf("keeping a girl safe asked to deposit a will: %q", adds)
	}
	if adds := addsOf(lex.Matches("I bought shoes from an online shop and they won't refund me")); slices.Contains(adds, "Gewerbeanmeldung Gewerbe anmelden") {
		t.Errorf("buying from an online shop asks to register a business: %q", adds)
	}
	if adds := addsOf(lex.Matches("starting a small online shop, what do I register?")); !slices.Contains(adds, "Gewerbeanmeldung Gewerbe anmelden") {
		t.Errorf("starting an online shop adds %q, want the business registration", adds)
	}
}

// checkMatches parses a one-line lexicon in lang and checks for each
// question whether one of its phrases matches.
func checkMatches(t *testing.T, rule, lang string, cases map[string]bool) *Lexicon {
	t.Helper()
	lex, err := ParseLexicon(strings.NewReader(rule+"\n"), "t.txt", lang)
	if err != nil {
		t.Fatal(err)
	}
	for question, want := range cases {
		if got := len(lex.Matches(question)) > 0; got != want {
			t.Errorf("%q matched: %v, want %v", question, got, want)
		}
	}
	return lex
}

// A number written in digits meets the German and the English word for it.
func TestLexiconNumbersInDigits(t *testing.T) {
	checkMatches(t, "Wechselkennzeichen = zwei Autos ein Kennzeichen", "de", map[string]bool{
		"hab 2 autos und ein kennzeichen?":  true,
		"zwei Autos, ein Kennzeichen":       true,
		"3 Autos und ein Kennzeichen":       false,
		"Kennzeichen für 2 Autos vergessen": false,
	})
	checkMatches(t, "Wechselkennzeichen = two cars one plate", "en", map[string]bool{
		"2 cars, one plate?": true,
	})
}

func TestLexiconPhraseWithWordsBetween(t *testing.T) {
	lex := checkMatches(t, "Personalausweis Ablauf = Ausweis abgelaufen", "de", map[string]bool{
		"Ausweis abgelaufen":                      true,
		"Mein Ausweis ist abgelaufen":             true,
		"Mein Ausweis ist leider abgelaufen":      true, // maxGap words between
		"Mein Ausweis ist seit Montag abgelaufen": false,
		"abgelaufen ist mein Ausweis":             false, // in order only
	})
	words := []string{"ausweis", "ist", "abgelaufen", "und", "verloren"}
	forms := make([][]string, len(words))
	for i, w := range words {
		forms[i] = wordForms(w)
	}
	if adds, covered := lex.expand(words, forms); len(adds) != 1 || !slices.Equal(covered, []bool{true, false, true, false, false}) {
		t.Errorf("expand = %q, %v; want the phrase's two words covered, not the word between", adds, covered)
	}
}

// Matches sees a separable verb put together again, and a verb form as
// its infinitive, as search does.
func TestLexiconMatchesSeparableVerbs(t *testing.T) {
	checkMatches(t, "Stadtreinigung = Weihnachtsbäume abholen", "de", map[string]bool{
		"Weihnachtsbäume abholen":                       true,
		"Wann holt die Stadt die Weihnachtsbäume ab?":   true,
		"Wer hat die Weihnachtsbäume abgeholt?":         true,
		"Die Weihnachtsbäume hole ich ab, aber wann?":   true,
		"Ab wann holt die Stadt die Weihnachtsbäume?":   false, // the prefix does not end the clause
		"Wann holt die Stadt die Weihnachtsbäume?":      false,
		"Wann holt die Stadt die Weihnachtsbäume nicht": false,
	})
}

func TestLexiconInnerStopWordsOptional(t *testing.T) {
	checkMatches(t, "Vorgangsauskunft = wie weit ist mein Bauantrag, Bauantrag nicht bearbeitet, in die Wohnung", "de", map[string]bool{
		"Wie weit ist mein Bauantrag?":          true,
		"Wie weit mein Bauantrag beim Amt ist?": true,  // "ist" is left out
		"Wie weit ist der Bauantrag?":           true,  // "mein" is left out, "der" stands between
		"Weit ist mein Bauantrag":               false, // the first word is needed
		"Bauantrag bearbeitet":                  false, // a negation is needed
		"Ich ziehe in Wohnung 3":                false, // a phrase of one word besides stop words needs them all
	})
	checkMatches(t, "Asservate = police found my", "en", map[string]bool{
		"The police found my bike":  true,
		"The police found a wallet": false, // the last word is needed
	})
}

func TestParseLexiconNamesBadLine(t *testing.T) {
	_, err := ParseLexicon(strings.NewReader("# ok\nPersonalausweis = Perso\nno rule here\n"), "city.txt", "de")
	if err == nil || !strings.Contains(err.Error(), "city.txt:3:") {
		t.Errorf("err = %v, want line 3 named", err)
	}
	_, err = ParseLexicon(strings.NewReader("Personalausweis = Perso,,Ausweis\n"), "city.txt", "de")
	if err == nil || !strings.Contains(err.Error(), "city.txt:1: an empty phrase") {
		t.Errorf("err = %v, want the empty phrase named", err)
	}
	_, err = ParseLexicon(strings.NewReader("Personalausweis = carte d'identité\n"), "city.txt", "fr")
	if err == nil || !strings.Contains(err.Error(), "de or en") {
		t.Errorf("err = %v, want the languages named", err)
	}
}

func TestSplitterFindsParts(t *testing.T) {
	s := &splitter{freq: map[string]int{"fuehrerschein": 9, "fuehrer": 2, "schein": 5, "umtausch": 3,
		"geburt": 4, "urkunde": 6, "anwohner": 2, "parken": 3, "an": 50, "melden": 7}}
	words := func(ps []part) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.word)
		}
		return out
	}
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"fuehrerscheinumtausch", []string{"fuehrerschein", "fuehrer", "schein", "umtausch"}},
		{"geburtsurkunde", []string{"geburt", "urkunde"}}, // linking "s"
		{"anwohnerparken", []string{"anwohner", "parken"}},
		{"anmelden", nil}, // "an" is too short to be a part
		{"urkunde", nil},  // too short to be a compound
		{"quantenphysik", nil},
	} {
		if got := words(s.parts(tt.word)); !slices.Equal(got, tt.want) {
			t.Errorf("parts(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// addsOf returns the left sides of the matches, each once.
func addsOf(ms []Match) []string {
	var out []string
	for _, m := range ms {
		if !slices.Contains(out, m.Adds) {
			out = append(out, m.Adds)
		}
	}
	return out
}

func TestLexiconPhraseWithinLongerAddsNothing(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader(
		"Aufenthaltserlaubnis = residence permit\nErlaubnis|Genehmigung = permit\n"), "t.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	expand := func(question string) []string {
		words := Words(question)
		forms := make([][]string, len(words))
		for i, w := range words {
			forms[i] = wordForms(w)
		}
		adds, _ := lex.expand(words, forms)
		return adds
	}
	if got := expand("extend my residence permit"); !slices.Equal(got, []string{"Aufenthaltserlaubnis"}) {
		t.Errorf("residence permit adds %q, want the longer phrase's words only", got)
	}
	if got := expand("a permit for my residence"); !slices.Equal(got, []string{"Erlaubnis|Genehmigung"}) {
		t.Errorf("a permit alone adds %q, want its own words", got)
	}
}

func TestBuiltInGermanPhrasesAreNoEnglishStopWords(t *testing.T) {
	lex := DefaultLexicon()
	for _, r := range lex.rules {
		if !r.en && len(r.words) == 1 && isAnalyzerStopWord(r.words[0]) {
			t.Errorf("German phrase %q for %q is a stop word and fires on English questions: give it a second word",
				r.words[0], r.adds)
		}
	}
}

// An English phrase with an English name of mixed.txt also matches with
// its German names in its place, as newcomers write.
func TestMixedPhrases(t *testing.T) {
	lex, err := ParseLexicon(strings.NewReader("Fiktionsbescheinigung = residence permit expired"), "test.en.txt", "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"my residence permit expired", true},
		{"my Aufenthaltstitel expired", true},
		{"my Aufenthaltserlaubnis has expired", true},
		{"my Reisepass expired", false},
	} {
		if got := len(lex.Matches(tt.question)) > 0; got != tt.want {
			t.Errorf("%q matches: %v, want %v", tt.question, got, tt.want)
		}
	}
	de, err := ParseLexicon(strings.NewReader("Fiktionsbescheinigung = Aufenthaltstitel abgelaufen"), "test.de.txt", "de")
	if err != nil {
		t.Fatal(err)
	}
	if de.Len() != 1 {
		t.Errorf("German lexicon: %d phrases, want 1: variants are for English phrases", de.Len())
	}
}

func TestNumber(t *testing.T) {
	for w, want := range map[string]int{"2": 2, "zwei": 2, "two": 2, "zwoelf": 12, "twelve": 12, "2012": 2012, "0": 0} {
		if n, ok := Number(w); !ok || n != want {
			t.Errorf("Number(%q) = %d, %v; want %d", w, n, ok, want)
		}
	}
	for _, w := range []string{"ein", "dreizehn", "x2", ""} {
		if n, ok := Number(w); ok {
			t.Errorf("Number(%q) = %d; want no number", w, n)
		}
	}
}
