package ingest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"citizenbot/knowledge"
)

// batchSize is how many changed entries are embedded and written in one
// transaction. A run stopped half way keeps the batches it finished; every
// entry is always either wholly old or wholly new.
const batchSize = 64

// Summary is the outcome of a run; its JSON form is what `ingest --json`
// prints.
type Summary struct {
	Added     int     `json:"added"`
	Updated   int     `json:"updated"`
	Unchanged int     `json:"unchanged"`
	Removed   int     `json:"removed"`
	Failed    int     `json:"failed"`
	Seconds   float64 `json:"seconds"`
	// Kept counts entries an editor changed whose source delivered other
	// content: the editor's version stays (see Run).
	Kept int `json:"kept"`
	// DeletedByEditor counts entries an editor deleted that the source
	// still delivers: they are not added again (see Run).
	DeletedByEditor int `json:"deleted_by_editor"`
}

// Options steer a run.
type Options struct {
	// Prune removes stored entries of the catalogue's sources whose ids
	// are no longer in the files. It is skipped when any line failed, since
	// a broken line's entry would otherwise be deleted.
	Prune bool
	// Progress, if set, is called after each batch with entries written
	// so far and the total to write; phase names the step.
	Progress func(phase string, done, total int)
	// Warn, if set, receives messages about lines skipped and steps not taken.
	Warn func(msg string)
}

// Run ingests the catalogue into the store. It returns the summary also when
// it fails part way, so the caller can report what was done.
//
// An entry an editor changed in the console is never overwritten or
// pruned: when its source delivers other content, the editor's version
// stays, the entry is counted as kept and a warning names it. The console
// lists such entries ("changed since the source"); an editor who wants the
// source's text again restores it from the entry's history. Likewise an
// entry an editor deleted is not added again while the source delivers it;
// restoring it from its history brings it back.
func Run(ctx context.Context, store *knowledge.Store, cat *Catalog, opts Options) (Summary, error) {
	start := time.Now()
	sum := Summary{Failed: len(cat.Problems)}
	warn := func(format string, args ...any) {
		if opts.Warn != nil {
			opts.Warn(fmt.Sprintf(format, args...))
		}
	}
	for _, p := range cat.Problems {
		warn("%v", p)
	}
	id, err := store.StartIngestRun(ctx, cat.Files)
	if err != nil {
		return sum, err
	}
	err = run(ctx, store, cat, opts, &sum, warn)
	sum.Seconds = time.Since(start).Seconds()
	counts := knowledge.RunCounts{Added: sum.Added, Updated: sum.Updated, Unchanged: sum.Unchanged, Removed: sum.Removed, Failed: sum.Failed}
	// Record the outcome even when ctx was cancelled (the run was interrupted).
	if ferr := store.FinishIngestRun(context.WithoutCancel(ctx), id, counts, err); ferr != nil && err == nil {
		err = ferr
	}
	return sum, err
}

func run(ctx context.Context, store *knowledge.Store, cat *Catalog, opts Options, sum *Summary, warn func(string, ...any)) error {
	states, err := store.EntryStates(ctx)
	if err != nil {
		return err
	}
	var changed []knowledge.Entry
	for _, e := range cat.Entries {
		st, exists := states[e.ID]
		switch {
		case st.Deleted:
			sum.DeletedByEditor++
			warn("%s: not added again: an editor deleted it; restore it from its history in the console to bring it back", e.ID)
		case !exists:
			changed = append(changed, e)
		case st.Edited && st.ContentHash != e.Hash():
			sum.Kept++
			warn("%s: kept the editor's version; the source delivered other content", e.ID)
		case st.ContentHash != e.Hash():
			changed = append(changed, e)
		default:
			sum.Unchanged++
		}
	}
	written := 0
	for i := 0; i < len(changed); i += batchSize {
		batch := changed[i:min(i+batchSize, len(changed))]
		kept, err := store.SaveEntries(ctx, batch, "ingest")
		if err != nil {
			return fmt.Errorf("after %d of %d changed entries: %w", written, len(changed), err)
		}
		// An editor may have changed or deleted an entry since the
		// states were read: the store left it as the editor left it.
		for _, id := range kept {
			sum.Kept++
			warn("%s: left as an editor left it (changed or deleted while this run was embedding)", id)
		}
		for _, e := range batch {
			_, exists := states[e.ID]
			switch {
			case slices.Contains(kept, e.ID):
			case exists:
				sum.Updated++
			default:
				sum.Added++
			}
		}
		written += len(batch)
		if opts.Progress != nil {
			opts.Progress("writing", written, len(changed))
		}
	}
	if _, err := store.EmbedMissing(ctx, 256, func(done, total int) {
		if opts.Progress != nil {
			opts.Progress("embedding", done, total)
		}
	}); err != nil {
		return err
	}
	if !opts.Prune {
		return nil
	}
	if len(cat.Problems) > 0 {
		warn("not pruning: %d lines failed, and their entries would be removed; fix them and run again", len(cat.Problems))
		return nil
	}
	gone := prunable(cat, states)
	if len(gone) == 0 {
		return nil
	}
	n, err := store.DeleteEntries(ctx, gone)
	if err != nil {
		return err
	}
	sum.Removed = n
	return nil
}

// prunable lists the stored entries of the catalogue's sources that the
// catalogue no longer contains, except those an editor changed.
func prunable(cat *Catalog, states map[string]knowledge.EntryState) []string {
	sources := map[string]bool{}
	ids := map[string]bool{}
	for _, e := range cat.Entries {
		sources[e.Source] = true
		ids[e.ID] = true
	}
	var gone []string
	for id, st := range states {
		if sources[st.Source] && !ids[id] && !st.Edited {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	return gone
}
