package web

import (
	"context"
	"net/http"
	"slices"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// tryRequest is the body of POST /api/v1/try: a draft, saved or not, and a
// question to ask the bot about it. Without an entry, ID names a saved
// one: its draft, when it has unpublished changes, else its content.
type tryRequest struct {
	ID       string          `json:"id"`
	Entry    knowledge.Entry `json:"entry"`
	Question string          `json:"question"`
	Lang     string          `json:"lang"`
}

// tryResponse is the bot's reply as the chat would send it, whether it
// rests on the draft, and whether it offers the draft as one of the
// choices of a clarifying question.
type tryResponse struct {
	bot.Reply
	UsesDraft   bool `json:"uses_draft"`
	OffersDraft bool `json:"offers_draft"`
}

// indexKnowledge lets the bot read a fixed index, such as one with a draft.
type indexKnowledge struct{ x *knowledge.Index }

func (k indexKnowledge) Search(ctx context.Context, q knowledge.Query) ([]knowledge.Hit, error) {
	return k.x.Search(ctx, q)
}

func (k indexKnowledge) PublishedEntries(_ context.Context, ids []string) (map[string]knowledge.Entry, error) {
	return k.x.PublishedEntries(ids), nil
}

// tryDraft answers a question with the real bot, as the caller's tenant's
// chat would if the draft were published now. Nothing is stored.
func (s *Server) tryDraft(w http.ResponseWriter, r *http.Request, c caller) {
	var req tryRequest
	if err := decode(w, r, maxEntryBody, &req, `{"entry": {…} or "id": "…", "question": "…", "lang": "de"}`); err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx := r.Context()
	if req.Entry.ID == "" && req.ID != "" {
		rec, err := s.store.Record(ctx, req.ID, c.Actor)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		req.Entry = rec.Entry
	}
	question, err := s.checkText(req.Question, s.limits.MaxMessageChars, true)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if !c.May(req.Entry.Region) {
		s.writeError(w, r, errForbiddenRegion(req.Entry.Region))
		return
	}
	tenantID, err := s.tenantFor(r, c)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	tenant, err := s.tenant(ctx, tenantID)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	x, err := s.store.TryIndex(ctx, req.Entry, s.log)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	b := s.console.opts.TryBot(indexKnowledge{x})
	reply, err := b.Answer(ctx, bot.Request{Tenant: tenant, Lang: req.Lang, Text: question}, nil)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, tryResponse{Reply: reply,
		UsesDraft:   slices.ContainsFunc(reply.Sources, func(src bot.Source) bool { return src.ID == req.Entry.ID }),
		OffersDraft: slices.ContainsFunc(reply.Choices, func(c bot.Choice) bool { return c.ID == req.Entry.ID })})
}
