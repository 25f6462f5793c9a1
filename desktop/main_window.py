"""The main window: places the map, the step panels, the docks and the actions.

It holds no domain logic and no state of its own beyond layout: every view
observes the one :class:`gis.model.workspace.Workspace`, commands come from
:mod:`desktop.actions`, settings from :mod:`desktop.settings`.

The layout follows the planner's work, left to right across the top:
1 Muat data -> 2 Saring -> 3 Zona -> 4 Skenario -> 5 Cetak. Each step shows
its panel on the right; the map stays in the middle. The full GIS controls
(layers, attribute table, identify, charts) are docks one click away.
Step 4 holds the scenario panel and the village suggestions; the
comparison of scenarios opens in its own window (Skenario > Bandingkan
skenario), wide enough for five columns side by side. Closing the window
asks about an unsaved scenario first; after the first data arrive the
autosave copies of a session that did not close are offered back.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import actions as act
from desktop import memory, project_actions
from desktop.settings import WINDOW_STATE_VERSION, Settings
from gis.model.edits import AddZone
from gis.model.workspace import Workspace
from widgets.base.screen_fit import fit_window
from widgets.base.undo import UndoStack
from widgets.map.canvas import MapCanvas
from widgets.map.zone_tools import ZoneTools
from widgets.output.output_page import OutputPage
from widgets.panels.attribute_table import AttributeTable
from widgets.panels.charts import ChartsPanel
from widgets.panels.data_summary import DataSummary
from widgets.panels.filter_panel import FilterPanel
from widgets.panels.identify import IdentifyPanel
from widgets.panels.layer_panel import LayerPanel
from widgets.panels.round_panel import RoundPanel
from widgets.panels.snapshot_view import SnapshotView
from widgets.panels.status_bar import StatusBar
from widgets.panels.zone_list import ZoneList
from widgets.scenario.comparison_view import ComparisonView
from widgets.scenario.mentor_panel import MentorPanel
from widgets.scenario.scenario_panel import ScenarioPanel
from widgets.scenario.suggest_panel import SuggestPanel, proposal_zone

#: "(data sintetis)" in a data label, which the window title marks on its own
_SYNTHETIC_NOTE = re.compile(r"\s*\([^()]*\bsintetis\b[^()]*\)", re.IGNORECASE)


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def _page(
    title: str, *widgets, stretch_last: bool = True, pinned: QWidget | None = None
) -> QWidget:
    """A step page: its title and widgets, scrolling when the dock is short.

    ``pinned`` stays in view above the scrolling part with the title (the
    budget meter of step 4: the planner edits programs lower down and must
    see the cost move).
    """
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    head = QLabel(f"<b>{title}</b>")
    head.setObjectName("step_title")
    if pinned is None:
        layout.addWidget(head)
    for i, w in enumerate(widgets):
        layout.addWidget(w, 1 if (stretch_last and i == len(widgets) - 1) else 0)
    if not stretch_last:
        layout.addStretch(1)  # content packs at the top
    # every page scrolls rather than making the window taller: a 1366x768
    # office laptop must hold the whole window
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    # no horizontal scrolling: the page keeps its own minimum width, so the
    # dock widens instead of cutting buttons off at the right edge
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(page.minimumSizeHint().width() + bar + 2)
    if pinned is None:
        return area
    outer = QWidget()
    column = QVBoxLayout(outer)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    top = QWidget()
    top.setObjectName("pinned")
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(6, 6, 6, 4)
    top_layout.addWidget(head)
    top_layout.addWidget(pinned)
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: palette(mid);")
    column.addWidget(top)
    column.addWidget(line)
    column.addWidget(area, 1)
    return outer


class MainWindow(QMainWindow):
    """The planner's workstation over one workspace."""

    STEP_NAMES = tuple(key for key, _ in act.STEPS)

    def __init__(
        self, workspace: Workspace, settings: Settings | None = None, restore: bool = True
    ):
        super().__init__()
        self.workspace = workspace
        self.settings = settings or Settings()
        self.undo = UndoStack(workspace, self)
        self.setObjectName("sasaran_main")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.canvas = MapCanvas(workspace)
        self.zone_tools = ZoneTools(self.canvas, self.undo, self)

        self.layer_panel = LayerPanel(workspace, self.canvas, summary=False)
        self.filter_panel = FilterPanel(workspace, self.undo)
        self.zone_list = ZoneList(workspace, self.undo)
        self.table = AttributeTable(workspace)
        self.identify = IdentifyPanel(workspace, self.canvas)
        self.charts = ChartsPanel(workspace)
        self.round_panel = RoundPanel(workspace)
        self.snapshot_view = SnapshotView(workspace, self.canvas)
        self.mentor_panel = MentorPanel(workspace)
        self.status = StatusBar(workspace)
        self.setStatusBar(self.status)
        self.registry = act.ActionRegistry(self)
        # where the data came from, for "Simpan proyek" (desktop.project_actions)
        self.data_sources: dict[str, dict] = {}
        self.data_synthetic = False
        self.project_path = None

        self.setCentralWidget(self.canvas)
        self._place_steps()
        self._place_docks()
        self._place_menus_and_toolbars()
        self._connect()
        self._default_state = self.saveState(WINDOW_STATE_VERSION)
        self._shown_once = self._restored = self._recovery_offered = False
        self.persist = restore  # a screenshot run neither reads nor writes the user's layout
        if restore:
            self._restored = memory.restore_window(self)
        self.show_step(self.settings.get("window/step") if restore else 0)
        self._on_data_changed()

    # --- placing ----------------------------------------------------------------
    def _place_steps(self) -> None:
        self.pages = QStackedWidget()
        summary = DataSummary(self.workspace)
        buttons = QWidget()
        grid = QVBoxLayout(buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        for action_id in (
            "file.open_households",
            "file.open_psks",
            "file.open_boundaries",
            "file.demo",
        ):
            b = QPushButton()
            b.clicked.connect(self.registry[action_id].trigger)
            b.setText(self.registry[action_id].text())
            b.setObjectName(action_id)
            grid.addWidget(b)
        self.load_buttons = buttons
        intro = QLabel(
            tr(
                "Muat batas desa, lalu data rumah tangga (DTSEN, DTKS, P3KE, BDT) dan PSKS. "
                "Tanpa data sendiri, Sasaran membuka provinsi demo."
            )
        )
        intro.setWordWrap(True)
        self.pages.addWidget(_page(tr("1 Muat data"), intro, buttons, summary, stretch_last=False))
        self.data_summary = summary
        self.pages.addWidget(_page(tr("2 Saring rumah tangga"), self.filter_panel))

        zone_buttons = QWidget()
        zgrid = QGridLayout(zone_buttons)
        zgrid.setContentsMargins(0, 0, 0, 0)
        self.zone_hint = QLabel()
        self.zone_hint.setWordWrap(True)
        self.zone_hint.setStyleSheet("color: palette(dark);")
        for i, action in enumerate(a for a in self.zone_tools.actions() if a.isCheckable()):
            b = QToolButton()
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            zgrid.addWidget(b, i // 2, i % 2)
        self.pages.addWidget(
            _page(tr("3 Zona intervensi"), zone_buttons, self.zone_hint, self.zone_list)
        )

        # autosave copies live beside the settings file: per user, and private to a
        # test that points the settings elsewhere
        self.scenario_panel = ScenarioPanel(
            self.workspace, self.undo, recovery_folder=self.settings.path.parent / "pemulihan"
        )
        self.suggest_panel = SuggestPanel(self.workspace, self.scenario_panel.scenario)
        self.mentor_panel.attach(lambda: self.scenario_panel.scenario, self.undo)
        self.scenario_tabs = QTabWidget()
        self.scenario_tabs.setDocumentMode(True)
        self.scenario_tabs.addTab(self.scenario_panel, tr("Skenario"))
        self.scenario_tabs.addTab(self.suggest_panel, tr("Usulan desa"))
        # mentors matched to the filtered families (issue 14); its run is on the worker
        mentors = QScrollArea()
        mentors.setWidgetResizable(True)
        mentors.setFrameShape(QFrame.Shape.NoFrame)
        mentors.setWidget(self.mentor_panel)
        self.scenario_tabs.addTab(mentors, tr("Pendamping"))
        compare = QPushButton(tr("Bandingkan skenario..."))
        compare.setObjectName("open_comparison")
        compare.clicked.connect(self.show_comparison)
        # the budget meter stays in view while the programs below it scroll
        meter = QWidget()
        meter.setObjectName("budget_meter_box")
        meter_layout = QVBoxLayout(meter)
        meter_layout.setContentsMargins(0, 0, 0, 0)
        meter_layout.addWidget(self.scenario_panel.meter)
        meter_layout.addWidget(self.scenario_panel.meter_detail)
        self.pages.addWidget(
            _page(tr("4 Skenario dan anggaran"), compare, self.scenario_tabs, pinned=meter)
        )
        self.comparison: ComparisonView | None = None  # its window is built when first asked for

        self.output_page = OutputPage(
            self.workspace,
            self.undo,
            scenario_panel=self.scenario_panel,
            mentors=self.mentor_panel.meeting_inputs,
        )
        self.pages.addWidget(_page(tr("5 Cetak peta dan peta web"), self.output_page))

    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _place_docks(self) -> None:
        self.docks: dict[str, QDockWidget] = {}
        right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        steps = self._dock("steps", tr("Langkah"), self.pages, right)
        steps.setMinimumWidth(340)
        self._dock("layers", tr("Lapisan"), self.layer_panel, left)
        self._dock("identify", tr("Info"), self.identify, left)
        self._dock("charts", tr("Grafik"), self.charts, left)
        self.tabifyDockWidget(self.docks["layers"], self.docks["identify"])
        self.tabifyDockWidget(self.docks["identify"], self.docks["charts"])
        rounds = QScrollArea()  # a tall panel must not make the window taller than the screen
        rounds.setWidgetResizable(True)
        rounds.setFrameShape(QFrame.Shape.NoFrame)
        rounds.setWidget(self.round_panel)
        self.docks["layers"].raise_()
        self._dock("table", tr("Tabel atribut"), self.table, bottom)
        # the wide bottom area keeps every tab title whole at 1366 px; the
        # left column has room for three short ones
        self._dock("rounds", tr("Verifikasi"), rounds, bottom)
        self.tabifyDockWidget(self.docks["table"], self.docks["rounds"])
        self._dock("snapshots", tr("Bandingkan register"), self.snapshot_view, bottom)
        self.tabifyDockWidget(self.docks["rounds"], self.docks["snapshots"])
        self.docks["table"].raise_()

    def fit_docks(self) -> None:
        """Dock sizes for the window's size: the map keeps the larger share."""
        w, h = self.width(), self.height()
        left = max(220, min(290, int(w * 0.17)))
        right = max(340, min(420, int(w * 0.25)))
        self.resizeDocks(
            [self.docks["layers"], self.docks["steps"]], [left, right], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["table"]], [max(150, int(h * 0.2))], Qt.Orientation.Vertical)

    def _place_menus_and_toolbars(self) -> None:
        bar = self.menuBar()
        self.recent_projects_menu = QMenu(tr("Proyek terakhir"), self)
        self.menus = {}
        for menu_id, _title in act.MENUS:
            self.menus[menu_id] = bar.addMenu(act.menu_title(menu_id))
        for menu_id in ("file", "edit", "view", "map", "zones", "settings", "help"):
            for action_id in self.registry.ids(menu_id):
                if action_id == "file.open_households":  # the projects above the data files
                    self.menus["file"].addMenu(self.recent_projects_menu)
                if action_id in ("file.quit", "file.open_households"):
                    self.menus["file"].addSeparator()
                self.menus[menu_id].addAction(self.registry[action_id])
        self.undo_action = self.undo.undo_action(self)
        self.redo_action = self.undo.redo_action(self)
        self.menus["edit"].addAction(self.undo_action)
        self.menus["edit"].addAction(self.redo_action)
        self.recent_menu = QMenu(tr("Berkas terakhir"), self)
        self.menus["file"].insertMenu(self.registry["file.demo"], self.recent_menu)
        self.recent_menu.aboutToShow.connect(
            lambda: memory.fill_recent_menu(self, self.recent_menu)
        )
        self.recent_projects_menu.aboutToShow.connect(
            lambda: project_actions.fill_recent_menu(self, self.recent_projects_menu)
        )
        steps_menu = self.menus["view"].addMenu(tr("Langkah"))
        for key in self.STEP_NAMES:
            steps_menu.addAction(self.registry[f"step.{key}"])
        self.menus["zones"].addActions(self.zone_tools.actions())
        self._place_scenario_menu()

        steps = QToolBar(tr("Langkah kerja"), self)
        steps.setObjectName("toolbar_steps")
        steps.setMovable(False)
        steps.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        steps.setStyleSheet(
            "QToolBar#toolbar_steps QToolButton { font-weight: bold; padding: 4px 14px;"
            " border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }"
            "QToolBar#toolbar_steps QToolButton:hover { border-color: #2b6cb0; }"
            "QToolBar#toolbar_steps QToolButton:checked { background: #2b6cb0; color: white;"
            " border-color: #2b6cb0; }"
        )
        for i, key in enumerate(self.STEP_NAMES):
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet("color: palette(mid); padding: 0 2px;")
                steps.addWidget(arrow)
            steps.addAction(self.registry[f"step.{key}"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, steps)
        self.addToolBarBreak()
        tools = QToolBar(tr("Alat"), self)
        tools.setObjectName("toolbar_tools")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addAction(self.registry["file.open_households"])
        tools.addSeparator()
        for action in self._toolbar_undo_actions():
            tools.addAction(action)
        tools.addSeparator()
        tools.addAction(self.registry["view.zoom_full"])
        tools.addAction(self.zone_tools.action("geser"))
        tools.addAction(self.zone_tools.action("pilih_rt"))
        tools.addSeparator()
        for name in ("layers", "table", "identify", "charts"):
            tools.addAction(self.registry[f"dock.{name}"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
        self.toolbars = {"steps": steps, "tools": tools}

    def _toolbar_undo_actions(self) -> list:
        """Toolbar buttons "Urungkan"/"Ulangi" with a fixed text; the step they undo is the tip.

        The undo stack's own actions (in the Edit menu, with Ctrl+Z / Ctrl+Y)
        name the step in their text, which would make toolbar buttons jump.
        """
        out = []
        self._undo_pairs = []
        style = self.style()
        for source, icon, do, can, changed in (
            (
                self.undo_action,
                QStyle.StandardPixmap.SP_ArrowBack,
                self.undo.undo,
                self.undo.canUndo,
                self.undo.canUndoChanged,
            ),
            (
                self.redo_action,
                QStyle.StandardPixmap.SP_ArrowForward,
                self.undo.redo,
                self.undo.canRedo,
                self.undo.canRedoChanged,
            ),
        ):
            proxy = QAction(style.standardIcon(icon), source.text().split(" ")[0], self)
            proxy.setObjectName(f"toolbar_{source.objectName()}")
            proxy.triggered.connect(do)
            proxy.setEnabled(can())
            changed.connect(proxy.setEnabled)
            out.append(proxy)
            self._undo_pairs.append((proxy, source))
            source.changed.connect(self._sync_undo_tips)
        return out

    def _sync_undo_tips(self) -> None:
        for proxy, source in self._undo_pairs:
            try:
                proxy.setToolTip(source.text())
            except RuntimeError:  # the window is being torn down
                return

    def _connect(self) -> None:
        ws = self.workspace
        ws.sig_data_changed.connect(self._on_data_changed)
        ws.sig_privacy_changed.connect(
            lambda shown: self.registry["privacy.show_personal"].setChecked(shown)
        )
        for name, dock in self.docks.items():
            action = self.registry[f"dock.{name}"]
            dock.visibilityChanged.connect(
                lambda _v, d=dock, a=action: a.setChecked(not d.isHidden())
            )
        self.layer_panel.sig_loaded.connect(
            lambda kind, path: memory.remember_file(self, kind, path)
        )
        self.layer_panel.sig_loaded.connect(
            lambda kind, path: project_actions.remember_source(self, kind, path)
        )
        self.canvas.sig_cursor_moved.connect(self.status.set_cursor)
        self.canvas.sig_identify.connect(self._on_identify)
        self.zone_tools.sig_message.connect(self.zone_hint.setText)
        self.zone_tools.sig_message.connect(lambda m: self.status.showMessage(m, 8000))
        panel = self.scenario_panel
        panel.sig_message.connect(lambda m: self.status.showMessage(m, 8000))
        panel.sig_scenario_replaced.connect(self.suggest_panel.set_scenario)
        # the map's referral counts follow the scenario's eligibility rules, and its
        # mentor lines belong to the scenario the matching was made in: cleared first,
        # then drawn again from the scenario's own saved matching when it fits
        panel.sig_scenario_replaced.connect(self._scenario_for_map)
        panel.sig_scenario_replaced.connect(self.mentor_panel.show_saved)
        panel.sig_evaluated.connect(lambda _a: ws.set_referral_rules(panel.scenario.rules))
        self.undo.indexChanged.connect(self._matching_undone)
        ws.set_referral_rules(panel.scenario.rules)
        # a scenario opened (or started, or restored) from any menu is shown where it is edited
        panel.sig_scenario_replaced.connect(lambda _sc: self.show_scenario())
        self.suggest_panel.sig_villages_proposed.connect(self.add_proposed_zone)
        ws.sig_data_changed.connect(self._offer_recovery_once)
        lang = self.settings.language
        self.registry[f"settings.lang_{lang}"].setChecked(True)

    def _scenario_for_map(self, scenario) -> None:
        self.workspace.set_mentoring(None)
        self.workspace.set_referral_rules(scenario.rules)

    def _matching_undone(self, *_) -> None:
        """The scenario's matching undone: its lines and mentor maps leave the map."""
        if self.scenario_panel.scenario.matching is None:
            self.workspace.set_mentoring(None)

    # --- behaviour the actions call ---------------------------------------------
    def show_step(self, index: int) -> None:
        index = max(0, min(len(self.STEP_NAMES) - 1, int(index)))
        self.pages.setCurrentIndex(index)
        self.registry[f"step.{self.STEP_NAMES[index]}"].setChecked(True)
        dock = self.docks["steps"]
        dock.show()
        dock.raise_()

    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def _on_data_changed(self, *_):
        d = self.workspace.data
        title = "Sasaran"
        if d is not None:
            label = d.label or ""
            if d.synthetic:  # the mark below says it once, in the interface language
                label = _SYNTHETIC_NOTE.sub("", label).strip()
            title += f" — {label}" if label else ""
            if d.synthetic:
                title += " — " + tr("DATA SINTETIS")
        self.setWindowTitle(title)
        self.status.clearMessage()

    def _on_identify(self, kind: str, _index: int) -> None:
        if kind in ("village", "household", "psks"):
            self.docks["identify"].show()
            self.docks["identify"].raise_()

    def _place_scenario_menu(self) -> None:
        """Menu "Skenario": the scenario panel's file actions and the comparison window."""
        panel = self.scenario_panel
        menu = self.menus["scenario"]
        panel.action_save.setShortcut(QKeySequence.StandardKey.Save)
        panel.action_save_as.setShortcut(QKeySequence.StandardKey.SaveAs)
        for action in (
            panel.action_new,
            panel.action_open,
            panel.action_save,
            panel.action_save_as,
        ):
            menu.addAction(action)
            self.addAction(action)  # the shortcut works whichever step is shown
        menu.addSeparator()
        menu.addAction(panel.action_programs)
        suggest = menu.addAction(tr("Usulan desa..."))
        suggest.triggered.connect(self.show_suggestions)
        compare = menu.addAction(tr("Bandingkan skenario..."))
        compare.triggered.connect(self.show_comparison)

    def show_scenario(self) -> None:
        """Step 4 with the scenario tab in front."""
        self.show_step(self.STEP_NAMES.index("scenario"))
        self.scenario_tabs.setCurrentWidget(self.scenario_panel)

    def show_suggestions(self) -> None:
        self.show_step(self.STEP_NAMES.index("scenario"))
        self.scenario_tabs.setCurrentWidget(self.suggest_panel)

    def show_comparison(self) -> ComparisonView:
        """The comparison window (one per main window, kept between uses)."""
        if self.comparison is None:
            view = ComparisonView(self.workspace, current=lambda: self.scenario_panel.scenario)
            view.setParent(self, Qt.WindowType.Window)
            view.setWindowTitle(tr("Bandingkan skenario — Sasaran"))
            view.sig_message.connect(lambda m: self.status.showMessage(m, 8000))
            fit_window(view, 1200, 800)
            # the earlier register of "Bandingkan register", for one scenario on both
            sv = self.snapshot_view
            view.set_other_register(sv.other, sv.other_label)
            sv.sig_other_changed.connect(view.set_other_register)
            self.comparison = view
        self.comparison.show()
        self.comparison.raise_()
        self.comparison.activateWindow()
        return self.comparison

    def add_proposed_zone(self, codes: list) -> None:
        """The villages the suggestion proposed become one zone (undoable)."""
        if not codes:
            return
        zone = proposal_zone(self.workspace, codes)
        self.undo.push_edit(AddZone(zone))
        self.status.showMessage(
            tr("Zona “{name}” dibuat dari {n} desa usulan.").format(name=zone.name, n=len(codes)),
            8000,
        )

    def _offer_recovery_once(self, *_):
        """After the first data: offer the autosave copies of a session that did not close."""
        if self._recovery_offered or self.workspace.data is None or not self.persist:
            return
        self._recovery_offered = True
        # after the data signal has reached every view, not inside it (a modal question)
        QTimer.singleShot(0, self.scenario_panel.offer_recovery)

    def retranslate(self, lang: str | None = None) -> None:
        """Every text of every open window in the current language, now.

        The texts the panels built are swapped through the translation
        catalogue (:mod:`widgets.base.retranslate`); then the actions re-read
        their declared texts, the undo actions are made again (Qt fixes
        their prefix when it makes them) and the views that show numbers
        refresh, so numbers follow the new language too.
        """
        from widgets.base.retranslate import retranslate_all

        retranslate_all(lang or self.settings.language)
        self.registry.retranslate()
        for menu_id, menu in self.menus.items():
            menu.setTitle(act.menu_title(menu_id))
        titles = {
            "steps": tr("Langkah"),
            "layers": tr("Lapisan"),
            "identify": tr("Info"),
            "charts": tr("Grafik"),
            "rounds": tr("Verifikasi"),
            "snapshots": tr("Bandingkan register"),
            "table": tr("Tabel atribut"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
        self.toolbars["steps"].setWindowTitle(tr("Langkah kerja"))
        self.toolbars["tools"].setWindowTitle(tr("Alat"))
        self.recent_menu.setTitle(tr("Berkas terakhir"))
        self.recent_projects_menu.setTitle(tr("Proyek terakhir"))
        for action_id in (
            "file.open_households",
            "file.open_psks",
            "file.open_boundaries",
            "file.demo",
        ):
            button = self.load_buttons.findChild(QPushButton, action_id)
            if button is not None:
                button.setText(self.registry[action_id].text())
        self._remake_undo_actions()
        for view in (self.status, self.data_summary, self.zone_list, self.charts):
            view.refresh()
        self.layer_panel.refresh_data()
        self.workspace.sig_filter_changed.emit(self.workspace.filter)
        self._on_data_changed()

    def _remake_undo_actions(self) -> None:
        """New "Urungkan"/"Ulangi" actions in the edit menu, the toolbar buttons renamed."""
        menu = self.menus["edit"]
        fresh = (self.undo.undo_action(self), self.undo.redo_action(self))
        for previous, action in zip((self.undo_action, self.redo_action), fresh, strict=True):
            menu.insertAction(previous, action)
            menu.removeAction(previous)
            previous.changed.disconnect(self._sync_undo_tips)
            previous.deleteLater()
            action.changed.connect(self._sync_undo_tips)
        self.undo_action, self.redo_action = fresh
        pairs = []
        for (proxy, _old), action, text in zip(
            self._undo_pairs, fresh, (tr("Urungkan"), tr("Ulangi")), strict=True
        ):
            proxy.setText(text)
            pairs.append((proxy, action))
        self._undo_pairs = pairs
        self._sync_undo_tips()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, WINDOW_STATE_VERSION)
        for dock in self.docks.values():
            dock.show()
        self.docks["layers"].raise_()
        self.fit_docks()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._restored:
                self.fit_docks()

    def closeEvent(self, event) -> None:
        from widgets.base.worker import cancel_all

        if not self.scenario_panel.maybe_save():
            event.ignore()  # the planner chose to stay with the unsaved scenario
            return
        if self.comparison is not None:
            self.comparison.close()
        if self.persist:
            memory.save_window(self)
        cancel_all(wait_ms=2000)
        super().closeEvent(event)
