"""What the ninety-ninth to hundred-and-second blind analyst passes found (docs/judged-articles.md): "X acted after
the ambassador criticised Y" given X as the critic (the parser took the critic for the object of "after"), police
questioning people coded as disapproval, a request by the person who had met someone on a named day given the
publication day, "has long urged" dated to a day, and the official a foreign envoy meets given the envoy's own
country. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import events_of


def _said(rec: dict, root: str) -> list[dict]:
    """Asserted events of a root, whether the gate kept them or withheld them as uncertain."""
    return [e for e in events_of(rec, root, facts=False) if not e["negated"] and e["modality"] in ("asserted", "uncertain")]


def test_the_subject_the_parser_hid_in_an_after_phrase_acts(code):
    rec = code("Lima acted after the then Chilean ambassador, Marta Ruiz, criticised a visit by Bolivian ministers.",
               "2025-03-20")
    critics = {e["source"]["code"] for e in events_of(rec, "11")}
    assert critics == {"CHLGOV"}  # the ambassador criticised, not Lima
    rec = code("Tehran responded after the Israeli air force struck a depot near Damascus.", "2025-03-20")
    assert {e["source"]["code"] for e in events_of(rec, "19")} <= {"ISRMIL"}
    rec = code("Ankara protested after Greek coast guards detained eleven Turkish fishermen.", "2025-03-20")
    assert {e["source"]["code"][:3] for e in events_of(rec) if e["code"].startswith("17")} == {"GRC"}


def test_police_questioning_people_is_an_investigation(code):
    rec = code("Dutch police questioned three Belgian lorry drivers over the smuggling case on Monday.", "2025-03-20")
    assert [(e["source"]["code"], e["code"], e["target"]["code"]) for e in events_of(rec)] == [("NLDCOP", "090", "BELLAB")]
    rec = code("Moscow questioned the legitimacy of the vote on Monday.", "2025-03-20")
    assert [e["code"] for e in events_of(rec)] == ["111"]  # a thing questioned is still disapproval


def test_the_same_person_named_again_keeps_the_day_he_spoke(code):
    rec = code("ATHENS, May 7 (Wire) - Turkey's ambassador, Ali Kaya, met Deputy Foreign Minister Nikos Pappas on "
               "Monday and told him that Ankara could not accept the plan. Kaya asked Greece to withdraw the "
               "survey ship, the embassy said. Greece rejected the request.", "2025-05-07")
    asks = _said(rec, "02")
    assert asks and {e["date"] for e in asks} == {"2025-05-05"}  # Monday, the day of the meeting


def test_a_stance_kept_for_years_has_no_day(code):
    rec = code("ATHENS, May 7 (Wire) - Turkey's ambassador met Greek officials on Monday. Turkey has long urged "
               "Greece to demilitarise the islands. Greece rejected the request on Tuesday.", "2025-05-07")
    urged = [e for e in rec["events"] if e["trigger"]["text"] == "urged"]
    assert urged and all(e["date"] is None and e["date_precision"] == "unknown" for e in urged)  # of no one day


def test_the_official_an_envoy_meets_is_his_hosts(code):
    rec = code("ISLAMABAD, Oct 8 (Wire) - China's ambassador, Jiang Wei, met Interior Minister Ali Raza on Tuesday "
               "and told him that Beijing could no longer accept repeated failures. Pakistan said it would act.",
               "2025-10-08")
    met = [e for e in _said(rec, "04") if e["trigger"]["text"] == "met"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in met] == [("CHNGOV", "PAKGOV")]
