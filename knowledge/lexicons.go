package knowledge

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// Lexicons are the lexicons of tenants that have words of their own: a
// city's names for its offices, programmes and places ("Bürgeramt",
// "BerlinPass", "LABO"). A tenant's lexicon holds the built-in rules and its
// own; a tenant without one searches with the built-in lexicon.
type Lexicons map[string]*Lexicon

// For returns the lexicon tenant searches with.
func (ls Lexicons) For(tenant string) *Lexicon {
	if l, ok := ls[tenant]; ok {
		return l
	}
	return DefaultLexicon()
}

// lexiconFile is the name of a tenant's lexicon file: the tenant id, the
// language of its phrases, ".txt".
var lexiconFile = regexp.MustCompile(`^([a-z0-9][a-z0-9_-]*)\.(de|en)\.txt$`)

// LoadLexicons reads every tenant lexicon in dir, files named
// TENANT.de.txt (German phrases) or TENANT.en.txt (English phrases), in the
// format of ParseLexicon. Any other file, or a bad line, is an error that
// names it, so that a typo does not silently leave a city's words out.
func LoadLexicons(dir string) (Lexicons, error) {
	files, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("tenant lexicons: %w", err)
	}
	ls := Lexicons{}
	for _, f := range files {
		m := lexiconFile.FindStringSubmatch(f.Name())
		if f.IsDir() || m == nil {
			return nil, fmt.Errorf("tenant lexicons: %s: name a lexicon TENANT.de.txt or TENANT.en.txt (tenant id in lower case), or move the file out of %s",
				filepath.Join(dir, f.Name()), dir)
		}
		path := filepath.Join(dir, f.Name())
		r, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("tenant lexicons: %w", err)
		}
		own, err := ParseLexicon(r, path, m[2])
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("tenant lexicons: %w", err)
		}
		l, ok := ls[m[1]]
		if !ok {
			l = &Lexicon{}
			l.add(DefaultLexicon().rules...)
			ls[m[1]] = l
		}
		l.add(own.rules...)
	}
	return ls, nil
}
