package knowledge

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// DayCount is the questions of one day (in German time), by how they ended.
type DayCount struct {
	Day      string `json:"day"` // YYYY-MM-DD
	Answered int    `json:"answered"`
	Clarify  int    `json:"clarify"`
	NoAnswer int    `json:"no_answer"`
}

// ServiceCount is how often answers rested on one entry.
type ServiceCount struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Count int    `json:"count"`
}

// Dashboard is the figures of one tenant's questions over some days.
type Dashboard struct {
	Days        []DayCount     `json:"days"` // every day, oldest first, also days without questions
	Answered    int            `json:"answered"`
	Clarify     int            `json:"clarify"`
	NoAnswer    int            `json:"no_answer"`
	RatedUp     int            `json:"rated_up"`
	RatedDown   int            `json:"rated_down"`
	TopServices []ServiceCount `json:"top_services"` // the ten most asked for, by answers' main entry
}

// Questions returns the total of questions.
func (d Dashboard) Questions() int { return d.Answered + d.Clarify + d.NoAnswer }

// Dashboard counts the tenant's questions of the last days days, today
// included.
func (s *Store) Dashboard(ctx context.Context, tenantID string, days int) (Dashboard, error) {
	var d Dashboard
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		// Every day of the range, joined to the day's counts, so that
		// quiet days show as zero rather than disappear from the chart.
		rows, err := tx.Query(ctx, `
			WITH days AS (
				SELECT generate_series((now() AT TIME ZONE 'Europe/Berlin')::date - ($2::int - 1),
				                       (now() AT TIME ZONE 'Europe/Berlin')::date, '1 day')::date AS day
			), counts AS (
				SELECT (created_at AT TIME ZONE 'Europe/Berlin')::date AS day,
				       count(*) FILTER (WHERE status = 'answered') AS answered,
				       count(*) FILTER (WHERE status = 'clarify') AS clarify,
				       count(*) FILTER (WHERE status = 'no_answer') AS no_answer
				FROM turns
				WHERE tenant_id = $1 AND created_at >= now() - make_interval(days => $2::int + 1)
				GROUP BY 1
			)
			SELECT to_char(days.day, 'YYYY-MM-DD'), coalesce(answered, 0), coalesce(clarify, 0), coalesce(no_answer, 0)
			FROM days LEFT JOIN counts USING (day) ORDER BY days.day`, tenantID, days)
		if err != nil {
			return err
		}
		d.Days, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (DayCount, error) {
			var c DayCount
			return c, r.Scan(&c.Day, &c.Answered, &c.Clarify, &c.NoAnswer)
		})
		if err != nil {
			return err
		}
		for _, c := range d.Days {
			d.Answered += c.Answered
			d.Clarify += c.Clarify
			d.NoAnswer += c.NoAnswer
		}
		since := d.Days[0].Day
		err = tx.QueryRow(ctx, `SELECT count(*) FILTER (WHERE rating = 'up'), count(*) FILTER (WHERE rating = 'down')
			FROM turns WHERE tenant_id = $1 AND (created_at AT TIME ZONE 'Europe/Berlin')::date >= $2::date`,
			tenantID, since).Scan(&d.RatedUp, &d.RatedDown)
		if err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `
			SELECT t.sources[1], coalesce(e.title, t.sources[1]), count(*)
			FROM turns t LEFT JOIN entries e ON e.id = t.sources[1]
			WHERE t.tenant_id = $1 AND t.status = 'answered' AND cardinality(t.sources) > 0
			  AND (t.created_at AT TIME ZONE 'Europe/Berlin')::date >= $2::date
			GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 10`, tenantID, since)
		if err != nil {
			return err
		}
		d.TopServices, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (ServiceCount, error) {
			var c ServiceCount
			return c, r.Scan(&c.ID, &c.Title, &c.Count)
		})
		return err
	})
	if err != nil {
		return d, fmt.Errorf("count questions: %w", err)
	}
	return d, nil
}
