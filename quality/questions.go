// Package quality measures how well the bot answers: it runs labelled
// citizen questions through the real path (retrieval and the bot's
// decision) and scores the rankings and decisions, beside those of plain
// keyword search, the baseline a municipal site search gives.
package quality

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Kinds of question.
const (
	KindService   = "service"    // an entry answers it
	KindNoService = "no_service" // nothing in the catalogue does
	KindAbuse     = "abuse"      // an attempt to misuse the bot
)

// maxLineErrors is how many bad lines ReadQuestions reports before it stops.
const maxLineErrors = 20

// Question is one line of a question file.
type Question struct {
	QID        string   `json:"qid"`
	Question   string   `json:"question"`
	Lang       string   `json:"lang"`
	Kind       string   `json:"kind"`
	ServiceIDs []string `json:"service_ids"`
}

// ReadQuestions reads a question file: JSONL, one Question per line, blank
// lines ignored. known reports whether a service id names a published entry.
// Every bad line (invalid JSON, a missing field, an unknown kind or
// language, an unknown or missing service id, a repeated qid) is an error
// naming the file and line; all of them are returned, up to 20.
func ReadQuestions(r io.Reader, name string, known func(id string) bool) ([]Question, error) {
	var qs []Question
	var errs []error
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		q, err := parseQuestion(sc.Bytes(), known)
		if err == nil && seen[q.QID] > 0 {
			err = fmt.Errorf("qid %q already used on line %d: give every question its own", q.QID, seen[q.QID])
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			if len(errs) == maxLineErrors {
				errs = append(errs, fmt.Errorf("%s: stopped after %d bad lines", name, maxLineErrors))
				break
			}
			continue
		}
		seen[q.QID] = line
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("%s: no questions: write one JSON object per line", name)
	}
	return qs, nil
}

func parseQuestion(line []byte, known func(string) bool) (Question, error) {
	var q Question
	if err := json.Unmarshal(line, &q); err != nil {
		return q, fmt.Errorf("not a JSON object (%v): write one object per line", err)
	}
	switch {
	case strings.TrimSpace(q.QID) == "":
		return q, errors.New(`"qid" is missing: give every question an id`)
	case strings.TrimSpace(q.Question) == "":
		return q, errors.New(`"question" is missing or empty`)
	case q.Lang != "de" && q.Lang != "en":
		return q, fmt.Errorf(`"lang" is %q: use "de" or "en"`, q.Lang)
	}
	switch q.Kind {
	case KindService:
		if len(q.ServiceIDs) == 0 {
			return q, errors.New(`a "service" question needs "service_ids": the entries that answer it`)
		}
		for _, id := range q.ServiceIDs {
			if !known(id) {
				return q, fmt.Errorf("service id %q is not a published entry: check the id, or ingest the catalogue it comes from", id)
			}
		}
	case KindNoService, KindAbuse:
		if len(q.ServiceIDs) > 0 {
			return q, fmt.Errorf(`a %q question has no right entry: leave "service_ids" empty`, q.Kind)
		}
	default:
		return q, fmt.Errorf(`"kind" is %q: use "service", "no_service" or "abuse"`, q.Kind)
	}
	return q, nil
}
