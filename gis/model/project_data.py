"""From a project file to loaded tables, and from loaded tables to a project.

:mod:`gis.io.project` knows the file; this module reads the data files it
names through the same readers and importer as the import dialog (with the
column mapping, layer and sheet the project recorded) and builds the
:class:`gis.model.workspace.Dataset`, the zones and the filter. It never
loads a file that is missing or changed without being told so: the caller
(the app asks the planner; the CLI stops) first sees the
:class:`ProjectDataError` with every file's check.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import shapely

from gis.errors import SasaranError
from gis.io.project import (
    DataFile,
    FileCheck,
    Project,
    accept_current,
    check_files,
    describe_file,
)
from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.workspace import Dataset
from gis.model.zones import Zone
from gis.progress import sub_progress


class ProjectDataError(SasaranError):
    """Data files of a project are missing (``code="project_missing"``) or changed
    (``code="project_changed"``) or the project names no boundaries (``no_boundaries``);
    ``checks`` holds every file's :class:`gis.io.project.FileCheck`."""


@dataclass
class ProjectData:
    """What opening a project produced, ready for a workspace."""

    project: Project
    data: Dataset
    zones: list[Zone] = field(default_factory=list)
    filter: HouseholdFilter = field(default_factory=HouseholdFilter)
    #: the changed files the caller accepted, with their check (what differs)
    changed: list[FileCheck] = field(default_factory=list)
    #: role -> (records saved, records now) where the accepted file gave another count
    record_changes: dict[str, tuple[int | None, int]] = field(default_factory=dict)


def zones_to_collection(zones) -> dict | None:
    """Zones as a GeoJSON FeatureCollection (lon/lat; village zones by code)."""
    if not zones:
        return None
    feats = []
    for z in zones:
        feats.append(
            {
                "type": "Feature",
                "properties": {"zone_id": z.zone_id, "name": z.name, "villages": list(z.villages)},
                "geometry": None if z.geometry is None else shapely.geometry.mapping(z.geometry),
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def zones_from_collection(fc: dict | None) -> list[Zone]:
    zones = []
    for i, f in enumerate((fc or {}).get("features", ()), start=1):
        props = f.get("properties") or {}
        zid = str(props.get("zone_id") or f"zona-{i}")
        geom = f.get("geometry")
        shape = shapely.geometry.shape(geom) if geom else None
        if shape is not None and shape.geom_type not in ("Polygon", "MultiPolygon"):
            continue  # not a zone this version can use; the rest still open
        zones.append(
            Zone(
                zone_id=zid,
                name=str(props.get("name") or zid),
                geometry=shape,
                villages=tuple(str(v) for v in props.get("villages") or ()),
            )
        )
    return zones


def build_project(
    files: dict[str, dict],
    *,
    zones=(),
    flt: HouseholdFilter | None = None,
    scenario: str | Path | None = None,
    map_view: dict | None = None,
    styles: dict | None = None,
    data: Dataset | None = None,
    name: str = "",
    synthetic: bool = False,
) -> Project:
    """A project of the files in use now.

    ``files`` maps a role to ``{"path": ..., "layer": ..., "sheet": ...,
    "mapping": ...}``; paths stay absolute until :func:`gis.io.project.save_project`
    makes them relative to where the project is saved. The record counts
    come from ``data`` when given.
    """
    counts = {}
    if data is not None:
        counts = {
            "boundaries": len(data.villages),
            "households": len(data.households),
            "psks": len(data.psks) if data.psks is not None else None,
        }
    entries: list[DataFile] = []
    for role, how in files.items():
        if not how or not how.get("path"):
            continue
        entries.append(
            describe_file(
                role,
                how["path"],
                layer=how.get("layer"),
                sheet=how.get("sheet"),
                mapping=how.get("mapping"),
                records=counts.get(role),
            )
        )
    return Project(
        data_files=entries,
        zones=zones_to_collection(list(zones)),
        scenario=str(Path(scenario).resolve()) if scenario else None,
        filter=(flt or HouseholdFilter()).to_dict(),
        map_view=dict(map_view or {}),
        styles=dict(styles or {}),
        name=name,
        synthetic=synthetic,
    )


def verify(project: Project, accept_changed: bool = False) -> list[FileCheck]:
    """Every file's check; raises :class:`ProjectDataError` unless all can be read.

    Missing files always stop; changed files stop unless ``accept_changed``.
    """
    checks = check_files(project)
    if project.file("boundaries") is None:
        raise ProjectDataError("no boundaries", code="project_no_boundaries", checks=checks)
    missing = [c for c in checks if c.state == "missing"]
    if missing:
        raise ProjectDataError(
            "data files missing", code="project_missing", checks=checks, path=missing[0].path
        )
    changed = [c for c in checks if c.state == "changed"]
    if changed and not accept_changed:
        raise ProjectDataError(
            "data files changed", code="project_changed", checks=checks, path=changed[0].path
        )
    return checks


class _StoredMapping:
    """A column mapping as the project stored it, for the snapshot key only."""

    def __init__(self, data: dict):
        self._data = data

    def to_dict(self) -> dict:
        return self._data


def load_project_data(
    project: Project,
    *,
    accept_changed: bool = False,
    progress=None,
    cancelled=None,
) -> ProjectData:
    """Read the project's files into a dataset (boundaries, then register, then PSKS).

    Raises :class:`ProjectDataError` before reading anything when a file is
    missing, or changed and not accepted. An accepted changed file is read
    as it is now, and the project takes its new fingerprint; the result
    says what differed (:attr:`ProjectData.changed`, ``record_changes``).
    """
    from gis.io.mapping import ColumnMapping, recognise
    from gis.io.readers import read_table
    from gis.model.importer import build_households
    from gis.model.psks import load_psks
    from gis.model.release import release_freed_memory
    from gis.model.snapshot import read_snapshot, write_snapshot
    from gis.model.villages import read_villages

    checks = verify(project, accept_changed)
    by_role = {c.entry.role: c for c in checks}
    changed = [c for c in checks if c.state == "changed"]

    b = by_role["boundaries"]
    villages = read_villages(b.path, layer=b.entry.layer)
    if progress:
        progress(0.15, "batas wilayah")
    table, report, psks, psks_report, mapping = None, None, None, None, None
    if "households" in by_role:
        h = by_role["households"]
        # reopening reads the columnar snapshot of the import when the file,
        # its layer/sheet, the mapping and the boundaries are all unchanged
        given = h.entry.mapping and not h.entry.mapping.get("recognised")
        stored = _StoredMapping(h.entry.mapping) if given else None
        where = {"layer": h.entry.layer, "sheet": h.entry.sheet}
        hit = read_snapshot(h.path, villages, mapping=stored, **where)
        if hit is not None:
            table, report = hit
            mapping = stored
        else:
            raw = read_table(
                h.path,
                h.entry.layer,
                sheet=h.entry.sheet,
                progress=sub_progress(progress, 0.15, 0.6),
                cancelled=cancelled,
            )
            columns = list(raw.frame.columns)
            if h.entry.mapping:
                mapping = ColumnMapping.from_dict(h.entry.mapping, columns)
            else:  # what the import would recognise, then kept in the project
                mapping = recognise(columns)
            table, report = build_households(
                raw,
                villages,
                mapping=mapping,
                progress=sub_progress(progress, 0.6, 0.9),
                cancelled=cancelled,
            )
            # keyed as the lookup is: the stored mapping, or None for "recognised
            # automatically" (the same key the command line uses)
            write_snapshot(table, report, h.path, villages, mapping=stored, **where)
            del raw
            release_freed_memory()
        villages = table.villages
    else:
        table = HouseholdTable.empty(villages)
    if "psks" in by_role:
        p = by_role["psks"]
        psks, psks_report = load_psks(
            p.path, villages, layer=p.entry.layer, sheet=p.entry.sheet, cancelled=cancelled
        )
    if progress:
        progress(1.0, "")

    counts = {
        "boundaries": len(villages),
        "households": len(table),
        "psks": len(psks) if psks is not None else None,
    }
    record_changes = {}
    for c in changed:
        role = c.entry.role
        now = counts.get(role)
        if now is not None and c.entry.records != now:
            record_changes[role] = (c.entry.records, now)
        accept_current(project, role, records=now)
    # what this reading established, for a project built before anything was read
    project.data_files = [
        replace(
            f,
            records=f.records if f.records is not None else counts.get(f.role),
            # a recognised mapping is kept marked so: its snapshot is keyed as
            # "recognised automatically", like the command line's
            mapping=f.mapping
            if f.mapping or f.role != "households" or mapping is None
            else {**mapping.to_dict(), "recognised": True},
        )
        for f in project.data_files
    ]
    label = project.name or (Path(project.path).stem if project.path else "")
    data = Dataset(
        villages=villages,
        households=table,
        psks=psks,
        household_report=report,
        psks_report=psks_report,
        label=label or by_role.get("households", b).path.name,
        synthetic=project.synthetic,
    )
    try:
        flt = HouseholdFilter.from_dict(project.filter) if project.filter else HouseholdFilter()
    except (TypeError, ValueError, KeyError):
        flt = HouseholdFilter()
    return ProjectData(
        project=project,
        data=data,
        zones=zones_from_collection(project.zones),
        filter=flt,
        changed=changed,
        record_changes=record_changes,
    )
