"""The import report: what was read, kept, rejected and why.

Nothing is dropped silently: every row the importer could not use, and
every value it had to leave aside, is recorded here with the row number the
user sees in their own file, so it can be shown, counted and written out.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

#: Reasons a row is rejected (the household is not kept).
REJECT_REASONS = {
    "no_id": "ID keluarga kosong",
    "duplicate_id": "ID keluarga ganda (baris pertama dipakai)",
    "desil_out_of_range": "Desil bukan angka 1-10",
    "members_invalid": "Jumlah anggota bukan angka 1-99",
    "psks_type_invalid": "Jenis PSKS tidak dikenal",
    "mentor_duplicate_nip": "NIP ganda (baris pertama dipakai)",
    "mentor_capacity_zero": "Kapasitas 0, kosong atau bukan bilangan bulat: bukan pendamping",
    "mentor_capacity_absurd": "Kapasitas lebih dari 50 keluarga per pendamping (periksa angkanya)",
    "mentor_no_location": "Pendamping tanpa kode desa yang dikenal maupun koordinat",
}

#: Problems that keep the household but leave a value aside.
WARNING_KINDS = {
    "nik_scientific": "NIK rusak oleh spreadsheet (notasi ilmiah/angka desimal)",
    "nik_invalid": "NIK tidak valid (panjang, huruf, wilayah atau tanggal)",
    "nik_duplicate": "NIK ganda",
    "kk_scientific": "No. KK rusak oleh spreadsheet (notasi ilmiah/angka desimal)",
    "kk_invalid": "No. KK tidak valid",
    "flag_unreadable": "Nilai ya/tidak tidak dikenali (dianggap tidak diketahui)",
    "ppks_unknown": "Jenis PPKS tidak dikenali",
    "village_code_invalid": "Kode desa tidak berbentuk 10 digit",
    "village_code_unknown": "Kode desa tidak ada di batas wilayah",
    "village_code_bps": "Kode wilayah BPS, bukan Kemendagri",
    "village_without_polygon": "Desa tanpa poligon (ditempatkan perkiraan di kecamatannya)",
    "village_name_unmatched": "Nama desa tidak cocok dengan batas wilayah",
    "coords_invalid": "Koordinat bukan angka",
    "coords_outside": "Koordinat di luar provinsi (diabaikan)",
    "coords_swapped": "Lintang dan bujur tertukar (ditukar kembali)",
    "coords_far_from_village": "Koordinat jauh dari desanya (desa menurut kode dipakai)",
    "coords_in_gap": "Titik di celah antar-desa (desa terdekat dipakai)",
    "coords_in_overlap": "Titik di tumpang-tindih desa (desa dengan pusat terdekat dipakai)",
    "no_location": "Tanpa kode desa maupun koordinat",
    "mentor_nip_invalid": "NIP bukan 18 digit",
    "mentor_competence_unknown": "Kode kompetensi tidak ada di tabel kompetensi (diabaikan)",
    "mentor_capacity_default": "Kapasitas kosong (dianggap 1 keluarga)",
}


#: Fields a register may not carry; their values are then unknown for every household.
NOT_CARRIED_FIELDS = {
    "desil": "desil",
    "members": "jumlah anggota keluarga",
    "ppks": "jenis PPKS",
    "coordinates": "koordinat",
    "village": "kode atau nama desa",
    "nip": "NIP",
    "capacity": "kapasitas pendamping (dianggap 1 keluarga)",
}


#: How a household (or PSKS) is located on the map, in the words every
#: count of them uses: the import report, step 1's summary and the command
#: line. The three add up to the total.
PLACE_OWN = "berkoordinat sendiri"
PLACE_APPROXIMATE = "ditempatkan menurut aturan di desanya (tanpa koordinat sendiri)"
PLACE_UNPLACED = "tidak dapat ditempatkan (tanpa koordinat, kode/nama desa tidak dikenal)"


@dataclass(frozen=True)
class PlaceCounts:
    """How many points are located by own coordinates, by rule, or not at all."""

    own: int = 0
    approximate: int = 0
    unplaced: int = 0

    @property
    def total(self) -> int:
        return self.own + self.approximate + self.unplaced

    def rows(self) -> list[tuple[str, int]]:
        """(wording, count) in the one order and wording every view uses."""
        return [
            (PLACE_OWN, self.own),
            (PLACE_APPROXIMATE, self.approximate),
            (PLACE_UNPLACED, self.unplaced),
        ]

    def to_dict(self) -> dict:
        return {
            "own_coordinates": self.own,
            "approximate": self.approximate,
            "unplaced": self.unplaced,
            "total": self.total,
        }


def place_counts(x: np.ndarray, approx: np.ndarray) -> PlaceCounts:
    """Count a table's points by how they are located (``x`` NaN = not on the map).

    A point flagged approximate whose village has no outline at all stays
    NaN and counts as not placeable: it is nowhere on the map.
    """
    x = np.asarray(x)
    approx = np.asarray(approx, dtype=bool)
    nowhere = np.isnan(x)
    n_nowhere = int(np.count_nonzero(nowhere))
    n_approx = int(np.count_nonzero(approx & ~nowhere))
    return PlaceCounts(own=len(x) - n_nowhere - n_approx, approximate=n_approx, unplaced=n_nowhere)


@dataclass
class ProblemChunk:
    """One kind of problem on many rows, kept columnar (a million rows stay cheap)."""

    rows: np.ndarray  # file row numbers
    column: str
    code: str
    values: np.ndarray | None  # the offending values, same length as rows
    rejected: bool


@dataclass
class ImportReport:
    """Outcome of one import.

    ``chunks`` holds the problems, one chunk per (column, kind); a row can
    appear in several. For person-level sheets ``rows_read`` counts person
    rows and ``households`` the families built from them.
    """

    path: str
    layer: str | None = None
    layout: str | None = None
    level: str = "keluarga"
    rows_read: int = 0
    households: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    programs: dict[str, list[str]] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    without_coordinates: int = 0
    approximate: int = 0
    own_coordinates: int = 0
    unplaced: int = 0
    unknown_village_codes: dict[str, int] = field(default_factory=dict)
    ppks_unknown: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: program keys the file has no column for (receipt unknown, not "belum")
    programs_not_carried: list[str] = field(default_factory=list)
    #: keys of NOT_CARRIED_FIELDS the file has no column for
    fields_not_carried: list[str] = field(default_factory=list)
    chunks: list[ProblemChunk] = field(default_factory=list)

    def add(self, rows, column: str, code: str, values=None, rejected: bool = False) -> None:
        """Record problem ``code`` for each of ``rows`` (file row numbers)."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) == 0:
            return
        vals = None if values is None else np.asarray(values, dtype=object)
        self.chunks.append(ProblemChunk(rows, column, code, vals, rejected))

    def set_places(self, places: PlaceCounts) -> None:
        """Record how the kept rows are located (from :func:`place_counts`)."""
        self.own_coordinates = places.own
        self.approximate = places.approximate
        self.unplaced = places.unplaced

    @property
    def places(self) -> PlaceCounts:
        """Own coordinates / placed by rule / not placeable: they add up to the rows kept."""
        return PlaceCounts(self.own_coordinates, self.approximate, self.unplaced)

    def _rejected_chunks(self) -> list[ProblemChunk]:
        return [c for c in self.chunks if c.rejected]

    @property
    def rejected_rows(self) -> np.ndarray:
        chunks = self._rejected_chunks()
        if not chunks:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate([c.rows for c in chunks]))

    @property
    def rejected(self) -> int:
        return len(self.rejected_rows)

    def reasons(self) -> dict[str, int]:
        """Rejected rows per reason; a row rejected twice counts under its first reason."""
        seen = np.zeros(0, dtype=np.int64)
        out: dict[str, int] = {}
        for c in self._rejected_chunks():
            new = np.setdiff1d(np.unique(c.rows), seen, assume_unique=True)
            if len(new):
                out[c.code] = out.get(c.code, 0) + len(new)
                seen = np.union1d(seen, new)
        return out

    def warnings(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.chunks:
            if not c.rejected:
                out[c.code] = out.get(c.code, 0) + len(c.rows)
        return out

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "layer": self.layer,
            "layout": self.layout,
            "level": self.level,
            "rows_read": self.rows_read,
            "households": self.households,
            "rejected": self.rejected,
            "reasons": self.reasons(),
            "warnings": self.warnings(),
            "mapping": self.mapping,
            "programs": self.programs,
            "unmapped": self.unmapped,
            "without_coordinates": self.without_coordinates,
            "approximate": self.approximate,
            "own_coordinates": self.own_coordinates,
            "unplaced": self.unplaced,
            "unknown_village_codes": self.unknown_village_codes,
            "ppks_unknown": self.ppks_unknown,
            "counts": self.counts,
            "notes": self.notes,
            "programs_not_carried": self.programs_not_carried,
            "fields_not_carried": self.fields_not_carried,
        }

    def not_carried_text(self, program_names: dict[str, str] | None = None) -> list[str]:
        """Lines saying what the file does not carry, in Bahasa Indonesia.

        Unknown is neither yes nor no: these lines tell the reader why a
        program or a field is shown as "tidak diketahui" everywhere.
        """
        names = program_names or {}
        lines = []
        if self.programs_not_carried:
            progs = ", ".join(names.get(k, k) for k in self.programs_not_carried)
            lines.append(f"Program tidak ada di berkas (penerimaan tidak diketahui): {progs}")
        if self.fields_not_carried:
            flds = ", ".join(NOT_CARRIED_FIELDS.get(k, k) for k in self.fields_not_carried)
            lines.append(f"Kolom tidak ada di berkas (nilainya tidak diketahui): {flds}")
        return lines

    def problem_rows(self):
        """Yield ``(row, column, code, value, rejected)``, rejected rows first, by row."""
        records = []
        for c in self.chunks:
            vals = c.values if c.values is not None else [""] * len(c.rows)
            for r, v in zip(c.rows.tolist(), vals):
                records.append((r, c.column, c.code, "" if v is None else str(v), c.rejected))
        records.sort(key=lambda t: (not t[4], t[0]))
        return records

    def personal_columns(self) -> dict[str, str]:
        """Source columns that hold personal data, with the field they hold.

        A column counts when the mapping feeds it into a personal field, or
        when its name alone is recognised as one (an unmapped "Nama Ibu"
        column is still a name).
        """
        from gis.io.mapping import recognise, slug

        out = {col: fld for fld, col in self.mapping.items() if fld in PERSONAL_FIELDS}
        for column in {c.column for c in self.chunks} - set(out):
            fields = recognise([column]).fields
            fld = next((f for f, col in fields.items() if f in PERSONAL_FIELDS), None)
            if fld is None and any(w in slug(column) for w in _PERSONAL_WORDS):
                fld = "name"
            if fld is not None and not any(f in _PLACE_FIELDS for f in fields):
                out[column] = fld
        return out

    def masked_problem_rows(self):
        """:meth:`problem_rows` with personal data masked, for anything shown or written.

        Masked by column (NIK/KK keep their region prefix, names and addresses
        their initials) *and* by value: a NIK-shaped number is masked in any
        column, since a row shifted by a missing field moves it elsewhere.
        """
        return self.mask_rows(self.problem_rows())

    def mask_rows(self, records) -> list[tuple]:
        """Mask the values of some :meth:`problem_rows` records (see :meth:`masked_problem_rows`)."""
        from gis.io.nik import mask_id, mask_ids_in_text, mask_name

        personal = self.personal_columns()
        out = []
        for row, column, code, value, rejected in records:
            fld = personal.get(column)
            if (fld in ("nik", "kk") or code.startswith(("nik", "kk"))) and not _LETTER.search(
                value
            ):
                value = mask_id(value)
            elif fld is not None or (
                _LETTER.search(value) and (code in _NUMBER_CODES or code.startswith(("nik", "kk")))
            ):
                # words where a number or code belongs: in a shifted row, likely a name
                value = mask_name(value)
            out.append((row, column, code, mask_ids_in_text(value), rejected))
        return out

    def write_problems(self, path: str | Path, overwrite: bool = False) -> Path:
        """Write every problem (rejected rows first) as a CSV the user can open.

        Personal values are written masked (see :meth:`masked_problem_rows`):
        this file is for finding the rows to fix, and the source already holds
        the data. The target is checked first (folder, existing file) and
        written atomically.
        """
        from gis.io.atomicfile import atomic_write_text
        from gis.io.cells import csv_cell
        from gis.io.outputguard import check_target

        path = check_target(path, overwrite)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["baris", "kolom", "kode", "keterangan", "nilai", "ditolak"])
        for row, column, code, value, rejected in self.masked_problem_rows():
            label = REJECT_REASONS.get(code) or WARNING_KINDS.get(code, code)
            cells = [row, column, code, label, value, "ya" if rejected else "tidak"]
            w.writerow([csv_cell(c) for c in cells])
        return atomic_write_text(path, buf.getvalue(), encoding="utf-8-sig")


#: fields of the column mapping that hold personal data
PERSONAL_FIELDS = frozenset({"name", "head_name", "address", "nik", "kk"})
_PLACE_FIELDS = frozenset(
    {"village_name", "kecamatan_name", "kabupaten_name", "province_name", "psks_name"}
)
#: problems of columns that hold numbers or codes: words found there are masked too
_NUMBER_CODES = frozenset(
    {
        "desil_out_of_range",
        "members_invalid",
        "coords_invalid",
        "village_code_invalid",
        "village_code_unknown",
        "village_code_bps",
    }
)
_LETTER = re.compile(r"[^\W\d_]")
#: words in a column name that mark it personal even when the mapping does not know it
_PERSONAL_WORDS = ("nama", "name", "alamat", "address", "nik", "nokk", "nomorkk")
