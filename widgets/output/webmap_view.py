"""The "Peta Web" view: the folium web map inside the app, with zone drawing.

Planners who know web maps better than GIS canvases draw zones here with
Leaflet.draw; each polygon comes back to Python through a QWebChannel
bridge and leaves as ``sig_zone_drawn(dict)`` (a GeoJSON Feature) for the
scenario to take. Zones drawn elsewhere (the main canvas) are shown with
:meth:`WebMapView.set_zones` without rebuilding the page.

The page is written to a temporary file and loaded from there: ``setHtml``
stops at 2 MB (DESIGN.md). It refers to the Leaflet files in
``resources/leaflet`` by file URL and to Qt's own ``qwebchannel.js``.
JavaScript results are passed as JSON text (``runJavaScript`` returns ''
for arrays and objects), and nothing is sent before the page sets its
ready flag.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gis.maps.mapdata import MapData
from gis.model.indicators import INDICATORS
from gis.model.zones import Zone
from gis.plan import map_indicators
from widgets.base import files
from widgets.base.gis_text import gis_lang, gis_text


class _Bridge(QObject):
    """The object JavaScript sees as ``bridge``."""

    sig_feature = Signal(dict)
    """A drawn polygon's GeoJSON Feature, parsed."""

    @Slot(str)
    def zone_drawn(self, geojson_text: str) -> None:
        try:
            feature = json.loads(geojson_text)
        except ValueError:
            return
        if isinstance(feature, dict) and feature.get("geometry"):
            self.sig_feature.emit(feature)


class WebMapView(QWidget):
    """Web map of a :class:`gis.maps.mapdata.MapData` in QtWebEngine, with zone drawing.

    Parameters
    ----------
    data
        What to show; may be set later with :meth:`set_data`.
    extras
        The mentor, referral and synergy maps the workspace allowed when the
        view was opened (:class:`gis.plan.map_indicators.ExtraIndicators`),
        listed after the register's indicators; counts per village only.
    options
        Passed to :func:`gis.maps.webmap.build_map` (indicator, method, k, ...).
    """

    sig_zone_drawn = Signal(dict)
    """A zone was drawn on the web map: its GeoJSON Feature (EPSG:4326)."""

    sig_ready = Signal()
    """The page finished loading and its JavaScript side is ready."""

    def __init__(self, data: MapData | None = None, parent=None, *, extras=None, **options):
        super().__init__(parent)
        self.extras = extras
        self._extra_keys = extras.keys() if extras is not None else []
        from PySide6.QtWebChannel import QWebChannel
        from PySide6.QtWebEngineCore import QWebEngineSettings
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self._data = data
        self._options = dict(options)
        self._ready = False
        self._pending_zones: list[Zone] | None = None
        self._tmpdir = Path(tempfile.mkdtemp(prefix="sasaran-petaweb-"))
        self.setWindowTitle(self.tr("Peta Web"))

        self.indicator = QComboBox()
        for key, (title, _unit, _d) in INDICATORS.items():
            self.indicator.addItem(gis_text(title), key)
        if self._extra_keys:
            self.indicator.insertSeparator(self.indicator.count())
        for key in self._extra_keys:
            self.indicator.addItem(map_indicators.base_title(key, gis_lang()), key)
        self.indicator.setCurrentIndex(
            max(0, self.indicator.findData(self._options.get("indicator", "desil_1_4")))
        )
        self.online = QCheckBox(self.tr("Peta dasar daring (OpenStreetMap)"))
        self.online.setToolTip(
            self.tr("Memerlukan internet; tanpa ini peta bekerja sepenuhnya luring.")
        )
        self.export_button = QPushButton(self.tr("Ekspor HTML…"))
        self.status = QLabel("")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Indikator:")))
        bar.addWidget(self.indicator)
        bar.addWidget(self.online)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.export_button)

        self.view = QWebEngineView(self)
        settings = self.view.settings()
        settings.setAttribute(QWebEngineSettings.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.LocalContentCanAccessRemoteUrls, False)
        self.bridge = _Bridge(self)
        self.bridge.sig_feature.connect(self.sig_zone_drawn)
        self.channel = QWebChannel(self.view.page())
        self.channel.registerObject("bridge", self.bridge)
        self.view.page().setWebChannel(self.channel)
        self.view.loadFinished.connect(self._on_loaded)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._check_ready)

        self.indicator.currentIndexChanged.connect(self._options_changed)
        self.online.toggled.connect(self._options_changed)
        self.export_button.clicked.connect(self._export)
        if data is not None:
            self.set_data(data)

    # -- public ----------------------------------------------------------
    def is_ready(self) -> bool:
        """True once the page's JavaScript is ready for :meth:`set_zones`."""
        return self._ready

    def html_path(self) -> Path:
        """The temporary file the view shows."""
        return self._tmpdir / "peta_web.html"

    def set_data(self, data: MapData, **options) -> None:
        """Show ``data`` (rebuilds the page)."""
        from gis.maps.webmap import app_html

        self._data = data
        self._options.update(options)
        self._ready = False
        opts = dict(self._options)
        opts["indicator"] = self.indicator.currentData() or opts.get("indicator", "desil_1_4")
        opts["online_basemap"] = self.online.isChecked()
        opts["values"] = self._values(opts["indicator"])
        self.status.setText(self.tr("Memuat peta…"))
        path = self.html_path()
        tmp = path.with_name(".peta_web.tmp")
        tmp.write_text(app_html(data, **opts), encoding="utf-8")
        tmp.replace(path)
        self.view.load(QUrl.fromLocalFile(str(path)))

    def set_zones(self, zones: list[Zone]) -> None:
        """Show ``zones`` (drawn elsewhere) on the web map, replacing those shown."""
        self._pending_zones = list(zones)
        if self._ready:
            self._push_zones()

    def run_js(self, code: str, callback=None) -> None:
        """Run JavaScript in the page; ``callback`` gets the result."""
        if callback is None:
            self.view.page().runJavaScript(code)
        else:
            self.view.page().runJavaScript(code, 0, callback)

    # -- internals -------------------------------------------------------
    def _values(self, key):
        """The extra map ``key`` computed (None for the register's own indicators)."""
        if key in self._extra_keys:
            return self.extras.compute(key)
        return None

    def _options_changed(self, *_):
        if self._data is not None:
            self.set_data(self._data)

    def _on_loaded(self, ok: bool) -> None:
        if not ok:
            self.status.setText(self.tr("Peta gagal dimuat."))
            return
        self._poll.start()

    def _check_ready(self) -> None:
        def got(value):
            if value is True and not self._ready:
                self._poll.stop()
                self._ready = True
                self.status.setText("")
                if self._pending_zones is not None:
                    self._push_zones()
                self.sig_ready.emit()

        self.run_js("window.sasaranReady === true", got)

    def _push_zones(self) -> None:
        data = self._data
        villages = data.villages if data is not None else None
        feats = [z.to_geojson_feature(villages) for z in self._pending_zones or []]
        fc = {"type": "FeatureCollection", "features": [f for f in feats if f["geometry"]]}
        self.run_js(f"JSON.stringify(window.sasaranSetZones({json.dumps(fc)}))")

    def _export(self) -> None:
        from gis.maps.webmap import export_webmap

        if self._data is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor peta web"),
            files.start_path("peta_web.html"),
            self.tr("Halaman web (*.html)"),
        )
        if not name:
            return
        files.set_last_folder(Path(name).parent)
        try:
            export_webmap(
                self._data,
                name,
                overwrite=True,  # the file dialog already asked before replacing
                indicator=self.indicator.currentData(),
                online_basemap=self.online.isChecked(),
                values=self._values(self.indicator.currentData()),
            )
        except OSError as exc:
            from widgets.base.messages import describe

            QMessageBox.warning(self, self.tr("Ekspor gagal"), describe(exc))
            return
        self.status.setText(self.tr("Tersimpan: {0}").format(Path(name).name))

    def closeEvent(self, event) -> None:
        self._cleanup()
        super().closeEvent(event)

    def _cleanup(self) -> None:
        shutil.rmtree(self._tmpdir, ignore_errors=True)

    def __del__(self):
        with contextlib.suppress(Exception):  # the interpreter may be shutting down
            shutil.rmtree(self._tmpdir, ignore_errors=True)


def zone_from_feature(feature: dict, zone_id: str, name: str) -> Zone:
    """A :class:`gis.model.zones.Zone` from a drawn GeoJSON Feature."""
    import shapely.geometry

    return Zone(zone_id=zone_id, name=name, geometry=shapely.geometry.shape(feature["geometry"]))


def main(argv: list[str] | None = None) -> int:
    """Show the demo province's web map; drawn zones are printed as GeoJSON."""
    import argparse

    from PySide6.QtWidgets import QApplication

    p = argparse.ArgumentParser(description="Peta Web (provinsi demo)")
    p.add_argument("--households", type=int, default=65_000)
    p.add_argument("--quit-after", type=int, default=0, help="tutup setelah N milidetik (uji)")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gis.demo.data import demo_map_data

    view = WebMapView(demo_map_data(households=args.households))
    view.sig_zone_drawn.connect(lambda f: print(json.dumps(f), flush=True))
    view.resize(1200, 800)
    view.show()
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
