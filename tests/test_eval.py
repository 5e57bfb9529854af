"""`eventwire eval` on small gold files we write here, and agreement with the shared scorer where it exists."""

import re
import subprocess
import sys

from click.testing import CliRunner
from conftest import ROOT, SHARED, needs_shared

from eventwire.cli import main
from eventwire.eval.plover import fold_of, macro_f1

HEADER = "sentence\tmarked_sentence\tsource\ttarget\tgold_root\tgold_penta\n"
ROWS = [
    ("France condemned Belarus on Monday.", "France", "Belarus", "ACCUSE"),
    ("China held talks with Russia in Beijing.", "China", "Russia", "CONSULT"),
    ("Germany sent humanitarian aid to Ukraine.", "Germany", "Ukraine", "AID"),
    ("The weather was fine in Paris.", "Paris", "weather", "AID"),  # nothing to find: a miss
]


def _plv(tmp_path):
    p = tmp_path / "plv.tsv"
    lines = [f"{s}\t{s.replace(a, f'<s>{a}</s>').replace(b, f'<t>{b}</t>')}\t{a}\t{b}\t{g}\t0\n" for s, a, b, g in ROWS]
    p.write_text(HEADER + "".join(lines), encoding="utf-8")
    return p


def test_macro_f1_counts_misses_against_their_gold_type():
    f1, per = macro_f1([("A", "A"), ("A", "NONE"), ("B", "A")], ["A", "B"])
    assert per == {"A": 0.5, "B": 0.0} and f1 == 0.25


def test_folds_keep_a_sentence_whole_and_are_stable():
    assert fold_of("France condemned Belarus.", 5) == fold_of("France condemned Belarus.", 5)
    assert len({fold_of(f"sentence {i}", 5) for i in range(100)}) == 5


def test_eval_plover_file_reports_types_confusion_and_folds(tmp_path):
    res = CliRunner().invoke(main, ["eval", str(_plv(tmp_path)), "--folds", "2"])
    assert res.exit_code == 0, res.output
    assert re.search(r"4 pairs; pair found \(any type\) 0\.75", res.output), res.output
    assert "accuracy 0.750" in res.output and "macro-F1" in res.output
    assert re.search(r"^ACCUSE\s+1\b", res.output, re.M), res.output
    assert len(re.findall(r"^fold \d: ", res.output, re.M)) == 2


def test_eval_polnear_directory_scores_exact_spans(tmp_path):
    text = 'The minister said "we will not resign" on Monday.\n'
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_2016-09-12_x.txt").write_text(text, encoding="utf-8")
    s, c, q = text.index("The minister"), text.index("said"), text.index('"we')
    ann = (f"T1\tSource {s} {s + 12}\tThe minister\nT2\tCue {c} {c + 4}\tsaid\n"
           f"T3\tContent {q} {q + 20}\t\"we will not resign\"\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
    (tmp_path / "attributions" / "art_2016-09-12_x_ann1.ann").write_text(ann, encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert re.search(r"cue\s+exact F1 1\.00", res.output), res.output
    assert re.search(r"content\s+exact F1 1\.00", res.output), res.output


def test_eval_agrees_with_the_shared_scorer():
    needs_shared("dev/plover")
    ours = CliRunner().invoke(main, ["eval", str(SHARED / "dev/plover/PLV_train.tsv")]).output
    theirs = subprocess.run([sys.executable, str(SHARED / "tools/devscore.py"), "plv"], cwd=ROOT,
                            capture_output=True, text=True, env={"EVENTWIRE": str(ROOT / ".venv/bin/eventwire")})
    if theirs.returncode:
        import pytest

        pytest.skip(f"shared scorer could not run here: {theirs.stderr[-200:]}")
    f_ours = float(re.search(r"macro-F1 (\d\.\d+)", ours).group(1))
    f_theirs = float(re.search(r"macro-F1 (\d\.\d+)", theirs.stdout).group(1))
    assert abs(f_ours - f_theirs) < 0.006, (ours[-300:], theirs.stdout)


# ---- our own JSONL gold (eventwire/eval/gold.py, match.py, triples.py)
import json  # noqa: E402

import pytest  # noqa: E402

from eventwire.errors import InputError  # noqa: E402
from eventwire.eval import gold, match, triples  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"


def _actor(code, text="x", start=0):
    return {"text": text, "start": start, "end": start + len(text), "code": code}


def _ev(src, root, tgt, date="2024-03-05", prec="day", sentence="", at=0, negated=False, modality="asserted",
        code=None):
    return {"source": _actor(src), "target": _actor(tgt) if tgt else None, "root": root, "code": code or root + "0",
            "date": date, "date_precision": prec, "negated": negated, "modality": modality, "sentence": sentence,
            "trigger": {"text": "t", "start": at, "end": at + 1}}


def test_codes_compare_at_sector_or_country_level_with_alternatives():
    assert match.code_ok("PSEREBHMS", "PSEREBHAM", match.SECTOR)
    assert not match.code_ok("PAK", "PAKGOV", match.SECTOR) and match.code_ok("PAK", "PAKGOV", match.COUNTRY)
    assert match.code_ok("JPNSPY|JPNGOV", "JPNGOV", match.SECTOR) and not match.code_ok("JPNSPY|JPNGOV", "JPN", 6)
    assert match.code_ok("*", None, 6) and match.code_ok(None, None, 6) and not match.code_ok(None, "USA", 3)
    assert not match.code_ok("USA", None, 3)


def test_symmetric_gold_accepts_the_reversed_dyad_and_required_events_match_first():
    g = {"source": "ITAGOV", "root": "04", "target": "GRCGOV", "symmetric": True}
    p = {"source": "GRCGOV", "root": "04", "target": "ITAGOV"}
    assert match.event_ok(g, p, 6) and not match.event_ok({**g, "symmetric": False}, p, 6)
    golds = [{"source": "*", "root": "19", "target": "*", "optional": True}, {"source": "RUS", "root": "19",
                                                                                "target": "UKR"}]
    assert match.pairs(golds, [{"source": "RUS", "root": "19", "target": "UKR"}], 6) == {1: 0}


def test_dates_must_have_the_gold_precision():
    assert match.date_ok("2024-03", {"date": "2024-03-01", "date_precision": "month"})
    assert not match.date_ok("2024-03", {"date": "2024-03-14", "date_precision": "day"})
    assert match.date_ok("2024-03-04", {"date": "2024-03-04", "date_precision": "publication"})
    assert not match.date_ok("2019", {"date": "2024-03-04", "date_precision": "publication"})
    assert not match.date_ok("2024-03-04", {"date": None, "date_precision": "unknown"})


def test_a_not_event_is_hit_only_by_its_root_and_countries_that_agree():
    ne = {"source": "EGY", "root": "18|19", "target": "SDN", "kind": "negated"}
    assert match.not_event_hit(ne, {"source": "EGYMIL", "root": "19", "target": "SDNREF"})
    assert match.not_event_hit(ne, {"source": "MIL", "root": "19", "target": None})  # no country: no disagreement
    assert not match.not_event_hit(ne, {"source": "EGYMIL", "root": "04", "target": "SDN"})
    assert not match.not_event_hit(ne, {"source": "ISR", "root": "19", "target": "PSE"})


SENT_ROWS = [
    {"id": "a", "date": "2024-03-06", "text": "Italy's defence minister met his Greek counterpart on Tuesday.",
     "events": [{"source": "ITAGOV", "root": "04", "target": "GRCGOV", "date": "2024-03-05", "symmetric": True}],
     "actors": [{"text": "Italy's defence minister", "code": "ITAGOV"}, {"text": "his Greek counterpart",
                                                                          "code": "GRCGOV"}]},
    {"id": "b", "date": "2024-03-06", "text": "Egypt denied that its guards fired on Sudanese refugees in the Red Sea.",
     "events": [], "actors": [{"text": "Egypt", "code": "EGY"}],
     "not_events": [{"source": "EGY", "root": "19|18", "target": "SDN", "kind": "negated"}],
     "not_actors": ["the Red Sea"]},
]


def _sent_records():
    a, b = SENT_ROWS[0]["text"], SENT_ROWS[1]["text"]
    return [
        {"text": a, "actors": [_actor("ITAGOV", "Italy's defence minister"), _actor("GRC", "Greek", a.index("Greek"))],
         "events": [_ev("ITAGOV", "04", "GRCGOV", sentence=a), _ev("ITAGOV", "04", "GRCGOV", sentence=a),  # dup
                    _ev("ITAGOV", "01", None, sentence=a, code="010"),  # a bare statement is not scored
                    _ev("ITAGOV", "04", "GRC", sentence=a, negated=True)]},  # not a fact: not scored
        {"text": b, "actors": [_actor("EGY", "Egypt"), _actor("SAU", "Red Sea", b.index("Red Sea"))],
         "events": [_ev("EGYMIL", "19", "SDNREF", sentence=b), _ev("EGYMIL", "17", "SDNREF", sentence=b,
                                                                   modality="hypothetical")]},
    ]


def test_score_counts_triples_traps_actors_and_dates():
    res = triples.score_records(SENT_ROWS, _sent_records())
    assert (res["tp"]["sector"], res["fp"]["sector"], res["fn"]["sector"]) == (1, 1, 0)
    assert res["sector"]["precision"] == 0.5 and res["sector"]["recall"] == 1.0
    assert res["trap_hits"] == {"negated": 1} and res["traps"] == {"negated": 1}
    assert res["dates"] == [1, 1]
    assert res["actors"] == [3, 3] and res["not_actors"] == [1, 1]
    kinds = sorted(e["kind"] for e in res["errors"])
    assert kinds == ["FP[negated]", "NONACTOR"], res["errors"]


def test_score_wrong_sector_is_a_country_level_match_only_and_wrong_dates_are_listed():
    recs = _sent_records()[:1]
    recs[0]["events"] = [_ev("ITAMIL", "04", "GRCGOV", date="2024-03-06", sentence=SENT_ROWS[0]["text"])]
    res = triples.score_records(SENT_ROWS[:1], recs)
    assert res["tp"] == {"sector": 0, "country": 1} and res["fn"]["sector"] == 1
    recs[0]["events"][0]["source"]["code"] = "ITAGOV"
    res = triples.score_records(SENT_ROWS[:1], recs)
    assert res["dates"] == [0, 1] and [e["kind"] for e in res["errors"]] == ["DATE"]


def test_articles_group_events_by_the_coded_sentence_holding_the_snippet():
    text = "Title\n\nPakistan summoned the Afghan envoy on Monday. China urged calm. Japan said nothing."
    s1, s2 = "Pakistan summoned the Afghan envoy on Monday.", "China urged calm."
    row = {"id": "x", "date": "2024-03-06", "events": [
        {"sentence": "summoned the Afghan", "source": "PAK", "root": "11", "target": "AFGGOV", "date": "2024-03-04"},
        {"sentence": "China urged", "source": "CHN", "root": "02", "target": "*", "date": None, "optional": True},
        {"sentence": "Japan said", "source": "JPN", "root": "01", "target": "*", "date": None}]}
    rec = {"text": text, "actors": [], "events": [
        _ev("PAK", "11", "AFGGOV", date="2024-03-04", sentence=s1, at=text.index("summoned")),
        _ev("CHN", "02", None, sentence=s2, at=text.index("urged")),  # matches an optional event: not scored
        _ev("PAK", "11", "AFGGOV", sentence=s2, at=text.index("urged"))]}  # right dyad, wrong sentence
    res = triples.score_records([row], [rec])
    assert (res["tp"]["sector"], res["fp"]["sector"], res["fn"]["sector"]) == (1, 1, 1)
    assert res["right"] == [1, 2]
    miss = next(e for e in res["errors"] if e["kind"] == "MISS")
    assert miss["sentence"] == "Japan said nothing."


def test_gold_reader_names_the_file_and_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "events": []}\n{"id": "b", "events": [\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl.*line 2"):
        gold.read(p)
    p.write_text('{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="needs an id"):
        gold.read(p)


def test_gold_validation_finds_unknown_codes_dates_and_mentions(tmp_path):
    row = {"id": "a", "date": "2024-02-30", "text": "France met Germany.",
           "events": [{"source": "FRA", "root": "04", "code": "057", "target": "QQQ", "date": "2024-13"},
                      {"source": "FRA", "root": "21", "target": None, "date": None}],
           "actors": [{"text": "Spain", "code": "ESP"}]}
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(row) + "\n", encoding="utf-8")
    problems = " ".join(gold.validate(p, gold.read(p)))
    for bit in ("2024-02-30", "code 057 is not under root 04", "'QQQ'", "2024-13", "root '21'", "'Spain'"):
        assert bit in problems, problems


@pytest.mark.slow
def test_eval_jsonl_gold_end_to_end(tmp_path):
    rows = [{"id": "w", "date": "2024-03-06", "text": "The weather was fine in Paris on Tuesday.",
             "events": [{"source": "FRA", "root": "19", "target": "DEU", "date": "2024-03-05"}],
             "actors": [], "not_actors": ["Paris"]},
            {"id": "v", "date": "2024-03-06", "text": "Hungary did not sign the statement condemning Russia.",
             "events": [], "actors": [{"text": "Hungary", "code": "HUN"}],
             "not_events": [{"source": "HUN", "root": "05|11", "target": "*", "kind": "negated"}]}]
    p = tmp_path / "g.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(p), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["kind"] == "sentences" and out["gold"] == 1 and out["fn"]["sector"] == 1
    assert out["traps"] == {"negated": 1} and out["actors"][1] == 1 and out["not_actors"][1] == 1
    text = CliRunner().invoke(main, ["eval", str(p), "-v"]).output
    assert "country+sector codes: P" in text and "MISS" in text and "The weather was fine" in text


@pytest.mark.slow
def test_shipped_gold_parses_validates_and_is_the_size_the_issue_asks():
    for name in ("sentences.jsonl", "articles.jsonl"):
        rows = gold.read(GOLD / name)
        assert gold.validate(GOLD / name, rows) == []
    sents = gold.read(GOLD / "sentences.jsonl")
    assert len(sents) >= 100
    negatives = [r for r in sents if r.get("not_events") or not [e for e in r["events"] if not e.get("optional")]]
    assert len(negatives) >= len(sents) // 3
    arts = gold.read(GOLD / "articles.jsonl")
    assert len(arts) >= 10
    for a in gold.articles(GOLD / "articles.jsonl", arts):
        assert 400 <= len(a.text.split()) <= 900, a.id
        assert a.date and a.title


def test_eval_refuses_bad_gold_in_one_line_naming_the_file(tmp_path):
    p = tmp_path / "articles.jsonl"
    p.write_text('{"id": "missing", "date": "2024-03-06", "events": []}\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(p)])
    assert res.exit_code == 1 and "missing.txt" in res.stderr
    p.write_text('{"id": "a", "text": "France met Spain.", "events": [{"source": "FRA", "root": "04", '
                 '"target": "ESP", "date": "2024-02-31"}]}\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(p)])
    assert res.exit_code == 1 and "2024-02-31" in res.stderr and len(res.stderr.splitlines()) == 1


def test_of_actors_overlapping_a_gold_mention_equally_the_tightest_scores():
    from eventwire.eval.match import best_actor

    wide = {"start": 0, "end": 28, "code": "RUSMIL"}  # "Russian and Chinese warships"
    tight = {"start": 12, "end": 28, "code": "CHNMIL"}  # "Chinese warships"
    assert best_actor(12, 28, [wide, tight])["code"] == "CHNMIL"
    assert best_actor(0, 7, [wide, tight])["code"] == "RUSMIL"
    assert best_actor(30, 40, [wide, tight]) is None
