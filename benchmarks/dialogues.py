"""Dialogues through the real channels: each one's turns sent to a running `cme-intake serve`, then scored.

    python benchmarks/dialogues.py [DIALOGUES.jsonl] [--out PRED.jsonl] [--database-url URL]

The service runs on free ports with a temporary SQLite store (or the given URL), a local SMTP relay and a
local fake of the Slack Web API. A dialogue's first turn is a report; every later turn is written as a
person would answer the bot's last question: an email reply threaded to the bot's Message-ID as the relay
received it, quoting it below "On ..., ... wrote:"; a Slack reply in the thread. Once the bot has answered
every turn, the referrals are exported, matched to their dialogues by the first turn's message id, and
scored with score.py.
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.fake_relay import FakeRelay  # noqa: E402
from tests.support.fake_slack import FakeSlackAPI  # noqa: E402
from tests.support.service import BOT_TOKEN, REFERRAL_ADDRESS, SIGNING_SECRET, Service, free_port  # noqa: E402
from tests.support.slack_signing import message_event, signed_headers  # noqa: E402

DEFAULT_DIALOGUES = REPO.parent / "shared" / "eval" / "dev-dialogues.jsonl"
SCORE = REPO.parent / "shared" / "eval" / "score.py"
REPLY_TIMEOUT = 60.0


def quoted(bot_reply: EmailMessage) -> str:
    """The bot's message as a mail client quotes it under a reply."""
    body = bot_reply.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    name, address = parseaddr(str(bot_reply["From"]))
    who = f"{name} <{address}>" if name else address
    lines = "\n".join(f"> {line}" if line else ">" for line in text.rstrip("\n").split("\n"))
    return f"On {bot_reply['Date']}, {who} wrote:\n{lines}\n"


class EmailDialogue:
    """One dialogue by email: a report, then replies threaded to the bot's questions."""

    def __init__(self, record: dict[str, Any], service: Service, relay: FakeRelay) -> None:
        self.record = record
        self.service = service
        self.relay = relay
        self.domain = (record.get("sender") or "partner@example.org").rpartition("@")[2]
        self.first_id = ""
        self.last_bot: EmailMessage | None = None

    def _new_id(self) -> str:
        return f"<{uuid.uuid4().hex}@{self.domain}>"

    def _send(self, msg: EmailMessage) -> None:
        with smtplib.SMTP("127.0.0.1", self.service.smtp_port, timeout=30) as smtp:
            smtp.send_message(msg)

    def _wait_answer(self, message_id: str) -> EmailMessage:
        return self.relay.wait_for(lambda m: m["In-Reply-To"] == message_id, timeout=REPLY_TIMEOUT)

    def _message(self, text: str, subject: str, message_id: str) -> EmailMessage:
        rec = self.record
        msg = EmailMessage()
        sender = rec.get("sender") or "partner@example.org"
        msg["From"] = f"{rec['sender_name']} <{sender}>" if rec.get("sender_name") else sender
        msg["To"] = REFERRAL_ADDRESS
        msg["Subject"] = subject
        msg["Message-ID"] = message_id
        msg["Date"] = format_datetime(datetime.fromisoformat(rec["received_at"]))
        msg.set_content(text)
        return msg

    def run(self) -> str:
        turns = self.record["turns"]
        self.first_id = self._new_id()
        first = self._message(turns[0]["text"], self.record.get("subject") or "Referral", self.first_id)
        self._send(first)
        self.last_bot = self._wait_answer(self.first_id)
        for turn in turns[1:]:
            bot = self.last_bot
            reply_id = self._new_id()
            subject = str(bot["Subject"])
            msg = self._message(f"{turn['text']}\n\n{quoted(bot)}", subject, reply_id)
            msg["In-Reply-To"] = bot["Message-ID"]
            msg["References"] = " ".join(filter(None, [str(bot["References"] or ""), str(bot["Message-ID"])]))
            self._send(msg)
            self.last_bot = self._wait_answer(reply_id)
        return self.first_id


class SlackDialogue:
    """One dialogue in Slack: a channel message, then replies in the bot's thread."""

    def __init__(self, record: dict[str, Any], service: Service, slack: FakeSlackAPI, channel: str) -> None:
        self.record = record
        self.service = service
        self.slack = slack
        self.channel = channel
        self.base = datetime.fromisoformat(record["received_at"]).timestamp()

    def _post(self, text: str, ts: str, thread_ts: str | None) -> None:
        body = message_event(
            text=text,
            user=self.record["sender"],
            channel=self.channel,
            ts=ts,
            event_id=f"Ev{uuid.uuid4().hex[:12]}",
            thread_ts=thread_ts,
        )
        req = urllib.request.Request(
            f"{self.service.http_url}/slack/events",
            data=body,
            headers=signed_headers(SIGNING_SECRET, body),
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            if resp.status != 200:
                raise RuntimeError(f"Slack endpoint answered {resp.status}")

    def _bot_posts(self, thread_ts: str) -> list[dict[str, Any]]:
        return [
            a
            for a in self.slack.calls_to("chat.postMessage")
            if a.get("channel") == self.channel and a.get("thread_ts") == thread_ts
        ]

    def _wait_posts(self, thread_ts: str, count: int) -> None:
        deadline = time.monotonic() + REPLY_TIMEOUT
        while time.monotonic() < deadline:
            if len(self._bot_posts(thread_ts)) >= count:
                return
            time.sleep(0.1)
        raise AssertionError(f"the bot did not answer turn {count} in {self.channel}")

    def run(self) -> str:
        turns = self.record["turns"]
        # Each turn a few minutes after the last, as a person would answer.
        first_ts = f"{self.base:.6f}"
        self._post(turns[0]["text"], first_ts, None)
        self._wait_posts(first_ts, 1)
        for n, turn in enumerate(turns[1:], start=1):
            ts = f"{self.base + 300 * n:.6f}"
            self._post(turn["text"], ts, first_ts)
            self._wait_posts(first_ts, n + 1)
        return f"{self.channel}:{first_ts}"


def export(database_url: str) -> list[dict[str, Any]]:
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "referrals", "export"],
        cwd=REPO,
        env={**os.environ, "CME_DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def run_dialogues(records: list[dict[str, Any]], database_url: str, workdir: Path) -> list[dict[str, Any]]:
    """Send every dialogue through a running service; the predictions, one per dialogue, by dialogue id."""
    relay = FakeRelay(free_port()).start()
    slack_senders = [r for r in records if r["channel"] == "slack" and r.get("sender_name")]
    users = {r["sender"]: r["sender_name"] for r in slack_senders}
    slack = FakeSlackAPI(free_port(), users=users).start()
    service = Service(
        database_url,
        workdir / "service.log",
        CME_RELAY_HOST="127.0.0.1",
        CME_RELAY_PORT=str(relay.port),
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        CME_SLACK_API_URL=slack.url,
    )
    first_ids: dict[str, str] = {}
    try:
        service.start()
        for n, record in enumerate(records):
            if record["channel"] == "email":
                first_ids[EmailDialogue(record, service, relay).run()] = record["id"]
            else:
                first_ids[SlackDialogue(record, service, slack, f"CDLG{n:04d}").run()] = record["id"]
    except Exception:
        print(service.log()[-4000:], file=sys.stderr)
        raise
    finally:
        service.stop()
        slack.stop()
        relay.stop()
    predictions = []
    for referral in export(database_url):
        dialogue = next((first_ids[s] for s in referral["source_ids"] if s in first_ids), None)
        if dialogue is not None:
            predictions.append({"id": dialogue, "children": referral["children"], "reference": referral["reference"]})
    return predictions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dialogues", nargs="?", default=str(DEFAULT_DIALOGUES))
    parser.add_argument("--out", default=None, help="where to write the predictions (JSONL)")
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args(argv)
    lines = Path(args.dialogues).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    with tempfile.TemporaryDirectory(prefix="cme-dialogues-") as tmp:
        workdir = Path(tmp)
        database_url = args.database_url or f"sqlite:///{workdir / 'dialogues.sqlite3'}"
        started = time.monotonic()
        predictions = run_dialogues(records, database_url, workdir)
        out = Path(args.out) if args.out else workdir / "dialogue-pred.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions), encoding="utf-8")
        print(
            f"{len(records)} dialogues through SMTP and Slack in {time.monotonic() - started:.0f}s; "
            f"{len(predictions)} referrals matched to their dialogues; predictions in {out}"
        )
        score = [sys.executable, str(SCORE), args.dialogues, str(out)]
        if args.show_errors:
            score += ["--show-errors", str(args.show_errors)]
        return subprocess.run(score, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
