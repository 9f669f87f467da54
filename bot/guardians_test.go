package bot

import "testing"

func TestGuardianQuery(t *testing.T) {
	for q, want := range map[string]string{
		"My sister died and her 12-year-old son has no other parent. I would like to become his legal guardian.": childGuardianship,
		"The Jugendamt is now the baby's legal guardian. What does that mean for us?":                            childGuardianship,
		"My mother has dementia. Can I become her legal guardian?":                                               "",                // no minor
		"My adult son has a mental illness. Should I become his legal guardian?":                                 "",                // an adult
		"My 25 year old daughter cannot manage her affairs. How do I become her guardian?":                       "",                // of age
		"My daughter is 30 and cannot manage her affairs. Should I become her guardian?":                         "",                // of age
		"I am now the child's legal guardian. How do I apply for her passport?":                                  "",                // the asker is the guardian
		"The youth office is the baby's legal guardian until she is 18. What does that mean?":                    childGuardianship, // an age to come
		"My son is 12. Does he need a passport for the trip?":                                                    "",                // no guardian
		"I'm the legal guardian of my nephew. How do I apply for his ID card?":                                   "",                // the asker is the guardian
		"": "",
	} {
		if got := guardianQuery(q); got != want {
			t.Errorf("guardianQuery(%q) = %q, want %q", q, got, want)
		}
	}
}
