package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// builtinQuestions are asked when no -questions file is given: typical
// questions to a city's services, short and long, answerable and not.
var builtinQuestions = []string{
	"Wie melde ich meine Wohnung an?",
	"Ich brauche einen neuen Personalausweis",
	"Reisepass beantragen",
	"Wo bekomme ich eine Meldebescheinigung?",
	"Wie beantrage ich Elterngeld?",
	"Ich bin umgezogen, was muss ich tun?",
	"Führerschein umschreiben lassen",
	"Wie bekomme ich einen Bewohnerparkausweis?",
	"Ich möchte heiraten. Welche Unterlagen brauche ich für das Standesamt?",
	"Gewerbe anmelden",
	"Wohngeld beantragen",
	"Hund anmelden Hundesteuer",
	"Geburtsurkunde für mein Kind",
	"Wie lange dauert eine Einbürgerung?",
	"Aufenthaltstitel verlängern",
	"Wo kann ich Sperrmüll abgeben?",
	"Führungszeugnis beantragen",
	"Kann ich meinen Wohnsitz online abmelden, wenn ich ins Ausland ziehe?",
	"Wie viel kostet ein Kinderreisepass?",
	"Wann hat das Bürgeramt geöffnet?",
}

// loadQuestions reads the "question" field of every line of a JSONL file,
// or returns the built-in questions for an empty path.
func loadQuestions(path string) ([]string, error) {
	if path == "" {
		return builtinQuestions, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-questions: %w", err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("-questions %s line %d: %w: each line must be a JSON object with a \"question\"", path, n, err)
		}
		if q.Question = strings.TrimSpace(q.Question); q.Question != "" {
			qs = append(qs, q.Question)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("-questions %s: %w", path, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("-questions %s: no line has a \"question\"", path)
	}
	return qs, nil
}
