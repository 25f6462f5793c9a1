"""``sasaran selftest``: checks what a frozen or installed build can lose.

A PyInstaller bundle or a .deb leaves out what its hooks did not see: data
files (the demo province, code lists, Leaflet, translations), PROJ's
``proj.db`` and GDAL's data folder, folium's Jinja templates, Qt plugins
(PDF output, image formats), QtWebEngine's helper process and resources,
and the parts of libraries the bundle trims to save space (scipy beyond its
KD-tree, OR-Tools beyond min-cost flow, the XLSX reader, Qt's ICU data).
Each check here exercises one of them the way the app does, so that a build
is known good before it reaches an office PC, and a planner or helpdesk can
run it on a PC where something does not work.

Every check is worded in Bahasa Indonesia; a failure says what is missing
and what to do. The exit status is 0 only when every check passes;
``--json`` prints the same results for programs (CI, installers).

Without a display (no ``DISPLAY`` / ``WAYLAND_DISPLAY`` on Linux) the checks
run on Qt's offscreen platform, so ``env -i sasaran selftest`` works.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

#: Seconds the web-map window may take to load its page and become ready.
WEBMAP_TIMEOUT_S = 90


@dataclass
class CheckResult:
    """One check: its id, its title for people, whether it passed, and the detail."""

    id: str
    title: str
    ok: bool
    detail: str
    seconds: float


class CheckFailed(Exception):
    """A check failed; the message is the Indonesian sentence shown to the user."""


class _Context:
    """What the checks share: a temporary folder and the demo data, loaded once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._data = None

    def demo_data(self):
        if self._data is None:
            from gis.demo.data import demo_map_data

            self._data = demo_map_data()
        return self._data


def _need(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# -- the checks --------------------------------------------------------------


def check_resources(ctx: _Context) -> str:
    """Shipped data files: demo province, code lists, Leaflet, program costs."""
    from importlib import resources

    from gis.demo.data import demo_paths

    root = Path(str(resources.files("resources")))
    missing = [p.name for p in demo_paths().values() if not p.is_file()]
    for rel in (
        "palettes.json",
        "codes/ppks.csv",
        "codes/provinsi.csv",
        "programs/biaya_program.csv",
        "leaflet/leaflet/leaflet.js",
        "scenarios/skenario_a.skenario.json",
    ):
        if not (root / rel).is_file():
            missing.append(rel)
    _need(
        not missing,
        f"Berkas data aplikasi tidak ada: {', '.join(missing)}. Pasang ulang Sasaran.",
    )
    data = ctx.demo_data()
    households = 0 if data.households is None else len(data.households)
    _need(households > 0, "Data demo terbaca tetapi tidak berisi rumah tangga. Pasang ulang.")
    return f"data demo terbaca: {len(data.villages)} desa, {households} rumah tangga"


def check_translations(ctx: _Context) -> str:
    """The English interface file and Qt's Indonesian words load and translate."""
    from PySide6.QtCore import QTranslator

    from desktop.i18n import i18n_dir

    folder = i18n_dir()
    en = QTranslator()
    _need(
        en.load(str(folder / "sasaran_en.qm")),
        "Berkas terjemahan sasaran_en.qm tidak ada atau rusak. Pasang ulang Sasaran.",
    )
    said = en.translate("WebMapView", "Peta Web")
    _need(
        said == "Web map",
        f"Terjemahan Inggris tidak lengkap (Peta Web -> {said!r}). Pasang ulang Sasaran.",
    )
    qt_id = QTranslator()
    _need(
        qt_id.load(str(folder / "qt_id.qm")),
        "Berkas terjemahan qt_id.qm tidak ada atau rusak. Pasang ulang Sasaran.",
    )
    return "bahasa Inggris dan kata-kata Qt berbahasa Indonesia termuat"


#: Names in the order ICU's root and Indonesian collation put them (accents and
#: case second, not by code point, which would put "Zainal" before "ayu").
COLLATION_ORDER = ["Agus", "Ani", "\u00c4rni", "ayu", "budi", "edi", "\u00c9di", "Zainal"]


def check_icu(ctx: _Context) -> str:
    """Qt's ICU data (rebuilt smaller in the Linux bundle, installers/trim_icu.py):
    Indonesian collation, case mapping, the Jakarta time zone and the converters
    of the encodings kept (windows-1252, ISO-8859-15)."""
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone

    again = "Data ICU Qt di paket aplikasi rusak atau kurang; pasang ulang Sasaran."
    collator = QCollator(QLocale("id_ID"))
    order = sorted(reversed(COLLATION_ORDER), key=collator.sortKey)
    _need(
        order == COLLATION_ORDER,
        f"Urutan nama bahasa Indonesia salah ({', '.join(order)}). {again}",
    )
    upper = QLocale("id_ID").toUpper("\u00e4rni istimewa")
    _need(upper == "\u00c4RNI ISTIMEWA", f"Huruf besar salah ({upper}). {again}")
    jakarta = QTimeZone(b"Asia/Jakarta")
    offset = jakarta.offsetFromUtc(QDateTime.currentDateTimeUtc()) if jakarta.isValid() else None
    _need(offset == 7 * 3600, f"Zona waktu Asia/Jakarta tidak UTC+7 ({offset} detik). {again}")
    if sys.platform.startswith("linux"):  # Qt's own ICU; elsewhere the system converts
        bad = [n for n in ("windows-1252", "ISO-8859-15") if not QStringDecoder(n).isValid()]
        _need(not bad, f"Pengodean teks tidak tersedia: {', '.join(bad)}. {again}")
    return "urutan nama, huruf besar, zona waktu WIB dan pengodean teks benar"


def check_proj(ctx: _Context) -> str:
    """PROJ finds proj.db and transforms a point between two CRSs."""
    import pyproj

    folder = Path(pyproj.datadir.get_data_dir())
    _need(
        (folder / "proj.db").is_file(),
        "Basis data proyeksi (proj.db) tidak ditemukan. Pasang ulang Sasaran.",
    )
    t = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32748", always_xy=True)
    x, y = t.transform(106.0, -2.0)
    _need(
        abs(x - 611_213) < 5 and abs(y - 9_778_905) < 5,
        f"Transformasi koordinat salah ({x:.0f}, {y:.0f}). Pasang ulang Sasaran.",
    )
    return f"proj.db dipakai ({pyproj.proj_version_str})"


def check_gdal(ctx: _Context) -> str:
    """GDAL's data folder is found and the drivers Sasaran reads are there."""
    import pyogrio

    path = pyogrio.get_gdal_data_path()
    _need(
        path is not None and Path(path).is_dir(),
        "Folder data GDAL tidak ditemukan. Pasang ulang Sasaran.",
    )
    drivers = pyogrio.list_drivers()
    missing = [d for d in ("GPKG", "ESRI Shapefile", "GeoJSON", "FlatGeobuf") if d not in drivers]
    _need(not missing, f"Format berkas tidak tersedia: {', '.join(missing)}. Pasang ulang.")
    return f"GDAL {pyogrio.__gdal_version_string__}, data GDAL ditemukan"


def _sample_frame():
    import geopandas as gpd
    from shapely import box

    return gpd.GeoDataFrame(
        {"kode_desa": ["1901010001", "1901010002"], "nama": ["Desa Satu", "Desa Dua"]},
        geometry=[box(106.0, -2.1, 106.1, -2.0), box(106.1, -2.1, 106.2, -2.0)],
        crs="EPSG:4326",
    )


def _same(a, b) -> bool:
    return (
        list(a["kode_desa"]) == list(b["kode_desa"])
        and a.crs is not None
        and a.crs.to_epsg() == 4326
        and bool(a.geometry.geom_equals_exact(b.geometry, 1e-9).all())
    )


def check_geopackage(ctx: _Context) -> str:
    """A layer written to GeoPackage reads back the same (pyogrio, as the app)."""
    import pyogrio

    frame = _sample_frame()
    path = ctx.folder / "uji.gpkg"
    pyogrio.write_dataframe(frame, path, layer="desa")
    back = pyogrio.read_dataframe(path, layer="desa")
    _need(_same(back, frame), "GeoPackage yang ditulis terbaca berbeda. Pasang ulang Sasaran.")
    return "tulis dan baca GeoPackage sama"


def check_geoparquet(ctx: _Context) -> str:
    """A layer written to GeoParquet reads back the same (pyarrow)."""
    import geopandas as gpd

    frame = _sample_frame()
    path = ctx.folder / "uji.parquet"
    frame.to_parquet(path)
    back = gpd.read_parquet(path)
    _need(_same(back, frame), "GeoParquet yang ditulis terbaca berbeda. Pasang ulang Sasaran.")
    return "tulis dan baca GeoParquet sama"


def check_folium(ctx: _Context) -> str:
    """folium's Jinja templates are there (a map renders to HTML)."""
    import folium

    html = folium.Map(location=[-2.0, 106.0], zoom_start=8, tiles=None).get_root().render()
    _need("L.map(" in html, "Templat peta web (folium) tidak lengkap. Pasang ulang Sasaran.")
    return f"folium {folium.__version__}: templat terbaca"


def check_sheet_pdf(ctx: _Context) -> str:
    """A map sheet of the demo province is written to PDF (Qt's PDF writer, fonts)."""
    from gis.maps.sheet_layout import SheetSpec
    from widgets.output.sheet_render import export_sheets

    out = ctx.folder / "lembar.pdf"
    export_sheets(SheetSpec(), ctx.demo_data(), out)
    _need(out.is_file(), "Lembar peta PDF tidak tertulis.")
    head = out.read_bytes()[:5]
    size = out.stat().st_size
    _need(head == b"%PDF-" and size > 10_000, f"Lembar peta PDF rusak ({size} bita).")
    return f"lembar peta PDF ditulis ({size / 1e3:.0f} kB)"


def check_webmap(ctx: _Context) -> str:
    """The self-contained web map of the demo province is written (folium, Leaflet)."""
    from gis.maps.webmap import export_webmap

    out = ctx.folder / "peta.html"
    export_webmap(ctx.demo_data(), out)
    text = out.read_text(encoding="utf-8")
    _need("L.map(" in text and "leaflet" in text.lower(), "Peta web tertulis tetapi tidak lengkap.")
    return f"peta web ditulis ({len(text.encode()) / 1e6:.1f} MB)"


def check_matching(ctx: _Context) -> str:
    """Mentor matching solves exactly: scipy's KD-tree finds the candidate
    mentors and OR-Tools' min-cost flow the optimum (both trimmed in the bundle).

    Two families and two mentors one place each on a line of latitude: the
    naive pick (first family takes its nearest) travels 3.9 km, the optimum
    2.1 km; only the exact solver finds the second.
    """
    import importlib

    import numpy as np

    for name in ("scipy.spatial", "ortools.graph.python.min_cost_flow"):
        importlib.import_module(name)  # a missing one is named in the failure
    from gis.plan.matching import MatchProblem, MatchRules, solve_matching

    km = 1 / 111.195  # degrees of longitude per km on the equator
    lat = np.zeros(2)
    problem = MatchProblem(
        fam_lon=106.0 + np.array([0.0, 1.0]) * km,
        fam_lat=lat,
        fam_area=np.zeros(2, np.int64),
        fam_needs=np.zeros(2, np.uint32),
        fam_class=np.zeros(2, np.int64),
        men_lon=106.0 + np.array([0.9, -2.0]) * km,
        men_lat=lat,
        men_area=np.zeros(2, np.int64),
        men_comp=np.zeros(2, np.uint32),
        men_cap=np.ones(2, np.int64),
    )
    result = solve_matching(problem, MatchRules(competence="none", priority="none"))
    _need(
        result.optimal and result.mentor.tolist() == [1, 0],
        f"Pencocokan pendamping tidak menemukan hasil optimal ({result.status}, "
        f"{result.mentor.tolist()}). Pasang ulang Sasaran.",
    )
    _need(
        result.naive_mentor.tolist() == [0, 1],
        f"Pencocokan naif pendamping salah ({result.naive_mentor.tolist()}). Pasang ulang Sasaran.",
    )
    total = float(np.nansum(result.km))
    return f"pencocokan optimal {total:.1f} km (naif {float(np.nansum(result.naive_km)):.1f} km)"


def check_xlsx(ctx: _Context) -> str:
    """An XLSX sheet reads back as written (calamine reads, openpyxl writes),
    a 16-digit NIK in a numeric cell included."""
    from openpyxl import Workbook as Writer

    from gis.io.xlsx import Workbook

    path = ctx.folder / "uji.xlsx"
    book = Writer()
    sheet = book.active
    sheet.title = "Data"
    rows = [
        ("nik", "nama", "desil"),
        (3201011504890001, "Siti", 1),
        (3201011504890002, "Budi", 2.5),
    ]
    for row in rows:
        sheet.append(row)
    book.save(path)
    reader = Workbook(path)
    try:
        back = [values for _, values in reader.rows("Data")]
    finally:
        reader.close()
    _need(
        back == rows and type(back[1][0]) is int,
        f"Lembar XLSX yang ditulis terbaca berbeda ({back!r}). Pasang ulang Sasaran.",
    )
    return f"tulis dan baca XLSX sama ({len(rows) - 1} baris, NIK 16 digit utuh)"


def _root_with_sandbox() -> bool:
    """True when Chromium would refuse to start: root on Linux with its sandbox on."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    return os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") != "1" and "--no-sandbox" not in flags


def check_webmap_window(ctx: _Context) -> str:
    """The app's web-map window opens in QtWebEngine and its page becomes ready."""
    _need(
        not _root_with_sandbox(),
        "Jendela peta web tidak diuji: QtWebEngine tidak berjalan sebagai root dengan sandbox "
        "(Chromium akan menghentikan program). Jalankan swa-uji sebagai pengguna biasa, atau "
        "setel QTWEBENGINE_DISABLE_SANDBOX=1 bila memang harus sebagai root.",
    )
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    from widgets.output.webmap_view import WebMapView

    view = WebMapView(ctx.demo_data())
    view.resize(800, 600)
    view.show()
    loop = QEventLoop()
    view.sig_ready.connect(loop.quit)
    view.view.loadFinished.connect(lambda ok: None if ok else loop.quit())
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(WEBMAP_TIMEOUT_S * 1000)
    started = time.perf_counter()
    if not view.is_ready():
        loop.exec()
    ready = view.is_ready()
    status = view.status.text()
    view.close()
    # the page must be gone before the application ends, or QtWebEngine crashes at exit
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    _need(
        ready,
        "Jendela peta web (QtWebEngine) tidak siap dalam "
        f"{WEBMAP_TIMEOUT_S} detik{': ' + status if status else ''}. "
        "Periksa bahwa QtWebEngineProcess ada di folder aplikasi; pasang ulang Sasaran.",
    )
    return f"jendela peta web siap dalam {time.perf_counter() - started:.1f} detik"


#: (id, title in Indonesian, check). Order matters: cheap checks first.
CHECKS: list[tuple[str, str, Callable[[_Context], str]]] = [
    ("sumber_daya", "Sumber daya dan data demo", check_resources),
    ("terjemahan", "Terjemahan antarmuka", check_translations),
    ("icu", "Data ICU Qt (urutan, huruf besar, zona waktu)", check_icu),
    ("proj", "Proyeksi koordinat (proj.db)", check_proj),
    ("gdal", "Data GDAL dan format berkas", check_gdal),
    ("geopackage", "GeoPackage tulis-baca", check_geopackage),
    ("geoparquet", "GeoParquet tulis-baca", check_geoparquet),
    ("folium", "Templat peta web (folium)", check_folium),
    ("xlsx", "XLSX tulis-baca", check_xlsx),
    ("pencocokan", "Pencocokan pendamping (KD-tree, OR-Tools)", check_matching),
    ("lembar_pdf", "Lembar peta ke PDF", check_sheet_pdf),
    ("peta_web", "Ekspor peta web", check_webmap),
    ("jendela_peta_web", "Jendela peta web (QtWebEngine)", check_webmap_window),
]


def _explain(exc: BaseException) -> str:
    """One sentence about an unexpected failure; names files by name only."""
    from gis.errors import SasaranError

    if isinstance(exc, CheckFailed):
        return str(exc)
    if isinstance(exc, SasaranError):
        from widgets.base.messages import describe

        return describe(exc)
    if isinstance(exc, ImportError):
        name = getattr(exc, "name", None) or str(exc)
        return f"Modul {name} tidak ada di paket aplikasi. Pasang ulang Sasaran."
    if isinstance(exc, OSError) and getattr(exc, "filename", None):
        return f"Berkas {Path(str(exc.filename)).name} tidak dapat dipakai ({exc.strerror})."
    return f"Kesalahan tak terduga ({type(exc).__name__}: {exc})."


def ensure_widget_app():
    """The QApplication the checks need, offscreen when there is no display.

    QtWebEngine must be imported before the application exists.
    """
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def run_checks(only: list[str] | None = None) -> list[CheckResult]:
    """Run the checks (all, or those whose ids are in ``only``), never raising."""
    ensure_widget_app()
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="sasaran-selftest-") as tmp:
        ctx = _Context(Path(tmp))
        for check_id, title, check in CHECKS:
            if only and check_id not in only:
                continue
            started = time.perf_counter()
            try:
                detail, ok = check(ctx), True
            except Exception as exc:  # each failure is reported, the others still run
                detail, ok = _explain(exc), False
            results.append(
                CheckResult(check_id, title, ok, detail, round(time.perf_counter() - started, 2))
            )
    return results


def register(sub) -> None:
    """Add ``selftest`` to the ``sasaran`` parser."""
    p = sub.add_parser(
        "selftest",
        help="periksa kelengkapan pemasangan (data, proyeksi, GDAL, PDF, peta web)",
    )
    p.set_defaults(func=cmd_selftest)
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.add_argument(
        "--only",
        metavar="ID",
        action="append",
        choices=[c[0] for c in CHECKS],
        help="jalankan hanya pemeriksaan ini (boleh diulang)",
    )


def cmd_selftest(args) -> int:
    results = run_checks(args.only)
    ok = all(r.ok for r in results)
    if args.json:
        print(json.dumps({"ok": ok, "checks": [asdict(r) for r in results]}, indent=2))
    else:
        for r in results:
            mark = "OK   " if r.ok else "GAGAL"
            print(f"[{mark}] {r.title}: {r.detail}")
        failed = sum(not r.ok for r in results)
        if failed:
            print(f"{failed} dari {len(results)} pemeriksaan gagal.")
        else:
            print(f"Semua {len(results)} pemeriksaan lulus.")
    sys.stdout.flush()
    return 0 if ok else 1
