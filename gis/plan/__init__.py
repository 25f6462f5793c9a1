"""Planning on top of the tables: the program cost table, money amounts,
budget allocation, village suggestions, the scenario file, comparison and the
budget tables for the finance side.

May import: gis.model, gis.io and the gis root modules. Never gis.maps (the
two are independent), gis.demo or gis.bench.
"""
