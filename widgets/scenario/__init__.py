"""Step 4: the scenario panel and its parts, village suggestions, the program
cost table and the comparison of scenarios.

The scenario panel is composed of parts, each usable alone (DESIGN
convention 15): zone programs, eligibility and priority, the budget meter,
the cut list, notes, the file controller and the plan evaluator. The
comparison view, the suggestion panel and the program table dialog keep
their charts, tables and sub-dialogs in modules of their own.

May import: widgets.map, widgets.base and gis. Never widgets.panels,
widgets.output or widgets.bench.
"""
