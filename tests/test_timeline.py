"""Timeline: events per company from hand-built plants, exports and models frames."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from core import timeline
from core.frames import FRAME_COLUMNS


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame([{c: r.get(c) for c in FRAME_COLUMNS[name]} for r in rows], columns=FRAME_COLUMNS[name])
    df["published"] = pd.to_datetime(df["published"])
    return df


def prov(aid: str, published: str | None, source: str, sentence: str) -> dict:
    return {"article_id": aid, "published": published, "source": source, "title": f"title {aid}", "sentence": sentence}


def sample() -> dict[str, pd.DataFrame]:
    return {
        "plants": frame("plants", [
            {"plant_key": "kia|zilina|slovakia", "company": "Kia", "site": "Zilina", "country": "Slovakia",
             "capacity_per_year": 350_000.0, "investment_amount": 108e6, "investment_currency": "EUR",
             "start_date": "2026", "models": "EV4",
             **prov("a1", "2024-03-01", "Reuters", "Kia will raise capacity at Zilina.")},
            {"plant_key": "qoratepa avto|jizzakh|uzbekistan", "company": "Qoratepa Avto", "site": "Jizzakh",
             "country": "Uzbekistan", "jobs": 800, "models": "Tiggo 4",
             **prov("a2", "2024-02-10", "Gazeta", "Qoratepa Avto will assemble Chery Tiggo 4 cars.")},
            {"company": None, "site": "Nowhere", **prov("a9", "2024-01-01", "X", "A plant without a company.")},
        ]),
        "exports": frame("exports", [
            {"route_key": "kia|slovakia|turkey", "company": "Kia", "origin": "Slovakia", "destination": "Turkey",
             "models": "Ceed", "units": 20_000.0, "by_when": "2025-12-31",
             **prov("a3", "2024-05-02", "Automotive News", "Kia plans to export 20,000 Ceed cars to Turkey.")},
            {"route_key": "kia|slovakia|egypt", "company": "Kia", "origin": "Slovakia", "destination": "Egypt",
             "by_when": "soon", **prov("a4", None, "", "Kia will soon export to Egypt.")},
        ]),
        "models": frame("models", [
            {"model": "Tiggo 4", "maker": "Chery", **prov("a2", "2024-02-10", "Gazeta", "")},
            {"model": "EV4", "maker": "Kia", **prov("a1", "2024-03-01", "Reuters", "")},
            {"model": "Ceed", "maker": "Kia", **prov("a3", "2024-05-02", "", "")},
        ]),
    }


def test_events_per_company_in_date_order_with_sources():
    kia = timeline.company_timeline(sample(), "Kia")
    assert list(kia.columns) == timeline.EVENT_COLUMNS
    assert list(kia["kind"]) == ["investment", "export start", "plant opening", "export announced"]
    assert list(kia["when"]) == ["2024-03-01", "2025-12-31", "2026", "soon"]
    assert list(kia["dated_by"]) == ["published", "stated", "stated", ""]
    opening = kia[kia["kind"] == "plant opening"].iloc[0]
    assert opening["event"] == "Plant in Zilina, Slovakia starts production (350,000 units/year)"
    assert opening["source"] == "Reuters" and opening["article_id"] == "a1"
    assert opening["sentence"] == "Kia will raise capacity at Zilina."
    assert kia[kia["kind"] == "investment"].iloc[0]["event"] == "Invests EUR 108 m in the plant in Zilina, Slovakia"
    assert kia["date"].is_monotonic_increasing or kia["date"].isna().iloc[-1]


def test_contract_assembly_is_a_deal_for_both_sides():
    f = sample()
    qor = timeline.company_timeline(f, "Qoratepa Avto")
    assert list(qor["kind"]) == ["deal", "plant announced"]
    assert qor.iloc[0]["event"] == "Builds Chery Tiggo 4 in Jizzakh, Uzbekistan" and qor.iloc[0]["partner"] == "Chery"
    chery = timeline.company_timeline(f, "Chery")
    assert list(chery["event"]) == ["Qoratepa Avto builds its Tiggo 4 in Jizzakh, Uzbekistan"]
    assert chery.iloc[0]["source"] == "Gazeta"
    assert timeline.companies_with_events(f) == ["Kia", "Qoratepa Avto", "Chery"]


def test_event_dates():
    assert timeline.event_date("2026") == pd.Timestamp(2026, 1, 1)
    assert timeline.event_date("2026-03") == pd.Timestamp(2026, 3, 1)
    assert timeline.event_date("2025-12-31") == pd.Timestamp(2025, 12, 31)
    assert timeline.event_date("next year") is None
    assert timeline.event_date(None) is None and timeline.event_date(float("nan")) is None


def test_no_events():
    empty = {n: frame(n, []) for n in ("plants", "exports", "models")}
    assert timeline.events(empty).empty
    assert list(timeline.events(empty).columns) == timeline.EVENT_COLUMNS
    assert timeline.companies_with_events({}) == []


def test_a_group_building_its_own_brands_models_makes_no_deal():
    """Stellantis builds the Alfa Romeo Junior at Tychy: its own brand, no contract assembly."""
    f = {"plants": frame("plants", [
        {"plant_key": "stellantis|tychy|poland", "company": "Stellantis", "site": "Tychy", "country": "Poland",
         "models": "Junior", **prov("b1", "2025-01-10", "Wire", "Tychy builds the Alfa Romeo Junior.")}]),
        "exports": frame("exports", []),
        "models": frame("models", [{"model": "Junior", "maker": "Alfa Romeo", **prov("b1", "2025-01-10", "Wire", "")}])}
    groups = {"Alfa Romeo": "Stellantis", "Stellantis": "Stellantis"}
    e = timeline.events(f, group_of=lambda c: groups.get(c, c))
    assert "deal" not in set(e["kind"])
    assert timeline.events(f, group_of=lambda c: c)["kind"].eq("deal").sum() == 2  # other groups: a deal, both sides


def test_one_event_told_by_several_articles_is_one_event():
    rows = [{"plant_key": "kia|zilina|slovakia", "company": "Kia", "site": "Zilina", "country": "Slovakia",
             "start_date": "2026", **prov(aid, pub, src, f"Kia's Zilina plant, as {src} put it.")}
            for aid, pub, src in (("c2", "2024-06-01", "Later Wire"), ("c1", "2024-01-15", "First Wire"),
                                  ("c3", None, "Undated Blog"))]
    f = {"plants": frame("plants", rows), "exports": frame("exports", []), "models": frame("models", [])}
    kia = timeline.company_timeline(f, "Kia")
    assert len(kia) == 1
    assert kia.iloc[0]["n_articles"] == 3
    assert kia.iloc[0]["source"] == "First Wire"  # the first report stands for the event


def test_events_on_different_dates_stay_apart():
    f = sample()
    kia = timeline.company_timeline(f, "Kia")
    assert kia["n_articles"].eq(1).all()


def test_timeline_chart_draws_dated_events_by_kind():
    from core import charts

    kia = timeline.company_timeline(sample(), "Kia")
    fig = charts.timeline_chart(kia, "Kia", timeline.KINDS)
    assert fig.layout.title.text == "Kia: events over time"
    assert [t.name for t in fig.data] == ["plant opening", "investment", "export start"]  # the order of KINDS
    assert sum(len(t.x) for t in fig.data) == kia["date"].notna().sum()
    empty = charts.timeline_chart(kia[kia["date"].isna()], "Kia")
    assert not fig.data or empty.data == () and "No dated events" in empty.layout.annotations[0].text


def test_a_model_named_with_its_brand_is_not_named_twice():
    f = {"plants": frame("plants", [
        {"plant_key": "ebro|barcelona|spain", "company": "Ebro", "site": "Barcelona", "country": "Spain",
         "models": "Omoda 5", **prov("d1", "2025-02-01", "Wire", "Ebro builds the Omoda 5 in Barcelona.")}]),
        "exports": frame("exports", []),
        "models": frame("models", [{"model": "Omoda 5", "maker": "Omoda", **prov("d1", "2025-02-01", "Wire", "")}])}
    deals = timeline.events(f, group_of=lambda c: c)
    assert "Builds Omoda 5 in Barcelona, Spain" in set(deals["event"])


def test_one_companys_timeline_and_the_busiest_companies_as_from_every_event(generated):
    """company_timeline reads only the rows that can give the company an event, and companies_by_activity counts
    without writing events: the same events as events() of the whole frames, the same companies."""
    frames = {k: generated[k] for k in ("plants", "exports", "models")}
    every = timeline.events(frames)
    busiest = timeline.companies_by_activity(frames)
    assert set(busiest.index) == set(every["company"]) and busiest.is_monotonic_decreasing
    index = timeline.timeline_index(frames)  # kept across companies, as the page keeps it per filter
    pd.testing.assert_series_equal(timeline.companies_by_activity(frames, index=index), busiest)
    for company in list(busiest.index[:5]) + list(busiest.index[-5:]):
        expected = every[every["company"] == company].reset_index(drop=True)
        pd.testing.assert_frame_equal(timeline.company_timeline(frames, company), expected)
        pd.testing.assert_frame_equal(timeline.company_timeline(frames, company, index=index), expected)
    f = sample()
    assert list(timeline.companies_by_activity(f).index) == ["Kia", "Chery", "Qoratepa Avto"]
    assert timeline.companies_by_activity({}).empty


def test_blank_model_names_and_makers_give_no_deal():
    """A blank between semicolons names no model, and a model listed with a blank maker no partner, as in events()."""
    f = sample()
    f["plants"].loc[1, "models"] = "Tiggo 4; ;"
    f["models"] = pd.concat([f["models"], frame("models", [{"model": "", "maker": "Geely"},
                                                            {"model": "Ghost", "maker": ""}])], ignore_index=True)
    f["plants"].loc[0, "models"] = "EV4;Ghost"
    every = timeline.events(f)
    assert set(timeline.companies_by_activity(f).index) == set(every["company"]) == {"Kia", "Chery", "Qoratepa Avto"}
    for company in ("Kia", "Chery", "Qoratepa Avto"):
        pd.testing.assert_frame_equal(timeline.company_timeline(f, company),
                                      every[every["company"] == company].reset_index(drop=True))
    assert timeline.company_timeline(f, "Geely").empty  # the maker of a blank model name


MODEL_NAMES = st.sampled_from(["EV4", "Tiggo 4", "Ghost", "", " ", "Unlisted", "Sportage"])
MODELS_LISTS = st.one_of(st.none(), st.lists(MODEL_NAMES, max_size=4).map(";".join))


def _rows_naming_makers_by_explode(frame: pd.DataFrame, makers: dict[str, str]) -> list[tuple[int, str, str]]:
    """What the Timeline read before: every row's models list exploded, looked up and deduplicated per row."""
    named = pd.DataFrame({"row": range(len(frame)), "company": frame["company"].map(timeline._text).tolist(),
                          "model": frame["models"].astype(object).where(frame["models"].notna(), "").str.split(";")})
    named = named.explode("model")
    model = named["model"].str.strip()
    named["maker"] = model.where(model.ne("")).map(makers)
    named = named[named["maker"].notna() & named["maker"].ne("")].drop_duplicates(subset=["row", "maker"])
    return list(zip(named["row"], named["company"], named["maker"], strict=True))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Kia", "Chery", None, ""]), MODELS_LISTS), max_size=12))
def test_each_rows_makers_as_an_explode_of_every_list_gives_them(rows):
    """The makers of each row's models, read once per distinct list, are those an explode of every row's list gave:
    in row order, each maker once a row, blanks, missing lists and models without a maker naming none."""
    frame = pd.DataFrame({"company": [c for c, _ in rows], "models": pd.Series([m for _, m in rows], dtype=object)})
    makers = {"EV4": "Kia", "Sportage": "Kia", "Tiggo 4": "Chery", "Ghost": "", "": "Geely"}
    companies = frame["company"].map(timeline._text).to_numpy(dtype=object)
    named = timeline._rows_naming_makers(frame, companies, makers)
    assert list(zip(named["row"], named["company"], named["maker"], strict=True)) == \
        _rows_naming_makers_by_explode(frame, makers)
