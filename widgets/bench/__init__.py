"""``sasaran bench`` rows for the interface: start-up, the map canvas and the
outputs, measured on real widgets.

- ``context``: what the groups of one measuring process share (the
  generated files, the repetitions, the ``sasaran`` entry, the dataset);
- one module per group of rows (``map``, ``app``, ``output``), each with
  ``rows(ctx: InterfaceContext) -> list[dict]`` in the shape of
  ``gis.bench.table.row``;
- ``registry``: the groups in printing order; ``desktop.bench`` walks it in
  a child process of its own (``sasaran bench --part interface``).

To add a group: write ``widgets/bench/<group>.py`` with ``rows(ctx)`` (and
``NEEDS = ("dataset",)`` if it reads ``ctx.dataset``), then add it to
``GROUPS`` in ``widgets/bench/registry.py``.

May import: every widgets room and gis. Nothing in widgets imports it.
"""
