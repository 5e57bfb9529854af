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


@pytest.mark.parametrize("sentence,speaker,cue,content", [
    ("Trump was quoted as saying that the wall would be built.", "Trump", "was quoted as saying",
     "that the wall would be built"),
    ("Pakistan's ambassador told reporters that the talks went well.", "Pakistan's ambassador", "told",
     "that the talks went well"),
    ("The EU believes the deal is fair.", "The EU", "believes", "the deal is fair"),
    ("Germany wants to end the talks.", "Germany", "wants", "to end the talks"),
    ("The senator called for an independent inquiry.", "The senator", "called for", "an independent inquiry"),
    ("The museum, Mr. Obama said, would make visitors face hard truths.", "Mr. Obama", "said",
     "The museum, Mr. Obama said, would make visitors face hard truths"),
    ("The deal was a mistake, Graham later said.", "Graham", "later said", "The deal was a mistake"),
])
def test_attributions_without_quote_marks(code, sentence, speaker, cue, content):
    qs = code(sentence)["quotes"]
    assert any(q["speaker"]["text"] == speaker and q["cue"]["text"] == cue and q["content"]["text"] == content
               for q in qs), [(q["speaker"]["text"], q["cue"]["text"], q["content"]["text"]) for q in qs]


def test_quotation_continued_after_its_attribution_is_one_span(code):
    (q,) = code('"We will win," she said. "It is a good day for us."')["quotes"]
    assert q["content"]["text"] == 'We will win," she said. "It is a good day for us.'


def test_follow_on_paragraph_inherits_the_speaker(code):
    rec = code('"We will win," said Josep Borrell.\n\n"The vote is ours."')
    assert [q["speaker"]["text"] for q in rec["quotes"]] == ["Josep Borrell", "Josep Borrell"]
    assert rec["quotes"][1]["cue"] is None


def test_scare_quotes_and_nested_attitudes_are_not_quotations(code):
    rec = code('The senator called the winner "Miss Piggy" at the event. "I think we will win," Lynch said.')
    assert not any(q["kind"] == "direct" and q["content"]["text"] == "Miss Piggy" for q in rec["quotes"])
    assert not any(q["cue"] and q["cue"]["text"] == "think" for q in rec["quotes"])


def test_transcript_turns_and_dash_bylines(code):
    rec = code('PENCE: Well, look, the question should be why.\nWALLACE: Governor, I want to ask you.\n\n'
               '"He is a danger to the country and to all of us." ― Jorge Falcon')
    found = [(q["speaker"]["text"], q["cue"]["text"]) for q in rec["quotes"]]
    assert found == [("PENCE", ":"), ("WALLACE", ":"), ("Jorge Falcon", "―")]


def test_relay_phrases(code):
    rec = code("Exchanges show little progress, the Politico report noted. "
               "The leaked documents show that the US pressed Pakistan. "
               "Massinga thanked Pakistan, according to meeting notes.")
    found = {(q["speaker"]["text"], q["cue"]["text"]) for q in rec["quotes"]}
    assert {("the Politico report", "noted"), ("The leaked documents", "show"),
            ("meeting notes", "according to")} <= found
