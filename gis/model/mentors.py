"""The mentor pool: civil servants and PSKS persons who each mentor a few families.

A BKD or Dinas exports its mentors as a list (name, NIP, agency/OPD, work
unit, village code or coordinates, competences, capacity in families); PSKS
persons (PSM, TKSK, PKH facilitators, ASN mentors) of the PSKS layer join
the pool with a stated default capacity. Names and NIP are personal data:
they stay in separate arrays that every output masks or leaves out; results
name a mentor by ``mentor_id`` only.

The competence codes and the rules that derive a family's needs from its
register record are editable tables in ``resources/codes`` (kompetensi.csv,
kebutuhan_keluarga.csv). Competences and needs are bit masks over the code
table's order, so "fits" is one ``&``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from gis.io.codelists import slug
from gis.io.codes import normalize_village_codes
from gis.io.nik import mask_id
from gis.io.parse import parse_float, text_column
from gis.io.readers import RawTable, read_table
from gis.io.report import ImportReport, place_counts
from gis.model.households import HouseholdTable
from gis.model.placement import assign_by_point, place_approximately
from gis.model.psks import PsksTable
from gis.model.villages import VillageTable

#: capacity (families) taken when the list has no capacity value for a mentor:
#: a civil servant mentors one family (the city programme the issue cites)
DEFAULT_CAPACITY = 1
#: more families than this for one mentor is not mentoring; the row is refused
MAX_CAPACITY = 50
#: PSKS persons who mentor, with the families each takes by default: PSM,
#: TKSK, Pendamping PKH and ASN mentors of the PSKS layer (the layer's own
#: capacity counts households *served*, not mentored, so it is not used)
PSKS_MENTOR_CAPACITY = {2: 5, 10: 10, 13: 10, 14: 1}
#: agency shown for PSKS persons
PSKS_AGENCY = {
    2: "PSM",
    10: "TKSK",
    13: "Pendamping PKH",
    14: "ASN (lapisan PSKS)",
}

#: source column names (slugged) per mentor field
_SYNONYMS = {
    "mentor_id": ("idpendamping", "kodependamping", "idmentor", "id"),
    "name": ("nama", "namalengkap", "namapegawai", "namaasn", "namapendamping"),
    "nip": ("nip", "nipbaru", "nipasn"),
    "agency": ("opd", "instansi", "perangkatdaerah", "skpd", "unitorganisasi", "agency"),
    "work_unit": ("unitkerja", "alamatunitkerja", "alamatkantor", "satuankerja"),
    "village_code": ("kodedesa", "kodewilayah", "kodekelurahan", "kddesa", "kodedesakelurahan"),
    "lon": ("lon", "bujur", "longitude", "lng", "x"),
    "lat": ("lat", "lintang", "latitude", "y"),
    "competence": ("kompetensi", "keahlian", "bidang", "bidangkeahlian"),
    "capacity": ("kapasitas", "kuota", "kapasitaskeluarga", "jumlahkeluarga", "maxkeluarga"),
}

_NIP = re.compile(r"^[0-9]{18}$")
_SPLIT = re.compile(r"[;,/|]+")


def _code_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("resources").joinpath("codes", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


@cache
def competences() -> tuple[tuple[str, str], ...]:
    """(code, name) of each competence, in table order (bit ``i`` = row ``i``)."""
    return tuple((r["kode"].strip(), r["nama"].strip()) for r in _code_rows("kompetensi.csv"))


def competence_bit(code: str) -> int:
    """Bit of one competence code (by code or name, any case); 0 if unknown."""
    key = slug(code)
    for i, (c, name) in enumerate(competences()):
        if key in (slug(c), slug(name)):
            return 1 << i
    return 0


def competence_names(mask: int) -> list[str]:
    """Codes of the competences in a bit mask."""
    return [c for i, (c, _) in enumerate(competences()) if mask >> i & 1]


def _ints(text: str) -> tuple[int, ...]:
    out: list[int] = []
    for part in _SPLIT.split(text or ""):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return tuple(out)


@dataclass(frozen=True)
class NeedRule:
    """One row of the needs table: every filled condition must hold."""

    competence: str
    ppks_any: tuple[int, ...] = ()
    desil: tuple[int, ...] = ()
    lacks_program: str = ""
    members_min: int = 0


@cache
def need_rules() -> tuple[NeedRule, ...]:
    """The default family-needs rules (resources/codes/kebutuhan_keluarga.csv)."""
    return tuple(
        NeedRule(
            competence=r["kompetensi"].strip(),
            ppks_any=_ints(r.get("ppks", "")),
            desil=_ints(r.get("desil", "")),
            lacks_program=(r.get("belum_program") or "").strip().upper(),
            members_min=int(r["anggota_min"]) if (r.get("anggota_min") or "").strip() else 0,
        )
        for r in _code_rows("kebutuhan_keluarga.csv")
    )


def family_needs(table: HouseholdTable, rules=None) -> np.ndarray:
    """Competence bit mask each family needs, by the needs rules (uint32).

    A condition the register cannot answer (no PPKS column, the program's
    receipt unknown, size unknown) does not hold: such a need is unknown, and
    an unknown need is not made up. A family with no need fits any mentor.
    """
    from gis.model.filters import ppks_mask

    n = len(table)
    out = np.zeros(n, dtype=np.uint32)
    for rule in need_rules() if rules is None else rules:
        bit = competence_bit(rule.competence)
        if not bit:
            continue
        m = np.ones(n, dtype=bool)
        if rule.ppks_any:
            m &= table.ppks_known & ((table.ppks & np.uint32(ppks_mask(rule.ppks_any))) != 0)
        if rule.desil:
            m &= np.isin(table.desil, rule.desil)
        if rule.lacks_program:
            pbit = np.uint32(table.program_bit(rule.lacks_program))
            m &= ((table.programs_known & pbit) != 0) & ((table.programs & pbit) == 0)
        if rule.members_min:
            m &= table.members >= rule.members_min
        out[m] |= np.uint32(bit)
    return out


@dataclass
class MentorTable:
    """Mentors as parallel arrays (see HouseholdTable); ``name``/``nip`` are personal."""

    villages: VillageTable
    mentor_id: np.ndarray  # object
    agency: np.ndarray  # object: OPD, or the PSKS kind for PSKS persons
    village: np.ndarray  # int32, -1 unknown
    capacity: np.ndarray  # int32 >= 1
    competence: np.ndarray  # uint32 bit mask over competences()
    x: np.ndarray
    y: np.ndarray
    approx: np.ndarray  # placed at the village point, not measured
    from_psks: np.ndarray  # bool
    row: np.ndarray  # source row (PSKS row for PSKS persons)
    name: np.ndarray | None = None
    nip: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.mentor_id)

    @property
    def masked_nip(self) -> np.ndarray | None:
        if self.nip is None:
            return None
        return np.array([mask_id(v) if v else "" for v in self.nip], dtype=object)

    def extend(self, other: MentorTable) -> MentorTable:
        """This pool and another (same village table), e.g. a list plus PSKS persons."""

        def cat(a, b, n_a, n_b):
            if a is None and b is None:
                return None
            a = a if a is not None else np.full(n_a, None, dtype=object)
            b = b if b is not None else np.full(n_b, None, dtype=object)
            return np.concatenate([a, b])

        n_a, n_b = len(self), len(other)
        return MentorTable(
            villages=self.villages,
            **{
                f: np.concatenate([getattr(self, f), getattr(other, f)])
                for f in (
                    "mentor_id",
                    "agency",
                    "village",
                    "capacity",
                    "competence",
                    "x",
                    "y",
                    "approx",
                    "from_psks",
                    "row",
                )
            },
            name=cat(self.name, other.name, n_a, n_b),
            nip=cat(self.nip, other.nip, n_a, n_b),
        )


def recognise_mentor_columns(columns) -> dict[str, str]:
    """Mentor field -> source column, by the slugged column names."""
    by_slug = {}
    for col in columns:
        by_slug.setdefault(slug(col), col)
    out = {}
    for fld, names in _SYNONYMS.items():
        for s in names:
            if s in by_slug and by_slug[s] not in out.values():
                out[fld] = by_slug[s]
                break
    return out


def _competences(values) -> tuple[np.ndarray, np.ndarray]:
    """Bit masks of competence cells ("umkm; lansia"), and which cells held an unknown code."""
    text = text_column(values)
    bits = np.zeros(len(text), dtype=np.uint32)
    bad = np.zeros(len(text), dtype=bool)
    cache_: dict[str, tuple[int, bool]] = {}
    for i, cell in enumerate(text):
        cell = cell or ""
        if cell not in cache_:
            mask, unknown = 0, False
            for part in _SPLIT.split(cell):
                if part.strip():
                    b = competence_bit(part)
                    mask |= b
                    unknown |= b == 0
            cache_[cell] = (mask, unknown)
        bits[i], bad[i] = cache_[cell]
    return bits, bad


def build_mentors(raw: RawTable, villages: VillageTable) -> tuple[MentorTable, ImportReport]:
    """Mentor table from a raw table, with a report of every refused or doubtful row.

    Refused: a NIP seen on an earlier row (the first is kept), capacity 0 or
    not a whole number, capacity above :data:`MAX_CAPACITY`, no village code
    nor coordinates. Kept with a warning: NIP not 18 digits, unknown village
    code (coordinates used if present), unknown competence codes (ignored),
    capacity left empty (:data:`DEFAULT_CAPACITY`). Values in the report are
    masked (NIP keeps its first six digits).
    """
    frame = raw.frame
    f = recognise_mentor_columns(frame.columns)
    n = len(frame)
    rows = np.asarray(raw.rows, dtype=np.int64)
    report = ImportReport(
        path=Path(raw.path).name,
        layer=raw.layer,
        layout="PENDAMPING",
        level="pendamping",
        rows_read=n,
        mapping=dict(f),
        unmapped=[c for c in frame.columns if c not in f.values()],
        notes=list(raw.notes),
    )
    reject = np.zeros(n, dtype=bool)

    nip = text_column(frame[f["nip"]]) if "nip" in f else None
    if nip is not None:
        clean = np.array([re.sub(r"[\s.\-']", "", v or "") for v in nip], dtype=object)
        filled = clean != ""
        bad_nip = filled & ~np.array([bool(_NIP.match(v)) for v in clean])
        report.add(
            rows[bad_nip], f["nip"], "mentor_nip_invalid", [mask_id(v) for v in clean[bad_nip]]
        )
        _, first = np.unique(clean, return_index=True)
        dup = filled.copy()
        dup[first] = False
        report.add(
            rows[dup], f["nip"], "mentor_duplicate_nip", [mask_id(v) for v in clean[dup]], True
        )
        reject |= dup
        nip = clean
    else:
        report.fields_not_carried.append("nip")

    capacity = np.full(n, DEFAULT_CAPACITY, dtype=np.int64)
    if "capacity" in f:
        col = f["capacity"]
        values, bad = parse_float(frame[col])
        empty = np.array([not (t or "").strip() for t in text_column(frame[col])])
        whole = ~bad & ~np.isnan(values) & (values == np.round(values))
        report.add(rows[empty], col, "mentor_capacity_default")
        invalid = ~empty & (~whole | (values <= 0))
        absurd = ~empty & whole & (values > MAX_CAPACITY)
        raw_vals = frame[col].to_numpy(dtype=object)
        report.add(rows[invalid], col, "mentor_capacity_zero", raw_vals[invalid], True)
        report.add(rows[absurd], col, "mentor_capacity_absurd", raw_vals[absurd], True)
        reject |= invalid | absurd
        ok = ~empty & whole & ~invalid & ~absurd
        capacity[ok] = values[ok].astype(np.int64)
    else:
        report.fields_not_carried.append("capacity")

    if "competence" in f:
        comp, unknown = _competences(frame[f["competence"]])
        report.add(
            rows[unknown],
            f["competence"],
            "mentor_competence_unknown",
            frame[f["competence"]].to_numpy(dtype=object)[unknown],
        )
    else:
        comp = np.zeros(n, dtype=np.uint32)

    codes = (
        normalize_village_codes(text_column(frame[f["village_code"]]))
        if "village_code" in f
        else np.full(n, "", "U10")
    )
    village = villages.lookup(codes)
    unknown_code = (village < 0) & (np.char.str_len(codes.astype(str)) > 0)
    report.add(
        rows[unknown_code],
        f.get("village_code", "kode_desa"),
        "village_code_unknown",
        codes[unknown_code],
    )
    x = raw.x.copy() if raw.x is not None else np.full(n, np.nan)
    y = raw.y.copy() if raw.y is not None else np.full(n, np.nan)
    if np.isnan(x).all() and "lon" in f and "lat" in f:
        x, _ = parse_float(frame[f["lon"]])
        y, _ = parse_float(frame[f["lat"]])
    has = ~np.isnan(x) & ~np.isnan(y)
    need = np.flatnonzero(has & (village < 0))
    if len(need) and len(villages):
        v, _, _ = assign_by_point(villages, x[need], y[need])
        village[need] = v
    approx = ~has & (village >= 0)
    if approx.any():
        ax, ay = place_approximately(villages, np.where(approx, village, -1))
        x[approx], y[approx] = ax[approx], ay[approx]
    nowhere = np.isnan(x) & ~reject
    report.add(rows[nowhere], f.get("village_code", "kode_desa"), "mentor_no_location", None, True)
    reject |= nowhere

    keep = ~reject
    ids = (
        text_column(frame[f["mentor_id"]]).astype(object)
        if "mentor_id" in f
        else np.array([f"M-{r}" for r in rows], dtype=object)
    )
    agency = (
        np.array([(a or "").strip() or "-" for a in text_column(frame[f["agency"]])], dtype=object)
        if "agency" in f
        else np.full(n, "-", dtype=object)
    )
    names = text_column(frame[f["name"]]).astype(object) if "name" in f else None
    table = MentorTable(
        villages=villages,
        mentor_id=ids[keep],
        agency=agency[keep],
        village=village[keep].astype(np.int32),
        capacity=capacity[keep].astype(np.int32),
        competence=comp[keep],
        x=x[keep],
        y=y[keep],
        approx=approx[keep],
        from_psks=np.zeros(int(keep.sum()), dtype=bool),
        row=rows[keep],
        name=names[keep] if names is not None else None,
        nip=nip[keep] if nip is not None else None,
    )
    report.households = len(table)
    report.without_coordinates = int((~has[keep]).sum())
    report.set_places(place_counts(table.x, table.approx))
    report.counts = {
        "capacity_total": int(table.capacity.sum()),
        "agencies": len(set(table.agency.tolist())),
    }
    return table, report


def load_mentors(path, villages: VillageTable, *, layer=None, sheet=None):
    """Read a mentor list (any format the readers know) onto the village table."""
    return build_mentors(read_table(path, layer, sheet=sheet), villages)


def mentors_from_psks(psks: PsksTable, capacity: dict[int, int] | None = None) -> MentorTable:
    """PSKS persons who mentor (PSM, TKSK, PKH facilitators, ASN) as mentors.

    Each takes the default capacity of its kind (:data:`PSKS_MENTOR_CAPACITY`,
    or ``capacity``); PSKS persons carry no competence list, so they fit only
    families without a stated need when competence is a hard condition.
    """
    caps = PSKS_MENTOR_CAPACITY if capacity is None else capacity
    kinds = np.asarray(psks.type, dtype=np.int64)
    sel = np.isin(kinds, list(caps)) & ~np.isnan(psks.x)
    k = kinds[sel]
    n = int(sel.sum())
    return MentorTable(
        villages=psks.villages,
        mentor_id=np.asarray(psks.psks_id, dtype=object)[sel],
        agency=np.array([PSKS_AGENCY.get(int(t), str(t)) for t in k], dtype=object),
        village=np.asarray(psks.village, dtype=np.int32)[sel],
        capacity=np.array([caps[int(t)] for t in k], dtype=np.int32),
        competence=np.zeros(n, dtype=np.uint32),
        x=np.asarray(psks.x, dtype=float)[sel],
        y=np.asarray(psks.y, dtype=float)[sel],
        approx=np.asarray(psks.approx, dtype=bool)[sel],
        from_psks=np.ones(n, dtype=bool),
        row=(psks.row[sel] if psks.row is not None else np.flatnonzero(sel)).astype(np.int64),
    )
