package web

import (
	"context"
	"net/url"
	"strings"
)

// originAllowed says whether the page that opened a request (its Origin
// header and the Host it was sent to) may talk to the chat of tenant
// tenantID ("" meaning any tenant). Requests without an Origin header do not come from a browser page and are allowed: origin
// checks protect citizens' browsers, not the API. A page of the server's
// own origin (the demo page) is always allowed.
func (s *Server) originAllowed(ctx context.Context, origin, host, tenantID string) (bool, error) {
	if origin == "" {
		return true, nil
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false, nil
	}
	if strings.EqualFold(u.Host, host) {
		return true, nil
	}
	tenants, err := s.allTenants(ctx)
	if err != nil {
		return false, err
	}
	for _, t := range tenants {
		if tenantID != "" && t.ID != tenantID {
			continue
		}
		for _, o := range t.AllowedOrigins {
			if strings.EqualFold(strings.TrimSuffix(o, "/"), origin) {
				return true, nil
			}
		}
	}
	return false, nil
}
