package knowledge

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Conversation is the stored state of one chat: whom it belongs to, how far
// its frames go, and what the bot needs to understand a follow-up.
type Conversation struct {
	ID       string
	TenantID string
	Lang     string
	// Epoch fences the conversation to one connection: every resume
	// increments it, and writes carrying an older epoch fail with
	// ErrConflict.
	Epoch     int
	LastSeq   int64    // seq of the last stored frame
	Topic     string   // id of the entry under discussion
	Choices   []string // entry ids offered by a pending clarifying question
	UpdatedAt time.Time
}

// Frame is one server frame of a conversation, as sent.
type Frame struct {
	Seq  int64
	Body []byte // JSON
}

// Turn is one question and its answer. Question and Answer hold text with
// personal data already masked.
type Turn struct {
	AnswerID  string
	MessageID string // the client's id of the question
	Question  string
	Lang      string
	Status    string // answered, clarify or no_answer
	Answer    string
	Sources   []string // entry ids
	Mode      string   // how the answer was written: builtin, model or fallback
	CreatedAt time.Time
	Rating    string // up, down or empty
	Comment   string // masked
}

// CreateConversation stores a new conversation and its first frames. c's
// LastSeq must be the seq of the last of them.
func (s *Store) CreateConversation(ctx context.Context, c Conversation, resumeHash []byte, frames []Frame) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO conversations (id, tenant_id, lang, resume_hash, last_seq, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $6)`,
			c.ID, c.TenantID, c.Lang, resumeHash, c.LastSeq, c.UpdatedAt)
		if err != nil {
			return fmt.Errorf("create conversation: %w", err)
		}
		return insertFrames(ctx, tx, c.ID, frames)
	})
}

// ResumeConversation hands the conversation to a new connection: it checks
// the resume token's hash, increments the epoch, and returns the state, the
// frames after seq since and the ids of the messages already answered. A
// missing conversation and a wrong hash both give ErrNotFound, so a caller
// cannot probe for ids.
func (s *Store) ResumeConversation(ctx context.Context, id string, resumeHash []byte, since int64) (Conversation, []Frame, []string, error) {
	var c Conversation
	var frames []Frame
	var answered []string
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var stored []byte
		err := tx.QueryRow(ctx, `
			SELECT id, tenant_id, lang, resume_hash, epoch + 1, last_seq, topic, choices, updated_at
			FROM conversations WHERE id = $1 FOR UPDATE`, id).Scan(
			&c.ID, &c.TenantID, &c.Lang, &stored, &c.Epoch, &c.LastSeq, &c.Topic, &c.Choices, &c.UpdatedAt)
		if errors.Is(err, pgx.ErrNoRows) || err == nil && subtle.ConstantTimeCompare(stored, resumeHash) != 1 {
			return fmt.Errorf("conversation: %w", ErrNotFound)
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "UPDATE conversations SET epoch = $2 WHERE id = $1", id, c.Epoch); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, "SELECT seq, body FROM frames WHERE conversation_id = $1 AND seq > $2 ORDER BY seq", id, since)
		if err != nil {
			return err
		}
		frames, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (Frame, error) {
			var f Frame
			return f, r.Scan(&f.Seq, &f.Body)
		})
		if err != nil {
			return err
		}
		rows, err = tx.Query(ctx, "SELECT message_id FROM turns WHERE conversation_id = $1", id)
		if err != nil {
			return err
		}
		answered, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		err = fmt.Errorf("resume conversation: %w", err)
	}
	return c, frames, answered, err
}

// SaveTurn stores a question, its answer and the frames that carried it,
// and moves the conversation to c's LastSeq, Topic and Choices, all in one
// transaction. It fails with ErrConflict when the conversation has been
// resumed elsewhere since c was read (its epoch changed) or the message was
// answered already; nothing is written then.
func (s *Store) SaveTurn(ctx context.Context, c Conversation, t Turn, frames []Frame) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `
			UPDATE conversations SET last_seq = $3, topic = $4, choices = $5, updated_at = $6
			WHERE id = $1 AND epoch = $2`,
			c.ID, c.Epoch, c.LastSeq, c.Topic, strs(c.Choices), c.UpdatedAt)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("conversation %s was continued on another connection: %w", c.ID, ErrConflict)
		}
		_, err = tx.Exec(ctx, `
			INSERT INTO turns (answer_id, conversation_id, tenant_id, message_id, question, lang,
				status, answer, sources, mode, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			t.AnswerID, c.ID, c.TenantID, t.MessageID, t.Question, t.Lang,
			t.Status, t.Answer, strs(t.Sources), t.Mode, t.CreatedAt)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return fmt.Errorf("message %q was answered already: %w", t.MessageID, ErrConflict)
		}
		if err != nil {
			return err
		}
		return insertFrames(ctx, tx, c.ID, frames)
	})
	if err != nil && !errors.Is(err, ErrConflict) {
		err = fmt.Errorf("save turn: %w", err)
	}
	return err
}

func insertFrames(ctx context.Context, tx pgx.Tx, id string, frames []Frame) error {
	seqs := make([]int64, len(frames))
	bodies := make([]string, len(frames))
	for i, f := range frames {
		seqs[i], bodies[i] = f.Seq, string(f.Body)
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO frames (conversation_id, seq, body)
		SELECT $1, seq, body::jsonb FROM unnest($2::bigint[], $3::text[]) AS f (seq, body)`,
		id, seqs, bodies)
	if err != nil {
		return fmt.Errorf("store frames: %w", err)
	}
	return nil
}

// SaveFeedback records the citizen's rating of an answer of the
// conversation, replacing an earlier one. It returns ErrNotFound when the
// conversation has no such answer.
func (s *Store) SaveFeedback(ctx context.Context, conversationID, answerID, rating, comment string) error {
	tag, err := s.pool.Exec(ctx, `
		UPDATE turns SET rating = $3, comment = $4
		WHERE conversation_id = $1 AND answer_id = $2`, conversationID, answerID, rating, comment)
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("answer %q: %w", answerID, ErrNotFound)
	}
	return nil
}

// DeleteConversations removes the conversations inactive since before t,
// with their turns and frames, and returns how many there were.
func (s *Store) DeleteConversations(ctx context.Context, before time.Time) (int64, error) {
	tag, err := s.pool.Exec(ctx, "DELETE FROM conversations WHERE updated_at < $1", before)
	if err != nil {
		return 0, fmt.Errorf("delete old conversations: %w", err)
	}
	return tag.RowsAffected(), nil
}

// Turns returns the turns of a conversation in the order they were asked.
func (s *Store) Turns(ctx context.Context, conversationID string) ([]Turn, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT answer_id, message_id, question, lang, status, answer, sources, mode, created_at,
			coalesce(rating, ''), comment
		FROM turns WHERE conversation_id = $1 ORDER BY created_at, answer_id`, conversationID)
	if err != nil {
		return nil, fmt.Errorf("read turns: %w", err)
	}
	turns, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Turn, error) {
		var t Turn
		return t, r.Scan(&t.AnswerID, &t.MessageID, &t.Question, &t.Lang, &t.Status, &t.Answer, &t.Sources, &t.Mode, &t.CreatedAt, &t.Rating, &t.Comment)
	})
	if err != nil {
		return nil, fmt.Errorf("read turns: %w", err)
	}
	return turns, nil
}
