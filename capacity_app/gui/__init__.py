"""The desktop GUI (PySide6). Qt is imported only in this package."""
