"""A live language switch: every text on screen in the new language at once.

Views build their texts once, through ``tr()``, when they are made. Giving
each of the thirty views a ``retranslateUi`` of its own would mean keeping
two copies of every string in step. Instead the texts now on screen are
swapped through the translation catalogue itself (``sasaran_en.ts``: every
Indonesian source beside its English translation, per context):

* a text that is a whole catalogue entry is replaced by its counterpart,
  preferring the context of the view that holds it;
* a text built from an entry with values in it ("{n} dari {total} rumah
  tangga") is matched against the entry as a pattern and rebuilt in the
  other language with the same values;
* a text wrapped in simple markup (``<b>...</b>``) keeps its markup;
* a text of several lines is translated line by line.

A widget that builds its text from parts it keeps (a chip: its label over
a live count) defines ``retranslate_texts(translate)`` and is handed a
function translating one text in its context.

Texts that are neither (data: village names, numbers) are left alone.
Models behind tables and lists are told their headers and cells changed,
so those that translate when asked redraw in the new language. The views
that show numbers refresh themselves afterwards (the main window asks
them), so numbers follow the new format too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

#: a placeholder in a source text: {name}, {name:spec}, {} or Qt's %1 / %n
_PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}|%(\d|n)")
#: simple markup around a whole text, kept as is
_WRAPPED = re.compile(r"^((?:<[^<>]+>)+)(.*?)((?:</[^<>]+>)+)$", re.DOTALL)
#: a pattern needs this many letters outside its placeholders to be trusted
_MIN_LETTERS = 4


def catalogue_file() -> Path:
    return Path(str(resources.files("resources").joinpath("i18n", "sasaran_en.ts")))


@dataclass
class _Template:
    pattern: re.Pattern
    names: list[str]
    target: str
    letters: int


@dataclass
class _Direction:
    """Texts of one language to the other: exact entries and patterns with values."""

    exact: dict[str, dict[str, str]] = field(default_factory=dict)  # text -> context -> other
    templates: list[_Template] = field(default_factory=list)

    def add(self, context: str, text: str, other: str) -> None:
        self.exact.setdefault(text, {}).setdefault(context, other)
        if _PLACEHOLDER.search(text):
            template = _template(text, other)
            if template is not None:
                self.templates.append(template)

    def finish(self) -> None:
        # the most specific pattern first: "{n} desa dipilih" before "{n} desa"
        self.templates.sort(key=lambda t: -t.letters)


def _template(text: str, other: str) -> _Template | None:
    parts, names, pos = [], [], 0
    for i, m in enumerate(_PLACEHOLDER.finditer(text)):
        parts.append(re.escape(text[pos : m.start()]))
        names.append(_name(m, i))
        parts.append("(.+?)")
        pos = m.end()
    parts.append(re.escape(text[pos:]))
    literal = _PLACEHOLDER.sub("", text)
    letters = sum(ch.isalpha() for ch in literal)
    if letters < _MIN_LETTERS:
        return None
    return _Template(re.compile("".join(parts), re.DOTALL), names, other, letters)


def _name(match: re.Match, index: int) -> str:
    if match.group(2) is not None:
        return "%" + match.group(2)
    return match.group(1) or f"#{index}"


def _fill(template: _Template, values: list[str]) -> str | None:
    by_name = dict(zip(template.names, values, strict=True))
    counter = iter(range(len(values)))
    missing = False

    def put(m: re.Match) -> str:
        nonlocal missing
        key = _name(m, next(counter, -1))
        if key not in by_name:
            missing = True
            return m.group(0)
        return by_name[key]

    out = _PLACEHOLDER.sub(put, template.target)
    return None if missing else out


@lru_cache(maxsize=4)
def _catalogue(path: str) -> dict[str, _Direction]:
    """``{"en": Indonesian -> English, "id": English -> Indonesian}`` from the .ts file."""
    to_en, to_id = _Direction(), _Direction()
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for english in forms:
                if source and english:
                    to_en.add(name, source, english)
                    to_id.add(name, english, source)
    to_en.finish()
    to_id.finish()
    return {"en": to_en, "id": to_id}


class Translator:
    """Texts on screen to ``lang`` ("en" or "id") through the catalogue."""

    def __init__(self, lang: str, path: str | Path | None = None):
        self.direction = _catalogue(str(path or catalogue_file()))["en" if lang == "en" else "id"]

    def text(self, text: str, contexts: tuple[str, ...] = ()) -> str:
        """``text`` in the target language, or unchanged when it is not an interface text."""
        if not text or not text.strip():
            return text
        out = self._whole(text, contexts)
        if out is not None:
            return out
        wrapped = _WRAPPED.match(text)
        if wrapped:
            inner = self._whole(wrapped.group(2), contexts)
            if inner is not None:
                return wrapped.group(1) + inner + wrapped.group(3)
        if "\n" in text:  # a label over a count, a tip over a note: line by line
            return "\n".join(self.text(line, contexts) for line in text.split("\n"))
        return text

    def _whole(self, text: str, contexts: tuple[str, ...]) -> str | None:
        found = self.direction.exact.get(text)
        if found:
            for ctx in (*contexts, ""):
                if ctx in found:
                    return found[ctx]
            return next(iter(found.values()))
        for template in self.direction.templates:
            m = template.pattern.fullmatch(text)
            if m is not None:
                filled = _fill(template, [self.text(v, contexts) for v in m.groups()])
                if filled is not None:
                    return filled
        return None


def _contexts(obj: QObject) -> tuple[str, ...]:
    """Class names of ``obj`` and its parents: the tr() contexts its texts came from."""
    out: list[str] = []
    while obj is not None:
        for cls in type(obj).__mro__:
            if cls.__module__.startswith(("widgets", "desktop")) and cls.__name__ not in out:
                out.append(cls.__name__)
        obj = obj.parent()
    return tuple(out)


def _swap(t: Translator, ctx, get, put) -> None:
    old = get()
    new = t.text(old, ctx)
    if new != old:
        put(new)


def _retranslate_widget(t: Translator, w: QWidget) -> None:
    ctx = _contexts(w)
    _swap(t, ctx, w.toolTip, w.setToolTip)
    _swap(t, ctx, w.statusTip, w.setStatusTip)
    _swap(t, ctx, w.windowTitle, w.setWindowTitle)
    if isinstance(w, QLabel):
        _swap(t, ctx, w.text, w.setText)
    elif isinstance(w, QAbstractButton):
        if not (isinstance(w, QToolButton) and w.defaultAction() is not None):
            _swap(t, ctx, w.text, w.setText)
    elif isinstance(w, (QGroupBox, QMenu)):
        _swap(t, ctx, w.title, w.setTitle)
    elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        _swap(t, ctx, w.placeholderText, w.setPlaceholderText)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _swap(t, ctx, lambda i=i: w.itemText(i), lambda s, i=i: w.setItemText(i, s))
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            _swap(t, ctx, lambda i=i: w.tabText(i), lambda s, i=i: w.setTabText(i, s))
            _swap(t, ctx, lambda i=i: w.tabToolTip(i), lambda s, i=i: w.setTabToolTip(i, s))
    elif isinstance(w, QToolBox):
        for i in range(w.count()):
            _swap(t, ctx, lambda i=i: w.itemText(i), lambda s, i=i: w.setItemText(i, s))
    if isinstance(w, QAbstractItemView):
        _retranslate_view(t, w, ctx)
    hook = getattr(w, "retranslate_texts", None)
    if callable(hook):  # a widget that builds its text from parts it keeps
        hook(lambda text: t.text(text, ctx))


def _retranslate_view(t: Translator, view: QAbstractItemView, ctx) -> None:
    if isinstance(view, QListWidget):
        for i in range(view.count()):
            item = view.item(i)
            _swap(t, ctx, item.text, item.setText)
            _swap(t, ctx, item.toolTip, item.setToolTip)
    elif isinstance(view, QTreeWidget):
        head = view.headerItem()
        for c in range(view.columnCount()):
            _swap(t, ctx, lambda c=c: head.text(c), lambda s, c=c: head.setText(c, s))
        it = QTreeWidgetItemIterator(view)
        while it.value() is not None:
            item = it.value()
            for c in range(view.columnCount()):
                _swap(
                    t,
                    ctx,
                    lambda c=c, i=item: i.text(c),
                    lambda s, c=c, i=item: i.setText(c, s),
                )
            it += 1
    elif isinstance(view, QTableWidget):
        for c in range(view.columnCount()):
            item = view.horizontalHeaderItem(c)
            if item is not None:
                _swap(t, ctx, item.text, item.setText)
    else:
        model = view.model()
        if isinstance(model, QStandardItemModel):
            _retranslate_standard_model(t, model, ctx)
        elif model is not None and hasattr(model, "retranslate"):
            model.retranslate()  # a model that keeps its own translated texts
        elif model is not None:
            _refresh_model(model)


def _retranslate_standard_model(t: Translator, model: QStandardItemModel, ctx) -> None:
    for c in range(model.columnCount()):
        item = model.horizontalHeaderItem(c)
        if item is not None:
            _swap(t, ctx, item.text, item.setText)
    stack = [model.invisibleRootItem()]
    while stack:
        parent = stack.pop()
        for r in range(parent.rowCount()):
            for c in range(parent.columnCount()):
                item = parent.child(r, c)
                if item is not None:
                    _swap(t, ctx, item.text, item.setText)
                    _swap(t, ctx, item.toolTip, item.setToolTip)
                    stack.append(item)


def _refresh_model(model: QAbstractItemModel) -> None:
    """Models that translate in ``data()``/``headerData()``: ask the views to read again."""
    rows, cols = model.rowCount(), model.columnCount()
    if cols:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))


def _retranslate_action(t: Translator, action: QAction) -> None:
    ctx = _contexts(action)
    _swap(t, ctx, action.text, action.setText)
    _swap(t, ctx, action.toolTip, action.setToolTip)
    _swap(t, ctx, action.statusTip, action.setStatusTip)
    menu = action.menu()
    if menu is not None:
        _swap(t, ctx, menu.title, menu.setTitle)


def retranslate_tree(root: QWidget, lang: str, translator: Translator | None = None) -> None:
    """Every text of ``root`` and its children, actions and models in ``lang``."""
    t = translator or Translator(lang)
    widgets = [root, *root.findChildren(QWidget)]
    actions: dict[int, QAction] = {}
    for w in widgets:
        _retranslate_widget(t, w)
        for a in w.actions():
            actions[id(a)] = a
    for a in root.findChildren(QAction):
        actions[id(a)] = a
    for a in actions.values():
        _retranslate_action(t, a)


def retranslate_all(lang: str) -> None:
    """Every open window of the application (main window, comparison, previews, dialogs)."""
    app = QApplication.instance()
    if app is None:
        return
    t = Translator(lang)
    tops = [w for w in app.topLevelWidgets() if w.parent() is None]
    for w in tops:
        retranslate_tree(w, lang, t)
