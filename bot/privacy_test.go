package bot

import "testing"

func TestMask(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// E-mail
		{"email", "Schreiben Sie an max.mustermann@example.de bitte.", "Schreiben Sie an [E-Mail] bitte."},
		{"email subaddress", "my mail: jane.doe+amt@mail.example.co.uk.", "my mail: [E-Mail]."},
		{"email umlaut domain", "Kontakt: info@bürgeramt-müller.de", "Kontakt: [E-Mail]"},

		// Telephone
		{"phone international", "Rufen Sie mich an: +49 30 1234567", "Rufen Sie mich an: [Telefon]"},
		{"phone slash", "Tel. 030/1234567, ab 9 Uhr", "Tel. [Telefon], ab 9 Uhr"},
		{"phone mobile dash", "Handy 0176-12345678.", "Handy [Telefon]."},
		{"phone parentheses", "Meine Nummer ist (030) 123 45 67.", "Meine Nummer ist [Telefon]."},
		{"phone 0049", "call 0049 30 12345 please", "call [Telefon] please"},
		{"phone (0)", "+49 (0)30 1234567-0 ist meine Durchwahl", "[Telefon] ist meine Durchwahl"},
		{"phone in parentheses", "Rückruf (0301234567) erbeten", "Rückruf ([Telefon]) erbeten"},
		{"not year", "Seit 2025 wohne ich in Berlin.", "Seit 2025 wohne ich in Berlin."},
		{"not postcode", "Ich wohne in 10115 Berlin.", "Ich wohne in 10115 Berlin."},
		{"not postcode with 0", "Ich ziehe nach 01067 Dresden.", "Ich ziehe nach 01067 Dresden."},
		{"not fee", "Kostet der Ausweis 37,00 Euro oder 46 €?", "Kostet der Ausweis 37,00 Euro oder 46 €?"},
		{"not date", "Mein Termin ist am 12.03.2024 um 09:30.", "Mein Termin ist am 12.03.2024 um 09:30."},
		{"not month range", "Bescheid für 01/2024 - 12/2024", "Bescheid für 01/2024 - 12/2024"},
		{"not service number", "Ist die 115 auch am Wochenende erreichbar?", "Ist die 115 auch am Wochenende erreichbar?"},
		{"not short number", "Ich habe 0 Euro und 3 Kinder.", "Ich habe 0 Euro und 3 Kinder."},

		// IBAN
		{"iban grouped", "IBAN: DE89 3704 0044 0532 0130 00, Danke", "IBAN: [IBAN], Danke"},
		{"iban compact", "Konto DE89370400440532013000 bitte", "Konto [IBAN] bitte"},
		{"iban lower case", "meine iban ist de89 3704 0044 0532 0130 00", "meine iban ist [IBAN]"},
		{"iban foreign", "My IBAN is GB82 WEST 1234 5698 7654 32.", "My IBAN is [IBAN]."},
		{"iban followed by BIC", "NL91ABNA0417164300 BIC ABNANL2A", "[IBAN] BIC ABNANL2A"},
		{"iban German bad check", "IBAN DE12 3704 0044 0532 0130 00", "IBAN [IBAN]"},
		{"not iban foreign bad check", "Code GB00 WEST 1234 5698 7654 32", "Code GB00 WEST 1234 5698 7654 32"},

		// Tax numbers
		{"tax id grouped", "Meine Steuer-ID ist 12 345 678 901.", "Meine Steuer-ID ist [Steuer-ID]."},
		{"tax id bare", "Identifikation 65929970489 im Brief", "Identifikation [Steuer-ID] im Brief"},
		{"steuernummer slashes", "Steuernummer: 12/345/67890", "Steuernummer: [Steuer-ID]"},
		{"steuernummer compact", "St.-Nr. 2181508150 vom Finanzamt", "St.-Nr. [Steuer-ID] vom Finanzamt"},
		{"tax id english", "my tax id is 12345678901, right?", "my tax id is [Steuer-ID], right?"},
		{"tax keyword then year", "Steuernummer 12/345/67890 2024 erhalten", "Steuernummer [Steuer-ID] 2024 erhalten"},
		{"not tax id twelve digits", "Vorgang 123456789012", "Vorgang 123456789012"},
		{"not tax keyword year", "Steuernummer 2024 beantragt", "Steuernummer 2024 beantragt"},

		// ID cards and passports
		{"id card mixed", "Ausweis L01X00T47 verloren", "Ausweis [Ausweisnummer] verloren"},
		{"id card keyword", "Passnummer: c01x00t47", "Passnummer: [Ausweisnummer]"},
		{"id card digits after keyword", "Personalausweisnummer ist 1220001297", "Personalausweisnummer ist [Ausweisnummer]"},
		{"id card english", "passport number is T22000129.", "passport number is [Ausweisnummer]."},
		{"not id card word", "WOHNUNGEN und RENTNERIN ohne Nummer 5", "WOHNUNGEN und RENTNERIN ohne Nummer 5"},
		{"not id after keyword", "Ausweisnummer ist unbekannt, seit 2020", "Ausweisnummer ist unbekannt, seit 2020"},

		// Addresses
		{"street", "Ich wohne in der Musterstraße 12.", "Ich wohne in der [Adresse]."},
		{"street abbreviation", "Hauptstr. 5a, 10115 Berlin", "[Adresse]"},
		{"street with city", "Neue Adresse: Karl-Marx-Allee 100, 10243 Berlin-Friedrichshain.", "Neue Adresse: [Adresse]."},
		{"street preposition", "Umzug nach Am Markt 3 in Potsdam", "Umzug nach [Adresse] in Potsdam"},
		{"street unter den", "Unter den Linden 7, 10117 Berlin", "[Adresse]"},
		{"street adjectives", "Große Hamburger Straße 3-5 ist neu", "[Adresse] ist neu"},
		{"street demonym", "wohnhaft Frankfurter Allee 12b", "wohnhaft [Adresse]"},
		{"street suffixes", "Mühlenweg 4, Ostring 7 und Am Kupfergraben 6", "[Adresse], [Adresse] und [Adresse]"},
		{"street city am main", "Frage 5? Nein: Gartenweg 2, 60311 Frankfurt am Main", "Frage 5? Nein: [Adresse]"},
		{"street english", "I moved to 221B Baker Street, London.", "I moved to [Adresse], London."},
		{"not street without number", "Wohnung anmelden in der Hauptstraße?", "Wohnung anmelden in der Hauptstraße?"},
		{"not street year", "Wird die Hauptstraße 2025 gesperrt?", "Wird die Hauptstraße 2025 gesperrt?"},
		{"not paragraph", "Paragraph 5 und § 17 BMG, Kapitel 3, Antrag Nr. 5", "Paragraph 5 und § 17 BMG, Kapitel 3, Antrag Nr. 5"},
		{"not time words", "In der Regel 3 Wochen, Im Jahr 2024, Am Montag 10 Uhr", "In der Regel 3 Wochen, Im Jahr 2024, Am Montag 10 Uhr"},
		{"not quantity", "Mein Arbeitsweg 25 km, Arbeitsplatz 2 und In der Steuerklasse 3", "Mein Arbeitsweg 25 km, Arbeitsplatz 2 und In der Steuerklasse 3"},
		{"a place one is given", "hortplatz 1. klasse bis wann? Anwohnerparkplatz 2 beantragt, Hauptstraße 5 wohne ich", "hortplatz 1. klasse bis wann? Anwohnerparkplatz 2 beantragt, [Adresse] wohne ich"},

		// Mixed and untouched
		{"several", "Ich, Tel 0176 12345678, max@web.de, Hauptstr. 1: IBAN DE89370400440532013000",
			"Ich, Tel [Telefon], [E-Mail], [Adresse]: IBAN [IBAN]"},
		{"no digits", "Wie beantrage ich einen neuen Personalausweis?", "Wie beantrage ich einen neuen Personalausweis?"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Mask(tt.in); got != tt.want {
				t.Errorf("Mask(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkMask(b *testing.B) {
	msg := "Guten Tag, ich bin umgezogen in die Musterstraße 12, 10115 Berlin, und brauche einen Termin " +
		"zur Anmeldung. Erreichbar unter 0176 12345678 oder max@example.de. Was kostet das, 37,00 Euro?"
	for b.Loop() {
		Mask(msg)
	}
}
