"""``sasaran bench`` for the data core: the rows of the register, filter, zone
and scenario work, each with its lower bound measured in the same run.

- ``table``: the timer and the row shape every group uses;
- ``data``: the generated province (once per size) and the test zone;
- ``context``: what the groups of one measuring process share;
- one module per group of rows (``register``, ``zones``, ``scenario``,
  ``memory``), each with ``rows(ctx: CoreContext) -> list[dict]``;
- ``registry``: the groups in printing order; ``desktop.bench`` walks it.

To add a group of rows (e.g. snapshots): write ``gis/bench/<group>.py`` with
``rows(ctx)`` returning ``gis.bench.table.row(...)`` dicts (take the
household table from ``ctx.table()``), then add the module to ``GROUPS`` in
``gis/bench/registry.py`` before ``memory``. Nothing else changes.

May import: every gis room. Nothing in gis imports it.
"""
