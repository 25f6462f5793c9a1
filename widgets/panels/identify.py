"""The identify panel: what is this thing I clicked?

A village shows its codes and tallies (all households and those passing the
filter, by desil, persons, program gaps, PSKS); a household its record with
names and numbers masked unless masking is off for the session; a PSKS its
type, village and capacity. It listens to the map canvas's ``sig_identify``
and, when exactly one household is selected (for instance in the attribute
table), shows that household.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from gis.io.codelists import ppks_types, psks_types, received_programs
from gis.io.codes import dotted
from gis.io.nik import mask_id, mask_name
from gis.model.aggregate import ppks_counts
from gis.model.filter_text import describe_filter
from gis.model.unknowns import UNKNOWN
from gis.model.workspace import Workspace
from widgets.base.fmt import num, pct, persons
from widgets.base.gis_text import gis_lang, gis_text
from widgets.panels.filter_counts import short_program_name


def parse_hit(hit) -> tuple[str, int] | None:
    """``(kind, index)`` from what a canvas reports: a tuple, a dict or an object."""
    if hit is None:
        return None
    if isinstance(hit, tuple) and len(hit) == 2:
        kind, index = hit
    elif isinstance(hit, dict):
        kind, index = hit.get("kind") or hit.get("layer"), hit.get("index")
    else:
        kind = getattr(hit, "kind", None) or getattr(hit, "layer", None)
        index = getattr(hit, "index", None)
    if kind is None or index is None:
        return None
    kind = {
        "desa": "village",
        "villages": "village",
        "households": "household",
        "rumah_tangga": "household",
    }.get(str(kind), str(kind))
    return kind, int(index)


def _row(label: str, value) -> str:
    return f"<tr><td style='color:#555;padding-right:10px'>{html.escape(label)}</td><td>{value}</td></tr>"


class IdentifyPanel(QWidget):
    """Details of the clicked village, household or PSKS."""

    def __init__(self, workspace: Workspace, canvas=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.current: tuple[str, int] | None = None
        self.hint = QLabel(
            self.tr("Klik desa, rumah tangga atau PSKS di peta untuk melihat rinciannya.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.browser, 1)
        self._ppks = {p.code: p.name for p in ppks_types()}
        self._psks = {p.code: p for p in psks_types()}
        if canvas is not None and hasattr(canvas, "sig_identify"):
            canvas.sig_identify.connect(self.identify)
        workspace.sig_privacy_changed.connect(lambda *_: self._render())
        workspace.sig_filter_changed.connect(lambda *_: self._render())
        workspace.sig_data_changed.connect(lambda *_: self.clear())
        workspace.sig_selection_changed.connect(self._on_selection)
        self._render()

    # --- input ----------------------------------------------------------------
    def identify(self, hit, index=None) -> None:
        """Show what ``hit`` names (see :func:`parse_hit`); None clears the panel.

        Also the canvas's ``sig_identify(kind, index)`` form: ``identify("village", 12)``.
        """
        self.current = parse_hit(hit if index is None else (hit, index))
        self._render()

    def clear(self) -> None:
        self.current = None
        self._render()

    def _on_selection(self, sel) -> None:
        if sel is not None and len(sel) == 1:
            self.identify(("household", int(sel[0])))

    # --- output ---------------------------------------------------------------
    @property
    def text(self) -> str:
        """The panel's content as plain text (what a planner reads)."""
        return self.browser.toPlainText()

    def _render(self) -> None:
        ws = self.workspace
        body = ""
        if self.current is not None and ws.households is not None:
            kind, i = self.current
            if kind == "village":
                body = self._village(i)
            elif kind == "household":
                body = self._household(i)
            elif kind == "psks":
                body = self._psks_html(i)
            elif kind == "zone":
                body = self._zone(i)
            if body and kind in ("village", "zone"):  # which filter "sesuai filter" means
                words = describe_filter(ws.filter, ws.households, lang=gis_lang())
                body += "<p><i>{}</i></p>".format(html.escape(self.tr("Filter: {0}").format(words)))
        self.hint.setVisible(not body)
        self.browser.setHtml(body)

    def _village(self, i: int) -> str:
        ws = self.workspace
        t, v = ws.households, ws.villages
        if not 0 <= i < len(v):
            return ""
        in_v = t.village == i
        sel = in_v & ws.mask
        n_all, n_sel = int(in_v.sum()), int(sel.sum())
        desil = np.bincount(t.desil[sel], minlength=11)
        kind = self.tr("Kelurahan") if str(v.codes[i])[6:7] == "1" else self.tr("Desa")
        rows = [
            _row(self.tr("Kode"), dotted(str(v.codes[i]))),
            _row(self.tr("Kecamatan"), html.escape(str(v.kec_names[v.kec_index[i]]))),
            _row(self.tr("Kabupaten/kota"), html.escape(str(v.kab_names[v.kab_index[i]]))),
            _row(self.tr("Rumah tangga (semua)"), num(n_all)),
            _row(self.tr("Sesuai filter"), f"{num(n_sel)} ({pct(n_sel, n_all)})"),
            _row(self.tr("Jiwa (sesuai filter)"), persons(t.members[sel])),
            _row(
                self.tr("Per desil (sesuai filter)"),
                ", ".join(f"D{d}: {num(desil[d])}" for d in range(1, 11) if desil[d]) or "–",
            ),
            _row(self.tr("Belum menerima program"), self._nothing(t, sel)),
        ]
        pc = ppks_counts(t, sel)
        top = np.argsort(pc)[::-1][:3]
        top_txt = ", ".join(
            f"{html.escape(self._ppks[k + 1])} ({num(pc[k])})" for k in top if pc[k]
        )
        if not t.carries_ppks:
            top_txt = gis_text(UNKNOWN)
        rows.append(_row(self.tr("PPKS terbanyak"), top_txt or "–"))
        if ws.psks is not None:
            p_in = ws.psks.village == i
            by_type = np.bincount(ws.psks.type[p_in], minlength=15)
            txt = ", ".join(
                f"{html.escape(self._psks[c].name)} ({by_type[c]})"
                for c in self._psks
                if c < len(by_type) and by_type[c]
            )
            rows.append(_row(self.tr("PSKS"), txt or "–"))
        return f"<h3>{kind} {html.escape(str(v.names[i]))}</h3><table>{''.join(rows)}</table>"

    def _nothing(self, t, sel) -> str:
        """Households known to receive none of their known programs; unknown ones apart."""
        nothing = int(np.count_nonzero(t.received_nothing()[sel]))
        unknown = int(np.count_nonzero(t.programs_unknown()[sel]))
        if unknown and unknown == int(np.count_nonzero(sel)):
            return gis_text(UNKNOWN)
        text = num(nothing)
        if t.missing_programs():
            text += " " + self.tr("(dari program yang tercatat)")
        if unknown:
            text += " · " + self.tr("{n} RT tanpa program tercatat").format(n=num(unknown))
        return text

    def _zone(self, i: int) -> str:
        ws = self.workspace
        zones = ws.zones
        if not 0 <= i < len(zones):
            return ""
        zone = zones[i]
        t = ws.households
        sel = ws.zone_mask(zone) & ws.mask
        desil = np.bincount(t.desil[sel], minlength=11)
        kind = (
            self.tr("{n} desa").format(n=len(zone.villages))
            if zone.geometry is None
            else self.tr("poligon")
        )
        rows = [
            _row(self.tr("Bentuk"), kind),
            _row(self.tr("Rumah tangga (sesuai filter)"), num(int(sel.sum()))),
            _row(self.tr("Jiwa"), persons(t.members[sel])),
            _row(self.tr("Desil 1-4"), num(int(desil[1:5].sum()))),
            _row(self.tr("Belum menerima program"), self._nothing(t, sel)),
            _row(self.tr("Letak perkiraan"), num(int(np.count_nonzero(t.approx[sel])))),
        ]
        return f"<h3>{html.escape(zone.name)}</h3><table>{''.join(rows)}</table>"

    def _household(self, i: int) -> str:
        ws = self.workspace
        t = ws.households
        if not 0 <= i < len(t):
            return ""
        show = ws.show_personal

        def personal(arr, masker):
            if arr is None:
                return None
            value = arr[i]
            text = "" if value is None else str(value)
            return html.escape(text if show else masker(value))

        names = {p.key: p.name for p in received_programs()} | dict(t.program_names)
        bits, progs = int(t.ppks[i]), int(t.programs[i])
        ppks = [f"{c}. {self._ppks[c]}" for c in range(1, 27) if bits >> (c - 1) & 1]
        programs = [names.get(k, k) for b, k in enumerate(t.program_keys) if progs >> b & 1]
        known = int(t.programs_known[i])
        unknown_programs = [
            short_program_name(names.get(k, k))
            for b, k in enumerate(t.program_keys)
            if not known >> b & 1
        ]
        v = int(t.village[i])
        vt = t.villages
        if np.isnan(t.x[i]):
            where = self.tr("tanpa lokasi")
        elif t.approx[i]:
            where = self.tr("perkiraan di dalam desanya (tanpa koordinat sendiri)")
        else:
            where = f"{t.y[i]:.5f}, {t.x[i]:.5f}"
        rows = [_row(self.tr("ID keluarga"), html.escape(str(t.text_at("hh_id", i))))]
        for label, arr, masker in (
            (self.tr("Nama"), t.name, mask_name),
            (self.tr("NIK"), t.nik, mask_id),
            (self.tr("No. KK"), t.kk, mask_id),
            (self.tr("Alamat"), t.address, lambda _v: self.tr("(disamarkan)")),
        ):
            value = personal(arr, masker)
            if value is not None:
                rows.append(_row(label, value))
        rows += [
            _row(
                self.tr("Desa/kelurahan"),
                html.escape(f"{vt.names[v]} ({dotted(str(vt.codes[v]))})") if v >= 0 else "–",
            ),
            _row(self.tr("Desil"), str(int(t.desil[i])) if t.desil[i] else self.tr("tidak ada")),
            _row(
                self.tr("Anggota"),
                str(int(t.members[i])) if t.members[i] > 0 else gis_text(UNKNOWN),
            ),
            _row(
                self.tr("PPKS"),
                "<br>".join(html.escape(p) for p in ppks) or "–"
                if t.ppks_known[i]
                else gis_text(UNKNOWN),
            ),
            _row(
                self.tr("Program diterima"),
                html.escape(", ".join(programs))
                if programs
                else (self.tr("belum ada") if known else gis_text(UNKNOWN)),
            ),
        ]
        if unknown_programs:
            rows.append(_row(self.tr("Tidak diketahui"), html.escape(", ".join(unknown_programs))))
        rows += [
            _row(self.tr("Lokasi"), where),
            _row(self.tr("Baris di berkas"), str(int(t.row[i]))),
        ]
        note = (
            self.tr("Data pribadi ditampilkan untuk sesi ini (UU 27/2022).")
            if show
            else self.tr("Nama, NIK, No. KK dan alamat disamarkan.")
        )
        color = "#b00020" if show else "#555"
        return (
            f"<h3>{self.tr('Rumah tangga')}</h3><table>{''.join(rows)}</table>"
            f"<p style='color:{color}'>{html.escape(note)}</p>"
        )

    def _psks_html(self, i: int) -> str:
        p = self.workspace.psks
        if p is None or not 0 <= i < len(p):
            return ""
        ptype = self._psks.get(int(p.type[i]))
        v = int(p.village[i])
        vt = p.villages
        name = None
        if p.name is not None and p.name[i] is not None:
            name = str(p.name[i])
            if ptype is not None and ptype.form == "orang" and not self.workspace.show_personal:
                name = mask_name(name)
        rows = [
            _row(self.tr("Jenis"), html.escape(ptype.name if ptype else str(p.type[i]))),
            _row(self.tr("Bentuk"), html.escape(ptype.form if ptype else "–")),
        ]
        if name:
            rows.append(_row(self.tr("Nama"), html.escape(name)))
        rows += [
            _row(
                self.tr("Desa/kelurahan"),
                html.escape(f"{vt.names[v]} ({dotted(str(vt.codes[v]))})") if v >= 0 else "–",
            ),
            _row(self.tr("Kapasitas"), num(int(p.capacity[i])) if p.capacity[i] else "–"),
            _row(
                self.tr("Lokasi"),
                self.tr("perkiraan") if p.approx[i] else f"{p.y[i]:.5f}, {p.x[i]:.5f}",
            ),
        ]
        if ptype is not None and not ptype.is_psks:
            rows.append(_row("", self.tr("Sumber daya program, bukan jenis PSKS")))
        return f"<h3>{self.tr('PSKS')}</h3><table>{''.join(rows)}</table>"


def _example(workspace: Workspace) -> IdentifyPanel:
    panel = IdentifyPanel(workspace)
    busiest = int(np.argmax(np.bincount(workspace.households.village + 1)[1:]))
    panel.identify(("village", busiest))
    return panel


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(_example, "Info"))
