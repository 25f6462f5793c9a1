"""Files in and out, below any domain table: the raw-table readers (CSV,
XLSX, GeoPackage and friends), where a table sits in a file, column mapping,
value parsing, NIK/KK checks, Kemendagri codes and the BPS crosswalk, code
lists, the import report, field worksheets (XLSX out and back) and the
personal-data export log, safe writing (atomic files, the output guard,
cell sanitising), the project file (``*.sasaran``) and what a file is
by its content.

May import: the gis root modules (errors, progress, numbers). Never
gis.model, gis.plan, gis.maps, gis.demo or gis.bench: a reader knows no
household table, so every room above can use it.
"""
