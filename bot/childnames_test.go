package bot

import (
	"slices"
	"testing"

	"citizenbot/knowledge"
)

func TestAsksForChild(t *testing.T) {
	for q, want := range map[string]bool{
		"Wir haben geheiratet und heißen jetzt beide Schulz. Unsere Tochter ist 9. Wie kann sie auch Schulz heißen?":                true,
		"we got married and chose my husband's surname. our son is 9. how can he get the new name too?":                             true,
		"Our son was born before we got married. Can our son take that name too?":                                                   true,  // the parents married
		"Wir heiraten im Mai. Welchen Ehenamen können wir wählen?":                                                                  false, // no child
		"Wir heiraten im Mai und unsere Tochter kommt mit. Welchen Ehenamen können wir wählen?":                                     false, // asked of the parents
		"Wir haben geheiratet und heißen jetzt Schulz. Unsere Tochter geht in Wedding zur Schule. Wie kann sie auch Schulz heißen?": true,  // the district
		"Unsere Tochter heiratet nächsten Monat. Kann sie den Namen ihres Mannes annehmen?":                                         false, // the child marries
		"Our son is getting married in June. Can he take his wife's surname?":                                                       false,
		"Wir heiraten im Mai, unsere Tochter ist 3. Können Sie mir sagen, welchen Ehenamen wir wählen können?":                      false, // the polite "Sie"
		"Unsere Tochter hat geheiratet und wir fragen uns, ob sie den Namen ihres Mannes tragen muss?":                              false, // her marriage, in a part of its own
		"Wir haben geheiratet und heißen jetzt Schulz. Wie kann unsere 8-jährige Tochter auch Schulz heißen?":                       true,  // a word between
	} {
		if got := asksForChild(q); got != want {
			t.Errorf("asksForChild(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestOtherThanChild(t *testing.T) {
	cand := func(title string) candidate { return candidate{hit: knowledge.Hit{Title: title}} }
	parents := cand("Namensrechtliche Erklärung - Ehenamen bestimmen")
	child := cand("Namensrechtliche Erklärungen - Anschlusserklärung eines Kindes abgeben")
	const question = "Wir haben geheiratet und heißen jetzt Schulz. Unsere Tochter ist 9. Wie kann sie auch Schulz heißen?"
	if got := otherThanChild(question, []candidate{parents, child}); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("beside a child's declaration: %v, want [true false]", got)
	}
	if got := otherThanChild(question, []candidate{parents, cand("Kindergeld beantragen")}); !slices.Equal(got, []bool{false, false}) {
		t.Errorf("beside a title that begins otherwise: %v, want none", got)
	}
}

func TestAnswerPrefersChildsDeclaration(t *testing.T) {
	b := siblings(t, "Namensrechtliche Erklärung - Ehenamen bestimmen", "Namensrechtliche Erklärungen - Anschlusserklärung eines Kindes abgeben")
	wantFirst(t, b, map[string]string{
		"Wir haben geheiratet und den Namen meines Mannes als Ehenamen bestimmt. Unsere Tochter ist 8. Bekommt sie den Ehenamen auch?": "second",
		"Unsere Tochter heiratet nächsten Monat. Kann sie den Namen ihres Mannes als Ehenamen annehmen?":                               "first",
	})
}
