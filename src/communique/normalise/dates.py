"""Dates: turn the words of a communiqué that give a date into ISO dates.

The rules are the contract's: a bare weekday ("mardi", "Tuesday") is the most recent
such day on or before the publication date, or the next one on or after it when the
sentence announces a future encounter; "hier" is the day before, "aujourd'hui" the day
itself; "jeudi dernier" the most recent Thursday strictly before; "lundi prochain" the
next Monday strictly after; "le 5 mars" takes the year that puts it closest to the
publication date. Whatever cannot be resolved is ``None``: a date is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from communique import regexes
from communique.text import ascii_digits, branched, caseless, strip_accents, tidy

MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

#: Words that name a day relative to the publication date, and the offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "avant hier": -2, "day before yesterday": -2, "hier": -1, "yesterday": -1,
    "aujourd'hui": 0, "aujourd hui": 0, "ce jour": 0, "ce matin": 0, "ce soir": 0,
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "apres demain": 2, "day after tomorrow": 2, "demain": 1, "tomorrow": 1,
}  # fmt: skip

_BEFORE = {"dernier", "derniere", "passe", "last", "past"}
_AFTER = {"prochain", "prochaine", "next", "coming", "suivant"}
_RANGE_LINK = {"au", "a", "et", "to", "and", "through", "until", "till", "jusqu'au", "-"}

#: A stay told by its length from its first day: « à partir d'hier et pour une durée de
#: trois jours », "from Monday for three days" (the last day is the first plus the length).
_DURATION = regexes.compile(r"\b(deux|trois|quatre|cinq|two|three|four|five) (?:jours|days)\b")
_LENGTHS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "two": 2, "three": 3, "four": 4, "five": 5}
_FILLER = {"le", "les", "du", "from", "between", "entre", "on", "the", "of"}
_TOKEN = regexes.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d+|[a-z]+(?:'[a-z]+)?|-")
_ORDINAL = regexes.compile(r"\b(\d{1,2})(?:er|ere|eme|e|st|nd|rd|th)\b")


@dataclass(frozen=True)
class _DayMonth:
    day: int
    month: int | None
    year: int | None


#: The words that name the publication's month after a day: « le 12 courant », « le 10 du mois en cours », and the
#: English of the same, as West African and South Asian papers write it: "on the 3rd instant", "on 3rd inst.".
_THIS_MONTH_WORDS = r"(?:courant|du mois (?:en )?cours|de ce mois|du mois courant|instant|inst\b\.?)"
#: The month of the publication date, named by the text's day alone (normalised: "3 instant").
_THIS_MONTH = regexes.compile(rf"\b(\d{{1,2}}) {_THIS_MONTH_WORDS}")
#: A day of the month named alone, as Korean wires date the news: "On the 9th, the commissioner
#: held talks", "… at the ministry's headquarters on the 16th to discuss" (normalised: "on the 9").
_DAY_ALONE = regexes.compile(r"(?:on )?the (\d{1,2})")
_MONTH_NAMES = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                "novembre", "decembre")  # fmt: skip


#: A day written before "of" its month ("the 3rd of March", its ordinal already off).
_DAY_OF = regexes.compile(r"\b(\d{1,2}) of ")
#: What is not a letter or an apostrophe (a relative day is read from its words alone).
_NOT_A_LETTER = regexes.compile(r"[^a-z']+")
#: A date in figures: ISO, or day, month and year with slashes or dots.
_NUMERIC = regexes.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


def _day_before_its_month(day_of: re.Match[str]) -> str:
    """The day of a :data:`_DAY_OF` without its "of" (as the template ``r"\\1 "`` would
    give it, without the template's reading at every call: see :data:`communique.regexes.FIRST_GROUP`)."""
    return f"{day_of.group(1)} "


def _normalise(text: str) -> str:
    plain = strip_accents(tidy(text)).casefold()
    plain = _ORDINAL.sub(regexes.FIRST_GROUP, plain)
    plain = _DAY_OF.sub(_day_before_its_month, plain)  # "the 3rd of March"
    return plain.replace("jusqu'au", " au ").replace("’", "'").replace("–", "-").replace("—", "-")


def _relative(plain: str) -> int | None:
    squashed = " ".join(_NOT_A_LETTER.sub(" ", plain.replace("-", " ")).split())
    for words, pattern in _RELATIVE_SEARCHES:
        if words in squashed and pattern.search(squashed):
            return RELATIVE_DAYS[words]
    return None


def says_today(date_text: str | None) -> bool:
    """Whether a date phrase names the day of writing and nothing more ("today", "this morning", « aujourd'hui »,
    not "today, 3 April 2025"): the day a text's own dated line gives, when it has one."""
    if not date_text or any(map(str.isdecimal, date_text)):
        return False
    return _relative(_normalise(date_text)) == 0


#: The words of :data:`RELATIVE_DAYS`, longest first (the first found is the day), each with its
#: pattern as a word: compiled once, and searched only in a text that holds the words.
_RELATIVE_SEARCHES = tuple(
    (words, regexes.compile(rf"(?<![a-z']){re.escape(words)}(?![a-z'])"))
    for words in sorted(RELATIVE_DAYS, key=len, reverse=True)
)


def _numeric(token: str) -> _DayMonth:
    """ISO "2026-01-27" or day-first "27/01/2026"; month-first only when unambiguous."""
    if "-" in token and len(token) == 10:
        year, month, day = (int(part) for part in token.split("-"))
        return _DayMonth(day, month, year)
    first, second, year_text = re.split(r"[/.]", token)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    day, month = int(first), int(second)
    if day <= 12 < month:
        day, month = month, day
    return _DayMonth(day, month, year)


def _explicit(tokens: list[str]) -> list[_DayMonth]:
    """Day-month mentions in order, with ranges such as "du 3 au 5 mars" sharing the
    month of their last member and a trailing year applied to the mentions before it."""
    found: list[_DayMonth] = []
    pending: list[int] = []  # day numbers waiting for a month ("du 3 au 5 mars")
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _NUMERIC.fullmatch(token):
            found.append(_numeric(token))
        elif token.isdigit() and len(token) == 4:
            year = int(token)
            found = [d if d.year is not None else _DayMonth(d.day, d.month, year) for d in found]
        elif token.isdigit() and 1 <= int(token) <= 31:
            if nxt in MONTHS:
                month = MONTHS[nxt]
                found.extend(_DayMonth(day, month, None) for day in pending)
                pending = []
                found.append(_DayMonth(int(token), month, None))
                i += 1
            elif nxt in _RANGE_LINK or (nxt.isdigit() and len(nxt) <= 2):  # "les 14, 15 et 16 octobre"
                pending.append(int(token))
        elif token in MONTHS and nxt.isdigit() and 1 <= int(nxt) <= 31 and len(nxt) <= 2:
            # English order: "March 5", "March 3-5", "March 3 and 4"
            month = MONTHS[token]
            found.append(_DayMonth(int(nxt), month, None))
            i += 1
            while i + 2 < len(tokens) and tokens[i + 1] in _RANGE_LINK and tokens[i + 2].isdigit():
                if len(tokens[i + 2]) == 4 or int(tokens[i + 2]) > 31:
                    break
                found.append(_DayMonth(int(tokens[i + 2]), month, None))
                i += 2
        elif token not in _RANGE_LINK and token not in WEEKDAYS and token not in _FILLER:
            pending = []
        i += 1
    return [d for d in found if d.month is not None]


def _with_year(mention: _DayMonth, published: dt.date | None) -> dt.date | None:
    try:
        if mention.year is not None:
            return dt.date(mention.year, mention.month or 0, mention.day)
        if published is None:
            return None
        candidates = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                candidates.append(dt.date(year, mention.month or 0, mention.day))
            except ValueError:
                continue
        return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None
    except ValueError:
        return None


#: How far after the publication date the day and month of an encounter held may lie and still be
#: that year's (a date told closer to the publication in the year before).
_HELD_AHEAD_DAYS = 92


def _held_ahead(
    dates: list[dt.date | None], mentions: list[_DayMonth], published: dt.date | None, future: bool
) -> bool:
    """Whether the first day, written without its year, of an encounter held (not announced) falls
    months after the publication date."""
    first = dates[0]
    return (
        not future
        and published is not None
        and first is not None
        and mentions[0].year is None
        and (first - published).days > _HELD_AHEAD_DAYS
    )


def _weekday(target: int, published: dt.date, *, before: bool, after: bool, future: bool) -> dt.date:
    if after or (future and not before):
        delta = (target - published.weekday()) % 7
        if after and delta == 0:
            delta = 7
        return published + dt.timedelta(days=delta)
    delta = (published.weekday() - target) % 7
    if before and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def resolve(
    date_text: str | None, published: dt.date | None, *, future: bool = False, year: int | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """Resolve the words that give a date into ``(date, end_date)``.

    ``future`` says the sentence announces an encounter to come, which turns a bare
    weekday forward. ``end_date`` is set only for a span of several days. ``year`` is the
    year of a day and month written without one when no publication date gives it (the
    year the text's other dates are of).

    >>> resolve("mardi", dt.date(2026, 1, 27))
    (datetime.date(2026, 1, 27), None)
    >>> resolve("du 3 au 5 mars", dt.date(2026, 3, 6))
    (datetime.date(2026, 3, 3), datetime.date(2026, 3, 5))
    """
    if not date_text or not date_text.strip():
        return None, None
    plain = _normalise(date_text)
    if published is not None:
        plain = _THIS_MONTH.sub(lambda m: f"{m[1]} {_MONTH_NAMES[published.month - 1]}", plain)
    alone = _DAY_ALONE.fullmatch(plain)
    if alone is not None:
        return (_day_of_month(int(alone[1]), published, future=future) if published else None), None
    tokens = _TOKEN.findall(plain)
    mentions = _explicit(tokens)
    if mentions:
        # (a year given, not written: the weekday the text names must fall on that year's day)
        assumed = published is None and year is not None and mentions[0].year is None
        if published is None and year is not None:
            mentions = [m if m.year is not None else replace(m, year=year) for m in mentions]
        dates = [_with_year(m, published) for m in mentions]
        if any(d is None for d in dates):
            return None, None
        if _held_ahead(dates, mentions, published, future):
            # (a day and month of an encounter held, months after the publication: last year's — « Le 14
            # novembre, … se sont réunis » in a report published in May)
            dates = [
                _with_year(replace(m, year=d.year - 1), None) if m.year is None and d else d
                for m, d in zip(mentions, dates, strict=True)
            ]
            if any(d is None for d in dates):
                return None, None
        start, end = dates[0], dates[-1]
        assert start is not None and end is not None
        # (« Mardi 21 février » under a header of February 2018, a Wednesday: not that year's)
        weekdays = [WEEKDAYS[t] for t in tokens if t in WEEKDAYS]
        if assumed and weekdays[:1] not in ([], [start.weekday()]):
            return None, None
        if end < start and mentions[-1].year is None:
            end = _with_year(_DayMonth(mentions[-1].day, mentions[-1].month, start.year + 1), None)
        if end is None or end <= start or (end - start).days > 62:
            return start, None
        return start, end

    if published is None:
        return None, None

    duration = _DURATION.search(plain)
    length = _LENGTHS[duration[1]] if duration else 1
    offset = _relative(plain.replace("d'hier", "d' hier"))  # « à partir d'hier »
    if offset is not None:
        first = published + dt.timedelta(days=offset)
        return first, (first + dt.timedelta(days=length - 1)) if length > 1 else None

    days = [WEEKDAYS[t] for t in tokens if t in WEEKDAYS]
    if not days:
        return None, None
    before = any(t in _BEFORE for t in tokens)
    after = any(t in _AFTER for t in tokens)
    start = _weekday(days[0], published, before=before, after=after, future=future)
    if len(days) == 1:
        return start, (start + dt.timedelta(days=length - 1)) if length > 1 else None
    span = (days[-1] - days[0]) % 7
    return start, (start + dt.timedelta(days=span)) if span else None


def _day_of_month(day: int, published: dt.date, *, future: bool) -> dt.date | None:
    """The ``day`` of a month named alone: in the publication month or the one before, the most
    recent on or before the publication date (the next on or after it for an encounter to come);
    ``None`` for a day that month does not have."""
    month_start = published.replace(day=1)
    if future and day < published.day:
        month_start = (month_start + dt.timedelta(days=31)).replace(day=1)
    elif not future and day > published.day:
        month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


#: The agency a dateline names in brackets after its day: its acronym ("Kinshasa, 09 juin 2023 (ACP).-") or a name of
#: a few words (« NOUMÉA, dimanche 22 février 2015 (Flash d'Océanie) – »).
DATELINE_AGENCY = r"[A-Za-z]{2,8}|[A-ZÀ-Ý][\w'’]+(?: [\w'’]+){1,2}"

_DATELINE_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE = regexes.compile(
    rf"(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{_DATELINE_MONTH})\.?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<month2>{_DATELINE_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})|(?P<ymd>\d{4}(?P<ysep>[ ./])\d{2}(?P=ysep)\d{2})(?!\d)"
    r"|(?P<num>\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4})(?!\d)"
)


def parse_absolute(text: str) -> dt.date | None:
    """The first complete date with its year in ``text`` ("27 janvier 2026",
    "Jan. 27, 2026", "27 January, 2026", "2026-01-27", "2026 01 27", "27/01/2026",
    "27.01.2026", "27-01-2026"), or ``None``."""
    match = _DATELINE.search(ascii_digits(_normalise(text)))
    if match is None:
        return None
    try:
        if match["iso"]:
            return dt.date.fromisoformat(match["iso"])
        if match["ymd"]:
            year, month, day = (int(p) for p in match["ymd"].split(match["ysep"]))
            return dt.date(year, month, day)
        if match["num"]:
            day, month, year = (int(p) for p in match["num"].split(match["sep"]))
            return dt.date(year, month, day)
        if match["day"]:
            return dt.date(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
        return dt.date(int(match["year2"]), MONTHS[match["month2"]], int(match["day2"]))
    except ValueError:
        return None


_MONTH_WORDS = (
    r"janvier|janv\.?|f[ée]vrier|f[ée]v\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[uû]t|"
    r"septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?|"
    r"January|Jan\.?|February|Feb\.?|March|Mar\.?|April|Apr\.?|May|June|Jun\.?|July|Jul\.?|"
    r"August|Aug\.?|September|Sept?\.?|October|Oct\.?|November|Nov\.?|December|Dec\.?"
)
_WEEKDAY_WORDS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_DAY = r"\d{1,2}(?:er|st|nd|rd|th)?"
#: The year after a day and month, its comma stray-spaced as typed ("February 18th , 2015").
_YEAR = r"(?:\s*,?\s+\d{4})?"
_DAY_MONTH = rf"(?:(?:ce\s+|this\s+)?(?:{_WEEKDAY_WORDS}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTH_WORDS}){_YEAR}"
_MONTH_DAY = rf"(?:(?:{_WEEKDAY_WORDS}),?\s+)?(?:{_MONTH_WORDS})\s+{_DAY}(?:\s*(?:-|–|to|and|through)\s*{_DAY})?{_YEAR}"


_RELATIVE_WORDS = (
    r"avant-hier|après-demain|aujourd'hui|hier|demain|ce jour|ce matin|"
    # (the other parts of the day of writing as well: "visited the headquarters this afternoon", "met … this evening")
    r"the day before yesterday|yesterday|today|tomorrow|this morning|this afternoon|this evening"
)
#: What a day said in the possessive dates ("yesterday's meeting", not "today's criminals").
_EVENT_NOUNS = (
    r"(?:meeting|session|talk|visit|event|ceremony|signing|conference|summit|discussion|call|encounter|"
    r"audience|launch|opening|closing|forum|workshop|gathering|exchange|briefing|council|assembly|"
    r"consultation|dialogue|round|debate|hearing|celebration|parade|inauguration)s?\b"
)
#: What every date phrase has if it has no digit: a weekday or a relative day.
_DAY_WORDS = tuple(f"{_WEEKDAY_WORDS}|{_RELATIVE_WORDS}".lower().split("|"))


@cache
def _date_phrase() -> re.Pattern[str]:
    """The date-phrase pattern, compiled on first use (it is large), its alternatives as a
    tree (:func:`communique.text.branched`)."""
    return regexes.compile(
        r"(?<![\w-])(?:"
        + "|".join(
            (
                # ranges: "du 3 au 5 mars", "du 28 février au 2 mars", "les 10 et 11 juin",
                # "from 3 to 5 March", "between 3 and 5 March", "3-5 March"
                rf"(?:du|from|between|entre le)\s+(?:(?:{_WEEKDAY_WORDS})\s+)?{_DAY}(?:\s+(?:{_MONTH_WORDS}){_YEAR})?"
                rf"\s+(?:au|to|and|et le|until)\s+{_DAY_MONTH}",
                # and "les 14, 15 et 16 octobre": the days of a stay listed one by one
                rf"les\s+(?:(?:{_WEEKDAY_WORDS})\s+)?{_DAY}(?:\s*,\s*{_DAY})*\s+et\s+{_DAY_MONTH}",
                rf"{_DAY}\s*(?:-|–|—)\s*{_DAY_MONTH}",
                rf"{_DAY}\s+(?:to|au)\s+{_DAY_MONTH}",
                # the month before each day: "between May 4 and May 6", "from June 30 to July 2"
                rf"(?:between|from)\s+(?:{_MONTH_WORDS})\s+{_DAY}\s+(?:and|to|until|through)\s+(?:{_MONTH_WORDS})\s+{_DAY}{_YEAR}",
                # two days each with its weekday: "mardi 3 et mercredi 4 mars", "Monday 17 and Tuesday 18 June"
                rf"(?:{_WEEKDAY_WORDS})\s+{_DAY}\s+(?:et|and)\s+{_DAY_MONTH}",
                rf"(?:du|from)\s+(?:{_WEEKDAY_WORDS})\s+(?:au|to)\s+(?:{_WEEKDAY_WORDS})",
                # a stay told from its first day to its last: « depuis lundi et jusqu'à mercredi »,
                # "from Monday until Wednesday", "since Monday and until Friday"
                rf"(?:depuis|du|from|since)\s+(?:{_WEEKDAY_WORDS})(?:,?\s+(?:et|and))?,?\s+"
                rf"(?:jusqu'(?:à|au)|jusqu’(?:à|au)|until|till)\s+(?:{_WEEKDAY_WORDS})",
                # a stay told by its length from its first day: « à partir d'hier et pour une durée
                # de trois jours », "from Monday for three days"
                rf"(?:à partir d'|à partir de|à compter d'|à compter de|depuis|from|starting)\s*"
                rf"(?:{_WEEKDAY_WORDS}|{_RELATIVE_WORDS})(?:\s+et)?,?\s+(?:pour|for)\s+(?:une durée de\s+|a period of\s+)?"
                r"(?:deux|trois|quatre|cinq|two|three|four|five)\s+(?:jours|days)",
                # ... or from its first day named alone: "met on Tuesday for two days of talks"
                rf"(?:on\s+)?(?:{_WEEKDAY_WORDS})\s+for\s+(?:two|three|four|five)\s+days",
                # a stay told by its first day and its last, each with its verb: « a démarré le 2 mars
                # et prendra fin le 6 mars », "began on 3 May and will end on 7 May"
                rf"(?:le\s+|on\s+)?{_DAY_MONTH},?\s+(?:et|and)\s+(?:(?:qui|which)\s+)?(?:prendra|prend|a pris|will|ends|ended|"
                rf"s'achèvera|s'achève|se terminera|se termine|runs|lasts)\s*(?:fin|end|close|run|last)?\s+"
                rf"(?:le\s+|on\s+|until\s+|jusqu'au\s+)?{_DAY_MONTH}",
                # a relative day and the full date it is, in apposition: « ce matin, le 7/5/2026 », « aujourd'hui,
                # le 3 avril 2025 » (the date, not the relative day, when the publication date is unknown)
                rf"(?:{_RELATIVE_WORDS}),\s+(?:le\s+|on\s+)?(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|{_DAY}\s+(?:{_MONTH_WORDS})\s+\d{{4}})",
                _MONTH_DAY,
                rf"(?:le\s+)?{_DAY_MONTH}",
                r"\d{4}-\d{2}-\d{2}",
                r"\d{1,2}/\d{1,2}/\d{4}",
                r"\d{1,2}\.\d{1,2}\.\d{4}",
                # the day of the publication month: « le 12 courant », « le 10 du mois en cours », "the 3rd instant"
                rf"(?:le\s+|(?:on\s+)?the\s+)?{_DAY}\s+{_THIS_MONTH_WORDS}",
                # the day of the month alone, its ordinal spelled: "On the 9th,", "on the 16th to discuss"
                # (not an edition: "on the 12th meeting", "the 9th of May" is a day-month above)
                r"on\s+the\s+\d{1,2}(?:st|nd|rd|th)(?=\s*[,.;:]|\s*$|\s+(?:to|at|in|with|and|for|when|as|during)\s)",
                rf"(?:(?:last|next|this|ce|cette)\s+)?(?:{_WEEKDAY_WORDS})(?:\s+(?:dernier|prochain|passé|matin|soir|après-midi))?"
                rf"(?:\s+(?:et|and)\s+(?:{_WEEKDAY_WORDS}))?",
                # (not today's world: a day said in the possessive dates only an event, "today's talks")
                rf"(?:{_RELATIVE_WORDS})(?!['’]s\s+(?!(?:[\w-]+\s+){{0,2}}{_EVENT_NOUNS}))",
            )
        )
        + r")(?![\w])",
        re.IGNORECASE,
        branched,
    )


def find_phrases(text: str) -> list[tuple[int, int, str]]:
    """The date phrases of a text, verbatim, as ``(start, end, words)``; the widest
    phrase wins where several overlap."""
    return list(_phrases(text))


@lru_cache(maxsize=1024)
def _phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`find_phrases`, remembered: the reader asks for the phrases of a sentence
    twice (its days, and its days as restated), and the stay of a text for them again."""
    if not _may_date(text):
        return ()
    return tuple((m.start(), m.end(), m.group(0).strip()) for m in _date_phrase().finditer(text))


def _may_date(text: str) -> bool:
    """Whether ``text`` has what every date phrase has: a digit, a weekday or a relative
    day ("hier", "today"). A quick test: most sentences of a communiqué have none, and
    are spared the date-phrase pattern."""
    if any(map(str.isdecimal, text)):  # what "\d" matches
        return True
    lowered = caseless(text)
    return any(word in lowered for word in _DAY_WORDS)


#: Words that open an encounter of several days, or a stay, just before the day they name:
#: "which opened on Wednesday", « entamée hier », « depuis mardi ».
_OPENS = (
    r"opened|opens|began|begun|begins|started|starts|commenced|kicked off|got under way|"
    r"entamee?s?|ouverte?s?|ouverts|debute|debutee?s?|commencee?s?|demarree?s?|demarre|depuis|a partir d'|a partir de"
)
#: Words that open a stay by the guest's arrival, or journey there: "arrived on Monday", « arrivée dimanche », "heads
#: to Nairobi on Monday", « se rend samedi à Cotonou ». Its first day is the encounter's only when the encounter is the
#: visit itself (:func:`stretch`).
_ARRIVES = r"arrived|landed|arrivee?s?|travels|heads|se rend"
#: Words that close it: "closed on Friday", « a bouclé jeudi », « jusqu'à mercredi ».
_CLOSES = (
    r"closed|closes|ended|ends|will end|concluded|concludes|wound up|wrapped up|until|till|"
    r"boucle|bouclee?s?|achevee?s?|acheves|achever|achevera|cloturee?s?|clotures|cloture|terminee?s?|termines|"
    r"terminera|prendra fin|pris fin|jusqu'a|jusqu'au"
)
#: The day phrase just after such words: up to ten words may come between, with no other
#: stop or day ("began the 26th Regional Meeting of Military Exchange at Lethem on Wednesday").
_BOUND = regexes.compile(
    rf"(?<!\w)(?:({_OPENS})|({_CLOSES})|(?P<arrival>{_ARRIVES}))(?![\w'])(?P<gap>(?: [^ .;:!?]+){{0,10}}?) ?$"
)
#: Those words anywhere, whatever the spaces between them: a text that has none has no day that
#: :data:`_BOUND` finds (most texts), and is spared the search for its date phrases.
#: (Its words as a tree, :func:`branched`: tried one after the other at every letter of a whole text,
#: they cost more than the search they spare.)
_ANY_BOUND = regexes.compile(f"{_OPENS}|{_CLOSES}|{_ARRIVES}".replace(" ", r"\s+"), 0, branched)
#: The length of a stay: "a two-day meeting", « une visite de deux jours », « après trois jours de travaux ».
_STAY = r"(two|three|four|five|deux|trois|quatre|cinq|[2-5])[ -](?:day|days|jours)"
_LENGTH = regexes.compile(rf"(?<![\w']){_STAY}(?![\w'])")


def _may_stay(plain: str) -> bool:
    """Whether a text (caseless) may tell a stay's length (:data:`_LENGTH`): each ends in " day",
    "-day", " jours" or « -jours »; most texts hold none, and are spared the pattern, which opens with
    a look behind and is tried at every character ("Tuesday" holds no " day")."""
    return " day" in plain or "-day" in plain or " jours" in plain or "-jours" in plain


_LENGTH_WORDS = {**_LENGTHS, **{str(n): n for n in range(2, 6)}}
#: A stay told as over when what the text reports was said or done: "at the end of a two-day
#: meeting", « à l'issue de deux jours de travaux », « au terme d'une visite de trois jours ».
_AT_THE_END = regexes.compile(
    r"(?<!\w)(?:at the (?:end|close|conclusion) of |a l'issue d(?:e |'|u |es )|au terme d(?:e |'|u |es ))"
    rf"(?:[^ .;:!?]+ ){{0,4}}?{_STAY}(?!\w)"
)


#: A gathering told as begun on the day the record has (caseless, unaccented text): "has started",
#: « s'est ouverte », « a débuté ».
_BEGUN = regexes.compile(
    r"(?<!\w)(?:(?:has|have) (?:officially )?(?:started|opened|begun|kicked off|commenced)|s'est (?:officiellement )?ouverte?|"
    r"(?:a|ont) (?:officiellement )?debute)(?!\w)"
)


def stretch(
    text: str, published: dt.date | None, date: dt.date | None, *, future: bool = False, visit: bool = True
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the one encounter a text reports over several days, when it
    names the day it opened or closed and how long it lasted, or both days: "the three-day
    meeting, which opened on Wednesday" (closed on Friday), « a bouclé jeudi une visite de
    deux jours » (from Wednesday), or says what it reports came at its end ("said at the end of
    a two-day meeting": ``date`` was its last day). ``None`` when the text does not say, says it twice
    otherwise, or names days that ``date`` (the day the record already has) neither opens nor closes.
    A guest's arrival opens the stay, which is the encounter only when it is the ``visit`` itself: "arrived in Amman
    on Monday for a two-day visit. On Tuesday he held talks with Y" (the talks are Tuesday's alone)."""
    if published is None:
        return None
    plain = caseless(strip_accents(text)).replace("’", "'")  # offsets as in ``text`` (a tidied one)
    lengths = {_LENGTH_WORDS[m[1]] for m in _LENGTH.finditer(plain)} if _may_stay(plain) else set()
    opened: set[dt.date] = set()
    closed: set[dt.date] = set()
    for start, _, words in find_phrases(text) if _ANY_BOUND.search(plain) else ():
        bound = _BOUND.search(" ".join(plain[max(0, start - 120) : start].split()))
        if bound is None or find_phrases(bound["gap"]):  # no such word, or another day between
            continue
        if bound["arrival"] and not visit:
            # (the stay is told by the guest's arrival: its days are not those of an encounter inside it, nor is
            # its length; "arrived on Sunday for a two-day stay … said at the end of it" dates only the talks)
            return None
        first, _ = resolve(words, published, future=future)
        if first is not None:
            (closed if bound[2] else opened).add(first)
    if len(opened) > 1 or len(closed) > 1 or len(lengths) > 1:
        return None
    first_day, last_day = next(iter(opened), None), next(iter(closed), None)
    if not (first_day or last_day) and date is not None and _AT_THE_END.search(plain):
        last_day = date  # "said at the end of a two-day meeting": the day it was said was the last
    if not (first_day or last_day) and date is not None and lengths and _BEGUN.search(plain):
        # "The 33rd meeting … has started in Nairobi. The five day conference …": its first day
        first_day = date
    if first_day and last_day and last_day < first_day:  # « doit s'achever jeudi »: a day to come
        last_day = _weekday_after(last_day, first_day)
    length = next(iter(lengths), None)
    if first_day and not last_day and length:
        last_day = first_day + dt.timedelta(days=length - 1)
    elif last_day and not first_day and length:
        first_day = last_day - dt.timedelta(days=length - 1)
    if not (first_day and last_day) or not 0 < (last_day - first_day).days <= 14:
        return None
    if date is not None and date not in (first_day, last_day):
        # (a day inside it is an encounter of its own: "arrived on Sunday for a five-day study visit … was received
        # on Monday, October 12": the reception's day, not the stay's)
        return None
    return first_day, last_day


def _weekday_after(day: dt.date, start: dt.date) -> dt.date:
    """The same weekday as ``day``, in the week from ``start`` on."""
    return start + dt.timedelta(days=(day.weekday() - start.weekday()) % 7)
