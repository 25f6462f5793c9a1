"""The docks and step pages around the map: filter, layers, identify, the
attribute table, charts, the data summary, the zone list, the status bar and
the import dialog.

May import: widgets.map, widgets.base and gis. Never widgets.scenario,
widgets.output or widgets.bench.
"""
