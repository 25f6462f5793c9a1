"""Application shell: start-up, main window, actions, settings, CLI."""
