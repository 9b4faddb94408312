"""Cue words of automotive trade news: general English, no names of makers, models or places."""
from __future__ import annotations

VEHICLE_WORDS = frozenset(
    ["car", "cars", "vehicle", "vehicles", "sedan", "sedans", "saloon", "hatchback", "hatchbacks", "suv", "suvs", "crossover", "crossovers", "pickup", "pickups", "truck", "trucks", "bus", "buses", "van", "vans", "minivan", "mpv", "coupe", "convertible", "model", "models", "ev", "evs", "hybrid", "hybrids", "phev", "phevs", "version", "versions", "variant", "variants", "trim", "unit", "units", "edition", "facelift", "roadster", "wagon", "estate", "minibus", "minicar", "minicars",
     "cuv", "cuvs", "mpvs", "minivans", "coupes", "roadsters", "wagons", "ute", "utes", "liftback", "fastback", "bakkie", "bakkies",
     # commercial vehicles, as bus and truck news counts them: "85 coaches", "2,000 lorries", "300 tippers"
     "coach", "coaches", "minibuses", "microbus", "microbuses", "lorry", "lorries", "tipper", "tippers", "deckers",
     "automobile", "automobiles", "autos",
     # two- and three-wheelers, as their makers' news counts them
     # ("two-wheelers" is three tokens: the noun is "wheelers", the number before it no figure, see quantity_cues.py)
     "motorcycle", "motorcycles", "motorbike", "motorbikes", "scooter", "scooters", "tricycle", "tricycles", "wheelers"]
)
# words that class a vehicle between its name and the vehicle word: "the Tengo compact SUV", "the Kestra electric sedan"
VEHICLE_CLASS_WORDS = frozenset(
    ["compact", "subcompact", "mid-size", "midsize", "full-size", "small", "large", "electric", "all-electric",
     "battery-electric", "luxury", "premium", "budget", "family", "city", "entry-level", "seven-seat", "seven-seater",
     "three-row", "plug-in", "off-road", "coupe-style", "five-door", "three-door", "four-door", "mini", "sporty"]
)
UNIT_WORDS = frozenset(["units", "unit", "pcs", "pieces", "vehicles", "vehicle", "cars", "car", "trucks", "buses", "evs", "suvs", "sedans", "kits", "automobiles", "automobile", "autos",
                        "motorcycles", "motorbikes", "scooters", "wheelers", "deckers"])
ANNUAL_WORDS = frozenset(["annually", "annual", "yearly", "year-round"])
# titles held in a company (an org may be read from the sentence's one company) and titles that never are
CORPORATE_ROLE_WORDS = frozenset(
    ["ceo", "cfo", "coo", "cto", "chief", "managing", "chairman", "chairwoman", "chairperson", "manager", "founder",
     "executive", "officer", "spokesman", "spokeswoman", "spokesperson", "md", "director", "head"]
)
PUBLIC_ROLE_WORDS = frozenset(
    ["minister", "secretary", "governor", "mayor", "ambassador", "analyst", "economist", "senator", "commissioner",
     "president", "premier", "deputy", "official", "general", "professor", "researcher", "consultant", "journalist", "editor"]
)
PER_MONTH = (("per", "month"), ("a", "month"), ("each", "month"), ("every", "month"), ("/", "month"))
# "cut 2,300 jobs", "the change cost 600 jobs": a job figure after these is a loss, not jobs created or employed
JOB_CUT_WORDS = frozenset(
    ["cut", "cuts", "cutting", "shed", "sheds", "shedding", "eliminate", "eliminates", "eliminating", "axe", "axes", "axing",
     "slash", "slashes", "slashing", "lay", "laying", "laid", "lose", "loses", "losing", "lost", "reduce", "reduces", "reducing",
     "cost", "costs", "costing", "retrench", "retrenches", "retrenched", "retrenching", "dismiss", "dismisses",
     "dismissed", "dismissing", "fired", "furlough", "furloughs", "furloughed", "furloughing", "chop", "chops", "chopped",
     "chopping", "trim", "trims", "trimmed", "trimming"]
)
PER_YEAR = (("per", "year"), ("a", "year"), ("per", "annum"), ("each", "year"), ("every", "year"), ("a", "yr"), ("/", "year"))
# "workplaces": jobs, as English news from the former Soviet Union writes them ("1,000 workplaces are created")
JOB_WORDS = frozenset(["jobs", "job", "workers", "employees", "positions", "staff", "roles", "posts", "personnel", "colleagues", "associates",
                       "workplaces"])
# "the number of employees will rise to 780 persons", "1,100 people were recruited": people counted as staff
JOB_PEOPLE_CUES = frozenset(
    ["employ", "employs", "employed", "employing", "hire", "hires", "hired", "hiring", "workforce", "headcount", "jobs", "work", "works", "working",
     "employees", "staff", "personnel", "recruit", "recruits", "recruited", "recruiting", "employment"]
)
# a data sheet's label for a plant's staff: "Headcount: 2,100", "Employees at year end: 3,900"
HEADCOUNT_LABELS = frozenset(["headcount", "workforce", "employees", "employment", "staff", "jobs"])
# a plant data sheet's labels, each line "Label: value": "Douai. Capacity: 250,000 vehicles per year. Products: ..."
PRODUCT_LABELS = frozenset(["products", "product", "models", "model", "vehicles", "production", "output"])
PLANT_DATA_LABELS = HEADCOUNT_LABELS | PRODUCT_LABELS | frozenset(["capacity", "shifts", "investment", "operator", "opened"])
CAPACITY_CUES = frozenset(["capacity", "output", "produce", "produces", "producing", "production", "manufacture", "build", "assemble", "roll"])
SHIFT_WORDS = frozenset(("shift", "shifts"))
PERCENT_WORDS = frozenset(("%", "percent", "pct"))
ENGINE_UNITS = {"l": "l", "liter": "l", "litre": "l", "liters": "l", "litres": "l", "cc": "cc", "t": "l",
                # engine codes written after the displacement: "1.0 TSI", "2.0 TDI", "1.6 T-GDi"
                "tsi": "l", "tfsi": "l", "tdi": "l", "gdi": "l", "t-gdi": "l", "tgdi": "l", "mpi": "l", "ecoboost": "l",
                "vvt": "l", "vvt-i": "l", "turbo": "l",
                # "1.3 TCe", "1.5 dCi", "1.2 PureTech", "1.6 CRDi", "2.0 EcoBlue", "1.3 MultiJet", "1.5 i-VTEC"
                "tce": "l", "dci": "l", "hdi": "l", "bluehdi": "l", "puretech": "l", "crdi": "l", "ecoblue": "l",
                "multijet": "l", "jtd": "l", "vtec": "l", "i-vtec": "l", "tgi": "l", "d-4d": "l", "skyactiv-g": "l",
                "skyactiv-d": "l"}
POWER_UNITS = {"hp": "hp", "horsepower": "hp", "bhp": "hp", "ps": "ps", "kw": "kw", "kilowatt": "kw", "kilowatts": "kw", "cv": "ps", "h.p": "hp", "h.p.": "hp",
               "horses": "hp"}  # "365 horses": the car press's horsepower
AREA_UNITS = {"hectare": "ha", "hectares": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
              "square": "sq", "sq": "sq"}

PRODUCTION_CUES = frozenset(
    ["produce", "produces", "producing", "produced", "production", "manufacture", "manufactures", "manufacturing", "manufactured", "assemble", "assembles", "assembling", "assembled", "assembly", "build", "builds", "building", "built", "make", "makes", "making", "plant", "plants", "factory", "factories", "facility", "facilities", "site", "sites", "works", "line", "lines", "output", "outputs", "localise", "localize", "localised", "localized", "gigafactory", "megafactory", "microfactory", "microfactories", "metaplant", "complex", "campus"]
)
PLANT_NOUNS = frozenset(["plant", "plants", "factory", "factories", "facility", "facilities", "site", "sites", "works", "complex", "hub", "line", "campus", "gigafactory", "megafactory", "microfactory", "microfactories", "metaplant", "carworks", "base"])
# words that give a plant its models without a verb of making: "dedicated to the X", "will focus on the X and Y",
# "a new line alongside the X", "the line-up will be joined by the X"
# "At Kulim the X joins the Y and the Z": a model joining those a plant makes
MODEL_ASSIGNMENT_CUES = frozenset(["dedicated", "focus", "focuses", "focused", "alongside", "joined", "joins", "join", "lineup", "line-up"])
PLANT_ANAPHORS = frozenset(["plant", "factory", "facility", "site", "line", "project", "output", "production", "works", "complex", "conveyor"])
START_CUES = frozenset(["start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "commence", "commences", "launch", "launches", "open", "opens", "opening"])
# "a KES4.1bn ($31.7m) programme", "a GHS580m upgrade of its paint shop": nouns of money spent on a plant
SPENDING_NOUNS = frozenset(["programme", "program", "upgrade", "expansion", "overhaul", "modernisation", "modernization",
                            "retooling", "refit", "revamp", "plan", "project", "makeover", "conversion"])
INVESTMENT_CUES = frozenset(
    ["invest", "invests", "invested", "investing", "investment", "investments", "injection", "fund", "funds", "funding", "funded", "finance", "financing", "financed", "capital", "spend", "spends", "spending", "spent", "cost", "costs", "costing", "worth", "budget", "expansion", "commit", "commits", "committed", "committing", "retooling", "retool", "retooled",
     # "is pumping R4.2 billion into its Rosslyn plant", "will pour $1 billion into", "earmarked Rs 9,000 crore for"
     "pump", "pumps", "pumping", "pumped", "pour", "pours", "pouring", "poured",
     "plough", "ploughs", "ploughing", "ploughed", "plow", "plows", "plowing", "plowed", "earmark", "earmarks", "earmarking",
     "earmarked", "outlay", "capex", "expenditure", "expenditures"]
)
EXPORT_CUES = frozenset(
    ["export", "exports", "exported", "exporting", "exportation", "ship", "ships", "shipped", "shipping", "shipment", "shipments", "deliver", "delivers", "delivered", "delivering", "deliveries", "sell", "sells", "sold", "selling", "sales", "supply", "supplies", "supplied", "supplying"]
)
# "a first batch of 400 Tiggo 4", "an order for 250 Hilux": nouns of a number of vehicles moved or bought together
CONSIGNMENT_NOUNS = frozenset(["batch", "consignment", "shipment", "order", "fleet", "delivery", "lot", "cargo"])
# "an order from the Gambia for 120 Taras", "a contract for 700 K3s to Chile": a deal for a number of vehicles
DEAL_NOUNS = frozenset(["order", "orders", "contract", "contracts", "deal", "deals"])
# "a contract with its distributor in Armenia": who buys a maker's cars in a market
DISTRIBUTOR_NOUNS = frozenset(["distributor", "distributors", "dealer", "dealers", "importer", "importers", "dealership", "dealerships",
                               "buyer", "buyers"])
# "Thai-built Navaras", "locally assembled Corollas": where the vehicles come from
MADE_PARTICIPLES = frozenset(["built", "made", "assembled", "produced", "manufactured"])
MADE_ADVERBS = frozenset(["fully", "locally", "completely", "domestically"])
PLATFORM_CUES = (
    ("based", "on"), ("derived", "from"), ("lineage", "to"), ("built", "on"), ("underpinned", "by"),
    ("platform", "of"), ("platform", "from"), ("rebadged",), ("version", "of"), ("derivative", "of"),
    ("shares", "its", "platform", "with"), ("twin", "of"), ("sister", "model"), ("roots", "in"),
    ("underpinnings", "with"), ("underpinnings", "of"), ("architecture", "with"), ("architecture", "of"),
    ("rides", "on"), ("sits", "on"), ("reworked",), ("re-engineered",), ("shares", "a", "platform", "with"), ("platform", "with"), ("mechanicals", "with"),
    ("badge", "-", "engineered"), ("developed", "from"), ("shares", "its", "body", "with"), ("copy", "of"), ("clone", "of"),
    ("twin", "to"), ("based", "upon"), ("rebadge", "of"), ("on", "the", "basis", "of"), ("on", "the", "base", "of"),
    ("derivatives", "of"), ("versions", "of"), ("twins", "of"), ("clones", "of"), ("rebadges", "of"),
    ("locally", "adapted"),  # "the X70 was in effect a locally adapted Boyue"
    ("facelift", "of"), ("facelifted",), ("reskin", "of"), ("reskinned",), ("evolution", "of"), ("offshoot", "of"),
    ("spinoff", "of"), ("spin", "-", "off", "of"), ("descendant", "of"),  # "the venerable car is a spinoff of the Hillman Hunter"
    # "the Dena is a development of the Samand", "the X50 is the same car as the Binyue", "the Omoda 5 is the
    # European name for the Tiggo 4 Pro", "a licence-built Pride"
    ("a", "development", "of"), ("same", "car", "as"), ("same", "vehicle", "as"), ("same", "model", "as"),
    ("name", "for", "the"), ("licence", "-", "built"), ("license", "-", "built"),
    ("identical", "to"),  # "the car looks identical to the Sehol X4": the same car under another badge
    # "the Titano is closely related to the Landtrek", "a sibling of the Kiger", "the sedan counterpart of the Mirage",
    # "a close cousin of the Bigster"
    ("closely", "related", "to"), ("sibling", "of"), ("counterpart", "of"), ("cousin", "of"),
    # "a rebranded Boyue"
    ("rebranded",),
    # "the Landtrek, which draws its DNA from the F70": the car it is developed from
    ("dna", "from"),
    # "a re-badged Triton", "the sister car of the 301", "Toyota's take on the Baleno"
    ("re", "-", "badged"), ("sister", "car", "of"), ("sister", "vehicle", "of"), ("'s", "take", "on"), ("’s", "take", "on"),
    # "a European market adaptation of the X", "based off the X", "a spin-off of the X" (not "essentially a": "essentially
    # a result of the new X plant"; nor "built off": "built off the back of the X's success")
    ("adaptation", "of"), ("based", "off"), ("spin", "-", "off", "of"),
)
# "shares its ladder frame with", "shares its body and mechanicals with": what one model takes from another
SHARED_PARTS = frozenset(["platform", "architecture", "underpinnings", "chassis", "frame", "body", "bodyshell",
                          "mechanicals", "structure", "floorpan", "internals"])
SPEECH_VERBS = frozenset(["said", "says", "told", "added", "adds", "noted", "notes", "stated", "explained", "explains", "announced",
                          "commented", "recalls", "recalled", "argues", "argued", "warned", "warns", "insists", "insisted",
                          "admitted", "admits", "acknowledged", "stressed", "emphasised", "emphasized"])
COMPANY_NOUNS = frozenset(
    ["company", "carmaker", "automaker", "manufacturer", "maker", "firm", "assembler", "supplier", "producer", "group", "brand", "partner", "factory", "plant", "facility"]
)
# "the plant was sold to X", "now belongs to X", "was taken over by X": the company a plant passes to
NEW_OWNER_CUES = (("sold", "to"), ("belongs", "to"), ("bought", "by"), ("acquired", "by"), ("over", "by"),
                  ("transferred", "to"), ("handed", "to"), ("passed", "to"))
# "Korean carmakers exported ...": a country's makers together, its trade rather than one company's
MAKER_PLURALS = frozenset(["carmakers", "automakers", "manufacturers", "makers", "brands", "assemblers", "producers", "automobile-makers"])
NAMING_WORDS = frozenset(["identified", "known", "named", "called", "dubbed", "operated", "run", "owned"])
# legal forms written short after a company's name, often with a full stop ("Mitsubishi Corp.", "Ford India Pvt Ltd")
ABBREVIATED_LEGAL_FORMS = frozenset(["Corp", "Co", "Inc", "Ltd", "Bhd", "Pte", "Pvt"])
# and those written as codes, with no stop after them ("Volkswagen AG", "Acme Sdn Bhd", "PT Astra International Tbk")
LEGAL_FORM_CODES = frozenset(["Pty", "Sdn", "LLC", "Plc", "PLC", "Tbk", "GmbH", "AG", "SA", "SpA", "Srl", "BV", "NV"])
# both, lower-cased: "Ford India Pvt Ltd", "Acme Sdn Bhd", "Zorvex Motors Corp." (compared without the stop)
SHORT_LEGAL_FORMS = frozenset(w.lower() for w in ABBREVIATED_LEGAL_FORMS | LEGAL_FORM_CODES)
CORPORATE_SUFFIXES = frozenset(
    ["Motor", "Motors", "Auto", "Autos", "Automotive", "Automobile", "Automobiles", "Group", "Company", "Corp", "Corporation", "Co", "Holding", "Holdings", "Industries", "Industrial", "Manufacturing", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp.", "Co.", "AG", "SA", "JSC", "PJSC", "LLC", "GmbH", "Vehicles"]
)
COMPANY_ANAPHORS = (("the", "company"), ("the", "carmaker"), ("the", "automaker"), ("the", "manufacturer"),
                    ("the", "firm"), ("the", "group"), ("the", "maker"))
PERSON_PARTICLES = frozenset(
    ["bin", "binti", "ben", "al", "el", "de", "da", "dos", "das", "do", "del", "della", "van", "von", "der", "den", "di", "la", "le", "du", "ibn"]
)
# titles written before a name: "Dr. Amina Bello", "Mr. Sunil Rao", "Engr. Musa Danjuma", "Engineer Musa Danjuma",
# "Prince Adewale Okunola"
HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "engr", "eng", "sir", "dame", "prince", "princess", "sheikh", "shaikh", "sheik", "alhaji",
     "chief", "hon", "honourable", "honorable", "hon’ble", "hon'ble", "madam", "mx", "cllr", "coun", "engineer", "h.e"]
)
MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# Words of government portfolios and company divisions that follow a title ("Minister of Industry and Trade").
PORTFOLIO_WORDS = frozenset(
    "industry industries trade technologies new renewable construction national export exports mine mines mining economy economic economics affairs foreign finance financial technology "
    "energy transport transportation investment investments development commerce policy planning labour labor "
    "enterprise enterprises infrastructure environment science innovation digital agriculture internal home defence "
    "defense health education tourism communications resources natural heavy small medium business manufacturing "
    "automotive public works state urban regional international domestic sales marketing operations production "
    "europe asia africa americas china india global north south east west central strategy procurement purchasing "
    "research engineering design services social security justice interior culture employment water land housing "
    "industrial logistics ports maritime aviation telecommunications information climate mobility electric "
    "competition consumer protection ict division corporate department sector metal metals machinery equipment chemicals textiles minerals metropolitan municipal "
    "quality brand human mission "
    # ministries' portfolios: "Minister of Transport and Roads", "Minister of Petroleum" (not "sports", "transit": a
    # car's kind and a van's name)
    "roads highways railways petroleum fisheries forestry taxation customs privatisation privatization cooperation integration "
    "and of for the & , -".split()
)
# titles written short before a name in news style ("Gov. Mike Braun"): the role they stand for
# "shipped from SA into Africa", "SA-built bakkies": a country's short form that is also another country's ISO code (and a
# legal form, "Renault SA"), read as the country only in a story that names it and not the other one
COUNTRY_SHORT_FORMS = {"SA": ("South Africa", "Saudi Arabia")}
# "chief executive officer", "chief financial officer": a title spelled out, kept as written (not "CEO", "CFO")
SPELLED_OUT_TITLE_WORD = "chief "
ROLE_ABBREVIATIONS = {"Gov.": "Governor", "Sen.": "Senator", "Rep.": "Representative", "Pres.": "President",
                      "Gen.": "General", "PM": "Prime Minister", "CM": "Chief Minister"}  # ("Haryana CM Manohar Lal")
# Trim and variant words written after a model name ("Golf GTI", "Dolphin Mini", "Z4 Coupe"); part of the model's name. (Not
# "Custom": gold writes "Silverado" for the "Silverado Custom" trim)
TRIM_WORDS = frozenset("plus pro max mini ultra gti rs ev phev hev hybrid sport cross dm-i electric coupe coupé cabriolet convertible".split())
# "Kona Electric", "Equinox EV" (after the name, capitalised: see TRIM_WORDS); "ë-C3", "e-2008" (before it, hyphened)
ELECTRIC_PREFIXES = frozenset(["e", "ë", "é", "E"])

# US states written short after a town, in the news agencies' style ('Georgetown, Ky.', 'Smyrna, Tenn.'); the postal
# codes ('KY', 'TN') come from pycountry where they are used
US_STATE_NEWS_STYLE = frozenset("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr "
                                "Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Va Vt Wash W.Va Wis Wyo".split())
# the last word of a proper name that names no company although a company's name may start it
# ("the African Continental Free Trade Area", "the Smart Car platform")
NON_COMPANY_NAME_HEADS = frozenset(["area", "agreement", "zone", "treaty", "partnership", "union", "community"])
# "Smart Trade International", "Kia Logistics Solutions": words that end the name of a firm of another trade, which a
# carmaker's or brand's one-word name may open
OTHER_FIRM_HEADS = frozenset(["international", "solutions", "services", "consulting", "consultants", "trading", "logistics",
                              "capital", "partners", "technologies", "systems", "ventures", "investments", "finance"])
# words that end or fill the names of public bodies, plans and zones, never a person's name
# ("the State Revenue Committee", "the Provincial People's Committee", "the Recovery and Resilience Plan")
INSTITUTION_WORDS = frozenset(
    ["Committee", "Commission", "Council", "Ministry", "Agency", "Authority", "Board", "Bureau", "Department", "Office",
     "Fund", "Plan", "Programme", "Program", "People", "Provincial", "Federal", "Revenue", "Union", "Association",
     "Chamber", "Zone", "Area", "Agreement", "Assembly", "Parliament", "Government", "Customs", "Exchange"]
)
# "rebadged as the Chevrolet GTO", "badged in Kenya as the X": verbs that give a car another maker's or market's name
BADGE_VERBS = frozenset(["rebadged", "badged", "rebranded", "renamed"])
# "on the GLOVIS ro/ro ship", "aboard a Höegh vessel": the nouns of a ship carrying cars
SHIP_WORDS = frozenset(["ship", "ships", "vessel", "vessels", "carrier", "carriers", "freighter", "ro-ro", "roro", "ro/ro",
                        "ferry"])
