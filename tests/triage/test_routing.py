"""Routing: the school's AWO, else the postcode's (sector before district before area), else the duty AWO."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from intake import areas
from intake import routing as r
from intake.settings import Settings

EXAMPLE = Path(__file__).parents[2] / "config" / "routing.example.yaml"


@pytest.fixture
def table() -> r.Routing:
    return r.load_routing(Settings(routing_file=str(EXAMPLE)))


def test_the_childs_school_decides_first(table: r.Routing) -> None:
    found = table.assign([("Ysgol Gynradd Cwm Ffug", "SA99 1AB")])
    assert (found.contact.username, found.why) == ("awo.cwm", "school")


def test_school_names_match_despite_small_differences(table: r.Routing) -> None:
    assert table.assign([("the Pantffug Primary School", None)]).contact.username == "awo.bryn"
    assert table.assign([("ysgol gyfun afon ddychmygol.", None)]).contact.username == "awo.afon"
    # A different school of a similar kind is not a match.
    assert table.assign([("Ysgol Gynradd Cwm Arall", None)]).why == "duty AWO"


def test_a_postcode_sector_beats_its_district(table: r.Routing) -> None:
    assert table.assign([(None, "CF99 7QZ")]).contact.username == "awo.afon"
    assert table.assign([(None, "CF99 7QZ")]).why == "postcode sector"
    district = table.assign([(None, "cf996qz")])
    assert (district.contact.username, district.why) == ("awo.cwm", "postcode district")


def test_a_postcode_area_is_the_last_postcode_match(table: r.Routing) -> None:
    found = table.assign([(None, "NP99 1AA")])
    assert (found.contact.username, found.why) == ("awo.duty", "postcode area")


def test_a_postcode_inside_an_address_is_used(table: r.Routing) -> None:
    assert table.assign([(None, "3 Heol Ffug, Cwm, CF99 7AB")]).contact.username == "awo.afon"


def test_unknown_school_and_postcode_go_to_the_duty_awo(table: r.Routing) -> None:
    found = table.assign([("Somewhere Else School", "LL99 9ZZ"), (None, None)])
    assert found.why == "duty AWO"
    assert found.contact.username == "awo.duty" and found.contact.slack == "U0FICT0099"


def test_without_a_routing_file_the_duty_awo_of_the_settings_has_everything() -> None:
    settings = Settings(routing_file=None, duty_awo_username="duty.x", duty_awo_email="duty.x@example.org")
    found = r.load_routing(settings).assign([("Ysgol Gynradd Cwm Ffug", "CF99 7QZ")])
    assert (found.contact.username, found.contact.email) == ("duty.x", "duty.x@example.org")
    assert found.why == "duty AWO"


def test_routes_for_children_outside_the_cme_duty(table: r.Routing) -> None:
    ehe = table.assign([("Ysgol Gynradd Cwm Ffug", None)], route="elective_home_education")
    assert ehe.contact.email == "ehe-team@example.gov.wales"
    assert table.assign([], route="alternative_provision").contact.username == "awo.afon"


def test_a_route_the_file_leaves_out_goes_to_the_duty_awo(tmp_path: Path) -> None:
    path = tmp_path / "routing.json"
    path.write_text('{"awos": {"a.one": {"name": "A One", "email": "a@example.org"}}, "duty_awo": "a.one"}')
    found = r.load_routing(Settings(routing_file=str(path))).assign([], route="attendance_procedures")
    assert found.contact.username == "a.one" and "not configured" in found.why


def test_a_file_naming_an_unknown_awo_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "routing.yaml"
    path.write_text(yaml.safe_dump({"awos": {}, "schools": {"Ysgol Ffug": "nobody"}}))
    with pytest.raises(ValueError, match="nobody"):
        r.load_routing(Settings(routing_file=str(path)))


def test_the_routing_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "routing.yaml"
    path.write_text(yaml.safe_dump({"awos": {"a.one": {"name": "A"}}, "postcodes": {"CF99": "a.one"}}))
    settings = Settings(routing_file=str(path))
    assert r.load_routing(settings).assign([(None, "CF99 1AA")]).contact.username == "a.one"
    path.write_text(yaml.safe_dump({"awos": {"b.two": {"name": "B"}}, "postcodes": {"CF99": "b.two"}}))
    os.utime(path, (1, 1))  # a different modification time, whatever the file system's resolution
    assert r.load_routing(settings).assign([(None, "CF99 1AA")]).contact.username == "b.two"


def test_postcode_parts() -> None:
    assert areas.postcode_parts("cf39 9ab") == ("CF39 9", "CF39", "CF")
    assert areas.postcode_parts("SW1A1AA") == ("SW1A 1", "SW1A", "SW")
    assert areas.postcode_parts("no postcode here") is None


def test_an_unusable_routing_file_never_holds_a_referral_up(tmp_path: Path) -> None:
    path = tmp_path / "routing.yaml"
    path.write_text("awos: [this is: not: valid")
    settings = Settings(routing_file=str(path), duty_awo_username="duty.x")
    with pytest.raises(yaml.YAMLError):
        r.load_routing(settings)
    assert r.routing_in_force(settings).assign([(None, "CF99 1AA")]).contact.username == "duty.x"
    missing = Settings(routing_file=str(tmp_path / "absent.yaml"), duty_awo_username="duty.x")
    assert r.routing_in_force(missing).duty_awo.username == "duty.x"
