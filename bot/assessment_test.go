package bot

import (
	"testing"

	"citizenbot/knowledge"
)

func TestAsksAssessment(t *testing.T) {
	weak := []candidate{{entry: knowledge.Entry{Title: "Hundehaltung - Hund steuerlich anmelden"}, title: 0.2}}
	topic := []candidate{{entry: knowledge.Entry{Title: "Elterngeld beantragen"}, title: 0.6}}
	plain := []candidate{{entry: knowledge.Entry{Title: "Schuldnerverzeichnis Widerspruch gegen die Eintragungsanordnung"}, title: 0.6}}
	for _, tt := range []struct {
		question string
		cands    []candidate
		want     bool
	}{
		{"Das Amt hat mein Elterngeld abgelehnt. Hat ein Widerspruch da Aussicht auf Erfolg?", weak, true},
		{"Mein Gebührenbescheid ist viel zu hoch. Wie stehen meine Erfolgsaussichten?", weak, true}, // a compound's decision
		{"They refused my residence permit. Was that legally correct?", weak, true},
		{"Mein Wohngeldantrag wurde abgelehnt. Ist die Ablehnung rechtens oder hat sich das Amt verrechnet?", weak, true},
		{"Mein Wohngeld wurde abgelehnt, Einkommen zu hoch. Hat das Amt da richtig gerechnet?", weak, true},
		{"If I appeal against the fine, what are my chances of winning?", weak, true},
		{"They refused my Blue Card. Do you think I'd win in an appeal?", weak, true},
		{"Hätte ein Widerspruch gegen die Eintragung Aussicht auf Erfolg?", plain, false}, // a title fits
		{"Wie stehen meine Erfolgsaussichten bei der Wohnungssuche?", weak, false},        // no decision
		{"The district rejected my parking permit. Would an appeal have any chance of success?", weak, true},
		{"Die Elterngeldstelle hat abgelehnt. Welche Chancen hätte eine Klage?", weak, true},
		{"Mein Elterngeld wurde abgelehnt. Habe ich Chancen, wenn ich klage?", topic, true}, // a title fits the topic, not the remedy
		{"They rejected my parking permit. Do I stand a chance if I appeal?", weak, true},
		{"Der Bescheid zur Hundesteuer kam gestern. Hätte ich mit einer Klage gute Chancen?", weak, true},
		{"The district refused my permit. Did they make a legal mistake?", weak, true},
		{"Mein Antrag wurde abgelehnt. Hat das Amt mein Einkommen richtig berechnet?", weak, true},
		{"Mein Antrag wurde abgelehnt. Können Sie sagen, ob ich mit einem Widerspruch durchkomme?", weak, true},
		{"My application was rejected. Was my income calculated correctly?", weak, true},
		{"Mein Wohngeldantrag wurde abgelehnt, das Einkommen sei zu hoch. Haben die sich da verrechnet?", weak, true},
		{"Mein Antrag wurde abgelehnt. Hat ein Widerspruch bei mir Chancen?", weak, true},
		{"Wie wird das Einkommen für den Antrag berechnet?", weak, false}, // no decision, no judgement
		{"Der Bezirk hat die Baugenehmigung erteilt. Meinen Sie, ich würde mit einer Klage damit durchkommen?", weak, true},
		{"Mein Antrag wurde abgelehnt. Komme ich damit durch, wenn ich widerspreche?", weak, true},
		{"Mein Antrag auf Elterngeld wurde abgelehnt, angeblich fehlen Unterlagen. Ist das rechtens?", weak, true},
		{"Gegen den Bescheid zur Hundesteuer lege ich Widerspruch ein. Habe ich da überhaupt Chancen?", weak, true},
		{"The Jobcenter rejected my application. Is there any chance an objection works?", weak, true},
		{"My parking permit was refused. Do I have a real chance in court?", weak, true},
		{"Ein Widerspruch hätte Erfolg, sagt mein Anwalt. Wo lege ich ihn ein?", weak, false}, // told, not asked
	} {
		if got := asksAssessment(tt.question, tt.cands); got != tt.want {
			t.Errorf("asksAssessment(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}
