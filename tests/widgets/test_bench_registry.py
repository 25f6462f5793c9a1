"""The interface row groups: one registry, walked in order, the dataset let go early."""

from __future__ import annotations

from types import SimpleNamespace

from widgets.bench.context import InterfaceContext
from widgets.bench.registry import GROUPS, walk


def _group(name, needs, seen):
    def rows(ctx):
        seen.append((name, ctx._dataset is not None))
        if needs:
            assert ctx.dataset is not None
        return [{"name": name}]

    return SimpleNamespace(__name__=f"widgets.bench.{name}", rows=rows, NEEDS=needs)


def test_registry_holds_the_four_groups_in_printing_order():
    names = [g.__name__ for g in GROUPS]
    assert names == [
        "widgets.bench.map",
        "widgets.bench.app",
        "widgets.bench.output",
        "widgets.bench.whole",
    ]
    for group in GROUPS:
        assert callable(group.rows)


def test_walk_keeps_the_dataset_only_while_a_later_group_needs_it():
    for needs_pattern in ([True, True, False], [True, False, False], [False, True, False]):
        seen = []
        groups = tuple(
            _group(f"g{i}", ("dataset",) if needs else (), seen)
            for i, needs in enumerate(needs_pattern)
        )
        ctx = InterfaceContext(paths={}, demo_paths={})
        ctx._dataset = object()  # loaded already, as after a first reading
        rows = walk(ctx, groups)
        assert [r["name"] for r in rows] == ["g0", "g1", "g2"]
        last_needing = max(i for i, n in enumerate(needs_pattern) if n)
        for i, (_name, loaded) in enumerate(seen):
            assert loaded == (i <= last_needing), (needs_pattern, seen)
        assert ctx._dataset is None
