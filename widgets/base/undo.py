"""Qt's undo stack over the pure edit records of :mod:`gis.model.edits`.

Every edit a planner makes (a zone drawn, moved, renamed, deleted, a filter
changed) is a record that applies itself to the workspace and returns its
inverse. This module only wraps those records in ``QUndoCommand`` so that
Ctrl+Z / Ctrl+Y, the Edit menu and an undo view work as in any Qt program;
the logic of each edit is tested on the model alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from gis.model.edits import Edit
from gis.model.workspace import Workspace


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


class EditCommand(QUndoCommand):
    """One undoable step: ``redo`` applies the edit, ``undo`` applies its inverse.

    Each application returns the edit that reverses it, so the command keeps
    swapping the two: after ``undo`` it holds the edit that redoes.
    """

    def __init__(self, edit: Edit, workspace: Workspace, parent: QUndoCommand | None = None):
        super().__init__(edit.label, parent)
        self._edit: Edit | None = edit
        self._inverse: Edit | None = None
        self._ws = workspace

    @property
    def edit(self) -> Edit | None:
        """The edit ``redo`` will apply (None while it is applied)."""
        return self._edit

    def redo(self) -> None:
        self._inverse = self._edit.apply(self._ws)
        self._edit = None

    def undo(self) -> None:
        self._edit = self._inverse.apply(self._ws)
        self._inverse = None


class UndoStack(QUndoStack):
    """Undo stack of one workspace; ``push_edit`` applies an edit and records it."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self._ws = workspace

    @property
    def workspace(self) -> Workspace:
        return self._ws

    def push_edit(self, edit: Edit) -> None:
        """Apply ``edit`` to the workspace now and make it undoable."""
        self.push(EditCommand(edit, self._ws))

    def undo_action(self, parent) -> QAction:
        """ "Urungkan" action (Ctrl+Z), its text naming the step it undoes."""
        action = self.createUndoAction(parent, tr("Urungkan"))
        action.setShortcuts(QKeySequence.StandardKey.Undo)
        action.setObjectName("urungkan")
        return action

    def redo_action(self, parent) -> QAction:
        """ "Ulangi" action (Ctrl+Y, and the platform's own redo key)."""
        action = self.createRedoAction(parent, tr("Ulangi"))
        keys = [QKeySequence("Ctrl+Y")]
        keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys
        ]
        action.setShortcuts(keys)
        action.setObjectName("ulangi")
        return action
