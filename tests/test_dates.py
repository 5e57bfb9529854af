import pytest

from eventwire.dates import anaphoric, is_span, resolve, shift


@pytest.mark.parametrize("expr,expected", [
    ("on Wednesday", ("2021-10-06", "day")),       # 2021-10-08 is a Friday
    ("Friday's", ("2021-10-08", "day")),
    ("last month", ("2021-09-01", "month")),
    ("on August 26", ("2021-08-26", "day")),
    ("August 15", ("2021-08-15", "day")),
    ("August 15, two weeks", ("2021-08-15", "day")),  # the tagger joins "on August 15, two weeks before X"
    ("March 3, a day later", ("2021-03-03", "day")),
    ("in 2001", ("2001-01-01", "year")),
    ("yesterday", ("2021-10-07", "day")),
    ("last week", ("2021-10-01", "week")),
    ("one day after", (None, "unknown")),
    ("in July last year", ("2020-07-01", "month")),   # a month named against a year: that year's month
    ("January this year", ("2021-01-01", "month")),
    ("last November", ("2020-11-01", "month")),       # the latest November before October 2021
    ("last October", ("2020-10-01", "month")),        # the paper's own month is not "last October"
    ("last March", ("2021-03-01", "month")),
    ("next March", ("2022-03-01", "month")),
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


@pytest.mark.parametrize("expr,future,expected", [
    ("March 3", False, ("2024-03-03", "day")),       # a past act's bare month-day is the last one
    ("March 3", True, ("2025-03-03", "day")),        # a coming act's is the next one
    ("June 9", True, ("2024-06-09", "day")),
    ("in February", True, ("2025-02-01", "month")),
    ("in February", False, ("2024-02-01", "month")),
])
def test_bare_month_day_is_the_last_or_the_next_occurrence(expr, future, expected):
    assert resolve(expr, "2024-05-10", future=future) == expected


@pytest.mark.parametrize("expr", ["12 years", "within 90 days", "for nine days", "for weeks", "the past two years",
                                  "several months", "a decade", "two and a half years", "48 hours"])
def test_a_span_is_never_a_date(expr):
    assert is_span(expr)
    assert resolve(expr, "2024-05-10") == (None, "unknown")
    assert resolve(expr, "2024-05-10", future=True) == (None, "unknown")


@pytest.mark.parametrize("expr", ["last year", "this week", "last month", "in 2019", "the weekend", "next week"])
def test_points_in_time_are_not_spans(expr):
    assert not is_span(expr)


@pytest.mark.parametrize("expr,expected", [
    ("over the weekend", ("2024-05-04", "week")),    # 2024-05-07 is a Tuesday: the Saturday before
    ("last weekend", ("2024-05-04", "week")),
    ("the start of April", ("2024-04-01", "month")),
    ("mid-March", ("2024-03-01", "month")),
])
def test_weekends_and_parts_of_a_month(expr, expected):
    assert resolve(expr, "2024-05-07") == expected


def test_a_coming_weekend_is_the_next_one():
    assert resolve("the weekend", "2024-05-07", future=True) == ("2024-05-11", "week")
    assert resolve("last weekend", "2024-05-05", future=True) == ("2024-04-27", "week")  # Sunday: not this one


@pytest.mark.parametrize("expr,days", [("later that day", 0), ("the same day", 0), ("the next day", 1),
                                       ("two days later", 2), ("48 hours later", 2), ("the day before", -1),
                                       ("Monday", None), ("three weeks later", None), ("the day", None)])
def test_expressions_told_from_another_day(expr, days):
    assert anaphoric(expr) == days
    if days is not None:
        assert resolve(expr, "2024-05-07") == (None, "unknown")  # never counted from the publication date


def test_a_coming_weekday_in_that_days_paper_is_today_unless_next():
    assert resolve("Friday", "2024-05-10", future=True) == ("2024-05-10", "day")  # 2024-05-10 is a Friday
    assert resolve("next Friday", "2024-05-10", future=True) == ("2024-05-17", "day")


def test_a_season_of_two_years_is_not_a_day():
    assert resolve("2023-24", "2024-05-10") == (None, "unknown")
    assert resolve("2024-03-05", "2024-05-10") == ("2024-03-05", "day")


@pytest.mark.parametrize("expr,future,expected", [  # 2024-05-08 is a Wednesday
    ("last Thursday", True, ("2024-05-02", "day")),   # 'last' is never ahead, even in a planned act's clause
    ("Thursday last week", False, ("2024-05-02", "day")),
    ("Monday next week", True, ("2024-05-13", "day")),
    ("earlier this week", False, ("2024-05-08", "week")),
    ("March 5-6", False, ("2024-03-05", "week")),
    ("May 20 and 21", True, ("2024-05-20", "week")),
])
def test_weekday_phrases_and_runs_of_days(expr, future, expected):
    assert resolve(expr, "2024-05-08", future=future) == expected
