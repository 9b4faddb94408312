"""Word lists and patterns of the entity rules (core.nlp.entities and its mixins in core.nlp.entity_rules)."""
from __future__ import annotations

import re

from spacy.strings import get_string_id

from core.nlp import lexicon as lx

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
RANGE_NOUNS = frozenset(["range", "family", "brand", "line", "lineup", "line-up", "series", "badge", "marque"])
SUCCESSOR_NOUNS = frozenset(["successor", "successors", "replacement", "predecessor"])  # "a successor to the Leaf"
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "K.", "R.C.", "P.M.": a person's initials written with full stops
ENGINE_LAYOUT = re.compile(r"^[VWIL]-?(?:4|6|8|10|12|16)$")  # "V6", "W12", "V-8": cylinder layouts, also some models' names
DRIVE_CODE = re.compile(r"^\d{1,2}[xX]\d{1,2}$")  # "4x4", "6x2": wheels driven, also some models' names (Lada 4x4)
# "the 4x4 variants", "a 4x4 pickup": the words after a drive code that make it the vehicle's drive, not a model
DRIVE_CODE_NOUNS = frozenset(["variant", "variants", "version", "versions", "model", "models", "trim", "trims", "option",
                              "options", "system", "drive", "drivetrain", "configuration", "layout"])
ENGINE_NOUNS = frozenset(["engine", "engines", "petrol", "diesel", "turbo", "turbocharged", "unit", "units", "powertrain"])
MAKER_KINDS = ("automaker", "brand", "group", "")
# "the LFP variant", "NMC versions": battery chemistries, written like a model's code
BATTERY_CHEMISTRIES = frozenset(["lfp", "nmc", "ncm", "nca", "lmfp", "lfmp", "lifepo4", "lto"])
LIST_GLUE = (",", "and", "or", "&", "/", "as", "well")
MAKER_NOUNS = frozenset(["carmaker", "automaker", "manufacturer", "assembler", "startup", "start-up", "maker",
                         # the makers of other vehicles and the companies around them, written as one word: "Kenyan
                         # truckmaker X", "coachbuilder X", "local supplier X", "importer and distributor X"
                         "truckmaker", "busmaker", "automobile-maker", "coachbuilder", "bodybuilder", "builder", "supplier",
                         "producer", "importer", "distributor"])
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
# legal forms written short after a company's name, as other countries write them ("Volkswagen Poznan Sp. z o.o.",
# "Magyar Suzuki Kft.", "Honda Cars India Pvt Ltd"): no model's name (compared without their last full stop)
LEGAL_FORM_ABBREVIATIONS = frozenset(["Sp", "Kft", "Zrt", "SpA", "S.p.A", "Pvt", "Pty", "Sdn", "Bhd", "Tbk", "s.r.o", "a.s", "d.o.o",
                                      "B.V", "BV", "N.V", "NV", "OOO", "ZAO", "OAO", "S.A", "PLC", "Plc", "KG", "Srl", "S.r.l",
                                      "A.Ş", "AB", "ASA", "Oy", "Oyj", "SAS", "SARL", "Ltda", "S.L", "SL", "LLP", "K.K"])
# a stock code with its exchange, as wire copy writes it after a company's name ("Hyundai 005380.KS", "BMW BMWG.DE")
STOCK_TICKER = re.compile(r"^[0-9A-Z][0-9A-Za-z]{1,7}\.[A-Z]{1,2}$")
PROMOTED_WORDS = frozenset(["promoted", "moved", "elevated", "transferred"])  # "has been promoted from sales director"
# adverbs that open a sentence before a comma and its subject ("Also, Ana Ruiz will become ...")
SENTENCE_ADVERBS = frozenset(["also", "meanwhile", "separately", "additionally", "furthermore", "moreover", "however", "likewise",
                              "besides", "elsewhere", "then", "now", "previously", "earlier", "later", "today"])
# a photo caption's position of a person ("(L)", "(2nd R)", "(centre)"): the words inside the brackets
PHOTO_POSITION_WORDS = frozenset(["l", "r", "c", "left", "right", "centre", "center", "middle", "front", "back", "rear", "2nd",
                                  "3rd", "second", "third", "from", "top", "bottom",
                                  # "Ana Ruiz (pictured), ...", "(pictured, right)", "(above)", "(inset)": where the photo shows her
                                  "pictured", "above", "below", "inset", ","])
# words before a month's name that make it a date ("in March", "since March", "early March", "last March")
MONTH_DATE_WORDS = frozenset(["in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "end", "last", "next",
                              "this", "before", "after", "on", "during", "through", "to", "between", "each", "every", "that"])
PRODUCTION_NOUNS = frozenset(["production", "assembly", "manufacturing", "output", "launch", "exports", "sales"])
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
                        "chamber", "organisation", "organization", "corporation", "society", "union", "centre", "center", "fund",
                        "bank", "committee"])  # "the Central Bank of Norland", "the National Export Committee"
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
# "the Hunter Industrial Estate", "the Ranger Valley", "Atlas Road": the nouns of a place's name after its first word
PLACE_NAME_NOUNS = SITE_HEADS | PLACE_NAME_HEADS | frozenset(["industrial", "street", "road", "avenue", "airport", "square",
                                                              "river", "bridge", "stadium", "hall", "island", "lake",
                                                              "beach", "harbour", "harbor", "mountains", "hills"])
# the last word of a place's, a building's, a body's or a prize's name, never of a person's: "Victoria Street", "Anna
# University", "Rosa Parks Boulevard", "Sofia Airport", "the Juan Manuel Fangio plant" are no people though a given
# name opens them (the place nouns above, and more)
NOT_SURNAMES = PLACE_NAME_NOUNS | BODY_NOUNS | PUBLIC_OFFICE_NOUNS | frozenset([
    "boulevard", "highway", "centre", "center", "university", "college", "school", "academy", "hospital", "museum",
    "foundation", "prize", "award", "cup", "trophy", "mountain", "falls", "station", "terminal", "tower", "house",
    "palace", "church", "mosque", "temple", "hotel", "mall", "market", "line", "canal", "dam", "motors", "motor", "auto",
    "autos", "group", "plant", "factory", "works", "complex", "facility",
])
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
# "Nissan Ashok Leyland Powertrain", "Tata Technologies": the last word of a firm's name after a maker's, no model's
FIRM_NAME_WORDS = frozenset(["powertrain", "powertrains", "technologies", "technology", "solutions", "systems", "logistics",
                             "finance", "financial", "services", "engineering", "components", "ventures", "capital",
                             # "Shaanxi Heavy Duty Automobile Import and Export": a trading arm's name
                             "import", "export", "imports", "exports", "trading"])
DISPLACEMENT = re.compile(r"\d\.\d")  # "1.0", "2.8": an engine's size in litres
THOUSANDS_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+")  # "70,000": a figure written with thousands separators
SAINT = frozenset(["St.", "St", "Ste."])  # inside a surname: "St. Angelo", "Ste. Marie"
# the last word of a person's name after the surname: "Ferdinand Marcos Jr.", "Harry Lightsey III"
GENERATIONAL_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])
# a monarch's title before one given name and a regnal number: "King Mohammed VI", "Queen Elizabeth II"
ROYAL_TITLES = {"King": "King", "Queen": "Queen", "Emir": "Emir", "Sultan": "Sultan"}
REGNAL_NUMBERS = frozenset(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
# words that end a company's or a division's name, never a person's ("Acme Powertrain Technologies")
ORG_NAME_WORDS = frozenset(["Technologies", "Technology", "Systems", "Solutions", "Services", "Powertrain", "Logistics",
                            "Electronics", "Components", "Ventures", "Mobility", "International", "Operations", "Motors",
                            "Automotive", "Industries", "Holdings", "Manufacturing",
                            # "head of the Global Bus Division", "Human Resources GM Ana Ruiz", "President of Zorvex Industry
                            # Groups Ana Ruiz": the words that end the name of a company's unit or group, never a person's
                            "Division", "Group", "Groups", "Industry", "Resources", "Relations", "Affairs",
                            # "Senior VP, Trucks Joint Venture India": a joint venture, and vehicles in the plural, name a
                            # firm or a unit
                            "Venture", "Cars", "Trucks", "Vehicles", "Buses", "Automobiles", "Autos", "Lorries",
                            # "Zastava Automobili", "Automobiles Peugeot": the word for a carmaker in other languages
                            "Automobili", "Automobile", "Automóveis", "Automobiles"])
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
               ("working", "title", "of"),
               # "The first SUV model will be called URUS", "the pickup is named Tunland": the name a vehicle is given
               ("be", "called"), ("be", "named"), ("been", "called"), ("been", "named"), ("is", "called"), ("is", "named"),
               ("was", "called"), ("was", "named"), ("dubbed",))
NAMING_CUE_ENDS = frozenset(cue[-1] for cue in NAMING_CUES)
CODE_NAME_MODIFIERS = frozenset(["upcoming", "new", "all-new", "next", "forthcoming", "planned"])
BODY_STYLE_WORDS = frozenset(["suv", "sedan", "hatchback", "crossover", "pickup", "mpv", "coupe", "minivan", "saloon"])
GENERIC_PLACE_WORDS = frozenset(["south", "north", "east", "west", "kingdom", "republic", "emirate", "state", "capital", "region", "midwest", "country",
                                 # an administrative unit's word before its name: "in the Municipality of Xyz"
                                 "municipality", "county", "province", "district", "prefecture", "city", "town", "village",
                                 # "in New Brazil Factory", "situated at Plot No. A-16": a headline's adjective, a land plot's number
                                 "new", "plot", "no",
                                 # "BMW's Upstate plant", "its Downstate factories": a part of a state, no site
                                 "upstate", "downstate", "northeast", "northwest", "southeast", "southwest", "midlands"])
# a part of the globe, no site: "the largest plant in the Southern Hemisphere", "the biggest factory in the Western World"
# the capitalised words that close a plant's name after its town: "Auto Plant", "Engine Plant", "Assembly Plant"
PLANT_NAME_WORDS = frozenset(["auto", "assembly", "engine", "vehicle", "motor", "truck", "plant", "factory", "works"])
GLOBE_PART_HEADS = frozenset(["hemisphere", "world", "globe"])
GROUP_KINDS = frozenset(["investment", "holding", "industrial", "dealer", "dealership", "equity", "private-equity", "business", "engineering"])
# generic words a company's name goes on with after the demonym that opens it ("Saudi National Automobile")
DEMONYM_NAME_WORDS = frozenset(["national", "international", "general", "united", "state", "federal", "royal", "new",
                                "first", "arab", "trade", "trading", "investment", "development", "car", "cars", "truck",
                                "trucks", "bus", "buses", "engineering", "commercial", "heavy", "electric", "mobility",
                                "energy", "industry", "steel", "metal", "machinery", "machine", "tractor", "rail",
                                # "Saudi Electricity Company", "Qatar Petroleum": a utility's or another sector's name
                                "electricity", "power", "oil", "petroleum", "gas", "telecom", "telecommunications",
                                "airlines", "railways", "mining", "chemical", "chemicals", "shipping", "aviation", "cement"])
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
# the legal forms of other countries as news writes them after a name ("Kestrel Transport Plc", "Zorvex Sdn Bhd", "Tamvik
# Oy", "Karvella SpA", "Dorvo Ltda."): the last word of a company's name, compared without a stop after it
NAME_END_LEGAL_FORMS = LEGAL_FORM_ABBREVIATIONS - {"Sp", "Pvt", "Pty", "Sdn", "SL", "KG", "a.s"} | {"OJSC", "CJSC", "Pte", "A/S"}
# the words that end the names of makers of other vehicles than cars ("Kavango Trucks", "Zenda Motorcycles", "Cherkova
# Coachworks", "Kiwa Bus Builders", "GF Vehicle Assemblers"); written as often for a class of vehicles ("Heavy Trucks", "the City Buses")
VEHICLE_MAKER_WORDS = frozenset(["Trucks", "Buses", "Coaches", "Coachworks", "Coachbuilders", "Motorcycles", "Assemblers"])
# "Kiwa Bus Builders", "Mbeki Body Builders", "Kilima Coach Works", "Sazda Engineering Works"
BODY_BUILDER_KINDS = frozenset(["Bus", "Coach", "Body", "Truck", "Engineering"])
# the words after an appositive that calls a name a maker ("X, a local bus maker, said", "X, a car assembler based in")
APPOSITIVE_ENDS = frozenset([",", ".", ";", "that", "which", "based", "in", "from", "with", "owned", "and", "whose", "founded",
                             "headquartered", "–", "—", ")", "of"])
# the nouns an appositive calls a company by: "X, a local bus maker,", "X, a local company that ..."
APPOSITIVE_NOUNS = MAKER_NOUNS | frozenset(["company", "firm"])
# a company's kind after a demonym, before its name: "the Georgian industrial holding X", "Chinese company X"
FIRM_KIND_NOUNS = frozenset(["company", "firm", "holding", "conglomerate"])
# legal forms after a company's name, lower-cased and without their stop: dropped from a new company's name
TRAILING_LEGAL_FORMS = frozenset({w.lower() for w in LEGAL_FORM_ABBREVIATIONS} | lx.SHORT_LEGAL_FORMS
                                 | {"limited", "incorporated", "ojsc", "cjsc", "pjsc", "jsc", "pte", "a/s"})
# the first words of a company officer's title after the company's name ("Kiwa Bus Builders managing director Ana Ruiz",
# "Zorvex Motors CEO Ana Ruiz"), unlike a public office's ("State Industries Minister")
OFFICER_TITLE_OPENERS = frozenset(["ceo", "cfo", "coo", "cto", "md", "managing", "chief", "chairman", "chairwoman", "chairperson",
                                   "founder", "co-founder", "boss", "executive", "executives", "director", "president",
                                   "vice", "general", "head", "spokesperson", "spokesman", "spokeswoman"])
# a name of a small 'e' or 'i' and a capital, as electric makers and brands style theirs ("eGT", "iKono")
E_PREFIXED_NAME = re.compile(r"^[ei][A-Z][A-Za-z]+$")
# legal forms that open a new company's name ("PT Kreta Sejahtera", "JSC Saryn Avto", "OOO Volna"): those a title's
# organisation opens with, but 'AO' and 'SC', which as capitals alone stand for too much else
LEADING_LEGAL_FORMS = LEGAL_FORMS - {"AO", "SC"}
LEADING_LEGAL_LOWER = frozenset(w.lower() for w in LEADING_LEGAL_FORMS)
COMPANY_RULE_WORDS = (LEADING_LEGAL_LOWER | {w.lower() for w in VEHICLE_MAKER_WORDS} | {"builders", "works"} | APPOSITIVE_NOUNS | FIRM_KIND_NOUNS | lx.NAMING_WORDS | MAKER_NOUNS | CORPORATE_LOWER  # words that open a rule of _new_companies
                      | {w.lower() for w in NAME_END_LEGAL_FORMS} | {w.lower() + "." for w in NAME_END_LEGAL_FORMS})
NAMED_AFTER = lx.COMPANY_NOUNS | {"been", "is", "was", ","}  # "a plant called X", "is known as X"
SITE_PREPOSITIONS = frozenset(["in", "at", "near"])
# "a plant in the town of Xyz": a noun of settlement and 'of' before the name of a site the gazetteer lacks
SETTLEMENT_NOUNS = frozenset(["town", "city", "village", "municipality"])
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
# Malaysian and Bruneian honorific titles written before a name ("Datuk Seri", "Tan Sri", "Dato' Sri")
MALAY_TITLES = frozenset(["datuk", "dato", "dato'", "dato’", "datin", "tun", "toh", "pehin"])
MALAY_TITLE_SECONDS = frozenset(["seri", "sri", "paduka", "puan"])
# a company's part that a title heads: "the head of Acme's Argentine division, Ana Ruiz"
UNIT_NOUNS = frozenset(["division", "unit", "arm", "subsidiary", "operations", "business", "branch", "affiliate"])
# "the Kestra will be built": a name after these is a thing's, not a person's surname
DETERMINERS_AND_POSSESSIVES = frozenset(["the", "a", "an", "its", "their", "his", "her", "new", "this", "that", "'s", "’s"])
# "JPMorgan CEO Amid Ongoing Succession Speculation": prepositions a headline capitalises (spaCy's stop words lack them),
# never a word of a person's name
HEADLINE_PREPOSITIONS = frozenset(["amid", "amidst", "despite", "unlike", "versus", "concerning", "beneath", "ahead"])
