package knowledge

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
)

// TryIndex returns an index of the published knowledge in which draft
// stands in for the entry with its id, published or not: what the bot
// would know if draft were published now. The draft need not be saved; it
// is embedded here. Nothing is written.
func (s *Store) TryIndex(ctx context.Context, draft Entry, log *slog.Logger) (*Index, error) {
	if err := draft.check(); err != nil {
		return nil, err
	}
	chunks, draftVecs, err := s.embedEntry(ctx, &draft)
	if err != nil {
		return nil, err
	}
	docs, vecs, err := s.published(ctx)
	if err != nil {
		return nil, fmt.Errorf("load knowledge to try a draft: %w", err)
	}
	docs = slices.DeleteFunc(docs, func(e Entry) bool { return e.ID == draft.ID })
	docs = append(docs, draft)
	vecs[draft.ID] = draftVecs[:len(chunks)]
	return buildIndex(docs, vecs, s.embedder, s.phrasings, log), nil
}
