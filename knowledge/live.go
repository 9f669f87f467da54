package knowledge

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
)

// changeChannel is the channel on which PostgreSQL announces every committed
// change to entries, chunks or the embedder (migration 003's triggers).
const changeChannel = "citizenbot_knowledge"

// Live is the store's published knowledge as an Index that stays current:
// Watch reloads it after every committed change, so every server instance
// answers from new knowledge within moments of its publication. It is safe
// for concurrent use; searches never wait for a reload.
type Live struct {
	store  *Store
	log    *slog.Logger
	cur    atomic.Pointer[Index]
	loadMu sync.Mutex // one reload at a time
}

// Live loads the published knowledge into memory and returns it; call
// Watch to keep it current.
func (s *Store) Live(ctx context.Context, log *slog.Logger) (*Live, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l := &Live{store: s, log: log}
	if err := l.Reload(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// Index returns the current snapshot.
func (l *Live) Index() *Index { return l.cur.Load() }

// Search searches the current snapshot (see Index.Search).
func (l *Live) Search(ctx context.Context, q Query) ([]Hit, error) {
	return l.Index().Search(ctx, q)
}

// PublishedEntries reads entries from the current snapshot (see
// Index.PublishedEntries). It never fails; the error is for callers that
// may also read from the database.
func (l *Live) PublishedEntries(_ context.Context, ids []string) (map[string]Entry, error) {
	return l.Index().PublishedEntries(ids), nil
}

// Reload reads the published knowledge anew and makes it current.
func (l *Live) Reload(ctx context.Context) error {
	l.loadMu.Lock()
	defer l.loadMu.Unlock()
	start := time.Now()
	x, err := l.store.loadIndex(ctx, l.log)
	if err != nil {
		return err
	}
	l.cur.Store(x)
	l.log.Debug("knowledge loaded", "entries", x.Len(), "vectors", x.vectors.chunks, "took", time.Since(start))
	return nil
}

// Watch keeps the snapshot current until ctx ends: it listens for change
// notifications on a connection of its own and reloads after each burst of
// them. A lost connection is re-established with growing pauses (up to 30 s),
// followed by a reload, since notifications sent meanwhile are lost.
func (l *Live) Watch(ctx context.Context) {
	pause := time.Second
	for ctx.Err() == nil {
		err := l.listen(ctx, func() { pause = time.Second })
		if ctx.Err() != nil {
			return
		}
		l.log.Warn("knowledge updates interrupted; retrying", "in", pause, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(pause):
		}
		pause = min(2*pause, 30*time.Second)
	}
}

// listen subscribes to change notifications, reloads once (changes may have
// been committed before the subscription) and then after every burst of
// notifications. It calls healthy once subscribed and returns on the first
// error.
func (l *Live) listen(ctx context.Context, healthy func()) error {
	conn, err := pgx.ConnectConfig(ctx, l.store.pool.Config().ConnConfig)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+changeChannel); err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	healthy()
	for {
		if err := l.Reload(ctx); err != nil {
			return err
		}
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return fmt.Errorf("wait for changes: %w", err)
		}
		// A publication or an ingestion run commits in bursts: take in
		// what arrives within a moment and reload once for all of it.
		for {
			wait, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
			_, err := conn.WaitForNotification(wait)
			cancel()
			if err != nil {
				break
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// loadIndex reads the published knowledge and builds an index of it.
func (s *Store) loadIndex(ctx context.Context, log *slog.Logger) (*Index, error) {
	docs, vecs, err := s.published(ctx)
	if err != nil {
		return nil, fmt.Errorf("load knowledge: %w", err)
	}
	return buildIndex(docs, vecs, s.embedder, s.phrasings, log), nil
}

// published reads every published entry and the vectors of its chunks, in
// chunk order by entry id, in one consistent snapshot. Vectors are read
// only when they come from the store's embedder: another instance may have
// switched models, and vectors of two models are never compared.
func (s *Store) published(ctx context.Context) (docs []Entry, vecs map[string][][]float32, err error) {
	vecs = map[string][][]float32{}
	err = pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, "SELECT "+entryColumns+" FROM entries WHERE status = 'published'")
		if err != nil {
			return err
		}
		docs, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (Entry, error) { return scanEntry(row) })
		if err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `SELECT c.entry_id, c.embedding
			FROM chunks c JOIN entries e ON e.id = c.entry_id
			WHERE e.status = 'published' AND c.embedding IS NOT NULL
			  AND EXISTS (SELECT 1 FROM embedder WHERE name = $1 AND dim = $2)
			ORDER BY c.entry_id, c.ord`, s.embedder.Name(), s.embedder.Dim())
		if err != nil {
			return err
		}
		var id string
		var v pgvector.Vector
		_, err = pgx.ForEachRow(rows, []any{&id, &v}, func() error {
			vecs[id] = append(vecs[id], slices.Clone(v.Slice()))
			return nil
		})
		return err
	})
	return docs, vecs, err
}

// buildIndex indexes docs, sorted here by region and id as newIndex wants
// them, with the chunk vectors of each by entry id.
func buildIndex(docs []Entry, vecs map[string][][]float32, emb Embedder, phr *Phrasings, log *slog.Logger) *Index {
	slices.SortFunc(docs, func(a, b Entry) int { return cmp.Or(cmp.Compare(a.Region, b.Region), cmp.Compare(a.ID, b.ID)) })
	var flat []docVector
	for i := range docs {
		for _, v := range vecs[docs[i].ID] {
			flat = append(flat, docVector{doc: int32(i), vec: v})
		}
	}
	return newIndex(docs, flat, emb, phr, log)
}
