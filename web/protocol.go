package web

import (
	"citizenbot/bot"
)

// Frame types of the chat protocol (docs/protocol.md).
const (
	typeHello    = "hello"
	typeMessage  = "message"
	typeFeedback = "feedback"

	typeWelcome     = "welcome"
	typeAnswerStart = "answer.start"
	typeAnswerDelta = "answer.delta"
	typeAnswerEnd   = "answer.end"
	typeError       = "error"
)

// clientFrame is any frame a client sends; Type says which fields count.
type clientFrame struct {
	Type string `json:"type"`
	// hello
	Tenant  string `json:"tenant"`
	Lang    string `json:"lang"`
	Resume  string `json:"resume"`
	LastSeq int64  `json:"last_seq"`
	// message
	ID     string `json:"id"`
	Text   string `json:"text"`
	Choice string `json:"choice"`
	// feedback
	AnswerID string `json:"answer_id"`
	Rating   string `json:"rating"`
	Comment  string `json:"comment"`
}

// welcomeFrame opens a conversation (seq 1) or confirms a resume (no seq:
// it is not part of the conversation, and LastSeq says where it stands).
type welcomeFrame struct {
	Type         string   `json:"type"`
	Seq          int64    `json:"seq,omitempty"`
	Conversation string   `json:"conversation"`
	Resume       string   `json:"resume"`
	Resumed      bool     `json:"resumed"`
	LastSeq      int64    `json:"last_seq"`
	Tenant       string   `json:"tenant"`
	Lang         string   `json:"lang"`
	Greeting     string   `json:"greeting"`
	Suggestions  []string `json:"suggestions"`
	PrivacyURL   string   `json:"privacy_url,omitempty"`
}

type answerStartFrame struct {
	Type     string `json:"type"`
	Seq      int64  `json:"seq"`
	AnswerID string `json:"answer_id"`
	ReplyTo  string `json:"reply_to"`
}

// answerDeltaFrame carries a piece of an answer's text. Reset tells the
// client to drop the text received so far (the model failed mid-answer and
// the built-in answer follows).
type answerDeltaFrame struct {
	Type     string `json:"type"`
	Seq      int64  `json:"seq"`
	AnswerID string `json:"answer_id"`
	Text     string `json:"text"`
	Reset    bool   `json:"reset,omitempty"`
}

type answerEndFrame struct {
	Type     string `json:"type"`
	Seq      int64  `json:"seq"`
	AnswerID string `json:"answer_id"`
	ReplyTo  string `json:"reply_to"`
	bot.Reply
}

// errorFrame reports a problem with what the client sent or with the
// server; it has no seq, since it is not part of the conversation.
type errorFrame struct {
	Type    string `json:"type"`
	Code    string `json:"code"`
	Message string `json:"message"`
	ReplyTo string `json:"reply_to,omitempty"`
}

// protocolError is an error the client is told about in an error frame.
// fatal ones close the connection after the frame.
type protocolError struct {
	code, msg string
	fatal     bool
}

func (e *protocolError) Error() string { return e.code + ": " + e.msg }

func perr(code, msg string) *protocolError { return &protocolError{code: code, msg: msg} }
