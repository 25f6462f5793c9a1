"""Code tables (PPKS, PSKS, programs) read from resources/, not hard-coded.

Laws and code lists change; the tables live as CSV files that an office can
edit, and this module only reads them. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("resources").joinpath("codes", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


def slug(text: str) -> str:
    """Lower-case ``text`` and keep letters and digits only (for matching names)."""
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


@dataclass(frozen=True)
class Ppks:
    code: int
    name: str
    group: str
    specific: bool  # specific (sensitive) personal data under UU 27/2022


@dataclass(frozen=True)
class PsksType:
    code: int
    name: str
    form: str  # "orang" or "lembaga"
    is_psks: bool  # False for program facilitators and civil-servant mentors


@dataclass(frozen=True)
class ReceivedProgram:
    key: str
    name: str
    synonyms: tuple[str, ...]


@cache
def ppks_types() -> tuple[Ppks, ...]:
    """The 26 PPKS types of Permensos 8/2012, in code order."""
    return tuple(
        Ppks(int(r["kode"]), r["nama"], r["kelompok"], r["spesifik"] == "1")
        for r in _rows("ppks.csv")
    )


@cache
def ppks_groups() -> dict[str, str]:
    """Group key -> display name, in the order the filter panel shows them."""
    return {r["kelompok"]: r["nama"] for r in _rows("ppks_kelompok.csv")}


@cache
def ppks_legacy_map() -> dict[str, int | None]:
    """Slug of a pre-2012 PMKS name -> PPKS code, None where there is no counterpart."""
    out: dict[str, int | None] = {}
    for r in _rows("ppks_lama.csv"):
        out[slug(r["nama_lama"])] = int(r["kode"]) if r["kode"].strip() else None
    return out


@cache
def ppks_by_name() -> dict[str, int]:
    """Slug of a current or legacy PPKS name -> code (legacy entries without a code omitted)."""
    out = {slug(p.name): p.code for p in ppks_types()}
    for key, code in ppks_legacy_map().items():
        if code is not None:
            out.setdefault(key, code)
    return out


@cache
def psks_types() -> tuple[PsksType, ...]:
    """The 12 PSKS types plus program facilitators (13) and civil-servant mentors (14)."""
    return tuple(
        PsksType(int(r["kode"]), r["nama"], r["bentuk"], r["psks"] == "1")
        for r in _rows("psks.csv")
    )


@cache
def received_programs() -> tuple[ReceivedProgram, ...]:
    """Built-in programs whose receipt a register records; order = bit position."""
    return tuple(
        ReceivedProgram(r["kunci"], r["nama"], tuple(s for s in r["sinonim"].split("|") if s))
        for r in _rows("program_penerima.csv")
    )


@cache
def province_names() -> dict[str, str]:
    """Kemendagri province code (2 digits) -> name, from ``resources/codes/provinsi.csv``."""
    text = resources.files("resources").joinpath("codes", "provinsi.csv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {r["kode"]: r["nama"] for r in csv.DictReader(lines)}
