"""`cme-intake`: serve the service, extract from JSONL, export referrals, and the admin commands."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TextIO


def _records(paths: list[str], stdin: TextIO) -> Iterator[dict]:
    streams: Iterable[TextIO] = (open(p, encoding="utf-8") for p in paths) if paths else [stdin]
    for stream in streams:
        with stream:
            for line in stream:
                if line.strip():
                    yield json.loads(line)


def cmd_extract(args: argparse.Namespace) -> int:
    """JSONL records of SCHEMA.md's input part in, one JSONL extraction per record out."""
    import nlp

    for rec in _records(args.files, sys.stdin):
        report = nlp.Report(
            text=rec.get("text") or "",
            received_at=datetime.fromisoformat(rec["received_at"]),
            channel=rec.get("channel") or "email",
            sender=rec.get("sender"),
            sender_name=rec.get("sender_name"),
            subject=rec.get("subject"),
        )
        print(json.dumps(nlp.extract(report).to_schema(rec.get("id")), ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Filed referrals as JSONL."""
    from intake.export import export_referrals

    for line in export_referrals(_database()):
        print(json.dumps(line, ensure_ascii=False))
    return 0


def _database():  # type: ignore[no-untyped-def]
    from intake.settings import get_settings
    from storage.db import Database

    db = Database(get_settings().database_url)
    db.migrate()
    return db


def cmd_inbox_held(args: argparse.Namespace) -> int:
    """Inbound messages parked or failing, one JSON line each (ids and errors, no message text)."""
    from intake.inbox import held_back

    for line in held_back(_database()):
        print(json.dumps(line, ensure_ascii=False))
    return 0


def cmd_inbox_retry(args: argparse.Namespace) -> int:
    from intake.inbox import retry

    failed = [i for i in args.ids if not retry(_database(), i)]
    if failed:
        print(f"not parked or failing: {', '.join(map(str, failed))}", file=sys.stderr)
        return 1
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.serve import main as serve_main

    return serve_main()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cme-intake", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("serve", help="run the SMTP listener, HTTP server and workers").set_defaults(func=cmd_serve)

    p = sub.add_parser("extract", help="extract referrals from JSONL records")
    p.add_argument("files", nargs="*", help="JSONL files (default: standard input)")
    p.set_defaults(func=cmd_extract)

    referrals = sub.add_parser("referrals", help="filed referrals")
    rsub = referrals.add_subparsers(dest="referrals_command", required=True)
    rsub.add_parser("export", help="print filed referrals as JSONL").set_defaults(func=cmd_export)

    inbox_cmd = sub.add_parser("inbox", help="inbound messages held back by failures")
    isub = inbox_cmd.add_subparsers(dest="inbox_command", required=True)
    isub.add_parser("held", help="list parked and failing messages").set_defaults(func=cmd_inbox_held)
    p = isub.add_parser("retry", help="process parked messages again, once the fault is fixed")
    p.add_argument("ids", nargs="+", type=int)
    p.set_defaults(func=cmd_inbox_retry)

    # Further command groups (users, report...) register themselves here.
    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list:
    """Command groups that live beside the features they serve: each a register(subparsers) function."""
    from bot.web.commands import register as desk_commands

    return [desk_commands]


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # aiosmtpd logs every sender and recipient address at INFO: personal data that logs need not carry.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
