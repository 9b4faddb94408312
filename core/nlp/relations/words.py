"""Word lists and patterns more than one kind of fact reads; a list only one module reads is kept in that module."""
from __future__ import annotations

import pycountry

from core.nlp import lexicon as lx

LOCATION_PREPS = ("in", "at", "near", "outside", "into")
PLANNED = frozenset(["will", "would", "plans", "plan", "planned", "aims", "aim", "target", "targets", "expects", "expected", "forecast", "forecasts", "estimates"])
# what may stand between towns listed together: "Zwickau and Dresden", "Gurugram, Manesar and the Hansalpur plant"
COORDINATION_GLUE = frozenset([",", "and", "the", "its"])
# US states written short after a town: postal codes (pycountry's subdivisions) and the news agencies' style
US_STATE_CODES = frozenset(s.code.split("-")[1] for s in pycountry.subdivisions.get(country_code="US"))
US_STATE_NEWS_STYLE = lx.US_STATE_NEWS_STYLE
US_STATE_NAMES = frozenset(s.name.lower() for s in pycountry.subdivisions.get(country_code="US")
                           if s.type == "State" and s.name not in ("Georgia", "Washington"))
CLOSED_WORDS = frozenset(["closed", "shut"])  # a plant closed: "closed its Sayama plant in 2022"
ENDED_WORDS = frozenset(["ended", "stopped", "ceased", "halted", "discontinued"])
MODEL_HEDGES = frozenset(["rumour", "rumor", "rumoured", "rumored", "considering", "mulling", "weighing", "studying", "possible",
                          "potential", "speculation", "speculated", "talks", "negotiations", "negotiating"])
# "Acme ended months of speculation by announcing ...", "signed following lengthy talks": a hedge that is over, what
# comes after it is decided (the words that end it, and those that may stand between)
HEDGE_ENDERS = frozenset(["end", "ends", "ended", "ending", "after", "following", "concluded", "concludes", "concluding"])
HEDGE_ENDER_FILLERS = frozenset(["months", "weeks", "years", "days", "of", "the", "a", "an", "long", "lengthy", "protracted",
                                 "intense", "much", "some", "two", "three", "several", "many"])
HEDGE_DURATIONS = frozenset(["months", "weeks", "years", "days", "long", "lengthy", "protracted"])
# a plant not yet decided: "studying a possible plant", "shortlisted three sites", "a potential factory"
PLANT_HEDGES = frozenset(["shortlisted", "shortlist", "shortlisting", "possible", "potential", "candidate", "studying", "mulling", "considering",
                          "weighing", "evaluating", "exploring", "feasibility", "talks", "negotiations", "negotiating",
                          # "denied a report that it plans a plant", "reported, citing unnamed officials, that ..."
                          # (a rumour about a model does not make its plant doubtful: MODEL_HEDGES)
                          "denied", "denies", "deny", "denying", "unnamed", "unconfirmed", "reportedly", "speculation", "speculated",
                          # "has shelved its plans for a plant in X": a plant given up
                          "shelved", "shelves", "shelving", "scrapped", "scraps", "abandoned", "abandons", "abandoning",
                          "cancelled", "canceled", "cancels", "cancelling", "canceling"])
SPEC_ATTRS = {"ENGINE": "engine_l", "POWER": "power_hp", "TRANSMISSION": "transmission"}
# (every form of each verb: "will transfer production of the X to Y", "is relocating assembly to Z")
MOVE_VERBS = frozenset(["move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting", "transfer", "transfers",
                        "transferred", "transferring", "relocate", "relocates", "relocated", "relocating", "concentrated",
                        "consolidated"])
KIT_WORDS = frozenset(["kits", "kit", "parts", "components"])
# "produce hybrid engines for Accord sedans": parts a plant makes for models
PARTS_MADE_FOR = frozenset(["engines", "engine", "batteries", "battery", "parts", "components", "cells", "transmissions",
                            "gearboxes", "motors", "powertrains", "axles", "seats", "bodies", "packs"])
SHARE_WORDS = lx.PERCENT_WORDS | {"per", "cent"}  # "(7.4%)", "60 per cent of the cars"
# "possibly followed by the X and the Y", "and potentially the Z as well": an adverb that makes the models after it
# only maybe a plant's (not those named before it)
HEDGE_ADVERBS = frozenset(["possibly", "potentially", "perhaps", "maybe"])
# "If the X is built at the plant, ...": a sentence opening on a condition names the models in it only as a supposition
CONDITION_OPENERS = frozenset(["if", "unless", "whether"])
# "has no plans to produce the X", "the line that once produced the Y": models a plant will not make or made only before
FORMER_ADVERBS = frozenset(["once", "formerly", "previously"])
# "it could produce new versions of the X": a making only possible
MODAL_HEDGES = frozenset(["could", "might"])
MAYBE_WORDS = frozenset(["could", "might", "may", "considering", "weighing", "studying", "mulling"])
# "Tiggo 4 Pro shipments to Kyrgyzstan are to follow": what follows is no model but a thing done with it
FOLLOWING_NOUNS = frozenset(["shipments", "exports", "deliveries", "sales", "imports", "orders"])
CONTINUE_WORDS = frozenset(["continue", "continues", "continued", "continuing", "resume", "resumes", "resumed", "keep", "keeps"])
MOVEMENT_VERBS = frozenset(["goes", "go", "went", "going", "bound", "headed", "destined"])
# "a first batch left the port of Oran for Senegal": a departure names its destination with "for"
DEPARTURE_VERBS = frozenset(["left", "leave", "leaves", "departed", "depart", "departs", "sailed", "sails", "sail"])
LEAVE_VERBS = frozenset(["left", "leave", "leaves"])  # "85 per cent of its trucks leave Belgium"
# "The carrier docked in Bremerhaven with 3,000 cars from China": a shipment told by its arrival
ARRIVAL_VERBS = frozenset(["arrived", "arrives", "arrive", "docked", "docks", "landed", "berthed"])
REACH_VERBS = frozenset(["reached", "reaches"])  # "The first batch of 1,200 X50s has reached Egypt": a consignment's arrival
# "Kazakhstan will receive the Cobalt", "Italy alone took 48,000 cars": a market as the subject
RECEIVING_VERBS = frozenset(["receive", "receives", "received", "receiving", "took", "takes", "taking", "absorbed", "absorbs",
                             "bought", "buys"])
NEGATIONS = frozenset(["not", "n't", "never"])
# "like its rivals, such as BMW", "unlike Ford", "ahead of Kia": words that name a company only to compare with it
COMPARISON_CUES = frozenset(["like", "unlike", "than", "such", "rival", "rivals", "competitor", "competitors", "peers",
                             "ahead", "behind"])
RIVAL_WORDS = frozenset(["rival", "rivals", "competitor", "competitors", "against", "versus", "vs", "vs.", "challenger", "challengers"])
# who sets a country's goals: "the government wants 300,000 cars a year built in the kingdom"
GOVERNMENT_WORDS = frozenset(["government", "ministry", "minister", "kingdom", "authorities", "state", "country", "cabinet"])
# "These six carmakers will ...", "14 vehicle makers operate in X ..., employing 31,000 people": a sentence
# whose subject counts several makers states their sum, no one plant's figure
# (not "the two companies will invest $1 billion in the plant": partners in one plant; nor any sentence naming one plant)
GROUP_COUNT_WORDS = frozenset(["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                               "several", "many", "other"])
# "the combined output of both ... factories", "other Zorvex plants around the world, each with capacity of":
# several plants counted with a number or set apart as others
PLANT_PLURALS = frozenset(["plants", "factories", "facilities", "sites", "complexes", "works"])
RAISE_VERBS = frozenset(["increase", "increases", "increased", "increasing", "raise", "raises", "raised", "raising", "boost", "boosts",
                         "boosted", "boosting", "expand", "expands", "expanded", "expanding", "lift", "lifts", "lifted", "lifting",
                         "double", "doubles", "doubled", "doubling", "ramp", "ramps", "ramped", "ramping", "grow", "grows", "grew"])
# "the first 2,000 VF 3s for Indonesia would be loaded": a consignment named with its market
CONSIGNMENT_VERBS = frozenset(["loaded", "loading", "shipped", "exported", "delivered", "sent", "dispatched", "despatched"])
# "studying further shipments to Mauritania", "in talks with distributors in ...": not yet a route
PASSIVE_HEDGES = frozenset(["studied", "considered", "explored", "evaluated", "assessed", "discussed", "examined", "negotiated"])
EXPORT_HEDGES = frozenset(["possible", "potential", "studying", "considering", "exploring", "mulling", "weighing", "evaluating", "assessing", "talks", "negotiating", "discussing",
                           "negotiations", "possibility", "studies", "considers", "explores",  # "studies the possibility of exporting"
                           "hopes", "hope", "hoping", "hoped", "applied", "applying",
                           "opportunity", "opportunities"])  # "new opportunities for us to export the X to Angola"
APPROXIMATORS = frozenset(["about", "around", "some", "nearly", "almost", "roughly", "approximately", "at", "least", "up"])
EXPORT_FIRST_WORDS = (lx.EXPORT_CUES | {"send", "sends", "sending", "dispatch", "dispatches", "dispatching", "despatch", "despatches",
                                       "despatching", "enter", "marketed", "volumes", "delivery", "consignment", "batch", "supplier"}
                      | MOVEMENT_VERBS | DEPARTURE_VERBS
                      | CONSIGNMENT_VERBS | lx.DEAL_NOUNS)
PASSIVE_AUXILIARIES = frozenset(["be", "is", "are", "was", "were", "been", "being"])
# verbs of vehicles leaving a plant for a market (not "sell" or "supply", said of parts and of sales at home)
SHIPPING_VERBS = frozenset("export exports exported exporting ship ships shipped shipping send sends sent sending".split())
BUILD_VERBS = frozenset(
    "build builds building built assemble assembles assembling assembled produce produces producing produced make makes "
    "making made manufacture manufactures manufacturing manufactured roll rolls".split()
)
# "the plant builds the X for Europe": a plant's own making, not "built"/"made" of the vehicles
ACTIVE_BUILD_VERBS = frozenset("build builds building assemble assembles assembling produce produces producing make makes making".split())
ADVERBS_BEFORE_VERB = frozenset(["currently", "also", "now", "still", "will", "already", "today"])
COMPANY_ANAPHOR_NOUNS = frozenset("company group carmaker automaker manufacturer firm maker".split())
PLACE_FILLERS = frozenset(
    ["the", "a", "an", "city", "town", "region", "province", "state", "district", "county", "of", "nearby", "’s", "'s",
     "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west", "industrial", "port",
     # "in the east China cities of A, B and C", "the northwest China city of X"
     "cities", "towns", "provinces", "regions", "northeast", "northwest", "southeast", "southwest", "northeastern",
     "northwestern", "southeastern", "southwestern",
     # "the southwestern metropolis of Chongqing", "the coastal municipality of X"
     "metropolis", "municipality", "coastal",
     # "in the world's car capital Detroit", "in the Motor City Detroit": a town described before its name
     "capital", "world", "car", "motor",
     # "in the greater Poznan area", "in the wider Chennai region"
     "greater", "wider"]
)
# "the West Java town of Karawang", "the Gujarat city of Sanand": a town named by its state, then its own name
TOWN_OF_STATE_NOUNS = frozenset(["town", "city", "village", "district", "regency", "municipality", "county"])
# where a sentence turns from making cars to selling them: "crosses the border to our customers in the US"
MARKET_WORDS = frozenset(["customers", "buyers", "dealers", "market", "markets", "consumers", "demand", "border", "driven", "registered", "drivers",
                          "sale"])  # "vehicles manufactured in the US for sale in Japan"
LIST_GLUE = frozenset([",", "and", "or", "as", "well", "plus", "the", "“", "”", '"', "unspecified", "other", "&"])
SELL_CUES = frozenset("sell sells sold selling sales".split())
HOME_MARKET_WORDS = frozenset(["domestic", "local", "home"])
SPLIT_WORDS = frozenset(["split", "divided", "shared"])  # "the rest was split between Chad and Niger"
REST_WORDS = frozenset(["rest", "remainder", "remaining", "balance"])
# ("dispatch", "despatch": the same, as British news spells it; "dispatched" is a verb of consignment)
SEND_VERBS = frozenset(["send", "sends", "sending", "dispatch", "dispatches", "dispatching", "despatch", "despatches", "despatching"])
MIX_WORDS = frozenset(["mostly", "mainly", "chiefly", "largely", "primarily", "predominantly"])
BULLETS = frozenset(["-", "•", "*", "–", "—", "·"])
# "to operators in Chile", "to customers in Kenya": buyers named before their market
BUYERS_IN_NOUNS = frozenset(["operators", "customers", "clients", "buyers", "dealers", "distributors", "fleets", "importers",
                             "operator", "customer", "client", "buyer", "dealer", "distributor", "importer"])
BREAKDOWN_WORDS = MIX_WORDS | {"including", "notably", "especially", "particularly", "such", "as", "namely"}
# "its main markets are France and Spain", "with key markets being ...", "export destinations include ..."
MARKET_LIST_NOUNS = frozenset(["markets", "destinations", "receivers", "buyers", "importers"])
EXPORT_CONTEXT = frozenset(["export", "exports", "exported", "buyer", "importer", "destination", "shipments"])
COPULAS = frozenset(["was", "is", "became", "remains", "remain", "remained", "remaining", "are", "were"])
RANKING_WORDS = frozenset(["largest", "biggest", "main", "top", "second-largest", "second", "third", "key", "leading", "single", "export", "major",
                           "principal", "primary"])
PLANT_RANKS = frozenset(["largest", "biggest", "only", "newest", "sole", "oldest", "smallest", "latest"])  # "Zorvex's largest in Peru"
SHARE_PRONOUNS = frozenset(["some", "most", "many", "half", "all"])  # "Some will be exported to ..."
AUXILIARIES = frozenset("is are was were be been being has have had will would can could".split())
IMPORT_CUES = frozenset("import imports imported importing".split())
OWNER_ANAPHORS = frozenset(["group", "company", "carmaker", "automaker", "manufacturer", "firm", "maker"])
RANKS = frozenset(["first", "second", "third", "fourth", "fifth", "next"])
CLAUSE_BREAKS = frozenset(["while", "whereas", ";"])  # "Iraq took 1,420, while 310 went to Belarus": two clauses
ENGINE_SUBJECTS = frozenset(["engine", "motor", "powertrain", "unit", "gearbox", "transmission", "powerplant"])
# "cells made at", "engines will come from", "packs from": parts and the words that say where they are made
COMPONENT_PLURALS = frozenset(["batteries", "cells", "engines", "modules", "packs", "components", "parts", "seats",
                               "transmissions", "gearboxes", "axles", "tyres", "tires", "chips", "semiconductors",
                               "castings", "e-axles"])
VENTURE_NOUNS = frozenset(["venture", "jv", "partnership"])
SOURCE_VERBS = frozenset(["shipped", "sourced", "supplied", "sent", "come", "comes", "came"])
# words that may stand between "to" and a destination: "to the Russian market", "to unspecified “Central Asian” countries"
DESTINATION_FILLERS = frozenset(
    ["the", "“", "”", '"', "'", "namely", "unspecified", "other", "neighbouring", "neighboring", "nearby", "such", "as",
     "including", "markets", "market", "countries", "several", "various", "many", "more", "than", "over", "both",
     "places", "destinations", "regions", "key", "major"]  # ("into key Sub-Saharan Africa markets")
)
# "its overseas plants", "overseas sales": outside the company's home
ABROAD_WORDS = frozenset(["overseas", "foreign", "international"])
# "exports to 88 countries globally", "12,000 employees worldwide": a reach over the whole world, not one place
WORLDWIDE_WORDS = frozenset(["globally", "worldwide", "world-wide", "globe"])
# "Based on the X, the Y will ...", "Like the X, the Y is ...": words that open a phrase before a sentence's subject
# (a participle too: "Powered by ...", "Sharing ...")
OPENING_PHRASE_STARTS = frozenset(["like", "unlike", "with", "after", "following", "despite", "as", "while", "although", "though",
                                   "since", "when", "in", "at", "on", "for", "from", "compared", "alongside", "besides"])
# "Anyway, the Y ...", "However, the Y ...": words that open a sentence with a comma, before its subject (and any word in -ly)
SENTENCE_ADVERBS = frozenset(["anyway", "however", "meanwhile", "moreover", "furthermore", "besides", "indeed", "instead", "still",
                              "now", "today", "overall", "otherwise", "nevertheless", "nonetheless", "also", "plus", "thus",
                              "therefore", "hence", "again", "then", "so", "yet"])
# "..., the Y will be slotted below the Z": words that follow a subject (a verb written in -s too: "the Y gets ...")
SUBJECT_VERBS = frozenset(["will", "would", "is", "was", "are", "were", "has", "had", "can", "could", "may", "might", "should",
                           "shall", "must", "gets", "got", "comes", "came", "uses", "used", "sits", "sat", "rides", "shares"])
# "2.3 million of them went to ...": a figure that counts vehicles named before it
OF_THEM = (["of", "them"], ["of", "these"], ["of", "those"])
