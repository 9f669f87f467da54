package web

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"citizenbot/knowledge"
)

// apiError is the JSON body of every failed API request.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
		// Fields lists every mistake of an invalid entry, field by field.
		Fields []knowledge.FieldProblem `json:"fields,omitempty"`
		// Current is the entry as it is now, when a change came too late.
		Current *knowledge.Record `json:"current,omitempty"`
	} `json:"error"`
}

// writeError maps an error to its HTTP status: the one place where
// knowledge's sentinel errors become status codes. Unexpected errors are
// logged and answered without internals.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg := http.StatusInternalServerError, "internal", "something went wrong on our side; please try again later"
	var body apiError
	var pe *protocolError
	var invalid *knowledge.ValidationError
	var conflict *knowledge.ConflictError
	if errors.As(err, &invalid) {
		body.Error.Fields = invalid.Problems
	}
	if errors.As(err, &conflict) {
		body.Error.Current = &conflict.Current
	}
	switch {
	case errors.As(err, &pe):
		status, code, msg = statusOf(pe), pe.code, pe.msg
	case errors.Is(err, knowledge.ErrInvalid):
		status, code, msg = http.StatusBadRequest, "invalid", err.Error()
	case errors.Is(err, knowledge.ErrNotFound):
		status, code, msg = http.StatusNotFound, "not_found", err.Error()
	case errors.Is(err, knowledge.ErrConflict):
		status, code, msg = http.StatusConflict, "conflict", err.Error()
	case errors.Is(err, knowledge.ErrUnauthenticated):
		status, code, msg = http.StatusUnauthorized, "unauthenticated", err.Error()
	case errors.Is(err, knowledge.ErrForbidden):
		status, code, msg = http.StatusForbidden, "forbidden", err.Error()
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	body.Error.Code, body.Error.Message = code, msg
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// recoverPanics turns a handler's panic into a 500 and a log line instead
// of a dropped connection.
func recoverPanics(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil && v != http.ErrAbortHandler {
				log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
