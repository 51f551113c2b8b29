"""The SMTP listener: accepts referral mail and answers 250 only once it is stored."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.mail.parse import parse_email
from intake import inbox
from storage.db import Database

log = logging.getLogger(__name__)


class ReferralMailHandler:
    """aiosmtpd handler: takes mail for the referral address and stores it in the inbox."""

    def __init__(self, db: Database, referral_address: str) -> None:
        self.db = db
        self.referral_address = referral_address.lower()

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() != self.referral_address:
            return "550 5.1.1 No such mailbox here; send referrals to " + self.referral_address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        raw = envelope.original_content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        received_at = datetime.now(UTC)
        message = parse_email(raw, received_at, envelope_sender=envelope.mail_from)
        try:
            inbox_id, is_new = await asyncio.to_thread(inbox.accept, self.db, message)
        except Exception:  # noqa: BLE001 - tell the sender to try again later; their server keeps the mail
            log.exception("could not store inbound mail")
            return "451 4.3.0 Temporary failure storing the message; please try again"
        if is_new:
            log.info("stored inbound mail as inbox %s", inbox_id)
        else:
            log.info("duplicate inbound mail ignored")
        return "250 2.0.0 Message accepted"


class ReferralSMTP(SMTP):
    """aiosmtpd's SMTP with room for the over-long lines real mail carries.

    RFC 5321 caps a line at 1,000 octets, but mail from the wild (long HTML lines, long boundaries) breaks it
    and Postfix accepts it; refusing a referral over line length would lose a child's report.
    The whole message stays capped by data_size_limit.
    """

    line_length_limit = 1024 * 1024


def smtp_factory(handler: ReferralMailHandler, hostname: str, max_bytes: int):  # type: ignore[no-untyped-def]
    """The protocol factory for loop.create_server: one SMTP session per connection."""

    def factory() -> SMTP:
        return ReferralSMTP(
            handler,
            hostname=hostname,
            data_size_limit=max_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
            ident="CME Intake",
        )

    return factory
