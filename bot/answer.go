package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"citizenbot/knowledge"
)

// searchDepth is how many hits the bot looks at and reranks: deep enough
// that a service whose name fits the question can rise from where the
// search's ranking left it; modelEntries how many entries ground a model
// answer; maxChoices how many options a clarifying question offers.
const (
	searchDepth  = 12
	modelEntries = 3
	maxChoices   = 4
)

// Lang returns the answer language for a requested one: English for "en"
// (and "en-GB" and the like), German otherwise.
func Lang(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return "en"
	}
	return "de"
}

// Answer answers one message. It streams the text through emit as it is
// written (emit may be nil) and returns the whole reply; the concatenated
// deltas equal Reply.Text unless the model failed after it had started, in
// which case emit is called with reset=true before the built-in text.
// Errors are only those of the knowledge base: a failing model falls back
// to the built-in answer.
func (b *Bot) Answer(ctx context.Context, req Request, emit func(delta string, reset bool)) (Reply, error) {
	if emit == nil {
		emit = func(string, bool) {}
	}
	lang := Lang(req.Lang)
	masked := Mask(req.Text)
	asked := askedFacets(masked)
	if CheckAbuse(req.Text) != AbuseNone {
		r := Reply{Status: NoAnswer, Text: phrasesFor(lang).refusal, Question: masked, State: req.State, Mode: ModeBuiltin}
		streamText(r.Text, emit)
		return r.normal(), nil
	}
	d, err := b.decide(ctx, req, masked, asked)
	if err != nil {
		return Reply{}, err
	}
	r := Reply{Status: d.status, Question: masked, Mode: ModeBuiltin, Ranking: d.ranking}
	switch d.status {
	case NoAnswer:
		r.Text = composeNoAnswer(req.Tenant, lang, d.referral)
		if d.vague {
			r.Text = phrasesFor(lang).vague
		}
		if d.closing {
			r.Text = phrasesFor(lang).closing
		}
		if d.advice {
			r.Text = phrasesFor(lang).advice
		}
		if d.staffComplaint {
			r.Text = phrasesFor(lang).staffComplaint
		}
		if d.caseStatus {
			r.Text = composeCaseStatus(req.Tenant, lang, d.entries)
			for _, e := range d.entries {
				r.Actions = append(r.Actions, infoAction(e, lang)...)
			}
		}
		r.Actions = append(r.Actions, fallbackActions(req.Tenant, lang)...)
		r.Suggestions = tenantSuggestions(req.Tenant, lang)
		r.State = State{Topic: req.State.Topic}
	case Clarify:
		r.Text = composeClarify(d.entries, lang)
		for _, e := range d.entries {
			r.Choices = append(r.Choices, Choice{ID: e.ID, Title: e.Title})
			r.State.Choices = append(r.State.Choices, e.ID)
		}
	case Answered:
		main := d.entries[0]
		r.State = State{Topic: main.ID}
		r.Actions = actions(main, lang)
		r.Suggestions = suggestions(main, lang, asked)
		r.Sources = []Source{source(main)}
		if b.model != nil {
			p := Prompt{TenantName: req.Tenant.Name, Lang: lang, Question: masked, History: req.History, Entries: d.entries}
			text, err := b.write(ctx, p, emit)
			if err == nil {
				r.Text, r.Mode = text, ModeModel
				r.Sources = append(r.Sources, citedSources(text, d.entries[1:])...)
				return r.normal(), nil
			}
			b.log.Warn("model failed; answering with the built-in text", "err", err)
			r.Mode = ModeFallback
		}
		r.Text = composeAnswer(main, lang, asked)
	}
	streamText(r.Text, emit)
	return r.normal(), nil
}

// write asks the model, filtering invented links out of the stream. After
// a failure that came once text was emitted, it emits a reset.
func (b *Bot) write(ctx context.Context, p Prompt, emit func(string, bool)) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, b.wait)
	defer cancel()
	started := false
	f := &linkFilter{allowed: p.allowedURLs(), emit: func(s string) { started = true; emit(s, false) }}
	_, err := b.model.Write(ctx, p, f.write)
	if err == nil {
		f.flush()
		if strings.TrimSpace(f.out.String()) == "" {
			err = errors.New("the model returned no text")
		}
	}
	if err != nil {
		if started {
			emit("", true)
		}
		return "", fmt.Errorf("model: %w", err)
	}
	return f.out.String(), nil
}

// streamText emits a built-in text paragraph by paragraph.
func streamText(text string, emit func(string, bool)) {
	for len(text) > 0 {
		i := strings.Index(text, "\n\n")
		if i < 0 {
			emit(text, false)
			return
		}
		emit(text[:i+2], false)
		text = text[i+2:]
	}
}

func source(e knowledge.Entry) Source {
	return Source{ID: e.ID, Title: e.Title, URL: e.InfoURL}
}

// citedSources are the entries whose official page a model answer links.
func citedSources(text string, entries []knowledge.Entry) []Source {
	var s []Source
	for _, e := range entries {
		if e.InfoURL != "" && strings.Contains(text, e.InfoURL) {
			s = append(s, source(e))
		}
	}
	return s
}

func tenantSuggestions(t knowledge.Tenant, lang string) []string {
	if lang == "en" {
		return t.SuggestionsEN
	}
	return t.SuggestionsDE
}

// normal gives the reply's lists their JSON form: [] rather than null.
func (r Reply) normal() Reply {
	if r.Sources == nil {
		r.Sources = []Source{}
	}
	if r.Actions == nil {
		r.Actions = []Action{}
	}
	if r.Choices == nil {
		r.Choices = []Choice{}
	}
	if r.Suggestions == nil {
		r.Suggestions = []string{}
	}
	return r
}
