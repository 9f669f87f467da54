package bot

import (
	"testing"

	"citizenbot/knowledge"
)

func TestStaffComplaint(t *testing.T) {
	weak := []candidate{{entry: knowledge.Entry{Title: "Staatsaufsicht - Beschwerde über die Berliner Sparkasse einreichen"}, title: 0.2}}
	plain := []candidate{{entry: knowledge.Entry{Title: "Staatsaufsicht - Beschwerde über die Handwerkskammer Berlin einreichen"}, title: 0.6}}
	for _, tt := range []struct {
		question string
		cands    []candidate
		want     bool
	}{
		{"Die Sachbearbeiterin im Jobcenter war total herablassend. Kann ich mich beschweren?", weak, true},
		{"Ich habe mich gestern über einen pampigen Mitarbeiter im Standesamt geärgert. Was kann ich tun?", weak, true},
		{"How can I file a complaint about a rude clerk at the registry office?", weak, true},
		{"I want to complain about how an official treated me at the Ausländerbehörde", nil, true},
		{"Ein Mitarbeiter der Handwerkskammer hat mich falsch beraten, ich will mich beschweren", plain, false},  // a title fits
		{"Mein Mitarbeiter beschwert sich über den Lärm der Baustelle", weak, false},                             // one's own staff
		{"Die Sachbearbeiterin hat nach Unterlagen gefragt. Welche brauche ich?", weak, false},                   // no complaint
		{"Ein Mitarbeiter des Bürgeramts hat mich angeschrien. Wo beschwere ich mich?", weak, true},              // an office's
		{"Ein Mitarbeiter hat sich über den Lärm beschwert. Was muss ich als Arbeitgeber tun?", weak, false},     // one's own staff
		{"Ich bin Beamtin und will mich über meine Beurteilung beschweren", weak, false},                         // the asker
		{"Wo kann ich mich über eine Baustelle beschweren?", weak, false},                                        // no staff
		{"At the Standesamt the lady was unfriendly the whole time. Where do I complain?", weak, true},           // treated rudely
		{"Der Herr am Schalter war respektlos zu mir, wo beschwere ich mich?", weak, true},                       // treated rudely
		{"My neighbour is rude to me every day. Can I complain somewhere?", weak, false},                         // a private party
		{"They start drilling next door at 6am every day. Where can I make an official complaint?", weak, false}, // the kind of complaint
		{"An official at the Bürgeramt shouted at me. Where can I make an official complaint?", weak, true},      // and a member of staff
	} {
		if got := staffComplaint(tt.question, tt.cands); got != tt.want {
			t.Errorf("staffComplaint(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}
