"""Scenarios and the scenario file.

A scenario is what a planner defends in a budget meeting: the zones, the
programs each zone delivers, who is eligible, the budget cap and the
priority rule, the program cost table the figures were computed with, and
the results. It has to survive being e-mailed to the finance office, opened
a year later by a newer Sasaran, and a power cut during a save. Hence:

* one self-contained, versioned JSON file (format in
  ``docs/scenario-format.md``), zones as GeoJSON in EPSG:4326;
* no personal data (no household ids, names, NIK, KK, addresses) and no
  absolute paths: data files are referred to by name and by the
  fingerprint of their content;
* written atomically (temp file, fsync, rename): a failed save leaves the
  previous file as it was;
* older versions open through explicit, tested migrations; a newer version,
  a corrupt file or a file computed on different data raises a
  :class:`ScenarioFileError` carrying a code, and nothing is written;
* autosave copies (:func:`write_recovery`, :func:`list_recoveries`) so a
  crash loses at most the last minutes.

The :class:`Scenario` model announces its own changes (psygnal): assigning a
field emits ``scenario.events.<field>``; the editing methods reassign fields
rather than mutate them in place, so every edit is announced.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import ClassVar

import shapely
from psygnal import SignalGroupDescriptor

from gis.errors import SasaranError
from gis.io.atomicfile import atomic_write_bytes
from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.zones import Zone
from gis.plan.allocation import (
    DEFAULT_PRIORITY,
    DEFAULT_RULE,
    Allocation,
    EligibilityRule,
    allocate,
    check_priority,
)
from gis.plan.money import MAX_RUPIAH, MoneyError, check_rupiah
from gis.plan.programs import ProgramTable, default_programs
from gis.plan.saved_matching import MATCHING_VERSION, check_matching

FORMAT = "sasaran-skenario"
#: version written by this release; see MIGRATIONS for how older ones are read
VERSION = 1
SUFFIX = ".skenario.json"
RECOVERY_SUFFIX = ".pemulihan.json"


class ScenarioFileError(SasaranError):
    """A scenario file cannot be used as it is.

    Codes: ``"not_found"``, ``"corrupt"`` (not JSON, truncated, or a field
    of the wrong shape; ``detail`` says which), ``"not_a_scenario"``,
    ``"newer_version"`` (``found`` and ``supported`` versions),
    ``"bad_budget"`` (the budget cap is not a usable amount: ``reason`` is
    a :class:`gis.plan.money.MoneyError` code, ``value`` and ``ceiling``).
    """


class ScenarioDataMismatch(ScenarioFileError):
    """The scenario was computed on other data (``code="data_mismatch"``).

    A warning, not a failure: the loaded scenario is in ``scenario`` (with
    ``stale=True``), ready to be re-evaluated on the current data if the
    planner accepts. ``expected`` and ``found`` are the two data references.
    """


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _name_only(text: str) -> str:
    # a file name, never a folder: scenario files travel between offices
    return PurePath(str(text).replace("\\", "/")).name if text else ""


@dataclass(frozen=True)
class DataRef:
    """Which data a scenario was computed on: names and a content fingerprint."""

    fingerprint: str
    households: int = 0
    villages: int = 0
    households_file: str = ""
    villages_file: str = ""
    source: str = ""
    snapshot: str = ""

    @classmethod
    def of(cls, table: HouseholdTable) -> DataRef:
        return cls(
            fingerprint=table.fingerprint(),
            households=len(table),
            villages=len(table.villages),
            households_file=_name_only(table.file_name),
            villages_file=_name_only(table.villages.source),
            source=table.source,
            snapshot=table.snapshot,
        )

    def to_dict(self) -> dict:
        return {
            "fingerprint": self.fingerprint,
            "households": self.households,
            "villages": self.villages,
            "households_file": _name_only(self.households_file),
            "villages_file": _name_only(self.villages_file),
            "source": self.source,
            "snapshot": self.snapshot,
        }

    @classmethod
    def from_dict(cls, d: Mapping) -> DataRef:
        return cls(
            fingerprint=str(d["fingerprint"]),
            households=int(d.get("households", 0)),
            villages=int(d.get("villages", 0)),
            households_file=_name_only(d.get("households_file", "")),
            villages_file=_name_only(d.get("villages_file", "")),
            source=str(d.get("source", "")),
            snapshot=str(d.get("snapshot", "")),
        )


@dataclass
class Scenario:
    """One intervention scenario (plain data that announces its changes).

    Attributes
    ----------
    name, notes, author
        What the planner types.
    filter
        Household filter the scenario was built with; allocation reaches
        only households that pass it (default: all households, the
        eligibility rules carry the desil condition).
    zones
        Zones in order (order decides which zone a shared household's cost
        is attributed to).
    zone_programs
        Zone id -> program keys the zone delivers.
    rules
        Program key -> :class:`EligibilityRule`; a program without an entry
        uses the default (desil 1-4 not yet receiving it).
    programs
        The program cost table the scenario is computed with.
    budget_cap
        Rupiah per year; None = no cap.
    priority
        Ordered priority keys for when the cap binds (see
        :data:`gis.plan.allocation.PRIORITY_FIELDS`).
    results
        Summary of the last evaluation (:meth:`evaluate`), or None.
    data
        Reference to the data the results were computed on.
    scenario_id, created
        Identity (names recovery copies) and creation time.
    matching
        The last mentor matching, IDs only (:mod:`gis.plan.saved_matching`),
        or None. Saved; part of the digest, so setting it is an unsaved change.
    stale
        True when the results were computed on other data than the table
        the scenario was opened against (not saved).
    """

    name: str = "Skenario baru"
    notes: str = ""
    author: str = ""
    filter: HouseholdFilter = field(default_factory=lambda: HouseholdFilter(desil=()))
    zones: tuple[Zone, ...] = ()
    zone_programs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rules: dict[str, EligibilityRule] = field(default_factory=dict)
    programs: ProgramTable = field(default_factory=default_programs)
    budget_cap: int | None = None
    priority: tuple[str, ...] = DEFAULT_PRIORITY
    results: dict | None = None
    data: DataRef | None = None
    scenario_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: str = field(default_factory=_now)
    stale: bool = False
    matching: dict | None = None

    events: ClassVar[SignalGroupDescriptor] = SignalGroupDescriptor()

    def __post_init__(self):
        self.priority = check_priority(self.priority)
        self.zones = tuple(self.zones)

    # --- reading -----------------------------------------------------------------

    def zone(self, zone_id: str) -> Zone:
        for z in self.zones:
            if z.zone_id == zone_id:
                return z
        raise KeyError(zone_id)

    def programs_used(self) -> tuple[str, ...]:
        """Program keys delivered by any zone, first-seen order."""
        out: dict[str, None] = {}
        for z in self.zones:
            for k in self.zone_programs.get(z.zone_id, ()):
                out.setdefault(k, None)
        return tuple(out)

    def rule(self, key: str) -> EligibilityRule:
        return self.rules.get(key, DEFAULT_RULE)

    # --- editing (each reassigns a field, so the change is announced) ------------

    def add_zone(self, zone: Zone, programs: Sequence[str] = ()) -> None:
        if any(z.zone_id == zone.zone_id for z in self.zones):
            raise ValueError(f"zone id {zone.zone_id!r} already used")
        self.zones = (*self.zones, zone)
        if programs:
            self.set_zone_programs(zone.zone_id, programs)

    def replace_zone(self, zone: Zone) -> None:
        """Put ``zone`` in place of the zone with the same id (geometry or name edit)."""
        self.zone(zone.zone_id)
        self.zones = tuple(zone if z.zone_id == zone.zone_id else z for z in self.zones)

    def remove_zone(self, zone_id: str) -> Zone:
        zone = self.zone(zone_id)
        self.zones = tuple(z for z in self.zones if z.zone_id != zone_id)
        if zone_id in self.zone_programs:
            self.zone_programs = {k: v for k, v in self.zone_programs.items() if k != zone_id}
        return zone

    def set_zone_programs(self, zone_id: str, keys: Sequence[str]) -> None:
        self.zone_programs = {**self.zone_programs, zone_id: tuple(keys)}

    def set_rule(self, key: str, rule: EligibilityRule | None) -> None:
        """Set the eligibility rule of a program (None restores the default)."""
        rules = {k: v for k, v in self.rules.items() if k != key}
        if rule is not None:
            rules[key] = rule
        self.rules = rules

    def set_priority(self, keys: Sequence[str]) -> None:
        self.priority = check_priority(keys)

    # --- evaluating ----------------------------------------------------------------

    def evaluate(
        self, table: HouseholdTable, *, masks=None, progress=None, cancelled=None
    ) -> Allocation:
        """Allocate on ``table`` and record the results and the data reference."""
        alloc = allocate(table, self, masks=masks, progress=progress, cancelled=cancelled)
        self.record(alloc, table)
        return alloc

    def record(self, alloc: Allocation, table: HouseholdTable | None = None, data=None) -> None:
        """Store an allocation's summary as the scenario's results."""
        self.results = alloc.summary
        if data is not None:
            self.data = data
        elif table is not None:
            self.data = DataRef.of(table)
        self.stale = False

    def matches(self, table: HouseholdTable, fingerprint: str | None = None) -> bool:
        """True if the scenario's results were computed on ``table``'s data (or it has none)."""
        if self.data is None:
            return True
        return self.data.fingerprint == (fingerprint or table.fingerprint())

    # --- dict form ---------------------------------------------------------------

    def to_dict(self) -> dict:
        """The ``scenario`` member of the file (see docs/scenario-format.md)."""
        out = {
            "id": self.scenario_id,
            "name": self.name,
            "notes": self.notes,
            "author": self.author,
            "created": self.created,
            "filter": self.filter.to_dict(),
            "zones": zones_to_geojson(self.zones, self.zone_programs),
            "rules": {k: r.to_dict() for k, r in self.rules.items()},
            "budget_cap": self.budget_cap,
            "priority": list(self.priority),
            "program_table": self.programs.to_dict(),
            "data": None if self.data is None else self.data.to_dict(),
            "results": self.results,
        }
        if self.matching is not None:  # optional member: files without a matching stay as they were
            out["matching"] = self.matching
        return out

    @classmethod
    def from_dict(cls, d: Mapping) -> Scenario:
        zones, zone_programs = zones_from_geojson(d.get("zones") or {"features": []})
        cap = d.get("budget_cap")
        return cls(
            name=str(d.get("name", "")),
            notes=str(d.get("notes", "")),
            author=str(d.get("author", "")),
            filter=HouseholdFilter.from_dict(d.get("filter") or {"desil": []}),
            zones=zones,
            zone_programs=zone_programs,
            rules={str(k): EligibilityRule.from_dict(v) for k, v in (d.get("rules") or {}).items()},
            programs=ProgramTable.from_dict(d["program_table"]),
            budget_cap=None if cap is None else check_rupiah(cap),
            priority=check_priority(d.get("priority") or DEFAULT_PRIORITY),
            results=d.get("results"),
            data=None if not d.get("data") else DataRef.from_dict(d["data"]),
            scenario_id=str(d.get("id") or uuid.uuid4().hex),
            created=str(d.get("created") or _now()),
            matching=_read_matching(d.get("matching")),
        )

    def digest(self) -> str:
        """Hash of what the planner edits (not results, data or id).

        Keep the digest of the last save; a different digest now means
        unsaved changes (the prompt before closing).
        """
        d = self.to_dict()
        for k in ("results", "data", "id", "created"):
            d.pop(k, None)
        text = json.dumps(d, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def _read_matching(d) -> dict | None:
    """The optional ``matching`` member; one of a newer layout is refused, never guessed."""
    if d is None:
        return None
    version = d.get("version") if isinstance(d, Mapping) else None
    if isinstance(version, int) and version > MATCHING_VERSION:
        raise ScenarioFileError(
            f"matching version {version} is newer than {MATCHING_VERSION}",
            code="newer_version",
            found=version,
            supported=MATCHING_VERSION,
        )
    return check_matching(d)


# --- zones as GeoJSON ------------------------------------------------------------


def zones_to_geojson(zones: Sequence[Zone], zone_programs: Mapping[str, Sequence[str]]) -> dict:
    """FeatureCollection (EPSG:4326 lon/lat) of the zones and their programs.

    Village-set zones have ``"geometry": null`` and their village codes in
    ``properties.villages``: the codes are what the zone is, and they keep
    working when boundaries are redrawn.
    """
    feats = []
    for z in zones:
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "zone_id": z.zone_id,
                    "name": z.name,
                    "kind": z.kind,
                    "villages": list(z.villages),
                    "programs": list(zone_programs.get(z.zone_id, ())),
                },
                "geometry": None if z.geometry is None else shapely.geometry.mapping(z.geometry),
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def zones_from_geojson(fc: Mapping) -> tuple[tuple[Zone, ...], dict[str, tuple[str, ...]]]:
    zones = []
    programs: dict[str, tuple[str, ...]] = {}
    for i, f in enumerate(fc.get("features", ()), start=1):
        props = f.get("properties") or {}
        zid = str(props.get("zone_id") or f"zona-{i}")
        geom = f.get("geometry")
        shape = shapely.geometry.shape(geom) if geom else None
        if shape is not None and shape.geom_type not in ("Polygon", "MultiPolygon"):
            raise ValueError(f"zone {zid} is a {shape.geom_type}, not a polygon")
        zones.append(
            Zone(
                zone_id=zid,
                name=str(props.get("name") or zid),
                geometry=shape,
                villages=tuple(str(v) for v in props.get("villages") or ()),
            )
        )
        programs[zid] = tuple(str(k) for k in props.get("programs") or ())
    return tuple(zones), programs


# --- the file ----------------------------------------------------------------------


def _migrate_0_to_1(doc: dict) -> dict:
    """Version 0 (the pre-release draft layout) to version 1.

    Version 0 kept zones as a list of ``{"id", "name", "villages" | "wkt",
    "programs"}``, one desil list for every program, ``"budget"`` for the
    cap, no program table and no priority. The default program table and
    priority are filled in, and a note says so.
    """
    feats = []
    for i, z in enumerate(doc.get("zones", ()), start=1):
        geom = shapely.from_wkt(z["wkt"]) if z.get("wkt") else None
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "zone_id": str(z.get("id") or f"zona-{i}"),
                    "name": z.get("name", ""),
                    "villages": list(z.get("villages") or ()),
                    "programs": list(z.get("programs") or ()),
                },
                "geometry": None if geom is None else shapely.geometry.mapping(geom),
            }
        )
    keys = sorted({k for f in feats for k in f["properties"]["programs"]})
    desil = list(doc.get("desil") or (1, 2, 3, 4))
    notes = str(doc.get("notes", ""))
    added = (
        "[Dibuka dari format versi 0: tabel biaya program bawaan dan urutan prioritas "
        "bawaan dipakai karena versi 0 tidak menyimpannya.]"
    )
    data = None
    if doc.get("fingerprint"):
        data = {"fingerprint": doc["fingerprint"], "households": doc.get("households", 0)}
    return {
        "format": FORMAT,
        "version": 1,
        "saved_at": doc.get("saved", ""),
        "scenario": {
            "id": doc.get("id") or uuid.uuid4().hex,
            "name": doc.get("name", ""),
            "notes": (notes + "\n" + added).strip(),
            "author": doc.get("author", ""),
            "created": doc.get("saved", ""),
            "filter": {"desil": []},
            "zones": {"type": "FeatureCollection", "features": feats},
            "rules": {k: {"desil": desil, "ppks_any": [], "lacks_program": True} for k in keys},
            "budget_cap": doc.get("budget"),
            "priority": list(DEFAULT_PRIORITY),
            "program_table": default_programs().to_dict(),
            "data": data,
            "results": None,
        },
    }


#: version n -> function turning a version-n document into version n+1
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _migrate_0_to_1}


def scenario_document(scenario: Scenario, **extra) -> dict:
    """The whole file content as a dict (``extra`` adds top-level members)."""
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "saved_at": _now(),
        "written_by": _written_by(),
        "privacy": "Data agregat; tidak memuat data pribadi",
        "scenario": scenario.to_dict(),
    }
    doc.update(extra)
    return doc


def _written_by() -> str:
    try:
        from importlib.metadata import version

        return f"Sasaran {version('sasaran')}"
    except Exception:  # not installed as a package (source checkout)
        return "Sasaran"


def _encode(doc: dict) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def save_scenario(scenario: Scenario, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the scenario file atomically.

    Parameters
    ----------
    scenario
        The scenario.
    path
        Target file (``.skenario.json`` by convention).
    overwrite
        Replace an existing file (the "Save" of an opened scenario); without
        it an existing file raises ``FileExistsError``.

    Notes
    -----
    The content goes to a temporary file beside ``path``, is fsynced and
    renamed over it: a crash or a full disk leaves the old file intact.
    """
    from gis.io.outputguard import check_target

    path = check_target(path, overwrite)  # folder, permission, existing file
    return atomic_write_bytes(path, _encode(scenario_document(scenario)))


def read_document(path: str | Path) -> dict:
    """The file as a version-:data:`VERSION` document (migrated if older); never writes."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ScenarioFileError("file not found", code="not_found", path=path) from exc
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        # truncated files land here too: the JSON ends before it closes
        raise ScenarioFileError(
            f"not valid JSON: {exc}", code="corrupt", path=path, detail=str(exc)
        ) from exc
    return migrate(doc, path)


def migrate(doc, path=None) -> dict:
    """Bring a parsed document to the current version through :data:`MIGRATIONS`."""
    if not isinstance(doc, dict):
        raise ScenarioFileError("not a scenario", code="not_a_scenario", path=path)
    if doc.get("format") == FORMAT:
        version = doc.get("version")
    elif doc.get("type") == "sasaran-scenario" and doc.get("version", 0) == 0:
        version = 0
    else:
        raise ScenarioFileError("not a scenario", code="not_a_scenario", path=path)
    if not isinstance(version, int) or version < 0:
        raise ScenarioFileError(
            f"bad version {version!r}", code="corrupt", path=path, detail="version"
        )
    if version > VERSION:
        raise ScenarioFileError(
            f"file version {version} is newer than {VERSION}",
            code="newer_version",
            path=path,
            found=version,
            supported=VERSION,
        )
    migrated_from = version
    while version < VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, ValueError, shapely.errors.ShapelyError) as exc:
            raise ScenarioFileError(
                f"cannot migrate version {version}: {exc}",
                code="corrupt",
                path=path,
                detail=str(exc),
            ) from exc
        version = doc["version"]
    doc["migrated_from"] = migrated_from
    return doc


def open_scenario(
    path: str | Path,
    table: HouseholdTable | None = None,
    *,
    fingerprint: str | None = None,
    accept_data_mismatch: bool = False,
) -> Scenario:
    """Read a scenario file.

    Parameters
    ----------
    path
        The file. It is only read, never rewritten (a migrated file is
        written in the new version at the next save).
    table
        Current household data; when given, the scenario's data reference
        is checked against its fingerprint.
    fingerprint
        ``table.fingerprint()`` if the caller already has it (saves hashing).
    accept_data_mismatch
        Return the scenario (with ``stale=True``) instead of raising when
        it was computed on other data.

    Raises
    ------
    ScenarioFileError
        ``not_found``, ``corrupt``, ``not_a_scenario``, ``newer_version``.
    ScenarioDataMismatch
        ``data_mismatch``: computed on other data; ``exc.scenario`` holds
        the loaded scenario.
    """
    path = Path(path)
    doc = read_document(path)
    try:
        scenario = Scenario.from_dict(doc["scenario"])
    except MoneyError as exc:
        # 1e309 (read as infinity), NaN, negative or absurd: say which, in the planner's words
        raise ScenarioFileError(
            f"bad budget cap: {exc}",
            code="bad_budget",
            path=path,
            reason=exc.code,
            value=exc.data.get("value"),
            ceiling=exc.data.get("ceiling", MAX_RUPIAH),
        ) from exc
    except ScenarioFileError as exc:  # a newer matching layout: refused with the file named
        raise ScenarioFileError(str(exc), code=exc.code, path=path, **exc.data) from exc
    except SasaranError as exc:
        raise ScenarioFileError(
            str(exc), code="corrupt", path=path, detail=f"{exc.code}: {exc}"
        ) from exc
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        OverflowError,  # int() of an infinite amount in the program table
        shapely.errors.ShapelyError,
    ) as exc:
        raise ScenarioFileError(
            f"malformed scenario: {exc!r}", code="corrupt", path=path, detail=repr(exc)
        ) from exc
    problems = scenario.programs.validate()
    if problems:
        raise ScenarioFileError(
            "invalid program table",
            code="corrupt",
            path=path,
            detail="program_table: " + ", ".join(p.code for p in problems),
        )
    if table is not None and scenario.data is not None:
        fp = fingerprint or table.fingerprint()
        if scenario.data.fingerprint != fp:
            scenario.stale = True
            if not accept_data_mismatch:
                raise ScenarioDataMismatch(
                    "scenario computed on other data",
                    code="data_mismatch",
                    path=path,
                    scenario=scenario,
                    expected=scenario.data,
                    found=fp,
                )
    return scenario


# --- autosave and recovery ------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy found in a recovery folder."""

    path: Path
    scenario_id: str
    name: str
    written_at: str
    original: str
    readable: bool
    error: str = ""


#: a scenario id used as it is in a file name: letters, digits, ``_`` and ``-`` only,
#: and long enough never to be a reserved device name (CON, NUL, COM1...)
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


def recovery_name(scenario_id) -> str:
    """The recovery file name of a scenario id: never a path, whatever the id holds.

    The id comes from a scenario file, i.e. from anyone: ``../../x`` or an
    absolute path must not steer the autosave (and its later deletion) out of
    the recovery folder. A well-formed id (the uuid Sasaran writes) is kept as
    it is; anything else is replaced by a hash of it.
    """
    sid = str(scenario_id)
    if not _SAFE_ID.fullmatch(sid):
        sid = "id-" + hashlib.sha256(sid.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return sid + RECOVERY_SUFFIX


def recovery_path(folder: str | Path, scenario: Scenario) -> Path:
    """Where :func:`write_recovery` puts the copy of ``scenario`` (one per scenario)."""
    return Path(folder) / recovery_name(scenario.scenario_id)


def write_recovery(
    scenario: Scenario, folder: str | Path, original: str | Path | None = None
) -> Path:
    """Autosave: write (atomically) a recovery copy of ``scenario`` into ``folder``.

    ``original`` is the scenario's own file, recorded by name only, so the
    recovery dialog can say which file the copy belongs to. Call
    :func:`discard_recovery` after a successful save or when the planner
    discards the copy.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    doc = scenario_document(
        scenario,
        recovery={"written_at": _now(), "original": _name_only(str(original or ""))},
    )
    return atomic_write_bytes(recovery_path(folder, scenario), _encode(doc))


def list_recoveries(folder: str | Path) -> list[Recovery]:
    """Recovery copies in ``folder``, newest first; unreadable ones are listed too."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    out = []
    for p in folder.glob(f"*{RECOVERY_SUFFIX}"):
        sid = p.name[: -len(RECOVERY_SUFFIX)]
        try:
            doc = read_document(p)
            rec = doc.get("recovery") or {}
            s = doc["scenario"]
            out.append(
                Recovery(
                    path=p,
                    scenario_id=str(s.get("id", sid)),
                    name=str(s.get("name", "")),
                    written_at=str(rec.get("written_at") or doc.get("saved_at", "")),
                    original=str(rec.get("original", "")),
                    readable=True,
                )
            )
        except (ScenarioFileError, KeyError, TypeError) as exc:
            stamp = _dt.datetime.fromtimestamp(p.stat().st_mtime, _dt.UTC)
            out.append(
                Recovery(
                    path=p,
                    scenario_id=sid,
                    name="",
                    written_at=stamp.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                    original="",
                    readable=False,
                    error=getattr(exc, "code", "corrupt"),
                )
            )
    out.sort(key=lambda r: r.written_at, reverse=True)
    return out


def discard_recovery(path: str | Path, folder: str | Path | None = None) -> bool:
    """Delete one recovery copy (missing is fine); True if a file was deleted.

    Only a recovery file is ever deleted: the name must end in
    :data:`RECOVERY_SUFFIX` and, when ``folder`` is given, the file must sit
    directly in that folder (after resolving ``..`` and links). Anything else
    is left alone.
    """
    path = Path(path)
    if not path.name.endswith(RECOVERY_SUFFIX):
        return False
    if folder is not None:
        try:
            inside = path.parent.resolve() == Path(folder).resolve()
        except OSError:
            return False
        if not inside:
            return False
    if not path.is_file() or path.is_symlink():
        return False
    path.unlink(missing_ok=True)
    return True
