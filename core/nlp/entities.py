"""Entities after the EntityRuler: context decides what the gazetteer alone cannot.

- entities inside boilerplate paragraphs are dropped;
- a model name that is also a word or a first name ("Golf", "Rio") stays a MODEL only beside a
  maker, a vehicle word, a spec, or other models;
- names the gazetteer lacks are found by pattern: a maker followed by a model-like name, a company
  named by a plant or corporate word, a person beside a role or a speech verb. They are kept as
  entities and listed as `Unresolved` for curation.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.docindex import QUANTITIES_KEY, doc_index, doc_text
from core.nlp.extensions import register_extensions
from core.nlp.gazetteer import Gazetteer, Model, fold_accents
from core.nlp.normalise import SCALE_WORDS
from core.nlp.registry import get_gazetteer
from core.nlp.relations.words import US_STATE_CODES

SPEC_LABELS = ("ENGINE", "POWER", "TRANSMISSION")
MONEY = get_string_id("MONEY")
# the last word of a body's or a company's name ("the Industry Ministry", "the Board of Directors")
INSTITUTION_ENDS = lx.INSTITUTION_WORDS | frozenset(["Directors", "Management", "Administration", "Directorate", "Secretariat"])
SAID_VERBS = frozenset(["said", "says", "added", "told"])  # verbs of speech a quoted person's name comes before
TAKE_VERBS = frozenset(["take", "takes", "took", "taking", "taken"])  # "takes over as CEO"
SERVE_VERBS = frozenset(["serves", "served", "serve", "serving"])  # "serves as chairman"
LEAVE_VERBS = frozenset(["resigned", "resigns", "resign", "retired", "retires", "retire", "quit", "quits",  # "resigned as CEO"
                         "departed", "departs", "depart", "left", "leaves", "leave", "exited", "exits"])  # "who has departed as president"
# words between a name and "serves as": "currently serves", "will continue to serve", "has also served"
# "Ana Ruiz will keep the post of chairman", "..., who will fill a newly created position as president": a post held
POST_NOUNS = frozenset(["post", "position", "role", "job", "office"])
POST_VERBS = frozenset(["keep", "keeps", "kept", "keeping", "hold", "holds", "held", "holding", "take", "takes", "took", "taken",
                        "taking", "fill", "fills", "filled", "filling", "assume", "assumes", "assumed", "assuming", "retain",
                        "retains", "retained", "retaining", "occupy", "occupies", "occupied", "occupying", "accept", "accepts",
                        "accepted", "accepting"])
SERVE_AUXILIARIES = frozenset(["currently", "also", "now", "still", "will", "would", "continue", "continues", "to", "has", "had",
                               "have", "previously", "formerly", "already"])
COUNTED_NOUNS = frozenset(["door", "seat", "seater", "row", "speed", "cylinder", "wheel", "litre", "liter", "tonne", "ton",
                           "axle", "star", "year"])  # "3-door", "7-seater": a figure that counts, after a maker
RANGE_NOUNS = frozenset(["range", "family", "brand", "line", "lineup", "line-up", "series", "badge", "marque"])
SUCCESSOR_NOUNS = frozenset(["successor", "successors", "replacement", "predecessor"])  # "a successor to the Leaf"
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "K.", "R.C.", "P.M.": a person's initials written with full stops
ENGINE_LAYOUT = re.compile(r"^[VWIL]-?(?:4|6|8|10|12|16)$")  # "V6", "W12", "V-8": cylinder layouts, also some models' names
DRIVE_CODE = re.compile(r"^\d{1,2}[xX]\d{1,2}$")  # "4x4", "6x2": wheels driven, also some models' names (Lada 4x4)
# "the 4x4 variants", "a 4x4 pickup": the words after a drive code that make it the vehicle's drive, not a model
DRIVE_CODE_NOUNS = frozenset(["variant", "variants", "version", "versions", "model", "models", "trim", "trims", "option",
                              "options", "system", "drive", "drivetrain", "configuration", "layout"])
ENGINE_NOUNS = frozenset(["engine", "engines", "petrol", "diesel", "turbo", "turbocharged", "unit", "units", "powertrain"])


class Label:
    """Entity labels as string ids: rules compare Span.label, an int, where Span.label_ looks the string up on each access."""

    COMPANY, COUNTRY, ENGINE, MODEL, MODEL_AMBIG, PERSON, PLACE, REGION = (
        get_string_id(label) for label in ("COMPANY", "COUNTRY", "ENGINE", "MODEL", "MODEL_AMBIG", "PERSON", "PLACE", "REGION"))
    MODELS = (MODEL, MODEL_AMBIG)
    COMPANY_OR_COUNTRY = (COMPANY, COUNTRY)
    SPECS = tuple(get_string_id(label) for label in SPEC_LABELS)


MAKER_KINDS = ("automaker", "brand", "group", "")
# "the LFP variant", "NMC versions": battery chemistries, written like a model's code
BATTERY_CHEMISTRIES = frozenset(["lfp", "nmc", "ncm", "nca", "lmfp", "lfmp", "lifepo4", "lto"])
LIST_GLUE = (",", "and", "or", "&", "/", "as", "well")
MAKER_NOUNS = frozenset(["carmaker", "automaker", "manufacturer", "assembler", "startup", "start-up", "maker"])
MAKER_VERBS = frozenset(
    "build builds assemble assembles produce produces make makes manufacture manufactures open opens invest invests "
    "launch launches".split()
)
# verbs whose object is a vehicle: an ambiguous model name right after one is a model ("builds the CLA")
OBJECT_VERBS = MAKER_VERBS | frozenset(
    "built building assembled assembling produced producing made making manufactured manufacturing launched launching "
    "unveiled unveils unveil".split()
)
# words between a verb of making and the model it makes: "builds the updated X", "assembles the next-generation X"
MODEL_MODIFIERS = frozenset(["updated", "facelifted", "redesigned", "latest", "current", "future", "next", "refreshed",
                             "hybrid", "compact", "revised", "generation", "wheelbase", "seat", "seater"])
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# the words that open what a speaker said: "Ana Ruiz said that ...", "... said his company ...", "... told reporters"
SPEECH_OPENERS = frozenset(["that", "his", "her", "the", "its", "their", "it", "he", "she", "they", "reporters", "on", "in", ":"])
# plural nouns a group of speakers is named by ("Industry Analysts said"): no person's name
GROUP_NOUNS = frozenset(["analysts", "officials", "experts", "sources", "executives", "economists", "observers", "critics",
                         "insiders", "dealers", "investors", "workers", "residents", "authorities", "reports", "data",
                         "figures", "statistics", "estimates", "researchers", "unions", "employees", "managers", "leaders"])
DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"])
# the words of a legal form written out ("Limited Liability Company", "Joint Stock Company"): no company's name alone
LEGAL_FORM_WORDS = frozenset(["limited", "liability", "company", "joint", "stock", "joint-stock", "public", "private", "closed",
                              "open", "corporation", "partnership", "-", "unitary", "enterprise", "state"])
PROMOTED_WORDS = frozenset(["promoted", "moved", "elevated", "transferred"])  # "has been promoted from sales director"
# adverbs that open a sentence before a comma and its subject ("Also, Ana Ruiz will become ...")
SENTENCE_ADVERBS = frozenset(["also", "meanwhile", "separately", "additionally", "furthermore", "moreover", "however", "likewise",
                              "besides", "elsewhere", "then", "now", "previously", "earlier", "later", "today"])
# a photo caption's position of a person ("(L)", "(2nd R)", "(centre)"): the words inside the brackets
PHOTO_POSITION_WORDS = frozenset(["l", "r", "c", "left", "right", "centre", "center", "middle", "front", "back", "rear", "2nd",
                                  "3rd", "second", "third", "from", "top", "bottom"])
# words before a month's name that make it a date ("in March", "since March", "early March", "last March")
MONTH_DATE_WORDS = frozenset(["in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "end", "last", "next",
                              "this", "before", "after", "on", "during", "through", "to", "between", "each", "every", "that"])
PRODUCTION_NOUNS = frozenset(["production", "assembly", "manufacturing", "output", "launch", "exports", "sales"])
def key_of(span: Span) -> str:
    """The entity a span stands for: `id_` on a span made here, `ent_id_` once it is in doc.ents."""
    return span.id_ or span.ent_id_


POSSESSOR_NOUNS = frozenset(["capital", "country", "city", "state", "region", "province", "kingdom", "republic"])
# "who heads GWM's international business", "who chairs the union branch": a title given by a verb
HEAD_VERBS = {"heads": "head", "leads": "head", "runs": "head", "chairs": "chair", "manages": "manager", "directs": "director"}
HEAD_VERB_WORDS = frozenset(HEAD_VERBS)
REGION_NOUNS = frozenset(["region", "province", "oblast", "state", "county", "district", "prefecture", "governorate", "republic", "krai", "territory"])
# "Director of the plant Ruslan Aliyev": the workplace a translated title names before the person
WORKPLACE_NOUNS = frozenset(["plant", "factory", "company", "enterprise", "board", "holding", "concern"])
# "the National Road Safety Council": the head noun of a public body's name, after words that could be a portfolio
PLACE_NAME_HEADS = frozenset(["county", "city", "province", "district", "region", "state", "valley", "bay", "port"])  # "Spartanburg County"
BODY_NOUNS = frozenset(["council", "agency", "authority", "association", "commission", "bureau", "institute", "federation",
                        "chamber", "organisation", "organization", "corporation", "society", "union", "centre", "center", "fund"])
PUBLIC_OFFICE_NOUNS = frozenset(["department", "ministry", "office", "directorate"])  # "the Provincial Department of ..."
# "Director General of JSC Kama Motors": a legal form written before the company's name
LEGAL_FORMS = frozenset(["JSC", "OJSC", "CJSC", "PJSC", "LLC", "OOO", "OAO", "ZAO", "AO", "PT", "SC"])
# "was named president", "has been promoted to vice chairman": the participles of a passive appointment
PASSIVE_APPOINTING = frozenset(["named", "appointed", "promoted", "elevated", "tapped", "picked", "chosen", "selected", "elected",
                                "reappointed", "re-appointed", "confirmed"])
ANNOUNCED_AS = frozenset(["announced", "confirmed", "unveiled", "introduced", "revealed"])  # "X was announced as its CEO"
POST_OWNER_NOUNS = frozenset(["company", "group", "firm", "carmaker", "automaker", "manufacturer", "brand", "maker"])
APPOINTING_VERBS = frozenset(["named", "appointed", "names", "appoints", "promoted", "promotes", "hired", "hires", "tapped", "picked", "confirmed"])
SITE_HEADS = frozenset(["park", "zone", "estate", "area", "city", "cluster"])  # "Industrial Park", "Industrial Zone"
GENERIC_ZONE_WORDS = SITE_HEADS | frozenset(["special", "economic", "free", "industrial", "trade", "export", "processing",
                                             "development", "technology", "investment", "business"])
BOARD_KINDS = frozenset(["management", "supervisory", "executive", "advisory", "directors"])
# words before a town's name ("a plant in Santiago"): a capitalised word after them is no first name
PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "from", "to", "of", "outside", "around", "across", "into", "via", "between",
                                "through", "towards", "toward", "the", "a", "an", "its", "their", "his", "her"])
# "demand for Commercial Vehicles", "Electric Vehicles": a class of vehicles written in capitals, no company's name
VEHICLE_CLASS_NAMES = frozenset(["commercial", "electric", "passenger", "light", "heavy", "utility", "autonomous", "used",
                                 "new", "energy", "special", "sport", "hybrid", "luxury", "connected"])
ALLIANCE_WORDS = frozenset(["alliance", "consortium", "partnership", "venture", "foundation", "association", "union"])
DISPLACEMENT = re.compile(r"\d\.\d")  # "1.0", "2.8": an engine's size in litres
THOUSANDS_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+")  # "70,000": a figure written with thousands separators
SAINT = frozenset(["St.", "St", "Ste."])  # inside a surname: "St. Angelo", "Ste. Marie"
# words that end a company's or a division's name, never a person's ("Acme Powertrain Technologies")
ORG_NAME_WORDS = frozenset(["Technologies", "Technology", "Systems", "Solutions", "Services", "Powertrain", "Logistics",
                            "Electronics", "Components", "Ventures", "Mobility", "International", "Operations", "Motors",
                            "Automotive", "Industries", "Holdings", "Manufacturing"])
# "who will be named", "who has been appointed", "who is set to be promoted": words between "who" and the verb
CLAUSE_AUXILIARIES = frozenset(["will", "would", "shall", "be", "been", "has", "have", "had", "is", "was", "set", "to",
                                "also", "now", "later", "soon", "then", "expected", "due"])
SUCCESSION_VERBS = frozenset(["replaces", "replacing", "replaced", "succeeds", "succeeding", "succeeded", "succeed", "replace"])
PLANT_MODIFIERS = frozenset(["assembly", "manufacturing", "production", "car", "vehicle", "truck", "bus", "engine", "stamping"])
# the words of a vehicle plant's own name after its town: "the Warren Truck Assembly Plant", "the Toledo Assembly Complex"
PLANT_TITLE_WORDS = frozenset(["assembly", "truck", "vehicle", "car", "auto", "manufacturing"])
PLANT_TITLE_NOUNS = frozenset(["plant", "factory", "complex", "assembly"])
PARTS_TITLE_WORDS = frozenset(["engine", "battery", "transmission", "stamping", "parts", "components", "cell", "powertrain", "axle"])
PLANT_NAME_OPENERS = frozenset(["the", "its", "their", "'s", "’s"])
OWNER_NOUNS = frozenset(["company", "group", "carmaker", "automaker", "firm", "manufacturer", "maker"])  # "the company's X plant"
CORPORATE_LOWER = frozenset(w.lower() for w in lx.CORPORATE_SUFFIXES)
MONTH_OPENERS = frozenset(["in", "since", "by", "from", "until", "till", "of", "last", "next", "early", "late", "mid", "end", "this", "during", "before", "after", "between", "and", "to", "-"])
PERIOD_CODES = frozenset(["H1", "H2", "Q1", "Q2", "Q3", "Q4"])
# "its upcoming SP2i SUV": the words before a project code and the body style after it
CODE_NAME_OPENERS = frozenset(["its", "the"])
# "currently code-named Project Gravity", "with a concept name of Invitation": the words that give a vehicle's working
# name (lower case, the tokens as written before the name)
NAMING_CUES = (("code", "-", "named"), ("codenamed",), ("code", "named"), ("codename",), ("code", "name"),
               ("code", "name", "of"), ("concept", "name", "of"), ("project", "name", "of"), ("working", "name", "of"),
               ("working", "title", "of"))
NAMING_CUE_ENDS = frozenset(cue[-1] for cue in NAMING_CUES)
CODE_NAME_MODIFIERS = frozenset(["upcoming", "new", "all-new", "next", "forthcoming", "planned"])
BODY_STYLE_WORDS = frozenset(["suv", "sedan", "hatchback", "crossover", "pickup", "mpv", "coupe", "minivan", "saloon"])
GENERIC_PLACE_WORDS = frozenset(["south", "north", "east", "west", "kingdom", "republic", "emirate", "state", "capital", "region", "midwest", "country",
                                 # an administrative unit's word before its name: "in the Municipality of Xyz"
                                 "municipality", "county", "province", "district", "prefecture", "city", "town", "village",
                                 # "in New Brazil Factory", "situated at Plot No. A-16": a headline's adjective, a land plot's number
                                 "new", "plot", "no"])
# a part of the globe, no site: "the largest plant in the Southern Hemisphere", "the biggest factory in the Western World"
# the capitalised words that close a plant's name after its town: "Auto Plant", "Engine Plant", "Assembly Plant"
PLANT_NAME_WORDS = frozenset(["auto", "assembly", "engine", "vehicle", "motor", "truck", "plant", "factory", "works"])
GLOBE_PART_HEADS = frozenset(["hemisphere", "world", "globe"])
GROUP_KINDS = frozenset(["investment", "holding", "industrial", "dealer", "dealership", "equity", "private-equity", "business", "engineering"])
# generic words a company's name goes on with after the demonym that opens it ("Saudi National Automobile")
DEMONYM_NAME_WORDS = frozenset(["national", "international", "general", "united", "state", "federal", "royal", "new",
                                "first", "arab", "trade", "trading", "investment", "development", "car", "cars", "truck",
                                "trucks", "bus", "buses", "engineering", "commercial", "heavy", "electric", "mobility",
                                "energy", "industry", "steel", "metal", "machinery", "machine", "tractor", "rail"])
NAME_TAILS = frozenset(["Assembly", "Works", "Assemblers"])  # after a corporate word: "Auto Assembly", "Motor Works"
NON_COMPANY_HEADS = frozenset(
    ["workers", "worker", "union", "association", "council", "federation", "chamber", "ministry", "industry", "design",
     "development", "plan", "policy", "programme", "program", "strategy", "zone", "cluster", "park", "sector", "show",
     "expo", "awards", "week", "news", "magazine", "review", "city", "estate", "area",
     "report", "wire", "journal", "daily", "weekly", "today", "times", "digest"]  # "(Gulf Auto Wire)": a publication  # "M-3 Industrial City": a place
)
# "the compact urban commercial vehicle Carrying": lower-case words opening a model's description before its name
CLASSING_WORDS = lx.VEHICLE_CLASS_WORDS | frozenset(["urban", "commercial", "universal", "light", "heavy", "new", "all-new",
                                                      "pickup", "vehicle", "sedan", "suv", "crossover", "hatchback", "van"])
NAMED_VEHICLE_NOUNS = frozenset(["vehicle", "sedan", "suv", "crossover", "hatchback", "pickup", "van", "truck", "minivan", "mpv",
                                 "coupe", "wagon", "minibus", "bus"])
# "compatible with Apple CarPlay and Android Auto": a phone-mirroring system named like a company ("X Auto")
SOFTWARE_NAMES = frozenset(["Android Auto", "Android Automotive"])
LINEAGE_NOUNS = frozenset(["platform", "body", "underpinnings", "architecture", "structure", "chassis", "mechanicals"])
# legal forms a registry writes in capitals after a name in capitals ("ACME MOTOR CO., LTD.")
# (not the two-letter codes: "BMW SA" is BMW's South African arm, "... FOR DAIMLER SA TO THE US" a headline)
CAPITAL_LEGAL_FORMS = frozenset(w.lower() for w in lx.ABBREVIATED_LEGAL_FORMS) | frozenset(
    w.lower() for w in lx.LEGAL_FORM_CODES if len(w) > 2) | {"jsc", "corporation", "limited"}
COMPANY_RULE_WORDS = lx.NAMING_WORDS | MAKER_NOUNS | CORPORATE_LOWER  # words that open a rule of _new_companies
NAMED_AFTER = lx.COMPANY_NOUNS | {"been", "is", "was", ","}  # "a plant called X", "is known as X"
SITE_PREPOSITIONS = frozenset(["in", "at", "near"])
POSSESSIVE_MARKS = frozenset(["'s", "’s"])
THE = frozenset(["the"])
NAME_FOLLOWERS = frozenset(["is", "was", "has", "had", "will", "remains", "stays", "and", "or", "sells", "gets", "uses", "'s", "’s"])
PLATFORM_CUES_BY_LAST = {w: tuple(c for c in lx.PLATFORM_CUES if c[-1] == w) for w in {cue[-1] for cue in lx.PLATFORM_CUES}}
BY = frozenset(["by"])
POSSESSOR_OR_OWNER = POSSESSOR_NOUNS | OWNER_NOUNS
FOUNDED = frozenset(["founded", "co-founded", "cofounded", "established", "started"])
# "the company presided by Ana Ruiz", "a firm owned by Kofi Mensah": the post a participle before "by" gives the person
HELD_BY = {"presided": "president", "chaired": "chairman", "headed": "head", "owned": "owner", "controlled": "controlling shareholder"}
QUESTION = frozenset(["question", "questions"])
# the country short forms (lexicon), lowercased: what DocIndex.positions looks words up by
COUNTRY_SHORT_FORMS_LOWER = frozenset(form.lower() for form in lx.COUNTRY_SHORT_FORMS)


@Language.factory("aw_entities", default_config={"gazetteer": "default"})
def make_entity_resolver(nlp: Language, name: str, gazetteer: str) -> EntityResolver:
    register_extensions()
    return EntityResolver(nlp, get_gazetteer(gazetteer))


class EntityResolver:
    def __init__(self, nlp: Language, gaz: Gazetteer):
        self.gaz = gaz
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # "vice president" is also written "vice-president"; "Gov." stands for a governor
        written = {v for r in gaz.roles for v in _hyphen_variants(r)} | set(lx.ROLE_ABBREVIATIONS)
        self.roles.add("ROLE", list(nlp.tokenizer.pipe(sorted(written))))
        self.role_words = {w for role in gaz.roles for w in role.split()}
        # the plurals of a role's last words ("directors", "presidents" of "vice president"): the only words that
        # can open a title in the plural before a list of names (_plural_title_names)
        tails = {role[i + 1:] for role in gaz.roles for i, c in enumerate(role) if c == " "} | set(gaz.roles)
        self.plural_role_tails = frozenset(tail + "s" for tail in tails if len(tail) >= 3)
        # countries the gazetteer also knows as "Kingdom of ...": the ones a local paper calls "the Kingdom"
        self.kingdoms = {c for surface, c in gaz.countries.items() if surface.startswith("Kingdom of ")}
        self._counted: tuple[list[Span], int, Span | None, set[int]] | None = None  # _tokens_of's last answer
        self._one_word_companies: set[int] = set()  # see _people

    def __call__(self, doc: Doc) -> Doc:
        self.index = index = doc_index(doc)
        self._counted = None
        self._one_word_companies = set()
        # the quantities' Spans, made once (a SpanGroup makes new ones on each pass): the list aw_quantities kept
        group = doc.spans.get("quantities", [])
        kept = doc.user_data.pop(QUANTITIES_KEY, None)
        self._quantities = quantities = kept if kept is not None and len(kept) == len(group) else list(group)
        unresolved: list[Unresolved] = []
        ents = [e for e in doc.ents if not index.is_boilerplate(e.start) and index.span_text(e.start, e.end) not in self.gaz.dismissed
                and not _period_code(doc, e)]
        # "300 million U.S. dollars", "2 billion Hong Kong dollars": a currency's country takes no part in the story
        money = [(q.start, q.end) for q in quantities if q.label == MONEY]
        if money:
            ents = [e for e in ents if not (e.label == Label.COUNTRY and any(s <= e.start and e.end <= t for s, t in money))]
        # "JAKARTA, NNA – PT Isuzu Astra ...": a wire's dateline names the news agency, not a company, wherever it is written
        agencies = {index.span_text(e.start, e.end) for e in ents if e.label == Label.COMPANY and self._dateline_agency(doc, e)}
        if agencies:
            ents = [e for e in ents if not (e.label == Label.COMPANY and index.span_text(e.start, e.end) in agencies)]
        # "said Dana Whitfield, an analyst": a one-word company name that is a first name here
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and e.start > 0
                                        and (index.lower[e.start - 1] in lx.SPEECH_VERBS or self._after_a_title(doc, e)
                                             or self._after_an_honorific(e.start) or self._surname_stands_alone(e)
                                             or self._first_of_three_names(doc, e))
                                        and self._looks_like_person(doc, e))]
        # "the Steyr-Daimler-Puch operations": a one-word company's name joined by hyphens to capitalised words on both
        # sides is a word of another firm's name
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and self._inside_hyphened_name(doc, e))]
        # "Coun Antony Mullen is ...": an honorific and a first name before a one-word company's name: the surname
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and self._honorific_surname(doc, e))]
        # "Alabama Governor Robert Bentley ... Governor Bentley said": a surname after a title, the person named in full
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and e.start > 0 and self._titled_surname(doc, e))]
        ents = [self._brand_as_model(doc, e) if e.label == Label.COMPANY and len(e) == 1 else e for e in ents]
        ents = self._short_names_of_named_companies(doc, ents)
        self._mentioned_companies = {key_of(e) for e in ents if e.label == Label.COMPANY}
        ents = self._resolve_ambiguous_models(doc, ents)
        covered = {i for e in ents for i in range(e.start, e.end)}
        # "said Ciro Montenegro, president": a one-word model's or country's name as a speaker's surname
        ents = [e for e in ents if not (e.label in (Label.MODEL, Label.COUNTRY) and self._surname(doc, e, covered))]
        ents = self._countries_or_states(doc, ents)
        ents = self._company_named_town(doc, ents)
        # "said Danish Lodhi, chief executive of ...": a demonym that is a person's first name
        ents = [e for e in ents if not (e.label == Label.COUNTRY and len(e) == 1 and self._demonym_first_name(doc, e, covered))]
        place_ends = {e.end for e in ents if e.label == Label.PLACE}
        ents = [e for e in ents if not (e.label == Label.PLACE and e.start in place_ends and self._plant_name_word(doc, e))]
        # "the new Van Assembly Plant", "the Truck Plant": a kind of vehicle opening a plant's name, no town
        ents = [e for e in ents if not (e.label == Label.PLACE and len(e) == 1 and e.text.lower() in lx.VEHICLE_WORDS
                                        and e.end + 1 < len(doc) and doc[e.end].is_title and doc[e.end].lower_ in ("assembly", "plant", "factory"))]
        if "the Kingdom" in doc_text(doc):
            ents += self._the_kingdom(doc, ents)
        if any(form in doc_text(doc) for form in lx.COUNTRY_SHORT_FORMS):
            ents += self._country_short_forms(doc, ents)
        company_ending: dict[int, Span] = {}  # the first company entity ending at each token: one lookup per model name
        for e in ents:
            if e.label == Label.COMPANY:
                company_ending.setdefault(e.end, e)
        ents = [self._maker_before(doc, e, company_ending.get(e.start)) if e.label == Label.MODEL else e for e in ents]
        if self.index.positions(PLANT_TITLE_NOUNS | {"facility"}):
            ents += self._named_plant_towns(doc, ents, unresolved)
        ents += self._new_models(doc, ents, unresolved)
        ents += self._numbered_siblings(doc, ents)
        if ".ev" in doc_text(doc):
            ents += self._dotted_variants(doc, ents)
        ents += self._number_named_again(doc, ents)
        ents += self._models_by_apposition(doc, ents, unresolved)
        ents += self._code_names(doc, ents, unresolved)
        ents += self._cued_working_names(doc, ents, unresolved)
        ents += self._named_again(doc, ents)
        ents += self._new_companies(doc, ents, unresolved)
        ents += self._capitalised_legal_names(doc, ents, unresolved)
        if "(" in self.index.lower:
            ents += self._acronyms(doc, ents)
        ents += self._new_places(doc, ents, unresolved)
        ents += self._listed_plant_names(doc, ents, unresolved)
        ents += self._owned_sites(doc, ents, unresolved)
        people = self._people(doc, ents)
        # a Span equals an entity only on the same tokens: a set lookup first, Span comparisons (tuples of six) only then
        bounds = {(e.start, e.end) for e in ents}
        ents += [p[0] for p in people if p[0].label == Label.PERSON and ((p[0].start, p[0].end) not in bounds or p[0] not in ents)]
        # what `doc.ents = ...` does, without making each Span again; set_ents skips spans without a label
        final = [e for e in filter_spans(ents) if e.label and not (e.label == Label.COMPANY and self._starts_another_name(doc, e))]
        doc.set_ents(final, default="outside")
        self._counted = None  # let the Doc go with its entities
        kept = {(e.start, e.end) for e in final}
        # a number inside a model name found here ("Zentara 9 SUV") is part of the name, not a figure
        in_models = {i for e in final if e.label == Label.MODEL for i in range(e.start, e.end)}
        if any(q.start in in_models for q in quantities):  # the figure itself, not the words it counts
            doc.spans["quantities"] = [q for q in quantities if q.start not in in_models]
        doc._.people = [p for p in people if (p[0].start, p[0].end) in kept]
        doc._.unresolved = [u for u in unresolved if u.text not in self.gaz.dismissed]
        return doc

    def _short_names_of_named_companies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Volvo Trucks has begun ... Volvo quotes a range of 300 km': a short name the gazetteer gives one company as an
        alias ('Volvo': Volvo Cars) is the company the story names in full with those words first ('Volvo Trucks':
        Volvo Group; 'Daimler Truck' after 'Daimler'), when the story never names the first company otherwise and the
        second is not the first's own unit ('GM Korea ... GM said': General Motors, its parent)."""
        companies = [e for e in ents if e.label == Label.COMPANY]
        if len(companies) < 2:
            return ents
        texts = [(self._text(e), key_of(e)) for e in companies]
        out = ents
        for short, key in set(texts):
            info = self.gaz.companies.get(key)
            if info is None or short == info.name or " " in short:
                continue
            if any(k == key and t != short for t, k in texts):
                continue  # "Volvo Cars ... Volvo": the first company named in full too
            longer = {k for t, k in texts if k != key and t.startswith(short + " ")}
            if len(longer) != 1:
                continue
            other = next(iter(longer))
            if self.gaz.group_of(other) == self.gaz.group_of(key) or other not in self.gaz.companies:
                continue  # "GM Korea ... GM": a unit of the company and the company itself
            out = [Span(doc, e.start, e.end, label="COMPANY", span_id=other) if e.label == Label.COMPANY and key_of(e) == key
                   and self._text(e) == short else e for e in out]
        return out

    def _demonym_first_name(self, doc: Doc, e: Span, covered: set[int]) -> bool:
        """'said Danish Lodhi, chief executive of X', 'Danish Lodhi, chief executive of X, said': a demonym before a
        capitalised word no entity holds, the two a name that a speech verb or a title goes with."""
        text, lower, n = self.index.text, self.index.lower, len(doc)
        k = e.end
        if k + 2 >= n or k in covered or not text[k].istitle() or not text[k].isalpha() or lower[k] in STOP_WORDS:
            return False
        if self._text(e) not in self.gaz.demonyms:
            return False
        titled = text[k + 1] == "," and (lower[k + 2] in self.role_words or lower[k + 2] in ("the", "a", "an") and k + 3 < n
                                          and lower[k + 3] in self.role_words)
        return titled or e.start > 0 and lower[e.start - 1] in lx.SPEECH_VERBS

    def _tokens_of(self, ents: list[Span]) -> set[int]:
        """{i for e in ents for i in range(e.start, e.end)}, as a new set. __call__'s rules each ask this of the one
        list of entities, which they only append to: the tokens of the entities counted before are kept, and only the
        new ones read (each read is two Span attributes and a range)."""
        counted = self._counted
        if counted is not None and counted[0] is ents and len(ents) >= counted[1] and (not counted[1] or ents[counted[1] - 1] is counted[2]):
            tokens = counted[3]
            for e in ents[counted[1]:]:
                tokens.update(range(e.start, e.end))
        else:
            tokens = {i for e in ents for i in range(e.start, e.end)}
        self._counted = (ents, len(ents), ents[-1] if ents else None, tokens)
        return set(tokens)

    def _text(self, span: Span) -> str:
        """Span.text, sliced from the doc's text (Span.text joins the span's tokens on each access)."""
        return self.index.span_text(span.start, span.end)

    # -- models ------------------------------------------------------------------------------
    def _resolve_ambiguous_models(self, doc: Doc, ents: list[Span]) -> list[Span]:
        spec_sents = {self.index.sent_bounds(q.start)[0] for q in self._quantities if q.label in Label.SPECS}
        # "a 3.0-litre V6", "its 2.8 V8": a name right after an engine size is the engine's layout
        self._engine_ends = {q.end for q in self._quantities if q.label == Label.ENGINE}
        model_idx = {i for e in ents if e.label in Label.MODELS for i in range(e.start, e.end)}
        self._company_keys = [(e.start, key_of(e)) for e in ents if e.label == Label.COMPANY]
        # "the Nissan LEAF ..., the Juke launch": a maker written as part of a model's name is named there too
        self._company_keys += [(e.start, key_of(e).split("|", 1)[0]) for e in ents if e.label == Label.MODEL and self._written_with_maker(e)]
        # a bare name several makers share ("Trax": Chevrolet, Holden) carries the first maker's key, which says nothing
        self._model_keys = [(e.start, key_of(e)) for e in ents if e.label == Label.MODEL and "|" in key_of(e)
                            and len(self.gaz.makers_of(self._text(e))) <= 1]
        confirmed: set[str] = set()
        # "the Chevrolet Cobalt ... the Cobalt": a name already read as this model with its maker
        named = {key_of(e) for e in ents if e.label == Label.MODEL}
        # "the Ford Ranger ... the Ranger": the same name, whichever maker's key the bare name carries (Hino has a Ranger too)
        named_names = {key_of(e).split("|", 1)[-1] for e in ents if e.label == Label.MODEL}
        self._named_models = named
        self._story_makers: Counter[str] | None = None  # how often the story names each maker, counted when first asked
        self._ambiguous_names = [(e.start, self._text(e)) for e in ents if e.label == Label.MODEL_AMBIG]
        # models named so that the words say which maker's: "Holden Trax", not a bare "Trax" that carries its first maker's key
        self._named_in_full = {key_of(e) for e in ents if e.label == Label.MODEL and len(self.gaz.makers_of(self._text(e))) <= 1}
        for ent in ents:
            if ent.label == Label.MODEL_AMBIG and self._styled_in_capitals(ent) and self._first_word_of_longer_name(doc, ent):
                continue
            if ent.label == Label.MODEL_AMBIG and self._month_as_date(doc, ent):
                continue  # "in March and May 2010": a date says nothing of a model named like a month
            if ent.label == Label.MODEL_AMBIG and (key_of(ent) in named or self._text(ent) in named_names
                                                or self._model_context(doc, ent, spec_sents, model_idx)
                                                or self._model_of_story_maker(doc, ent)):
                confirmed.add(self._text(ent))
        out = []
        for ent in ents:
            if ent.label != Label.MODEL_AMBIG:
                out.append(ent)
            elif self._text(ent) in confirmed and (self._named_version(doc, ent) or not self._looks_like_person(doc, ent)) \
                    and not self._bare_layout(doc, ent) and not self._numbered_vessel(doc, ent) and not self._month_as_date(doc, ent) \
                    and not self._drive_code(doc, ent):
                out.append(Span(doc, ent.start, ent.end, label="MODEL", span_id=self._pick_model(doc, ent)))
        return [self._with_trim(doc, self._with_model_key(doc, e)) if e.label == Label.MODEL else e for e in out]

    def _maker_in_other_case(self, doc: Doc, ent: Span) -> bool:
        """'Seat Ibiza', 'Saipa Pride', 'Kamaz 5490': the word right before a model's name is its maker's name, which the
        gazetteer writes in capitals (SEAT, SAIPA), written in title case as many papers do."""
        if ent.start == 0:
            return False
        prev = doc[ent.start - 1]
        if not (prev.is_title and prev.is_alpha and len(prev) >= 3) or prev.ent_type_:
            return False
        upper = prev.text.upper()
        return any(s == upper for m in self.gaz.makers_of(self._text(ent)) for s in self.gaz.surfaces_of(m.maker))

    def _month_as_date(self, doc: Doc, ent: Span) -> bool:
        """'said in March', 'by March 2026', 'March 3', '12 March': a model's name that is a month's (Nissan's March)
        written as a date: after a preposition or adverb of time or a day's number, or before a figure."""
        lower = self.index.lower
        if lower[ent.start] in WEEKDAYS and len(ent) == 1:
            return self._weekday_as_date(ent)
        if lower[ent.start] not in lx.MONTHS:
            return False
        before = lower[ent.start - 1] if ent.start > 0 else ""
        after = doc[ent.end] if ent.end < len(doc) else None
        if before in ("and", "or", "-", "–", "to") and ent.start >= 2 and lower[ent.start - 2] in lx.MONTHS:
            return True  # "between January and March", "January-March"
        if ent.end + 1 < len(doc) and lower[ent.end] in ("and", "or", "-", "–", "to") and lower[ent.end + 1] in lx.MONTHS:
            return True  # "in March and May 2010"
        return before in MONTH_DATE_WORDS or ent.start > 0 and doc[ent.start - 1].like_num or after is not None and after.like_num

    def _weekday_as_date(self, ent: Span) -> bool:
        """'Acme said Friday', 'on Friday', 'last Friday': a model's name that is a weekday's (Forthing's Friday) written
        as a date: after a verb of speech or a word of time, or a comma or full stop right after it ('..., Acme said
        Friday.')."""
        lower = self.index.lower
        before = lower[ent.start - 1] if ent.start > 0 else ""
        after = lower[ent.end] if ent.end < len(lower) else ""
        return before in MONTH_DATE_WORDS or before in lx.SPEECH_VERBS or before in SAID_VERBS or after in (".", ",", ";")

    def _model_of_story_maker(self, doc: Doc, ent: Span) -> bool:
        """'Proton ... is the Saga, followed by the X70', 'demand for its Commodore range': a name the gazetteer gives
        several makers (or that is also a word) is the model of the one of them the story names: a code with a figure
        ('X70') when that maker is named once, a word ('Saga') after 'the' or 'its' when it is named twice and the word
        is no part of a longer proper name ('Project Gravity'); never a first name before a surname."""
        if self._story_makers is None:
            self._story_makers = Counter(key for _, key in self._company_keys)
        text = self._text(ent)
        named = [m.maker for m in self.gaz.makers_of(text) if self._story_makers.get(m.maker)]
        if len(set(named)) != 1 or self._looks_like_person(doc, ent):
            return False
        if any(c.isdigit() for c in text):
            return True  # "the Nord A5 SUV": a code after the first word of its maker's name
        return (ent.start > 0 and self.index.lower[ent.start - 1] in ("the", "its") and self._story_makers[named[0]] >= 2
                and not self._inside_a_name(doc, ent))

    @staticmethod
    def _first_word_of_longer_name(doc: Doc, ent: Span) -> bool:
        """'Sinotruk's HOWO range', 'the HOWO TX tipper': a name in capitals that opens a range's or a longer name."""
        after = doc[ent.end] if ent.end < len(doc) else None
        return after is not None and (after.lower_ in RANGE_NOUNS or after.is_upper and after.is_alpha or after.like_num)

    def _written_with_maker(self, ent: Span) -> bool:
        """'Nissan LEAF', 'Ford Ranger': a model entity whose words begin with its maker's name."""
        key = key_of(ent)
        if "|" not in key:
            return False
        text = self._text(ent)
        return any(text.startswith(s + " ") for s in self.gaz.surfaces_of(key.split("|", 1)[0]))

    def _countries_or_states(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Georgia' is a US state in a story about the US, and the country otherwise.

        A name that is both a country and a place of another country reads as the place when the
        article names that other country (or its places) and nothing else of the first one.
        """
        countries = [e for e in ents if e.label == Label.COUNTRY and self._text(e) in self.gaz.places]
        if not countries:
            return ents
        named = {key_of(e) for e in ents if e.label == Label.COUNTRY and self._text(e) not in self.gaz.places}
        named |= {self.gaz.places[self._text(e)].country for e in ents if e.label == Label.PLACE and self._text(e) in self.gaz.places}
        out = []
        for e in ents:
            place = self.gaz.places.get(self._text(e)) if e in countries else None
            if place is not None and place.country in named and key_of(e) not in named:
                e = Span(doc, e.start, e.end, label="PLACE", span_id=place.name)
            out.append(e)
        return out

    def _company_named_town(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Honda's plant in Lincoln ... vehicles from Lincoln": a one-word company's name that is also a town, written
        after a plant noun and 'in', is the town there and wherever a preposition of place comes before it."""
        lower = self.index.lower
        towns = {self._text(e) for e in ents if e.label == Label.COMPANY and len(e) == 1 and e.start >= 2
                 and lower[e.start - 1] in ("in", "at", "near") and lower[e.start - 2] in lx.PLANT_NOUNS
                 and self._text(e) in self.gaz.town_countries}
        if not towns:
            return ents
        return [Span(doc, e.start, e.end, label="PLACE", span_id=self._text(e)) if e.label == Label.COMPANY and self._text(e) in towns
                and lower[e.start - 1] in ("in", "at", "near", "from") else e for e in ents]

    def _the_kingdom(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Hyundai shipped 9,000 cars to the Kingdom': a story about Saudi Arabia or Morocco names its country so,
        the kingdom the article names most."""
        named = [key_of(e) for e in ents if e.label == Label.COUNTRY]
        named += [self.gaz.places[self._text(e)].country for e in ents if e.label == Label.PLACE and self._text(e) in self.gaz.places]
        counts = Counter(c for c in named if c in self.kingdoms)  # the kingdom the article names most, with its towns
        if not counts:
            return []
        country = counts.most_common(1)[0][0]
        taken = self._tokens_of(ents)
        return [Span(doc, i, i + 1, label="COUNTRY", span_id=country) for i, w in enumerate(self.index.lower)
                if w == "kingdom" and i > 0 and self.index.lower[i - 1] == "the" and doc[i].text == "Kingdom"
                and i not in taken and not self.index.is_boilerplate(i)]

    def _country_short_forms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'shipped from SA into Africa', 'SA-built vehicles', 'sold in SA': in a story that names South Africa (itself or
        its towns) and not Saudi Arabia, 'SA' standing on its own is South Africa; not a legal form after a name
        ('Renault SA', 'Toyota SA' are read as companies before) nor a word of a capitalised name ('Xyz SA')."""
        # the tokens written as a short form (the text holds one as often inside a word: "USA", "NASA", "SAIC")
        text = self.index.text
        written = [i for i in self.index.positions(COUNTRY_SHORT_FORMS_LOWER) if text[i] in lx.COUNTRY_SHORT_FORMS]
        if not written:
            return []
        named = {key_of(e) for e in ents if e.label == Label.COUNTRY}
        named |= {self.gaz.places[self._text(e)].country for e in ents if e.label == Label.PLACE and self._text(e) in self.gaz.places}
        taken = self._tokens_of(ents)
        out = []
        for i in written:
            forms = lx.COUNTRY_SHORT_FORMS[text[i]]
            if i in taken or forms[0] not in named or forms[1] in named or self.index.is_boilerplate(i):
                continue
            if i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
                continue  # "Xyz SA": the legal form of a name the gazetteer does not hold
            out.append(Span(doc, i, i + 1, label="COUNTRY", span_id=forms[0]))
        return out

    def _maker_before(self, doc: Doc, ent: Span, prev: Span | None) -> Span:
        """'Renault Express': a maker written just before a model name (`prev`, the company entity ending where the
        model's begins) decides whose model it is."""
        if prev is None:
            return ent
        info = self.gaz.companies.get(key_of(prev))
        model = self.gaz.models.get(key_of(ent))
        if info is None or info.kind not in MAKER_KINDS or model is None:
            return ent
        owners = {model.maker, self.gaz.companies[model.maker].parent if model.maker in self.gaz.companies else ""} - {""}
        if (info.name in owners or info.parent in owners) and not self._sibling_brand(info.name, model):
            return ent
        return Span(doc, ent.start, ent.end, label="MODEL", span_id=f"{info.name}|{model.name}")

    def _sibling_brand(self, brand: str, model: Model) -> bool:
        """'Holden Cruze', 'Vauxhall Corsa': a group's other brand selling the model under its own badge (Holden and
        Chevrolet both General Motors' brands); not the model's maker's parent or subsidiary ('Maruti Suzuki Swift')."""
        info, maker = self.gaz.companies.get(brand), self.gaz.companies.get(model.maker)
        return (info is not None and maker is not None and info.kind == "brand" and maker.kind == "brand"
                and bool(info.parent) and info.parent == maker.parent and brand != model.maker)

    def _with_trim(self, doc: Doc, ent: Span) -> Span:
        """'Golf GTI', 'Dolphin Mini', 'Nexon EV', 'Combo Electric': a known model and the trim written after it;
        'ë-C3', 'e-2008': its electric version written with a hyphened e before it."""
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and self.index.lower[end] in lx.TRIM_WORDS and not doc[end].is_lower and not doc[end].ent_type_:
            end += 1
        start = ent.start
        if (start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in lx.ELECTRIC_PREFIXES
                and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_):
            start -= 2
        if end == ent.end and start == ent.start:
            return ent
        model = self.gaz.models.get(key_of(ent))
        maker = model.maker if model else key_of(ent).split("|", 1)[0]
        base = model.name if model else key_of(ent).split("|", 1)[-1]
        prefix = doc[start].text + "-" if start < ent.start else ""
        trim = " " + doc[ent.end:end].text if end > ent.end else ""
        return Span(doc, start, end, label="MODEL", span_id=f"{maker}|{prefix}{base}{trim}")

    def _dotted_variants(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Nexon.ev', 'Punch.ev': a known model's electric version written as one word with '.ev'."""
        taken = self._tokens_of(ents)
        found = []
        for i, word in enumerate(self.index.lower):
            if not word.endswith(".ev") or i in taken or self.index.is_boilerplate(i):
                continue
            text = self.index.text[i]
            models = self.gaz.makers_of(text[:-3])
            if not models:
                continue
            model = next((m for m in models if m.maker in self._mentioned_companies), models[0])
            found.append(Span(doc, i, i + 1, label="MODEL", span_id=f"{model.maker}|{model.name}{text[-3:]}"))
        return found

    def _named_version(self, doc: Doc, ent: Span) -> bool:
        """'the Combo Electric', 'a Corsa EV': a model's version named after it, in an article that names a company
        (not a band's or a company's name: 'Combo Electric Company')."""
        return (ent.end + 1 < len(doc) and bool(self._mentioned_companies) and doc[ent.end].text in ("Electric", "EV", "PHEV") and not doc[ent.end].ent_type_
                and not (doc[ent.end + 1].is_title and doc[ent.end + 1].lower_ not in STOP_WORDS))  # not "Combo Electric Company"

    def _model_context(self, doc: Doc, ent: Span, spec_sents: set[int], model_idx: set[int]) -> bool:
        if self._named_version(doc, ent):
            return True
        if self._numbered_vessel(doc, ent):
            return False
        if self._based_compound(ent, model_idx):
            return True  # "Commodore-based Chevrolet SS sedans": the model another derives from
        if self._after_naming_cue(ent.start) and lx.VEHICLE_WORDS & set(self.index.lower[max(self.index.sent_bounds(ent.start)[0], ent.start - 14):ent.start]):
            return True  # "its first SUV, code-named Project Gravity"
        if self._maker_in_other_case(doc, ent):
            return True  # "Seat Ibiza", "Saipa Pride": the maker written before it, in title case where the gazetteer has capitals
        if self._looks_like_person(doc, ent) or self._in_hyphen_compound(doc, ent) or self._inside_a_name(doc, ent):
            return False
        if self._in_capitals_line(doc, ent):
            return False
        if self._styled_in_capitals(ent):
            return self._capitals_context(doc, ent, model_idx)
        if self._opening_participle(ent):
            return False
        # "the 6.2-liter "Boss" V-8": the engine's name after its size, in quotes or not
        quoted = ent.start >= 1 and doc[ent.start - 1].text in ('"', "“", "'", "‘") and ent.start - 1 in self._engine_ends
        if (ent.start in self._engine_ends or quoted) and not self._body_noun_after(ent) or self._engine_layout(ent):
            return False
        sent_start, sent_end = self.index.sent_bounds(ent.start)
        window = self.index.lower[max(sent_start, ent.start - 3):min(sent_end, ent.end + 4)]
        if lx.VEHICLE_WORDS & set(window):
            return True
        if self._listed_with_places(doc, ent):
            return False
        if sent_start in spec_sents:
            return True
        prev = self._prev_word(doc, ent.start)
        if prev is not None and prev.ent_type_ == "COMPANY" and (self._group_makes(prev.ent_id_, ent) or not self._headline_word(doc, ent)):
            return True
        if self._made_or_shipped(ent.start) or self._maker_in_sentence(ent, sent_start, sent_end) or self._lineage_base(ent.start):
            return True
        if self._succeeded_model(doc, ent):
            return True
        # "The X70, launched in 2018, was a locally adapted Boyue": a name a lineage cue derives from a known model
        if any(j in model_idx and j - 1 not in model_idx and self._lineage_base(j) for j in range(ent.end + 2, min(sent_end, ent.end + 14))):
            return True
        if ent.start > 0 and doc[ent.start - 1].like_num and self._text(ent).endswith("s"):
            return True  # "2,900 e Vitaras": a count of them
        if self._counted_with_modifier(doc, ent):
            return True
        if self._made_in_relative_clause(ent):
            return True
        if self._listed_past_figures(doc, ent, model_idx):
            return True
        if self._listed_with_counts(doc, ent, model_idx):
            return True
        return self._listed_with_models(doc, ent, model_idx) or self._listed_after_modifiers(doc, ent, model_idx)

    @staticmethod
    def _numbered_vessel(doc: Doc, ent: Span) -> bool:
        """'the car carrier "Kestrel Explorer No. 1"', 'Pioneer No.2': a ship's name (or another single thing's), the word
        'No.' and a number after it, not a vehicle model."""
        k = ent.end
        if k < len(doc) and doc[k].text in ("No.", "No", "no.") and k + 1 < len(doc):
            k += 1
            if doc[k].text == ".":
                k += 1
            return k < len(doc) and doc[k].like_num
        return k < len(doc) and doc[k].text.startswith("No.") and doc[k].text[3:].isdigit()

    def _headline_word(self, doc: Doc, ent: Span) -> bool:
        """'Ford Kicks Off Production': a name in a run of capitalised words (a headline), a word, not a code."""
        text = self._text(ent)
        return ent.end < len(doc) and text.isalpha() and text.istitle() and doc[ent.end].is_title and doc[ent.end].is_alpha

    def _group_makes(self, company: str, ent: Span) -> bool:
        """'Nissan Kicks', 'Opel Combo': the company written before a name that is also a word is of the group of one of
        the name's makers (in a headline 'Ford Kicks Off Production' is a verb after Ford); a company the gazetteer lacks
        may be."""
        group = self.gaz.group_of(company)
        makers = self.gaz.makers_of(self._text(ent))
        return company not in self.gaz.companies or not makers or any(self.gaz.group_of(m.maker) == group for m in makers)

    def _listed_with_models(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'the Creta, the Venue and the Verna': a name listed next to a known model of the same list."""
        for i in (self._skip_glue(doc, ent.start - 1, -1), self._skip_glue(doc, ent.end, 1)):
            if i is not None and i in model_idx and (i < ent.start or i >= ent.end):
                return True
        return False

    def _listed_after_modifiers(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'Both the Leaf and now overseas-only Juke are built there': a name listed after a known model, a few
        lower-case words that describe it (no verb) between the list word and the name."""
        k, skipped = ent.start - 1, 0
        while k >= 0 and skipped < 4 and (doc[k].text == "-" or doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in LIST_GLUE
                                          and doc[k].lower_ != "the" and doc[k].pos_ not in ("VERB", "AUX")):
            k -= 1
            skipped += 1
        if skipped and k >= 1 and doc[k].lower_ == "the":
            k -= 1  # "the Leaf and the now export-only Juke"
        if skipped == 0 or k < 1 or doc[k].lower_ not in ("and", "or", ","):
            return False
        i = self._skip_glue(doc, k, -1)
        return i is not None and i in model_idx

    def _listed_with_counts(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'plans to make 40,000 Alpha, 12,000 Beta and 9,000 Gamma': a count before the name, in a list whose next or
        previous item is a count and a known model."""
        if ent.start < 1 or not doc[ent.start - 1].like_num:
            return False
        after = self._skip_glue(doc, ent.end, 1)
        if after is not None and after + 1 < len(doc) and doc[after].like_num and after + 1 in model_idx:
            return True
        before = self._skip_glue(doc, ent.start - 2, -1)
        if before is None or before not in model_idx:
            return False
        first = before
        while first - 1 in model_idx:
            first -= 1
        return first >= 1 and doc[first - 1].like_num

    def _listed_with_places(self, doc: Doc, ent: Span) -> bool:
        """'ports at Long Beach, Oakland in California, and Tacoma in the state of Washington': a name listed after a town
        ('builds the Tacoma in Mexico' lists nothing) or followed by 'in the state of' is a town of that name."""
        if ent.start > 0 and self.index.lower[ent.start - 1] == "the":
            return False  # "the Duster in Mioveni, and the Logan": a model's article
        before = self._skip_glue(doc, ent.start - 1, -1)
        if before is not None and doc[before].ent_type_ == "PLACE":
            return True
        return self.index.lower[ent.end:ent.end + 4] == ["in", "the", "state", "of"]

    def _styled_in_capitals(self, ent: Span) -> bool:
        """'SPACIA', 'D-MAX': a model's name written in capitals where the gazetteer's is not."""
        model, text = self.gaz.models.get(key_of(ent)), self._text(ent)
        # (a capitals variant made from the gazetteer's name, not a known spelling in capitals such as 'E5')
        return text.isupper() and text not in self.gaz.model_aliases and model is not None and not model.name.isupper()

    def _capitals_context(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """A model's name in capitals alone is a model right before a vehicle word ('the SPACIA minicar'), listed with
        other models ('the ALTO, WAGON R and HUSTLER'), after one ('compact car CULTUS'), as what is made or shipped ('production of the HUSTLER'), or
        with its maker in the sentence: not from vehicle words somewhere near ('the ALTO team will assemble cars')."""
        if ent.end < len(doc) and (self.index.lower[ent.end] in lx.VEHICLE_WORDS or self.index.lower[ent.end] in lx.VEHICLE_CLASS_WORDS):
            return True
        if ent.start > 0 and self.index.lower[ent.start - 1] in lx.VEHICLE_WORDS:
            return True  # "production of compact car CULTUS"
        if self._listed_with_models(doc, ent, model_idx):
            return True
        sent_start, sent_end = self.index.sent_bounds(ent.start)
        return self._made_or_shipped(ent.start) or self._maker_in_sentence(ent, sent_start, sent_end)

    def _in_capitals_line(self, doc: Doc, ent: Span) -> bool:
        """'SUZUKI CELEBRATES RECORD SPACIA OUTPUT': a model's name written in capitals (not a name that is capitals
        anyway, 'RX') in a sentence of words in capitals, a headline's or a banner's, where every word is so written."""
        if not self._styled_in_capitals(ent):
            return False
        start, end = self.index.sent_bounds(ent.start)
        words = [t for t in doc[start:end] if t.is_alpha and len(t) >= 3 and not ent.start <= t.i < ent.end]
        return not words or 2 * sum(t.is_upper for t in words) >= len(words)

    def _made_in_relative_clause(self, ent: Span) -> bool:
        """'the current electric Leaf, which is already manufactured there': a name the relative clause after it says
        is built."""
        lower = self.index.lower
        k = ent.end
        if lower[k:k + 2] not in ([",", "which"], [",", "that"]):
            return False
        k += 2
        while k < len(lower) and k - ent.end < 7 and lower[k] in ("is", "was", "are", "were", "has", "have", "been", "being", "be",
                                                                  "will", "already", "also", "still", "now", "currently", "only"):
            k += 1
        return k < len(lower) and k > ent.end + 2 and lower[k] in lx.MADE_PARTICIPLES

    def _counted_with_modifier(self, doc: Doc, ent: Span) -> bool:
        """'86,000 standard Outlanders, 50,000 plug-in Outlanders': a count of a model in the plural, a word or two
        of description between (lower case: not '3,000 Tigers')."""
        text = self._text(ent)
        if not text.endswith("s") or not text[-2:-1].islower():
            return False
        k = ent.start - 1
        while k >= 0 and ent.start - k <= 3 and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-"):
            k -= 1
        return k < ent.start - 1 and k >= 0 and doc[k].like_num and doc[k + 1].text != "-"

    def _listed_past_figures(self, doc: Doc, ent: Span, model_idx: set[int]) -> bool:
        """'followed by the Sandero (14.5%) and Logan (10%)': a name listed with a known model, each with its figure
        in brackets."""
        k = ent.start - 1
        while k >= 0 and doc[k].lower_ in LIST_GLUE:
            k -= 1
        if k < 1 or doc[k].text != ")" or k == ent.start - 1:
            return False
        opening = next((j for j in range(k - 1, max(-1, k - 7), -1) if doc[j].text == "("), None)
        return opening is not None and opening - 1 in model_idx and any(doc[j].like_num for j in range(opening, k))

    def _based_compound(self, ent: Span, model_idx: set[int]) -> bool:
        """'the Commodore-based Chevrolet SS': a name joined to '-based' with a model (or its maker) a few words after."""
        lower, text = self.index.lower, self.index.text
        k = ent.end
        if not (k + 2 < len(lower) and lower[k] == "-" and lower[k + 1] == "based" and text[ent.start][:1].isupper()):
            return False
        after = range(k + 2, min(len(lower), k + 5))
        return any(j in model_idx for j in after) or any(start in after for start, _ in self._company_keys)

    def _bare_layout(self, doc: Doc, ent: Span) -> bool:
        """'a conventional V6', 'the little EcoBoost V6:': a cylinder layout's name is a model's ('Brilliance V6') only
        where its maker is written right before it; elsewhere it names an engine, whatever other mentions say."""
        if not ENGINE_LAYOUT.match(self._text(ent)):
            return False
        prev = self._prev_word(doc, ent.start)
        if prev is not None and prev.ent_type_ == "COMPANY":
            return False
        # "the Brilliance V6 ... The V6 costs less": named with its maker elsewhere, and no engine's name here
        return key_of(ent) not in self._named_models or self._engine_layout(ent)

    def _drive_code(self, doc: Doc, ent: Span) -> bool:
        """'the 4x4 variants', 'a 4x4 grey Duster': a drive code ('4x4', '6x2') named without its maker before it, a
        word of a vehicle's version or body or another model's name close after it, is the vehicle's drive, no model
        ('Lada 4x4' still is one)."""
        if not DRIVE_CODE.match(self._text(ent)):
            return False
        prev = self._prev_word(doc, ent.start)
        if prev is not None and prev.ent_type_ == "COMPANY":
            return False
        lower = self.index.lower
        after = lower[ent.end] if ent.end < len(lower) else ""
        if after in DRIVE_CODE_NOUNS or after in lx.VEHICLE_WORDS:
            return True
        # "a 4x4 caju brown Dacia Duster": lower-case words, then a model's (or its maker's) name
        k = ent.end
        while k < len(doc) and k - ent.end < 4 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        return k > ent.end and k < len(doc) and doc[k].ent_type_ in ("COMPANY", "MODEL", "MODEL_AMBIG")

    def _engine_layout(self, ent: Span) -> bool:
        """'a 3.5-litre EcoBoost V6 engine', 'its twin-turbo V8': a cylinder layout's name, an engine's and no model's,
        before the word engine or a few words after an engine's size."""
        if not ENGINE_LAYOUT.match(self._text(ent)):
            return False
        makers = {self.gaz.group_of(m.maker) for m in self.gaz.makers_of(self._text(ent))}
        if not any(self.gaz.group_of(c) in makers for c in self._mentioned_companies):
            return True  # "a conventional V6" in a story that names no maker of a model called V6
        lower = self.index.lower
        if ent.end < len(lower) and lower[ent.end] in ENGINE_NOUNS:
            return True
        return any(ent.start - d in self._engine_ends for d in (1, 2, 3, 4))

    def _body_noun_after(self, ent: Span) -> bool:
        """'the 1.6-litre Waja small-medium sedan': after an engine's size, a name that lower-case words of class (or
        none) join to a vehicle's body noun is the car's, not the engine's ('a 2.0-litre Kappa engine', '... unit')."""
        lower, text = self.index.lower, self.index.text
        k = ent.end
        while k < len(lower) and k - ent.end < 4 and lower[k] not in NAMED_VEHICLE_NOUNS and (lower[k] == "-" or text[k].islower()):
            k += 1
        return k < len(lower) and lower[k] in NAMED_VEHICLE_NOUNS and lower[k] != "vehicle"

    def _opening_participle(self, ent: Span) -> bool:
        """'Carrying 2,000 cars, the ship left ...', 'Touring the plant, the minister said ...': a one-word name in -ing
        that opens its sentence is a participle there, not a model of that name."""
        return len(ent) == 1 and ent.start == self.index.sent_bounds(ent.start)[0] and self.index.lower[ent.start].endswith("ing")

    def _made_or_shipped(self, i: int) -> bool:
        """'builds the CLA', 'will assemble the e Vitara', 'production of the T10F': an object of making or shipping."""
        lower = self.index.lower
        k = i - 1
        while k >= 0 and (lower[k] in ("the", "its", "a", "new", "all-new", "electric") or lower[k] in MODEL_MODIFIERS):
            k -= 1
            if k >= 1 and lower[k] == "-" and lower[k + 1] in MODEL_MODIFIERS:
                k -= 2  # "production of the third-generation Leaf", "the long-wheelbase X"
        if k < 0:
            return False
        return lower[k] in OBJECT_VERBS or lower[k] in lx.EXPORT_CUES or lower[k] == "of" and k > 0 and lower[k - 1] in PRODUCTION_NOUNS

    def _succeeded_model(self, doc: Doc, ent: Span) -> bool:
        """'a successor to the current electric Leaf', 'the replacement for the Tiida': a model another replaces, in a
        story that names its maker; not a word of a longer name ('successor to the Golf club president')."""
        lower = self.index.lower
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.is_alpha and after.is_lower and not after.is_stop and after.lower_ not in lx.VEHICLE_WORDS:
            return False
        makers = {self.gaz.group_of(m.maker) for m in self.gaz.makers_of(self._text(ent))}
        if not any(self.gaz.group_of(c) in makers for c in self._mentioned_companies):
            return False
        i = ent.start
        k = i - 1
        while k >= 0 and (lower[k] in ("the", "a", "an", "its", "their", "electric", "outgoing", "ageing", "aging", "old")
                          or lower[k] in MODEL_MODIFIERS or lower[k] in lx.VEHICLE_CLASS_WORDS) and i - k <= 4:
            k -= 1
        return k >= 1 and lower[k] in ("to", "for", "of") and lower[k - 1] in SUCCESSOR_NOUNS

    def _lineage_base(self, i: int) -> bool:
        """'is a rebadged Tiggo 7', 'based on the Sandero', 'shares its platform and body with the Tiggo 8': a donor model."""
        lower = self.index.lower
        k = i
        while k > 0 and lower[k - 1] in ("the", "a", "an"):
            k -= 1
        if k > 0 and any(tuple(lower[max(0, k - len(cue)):k]) == cue for cue in PLATFORM_CUES_BY_LAST.get(lower[k - 1], ())):
            return True
        return k > 0 and lower[k - 1] == "with" and bool(LINEAGE_NOUNS & set(lower[max(0, k - 9):k]))

    def _maker_in_sentence(self, ent: Span, sent_start: int, sent_end: int) -> bool:
        """'Mercedes-Benz, which builds the CLA in Kecskemet': the model's own maker is named in the sentence."""
        # "Outlanders": a plural's makers are its name's
        makers = {m.maker for m in self.gaz.makers_of(self._text(ent)) or self.gaz.makers_of(key_of(ent).split("|", 1)[-1])}
        makers |= {self.gaz.companies[m].parent for m in makers if m in self.gaz.companies}
        return any(sent_start <= start < sent_end and key in makers for start, key in self._company_keys)

    @staticmethod
    def _plant_name_word(doc: Doc, ent: Span) -> bool:
        """'the Saltillo Van Assembly Plant', 'the Rosslyn Bus Plant': a town's name that is a word of the plant's
        name after another town (the town right before it), one word, and the name goes on."""
        return (len(ent) == 1 and ent.end < len(doc) and doc[ent.end].is_title
                and doc[ent.start - 1].whitespace_ == " " and doc[ent.start - 1].is_alpha)

    def _brand_as_model(self, doc: Doc, ent: Span) -> Span:
        """'assembles the Tank pickup': a brand's one-word name between 'the' and a vehicle noun is another maker's
        model of that name, when the gazetteer knows one."""
        info = self.gaz.companies.get(key_of(ent))
        if (info is None or info.kind != "brand" or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or ent.end >= len(doc)
                or doc[ent.end].lower_ not in lx.VEHICLE_WORDS or doc[ent.end].lower_ in ("model", "models", "version", "versions")):
            return ent
        models = [m for m in self.gaz.makers_of(ent.text) if m.maker != info.name]
        if not models:
            return ent
        return Span(doc, ent.start, ent.end, label="MODEL_AMBIG", span_id=models[0].key)

    @staticmethod
    def _starts_another_name(doc: Doc, ent: Span) -> bool:
        """'the African Continental Free Trade Area', 'the Smart Car platform', 'Smart Trade International': a one-word
        company name followed by capitalised words that end in a trade area's or a platform's noun, or in another
        trade's firm (two words or more after it), is a word of that name, not the company."""
        if len(ent) != 1:
            return False
        j = ent.end
        while j < len(doc) and j - ent.end < 4 and doc[j].is_title and doc[j].is_alpha and doc[j].ent_type_ in ("", "MODEL_AMBIG"):
            j += 1
        if j == ent.end or j >= len(doc):
            return False
        last, after = doc[j - 1].lower_, doc[j].lower_
        return (last in lx.NON_COMPANY_NAME_HEADS or last in lx.OTHER_FIRM_HEADS and j - ent.end >= 2
                or j - ent.end == 1 and after in ("platform", "architecture"))

    @staticmethod
    def _inside_a_name(doc: Doc, ent: Span) -> bool:
        """'Bryan County', 'Toyota's Liberty plant' aside: a capitalised word just before that names nothing makes
        the ambiguous word part of another proper name."""
        if ent.start == 0:
            return False
        prev = doc[ent.start - 1]
        if prev.ent_type_ == "PLACE" and ent.text.lower() in PLACE_NAME_HEADS:
            return True  # "the Spartanburg County site": a county's name, not the Hyundai County
        return prev.is_title and prev.is_alpha and not prev.ent_type_ and not prev.is_sent_start and not prev.is_stop

    @staticmethod
    def _in_hyphen_compound(doc: Doc, ent: Span) -> bool:
        """'GT-Line', 'up-market': an ambiguous name joined to another word by a hyphen is part of that word."""
        after = ent.end + 1 < len(doc) and not doc[ent.end - 1].whitespace_ and doc[ent.end].text == "-" and not doc[ent.end].whitespace_
        before = ent.start >= 2 and doc[ent.start - 1].text == "-" and not doc[ent.start - 2].whitespace_ and not doc[ent.start - 1].whitespace_
        # "the March/Micra-based models": the first of two names joined by a slash into one hyphened modifier
        k = ent.end
        slashed = (k + 2 < len(doc) and doc[k].text == "/" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                   and not doc[k + 1].whitespace_ and doc[k + 2].text == "-")
        return after or before or slashed

    @staticmethod
    def _skip_glue(doc: Doc, i: int, step: int) -> int | None:
        moved = False  # past a list word; "the" alone joins nothing ("the Creta and the Verna" has "and")
        while 0 <= i < len(doc):
            if doc[i].lower_ in LIST_GLUE or doc[i].lower_ == "the":
                moved = moved or doc[i].lower_ != "the"
                i += step
                continue
            # "the Sandero (14.5%) and Logan (10%)": a figure in brackets after a listed name
            close, open_ = (")", "(") if step < 0 else ("(", ")")
            if doc[i].text != close:
                break
            k = i + step
            while 0 <= k < len(doc) and abs(k - i) <= 6 and doc[k].text != open_ and (doc[k].like_num or doc[k].is_punct or doc[k].is_lower):
                k += step
            if not (0 <= k < len(doc)) or doc[k].text != open_:
                break
            i = k + step
        return i if moved and 0 <= i < len(doc) else None

    @staticmethod
    def _prev_word(doc: Doc, i: int) -> Token | None:
        j = i - 1
        while j >= 0 and doc[j].lower_ in ("the", "new", "its", "a", "an", "’s", "'s", "all-new"):
            j -= 1
        return doc[j] if j >= 0 else None

    def _first_of_three_names(self, doc: Doc, ent: Span) -> bool:
        """'The company's Director General, Dana Saadallah Saeed, announced', 'opened by Ram Bahadur Thapa, the
        minister': a one-word company's name after 'by' or a comma, two capitalised words that name nothing after it,
        then a comma: the first of a person's three names."""
        text = self.index.text
        k = ent.end
        if ent.start < 1 or text[ent.start - 1] not in (",", "by") or k + 2 >= len(doc) or text[k + 2] != ",":
            return False
        return all(text[j].istitle() and text[j].isalpha() and not doc[j].ent_type_ and text[j] not in lx.CORPORATE_SUFFIXES
                   and text[j] not in ORG_NAME_WORDS and self.index.lower[j] not in STOP_WORDS for j in (k, k + 1))

    def _after_a_title(self, doc: Doc, ent: Span) -> bool:
        """'Chief Operating Officer Rolf Brandt said': a title's capitalised last word before the one-word name, a
        two-word name (no capitalised word after its second)."""
        before = doc[ent.start - 1]
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        return ((before.is_title or before.is_upper) and before.lower_ in self.role_words and before.lower_ not in STOP_WORDS
                and (after is None or not (after.is_title or after.is_upper) or after.is_sent_start))

    def _titled_surname(self, doc: Doc, ent: Span) -> bool:
        """'Governor Bentley said', 'President Ford told': a one-word company name right after a capitalised title, not
        followed by a capitalised word, that the story also writes after a first name ('Robert Bentley')."""
        before = doc[ent.start - 1]
        if not (before.is_title and before.lower_.rstrip(".") in self.role_words) or before.lower_ in STOP_WORDS:
            return False
        if ent.end < len(doc) and doc[ent.end].is_title and not doc[ent.end].is_sent_start:
            return False
        return self._full_name(doc, ent.start, set()) is not None

    def _inside_hyphened_name(self, doc: Doc, ent: Span) -> bool:
        """'Steyr-Daimler-Puch': a hyphen written tight on each side of the name, a capitalised word beyond each."""
        text, k = self.index.text, ent.start
        if k < 2 or ent.end + 1 >= len(doc) or text[k - 1] != "-" or text[ent.end] != "-":
            return False
        if doc[k - 2].whitespace_ or doc[k - 1].whitespace_ or doc[ent.end - 1].whitespace_ or doc[ent.end].whitespace_:
            return False
        return text[k - 2][:1].isupper() and text[ent.end + 1][:1].isupper()

    def _honorific_surname(self, doc: Doc, ent: Span) -> bool:
        """'Coun Antony Mullen is leader', 'Mr Henry Ford said': a one-word company's name after an honorific and a
        capitalised first name (no company's nor place's), no capitalised word after it."""
        text = self.index.text
        k = ent.start - 1
        if k < 1 or not text[k].istitle() or not text[k].isalpha() or doc[k].ent_type_ or not self._after_an_honorific(k):
            return False
        return ent.end >= len(doc) or not text[ent.end][:1].isupper()

    def _after_an_honorific(self, k: int) -> bool:
        """'Mr. Nikola Ilic', 'Dr Rolf Brandt': an honorific just before token k."""
        text, lower = self.index.text, self.index.lower
        if k >= 2 and text[k - 1] == ".":
            k -= 1
        return k >= 1 and lower[k - 1].rstrip(".") in lx.HONORIFICS and text[k - 1][:1].isupper()

    def _surname_stands_alone(self, ent: Span) -> bool:
        """'Rolf Brandt resigned ... Brandt had been chosen': the capitalised word after a one-word company name is
        written alone elsewhere in the story, as a person's surname is, and never names anything there."""
        text, lower = self.index.text, self.index.lower
        k = ent.end
        if k >= len(text) or not text[k].istitle() or not text[k].isalpha() or len(text[k]) < 3:
            return False
        doc = ent.doc
        for j in self.index.positions(frozenset([lower[k]])):
            if j != k and text[j] == text[k] and lower[j - 1] != lower[ent.start] and not doc[j].ent_type_ \
                    and lower[j - 1] not in DETERMINERS_AND_POSSESSIVES and not self.index.is_boilerplate(j) \
                    and not (j + 1 < len(text) and (text[j + 1].istitle() or lower[j + 1] in lx.VEHICLE_WORDS)):
                return True
        return False

    def _looks_like_person(self, doc: Doc, ent: Span) -> bool:
        """'Rio Ferdinand': a first name followed by a capitalised word that names nothing else."""
        if ent.end >= len(doc):
            return False
        nxt = doc[ent.end]
        return (
            nxt.is_title and nxt.is_alpha and not nxt.ent_type_ and nxt.lower_ not in lx.VEHICLE_WORDS
            and nxt.lower_ not in STOP_WORDS and not nxt.is_sent_start
        )

    def _pick_model(self, doc: Doc, ent: Span) -> str:
        """Among makers of a shared model name, the one the article mentions."""
        candidates = self.gaz.makers_of(self._text(ent)) or self.gaz.makers_of(key_of(ent).split("|", 1)[-1])
        if not candidates:
            return key_of(ent)
        for model in candidates:  # "the Ford Ranger ... the Ranger": the maker the name was written with
            if model.key in self._named_in_full:
                return model.key
        mentioned = self._mentioned_companies
        sent_start, sent_end = self.index.sent_bounds(ent.start)
        here = {key for start, key in self._company_keys if sent_start <= start < sent_end}
        here |= {self.gaz.companies[key].parent for key in here if key in self.gaz.companies}
        near = [model for model in candidates if model.maker in here]
        if len(near) == 1 and any(model.maker in mentioned for model in candidates if model is not near[0]):
            return near[0].key  # "Tata Motors Passenger Vehicles will add the Harrier" in a story that names Toyota too
        # "the Nexon, the Harrier and the Curvv": the maker of the other models the sentence names
        beside = {key.split("|", 1)[0] for start, key in self._model_keys if sent_start <= start < sent_end and start != ent.start}
        listed = [model for model in candidates if model.maker in beside]
        if len(listed) == 1:
            return listed[0].key
        for model in candidates:  # the maker itself named beats a parent group named ("Ford" over Toyota's Hino)
            if model.maker in mentioned:
                return model.key
        series = self._series_model(ent)
        if series is not None:
            return series
        for model in candidates:
            parent = self.gaz.companies.get(model.maker)
            if parent and parent.parent in mentioned:
                return model.key
        listed_makers = beside | {m.maker for start, text in self._ambiguous_names if sent_start <= start < sent_end and start != ent.start
                                  for m in self.gaz.makers_of(text)}
        if len(listed_makers & mentioned) == 1 and (maker := next(iter(listed_makers & mentioned))) in mentioned:
            # "the final Falcon and Territory": listed with models of a maker the story names, and no maker the
            # gazetteer gives the name is named: that maker's model, one the gazetteer lacks
            return f"{maker}|{candidates[0].name}"
        return candidates[0].key

    def _series_model(self, ent: Span) -> str | None:
        """'the Galaxy E5 ... shares its platform with the E5', 'Geely's ... E8 sedan': the short name of a series model
        of a maker the article names (Geely's Galaxy E5 and Galaxy E8), when no maker of the name itself is named."""
        if any(m.maker in self._mentioned_companies for m in self.gaz.makers_of(self._text(ent))):
            return None
        series = [m for m in self.gaz.models_ending_with(self._text(ent)) if m.maker in self._mentioned_companies]
        named = [m for m in series if m.key in self._named_models]
        return (named or series)[0].key if len(named) == 1 or len(series) == 1 else None

    def _with_model_key(self, doc: Doc, ent: Span) -> Span:
        if "|" in key_of(ent) and len(self.gaz.makers_of(self._text(ent))) <= 1:
            series = self._series_model(ent)
            return ent if series is None else Span(doc, ent.start, ent.end, label="MODEL", span_id=series)
        return Span(doc, ent.start, ent.end, label="MODEL", span_id=self._pick_model(doc, ent))

    def _new_models(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """A maker followed by a model-like name the gazetteer lacks: 'Chery Tiggo 9', 'Lada Iskra'."""
        taken = self._tokens_of(ents)
        found = []
        for ent in ents:
            if ent.label != Label.COMPANY:
                continue
            info = self.gaz.companies.get(key_of(ent))
            if info is None or info.kind not in MAKER_KINDS:
                continue
            end = ent.end
            while end < len(doc) and end - ent.end < 3 and end not in taken and self._model_like(doc[end]):
                end += 1
            if end == ent.end or end < len(doc) and (doc[end].lower_ in lx.PERCENT_WORDS or doc[end].lower_ == "per"):
                continue  # "A holds 51% and Leapmotor 49%", "and Hyundai 30 per cent": a stake, not a model
            if doc[ent.end].text.rstrip(".") in lx.CORPORATE_SUFFIXES:
                continue  # "Toyota Motor Corp.", "Mazda Motor Co.": the rest of the company's legal name
            if all(t.lower_ in LEGAL_FORM_WORDS for t in doc[ent.end:end]):
                continue  # "Acme Motor Private, Ltd.", "Acme Public Company": the words of a legal form
            if end == ent.end + 1 and doc[ent.end].text.isdigit() and end < len(doc) and (
                    doc[end].lower_ in SCALE_WORDS or doc[end].lower_ in lx.UNIT_WORDS):
                continue  # "A made 58 thousand 999 vehicles, Acme 58 thousand and Zeta 251 vehicles": a maker's count
            if (end + 1 < len(doc) and doc[end - 1].text.isdigit() and doc[end].text == "-" and not doc[end - 1].whitespace_
                    and doc[end + 1].is_lower):
                continue  # "the MINI 3-door", "a Zorvex 7-seater": the maker and a compound of a number, no model's name
            name = doc[ent.end:end]
            if not any(ch.isdigit() for ch in name.text) and not self._named_like_a_model(doc, name) and not self._badge_name(ent):
                continue
            if any(THOUSANDS_FIGURE.fullmatch(t.text) for t in name):
                continue  # "BYD Hits 70,000 Production Milestone": a headline's figure, no model's name
            if end < len(doc) and (doc[end].text in lx.CORPORATE_SUFFIXES or doc[end].text in ("and", "&") and end + 1 < len(doc)
                                   and doc[end + 1].text in lx.CORPORATE_SUFFIXES):
                continue  # "Tata Motors Passenger Vehicles", "Toyota Daihatsu Engineering and Manufacturing": a company's name
            if DISPLACEMENT.fullmatch(name.text):
                continue  # "the Ford 1.0 EcoBoost engine", "a Toyota 2.8 diesel": an engine's size, no model
            if any(t.text in ("No", "No.") or t.text.startswith("No.") for t in name):
                continue  # 'the carrier "Kestrel Explorer No.1"': a ship's name
            if name[-1].lower_ in ALLIANCE_WORDS:
                continue  # "the Renault-Nissan Alliance": the makers' alliance, no model
            key = self._singular_key(info.name, name.text)
            found.append(Span(doc, ent.end, end, label="MODEL", span_id=key))
            sentence = self.index.sent_text(name.start)
            unresolved.append(Unresolved(name.text, "MODEL", sentence, name.start_char, name.end_char, f"after maker {info.name}"))
        return found

    def _numbered_siblings(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Peugeot 2008 and 3008', 'the Fiat 500 and 600': a bare number listed after a brand's numbered model is
        that brand's model of the number, when the gazetteer knows one."""
        found: list[Span] = []
        lower = self.index.lower
        for ent in ents:
            if ent.label != Label.MODEL or len(ent) < 2 or not doc[ent.end - 1].text.isdigit():
                continue
            brand = self.index.span_text(ent.start, ent.end - 1)
            maker = next((m.maker for m in self.gaz.makers_of(self._text(ent))), None)
            i = ent.end
            while maker is not None:
                j = i
                while j < len(doc) and lower[j] in LIST_GLUE and j - i < 2:
                    j += 1
                if j == i or j >= len(doc) or not doc[j].text.isdigit() or j + 1 < len(doc) and lower[j + 1] in lx.UNIT_WORDS:
                    break
                model = next((m for m in self.gaz.makers_of(f"{brand} {doc[j].text}") if m.maker == maker), None)
                if model is None:
                    break
                found.append(Span(doc, j, j + 1, label="MODEL", span_id=model.key))
                i = j + 1
        return found

    def _number_named_again(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Peugeot 208 ... the 208 built in Kenitra', '(208, Ami)': after a numbered model is named with its brand, the
        bare number is that model where it stands as a name: after 'the' or a bracket, or listed beside another model,
        and counting nothing (no unit or noun read with it as a figure)."""
        numbered = {}
        for e in ents:
            if e.label == Label.MODEL and len(e) >= 2 and doc[e.end - 1].text.isdigit() and key_of(e).endswith("|" + doc[e.end - 1].text):
                numbered.setdefault(doc[e.end - 1].text, (e.end, key_of(e)))
        if not numbered:
            return []
        taken = self._tokens_of(ents)
        models_at = {i for e in ents if e.label == Label.MODEL for i in (e.start, e.end - 1)}
        figures = {q.start: q for q in self._quantities}
        lower = self.index.lower
        out = []
        for i in sorted(self.index.positions(frozenset(numbered))):
            first_end, key = numbered[lower[i]]
            if i < first_end or i in taken or self.index.is_boilerplate(i) or i + 1 >= len(doc):
                continue
            q = figures.get(i)
            if q is not None and (q.label_ != "COUNT" or len(q) > 1):
                continue  # "208 workers", "208 units": a figure
            before, after = lower[i - 1], lower[i + 1]
            listed = (before in (",", "and") and i - 2 in models_at) or (after in (",", "and") and i + 2 in models_at)
            # "the 208 built in Kenitra", "the 208 is", "the 208 hatchback" (not "the 308 buyers": a count of people)
            named = after in NAME_FOLLOWERS or after in lx.VEHICLE_WORDS or after.endswith("ed") or not after.isalnum()
            if before in ("the", "(") and named or listed:
                out.append(Span(doc, i, i + 1, label="MODEL", span_id=key))
                models_at.add(i)  # "(308, 5008)": the next number is listed beside this one
        return out

    def _singular_key(self, maker: str, text: str) -> str:
        """'12,000 Dacia 1310s', 'Deepal S07s': a code that ends in a digit takes a plural s; the model is the code."""
        if len(text) > 2 and text[-1] == "s" and text[-2].isdigit():
            text = text[:-1]
            known = next((k for k in self.gaz.model_aliases.get(text, []) if self.gaz.models[k].maker == maker), None)
            if known is not None:
                return known
        return f"{maker}|{text}"

    def _named_again(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A model found by pattern once ('the GAC Aion Kestra') is the same model when named again ('The Kestra has')."""
        found = {self._text(e): key_of(e) for e in ents if e.label == Label.MODEL and key_of(e).split("|", 1)[-1] == self._text(e)
                 and key_of(e) not in self.gaz.models}
        if not found:
            return []
        taken = self._tokens_of(ents)
        lower = self.index.lower
        out = []
        for text, key in found.items():
            words = text.split()
            first = words[0].lower()
            for i, w in enumerate(lower):
                end = i + len(words)
                if w == first and end <= len(doc) and doc[i:end].text == text and not taken.intersection(range(i, end)):
                    out.append(Span(doc, i, end, label="MODEL", span_id=key))
                    taken.update(range(i, end))
        return out

    def _named_like_a_model(self, doc: Doc, name: Span) -> bool:
        """A name of words only is a model when a vehicle word follows it ('the Lada Iskra sedan'),
        or, for one word, when it ends a list item in a sentence about vehicles."""
        nxt = self.index.lower[name.end] if name.end < len(doc) else ""
        if nxt in lx.VEHICLE_CLASS_WORDS and name.end + 1 < len(doc) and self.index.lower[name.end + 1] in lx.VEHICLE_WORDS:
            nxt = self.index.lower[name.end + 1]  # "the Lada Iskra compact sedan": the class word between
        if nxt in lx.VEHICLE_WORDS:
            # "Volkswagen Commercial Vehicles": a capitalised vehicle word ends a company's name, not a model's
            return not doc[name.end].is_title
        return len(name) == 1 and nxt in (",", "and", ".", "or") and self._vehicle_sentence(name)

    def _badge_name(self, maker: Span) -> bool:
        """'will be rebadged as the Zorvex Tallo', 'badged in Kenya as the Zorvex Pima': a maker right after the 'as' of a
        verb of badging (a few words between) opens the name the car is given, a model's name."""
        lower = self.index.lower
        k = maker.start - 1 - (maker.start >= 1 and lower[maker.start - 1] == "the")
        return k >= 1 and lower[k] == "as" and any(lower[j] in lx.BADGE_VERBS for j in range(max(0, k - 4), k))

    def _models_by_apposition(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'the King sedan', 'the Tengo compact SUV', 'an SUV called the Tengo', 'the Chazor, a locally built version of
        the Qin': models named without a maker."""
        taken = self._tokens_of(ents)
        lower = self.index.lower
        found = []
        for i in self.index.positions(THE):
            j = i + 1
            if i >= len(lower) - 2 or j in taken or self.index.is_boilerplate(j):
                continue
            if lower[j] in CLASSING_WORDS:  # "the compact urban commercial vehicle Carrying": the name after its class
                named = self._name_after_class(doc, j, taken)
                if named is not None and (maker := self._maker_nearby(doc, ents, named)) is not None:
                    found.append(Span(doc, named, named + 1, label="MODEL", span_id=f"{maker}|{doc[named].text}"))
                    taken.add(named)
                    unresolved.append(Unresolved(doc[named].text, "MODEL", self.index.sent_text(named), doc[named].idx,
                                                 doc[named].idx + len(doc[named].text), "named after its vehicle class"))
                continue
            nxt = lower[j + 1]
            appositive = nxt == "," and j + 2 < len(doc) and lower[j + 2] in ("a", "an") and bool(
                set(lower[j + 3:j + 9]) & (lx.VEHICLE_WORDS | {"version", "rebadged"}))
            classed = nxt in lx.VEHICLE_CLASS_WORDS and lower[j + 2] in lx.VEHICLE_WORDS  # "the Tengo compact SUV"
            # "a compact SUV called the Tengo", "a pickup named the Kubwa"
            called = i >= 2 and lower[i - 1] in ("called", "named", "dubbed", "badged") and lower[i - 2] in lx.VEHICLE_WORDS
            if nxt not in lx.VEHICLE_WORDS and not appositive and not classed and not called:
                continue
            if not self._model_like(doc[j]) or any(c.isdigit() for c in doc[j].text):
                continue
            if nxt in lx.VEHICLE_WORDS and self._plant_named_for_vehicles(doc, j + 1):
                continue
            if lower[j] in BATTERY_CHEMISTRIES:
                continue  # "the LFP variant of the Model 3": a battery's chemistry, no model's name
            if nxt in lx.VEHICLE_WORDS and self._opens_a_company_name(doc[j].text, ents):
                continue  # "UD Trucks Corporation ... the UD trucks": the company's short name and its vehicles
            if nxt in lx.VEHICLE_WORDS and nxt.endswith("s") and doc[j + 1].is_title:
                continue  # "the Passenger Vehicles segment", "the Commercial Vehicles division": a segment's name
            self._add_unlisted_model(doc, ents, j, "named as a vehicle", found, taken, unresolved)
        return found

    def _opens_a_company_name(self, word: str, ents: list[Span]) -> bool:
        """'UD Trucks Corporation ... the UD trucks', 'Ashok Leyland ... the Ashok buses': a word that is the first word of
        a company the story names (or of one the gazetteer knows), not a model of its own."""
        return any(e.label == Label.COMPANY and len(e) > 1 and e[0].text == word for e in ents)

    def _plant_named_for_vehicles(self, doc: Doc, k: int) -> bool:
        """'the Warren Truck Assembly Plant', 'the Dearborn Truck Plant', 'the Rosslyn Car Plant': a capitalised vehicle
        word (doc[k]) in a plant's name, a capitalised word or a plant noun after it, not a model's vehicle noun."""
        if not doc[k].is_title or k + 1 >= len(doc):
            return False
        after = doc[k + 1]
        return after.lower_ in lx.PLANT_NOUNS or after.lower_ in ("assembly", "operations", "manufacturing") or (
            after.is_title and after.is_alpha and not after.is_sent_start)

    def _add_unlisted_model(self, doc: Doc, ents: list[Span], j: int, why: str, found: list[Span], taken: set[int],
                            unresolved: list[Unresolved]) -> None:
        """A one-word name the gazetteer lacks at doc[j], as a model of the maker named nearby (none named: not a model)."""
        maker = self._maker_nearby(doc, ents, j)
        if maker is None:
            return
        text = doc[j].text
        found.append(Span(doc, j, j + 1, label="MODEL", span_id=f"{maker}|{text}"))
        taken.add(j)
        unresolved.append(Unresolved(text, "MODEL", self.index.sent_text(j), doc[j].idx, doc[j].idx + len(text), why))

    def _after_naming_cue(self, i: int) -> bool:
        """doc[i] follows a naming cue ('code-named', 'a concept name of'), past 'the' and 'Project'."""
        lower = self.index.lower
        k = i
        if k >= 1 and lower[k - 1] == "project" and self.index.text[k - 1] == "Project":
            k -= 1
        if k >= 1 and lower[k - 1] == "the":
            k -= 1
        return k >= 1 and lower[k - 1] in NAMING_CUE_ENDS and any(tuple(lower[k - len(cue):k]) == cue for cue in NAMING_CUES)

    def _cued_working_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'its first SUV, currently code-named Project Gravity', 'the new model, with a concept name of Invitation': a
        one-word name after a naming cue is a model of the maker named nearby, whether the gazetteer knows it or not."""
        taken = {i for e in ents if e.label not in Label.MODELS for i in range(e.start, e.end)}
        known = {e.start: e for e in ents if e.label in Label.MODELS}
        found = []
        for k in self.index.positions(NAMING_CUE_ENDS):
            j = k + 1
            if j < len(doc) and self.index.lower[j] == "the":
                j += 1
            if j + 1 < len(doc) and self.index.text[j] == "Project" and doc[j + 1].is_title:
                j += 1
            if j >= len(doc) or j in taken or j in known or self.index.is_boilerplate(j) or not self._after_naming_cue(j):
                continue
            text = doc[j].text
            if not (doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper and len(text) > 2)) or doc[j].lower_ in STOP_WORDS:
                continue
            if j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].is_alpha:
                continue  # a longer name: a person's, a place's
            sent_start = self.index.sent_bounds(j)[0]
            if not lx.VEHICLE_WORDS & set(self.index.lower[max(sent_start, k - 10):k]):
                continue  # "the project, code-named Sunrise": the working name of something, not said to be a vehicle
            maker = self._maker_nearby(doc, ents, j) or self._story_maker(ents)
            if maker is None:
                continue
            found.append(Span(doc, j, j + 1, label="MODEL", span_id=f"{maker}|{text}"))
            taken.add(j)
            unresolved.append(Unresolved(text, "MODEL", self.index.sent_text(j), doc[j].idx, doc[j].idx + len(text),
                                         "a working name after a naming cue"))
        return found

    def _story_maker(self, ents: list[Span]) -> str | None:
        """The maker the story names most, when one is named more often than any other."""
        counts = Counter(key_of(e) for e in ents if e.label == Label.COMPANY and (info := self.gaz.companies.get(key_of(e)))
                         and info.kind in MAKER_KINDS)
        ranked = counts.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def _code_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'its upcoming SP2i SUV', 'the new QY3 sedan': a maker's project code (capital letters and figures, one word)
        between 'its'/'the' (and 'upcoming', 'new') and a body style, with the maker nearby."""
        taken = self._tokens_of(ents)
        lower = self.index.lower
        found = []
        for i in self.index.positions(CODE_NAME_OPENERS):
            j = i + 1 + (i + 1 < len(lower) and lower[i + 1] in CODE_NAME_MODIFIERS)
            if j + 1 >= len(doc) or j in taken or self.index.is_boilerplate(j) or lower[j + 1] not in BODY_STYLE_WORDS:
                continue
            text = doc[j].text
            if not (3 <= len(text) <= 8 and text.isalnum() and text[:1].isupper() and any(c.isdigit() for c in text)
                    and sum(c.isupper() for c in text) >= 2 and not text[:1].isdigit()):
                continue
            self._add_unlisted_model(doc, ents, j, "a code name before a body style", found, taken, unresolved)
        return found

    def _name_after_class(self, doc: Doc, j: int, taken: set[int]) -> int | None:
        """'the compact urban commercial vehicle Carrying, ...', 'the electric pickup Kubwa and ...': a capitalised name
        right after lower-case words that end in a vehicle noun, closing a list item (a comma, 'and', a dash, a stop)."""
        lower, text = self.index.lower, self.index.text
        k = j
        while k < len(lower) and k - j < 5 and text[k].islower() and text[k].replace("-", "").isalpha():
            k += 1
        if k == j or k + 1 >= len(lower) or lower[k - 1] not in NAMED_VEHICLE_NOUNS or k in taken:
            return None
        if not self._model_like(doc[k]) or lower[k] in STOP_WORDS or lower[k] in lx.MONTHS or lower[k] in DAYS:
            return None
        return k if lower[k + 1] in (",", "and", ".", "–", "-", "—", ";") else None

    def _maker_nearby(self, doc: Doc, ents: list[Span], i: int) -> str | None:
        """The maker of a model named in the same sentence, else a maker named in it, else None."""
        start, end = self.index.sent_bounds(i)
        in_sent = [e for e in ents if start <= e.start < end]
        for e in in_sent:
            if e.label == Label.MODEL and "|" in key_of(e):
                return key_of(e).split("|", 1)[0]
        for e in in_sent:
            info = self.gaz.companies.get(key_of(e)) if e.label == Label.COMPANY else None
            if info and info.kind in MAKER_KINDS:
                return info.name
        return None

    def _model_like(self, token: Token) -> bool:
        text = token.text
        if token.is_punct or token.is_space or token.lower_ in STOP_WORDS or token.is_sent_start:
            return False
        if text in lx.CORPORATE_SUFFIXES or token.lower_ in self.role_words or token.lower_ in lx.MONTHS:
            return False
        if token.lower_ in lx.VEHICLE_WORDS or token.lower_ in lx.SPEECH_VERBS:
            return False
        has_digit = any(ch.isdigit() for ch in text)
        return (token.is_title or text.isupper() or has_digit) and len(text) <= 12 and not (has_digit and len(text) == 4 and text.isdigit())

    def _vehicle_sentence(self, span: Span) -> bool:
        start, end = self.index.sent_bounds(span.start)
        return bool(set(self.index.lower[start:end]) & lx.VEHICLE_WORDS)

    # -- companies -----------------------------------------------------------------------------
    def _new_companies(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        taken = self._tokens_of(ents)
        demonym_at = {i for e in ents if e.label == Label.COUNTRY and self._text(e) in self.gaz.demonyms for i in range(e.start, e.end)}
        demonym_starts = {e.start for e in ents if e.label == Label.COUNTRY and len(e) == 1 and self._text(e) in self.gaz.demonyms}
        # a region may open a name too: "Caucasus Auto Assembly", "Asia Motor Works"
        demonym_at |= {i for e in ents if e.label == Label.REGION for i in range(e.start, e.end)}
        company_ending = {e.end - 1: e for e in ents if e.label == Label.COMPANY}
        country_at = {e.start for e in ents if e.label == Label.COUNTRY and len(e) == 1}
        place_ending = {e.end - 1 for e in ents if e.label == Label.PLACE}
        found: list[Span] = []
        extended: list[Span] = []
        lower, index = self.index.lower, self.index
        sentence_starts = set(index.sent_starts)
        # only words that can open a rule are visited (a set lookup per token instead of the rules' tests)
        candidates = sorted(sentence_starts.union(index.positions(COMPANY_RULE_WORDS)))
        for j in candidates:
            if j >= len(lower) or index.is_boilerplate(j):
                continue
            word = lower[j]
            # "a factory identified as X", "a plant called X", "a plant operated by X"
            if word in lx.NAMING_WORDS and j > 0 and (lower[j - 1] in NAMED_AFTER or j + 1 < len(doc) and lower[j + 1] == "by"):
                start = j + 1 + (1 if j + 1 < len(doc) and lower[j + 1] in ("as", "by") else 0)
                span = self._title_run(doc, start, taken)
                if span is not None:
                    found.append(span)
            # "Uzbek carmaker Qoratepa Avto"
            elif word in MAKER_NOUNS and j + 1 < len(doc) and doc[j + 1].is_title and (j + 1) not in taken:
                span = self._title_run(doc, j + 1, taken)
                if span is not None:
                    found.append(span)
            # "Qoratepa Avto will assemble ...": an unknown name opening a sentence, doing what carmakers do
            elif j in sentence_starts and doc[j].is_title and j not in taken:
                span = self._title_run(doc, j, taken)
                if span is not None and len(span) >= 2 and self._acts_like_a_maker(span.end):
                    found.append(span)
            # "the Georgian investment group Abc Capital", "dealer group Xyz": a group's name after what kind it is
            elif (word == "group" and doc[j].text == "group" and j > 0 and lower[j - 1] in GROUP_KINDS
                  and j + 1 < len(doc) and doc[j + 1].is_title and (j + 1) not in taken):
                span = self._title_run(doc, j + 1, taken)
                if span is not None:
                    found.append(span)
            # "Xyz Motors", "Abc Automotive"
            elif word in CORPORATE_LOWER and doc[j].text in lx.CORPORATE_SUFFIXES and j not in taken:
                sent_start = index.sent_bounds(j)[0]
                start = j
                # demonyms may open a company's name: "Egyptian German Automotive Company"
                # "Qoratepa Avto", "AzerKaz Avto LLC": a capitalised name, maybe with a capital inside
                while start - 1 >= sent_start and (start - 1 not in taken or start - 1 in demonym_at):
                    if (doc[start - 1].is_title or _camel_case(doc[start - 1])) and lower[start - 1] not in STOP_WORDS:
                        start -= 1
                    elif (doc[start - 1].is_upper and doc[start - 1].is_alpha and 2 <= len(doc[start - 1].text) <= 4
                          and start - 1 not in taken and doc[start].is_title):
                        start -= 1  # "KT Orion Automotive": initials opening the name
                    elif start - 2 >= sent_start and self._hyphenated_capital(doc, start - 1):
                        start -= 2  # "Al-Noor Motors", "Rolls-Royce Motor Cars": a name of hyphenated capitalised parts
                    elif self._and_inside_a_name(doc, start, j, sent_start, taken):
                        start -= 2  # "the Trade Agencies and Marketing Company": "and" between capitalised words
                    else:
                        break
                if (start < j and start - 1 in country_at and start - 1 >= sent_start and doc[start - 1].is_title
                        and (start - 2 < sent_start or not doc[start - 2].is_title)):
                    # "China General Technology Group", "Kenya Vehicle Manufacturers Ltd": a country's name opening a
                    # company's name of more words than the country and the legal form
                    start -= 1
                    demonym_at.add(start)
                if start == j and start - 2 >= sent_start and start - 1 in country_at and start - 2 not in taken \
                        and doc[start - 2].is_title and lower[start - 2] not in STOP_WORDS:
                    # "Handal Indonesia Motor": a country's name inside a local company's name, after a word of its own
                    start -= 2
                    demonym_at.add(start + 1)
                    while start - 1 >= sent_start and start - 1 not in taken and doc[start - 1].is_title and lower[start - 1] not in STOP_WORDS:
                        start -= 1
                if start in demonym_starts and start + 1 < j and self._proper_word_after_demonym(doc, start + 1, demonym_at):
                    start += 1  # "a joint venture with Turkish Kibar Group": the demonym says where the group is from
                # "Automotive Company", "Auto Assembly", "Motor Works"
                end = j + 1 + (1 if j + 1 < len(doc) and (doc[j + 1].text in lx.CORPORATE_SUFFIXES or doc[j + 1].text in NAME_TAILS) else 0)
                after = lower[end] if end < len(doc) else ""
                # "State Industries Minister", "Association of Automotive Industries", "United Auto Workers": offices, bodies, unions
                known = company_ending.get(start - 1)
                if known is not None and start <= j:  # "Sazgar Engineering" + "Works Limited": the known company's legal name
                    extended.append(Span(doc, known.start, end, label="COMPANY", span_id=key_of(known)))
                elif (start < j and after not in self.role_words and after not in NON_COMPANY_HEADS
                        and index.span_text(start, end) not in SOFTWARE_NAMES
                        and not all(lower[k] in VEHICLE_CLASS_NAMES for k in range(start, j))
                        and (start == 0 or lower[start - 1] != "of") and not self._name_goes_on(doc, end, taken)
                        # "Pune Truck Manufacturing", "the Samara Region Development Corporation": the rest of a
                        # town's plant or agency, whose name the town opens
                        and not (start - 1 in place_ending and doc[start - 1].whitespace_ == " " and doc[start - 1].is_title)):
                    found.append(Span(doc, start, end, label="COMPANY", span_id=doc[start:end].text))
        out = []
        for span in filter_spans(found):
            if any(i in taken and i not in demonym_at for i in range(span.start, span.end)):
                continue
            if all(lower[i] in LEGAL_FORM_WORDS or lower[i].rstrip(".") in lx.SHORT_LEGAL_FORMS for i in range(span.start, span.end)):
                # 'The Limited Liability Company "ADM Jizzakh"': the legal form before the name, no name
                # "Ford India Pvt Ltd": the legal form after a known company's name, no company of its own
                continue
            taken.update(range(span.start, span.end))
            out.append(span)
            sentence = self.index.sent_text(span.start)
            unresolved.append(Unresolved(span.text, "COMPANY", sentence, span.start_char, span.end_char, "named as a company or plant"))
        return out + self._short_names(doc, out, taken) + extended

    def _proper_word_after_demonym(self, doc: Doc, k: int, demonym_at: set[int]) -> bool:
        """'Turkish Kibar Group': the word after an opening demonym is a name of its own (not another demonym, a
        corporate word or a generic word that the demonym's own company name goes on with: 'Egyptian German Automotive',
        'Saudi National Automobile', 'Iraqi State Company')."""
        text = doc[k].text
        return (k not in demonym_at and text.istitle() and text.isalpha() and text not in lx.CORPORATE_SUFFIXES
                and text not in ORG_NAME_WORDS and text.lower() not in DEMONYM_NAME_WORDS)

    def _capitalised_legal_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'established by DAEHAN AUTO (CAMBODIA) CO., LTD. in 2022', 'RMA AUTOMOTIVE CO LTD': a registry's style, a name in
        capitals before a legal form in capitals, maybe with its country in brackets, is a company, named in title case
        ('Daehan Auto'; short words stay initials: 'RMA Automotive'). Not a line in capitals, whose every word is so."""
        text = self.index.text
        taken = self._tokens_of(ents)
        found: list[Span] = []
        for k in self.index.positions(CAPITAL_LEGAL_FORMS):
            if not text[k].isupper() or k in taken or k < 1:
                continue
            j = k
            if text[j - 1] == ")":  # "(CAMBODIA)": the country of a local arm, inside its name
                opening = next((i for i in range(j - 2, max(-1, j - 5), -1) if text[i] == "("), None)
                if opening is None:
                    continue
                j = opening
            end = j
            while j - 1 >= 0 and end - j < 4 and j - 1 not in taken and text[j - 1].isalpha() and text[j - 1].isupper() \
                    and len(text[j - 1]) >= 2 and text[j - 1].lower() not in CAPITAL_LEGAL_FORMS:
                j -= 1
            if j == end or j >= 1 and text[j - 1].isalpha() and text[j - 1].isupper() and len(text[j - 1]) >= 2:
                continue  # no name, or a line in capitals ("NEW PLANT OPENED BY ACME CO")
            name = " ".join(w.title() if len(w) >= 4 else w for w in text[j:end])
            found.append(Span(doc, j, end, label="COMPANY", span_id=name))
            taken.update(range(j, end))
            unresolved.append(Unresolved(name, "COMPANY", self.index.sent_text(j), doc[j].idx, doc[end - 1].idx + len(text[end - 1]),
                                         "a name in capitals before a legal form"))
        return found

    def _and_inside_a_name(self, doc: Doc, start: int, j: int, sent_start: int, taken: set[int]) -> bool:
        """'the International Trade Agencies and Marketing Company': 'and' joins two capitalised words of one company's
        name, the run going on before it to 'the' or a comma (not 'Kestrel and Marketing Company', two names)."""
        lower = self.index.lower
        if start >= j or start - 2 < sent_start or lower[start - 1] != "and" or start - 2 in taken or not doc[start - 2].is_title:
            return False
        k = start - 2
        while k > sent_start and k - 1 not in taken and doc[k - 1].is_title and doc[k - 1].is_alpha and lower[k - 1] not in STOP_WORDS:
            k -= 1
        return start - 2 - k >= 1 and (k == sent_start or lower[k - 1] in ("the", ",", "of")) and j + 1 < len(doc) and doc[j + 1].text == "("

    def _short_names(self, doc: Doc, found: list[Span], taken: set[int]) -> list[Span]:
        """'Handal Indonesia Motor ... Handal says', 'a second Handal plant': the first word of a company's name found
        here names it again where a company's doings follow (its plant, its words, a possessive)."""
        text, lower = self.index.text, self.index.lower
        out = []
        for span in found:
            first = text[span.start]
            if len(span) < 2 or len(first) < 4 or not first.isalpha() or not first.istitle() or lower[span.start] in STOP_WORDS:
                continue
            for i in self.index.positions(frozenset([lower[span.start]])):
                if (text[i] == first and i not in taken and i + 1 < len(doc) and text[i + 1] != text[span.start + 1]
                        and (lower[i + 1] in POSSESSIVE_MARKS or lower[i + 1] in lx.PLANT_NOUNS or lower[i + 1] in lx.SPEECH_VERBS)):
                    out.append(Span(doc, i, i + 1, label="COMPANY", span_id=span.text))
                    taken.add(i)
        return out

    def _acronyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Arab American Vehicles (AAV) ... AAV assembles ...': an acronym of a company's initials, in brackets after its
        name, names that company wherever the article writes it."""
        text, n = self.index.text, len(doc)
        taken = self._tokens_of(ents)
        out = []
        for e in ents:
            if e.label != Label.COMPANY or e.end + 2 >= n or text[e.end] != "(" or text[e.end + 2] != ")":
                continue
            acronym = text[e.end + 1]
            if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
                continue
            if "".join(w[0] for w in self._text(e).split() if w[:1].isupper()) != acronym:
                continue
            for i in self.index.positions(frozenset([acronym.lower()])):
                if text[i] == acronym and i not in taken:
                    out.append(Span(doc, i, i + 1, label="COMPANY", span_id=key_of(e)))
                    taken.add(i)
        return out

    @staticmethod
    def _hyphenated_capital(doc: Doc, i: int) -> bool:
        """doc[i] is a hyphen written without spaces between two capitalised words ('Al-Noor', 'Rolls-Royce')."""
        return (doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                and (doc[i - 1].is_title or doc[i - 1].is_upper and 2 <= len(doc[i - 1]) <= 5)  # "BRK-Leasing JSC"
                and doc[i - 1].is_alpha and doc[i + 1].is_title)

    def _name_goes_on(self, doc: Doc, end: int, taken: set[int]) -> bool:
        """'the portal Thai Auto Pulse': a capitalised word after the corporate word makes a longer name that is no
        company's (a known entity, a stop word or a new sentence after it do not count)."""
        return (end < len(doc) and end not in taken and doc[end].is_title and self.index.lower[end] not in STOP_WORDS
                and self.index.sent_bounds(end)[0] != end)

    def _new_places(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'a facility at Panapakkam', 'its plant in the capital's Tekstilshchiki district': sites the gazetteer lacks."""
        taken = self._tokens_of(ents)
        lower, index = self.index.lower, self.index
        found = []
        for i in index.positions(SITE_PREPOSITIONS):
            word = lower[i]
            if index.is_boilerplate(i):
                continue
            cue_before = any(lower[k] in lx.PLANT_NOUNS or lower[k] in lx.PRODUCTION_CUES for k in range(max(0, i - 3), i))
            j = i + 1
            if j < len(doc) and lower[j] == "the":
                j += 1
            # a possessor before the site: "Tamil Nadu's", "the capital's", "the company's"
            k = j
            while k < len(doc) and k - j < 3 and (doc[k].is_title or k == j and lower[k] in POSSESSOR_OR_OWNER):
                k += 1
            owned = False  # "at its Prospecton plant", "at the company's Prospecton plant"
            if k < len(doc) and lower[k] in ("’s", "'s") and k > j:
                j, owned = k + 1, True
            elif j < len(doc) and lower[j] == "its":
                j, owned = j + 1, True
            if j >= len(doc) or j in taken:
                continue
            span = self._title_run(doc, j, taken, label="PLACE")
            if span is None or span.end < len(doc) and lower[span.end] in ("’s", "'s"):
                continue
            named_plant = self._without_plant_words(doc, span)  # "at its East Liberty Auto Plant"
            if named_plant is not None:
                span, cue_before = named_plant, True
            # "at the company's Prospecton plant": no cue before the site, the plant noun right after it
            if span.end + 1 < len(doc) and (lower[span.end] in ("no", "no.") or lower[span.end].startswith("no.")) and lower[span.end + 1] in lx.PLANT_NOUNS:
                pass  # "at the Ujina No.1 plant": the plant's number stays outside the site
            elif not cue_before and not ((owned or word == "at") and lower[span.end:span.end + 1] and lower[span.end] in lx.PLANT_NOUNS
                                       or lower[span.end:span.end + 1] and lower[span.end] in PLANT_MODIFIERS
                                       and lower[span.end + 1:span.end + 2] and lower[span.end + 1] in lx.PLANT_NOUNS):
                continue
            if not self._site_name(doc, span):
                continue
            taken.update(range(span.start, span.end))
            found.append(self._new_site(span, unresolved))
        return found

    def _named_plant_towns(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'to reopen the Belvidere Assembly Plant', 'retool the Warren Truck Assembly Plant', 'its Spring Hill plant': a
        site the gazetteer lacks as a place, named by the plant's own name (its plant words in capitals) or as a town
        the city database knows before a plant noun, after 'the', 'its' or a possessive, with no preposition before."""
        taken = self._tokens_of(ents)
        text, lower = self.index.text, self.index.lower
        found = []
        for k in self.index.positions(PLANT_TITLE_NOUNS | {"facility"}):  # ("facility" only after a state: see below)
            if k < 2 or k in taken or self.index.is_boilerplate(k):
                continue
            # "its Lafayette, IN facility", "its Georgetown, Ky., plant": a town with its US state written short
            state = self._short_us_state_before(k)
            if state and k - state - 1 not in taken and lower[k] != "assembly":
                k = k - state
            elif lower[k] == "facility":
                continue
            titled = text[k].istitle() and (lower[k] != "assembly" or not (k + 1 < len(doc) and text[k + 1].istitle()))
            if not titled and lower[k] not in ("plant", "factory", "facility") and not state:
                continue
            end = k
            while end > 0 and lower[end - 1] in PLANT_TITLE_WORDS and text[end - 1].istitle() == titled:
                end -= 1  # "Truck Assembly" of "Warren Truck Assembly Plant" (written in capitals as the noun is)
            if lower[end - 1] in PARTS_TITLE_WORDS:
                continue  # "the Dundee Engine Plant", "its Battery Plant": parts, not vehicles
            start = end
            while start > 0 and end - start < 3 and text[start - 1].istitle() and text[start - 1].isalpha() and start - 1 not in taken \
                    and lower[start - 1] not in STOP_WORDS and lower[start - 1] not in lx.MONTHS and lower[start - 1] not in DAYS:
                start -= 1
            if start == end or start == 0 or lower[start - 1] not in PLANT_NAME_OPENERS:
                continue
            if self._title_case_line(start):
                continue  # "Spring Plant To Reopen For Jeep": a headline's capitals name nothing
            name = self.index.span_text(start, end)
            if not titled and not self._town_of_the_story(name, ents):
                continue  # "its Spring Hill plant": a town's name; "the Gateway plant" may be any name
            span = Span(doc, start, end, label="PLACE", span_id=name)
            if not self._site_name(doc, span):
                continue
            taken.update(range(start, end))
            found.append(self._new_site(span, unresolved))
        return found

    def _short_us_state_before(self, k: int) -> int:
        """How many tokens a US state written short takes before token k, with its comma ('Lafayette, IN facility': 2,
        'Georgetown, Ky., plant': 3), or 0."""
        text, lower = self.index.text, self.index.lower
        j = k - (lower[k - 1] == ",")
        if j < 3 or lower[j - 2] != ",":
            return 0
        code = text[j - 1]
        if code in US_STATE_CODES or code.endswith(".") and code.rstrip(".") in lx.US_STATE_NEWS_STYLE:
            return k - (j - 2)
        return 0

    def _town_of_the_story(self, name: str, ents: list[Span]) -> bool:
        """A town the city database knows, in a country the story names or places a town in (or any, if it names none):
        not 'the Cheshire factory' in a British story, whose namesake town is American."""
        towns = self.gaz.town_countries.get(fold_accents(name))
        if not towns:
            return False
        countries = {e.ent_id_ for e in ents if e.label == Label.COUNTRY}
        countries |= {place.country for e in ents if e.label == Label.PLACE and (place := self.gaz.places.get(e.text)) is not None}
        return not countries or bool(towns & countries)

    def _title_case_line(self, i: int) -> bool:
        """The sentence of token i is written in title case, as headlines are ('Belvidere Plant To Reopen For Jeep')."""
        start, end = self.index.sent_bounds(i)
        words = [t for t in self.index.text[start:end] if t[:1].isalpha()]
        return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)

    def _listed_plant_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'after the Huangpu Plant and Zencheng Plant': a town the gazetteer lacks, named as a plant right after a
        known town's plant and 'and'."""
        places = {e.end: e for e in ents if e.label == Label.PLACE}
        taken = self._tokens_of(ents)
        lower = self.index.lower
        found = []
        for i in self.index.positions(frozenset(["and"])):
            if (i < 2 or i + 2 >= len(doc) or lower[i - 1] not in ("plant", "factory") or i - 1 not in places
                    or i + 1 in taken or not doc[i + 1].is_title or not doc[i + 1].is_alpha or lower[i + 2] != lower[i - 1]
                    or self.index.is_boilerplate(i)):
                continue
            span = Span(doc, i + 1, i + 2, label="PLACE")
            if self._site_name(doc, span) and lower[i + 1] not in STOP_WORDS:
                found.append(self._new_site(span, unresolved))
        found += self._second_town_of_plants(doc, places, taken | {i for e in found for i in range(e.start, e.end)})
        found += self._named_plants_listed(doc, places, taken | {i for e in found for i in range(e.start, e.end)}, unresolved)
        return found

    def _named_plants_listed(self, doc: Doc, places: dict[int, Span], taken: set[int], unresolved: list[Unresolved]) -> list[Span]:
        """'its Marysville Auto Plant, East Liberty Auto Plant and Anna Engine Plant': the towns of plants' names listed
        after a known town's plant name, each name closing with a capitalised plant noun."""
        lower, n = self.index.lower, len(doc)
        found = []

        def plant_words(j: int) -> int:  # past "Auto Plant", "Engine Plant", "Assembly Plant": the end, or j if none
            k = j
            while k < n and k - j < 3 and doc[k].is_title and lower[k] in PLANT_NAME_WORDS:
                k += 1
            return k if k > j and lower[k - 1] in ("plant", "factory", "works") else j

        for end in places:
            j = plant_words(end)
            while j > end and j < n:
                k = j + (lower[j] == ",")
                k += k < n and lower[k] == "and"
                if k == j or k >= n:
                    break
                start = k
                while k < n and k - start < 3 and doc[k].is_title and doc[k].is_alpha and lower[k] not in PLANT_NAME_WORDS:
                    k += 1
                after = plant_words(k)
                if k == start or after == k or any(i in taken for i in range(start, k)) or self.index.is_boilerplate(start):
                    break
                span = Span(doc, start, k, label="PLACE")
                if not self._site_name(doc, span) or lower[start] in STOP_WORDS:
                    break
                found.append(self._new_site(span, unresolved))
                j = after
        return found

    def _second_town_of_plants(self, doc: Doc, places: dict[int, Span], taken: set[int]) -> list[Span]:
        """'with plants in Woodstock and Cambridge', 'its Woodstock and Cambridge plants': a town the city database
        knows in the country of the known town before it, the second of two plants' towns."""
        lower = self.index.lower
        found = []
        for i in self.index.positions(frozenset(["and"])):
            first = places.get(i)
            if first is None or i + 1 in taken or i + 2 > len(doc) or not doc[i + 1].is_title or not doc[i + 1].is_alpha:
                continue
            if i + 2 < len(doc) and (doc[i + 2].is_title or doc[i + 2].text == "-") or self.index.is_boilerplate(i):
                continue  # (one word: not "Woodstock and Cambridge Mills", "and Hai-Phong")
            listed = lower[first.start - 2:first.start] in (["plants", "in"], ["factories", "in"], ["plants", "at"], ["factories", "at"])
            if not listed and lower[i + 2:i + 3] not in (["plants"], ["factories"]):
                continue
            towns = self.gaz.town_countries.get(fold_accents(doc[i + 1].text), set())
            place = self.gaz.places.get(first.text)
            countries = {place.country} if place is not None else self.gaz.town_countries.get(fold_accents(first.text), set())
            if towns & countries and lower[i + 1] not in STOP_WORDS:
                found.append(Span(doc, i + 1, i + 2, label="PLACE"))
        return found

    def _dateline_agency(self, doc: Doc, ent: Span) -> bool:
        """'YANGON, NNA – ...', 'NEW DELHI, PTI - ...': a name between a dateline's town, in capitals at the start of a
        line, and the dash that opens the story is the wire service's."""
        lower, text = self.index.lower, self.index.text
        if ent.start < 2 or ent.end >= len(doc) or lower[ent.start - 1] != "," or lower[ent.end] not in ("–", "—", "-", "--"):
            return False
        k = ent.start - 2
        if not (text[k].isupper() and text[k].isalpha() and len(text[k]) > 1):
            return False
        while k > 0 and text[k - 1].isupper() and text[k - 1].isalpha():
            k -= 1  # "KUALA LUMPUR, Bernama –"
        return k == 0 or "\n" in text[k - 1] or not text[k - 1].strip()

    def _site_name(self, doc: Doc, span: Span) -> bool:
        """A capitalised run that can name a site: 'the Hajigabul Industrial Park' can, 'Tata Motors' or a month
        cannot, nor a generic word alone ('plants in the South', 'the Kingdom's largest factory')."""
        if any(t.text in lx.CORPORATE_SUFFIXES and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in SITE_HEADS)
               or t.lower_ in lx.MONTHS for t in span):
            return False
        # ('the plant in the North East': a part of a country in compass words, no site)
        return not (all(t.lower_ in GENERIC_PLACE_WORDS for t in span) or span[-1].lower_ in GLOBE_PART_HEADS)

    def _new_site(self, span: Span, unresolved: list[Unresolved]) -> Span:
        """A site the gazetteer lacks, recorded as unresolved for the Curation page."""
        unresolved.append(Unresolved(span.text, "PLACE", self.index.sent_text(span.start), span.start_char, span.end_char,
                                     "a site named beside a plant"))
        return span

    def _surname(self, doc: Doc, ent: Span, covered: set[int]) -> bool:
        """'said Gianni Forte, national secretary', 'Lucía Polo, head of sales, said': a one-word name after a
        capitalised first name that is no entity, where a speaker is named (a speech verb before, or a comma or a
        speech verb after), is the person's surname."""
        lower, text = self.index.lower, self.index.text
        first = ent.start - 1
        if len(ent) != 1 or first < 0 or first in covered or not text[first].istitle() or not text[first].isalpha():
            return False
        if lower[first] in STOP_WORDS or lower[first] in lx.MONTHS or lower[first] in self.role_words:
            return False
        after = lower[ent.end] if ent.end < len(doc) else ""
        before = lower[first - 1] if first > 0 else ""
        return before in lx.SPEECH_VERBS or after in lx.SPEECH_VERBS or (after == "," and (
            first == self.index.sent_bounds(first)[0] or before in (",", "by", "and")))

    def _without_plant_words(self, doc: Doc, span: Span) -> Span | None:
        """'East Liberty Auto Plant', 'Louisville Assembly Plant': a plant's capitalised name, the site without its
        plant words; None when the name does not end in a plant noun or nothing is left."""
        lower = self.index.lower
        end = span.end
        # the plant noun inside the capitalised run, or right after it ("Plant" may stop a run as a role word)
        if lower[end - 1] not in lx.PLANT_NOUNS and not (end < len(lower) and lower[end] in lx.PLANT_NOUNS
                                                          and lower[end - 1] in ("auto", "motor", "vehicle", "assembly")):
            return None
        while end > span.start and (lower[end - 1] in lx.PLANT_NOUNS or lower[end - 1] in PLANT_MODIFIERS
                                    or lower[end - 1] in ("auto", "motor", "vehicle")):
            end -= 1
        return Span(doc, span.start, end, label="PLACE", span_id=doc[span.start:end].text) if end > span.start else None

    def _owned_sites(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'Toyota Motor Manufacturing Canada's Woodstock plant builds ...': a site the gazetteer lacks, named between a
        company's possessive and a plant noun, with no preposition before it."""
        taken = self._tokens_of(ents)
        company_ends = {e.end for e in ents if e.label_ == "COMPANY"}
        lower = self.index.lower
        found = []
        for k in self.index.positions(POSSESSIVE_MARKS):
            if k not in company_ends or k + 1 >= len(doc) or k + 1 in taken or self.index.is_boilerplate(k):
                continue
            span = self._title_run(doc, k + 1, taken, label="PLACE")
            if span is None:
                continue
            after = lower[span.end:span.end + 2]
            if not (after[:1] and after[0] in lx.PLANT_NOUNS or after[:1] and after[0] in PLANT_MODIFIERS
                    and after[1:] and after[1] in lx.PLANT_NOUNS):
                span = self._without_plant_words(doc, span)
                if span is None:
                    continue
            if not self._site_name(doc, span):
                continue
            noun = next((x for x in range(span.end, min(len(doc), span.end + 3)) if lower[x] in lx.PLANT_NOUNS), span.end)
            if lower[noun + 1:noun + 2] and lower[noun + 1] in ("near", "in", "outside", "at"):
                continue  # "Toyota's Samrong plant near Bangkok": the place written after it locates the plant
            taken.update(range(span.start, span.end))
            found.append(self._new_site(span, unresolved))
        return found

    def _acts_like_a_maker(self, i: int) -> bool:
        """A production or shipping verb right after a name, maybe behind 'will' or 'plans to'."""
        lower = self.index.lower
        k = i
        while k < len(lower) and k - i < 3 and lower[k] in ("will", "plans", "plan", "aims", "to", "also", "has", "is", "now"):
            k += 1
        return k < len(lower) and (lower[k] in lx.EXPORT_CUES or lower[k] in MAKER_VERBS)

    def _title_run(self, doc: Doc, start: int, taken: set[int], label: str = "COMPANY") -> Span | None:
        text, lower = self.index.text, self.index.lower  # Token.is_title, .is_alpha: str.istitle, .isalpha
        end = start
        while (end < len(doc) and end - start < 4 and text[end].istitle() and end not in taken and text[end].isalpha()
               and lower[end] not in self.role_words and lower[end] not in lx.MONTHS and lower[end] not in DAYS):
            end += 1  # (a weekday names no company nor site: "the Japanese carmaker Tuesday launched")
        if label == "PLACE" and end > start:
            end = self._zone_name_end(doc, start, end, taken)
        if end == start or lower[start] in STOP_WORDS:
            return None
        return Span(doc, start, end, label=label, span_id=self.index.span_text(start, end))

    def _zone_name_end(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        """'the Special Economic Zone': a zone's or park's name runs on past a word that also opens a title
        ('Economic', as in an economic minister's), up to the zone word; other runs end where they ended."""
        text, lower = self.index.text, self.index.lower
        k = end
        while k < len(doc) and k - start < 4 and text[k].istitle() and text[k].isalpha() and k not in taken and lower[k] not in lx.MONTHS:
            k += 1
            if lower[k - 1] in SITE_HEADS:
                # "the Special Economic Zone of Coega": generic words only name no site; the town after them does
                return start if all(w in GENERIC_ZONE_WORDS for w in lower[start:k]) else k
        return end

    # -- people ------------------------------------------------------------------------------
    def _people(self, doc: Doc, ents: list[Span]) -> list[tuple[Span, str, str]]:
        taken = self._tokens_of(ents)
        # one-word companies this component found ("Ayass" of "Ayass Motors"): no Token.ent_type_ yet marks them
        self._one_word_companies = {e.start for e in ents if e.label == Label.COMPANY and len(e) == 1}
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        people: list[tuple[Span, str, str]] = []
        appointees: list[tuple[Span, str, str]] = []
        seen: set[tuple[int, int]] = set()
        former: set[int] = set()  # positions in `people` of posts held before ("a former Honda executive, Ana Ruiz")
        unnamed: list[tuple[int, str, str]] = []  # "..., its chief operating officer said": a title that speaks, unnamed
        role_spans = filter_spans([doc[s:e] for _, s, e in self.roles(doc)])
        role_starts = {r.start for r in role_spans}
        for role_span in role_spans:
            start, end = role_span.start, role_span.end
            if self.index.is_boilerplate(start) or _clock_pm(role_span):
                continue
            role_end = self._portfolio_end(doc, end, taken)
            # "Deputy Industry and Trade Minister": the portfolio written before the title
            start = self._portfolio_start(doc, start, taken)
            if start == role_span.start:
                start = self._paired_function_start(start, role_span.end)
            if start >= 3 and doc[start - 2].text == "-" and doc[start - 1].is_lower and doc[start - 3].is_lower and doc[start - 3].is_alpha:
                start -= 3  # "whole-time director", "full-time adviser"
            # "Minister of Industry, Mine and Trade" keeps its portfolio; plain titles take the canonical form
            written = role_span.text.lower().replace("-", " ").replace(" - ", " ")
            canonical = self.gaz.roles.get(written, "")
            # titles as written ("vice-president", "Gov."); acronyms where the gazetteer has one ("chief executive" -> CEO)
            if role_end > end or start < role_span.start:
                canonical_role = doc[start:max(role_end, end)].text
            else:
                canonical_role = canonical if self._abbreviated_title(written, canonical) else lx.ROLE_ABBREVIATIONS.get(role_span.text, role_span.text)
            org = self._org_before(doc, start, ent_at) or self._org_after(doc, role_end, ent_at) or self._sentence_company(start, canonical_role, ents)
            appointed = self._appointed(doc, start, taken)
            name = appointed or (self._name_after(doc, role_end, taken) or self._name_after_org(doc, role_end, ent_at, taken)
                                 or self._name_after_workplace(doc, start, role_end, taken)
                                 or self._name_before(doc, start, taken, ent_at))
            if name is not None and name is not appointed and name.start >= role_end and self._titled_in_a_list(doc, name, role_starts):
                # "Jack Wei, President of BAIC, Tom Lane, CEO of Chery, ...": the name after this title has a title of
                # its own, so this one belongs to the name before it
                name = self._name_before(doc, start, taken, ent_at) or name
            if name is None and role_end > end and start == role_span.start:
                # "Deputy akim of East Kazakh region Ivan Orlov": "East" read as a portfolio, but it begins the region
                name = self._name_after(doc, end, taken)
                canonical_role = canonical if name is not None and self._abbreviated_title(written, canonical) else role_span.text if name is not None else canonical_role
            if name is None:
                # "Ana Ruiz, 49, was named president of X": the subject of a passive verb of appointing
                name = self._passive_appointee(doc, start, taken)
                written = self.index.span_text(name.start, name.end) if name is not None else ""
                if name is not None and (len(name) == 1 or any(p[0].text.endswith(" " + written) for p in people)):
                    # "Ruiz, 49, was named ...": a person named in full before, by the surname
                    self._later_role(people, former, written, canonical_role.strip(), org)
                    continue
            if name is None:
                name = self._serving(doc, start, taken)
            if name is None:
                name = self._post_holder(doc, start, taken)
            if name is None:
                name = self._copular_holder(doc, start, taken)
            if name is None:
                name = self._left_post(doc, start, taken)
            if name is None:
                name = self._appointee_before_clause(doc, start, taken, ent_at)
            if name is None and role_span.text in lx.ROLE_ABBREVIATIONS:
                name = self._surname_after_abbreviation(doc, role_end, taken)
            if name is None and doc[start].is_title:
                name = self._person_in_full(doc, self._surname_after_abbreviation(doc, role_end, taken), taken)
            if name is None and self._unnamed_speaker(start, role_end):
                unnamed.append((start, canonical_role.strip(), org))
            if name is None:
                name = self._named_before_as(start, people)
            if name is not None and (name.start, name.end) in seen and start > name.end:
                # "the appointment of former Volkswagen boss Ana Ruiz as its new chairman": the post after the name
                # replaces the one held before it
                self._replace_former_post(people, former, name, canonical_role.strip(), org)
                continue
            if name is None or (name.start, name.end) in seen or name[-1].lower_ in BODY_NOUNS | PUBLIC_OFFICE_NOUNS:
                continue  # "director of the Henan Provincial Department of Commerce": a body's name, no person
            if len(name) == 2 and name[0].lower_.rstrip(".") in lx.HONORIFICS:
                # "Mr Tanaka, a senior vice president, ...": a person the story names in full
                if any(p[0].text.endswith(" " + name[1].text) for p in people):
                    continue
                name = self._person_in_full(doc, name[1:], taken) or name
            if appointed is not None:  # "JLR has named Priya Lal as plant director": the appointing company
                org = org or self._org_before(doc, name.start - 2 if doc[name.start - 2].lower_ in ("has", "have") else name.start - 1, ent_at) \
                    or self._appointer(name.start, ents)
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            people.append((name, canonical_role.strip(), org))
            if {"former", "ex"} & set(self.index.lower[max(0, start - 3):start]) or self._former_before(start):
                former.add(len(people) - 1)  # "a former Honda executive, Ana Ruiz": a post she left
            if appointed is not None:
                appointees.append(people[-1])
            predecessor = self._predecessor(doc, name, taken) if appointed is not None or "appointment" in self.index.lower[max(0, start - 8):start] else None
            if predecessor is None:
                predecessor = self._taken_over_from(doc, start, role_end, taken)
            if predecessor is not None and (predecessor.start, predecessor.end) not in seen:
                # "... and replaces Graham Pike", "takes over from Hiroki Tanaka": the one leaving held the same post
                seen.add((predecessor.start, predecessor.end))
                taken.update(range(predecessor.start, predecessor.end))
                people.append((predecessor, canonical_role.strip(), org))
        self._current_posts(people, former)
        # "Mr Tanaka replaces Ian Moss": one who holds a post, named by the surname, succeeds another in it
        holders = [p for p in people if p[1] and len(p[0]) >= 2 and p not in appointees]
        if appointees:
            people.extend(self._succeeded(doc, appointees, taken, seen))
        if holders:
            people.extend(self._succeeded(doc, holders, taken, seen, pronouns=False))
        people.extend(self._founders(doc, ents, taken, seen))
        people.extend(self._plural_title_names(doc, taken, seen))
        people.extend(self._heads(doc, ents, ent_at, taken, seen))
        speakers = self._speakers(doc, taken, seen)
        self._name_the_unnamed(speakers, unnamed)
        people.extend(speakers)
        people.extend(self._questioners(doc, taken, seen))
        for ent in ents:
            if ent.label == Label.PERSON and (ent.start, ent.end) not in seen:  # from a statistical NER
                people.append((ent, "", ""))
        return people

    def _titled_in_a_list(self, doc: Doc, name: Span, role_starts: set[int]) -> bool:
        """'..., Tom Lane, CEO of Chery, ...': a name a comma and a title (past 'the', 'its' or a modifier or two) follow."""
        k = name.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        k += 1
        while k < len(doc) and k - name.end <= 4 and k not in role_starts and doc[k].is_alpha and doc[k].lower_ not in ("and", "said", "says"):
            k += 1
        return k in role_starts

    def _unnamed_speaker(self, start: int, role_end: int) -> bool:
        """'..., its chief operating officer for the Middle East said on Wednesday': a title after 'its' (or a company's
        possessive) that a verb of speech follows within a few words, the person not named there."""
        lower = self.index.lower
        if start < 1 or not (lower[start - 1] == "its" or lower[start - 1] in ("'s", "’s") and start >= 2 and self.index.doc[start - 2].ent_type_ == "COMPANY"):
            return False
        sent_end = self.index.sent_bounds(start)[1]
        return any(lower[k] in SAID_VERBS for k in range(role_end, min(sent_end, role_end + 10)))

    @staticmethod
    def _name_the_unnamed(speakers: list[tuple[Span, str, str]], unnamed: list[tuple[int, str, str]]) -> None:
        """'X plans to double output, its chief operating officer said. ..., Samir Haddad said': the next person quoted
        without a title (within two hundred words) is the one the title spoke of."""
        for start, role, org in unnamed:
            for n, (name, held, held_at) in enumerate(speakers):
                if not held and start < name.start <= start + 200:
                    speakers[n] = (name, role, org or held_at)
                    break

    def _serving(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Tanaka currently serves as Nissan's co-CEO', 'Ana Ruiz will continue to serve as chairman', 'to succeed Ana
        Ruiz as Acme's CEO': the person who holds (or held) the post. A surname alone stands for the person the story
        names in full."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k >= 2 and lower[k] in ("'s", "’s") and doc[k - 1].ent_type_ == "COMPANY":  # "as Nissan Motor's CEO"
            k -= 1
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1
            k -= 1
        if k < 2 or lower[k] != "as":
            return None
        sent_start = self.index.sent_bounds(start)[0]
        if lower[k - 1] in SUCCESSION_VERBS:  # "to succeed Ana Ruiz as CEO": no name between the verb and "as"
            return None
        # "Ana Ruiz will be taking over as CEO", "Ruiz took over as chairman": a post taken, as one served
        takes_over = lower[k - 1] == "over" and lower[k - 2] in TAKE_VERBS
        serves = lower[k - 1] in SERVE_VERBS or takes_over
        if serves:
            end = k - 1 - takes_over
            while end > sent_start and (lower[end - 1] in SERVE_AUXILIARIES or takes_over and lower[end - 1] == "be"):
                end -= 1
            if end - 2 >= sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
                end -= 2  # "Ana Ruiz, who serves as ..."
        else:
            end = k  # "succeed Ana Ruiz as CEO"
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        if begin == end:
            return None
        if not serves and (begin < 1 or lower[begin - 1] not in SUCCESSION_VERBS):
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end:
            return name
        if end - begin == 1 and serves:
            return self._full_name(doc, begin, taken)
        return None

    def _copular_holder(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz is president of Kestrel Motors', 'Ruiz has been the plant's director since May': the name the
        sentence opens with, a form of 'be' between it and the title. A surname alone stands for the person the story
        names in full."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "now", "currently", "also", "still", "new"):
            k -= 1
        if k >= 3 and lower[k] == "from" and lower[k - 1] in PROMOTED_WORDS:
            k -= 2  # "Ana Ruiz has been promoted from sales director to ...": the post she held
        if k < 1 or lower[k] not in ("is", "was", "been", "remains", "remained", "becomes", "became", "become"):
            return None
        end = k
        if lower[k] == "been":
            if lower[k - 1] not in ("has", "had") or k < 2:
                return None
            end = k - 1
        elif lower[k] == "become":  # "Ana Ruiz will become the new sales director"
            if lower[k - 1] not in ("will", "would", "shall") or k < 2:
                return None
            end = k - 1
        sent_start = self.index.sent_bounds(start)[0]
        if sent_start + 2 < end and lower[sent_start] in SENTENCE_ADVERBS and lower[sent_start + 1] == ",":
            sent_start += 2  # "Also, Ana Ruiz will become ...", "Meanwhile, Ian Moss is ..."
        begin = self._past_honorific(doc, sent_start)
        if begin >= end:
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end and len(name) >= 2:
            return self._particle_surname_in_full(doc, name, taken) or name
        if end - begin == 1 and self._name_token(begin, taken):
            return self._full_name(doc, begin, taken)
        return None

    def _particle_surname_in_full(self, doc: Doc, name: Span, taken: set[int]) -> Span | None:
        """'Luz Elena del Castillo joins ... Del Castillo becomes the new president': a surname with its particle
        ('Del Castillo', 'Van Dijk') opening a sentence stands for the person the story names in full before, the particle
        written in lower case there."""
        lower = self.index.lower
        if len(name) != 2 or lower[name.start] not in lx.PERSON_PARTICLES:
            return None
        for j in self.index.positions(frozenset([lower[name.start + 1]])):
            if j >= name.start or lower[j - 1] != lower[name.start] or self.index.text[j - 1] == self.index.text[name.start]:
                continue
            begin = j - 1
            while begin - 1 >= 0 and j - begin < 4 and self._name_token(begin - 1, taken) and lower[begin - 1] not in lx.PERSON_PARTICLES:
                begin -= 1
            if begin < j - 1:
                return Span(doc, begin, j + 1, label="PERSON")
        return None

    def _post_holder(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz will keep the post of chairman', 'Ian Moss, who will fill a newly created position as president of
        X': the person who holds, takes or keeps the post a noun of posts names before the title. A surname alone
        stands for the person the story names in full."""
        lower = self.index.lower
        k = start - 1
        if k < 3 or lower[k] not in ("of", "as"):
            return None
        k -= 1
        if lower[k] not in POST_NOUNS:
            return None
        k -= 1
        while k >= 0 and start - k <= 7 and (doc[k].is_lower and doc[k].is_alpha and lower[k] not in POST_VERBS or lower[k] == "-"):
            k -= 1  # "the post", "a newly created position", "the top job"
        if k < 1 or lower[k] not in POST_VERBS or lower[k + 1] not in ("the", "a", "an", "his", "her", "their"):
            return None
        sent_start = self.index.sent_bounds(start)[0]
        end = k
        while end > sent_start and lower[end - 1] in SERVE_AUXILIARIES | {"is", "was", "be", "been", "will", "also"}:
            end -= 1
        if end - 2 >= sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
            end -= 2  # "Ian Moss, who will fill ..."
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        if begin == end or begin > sent_start and (doc[begin - 1].is_title and doc[begin - 1].is_alpha):
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end and len(name) >= 2:
            return name
        if end - begin == 1:
            return self._full_name(doc, begin, taken)
        return None

    def _left_post(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz resigned on Monday as chief executive', 'Ruiz will step down as chairman': the person who leaves
        the post, named before the verb (a time phrase may stand between the verb and 'as')."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "his", "her"):
            k -= 1
        if k < 2 or lower[k] != "as":
            return None
        sent_start = self.index.sent_bounds(start)[0]
        v = k - 1
        while v > sent_start and k - v <= 3 and (lower[v] in DAYS or lower[v] in ("on", "last", "this", "week", "month", "earlier")):
            v -= 1  # "resigned on Monday as ..."
        if lower[v] == "down" and v - 1 > sent_start and lower[v - 1] in ("stepped", "steps", "step", "stepping"):
            v -= 1
        elif lower[v] not in LEAVE_VERBS:
            return None
        end = v
        while end > sent_start and lower[end - 1] in SERVE_AUXILIARIES | {"is", "was", "be"}:
            end -= 1  # "Ana Ruiz will step down as ..."
        if end - 2 > sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
            end -= 2  # "..., and Ana Ruiz, who has departed as president of X"
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        if end - begin < 2 or begin > sent_start and doc[begin - 1].is_title:
            return None
        name = self._name_at(doc, begin, taken)
        return name if name is not None and name.end == end else None

    def _taken_over_from(self, doc: Doc, start: int, role_end: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz will take over as CEO from Ian Moss', '... as CEO for Ian Moss, who held it since May': the one who
        held the post before."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k < 2 or lower[k] != "as" or lower[k - 1] != "over" or lower[k - 2] not in TAKE_VERBS:
            return None
        if role_end + 1 >= len(doc) or lower[role_end] not in ("from", "for"):
            return None
        return self._name_at(doc, self._past_honorific(doc, role_end + 1), taken)

    def _appointee_before_clause(self, doc: Doc, start: int, taken: set[int], ent_at: dict[int, Span]) -> Span | None:
        """'He replaces Ana Ruiz, who will be promoted to head of sales', 'Ana Ruiz, who has been named Acme Europe's
        plant manager': the name before a relative clause of a passive verb of appointing that gives the title."""
        lower = self.index.lower
        k = start - 1
        modifiers = 0  # "named its engine production manager": a word or two that class the title
        while k >= 0 and (lower[k] in ("the", "its", "a", "an", "new") or modifiers < 2 and doc[k].is_lower and doc[k].is_alpha
                          and lower[k] not in PASSIVE_APPOINTING and lower[k] not in ("to", "as", "who")):
            modifiers += lower[k] not in ("the", "its", "a", "an", "new")
            k -= 1
        if k >= 1 and lower[k] in ("'s", "’s"):  # "named Acme Europe's plant manager": the possessor
            k -= 1
            stop = k - 4
            while k > stop and k >= 0 and (k in ent_at or doc[k].is_title and doc[k].is_alpha):
                k -= 1
            while k >= 0 and lower[k] == "the":
                k -= 1
        if k >= 0 and lower[k] in ("to", "as"):
            k -= 1
        if k < 3 or lower[k] not in PASSIVE_APPOINTING:
            return None
        k -= 1
        while k >= 0 and lower[k] in CLAUSE_AUXILIARIES:
            k -= 1
        if k < 2 or lower[k] != "who" or doc[k - 1].text != ",":
            return None
        return self._name_before(doc, k, taken, ent_at)

    def _person_in_full(self, doc: Doc, surname: Span | None, taken: set[int]) -> Span | None:
        """'Prime Minister Haddad said': a surname after a title stands for the person the story names in full (none
        where the story never does)."""
        return self._full_name(doc, surname.start, taken) if surname is not None and len(surname) == 1 else None

    def _full_name(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """The story's mention in full ('Hiroto Tanaka') of the person a surname alone (doc[i], 'Tanaka') stands for."""
        surname = self.index.text[i]
        if len(surname) < 3 or not surname.istitle():
            return None
        for j in self.index.positions(frozenset([self.index.lower[i]])):
            if j == i or j < 1 or self.index.text[j] != surname:
                continue
            begin = j
            while begin - 1 >= 0 and j - begin < 3 and self._name_token(begin - 1, taken):
                begin -= 1
            name = self._name_at(doc, begin, taken) if begin < j else None
            if name is not None and name.end == j + 1:
                return name
        return None

    def _surname_after_abbreviation(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """'Gov. Pritchard has backed the plant': an abbreviated title before a surname alone (no capitalised word after
        it, which would make it a longer name's first word)."""
        if i >= len(doc) or not self._name_token(i, taken) or len(doc[i]) < 3 or doc[i].lower_ in lx.PERSON_PARTICLES:
            return None
        if i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].text in ("'s", "’s")):
            return None
        return Span(doc, i, i + 1, label="PERSON")

    def _appointed(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'X has named Priya Lal as plant director', 'appointed Samuel Otieno as managing director': the name before 'as'."""
        lower = self.index.lower
        k = start - 1
        country = k
        while country >= 0 and doc[country].ent_type_ in ("COUNTRY", "REGION"):
            country -= 1
        if country < k and lower[country] in ("its", "the", "new"):
            k = country  # "as its India president": the country the post covers
        while k >= 0 and lower[k] in ("its", "the", "new", "a", "an"):
            k -= 1
        if k >= 2 and lower[k] in ("'s", "’s") and lower[k - 1] in OWNER_NOUNS:  # "as the company's chief executive"
            k -= 2
            while k >= 0 and lower[k] == "the":
                k -= 1
        if k >= 2 and lower[k] != "as":
            # "Skoda has named Petr Vesely director of its Kvasiny plant": the name right before the title
            begin = k + 1
            while begin - 1 >= 0 and k + 1 - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
                begin -= 1
            if k + 1 - begin < 2 or begin < 1 or lower[begin - 1] not in APPOINTING_VERBS or doc[begin].lower_ in lx.PERSON_PARTICLES:
                return None
            return Span(doc, begin, k + 1, label="PERSON")
        if k < 3:
            return None
        if doc[k - 1].text == ",":
            return self._appointed_before_aside(doc, k - 1, taken)
        begin = k
        while begin - 1 >= 0 and k - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        # "announced the appointment of Lina Haddad as managing director"
        if k - begin < 2 or begin < 1 or lower[begin - 1] not in APPOINTING_VERBS and lower[begin - 2:begin] != ["appointment", "of"]:
            return None
        return Span(doc, begin, k, label="PERSON")

    def _appointed_before_aside(self, doc: Doc, comma: int, taken: set[int]) -> Span | None:
        """'Acme is hiring Ana Ruiz, who has worked with Kestrel Motors, as its president': the name after a verb of
        appointing, an aside between commas after it, then 'as' and the title (doc[comma] the aside's closing comma)."""
        lower = self.index.lower
        sent_start = self.index.sent_bounds(comma)[0]
        for j in range(comma - 3, max(sent_start, comma - 30) - 1, -1):
            if lower[j] not in APPOINTING_VERBS and lower[j] not in ("hiring", "appointing", "naming"):
                continue
            name = self._name_at(doc, self._past_honorific(doc, j + 1), taken)
            if name is None or name.end >= comma or doc[name.end].text != "," or lower[name.end + 1] not in ("who", "whose"):
                return None
            return name if "as" not in lower[name.end:comma] else None
        return None

    def _passive_appointee(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz was named president of X', 'Park Min-ho, who joined in 2019, was promoted to vice chairman', 'Ruiz,
        49, has been appointed chief executive': the person a passive verb of appointing names, before it or opening
        the sentence with an aside between commas. A one-word name (a surname) only opening the sentence."""
        lower = self.index.lower
        k = start - 1
        while k >= 0:
            if lower[k] in ("the", "a", "an", "its", "new", "as", "to"):
                k -= 1
            elif (lower[k] in ("'s", "’s") or lower[k] in ("'", "’") and lower[k - 1].endswith("s")) and k >= 2 and (
                    k - 1 in taken or lower[k - 1] in POST_OWNER_NOUNS):
                # "was named as Ford's new chief executive", "was appointed the company's CFO": past the post's owner
                k -= 1  # the owner's last word, then its first, then the word before it
                while k >= 1 and k in taken and k - 1 in taken:
                    k -= 1
                k -= 1
            else:
                break
        # "was announced as Ford's new chief executive": announcing someone as a post holder appoints them
        announced = k >= 2 and lower[k] in ANNOUNCED_AS and lower[k + 1] == "as"
        if k < 2 or lower[k] not in PASSIVE_APPOINTING and not announced:
            return None
        if doc[k].is_title and doc[k - 1].is_title:  # a headline: "Ana Ruiz Named President of Acme Mexico"
            sent_start = self.index.sent_bounds(start)[0]
            begin = k
            while begin - 1 >= sent_start and k - begin < 5 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
                begin -= 1
            name = self._name_at(doc, begin, taken) if begin == sent_start else None
            # the capitalised verb reads as a word of the name: the name ends before it
            return Span(doc, begin, k, label="PERSON") if name is not None and name.end >= k and k - begin >= 2 else None
        k -= 1
        if lower[k] == "been" and k > 0:  # "has been named"
            k -= 1
        elif lower[k] == "be" and k > 0 and lower[k - 1] == "will":  # "will be named"
            k -= 1
        if lower[k] not in ("was", "is", "has", "had", "will") or k < 1:
            return None
        k -= 1
        sent_start = self.index.sent_bounds(start)[0]
        if doc[k].text == ",":  # an aside closes before the verb: the name opens the sentence, a comma after it
            begin = self._past_honorific(doc, sent_start)
            name = self._name_at(doc, begin, taken)
            if name is None and self._name_token(begin, taken) and len(doc[begin].text) > 2:
                name = Span(doc, begin, begin + 1, label="PERSON")
            return name if name is not None and name.end < k and doc[name.end].text == "," else None
        begin = k + 1
        while begin - 1 >= sent_start and k + 1 - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        name = self._name_at(doc, begin, taken) if begin <= k else None
        return name if name is not None and name.end == k + 1 else None

    @staticmethod
    def _later_role(people: list[tuple[Span, str, str]], former: set[int], surname: str, role: str, org: str) -> None:
        """'Neumann, 51, was named president': the post of a person named in full before, by the surname; it replaces a
        post held before ('a former Volkswagen executive, Karl-Thomas Neumann') or fills an empty one."""
        for n, (name, held, held_at) in enumerate(people):
            if not name.text.endswith(" " + surname) or not role:
                continue
            if n in former or not held:
                people[n] = (name, role, org or held_at)
                former.discard(n)
            return

    def _former_before(self, start: int) -> bool:
        """'Former Volkswagen India and Japan boss Ana Ruiz': 'former' opening the employer's name before the title,
        a few capitalised words (and 'and') between."""
        lower, text = self.index.lower, self.index.text
        k = start - 1
        while k > 0 and start - k <= 6 and lower[k] not in ("former", "ex") and (text[k][:1].isupper() or lower[k] == "and"):
            k -= 1
        return k < start - 1 and lower[k] in ("former", "ex")

    def _named_before_as(self, start: int, people: list[tuple[Span, str, str]]) -> Span | None:
        """'named former Volkswagen boss Ana Ruiz as its new chairman': a person already read, right before 'as' and the
        title (past 'its', 'the', 'new')."""
        lower = self.index.lower
        k = start - 1
        while k > 0 and lower[k] in ("its", "the", "a", "an", "new", "his", "her", "their"):
            k -= 1
        if k < 1 or lower[k] != "as":
            return None
        return next((p[0] for p in people if p[0].end == k), None)

    @staticmethod
    def _replace_former_post(people: list[tuple[Span, str, str]], former: set[int], name: Span, role: str, org: str) -> None:
        """The person at `name`, read with a post held before ('former ... boss'), holds `role` now."""
        for n, (held_by, _, _) in enumerate(people):
            if (held_by.start, held_by.end) == (name.start, name.end) and n in former and role:
                people[n] = (held_by, role, org)  # not the employer of the post held before
                former.discard(n)
                return

    @staticmethod
    def _current_posts(people: list[tuple[Span, str, str]], former: set[int]) -> None:
        """'a former Honda executive, Ana Ruiz ... Ana Ruiz was named president': the post the person holds now."""
        for n in sorted(former):
            name = people[n][0].text
            later = next((p for p in people[n + 1:] if p[0].text == name and p[1]), None)
            if later is not None:
                people[n] = (people[n][0], later[1], later[2] or people[n][2])

    def _appointer(self, i: int, ents: list[Span]) -> str:
        """The company that opens the appointment's sentence."""
        sent_start = self.index.sent_bounds(i)[0]
        company = next((e for e in ents if e.label == Label.COMPANY and sent_start <= e.start < i), None)
        return key_of(company) if company is not None else ""

    def _predecessor(self, doc: Doc, name: Span, taken: set[int]) -> Span | None:
        """The person an appointee replaces, in the same or the next sentence: 'replaces Graham Pike, who retires'."""
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(name.start)
        if sent_end < len(doc):
            sent_end = self.index.sent_bounds(sent_end)[1]
        for k in range(name.end, sent_end - 1):
            word = lower[k]
            if word in SUCCESSION_VERBS:
                j = k + 1
            elif word == "over" and lower[k - 1] in ("takes", "took", "taking", "take") and lower[k + 1:k + 2] == ["from"]:
                j = k + 2
            else:
                continue
            found = self._name_at(doc, self._past_honorific(doc, j), taken)
            if found is not None:
                return found
        return None

    def _succeeded(self, doc: Doc, appointees: list[tuple[Span, str, str]], taken: set[int],
                   seen: set[tuple[int, int]], pronouns: bool = True) -> list[tuple[Span, str, str]]:
        """'She succeeds Ian Moss, who retires', some sentences after the appointment (or in a bullet above it): the
        one leaving held the post of the appointee the sentence is about, by a pronoun or the appointee's name."""
        lower = self.index.lower
        surnames = {w.lower(): a for a in appointees for w in a[0].text.split()[1:]}
        out = []
        for k in self.index.positions(SUCCESSION_VERBS):
            if not 1 <= k < len(lower) - 1 or self.index.is_boilerplate(k):
                continue
            sent_start = self.index.sent_bounds(k)[0]
            opener = lower[sent_start + 1] if lower[sent_start] in ("-", "•", "*") and sent_start + 1 < k else lower[sent_start]
            if opener.rstrip(".") in lx.HONORIFICS:  # "Mr Tanaka replaces Ian Moss"
                opener = lower[self._past_honorific(doc, sent_start)]
            if pronouns and lower[k - 1] in ("he", "she") and k - 1 <= sent_start + 1:
                appointee = max((a for a in appointees if a[0].start < k), key=lambda a: a[0].start, default=appointees[0])
            elif opener in surnames:
                appointee = surnames[opener]
            else:
                continue
            name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
            if name is None or (name.start, name.end) in seen:
                continue
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, appointee[1], appointee[2]))
        return out

    def _speakers(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'..., said Li Jun, who runs ...', 'says Rachel Tan of AutoPulse': a person quoted, with no title given."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            if i >= len(lower) - 2 or self.index.is_boilerplate(i):
                continue
            if self.index.text[i][:1].isupper() and i > self.index.sent_bounds(i)[0]:
                continue  # "Toyota Warns Parts Suppliers to Reduce Prices": a headline's capitalised verb, no quote
            name = self._name_at(doc, self._past_honorific(doc, i + 1), taken)
            if name is None or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            if name.end < len(doc) and doc[name.end].is_title and doc[name.end].is_alpha:
                continue  # part of a longer capitalised name: an organisation, most likely
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", ""))
        out.extend(self._speakers_of(doc, taken, seen))
        out.extend(self._speakers_before(doc, taken, seen))
        out.extend(self._speaker_opening(doc, taken, seen))
        return out

    def _speakers_before(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'..., Omar Haddad said at the opening', 'Acme's Lina Berg said:': a person quoted, the name right before the
        verb of speech after a comma, a quotation mark or a company's possessive (not opening a sentence, where
        'Industry Analysts said' is no person)."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(SAID_VERBS):
            if i < 3 or self.index.is_boilerplate(i):
                continue
            sent_start = self.index.sent_bounds(i)[0]
            begin = i
            while begin - 1 > sent_start and i - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
                begin -= 1
            if lower[begin].rstrip(".") in lx.HONORIFICS:
                continue  # '"...," Mr Birkic said': a person named before by the full name
            if len(self.index.span_text(begin, i).split()) < 2 or lower[begin] in lx.PERSON_PARTICLES:
                continue  # 'Farahani-Nezhad said': a surname alone
            before = doc[begin - 1]
            possessive = before.text in ("'s", "’s") and begin - 2 >= 0 and doc[begin - 2].ent_type_ == "COMPANY"
            if not (before.text in (",", '"', "“", "”") or possessive):
                continue
            name = self._name_at(doc, begin, taken)
            if name is None or name.end != i or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", doc[begin - 2].ent_id_ if possessive else ""))
        return out

    def _speaker_opening(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Ana Ruiz said her company chose ...', 'Ivan Orlov explained that ...': a name of two or three words that
        opens the sentence, right before a verb of speech and a word that opens what was said (not 'Industry Analysts
        said', a group named by a plural noun)."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            if i < 2 or i + 1 >= len(doc) or self.index.is_boilerplate(i):
                continue
            start, _ = self.index.sent_bounds(i)
            if not 2 <= i - start <= 3 or lower[i + 1] not in SPEECH_OPENERS:
                continue
            name = self._name_at(doc, start, taken)
            if name is None or name.end != i or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            if any(w in GROUP_NOUNS for w in lower[name.start:name.end]) or lower[start].rstrip(".") in lx.HONORIFICS \
                    or not self.index.text[start].istitle():
                continue  # "Mr Grant said": a person named in full before; "CM Naidu said": a title's short form
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", ""))
        return out

    def _speakers_of(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Economists were unimpressed. Sri Dewi of the Jakarta Institute for Economic Research said ...': a name opening
        the sentence, 'of' and an organisation, then a verb of speech; the role is the plural that opened the sentence
        before ('Economists', 'Analysts'), when the roles list has its singular."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            start, _ = self.index.sent_bounds(i)
            name = self._name_at(doc, start, taken)
            if name is None or (name.start, name.end) in seen or any(t.ent_type_ for t in name) or lower[name.end:name.end + 1] != ["of"]:
                continue
            k = name.end + 1 + (lower[name.end + 1:name.end + 2] == ["the"])
            org_end = k
            while org_end < i and (doc[org_end].is_title or lower[org_end] in ("of", "for", "and", "&") or doc[org_end].ent_type_):
                org_end += 1
            if org_end == k or org_end != i or not doc[k].is_title and not doc[k].ent_type_:
                continue  # "Name of the company said": no organisation's name before the verb
            role = ""
            if start > 0:
                before, _ = self.index.sent_bounds(start - 1)
                plural = lower[before]
                if plural.endswith("s") and plural[:-1] in self.gaz.roles:
                    role = plural[:-1]  # "Analysts were sceptical. Ana Ruiz of X said": an analyst
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, role, ""))
        return out

    def _questioners(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'The next question is from the line of Priya Shah from Copperleaf Capital': a call's questioner, an analyst
        of the firm named after the name."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(QUESTION):
            k = i + 1
            if lower[k:k + 2] in (["is", "from"], ["comes", "from"]):
                k += 2
            elif lower[k:k + 1] == ["from"]:
                k += 1
            else:
                continue
            if lower[k:k + 3] == ["the", "line", "of"]:
                k += 3
            name = self._name_at(doc, self._past_honorific(doc, k), taken)
            if name is None or (name.start, name.end) in seen or self.index.is_boilerplate(i):
                continue
            org_end = name.end + 1
            if lower[name.end:name.end + 1] in (["of"], ["from"], ["at"], ["with"]):
                while org_end < len(doc) and org_end - name.end <= 5 and (doc[org_end].is_title or doc[org_end].is_upper):
                    org_end += 1
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "analyst", doc[name.end + 1:org_end].text if org_end > name.end + 1 else ""))
        return out

    def _founders(self, doc: Doc, ents: list[Span], taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Nord Automobiles, founded by Oluwatobi Ajayi in 2018': the founder of the company just named."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(BY):
            if not 1 <= i < len(lower) - 1 or lower[i - 1] not in FOUNDED and lower[i - 1] not in HELD_BY:
                continue
            # "owned by the renowned athlete Kofi Mensah": a few lower-case words (a description) before the name
            k = i + 1
            while k < len(doc) and k - i <= 4 and lower[i - 1] in HELD_BY and (doc[k].is_lower and doc[k].is_alpha or doc[k].ent_type_ == "COUNTRY"):
                k += 1
            name = self._name_at(doc, k, taken)
            if name is None or (name.start, name.end) in seen or self.index.is_boilerplate(i):
                continue
            sent_start = self.index.sent_bounds(i)[0]
            company = next((e for e in reversed(ents) if e.label == Label.COMPANY and sent_start <= e.start < i), None)
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, HELD_BY.get(lower[i - 1], "founder"), key_of(company) if company is not None else ""))
        return out

    def _past_countries_governed(self, i: int, taken: set[int]) -> int:
        """'the Prime Ministers of Kazakhstan and Uzbekistan Ana Ruiz and Bo Li': past the named countries (or companies)
        the plural title holds, to the names; i itself where no 'of' and names follow."""
        lower, n = self.index.lower, len(self.index.lower)
        if i >= n or lower[i] != "of":
            return i
        m = i + 1
        while m < n and m - i < 12 and (m in taken or lower[m] in (",", "and")):
            m += 1
        return m if m > i + 1 and m - 1 in taken else i

    def _plural_title_names(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'board members Ana Ruiz and Bo Lindqvist', 'analysts Ana Ruiz, Bo Li and Kenji Sato': a title in the plural
        before two names or more, each holding it."""
        lower = self.index.lower
        out = []
        for k in self.index.positions(self.plural_role_tails):
            if k >= len(doc) - 4:
                break
            word = lower[k]
            if self.index.is_boilerplate(k):
                continue
            two = f"{lower[k - 1]} {word[:-1]}" if k > 0 else ""
            role = two if two in self.gaz.roles else word[:-1] if word[:-1] in self.gaz.roles else ""
            if not role:
                continue
            names = []
            i = self._past_countries_governed(k + 1, taken)
            while i < len(doc):
                name = self._name_at(doc, self._past_honorific(doc, i), taken)
                if name is None and names:
                    name = self._initials_and_surname(doc, i, taken)  # "Ministers Durai Murugan, TRB Rajaa and ..."
                if name is None or (name.start, name.end) in seen:
                    break
                names.append(name)
                if name.end + 1 < len(doc) and lower[name.end] in (",", "and"):
                    i = name.end + 1 + (lower[name.end:name.end + 2] == [",", "and"])
                else:
                    break
            if len(names) < 2:
                continue
            for name in names:
                seen.add((name.start, name.end))
                taken.update(range(name.start, name.end))
                out.append((name, role, ""))
        return out

    def _initials_and_surname(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """'TRB Rajaa', 'KT Rama': a name written as its initials run together, then the surname (a list's next name)."""
        text = self.index.text
        if (i + 1 >= len(doc) or i in taken or i + 1 in taken or not (text[i].isupper() and text[i].isalpha() and 2 <= len(text[i]) <= 3)
                or not (text[i + 1].istitle() and text[i + 1].isalpha()) or text[i + 1] in lx.CORPORATE_SUFFIXES):
            return None
        return Span(doc, i, i + 2, label="PERSON")

    def _heads(self, doc: Doc, ents: list[Span], ent_at: dict[int, Span], taken: set[int],
               seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Chen Hao, who heads GWM's international business, ...', 'Ferenc Toth, who chairs the union branch': a title
        given by a verb; the organisation is the one named after the verb, or the sentence's one company."""
        lower = self.index.lower
        out = []
        for k in self.index.positions(HEAD_VERB_WORDS):
            if k < 3 or lower[k - 1] != "who" or lower[k - 2] != "," or self.index.is_boilerplate(k):
                continue
            name = self._name_before(doc, k - 1, taken, ent_at)
            if name is None or (name.start, name.end) in seen:
                continue
            role = HEAD_VERBS[lower[k]]
            j = k + 1 + (lower[k + 1:k + 2] == ["the"])
            org_ent = ent_at.get(j)
            org = key_of(org_ent) if org_ent is not None and org_ent.label == Label.COMPANY else self._sentence_company(k, "head", ents)
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, role, org))
        return out

    @staticmethod
    def _abbreviated_title(written: str, canonical: str) -> bool:
        """A title the gazetteer abbreviates ('group CEO' -> CEO), but not one spelled out in full: 'Ivo Berg, chief
        operating officer' keeps 'chief operating officer', as news writes the title it means."""
        return canonical.isupper() and not written.startswith(lx.SPELLED_OUT_TITLE_WORD)

    def _portfolio_end(self, doc: Doc, end: int, taken: set[int]) -> int:
        """'Minister of Foreign Affairs and Trade', 'Deputy Mayor for Economic Policy': the portfolio is part of the role."""
        lower = self.index.lower
        if lower[end:end + 3] == ["of", "the", "board"]:
            # "Chairman of the board", "Chairman of the Board of Directors"
            return end + 5 if lower[end + 3:end + 5] == ["of", "directors"] else end + 3
        if lower[end:end + 2] == ["of", "the"] and lower[end + 3:end + 4] == ["board"] and lower[end + 2] in BOARD_KINDS:
            return end + 4  # "chairman of the management board"
        if lower[end:end + 2] == ["of", "the"] and end + 2 < len(doc) and doc[end + 2].ent_type_ == "PLACE":
            # "Deputy Governor of the Kaluga region for industry": the region governed, then maybe a portfolio
            k = end + 3
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            if k < len(doc) and lower[k] in REGION_NOUNS:
                end = k + 1
                if lower[end:end + 1] != ["for"]:
                    return end
        if (end + 1 < len(doc) and doc[end].is_title and lower[end] in lx.PORTFOLIO_WORDS and doc[end].is_alpha
                and doc[end + 1].text == "," and end not in taken and doc[end - 1].is_title):
            return end + 1  # "General Manager Export, Ana Ruiz": a capitalised portfolio right after a capitalised title
        if end >= len(doc) or lower[end] not in ("of", "for"):
            return end
        i = end + 1
        while i < len(doc) and not self.index.is_boilerplate(i):
            if lower[i] in lx.PORTFOLIO_WORDS and i not in taken:
                i += 1
                continue
            if doc[i].ent_type_ in ("REGION", "COUNTRY") and doc[i].ent_iob_ == "B" and doc[i].is_title:
                j = i + 1  # "head of North American manufacturing", "director of European sales": where the portfolio runs
                while j < len(doc) and doc[j].ent_iob_ == "I":
                    j += 1
                if j < len(doc) and lower[j] in lx.PORTFOLIO_WORDS and j not in taken and lower[j] not in ("and", "of", "for", "the", "&", ",", "-"):
                    i = j
                    continue
                if (j + 1 < len(doc) and lower[j] == "to" and doc[j + 1].ent_type_ == "COUNTRY" and doc[j + 1].ent_iob_ == "B"
                        and lower[end] == "of"):
                    # "Ambassador of the Republic of Korea to Pakistan": the two countries are the post
                    i = j + 2
                    while i < len(doc) and doc[i].ent_iob_ == "I":
                        i += 1
                    return i
            break
        # "director-general of the National Automotive Development Council", "... of the National Transport and Safety
        # Council": capitalised words up to a body's noun name the body, not a portfolio
        k = i
        while k < len(doc) and k - i < 4 and doc[k].is_title and lower[k] not in BODY_NOUNS:
            k += 1
        if k < len(doc) and lower[k] in BODY_NOUNS and doc[k].is_title and doc[k - 1].is_title:
            return end
        while i > end and lower[i - 1] in ("and", "of", "for", "the", "&", ",", "-"):
            i -= 1  # a portfolio never ends on a joining word
        return i if i > end + 1 else end

    def _portfolio_start(self, doc: Doc, start: int, taken: set[int]) -> int:
        """'Deputy Industry and Trade Minister', 'First Deputy Energy Minister': capitalised portfolio words before the title."""
        lower = self.index.lower
        i = start
        while i > 0 and (i - 1) not in taken and (doc[i - 1].is_title or lower[i - 1] == "and") and (
                lower[i - 1] in lx.PORTFOLIO_WORDS or lower[i - 1] == "and" or i < start and lower[i - 1] in ("deputy", "vice", "first")):
            i -= 1
        while i < start and lower[i] in ("and", "the", "of", "for", "&"):
            i += 1  # "The Energy Minister" at a sentence's start: "The" is no portfolio
        has_portfolio = any(lower[k] in lx.PORTFOLIO_WORDS for k in range(i, start))
        return i if has_portfolio and self.index.sent_bounds(i)[0] <= i else start

    def _paired_function_start(self, start: int, end: int) -> int:
        """'marketing and sales director', 'research and development director': a function paired by 'and' with the
        title's own, the two a title each ('marketing director' as well as 'sales director'): the title starts there."""
        lower = self.index.lower
        if start >= 2 and end - start >= 2 and lower[start - 1] in ("and", "&") and self.index.text[start - 2].isalpha() \
                and f"{lower[start - 2]} {lower[end - 1]}" in self.gaz.roles:
            return start - 2
        return start

    def _org_before(self, doc: Doc, start: int, ent_at: dict[int, Span]) -> str:
        j = start - 1
        if j >= 0 and doc[j].text in ("’s", "'s"):
            j -= 1
        ent = ent_at.get(j)
        if ent is not None and ent.label in Label.COMPANY_OR_COUNTRY:
            return key_of(ent) or ent.text
        return ""

    def _sentence_company(self, i: int, role: str, ents: list[Span]) -> str:
        """'Hyundai Motor India plans ..., managing director Unsoo Kim said': a company title, the one company of the sentence."""
        words = set(role.lower().replace("-", " ").split())
        if not words & lx.CORPORATE_ROLE_WORDS or words & lx.PUBLIC_ROLE_WORDS:
            return ""
        start, end = self.index.sent_bounds(i)
        companies = {key_of(e) for e in ents if e.label == Label.COMPANY and start <= e.start < end}
        return companies.pop() if len(companies) == 1 else ""

    @staticmethod
    def _org_after(doc: Doc, end: int, ent_at: dict[int, Span]) -> str:
        if end < len(doc) and doc[end].lower_ in ("of", "at"):
            j = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 0)
            ent = ent_at.get(j)
            if ent is not None and ent.label in Label.COMPANY_OR_COUNTRY:
                return key_of(ent) or ent.text
        return ""

    @staticmethod
    def _past_legal_form_and_acronym(doc: Doc, k: int) -> int:
        """'managing director of Hyundai Motor India Ltd. (HMIL) Unsoo Kim': past the legal form and the bracketed
        short name written after a company's name, to the name of its officer."""
        while k < len(doc) and doc[k].text.rstrip(".").lower() in lx.SHORT_LEGAL_FORMS and doc[k].text[:1].isupper():
            k += 1
        return _past_bracketed_acronym(doc, k)

    def _name_after_org(self, doc: Doc, end: int, ent_at: dict[int, Span], taken: set[int]) -> Span | None:
        """The name after the title's organisation: 'Chairman of the board of UzAuto Motors Bakhtiyor Ubaydullaev',
        'Group Managing Director of Stallion Group, Mr. Sunil Vaswani-Rao', 'Analyst at Baltic Auto Research, Ina Berg'."""
        if end >= len(doc) or doc[end].lower_ not in ("of", "at"):
            return None
        j = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 0)
        while j < len(doc) and (doc[j].text in ('"', "“", "”") or doc[j].text in LEGAL_FORMS):
            j += 1  # "of \"Kama Motors\"", "of JSC Kama Motors"
        org = ent_at.get(j)
        if org is not None and org.label == Label.COMPANY and org.end + 1 < len(doc) and doc[org.end].lower_ in ("and", "&"):
            second = ent_at.get(org.end + 1)
            if second is not None and second.label == Label.COMPANY:
                org = second  # "CEO of Acme and Velox Ana Ruiz": the two companies she heads, then her name
        if org is not None and org.label == Label.COMPANY:
            name = self._name_after_unit(doc, org, taken)
            if name is not None:
                return name
        if org is not None and org.label in Label.COMPANY_OR_COUNTRY:  # "... minister of industry of Belarus Oleg Karpovich"
            k = org.end
            while org.label == Label.COMPANY and k < len(doc) and k - org.end < 2 and doc[k].text in ORG_NAME_WORDS:
                k += 1  # "president of GM International Ana Ruiz": the rest of the unit's name the gazetteer lacks
            if org.label == Label.COMPANY:
                k = self._past_legal_form_and_acronym(doc, k)
            name = self._name_at(doc, self._past_honorific(doc, self._past_quotes(doc, k)), taken)
            if name is not None:
                return name
        if org is not None and org.label == Label.PLACE and org.end < len(doc) and doc[org.end].text != ",":
            # "Deputy mayor of Bursa Ayse Kaya said": the town governed, then the name, then the verb or a comma
            name = self._name_at(doc, self._past_honorific(doc, org.end), taken)
            if name is not None and name.end < len(doc) and (doc[name.end].is_lower or doc[name.end].text == ","):
                return name
        # an organisation the gazetteer lacks (or only partly knows: "Slovak Cars Group"): a capitalised run closed by a comma
        k = j
        # "... of HNMPL, Mr. Kamran Aziz": an acronym is a name of an organisation too; "the Road Safety and Transport
        # Council (RSTC), Ada Obi": joining words inside the name and its acronym in brackets before the comma
        while k < len(doc) and k - j < 12 and ((doc[k].is_title or doc[k].is_upper and len(doc[k]) > 1) and doc[k].is_alpha
                                               or k > j and doc[k].lower_ in ("and", "of", "for", "&") and k + 1 < len(doc) and doc[k + 1].is_title
                                               # "... and Trade of the Russian Federation": a body of a country
                                               or k > j and doc[k].lower_ == "of" and k + 2 < len(doc) and doc[k + 1].lower_ == "the" and doc[k + 2].is_title
                                               or k > j and doc[k].lower_ == "the" and doc[k - 1].lower_ == "of" and k + 1 < len(doc) and doc[k + 1].is_title):
            k += 1
        if k > j:
            k = _past_bracketed_acronym(doc, k)
        if k == j or k >= len(doc):
            return None
        name = self._name_at(doc, self._past_honorific(doc, self._past_quotes(doc, k)), taken) if doc[k].text == "," else None
        return name or self._name_ending_a_body(doc, j, k, taken)

    def _name_after_workplace(self, doc: Doc, start: int, end: int, taken: set[int]) -> Span | None:
        """'The director of the Acme plant in Leon, Ana Ruiz, is moving to ...': a title opening the sentence with 'the',
        where it is held (no verb among those words) up to a comma, then the name between commas."""
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        while sent_start < start and (lower[sent_start] in ("-", "•", "*", "–") or not lower[sent_start].strip()):
            sent_start += 1  # "• The director of ...": a bullet's sentence
        if start - 1 != sent_start or lower[sent_start] != "the" or end >= len(doc) or lower[end] not in ("of", "at"):
            return None
        k = end + 1
        while k < len(doc) and k - end <= 10 and lower[k] != "," and doc[k].pos_ not in ("VERB", "AUX") and lower[k] not in (".", ";", "(", '"', "“"):
            k += 1
        if k >= len(doc) - 2 or lower[k] != "," or k == end + 1:
            return None
        name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
        return name if name is not None and name.end < len(doc) and lower[name.end] == "," else None

    def _name_ending_a_body(self, doc: Doc, j: int, k: int, taken: set[int]) -> Span | None:
        """'Federal Secretary of Ministry of Industries and Production Asad Rehman Gilani,', 'the head of the Ministry of
        Industry and Trade of the Russian Federation Anton Alikhanov said', 'the governor of Primorsky Krai Oleg
        Kozhemyako': a body's or a region's capitalised name, then the holder's name up to a comma or a lowercase word."""
        if k >= len(doc) or not (doc[k].is_punct or doc[k].is_lower):
            return None
        for size in (3, 2):
            start = k - size
            if start <= j + 1:
                continue
            before = doc[start - 1]
            if not before.text[:1].isupper():
                continue  # (the body's name ends on a capitalised word: not "... Group and Wonhee Lee, President ...")
            if not (before.lower_ in lx.PORTFOLIO_WORDS or before.text in lx.INSTITUTION_WORDS or before.lower_ in REGION_NOUNS
                    or before.lower_ in BODY_NOUNS or before.lower_ in PUBLIC_OFFICE_NOUNS or before.ent_type_ in ("COUNTRY", "PLACE", "REGION")):
                continue
            if any(doc[x].lower_ in lx.PORTFOLIO_WORDS or doc[x].text in lx.INSTITUTION_WORDS or doc[x].lower_ in REGION_NOUNS
                   or doc[x].ent_type_ or x in taken for x in range(start, k)):
                continue
            name = self._name_at(doc, start, taken)
            if name is not None and name.end == k:
                return name
        return None

    def _name_after_unit(self, doc: Doc, org: Span, taken: set[int]) -> Span | None:
        """'The head of Acme's Argentine division, Ana Ruiz, said': the company's unit, then the name between commas."""
        m = org.end + 1
        if m >= len(doc) or doc[org.end].text not in ("'s", "’s"):
            return None
        while m < len(doc) and m - org.end <= 4 and doc[m].is_alpha and doc[m].lower_ not in UNIT_NOUNS:
            m += 1
        if m + 2 >= len(doc) or doc[m].lower_ not in UNIT_NOUNS:
            return None
        if doc[m + 1].lower_ in UNIT_NOUNS and m + 3 < len(doc):
            m += 1  # "Acme's Thai business unit"
        if doc[m + 1].text != ",":
            # "according to the vice chairman of Acme's Thai unit Ana Ruiz.": the name right after the unit, closing the clause
            name = self._name_at(doc, self._past_honorific(doc, m + 1), taken) if doc[m + 1].is_title else None
            return name if name is not None and (name.end >= len(doc) or doc[name.end].is_punct or doc[name.end].lower_ in SAID_VERBS) else None
        name = self._name_at(doc, self._past_honorific(doc, m + 2), taken)
        return name if name is not None and name.end < len(doc) and doc[name.end].text == "," else None

    @staticmethod
    def _past_quotes(doc: Doc, k: int) -> int:
        while k < len(doc) and doc[k].text in ('"', "“", "”", ","):
            k += 1
        return k

    def _name_after(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        i = self._past_bracketed_title(doc, i)
        # "plant director in Camacari, Wang Jun", "country manager for Pakistan, Liu Yang", "... for the Middle East,":
        # the title's place may stand before the name
        at = i + 2 if doc[i:i + 2].text.lower().endswith(" the") else i + 1
        # "Ambassador to India Kim Min-su": the country of a post abroad, too
        if at < len(doc) and doc[i].lower_ in ("in", "at", "for", "to") and doc[at].ent_type_ in ("PLACE", "COUNTRY", "REGION"):
            i = at + 1
            while i < len(doc) and doc[i].ent_iob_ == "I":
                i += 1
            # "for the Middle East and Africa, Zhou Minghao"
            while i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and doc[i + 1].ent_type_ in ("PLACE", "COUNTRY", "REGION"):
                i += 2
                while i < len(doc) and doc[i].ent_iob_ == "I":
                    i += 1
        elif i + 2 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].is_title:
            k = i + 1  # "district manager for Saxony, Uwe Brandner": a region the gazetteer lacks, closed by a comma
            while k < len(doc) and k - i <= 3 and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if k < len(doc) and doc[k].text == ",":
                i = k
        elif i + 3 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].lower_ == "the":
            i = self._past_named_body(doc, i + 2) or i  # "undersecretary for the federal Secretariat of Economy, Ana Ruiz"
        elif i + 2 < len(doc) and doc[i].lower_ == "of":
            i = (self._past_region(doc, i + 1) or self._past_workplace(doc, i + 1) or self._past_institution(doc, i + 1, taken)
                 or self._past_lower_portfolio(doc, i + 1) or i)
        elif i + 2 < len(doc) and doc[i].lower_ == "at":
            i = self._past_institution(doc, i + 1, taken) or i
        while i < len(doc) and doc[i].text in (",", ":", '"', "“", "”"):
            i += 1
        named = self._name_after_office(doc, i, taken)
        if named is not None:
            return named
        i = self._past_honorific(doc, i)
        return self._name_at(doc, i, taken)

    def _past_bracketed_title(self, doc: Doc, k: int) -> int:
        """'Chief Operating Officer (COO) Tatsuya Sato', 'Region Akim (governor) Ivan Orlov': the title's short form or
        gloss in brackets right after it, then the name."""
        if k + 2 >= len(doc) or doc[k].text != "(":
            return k
        close = next((j for j in range(k + 1, min(len(doc), k + 5)) if doc[j].text == ")"), None)
        if close is None or close == k + 1:
            return k
        inside = doc[k + 1:close]
        if all(t.text in lx.ROLE_ABBREVIATIONS or t.lower_ in self.role_words for t in inside):
            return close + 1
        return k

    @staticmethod
    def _past_named_body(doc: Doc, k: int) -> int | None:
        """'(for the) federal Secretariat of Economy, Ana Ruiz': a body's capitalised name (a lower-case word may open it,
        'of' and 'and' join its words) closed by a comma before the name; the comma's position."""
        if k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k + 1].is_title:
            k += 1
        begin = k
        while k < len(doc) and k - begin < 8 and (doc[k].is_title and doc[k].is_alpha or k > begin and doc[k].lower_ in ("of", "and", "for")):
            k += 1
        return k if k > begin and k < len(doc) and doc[k].text == "," and doc[k - 1].is_title else None

    @staticmethod
    def _past_region(doc: Doc, k: int) -> int | None:
        """'Deputy Governor of the Tula region Anna Petrova', 'Governor of Perm region Oleg Ivanov', 'Minister of
        Industry of the province of Salta, Ana Ruiz': the title's region, before the name."""
        if doc[k].lower_ == "the":
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in REGION_NOUNS and doc[k + 1].lower_ == "of":  # "the province of Salta"
            k += 2
            begin = k
            while k < len(doc) and k - begin < 4 and (doc[k].is_title and doc[k].is_alpha or doc[k].ent_iob_ == "I"):
                k += 1
            return k if k > begin else None
        begin = k
        while k < len(doc) and k - begin < 4 and doc[k].lower_ not in REGION_NOUNS and (
                doc[k].ent_type_ in ("PLACE", "COUNTRY") or doc[k].is_title and doc[k].is_alpha):
            k += 1
        return k + 1 if begin < k < len(doc) and doc[k].lower_ in REGION_NOUNS else None

    def _past_institution(self, doc: Doc, k: int, taken: set[int]) -> int | None:
        """'Director General at the Industry Ministry Budi Santoso said', 'Chairman of the Tan Phat Group's Board of
        Directors Le Van Minh said': a body's or a company's capitalised name ending in its noun ('Ministry',
        'Committee', 'Group', 'Directors'), the title's workplace, with a person's name of two words or more right after it."""
        lower = self.index.lower
        if k < len(doc) and lower[k] == "the":
            k += 1
        if k < len(doc) and doc[k].is_lower and doc[k].is_alpha and k + 1 < len(doc) and doc[k + 1].is_title:
            k += 1  # "the provincial People's Committee"
        found = None
        j = k
        while j < len(doc) and j - k < 10:
            text = doc[j].text
            if text in INSTITUTION_ENDS or text in lx.CORPORATE_SUFFIXES:
                name = self._name_at(doc, j + 1, taken)
                if name is not None:
                    found = j + 1
                    break
            if not (doc[j].is_title and doc[j].is_alpha or text in ("'s", "’s") or lower[j] in ("of", "and", "&") and j > k
                    or j in taken and doc[j].ent_type_ in ("COMPANY", "COUNTRY", "PLACE", "REGION")):
                break
            j += 1
        return found if found is not None and found > k + 1 else None

    @staticmethod
    def _past_lower_portfolio(doc: Doc, k: int) -> int | None:
        """'head of domestic productions, Lee Min-ho, ...': what the title heads, in a few lower-case words, closed by a
        comma before the name."""
        j = k
        while j < len(doc) and j - k < 4 and doc[j].is_lower and doc[j].is_alpha:
            j += 1
        return j if j > k and j < len(doc) and doc[j].text == "," else None

    @staticmethod
    def _past_workplace(doc: Doc, k: int) -> int | None:
        """'Director of the plant Ruslan Aliyev', 'head of company Ivan Petrov': a translated title's workplace."""
        if doc[k].lower_ == "the":
            k += 1
        return k + 1 if k < len(doc) and doc[k].lower_ in WORKPLACE_NOUNS else None

    def _name_after_office(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """'the Secretary, Ministry of Industries and Production, Mr. Khalid Awan': the office between commas, then
        a name behind an honorific."""
        k = i
        while k < len(doc) and k - i < 8 and (doc[k].is_title and doc[k].is_alpha or doc[k].lower_ in ("of", "and", "for", "the", "&")):
            k += 1
        if k == i or not doc[i].is_title or k + 1 >= len(doc) or doc[k].text != ",":
            return None
        j = self._past_honorific(doc, k + 1)
        return self._name_at(doc, j, taken) if j > k + 1 else None

    @staticmethod
    def _past_honorific(doc: Doc, i: int) -> int:
        """'Dr. Amina Bello-Kazeem', 'Mr Sunil Rao', 'H.E. Mr. Park Min-jun': the name starts after the honorifics."""
        i = _past_malay_title(doc, i)
        index = doc_index(doc)  # Token.lower_, .is_title, .is_upper: str.lower, .istitle, .isupper of the token's text
        text, lower = index.text, index.lower
        for _ in range(2):
            if i < len(doc) and lower[i].rstrip(".") in lx.HONORIFICS and (text[i].istitle() or text[i].isupper()):
                i += 1
                if i < len(doc) and text[i] == ".":
                    i += 1
        return i

    def _name_before(self, doc: Doc, start: int, taken: set[int], ent_at: dict[int, Span]) -> Span | None:
        j = start - 1
        modifiers = 0
        fourth = None  # where three modifiers end: more are read only after a possessor
        while j >= 0:
            token = doc[j]
            if token.lower_ in ("the", "its", "former", "new", "a", "an") or j in ent_at:
                j -= 1
            elif token.lower_ in ("hon’ble", "hon'ble") and modifiers == 0:
                j -= 1  # "Pushpa Dahal, the Hon’ble Prime Minister of Nepal": an honorific before the title
            elif token.text == "-" and j > 0 and doc[j - 1].is_alpha:
                j -= 1  # "whole-time director", "non-executive chairman"
            elif (token.is_lower or token.is_title or token.is_upper and len(token) > 1 and modifiers == 0 and doc[j + 1].lower_ in self.role_words) \
                    and token.is_alpha and modifiers < 6:
                # "Karen Whitfield, an industry analyst at ...", "Giorgio Russo, Basilicata secretary of ...",
                # "Taro Sato, TMP president": a few modifiers before the title
                if modifiers == 3:
                    fourth = j
                modifiers += 1
                j -= 1
            else:
                break
        # "Ana Ruiz, Acme Australia's global trucks enterprise product line manager": a long title after a possessor
        if fourth is not None and not (j >= 1 and (doc[j].text in ("’s", "'s") or doc[j].text in ("'", "’") and doc[j - 1].lower_.endswith("s"))):
            j = fourth
        # "Nuevo León's secretary", "SMATA's shop steward", "Stellantis' chief operating officer": skip the possessor
        if j >= 1 and (doc[j].text in ("’s", "'s") or doc[j].text in ("'", "’") and doc[j - 1].lower_.endswith("s")):
            j -= 1
            if j >= 1 and doc[j].lower_ in REGION_NOUNS and (doc[j - 1].is_title or j - 1 in ent_at):
                j -= 1  # "São Paulo state's secretary"
            while j >= 0 and (doc[j].is_title or doc[j].is_upper and doc[j].is_alpha or j in ent_at):
                j -= 1
            if j >= 1 and doc[j].lower_ == "the" and doc[j - 1].text == ",":
                j -= 1  # "Nomsa Mkhize, the Eastern Cape's MEC"
            elif j >= 1 and doc[j].is_lower and doc[j].is_alpha and doc[j - 1].lower_ == "the":
                j -= 2  # "the union's chairman", "the plant's director"
        if j >= 2 and doc[j].lower_ in ("is", "was") and doc[j - 1].lower_ == "who" and doc[j - 2].text == ",":
            j -= 2  # "Laurent Duval, who was Renault's head of international development"
        if (j >= 3 and doc[j].text == "," and doc[j - 2].text == "," and _age(doc[j - 1].text)
                and not set(self.index.lower[j + 1:start]) & (CLAUSE_AUXILIARIES | PASSIVE_APPOINTING)):
            j -= 2  # "Ana Ruiz, 52, vice president of sales": the person's age between the name and the title
        if j < 1 or doc[j].text != ",":
            return None
        end = self._before_photo_position(doc, j)
        begin = end
        while begin - 1 >= 0 and end - begin < 5:
            if self._name_token(begin - 1, taken):
                begin -= 1
            elif begin - 2 >= 0 and doc[begin - 1].text == "-" and doc[begin - 2].lower_ in lx.PERSON_PARTICLES:
                begin -= 2  # "Kamel al-Wazir"
            elif begin - 2 >= 0 and self._split_initial(doc, begin - 2):
                begin -= 2
            elif begin == end - 1 and begin - 4 >= 0 and self._nickname(doc, begin - 3) and self._name_token(begin - 4, taken):
                begin -= 4  # 'David "Nick" Reilly, a vice president': a nickname in quotes between the names
            elif self._hyphen_part(doc, begin - 2) and begin - 3 >= 0 and self._name_token(begin - 3, taken):
                begin -= 3  # "Lee Jae-hoon"
            elif begin < end and begin - 2 >= 0 and doc[begin - 1].text in SAINT and self._name_token(begin - 2, taken):
                begin -= 2  # "Steve St. Angelo, ...": a surname written with a saint's name
            elif begin == end and begin - 2 >= 0 and self._surname_like_a_place(doc, begin - 1) and self._name_token(begin - 2, taken):
                begin -= 1  # "Murat Aydın, general manager of ...": a surname that is also a town
            elif begin == end and begin - 2 >= 0 and self._surname_like_a_country(doc, begin - 1) and self._name_token(begin - 2, taken):
                begin -= 1  # "Rosa Montenegro, president of ...": a surname that is also a country
            elif begin < end and begin - 1 not in taken and (self._initial(doc[begin - 1]) or self._bare_initials(doc, begin - 1, taken)):
                begin -= 1  # "P.M. Rao, managing director of ...": initials open the name
                break
            elif (begin == end - 1 and begin >= 1 and self.index.text[begin - 1].endswith(".") and self.index.text[begin - 1][:1].isupper()
                  and self.index.lower[begin - 1].rstrip(".") in lx.HONORIFICS):
                begin -= 1  # "Mr. Okuda, chairman of ...": a surname behind an honorific written with its full stop
                break
            elif begin == end and self._surname_after_first_name(doc, begin - 1, taken):
                begin -= 1  # "Kenji Honda, President, ...": a surname that is also a maker's name
            elif begin < end and self._hyphen_part(doc, begin - 1) and begin - 2 >= 0 and self._name_token(begin - 2, taken):
                begin -= 2  # "Amina Bello-Kazeem": a surname of two capitalised parts
            elif begin < end and begin - 2 >= 0 and self._surname_like_a_place(doc, begin - 1) and self._name_token(begin - 2, taken):
                begin -= 2  # "Tran Van Binh": a middle name that is also a town, between two parts of the name
            elif begin < end and begin - 1 >= 0 and self._surname_like_a_place(doc, begin - 1) and (
                    begin - 2 < 0 or doc[begin - 2].lower_ in lx.SPEECH_VERBS or doc[begin - 2].is_punct
                    or doc[begin - 2].is_lower and doc[begin - 2].is_alpha and doc[begin - 2].lower_ not in PLACE_PREPOSITIONS):
                # "said Kano Adeyemi-Bello, ...", "met Santiago Ruiz, head of ...": a first name that is also a town
                begin -= 1
            else:
                break
        if end - begin >= 3 and self._past_honorific(doc, begin) == begin + 1:
            begin += 1  # "Cllr Priya Lambert, the council's ...", "Mr John Smith, ...": the name behind its honorific
        # a name opens with a particle only as a family name written first, before two more names: "Le Thi Hong Van", "Do Minh Quan"
        if end - begin >= 2 and (doc[begin].lower_ not in lx.PERSON_PARTICLES or end - begin >= 3 and doc[begin].is_title):
            return Span(doc, begin, end, label="PERSON")
        # '"...," said Sutrisno, a senior analyst at ...': one name alone, quoted, with an article before the title
        if (end - begin == 1 and begin >= 1 and end + 1 < len(doc) and doc[begin - 1].lower_ in lx.SPEECH_VERBS
                and doc[end + 1].lower_ in ("a", "an")
                and doc[begin].text.isalpha() and len(doc[begin].text) > 3 and not (lx.MONTHS | DAYS) & {doc[begin].lower_}):
            return Span(doc, begin, end, label="PERSON")
        return None

    @staticmethod
    def _before_photo_position(doc: Doc, j: int) -> int:
        """'Ana Ruiz (L), the plant's director, ...', 'Ivo Berg (2nd R), chief executive of ...': a photo caption's
        position in brackets between a name and the comma before its title; where the name ends (j, the comma, if none)."""
        if j < 3 or doc[j - 1].text != ")":
            return j
        k = j - 2
        while k > j - 5 and doc[k].text != "(" and doc[k].lower_ in PHOTO_POSITION_WORDS:
            k -= 1
        return k if k < j - 2 and doc[k].text == "(" else j

    @staticmethod
    def _nickname(doc: Doc, i: int) -> bool:
        """doc[i:i + 3] is a nickname in quotes ('"Nick"') between a first name and a surname."""
        return (i + 2 < len(doc) and doc[i].text in ('"', "“") and doc[i + 2].text in ('"', "”") and doc[i + 1].is_title
                and doc[i + 1].is_alpha and not doc[i].whitespace_ and not doc[i + 1].whitespace_)

    @staticmethod
    def _hyphen_part(doc: Doc, i: int) -> bool:
        """doc[i] is a hyphen joining name parts ('Sung-min', 'Bello-Kazeem', 'El-Din')."""
        return (0 <= i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ and doc[i + 1].is_alpha
                and (doc[i + 1].is_lower or doc[i + 1].is_title) and i > 0 and not doc[i - 1].whitespace_)

    def _name_at(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        end = i
        while end < len(doc) and end - i < 5:
            if self._split_initial(doc, end):
                end += 2  # "James D. Farley"
            elif self._name_token(end, taken) or end == i and end not in taken and (self._initial(doc[end]) or self._bare_initials(doc, end, taken)):
                end += 1  # "K. Selvaraj", "R.C. Sharma", "RC Sharma"
            elif end == i and self._surname_like_a_place(doc, end) and end + 1 < len(doc) and (
                    self._name_token(end + 1, taken) or self._company_surname(doc, end + 1)):
                end += 1  # "Vladimir Panteleev": a first name that is also a town; "Anand Mahindra" too
            elif end > i and self._hyphen_part(doc, end):
                end += 2  # "Park Sung-min"
            elif end > i and doc[end].text in SAINT and end + 1 < len(doc) and self._name_token(end + 1, taken):
                end += 2  # "Steve St. Angelo"
            elif end > i and self._surname_like_a_place(doc, end):
                end += 1  # "Murat Aydın", "José Ramos dos Santos": surnames that are also towns
            elif end > i and self._surname_like_a_country(doc, end):
                end += 1  # "Rosa Montenegro", "Michael Jordan": surnames that are also countries
            elif end == i + 1 and self._company_surname(doc, end):
                end += 1  # "Premier Doug Ford", "chairman Bill Ford": a surname that is also a maker's name
            else:
                break
        text = self.index.text
        if end < len(doc) and (text[end] in lx.CORPORATE_SUFFIXES or text[end] in lx.INSTITUTION_WORDS
                               or text[end] in ("'s", "’s") and end + 1 < len(doc) and text[end + 1] in lx.INSTITUTION_WORDS):
            return None  # "of Desert Star Motors", "the Provincial People's Committee": the name of a company or a body
        # a name may end on a capitalised particle after two words or more: "Tran Thi Thu Van", not "Ludwig van"
        if end - i >= 2 and (self.index.lower[end - 1] not in lx.PERSON_PARTICLES or end - i >= 3 and text[end - 1].istitle()):
            return Span(doc, i, end, label="PERSON")
        return None

    @staticmethod
    def _surname_like_a_place(doc: Doc, k: int) -> bool:
        token = doc[k]
        one_word_place = token.ent_type_ == "PLACE" and token.ent_iob_ == "B" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")
        return one_word_place and token.is_title

    def _company_surname(self, doc: Doc, k: int) -> bool:
        """A one-word maker's name after a first name (see _surname_like_a_company), read off the doc's entities or
        the companies this component found itself ('Ayass chief Mazin Ayass said': the short name of Ayass Motors)."""
        if self._surname_like_a_company(doc, k):
            return True
        if k not in self._one_word_companies or not doc[k].is_title or not doc[k].is_alpha:
            return False
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is None or not (after.is_title or after.text in ("'s", "’s"))

    @staticmethod
    def _surname_like_a_company(doc: Doc, k: int) -> bool:
        """A one-word maker's name ('Ford', 'Porsche') after a first name, the name's last word: no capitalised word
        or possessive follows it ('Doug Ford Motors', 'Bill Ford's')."""
        token = doc[k]
        if token.ent_type_ != "COMPANY" or token.ent_iob_ != "B" or not token.is_title or not token.is_alpha:
            return False
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is None or not (after.ent_iob_ == "I" or after.is_title or after.text in ("'s", "’s"))

    def _surname_after_first_name(self, doc: Doc, k: int, taken: set[int]) -> bool:
        """'Kenji Honda, President, ...': doc[k] a one-word maker's name (see _surname_like_a_company) right after a
        word that can begin a person's name, the pair closed by a comma."""
        return (k >= 1 and k + 1 < len(doc) and doc[k + 1].text == "," and self._surname_like_a_company(doc, k)
                and self._name_token(k - 1, taken) and doc[k - 1].lower_ not in lx.PERSON_PARTICLES)

    def _surname_like_a_country(self, doc: Doc, k: int) -> bool:
        """A one-word country's name (not a demonym) after a first name, the name's last word."""
        token = doc[k]
        return (token.ent_type_ == "COUNTRY" and token.ent_iob_ == "B" and token.is_title and token.text not in self.gaz.demonyms
                and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I") and (k + 1 >= len(doc) or not doc[k + 1].is_title))

    @staticmethod
    def _split_initial(doc: Doc, i: int) -> bool:
        """A capital and its full stop as two tokens ('D', '.'), as the tokenizer splits 'Model Y.' (read off the
        index: Token.is_upper is str.isupper, and a token has no whitespace when the next one starts where it ends)."""
        if i + 1 >= len(doc):
            return False
        index = doc_index(doc)
        text = index.text
        return len(text[i]) == 1 and text[i].isupper() and index.token_ends[i] == index.token_chars[i + 1] and text[i + 1] == "."

    @staticmethod
    def _initial(token: Token) -> bool:
        """'K.' in 'K. Selvaraj', 'R.C.' in 'R.C. Sharma': one to three initials, each with its full stop."""
        return INITIALS.match(token.text) is not None

    def _bare_initials(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """'RC' in 'RC Sharma', 'N' in 'N Ramesh Kumar': initials without full stops (as Indian copy writes them)
        before a name's word; not a title's abbreviation ('MD', 'VP'), an honorific or a word ('A', 'I'), and one letter
        alone only before two words of the name, not opening a sentence."""
        text = self.index.text[i]
        if not (1 <= len(text) <= 2 and text.isalpha() and text.isupper()) or i in taken or i + 1 >= len(doc):
            return False
        lower = self.index.lower[i]
        if lower in self.role_words or lower in lx.HONORIFICS or lower in STOP_WORDS or text in ("A", "I", "O"):
            return False
        if not self._name_token(i + 1, taken) or self.index.lower[i + 1] in lx.PERSON_PARTICLES:
            return False
        return len(text) == 2 or (not doc[i].is_sent_start and i + 2 < len(doc) and self._name_token(i + 2, taken))

    def _surname_may(self, i: int, taken: set[int]) -> bool:
        """'May' after a capitalised first name that is no stop word, with no capitalised word or figure after it."""
        text, lower = self.index.text, self.index.lower
        if i < 1 or i - 1 in taken or not text[i - 1].istitle() or not text[i - 1].isalpha() or lower[i - 1] in STOP_WORDS:
            return False
        if lower[i - 1] in self.role_words or lower[i - 1] in lx.MONTHS or lower[i - 1] in DAYS or lower[i - 1] in lx.HONORIFICS:
            return False
        after = text[i + 1] if i + 1 < len(text) else ""
        return not (after.istitle() or after[:1].isdigit())

    def _name_token(self, i: int, taken: set[int]) -> bool:
        """Token i can be part of a person's name (read off the index: Token.is_title/is_alpha are str.istitle/isalpha)."""
        if i in taken or self.index.is_boilerplate(i):
            return False
        lower, text = self.index.lower[i], self.index.text[i]
        if lower in lx.PERSON_PARTICLES:
            return True
        if text == "May" and self._surname_may(i, taken):
            return True  # "Theresa May", "said Tom May, plant manager": a surname, not the verb nor the month
        if _camel_case_word(text) and i > 0 and i - 1 not in taken and self.index.text[i - 1].istitle() and self.index.text[i - 1].isalpha():
            return lower not in STOP_WORDS  # "Mohamed AbdelSamad", "Ian McDonald": a surname with a capital inside, after a first name
        return (
            text.istitle() and text.isalpha() and lower not in STOP_WORDS and lower not in self.role_words
            and not (lower in lx.MONTHS and _month_in_a_date(self.index.doc[i])) and text not in lx.CORPORATE_SUFFIXES
            and not (lower in DAYS and i > 0 and self.index.text[i - 1].istitle())  # "named Ann Bell Tuesday as CEO"
            and text not in lx.INSTITUTION_WORDS and text not in ORG_NAME_WORDS
        )


# Malaysian and Bruneian honorific titles written before a name ("Datuk Seri", "Tan Sri", "Dato' Sri")
MALAY_TITLES = frozenset(["datuk", "dato", "dato'", "dato’", "datin", "tun", "toh", "pehin"])
MALAY_TITLE_SECONDS = frozenset(["seri", "sri", "paduka", "puan"])


def _past_malay_title(doc: Doc, i: int) -> int:
    """'Datuk Seri Tan Wei Ming', 'Tan Sri Lim Ah Kow', "Dato' Aziz Omar": the name starts after the title ('Tan' opens
    one only before 'Sri': it is a surname too)."""
    n = len(doc)
    index = doc_index(doc)  # Token.lower_, .is_title: str.lower, .istitle of the token's text
    text, lower = index.text, index.lower
    if i + 1 < n and text[i] == "Tan" and text[i + 1] in ("Sri", "Seri"):
        return i + 2
    if i < n and lower[i] in MALAY_TITLES and text[i].istitle():
        i += 1
        if i < n and text[i] in ("'", "’"):
            i += 1
        if i < n and lower[i] in MALAY_TITLE_SECONDS and text[i].istitle():
            i += 1
    return i


# a company's part that a title heads: "the head of Acme's Argentine division, Ana Ruiz"
UNIT_NOUNS = frozenset(["division", "unit", "arm", "subsidiary", "operations", "business", "branch", "affiliate"])
# "the Kestra will be built": a name after these is a thing's, not a person's surname
DETERMINERS_AND_POSSESSIVES = frozenset(["the", "a", "an", "its", "their", "his", "her", "new", "this", "that", "'s", "’s"])


def _age(text: str) -> bool:
    """'52' in 'Ana Ruiz, 52, vice president': a figure that reads as a grown person's age."""
    return text.isdigit() and 18 <= int(text) <= 99


def _clock_pm(span: Span) -> bool:
    """'at 3 PM', 'at 5 pm': the time of day, not a prime minister (who is written 'PM' in capitals, no figure before)."""
    if span.text.lower() != "pm":
        return False
    return span.text != "PM" or span.start > 0 and (span.doc[span.start - 1].like_num or span.doc[span.start - 1].text in (":", "."))


def _camel_case(token: Token) -> bool:
    """'UzAuto', 'AzerKaz': a word with a capital first and inside, not an acronym."""
    return _camel_case_word(token.text)


def _camel_case_word(text: str) -> bool:
    """_camel_case of a token's text (Token.is_alpha is str.isalpha)."""
    return text.isalpha() and len(text) > 2 and text[0].isupper() and text[1].islower() and any(c.isupper() for c in text[2:])


def _past_bracketed_acronym(doc: Doc, k: int) -> int:
    """'Hyundai Motor India Ltd. (HMIL) Unsoo Kim', 'the Road Safety Council (RSTC), Ada Obi': past an organisation's
    short name in brackets at k."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper:
        return k + 3
    return k


def _period_code(doc: Doc, ent: Span) -> bool:
    """'in H2 2027', 'in H2, 2027', 'Q3 of 2026': a half or quarter of a year, not the Haval H2."""
    if ent.label not in Label.MODELS or len(ent) != 1 or ent.text not in PERIOD_CODES:
        return False
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.text == "," and ent.end + 1 < len(doc):
        following = doc[ent.end + 1]  # "will go on stream in H2, 2027"
        return following.shape_ == "dddd"
    return following is not None and (following.shape_ == "dddd" or following.lower_ in ("of", "results", "sales"))


def _month_in_a_date(token: Token) -> bool:
    """'Jan 5', '5 May 2026', 'in March': a month; 'Jan Novak' and 'May Chen' are names."""
    if token.lower_ not in lx.MONTHS:
        return False
    doc, i = token.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    if (after is not None and after.like_num) or (before is not None and before.like_num):
        return True  # "Jun 5", "5 May"
    return before is None or before.lower_ in MONTH_OPENERS or after is None  # "in March"; "Wang Jun" is a name


def _hyphen_variants(role: str) -> set[str]:
    """'executive vice president' -> also 'executive vice-president', 'executive-vice president', ..."""
    words = role.split()
    return {"".join(w + sep for w, sep in zip(words, (*seps, ""), strict=True)) for seps in itertools.product((" ", "-"), repeat=len(words) - 1)}
