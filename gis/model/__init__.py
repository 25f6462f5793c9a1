"""The tables and the workspace: households, villages, PSKS, placement,
filters and their wording, zones and zone tallies, aggregation, indicators,
undoable edits, verification rounds (selection, worksheet results,
provenance, the register state after a round) and register snapshots;
and building those tables from files (the register importer, boundary
reading, zone files, a project's data files).

May import: gis.io and the gis root modules. Never gis.plan, gis.maps,
gis.demo or gis.bench.
"""
