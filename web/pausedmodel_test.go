package web

import (
	"context"
	"sync"
	"testing"

	"citizenbot/bot"
)

// pausedModel is a chat model whose answers come in two parts, the second
// only after release: a test sees an answer that is still arriving, for as
// long as it likes.
type pausedModel struct {
	first, second string
	gate          chan struct{}
	once          sync.Once
}

func newPausedModel(t *testing.T, first, second string) *pausedModel {
	m := &pausedModel{first: first, second: second, gate: make(chan struct{})}
	t.Cleanup(m.release)
	return m
}

func (m *pausedModel) release() { m.once.Do(func() { close(m.gate) }) }

func (m *pausedModel) Write(ctx context.Context, p bot.Prompt, emit func(string)) (string, error) {
	emit(m.first)
	select {
	case <-m.gate:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	emit(m.second)
	return m.first + m.second, nil
}
