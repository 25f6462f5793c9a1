"""Program cost table: what each assistance program costs per household per year.

Amounts change every year and differ by decree, so they live in an editable
table with a valid-from year and a source per line (DOMAIN.md), never as
constants in code. The default table ships in
``resources/programs/biaya_program.csv``; a planner edits a copy, adds
regional programs, and every scenario stores the table it was computed with.

A program is one or more *cost lines* (PKH has one line per component). Each
line has a unit:

``per_household``
    one unit per household.
``per_person``
    one unit per household member.
``per_component`` / ``per_pupil``
    registers do not say how many pregnant women, pupils or elderly members a
    household has, so the number of units is **estimated** by a stated rule:
    ``expected units = per_member x household size``, where ``per_member``
    is a column of the table (the share of household members who are in that
    category). When the program has ``max_units`` (PKH: 4 components), the
    estimated units of its component lines are scaled down together so that
    their sum does not exceed it. The result is an expected cost for a
    household of that size, not the payment a given household will receive.

Households of unknown size (``members == 0``) count as ``unknown_members``
persons, a setting of the table (default 4). Costs per household are
rounded to whole Rupiah, so budget sums are exact integers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import ClassVar

import numpy as np
from psygnal import Signal

from gis.errors import SasaranError
from gis.io.atomicfile import atomic_write_text
from gis.plan.money import MAX_RUPIAH

UNITS = ("per_household", "per_person", "per_component", "per_pupil")
PERIODS = ("month", "year")
#: units whose count per household is estimated with ``per_member``
ESTIMATED_UNITS = ("per_component", "per_pupil")
PERIODS_PER_YEAR = {"month": 12, "year": 1}

CSV_COLUMNS = (
    "key",
    "component",
    "name",
    "component_name",
    "unit",
    "period",
    "amount",
    "valid_from",
    "source",
    "note",
    "per_member",
    "max_units",
    "years",
    "user_defined",
)
#: table settings written as ``#@ name=value`` lines in the CSV
_SETTINGS = {"tahun": "year", "judul": "title", "anggota_tidak_diketahui": "unknown_members"}

DEFAULT_UNKNOWN_MEMBERS = 4.0
#: household size assumed for unknown sizes, at most (a register's int16 limit is far above)
MAX_MEMBERS = 100.0
#: expected units per member, at most (a share; 10 leaves room for per-month counts)
MAX_PER_MEMBER = 10.0
_KEY_RE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")


class ProgramTableError(SasaranError):
    """The program table is malformed (``problems`` lists what and where)."""


@dataclass(frozen=True)
class CostLine:
    """One priced item of a program.

    Attributes
    ----------
    component
        Short identifier inside the program (``"anak_sd"``).
    component_name
        What the planner reads.
    unit
        One of :data:`UNITS`.
    period
        ``"month"`` or ``"year"``: the amount is paid per unit per period.
    amount
        Rupiah per unit per period.
    valid_from
        Year from which the amount applies (None if unknown).
    source, note
        Where the figure comes from; caveats.
    per_member
        For ``per_component`` / ``per_pupil`` lines: expected units per
        household member (the estimation rule). None for other units.
    years
        How many years the line runs (UMKM mentoring: 2); None = recurring.
    """

    component: str
    component_name: str
    unit: str
    period: str
    amount: int
    valid_from: int | None = None
    source: str = ""
    note: str = ""
    per_member: float | None = None
    years: int | None = None

    @property
    def annual_amount(self) -> int:
        """Rupiah per unit per year."""
        return int(self.amount) * PERIODS_PER_YEAR.get(self.period, 1)

    def to_dict(self) -> dict:
        return {
            "component": self.component,
            "component_name": self.component_name,
            "unit": self.unit,
            "period": self.period,
            "amount": int(self.amount),
            "valid_from": self.valid_from,
            "source": self.source,
            "note": self.note,
            "per_member": self.per_member,
            "years": self.years,
        }

    @classmethod
    def from_dict(cls, data: dict) -> CostLine:
        return cls(
            component=str(data["component"]),
            component_name=str(data.get("component_name", "")),
            unit=str(data["unit"]),
            period=str(data["period"]),
            amount=int(data["amount"]),
            valid_from=None if data.get("valid_from") is None else int(data["valid_from"]),
            source=str(data.get("source", "")),
            note=str(data.get("note", "")),
            per_member=None if data.get("per_member") is None else float(data["per_member"]),
            years=None if data.get("years") is None else int(data["years"]),
        )


@dataclass(frozen=True)
class Program:
    """A program and its cost lines.

    Attributes
    ----------
    key
        Upper-case key; built-in keys match the household table's
        ``program_keys`` (PKH, SEMBAKO, PIP, PBI, LISTRIK...), so "not yet
        receiving this program" can be read from the register.
    name
        Display name.
    lines
        The cost lines.
    max_units
        Cap on the estimated units of the program's ``per_component`` /
        ``per_pupil`` lines together (PKH: 4); None = no cap.
    user_defined
        True for programs a planner added (regional programs).
    """

    key: str
    name: str
    lines: tuple[CostLine, ...]
    max_units: int | None = None
    user_defined: bool = False

    def units(self, members: np.ndarray, unknown_members: float = DEFAULT_UNKNOWN_MEMBERS):
        """Units per line for households of ``members`` persons, shape (lines, n).

        Follows the estimation rule of the module docstring.
        """
        m = np.asarray(members, dtype=np.float64)
        m = np.where(m > 0, m, float(unknown_members))
        out = np.zeros((len(self.lines), len(m)), dtype=np.float64)
        estimated = np.zeros(len(self.lines), dtype=bool)
        for i, line in enumerate(self.lines):
            if line.unit == "per_household":
                out[i] = 1.0
            elif line.unit == "per_person":
                out[i] = m
            elif line.unit in ESTIMATED_UNITS:
                out[i] = (line.per_member or 0.0) * m
                estimated[i] = True
        if self.max_units and estimated.any():
            total = out[estimated].sum(axis=0)
            with np.errstate(divide="ignore", invalid="ignore"):
                scale = np.where(total > self.max_units, self.max_units / total, 1.0)
            out[estimated] *= scale
        return out

    def annual_cost(
        self, members, unknown_members: float = DEFAULT_UNKNOWN_MEMBERS, commitment: bool = False
    ) -> np.ndarray:
        """Expected cost per household per year (float Rupiah, not rounded).

        Parameters
        ----------
        members
            Household sizes (0 = unknown).
        unknown_members
            Size assumed where ``members`` is 0.
        commitment
            If True, the cost over the lines' whole duration (``years``;
            recurring lines count one year) instead of one year.
        """
        units = self.units(members, unknown_members)
        rate = np.array(
            [line.annual_amount * ((line.years or 1) if commitment else 1) for line in self.lines],
            dtype=np.float64,
        )
        return rate @ units if len(self.lines) else np.zeros(units.shape[1])

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "max_units": self.max_units,
            "user_defined": self.user_defined,
            "lines": [line.to_dict() for line in self.lines],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Program:
        return cls(
            key=str(data["key"]),
            name=str(data.get("name", data["key"])),
            lines=tuple(CostLine.from_dict(x) for x in data.get("lines", ())),
            max_units=None if data.get("max_units") is None else int(data["max_units"]),
            user_defined=bool(data.get("user_defined", False)),
        )


@dataclass(frozen=True)
class ProgramProblem:
    """One thing wrong with the table: a code, the program and line, a detail."""

    code: str
    key: str = ""
    component: str = ""
    detail: str = ""


@dataclass(eq=False)
class ProgramTable:
    """The editable program cost table.

    Edits go through methods (``add``, ``replace``, ``remove``,
    ``set_amount``...), which emit :attr:`changed`; panels listen to it
    instead of polling. Programs keep their order (the order of the CSV).

    Attributes
    ----------
    programs
        The programs, in display order.
    year
        Budget year the table is meant for (None if not stated).
    title
        Name of the table (shown in exports).
    unknown_members
        Household size assumed where the register has none.
    """

    programs: list[Program] = field(default_factory=list)
    year: int | None = None
    title: str = ""
    unknown_members: float = DEFAULT_UNKNOWN_MEMBERS

    #: emitted after every edit through a method
    changed: ClassVar[Signal] = Signal()

    def __post_init__(self):
        self.programs = list(self.programs)
        self.unknown_members = float(self.unknown_members)

    # --- reading -----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.programs)

    def __iter__(self) -> Iterator[Program]:
        return iter(self.programs)

    def __contains__(self, key: str) -> bool:
        return any(p.key == key for p in self.programs)

    def __eq__(self, other) -> bool:
        return isinstance(other, ProgramTable) and self.to_dict() == other.to_dict()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.programs)

    def get(self, key: str) -> Program:
        """The program with ``key``; ``ProgramTableError(code="unknown_program")`` if none."""
        for p in self.programs:
            if p.key == key:
                return p
        raise ProgramTableError(f"unknown program {key!r}", code="unknown_program", key=key)

    def annual_cost(self, key: str, members) -> np.ndarray:
        """Expected cost per household per year of program ``key`` (float Rupiah)."""
        return self.get(key).annual_cost(members, self.unknown_members)

    def cost_lut(self, key: str, max_members: int, commitment: bool = False) -> np.ndarray:
        """Whole-Rupiah cost per household size 0..``max_members`` (int64 lookup table).

        Index the result with the ``members`` column to cost every household
        at once; index 0 is the cost of a household of unknown size.
        """
        sizes = np.arange(max(int(max_members), 0) + 1)
        with np.errstate(over="ignore", invalid="ignore"):  # checked just below
            cost = self.get(key).annual_cost(sizes, self.unknown_members, commitment=commitment)
        # the float costs must be checked before the cast: int64 of 1e308 is garbage
        top = float(np.max(cost)) if len(cost) else 0.0
        if not np.isfinite(cost).all() or top > MAX_RUPIAH or float(np.min(cost)) < 0:
            raise ProgramTableError(
                f"cost per household of {key!r} out of range",
                code="absurd_cost",
                key=key,
                value=top,
                ceiling=MAX_RUPIAH,
            )
        return np.rint(cost).astype(np.int64)

    def sources(self) -> list[dict]:
        """One row per cost line: program, component, amount, year, source (for exports)."""
        rows = []
        for p in self.programs:
            for line in p.lines:
                rows.append(
                    {
                        "key": p.key,
                        "name": p.name,
                        "component": line.component_name or line.component,
                        "unit": line.unit,
                        "period": line.period,
                        "amount": line.amount,
                        "valid_from": line.valid_from,
                        "source": line.source,
                        "note": line.note,
                        "per_member": line.per_member,
                        "max_units": p.max_units,
                        "years": line.years,
                        "user_defined": p.user_defined,
                    }
                )
        return rows

    # --- editing -----------------------------------------------------------------

    def add(self, program: Program) -> None:
        """Add a (user-defined) program; its key must be new."""
        if program.key in self:
            raise ProgramTableError(
                f"program {program.key!r} exists", code="duplicate_program", key=program.key
            )
        self.programs = [*self.programs, program]
        self.changed.emit()

    def replace(self, program: Program) -> None:
        """Put ``program`` in place of the program with the same key."""
        self.get(program.key)
        self.programs = [program if p.key == program.key else p for p in self.programs]
        self.changed.emit()

    def remove(self, key: str) -> Program:
        """Remove a user-defined program; built-in programs can be edited, not removed."""
        program = self.get(key)
        if not program.user_defined:
            raise ProgramTableError(
                f"built-in program {key!r} cannot be removed", code="builtin_program", key=key
            )
        self.programs = [p for p in self.programs if p.key != key]
        self.changed.emit()
        return program

    def set_amount(self, key: str, component: str, amount: int, **line_fields) -> None:
        """Change one line's amount (and optionally other line fields such as ``source``)."""
        program = self.get(key)
        found = False
        lines = []
        for line in program.lines:
            if line.component == component:
                line = replace(line, amount=int(amount), **line_fields)
                found = True
            lines.append(line)
        if not found:
            raise ProgramTableError(
                f"no component {component!r} in {key!r}",
                code="unknown_component",
                key=key,
                component=component,
            )
        self.replace(replace(program, lines=tuple(lines)))

    def set_unknown_members(self, value: float) -> None:
        self.unknown_members = float(value)
        self.changed.emit()

    def copy(self) -> ProgramTable:
        """An independent copy (programs are immutable, so a shallow list copy)."""
        return ProgramTable(list(self.programs), self.year, self.title, self.unknown_members)

    # --- checking ----------------------------------------------------------------

    def validate(self) -> list[ProgramProblem]:
        """Everything wrong with the table; an empty list means it can be used."""
        problems: list[ProgramProblem] = []
        seen_keys: set[str] = set()
        if not 0 < self.unknown_members <= MAX_MEMBERS:
            problems.append(ProgramProblem("bad_unknown_members", detail=str(self.unknown_members)))
        for p in self.programs:
            if not p.key:
                problems.append(ProgramProblem("empty_key", detail=p.name))
                continue
            if not _KEY_RE.match(p.key):
                problems.append(ProgramProblem("bad_key", p.key))
            if p.key in seen_keys:
                problems.append(ProgramProblem("duplicate_program", p.key))
            seen_keys.add(p.key)
            if not p.lines:
                problems.append(ProgramProblem("no_lines", p.key))
            if p.max_units is not None and p.max_units < 1:
                problems.append(ProgramProblem("bad_max_units", p.key, detail=str(p.max_units)))
            seen_comp: set[str] = set()
            for line in p.lines:
                c = line.component
                if not c or c in seen_comp:
                    problems.append(ProgramProblem("duplicate_component", p.key, c))
                seen_comp.add(c)
                if line.unit not in UNITS:
                    problems.append(ProgramProblem("unknown_unit", p.key, c, line.unit))
                if line.period not in PERIODS:
                    problems.append(ProgramProblem("unknown_period", p.key, c, line.period))
                if line.amount < 0:
                    problems.append(ProgramProblem("bad_amount", p.key, c, str(line.amount)))
                elif line.amount > MAX_RUPIAH:
                    # a typing slip (full Rupiah in the wrong field, 1e308), not a price
                    problems.append(ProgramProblem("absurd_amount", p.key, c, str(line.amount)))
                if line.unit in ESTIMATED_UNITS and (
                    line.per_member is None or not 0 <= line.per_member <= MAX_PER_MEMBER
                ):
                    # never estimate silently: the rule must be in the table
                    problems.append(ProgramProblem("missing_estimate", p.key, c))
                if line.years is not None and line.years < 1:
                    problems.append(ProgramProblem("bad_years", p.key, c, str(line.years)))
                if line.valid_from is not None and not 1945 <= line.valid_from <= 2200:
                    problems.append(
                        ProgramProblem("bad_valid_from", p.key, c, str(line.valid_from))
                    )
        return problems

    def check(self, path=None) -> ProgramTable:
        """Raise ``ProgramTableError(code="invalid_program_table")`` if :meth:`validate` finds problems."""
        problems = self.validate()
        if problems:
            raise ProgramTableError(
                "; ".join(f"{x.code} {x.key} {x.component}".strip() for x in problems),
                code="invalid_program_table",
                path=path,
                problems=problems,
            )
        return self

    # --- dict and CSV ------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "year": self.year,
            "unknown_members": self.unknown_members,
            "programs": [p.to_dict() for p in self.programs],
        }

    @classmethod
    def from_dict(cls, data: dict) -> ProgramTable:
        return cls(
            programs=[Program.from_dict(p) for p in data.get("programs", ())],
            year=None if data.get("year") is None else int(data["year"]),
            title=str(data.get("title", "")),
            unknown_members=float(data.get("unknown_members", DEFAULT_UNKNOWN_MEMBERS)),
        )

    def to_csv_text(self) -> str:
        """The table in the CSV layout of the shipped default (settings as ``#@`` lines)."""
        buf = io.StringIO()
        if self.year is not None:
            buf.write(f"#@ tahun={self.year}\n")
        if self.title:
            buf.write(f"#@ judul={self.title}\n")
        buf.write(f"#@ anggota_tidak_diketahui={self.unknown_members:g}\n")
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(CSV_COLUMNS)
        for p in self.programs:
            for line in p.lines:
                w.writerow(
                    [
                        p.key,
                        line.component,
                        p.name,
                        line.component_name,
                        line.unit,
                        line.period,
                        line.amount,
                        "" if line.valid_from is None else line.valid_from,
                        line.source,
                        line.note,
                        "" if line.per_member is None else f"{line.per_member:g}",
                        "" if p.max_units is None else p.max_units,
                        "" if line.years is None else line.years,
                        int(p.user_defined),
                    ]
                )
        return buf.getvalue()

    def write_csv(self, path: str | Path, overwrite: bool = False) -> Path:
        """Write the table as CSV (UTF-8); refuses to overwrite unless asked."""
        from gis.io.outputguard import check_target

        path = check_target(path, overwrite)  # folder, permission, existing file
        atomic_write_text(path, self.to_csv_text())
        return path


def parse_programs_csv(text: str, path=None) -> ProgramTable:
    """Build a table from CSV text in the layout of ``biaya_program.csv``.

    Raises
    ------
    ProgramTableError
        ``code="bad_row"`` for a value that cannot be read (with ``row``),
        ``"missing_columns"``, or ``"invalid_program_table"`` from validation.
    """
    settings: dict[str, str] = {}
    data_lines: list[tuple[int, str]] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        s = raw.strip()
        if not s:
            continue
        if s.startswith("#@"):
            name, _, value = s[2:].partition("=")
            if name.strip() in _SETTINGS:
                settings[_SETTINGS[name.strip()]] = value.strip()
            continue
        if s.startswith("#"):
            continue
        data_lines.append((lineno, raw))
    if not data_lines:
        raise ProgramTableError("empty program table", code="empty", path=path)
    reader = csv.DictReader(line for _, line in data_lines)
    missing = [
        c
        for c in ("key", "component", "unit", "period", "amount")
        if c not in (reader.fieldnames or ())
    ]
    if missing:
        raise ProgramTableError(
            "missing columns", code="missing_columns", path=path, missing=missing
        )
    order: list[str] = []
    heads: dict[str, dict] = {}
    lines: dict[str, list[CostLine]] = {}
    for (lineno, _), rec in zip(data_lines[1:], reader):
        rec = {k: (v or "").strip() for k, v in rec.items() if k is not None}
        try:
            key = rec["key"].upper()
            line = CostLine(
                component=rec["component"],
                component_name=rec.get("component_name", ""),
                unit=rec["unit"],
                period=rec["period"],
                amount=_int(rec["amount"]),
                valid_from=_opt_int(rec.get("valid_from")),
                source=rec.get("source", ""),
                note=rec.get("note", ""),
                per_member=_opt_float(rec.get("per_member")),
                years=_opt_int(rec.get("years")),
            )
            max_units = _opt_int(rec.get("max_units"))
            user = rec.get("user_defined", "0") in ("1", "true", "ya", "True")
        except (ValueError, KeyError) as exc:
            raise ProgramTableError(str(exc), code="bad_row", path=path, row=lineno) from exc
        if key not in heads:
            order.append(key)
            heads[key] = {"name": rec.get("name") or key, "max_units": max_units, "user": user}
            lines[key] = []
        elif max_units is not None:
            heads[key]["max_units"] = max_units
        lines[key].append(line)
    table = ProgramTable(
        programs=[
            Program(
                key=k,
                name=heads[k]["name"],
                lines=tuple(lines[k]),
                max_units=heads[k]["max_units"],
                user_defined=heads[k]["user"],
            )
            for k in order
        ],
        year=_opt_int(settings.get("year")),
        title=settings.get("title", ""),
        unknown_members=_opt_float(settings.get("unknown_members")) or DEFAULT_UNKNOWN_MEMBERS,
    )
    return table.check(path)


def load_programs(path: str | Path) -> ProgramTable:
    """Read a program table CSV (see ``resources/programs/README.md``)."""
    path = Path(path)
    if not path.exists():
        raise ProgramTableError("file not found", code="not_found", path=path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramTableError(str(exc), code="bad_encoding", path=path) from exc
    return parse_programs_csv(text, path=path)


def default_programs() -> ProgramTable:
    """A fresh copy of the shipped default table (``resources/programs/biaya_program.csv``)."""
    text = (
        resources.files("resources")
        .joinpath("programs", "biaya_program.csv")
        .read_text(encoding="utf-8")
    )
    return parse_programs_csv(text, path="biaya_program.csv")


def _int(text: str) -> int:
    # amounts may be typed with thousands separators: "3.000.000" or "3,000,000"
    cleaned = re.sub(r"[.,\s]", "", text)
    if cleaned.lower().startswith("rp"):
        cleaned = cleaned[2:]
    return int(cleaned)


def _opt_int(text: str | None) -> int | None:
    return None if text is None or str(text).strip() == "" else int(str(text).strip())


def _opt_float(text: str | None) -> float | None:
    if text is None or str(text).strip() == "":
        return None
    return float(str(text).strip().replace(",", "."))
