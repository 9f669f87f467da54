package knowledge

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// FieldProblem is one rule one field of an entry breaks. Rule is a code a
// user interface can word in its own language: required, too_long,
// too_many, format, url, date or encoding; Limit is the limit a too_long or
// too_many broke (characters, bytes for text fields, or items).
type FieldProblem struct {
	Field   string `json:"field"`
	Rule    string `json:"rule"`
	Limit   int    `json:"limit,omitempty"`
	Message string `json:"message"`
}

// ValidationError lists every rule an entry breaks, field by field. It
// wraps ErrInvalid.
type ValidationError struct{ Problems []FieldProblem }

func (v *ValidationError) Error() string {
	msgs := make([]string, len(v.Problems))
	for i, p := range v.Problems {
		msgs[i] = p.Field + ": " + p.Message
	}
	return "the entry has mistakes: " + strings.Join(msgs, "; ")
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (v *ValidationError) Unwrap() error { return ErrInvalid }

// Problems checks every field of a normalised entry against the rules of
// the catalogue format (the rules Validate applies) and lists every
// problem, not just the first, so that a form can mark each field.
func (e *Entry) Problems() []FieldProblem {
	var ps []FieldProblem
	add := func(field, rule string, limit int, format string, args ...any) {
		ps = append(ps, FieldProblem{Field: field, Rule: rule, Limit: limit, Message: fmt.Sprintf(format, args...)})
	}
	switch {
	case e.ID == "":
		add("id", "required", 0, `every entry needs a stable id such as "berlin-120686"`)
	case utf8.RuneCountInString(e.ID) > MaxIDLen:
		add("id", "too_long", MaxIDLen, "longer than %d characters", MaxIDLen)
	case !idPattern.MatchString(e.ID):
		add("id", "format", 0, "may contain only letters, digits and . _ : - and must start with a letter or digit")
	}
	switch {
	case e.Title == "":
		add("title", "required", 0, `give the service's name, such as "Anmeldung einer Wohnung"`)
	case utf8.RuneCountInString(e.Title) > MaxTitleLen:
		add("title", "too_long", MaxTitleLen, "longer than %d characters", MaxTitleLen)
	}
	if !languagePattern.MatchString(e.Language) {
		add("language", "format", 0, `not a language code such as "de" or "en"`)
	}
	if e.Region != "" && !regionPattern.MatchString(e.Region) {
		add("region", "format", 0, `must be a lower-case slug such as "berlin" or "de"`)
	}
	if e.LeikaKey != "" && !leikaPattern.MatchString(e.LeikaKey) {
		add("leika_key", "format", 0, "must be 14 digits")
	}
	if utf8.RuneCountInString(e.OZGID) > MaxTitleLen {
		add("ozg_id", "too_long", MaxTitleLen, "longer than %d characters", MaxTitleLen)
	}
	if e.Updated != "" {
		if _, err := time.Parse(time.DateOnly, e.Updated); err != nil {
			add("updated", "date", 0, "not a date of the form YYYY-MM-DD")
		}
	}
	for _, name := range []string{"summary", "description", "prerequisites", "documents", "fees",
		"processing_time", "deadlines", "responsible", "source"} {
		text := e.textFields()[name]
		if len(text) > MaxFieldLen {
			add(name, "too_long", MaxFieldLen, "%d KiB long; the limit is %d KiB: shorten it or link to the full text", len(text)>>10, MaxFieldLen>>10)
		} else if !utf8.ValidString(text) {
			add(name, "encoding", 0, "not valid UTF-8")
		}
	}
	for _, l := range []struct {
		name string
		list []string
	}{{"keywords", e.Keywords}, {"topics", e.Topics}} {
		if len(l.list) > MaxListLen {
			add(l.name, "too_many", MaxListLen, "%d items; the limit is %d", len(l.list), MaxListLen)
		}
		for _, s := range l.list {
			if utf8.RuneCountInString(s) > MaxTitleLen {
				add(l.name, "too_long", MaxTitleLen, "an item is longer than %d characters", MaxTitleLen)
				break
			}
		}
	}
	for _, u := range []struct{ name, url string }{{"info_url", e.InfoURL}, {"appointment_url", e.AppointmentURL}} {
		if u.url != "" {
			if err := CheckURL(u.url); err != nil {
				add(u.name, "url", 0, "%v", err)
			}
		}
	}
	for _, name := range []string{"online_services", "forms", "legal_basis", "links"} {
		list := e.linkLists()[name]
		if len(list) > MaxListLen {
			add(name, "too_many", MaxListLen, "%d items; the limit is %d", len(list), MaxListLen)
		}
		for i, l := range list {
			if err := CheckURL(l.URL); err != nil {
				add(fmt.Sprintf("%s[%d].url", name, i), "url", 0, "%v", err)
			}
			if utf8.RuneCountInString(l.Title) > MaxLinkTitle {
				add(fmt.Sprintf("%s[%d].title", name, i), "too_long", MaxLinkTitle, "longer than %d characters", MaxLinkTitle)
			}
		}
	}
	return ps
}

// check normalises e and returns a ValidationError when it breaks a rule.
func (e *Entry) check() error {
	e.Normalize()
	if ps := e.Problems(); len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}
