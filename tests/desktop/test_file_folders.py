"""File dialogs open in the last folder used, else Documents; never where Sasaran was started."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.main_window import MainWindow
from desktop.settings import Settings
from widgets.base import files


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Record where each file dialog opens; answer with the paths queued in ``answers``."""
    launch = tmp_path / "tempat_mulai"
    launch.mkdir()
    monkeypatch.chdir(launch)  # the folder Sasaran was started from
    monkeypatch.setattr(files, "_last_folder", "")
    seen, answers = [], []

    def save(_parent, _title, start="", _filters="", *args, **kwargs):
        seen.append(start)
        return (answers.pop(0) if answers else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save)
    return seen, answers, launch


def _folder(start: str) -> Path:
    p = Path(start)
    return p if p.is_dir() else p.parent


def test_every_save_dialog_starts_in_documents_then_the_last_folder(window, dialogs, tmp_path):
    seen, answers, launch = dialogs
    documents = Path(files.documents_folder())
    window.scenario_panel.save_as()  # cancelled
    window.zone_list.export_dialog()  # cancelled
    window.output_page.open_sheet()._export("pdf")  # cancelled
    assert len(seen) == 3
    for start in seen:
        assert Path(start).is_absolute()
        assert _folder(start) == documents
        assert _folder(start) != launch
    assert Path(seen[0]).name.endswith(".skenario.json")  # the suggested name is kept
    meeting = tmp_path / "rapat"
    meeting.mkdir()
    answers.append(str(meeting / "usulan.skenario.json"))
    assert window.scenario_panel.save_as()
    seen.clear()
    window.zone_list.export_dialog()
    window.output_page.open_sheet()._export("png")
    window.scenario_panel.action_open.trigger()
    assert [_folder(s) for s in seen] == [meeting] * 3


def test_the_last_folder_is_remembered_across_sessions(qtbot, ws, dialogs, tmp_path):
    seen, answers, _launch = dialogs
    win = MainWindow(ws, Settings())
    qtbot.addWidget(win)
    meeting = tmp_path / "rapat"
    meeting.mkdir()
    answers.append(str(meeting / "zona.gpkg"))
    win.zone_list.export_dialog()
    win.close()
    files.set_last_folder.__globals__["_last_folder"] = ""  # a new session starts empty
    again = MainWindow(ws, Settings())
    qtbot.addWidget(again)
    seen.clear()
    again.scenario_panel.save_as()
    assert _folder(seen[0]) == meeting
