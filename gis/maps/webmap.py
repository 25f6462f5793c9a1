"""The web map: a folium map of the province or a scenario, as one HTML file.

Planners send maps to offices that have no GIS and often no reliable
internet, so the export is ONE self-contained HTML file: Leaflet and its
plugins (from the npm packages shipped in ``resources/leaflet``) are inlined,
CSS images become data URIs, and no script or style is fetched from outside.
An online base map appears only when the user turns it on.

What the map shows follows the privacy rules of DOMAIN.md: village
aggregates (a choropleth of one indicator with its legend), zones, PSKS by
type, and households only as a heat map of village counts, never as
individual points, never with names or NIK.

The choropleth is one GeoJSON layer per class with a constant style, not a
``style_function`` over all features: folium turns a varying style into a
per-feature lookup that makes browsers slow at scale (DESIGN.md).

:func:`app_html` builds the variant for the in-app web view: it refers to
the same local files by file URL, adds Leaflet.draw and Qt's
``qwebchannel.js``, and sends each drawn polygon's GeoJSON to the Python
bridge object ``bridge`` (slot ``zone_drawn(str)``). ``sasaranSetZones``
replaces the zone layer from Python; ``window.sasaranReady`` turns true
when the map (and the channel, inside the app) is ready.
"""

from __future__ import annotations

import base64
import html
import json
import re
from importlib import resources
from pathlib import Path

import folium
import folium.plugins
import numpy as np
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template

from gis.io.codelists import psks_types
from gis.maps.classify import Classes, categorical, classify
from gis.maps.mapdata import MapData
from gis.maps.sheet_layout import PRIVACY_LINE
from gis.model.filter_text import indicator_title
from gis.model.indicators import INDICATORS, Indicator, compute

ZONE_COLOR = "#1b4f9c"
PSKS_COLOR = "#1b7837"
STAFF_COLOR = "#762a83"
SEA_COLOR = "#d9e8f5"
QWEBCHANNEL_URL = "qrc:///qtwebchannel/qwebchannel.js"

_ASSETS = {
    "leaflet": ("leaflet/leaflet.js", "leaflet/leaflet.css"),
    "heat": ("leaflet-heat/leaflet-heat.js", None),
    "draw": ("leaflet-draw/leaflet.draw.js", "leaflet-draw/leaflet.draw.css"),
}


def leaflet_dir() -> Path:
    """Folder of the shipped Leaflet files."""
    return Path(str(resources.files("resources").joinpath("leaflet")))


def _read(rel: str) -> str:
    return (leaflet_dir() / rel).read_text(encoding="utf-8")


def _inline_css(rel: str) -> str:
    """CSS with its ``url(images/...)`` turned into data URIs (so nothing is fetched)."""
    css = _read(rel)
    base = (leaflet_dir() / rel).parent

    def repl(m):
        target = m.group(2)
        if target.startswith(("data:", "#")):
            return m.group(0)
        f = base / target
        if not f.exists():
            return m.group(0)
        mime = "image/svg+xml" if f.suffix == ".svg" else f"image/{f.suffix.lstrip('.')}"
        data = base64.b64encode(f.read_bytes()).decode("ascii")
        return f"url({m.group(1)}data:{mime};base64,{data}{m.group(1)})"

    return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", repl, css)


def _script(text: str) -> str:
    return "<script>\n" + text.replace("</script", "<\\/script") + "\n</script>"


def _asset_tags(kinds: tuple[str, ...], inline: bool) -> str:
    tags = []
    for kind in kinds:
        js, css = _ASSETS[kind]
        if css:
            if inline:
                tags.append(f"<style>\n{_inline_css(css)}\n</style>")
            else:
                tags.append(f'<link rel="stylesheet" href="{(leaflet_dir() / css).as_uri()}"/>')
        if inline:
            tags.append(_script(_read(js)))
        else:
            tags.append(f'<script src="{(leaflet_dir() / js).as_uri()}"></script>')
    return "\n".join(tags)


def _geojson(geoms: np.ndarray, props: list[dict], precision: float = 1e-5) -> dict:
    """FeatureCollection of ``geoms`` (lon/lat) rounded to about a metre."""
    ok = np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
    rounded = np.full(len(geoms), None, dtype=object)
    if ok.any():
        rounded[ok] = shapely.set_precision(np.asarray(geoms, dtype=object)[ok], precision)
    texts = shapely.to_geojson(rounded)
    feats = [
        {"type": "Feature", "properties": p, "geometry": json.loads(t)}
        for t, p, good in zip(texts, props, ok)
        if good and t is not None
    ]
    return {"type": "FeatureCollection", "features": feats}


def _strip_default_assets(element) -> None:
    """No CDN links: the page gets its scripts from :func:`_asset_tags`."""
    element.default_js = []
    element.default_css = []


class _Legend(MacroElement):
    """Legend box (plain HTML and CSS, no external library)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .sasaran-legend { position: absolute; z-index: 1000; right: 10px; bottom: 18px;
            background: rgba(255,255,255,0.94); padding: 8px 10px; font: 12px Arial, sans-serif;
            border: 1px solid #888; border-radius: 4px; max-width: 300px; }
        .sasaran-legend h4 { margin: 0 0 2px 0; font-size: 13px; }
        .sasaran-legend .sub { color: #444; font-style: italic; margin-bottom: 4px; }
        .sasaran-legend .row { display: flex; align-items: center; margin: 2px 0; }
        .sasaran-legend .sw { width: 22px; height: 12px; margin-right: 6px; border: 1px solid #777;
            flex: none; }
        .sasaran-legend .foot { margin-top: 6px; color: #333; font-size: 11px; }
        .sasaran-legend .privacy { font-weight: bold; margin-top: 4px; }
        .sasaran-title { position: absolute; z-index: 1000; left: 54px; top: 10px;
            background: rgba(255,255,255,0.94); padding: 6px 10px; font: bold 14px Arial, sans-serif;
            border: 1px solid #888; border-radius: 4px; max-width: 60%; }
        .sasaran-title .sub { font-weight: normal; font-size: 12px; }
        .leaflet-container { background: {{ this.sea }}; }
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <div class="sasaran-title" id="sasaran-title">{{ this.title }}<div class="sub">{{ this.subtitle }}</div></div>
        <div class="sasaran-legend" id="sasaran-legend">{{ this.body }}</div>
        {% endmacro %}
        """
    )

    def __init__(self, title: str, subtitle: str, body: str, sea: str = SEA_COLOR):
        super().__init__()
        self._name = "SasaranLegend"
        self.title = html.escape(title)
        self.subtitle = html.escape(subtitle)
        self.body = body
        self.sea = sea


class _MetricScale(MacroElement):
    """Scale bar in metres and kilometres only (folium's own adds miles and feet)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.control.scale({metric: true, imperial: false}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self):
        super().__init__()
        self._name = "SasaranScale"


def _legend_body(ind_title: str, unit: str, classes: Classes, data: MapData, extras: list) -> str:
    esc = html.escape
    rows = [f"<h4>{esc(ind_title)} ({esc(unit)})</h4>" if unit else f"<h4>{esc(ind_title)}</h4>"]
    rows.append(f'<div class="sub">per desa, {classes.k} kelas</div>')
    for label, color, count in classes.legend():
        rows.append(
            f'<div class="row"><span class="sw" style="background:{color}"></span>'
            f"{esc(label)} ({count} desa)</div>"
        )
    for label, style in extras:
        rows.append(f'<div class="row"><span class="sw" style="{style}"></span>{esc(label)}</div>')
    rows.append(f'<div class="foot filter">Filter: {esc(data.filter_text())}.</div>')
    src = "; ".join(s.text() for s in data.sources)
    rows.append(f'<div class="foot">Sumber data: {esc(src)}.</div>')
    rows.append(f'<div class="foot privacy">{esc(PRIVACY_LINE)}</div>')
    return "\n".join(rows)


def build_map(
    data: MapData,
    *,
    indicator: str = "desil_1_4",
    method: str = "quantile",
    k: int = 5,
    palette: str = "YlOrRd",
    online_basemap: bool = False,
    heatmap: bool = True,
    show_psks: bool = True,
    title: str = "",
    simplify_deg: float = 0.0002,
    values: Indicator | None = None,
) -> folium.Map:
    """The folium map (no assets attached; see :func:`export_html` and :func:`app_html`).

    Parameters
    ----------
    data
        What to show (households are used only through village counts).
    indicator, method, k, palette
        The choropleth (see :mod:`gis.model.indicators`, :func:`gis.maps.classify.classify`).
    online_basemap
        Add the OpenStreetMap base map (needs internet when opened).
    heatmap
        Households as a heat map of desil 1-4 counts per village (of the
        filtered households; the layer's name says which).
    show_psks
        PSKS and program staff as points labelled by type only.
    title
        Map title; the indicator and area when "".
    simplify_deg
        Tolerance (degrees) for simplifying village outlines; about 20 m.
    values
        The indicator already computed, for one that gis.maps cannot compute
        itself (the mentor, referral and synergy maps of
        ``gis.plan.map_indicators``: counts per village, titled with the
        filter); ``indicator`` is then its key. A map of kinds
        (``values.categories``) keeps its own colours and labels.
    """
    if values is None and indicator not in INDICATORS:
        raise ValueError(f"unknown indicator {indicator!r}")
    v = data.villages
    bounds = v.province_bounds(margin=0.02)
    m = folium.Map(
        location=[(bounds[1] + bounds[3]) / 2, (bounds[0] + bounds[2]) / 2],
        zoom_start=8,
        tiles=None,
        control_scale=False,  # folium's scale bar shows miles too: ours is metric only
        prefer_canvas=False,
    )
    _strip_default_assets(m)
    m.add_child(_MetricScale())
    m.fit_bounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]])
    if online_basemap:
        folium.TileLayer("OpenStreetMap", name="Peta dasar OpenStreetMap (daring)").add_to(m)

    if values is not None:
        ind = values
    elif data.households is not None:
        ind = compute(indicator, data.households, data.mask, data.psks, flt=data.filter)
    else:
        ind = None
    values = ind.values if ind is not None else np.full(len(v), np.nan)
    if ind is not None and ind.categories:
        classes = categorical(values, ind.categories)
        kinds = [label for label, _colour in ind.categories]
    else:
        classes = classify(values, method, k, palette)
        kinds = None
    title_text = title or (f"{ind.title if ind is not None else 'Batas wilayah'} — {data.area}")
    subtitle = (
        f"Skenario: {data.scenario}" if data.scenario else "Tanpa skenario"
    ) + f" · Filter: {data.filter_text()}"
    # the village counts are of the filtered households: their names say so
    d14_title = indicator_title("desil_1_4", data.filter, data.households)
    if d14_title == INDICATORS["desil_1_4"][0]:
        d14_title = "RT desil 1-4"
    filtered = data.mask is not None

    has = v.has_polygon
    geoms = np.full(len(v), None, dtype=object)
    geoms[has] = shapely.simplify(v.geoms[has], simplify_deg, preserve_topology=True)
    hh = data.households
    counts = None
    if hh is not None:
        from gis.model.aggregate import village_desil_counts

        counts = village_desil_counts(hh, data.mask)[1:]
    dec = classes.decimals
    kec_names = v.kec_names[v.kec_index] if len(v) else np.zeros(0, dtype=object)
    kab_names = v.kab_names[v.kab_index] if len(v) else np.zeros(0, dtype=object)

    def props(i: int) -> dict:
        val = values[i]
        p = {
            "kode": str(v.codes[i]),
            "desa": str(v.names[i]),
            "kecamatan": str(kec_names[i]),
            "kabupaten": str(kab_names[i]),
            "nilai": (
                "tidak ada data"
                if np.isnan(val)
                else kinds[int(val)]
                if kinds
                else round(float(val), dec)
            ),
        }
        if counts is not None:
            p["rt"] = int(counts[i].sum())
            p["rt_desil_1_4"] = int(counts[i, 1:5].sum())
        return p

    fields = ["desa", "kecamatan", "kabupaten", "kode", "nilai"]
    aliases = ["Desa/Kel.", "Kecamatan", "Kab./Kota", "Kode", ind.title if ind else "Nilai"]
    if counts is not None:
        fields += ["rt", "rt_desil_1_4"]
        aliases += ["RT terfilter" if filtered else "Rumah tangga", d14_title]
    group = folium.FeatureGroup(name=f"{ind.title if ind else 'Desa'} (per desa)", show=True)
    group.add_to(m)
    cls_idx = classes.class_index
    for c, (label, color, n) in enumerate(classes.legend()):
        sel = np.flatnonzero((cls_idx == (c if c < classes.k else -1)) & has)
        if not len(sel):
            continue
        fc = _geojson(geoms[sel], [props(i) for i in sel])
        style = {"fillColor": color, "color": "#7a7a7a", "weight": 0.6, "fillOpacity": 0.85}
        folium.GeoJson(
            fc,
            name=f"{label} ({n} desa)",
            style_function=lambda _f, s=style: s,
            highlight_function=lambda _f: {"weight": 2.5, "color": "#000000"},
            tooltip=folium.GeoJsonTooltip(fields=fields, aliases=aliases, sticky=True),
            smooth_factor=0.5,
        ).add_to(group)

    kab = v.kab_geoms
    kab_geoms = (
        np.array([g for g in kab if g is not None], dtype=object)
        if kab is not None
        else np.zeros(0)
    )
    if len(kab_geoms) == 0 and len(v):
        kab_geoms = np.array(
            [shapely.union_all(v.geoms[(v.kab_index == i) & has]) for i in range(len(v.kab_codes))],
            dtype=object,
        )
    if len(kab_geoms):
        kab_lines = shapely.boundary(shapely.simplify(kab_geoms, simplify_deg))
        fc = _geojson(kab_lines, [{} for _ in kab_lines])
        folium.GeoJson(
            fc,
            name="Batas kabupaten/kota",
            style_function=lambda _f: {"color": "#222222", "weight": 2, "fill": False},
            interactive=False,
        ).add_to(m)

    extras = [("Batas kabupaten/kota", "height:0;border:0;border-top:2px solid #222")]
    if data.zones:
        folium.GeoJson(
            zones_geojson(data),
            name="Zona intervensi",
            style_function=lambda _f: {
                "color": ZONE_COLOR,
                "weight": 3,
                "fillColor": ZONE_COLOR,
                "fillOpacity": 0.12,
            },
            tooltip=folium.GeoJsonTooltip(fields=["name"], aliases=["Zona"]),
        ).add_to(m)
        extras.append(
            ("Zona intervensi", f"border:2px solid {ZONE_COLOR};background:rgba(27,79,156,0.12)")
        )

    if hh is not None and heatmap and counts is not None:
        d14 = counts[:, 1:5].sum(axis=1)
        use = has & (d14 > 0)
        if use.any():
            pts = shapely.point_on_surface(v.geoms[use])
            w = d14[use] / d14[use].max()
            heat = folium.plugins.HeatMap(
                np.column_stack(
                    [
                        np.round(shapely.get_y(pts), 5),
                        np.round(shapely.get_x(pts), 5),
                        np.round(w, 3),
                    ]
                ).tolist(),
                name=f"Kepadatan {d14_title} (agregat desa)",
                radius=22,
                blur=18,
                min_opacity=0.25,
                show=False,
            )
            _strip_default_assets(heat)
            heat.add_to(m)

    if show_psks and data.psks is not None:
        ps = data.psks
        names = {t.code: t.name for t in psks_types()}
        located = ~np.isnan(ps.x)
        for label, sel, color in (
            ("PSKS (12 jenis)", ps.is_psks & located, PSKS_COLOR),
            ("Pendamping PKH dan ASN", ~ps.is_psks & located, STAFF_COLOR),
        ):
            idx = np.flatnonzero(sel)
            if not len(idx):
                continue
            # type and placement only: no names, no ids
            pts = shapely.points(ps.x[idx], ps.y[idx])
            fc = _geojson(
                pts,
                [
                    {
                        "jenis": names.get(int(ps.type[i]), str(ps.type[i])),
                        "perkiraan": bool(ps.approx[i]),
                    }
                    for i in idx
                ],
            )
            folium.GeoJson(
                fc,
                name=f"{label}: {len(idx):,}".replace(",", "."),
                marker=folium.CircleMarker(radius=3.5, fill=True),
                style_function=lambda _f, c=color: {
                    "fill": True,
                    "color": "#ffffff",
                    "weight": 0.8,
                    "fillColor": c,
                    "fillOpacity": 0.95,
                },
                tooltip=folium.GeoJsonTooltip(fields=["jenis"], aliases=["Jenis"]),
                show=False,
            ).add_to(m)
            extras.append((label, f"background:{color};border-radius:6px;width:10px;height:10px"))

    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    ind_title = ind.title if ind is not None else "Desa"
    unit = ind.unit if ind is not None else "-"
    m.add_child(_Legend(title_text, subtitle, _legend_body(ind_title, unit, classes, data, extras)))
    m.get_root().title = f"{title_text} ({subtitle})"
    m.sasaran_classes = classes  # for callers that want the legend without parsing HTML
    return m


def zones_geojson(data: MapData) -> dict:
    """The zones of ``data`` as a FeatureCollection (village zones as their union)."""
    feats = [z.to_geojson_feature(data.villages) for z in data.zones]
    return {
        "type": "FeatureCollection",
        "features": [f for f in feats if f["geometry"] is not None],
    }


_READY_JS = """
(function () {
  function whenMap(fn) {
    var m = window.{{MAP}};
    if (m) { fn(m); } else { setTimeout(function () { whenMap(fn); }, 20); }
  }
  whenMap(function (map) {
    window.sasaranMap = map;
    map.whenReady(function () {
      window.sasaranLayerCount = Object.keys(map._layers).length;
      window.sasaranReady = true;
    });
  });
})();
"""

_APP_JS = """
window.addEventListener("DOMContentLoaded", function () {
  var map = window.{{MAP}};
  window.sasaranMap = map;
  var zoneStyle = {color: "{{ZONE}}", weight: 3, fillColor: "{{ZONE}}", fillOpacity: 0.12};
  var zones = L.geoJSON(null, {
    style: function () { return zoneStyle; },
    onEachFeature: function (f, layer) {
      if (f.properties && f.properties.name) { layer.bindTooltip(String(f.properties.name)); }
    }
  }).addTo(map);
  var drawn = new L.FeatureGroup().addTo(map);
  if (L.drawLocal) {
    var t = L.drawLocal.draw.toolbar;
    t.buttons.polygon = "Gambar zona (poligon)";
    t.buttons.rectangle = "Gambar zona (persegi)";
    t.actions.text = "Batal"; t.finish.text = "Selesai"; t.undo.text = "Hapus titik terakhir";
    L.drawLocal.draw.handlers.polygon.tooltip.start = "Klik untuk mulai menggambar zona.";
    L.drawLocal.draw.handlers.polygon.tooltip.cont = "Klik untuk menambah titik.";
    L.drawLocal.draw.handlers.polygon.tooltip.end = "Klik titik pertama untuk menutup zona.";
  }
  map.addControl(new L.Control.Draw({
    position: "topleft",
    draw: {polygon: {allowIntersection: false, shapeOptions: zoneStyle},
           rectangle: {shapeOptions: zoneStyle},
           polyline: false, circle: false, marker: false, circlemarker: false},
    edit: {featureGroup: drawn, edit: false, remove: false}
  }));
  var pending = [];
  window.sasaranSend = function (feature) {
    var text = JSON.stringify(feature);
    if (window.sasaranBridge) { window.sasaranBridge.zone_drawn(text); } else { pending.push(text); }
    return true;
  };
  map.on(L.Draw.Event.CREATED, function (e) {
    drawn.addLayer(e.layer);
    window.sasaranSend(e.layer.toGeoJSON());
  });
  window.sasaranSetZones = function (fc) {
    zones.clearLayers();
    drawn.clearLayers();
    if (fc && fc.features && fc.features.length) { zones.addData(fc); }
    return zones.getLayers().length;
  };
  window.sasaranSetZones({{ZONES}});
  function ready() {
    window.sasaranLayerCount = Object.keys(map._layers).length;
    window.sasaranReady = true;
  }
  if (typeof QWebChannel !== "undefined" && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      window.sasaranBridge = channel.objects.bridge;
      while (pending.length) { window.sasaranBridge.zone_drawn(pending.shift()); }
      map.whenReady(ready);
    });
  } else {
    map.whenReady(ready);
  }
});
"""


def _render(m: folium.Map, head: str, tail_js: str) -> str:
    root = m.get_root()
    root.header.add_child(Element(head), name="sasaran_assets", index=0)
    root.script.add_child(Element(tail_js.replace("{{MAP}}", m.get_name())), name="sasaran_ready")
    return root.render()


def export_html(data: MapData, **options) -> str:
    """The self-contained HTML text (Leaflet inlined; see :func:`build_map` for options)."""
    m = build_map(data, **options)
    return _render(m, _asset_tags(("leaflet", "heat"), inline=True), _READY_JS)


def export_webmap(data: MapData, path, overwrite: bool = False, **options) -> Path:
    """Write the self-contained web map to ``path`` (atomically; refuses to overwrite)."""
    from gis.io.atomicfile import atomic_write_text
    from gis.io.outputguard import check_target

    path = check_target(path, overwrite)  # folder, permission, existing file: before the work
    return atomic_write_text(path, export_html(data, **options))


def app_html(data: MapData, **options) -> str:
    """HTML for the in-app web view: local file URLs, Leaflet.draw and the Qt web channel.

    The zones of ``data`` are drawn by the page's own zone layer (so they
    can be replaced with ``sasaranSetZones``), not by the folium layer.
    """
    zones = zones_geojson(data) if data.zones else {"type": "FeatureCollection", "features": []}
    shown = MapData(
        villages=data.villages,
        households=data.households,
        psks=data.psks,
        zones=[],
        mask=data.mask,
        filter=data.filter,
        scenario=data.scenario,
        area=data.area,
        sources=data.sources,
    )
    m = build_map(shown, **options)
    head = _asset_tags(("leaflet", "heat", "draw"), inline=False) + (
        f'\n<script src="{QWEBCHANNEL_URL}"></script>'
    )
    js = _APP_JS.replace("{{ZONE}}", ZONE_COLOR).replace("{{ZONES}}", json.dumps(zones))
    return _render(m, head, js)
