"""Bad inputs (tests/data/bad/ plus big ones made here): each gets one line naming the file, never a traceback
or a hang, and every good article of the run is still coded and stored (docs/reliability.md lists them)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import data
from eventwire.cli import main
from eventwire.ingest.run import Report, read_articles

BAD = Path(__file__).parent / "data" / "bad"
EN = "The minister said on Monday that the two governments had agreed to hold talks in the capital next week. "

# file -> reason each refusal is counted under (None: read, although odd); JSONL files may also hold good lines
REFUSED = {
    "empty.txt": "empty", "spaces-only.txt": "empty", "blank-lines.jsonl": "empty", "whitespace.ndjson": "empty",
    "nul-bytes.txt": "binary", "png-image.txt": "binary", "gzip.html": "binary",
    "latin1.txt": "encoding", "cp1252.html": "encoding", "utf16le-no-bom.txt": "encoding",
    "utf16be-no-bom.txt": "encoding",
    "french.txt": "not English", "spanish.txt": "not English", "german.txt": "not English",
    "french.html": "not English", "german-line.jsonl": "not English",
    "digits-only.txt": "no text", "punctuation-only.txt": "no text", "empty-body.html": "no text",
    "script-only.html": "no text", "text-null.jsonl": "no text", "text-missing.jsonl": "no text",
    "text-empty.jsonl": "no text",
    "notes.csv": "unsupported type", "report.pdf": "unsupported type", "README": "unsupported type",
    "no-tags.html": "malformed HTML",
    "malformed-line.jsonl": "malformed JSON", "unterminated-string.jsonl": "malformed JSON",
    "trailing-comma.jsonl": "malformed JSON", "array-line.jsonl": "malformed JSON", "null-line.jsonl": "malformed JSON",
    "string-line.jsonl": "malformed JSON", "pretty-printed.jsonl": "malformed JSON",
    "json-array-file.jsonl": "malformed JSON",
    "text-number.jsonl": "bad field", "text-list.jsonl": "bad field", "url-object.jsonl": "bad field",
    "outlet-list.jsonl": "bad field", "id-object.jsonl": "bad field", "id-boolean.jsonl": "bad field",
    "title-boolean.jsonl": "bad field",
    "date-yesterday.jsonl": "bad date", "date-impossible.jsonl": "bad date", "date-us-style.jsonl": "bad date",
    "duplicate-id.jsonl": "duplicate id",
}
READ = {  # odd but readable: file -> articles it holds
    "utf16-with-bom.txt": 1, "utf8-with-bom.txt": 1, "crlf-line-ends.txt": 1, "control-chars.txt": 1,
    "UPPER-SUFFIX.HTML": 1, "tiny.txt": 1, "no-final-newline.txt": 1, "title-number.jsonl": 1, "id-zero.jsonl": 1,
    "no-id.jsonl": 1, "lone-surrogate.jsonl": 1, "nan-field.jsonl": 1, "bom.jsonl": 1, "crlf.jsonl": 2,
    "line-separator-in-text.jsonl": 1, "date-compact.jsonl": 1, "long-id.jsonl": 1, "extra-fields.jsonl": 1,
    "dateline-kyiv.txt": 1, "dateline-reuters.txt": 1,
    # good lines around a bad one
    "malformed-line.jsonl": 2, "duplicate-id.jsonl": 1, "json-array-file.jsonl": 1,
}


def make_big(folder: Path) -> dict[str, str | None]:
    """Inputs too big to commit, made here: name -> reason (None: read)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "over-20-mib.txt").write_text(EN * (21 * 1024 * 1024 // len(EN) + 1), encoding="utf-8")
    (folder / "article-1.5-mb.txt").write_text(EN * (1_500_000 // len(EN)), encoding="utf-8")
    (folder / "line-2-mb.jsonl").write_text(json.dumps({"id": "big", "text": EN * (2_000_000 // len(EN))}) + "\n")
    (folder / "page-15-mb.html").write_text("<html><body><article>" + f"<p>{EN}</p>" * 20 + "</article>"
                                            + "<div><span>x</span></div>\n" * (15_000_000 // 27) + "</body></html>")
    (folder / "json-100k-deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    (folder / "html-5000-divs.html").write_text("<html><body>" + "<div>" * 5000 + f"<p>{EN * 3}</p>" * 4
                                                + "</div>" * 5000 + "</body></html>")
    (folder / "lines-100k.txt").write_text("\n".join(f"Line {i}." for i in range(100_000)))
    return {"over-20-mib.txt": "too long", "article-1.5-mb.txt": "too long", "line-2-mb.jsonl": "too long",
            "page-15-mb.html": "too long", "json-100k-deep.jsonl": "malformed JSON", "html-5000-divs.html": None,
            "lines-100k.txt": "too long"}


def read_one(path: str) -> tuple[list, list, float]:
    errors: list = []
    t0 = time.perf_counter()
    arts = list(read_articles([path], None, Report(), on_error=errors.append))
    return arts, errors, time.perf_counter() - t0


def test_the_corpus_holds_sixty_bad_inputs_and_every_file_is_listed():
    files = {p.name for p in BAD.iterdir()}
    assert files == set(REFUSED) | set(READ)
    assert len(files) >= 60  # and seven big ones made at test time, five paths that name nothing readable


@pytest.mark.parametrize("name", sorted(set(REFUSED) | set(READ)))
def test_each_bad_input_is_one_line_naming_the_file_or_is_read(name):
    arts, errors, seconds = read_one(str(BAD / name))
    assert seconds < 30
    assert len(arts) == READ.get(name, 0)
    if name in REFUSED:
        assert errors and all(str(BAD / name) in str(e) and "\n" not in str(e) for e in errors)
        assert {e.reason for e in errors} == {REFUSED[name]}
    else:
        assert not errors


def test_big_and_deep_inputs_are_refused_in_one_line_or_read(tmp_path):
    for name, reason in make_big(tmp_path).items():
        arts, errors, seconds = read_one(str(tmp_path / name))
        assert seconds < 30, name
        if reason is None:
            assert len(arts) == 1 and not errors and "talks in the capital" in arts[0].text, name
        else:
            assert not arts and [e.reason for e in errors] == [reason], name
            assert str(tmp_path / name) in str(errors[0]) and "\n" not in str(errors[0])


def test_paths_that_name_nothing_readable(tmp_path):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "only-csv").mkdir()
    (tmp_path / "only-csv" / "a.csv").write_text("a,b\n")
    (tmp_path / "broken-link.txt").symlink_to(tmp_path / "nowhere.txt")
    for p in ("empty-folder", "only-csv", "broken-link.txt", "missing.txt"):
        arts, errors, _ = read_one(str(tmp_path / p))
        assert not arts and len(errors) == 1 and errors[0].reason == "missing" and str(tmp_path / p) in str(errors[0])
    arts, errors, _ = read_one("https://example.org/news/1")
    assert not arts and "URLs are not fetched" in str(errors[0])


def test_symlinked_folders_are_read_and_a_link_loop_ends(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(EN, encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(real, target_is_directory=True)
    (top / "loop").symlink_to(top, target_is_directory=True)
    arts, errors, seconds = read_one(str(top))
    assert len(arts) == 1 and not errors and seconds < 30


def _batch(tmp_path: Path) -> tuple[Path, set[str]]:
    """The sample's good articles with one bad input of each kind in the middle of the batch."""
    folder = tmp_path / "batch"
    sample = sorted(data.path("sample").glob("*.txt"))
    for sub, files in (("a", sample[:6]), ("z", sample[6:])):
        (folder / sub).mkdir(parents=True)
        for p in files:
            shutil.copy(p, folder / sub / p.name)
    shutil.copytree(BAD, folder / "m")
    big = make_big(folder / "m" / "big")
    refused = {str(folder / "m" / n) for n in REFUSED if not n.endswith((".csv", ".pdf")) and n != "README"}
    return folder, refused | {str(folder / "m" / "big" / n) for n, why in big.items() if why}


@pytest.mark.slow
def test_one_bad_input_of_each_kind_loses_no_good_article(tmp_path):
    from eventwire.store import connect

    folder, refused = _batch(tmp_path)
    expected = {a.id for a in read_articles([str(folder)], None, Report())}
    db = tmp_path / "x.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert r.exit_code == 1 and (r.exception is None or isinstance(r.exception, SystemExit)), r.output
    assert "Traceback" not in r.output + r.stderr
    named = [line for line in r.stderr.splitlines() if line.startswith("eventwire: skipped ")]
    assert all(any(f"skipped {p}" in line for line in named) for p in refused)
    with connect(str(db), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
        sources = {row[0] for row in con.execute("SELECT source FROM articles").fetchall()}
    assert stored == expected and len(stored) >= 12 + len(READ)
    assert all(str(folder / sub / p.name) in sources for sub in "az" for p in (folder / sub).iterdir())
    assert "refused" in r.stderr and "without a publication date" in r.stderr


@pytest.mark.slow
def test_strict_stops_before_anything_is_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(EN, encoding="utf-8")
    shutil.copy(BAD / "german.txt", folder / "b.txt")
    db = tmp_path / "x.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--strict"])
    assert r.exit_code == 1 and not db.exists() and f"{folder / 'b.txt'}: text is German" in r.stderr


def test_nothing_read_exits_non_zero_and_writes_no_database(tmp_path):
    db = tmp_path / "x.duckdb"
    for args in (["missing.txt"], ["https://example.org/a"], [str(BAD / "empty.txt")]):
        r = CliRunner().invoke(main, ["ingest", *args, "--db", str(db)])
        assert r.exit_code == 1 and not db.exists() and "nothing read" in r.stderr, args


def test_two_identical_text_files_and_a_repeated_jsonl_id_do_not_crash_ingest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text(EN + "China praised Japan on Tuesday.", encoding="utf-8")
    (folder / "c.jsonl").write_text("\n".join(json.dumps({"id": "same", "text": EN + t}) for t in ("A.", "B.")))
    db = tmp_path / "x.duckdb"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert r.exit_code == 1 and "stored 3 articles" in r.stdout, r.output
    assert f"{folder / 'c.jsonl'}:2: id 'same' was already read from {folder / 'c.jsonl'}:1" in r.stderr
