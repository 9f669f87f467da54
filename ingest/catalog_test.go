package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadFilesReportsBadLines(t *testing.T) {
	lines := []string{
		`{"id":"a","title":"A","info_url":"https://example.org/a"}`,
		`{"id":"b","title":`,
		`{"title":"no id"}`,
		`{"id":"a","title":"A again"}`,
		`{"id":"c","title":"C","info_url":"javascript:alert(1)"}`,
		"{\"id\":\"d\",\"title\":\"D\xff\"}",
		`{"id":"e","title":"E","description":"` + strings.Repeat("x", maxLine) + `"}`,
		``,
		`{"id":"f","title":"F"}`,
	}
	path := writeFile(t, "cat.jsonl", strings.Join(lines, "\n"))
	cat, err := ReadFiles([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(cat.Entries); got != 2 || cat.Entries[0].ID != "a" || cat.Entries[1].ID != "f" {
		t.Errorf("entries = %+v, want a and f", cat.Entries)
	}
	want := map[int]string{
		2: "malformed JSON",
		3: `missing "id"`,
		4: `id "a" already used at ` + path + ":1",
		5: "absolute http(s) URL",
		6: "UTF-8",
		7: "longer than 1024 KiB",
	}
	if len(cat.Problems) != len(want) {
		t.Fatalf("problems = %v, want %d", cat.Problems, len(want))
	}
	for _, p := range cat.Problems {
		if !strings.HasPrefix(p.Error(), path+":") || !strings.Contains(p.Error(), want[p.Line]) {
			t.Errorf("line %d: %q, want %s:%d: … %s", p.Line, p.Error(), path, p.Line, want[p.Line])
		}
	}
}

func TestReadFilesDuplicateAcrossFiles(t *testing.T) {
	a := writeFile(t, "a.jsonl", `{"id":"x","title":"X"}`+"\n")
	b := writeFile(t, "b.jsonl", `{"id":"x","title":"X"}`+"\n")
	cat, err := ReadFiles([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if len(cat.Entries) != 1 || len(cat.Problems) != 1 || cat.Problems[0].File != b {
		t.Errorf("entries %v, problems %v", cat.Entries, cat.Problems)
	}
}

func TestReadFilesRejectsFiles(t *testing.T) {
	empty := writeFile(t, "empty.jsonl", "")
	for _, tt := range []struct {
		paths []string
		want  string
	}{
		{nil, "no catalogue file given"},
		{[]string{empty}, "is empty"},
		{[]string{filepath.Join(t.TempDir(), "missing.jsonl")}, "does not exist"},
	} {
		if _, err := ReadFiles(tt.paths); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadFiles(%v) = %v, want an error saying %q", tt.paths, err, tt.want)
		}
	}
}
