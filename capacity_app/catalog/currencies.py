"""ISO 4217 currencies as the country table lists them (``catalog.countries``, from the UNSD
country-codes table): which codes a costed plan may use, and how many decimals each has.

A plan's amounts are checked here wherever they come from (the window, the command line, a
workbook): a code the table does not know is refused, and so is an amount with more decimals than
its currency has (XOF and JPY have none, USD two, KWD three)."""
from __future__ import annotations

from decimal import Decimal
from functools import cache

from .countries import Currency, countries, currencies


@cache
def table() -> dict[str, Currency]:
    """Every currency of the country table, by its ISO 4217 code."""
    out: dict[str, Currency] = {}
    for iso3 in countries():
        for c in currencies(iso3):
            out.setdefault(c.code, c)
    return out


def known(code: str) -> bool:
    return code in table()


def amount_problem(amount: Decimal | None, currency: str, what: str = "amount") -> str | None:
    """Why ``amount`` cannot be in ``currency`` (an unknown code, more decimals than it has), or
    None."""
    cur = table().get(currency)
    if cur is None:
        return f"{currency} is not an ISO 4217 currency of the country table (for example XOF, EUR or USD)"
    if amount is None or cur.minor_unit is None:
        return None
    exp = amount.as_tuple().exponent
    if isinstance(exp, int) and -exp > cur.minor_unit:
        return f"the {what} {amount} has more decimals than {currency} has ({cur.minor_unit or 'none'})"
    return None


__all__ = ["amount_problem", "known", "table"]
