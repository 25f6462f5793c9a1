"""One cell sanitiser for every spreadsheet Sasaran writes (XLSX and CSV).

Scenario, zone, program and village names are typed by people or come from
other people's files. Two things in such a name can hurt the finance office
that opens the export: a control character (openpyxl refuses it, and the
export crashed), and a first character that a spreadsheet reads as the start
of a formula (``=``, ``+``, ``-``, ``@``, and a leading tab or carriage
return): ``=HYPERLINK(...)`` as a zone name became a live formula (formula
injection). Text is therefore always written as text: in XLSX as a string
cell with Excel's quote prefix (the cell shows exactly the name), in CSV with
a leading apostrophe, the convention spreadsheets understand. Numbers stay
numbers, negative ones included; a text that is just a number (``"-5"``,
``"-1,5"``) cannot run anything and is left as it is.
"""

from __future__ import annotations

import re

#: characters XLSX cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE), and DEL
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: first characters a spreadsheet reads as a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)*(?:[eE][+-]?[0-9]+)?%?")


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and line breaks are kept)."""
    return _CONTROL.sub("", text)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula, not as a name.

    A lone ``-`` (the "no value" mark of the tables) is left alone.
    """
    return len(text) > 1 and text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text)


def csv_cell(value):
    """A value safe for a CSV cell: text cleaned and, if formula-like, quoted with ``'``.

    A lone carriage return becomes a line break: written with ``\n`` line
    ends, the csv module would leave it unquoted and split the row.
    """
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    quote = is_formula_like(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if quote else text


def xlsx_cell(ws, row: int, column: int, value):
    """Write ``value`` to ``ws`` at (row, column) so that text stays text; returns the cell.

    Control characters are removed; formula-like text is stored as a string
    cell with the quote prefix, so Excel shows the name and never evaluates it.
    """
    text = isinstance(value, str)
    if text:
        value = clean_text(value)
    cell = ws.cell(row=row, column=column, value=value)
    if text and is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell
