// Package ingest turns catalogue files (catalog JSONL v1) into knowledge:
// it validates every line, writes new and changed entries with their
// embeddings, skips unchanged ones and, when asked, prunes entries that are
// gone from their source.
package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"citizenbot/knowledge"
)

// maxLine is the longest line the reader accepts: an entry of the largest
// allowed size plus room for JSON escaping.
const maxLine = 2 * knowledge.MaxEntrySize

// Problem is a catalogue line that could not be used. It is reported and
// skipped; the rest of the file is still ingested.
type Problem struct {
	File string
	Line int
	Err  error
}

func (p Problem) Error() string { return fmt.Sprintf("%s:%d: %v", p.File, p.Line, p.Err) }

// Catalog is what the files of one ingestion run contain.
type Catalog struct {
	Files    []string
	Entries  []knowledge.Entry
	Problems []Problem
}

// ReadFiles reads and validates catalogue files. A bad line becomes a
// Problem; an id already seen in an earlier line (of any of the files) is a
// Problem of the later line. A missing, unreadable or empty file is an error.
func ReadFiles(paths []string) (*Catalog, error) {
	if len(paths) == 0 {
		return nil, errors.New("no catalogue file given: name one or more JSONL files")
	}
	c := &Catalog{Files: paths}
	seen := map[string]string{} // id -> file:line of its first occurrence
	for _, path := range paths {
		if err := c.readFile(path, seen); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *Catalog) readFile(path string, seen map[string]string) error {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("catalogue file %s does not exist: check the path", path)
		}
		return fmt.Errorf("cannot open catalogue file: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	lines := 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(r)
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s:%d: read: %w", path, n, err)
		}
		lines = n
		switch {
		case tooLong:
			c.Problems = append(c.Problems, Problem{path, n, fmt.Errorf("%w: the line is longer than %d KiB: shorten the entry's texts", knowledge.ErrInvalid, maxLine>>10)})
			continue
		case len(bytes.TrimSpace(line)) == 0:
			continue
		}
		e, err := knowledge.ParseEntry(line)
		if err != nil {
			c.Problems = append(c.Problems, Problem{path, n, err})
			continue
		}
		here := fmt.Sprintf("%s:%d", path, n)
		if first, dup := seen[e.ID]; dup {
			c.Problems = append(c.Problems, Problem{path, n, fmt.Errorf("%w: id %q already used at %s: ids must be unique", knowledge.ErrInvalid, e.ID, first)})
			continue
		}
		seen[e.ID] = here
		c.Entries = append(c.Entries, e)
	}
	if lines == 0 {
		return fmt.Errorf("catalogue file %s is empty: it needs one JSON object per line", path)
	}
	return nil
}

// readLine returns the next line without its newline. A line longer than
// maxLine is consumed and reported with tooLong, without being kept.
func readLine(r *bufio.Reader) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > maxLine {
			tooLong = true
			buf = buf[:0]
		} else if !tooLong {
			buf = append(buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(buf) > 0 || tooLong):
			return bytes.TrimRight(buf, "\r\n"), tooLong, nil
		case err != nil:
			return nil, false, err
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, nil
	}
}
