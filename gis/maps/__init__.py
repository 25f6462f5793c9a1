"""What outputs draw: choropleth classification, the household raster and
view maths, the bundle an output map shows (MapData), the map-sheet layout
in millimetres, and the folium web map.

May import: gis.model, gis.io and the gis root modules. Never gis.plan (the
two are independent), gis.demo or gis.bench.
"""
