package bot

import "testing"

func TestTaxQuery(t *testing.T) {
	const inheritance, purchase = "Erbschaftsteuer Schenkungsteuer", "Grunderwerbsteuer"
	for _, tt := range []struct{ question, want string }{
		{"Meine Tante ist gestorben und hat mir ihre Wohnung hinterlassen. Muss ich darauf Steuern zahlen?", inheritance},
		{"My aunt left me her flat. Do I have to pay tax on that?", inheritance},
		{"Wir kaufen gerade eine Eigentumswohnung. Wie viel Steuer fällt beim Kauf an?", purchase}, // the verb first
		{"We just bought a flat in Pankow. How much tax do we pay on it?", purchase},
		{"We bought a flat last year. Do we have to file a property tax return?", ""},      // "property" names the tax
		{"Wir haben ein Haus geerbt. Müssen wir wegen der Grundsteuer etwas tun?", ""},     // a compound names it
		{"Meine Tante hat mir ihre Wohnung hinterlassen. Wie melde ich mich dort an?", ""}, // no tax
		{"Wie hoch ist die Steuer für meinen Hund?", ""},                                   // tax on nothing bot/taxes knows
		{"", ""},
	} {
		if got := taxQuery(tt.question); got != tt.want {
			t.Errorf("taxQuery(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}
