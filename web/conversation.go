package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// historyLen is how many earlier exchanges a model answer sees.
const historyLen = 3

// maxSeqAhead is how far a resuming client's last_seq may lie beyond the
// stored frames: the frames of an answer that was sent but never stored.
const maxSeqAhead = 100000

// conversation is a chat held by one connection (or one API request): its
// stored state, the messages already answered and the recent exchanges.
type conversation struct {
	s        *Server
	tenant   knowledge.Tenant
	state    knowledge.Conversation
	answered map[string]bool
	history  []bot.Exchange
}

var (
	errResumeInvalid = perr("resume_invalid", "the resume token is not valid: start a new conversation with a hello without resume")
	errResumeExpired = perr("resume_expired", "the conversation has expired: start a new conversation with a hello without resume")
	errMoved         = &protocolError{code: "conversation_moved", msg: "the conversation was resumed on another connection", fatal: true}
)

// startConversation creates a conversation and returns it with its token
// and its welcome frame (seq 1), already stored.
func (s *Server) startConversation(ctx context.Context, t knowledge.Tenant, lang string) (*conversation, string, []byte, error) {
	id := randomID(16)
	secret := randomID(24)
	token := id + "." + secret
	c := &conversation{s: s, tenant: t, answered: map[string]bool{}, state: knowledge.Conversation{
		ID: id, TenantID: t.ID, Lang: bot.Lang(lang), LastSeq: 1, UpdatedAt: s.now(),
	}}
	welcome := c.welcome(token, false)
	welcome.Seq = 1
	body, _ := json.Marshal(welcome)
	hash := sha256.Sum256([]byte(secret))
	if err := s.store.CreateConversation(ctx, c.state, hash[:], []knowledge.Frame{{Seq: 1, Body: body}}); err != nil {
		return nil, "", nil, err
	}
	return c, token, body, nil
}

// resumeConversation takes a conversation over with its token and returns
// the stored frames after lastSeq.
func (s *Server) resumeConversation(ctx context.Context, token string, lastSeq int64) (*conversation, []knowledge.Frame, error) {
	id, secret, ok := strings.Cut(token, ".")
	if !ok || id == "" || secret == "" || len(token) > 200 {
		return nil, nil, errResumeInvalid
	}
	hash := sha256.Sum256([]byte(secret))
	st, frames, answered, err := s.store.ResumeConversation(ctx, id, hash[:], lastSeq)
	if errors.Is(err, knowledge.ErrNotFound) {
		return nil, nil, errResumeInvalid
	}
	if err != nil {
		return nil, nil, err
	}
	if s.now().Sub(st.UpdatedAt) > s.resumeTTL {
		return nil, nil, errResumeExpired
	}
	// The client saw frames of an answer that was discarded when it
	// resumed: go on above them, so that no seq means two frames.
	if lastSeq > st.LastSeq+maxSeqAhead {
		return nil, nil, perr("resume_invalid", "last_seq is beyond anything this conversation sent: send the highest seq you received")
	}
	st.LastSeq = max(st.LastSeq, lastSeq)
	t, err := s.tenant(ctx, st.TenantID)
	if err != nil {
		return nil, nil, err
	}
	c := &conversation{s: s, tenant: t, state: st, answered: map[string]bool{}}
	for _, m := range answered {
		c.answered[m] = true
	}
	return c, frames, nil
}

func (c *conversation) welcome(token string, resumed bool) welcomeFrame {
	greeting, suggestions := c.tenant.GreetingDE, c.tenant.SuggestionsDE
	if c.state.Lang == "en" {
		greeting, suggestions = c.tenant.GreetingEN, c.tenant.SuggestionsEN
	}
	if suggestions == nil {
		suggestions = []string{}
	}
	return welcomeFrame{
		Type: typeWelcome, Conversation: c.state.ID, Resume: token, Resumed: resumed, LastSeq: c.state.LastSeq,
		Tenant: c.tenant.ID, Lang: c.state.Lang, Greeting: greeting, Suggestions: suggestions, PrivacyURL: c.tenant.PrivacyURL,
	}
}

// ask answers a message: it sends answer.start and the deltas through send
// as they come, stores the turn with all its frames, then sends answer.end,
// so that a client that saw answer.end can always get the answer back on
// resume. A message id answered before is ignored (its answer was
// replayed): the reply is empty then.
func (c *conversation) ask(ctx context.Context, msgID, text, choice string, send func([]byte)) (reply bot.Reply, answerID string, err error) {
	if c.answered[msgID] {
		return bot.Reply{}, "", nil
	}
	answerID = randomID(12)
	seq := c.state.LastSeq
	var frames []knowledge.Frame
	// add numbers a frame, keeps it for storing and returns its JSON.
	add := func(seqp *int64, v any) []byte {
		seq++
		*seqp = seq
		body, _ := json.Marshal(v)
		frames = append(frames, knowledge.Frame{Seq: seq, Body: body})
		return body
	}
	start := &answerStartFrame{Type: typeAnswerStart, AnswerID: answerID, ReplyTo: msgID}
	send(add(&start.Seq, start))
	reply, err = c.s.bot.Answer(ctx, bot.Request{
		Tenant: c.tenant, Lang: c.state.Lang, Text: text, Choice: choice,
		State:   bot.State{Topic: c.state.Topic, Choices: c.state.Choices},
		History: c.history,
	}, func(delta string, reset bool) {
		d := &answerDeltaFrame{Type: typeAnswerDelta, AnswerID: answerID, Text: delta, Reset: reset}
		send(add(&d.Seq, d))
	})
	if err != nil {
		return bot.Reply{}, "", err
	}
	end := &answerEndFrame{Type: typeAnswerEnd, AnswerID: answerID, ReplyTo: msgID, Reply: reply}
	endBody := add(&end.Seq, end)
	next := c.state
	next.LastSeq, next.Topic, next.Choices, next.UpdatedAt = seq, reply.State.Topic, reply.State.Choices, c.s.now()
	var sources []string
	for _, src := range reply.Sources {
		sources = append(sources, src.ID)
	}
	err = c.s.store.SaveTurn(ctx, next, knowledge.Turn{
		AnswerID: answerID, MessageID: msgID, Question: reply.Question, Lang: c.state.Lang,
		Status: string(reply.Status), Answer: reply.Text, Sources: sources, Mode: reply.Mode, CreatedAt: next.UpdatedAt,
	}, frames)
	if errors.Is(err, knowledge.ErrConflict) {
		return bot.Reply{}, "", errMoved
	}
	if err != nil {
		return bot.Reply{}, "", fmt.Errorf("store answer: %w", err)
	}
	c.state = next
	c.answered[msgID] = true
	c.history = append(c.history, bot.Exchange{Question: reply.Question, Answer: reply.Text})
	if len(c.history) > historyLen {
		c.history = c.history[1:]
	}
	send(endBody)
	return reply, answerID, nil
}

// randomID returns n random bytes as URL-safe text without dots.
func randomID(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
