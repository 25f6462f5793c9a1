"""The shape of the product, checked by tools rather than by hope.

Layer rules come from the import-linter contracts in pyproject.toml; ruff
keeps style; and the PySide6 refcount probe keeps the known 6.12.0 crash
(``none_dealloc`` after a few thousand void calls on Python 3.11) from
coming back with an upgrade.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_layers_follow_the_contracts():
    out = subprocess.run(
        [str(BIN / "lint-imports"), "--config", str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "broken" not in out.stdout.lower().replace("0 broken", "")


def test_no_module_imports_itself_through_a_circle():
    """No import circle between modules, function-level imports included.

    A circle hides which module is the lower one; the room contracts only see
    circles that cross rooms, so this walks every module's imports.
    """
    import grimp

    graph = grimp.build_graph("gis", "widgets", "desktop")
    imports = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    circles, index, low, stack, on_stack = [], {}, {}, [], set()

    def visit(v):  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in imports[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    assert not circles, circles


def test_every_room_says_what_it_holds_and_may_import():
    for floor in ("gis", "widgets"):
        for init in sorted((REPO / floor).glob("*/__init__.py")):
            doc = init.read_text(encoding="utf-8")
            assert doc.startswith('"""') and "May import" in doc, init


def test_ruff_is_clean():
    out = subprocess.run(
        [str(BIN / "ruff"), "check", "."], cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_gis_imports_without_qt():
    code = (
        "import sys, pkgutil, importlib, gis\n"
        "for m in pkgutil.walk_packages(gis.__path__, 'gis.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [k for k in sys.modules if k.split('.')[0] in ('PySide6', 'pyqtgraph', 'widgets', 'desktop')]\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_pyside6_void_calls_keep_none_refcount():
    """100,000 void-returning calls must not drain None's refcount (PySide6 6.12.0 bug)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QPointF\n"
        "p = QPointF()\n"
        "before = sys.getrefcount(None)\n"
        "for i in range(100_000):\n"
        "    p.setX(i)\n"
        "after = sys.getrefcount(None)\n"
        "assert after >= before - 100, (before, after)\n"
        "print(before, after)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_pyside6_pin_stays_below_612():
    text = (REPO / "pyproject.toml").read_text()
    assert "<6.12" in text.replace(" ", "")


def test_the_module_map_names_every_module():
    """docs/architecture.md lists every module of every room, so the map stays true."""
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = []
    for floor in ("gis", "widgets", "desktop"):
        for path in sorted((REPO / floor).rglob("*.py")):
            if path.name == "__init__.py":
                continue
            parts = path.relative_to(REPO / floor).with_suffix("").parts
            room, name = (parts[0], ".".join(parts[1:])) if len(parts) > 1 else ("", parts[0])
            if f"`{name}`" not in doc or (room and f"`{floor}.{room}`" not in doc):
                missing.append(str(path.relative_to(REPO)))
    assert not missing, "add to docs/architecture.md: " + ", ".join(missing)
