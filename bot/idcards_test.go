package bot

import (
	"context"
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestIDQuery(t *testing.T) {
	berlin, all := knowledge.Tenant{Regions: []string{"berlin"}}, knowledge.Tenant{}
	for _, tt := range []struct {
		question string
		tenant   knowledge.Tenant
		want     string
	}{
		{"Ich habe gerade keine Wohnung und schlafe bei Freunden, mein Ausweis ist abgelaufen. Geht das ohne Meldeadresse?", berlin, provisionalID},
		{"I'm registered in Munich but staying in Berlin for work. My ID card expired and I need ID next week.", berlin, provisionalID},
		{"I'm registered in Munich but staying in Berlin for work. My ID card expired and I need ID next week.", all, provisionalID},
		{"I'm not registered in Berlin, only visiting. My ID card expired, can I get a new one?", berlin, ""},                   // the tenant's own city
		{"I'm registered in Hamburg but study in Berlin. Do I have to register my second home here? I have my ID.", berlin, ""}, // the card is not needed
		{"Ich bin obdachlos und habe meinen Ausweis verloren. Wo bekomme ich Hilfe bei Wohnungslosigkeit?", berlin, ""},         // asks for help
		{"Ich habe keine Wohnung in Deutschland und brauche meine Steuer-ID. Wie komme ich da ran?", berlin, ""},                // the tax number
		{"Mein Ausweis ist abgelaufen. Wo beantrage ich einen neuen?", berlin, ""},                                              // a home in the city
		{"Ich war bei Freunden und habe dort meinen Ausweis verloren. Was muss ich tun?", berlin, ""},                           // no home lost
		{"Ich bin nicht mehr in Köln gemeldet, sondern in Berlin. Mein Ausweis ist abgelaufen.", berlin, ""},                    // a negation
	} {
		if got := idQuery(tt.question, tt.tenant, nil); got != tt.want {
			t.Errorf("idQuery(%q) for regions %q = %q, want %q", tt.question, tt.tenant.Regions, got, tt.want)
		}
	}
}

// A card of someone registered in a city the tenant's settings do not name
// is searched for again without the reading when what search finds is of
// that city's region.
func TestSearchIDRegisteredInUnnamedCity(t *testing.T) {
	card := knowledge.Entry{ID: "card", Title: "Personalausweis beantragen", Language: "de", Region: "berlin"}
	const text = "Ich bin in Berlin gemeldet und mein Ausweis ist abgelaufen."
	for _, tt := range []struct {
		region string
		want   []string
	}{
		{"berlin", []string{text + " + " + provisionalID, text}},
		{"hamburg", []string{text + " + " + provisionalID}},
	} {
		kb := newFakeKB(t, card)
		kb.hits = []knowledge.Hit{{ID: "card", Region: tt.region, Score: 0.03, Similarity: 0.5}}
		tenant := knowledge.Tenant{ID: "all", Name: "Serviceportal"}
		if _, err := New(kb, Options{}).Answer(context.Background(), Request{Tenant: tenant, Lang: "de", Text: text}, nil); err != nil {
			t.Fatal(err)
		}
		got := kb.searched()
		if !slices.Equal(got, tt.want) {
			t.Errorf("entries of %s: searched %q, want %q", tt.region, got, tt.want)
		}
	}
}
