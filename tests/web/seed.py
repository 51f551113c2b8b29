"""Referrals for the desk's tests, filed the way the service files them: inbox, then the worker."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from intake.context import Context
from intake.inbox import accept
from intake.messages import InboundMessage
from intake.worker import process_due
from storage import models
from storage.db import Database

# Fictional reports written for these tests.
RHONDDA_REPORT = """Hello,

Seren Bevan (date of birth 12/05/2014) has not been seen at Ysgol Tonypandy since half term.
She lives with her mother Nia Bevan at 4 Stryd y Capel, Tonypandy, CF40 1AB.
Her GP is Dr Rees at Tonypandy Health Centre.

Many thanks,
Gwen Lloyd, Education Welfare
"""

TAFF_REPORT = """Good morning,

Dylan Morgan, aged 9, has not attended since the start of term. The family live at
21 Heol y Bont, Pontypridd, CF37 4DE with his father Rhys Morgan.

Kind regards,
Sam Hughes, Housing Officer
"""


def file_referral(db: Database, ctx: Context, text: str, sender: str = "gwen.lloyd@example.org") -> str:
    """Put a report through the intake pipeline; returns the new referral's reference."""
    source_id = f"<{uuid.uuid4().hex}@partner.example>"
    inbox_id, is_new = accept(
        db,
        InboundMessage(
            channel="email",
            source_id=source_id,
            received_at=ctx.now(),
            sender=sender,
            sender_name="Partner",
            subject="Child missing education",
            text=text,
            reply_to={"address": sender, "message_id": source_id},
        ),
    )
    assert is_new
    process_due(db, ctx)
    with db.unit_of_work() as session:
        reference = session.scalar(
            select(models.Referral.reference)
            .join(models.InboundMessage, models.InboundMessage.referral_id == models.Referral.id)
            .where(models.InboundMessage.id == inbox_id)
        )
    assert reference, "the report was not filed"
    return reference
