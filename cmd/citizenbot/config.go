package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"citizenbot/bot"
	"citizenbot/knowledge"
	"citizenbot/web"
)

// config is every setting of the program, read once from the environment.
// README.md's configuration table lists the same variables.
type config struct {
	DatabaseURL   string
	Addr          string
	LogLevel      slog.Level
	OpenAIKey     string
	OpenAIBaseURL string
	OpenAIAzure   bool
	OpenAIVersion string
	EmbedModel    string
	EmbedDim      int
	EmbedTimeout  time.Duration
	ChatModel     string
	ChatTimeout   time.Duration
	Retention     time.Duration
	ResumeTTL     time.Duration
	TrustProxy    bool
	LexiconDir    string
	Lexicons      knowledge.Lexicons // loaded from LexiconDir at start
	PhrasingDir   string
	Phrasings     *knowledge.Phrasings // loaded from PhrasingDir at start; nil: the built-in ones
	Limits        web.Limits
	Console       web.ConsoleOptions
}

func loadConfig(getenv func(string) string) (config, error) {
	c := config{
		DatabaseURL:   getenv("DATABASE_URL"),
		Addr:          or(getenv("CITIZENBOT_ADDR"), ":8080"),
		OpenAIKey:     getenv("OPENAI_API_KEY"),
		OpenAIBaseURL: or(getenv("OPENAI_BASE_URL"), "https://api.openai.com/v1"),
		OpenAIVersion: getenv("CITIZENBOT_OPENAI_API_VERSION"),
		EmbedModel:    getenv("CITIZENBOT_EMBED_MODEL"),
	}
	switch t := strings.ToLower(getenv("CITIZENBOT_OPENAI_API_TYPE")); t {
	case "", "openai":
	case "azure":
		c.OpenAIAzure = true
	default:
		return c, fmt.Errorf("CITIZENBOT_OPENAI_API_TYPE=%q: use openai or azure", t)
	}
	if err := c.LogLevel.UnmarshalText([]byte(or(getenv("CITIZENBOT_LOG_LEVEL"), "info"))); err != nil {
		return c, fmt.Errorf("CITIZENBOT_LOG_LEVEL: %v: use debug, info, warn or error", err)
	}
	if v := getenv("CITIZENBOT_EMBED_DIM"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > knowledge.MaxDim {
			return c, fmt.Errorf("CITIZENBOT_EMBED_DIM=%q: use a whole number from 1 to %d", v, knowledge.MaxDim)
		}
		c.EmbedDim = n
	}
	c.ChatModel = getenv("CITIZENBOT_CHAT_MODEL")
	for _, d := range []struct {
		name, def string
		dst       *time.Duration
	}{
		{"CITIZENBOT_EMBED_TIMEOUT", "30s", &c.EmbedTimeout},
		{"CITIZENBOT_CHAT_TIMEOUT", "20s", &c.ChatTimeout},
		{"CITIZENBOT_RETENTION", "720h", &c.Retention},
		{"CITIZENBOT_RESUME_TTL", "24h", &c.ResumeTTL},
		{"CITIZENBOT_SESSION_TTL", "8h", &c.Console.SessionTTL},
	} {
		v := or(getenv(d.name), d.def)
		n, err := time.ParseDuration(v)
		if err != nil || n <= 0 {
			return c, fmt.Errorf("%s=%q: use a duration such as %s", d.name, v, d.def)
		}
		*d.dst = n
	}
	for _, n := range []struct {
		name string
		def  int
		dst  *int
	}{
		{"CITIZENBOT_MAX_MESSAGE_CHARS", 1000, &c.Limits.MaxMessageChars},
		{"CITIZENBOT_RATE_CONVERSATION", 20, &c.Limits.ConvPerMinute},
		{"CITIZENBOT_RATE_IP", 60, &c.Limits.IPPerMinute},
		{"CITIZENBOT_CONNS_PER_IP", 20, &c.Limits.ConnsPerIP},
		{"CITIZENBOT_LOGIN_RATE", 10, &c.Console.LoginPerMinute},
	} {
		v := getenv(n.name)
		if v == "" {
			*n.dst = n.def
			continue
		}
		i, err := strconv.Atoi(v)
		if err != nil || i < 1 {
			return c, fmt.Errorf("%s=%q: use a whole number of at least 1 (default %d)", n.name, v, n.def)
		}
		*n.dst = i
	}
	switch v := strings.ToLower(getenv("CITIZENBOT_TRUST_PROXY")); v {
	case "", "false", "0", "no":
	case "true", "1", "yes":
		c.TrustProxy = true
	default:
		return c, fmt.Errorf("CITIZENBOT_TRUST_PROXY=%q: use true or false", v)
	}
	switch v := strings.ToLower(getenv("CITIZENBOT_SECURE_COOKIES")); v {
	case "", "false", "0", "no":
	case "true", "1", "yes":
		c.Console.SecureCookies = true
	default:
		return c, fmt.Errorf("CITIZENBOT_SECURE_COOKIES=%q: use true or false", v)
	}
	if c.LexiconDir = getenv("CITIZENBOT_LEXICONS"); c.LexiconDir != "" {
		ls, err := knowledge.LoadLexicons(c.LexiconDir)
		if err != nil {
			return c, fmt.Errorf("CITIZENBOT_LEXICONS: %w", err)
		}
		c.Lexicons = ls
	}
	if c.PhrasingDir = getenv("CITIZENBOT_PHRASINGS"); c.PhrasingDir != "" {
		p, err := knowledge.LoadPhrasings(c.PhrasingDir)
		if err != nil {
			return c, fmt.Errorf("CITIZENBOT_PHRASINGS: %w", err)
		}
		c.Phrasings = p
	}
	if u, err := url.Parse(c.OpenAIBaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("OPENAI_BASE_URL=%q: use an http(s) URL such as https://api.openai.com/v1", c.OpenAIBaseURL)
	}
	return c, nil
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// String prints the configuration for `citizenbot config`, secrets masked.
func (c config) String() string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	mask := func(s string) string {
		if s == "" {
			return "(not set)"
		}
		return "****"
	}
	dbURL := "(not set)"
	if u, err := url.Parse(c.DatabaseURL); err == nil && c.DatabaseURL != "" {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "****")
		}
		dbURL = u.String()
	}
	embedder := "built-in (offline)"
	if c.EmbedModel != "" {
		embedder = "OpenAI-compatible: " + c.EmbedModel
	}
	answers := "built-in (offline)"
	if c.ChatModel != "" {
		answers = "OpenAI-compatible: " + c.ChatModel + ", built-in as fallback"
	}
	lexicons := "(not set): built-in lexicon for every tenant"
	if c.LexiconDir != "" {
		lexicons = fmt.Sprintf("%s (%d tenants with their own words)", c.LexiconDir, len(c.Lexicons))
	}
	phrasings := "(not set): built-in phrasings (for Berlin's catalogue)"
	if c.PhrasingDir != "" {
		phrasings = fmt.Sprintf("%s (%d lines of its own)", c.PhrasingDir, c.Phrasings.Len()-knowledge.DefaultPhrasings().Len())
	}
	for _, row := range [][2]string{
		{"DATABASE_URL", dbURL},
		{"CITIZENBOT_ADDR", c.Addr},
		{"CITIZENBOT_LOG_LEVEL", c.LogLevel.String()},
		{"OPENAI_API_KEY", mask(c.OpenAIKey)},
		{"OPENAI_BASE_URL", c.OpenAIBaseURL},
		{"CITIZENBOT_OPENAI_API_TYPE", map[bool]string{false: "openai", true: "azure"}[c.OpenAIAzure]},
		{"CITIZENBOT_OPENAI_API_VERSION", c.OpenAIVersion},
		{"CITIZENBOT_EMBED_MODEL", c.EmbedModel},
		{"CITIZENBOT_EMBED_DIM", strconv.Itoa(c.EmbedDim)},
		{"CITIZENBOT_EMBED_TIMEOUT", c.EmbedTimeout.String()},
		{"CITIZENBOT_CHAT_MODEL", c.ChatModel},
		{"CITIZENBOT_CHAT_TIMEOUT", c.ChatTimeout.String()},
		{"CITIZENBOT_RETENTION", c.Retention.String()},
		{"CITIZENBOT_RESUME_TTL", c.ResumeTTL.String()},
		{"CITIZENBOT_MAX_MESSAGE_CHARS", strconv.Itoa(c.Limits.MaxMessageChars)},
		{"CITIZENBOT_RATE_CONVERSATION", strconv.Itoa(c.Limits.ConvPerMinute)},
		{"CITIZENBOT_RATE_IP", strconv.Itoa(c.Limits.IPPerMinute)},
		{"CITIZENBOT_CONNS_PER_IP", strconv.Itoa(c.Limits.ConnsPerIP)},
		{"CITIZENBOT_TRUST_PROXY", strconv.FormatBool(c.TrustProxy)},
		{"CITIZENBOT_LEXICONS", lexicons},
		{"CITIZENBOT_PHRASINGS", phrasings},
		{"CITIZENBOT_SESSION_TTL", c.Console.SessionTTL.String()},
		{"CITIZENBOT_LOGIN_RATE", strconv.Itoa(c.Console.LoginPerMinute)},
		{"CITIZENBOT_SECURE_COOKIES", strconv.FormatBool(c.Console.SecureCookies)},
		{"embedder", embedder},
		{"answers", answers},
	} {
		fmt.Fprintf(w, "%s\t%s\n", row[0], row[1])
	}
	w.Flush()
	return b.String()
}

// embedder builds the configured embedder: the built-in one unless an
// embedding model is named.
func (c config) embedder(ctx context.Context) (knowledge.Embedder, error) {
	if c.EmbedModel == "" {
		return knowledge.NewLocalEmbedder(c.EmbedDim), nil
	}
	return knowledge.NewOpenAIEmbedder(ctx, knowledge.OpenAIConfig{
		BaseURL:    c.OpenAIBaseURL,
		APIKey:     c.OpenAIKey,
		Model:      c.EmbedModel,
		Dim:        c.EmbedDim,
		Azure:      c.OpenAIAzure,
		APIVersion: c.OpenAIVersion,
		Timeout:    c.EmbedTimeout,
	})
}

// bot builds the bot over kb, with the chat model if one is named.
func (c config) bot(kb bot.Knowledge, log *slog.Logger) (*bot.Bot, error) {
	o := bot.Options{ModelTimeout: c.ChatTimeout, Lexicons: c.Lexicons, Log: log}
	if c.ChatModel != "" {
		m, err := bot.NewOpenAIModel(bot.ChatConfig{
			BaseURL:    c.OpenAIBaseURL,
			APIKey:     c.OpenAIKey,
			Model:      c.ChatModel,
			Azure:      c.OpenAIAzure,
			APIVersion: c.OpenAIVersion,
		})
		if err != nil {
			return nil, err
		}
		o.Model = m
	}
	return bot.New(kb, o), nil
}

// openStore connects to the database with the configured embedder.
func (c config) openStore(ctx context.Context) (*knowledge.Store, error) {
	if c.DatabaseURL == "" {
		return nil, fmt.Errorf("DATABASE_URL is not set: run `make db` for a local database and export the URL it prints")
	}
	emb, err := c.embedder(ctx)
	if err != nil {
		return nil, err
	}
	s, err := knowledge.Open(ctx, c.DatabaseURL, emb)
	if err != nil {
		return nil, err
	}
	if c.Phrasings != nil {
		s.UsePhrasings(c.Phrasings)
	}
	return s, nil
}

// openForTenant opens the store and reads the tenant with the given id;
// the caller closes the store.
func (c config) openForTenant(ctx context.Context, id string) (*knowledge.Store, knowledge.Tenant, error) {
	store, err := c.openStore(ctx)
	if err != nil {
		return nil, knowledge.Tenant{}, err
	}
	tenant, err := store.Tenant(ctx, id)
	if err != nil {
		store.Close()
		return nil, knowledge.Tenant{}, err
	}
	return store, tenant, nil
}
