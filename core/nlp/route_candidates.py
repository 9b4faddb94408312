"""Candidate export routes for the learned route scorer (core.nlp.route_scorer): every country or region named in a
sentence that speaks of trade, described by the surface features a linear model weighs.

The rules of core.nlp.relations read the phrasings they name; news writes export routes in many more. Candidates are
cast wide on purpose (any trade word anywhere in the sentence) and the model trained on annotated stories
(scripts/train_fact_scorers.py) decides which are routes. Training and scoring read candidates through this one module,
so the features a model was trained on are the ones it is given.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc

from core.nlp import lexicon as lx
from core.nlp.candidate_context import (
    HYPHENS,
    CueSentence,
    country_counts,
    cue_sentences,
    most_common,
    word_at,
)
from core.nlp.gazetteer import Gazetteer

# words that put a sentence about trade: broad on purpose, the model weighs each one
TRADE_WORDS = frozenset("""
export exports exported exporting exporter exporters ship ships shipped shipping shipment shipments send sends sent
sell sells sold selling sale sales market markets marketed launch launches launched launching deliver delivers
delivered deliveries delivery destined destination destinations bound overseas abroad import imports imported importer
importers enter enters entered entering supply supplies supplied dispatch dispatched rolled arrive arrived arrival
available offered distributed distribution dealers dealer debut debuts introduced introduce bring brings brought
""".split())
DESTINATION_LABELS = ("COUNTRY", "REGION")
LIST_GLUE = frozenset([",", "and", "or", "&", "as", "well"])
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic")  # of regions ("African", "East Asian"); countries' are in the gazetteer
SHOW_MODIFIERS = frozenset(["motor", "auto", "car", "international"])
EVENT_NOUNS = frozenset(["show", "expo", "fair", "exhibition", "salon", "motorshow", "autoshow"])
COUNTRY_NOUNS = frozenset(["nation", "country", "economy", "government", "state", "capital", "people"])
# "the Japanese carmaker", "Chinese automakers", "the Korean auto giant": the makers' nationality, no market
MAKER_NOUNS = lx.COMPANY_NOUNS | lx.MAKER_PLURALS | {"giant", "giants", "companies", "firms", "groups", "factories", "plants"}
PLANT_PLACE_NOUNS = lx.PLANT_NOUNS - {"hub", "base"} | {"ones"}  # ("the ones in Japan": plants named before)
MAKER_MODIFIERS = frozenset(["car", "auto", "automotive", "vehicle", "motor"])  # "the Japanese car maker"
# "... ahead of Japan", "overtaking Japan", "second only to Japan": a country an exporter is ranked against
RIVAL_EXPORTER_CUES = frozenset(["than", "behind", "overtaking", "overtook", "overtaken", "surpassing", "surpassed",
                                 "outpacing", "outpaced", "beating", "beat", "dethroning", "dethroned"])
# "exported through the port of Bar in Montenegro", "shipped via Koper": a country the cars pass through, no market
TRANSIT_WORDS = frozenset(["through", "via"])


@dataclass
class Candidate:
    """One country or region named in a trade sentence, with what a route to it would carry."""

    destination: str
    label: str
    sentence_start: int
    sentence_end: int
    features: list[str]
    models: list[str] = field(default_factory=list)  # the models the sentence names
    units: float | None = None  # the one shipment figure of a sentence naming one market
    origin: str | None = None  # "from Turkey": where the sentence says the cars leave
    company: str | None = None  # the first company the sentence names


@dataclass
class ArticleOrigins:
    """Where the article's cars come from, by the evidence the rules already read."""

    route_origin: str | None  # the origin of most routes the rules read
    plant_country: str | None  # the country of most plants the rules read
    home: str | None  # the home country of the company the story names most
    main_country: str | None  # the country the story names most
    main_company: str | None
    main_country_sentences: frozenset[int] = frozenset()  # where the story names that country (sentence starts)

    def default(self, sentence_start: int) -> str | None:
        """The origin of a route whose sentence names none: read off the evidence in order of how often it was right
        on the annotated stories (a route the rules read, then a plant, then the story's country, then the maker's home).
        The story's country counts only when named outside the route's own sentence ("The dealer, registered in
        Georgia, exported cars to Armenia" says nothing of where the cars come from)."""
        told = self.main_country if self.main_country_sentences - {sentence_start} else None
        return self.route_origin or self.plant_country or told or self.home


def article_origins(facts: dict, gaz: Gazetteer) -> ArticleOrigins:
    mentions = facts.get("mentions") or []
    companies = Counter(m["canonical"] for m in mentions if m["label"] == "COMPANY")
    routes = Counter(e["origin"] for e in facts.get("exports") or () if e.get("origin"))
    plants = Counter(p["country"] for p in facts.get("plants") or () if p.get("country"))
    main_company = most_common(companies)
    main_country = most_common(country_counts(mentions, gaz))
    return ArticleOrigins(
        route_origin=most_common(routes), plant_country=most_common(plants),
        home=(gaz.home_country(main_company) or None) if main_company else None,
        main_country=main_country, main_company=main_company,
        main_country_sentences=frozenset(m["sentence_start"] for m in mentions if m["canonical"] == main_country))


def candidates(doc: Doc, facts: dict, gaz: Gazetteer) -> tuple[list[Candidate], ArticleOrigins]:
    """The candidate routes of a Doc the relations component has read (`facts` is its doc._.facts)."""
    origins = article_origins(facts, gaz)
    mentioned = Counter(m["canonical"] for m in facts.get("mentions") or () if m["label"] in DESTINATION_LABELS)
    out: list[Candidate] = []
    for sent in cue_sentences(doc, facts, TRADE_WORDS, lambda m: m["label"] in DESTINATION_LABELS):
        out.extend(_sentence_candidates(sent, origins, mentioned, gaz.demonyms))
    return out, origins


def _sentence_candidates(sent: CueSentence, origins: ArticleOrigins, mentioned: Counter,
                         demonyms: Mapping[str, str]) -> list[Candidate]:
    words, ms = sent.words, sent.mentions
    models = list(dict.fromkeys(m["canonical"] for m in ms if m["label"] == "MODEL"))
    units = [m["value"] for m in ms if m["label"] == "UNITS" and m.get("value")]
    company = next((m["canonical"] for m in ms if m["label"] == "COMPANY"), None)
    origin_here = next((m["canonical"] for m, i, _ in sent.targets
                        if m["label"] == "COUNTRY" and i > 0 and words[i - 1] == "from"), None)
    distinct = {m["canonical"] for m, _, _ in sent.targets} - {origin_here}
    shared = sent.shared_features("trade")
    shared.update((f"n_markets={min(len(distinct), 4)}", "has_units" if units else "no_units",
                   "has_models" if models else "no_models", "has_company" if company else "no_company"))
    # "GM South America anticipates ...", "Ford Europe said": a region or country written right after a company, a
    # part of the name of the company's arm, no market
    company_ends = {c["end"] for c in ms if c["label"] == "COMPANY"}
    out = []
    for m, i, j in sent.targets:
        dest = m["canonical"]
        if word_at(words, i - 1) in RIVAL_EXPORTER_CUES or word_at(words, i - 2) == "ahead" and word_at(words, i - 1) == "of":
            continue  # "the world's largest car exporter ahead of Japan", "overtaking Japan": a rival, no market
        feats = shared | sent.context_features(i, j)
        if m["start"] - 1 in company_ends:
            feats.add("company_name")
        if word_at(words, i - 1) == "in" and word_at(words, i - 2) in PLANT_PLACE_NOUNS:
            feats.add("plant_place")  # "the plants in Europe", "after the ones in Japan and India": where cars are made
        feats.update((f"label={m['label']}", f"mentions={min(mentioned[dest], 4)}"))
        if m["text"] in demonyms or m["label"] == "REGION" and m["text"] != dest and m["text"].lower().endswith(DEMONYM_ENDINGS):
            feats.add("demonym")  # "the African nation", "East Asian markets": an adjective, seldom the market itself
            if word_at(words, j) in COUNTRY_NOUNS:
                feats.add("demonym_country")  # "the African nation", "the French economy": one country, not named
            if word_at(words, j + (word_at(words, j) in MAKER_MODIFIERS)) in MAKER_NOUNS:
                feats.add("demonym_maker")
        if word_at(words, i - 1) in TRANSIT_WORDS or word_at(words, i - 1) == "in" and "port" in words[max(0, i - 6):i] and any(
                word_at(words, k) in TRANSIT_WORDS for k in range(i - 7, i - 2)):
            feats.add("transit")  # "through the port of Bar in Montenegro", "via Turkey": where cars pass, no market
        if word_at(words, j) in HYPHENS or word_at(words, i - 1) in HYPHENS:
            feats.add("compound")  # "UK-bound cars", "Japan-made": part of a word, as the rules read it
        if word_at(words, i - 1) in LIST_GLUE or word_at(words, j) in LIST_GLUE:
            feats.add("in_list")
        if (word_at(words, j) in SHOW_MODIFIERS and word_at(words, j + 1) in EVENT_NOUNS
                or word_at(words, j) in EVENT_NOUNS - {"show", "fair"}):
            feats.add("event_name")  # "the Bhutan motor show", "Auto Expo": an event named for the country, no market
        for name, value in (("route_origin", origins.route_origin), ("plant_country", origins.plant_country),
                            ("home", origins.home), ("main_country", origins.main_country), ("from_here", origin_here)):
            if value == dest:
                feats.add(f"is_{name}")
        out.append(Candidate(
            destination=dest, label=m["label"], sentence_start=sent.start,
            sentence_end=sent.end, features=sorted(feats), models=models,
            units=units[0] if len(units) == 1 and len(distinct) == 1 else None, origin=origin_here, company=company))
    return out
