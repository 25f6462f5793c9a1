"""Step 4: the scenario panel and its parts, village suggestions, the program
cost table and the comparison of scenarios.

May import: widgets.map, widgets.base and gis. Never widgets.panels,
widgets.output or widgets.bench.
"""
