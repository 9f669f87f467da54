// Package bot answers a citizen: given the conversation so far, the tenant
// and a new message, it retrieves the fitting service descriptions, decides
// whether it can answer, must ask back or cannot help, and writes the
// answer, with its built-in templates or a language model.
package bot

import (
	"context"
	"log/slog"
	"time"

	"citizenbot/knowledge"
)

// Status is how an answer ended.
type Status string

// The three ways an answer ends.
const (
	Answered Status = "answered"  // a service fits: a short answer and the main action
	Clarify  Status = "clarify"   // several fit about equally: a question with choices
	NoAnswer Status = "no_answer" // nothing fits, or the request is out of bounds
)

// Modes say how the text of a reply was written.
const (
	ModeBuiltin  = "builtin"  // templates, no model configured or not needed
	ModeModel    = "model"    // the language model
	ModeFallback = "fallback" // templates, because the model failed
)

// Source is an entry the answer rests on.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url"`
}

// Action kinds, in the order the main action is chosen.
const (
	KindOnline      = "online"      // an online procedure
	KindAppointment = "appointment" // appointment booking
	KindInfo        = "info"        // the official page
	KindPhone       = "phone"       // a phone number (tel: URL)
)

// Action is a link the citizen can follow; the first one is the main action.
type Action struct {
	Title string `json:"title"`
	URL   string `json:"url"`
	Kind  string `json:"kind"`
}

// Choice is one option of a clarifying question.
type Choice struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// State is what the bot remembers between the messages of a conversation.
type State struct {
	Topic   string   // entry under discussion
	Choices []string // entries offered by the last clarifying question
}

// Exchange is an earlier question and its answer, for the model's context.
type Exchange struct {
	Question string
	Answer   string
}

// Request is one message to answer.
type Request struct {
	Tenant knowledge.Tenant
	Lang   string // "de" or "en"
	Text   string
	// Choice is the id of an entry the citizen picked from the choices of
	// the last clarifying question; Text is then the choice's title.
	Choice  string
	State   State
	History []Exchange // earlier exchanges, oldest first, masked
}

// Reply is the bot's answer to a Request.
type Reply struct {
	Status      Status   `json:"status"`
	Text        string   `json:"text"`
	Sources     []Source `json:"sources"`
	Actions     []Action `json:"actions"`
	Choices     []Choice `json:"choices"`
	Suggestions []string `json:"suggestions"`
	// Question is the message with personal data masked: what may be
	// stored or shown to an editor.
	Question string `json:"-"`
	State    State  `json:"-"`
	Mode     string `json:"-"`
	// Ranking lists the services the bot weighed, best first, one per
	// service: a translation is named by the entry it translates. Empty for
	// a refusal; the chosen entry alone for a choice or follow-up.
	Ranking []string `json:"-"`
}

// Knowledge is what the bot reads: *knowledge.Store implements it.
type Knowledge interface {
	Search(ctx context.Context, q knowledge.Query) ([]knowledge.Hit, error)
	PublishedEntries(ctx context.Context, ids []string) (map[string]knowledge.Entry, error)
}

// Model writes an answer grounded in entries, streaming it through emit.
// It returns the full text it produced or an error; the bot falls back to
// its templates on any error.
type Model interface {
	Write(ctx context.Context, p Prompt, emit func(string)) (string, error)
}

// Options configure a Bot.
type Options struct {
	Model        Model              // nil: built-in answers only
	ModelTimeout time.Duration      // per answer; 0 means 20 s
	Lexicons     knowledge.Lexicons // tenants' own words; nil: the built-in lexicon for all
	Log          *slog.Logger
}

// Bot answers messages. It is safe for concurrent use.
type Bot struct {
	kb       Knowledge
	model    Model
	wait     time.Duration
	lexicons knowledge.Lexicons
	log      *slog.Logger
}

// New returns a bot reading kb.
func New(kb Knowledge, o Options) *Bot {
	b := &Bot{kb: kb, model: o.Model, wait: o.ModelTimeout, lexicons: o.Lexicons, log: o.Log}
	if b.wait <= 0 {
		b.wait = 20 * time.Second
	}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	return b
}

// Lexicon returns the lexicon the bot searches with for tenant, for other
// searches to match the bot's.
func (b *Bot) Lexicon(tenant string) *knowledge.Lexicon { return b.lexicons.For(tenant) }
