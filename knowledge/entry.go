package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on a single entry. They keep one runaway field from filling the
// database or the bot's answers; docs/catalog.md lists them.
const (
	MaxIDLen     = 128       // characters in an id
	MaxTitleLen  = 300       // characters in a title, keyword or topic
	MaxLinkTitle = 1000      // characters in a link's title (law names run long)
	MaxFieldLen  = 64 << 10  // bytes in any one text field
	MaxListLen   = 100       // items in any list field
	MaxURLLen    = 2048      // bytes in a URL
	MaxEntrySize = 512 << 10 // bytes of the whole entry as JSON
)

// Link is a titled URL: an online procedure, a form, a law, a further page.
type Link struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// Entry is one service description in the catalogue format (catalog JSONL
// v1, see docs/catalog.md). Its ID is stable across catalogue versions and
// is the key for incremental ingestion.
type Entry struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Language       string   `json:"language,omitempty"`
	Region         string   `json:"region,omitempty"`
	Source         string   `json:"source,omitempty"`
	InfoURL        string   `json:"info_url,omitempty"`
	Summary        string   `json:"summary,omitempty"`
	Description    string   `json:"description,omitempty"`
	Prerequisites  string   `json:"prerequisites,omitempty"`
	Documents      string   `json:"documents,omitempty"`
	Fees           string   `json:"fees,omitempty"`
	ProcessingTime string   `json:"processing_time,omitempty"`
	Deadlines      string   `json:"deadlines,omitempty"`
	Responsible    string   `json:"responsible,omitempty"`
	OnlineServices []Link   `json:"online_services,omitempty"`
	AppointmentURL string   `json:"appointment_url,omitempty"`
	Forms          []Link   `json:"forms,omitempty"`
	LegalBasis     []Link   `json:"legal_basis,omitempty"`
	Links          []Link   `json:"links,omitempty"`
	Keywords       []string `json:"keywords,omitempty"`
	LeikaKey       string   `json:"leika_key,omitempty"`
	OZGID          string   `json:"ozg_id,omitempty"`
	Topics         []string `json:"topics,omitempty"`
	Updated        string   `json:"updated,omitempty"`

	// Extra holds fields the format does not define; they are kept, not used.
	Extra map[string]json.RawMessage `json:"-"`
}

var (
	idPattern       = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]*$`)
	languagePattern = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
	regionPattern   = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	leikaPattern    = regexp.MustCompile(`^[0-9]{14}$`)
)

// Normalize fills defaults (language "de") and trims surrounding space from
// every single-line field, so that equal content hashes equally.
func (e *Entry) Normalize() {
	e.ID = strings.TrimSpace(e.ID)
	e.Title = strings.TrimSpace(e.Title)
	e.Language = strings.ToLower(strings.TrimSpace(e.Language))
	if e.Language == "" {
		e.Language = "de"
	}
	e.Region = strings.ToLower(strings.TrimSpace(e.Region))
	e.Source = strings.TrimSpace(e.Source)
	e.InfoURL = strings.TrimSpace(e.InfoURL)
	e.AppointmentURL = strings.TrimSpace(e.AppointmentURL)
	for _, list := range [][]Link{e.OnlineServices, e.Forms, e.LegalBasis, e.Links} {
		for i := range list {
			list[i].Title = strings.TrimSpace(list[i].Title)
			list[i].URL = strings.TrimSpace(list[i].URL)
		}
	}
}

// Validate reports the first rule the entry breaks, wrapped in ErrInvalid,
// naming the field and what to do about it. Call Normalize first.
func (e *Entry) Validate() error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
	switch {
	case e.ID == "":
		return fail(`missing "id": every entry needs a stable id such as "berlin-120686"`)
	case utf8.RuneCountInString(e.ID) > MaxIDLen:
		return fail(`"id" is longer than %d characters`, MaxIDLen)
	case !idPattern.MatchString(e.ID):
		return fail(`"id" %q may contain only letters, digits and . _ : - and must start with a letter or digit`, e.ID)
	case e.Title == "":
		return fail(`missing "title": give the service's name, such as "Anmeldung einer Wohnung"`)
	case utf8.RuneCountInString(e.Title) > MaxTitleLen:
		return fail(`"title" is longer than %d characters`, MaxTitleLen)
	case !languagePattern.MatchString(e.Language):
		return fail(`"language" %q is not a language code such as "de" or "en"`, e.Language)
	case e.Region != "" && !regionPattern.MatchString(e.Region):
		return fail(`"region" %q must be a lower-case slug such as "berlin" or "de"`, e.Region)
	case e.LeikaKey != "" && !leikaPattern.MatchString(e.LeikaKey):
		return fail(`"leika_key" %q must be 14 digits`, e.LeikaKey)
	}
	if e.Updated != "" {
		if _, err := time.Parse(time.DateOnly, e.Updated); err != nil {
			return fail(`"updated" %q is not a date of the form YYYY-MM-DD`, e.Updated)
		}
	}
	for name, text := range e.textFields() {
		if len(text) > MaxFieldLen {
			return fail(`%q is %d KiB long; the limit is %d KiB: shorten it or link to the full text`, name, len(text)>>10, MaxFieldLen>>10)
		}
		if !utf8.ValidString(text) {
			return fail(`%q is not valid UTF-8: save the file as UTF-8`, name)
		}
	}
	for name, list := range map[string][]string{"keywords": e.Keywords, "topics": e.Topics} {
		if len(list) > MaxListLen {
			return fail(`%q has %d items; the limit is %d`, name, len(list), MaxListLen)
		}
		for _, s := range list {
			if utf8.RuneCountInString(s) > MaxTitleLen {
				return fail(`an item of %q is longer than %d characters`, name, MaxTitleLen)
			}
		}
	}
	for name, u := range map[string]string{"info_url": e.InfoURL, "appointment_url": e.AppointmentURL} {
		if u == "" {
			continue
		}
		if err := CheckURL(u); err != nil {
			return fail("%q: %v", name, err)
		}
	}
	for name, list := range e.linkLists() {
		if len(list) > MaxListLen {
			return fail(`%q has %d items; the limit is %d`, name, len(list), MaxListLen)
		}
		for i, l := range list {
			if err := CheckURL(l.URL); err != nil {
				return fail("%s[%d].url: %v", name, i, err)
			}
			if utf8.RuneCountInString(l.Title) > MaxLinkTitle {
				return fail("%s[%d].title is longer than %d characters", name, i, MaxLinkTitle)
			}
		}
	}
	return nil
}

// CheckURL accepts only absolute http(s) URLs with a host: the only kind a
// citizen may be sent to.
func CheckURL(raw string) error {
	if raw == "" {
		return fmt.Errorf("empty URL")
	}
	if len(raw) > MaxURLLen {
		return fmt.Errorf("URL is longer than %d bytes", MaxURLLen)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q is not a valid URL: %v", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q must be an absolute http(s) URL", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", raw)
	}
	return nil
}

func (e *Entry) textFields() map[string]string {
	return map[string]string{
		"summary": e.Summary, "description": e.Description, "prerequisites": e.Prerequisites,
		"documents": e.Documents, "fees": e.Fees, "processing_time": e.ProcessingTime,
		"deadlines": e.Deadlines, "responsible": e.Responsible, "source": e.Source,
	}
}

func (e *Entry) linkLists() map[string][]Link {
	return map[string][]Link{
		"online_services": e.OnlineServices, "forms": e.Forms, "legal_basis": e.LegalBasis, "links": e.Links,
	}
}

// Hash is a digest of the entry's whole content, including unknown fields.
// Ingestion compares it to skip entries whose content did not change.
func (e *Entry) Hash() string {
	b, _ := json.Marshal(e) // strings and lists of strings only: cannot fail
	h := sha256.New()
	h.Write(b)
	if len(e.Extra) > 0 {
		extra, _ := json.Marshal(e.Extra) // map keys are sorted: deterministic
		h.Write(extra)
	}
	return hex.EncodeToString(h.Sum(nil))
}
