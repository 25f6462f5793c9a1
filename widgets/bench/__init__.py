"""``sasaran bench`` rows for the interface: start-up, the map canvas and the
outputs, measured on real widgets.

May import: every widgets room and gis. Nothing in widgets imports it.
"""
