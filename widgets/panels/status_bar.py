"""The status bar: where the cursor is, how many households are in view, and
whether personal data are masked.

Three facts a planner must never have to look for: the counts of the
current filter and selection, "Data pribadi disamarkan" (or a red warning
while masking is off for the session), and "DATA SINTETIS" while the demo
province is loaded, so nobody takes a demo figure into a meeting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from gis.model.filter_text import describe_filter
from gis.model.workspace import Workspace
from widgets.base import privacy
from widgets.base.fmt import num
from widgets.base.gis_text import gis_lang


class StatusBar(QStatusBar):
    """Observes the workspace; ``set_cursor(lon, lat)`` is fed by the map canvas."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.cursor_label = QLabel()
        self.cursor_label.setMinimumWidth(190)
        self.count_label = QLabel()
        self.privacy_label = QLabel()
        self.synthetic_label = QLabel()
        self.synthetic_label.setStyleSheet(
            "background: #fff3cd; color: #7a4d00; font-weight: bold; padding: 1px 6px;"
        )
        self.addWidget(self.count_label, 1)
        self.addPermanentWidget(self.cursor_label)
        self.addPermanentWidget(self.privacy_label)
        self.addPermanentWidget(self.synthetic_label)
        workspace.sig_data_changed.connect(lambda *_: self.refresh())
        workspace.sig_filter_changed.connect(lambda *_: self.refresh())
        workspace.sig_selection_changed.connect(lambda *_: self.refresh())
        workspace.sig_privacy_changed.connect(lambda *_: self.refresh())
        self.set_cursor(None, None)
        self.refresh()

    def set_cursor(self, lon, lat=None) -> None:
        """Show the cursor position in degrees (None when it left the map)."""
        if isinstance(lon, (tuple, list)) and lat is None:
            lon, lat = lon
        if lon is None or lat is None:
            self.cursor_label.setText(self.tr("Bujur –  Lintang –"))
            return
        ns = self.tr("LU") if lat >= 0 else self.tr("LS")
        self.cursor_label.setText(
            self.tr("Bujur {lon:.4f}° BT  Lintang {lat:.4f}° {ns}").format(
                lon=lon, lat=abs(lat), ns=ns
            )
        )

    def refresh(self) -> None:
        ws = self.workspace
        t = ws.households
        if t is None:
            self.count_label.setText(self.tr("Belum ada data dimuat"))
        else:
            text = self.tr("{n} dari {total} rumah tangga sesuai filter").format(
                n=num(int(ws.mask.sum())), total=num(len(t))
            )
            if ws.selection is not None and len(ws.selection):
                text += " · " + self.tr("{k} dipilih").format(k=num(len(ws.selection)))
            self.count_label.setText(text)
            # which filter: hovering the count says it in words
            words = describe_filter(ws.filter, t, lang=gis_lang())
            self.count_label.setToolTip(self.tr("Filter: {0}").format(words))
        shown = ws.show_personal
        self.privacy_label.setText(privacy.privacy_text(shown))
        self.privacy_label.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; padding: 1px 6px;"
            if shown
            else "color: #2f6b2f; padding: 1px 6px;"
        )
        synthetic = ws.data is not None and ws.data.synthetic
        self.synthetic_label.setText(self.tr("DATA SINTETIS") if synthetic else "")
        self.synthetic_label.setVisible(synthetic)
        self.synthetic_label.setToolTip(ws.data.label if synthetic else "")


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(StatusBar, "Status"))
