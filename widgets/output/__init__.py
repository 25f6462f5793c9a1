"""Step 5: map sheets (preview and rendering to PDF/PNG/printer), the output
page, the web map inside the app, and the printable verification worksheet.

May import: widgets.map, widgets.base and gis. Never widgets.panels,
widgets.scenario or widgets.bench.
"""
