"""Fixtures for the scenario, program-table, suggestion and comparison widget tests.

The shipped demo province (65,000 households, the data the example
scenarios were computed on) is loaded once per test module. Questions and
messages are answered by clicking the button a test names, so a prompt
that nobody expected fails the test instead of blocking it.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from gis.demo.data import load_demo_dataset
from gis.model.workspace import Workspace


@pytest.fixture(scope="module")
def demo_data():
    return load_demo_dataset()


@pytest.fixture
def demo_ws(demo_data):
    """A fresh workspace on the shipped demo province, with no zones."""
    return Workspace(demo_data)


@pytest.fixture
def answers(monkeypatch):
    """Answer message boxes: ``answers.queue.append("Simpan")`` clicks that button next.

    Every box shown is recorded in ``answers.asked`` (title, text, informative,
    detail, buttons). A box with one button is closed with it when nothing is
    queued; any other unexpected question fails the test.
    """
    state = SimpleNamespace(queue=[], asked=[])

    def fake_exec(box):
        # the "Show Details..." button of a box with detailed text is not an answer
        buttons = [
            b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.ActionRole
        ]
        state.asked.append(
            SimpleNamespace(
                title=box.windowTitle(),
                text=box.text(),
                informative=box.informativeText(),
                detail=box.detailedText(),
                buttons=[b.text() for b in buttons],
            )
        )
        if state.queue:
            label = state.queue.pop(0)
        elif len(buttons) == 1:
            label = buttons[0].text()
        else:
            raise AssertionError(f"unexpected question: {box.text()!r}")
        for b in buttons:
            if b.text() == label:
                b.click()
                return 0
        raise AssertionError(f"no button {label!r} in {[b.text() for b in buttons]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return state
