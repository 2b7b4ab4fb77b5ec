"""Turning a :class:`TimexMatch` into a TimeML-style value, against an anchor (publication) date.

Values: ``YYYY-MM-DD`` (day), ``YYYY-MM-DDTMO`` (part of a day: MO, MI, AF, EV, NI, DT), ``YYYY-MM-DDThh:mm``,
``YYYY-MM``, ``YYYY``, ``YYYY-Www`` (week), ``YYYY-Www-WE`` (weekend), ``YYYY-SP`` (season), ``199`` (decade),
``P3D`` (duration), ``XXXX-WXX-4`` / ``P1D`` (sets), ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``.
Kinds: date, time, range, duration, set, ref. ``tense`` ("past" | "future" | None) is the tense of the clause
the expression sits in; it decides which way an underspecified date goes ("samedi", "le 3 mars", "en mai").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .grammar import TimeVocabulary, TimexMatch

_UNIT_CODES = {"S": ("T", "S"), "MIN": ("T", "M"), "H": ("T", "H"), "D": ("", "D"), "W": ("", "W"),
               "M": ("", "M"), "Y": ("", "Y")}


@dataclass(slots=True)
class Resolved:
    value: str | None
    kind: str = "date"
    end_value: str | None = None


def day_of(value: str | None) -> date | None:
    """The calendar day of a value, when it names one (``2018-03-02``, ``2018-03-02TEV``, ``2018-03-02/...``)."""
    if value and re.match(r"\d{4}-\d\d-\d\d(?![\d])", value):
        return date.fromisoformat(value[:10])
    return None


def date_part(value: str | None) -> str | None:
    """The date of a value as used on events: YYYY-MM-DD, YYYY-MM or YYYY (a week gives the month of its
    Thursday, a season or quarter its year); None for durations, sets, references and undated values."""
    if not value:
        return None
    m = re.match(r"\d{4}-\d\d-\d\d|\d{4}-\d\d(?![\d])|\d{4}(?![\d-])", value)
    if m:
        return m.group(0)
    week = re.match(r"(\d{4})-W(\d\d)", value)
    if week:
        thursday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        return thursday.isoformat()[:7]
    other = re.match(r"(\d{4})-(?:SP|SU|FA|WI|Q\d)", value)
    return other.group(1) if other else None


class Normaliser:
    def __init__(self, vocab: TimeVocabulary):
        self.v = vocab

    def handles(self, rule: str) -> bool:
        return callable(getattr(self, "_" + rule, None)) and not rule.startswith("_")

    def resolve(self, m: TimexMatch, anchor: date | None, tense: str | None = None,
                ref: date | None = None) -> Resolved:
        """``anchor`` is the publication date; ``ref`` the last day the text talked about (for "la veille")."""
        handler = getattr(self, "_" + m.rule)
        p = {k: (v.lower().replace("’", "'") if isinstance(v, str) else v) for k, v in m.parts.items()}
        return handler(p, anchor, tense, ref)

    # -- helpers ---------------------------------------------------------------------------------------
    def _direction(self, p: dict, tense: str | None) -> str | None:
        d = p.get("dir")
        if d in self.v.past_words:
            return "past"
        if d in self.v.future_words:
            return "future"
        return tense

    def _weekday_date(self, wd: str, anchor: date, direction: str | None, explicit: bool) -> date:
        target = self.v.weekdays[wd]
        if direction == "future":
            delta = (target - anchor.weekday()) % 7
            return anchor + timedelta(days=delta or (7 if explicit else 0))
        delta = (anchor.weekday() - target) % 7
        return anchor - timedelta(days=delta or (7 if explicit else 0))

    def _closest_year(self, month: int, day: int | None, anchor: date, tense: str | None) -> int:
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                d = date(y, month, day or 15)
            except ValueError:
                continue
            if day is None and y == anchor.year and month == anchor.month:
                return y
            dist = abs((d - anchor).days)
            if tense == "past" and d > anchor + timedelta(days=1 if day else 0):
                dist += 60 if day else 400
            if tense == "future" and d < anchor - timedelta(days=0 if day else 31):
                dist += 60 if day else 400
            if best is None or dist < best[0]:
                best = (dist, y)
        return best[1] if best else anchor.year

    def _ymd(self, p: dict, anchor: date | None, tense: str | None, d_key="d", m_key="m", y_key="y") -> str | None:
        day = self.v.number(p.get(d_key)) if d_key else None
        month = self.v.month(p[m_key])
        if p.get(y_key):
            year = self._expand_year(p[y_key], anchor)
        elif anchor is not None:
            year = self._closest_year(month, int(day) if day else None, anchor, tense)
        else:
            return None
        if day is None:
            return f"{year:04d}-{month:02d}"
        try:
            return date(year, month, int(day)).isoformat()
        except ValueError:
            return None

    @staticmethod
    def _expand_year(text: str, anchor: date | None) -> int:
        """'2018' -> 2018; "'98" / "98" -> 1998, "05" -> 2005 (the century that keeps it near the anchor)."""
        digits = text.lstrip("'’")
        if len(digits) == 4:
            return int(digits)
        now = anchor.year if anchor else 2000
        year = now // 100 * 100 + int(digits)
        return year - 100 if year > now + 10 else year

    def _part_code(self, p: dict) -> str | None:
        for key in ("part", "part2", "prepart"):
            if p.get(key):
                return self.v.parts_of_day.get(re.sub(r"\s+", " ", p[key]))
        return None

    def _with_part(self, day: str | None, p: dict) -> Resolved:
        code = self._part_code(p)
        if day and code:
            return Resolved(f"{day}T{code}", "time")
        return Resolved(day, "date")

    # -- rules -----------------------------------------------------------------------------------------
    def _date(self, p, anchor, tense, ref) -> Resolved:
        return self._with_part(self._ymd(p, anchor, self._direction(p, tense)), p)

    def _range_days(self, p, anchor, tense, ref) -> Resolved:
        end = self._ymd(p, anchor, tense)
        if end is None:
            return Resolved(None, "range")
        m1 = p.get("m1") or p["m"]
        y1 = p.get("y1") or p.get("y") or end[:4]
        start = self._ymd({"d": p["d1"], "m": m1, "y": y1}, anchor, tense)
        return Resolved(start, "range", end)

    def _range_months(self, p, anchor, tense, ref) -> Resolved:
        end = self._ymd(p, anchor, tense, d_key=None)
        if end is None:
            return Resolved(None, "range")
        start = self._ymd({"m": p["m1"], "y": p.get("y1") or end[:4]}, anchor, tense, d_key=None)
        return Resolved(start, "range", end)

    def _range_years(self, p, anchor, tense, ref) -> Resolved:
        return Resolved(p["y1"], "range", p["y"])

    def _night(self, p, anchor, tense, ref) -> Resolved:
        if anchor is None:
            return Resolved(None, "time")
        d = self._weekday_date(p["wd"], anchor, tense if tense == "future" else "past", False)
        return Resolved(f"{d.isoformat()}TNI", "time")

    def _weekday(self, p, anchor, tense, ref) -> Resolved:
        if anchor is None:
            return Resolved(None)
        direction = self._direction(p, tense)
        d = self._weekday_date(p["wd"], anchor, "future" if direction == "future" else "past", bool(p.get("dir")))
        return self._with_part(d.isoformat(), p)

    _dir_weekday = _weekday

    def _relative(self, p, anchor, tense, ref) -> Resolved:
        offset = self.v.relative_days.get(re.sub(r"\s+", " ", p["rel"]))
        if isinstance(offset, str):          # "ref-1": relative to the day the text talks about
            base, offset = ref, int(offset[3:])
        else:
            base = anchor
        if base is None or offset is None:
            return Resolved(None)
        return self._with_part((base + timedelta(days=offset)).isoformat(), p)

    def _this_part(self, p, anchor, tense, ref) -> Resolved:
        if anchor is None:
            return Resolved(None, "time")
        code = self.v.this_part_of_day[re.sub(r"\s+", " ", p["this"])]
        return Resolved(f"{anchor.isoformat()}T{code}", "time")

    def _calendar(self, p, anchor, tense, ref) -> Resolved:
        if anchor is None:
            return Resolved(None)
        unit = self.v.calendar_units[p["cal"]]
        step = {"past": -1, "future": 1}.get(self._direction(p, None) or "", 0)
        if p.get("det") in self.v.unanchored_determiners and not p.get("dir") and not p.get("bound"):
            return Resolved(None)  # "la semaine" alone is not anchored
        if unit == "WE" and step == 0 and tense == "past" and anchor.weekday() < 5:
            step = -1
        if unit == "Y":
            return Resolved(str(anchor.year + step))
        if unit == "M":
            y, m = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            return Resolved(f"{y:04d}-{m + 1:02d}")
        if unit in ("W", "WE"):
            y, w, _ = (anchor + timedelta(weeks=step)).isocalendar()
            return Resolved(f"{y:04d}-W{w:02d}" + ("-WE" if unit == "WE" else ""))
        if unit == "Q":
            y, m = divmod(anchor.year * 12 + anchor.month - 1 + 3 * step, 12)
            return Resolved(f"{y:04d}-Q{m // 3 + 1}")
        return Resolved(None)

    _boundary_calendar = _calendar

    def _boundary_month(self, p, anchor, tense, ref) -> Resolved:
        return Resolved(self._ymd(p, anchor, tense, d_key=None))

    _month_year = _boundary_month
    _bare_month = _boundary_month

    def _month(self, p, anchor, tense, ref) -> Resolved:
        return Resolved(self._ymd(p, anchor, self._direction(p, tense), d_key=None))

    _month_dir = _month

    def _boundary_year(self, p, anchor, tense, ref) -> Resolved:
        return Resolved(p["y"])

    _year = _boundary_year
    _bare_year = _boundary_year

    def _season(self, p, anchor, tense, ref) -> Resolved:
        code = self.v.seasons[p["season"]]
        if p.get("y"):
            return Resolved(f"{p['y']}-{code}")
        if anchor is None:
            return Resolved(None)
        step = {"past": -1, "future": 1}.get(self._direction(p, None) or "", 0)
        return Resolved(f"{anchor.year + step}-{code}")

    def _season_year(self, p, anchor, tense, ref) -> Resolved:
        return self._season(p, anchor, tense, ref)

    def _decade(self, p, anchor, tense, ref) -> Resolved:
        d = p["decade"]
        if len(d) == 2:
            d = ("19" if int(d) >= 20 else "20") + d
        return Resolved(d[:3] + "X")

    def _century(self, p, anchor, tense, ref) -> Resolved:
        values = {"I": 1, "V": 5, "X": 10}
        roman = p["roman"].upper()
        n = sum(-values[c] if i + 1 < len(roman) and values[c] < values[roman[i + 1]] else values[c]
                for i, c in enumerate(roman))
        return Resolved(f"{n - 1:02d}XX")

    def _day_clock(self, p, anchor, tense, ref) -> Resolved:
        if p.get("rel"):
            day = day_of(self._relative(p, anchor, tense, ref).value)
        else:
            day = day_of(self._weekday(p, anchor, tense, ref).value)
        return self._clock(p, day, tense, None)

    _clock_day = _day_clock

    def _the_part(self, p, anchor, tense, ref) -> Resolved:
        day = ref or anchor
        if day is None:
            return Resolved(None, "time")
        return Resolved(f"{day.isoformat()}T{self.v.parts_of_day[p['part']]}", "time")

    def _amount(self, p) -> tuple[float | None, str | None]:
        n = p.get("n")
        amount = None if n in self.v.vague or n is None else self.v.number(n)
        return amount, self.v.units.get(re.sub(r"\s+", " ", p.get("unit") or ""))

    def _shift(self, anchor: date, amount: float, unit: str, sign: int) -> str | None:
        n = int(amount) * sign
        if unit in ("D",):
            return (anchor + timedelta(days=n)).isoformat()
        if unit in ("W", "2W"):
            return (anchor + timedelta(weeks=n * (2 if unit == "2W" else 1))).isoformat()
        if unit.endswith("M") and unit != "MIN":
            months = n * int(unit[:-1] or 1)
            y, m = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
            return f"{y:04d}-{m + 1:02d}"
        if unit.endswith("Y"):
            return str(anchor.year + n * int(unit[:-1] or 1))
        if unit in ("H", "MIN", "S"):
            return anchor.isoformat()
        return None

    def _ago(self, p, anchor, tense, ref, sign: int = -1) -> Resolved:
        amount, unit = self._amount(p)
        if anchor is None or unit is None:
            return Resolved(None)
        if amount is None:
            return Resolved("PAST_REF" if sign < 0 else "FUTURE_REF", "ref")
        return Resolved(self._shift(anchor, amount, unit, sign))

    def _from_now(self, p, anchor, tense, ref) -> Resolved:
        return self._ago(p, anchor, tense, ref, sign=1)

    def _duration(self, p, anchor, tense, ref) -> Resolved:
        amount, unit = self._amount(p)
        if unit is None:
            return Resolved(None, "duration")
        m = re.fullmatch(r"(\d*)(\w+)", unit)
        mult, code = int(m.group(1) or 1), m.group(2)
        if code == "MIN" or code in ("S", "H"):
            prefix, letter = "T", {"MIN": "M", "S": "S", "H": "H"}[code]
        else:
            prefix, letter = "", code
        if amount is None:
            return Resolved(f"P{prefix}X{letter}", "duration")
        total = amount * mult
        if total < 1 and letter == "Y":
            total, letter = total * 12, "M"
        text = f"{total:g}" if total != int(total) else str(int(total))
        return Resolved(f"P{prefix}{text}{letter}", "duration")

    _half = _duration

    def _bare_unit(self, p, anchor, tense, ref) -> Resolved:
        p = dict(p, n="1")
        return self._duration(p, anchor, tense, ref)

    def _clock(self, p, anchor, tense, ref) -> Resolved:
        day = ref or anchor
        if day is None:
            return Resolved(None, "time")
        hh, mm = int(p["h"]), int(p.get("min") or 0)
        if hh > 24 or mm > 59:
            return Resolved(None, "time")
        return Resolved(f"{day.isoformat()}T{hh:02d}:{mm:02d}", "time")

    def _clock_word(self, p, anchor, tense, ref) -> Resolved:
        day = ref or anchor
        if day is None:
            return Resolved(None, "time")
        return Resolved(f"{day.isoformat()}T{self.v.clock[p['clock']]}", "time")

    def _set(self, p, anchor, tense, ref) -> Resolved:
        if p.get("wd"):
            return Resolved(f"XXXX-WXX-{self.v.weekdays[p['wd']] + 1}", "set")
        amount, unit = self._amount(p)
        dur = self._duration({"n": p.get("n") or "1", "unit": p["unit"]}, anchor, tense, ref)
        return Resolved(dur.value, "set")

    def _set_adj(self, p, anchor, tense, ref) -> Resolved:
        return Resolved(self.v.set_adjectives[p["setadj"]], "set")

    def _present_ref(self, p, anchor, tense, ref) -> Resolved:
        return Resolved("PRESENT_REF", "ref")

    def _past_ref(self, p, anchor, tense, ref) -> Resolved:
        return Resolved("PAST_REF", "ref")

    def _future_ref(self, p, anchor, tense, ref) -> Resolved:
        return Resolved("FUTURE_REF", "ref")
