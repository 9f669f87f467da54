package knowledge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// knownFields are the catalogue format's fields; anything else in a line is
// kept in Entry.Extra.
var knownFields = map[string]bool{
	"id": true, "title": true, "language": true, "region": true, "source": true,
	"info_url": true, "summary": true, "description": true, "prerequisites": true,
	"documents": true, "fees": true, "processing_time": true, "deadlines": true,
	"responsible": true, "online_services": true, "appointment_url": true, "forms": true,
	"legal_basis": true, "links": true, "keywords": true, "leika_key": true, "ozg_id": true,
	"topics": true, "updated": true,
}

// ParseEntry decodes one catalogue line, normalises and validates it. Errors
// wrap ErrInvalid and say what is wrong in words an editor understands.
func ParseEntry(line []byte) (Entry, error) {
	var e Entry
	if len(line) > MaxEntrySize {
		return e, fmt.Errorf("%w: the entry is %d KiB; the limit is %d KiB", ErrInvalid, len(line)>>10, MaxEntrySize>>10)
	}
	if !utf8.Valid(line) {
		return e, fmt.Errorf("%w: the line is not valid UTF-8: save the file as UTF-8", ErrInvalid)
	}
	trimmed := bytes.TrimSpace(line)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return e, fmt.Errorf("%w: expected a JSON object starting with {", ErrInvalid)
	}
	if err := json.Unmarshal(trimmed, &e); err != nil {
		return e, fmt.Errorf("%w: %s", ErrInvalid, describeJSONError(err))
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(trimmed, &all); err != nil {
		return e, fmt.Errorf("%w: %s", ErrInvalid, describeJSONError(err))
	}
	for k, v := range all {
		if !knownFields[k] {
			if e.Extra == nil {
				e.Extra = map[string]json.RawMessage{}
			}
			e.Extra[k] = v
		}
	}
	e.Normalize()
	if err := e.Validate(); err != nil {
		return e, err
	}
	return e, nil
}

func describeJSONError(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("malformed JSON at byte %d: %v", syntax.Offset, err)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q must be %s, not %s", typ.Field, jsonKind(typ.Type.Kind().String()), typ.Value)
	}
	return "malformed JSON: " + err.Error()
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "slice":
		return "a list"
	case "struct":
		return "an object"
	}
	return goKind
}
