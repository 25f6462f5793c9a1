"""Rupiah amounts as planners type them, read exactly, and read back in words.

A budget typed in full Rupiah into a field that expected millions becomes a
million times too large without anyone noticing; an amount of ``1e308`` in
a cost table overflows 64-bit sums into negative costs. So every amount a
planner types or a file carries goes through this module:

* :func:`parse_rupiah` reads Indonesian amounts: ``"2 miliar"``,
  ``"2,5 M"``, ``"2.000.000.000"``, ``"2000 juta"``, ``"Rp 750 jt"``,
  ``"1,5 triliun"`` (thousands dots, decimal comma; ``M`` is *miliar*,
  as in Indonesian budget documents). The result is an exact ``int`` of
  whole Rupiah, computed with :class:`decimal.Decimal`, never a float.
* :func:`check_rupiah` checks a number that came from a file (JSON, CSV)
  the same way: not a number, not finite, negative or absurd is refused.
* Anything above :data:`MAX_RUPIAH` (Rp 100 triliun a year, more than
  any province's whole budget) is refused as absurd: it is a typing
  slip, not a plan.
* :func:`words_rupiah` says an amount back (``"Rp 2,5 miliar"``,
  ``"Rp 1 miliar 234 juta 567 ribu 890"``) so the planner sees what was
  read before it counts.

Errors are :class:`MoneyError` with a code and the data to word them
(``text``, ``value``, ``ceiling``); the widgets and the CLI word them.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from numbers import Integral, Real

from gis.errors import SasaranError

#: ceiling for one amount per year: Rp 100 triliun, above any province's budget
MAX_RUPIAH = 100 * 10**12
#: ceiling for a sum the allocation builds (2**53: float sums stay exact below it)
MAX_TOTAL_RUPIAH = 2**53

_SCALES = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "thousand": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "million": 10**6,
    "mn": 10**6,
    "mio": 10**6,
    "m": 10**9,
    "miliar": 10**9,
    "milyar": 10**9,
    "mlyr": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "triliun": 10**12,
    "trilyun": 10**12,
    "trillion": 10**12,
}
_NAMES = {
    "id": ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")),
    "en": ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")),
}
_SWAP = str.maketrans(".,", ",.")
_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)
_PART_RE = re.compile(
    r"(?P<num>[0-9][0-9.,]*(?:\s[0-9]{3}(?![0-9]))*(?:[eE][+-]?[0-9]+)?)\s*(?P<unit>[^\W\d_]+\.?)?"
)


class MoneyError(SasaranError):
    """An amount cannot be used.

    Codes: ``"amount_empty"``, ``"amount_unparseable"`` (``text``),
    ``"amount_negative"`` (``text``, ``value``), ``"amount_absurd"``
    (``text``, ``value``, ``ceiling``).
    """


def parse_rupiah(
    text: str, *, ceiling: int = MAX_RUPIAH, allow_zero: bool = True, decimal: str = ","
) -> int:
    """Whole Rupiah from an amount as typed (see the module docstring).

    Parameters
    ----------
    text
        ``"Rp 2,5 miliar"``, ``"2.000.000.000"``, ``"2000 juta"``...
    ceiling
        Largest amount accepted (default :data:`MAX_RUPIAH`).
    allow_zero
        False refuses ``0`` as unparseable (a budget of nothing).
    decimal
        The decimal separator: ``","`` (Indonesian, the default) or ``"."``
        (English: ``"2.5 billion"``, ``"2,500"`` is two thousand five hundred).

    Raises
    ------
    MoneyError
        ``amount_empty``, ``amount_unparseable``, ``amount_negative``,
        ``amount_absurd``.
    """
    raw = "" if text is None else str(text)
    s = raw.strip().replace("\u2212", "-").replace("\u00a0", " ")
    if not s:
        raise MoneyError("empty amount", code="amount_empty", text=raw)
    negative = False
    if s.startswith("-"):
        negative, s = True, s[1:].strip()
    s = re.sub(r"^rp\.?\s*", "", s, flags=re.IGNORECASE)
    if s.startswith("-"):
        negative, s = True, s[1:].strip()
    s = re.sub(r"\s*rupiah$", "", s, flags=re.IGNORECASE)
    s = re.sub(r",-+$", "", s)  # "Rp 2.000.000,-" as on a receipt
    if decimal == ".":
        s = s.translate(_SWAP)  # English separators read as their Indonesian twins
    number = _amount(s)
    if number is None:
        raise MoneyError(f"cannot read {raw!r}", code="amount_unparseable", text=raw)
    # "1e999999999" is too large before any arithmetic: do none on it
    exact = number if number.adjusted() < 40 else Decimal(10) ** 60
    if exact > ceiling:
        # never build the int of "1e999999999": the Decimal says it is too large
        big = int(exact) if exact.adjusted() < 40 else None
        if negative:
            raise MoneyError("negative amount", code="amount_negative", text=raw, value=big)
        raise MoneyError(
            "absurd amount", code="amount_absurd", text=raw, value=big, ceiling=ceiling
        )
    value = int(exact.to_integral_value(rounding=ROUND_HALF_UP))
    if negative and value:
        raise MoneyError("negative amount", code="amount_negative", text=raw, value=-value)
    if value == 0 and not allow_zero:
        raise MoneyError("zero amount", code="amount_unparseable", text=raw)
    if value > ceiling:
        raise MoneyError(
            "absurd amount", code="amount_absurd", text=raw, value=value, ceiling=ceiling
        )
    return value


def _amount(text: str) -> Decimal | None:
    """``"2,5 miliar"`` or the spoken form ``"1 miliar 234 juta 567 ribu 890"`` as a Decimal.

    Parts after the first must have smaller units than the one before and
    stay below it ("1 miliar 234 juta", not "1 juta 2 miliar").
    """
    pos, total, last_scale, parts = 0, Decimal(0), None, 0
    for m in _PART_RE.finditer(text):
        if text[pos : m.start()].strip():
            return None
        pos = m.end()
        unit = (m.group("unit") or "").rstrip(".").lower()
        if unit and unit not in _SCALES:
            return None
        scale = _SCALES[unit] if unit else 1
        number = _number(m.group("num"))
        if number is None:
            return None
        if last_scale is not None and (scale >= last_scale or number * scale >= last_scale):
            return None
        if number.adjusted() >= 40:
            return number  # absurd already; no arithmetic on it
        total += number * scale
        last_scale, parts = scale, parts + 1
    if parts == 0 or text[pos:].strip():
        return None
    return total


def _number(text: str) -> Decimal | None:
    """The number part with Indonesian separators (dots for thousands, comma for decimals)."""
    t = re.sub(r"\s+", "", text)
    exp = ""
    e = re.search(r"[eE][+-]?[0-9]+$", t)
    if e:
        t, exp = t[: e.start()], e.group()
    dots, commas = t.count("."), t.count(",")
    if dots and commas:
        # the separator that comes last marks the decimals: 2.500,75 or 2,500.75
        dec_sep = "," if t.rfind(",") > t.rfind(".") else "."
        grp_sep = "." if dec_sep == "," else ","
        if t.count(dec_sep) > 1:
            return None
        whole, frac = t.split(dec_sep)
        if not _grouped(whole, grp_sep):
            return None
        t = whole.replace(grp_sep, "") + "." + frac
    elif dots > 1 or commas > 1:
        sep = "." if dots else ","
        if not _grouped(t, sep):
            return None
        t = t.replace(sep, "")
    elif dots == 1:
        # "2.000" is two thousand (Indonesian); "1.5" can only be a decimal point
        whole, frac = t.split(".")
        t = whole + frac if len(frac) == 3 and whole else whole + "." + frac
    elif commas == 1:
        t = t.replace(",", ".")  # Indonesian decimal comma: "2,5"
    if not re.fullmatch(r"[0-9]*\.?[0-9]*", t) or not re.search(r"[0-9]", t):
        return None
    try:
        d = Decimal(t + exp)
    except (InvalidOperation, ArithmeticError):
        return None
    return d if d.is_finite() else None


def _grouped(text: str, sep: str) -> bool:
    parts = text.split(sep)
    return bool(parts[0]) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def check_rupiah(value, *, ceiling: int = MAX_RUPIAH) -> int:
    """An amount from a file (JSON number, CSV cell) as whole Rupiah, or a :class:`MoneyError`.

    Accepts ints, finite floats and text (through :func:`parse_rupiah`);
    refuses booleans, NaN, infinities (``1e309`` in JSON reads as
    infinity: absurd), negative and absurd values.
    """
    if isinstance(value, str):
        return parse_rupiah(value, ceiling=ceiling)
    if isinstance(value, bool) or not isinstance(value, (Real, Decimal)):
        raise MoneyError("not a number", code="amount_unparseable", text=repr(value))
    if isinstance(value, float) and math.isnan(value):
        raise MoneyError("not a number", code="amount_unparseable", text=repr(value))
    if isinstance(value, float) and math.isinf(value):
        if value < 0:
            raise MoneyError("negative", code="amount_negative", text=repr(value), value=value)
        raise MoneyError(
            "absurd amount", code="amount_absurd", text=repr(value), value=value, ceiling=ceiling
        )
    exact = value if isinstance(value, Integral) else Decimal(value)
    rupiah = int(Decimal(exact).to_integral_value(rounding=ROUND_HALF_UP))
    if rupiah < 0:
        raise MoneyError("negative", code="amount_negative", text=repr(value), value=rupiah)
    if rupiah > ceiling:
        raise MoneyError(
            "absurd amount", code="amount_absurd", text=repr(value), value=rupiah, ceiling=ceiling
        )
    return rupiah


def words_rupiah(value: int, lang: str = "id") -> str:
    """An amount said back as a budget meeting says it, exactly.

    ``2_000_000_000`` -> ``"Rp 2 miliar"``; ``2_500_000_000`` ->
    ``"Rp 2,5 miliar"``; ``1_234_567_890`` -> ``"Rp 1 miliar 234 juta
    567 ribu 890"``; below a million the digits: ``"Rp 750.000"``.
    ``lang="en"`` uses English scale words and separators.
    """
    names = _NAMES.get(lang, _NAMES["id"])
    grp, dec = _SEPARATORS.get(lang, _SEPARATORS["id"])
    v = int(value)
    sign = "-" if v < 0 else ""
    v = abs(v)
    if v < 10**6:
        return f"{sign}Rp {_group(v, grp)}"
    for scale, name in names:
        if v >= scale:
            whole, rest = divmod(v, scale)
            if rest == 0:
                return f"{sign}Rp {_group(whole, grp)} {name}"
            # up to three decimals when they say it exactly: "2,5 miliar", "1,25 triliun"
            frac = Decimal(rest) / Decimal(scale)
            if (frac * 1000) == (frac * 1000).to_integral_value():
                digits = f"{int(frac * 1000):03d}".rstrip("0")
                return f"{sign}Rp {_group(whole, grp)}{dec}{digits} {name}"
            break
    parts = []
    for scale, name in names:
        if v >= scale:
            q, v = divmod(v, scale)
            if q:
                parts.append(f"{_group(q, grp)} {name}")
    if v:
        parts.append(str(v))
    return f"{sign}Rp " + " ".join(parts)


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)
