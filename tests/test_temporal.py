"""Time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.temporal import resolve

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


@pytest.mark.parametrize(
    "expression, iso, granularity",
    [
        ("on Wednesday", "2021-03-10", "day"),  # the publication day itself
        ("on Monday", "2021-03-08", "day"),  # the Monday on or before publication
        ("last Wednesday", "2021-03-03", "day"),  # "last" excludes the publication day
        ("Friday evening", "2021-03-05", "day"),
        ("late on Tuesday", "2021-03-09", "day"),
        ("this morning", "2021-03-10", "day"),
        ("yesterday", "2021-03-09", "day"),
        ("overnight", "2021-03-09/2021-03-10", "day"),
        ("on March 2", "2021-03-02", "day"),
        ("on 2 March", "2021-03-02", "day"),
        ("on December 30", "2020-12-30", "day"),  # a later month: last year
        ("on 13 June 2014", "2014-06-13", "day"),
        ("in January", "2021-01-01/2021-01-31", "month"),
        ("in November", "2020-11-01/2020-11-30", "month"),
        ("February 2019", "2019-02-01/2019-02-28", "month"),
        ("last month", "2021-02-01/2021-02-28", "month"),
        ("in 1998", "1998-01-01/1998-12-31", "year"),
        ("last year", "2020-01-01/2020-12-31", "year"),
        ("three days ago", "2021-03-07", "day"),
        ("two years ago", "2019-01-01/2019-12-31", "year"),
        ("a decade ago", "2011-01-01/2011-12-31", "year"),
        ("last week", "2021-03-01/2021-03-07", "week"),  # the previous Monday to Sunday
        ("earlier this week", "2021-03-08/2021-03-10", "week"),
        ("last September", "2020-09-01/2020-09-30", "month"),
        ("in September last year", "2020-09-01/2020-09-30", "month"),
        ("between 2015 and 2017", "2015-01-01/2017-12-31", "year"),
        ("from 2009 to 2012", "2009-01-01/2012-12-31", "year"),
        ("next week", "2021-03-15/2021-03-21", "week"),  # the following Monday to Sunday
        ("next month", "2021-04-01/2021-04-30", "month"),
        ("next year", "2022-01-01/2022-12-31", "year"),
        # a duration before the time it falls in is dated by that time
        ("two days last month", "2021-02-01/2021-02-28", "month"),
        ("several hours on Monday", "2021-03-08", "day"),
        ("three weeks in January", "2021-01-01/2021-01-31", "month"),
        ("for 10 days in June 2019", "2019-06-01/2019-06-30", "month"),
    ],
)
def test_temporal_resolves_against_publication(expression, iso, granularity):
    date = resolve(expression, PUBLISHED)
    assert date is not None, expression
    assert (date.iso, date.granularity, date.text) == (iso, granularity, expression)


@pytest.mark.parametrize("expression", ["on Monday", "in January", "last year", "yesterday", "on March 2"])
def test_temporal_relative_expression_needs_a_publication_date(expression):
    assert resolve(expression, None) is None


@pytest.mark.parametrize("expression", ["three days after the vote", "soon", "at the start of the war", "the 1990s war", "",
                                        "between 2020 and 2018", "last weekend",
                                        "two days", "three hours after the blast"])
def test_temporal_unknown_expressions_give_none(expression):
    assert resolve(expression, PUBLISHED) is None


def test_temporal_absolute_expression_is_not_relative():
    assert resolve("on 13 June 2014", None).relative is False
    assert resolve("on Monday", PUBLISHED).relative is True


@pytest.mark.parametrize(
    "expression, anchor, iso",
    [
        ("a year later", "in 2019", "2020-01-01/2020-12-31"),
        ("the following year", "in 2019", "2020-01-01/2020-12-31"),
        ("a month later", "in November 2019", "2019-12-01/2019-12-31"),
        ("two days later", "on March 2", "2021-03-04"),
        ("a year later", "in November 2019", "2020-01-01/2020-12-31"),
    ],
)
def test_temporal_later_counts_from_the_last_date_named(expression, anchor, iso):
    date = resolve(expression, PUBLISHED, resolve(anchor, PUBLISHED))
    assert date is not None and date.iso == iso


def test_temporal_later_needs_an_anchor_as_wide_as_its_unit():
    assert resolve("a year later", PUBLISHED) is None
    assert resolve("a month later", PUBLISHED, resolve("in 2019", PUBLISHED)) is None  # which month?


@pytest.mark.parametrize(
    "expression, iso",
    [
        ("on Friday", "2021-03-12"),  # the next Friday: "will meet on Friday"
        ("on Wednesday", "2021-03-10"),  # the publication day itself
        ("on Monday", "2021-03-15"),
        ("on March 2", "2022-03-02"),  # a day already past this year is next year's
        ("on April 2", "2021-04-02"),
        ("in January", "2022-01-01/2022-01-31"),
        ("in June", "2021-06-01/2021-06-30"),
        ("last week", "2021-03-01/2021-03-07"),  # an expression that says its direction keeps it
    ],
)
def test_temporal_an_act_to_come_is_dated_forward(expression, iso):
    assert resolve(expression, PUBLISHED, ahead=True).iso == iso
