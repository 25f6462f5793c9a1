"""The docks and step pages around the map: filter, layers, identify, the
attribute table, charts, the data summary, the zone list, the status bar,
the import dialog and the verification round panel.

May import: widgets.map, widgets.base and gis. Never widgets.scenario,
widgets.output or widgets.bench.
"""
