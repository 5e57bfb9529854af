"""Session 25 (docs/evaluation.md, round twenty-two): a sentence handed to someone is a judgement, a city handed over
is a handover, and an act told beside an intent is told as done. Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads as _dyads
from tests.conftest import events_of


def test_a_sentence_handed_to_someone_is_a_judgement_not_a_handover(code):
    """'handed the writer a sentence' is the court's ruling on him (116), never a judicial handover (063)."""
    rec = code("A Beijing court handed the Australian writer a suspended death sentence in 2024.", "2026-05-01")
    assert ("CHNJUD", "116", "AUS") in _dyads(rec)
    assert not _dyads(rec, "06")


def test_a_sentence_handed_down_with_no_one_named_is_no_event(code):
    rec = code("A judge on Tuesday jailed a developer for seven years, in the heaviest sentence yet handed down under "
               "laws passed in 2018.", "2026-05-01")
    assert not [e for e in rec["events"] if e["trigger"]["text"] == "handed"]


def test_a_city_handed_over_is_a_handover_of_territory(code):
    """Handing a city to an army gives up ground (084), to the army, not a suspect to a court (063)."""
    rec = code("The Kurdish-led SDF handed over the city to the Syrian army on Tuesday.", "2026-05-01")
    assert ("SYRREBSDF", "084", "SYRMIL") in _dyads(rec)
    assert not _dyads(rec, "06")
    rec = code("Chad handed the militia chief over to the International Criminal Court on Wednesday.", "2026-05-01")
    assert ("TCD", "063", "IGOICC") in _dyads(rec)  # a person handed to a court still is


def test_an_act_told_as_it_happened_beside_an_intent_is_told_as_done(code):
    """'said she would challenge the result, as police detained 58 people': the detentions are not part of what she
    would do; but an act the intent waits for, or one within what is asked, keeps the intent's mood."""
    rec = code("The opposition leader said she would challenge the result in court, as police detained 58 people "
               "after two nights of protests in Lima.", "2026-05-01")
    detained = [e for e in rec["events"] if e["trigger"]["text"] == "detained"]
    assert detained and all(e["modality"] in ("asserted", "uncertain") for e in detained)
    rec = code("Russia asked Turkey to keep oil flowing while the two governments negotiate.", "2026-05-01")
    assert not events_of(rec, "04")
    rec = code("The minister said Turkey would pull its troops out of the town as soon as the United Nations force "
               "arrived.", "2026-05-01")
    assert not [e for e in events_of(rec) if e["trigger"]["text"] == "arrived"]


def test_a_newspapers_name_inside_a_longer_title_is_no_newspaper(code):
    """'The National Registrar' is Colombia's registrar (GOV), not the newspaper The National; the paper alone still
    is one."""
    rec = code("BOGOTA, Jun 24 - The National Registrar, Hernando Lozano Pardo, rejected the opposition's demand for a "
               "full manual recount on Tuesday.", "2026-06-24")
    assert ("COLGOV", "120", "COLOPP") in _dyads(rec)
    assert not [a for a in rec["actors"] if a["code"] == "AREMED"]
    rec = code("The National said on Tuesday that the minister had resigned.", "2026-06-24")
    assert [a for a in rec["actors"] if a["code"] == "AREMED"]


def test_one_warned_against_doing_something_is_the_target_not_what_they_would_use(code):
    """'warned state institutions against using Chinese suppliers' warns the institutions, not China; a named
    addressee still is the target."""
    rec = code("Last year the Czech cyber security agency warned state institutions against using Chinese suppliers.",
               "2026-05-01")
    assert not [d for d in _dyads(rec) if d[2] == "CHN"]
    rec = code("The United States warned Israel against annexing parts of the West Bank.", "2026-05-01")
    assert ("USA", "130", "ISR") in _dyads(rec)


def test_councillors_are_local_government(code):
    rec = code("SOFIA, Apr 21 - On Monday, Plovdiv district prosecutors charged two municipal councillors and a driver "
               "for a local haulage company with buying votes.", "2026-04-21")
    assert ("BGRJUD", "1121", "BGRGOV") in _dyads(rec)
    assert not [d for d in _dyads(rec) if d[2] == "BGRBUS"]


def test_a_town_where_something_is_is_no_addressee_of_words(code):
    """'rejected any link to the missiles at Kumamoto': a town the parser does not tag as a place is still a place,
    not the one the rejection answers."""
    rec = code("China's defence ministry said the ships were on a routine training voyage and rejected any link to "
               "the missiles at Kumamoto.", "2026-03-06")
    assert _dyads(rec, "12") and not [d for d in _dyads(rec, "12") if d[2] == "JPN"]


def test_a_participle_joined_to_a_passive_is_passive_too(code):
    """'activists were detained and deported from Dar es Salaam': the activists were deported (by Tanzania, whence),
    not by the Kenya the sentence is about; 'arrested and charged ... by police': the journalists were charged."""
    rec = code("Neighbouring Kenya, whose relations with Dodoma were strained last year after Kenyan activists were "
               "detained and deported from Dar es Salaam, urged both sides to talk.", "2026-07-23")
    assert not [d for d in _dyads(rec, "17") if d[0] == "KEN"]
    rec = code("Two journalists were arrested and charged with espionage by Iranian police.", "2026-07-23")
    assert [d for d in _dyads(rec, "11") if d[0] == "IRNCOP" and d[2] and d[2].endswith("MED")]
    rec = code("The captain was detained and questioned by federal police in Rawson.", "2026-07-23")
    assert not _dyads(rec, "11")  # questioned, the captain was: an inquiry, not disapproval


def test_a_present_passive_relative_clause_is_a_standing_state(code):
    """'the government, which is based in Aden and backed by Riyadh': no act of the day."""
    for text in ("Yemen's internationally recognised government, which is based in Aden and backed by Riyadh, did "
                 "not comment on the detentions.", "Yemen's government, which is backed by Riyadh, did not comment."):
        rec = code(text, "2026-03-04")
        assert not _dyads(rec, "05")
    rec = code("Yemen's government, which was backed by Riyadh, won the vote on Monday.", "2026-03-04")
    assert _dyads(rec, "05")  # a past act told in passing still is one


def test_an_undated_anchor_of_so_long_after_is_no_crash(code, capsys):
    """'executed ... nine years after he was arrested', where the execution has no date of its own: the article
    used to fail as a whole (TypeError in the date shift) and was stored without events."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "judged" / "j667.txt").read_text(encoding="utf-8")
    body = text.split("\n", 4)[4]
    rec = code(body, "2026-10-08")
    assert rec["events"]
    assert "skipped" not in capsys.readouterr().err


def test_a_word_the_rules_trip_on_costs_only_itself(code, capsys, monkeypatch):
    """One trigger that raises is reported on stderr with its sentence; the article keeps its other events."""
    from eventwire.events.extract import EventCoder

    emit = EventCoder._emit_verb

    def trips(self, ctx, tok, pat):
        if tok.lower_ == "expelled":
            raise ValueError("a rule tripped")
        return emit(self, ctx, tok, pat)

    monkeypatch.setattr(EventCoder, "_emit_verb", trips)
    rec = code("Poland expelled two Russian diplomats on Monday. Germany condemned the attack on Kyiv on Tuesday.",
               "2026-05-01")
    assert ("DEU", "111", "UKR") in _dyads(rec) or [d for d in _dyads(rec, "11") if d[0] == "DEU"]
    assert not _dyads(rec, "16")
    err = capsys.readouterr().err
    assert "sentence 0, 'expelled' skipped (ValueError: a rule tripped)" in err


def test_an_execution_kills_the_one_executed(code):
    """'Singapore hanged a Malaysian man', 'Iran executed two protesters': a killing (18x), as the analysts code it;
    a plan executed, banners hung or a prisoner who hanged himself are no one killed by anyone."""
    rec = code("Singapore hanged a Malaysian man convicted of drug trafficking at dawn on Thursday.", "2026-10-08")
    assert ("SGP", "1823", "MYS") in _dyads(rec)
    rec = code("Iran executed two protesters on Monday.", "2026-10-08")
    assert [d for d in _dyads(rec, "18") if d[0] == "IRN"]
    for text in ("The army executed the plan on Tuesday.", "Protesters hung banners from the bridge.",
                 "The prisoner hanged himself in his cell."):
        assert not _dyads(code(text, "2026-10-08"), "18")
