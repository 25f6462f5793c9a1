"""Qt views over the gis models: they observe, draw and forward edits."""
