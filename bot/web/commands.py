"""`cme-intake users add` and `cme-intake report`: the desk's command-line entry points."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from pathlib import Path


def _db():  # type: ignore[no-untyped-def]
    from intake.settings import get_settings
    from storage.db import Database

    db = Database(get_settings().database_url)
    db.migrate()
    return db


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        raise SystemExit("the passwords did not match")
    return first


def cmd_users_add(args: argparse.Namespace) -> int:
    """Create an account; the first admin is made this way."""
    from intake import users

    password = _password(args)
    db = _db()
    try:
        with db.unit_of_work() as session:
            users.add_user(session, username=args.username, password=password, role=args.role,
                           areas=args.area or [], display_name=args.name, now=datetime.now(UTC),
                           actor="cli")
    except users.AccountError as exc:
        print(f"cme-intake users add: {exc}", file=sys.stderr)
        return 2
    print(f"added {args.role} {args.username.strip().lower()}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the termly report to a file, or to standard output."""
    from intake import report_output
    from intake.report import termly_report
    from intake.terms import term

    try:
        chosen = term(args.term)
    except ValueError as exc:
        print(f"cme-intake report: {exc}", file=sys.stderr)
        return 2
    db = _db()
    with db.unit_of_work() as session:
        report = termly_report(session, chosen, datetime.now(UTC), "cli")
    data = report_output.write(report, args.format)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {args.output}", file=sys.stderr)
    elif args.format == "pdf" and sys.stdout.isatty():
        print("cme-intake report: a PDF needs --output FILE (or redirect standard output)", file=sys.stderr)
        return 2
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `users` and `report` command groups to `cme-intake`."""
    users_p = sub.add_parser("users", help="web app accounts")
    usub = users_p.add_subparsers(dest="users_command", required=True)
    add = usub.add_parser("add", help="create an account (password from a prompt or standard input)")
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=("admin", "manager", "awo"))
    add.add_argument("--area", action="append", help="postcode district an AWO covers, e.g. CF42 (repeat)")
    add.add_argument("--name", help="the person's full name, shown in the app")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(func=cmd_users_add)

    rep = sub.add_parser("report", help="the termly CME report")
    rep.add_argument("--term", required=True, help="autumn-YYYY, spring-YYYY or summer-YYYY")
    rep.add_argument("--format", choices=("html", "pdf", "csv"), default="html")
    rep.add_argument("--output", help="file to write (default: standard output)")
    rep.set_defaults(func=cmd_report)
