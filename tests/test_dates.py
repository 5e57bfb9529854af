import pytest

from eventwire.dates import resolve, shift


@pytest.mark.parametrize("expr,expected", [
    ("on Wednesday", ("2021-10-06", "day")),       # 2021-10-08 is a Friday
    ("Friday's", ("2021-10-08", "day")),
    ("last month", ("2021-09-01", "month")),
    ("on August 26", ("2021-08-26", "day")),
    ("August 15", ("2021-08-15", "day")),
    ("in 2001", ("2001-01-01", "year")),
    ("yesterday", ("2021-10-07", "day")),
    ("last week", ("2021-10-01", "week")),
    ("one day after", (None, "unknown")),
])
def test_resolve_against_publication_date(expr, expected):
    assert resolve(expr, "2021-10-08") == expected


def test_no_base_date_means_unresolved_never_guessed():
    assert resolve("on Wednesday", None) == (None, "unknown")


def test_future_clause_prefers_future():
    assert resolve("Monday", "2021-10-08", future=True) == ("2021-10-11", "day")


def test_impossible_dates_stay_unresolved_instead_of_failing():
    assert resolve("February 29", "2000-01-01") == (None, "unknown")  # 1999 had no February 29
    assert resolve("February 30", "2021-10-08") == (None, "unknown")


@pytest.mark.parametrize("expr,expected", [
    ("two days ago", ("2021-10-06", "day")),
    ("three weeks earlier", ("2021-09-17", "week")),
    ("48 hours ago", ("2021-10-06", "day")),
])
def test_durations_back_from_publication(expr, expected):
    assert resolve(expr, "2021-10-08") == expected


def test_shift_dates_one_event_from_another():
    assert shift("2021-10-08", "one day", after=False) == "2021-10-07"
    assert shift("2021-10-04", "two days", after=True) == "2021-10-06"
    assert shift("2021-10-04", "the day", after=True) is None


def test_vague_durations_stay_unresolved():
    assert resolve("several days ago", "2021-10-08") == (None, "unknown")
    assert resolve("a couple of days ago", "2021-10-08") == ("2021-10-06", "day")
