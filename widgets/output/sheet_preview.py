"""Preview of a meeting map sheet, with paper, series and export controls.

A planner sets up the sheet here (paper, orientation, indicator, classes,
one sheet or a series per kecamatan or village), sees the page as it will
print, and exports PDF or PNG or prints. Composition and painting run on a
one-thread pool, so the window stays responsive while a 47-page series is
written; the result comes back to the GUI thread as a QImage or a path.

Household points are personal data: the checkbox that shows them is off by
default, and when ticked the window says so in red and the sheet carries a
warning instead of the privacy line.

For a coordination meeting the sheet can carry the program-synergy and
mentor-gap tables (counts only) in a strip under the map; their checkboxes
are enabled when ``MapData.meeting`` can build them (a register for the
synergy, a mentor pool for the gap).
"""

from __future__ import annotations

import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gis.maps.classify import palette_names
from gis.maps.mapdata import MapData
from gis.maps.sheet_layout import ORIENTATIONS, PAPER_MM, SERIES_LEVELS, SheetSpec
from gis.model.indicators import INDICATORS
from widgets.base import files
from widgets.base.gis_text import gis_text
from widgets.base.screen_fit import fit_window

_METHODS = {
    "quantile": QT_TRANSLATE_NOOP("SheetPreview", "Kuantil"),
    "equal": QT_TRANSLATE_NOOP("SheetPreview", "Interval sama"),
    "jenks": QT_TRANSLATE_NOOP("SheetPreview", "Jeda alami (Jenks)"),
}


class _Signals(QObject):
    sig_done = Signal(int, object)
    """Job number and its result."""

    sig_failed = Signal(int, str)
    """Job number and the error text."""

    sig_progress = Signal(float, str)
    """Fraction done and a message."""


class _Job:
    def __init__(self, number: int, fn, signals: _Signals):
        self.number, self.fn, self.signals = number, fn, signals

    def run(self):
        try:
            result = self.fn(self.signals.sig_progress.emit)
        except Exception as exc:  # delivered to the GUI thread, worded there
            traceback.print_exc()
            self.signals.sig_failed.emit(self.number, _describe(exc))
            return
        self.signals.sig_done.emit(self.number, result)


def _describe(exc: BaseException) -> str:
    from widgets.base.messages import describe

    return describe(exc)


class SheetPreview(QWidget):
    """Sheet setup, live preview and export for a :class:`gis.maps.mapdata.MapData`.

    Parameters
    ----------
    data
        What the sheet shows (the model; the widget keeps no copy of it).
    spec
        Initial sheet choices.
    """

    sig_exported = Signal(str)
    """A PDF or PNG was written: its path."""

    def __init__(self, data: MapData, spec: SheetSpec | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lembar peta"))
        self._data = data
        self._spec = spec or SheetSpec()
        # one job at a time (jobs share the data's caches), on a Python thread:
        # pyproj crashes when first used on a thread Qt started itself
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lembar")
        self._signals = _Signals(self)
        self._signals.sig_done.connect(self._on_done)
        self._signals.sig_failed.connect(self._on_failed)
        self._signals.sig_progress.connect(self._on_progress)
        self._job = 0
        self._preview_job = -1
        self._image = None
        self._units = []

        self.paper = QComboBox()
        for key in PAPER_MM:
            self.paper.addItem(key, key)
        self.orientation = QComboBox()
        for key, label in ORIENTATIONS.items():
            self.orientation.addItem(gis_text(label), key)
        self.indicator = QComboBox()
        for key, (title, _u, _d) in INDICATORS.items():
            self.indicator.addItem(gis_text(title), key)
        self.method = QComboBox()
        for key, label in _METHODS.items():
            self.method.addItem(self.tr(label), key)
        self.classes = QSpinBox()
        self.classes.setRange(3, 9)
        self.palette = QComboBox()
        for name in palette_names():
            self.palette.addItem(name, name)
        self.series = QComboBox()
        self.series.addItem(self.tr("Satu lembar (seluruh wilayah)"), "")
        for key, label in SERIES_LEVELS.items():
            self.series.addItem(self.tr("Seri per {0}").format(gis_text(label).lower()), key)
        self.page = QSpinBox()
        self.page.setRange(1, 1)
        self.page.setEnabled(False)
        self.agency = QLineEdit(self._spec.agency)
        self.edition = QLineEdit(self._spec.edition)
        self.households = QCheckBox(self.tr("Tampilkan titik rumah tangga"))
        self.households.setToolTip(self.tr("Lokasi rumah tangga adalah data pribadi (UU 27/2022)."))
        self.warning = QLabel(
            self.tr(
                "Lembar akan memuat lokasi rumah tangga (data pribadi). "
                "Gunakan hanya untuk keperluan dinas dan jangan disebarluaskan."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b2182b; font-weight: bold;")
        self.warning.setVisible(False)
        # the coordination meeting's tables, in a strip under the map (issue 14)
        self.synergy_table = QCheckBox(self.tr("Tabel sinergi program"))
        self.upset_chart = QCheckBox(self.tr("Diagram kombinasi program (UpSet)"))
        self.gap_table = QCheckBox(self.tr("Tabel kesenjangan pendamping"))
        self._table_boxes = {
            "sinergi": self.synergy_table,
            "kombinasi": self.upset_chart,
            "pendamping": self.gap_table,
        }
        self._enable_tables()
        self.pdf_button = QPushButton(self.tr("Ekspor PDF…"))
        self.png_button = QPushButton(self.tr("Ekspor PNG…"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.status = QLabel("")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Orientasi"), self.orientation)
        form.addRow(self.tr("Indikator"), self.indicator)
        form.addRow(self.tr("Klasifikasi"), self.method)
        form.addRow(self.tr("Jumlah kelas"), self.classes)
        form.addRow(self.tr("Palet warna"), self.palette)
        form.addRow(self.tr("Lembar"), self.series)
        form.addRow(self.tr("Halaman"), self.page)
        form.addRow(self.tr("Instansi"), self.agency)
        form.addRow(self.tr("Edisi"), self.edition)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.households)
        side.addWidget(self.warning)
        side.addWidget(self.synergy_table)
        side.addWidget(self.upset_chart)
        side.addWidget(self.gap_table)
        side.addStretch(1)
        for b in (self.pdf_button, self.png_button, self.print_button):
            side.addWidget(b)
        side.addWidget(self.status)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(340)  # room for the English labels too

        self.canvas = QLabel(self.tr("Menyiapkan pratinjau…"))
        self.canvas.setAlignment(Qt.AlignCenter)
        self.canvas.setMinimumSize(400, 300)
        self.canvas.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.canvas.setStyleSheet("background: #808080; color: white;")
        lay = QHBoxLayout(self)
        lay.addWidget(panel)
        lay.addWidget(self.canvas, 1)

        self._set_controls(self._spec)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        for combo in (self.paper, self.orientation, self.indicator, self.method, self.palette):
            combo.currentIndexChanged.connect(self._changed)
        self.series.currentIndexChanged.connect(self._series_changed)
        self.classes.valueChanged.connect(self._changed)
        self.page.valueChanged.connect(self._changed)
        self.agency.editingFinished.connect(self._changed)
        self.edition.editingFinished.connect(self._changed)
        self.households.toggled.connect(self._households_toggled)
        for box in self._table_boxes.values():
            box.toggled.connect(self._changed)
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.png_button.clicked.connect(lambda: self._export("png"))
        self.print_button.clicked.connect(self._print)
        self._debounce.start()

    # -- state -------------------------------------------------------------
    def _set_controls(self, spec: SheetSpec) -> None:
        for combo, value in (
            (self.paper, spec.paper),
            (self.orientation, spec.orientation),
            (self.indicator, spec.indicator),
            (self.method, spec.method),
            (self.palette, spec.palette),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.classes.setValue(spec.classes)
        self.households.setChecked(spec.show_households)

    def spec(self) -> SheetSpec:
        """The sheet choices shown in the controls."""
        return replace(
            self._spec,
            paper=self.paper.currentData(),
            orientation=self.orientation.currentData(),
            indicator=self.indicator.currentData(),
            method=self.method.currentData(),
            classes=self.classes.value(),
            palette=self.palette.currentData(),
            agency=self.agency.text().strip() or self._spec.agency,
            edition=self.edition.text().strip() or self._spec.edition,
            show_households=self.households.isChecked(),
            tables=tuple(
                key for key, box in self._table_boxes.items() if box.isEnabled() and box.isChecked()
            ),
        )

    def _enable_tables(self) -> None:
        """A table's checkbox is enabled only when the data can fill it, and says why not."""
        meeting = getattr(self._data, "meeting", None)
        have = set(meeting.available()) if meeting is not None else set()
        why = {
            "sinergi": self.tr("Muat data rumah tangga untuk tabel ini."),
            "kombinasi": self.tr("Muat data rumah tangga untuk tabel ini."),
            "pendamping": self.tr(
                "Buka daftar pendamping (tab Pendamping) atau muat PSKS untuk tabel ini."
            ),
        }
        for key, box in self._table_boxes.items():
            box.setEnabled(key in have)
            box.setChecked(key in have and key in self._spec.tables)
            box.setToolTip(
                self.tr("Hanya jumlah, tanpa nama; dicetak di bawah peta.")
                if key in have
                else why[key]
            )

    def series_level(self) -> str:
        return self.series.currentData() or ""

    def current_image(self):
        """The last preview image (QImage) or None."""
        return self._image

    def _changed(self, *_):
        self._debounce.start()

    def _series_changed(self, *_):
        from gis.maps.sheet_layout import series_units

        level = self.series_level()
        self._units = series_units(self._data, level) if level else []
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, len(self._units)))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.page.setEnabled(bool(self._units))
        self.page.setSuffix(self.tr(" dari {0}").format(len(self._units)) if self._units else "")
        self._debounce.start()

    def _households_toggled(self, on: bool):
        self.warning.setVisible(on)
        self._debounce.start()

    # -- jobs ----------------------------------------------------------------
    def _submit(self, fn) -> int:
        self._job += 1
        self._pool.submit(_Job(self._job, fn, self._signals).run)
        return self._job

    def refresh(self) -> None:
        """Recompose and re-render the preview (in the background)."""
        from gis.maps.classify import classify
        from gis.maps.sheet_layout import compose
        from widgets.output.sheet_render import render_image

        spec, data = self.spec(), self._data
        focus = self._units[self.page.value() - 1] if self._units else None
        width_px = max(400, self.canvas.width())
        paper_w = spec.size_mm[0]
        dpi = min(150.0, max(40.0, width_px / paper_w * 25.4))

        def work(_progress):
            classes = None
            if focus is not None and data.households is not None:
                from gis.model.indicators import compute

                values = compute(spec.indicator, data.households, data.mask, data.psks).values
                classes = classify(values, spec.method, spec.classes, spec.palette)
            layout = compose(spec, data, focus, classes)
            return render_image(layout, dpi)

        self.status.setText(self.tr("Menggambar pratinjau…"))
        self._preview_job = self._submit(work)

    def _on_done(self, number: int, result) -> None:
        if number == self._preview_job:
            self._image = result
            self._show_image()
            self.status.setText("")
        elif isinstance(result, Path):
            self.status.setText(self.tr("Tersimpan: {0}").format(result.name))
            self._busy(False)
            self.sig_exported.emit(str(result))

    def _on_failed(self, number: int, message: str) -> None:
        self._busy(False)
        self.status.setText(message)
        if number != self._preview_job:
            QMessageBox.warning(self, self.tr("Ekspor gagal"), message)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.status.setText(f"{int(fraction * 100)}% {message}")

    def _busy(self, on: bool) -> None:
        for b in (self.pdf_button, self.png_button, self.print_button):
            b.setEnabled(not on)

    def _show_image(self) -> None:
        if self._image is None:
            return
        pix = QPixmap.fromImage(self._image)
        self.canvas.setPixmap(
            pix.scaled(self.canvas.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation)
        )

    def closeEvent(self, event) -> None:
        self._debounce.stop()  # a pending preview must not start on a shut pool
        self._pool.shutdown(wait=True, cancel_futures=True)
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_image()

    def export_to(self, path, dpi: int = 300, overwrite: bool = True) -> int:
        """Write the sheet (or the whole series) to ``path`` in the background; returns the job."""
        from widgets.output.sheet_render import export_sheets

        spec, data, level = self.spec(), self._data, self.series_level()

        def work(progress):
            return export_sheets(
                spec,
                data,
                path,
                series=level or None,
                overwrite=overwrite,
                dpi=dpi,
                progress=progress,
            )

        self._busy(True)
        self.status.setText(self.tr("Mengekspor…"))
        return self._submit(work)

    def _export(self, kind: str) -> None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "png": self.tr("Gambar PNG 300 dpi (*.png)")}
        name = files.ask_save_path(
            self, self.tr("Ekspor lembar peta"), f"lembar_peta.{kind}", filters[kind]
        )
        if not name:
            return
        if not name.lower().endswith(f".{kind}"):
            name += f".{kind}"
        # ask about every file the export replaces: a PNG series writes one per page
        existing = [p for p in self.export_files(name) if p.exists()]
        if existing:
            shown = ", ".join(p.name for p in existing[:3]) + ("…" if len(existing) > 3 else "")
            if not files.confirm_overwrite(self, shown):
                return
        self.export_to(name, overwrite=bool(existing))

    def export_files(self, path) -> list[Path]:
        """The files an export to ``path`` writes (every page of a PNG series)."""
        from gis.maps.sheet_layout import series_units
        from widgets.output.sheet_render import sheet_files

        level = self.series_level()
        pages = len(series_units(self._data, level)) if level else 1
        return sheet_files(path, level or None, pages)

    def _print(self) -> None:
        from gis.maps.sheet_layout import compose, compose_series
        from widgets.output.sheet_render import print_sheets

        spec, level = self.spec(), self.series_level()
        self.setCursor(Qt.WaitCursor)
        try:
            pages = (
                list(compose_series(spec, self._data, level))
                if level
                else [compose(spec, self._data)]
            )
            print_sheets(pages, self, interactive=True)
        finally:
            self.unsetCursor()


def main(argv: list[str] | None = None) -> int:
    """Open the sheet preview on the demo province."""
    import argparse

    from PySide6.QtWidgets import QApplication

    p = argparse.ArgumentParser(description="Pratinjau lembar peta (provinsi demo)")
    p.add_argument("--households", type=int, default=65_000)
    p.add_argument("--quit-after", type=int, default=0, help="tutup setelah N milidetik (uji)")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gis.demo.data import demo_map_data

    w = SheetPreview(demo_map_data(households=args.households))
    fit_window(w, 1300, 850)
    w.show()
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
