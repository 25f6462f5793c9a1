"""Berkas > Simpan proyek / Buka proyek, the recent projects, and opening at start.

The main window remembers which files its data came from (the import
dialog's ``sig_loaded``, or the demo); saving a project writes those with
their fingerprints, the mapping used, the zones, the filter, the current
scenario file, the map view and the map style (:mod:`gis.io.project`).
Opening checks the files first: a missing one is asked for ("Cari
berkas..."), a changed one is read only when the planner says so, and what
differs is said afterwards. Reading runs on the background loader with a
progress window, as the import dialog does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from gis.io.project import SUFFIX, Project, check_files, open_project, relocate, save_project
from widgets.base import files


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def _filters() -> str:
    return tr("Proyek Sasaran (*.sasaran)")


# --- which files the data came from ------------------------------------------------


def remember_source(win, kind: str, path: str) -> None:
    """The import dialog loaded ``path`` as ``kind``: the project will name it."""
    from gis.io.mapping import ColumnMapping

    sources = win.data_sources
    data = win.workspace.data
    entry: dict = {"path": str(path)}
    if kind == "boundaries":
        sources.clear()  # new boundaries: the register and PSKS were dropped with the old
    elif kind == "households" and data is not None and data.household_report is not None:
        r = data.household_report
        entry["layer"] = r.layer
        dialog = getattr(win.layer_panel, "dialog", None)
        if dialog is not None and dialog.path == str(path) and dialog.raw is not None:
            # the mapping exactly as the planner set it (program names included)
            entry["mapping"] = dialog.current_mapping().to_dict()
        else:
            entry["mapping"] = ColumnMapping(
                fields=dict(r.mapping),
                programs={k: list(v) for k, v in r.programs.items()},
                level=r.level,
                layout=r.layout,
            ).to_dict()
    elif kind == "psks" and data is not None and data.psks_report is not None:
        entry["layer"] = data.psks_report.layer
    sources[kind] = entry
    win.data_synthetic = bool(data is not None and data.synthetic)


def remember_demo(win) -> None:
    """The demo province is loaded: a project saved now names the demo files."""
    from widgets.base.demo import demo_files

    paths, _ = demo_files()
    win.data_sources = {
        "boundaries": {"path": str(paths["villages"])},
        "households": {"path": str(paths["households"])},
        "psks": {"path": str(paths["psks"])},
    }
    win.data_synthetic = True
    # the demo is not the project that was open: "Simpan proyek" asks for a new name
    win.project_path = None


def current_project(win) -> Project:
    """A project of what the window shows now (paths absolute until saved)."""
    from gis.model.project_data import build_project

    canvas = win.canvas
    view, styles = {}, {}
    if canvas is not None:
        view = {"extent": [float(v) for v in canvas.view_bounds()]}
        method, k, palette = canvas.classification
        styles = {
            "indicator": canvas.indicator_key or "",
            "method": method,
            "classes": int(k),
            "palette": palette,
            "layers": {
                info.name: {"visible": bool(info.visible), "opacity": float(info.opacity)}
                for info in canvas.layers()
            },
        }
    scenario = win.scenario_panel.file_path
    return build_project(
        getattr(win, "data_sources", {}),
        zones=win.workspace.zones,
        flt=win.workspace.filter,
        scenario=scenario,
        map_view=view,
        styles=styles,
        data=win.workspace.data,
        synthetic=bool(getattr(win, "data_synthetic", False)),
    )


# --- saving --------------------------------------------------------------------------


def save(win, as_new: bool = False, path: str | Path | None = None) -> Path | None:
    """Save the project (asks for a name the first time or with ``as_new``)."""
    from widgets.base.messages import describe

    if not getattr(win, "data_sources", None) or "boundaries" not in win.data_sources:
        files.show_error(
            win,
            tr("Proyek tidak dapat disimpan"),
            tr("Belum ada data dari berkas. Muat batas wilayah dan data rumah tangga dulu."),
        )
        return None
    if path is None:
        path = None if as_new else getattr(win, "project_path", None)
    if path is None:
        chosen, _overwrite = files.choose_save_target(
            win, tr("Simpan proyek"), win.settings.get("folders/save"), _filters()
        )
        if not chosen:
            return None
        path = chosen
    project = current_project(win)
    try:
        written = save_project(project, path)
    except Exception as exc:  # noqa: BLE001 (worded for the planner; nothing half written)
        files.show_error(win, tr("Proyek tidak dapat disimpan"), describe(exc))
        return None
    _adopt_path(win, written)
    win.status.showMessage(tr("Proyek {name} disimpan.").format(name=written.name), 8000)
    return written


def _adopt_path(win, path: Path) -> None:
    win.project_path = Path(path)
    if not win.persist:  # a screenshot run neither reads nor writes the user's settings
        return
    win.settings.set("projects/last", str(path))
    recent = [p for p in win.settings.get("projects/recent") if p != str(path)]
    win.settings.set("projects/recent", [str(path), *recent][:10])
    win.settings.sync()


# --- opening -------------------------------------------------------------------------


def ask_locate(win, check) -> str:
    """Where a missing data file is now ("" = the planner gave up). Tests replace it."""
    from widgets.base.project_words import role_name

    box = QMessageBox(win)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Berkas data proyek tidak ditemukan"))
    box.setText(
        tr("{what} {name} tidak ada di tempat yang disimpan proyek. Cari berkasnya?").format(
            what=role_name(check.entry.role).capitalize(), name=check.entry.name
        )
    )
    find = box.addButton(tr("Cari berkas..."), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not find:
        return ""
    return files.ask_open_path(
        win, tr("Cari {name}").format(name=check.entry.name), str(check.path.parent), ""
    )


def ask_read_changed(win, checks) -> bool:
    """True when the planner chose to read the changed files as they are now. Tests replace it."""
    from widgets.base.project_words import check_line

    box = QMessageBox(win)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Berkas data berubah"))
    box.setText(
        tr(
            "Berkas data berubah sejak proyek disimpan, jadi angka bisa berbeda dari "
            "sebelumnya. Baca berkas yang berubah?"
        )
    )
    box.setInformativeText("\n".join(check_line(c) for c in checks))
    read = box.addButton(tr("Baca berkas yang berubah"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read


def settle_files(win, project: Project) -> bool:
    """Ask for missing files and about changed ones; True when loading may go ahead."""
    while True:
        checks = check_files(project)
        missing = [c for c in checks if c.state == "missing"]
        if not missing:
            break
        found = ask_locate(win, missing[0])
        if not found:
            return False
        relocate(project, missing[0].entry.role, found)
    changed = [c for c in checks if c.state == "changed"]
    return not changed or ask_read_changed(win, changed)


def open_path(win, path: str | Path | None = None):
    """Open a project (asks for one when ``path`` is None); returns the loading job or None."""
    from widgets.base.messages import describe
    from widgets.base.project_words import describe_project_error

    if path is None:
        path = files.ask_open_path(
            win, tr("Buka proyek"), win.settings.get("folders/open"), _filters()
        )
        if not path:
            return None
    try:
        project = open_project(path)
    except Exception as exc:  # noqa: BLE001 (worded for the planner)
        text = describe_project_error(exc) or describe(exc)
        files.show_error(win, tr("Proyek tidak dapat dibuka"), text)
        return None
    return load(win, project)


def load(win, project: Project, scenario: str | Path | None = None):
    """Check, then read the project's files in the background; the job, or None if abandoned."""
    from gis.model.project_data import load_project_data
    from widgets.base.progress_dialog import ProgressDialog
    from widgets.base.worker import run_job

    if not settle_files(win, project):
        win.status.showMessage(tr("Proyek tidak dibuka; data yang tampil tidak berubah."), 8000)
        return None
    job = run_job(
        load_project_data,
        project,
        accept_changed=True,  # the planner has just agreed to every change left
        progress=None,
        cancelled=None,
        parent=win,
    )
    job.sig_finished.connect(lambda result: apply(win, result, scenario))
    job.sig_failed.connect(lambda exc: _failed(win, exc))
    name = project.path.name if project.path is not None else tr("berkas data")
    win.progress_dialog = ProgressDialog(
        job, tr("Membuka {name}...").format(name=name), win, delay_ms=600
    )
    win.status.showMessage(tr("Membuka {name}...").format(name=name))
    return job


def _failed(win, exc) -> None:
    from widgets.base.messages import describe
    from widgets.base.project_words import describe_project_error

    files.show_error(
        win, tr("Proyek tidak dapat dibuka"), describe_project_error(exc) or describe(exc)
    )


def apply(win, loaded, scenario: str | Path | None = None) -> None:
    """Put an opened project into the window: data, scenario, zones, filter, view, style."""
    from gis.model.edits import AddZone, RemoveZone, SetFilter
    from widgets.base.project_words import check_line, record_change_line

    project = loaded.project
    ws = win.workspace
    ws.set_data(loaded.data)
    win.data_sources = {
        f.role: {
            "path": str(project.resolve(f.path)),
            "layer": f.layer,
            "sheet": f.sheet,
            "mapping": f.mapping,
        }
        for f in project.data_files
    }
    win.data_synthetic = project.synthetic
    scenario = scenario or project.scenario_path()
    if scenario is not None and Path(scenario).is_file():
        win.scenario_panel.open_file(scenario)
    # the project's zones and filter last: they may be newer than the scenario file
    for z in ws.zones:
        RemoveZone(z.zone_id).apply(ws)
    for z in loaded.zones:
        AddZone(z).apply(ws)
    SetFilter(loaded.filter).apply(ws)
    win.undo.clear()
    _apply_view(win, project)
    if project.path is not None:
        _adopt_path(win, project.path)
    notes = [check_line(c) for c in loaded.changed]
    notes += [record_change_line(r, a, b) for r, (a, b) in loaded.record_changes.items()]
    if notes:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Berkas yang berubah sudah dibaca"),
            tr("Data dibaca ulang dari berkas yang berubah:"),
            parent=win,
        )
        box.setInformativeText("\n".join(notes))
        box.open()  # not modal: the map is already usable
        win.change_note = box
    name = project.path.name if project.path is not None else ""
    win.status.showMessage(tr("Proyek {name} dibuka.").format(name=name), 8000)


def _apply_view(win, project: Project) -> None:
    canvas = win.canvas
    if canvas is None:
        return
    st = project.styles
    try:
        if st.get("indicator") is not None:
            canvas.set_indicator(st.get("indicator") or None)
        if st.get("method"):
            canvas.set_classification(st["method"], int(st["classes"]), st["palette"])
    except (KeyError, TypeError, ValueError):  # a style this version does not know
        pass
    known = {info.name for info in canvas.layers()}
    for name, look in (st.get("layers") or {}).items():
        if name not in known or not isinstance(look, dict):
            continue  # a layer of another version: the rest still apply
        try:
            canvas.set_layer_visible(name, bool(look.get("visible", True)))
            canvas.set_layer_opacity(name, float(look.get("opacity", 1.0)))
        except (TypeError, ValueError):
            pass
    win.layer_panel.refresh_layers()  # the panel shows the style the map now has
    extent = project.map_view.get("extent")
    if isinstance(extent, list) and len(extent) == 4:
        canvas.zoom_to_bounds(*extent, margin=0.0)


# --- menus and start-up ----------------------------------------------------------------


def fill_recent_menu(win, menu) -> None:
    menu.clear()
    recent = win.settings.get("projects/recent")
    if not recent:
        menu.addAction(tr("(belum ada)")).setEnabled(False)
    for path in recent:
        # projects are often all called "proyek": the folder tells them apart
        action = menu.addAction(f"{Path(path).name} — {Path(path).parent.name}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _=False, p=path: open_path(win, p))


def last_project(settings) -> Path | None:
    """The project to reopen at start, when it still exists."""
    last = settings.get("projects/last")
    return Path(last) if last and Path(last).is_file() and last.endswith(SUFFIX) else None


def open_files(win, paths):
    """``sasaran FILE...``: a project, or data files (by content), and a scenario.

    Returns the loading job, or None when nothing could be opened (then the
    reasons are on stderr and in the status bar).
    """
    import sys

    from gis.io.file_kind import file_kind
    from gis.model.project_data import build_project
    from widgets.base.messages import describe

    kinds: dict[str, Path] = {}
    for p in paths:
        try:
            kinds.setdefault(file_kind(p), Path(p))
        except Exception as exc:  # noqa: BLE001 (said, and the other files still open)
            print(f"Sasaran: {describe(exc)}", file=sys.stderr)
    if "project" in kinds:
        try:
            project = open_project(kinds["project"])
        except Exception as exc:  # noqa: BLE001
            _failed(win, exc)
            return None
        return load(win, project, kinds.get("scenario"))
    if "boundaries" not in kinds:
        # a scenario alone opens on the data the app starts with (see desktop.app)
        win.pending_scenario = kinds.get("scenario")
        if set(kinds) - {"scenario"}:
            print(
                "Sasaran: berkas batas wilayah (poligon desa) diperlukan untuk membuka data.",
                file=sys.stderr,
            )
        return None
    roles = {r: {"path": str(kinds[r])} for r in ("boundaries", "households", "psks") if r in kinds}
    return load(win, build_project(roles), kinds.get("scenario"))
