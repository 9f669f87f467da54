package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// maxIDLen is the longest client message id.
const maxIDLen = 64

var (
	errHelloFirst  = perr("hello_first", "send a hello frame before anything else")
	errOriginTaken = &protocolError{code: "origin_not_allowed", msg: "this web page may not use this tenant's chat: add its origin to the tenant's allowed origins", fatal: true}
)

// hello starts or resumes the connection's conversation.
func (ss *session) hello(ctx context.Context, f clientFrame) error {
	if ss.conv != nil {
		return perr("already_started", "send hello only once per connection")
	}
	if f.Resume != "" {
		c, frames, err := ss.s.resumeConversation(ctx, f.Resume, f.LastSeq)
		if err != nil {
			return err
		}
		if err := ss.checkOrigin(ctx, c.tenant.ID); err != nil {
			return err
		}
		ss.conv = c
		body, _ := json.Marshal(c.welcome(f.Resume, true))
		ss.send(body)
		for _, fr := range frames {
			ss.send(fr.Body)
		}
		return nil
	}
	if f.Tenant == "" {
		return perr("tenant_missing", `say which tenant to talk to: {"type":"hello","tenant":"…"}`)
	}
	t, err := ss.s.tenant(ctx, f.Tenant)
	if errors.Is(err, knowledge.ErrNotFound) {
		return perr("unknown_tenant", fmt.Sprintf("there is no tenant %q: check the tenant id (the widget's data-tenant attribute)", clip(f.Tenant, 64)))
	}
	if err != nil {
		return err
	}
	if err := ss.checkOrigin(ctx, t.ID); err != nil {
		return err
	}
	c, _, body, err := ss.s.startConversation(ctx, t, f.Lang)
	if err != nil {
		return err
	}
	ss.conv = c
	ss.send(body)
	return nil
}

func (ss *session) checkOrigin(ctx context.Context, tenantID string) error {
	ok, err := ss.s.originAllowed(ctx, ss.origin, ss.host, tenantID)
	if err != nil {
		return err
	}
	if !ok {
		return errOriginTaken
	}
	return nil
}

// message answers a citizen's message after checking it and the limits.
func (ss *session) message(ctx context.Context, f clientFrame) error {
	if ss.conv == nil {
		return errHelloFirst
	}
	if f.ID == "" || utf8.RuneCountInString(f.ID) > maxIDLen {
		return perr("invalid_id", fmt.Sprintf("give every message an id of 1 to %d characters, unique in the conversation", maxIDLen))
	}
	text, err := ss.s.checkText(f.Text, ss.s.limits.MaxMessageChars, true)
	if err != nil {
		return err
	}
	if err := ss.s.allowMessage(ss.ip, ss.conv.state.ID); err != nil {
		return err
	}
	_, _, err = ss.conv.ask(ctx, f.ID, text, f.Choice, ss.send)
	return err
}

// feedback stores a rating of an answer of the conversation.
func (ss *session) feedback(ctx context.Context, f clientFrame) error {
	if ss.conv == nil {
		return errHelloFirst
	}
	if f.Rating != "up" && f.Rating != "down" {
		return perr("invalid_rating", `rate an answer "up" or "down"`)
	}
	comment, err := ss.s.checkText(f.Comment, ss.s.limits.MaxCommentChars, false)
	if err != nil {
		return err
	}
	err = ss.s.store.SaveFeedback(ctx, ss.conv.state.ID, f.AnswerID, f.Rating, bot.Mask(comment))
	if errors.Is(err, knowledge.ErrNotFound) {
		return perr("unknown_answer", fmt.Sprintf("this conversation has no answer %q", clip(f.AnswerID, 64)))
	}
	return err
}

// checkText trims a citizen's text and checks its length and characters.
func (s *Server) checkText(text string, maxChars int, required bool) (string, error) {
	text = strings.TrimSpace(text)
	if required && text == "" {
		return "", perr("empty_message", "the message is empty: type a question")
	}
	if n := utf8.RuneCountInString(text); n > maxChars {
		return "", perr("message_too_long", fmt.Sprintf("the text has %d characters, more than the %d allowed: shorten it", n, maxChars))
	}
	for _, r := range text {
		if r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		if unicode.IsControl(r) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') {
			return "", perr("invalid_text", "the text contains control characters: send plain text")
		}
	}
	return text, nil
}

// allowMessage applies the message rate limits of a client IP and a
// conversation.
func (s *Server) allowMessage(ip, conversationID string) error {
	now := s.now()
	if !s.ipRate.allow(ip, now) {
		return perr("rate_limited", fmt.Sprintf("more than %d messages a minute from your network: please wait a minute", s.limits.IPPerMinute))
	}
	if !s.convRate.allow(conversationID, now) {
		return perr("rate_limited", fmt.Sprintf("more than %d messages a minute in this conversation: please wait a minute", s.limits.ConvPerMinute))
	}
	return nil
}

// clip shortens s to n characters for echoing it in a message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
