import pytest

from eventwire.quotes.extract import quote_spans


@pytest.mark.parametrize("text,inside", [
    ('He said "we don\'t agree" today.', ["we don't agree"]),
    ("She said “it’s over” and left.", ["it’s over"]),
    ("The ‘hedging’ policy, it’s said, failed.", ["hedging"]),
    ("Unbalanced “quote runs on\n\nNext paragraph.", ["Unbalanced quote runs on"[11:]]),
])
def test_quote_marks(text, inside):
    assert [text[s:e] for s, e in quote_spans(text)] == inside


def test_direct_quote_speaker_before_after_and_follow_on(code):
    rec = code('"We are hugely grateful," said Josep Borrell, the EU\'s foreign policy chief. '
               '"This is a good day." Later, she pointedly said: "We don\'t see it that way."')
    qs = rec["quotes"]
    assert qs[0]["kind"] == "direct" and qs[0]["speaker"]["name"] == "Josep Borrell" and qs[0]["cue"]["text"] == "said"
    assert qs[1]["content"]["text"] == "This is a good day." and qs[1]["speaker"]["name"] == "Josep Borrell"
    assert qs[2]["content"]["text"].startswith("We don't see it")


def test_mixed_quote(code):
    rec = code('Khan told U.S. officials that the Afghan Taliban "did not seek retribution" in Kabul.')
    (q,) = rec["quotes"]
    assert q["kind"] == "mixed" and q["cue"]["text"] == "told" and q["speaker"]["text"] == "Khan"
    assert q["content"]["text"].startswith("that the Afghan Taliban")


@pytest.mark.parametrize("sentence,speaker,cue", [
    ("The minister warned that the talks could collapse.", "The minister", "warned"),
    ("Islamabad denies it supports the Afghan Taliban.", "Islamabad", "denies"),
    ("The Post has learned that the meeting was cancelled.", "The Post", "has learned"),
    ("The meeting was cancelled, according to officials.", "officials", "according to"),
])
def test_indirect_speech(code, sentence, speaker, cue):
    qs = code(sentence)["quotes"]
    assert any(q["speaker"]["text"] == speaker and q["cue"]["text"] == cue and q["kind"] == "indirect" for q in qs), qs


def test_pronoun_speaker_resolved(code):
    rec = code("US Deputy Secretary of State Wendy Sherman visited India. She said: \"We see no role for them.\"")
    (q,) = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert q["speaker"]["text"] == "She" and q["speaker"]["name"] == "Wendy Sherman" and q["speaker"]["code"] == "USAGOV"


def test_relay_chain(code):
    rec = code("Dawn on Saturday published a report citing a report released Friday by the Politico. "
               "The messages show that \"the Biden administration is quietly pressuring Pakistan,\" the Politico reported.")
    q = [q for q in rec["quotes"] if "pressuring" in q["content"]["text"]][0]
    assert [r["name"] for r in q["relayed_by"]][:1] == ["Dawn"]
