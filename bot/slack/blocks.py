"""Block Kit for the missing-details form: small functions that build views, no referral logic."""

from __future__ import annotations

from typing import Any

from intake.forms import CORE_OF_INPUT, FORM_CALLBACK_ID, FORM_INPUTS, FormChild, FormView
from intake.replies import form_label

# Slack's limits on the pieces of a modal.
TITLE_MAX, BUTTON_MAX, OPTION_MAX, INPUT_MAX = 24, 24, 75, 3000
UNKNOWN_BLOCK = "unknown"
VALUE_ACTION = "value"


def _text(text: str, limit: int, kind: str = "plain_text") -> dict[str, Any]:
    return {"type": kind, "text": text[:limit]}


def block_id(position: int, key: str) -> str:
    """The id of a child's box: "0:date_of_birth"; the form's submission is read back by these."""
    return f"{position}:{key}"


def form_view(view: FormView, private_metadata: str) -> dict[str, Any]:
    """The modal: per child, a box for each field (held values filled in) and ticks for "I do not know"."""
    lang = view.language
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": _text(form_label(lang, "intro", reference=view.reference), 3000)}
    ]
    for child in view.children:
        blocks.extend(child_blocks(child, lang, len(view.children)))
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK_ID,
        "private_metadata": private_metadata,
        "title": _text(form_label(lang, "title"), TITLE_MAX),
        "submit": _text(form_label(lang, "submit"), BUTTON_MAX),
        "close": _text(form_label(lang, "cancel"), BUTTON_MAX),
        "blocks": blocks[:100],
    }


def child_blocks(child: FormChild, lang: str, count: int) -> list[dict[str, Any]]:
    number = f" {child.position + 1}" if count > 1 else ""
    heading = form_label(lang, "child", number=number)
    if child.name:
        heading = f"{heading}: {child.name}"
    blocks: list[dict[str, Any]] = [{"type": "header", "text": _text(heading, 150)}]
    for key in FORM_INPUTS:
        if key == "age" and "date_of_birth" in child.values:
            continue
        element: dict[str, Any] = {
            "type": "plain_text_input", "action_id": VALUE_ACTION, "multiline": key == "address",
            "max_length": 300,
        }
        if key in child.values:
            element["initial_value"] = child.values[key][:300]
        blocks.append({
            "type": "input", "block_id": block_id(child.position, key), "optional": True,
            "label": _text(form_label(lang, key), 2000), "element": element,
        })
    unknown = [f for f in child.missing if f in set(CORE_OF_INPUT.values())]
    if unknown:
        blocks.append({
            "type": "input", "block_id": block_id(child.position, UNKNOWN_BLOCK), "optional": True,
            "label": _text(form_label(lang, "unknown"), 2000),
            "element": {
                "type": "checkboxes", "action_id": VALUE_ACTION,
                "options": [
                    {"text": _text(form_label(lang, f"fields.{f}"), OPTION_MAX), "value": f} for f in unknown
                ],
            },
        })
    return blocks


def errors_response(errors: dict[str, str]) -> dict[str, Any]:
    """The view_submission answer that shows each error beside its box."""
    return {"response_action": "errors", "errors": errors}
