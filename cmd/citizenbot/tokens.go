package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"citizenbot/knowledge"
)

func tokensCmd(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	const usage = `Usage:
  citizenbot tokens create --tenant T --role editor|admin --name N   (prints the token as its last line)
  citizenbot tokens list [--tenant T]
  citizenbot tokens revoke ID`
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return errors.New("tokens needs a subcommand: create, list or revoke")
	}
	fs := flag.NewFlagSet("tokens "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	tenant := fs.String("tenant", "", "the token's tenant")
	role := fs.String("role", knowledge.RoleEditor, "editor or admin")
	name := fs.String("name", "", "what the token is for, such as the integration that uses it")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	store, err := cfg.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	by := cliActor(*tenant)
	switch args[0] {
	case "create":
		if *tenant == "" || *name == "" {
			fmt.Fprintln(stderr, usage)
			return errors.New("tokens create needs --tenant and --name")
		}
		token, t, err := store.CreateToken(ctx, knowledge.APIToken{TenantID: *tenant, Role: *role, Name: *name}, by)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "created %s token %d %q of tenant %s; it is shown only now:\n%s\n", t.Role, t.ID, t.Name, t.TenantID, token)
		return nil
	case "list":
		ts, err := store.Tokens(ctx, *tenant)
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tNAME\tTENANT\tROLE\tCREATED\tREVOKED")
		for _, t := range ts {
			revoked := "-"
			if t.RevokedAt != nil {
				revoked = t.RevokedAt.Format(time.DateTime)
			}
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Name, t.TenantID, t.Role, t.CreatedAt.Format(time.DateTime), revoked)
		}
		return w.Flush()
	case "revoke":
		id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
		if err != nil {
			return errors.New("tokens revoke needs the token's ID (see tokens list)")
		}
		if err := store.RevokeToken(ctx, id, by); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "revoked token %d\n", id)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown tokens subcommand %q", args[0])
}
