import json

import pytest

from eventwire.errors import InputError
from eventwire.ingest import read_paths
from eventwire.ingest.pubdate import from_text
from eventwire.ingest.read import path_id
from eventwire.records import content_id

ENGLISH = "The minister said on Monday that the two governments had agreed to hold talks in the capital next week."


def test_ingest_txt_title_and_dateline_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"A title\n\n{ENGLISH}\n\nUpdated: October 8th 2021, 10:08 PM\n", encoding="utf-8")
    (art,) = read_paths([str(p)])
    assert art.title == "A title"
    assert art.date == "2021-10-08"
    assert art.id == path_id(p) and art.language == "en"


def test_ingest_date_flag_used_only_without_a_date_in_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    (art,) = read_paths([str(p)], date="2020-05-01")
    assert art.date == "2020-05-01"
    (art,) = read_paths([str(p)])
    assert art.date is None


def test_ingest_jsonl_fields_and_errors(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": "x1", "text": ENGLISH, "date": "2021-01-02", "outlet": "Wire"}), "{not json",
             json.dumps({"text": ENGLISH}), json.dumps({"id": 0, "text": ENGLISH + " Zero."})]
    p.write_text("\n".join(lines), encoding="utf-8")
    errors = []
    arts = list(read_paths([str(p)], on_error=errors.append))
    assert [a.id for a in arts] == ["x1", content_id(ENGLISH), "0"]  # no id: the content hash; 0 is an id
    assert arts[0].outlet == "Wire" and arts[0].date == "2021-01-02"
    assert "a.jsonl:2" in str(errors[0]) and "malformed JSON" in str(errors[0]) and len(errors) == 1


@pytest.mark.parametrize("content,why", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary", "binary file"),
    ("caf\xe9 ".encode("latin-1") * 20, "not UTF-8"),
    ("Der Minister sagte am Montag, dass die beiden Regierungen vereinbart hätten, nächste Woche in der Hauptstadt "
     "Gespräche zu führen, und die Lage sei ernst, sagte er weiter zu den Journalisten.".encode(), "German (de), not English"),
    (ENGLISH.encode("utf-16-le"), "looks like UTF-16LE without a byte-order mark"),
])
def test_ingest_bad_input_is_one_line_naming_the_file(tmp_path, content, why):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as exc:
        list(read_paths([str(p)]))
    assert str(p) in str(exc.value) and why in str(exc.value) and "\n" not in str(exc.value)


def test_ingest_html_through_trafilatura(tmp_path):
    p = tmp_path / "a.html"
    body = "".join(f"<p>{ENGLISH} Paragraph {i} adds more words about the talks and the officials.</p>" for i in range(5))
    p.write_text(f"<html><head><title>Talks agreed</title></head><body><article><h1>Talks agreed</h1>{body}"
                 "</article></body></html>", encoding="utf-8")
    (art,) = read_paths([str(p)], date="2021-03-04")
    assert "agreed to hold talks" in art.text
    assert art.title == "Talks agreed"


def test_ingest_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ENGLISH + " Two.", encoding="utf-8")
    (tmp_path / "1.txt").write_text(ENGLISH + " One.", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    texts = [a.text for a in read_paths([str(tmp_path)])]
    assert texts == [ENGLISH + " One.", ENGLISH + " Two."]


def test_same_text_same_id_up_to_whitespace():
    assert content_id("A  b\nc") == content_id("A b c")


@pytest.mark.parametrize("text,expected", [
    ("Title\n\nBody text.\n\nUpdated: October 8th 2021, 10:08 PM", "2021-10-08"),
    ("March 3, 2025\n\nBody", "2025-03-03"),
    ("Body only, no date anywhere.", None),
])
def test_pubdate_from_text(text, expected):
    assert from_text(text) == expected


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(ENGLISH.encode("utf-16"))
    (art,) = read_paths([str(p)])
    assert art.text == ENGLISH


@pytest.mark.parametrize("line,expected", [
    ("KYIV, July 9, 2025 — Russian forces launched a large drone attack on the capital overnight, officials said.",
     "2025-07-09"),
    ("THE HAGUE, Netherlands, 3 March 2025 - The court ruled on Monday.", "2025-03-03"),
    ("May 5, 2020 marked the day when the long war between the two neighbours finally ended in the capital city.",
     None),
])
def test_pubdate_from_a_dateline_with_a_place(line, expected):
    assert from_text(line + "\n\nMore text.") == expected
