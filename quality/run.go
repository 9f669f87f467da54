package quality

import (
	"context"
	"fmt"
	"strings"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// baselineDepth is how many entries of the baseline's ranking are kept:
// enough for the mean reciprocal rank.
const baselineDepth = mrrDepth

// Env is what a run needs: the bot as configured, the tenant whose
// knowledge and settings it answers with, the keyword search to compare
// with, and the published entries (to name services and show titles).
type Env struct {
	Bot      *bot.Bot
	Tenant   knowledge.Tenant
	Baseline interface {
		Search(ctx context.Context, text string, limit int) ([]string, error)
	}
	Entries func(ids []string) map[string]knowledge.Entry
}

// Run asks the bot and the baseline every question, each as the first
// message of a new conversation, and records what they did.
func Run(ctx context.Context, env Env, qs []Question) ([]Result, error) {
	results := make([]Result, 0, len(qs))
	for _, q := range qs {
		reply, err := env.Bot.Answer(ctx, bot.Request{Tenant: env.Tenant, Lang: q.Lang, Text: q.Question}, nil)
		if err != nil {
			return nil, fmt.Errorf("question %s: %w", q.QID, err)
		}
		base, err := env.Baseline.Search(ctx, q.Question, baselineDepth)
		if err != nil {
			return nil, fmt.Errorf("question %s: %w", q.QID, err)
		}
		r := Result{Question: q, Status: string(reply.Status), Ranking: reply.Ranking}
		for _, id := range base {
			r.Baseline = append(r.Baseline, env.service(id))
		}
		switch reply.Status {
		case bot.Answered:
			r.Main = env.service(reply.Sources[0].ID)
			r.Chose = "answered " + env.describe(r.Main)
		case bot.Clarify:
			var names []string
			for _, c := range reply.Choices {
				r.Choices = append(r.Choices, env.service(c.ID))
				names = append(names, env.describe(env.service(c.ID)))
			}
			r.Chose = "clarify between " + strings.Join(names, " | ")
		default:
			r.Chose = "no_answer"
			if len(r.Ranking) > 0 {
				r.Chose += ", best candidate " + env.describe(r.Ranking[0])
			}
		}
		results = append(results, r)
	}
	return results, nil
}

// service returns the id of the service an entry stands for: the entry it
// translates, or itself.
func (env Env) service(id string) string {
	if t := env.Entries([]string{id})[id].TranslationOf(); t != "" {
		return t
	}
	return id
}

func (env Env) describe(id string) string {
	return fmt.Sprintf("%s %q", id, env.Entries([]string{id})[id].Title)
}
