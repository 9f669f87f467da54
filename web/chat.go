package web

import (
	"encoding/json"
	"fmt"
	"net/http"

	"citizenbot/bot"
	"citizenbot/knowledge"
)

// maxChatBody is the largest POST /api/v1/chat body.
const maxChatBody = 64 << 10

// chatRequest is the body of POST /api/v1/chat.
type chatRequest struct {
	Tenant       string `json:"tenant"`
	Lang         string `json:"lang"`
	Text         string `json:"text"`
	Conversation string `json:"conversation"` // token from an earlier response, to ask a follow-up
}

// chatResponse is the answer.end fields plus the conversation token.
type chatResponse struct {
	Conversation string `json:"conversation"`
	AnswerID     string `json:"answer_id"`
	bot.Reply
}

// chat answers one message over plain HTTP, for integrators and scripts.
// It shares conversations, limits and storage with the websocket.
func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	var req chatRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxChatBody))
	if err := dec.Decode(&req); err != nil {
		s.writeError(w, r, fmt.Errorf("%w: the body must be a JSON object {\"tenant\", \"text\", \"conversation\"} of at most %d bytes", knowledge.ErrInvalid, maxChatBody))
		return
	}
	ctx := r.Context()
	text, err := s.checkText(req.Text, s.limits.MaxMessageChars, true)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	var c *conversation
	token := req.Conversation
	if token != "" {
		c, _, err = s.resumeConversation(ctx, token, 0)
		if err == nil && req.Tenant != "" && req.Tenant != c.tenant.ID {
			err = perr("tenant_mismatch", "the conversation belongs to another tenant: leave out conversation to start a new one")
		}
	} else {
		if req.Tenant == "" {
			req.Tenant = "demo"
		}
		var t knowledge.Tenant
		if t, err = s.tenant(ctx, req.Tenant); err == nil {
			c, token, _, err = s.startConversation(ctx, t, req.Lang)
		}
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := s.allowMessage(s.clientIP(r), c.state.ID); err != nil {
		s.writeError(w, r, err)
		return
	}
	reply, answerID, err := c.ask(ctx, randomID(9), text, "", func([]byte) {})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, chatResponse{Conversation: token, AnswerID: answerID, Reply: reply})
}

// statusOf maps a protocol error to an HTTP status.
func statusOf(pe *protocolError) int {
	switch pe.code {
	case "rate_limited":
		return http.StatusTooManyRequests
	case "conversation_moved":
		return http.StatusConflict
	}
	return http.StatusBadRequest
}
