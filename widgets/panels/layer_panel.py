"""The layer panel: what is loaded, what the map shows and how.

Top: the data in the workspace (which file, how many households, villages
and PSKS, "DATA SINTETIS" for the demo) and "Buka data..." for a register,
a PSKS list or boundaries (:mod:`widgets.panels.import_dialog`). Below: the map's
layers with visibility, order and opacity, and the style of the village
layer (indicator, classification, number of classes, palette). The
indicator list grows by the mentor, referral and synergy maps while the
workspace holds what they rest on (:func:`gis.plan.map_indicators.available`)
and shrinks again when that goes. The panel
keeps none of this itself: it calls the map canvas's methods and redraws
when the canvas says its layers changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.maps import classify
from gis.model import indicators
from gis.model.workspace import Workspace
from gis.plan import map_indicators
from widgets.base.fmt import num
from widgets.base.gis_text import gis_lang, gis_text

_NAME = Qt.ItemDataRole.UserRole


class LayerPanel(QWidget):
    """Loaded data, map layers and the choropleth style.

    Parameters
    ----------
    workspace
        The model.
    canvas
        The :class:`widgets.map.canvas.MapCanvas` whose layers are shown, or
        None (then only the data part is shown).
    summary
        Show what is loaded above "Buka data..." (off where the window has
        its own summary).

    Signals
    -------
    sig_loaded(str, str)
        Data of a kind (``households``, ``psks``, ``boundaries``) were loaded
        from a path (for the recent-files list).
    """

    sig_loaded = Signal(str, str)

    def __init__(
        self,
        workspace: Workspace,
        canvas=None,
        parent: QWidget | None = None,
        summary: bool = True,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.canvas = canvas
        self.folder = ""
        self.dialog = None
        self._syncing = False

        # data
        data_box = QGroupBox(self.tr("Data"))
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.data_label.setTextFormat(Qt.TextFormat.RichText)
        open_button = QPushButton(self.tr("Buka data..."))
        open_button.setToolTip(
            self.tr(
                "Buka data rumah tangga, PSKS atau batas desa (GPKG, SHP, GeoJSON, CSV, XLSX, ...)"
            )
        )
        open_button.clicked.connect(lambda: self.open_import("households"))
        self.open_button = open_button
        dl = QVBoxLayout(data_box)
        dl.addWidget(self.data_label)
        dl.addWidget(open_button)
        # a window that shows the data summary elsewhere keeps only the button here
        self.data_label.setVisible(summary)

        # layers
        layer_box = QGroupBox(self.tr("Lapisan peta"))
        self.layer_list = QListWidget()
        self.layer_list.setToolTip(
            self.tr("Centang untuk menampilkan; urutan atas menutupi bawah.")
        )
        self.layer_list.itemChanged.connect(self._on_item_changed)
        self.layer_list.currentItemChanged.connect(lambda *_: self._sync_opacity())
        self.up_button = QToolButton()
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Naikkan lapisan"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QToolButton()
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Turunkan lapisan"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.zoom_button = QToolButton()
        self.zoom_button.setText(self.tr("Perbesar ke lapisan"))
        self.zoom_button.clicked.connect(self._zoom_to_current)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setToolTip(self.tr("Kepekatan lapisan terpilih"))
        self.opacity.valueChanged.connect(self._on_opacity)
        row = QHBoxLayout()
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addWidget(self.zoom_button)
        row.addStretch(1)
        op_row = QHBoxLayout()
        op_row.addWidget(QLabel(self.tr("Kepekatan")))
        op_row.addWidget(self.opacity, 1)
        ll = QVBoxLayout(layer_box)
        ll.addWidget(self.layer_list, 1)
        ll.addLayout(row)
        ll.addLayout(op_row)
        self.no_canvas = QLabel(self.tr("Peta belum tersedia di jendela ini."))
        self.no_canvas.setWordWrap(True)
        ll.addWidget(self.no_canvas)

        # style
        style_box = QGroupBox(self.tr("Warna desa"))
        self.indicator_combo = QComboBox()
        # the keys the combo lists now (the extra maps come and go with a matching)
        self.indicator_keys: list[str | None] = []
        self._fill_indicators()
        self.method_combo = QComboBox()
        for key, title in classify.METHODS.items():
            if key != "manual":
                self.method_combo.addItem(gis_text(title), key)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(3, 7)
        self.palette_combo = QComboBox()
        for name in classify.palette_names():
            self.palette_combo.addItem(name, name)
        for combo in (self.indicator_combo, self.method_combo, self.palette_combo):
            # long entries must not widen the dock: the list shows them in full
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        form = QFormLayout(style_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: narrow dock
        form.addRow(self.tr("Indikator"), self.indicator_combo)
        form.addRow(self.tr("Pembagian kelas"), self.method_combo)
        form.addRow(self.tr("Jumlah kelas"), self.classes_spin)
        form.addRow(self.tr("Palet"), self.palette_combo)
        self.indicator_combo.activated.connect(lambda _i: self._apply_indicator())
        self.method_combo.activated.connect(lambda _i: self._apply_style())
        self.classes_spin.valueChanged.connect(lambda _v: self._apply_style())
        self.palette_combo.activated.connect(lambda _i: self._apply_style())
        self.style_box = style_box

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(data_box)
        layout.addWidget(layer_box, 1)
        layout.addWidget(style_box)
        self.layer_list.setMinimumHeight(4 * self.layer_list.fontMetrics().height() + 8)
        # in a short window the panel scrolls instead of making the window taller
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        workspace.sig_data_changed.connect(lambda *_: self.refresh_data())
        if canvas is not None:
            canvas.sig_layers_changed.connect(self.refresh_layers)
        self.refresh_data()
        self.refresh_layers()

    # --- data -------------------------------------------------------------------
    def refresh_data(self) -> None:
        d = self.workspace.data
        if d is None:
            self.data_label.setText(self.tr("Belum ada data dimuat."))
            return
        lines = [f"<b>{d.label or self.tr('Data')}</b>"]
        if d.synthetic:
            lines.append(
                "<span style='color:#7a4d00'>"
                + self.tr("DATA SINTETIS: provinsi demo, bukan data sebenarnya.")
                + "</span>"
            )
        lines.append(
            self.tr("{hh} rumah tangga · {v} desa/kelurahan · {p} PSKS").format(
                hh=num(len(d.households)),
                v=num(len(d.villages)),
                p=num(len(d.psks) if d.psks is not None else 0),
            )
        )
        t = d.households
        source = " · ".join(x for x in (t.source, t.snapshot) if x)
        if source:
            lines.append(self.tr("Sumber: {src}").format(src=source))
        self.data_label.setText("<br>".join(lines))

    def open_import(self, kind: str = "households"):
        """Open the import dialog (non-blocking); returns it."""
        from widgets.panels.import_dialog import ImportDialog

        dialog = ImportDialog(self.workspace, kind, self.window(), folder=self.folder)
        dialog.sig_loaded.connect(self._on_loaded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_loaded(self, kind: str, path: str) -> None:
        if self.dialog is not None:
            self.folder = self.dialog.folder
        self.sig_loaded.emit(kind, path)

    # --- layers -----------------------------------------------------------------
    def refresh_layers(self) -> None:
        has = self.canvas is not None
        self.no_canvas.setVisible(not has)
        for w in (
            self.layer_list,
            self.up_button,
            self.down_button,
            self.zoom_button,
            self.opacity,
        ):
            w.setEnabled(has)
        self.style_box.setEnabled(has)
        if not has:
            return
        current = self.current_layer()
        infos = self.canvas.layers()
        self._syncing = True
        try:
            shown = [self.layer_list.item(i).data(_NAME) for i in range(self.layer_list.count())]
            if shown == [info.name for info in infos]:
                # same layers in the same order: update in place (keeps the selection)
                for i, info in enumerate(infos):
                    item = self.layer_list.item(i)
                    item.setText(info.title)
                    state = Qt.CheckState.Checked if info.visible else Qt.CheckState.Unchecked
                    item.setCheckState(state)
                infos = []
            else:
                self.layer_list.clear()
            for info in infos:
                item = QListWidgetItem(info.title)
                item.setData(_NAME, info.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if info.visible else Qt.CheckState.Unchecked
                )
                self.layer_list.addItem(item)
                if info.name == current:
                    self.layer_list.setCurrentItem(item)
            if self.layer_list.currentItem() is None and self.layer_list.count():
                self.layer_list.setCurrentRow(0)
            self._fill_indicators()
            key = self.canvas.indicator_key
            self.indicator_combo.setCurrentIndex(max(self.indicator_combo.findData(key), 0))
            method, k, palette = self.canvas.classification
            self.method_combo.setCurrentIndex(max(self.method_combo.findData(method), 0))
            self.classes_spin.setValue(k)
            self.palette_combo.setCurrentIndex(max(self.palette_combo.findData(palette), 0))
            # a map of kinds has its own colours: no classes or palette to choose
            shown = self.canvas.indicator
            amounts = shown is None or not shown.categories
            for w in (self.method_combo, self.classes_spin, self.palette_combo):
                w.setEnabled(amounts)
        finally:
            self._syncing = False
        self._sync_opacity()

    def current_layer(self) -> str | None:
        item = self.layer_list.currentItem()
        return item.data(_NAME) if item is not None else None

    def _sync_opacity(self) -> None:
        name = self.current_layer()
        if self.canvas is None or name is None:
            return
        info = next((i for i in self.canvas.layers() if i.name == name), None)
        if info is not None:
            self._syncing = True
            self.opacity.setValue(int(round(info.opacity * 100)))
            self._syncing = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._syncing or self.canvas is None:
            return
        self.canvas.set_layer_visible(item.data(_NAME), item.checkState() == Qt.CheckState.Checked)

    def _on_opacity(self, value: int) -> None:
        name = self.current_layer()
        if self._syncing or self.canvas is None or name is None:
            return
        self.canvas.set_layer_opacity(name, value / 100.0)

    def move_current(self, step: int) -> None:
        """Move the selected layer up (-1) or down (+1) in the drawing order."""
        if self.canvas is None:
            return
        names = [i.name for i in self.canvas.layers()]
        name = self.current_layer()
        if name not in names:
            return
        i = names.index(name)
        j = max(0, min(len(names) - 1, i + step))
        if i == j:
            return
        names.insert(j, names.pop(i))
        self.canvas.set_layer_order(names)

    def _zoom_to_current(self) -> None:
        name = self.current_layer()
        if self.canvas is not None and name:
            self.canvas.zoom_to_layer(name)

    # --- style ------------------------------------------------------------------
    def _fill_indicators(self) -> None:
        """The register's indicators, then the extra maps the workspace allows now."""
        extras = self.canvas.available_indicators() if self.canvas is not None else []
        keys = [None, *indicators.INDICATORS, *extras]
        if keys == self.indicator_keys:
            return
        combo = self.indicator_combo
        was = self._syncing
        self._syncing = True
        try:
            combo.clear()
            combo.addItem(self.tr("(tanpa warna)"), None)
            tip = Qt.ItemDataRole.ToolTipRole
            for key, (title, _unit, definition) in indicators.INDICATORS.items():
                combo.addItem(gis_text(title), key)
                combo.setItemData(combo.count() - 1, gis_text(definition), tip)
            if extras:
                combo.insertSeparator(combo.count())
            lang = gis_lang()
            for key in extras:
                combo.addItem(map_indicators.base_title(key, lang), key)
                combo.setItemData(combo.count() - 1, map_indicators.definition(key, lang), tip)
            self.indicator_keys = keys
            current = self.canvas.indicator_key if self.canvas is not None else "desil_1_4"
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            self._syncing = was

    def _apply_indicator(self) -> None:
        if self._syncing or self.canvas is None:
            return
        self.canvas.set_indicator(self.indicator_combo.currentData())

    def _apply_style(self) -> None:
        if self._syncing or self.canvas is None:
            return
        self.canvas.set_classification(
            self.method_combo.currentData(),
            self.classes_spin.value(),
            self.palette_combo.currentData(),
        )


def _example(workspace: Workspace):
    from PySide6.QtWidgets import QSplitter

    try:
        from widgets.map.canvas import MapCanvas
    except ImportError:  # the panel still shows the data part
        return LayerPanel(workspace)
    canvas = MapCanvas(workspace)
    split = QSplitter()
    split.addWidget(LayerPanel(workspace, canvas))
    split.addWidget(canvas)
    split.setSizes([300, 700])
    split.resize(1000, 640)
    return split


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(_example, "Lapisan"))
