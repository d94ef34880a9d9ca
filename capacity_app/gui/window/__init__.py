"""The window's shell: the application (``app``), the main window (``main_window``), its actions,
menus and toolbar (``actions``), the export, import and aggregation flows (``flows``), the close on a
signal (``termination``), the collector guard (``gc_guard``), the window's size on the screen
(``geometry``), the first start, *About* and *Help*. Nothing below imports it."""
