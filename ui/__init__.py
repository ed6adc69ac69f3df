"""The desktop app (PySide6). Start it with `evidence-kit gui` or `evidence-kit-gui`; see `ui.app`."""
