package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"text/tabwriter"

	"citizenbot/knowledge"
)

// cliActor is who the audit log names for changes made on the command line
// for a tenant.
func cliActor(tenant string) knowledge.Actor {
	return knowledge.Actor{Name: "cli", TenantID: tenant, Role: knowledge.RoleAdmin}
}

func usersCmd(ctx context.Context, cfg config, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	const usage = `Usage:
  citizenbot users add --tenant T --role editor|admin --name N   (password from stdin, or prompted)
  citizenbot users list [--tenant T]`
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return errors.New("users needs a subcommand: add or list")
	}
	fs := flag.NewFlagSet("users "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	tenant := fs.String("tenant", "", "the account's tenant")
	role := fs.String("role", knowledge.RoleEditor, "editor (the tenant's knowledge) or admin (everything)")
	name := fs.String("name", "", "login name: letters, digits and . _ @ -")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	store, err := cfg.openStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	switch args[0] {
	case "add":
		if *tenant == "" || *name == "" {
			fmt.Fprintln(stderr, usage)
			return errors.New("users add needs --tenant and --name")
		}
		pw, err := readPassword(stdin, stderr)
		if err != nil {
			return err
		}
		by := cliActor(*tenant)
		a, err := store.CreateAccount(ctx, knowledge.Account{TenantID: *tenant, Name: *name, Role: *role}, pw, by)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "created %s %s of tenant %s\n", a.Role, a.Name, a.TenantID)
		return nil
	case "list":
		as, err := store.Accounts(ctx, *tenant)
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(w, "NAME\tTENANT\tROLE\tDISABLED")
		for _, a := range as {
			fmt.Fprintf(w, "%s\t%s\t%s\t%t\n", a.Name, a.TenantID, a.Role, a.Disabled)
		}
		return w.Flush()
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown users subcommand %q", args[0])
}

// readPassword reads a password: prompted without echo on a terminal,
// else the first line of stdin. It is never a flag, which would show in
// the process list and the shell's history.
func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	f, tty := stdin.(*os.File)
	tty = tty && isTerminal(f)
	if tty {
		fmt.Fprint(stderr, "Password: ")
		echo(f, false)
		defer func() { echo(f, true); fmt.Fprintln(stderr) }()
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	pw := strings.TrimRight(line, "\r\n")
	if pw == "" {
		return "", errors.New("no password given: type it when asked, or pipe it in (printf '%s\\n' \"$PW\" | citizenbot users add ...)")
	}
	return pw, knowledge.CheckPassword(pw)
}

// echo turns the terminal's echo on or off with stty; where stty is
// missing the password is shown as typed.
func echo(tty *os.File, on bool) {
	arg := "-echo"
	if on {
		arg = "echo"
	}
	cmd := exec.Command("stty", arg)
	cmd.Stdin = tty
	cmd.Run()
}
