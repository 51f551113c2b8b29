from nlp import prepare_text


def test_slack_markup_decoded():
    out = prepare_text("Hi <@U04ABC123> :wave: see <https://x.org/a|the form> &amp; call", "slack")
    assert "<@" not in out and ":wave:" not in out
    assert "the form & call" in out


def test_reply_quote_and_disclaimer_removed():
    text = (
        "Mum is Kelly.\n\nOn Wed, 16 Sept 2026 at 13:40, Bevan, Rhys <r@x.uk> wrote:\n> old text\n"
        "This email and any attachments are intended solely for the addressee and may be confidential."
    )
    out = prepare_text(text, "email")
    assert out == "Mum is Kelly."


def test_forwarded_message_kept_unquoted():
    text = "Please see below.\n\n---------- Forwarded message ---------\nFrom: A <a@b.c>\nSubject: x\n\n> Name: Tom"
    out = prepare_text(text, "email", "FW: x")
    assert "Name: Tom" in out and "a@b.c" not in out and "Subject:" not in out
    # The writer's name stays, on a line of its own: a parent's email is often signed with a first name only.
    assert "From: A\n" in out


def test_html_only_mail_read_as_text():
    assert "Name: Tom" in prepare_text("<html><body><p>Name: Tom</p></body></html>", "email")


def test_a_forwarded_chain_inside_a_forward_is_read_to_the_bottom(read):
    ex = read(
        "Dear CME Team,\n\nForwarding the chain below.\n\nKind regards,\nCerys\n\nCerys Ffugser\nSchool Nurse\n\n"
        "-----Original Message-----\nFrom: Ffugins, Hannah\nSent: 13 December 2025 17:02\nSubject: RE: Price family\n\n"
        "> I visited baby Nova (6 months) yesterday. The address is now:\n> Pitch 9, Cae Ffug Holiday Park,\n"
        "> Llangors, Brecon, LD3 7TR\n>\n> Hannah\n>\n> -----Original Message-----\n> From: Gareth Ffugell\n"
        "> Sent: 11 December 2025 09:48\n> Subject: Price family\n>\n>> Hi Hannah,\n>>\n"
        ">> Amelia Ffugice   DOB 11/03/2012\n>> Noah Ffugice     DOB 23/09/2014\n>>\n>> Thanks, Gareth\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Amelia Ffugice", "Noah Ffugice"]
    assert ex.children[0].to_schema()["address"] == "Pitch 9, Cae Ffug Holiday Park, Llangors, Brecon, LD3 7TR"


def test_quoted_rows_set_off_by_dashes_are_not_unwrapped_into_one_line():
    text = (
        "Forwarding the thread below.\n\nOn 18 Oct 2026, Office wrote:\n"
        "> Zofia Ffugska - DOB 2016-05-09 - UPN N669302216061 - yours (Ysgol Gynradd Ffugpwll)\n"
        "> Antoni Ffugski - DOB 2013-01-30 - UPN Y669402113118 - ours (Coedffug School)\n"
    )
    out = prepare_text(text, keep_quoted=True)
    assert "(Ysgol Gynradd Ffugpwll)\nAntoni Ffugski" in out
