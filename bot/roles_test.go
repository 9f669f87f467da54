package bot

import "testing"

func TestQuestionRole(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     role
	}{
		{"I have a GdB of 60 and my employer won't pay for the screen reader software.", roleEmployee},
		{"Who can support me as an employee with that?", roleEmployee},
		{"Ich bin angestellt und brauche einen Zuschuss", roleEmployee},
		{"I need a screen reader to keep doing my job. Can the Inklusionsamt pay for that?", roleEmployee}, // one's job
		{"Ich brauche an meinem Arbeitsplatz einen speziellen Bürostuhl", roleEmployee},
		{"One of my employees was put in quarantine and I kept paying his salary.", roleEmployer},
		{"Ich habe einen kleinen Handwerksbetrieb. Ein Mitarbeiter musste in Quarantäne.", roleEmployer},
		{"Wir beschäftigen einen schwerbehinderten Mitarbeiter", roleEmployer},
		{"Ich habe als Arbeitgeber den Lohn weitergezahlt", roleEmployer},
		{"bin selbststandig und musste mein Kind betreuen", roleNone}, // a typo tells nothing
		{"I'm self-employed and had to stay home with my child", roleSelf},
		{"Ich bin freiberufliche Grafikerin", roleSelf},
		{"Ein Mitarbeiter des Bürgeramts hat mir das gesagt", roleNone}, // an office's staff
		{"Ich bin eine Angestellte im Krankenhaus", roleNone},
		{"Ich bin selbstständig und habe zwei Mitarbeiter, meine Mitarbeiterin war in Quarantäne", roleNone}, // two sides
		{"Wie beantrage ich einen Personalausweis?", roleNone},
	} {
		if got := questionRole(tt.question); got != tt.want {
			t.Errorf("questionRole(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

func TestTitleRole(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  role
	}{
		{"Erstattung nach Infektionsschutzgesetz bei Tätigkeitsverbot/Quarantäne - Arbeitgeber/innen", roleEmployer},
		{"Entschädigung nach Infektionsschutzgesetz bei Tätigkeitsverbot/Quarantäne - Selbstständige", roleSelf},
		{"Schwerbehinderung - Begleitende Hilfe im Arbeitsleben für Arbeitnehmer/innen beantragen", roleEmployee},
		{"Aufenthaltserlaubnis für türkische Arbeitnehmer und Familienangehörige (ARB 1/80) - Verlängerung", roleEmployee},
		{"Niederlassungserlaubnis für Selbständige", roleSelf},
		{"Beschäftigung - Wechsel des Arbeitgebers", roleNone}, // for employees
		{"Arbeitnehmersparzulage - Gewährung", roleNone},
		{"Personalausweis beantragen", roleNone},
	} {
		if got := titleRole(tt.title); got != tt.want {
			t.Errorf("titleRole(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}
