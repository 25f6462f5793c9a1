"""What is loaded, in a planner's words: the first step's summary.

Which province, how many households, villages and PSKS, where they came
from and when, how the import went (rows rejected, households without
coordinates placed approximately), and a clear note when the data are the
synthetic demo province.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gis.io.report import PlaceCounts, place_counts
from gis.model.workspace import Workspace
from widgets.base.fmt import num, pct, persons
from widgets.base.gis_text import gis_text
from widgets.panels.filter_counts import short_program_name


def places_html(places: PlaceCounts) -> str:
    """Own coordinates / placed by rule / not placeable, one line each, with shares.

    The import report shows the same lines (same function, same words), so
    step 1 and the report never disagree.
    """
    return "<br>".join(
        f"{num(n)} ({pct(n, places.total)}) {html.escape(gis_text(label))}"
        for label, n in places.rows()
    )


class DataSummary(QWidget):
    """A short report of ``workspace.data`` that follows every load."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        workspace.sig_data_changed.connect(lambda *_: self.refresh())
        self.refresh()

    @property
    def text(self) -> str:
        return self.label.text()

    def refresh(self) -> None:
        d = self.workspace.data
        if d is None:
            self.label.setText(self.tr("Belum ada data dimuat."))
            return
        t = d.households
        parts = [f"<p><b>{html.escape(d.label or self.tr('Data'))}</b></p>"]
        if d.synthetic:
            parts.append(
                "<p style='background:#fff3cd;color:#7a4d00;padding:4px'><b>"
                + self.tr("DATA SINTETIS")
                + "</b> — "
                + self.tr(
                    "provinsi demo buatan untuk mencoba aplikasi. Angkanya bukan data "
                    "sebenarnya; jangan dibawa ke rapat."
                )
                + "</p>"
            )
        rows = [
            (self.tr("Rumah tangga"), num(len(t))),
            (self.tr("Jiwa"), persons(t.members)),
            (self.tr("Desa/kelurahan"), num(len(d.villages))),
            (self.tr("Kecamatan"), num(len(d.villages.kec_codes))),
            (self.tr("Kabupaten/kota"), num(len(d.villages.kab_codes))),
            (self.tr("PSKS dan pendamping"), num(len(d.psks)) if d.psks is not None else "–"),
        ]
        if t.source or t.snapshot:
            rows.append(
                (self.tr("Sumber"), html.escape(" · ".join(x for x in (t.source, t.snapshot) if x)))
            )
        r = d.household_report
        if r is not None:
            rows.append((self.tr("Baris dibaca"), num(r.rows_read)))
            rows.append((self.tr("Baris ditolak"), num(r.rejected)))
        rows.append((self.tr("Letak di peta"), places_html(place_counts(t.x, t.approx))))
        missing = t.missing_programs()
        if len(t) and missing:
            names = dict(t.program_names)
            rows.append(
                (
                    self.tr("Program tidak ada di berkas"),
                    html.escape(", ".join(short_program_name(names.get(k, k)) for k in missing))
                    + " — "
                    + self.tr("penerimaan tidak diketahui"),
                )
            )
        if len(t) and not t.carries_ppks:
            rows.append((self.tr("Jenis PPKS"), self.tr("tidak ada di berkas (tidak diketahui)")))
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{k}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        parts.append(f"<table>{table}</table>")
        if t.has_personal_data:
            parts.append(
                "<p style='color:#2f6b2f'>"
                + self.tr("Data memuat nama/NIK/No. KK; semuanya disamarkan di layar (UU 27/2022).")
                + "</p>"
            )
        self.label.setText("".join(parts))


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(DataSummary, "Data"))
