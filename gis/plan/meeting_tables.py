"""The coordination meeting's tables on a printed map sheet: program synergy and mentor gaps.

The XLSX workbook (:mod:`gis.plan.synergy_export`) holds every village; a
printed sheet holds what a meeting reads at a glance, beside the map:

* **sinergi**: families by the number of known programs they receive
  (0, 1, 2, 3+, and those the register says nothing about, apart: unknown
  is never 0), the commonest combinations of programs, and villages where
  programs and mentors coincide or not;
* **kombinasi**: the commonest combinations drawn as an UpSet chart (bars
  of families per combination over a dot matrix of its programs, each
  program's set size at the side), the same count as the Pendamping tab's
  chart (:mod:`gis.plan.combinations`);
* **pendamping**: the villages with the largest mentor gap (families needing
  a mentor minus the mentor capacity within reach of the village point),
  and, when a matching of the same families exists, its totals: families
  matched and families without a mentor by reason.

Counts only: no names, no IDs. Each section says what it counts (the filter,
the reach in km, how many families sit at their village's point because
they have no coordinates of their own). The layout (columns, widths,
truncation to the room left) is the sheet's: :mod:`gis.maps.sheet_meeting`
reads these sections by their attributes, as this room may not import the
maps room.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gis.numbers import format_number
from gis.plan.combinations import upset_data
from gis.plan.referrals import synergy

#: the keys of the tables a sheet can carry, and their names in the interface
TABLES = {
    "sinergi": "Tabel sinergi program",
    "kombinasi": "Diagram kombinasi program (UpSet)",
    "pendamping": "Tabel kesenjangan pendamping",
}

#: rows per list on a sheet (villages, combinations): full and compact
ROWS = {"full": 8, "compact": 4}

_BUCKET_ROWS = (
    ("0", "0 program"),
    ("1", "1 program"),
    ("2", "2 program"),
    ("3+", "3 program atau lebih"),
)
_VILLAGE_ROWS = (
    ("programs_and_mentors", "ada program dan pendamping"),
    ("programs_no_mentor", "ada program, tanpa pendamping"),
    ("mentors_no_program", "ada pendamping, tanpa program"),
    ("neither", "tanpa program dan pendamping"),
    ("programs_unknown", "program tidak diketahui"),
)
#: the unassigned reasons of gis.plan.matching, short enough for a sheet's column
_REASON_ROWS = (
    ("no_mentor_in_reach", "tak ada pendamping dalam jangkauan"),
    ("no_competence_fit", "kompetensi tidak sesuai"),
    ("capacity_exhausted", "kapasitas dalam jangkauan habis"),
    ("no_location", "tanpa letak"),
)
_COMPETENCE = {"soft": "diutamakan", "hard": "wajib sesuai", "none": "tidak diperhitungkan"}


@dataclass(frozen=True)
class TableSection:
    """One table of a sheet: a title, a header, rows of text, and notes that say what it counts."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    col_fracs: tuple[float, ...]
    bold_rows: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()
    key: str = ""  # the table it belongs to (sinergi | pendamping)


@dataclass(frozen=True)
class ChartSection:
    """An UpSet chart of a sheet: combinations (programs, families) and the programs' set sizes."""

    title: str
    programs: tuple[str, ...]
    set_sizes: tuple[int, ...]
    combos: tuple[tuple[tuple[str, ...], int], ...]
    notes: tuple[str, ...] = ()
    key: str = "kombinasi"


def _n(value) -> str:
    return format_number(int(value))


def _pct(part: int, whole: int) -> str:
    return f"{format_number(100 * part / whole, 0)} %" if whole else "–"


def _km(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 1)


@dataclass
class MeetingTables:
    """The sheet tables of one register, filter and mentor pool; built per page on request.

    Parameters
    ----------
    table
        The household table.
    mask
        The families of the planner's filter (all when None).
    filter_text
        The filter in the planner's words (:meth:`gis.maps.mapdata.MapData.filter_text`).
    pool
        The mentor pool (:class:`gis.model.mentors.MentorTable`), or None.
    pool_text
        Where the pool came from (file name, PSKS persons), for the notes.
    max_km
        Reach of a mentor from the village point, for the gap.
    matching
        A :class:`gis.plan.family_matching.FamilyMatching`; its totals are
        shown only when it matched exactly the families of ``mask``.
    """

    table: object
    mask: np.ndarray | None = None
    filter_text: str = "Semua rumah tangga"
    pool: object | None = None
    pool_text: str = ""
    max_km: float = 15.0
    matching: object | None = None
    _gap: dict | None = field(default=None, repr=False)
    _synergy: dict = field(default_factory=dict, repr=False)

    def available(self) -> tuple[str, ...]:
        """The tables the data allow: synergy with families, the gap with a mentor pool."""
        out = []
        if self.table is not None and len(self.table):
            out += ["sinergi", "kombinasi"]
            if self.pool is not None and int(np.asarray(self.pool.capacity).sum()) > 0:
                out.append("pendamping")
        return tuple(out)

    def sections(self, key: str, in_focus=None, rows: str = "full") -> tuple[TableSection, ...]:
        """The sections of table ``key`` for the villages ``in_focus`` (bool per village; all when None)."""
        if key not in self.available():
            return ()
        limit = ROWS[rows]
        if key == "sinergi":
            return synergy_sections(self, in_focus, limit)
        if key == "kombinasi":
            return (combination_chart(self, in_focus, limit),)
        return gap_sections(self, in_focus, limit)

    # --- what both tables share -------------------------------------------------------

    def selected(self, in_focus=None) -> np.ndarray:
        """The families counted: the filter, and on a page of a series its villages."""
        t = self.table
        sel = np.ones(len(t), dtype=bool) if self.mask is None else np.asarray(self.mask, bool)
        if in_focus is not None:
            focus = np.concatenate([np.asarray(in_focus, dtype=bool), [False]])
            v = np.asarray(t.village, dtype=np.int64)
            sel = sel & focus[np.where(v >= 0, v, len(focus) - 1)]
        return sel

    def families_note(self, sel: np.ndarray, in_focus=None) -> str:
        where = " di wilayah lembar ini" if in_focus is not None else ""
        return f"Keluarga: {self.filter_text} ({_n(sel.sum())} keluarga{where})."

    def synergy(self, in_focus=None) -> dict:
        """The synergy counts of the page (cached: a sheet is composed a few times over)."""
        key = None if in_focus is None else np.packbits(np.asarray(in_focus, bool)).tobytes()
        if key not in self._synergy:
            mentor_villages = None
            if self.pool is not None:
                mv = np.asarray(self.pool.village, dtype=np.int64)
                if in_focus is not None:
                    focus = np.asarray(in_focus, dtype=bool)
                    mv = mv[(mv >= 0) & focus[np.maximum(mv, 0)]]
                mentor_villages = mv
            t = self.table
            top = 1 << min(len(t.program_keys), 20)
            self._synergy[key] = synergy(t, self.selected(in_focus), mentor_villages, top=top)
        return self._synergy[key]

    def gap_indicators(self) -> dict:
        """Need, capacity within reach and gap per village (all villages; computed once)."""
        if self._gap is None:
            from gis.model.indicators import mentor_indicators

            p = self.pool
            self._gap = mentor_indicators(
                self.table, self.mask, p.x, p.y, p.capacity, float(self.max_km)
            )
        return self._gap


def synergy_sections(m: MeetingTables, in_focus=None, limit: int = 8) -> tuple[TableSection, ...]:
    """Families by known programs received, the commonest combinations, villages and mentors."""
    t = m.table
    sel = m.selected(in_focus)
    syn = m.synergy(in_focus)
    buckets = syn["programs_received"]
    known = sum(buckets[k] for k, _ in _BUCKET_ROWS)
    rows = [(label, _n(buckets[k]), _pct(buckets[k], known)) for k, label in _BUCKET_ROWS]
    rows.append(("Jumlah diketahui", _n(known), _pct(known, known)))
    rows.append(("tidak diketahui", _n(buckets["unknown"]), "–"))
    notes = [m.families_note(sel, in_focus)]
    missing = list(t.missing_programs())
    carried = [k for k in t.program_keys if k not in missing]
    notes.append(
        "Program diketahui: "
        + (", ".join(carried) if carried else "tidak ada")
        + "."
        + (f" Tidak dimuat register (tidak dihitung): {', '.join(missing)}." if missing else "")
    )
    notes.append(
        "Tidak diketahui: register tidak memuat program apa pun untuk keluarga itu; "
        "tidak dihitung sebagai 0 program."
    )
    sections = [
        TableSection(
            "KELUARGA MENURUT JUMLAH PROGRAM",
            ("Program diterima", "keluarga", "%"),
            tuple(rows),
            (0.56, 0.26, 0.18),
            bold_rows=(len(_BUCKET_ROWS),),
            notes=tuple(notes),
            key="sinergi",
        )
    ]
    combos = [c for c in syn["combinations"] if c["programs"]]
    crows = [("+".join(c["programs"]), _n(c["families"])) for c in combos[:limit]]
    rest = combos[limit:]
    if rest:
        crows.append(
            (f"… dan {_n(len(rest))} kombinasi lain", _n(sum(c["families"] for c in rest)))
        )
    if not crows:
        crows.append(("tidak ada keluarga yang diketahui menerima program", ""))
    sections.append(
        TableSection(
            "KOMBINASI PROGRAM TERBANYAK",
            ("Program yang diterima bersama", "keluarga"),
            tuple(crows),
            (0.76, 0.24),
            notes=("Hanya program diketahui; keluarga tanpa program ada di baris 0 program.",),
            key="sinergi",
        )
    )
    if "villages" in syn:
        v = syn["villages"]
        vrows = [(label, _n(v[k])) for k, label in _VILLAGE_ROWS if k != "programs_unknown"]
        if v["programs_unknown"]:
            vrows.append(("program tidak diketahui", _n(v["programs_unknown"])))
        sections.append(
            TableSection(
                "DESA: PROGRAM DAN PENDAMPING",
                ("", "desa"),
                tuple(vrows),
                (0.76, 0.24),
                notes=(
                    f"Pendamping: {m.pool_text or 'daftar pendamping'} "
                    f"({_n(len(m.pool))} orang), menurut desa tempat kerjanya.",
                ),
                key="sinergi",
            )
        )
    return tuple(sections)


def combination_chart(m: MeetingTables, in_focus=None, limit: int = 8) -> ChartSection:
    """The commonest combinations of known programs as an UpSet chart, unknown stated apart."""
    sel = m.selected(in_focus)
    d = upset_data(m.table, sel, top=limit)
    notes = [m.families_note(sel, in_focus)]
    said = ["Hanya program diketahui; batang = keluarga yang menerima tepat kombinasi itu"]
    if d.nothing_known:
        said.append(f"{_n(d.nothing_known)} keluarga tanpa keterangan program (tidak dihitung)")
    said.append(f"{_n(d.receives_none)} keluarga tidak menerima program yang diketahui")
    if d.other_combos:
        said.append(f"{_n(d.other_combos)} keluarga di kombinasi lain")
    notes.append("; ".join(said) + ".")
    return ChartSection(
        "KOMBINASI PROGRAM (UPSET)",
        d.programs,
        d.set_sizes,
        d.combos,
        notes=tuple(notes),
    )


def gap_sections(m: MeetingTables, in_focus=None, limit: int = 8) -> tuple[TableSection, ...]:
    """The villages with the largest mentor gap, and the matching's totals when it fits."""
    t = m.table
    vt = t.villages
    ind = m.gap_indicators()
    need = ind["mentor_need"].numerator.astype(np.int64)
    cap = ind["mentor_capacity_reach"].numerator.astype(np.int64)
    has_point = ~np.isnan(ind["mentor_capacity_reach"].values)
    gap = np.maximum(need - cap, 0)
    scope = np.ones(len(vt), dtype=bool) if in_focus is None else np.asarray(in_focus, bool)
    short = scope & has_point & (gap > 0)
    # largest gap first; equal gaps by the larger need, then by village code
    order = np.lexsort((np.asarray(vt.codes).astype(str), -need, -gap))
    order = [int(i) for i in order if short[i]]
    rows = [(str(vt.names[i]), _n(need[i]), _n(cap[i]), _n(gap[i])) for i in order[:limit]]
    rest = order[limit:]
    if rest:
        rows.append(
            (f"… dan {_n(len(rest))} desa lainnya", _n(need[rest].sum()), "", _n(gap[rest].sum()))
        )
    if not order:
        rows.append(("Tidak ada desa yang kekurangan", "", "", "0"))
    rows.append(
        (f"Jumlah ({_n(len(order))} desa)", _n(need[order].sum()), "", _n(gap[order].sum()))
    )
    bold = [len(rows) - 1]
    no_point = scope & ~has_point & (need > 0)
    if no_point.any():
        rows.append((f"{_n(no_point.sum())} desa tanpa batas", _n(need[no_point].sum()), "–", "–"))
    sel = m.selected(in_focus)
    placed = sel & (np.asarray(t.village) >= 0)
    approx = placed & np.asarray(t.approx, dtype=bool)
    notes = [
        m.families_note(sel, in_focus),
        f"Perlu = keluarga di desa itu; kapasitas = kapasitas pendamping dalam "
        f"{_km(m.max_km)} km dari titik desa (pendamping yang sama bisa terhitung di beberapa "
        "desa); kurang = perlu − kapasitas.",
        f"Letak keluarga: {_n((placed & ~approx).sum())} dengan koordinat sendiri, "
        f"{_n(approx.sum())} perkiraan di titik desanya (menurut aturan).",
    ]
    unplaced = int((sel & (np.asarray(t.village) < 0)).sum())
    if unplaced:
        notes.append(f"{_n(unplaced)} keluarga tanpa desa tidak dihitung per desa.")
    if no_point.any():
        notes.append("Desa tanpa batas tidak punya titik: kapasitasnya tidak diketahui.")
    sections = [
        TableSection(
            f"KESENJANGAN PENDAMPING ({_km(m.max_km)} KM)",
            ("Desa", "perlu", "kapasitas", "kurang"),
            tuple(rows),
            (0.44, 0.15, 0.24, 0.17),
            bold_rows=tuple(bold),
            notes=tuple(notes),
            key="pendamping",
        )
    ]
    matched = matching_section(m, in_focus)
    if matched is not None:
        sections.append(matched)
    return tuple(sections)


def matching_fits_selection(m: MeetingTables) -> bool:
    """True when the matching matched exactly the families of the current filter."""
    if m.matching is None:
        return False
    return np.array_equal(np.asarray(m.matching.families), np.flatnonzero(m.selected()))


def matching_section(m: MeetingTables, in_focus=None) -> TableSection | None:
    """Families matched and without a mentor (by reason), on this page; None without a matching."""
    if m.matching is None:
        return None
    if not matching_fits_selection(m):
        return TableSection(
            "HASIL PENCOCOKAN PENDAMPING",
            ("", "keluarga"),
            (("dibuat untuk keluarga lain: tidak dicetak", ""),),
            (0.76, 0.24),
            notes=("Cocokkan ulang dengan filter ini untuk mencetak hasilnya.",),
            key="pendamping",
        )
    fm = m.matching
    families = np.asarray(fm.families)
    here = m.selected(in_focus)[families]
    result = fm.result
    assigned = np.asarray(result.assigned) & here
    approx = np.asarray(fm.approx, dtype=bool) & here
    codes = np.asarray(result.reason_codes())
    rows = [
        ("Keluarga dicocokkan", _n(here.sum())),
        ("Terdampingi", _n(assigned.sum())),
        ("  di antaranya letak perkiraan", _n((assigned & approx).sum())),
        ("Tanpa pendamping", _n((here & ~np.asarray(result.assigned)).sum())),
    ]
    bold = [1, 3]
    for code, label in _REASON_ROWS:
        count = int((here & (codes == code)).sum())
        if count:
            rows.append((f"  {label}", _n(count)))
    rules = result.rules
    reach = f"jarak maks. {_km(rules.max_km)} km" if rules.max_km else "jarak tanpa batas"
    if rules.same_area:
        reach += f", {rules.same_area} yang sama"
    status = "optimal" if result.optimal else f"status {result.status}"
    notes = [
        f"Aturan: {reach}; kompetensi {_COMPETENCE.get(rules.competence, rules.competence)}; "
        f"pemecah OR-Tools: {status}.",
        f"Letak perkiraan: keluarga tanpa koordinat memakai titik desanya "
        f"({_n(approx.sum())} keluarga).",
    ]
    return TableSection(
        "HASIL PENCOCOKAN PENDAMPING",
        ("", "keluarga"),
        tuple(rows),
        (0.76, 0.24),
        bold_rows=tuple(bold),
        notes=tuple(notes),
        key="pendamping",
    )
