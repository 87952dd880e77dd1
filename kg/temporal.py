"""When did it happen: time expressions resolved against the publication date.

News dates events relative to publication: "on Sunday" is the Sunday on or
before the day the article appeared, "in February" the latest February up to
it, "last year" the year before. :func:`resolve` turns an expression into an
:class:`~kg.model.EventDate` (a day or an interval with its granularity), or
None when it cannot be pinned down (no publication date for a relative
expression, or an expression it does not know).

>>> import datetime as dt
>>> published = dt.date(2014, 6, 22)  # a Sunday
>>> resolve("on Sunday", published).iso
'2014-06-22'
>>> resolve("late on Saturday", published).iso
'2014-06-21'
>>> resolve("on June 10", published).iso
'2014-06-10'
>>> resolve("in February", published).iso
'2014-02-01/2014-02-28'
>>> resolve("last year", published).iso
'2013-01-01/2013-12-31'
>>> resolve("a century ago", published).iso
'1914-01-01/1914-12-31'
>>> resolve("last week", published).iso, resolve("September last year", published).iso
('2014-06-09/2014-06-15', '2013-09-01/2013-09-30')
>>> resolve("between 2018 and 2020", published).iso
'2018-01-01/2020-12-31'
>>> resolve("in 2003", None).iso
'2003-01-01/2003-12-31'
>>> resolve("on Sunday", None) is None
True

What is yet to happen is dated forward: with ``ahead`` ("will meet on Thursday",
"said it would vote in June") a weekday, a day or a month is the next one from
publication on, not the last.

>>> resolve("on Thursday", published, ahead=True).iso, resolve("in August", published, ahead=True).iso
('2014-06-26', '2014-08-01/2014-08-31')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from kg.model import EventDate

__all__ = ["resolve", "WEEKDAYS", "MONTHS"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

#: Words that may precede or follow a time expression without changing the day it names.
FILLER = re.compile(
    r"\b(on|in|at|during|early|late|earlier|later|this|the|of|morning|afternoon|evening|night|"
    r"overnight|hours|around|about|by|until|through)\b"
)

#: Expressions that name the publication day (or the night before it).
SAME_DAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": 1, "overnight": 0, "last night": 1}

UNIT_DAYS = {"day": 1, "week": 7}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_YEAR = r"(1[89]\d\d|20\d\d)"

#: A length of time: a count ("two", "several", "48", "3 to 5") and a unit ("days", "decades").
DURATION = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many|\d+(?: to \d+)?)\s+"
            r"(?:second|minute|hour|day|night|week|month|year|decade|century|centuries)s?")

#: A length of time and nothing else ("two decades", "the past 48 hours"): it dates no event.
BARE_DURATION = re.compile(rf"(?:the\s+)?(?:past\s+|last\s+|next\s+)?{DURATION}")

#: A duration opening a time expression, and the rest of it: "two days | last month".
LEADING_DURATION = re.compile(
    rf"(?:for\s+)?{DURATION}\s+(?P<rest>(?:on|in|last|this|next|overnight|early|late)\b.*)")


def resolve(text: str, published: dt.date | None, anchor: EventDate | None = None,
            *, ahead: bool = False) -> EventDate | None:
    """The date ``text`` names, resolved against ``published``; None if unknown.

    ``anchor`` is the date the text last named, for expressions counted from it ("a year
    later", "the following month"); without one they give None.

    >>> resolve("a year later", None, resolve("in 2022", None)).iso
    '2023-01-01/2023-12-31'
    >>> resolve("a month later", None, resolve("in March 2024", None)).iso
    '2024-04-01/2024-04-30'
    """
    phrase = " ".join(text.lower().replace(",", " ").split())
    later = _later(phrase, anchor)
    if later is not None:
        start, end, granularity = later
        return EventDate(start.isoformat(), end.isoformat(), granularity, text.strip(), True)
    for rule in _RULES:
        found = rule(phrase, published, ahead)
        if found is not None:
            start, end, granularity, relative = found
            return EventDate(start.isoformat(), end.isoformat(), granularity, text.strip(), relative)
    # "(for) two days last month", "several hours on Sunday", "a week in March": a duration
    # before the time it falls in is dated by that time
    if (point := LEADING_DURATION.match(phrase)) is not None \
            and (found := resolve(point.group("rest"), published, anchor, ahead=ahead)) is not None:
        return EventDate(found.start, found.end, found.granularity, text.strip(), found.relative)
    return None


def _same_day(phrase: str, published: dt.date | None, ahead: bool = False):
    # "this morning", "yesterday", "overnight" (the night before publication)
    key = re.sub(r"^(on|in|at|during|early|late)\s+", "", phrase)
    if key in SAME_DAY and published is not None:
        day = published - dt.timedelta(days=SAME_DAY[key])
        start = day - dt.timedelta(days=1) if key == "overnight" else day
        return start, day, "day", True
    return None


def _weekday(phrase: str, published: dt.date | None, ahead: bool = False):
    # "on Sunday", "late on Saturday", "Friday evening", "last Sunday"
    words = FILLER.sub(" ", phrase).split()
    strict = bool(words) and words[0] == "last"
    words = [w for w in words if w != "last"]
    if len(words) != 1 or words[0] not in WEEKDAYS or published is None:
        return None
    back = (published.weekday() - WEEKDAYS[words[0]]) % 7
    if strict and back == 0:
        back = 7
    elif ahead:
        back = -((WEEKDAYS[words[0]] - published.weekday()) % 7)  # "will meet on Thursday": the next
    day = published - dt.timedelta(days=back)
    return day, day, "day", True


def _day_month(phrase: str, published: dt.date | None, ahead: bool = False):
    # "June 10", "10 June", "June 10 2014", "13 June 2014", "on the 10th of June"
    words = FILLER.sub(" ", phrase).split()
    text = " ".join(words)
    match = re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: " + _YEAR + ")?", text) or re.fullmatch(
        r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?: " + _YEAR + ")?", text
    )
    if not match:
        return None
    first, second, year = match.groups()
    month_name, day_text = (first, second) if first.isalpha() else (second, first)
    if month_name not in MONTHS:
        return None
    month, day_of_month = MONTHS[month_name], int(day_text)
    if year is None:
        if published is None:
            return None
        year_value = published.year
        if not ahead and (month, day_of_month) > (published.month, published.day):
            year_value -= 1  # "on December 30" in a January article: last year
        elif ahead and (month, day_of_month) < (published.month, published.day):
            year_value += 1  # "will vote on January 5" in a December article: next year
    else:
        year_value = int(year)
    try:
        day = dt.date(year_value, month, day_of_month)
    except ValueError:
        return None
    return day, day, "day", year is None


def _week(phrase: str, published: dt.date | None, ahead: bool = False):
    # "last week" (the previous Monday to Sunday), "this week" (its Monday to publication),
    # "next week" (the following Monday to Sunday)
    words = FILLER.sub(" ", phrase).split()
    if words not in (["last", "week"], ["week"], ["next", "week"]) or published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    if words[0] == "last":
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week", True
    if words[0] == "next":
        return monday + dt.timedelta(days=7), monday + dt.timedelta(days=13), "week", True
    return monday, published, "week", True


def _month(phrase: str, published: dt.date | None, ahead: bool = False):
    # "in February", "February 2014", "last month", "this month",
    # "last September" / "September last year" (that month of the year before)
    words = FILLER.sub(" ", phrase).split()
    if published is not None and len(words) in (2, 3) and (
            (words[0] == "last" and words[1] in MONTHS and len(words) == 2)
            or (words[0] in MONTHS and words[1:] == ["last", "year"])):
        first = dt.date(published.year - 1, MONTHS[words[1] if words[0] == "last" else words[0]], 1)
        return first, _month_end(first), "month", True
    if words in (["last", "month"], ["month"], ["next", "month"]) and published is not None:
        first = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1) if words[0] == "last" \
            else (_month_end(published) + dt.timedelta(days=1)) if words[0] == "next" else published.replace(day=1)
        return first, _month_end(first), "month", True
    if not words or words[0] not in MONTHS or len(words) > 2:
        return None
    month = MONTHS[words[0]]
    if len(words) == 2:
        if not re.fullmatch(_YEAR, words[1]):
            return None
        first = dt.date(int(words[1]), month, 1)
        return first, _month_end(first), "month", False
    if published is None:
        return None
    if ahead:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    first = dt.date(year, month, 1)
    return first, _month_end(first), "month", True


def _year(phrase: str, published: dt.date | None, ahead: bool = False):
    # "in 2003", "last year", "this year", "earlier this year"
    words = FILLER.sub(" ", phrase).split()
    if len(words) == 1 and re.fullmatch(_YEAR, words[0]):
        year = int(words[0])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False
    if words in (["last", "year"], ["year"], ["next", "year"]) and published is not None:
        year = published.year + {"last": -1, "next": 1}.get(words[0], 0)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True
    # "between 2018 and 2020", "from 2018 to 2020", "2018-2020": the years in between, both included
    match = re.fullmatch(rf"(?:between |from )?{_YEAR}(?: and | to |-|–){_YEAR}", phrase)
    if match and int(match.group(1)) < int(match.group(2)):
        return dt.date(int(match.group(1)), 1, 1), dt.date(int(match.group(2)), 12, 31), "year", False
    return None


def _ago(phrase: str, published: dt.date | None, ahead: bool = False):
    # "three days ago", "a week ago", "two years ago", "a century ago"
    match = re.fullmatch(r"(?:over |about |some |nearly |almost )?([a-z]+|\d+) (day|week|month|year|decade|century)s? ago",
                         phrase)
    if not match or published is None:
        return None
    count_text, unit = match.groups()
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text)
    if count is None:
        return None
    if unit in UNIT_DAYS:
        day = published - dt.timedelta(days=count * UNIT_DAYS[unit])
        return day, day, "day", True
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 - count
        first = dt.date(month_index // 12, month_index % 12 + 1, 1)
        return first, _month_end(first), "month", True
    years = count * {"year": 1, "decade": 10, "century": 100}[unit]
    year = published.year - years
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True


_LATER = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? later"
                    r"|the (?:following|next) (day|week|month|year)")


def _later(phrase: str, anchor: EventDate | None):
    # "a year later", "two months later", "the following year": counted from the last date named,
    # at the granularity of the unit when the anchor is at least that wide
    match = _LATER.fullmatch(phrase)
    if match is None or anchor is None:
        return None
    unit = match.group(1) or match.group(2)
    count_text = phrase.split()[0]
    count = 1 if match.group(2) else int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text)
    if count is None:
        return None
    start = dt.date.fromisoformat(anchor.start)
    if unit == "year" and anchor.granularity in ("year", "month", "day", "week"):
        year = start.year + count
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if unit == "month" and anchor.granularity in ("month", "day", "week"):
        month_index = start.year * 12 + start.month - 1 + count
        first = dt.date(month_index // 12, month_index % 12 + 1, 1)
        return first, _month_end(first), "month"
    if unit in UNIT_DAYS and anchor.granularity == "day":
        day = start + dt.timedelta(days=count * UNIT_DAYS[unit])
        return day, day, "day"
    return None


def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


#: Tried in order; the first that recognises the expression wins. Each takes ``ahead``; a
#: weekday, a day and a month read it, the others name their direction themselves
#: ("last week", "next year", "two days ago").
_RULES = (_same_day, _weekday, _week, _day_month, _month, _year, _ago)
