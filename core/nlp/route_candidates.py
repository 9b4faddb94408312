"""Candidate export routes for the learned route scorer (core.nlp.route_scorer): every country or region named in a
sentence that speaks of trade, described by the surface features a linear model weighs.

The rules of core.nlp.relations read the phrasings they name; news writes export routes in many more. Candidates are
cast wide on purpose (any trade word anywhere in the sentence) and the model trained on annotated stories
(scripts/train_route_model.py) decides which are routes. Training and scoring read candidates through this one module,
so the features a model was trained on are the ones it is given.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc

from core.nlp import lexicon as lx
from core.nlp.gazetteer import Gazetteer
from core.nlp.relations import words as w

# words that put a sentence about trade: broad on purpose, the model weighs each one
TRADE_WORDS = frozenset("""
export exports exported exporting exporter exporters ship ships shipped shipping shipment shipments send sends sent
sell sells sold selling sale sales market markets marketed launch launches launched launching deliver delivers
delivered deliveries delivery destined destination destinations bound overseas abroad import imports imported importer
importers enter enters entered entering supply supplies supplied dispatch dispatched rolled arrive arrived arrival
available offered distributed distribution dealers dealer debut debuts introduced introduce bring brings brought
""".split())
# kinds of words that tell a shipment from a plan, a study, a denial, parts or people: the word lists the rules read,
# here as one feature per kind, so the model weighs each kind once
CUE_KINDS: dict[str, frozenset[str]] = {
    "maybe": w.MAYBE_WORDS | w.HEDGE_ADVERBS | w.EXPORT_HEDGES | w.PASSIVE_HEDGES | w.MODEL_HEDGES,
    "plan": w.PLANNED - {"will", "would"} | {"hopes", "hope", "goal", "ambition", "intends", "seeks", "wants"},
    "future": frozenset(["will", "would", "soon", "next", "later", "eventually"]),
    "negation": w.NEGATIONS | {"no", "yet", "denied", "denies", "neither", "nor"},
    "parts": w.KIT_WORDS | w.COMPONENT_PLURALS | w.PARTS_MADE_FOR,
    "vehicles": lx.VEHICLE_WORDS | lx.UNIT_WORDS,
    "people": frozenset(["manager", "managers", "executive", "executives", "officials", "engineers", "staff", "workers",
                         "delegation", "she", "he", "minister", "ambassador", "students", "experts"]),
    "home": w.HOME_MARKET_WORDS,
    "examples": frozenset(["such", "including", "example", "like"]),
    "import": w.IMPORT_CUES,
    "shipping": w.SHIPPING_VERBS | w.CONSIGNMENT_VERBS,
    "selling": w.SELL_CUES,
    "ended": w.ENDED_WORDS | w.CLOSED_WORDS,
}
DESTINATION_LABELS = ("COUNTRY", "REGION")
LIST_GLUE = frozenset([",", "and", "or", "&", "as", "well"])
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic")  # of regions ("African", "East Asian"); countries' are in the gazetteer
COUNTRY_NOUNS = frozenset(["nation", "country", "economy", "government", "state", "capital", "people"])
HYPHENS = frozenset(["-", "–"])
WINDOW = 8  # words read between a trade word and a market


@dataclass
class Candidate:
    """One country or region named in a trade sentence, with what a route to it would carry."""

    destination: str
    label: str
    start: int  # character offsets of the market's name
    end: int
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
    # a town counts for its country: "the Wuhu-based company" says China as much as "Chinese" does
    countries = Counter(m["canonical"] if m["label"] == "COUNTRY" else gaz.places[m["canonical"]].country
                        for m in mentions if m["label"] == "COUNTRY" or m["label"] == "PLACE" and m["canonical"] in gaz.places)
    routes = Counter(e["origin"] for e in facts.get("exports") or () if e.get("origin"))
    plants = Counter(p["country"] for p in facts.get("plants") or () if p.get("country"))
    main_company = companies.most_common(1)[0][0] if companies else None
    main_country = _most(countries)
    return ArticleOrigins(
        route_origin=_most(routes), plant_country=_most(plants),
        home=(gaz.home_country(main_company) or None) if main_company else None,
        main_country=main_country, main_company=main_company,
        main_country_sentences=frozenset(m["sentence_start"] for m in mentions if m["canonical"] == main_country))


def _most(counts: Counter) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


def candidates(doc: Doc, facts: dict, gaz: Gazetteer) -> tuple[list[Candidate], ArticleOrigins]:
    """The candidate routes of a Doc the relations component has read (`facts` is its doc._.facts)."""
    origins = article_origins(facts, gaz)
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for m in facts.get("mentions") or ():
        if m["label"] != "BOILERPLATE":
            by_sentence.setdefault((m["sentence_start"], m["sentence_end"]), []).append(m)
    mentioned = Counter(m["canonical"] for ms in by_sentence.values() for m in ms if m["label"] in DESTINATION_LABELS)
    out: list[Candidate] = []
    for n, ((s_start, s_end), ms) in enumerate(sorted(by_sentence.items())):
        markets = [m for m in ms if m["label"] in DESTINATION_LABELS]
        if not markets:
            continue
        sent = doc.char_span(s_start, s_end, alignment_mode="expand")
        if sent is None:
            continue
        words = [t.lower_ for t in sent]
        trade = [i for i, w in enumerate(words) if w in TRADE_WORDS]
        if not trade:
            continue
        out.extend(_sentence_candidates(doc, sent.start, words, trade, ms, markets, origins, mentioned, n, gaz.demonyms))
    return out, origins


def _token_at(doc: Doc, char: int, first: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return (span.start if span is not None else first) - first


def _sentence_candidates(doc: Doc, first: int, words: list[str], trade: list[int], ms: list[dict], markets: list[dict],
                         origins: ArticleOrigins, mentioned: Counter, sent_no: int, demonyms: Mapping[str, str]) -> list[Candidate]:
    models = list(dict.fromkeys(m["canonical"] for m in ms if m["label"] == "MODEL"))
    units = [m["value"] for m in ms if m["label"] == "UNITS" and m.get("value")]
    company = next((m["canonical"] for m in ms if m["label"] == "COMPANY"), None)
    positions = [(_token_at(doc, m["start"], first), _token_at(doc, max(m["end"] - 1, m["start"]), first) + 1) for m in markets]
    origin_here = next((m["canonical"] for m, (i, _) in zip(markets, positions, strict=True)
                        if m["label"] == "COUNTRY" and i > 0 and words[i - 1] == "from"), None)
    distinct = {m["canonical"] for m in markets} - {origin_here}
    shared = {
        "bias", f"n_markets={min(len(distinct), 4)}", f"sent_no={min(sent_no, 3)}",
        *(f"trade={words[i]}" for i in trade),
        "has_units" if units else "no_units", "has_models" if models else "no_models",
        "has_company" if company else "no_company", f"len={min(len(words) // 10, 5)}",
    }
    present = set(words)
    shared.update(f"cue={kind}" for kind, cue_words in CUE_KINDS.items() if present & cue_words)
    out = []
    for m, (i, j) in zip(markets, positions, strict=True):
        dest = m["canonical"]
        near = min(trade, key=lambda k: abs(k - i))
        gap = i - near
        feats = set(shared)
        feats.update((
            f"label={m['label']}", f"near={words[near]}", f"gap={_bucket(gap)}",
            f"p1={_w(words, i - 1)}", f"p2={_w(words, i - 2)}", f"p12={_w(words, i - 2)}_{_w(words, i - 1)}",
            f"n1={_w(words, j)}", f"n2={_w(words, j + 1)}", f"near_p1={words[near]}_{_w(words, i - 1)}",
            f"mentions={min(mentioned[dest], 4)}",
        ))
        lo, hi = (near + 1, i) if near < i else (j, near)
        if hi - lo <= WINDOW:
            feats.update(f"btw={w}" for w in words[lo:hi])
        else:
            feats.add("far")
        if m["text"] in demonyms or m["label"] == "REGION" and m["text"] != dest and m["text"].lower().endswith(DEMONYM_ENDINGS):
            feats.add("demonym")  # "the African nation", "East Asian markets": an adjective, seldom the market itself
            if _w(words, j) in COUNTRY_NOUNS:
                feats.add("demonym_country")  # "the African nation", "the French economy": one country, not named
        if _w(words, j) in HYPHENS or _w(words, i - 1) in HYPHENS:
            feats.add("compound")  # "UK-bound cars", "Japan-made": part of a word, as the rules read it
        if _w(words, i - 1) in LIST_GLUE or _w(words, j) in LIST_GLUE:
            feats.add("in_list")
        for name, value in (("route_origin", origins.route_origin), ("plant_country", origins.plant_country),
                            ("home", origins.home), ("main_country", origins.main_country), ("from_here", origin_here)):
            if value == dest:
                feats.add(f"is_{name}")
        out.append(Candidate(
            destination=dest, label=m["label"], start=m["start"], end=m["end"], sentence_start=ms[0]["sentence_start"],
            sentence_end=ms[0]["sentence_end"], features=sorted(feats), models=models,
            units=units[0] if len(units) == 1 and len(distinct) == 1 else None, origin=origin_here, company=company))
    return out


def _w(words: list[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else "<s>"


def _bucket(gap: int) -> str:
    size = abs(gap)
    band = "1" if size <= 1 else "2-3" if size <= 3 else "4-6" if size <= 6 else "7-12" if size <= 12 else "13+"
    return ("+" if gap > 0 else "-") + band
