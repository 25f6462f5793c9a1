"""Column mapping: which column of a register export feeds which field.

Real exports (P3KE, DTKS SIKS-NG, BDT 2015, DTSEN-style sheets) name the same
thing differently and sometimes spread it over several columns. The mapping
is recognised from a synonym table in ``resources/codes`` so that a planner
never maps a known layout by hand, is shown in the import report, and can be
edited and saved as a small JSON file for the next export of the same kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from gis.errors import MappingError
from gis.io.codelists import _rows, received_programs, slug
from gis.io.table_shape import HEADER_JOIN

#: Fields that make a sheet person-level (one row per family member).
PERSON_LEVEL_HINTS = ("member_id", "relation")

#: Canonical household fields and what they hold (shown in the mapping dialog).
FIELDS = {
    "hh_id": "ID keluarga / rumah tangga",
    "member_id": "ID individu (lembar per orang)",
    "relation": "Hubungan dengan kepala keluarga",
    "village_code": "Kode desa/kelurahan (Kemendagri)",
    "province_code": "Kode provinsi",
    "kabupaten_code": "Kode kabupaten/kota",
    "kecamatan_code": "Kode kecamatan",
    "bps_prop": "Kode provinsi BPS",
    "bps_kab": "Kode kabupaten BPS",
    "bps_kec": "Kode kecamatan BPS",
    "bps_desa": "Kode desa BPS",
    "province_name": "Nama provinsi",
    "kabupaten_name": "Nama kabupaten/kota",
    "kecamatan_name": "Nama kecamatan",
    "village_name": "Nama desa/kelurahan",
    "address": "Alamat",
    "desil": "Desil kesejahteraan (1-10)",
    "members": "Jumlah anggota keluarga",
    "ppks": "Jenis PPKS",
    "lon": "Bujur (longitude)",
    "lat": "Lintang (latitude)",
    "head_name": "Nama kepala keluarga",
    "name": "Nama",
    "nik": "NIK",
    "kk": "Nomor KK",
    "source": "Sumber data",
    "snapshot": "Tanggal data",
    "psks_id": "ID PSKS",
    "psks_type": "Jenis PSKS",
    "psks_name": "Nama lembaga",
    "capacity": "Kapasitas",
}

#: Known layouts: a name and the columns (slugged) that identify it.
LAYOUT_SIGNATURES = (
    ("P3KE keluarga", {"idkeluargap3ke", "kodekemdagri", "desilkesejahteraan", "persentil"}),
    ("P3KE individu", {"idkeluargap3ke", "idindividu", "kodekemendagri"}),
    ("DTKS SIKS-NG", {"iddtks", "nomorkk", "nomornik", "hubungankeluarga"}),
    ("BDT 2015 rumah tangga", {"nopesertapbdt", "kdprop", "kddesa", "adapkh"}),
    ("BDT 2015 anggota rumah tangga", {"idbdt", "idartbdt", "kdprop", "adapkh"}),
    ("DTSEN keluarga-anggota", {"kodekelurahandesa", "desilnasionalkeluarga", "nokk"}),
    ("Daftar data ganda bansos", {"namapenerima", "nikktp", "nokkdtks", "nmkel"}),
)


@cache
def synonyms() -> dict[str, tuple[str, ...]]:
    """Field -> slugged column names that feed it, most specific first."""
    return {r["bidang"]: tuple(r["sinonim"].split("|")) for r in _rows("kolom.csv")}


@dataclass
class ColumnMapping:
    """Which source columns feed which field.

    Attributes
    ----------
    fields
        Canonical field -> source column name.
    programs
        Program key -> source columns (any of them true means "receives").
    program_names
        Display names for user-defined program keys found in the file.
    level
        ``"keluarga"`` (one row per household) or ``"individu"`` (one row per
        person, grouped into households by ``hh_id`` or, failing that, ``kk``).
    layout
        Name of the recognised layout, None for an unknown one.
    unmapped
        Source columns that feed nothing (shown to the user, never an error).
    """

    fields: dict[str, str] = field(default_factory=dict)
    programs: dict[str, list[str]] = field(default_factory=dict)
    program_names: dict[str, str] = field(default_factory=dict)
    level: str = "keluarga"
    layout: str | None = None
    unmapped: list[str] = field(default_factory=list)

    def group_key(self) -> str | None:
        """The column that identifies a household (family id, else KK number)."""
        if "hh_id" in self.fields:
            return self.fields["hh_id"]
        if self.level == "individu":
            return self.fields.get("kk")
        return None

    def used_columns(self) -> set[str]:
        cols = set(self.fields.values())
        for names in self.programs.values():
            cols.update(names)
        return cols

    def to_dict(self) -> dict:
        return {
            "format": "sasaran-column-mapping",
            "version": 1,
            "layout": self.layout,
            "level": self.level,
            "fields": dict(self.fields),
            "programs": {k: list(v) for k, v in self.programs.items()},
            "program_names": dict(self.program_names),
        }

    @classmethod
    def from_dict(cls, data: dict, columns: list[str] | None = None) -> ColumnMapping:
        if data.get("format") != "sasaran-column-mapping":
            raise MappingError("not a column mapping", code="not_a_mapping")
        mapping = cls(
            fields=dict(data.get("fields", {})),
            programs={k: list(v) for k, v in data.get("programs", {}).items()},
            program_names=dict(data.get("program_names", {})),
            level=data.get("level", "keluarga"),
            layout=data.get("layout"),
        )
        if columns is not None:
            missing = sorted(c for c in mapping.used_columns() if c not in columns)
            if missing:
                raise MappingError(
                    "mapping names columns the file does not have",
                    code="missing_columns",
                    missing=missing,
                )
            used = mapping.used_columns()
            mapping.unmapped = [c for c in columns if c not in used]
        return mapping

    def save(self, path: str | Path, overwrite: bool = False) -> Path:
        """Write the mapping as JSON, atomically; an existing file only if ``overwrite``.

        Raises :class:`gis.io.outputguard.OutputError` (folder missing or read-only,
        file exists) before anything is written.
        """
        from gis.io.atomicfile import atomic_write_text
        from gis.io.outputguard import check_target

        path = check_target(path, overwrite)
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        return atomic_write_text(path, text)

    @classmethod
    def load(cls, path: str | Path, columns: list[str] | None = None) -> ColumnMapping:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MappingError(str(exc), code="unreadable", path=path) from exc
        return cls.from_dict(data, columns)


def recognise_layout(columns: list[str]) -> str | None:
    """Name of the known layout whose signature columns are all present."""
    slugs = {slug(c) for c in columns}
    for name, signature in LAYOUT_SIGNATURES:
        if signature <= slugs:
            return name
    return None


def recognise(columns: list[str]) -> ColumnMapping:
    """Build the mapping for a file from its column names alone.

    Every field takes the first column whose slug is one of its synonyms;
    program columns come from ``program_penerima.csv`` and from any column
    named ``Penerima <X>``, which becomes a user-defined program ``X``.
    """
    by_slug: dict[str, str] = {}
    for col in columns:
        by_slug.setdefault(slug(col), col)
    mapping = ColumnMapping(layout=recognise_layout(columns))
    taken: set[str] = set()
    for fld, names in synonyms().items():
        for name in names:
            col = by_slug.get(name)
            if col is not None and col not in taken:
                mapping.fields[fld] = col
                taken.add(col)
                break
    for program in received_programs():
        cols = [by_slug[s] for s in program.synonyms if s in by_slug and by_slug[s] not in taken]
        if cols:
            mapping.programs[program.key] = cols
            taken.update(cols)
    # Two-row headers arrive joined as "Penerima Bantuan / PKH": the program
    # is named by the sub-header under the group label.
    by_program = {s: p.key for p in received_programs() for s in p.synonyms}
    for col in columns:
        if col in taken or HEADER_JOIN not in col:
            continue
        key = by_program.get(slug(col.rsplit(HEADER_JOIN, 1)[1]))
        if key is not None:
            mapping.programs.setdefault(key, []).append(col)
            taken.add(col)
    for col in columns:
        s = slug(col)
        if col in taken or not s.startswith("penerima") or len(s) <= len("penerima"):
            continue
        label = col.strip()[len("penerima") :].strip(" _-:") or s[len("penerima") :]
        key = slug(label).upper()
        mapping.programs.setdefault(key, []).append(col)
        mapping.program_names.setdefault(key, label)
        taken.add(col)
    if any(h in mapping.fields for h in PERSON_LEVEL_HINTS):
        mapping.level = "individu"
    mapping.unmapped = [c for c in columns if c not in taken]
    return mapping
