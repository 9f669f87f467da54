package knowledge

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Insight limits: how far back and how many turns the unanswered list
// reads, and how many example questions and comments a group shows.
const (
	InsightTurns    = 5000
	InsightExamples = 5
)

// QuestionGroup is a set of unanswered questions that ask the same thing:
// questions that ended in no_answer or clarify, and answers rated down.
//
// Questions ask the same thing when they have the same set of word stems
// once stop words, masked personal data and word order are left aside:
// "Wie melde ich meinen Hund an?" and "Hund anmelden" both become
// "anmeld hund". This is deliberately strict: it never merges different
// requests, at the price of keeping some rephrasings apart.
type QuestionGroup struct {
	Key       string    `json:"key"`      // the shared stems, sorted, space-separated
	Question  string    `json:"question"` // the most frequent wording
	Count     int       `json:"count"`
	NoAnswer  int       `json:"no_answer"`
	Clarify   int       `json:"clarify"`
	RatedDown int       `json:"rated_down"`
	Examples  []string  `json:"examples"` // other wordings, masked
	Comments  []string  `json:"comments"` // comments of down ratings, masked
	Last      time.Time `json:"last"`
}

// maskLabel matches the labels that replaced personal data in a stored
// question ("[E-Mail]"): they say nothing about what was asked.
var maskLabel = regexp.MustCompile(`\[[^\]]{1,20}\]`)

// QuestionKey returns the key that groups questions asking the same thing.
func QuestionKey(question, lang string) string {
	var stems []string
	for _, w := range Words(maskLabel.ReplaceAllString(question, " ")) {
		if isAnalyzerStopWord(w) {
			continue
		}
		stems = append(stems, Stem(w, lang))
	}
	slices.Sort(stems)
	return strings.Join(slices.Compact(stems), " ")
}

// UnansweredQuestions groups the tenant's unanswered questions since the
// given time, most asked first. Groups marked done are left out until a
// question of theirs arrives after the mark.
func (s *Store) UnansweredQuestions(ctx context.Context, tenantID string, since time.Time) ([]QuestionGroup, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT t.question, t.lang, t.status, coalesce(t.rating, ''), t.comment, t.created_at
		FROM turns t
		WHERE t.tenant_id = $1 AND t.created_at >= $2
		  AND (t.status IN ('no_answer', 'clarify') OR t.rating = 'down')
		ORDER BY t.created_at DESC LIMIT $3`, tenantID, since, InsightTurns)
	if err != nil {
		return nil, fmt.Errorf("read unanswered questions: %w", err)
	}
	done := map[string]time.Time{}
	groups := map[string]*QuestionGroup{}
	wordings := map[string]map[string]int{}
	var q, lang, status, rating, comment string
	var at time.Time
	_, err = pgx.ForEachRow(rows, []any{&q, &lang, &status, &rating, &comment, &at}, func() error {
		key := QuestionKey(q, lang)
		if key == "" {
			return nil
		}
		g := groups[key]
		if g == nil {
			g = &QuestionGroup{Key: key, Last: at}
			groups[key], wordings[key] = g, map[string]int{}
		}
		g.Count++
		wordings[key][strings.TrimSpace(q)]++
		switch {
		case rating == "down":
			g.RatedDown++
			if comment != "" && len(g.Comments) < InsightExamples {
				g.Comments = append(g.Comments, comment)
			}
		case status == "no_answer":
			g.NoAnswer++
		case status == "clarify":
			g.Clarify++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read unanswered questions: %w", err)
	}
	rows, err = s.pool.Query(ctx, "SELECT group_key, done_at FROM question_groups_done WHERE tenant_id = $1", tenantID)
	if err != nil {
		return nil, fmt.Errorf("read groups marked done: %w", err)
	}
	var key string
	if _, err := pgx.ForEachRow(rows, []any{&key, &at}, func() error { done[key] = at; return nil }); err != nil {
		return nil, fmt.Errorf("read groups marked done: %w", err)
	}
	out := make([]QuestionGroup, 0, len(groups))
	for key, g := range groups {
		if d, ok := done[key]; ok && !g.Last.After(d) {
			continue
		}
		ws := wordings[key]
		texts := make([]string, 0, len(ws))
		for t := range ws {
			texts = append(texts, t)
		}
		slices.SortFunc(texts, func(a, b string) int { return cmp.Or(ws[b]-ws[a], strings.Compare(a, b)) })
		g.Question = texts[0]
		g.Examples = texts[1:min(len(texts), InsightExamples+1)]
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b QuestionGroup) int {
		return cmp.Or(b.Count-a.Count, b.Last.Compare(a.Last), strings.Compare(a.Key, b.Key))
	})
	return out, nil
}

// MarkQuestionsDone marks the tenant's group with the given key as dealt
// with, now.
func (s *Store) MarkQuestionsDone(ctx context.Context, tenantID, key string, by Actor) error {
	if key == "" || len(key) > 2000 {
		return fmt.Errorf("%w: name the group by its key", ErrInvalid)
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO question_groups_done (tenant_id, group_key, done_by) VALUES ($1, $2, $3)
			ON CONFLICT (tenant_id, group_key) DO UPDATE SET done_at = now(), done_by = EXCLUDED.done_by`, tenantID, key, by.Name)
		if err != nil {
			return err
		}
		return audit(ctx, tx, by, "questions.done", key, "tenant "+tenantID)
	})
	return wrapUnlessSentinel("mark questions done", err)
}
