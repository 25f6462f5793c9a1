"""Map sheets for meetings, described in millimetres on paper (no Qt).

A planner brings printed maps to a budget meeting, and a sheet that lacks
its scale, its sources or its date is not accepted as evidence. The sheet
follows the thematic-map conventions of Perka BIG 3/2016 as DOMAIN.md lists
them: title (theme, area, year; capitals), subtitle (scenario, date), a map
in a frame with a geographic grid, legend with class rules and "tidak ada
data", numeric scale and scale bar, north arrow, locator inset, projection
and datum, sources with snapshot dates, agency and logo, edition and print
date, the privacy line, and optionally a summary table.

This module only computes *where everything goes*: :func:`compose` returns
a :class:`SheetLayout`, a list of items with rectangles in millimetres from
the top-left corner of the paper, and map geometries already transformed to
paper millimetres. ``widgets.output.sheet_render`` paints that on a PDF, an image
or a printer without deciding anything, so the layout is testable without
Qt and the same on every device.

The map is drawn in the UTM zone of its centre (WGS 84; EPSG:32748 for most
of Bangka Belitung). The numeric scale is rounded to a readable number and
the extent widened to match it exactly; the scale bar is measured along the
ground (geodesic on the WGS 84 ellipsoid) at the map's centre latitude, so
it stays right wherever the zone's scale factor differs from one. The north
arrow points to true north (UTM grid north differs by the convergence).

Privacy: by default the map shows village aggregates, zones and PSKS only.
Household points appear only when ``SheetSpec.show_households`` is set, and
the sheet then carries a warning instead of the privacy line.

Why this module stays over 800 lines: ``compose`` places every block of the
sheet against every other (map frame, side panel, strips, legend, scale,
notes), trying smaller type and fewer rows until all fit; the placement
rules read against each other, and the parts that stand alone (items,
frame text, meeting tables, zone table) already live in their own modules.

The pieces live beside it: the items the renderer paints and the fixed
symbols (``sheet_items``), the page frame with projection, scale and grid
(``sheet_frame``), and the summary rows, locator inset and legend-panel
blocks (``sheet_parts``); they stay importable from here. This module stays
long (about 1,000 lines) because ``_compose_once`` is one sequence that
places title, map, legend panel and footer in turn, each step measuring the
room the earlier steps left; cut into functions it would pass a dozen
running measures between them without being easier to read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import shapely

from gis.errors import Cancelled
from gis.maps.classify import Classes, classify
from gis.maps.mapdata import MapData, tanggal
from gis.maps.sheet_frame import (
    MapFrame,
    _nice_length,
    _to_paper,
    _utm_layer,
    _utm_points,
    convergence_deg,
    dms_label,
    fit_frame,
    graticule,
    grid_interval_minutes,
    ground_metres,
    line_mm,
    nice_scale,
    project_geoms,
    project_xy,
    utm_epsg,
    utm_name,
    wrap,
)
from gis.maps.sheet_items import (
    ACCENT,
    HOUSEHOLD_DOT,
    HOUSEHOLD_WARNING,
    KAB_LINE,
    KEC_LINE,
    ORIENTATIONS,
    OUTSIDE_FILL,
    PAPER_MM,
    PRIVACY_LINE,
    PSKS_FILL,
    SEA,
    SERIES_LEVELS,
    VILLAGE_LINE,
    ZONE_LINE,
    BoxItem,
    DotLayer,
    ImageItem,
    LabelLayer,
    LegendEntry,
    LegendItem,
    LineItem,
    MapItem,
    NorthArrowItem,
    PointLayer,
    PolygonLayer,
    Rect,
    ScaleBarItem,
    SheetLayout,
    TableItem,
    TextItem,
)
from gis.maps.sheet_meeting import MAX_SHARE, MEETING_TABLES, MeetingStrip, meeting_sections
from gis.maps.sheet_parts import (
    Focus,
    _Block,
    _fmt_int,
    _focus_name,
    _focus_villages,
    _inset,
    _keeps,
    _km,
    _portrait_columns,
    _rupiah,
    _stack,
    _table_block,
    _zone_geometry,
    summary_rows,
)
from gis.maps.sheet_rounds import round_table
from gis.maps.sheet_zones import zone_legend_label, zone_summary_rows, zone_table
from gis.model.filter_text import desil_words
from gis.model.indicators import INDICATORS, VERIFICATION_INDICATORS, compute
from gis.model.unknowns import UNKNOWN, persons_parts
from gis.numbers import format_number

# ---------------------------------------------------------------------------
# What the planner chooses
# ---------------------------------------------------------------------------

#: the names callers import from here (the items, frame and parts live in
#: sheet_items, sheet_frame and sheet_parts)
__all__ = [
    "BoxItem",
    "compose",
    "compose_series",
    "dms_label",
    "DotLayer",
    "Focus",
    "grid_interval_minutes",
    "ground_metres",
    "HOUSEHOLD_WARNING",
    "ImageItem",
    "LabelLayer",
    "LegendEntry",
    "LegendItem",
    "LineItem",
    "MapFrame",
    "MapItem",
    "nice_scale",
    "NorthArrowItem",
    "ORIENTATIONS",
    "PAPER_MM",
    "PointLayer",
    "PolygonLayer",
    "PRIVACY_LINE",
    "project_xy",
    "Rect",
    "ScaleBarItem",
    "SERIES_LEVELS",
    "series_units",
    "SheetLayout",
    "SheetSpec",
    "summary_rows",
    "TableItem",
    "TextItem",
    "utm_epsg",
]


@dataclass(frozen=True)
class SheetSpec:
    """Choices of one sheet (or of every sheet of a series).

    Attributes
    ----------
    paper, orientation
        ``"A4"`` / ``"A3"``; ``"landscape"`` / ``"portrait"``.
    indicator
        Key of :data:`gis.model.indicators.INDICATORS` coloured per village.
    method, classes, palette
        Classification (see :func:`gis.maps.classify.classify`).
    theme
        Title theme; the indicator's title when "".
    year
        Year in the title; the register's snapshot year when None.
    subtitle_date
        Date in the subtitle (ISO text); today when "".
    agency, agency_detail
        Agency name (and a second line, e.g. the address) beside the logo.
    logo
        Path of a PNG/JPG/SVG logo; None prints the neutral placeholder.
    edition
        Edition text, e.g. ``"Edisi 1"``.
    print_date
        Print date (ISO text); today when "".
    show_households
        Draw household points (personal data): off by default.
    show_psks, show_zones, summary
        PSKS symbols, intervention zones, summary table.
    psks_max_points
        Above this many PSKS on one sheet their symbols would hide the
        choropleth: they are left out and the legend says so (the series
        sheets and the PSKS indicator show them).
    tables
        Meeting tables printed in a strip under the map (``"sinergi"``,
        ``"kombinasi"``, the UpSet chart, ``"pendamping"``; see
        :mod:`gis.maps.sheet_meeting`), when ``MapData.meeting`` has them.
    """

    paper: str = "A4"
    orientation: str = "landscape"
    indicator: str = "desil_1_4"
    method: str = "quantile"
    classes: int = 5
    palette: str = "YlOrRd"
    theme: str = ""
    year: int | None = None
    subtitle_date: str = ""
    agency: str = "DINAS SOSIAL"
    agency_detail: str = ""
    logo: str | None = None
    edition: str = "Edisi 1"
    print_date: str = ""
    show_households: bool = False
    show_psks: bool = True
    show_zones: bool = True
    summary: bool = True
    psks_max_points: int = 1500
    tables: tuple[str, ...] = ()

    def __post_init__(self):
        if self.paper not in PAPER_MM:
            raise ValueError(f"paper must be one of {', '.join(PAPER_MM)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError("orientation must be 'landscape' or 'portrait'")
        if self.indicator not in INDICATORS:
            raise ValueError(f"unknown indicator {self.indicator!r}")
        if set(self.tables) - set(MEETING_TABLES):
            raise ValueError(f"tables must be among {', '.join(MEETING_TABLES)}")

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)


def compose(
    spec: SheetSpec,
    data: MapData,
    focus: Focus | None = None,
    classes: Classes | None = None,
    today: date | None = None,
) -> SheetLayout:
    """Lay out one sheet.

    Parameters
    ----------
    spec
        The planner's choices.
    data
        What to draw.
    focus
        One kecamatan or village (a page of a series); the whole area when None.
    classes
        Classes to reuse (a series keeps one set of breaks on every page so
        colours compare); computed from all villages when None.
    today
        Print date when ``spec.print_date`` is "" (tests pass a fixed one).

    Returns
    -------
    SheetLayout
    """
    today = today or date.today()
    indicator = (
        compute(spec.indicator, data.households, data.mask, data.psks, flt=data.filter)
        if (data.households is not None)
        else None
    )
    values = indicator.values if indicator is not None else np.full(len(data.villages), np.nan)
    if classes is None:
        classes = classify(values, spec.method, spec.classes, spec.palette)
    in_focus = _focus_villages(data, focus)
    page_classes = classes.apply(np.where(in_focus, values, np.nan))
    page_classes = replace(
        page_classes, no_data_count=int((page_classes.class_index < 0)[in_focus].sum())
    )
    scale_up = 1.0 if spec.paper == "A4" else 1.25
    # the meeting tables of this page, full and with fewer rows for a crowded sheet
    scope = in_focus if focus is not None else None
    meeting = {
        rows: meeting_sections(data, spec.tables, scope, rows) for rows in ("full", "compact")
    }
    # the zone table gives way (to fewer rows, two summary rows, the legend line) before the fonts
    # shrink: zones never make a sheet's text smaller than it would be without them
    modes = ("full", "compact", "rows", "legend", "")
    tries = [(a, mode) for a in range(5) for mode in modes]
    for attempt, zones_table in tries:
        layout = _compose_once(
            spec,
            data,
            focus,
            classes,
            page_classes,
            indicator,
            in_focus,
            today,
            scale_up,
            attempt,
            zones_table=zones_table,
            meeting=meeting["full" if zones_table == "full" else "compact"],
        )
        if layout is not None:
            return layout
    raise RuntimeError("sheet layout does not fit the paper")  # pragma: no cover


def _compose_once(
    spec,
    data,
    focus,
    classes,
    page_classes,
    indicator,
    in_focus,
    today,
    scale_up,
    attempt,
    zones_table="full",
    meeting=(),
) -> SheetLayout | None:
    page_w, page_h = spec.size_mm
    margin = 8.0 if spec.paper == "A4" else 10.0
    fs = scale_up * (0.92**attempt)  # font scale; shrinks when the panel overflows
    neat = Rect(margin, margin, page_w - 2 * margin, page_h - 2 * margin)
    items: list = [BoxItem(neat, 0.5)]
    landscape = spec.orientation == "landscape"
    grid_pad = 4.8 * max(1.0, fs)
    gap = 3.0

    # --- texts that do not depend on the frame
    theme = spec.theme or (indicator.title if indicator is not None else "Batas wilayah")
    year = spec.year or data.snapshot_year()
    place = _focus_name(data, focus)
    title = f"PETA {theme} {place} tahun {year}".upper()
    sub_date = tanggal(spec.subtitle_date or today)
    subtitle = (
        f"Skenario: {data.scenario}" if data.scenario else "Tanpa skenario"
    ) + f" · Filter: {data.filter_text()} · {sub_date}"

    # --- map frame
    v = data.villages
    any_poly = v.has_polygon
    centre_src = (
        v.bounds[in_focus & any_poly] if (in_focus & any_poly).any() else v.bounds[any_poly]
    )
    if len(centre_src) == 0:
        lon_c, lat_c = 117.0, -2.5
        bounds_ll = (110.0, -6.0, 124.0, 1.0)
    else:
        bounds_ll = (
            float(np.nanmin(centre_src[:, 0])),
            float(np.nanmin(centre_src[:, 1])),
            float(np.nanmax(centre_src[:, 2])),
            float(np.nanmax(centre_src[:, 3])),
        )
        lon_c, lat_c = (bounds_ll[0] + bounds_ll[2]) / 2, (bounds_ll[1] + bounds_ll[3]) / 2
    epsg = utm_epsg(lon_c, lat_c)
    vill_utm, vill_b = _utm_layer(data, "villages", epsg)
    fb = vill_b[in_focus]
    fb = fb[~np.isnan(fb[:, 0])]
    if len(fb):
        bounds_utm = (fb[:, 0].min(), fb[:, 1].min(), fb[:, 2].max(), fb[:, 3].max())
    else:
        e, n = project_xy(epsg, [bounds_ll[0], bounds_ll[2]], [bounds_ll[1], bounds_ll[3]])
        bounds_utm = (e[0], n[0], e[1], n[1])
    hh_mask = data.mask
    hh_in_area = None
    if data.households is not None:
        lut = np.concatenate([in_focus, [False]])
        idx = data.households.village
        hh_in_area = lut[np.where(idx >= 0, idx, len(in_focus))]
        if focus is None:
            hh_in_area = hh_in_area | (idx < 0)
        if hh_mask is not None:
            hh_in_area = hh_in_area & hh_mask
    psks_in_area = None
    if data.psks is not None:
        pv = data.psks.village
        lut = np.concatenate([in_focus, [False]])
        psks_in_area = lut[np.where(pv >= 0, pv, len(in_focus))]
    n_psks = int((psks_in_area & data.psks.is_psks).sum()) if psks_in_area is not None else 0
    draw_psks = spec.show_psks and data.psks is not None and n_psks <= spec.psks_max_points

    title_block_in_panel = landscape
    # --- information panel blocks
    blocks: list[_Block] = []
    pad = 2.5
    if title_block_in_panel:
        tsize, ssize = 12.5 * fs, 8.5 * fs

        def t_h(w):
            return (
                2 * pad
                + len(wrap(title, w - 2 * pad, tsize, True)) * line_mm(tsize)
                + 1
                + line_mm(ssize) * len(wrap(subtitle, w - 2 * pad, ssize))
            )

        def t_place(x, y, w):
            tl = wrap(title, w - 2 * pad, tsize, True)
            sl = wrap(subtitle, w - 2 * pad, ssize)
            th = len(tl) * line_mm(tsize)
            return [
                TextItem(
                    Rect(x + pad, y + pad, w - 2 * pad, th),
                    tuple(tl),
                    tsize,
                    True,
                    align="center",
                    role="title",
                ),
                TextItem(
                    Rect(x + pad, y + pad + th + 1, w - 2 * pad, len(sl) * line_mm(ssize)),
                    tuple(sl),
                    ssize,
                    align="center",
                    role="subtitle",
                ),
            ]

        blocks.append(_Block("judul", t_h, t_place))

    # north arrow + scale
    nsize = 7.5 * fs

    def ns_h(w):
        return 2 * pad + max(16.0 * fs, line_mm(nsize) * 2 + 9 * fs)

    def ns_place(x, y, w):
        h = ns_h(w)
        arrow_w = 12.0 * fs
        cx = (frame.extent[0] + frame.extent[2]) / 2
        cy = (frame.extent[1] + frame.extent[3]) / 2
        north = convergence_deg(epsg, cx, cy)
        out = [NorthArrowItem(Rect(x + pad, y + pad, arrow_w, h - 2 * pad), north, nsize)]
        bx = x + pad + arrow_w + 4
        bw_max = w - (bx - x) - pad - 4
        grid_per_km = ground_metres(epsg, cx, cy, 1000.0)  # grid metres per ground km
        mm_per_km = grid_per_km / frame.mpm
        length_km = _nice_length(bw_max / mm_per_km)
        bar_mm = length_km * mm_per_km
        n_seg = 4 if bar_mm > 24 else 2
        edges = tuple(bx + bar_mm * i / n_seg for i in range(n_seg + 1))
        labels = (
            (edges[0], "0"),
            (edges[n_seg // 2], _km(length_km / 2)),
            (edges[-1], _km(length_km)),
        )
        out.append(
            ScaleBarItem(
                Rect(bx, y + pad, w - (bx - x) - pad, h - 2 * pad),
                f"Skala 1:{format_number(frame.scale, 0)}",
                bx,
                y + pad + line_mm(nsize) + 2.0,
                2.0 * fs,
                edges,
                labels,
                "km",
                nsize,
            )
        )
        return out

    blocks.append(_Block("skala", ns_h, ns_place))

    # legend
    lsize = 7.2 * fs
    entries = [
        LegendEntry("fill", f"{lab} ({n} desa)", col) for lab, col, n in page_classes.legend(False)
    ]
    entries.append(
        LegendEntry(
            "fill",
            f"{classes.no_data_label} ({page_classes.no_data_count} desa)",
            classes.no_data_color,
        )
    )
    if focus is not None:
        entries.append(LegendEntry("fill", "di luar wilayah lembar ini", OUTSIDE_FILL))
    entries.append(LegendEntry("line", "Batas kabupaten/kota", KAB_LINE))
    entries.append(LegendEntry("dashline", "Batas kecamatan", KEC_LINE))
    entries.append(LegendEntry("line", "Batas desa/kelurahan", VILLAGE_LINE))
    if spec.show_zones and data.zones:
        zlabel = zone_legend_label(data) if zones_table == "legend" else "Zona intervensi"
        entries.append(LegendEntry("zone", zlabel, ZONE_LINE, ZONE_LINE))
    if draw_psks:
        entries.append(LegendEntry("point", "PSKS (12 jenis)", PSKS_FILL))
    if spec.show_households and data.households is not None:
        entries.append(LegendEntry("dots", "Rumah tangga (titik)", HOUSEHOLD_DOT))
    unit = f" ({indicator.unit})" if indicator is not None else ""
    legend_title = f"{indicator.title if indicator is not None else theme}{unit}"
    method_label = {
        "quantile": "kuantil",
        "equal": "interval sama",
        "jenks": "jeda alami (Jenks)",
        "manual": "batas manual",
    }[classes.method]
    legend_sub = (
        f"per desa, {classes.k} kelas {method_label}"
        if classes.k
        else "register rumah tangga tidak dimuat"
    )
    notes = []
    if indicator is not None and indicator.note:
        notes.append(indicator.note)
    if spec.show_psks and data.psks is not None and not draw_psks:
        notes.append(
            f"{format_number(n_psks, 0)} PSKS terlalu padat untuk skala ini dan tidak digambar; "
            "lihat lembar seri per kecamatan."
        )
    if data.households is not None and data.households.approx.any():
        notes.append("Rumah tangga tanpa koordinat dihitung pada desanya.")
    row = line_mm(lsize) * 1.18

    def lg_h(w):
        tl = wrap(legend_title, w - 2 * pad, lsize * 1.1, True)
        nl = sum(len(wrap(n, w - 2 * pad, lsize * 0.9)) for n in notes)
        return (
            2 * pad
            + line_mm(lsize)  # "LEGENDA"
            + len(tl) * line_mm(lsize * 1.1)
            + line_mm(lsize)  # class method line
            + 1
            + len(entries) * row
            + nl * line_mm(lsize * 0.9)
            + (1 if notes else 0)
        )

    def lg_place(x, y, w):
        tl = wrap(legend_title, w - 2 * pad, lsize * 1.1, True)
        nl = [ln for n in notes for ln in wrap(n, w - 2 * pad, lsize * 0.9)]
        return [
            TextItem(
                Rect(x + pad, y + pad, w - 2 * pad, line_mm(lsize)),
                ("LEGENDA",),
                lsize,
                True,
                role="legend-head",
            ),
            LegendItem(
                Rect(
                    x + pad,
                    y + pad + line_mm(lsize),
                    w - 2 * pad,
                    lg_h(w) - 2 * pad - line_mm(lsize),
                ),
                tuple(tl),
                legend_sub,
                tuple(entries),
                lsize,
                row,
                tuple(nl),
            ),
        ]

    blocks.append(_Block("legenda", lg_h, lg_place))

    # the latest verification round per kecamatan (registers with verification columns); on
    # a sheet of a verification indicator it takes the place of the desil summary
    rt = (
        round_table(data, in_focus, compact=zones_table != "full")
        if zones_table and spec.summary
        else None
    )
    round_sheet = rt is not None and spec.indicator in VERIFICATION_INDICATORS

    # summary table
    summary = summary_rows(data, hh_in_area, psks_in_area)
    if spec.summary and summary and not round_sheet:
        tsz = 6.8 * fs
        trow = line_mm(tsz) * 1.12
        unknown_size = summary["unknown_size"]

        def persons_cell(hh, pp, unknown) -> str:
            # the count of households without size gets its own row below
            return persons_parts(pp, hh, unknown, fmt=_fmt_int)[0]

        # only the desil the filter keeps: a filtered sheet lists no empty desil rows
        shown = [k for k in summary["desil"] if not data.filter or _keeps(data.filter, k)]
        shown = shown or list(summary["desil"])
        rows = [
            (
                f"Desil {k}",
                _fmt_int(summary["desil"][k][0]),
                persons_cell(*summary["desil"][k], unknown_size[k]),
            )
            for k in shown
        ]
        rows.append(
            (
                f"Jumlah {desil_words(shown)}",
                _fmt_int(summary["desil_1_4"][0]),
                persons_cell(*summary["desil_1_4"], summary["unknown_size_1_4"]),
            )
        )
        bold = [len(rows) - 1]
        if summary["unknown_size_1_4"]:
            rows.append(("RT tanpa jumlah anggota", _fmt_int(summary["unknown_size_1_4"]), "–"))
        no_aid = summary["d12_no_aid"]
        rows.append(
            (
                "Desil 1-2 tanpa program tercatat"
                if summary["programs_not_carried"]
                else "Desil 1-2 tanpa bantuan",
                UNKNOWN if no_aid is None else _fmt_int(no_aid),
                "",
            )
        )
        if "psks" in summary:
            rows.append(("PSKS (orang/lembaga)", _fmt_int(summary["psks"]), ""))
        if "cost" in summary:
            rows.append(("Biaya skenario per tahun", _rupiah(summary["cost"]), ""))
        if "budget" in summary:
            rows.append(("Pagu anggaran", _rupiah(summary["budget"]), ""))
            if "cost" in summary:
                left = summary["budget"] - summary["cost"]
                rows.append(("Sisa pagu" if left >= 0 else "Kekurangan", _rupiah(abs(left)), ""))
        if zones_table == "rows" and spec.show_zones:
            rows.extend(zone_summary_rows(data))
        ttitle = "RINGKASAN " + ("WILAYAH" if focus is None else "LEMBAR INI")
        if data.mask is not None:
            ttitle += " (setelah filter)"

        def tb_h(w):
            return 2 * pad + line_mm(tsz) + trow * (len(rows) + 1)

        def tb_place(x, y, w):
            return [
                TableItem(
                    Rect(x + pad, y + pad, w - 2 * pad, tb_h(w) - 2 * pad),
                    ttitle,
                    ("", "RT", "Jiwa"),
                    tuple(rows),
                    (0.5, 0.27, 0.23),
                    tsz,
                    trow,
                    tuple(bold),
                )
            ]

        blocks.append(_Block("ringkasan", tb_h, tb_place))

    # zone table: own coordinates first, approximate apart, overlaps explained
    zt = (
        zone_table(data, compact=zones_table == "compact")
        if zones_table in ("full", "compact") and spec.summary and spec.show_zones
        else None
    )
    if zt is not None:
        blocks.append(_table_block("zona", zt, 6.8 * fs, pad))

    if rt is not None:
        blocks.append(_table_block("putaran", rt, 6.8 * fs, pad))

    # inset
    inset_title = "LOKASI LEMBAR" if focus is not None else "LOKASI WILAYAH"

    def in_h(w):
        return min(max(24.0, (w - 2 * pad) * 0.55), 44.0 * fs) + line_mm(6.5 * fs) + 2 * pad

    def in_place(x, y, w, h=None):
        h = h or in_h(w)
        r = Rect(x + pad, y + pad + line_mm(6.5 * fs), w - 2 * pad, h - 2 * pad - line_mm(6.5 * fs))
        return [
            TextItem(
                Rect(x + pad, y + pad, w - 2 * pad, line_mm(6.5 * fs)),
                (inset_title,),
                6.5 * fs,
                True,
                role="inset-head",
            ),
            _inset(r, data, frame, epsg, focus),
        ]

    blocks.append(_Block("inset", in_h, in_place, flexible=True))

    # projection, sources, privacy, agency
    psize = 6.4 * fs
    proj_text = (
        f"Sistem proyeksi: Transverse Mercator, {utm_name(epsg)}\n"
        f"Datum: WGS 84 (EPSG:{epsg})\n"
        f"Grid geografis dalam derajat dan menit"
    )
    src_text = "Sumber data: " + "; ".join(s.text() for s in data.sources) + "."
    privacy = (
        HOUSEHOLD_WARNING if spec.show_households and data.households is not None else PRIVACY_LINE
    )

    def tx_h(text, size, bold=False):
        return lambda w: 2 * pad + len(wrap(text, w - 2 * pad, size, bold)) * line_mm(size)

    def tx_place(text, size, role, bold=False, color="#000000", italic=False):
        def place_fn(x, y, w):
            lines = wrap(text, w - 2 * pad, size, bold)
            return [
                TextItem(
                    Rect(x + pad, y + pad, w - 2 * pad, len(lines) * line_mm(size)),
                    tuple(lines),
                    size,
                    bold,
                    italic,
                    color=color,
                    role=role,
                )
            ]

        return place_fn

    blocks.append(
        _Block("proyeksi", tx_h(proj_text, psize), tx_place(proj_text, psize, "projection"))
    )
    blocks.append(_Block("sumber", tx_h(src_text, psize), tx_place(src_text, psize, "sources")))
    pcolor = ACCENT if privacy != PRIVACY_LINE else "#000000"
    blocks.append(
        _Block(
            "privasi",
            tx_h(privacy, psize * 1.08, True),
            tx_place(privacy, psize * 1.08, "privacy", True, pcolor),
            bottom=True,
        )
    )

    asize = 7.5 * fs
    agency_lines_text = spec.agency + (f"\n{spec.agency_detail}" if spec.agency_detail else "")
    pdate = tanggal(spec.print_date or today)
    edition = f"{spec.edition} · dicetak {pdate}"
    logo = 13.0 * fs

    def ag_h(w):
        tw = w - 2 * pad - logo - 2
        n = len(wrap(agency_lines_text, tw, asize, True))
        return 2 * pad + max(logo, n * line_mm(asize) + line_mm(psize) + 1)

    def ag_place(x, y, w):
        tw = w - 2 * pad - logo - 2
        lines = wrap(agency_lines_text, tw, asize, True)
        th = len(lines) * line_mm(asize)
        return [
            ImageItem(Rect(x + pad, y + pad, logo, logo), spec.logo),
            TextItem(
                Rect(x + pad + logo + 2, y + pad, tw, th), tuple(lines), asize, True, role="agency"
            ),
            TextItem(
                Rect(x + pad + logo + 2, y + pad + th + 1, tw, line_mm(psize)),
                (edition,),
                psize,
                role="edition",
            ),
        ]

    blocks.append(_Block("instansi", ag_h, ag_place, bottom=True))

    # --- frame rectangle
    if landscape:
        panel_w = 80.0 if spec.paper == "A4" else 104.0
        map_rect = Rect(
            neat.x + grid_pad,
            neat.y + grid_pad,
            neat.w - panel_w - 2 * grid_pad - gap,
            neat.h - 2 * grid_pad,
        )
        panel = Rect(map_rect.right + grid_pad + gap, neat.y, panel_w, neat.h)
        strip = MeetingStrip(meeting, neat.w - panel_w - gap, 6.5 * fs) if meeting else None
        if strip is not None:
            if strip.height > (MAX_SHARE["landscape"] + 0.03 * attempt) * neat.h:
                return None
            map_rect = replace(map_rect, h=map_rect.h - strip.height - gap)
            items.extend(strip.place(neat.x, neat.bottom - strip.height, strip.height))
    else:
        title_size = 13 * fs
        title_lines = wrap(title, neat.w - 8, title_size, True)
        sub_lines = wrap(subtitle, neat.w - 8, 9 * fs)  # the filter can make it long
        title_h = 4 + len(title_lines) * line_mm(title_size) + len(sub_lines) * line_mm(9 * fs) + 3
        items.append(
            TextItem(
                Rect(neat.x + 4, neat.y + 3, neat.w - 8, len(title_lines) * line_mm(title_size)),
                tuple(title_lines),
                title_size,
                bold=True,
                align="center",
                role="title",
            )
        )
        items.append(
            TextItem(
                Rect(
                    neat.x + 4,
                    neat.y + 3 + len(title_lines) * line_mm(title_size) + 0.5,
                    neat.w - 8,
                    len(sub_lines) * line_mm(9 * fs),
                ),
                tuple(sub_lines),
                9 * fs,
                align="center",
                role="subtitle",
            )
        )
        items.append(LineItem(neat.x, neat.y + title_h, neat.right, neat.y + title_h, 0.3))
        by = {b.name: b for b in blocks}
        columns = _portrait_columns(by)
        col_w = (neat.w - 2.0 * (len(columns) - 1)) / len(columns)
        panel_h = max(sum(b.height(col_w) for b in col) for col in columns)
        panel_h = min(max(panel_h, neat.h * 0.25), neat.h * 0.45)
        panel_h_guess = panel_h
        map_rect = Rect(
            neat.x + grid_pad,
            neat.y + title_h + grid_pad,
            neat.w - 2 * grid_pad,
            neat.h - title_h - panel_h_guess - 2 * grid_pad,
        )
        top = map_rect.bottom + grid_pad  # of the panel, or of the meeting tables above it
        strip = MeetingStrip(meeting, neat.w, 6.5 * fs) if meeting else None
        if strip is not None:
            if strip.height > (MAX_SHARE["portrait"] + 0.03 * attempt) * neat.h:
                return None
            map_rect = replace(map_rect, h=map_rect.h - strip.height - gap)
            top = map_rect.bottom + grid_pad
            items.extend(strip.place(neat.x, top, strip.height))
            top += strip.height
        panel = Rect(neat.x, top, neat.w, neat.bottom - top)

    frame = fit_frame(map_rect, epsg, bounds_utm, pad=0.04 if focus is None else 0.12)

    layers = []
    vis = frame.visible(vill_b)
    shown = vis & any_poly
    fills_all = np.array([*classes.colors, classes.no_data_color], dtype=object)[
        classes.class_index
    ]
    fills_all = np.where(in_focus, fills_all, OUTSIDE_FILL)
    geoms = _to_paper(frame, vill_utm, shown)
    layers.append(PolygonLayer(geoms, tuple(fills_all[shown]), VILLAGE_LINE, 0.08, name="desa"))
    kec_utm, kec_b = _utm_layer(data, "kecamatan", epsg)
    ksel = frame.visible(kec_b)
    if ksel.any():
        layers.append(
            PolygonLayer(
                _to_paper(frame, kec_utm, ksel), None, KEC_LINE, 0.22, dash=True, name="kecamatan"
            )
        )
    kab_utm, kab_b = _utm_layer(data, "kabupaten", epsg)
    bsel = frame.visible(kab_b)
    if bsel.any():
        layers.append(
            PolygonLayer(_to_paper(frame, kab_utm, bsel), None, KAB_LINE, 0.45, name="kabupaten")
        )
    if focus is not None:
        outline = (
            shapely.union_all(vill_utm[in_focus & any_poly])
            if (in_focus & any_poly).any()
            else None
        )
        if outline is not None:
            layers.append(
                PolygonLayer(
                    frame.geoms_to_mm(np.array([outline], dtype=object)),
                    None,
                    "#000000",
                    0.6,
                    name="fokus",
                )
            )

    if spec.show_households and data.households is not None:
        ex, ny = _utm_points(data, "households", epsg)
        x, y = frame.to_mm(ex, ny)
        r = frame.rect
        # only the households this sheet is about (and the planner's filter)
        sel = (x >= r.x) & (x <= r.right) & (y >= r.y) & (y <= r.bottom) & hh_in_area
        layers.append(DotLayer(x[sel], y[sel], name="rumah tangga"))
    if draw_psks:
        ex, ny = _utm_points(data, "psks", epsg)
        x, y = frame.to_mm(ex, ny)
        r = frame.rect
        sel = (x >= r.x) & (x <= r.right) & (y >= r.y) & (y <= r.bottom) & data.psks.is_psks
        layers.append(
            PointLayer(x[sel], y[sel], size_mm=0.95 * max(1, fs), line_color="#0b3d1a", name="PSKS")
        )
    zone_names = []
    if spec.show_zones and data.zones:
        zg = np.array([_zone_geometry(z, data) for z in data.zones], dtype=object)
        ok = np.array([g is not None for g in zg], dtype=bool)
        if ok.any():
            zutm = project_geoms(epsg, zg[ok])
            zsel = frame.visible(shapely.bounds(zutm))
            if zsel.any():
                zmm = frame.geoms_to_mm(zutm[zsel])
                layers.append(
                    PolygonLayer(
                        zmm,
                        (ZONE_LINE,) * int(zsel.sum()),
                        ZONE_LINE,
                        0.6,
                        fill_alpha=0.12,
                        name="zona",
                    )
                )
                names = [
                    z.name for z, k in zip([z for z, o in zip(data.zones, ok) if o], zsel) if k
                ]
                pts = shapely.point_on_surface(zmm)
                layers.append(
                    LabelLayer(
                        shapely.get_x(pts),
                        shapely.get_y(pts),
                        tuple(names),
                        6.5 * fs,
                        True,
                        ZONE_LINE,
                        name="label zona",
                    )
                )
                zone_names = names
    # place names: kabupaten on a province sheet, villages on a kecamatan or village sheet
    if focus is None:
        kab_ok = bsel & ~np.isnan(kab_b[:, 0])
        if 0 < kab_ok.sum() <= 20:
            pts = shapely.point_on_surface(frame.geoms_to_mm(kab_utm[kab_ok]))
            layers.append(
                LabelLayer(
                    shapely.get_x(pts),
                    shapely.get_y(pts),
                    tuple(str(n) for n in v.kab_names[kab_ok]),
                    7 * fs,
                    True,
                    name="label kabupaten",
                )
            )
    else:
        lab = in_focus & any_poly
        if 0 < lab.sum() <= 60:
            pts = shapely.point_on_surface(frame.geoms_to_mm(vill_utm[lab]))
            layers.append(
                LabelLayer(
                    shapely.get_x(pts),
                    shapely.get_y(pts),
                    tuple(str(n) for n in v.names[lab]),
                    6 * fs,
                    name="label desa",
                )
            )
    grid_lines, grid_labels = graticule(frame)
    items.append(
        MapItem(frame.rect, tuple(layers), SEA, grid_lines, grid_labels, 6.0 * max(1.0, fs * 0.9))
    )

    if landscape:
        placed = _stack(blocks, panel, [blocks])
    else:
        placed = _stack(blocks, panel, _portrait_columns({b.name: b for b in blocks}))
    if placed is None:
        return None
    items.extend(placed)
    layout = SheetLayout(
        paper=spec.paper,
        orientation=spec.orientation,
        width_mm=page_w,
        height_mm=page_h,
        items=items,
        title=title,
        unit_code=(
            ""
            if focus is None
            else str(
                v.kec_codes[focus.index] if focus.level == "kecamatan" else v.codes[focus.index]
            )
        ),
        scale=frame.scale,
        epsg=epsg,
        extent=frame.extent,
        classes=page_classes,
        summary=summary,
        zone_names=zone_names,
    )
    return layout


def series_units(data: MapData, level: str, units=None) -> list[Focus]:
    """The pages of a series: every kecamatan or village with a polygon (or ``units``, codes)."""
    v = data.villages
    if level not in SERIES_LEVELS:
        raise ValueError(f"series level must be one of {', '.join(SERIES_LEVELS)}")
    if level == "kecamatan":
        codes = v.kec_codes
        has = np.bincount(v.kec_index[v.has_polygon], minlength=len(codes)) > 0
    else:
        codes = v.codes
        has = v.has_polygon
    idx = np.flatnonzero(has)
    if units:
        wanted = {str(u).replace(".", "") for u in units}
        idx = [i for i in idx if str(codes[i]) in wanted]
    return [Focus(level, int(i)) for i in idx]


def compose_series(
    spec: SheetSpec,
    data: MapData,
    level: str,
    units=None,
    progress=None,
    cancelled=None,
    today: date | None = None,
) -> Iterator[SheetLayout]:
    """One sheet per kecamatan or village, each with its own extent, legend counts and tallies.

    The class breaks are computed once over all villages, so a colour means
    the same on every page of the series.
    """
    if data.households is not None:
        values = compute(
            spec.indicator, data.households, data.mask, data.psks, flt=data.filter
        ).values
    else:
        values = np.full(len(data.villages), np.nan)
    classes = classify(values, spec.method, spec.classes, spec.palette)
    pages = series_units(data, level, units)
    for i, focus in enumerate(pages):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled", code="cancelled")
        if progress is not None:
            progress(i / max(1, len(pages)), f"lembar {i + 1} dari {len(pages)}")
        yield compose(spec, data, focus, classes, today)
    if progress is not None:
        progress(1.0, "selesai")
