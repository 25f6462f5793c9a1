"""The planner's map: the canvas (view, input, layer list) and the zone tools
that draw on it.

May import: widgets.base and gis.
"""
