package knowledge

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
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
	var docs []Entry
	vecsByID := map[string][][]float32{}
	err = pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, "SELECT "+entryColumns+" FROM entries WHERE status = 'published' AND id <> $1", draft.ID)
		if err != nil {
			return err
		}
		docs, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (Entry, error) { return scanEntry(row) })
		if err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `SELECT c.entry_id, c.embedding
			FROM chunks c JOIN entries e ON e.id = c.entry_id
			WHERE e.status = 'published' AND e.id <> $3 AND c.embedding IS NOT NULL
			  AND EXISTS (SELECT 1 FROM embedder WHERE name = $1 AND dim = $2)
			ORDER BY c.entry_id, c.ord`, s.embedder.Name(), s.embedder.Dim(), draft.ID)
		if err != nil {
			return err
		}
		var id string
		var v pgvector.Vector
		_, err = pgx.ForEachRow(rows, []any{&id, &v}, func() error {
			vecsByID[id] = append(vecsByID[id], slices.Clone(v.Slice()))
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load knowledge to try a draft: %w", err)
	}
	docs = append(docs, draft)
	vecsByID[draft.ID] = draftVecs[:len(chunks)]
	// newIndex wants documents by region and id, and their vectors in
	// the same order.
	slices.SortFunc(docs, func(a, b Entry) int { return cmp.Or(cmp.Compare(a.Region, b.Region), cmp.Compare(a.ID, b.ID)) })
	var vecs []docVector
	for i := range docs {
		for _, v := range vecsByID[docs[i].ID] {
			vecs = append(vecs, docVector{doc: int32(i), vec: v})
		}
	}
	return newIndex(docs, vecs, s.embedder, log), nil
}
