package bot

import "testing"

func TestForeignTax(t *testing.T) {
	for _, tt := range []struct{ question, lang, want string }{
		{"Ich habe letztes Jahr in Österreich gearbeitet. Muss ich dort eine Steuererklärung abgeben?", "de", "die Steuerverwaltung des Landes Österreich oder eine Steuerberatung"},
		{"How do I get my money back from the Austrian tax office?", "en", "the tax administration of Austria or a tax adviser"},
		{"Is there any Polish tax on selling my car to a buyer in Poland?", "en", "the tax administration of Poland or a tax adviser"},
		{"How much is the Greek holiday home tax, and when is it due?", "en", "the tax administration of Greece or a tax adviser"}, // three words apart
		{"Wie hoch ist die Grundsteuer für meine Wohnung in Spanien, und wem zahle ich sie dort?", "de", "die Steuerverwaltung des Landes Spanien oder eine Steuerberatung"},
		// The city's tax office: a certificate, Germany, or no country.
		{"Die Schweizer Steuerbehörde will eine Bescheinigung, dass ich in Deutschland wohne.", "de", ""},
		{"I got dividends in the US. Do I declare them in my German tax return?", "en", ""},
		{"Die Steuerbehörde in Mexiko akzeptiert meine Ansässigkeitsbescheinigung nur mit Apostille. Wo bekomme ich die?", "de", ""}, // a certificate of residence
		{"Muss ich eine Steuererklärung abgeben?", "de", ""},
		{"I was a tax inspector in the Polish tax administration. Can that be recognised?", "en", ""},
		{"steuerbeamter aus italien, in berlin verbeamtet werden?", "de", ""}, // a civil servant's career
		// A country only in the background of the tax.
		{"Ich komme aus Polen und will meine Steuererklärung machen.", "de", ""},
		// "us" is no country.
		{"Can you tell us about the tax there?", "en", ""},
		// A country but no tax.
		{"Ich habe in Österreich geheiratet. Wie ist das dort?", "de", ""},
	} {
		if got := foreignTax(tt.question, tt.lang); got != tt.want {
			t.Errorf("foreignTax(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}
