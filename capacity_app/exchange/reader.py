"""Fast reading of checked workbooks with python-calamine (values only, never formulas)."""
from __future__ import annotations

import io
from typing import Any

from .codec import read_text
from .safety import DEFAULT_LIMITS, CheckedWorkbook, Limits, UnsafeWorkbook, check_file


class Workbook:
    """A checked workbook opened with calamine; use as a context manager."""

    def __init__(self, path, limits: Limits = DEFAULT_LIMITS):
        self.checked: CheckedWorkbook = check_file(path, limits)
        self.path = str(path)
        from python_calamine import CalamineWorkbook

        try:
            self._wb = CalamineWorkbook.from_filelike(io.BytesIO(self.checked.data))
        except Exception as exc:  # noqa: BLE001 - calamine raises its own error types for damaged parts
            raise UnsafeWorkbook(path, f"the workbook cannot be read ({type(exc).__name__}: {exc})") from None
        self.sheet_names = list(self._wb.sheet_names)

    def rows(self, name: str) -> list[list[Any]]:
        """Every row of a sheet as Python values (empty cells are ''), text decoded exactly as
        ``codec.escape_text`` wrote it."""
        try:
            sheet = self._wb.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
        except Exception as exc:  # noqa: BLE001 - calamine's own error types, as when opening
            raise UnsafeWorkbook(self.path, f"sheet {name}: cannot be read ({type(exc).__name__}: {exc})") from None
        for row in rows:  # the escapes calamine leaves (codec.read_text): rare, so checked cheaply
            for v in row:
                if v.__class__ is str and "_x" in v:
                    row[:] = [read_text(x) if isinstance(x, str) else x for x in row]
                    break
        return rows

    def formula_cells(self, name: str) -> list[str]:
        return self.checked.formula_cells(name)

    def error_cells(self, name: str) -> list[tuple[str, str]]:
        """(cell, error text) of cells holding #N/A, #DIV/0! and the like (read as empty otherwise)."""
        return self.checked.error_cells(name)

    def close(self) -> None:
        wb = self.__dict__.pop("_wb", None)  # absent when closed, or when opening failed
        if wb is not None:
            try:
                wb.close()
            except Exception:  # noqa: BLE001 - closing a damaged workbook must not mask the real error
                pass
        self.checked.data = b""

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
