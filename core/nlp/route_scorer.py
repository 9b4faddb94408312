"""The learned route scorer: a linear model, trained on annotated stories, that adds the export routes the rules did
not read.

Hand rules read the phrasings they were written for; on stories nobody had read they found a quarter to under half
of the routes. This component scores every candidate of core.nlp.route_candidates (a country or region in a trade
sentence) with weights trained by scripts/train_fact_scorers.py on the annotated sets A to Z and AE to AP (594 stories)
and shipped as data (core/data/route_model.json), and
adds a route to each market scored at or above the model's threshold that no rule route already reaches. The rules'
routes are kept as they are. An added route carries the model's probability as its source's confidence, so the app and
an analyst can tell it from a rule's.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from core.nlp.docindex import doc_text, drop_text
from core.nlp.extensions import register_extensions
from core.nlp.gazetteer import Gazetteer
from core.nlp.linear_model import LinearModel, load_linear_model, model_path
from core.nlp.registry import get_gazetteer
from core.nlp.route_candidates import ArticleOrigins, Candidate, candidates

DEFAULT_MODEL = "route_model.json"


@Language.factory("aw_route_scorer", default_config={"gazetteer": "default", "model": DEFAULT_MODEL})
def make_route_scorer(nlp: Language, name: str, gazetteer: str, model: str) -> RouteScorer:
    register_extensions()
    return RouteScorer(get_gazetteer(gazetteer), load_linear_model(model_path(model)))


class RouteScorer:
    def __init__(self, gaz: Gazetteer, model: LinearModel | None):
        self.gaz, self.model = gaz, model

    def __call__(self, doc: Doc) -> Doc:
        facts = doc._.facts
        if self.model is not None and facts:
            found, origins = candidates(doc, facts, self.gaz)
            if found:
                add_scored_routes(facts, found, origins, self.model, doc_text(doc))
        drop_text(doc)  # the last component: the text the earlier ones shared is not kept on the Doc
        return doc


# Where the rules' lines hold whatever the model scores: a sentence that hedges, plans or denies, or names one model
# as another's version ("a version of the K3 sold in China"); people or parts moved
# with no vehicle, model or figure ("she will be sent to France", "CKD kits shipped to Kenya"); a market written inside
# a compound ("UK-bound") or as the adjective of one country ("the French economy"), or naming an event ("the Bhutan
# motor show"), or part of a company's name or nationality ("GM South America said", "the Japanese carmaker"), or where
# plants stand ("among the plants in Europe"), or a country the cars pass through ("through the port of Bar in
# Montenegro"). A model trained on a few hundred stories had not seen each often enough
# to learn them; on the simulated unseen sets the veto lost no route it found (nor, on A to AX, the three of s29).
VETO_CUES = frozenset(["cue=maybe", "cue=plan", "cue=negation", "cue=naming", "compound", "demonym_country", "event_name",
                       "company_name", "demonym_maker", "plant_place", "transit"])
VEHICLE_CUES = frozenset(["cue=vehicles", "has_models"])


def vetoed(c: Candidate) -> bool:
    features = set(c.features)
    if features & VETO_CUES:
        return True
    if "cue=people" in features and not features & VEHICLE_CUES:
        return True
    return "cue=parts" in features and "has_models" not in features and "has_units" not in features


def add_scored_routes(facts: dict, found: list[Candidate], origins: ArticleOrigins, model: LinearModel, text: str) -> None:
    """Add to `facts` (doc._.facts) a route to each market that some candidate scores at or above the threshold and no
    route reaches yet; its origin, models and units come from the best-scored candidate's sentence."""
    exports = facts.setdefault("exports", [])
    reached = {e.get("destination") for e in exports}
    # a sentence the rules read a route in was parsed: a market they left out of it was left out on purpose ("shipped
    # 2,000 cars to Laos; the Fortuner for Nepal is built in India")
    parsed = {(e["source"]["start"], e["source"]["end"]) for e in exports if e.get("source")}
    best: dict[str, tuple[float, Candidate]] = {}
    for c in found:
        if c.destination in reached or (c.sentence_start, c.sentence_end) in parsed or vetoed(c):
            continue
        p = model.probability(c.features)
        if p >= model.threshold and p > best.get(c.destination, (0.0, None))[0]:
            best[c.destination] = (p, c)
    if not best:
        return
    story_models = _story_models(facts)
    countries = facts.setdefault("countries", [])
    for destination, (p, c) in best.items():
        origin = c.origin or origins.default(c.sentence_start)
        if origin in best and c.origin is None:
            origin = origins.home  # the story's most named country is one of the markets: the maker's home ships
        if not origin or origin == destination:
            continue
        exports.append({
            "company": c.company or origins.main_company, "origin": origin, "destination": destination,
            "models": c.models or story_models, "units": c.units, "by_when": None,
            "source": {"sentence": text[c.sentence_start:c.sentence_end], "start": c.sentence_start,
                       "end": c.sentence_end, "qualifier": "", "confidence": round(p, 3)},
            "evidence": {},
        })
        if c.label == "COUNTRY" and destination not in countries:
            countries.append(destination)


def _story_models(facts: dict) -> list[str]:
    """The models a route whose sentence names none is taken to carry: when the rules read no route, the story's one
    model. Beside the rules' routes, none: "shipped 2,000 Kushaqs to Vietnam. Its exports now reach 25 countries across
    Africa" says nothing of the Kushaq in Africa."""
    if facts.get("exports"):
        return []
    names = [m["name"] for m in facts.get("models") or ()]
    return names if len(names) == 1 else []
