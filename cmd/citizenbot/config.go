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

	"citizenbot/knowledge"
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
	timeout := or(getenv("CITIZENBOT_EMBED_TIMEOUT"), "30s")
	d, err := time.ParseDuration(timeout)
	if err != nil || d <= 0 {
		return c, fmt.Errorf("CITIZENBOT_EMBED_TIMEOUT=%q: use a duration such as 30s", timeout)
	}
	c.EmbedTimeout = d
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
		{"embedder", embedder},
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

// openStore connects to the database with the configured embedder.
func (c config) openStore(ctx context.Context) (*knowledge.Store, error) {
	if c.DatabaseURL == "" {
		return nil, fmt.Errorf("DATABASE_URL is not set: run `make db` for a local database and export the URL it prints")
	}
	emb, err := c.embedder(ctx)
	if err != nil {
		return nil, err
	}
	return knowledge.Open(ctx, c.DatabaseURL, emb)
}
