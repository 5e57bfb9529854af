"""Which time phrase dates which event (events/setting.py), on sentences written for these tests."""

import pytest


def dated(code, text: str, pubdate: str, trigger: str) -> list[tuple[str | None, str]]:
    """(date, precision) of every event, fact or not, whose trigger is `trigger`."""
    rec = code(text, pubdate)
    out = [(e["date"], e["date_precision"]) for e in rec["events"] if e["trigger"]["text"] == trigger]
    assert out, rec["events"]
    return out


# 2023-04-12 is a Wednesday.
@pytest.mark.parametrize("text,trigger,expected", [
    # a month named against a year, and an act told as some time before today's news
    ("Ghana expelled Togo's ambassador in July last year.", "expelled", ("2022-07-01", "month")),
    ("Ghana recalled its ambassador from Lome last June.", "recalled", ("2022-06-01", "month")),
    ("The talks come a month after Togolese troops shelled a Ghanaian border village.", "shelled",
     ("2023-03-01", "month")),
    ("The talks come a week after Togolese troops shelled a Ghanaian border village.", "shelled",
     ("2023-04-05", "week")),
    # a coming act: the next Friday / May 2, not the last
    ("Kenya's foreign minister is expected to visit Somalia on Friday.", "visit", ("2023-04-14", "day")),
    ("Ghana and Togo are due to sign a border treaty on May 2.", "sign", ("2023-05-02", "day")),
    ("Ghana's president is to host Togolese and Beninese leaders on May 2.", "host", ("2023-05-02", "day")),
    # a done act: the last May 2
    ("Ghana and Togo signed a border treaty on May 2.", "signed", ("2022-05-02", "day")),
    # a span is no date: the point ("last month") dates the act, or nothing does
    ("A court in Accra sentenced a former Ghanaian minister to 12 years in prison last month.", "sentenced",
     ("2023-03-01", "month")),
    ("Students occupied the Ghanaian parliament for nine days.", "occupied", ("2023-04-12", "publication")),
    # a participle shares its verb's date
    ("On Sunday, gunmen attacked a police post in northern Ghana, killing four officers.", "killing",
     ("2023-04-09", "day")),
    # a date told of something else is not the act's
    ("Ghanaian opposition leaders called for a nationwide strike against the government next week.", "called",
     ("2023-04-12", "publication")),
    ("Togo accused Ghana of shelling a border village last week.", "accused", ("2023-04-12", "publication")),
    ("Armenia condemned Azerbaijan's 2023 offensive in Karabakh.", "condemned", ("2023-04-12", "publication")),
    ("Somali militants killed two Kenyan soldiers in Tuesday's attack on a border post.", "killed",
     ("2023-04-11", "day")),  # but the attack is when the killing was
    # what a dated report says, a purpose, an act 'after' a dated one: the same time
    ("An Amnesty report said last year that Eritrean troops were killing civilians in Tigray.", "killing",
     ("2022-01-01", "year")),
    ("Ghana's foreign minister telephoned his Togolese counterpart on Monday to protest the shelling.", "protest",
     ("2023-04-10", "day")),
    # what came 'after'/'before' another act shares its month or year, never its day (the day is unsaid)
    ("Togo closed its border with Ghana on Monday after Ghanaian troops shelled a village.", "shelled",
     (None, "unknown")),
    ("Togo recalled its ambassador from Accra in July 2022 after Ghana backed the rebels' plan.", "backed",
     ("2022-07-01", "month")),
    ("Both sides met in Lome on Thursday, two days after Ghanaian police stopped the trucks and accused Togo of "
     "smuggling.", "accused", ("2023-04-04", "day")),
    ("Togo's government said on Tuesday that police had arrested a Ghanaian journalist.", "arrested",
     ("2023-04-11", "day")),
    ("Togo's government said on Tuesday it had foiled a plot to overthrow the president, and that soldiers had "
     "arrested a Togolese general.", "arrested", ("2023-04-11", "day")),
    ("Ghana's interior minister on Tuesday urged Togo to close camps used by the rebels in the mountains of the north, "
     "a day after Togolese warplanes struck suspected rebel positions near the town of Kpalime.", "struck",
     ("2023-04-10", "day")),  # parsed as a conjunct of 'urged', not an adverbial clause
    ("The Togolese president was re-elected in March 2020 in a vote that the opposition boycotted.", "boycotted",
     ("2020-03-01", "month")),
    # weekends, times of day, parts of a month
    ("Ghana's foreign minister said she had spoken to her Togolese counterpart on Tuesday morning.", "spoken",
     ("2023-04-11", "day")),
    ("Ghanaian police arrested 15 protesters over the weekend.", "arrested", ("2023-04-08", "week")),
    ("Gunmen who stormed a Ghanaian police station on Saturday night killed three officers.", "stormed",
     ("2023-04-08", "day")),
    ("The Ghanaian army said it had arrested 40 smugglers since the start of March.", "arrested",
     ("2023-03-01", "month")),
])
def test_the_time_phrase_that_dates_the_event(code, text, trigger, expected):
    assert expected in dated(code, text, "2023-04-12", trigger)


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ghanaian police detained 11 Togolese traders in Accra on Wednesday. A court in Accra released two of them "
     "later in the day.", "released", ("2023-04-12", "day")),
    ("Togolese rebels seized the border town on Monday. Ghanaian troops attacked the rebels in the town two days "
     "later.", "attacked", ("2023-04-12", "day")),
    ("Togolese rebels seized the border town on Monday. Ghanaian troops attacked the rebels the next day.", "attacked",
     ("2023-04-11", "day")),
    ("Togo recalled its ambassador to Ghana later that day.", "recalled", ("2023-04-14", "publication")),  # from none
])
def test_later_that_day_counts_from_the_day_the_story_last_named(code, text, trigger, expected):
    assert dated(code, text, "2023-04-14", trigger) == [expected]


def test_a_future_date_under_a_coming_act_is_never_in_the_past(code):
    # published 2023-06-20: 'March 30' of a coming meeting is next year's
    assert dated(code, "Ghana's president is due to meet his Togolese counterpart on March 30.", "2023-06-20",
                 "meet") == [("2024-03-30", "day")]
    # an intent to meet (036) is a fact of the day it is told, not of the meeting (tenth analyst pass)
    assert dated(code, "Ghana's president will meet his Togolese counterpart on March 30.", "2023-06-20",
                 "meet") == [("2023-06-20", "publication")]


def test_a_coming_conjunct_takes_no_past_date(code):
    text = "Kenya's president met Somalia's president on Monday and will visit Ethiopia's prime minister."
    assert dated(code, text, "2023-04-14", "met") == [("2023-04-10", "day")]
    assert dated(code, text, "2023-04-14", "visit") == [("2023-04-14", "publication")]


def test_a_coming_act_takes_no_past_date_of_its_governor(pipe):
    from eventwire.events.setting import event_date

    doc = pipe.nlp("Russia agreed on Monday to withdraw its troops from the Georgian border.")
    agreed, withdraw = (next(t for t in doc if t.text == w) for w in ("agreed", "withdraw"))
    assert event_date(doc, agreed, "2023-04-12") == ("2023-04-10", "day")
    assert event_date(doc, withdraw, "2023-04-12") != ("2023-04-10", "day")  # agreed on Monday, not done then


def test_a_day_phrase_the_entity_recogniser_missed_is_still_read():
    import spacy
    from spacy.tokens import Doc

    from eventwire.events.setting import _dates

    words = ["A", "court", "released", "two", "later", "in", "the", "day", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2, 2, 4, 7, 5, 2],
              deps=["det", "nsubj", "ROOT", "dobj", "advmod", "prep", "det", "pobj", "punct"])
    assert (7, "later in the day", "DATE") in _dates(doc)
