"""Whether a sum of money a sentence names is put into the plant: not public aid given to the company, not
money spent elsewhere or over several plants, not a car's price, the value of goods or trade, money a plant adds to
the economy or a place drew in; and which plant a sum names ("a $1 billion car and engine plant").
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    BUILD_VERBS,
    COMPONENT_PLURALS,
    GOVERNMENT_WORDS,
    PLANT_PLURALS,
    RAISE_VERBS,
    VENTURE_NOUNS,
)

# money given by a state or a fund, not spent by the plant's owner
AID_WORDS = frozenset(["grant", "grants", "subsidy", "subsidies", "incentive", "incentives", "support", "aid", "rebate", "rebates",
                       "exemption", "exemptions", "holiday", "loan", "loans", "credit", "credits", "bailout", "bailouts", "bail-out"])
# "with Ontario granting up to $70.9 million", "Ottawa is contributing $35 million": a government's share, given
GRANTING_VERBS = frozenset(["granting", "grants", "granted", "grant", "contributing", "contributes", "contributed", "contribute",
                            "chipping", "kicking", "pitching"])
# "a $2 billion share buyback programme", "a $5 million marketing plan": spending that builds no plant
NOT_PLANT_SPENDING = frozenset(["buyback", "share", "stock", "bond", "marketing", "advertising", "sales", "dealer", "dealership",
                                "loan", "debt", "savings", "cost", "restructuring", "stimulus", "subsidy", "incentive", "research",
                                "training", "scrappage", "charging", "recall", "rescue", "bailout", "compensation", "software"])
FACILITY_PARTS = frozenset(["shop", "shops", "hall", "halls", "lines", "extension"])  # "paint shop", "assembly hall"
LAUNCH_AT_WORDS = frozenset(["launched", "launches", "launch", "starting", "starts", "start", "introduced", "unveiled", "sells", "available"])
PRICE_WORDS = frozenset(["priced", "price", "prices", "retail", "retails", "ex-showroom", "sticker", "msrp"])
COUNTRY_WIDE_NOUNS = frozenset(["operations", "business", "businesses", "facilities", "plants", "footprint", "network"])
# "an R&D centre", "a design center", "a training centre": sites of work that make no vehicles
NON_PLANT_CENTRES = frozenset(["r&d", "research", "design", "training", "technical", "technology", "engineering", "innovation",
                               "development", "testing", "test", "distribution", "logistics", "data", "customer", "service"])
BUDGET_WORDS = frozenset(["capex", "expenditure", "budget", "budgets", "outlay"])
# "adds some 4 billion a year to the economy", "will generate $2 billion for the local economy": money a plant brings in
CONTRIBUTION_WORDS = frozenset(["contribute", "contributes", "contributed", "contributing", "contribution", "generate", "generates",
                                "generated", "generating", "add", "adds", "added", "adding"])
# "The province has drawn in 9 billion of investments": money a place drew in from many investors
ATTRACT_WORDS = frozenset(["attract", "attracts", "attracted", "attracting", "drew", "draw", "draws", "drawn", "lured", "lure"])
# "The province will provide Zorvex with $40 million": money handed to the company is aid, not its investment
RECIPIENT_WORDS = frozenset(["company", "it", "them", "firm", "automaker", "carmaker", "group", "investor"])
PROVIDE_WORDS = frozenset(["provide", "provides", "provided", "providing", "give", "gives", "gave", "giving", "offer", "offers",
                           "offered", "offering", "award", "awards", "awarded"])
GRANT_VERBS = frozenset(["grant", "grants", "granted", "granting", "subsidise", "subsidises", "subsidize", "subsidizes", "subsidising",
                         "subsidizing"])
# "signed contracts worth nearly $20 billion", "deals worth $5 billion": what several deals are worth together
DEAL_PLURALS = frozenset(["contracts", "deals", "agreements", "mous", "memorandums", "memoranda", "orders"])
# "worth a whopping $1bn", "coupes worth more than $8bn"
WORTH_FILLERS = frozenset(["a", "an", "whopping", "staggering", "hefty", "some", "estimated", "more", "than", "over", "about",
                           "around", "nearly", "almost", "roughly", "approximately", "least", "at"])
# "a $164 million assembly venture", "a $1 billion car and engine manufacturing facility": the words between a sum and
# the venture or facility it pays for
VENTURE_MODIFIERS = frozenset(["assembly", "manufacturing", "production", "joint", "car", "cars", "vehicle", "automobile",
                               "automotive", "auto", "engine", "and", "new", "greenfield", "-", "local", "ev", "electric"])


# more words that describe a vehicle plant between its cost and its noun: "a $100 million car assembling plant", "a
# $800-million flexible assembly automotive plant", "its $2 billion dollar manufacturing facility", "a bus assembly plant"
PLANT_MODIFIERS = (lx.VEHICLE_WORDS - {"model", "models", "version", "versions", "variant", "variants", "trim", "unit", "units", "edition"}) | frozenset(
    ["assembling", "flexible", "modern", "dollar", "motor", "vehicle", "commercial", "passenger", "state-of-the-art", "planned"])
# "was awarded £60m", "received nearly £30m": money a plant is given (see _received_by_a_plant)
RECEIVE_VERBS = frozenset(["received", "receives", "receive", "awarded", "granted", "gets", "got", "secured"])
AMOUNT_HEDGES = frozenset(["over", "nearly", "about", "around", "almost", "some", "more", "than", "up", "to", "a", "further",
                           "an", "additional", "extra", "another"])

# "the cost of one unit", "the price of each bus", "the cost of a single car": one vehicle's price
ONE_VEHICLE_WORDS = frozenset(["one", "each", "every", "a"])
# "Worth $6 million, this is the company's first order for buses": what an order is worth
ORDER_WORDS = frozenset(["order", "orders", "tender"])
# "a $12 million supply contract", "a $5 million bus order": the kind of a deal written between its sum and its noun
DEAL_KINDS = frozenset(["supply", "purchase", "export", "fleet", "bus", "truck", "vehicle", "car", "firm", "repeat"])
# "the government's growth scheme, which is providing up to £10m": the state's aid, given through a scheme or a fund
AID_GIVERS = frozenset(["scheme", "schemes", "fund", "funds", "programme", "program", "government", "agency", "council", "bank",
                        "ministry", "state", "authority"])

GIVER_STOPS = RECIPIENT_WORDS | frozenset(["they", "we", "he", "she", "automakers", "carmakers"])
COUNTRY_INDUSTRY_MODIFIERS = lx.VEHICLE_WORDS | frozenset(["auto", "automotive", "automobile", "motor", "vehicle"])
COUNTRY_INDUSTRY_NOUNS = frozenset(["manufacturing", "production", "operations", "industry", "plants", "factories", "facilities"])

# "spends 3 billion rand on the importation of vehicles", "$4.5 billion worth of car exports": trade, not a plant's cost
TRADE_FLOW_NOUNS = frozenset(["importation", "importations", "imports", "import", "importing", "exports", "exportation"])
TRADE_GOODS = TRADE_FLOW_NOUNS | frozenset(["parts", "goods", "components", "products", "spares"])
# "a registered capital of", "its authorised capital is": the capital a company is registered with, no plant's cost
CAPITAL_KINDS = frozenset(["registered", "authorised", "authorized", "charter", "statutory", "share", "subscribed"])
# "$200 million in restructuring costs", "$50 million of severance charges": what closing or shrinking costs
CLOSING_COST_WORDS = frozenset(["restructuring", "severance", "impairment", "impairments", "write-down", "writedown",
                                "write-downs", "writedowns", "redundancy", "closure", "closing"])
# "net income reached", "revenue of", "output of", "net losses narrowed to": money earned, lost or yielded, named before the sum
EARNED_NOUNS = frozenset(["income", "revenue", "revenues", "turnover", "sales", "profit", "profits", "earnings", "output", "gdp",
                          "loss", "losses", "deficit"])
EARNED_LINKS = frozenset(["of", "reached", "totalled", "totaled", "totalling", "totaling", "at", "hit", "rose", "fell", "was", "were",
                          "narrowed", "widened", "shrank", "swelled", "grew", "jumped", "dropped", "declined", "increased", "decreased"])

# "spent $165 million developing the van", "invested $200 million to redesign the sedan", "years of R&D and an investment
# of": the work of designing a vehicle that a sum paid for
DESIGN_GERUNDS = frozenset(["developing", "designing", "redesigning", "engineering", "re-engineering"])
DESIGN_VERBS = frozenset(["develop", "design", "redesign", "engineer", "re-engineer"])
DESIGN_NOUNS = frozenset(["r&d", "research"])


LOAN_NOUNS = frozenset(["loan", "loans", "bailout", "credit", "credits"])  # "a 20 billion-euro stand-by loan"

class PlantInvestmentMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _goods_value(self, q: Span, sent: Sentence) -> bool:
        """'will turn out 3,000 trucks a year worth 6 billion rupees': what goods are worth, not money
        put into a plant; 'worth' right after a count of vehicles or a yearly figure, or after deals ('contracts worth')."""
        lower = self.index.lower
        if self._trade_named_after(q, sent) or self._order_worth(q, sent):
            return True
        worth = q.start - 1
        if lower[worth:worth + 1] == ["("]:  # "worth 6 billion rupees ($72 million)": the same sum converted
            worth = next((k for k in range(worth - 1, max(sent.start, worth - 6) - 1, -1) if lower[k] == "worth"), -1)
        while worth > sent.start + 1 and lower[worth] in WORTH_FILLERS and worth >= q.start - 3:
            worth -= 1  # "were worth a whopping $10.1 billion"
        if worth < sent.start + 1 or lower[worth] != "worth":
            return False
        window = lower[max(sent.start, worth - 6):worth]
        if lower[worth - 1] in DEAL_PLURALS:
            return True  # "signed contracts worth nearly $20 billion": several deals' value, no plant's cost
        if lower[worth - 1] in ("were", "was") and set(lower[sent.start:worth]) & lx.VEHICLE_WORDS and not (
                set(lower[sent.start:worth]) & lx.PLANT_NOUNS):
            return True  # "the SUVs made in South Carolina for export were worth $10.1 billion": what the cars fetched
        if set(lower[max(sent.start, worth - 9):worth]) & lx.EXPORT_CUES:
            return True  # "exported about 60 percent of them, worth $10.1 billion": what the shipped goods fetched
        if lower[worth - 1] in COMPONENT_PLURALS or lower[worth - 1] in ("parts", "spares", "goods", "products"):
            return True  # "engines and spare parts worth $18.1 billion": what parts fetched
        return bool(set(window) & (lx.UNIT_WORDS | lx.VEHICLE_WORDS | lx.ANNUAL_WORDS)) or "year" in window[-2:]

    def _order_worth(self, q: Span, sent: Sentence) -> bool:
        """'Worth $6 million, this is the company's first order for such buses', 'the order, valued at $20 million': what
        an order the sentence names is worth ('worth' or 'valued at' right before the sum), not a plant's cost."""
        if not self._sent_words(sent) & ORDER_WORDS:
            return False
        lower = self.index.lower
        if not any(lower[k] in ORDER_WORDS and lower[k + 1:k + 2] != ["to"] for k in range(sent.start, sent.end)):
            return False  # (not "in order to": "In order to grow, it will build a plant worth $500 million")
        k = q.start - 1
        while k > sent.start and lower[k] in WORTH_FILLERS:
            k -= 1
        return lower[k] == "worth" or lower[k] == "at" and lower[k - 1:k] == ["valued"]

    def _trade_named_after(self, q: Span, sent: Sentence) -> bool:
        """'$4.5 billion worth of passenger car exports', 'EUR 2 billion worth of cars', 'spends 3 billion rand on the
        importation of vehicles': goods or trade named right after the sum ('worth of', 'on', 'for'), what they are worth
        or cost, not money put into a plant (not '$300 million worth of investment in the plant')."""
        lower = self.index.lower
        k = q.end
        if lower[k:k + 1] == ["("]:  # "EUR 2 billion ($2.2 billion) worth of cars": past the sum converted
            k = next((j + 1 for j in range(k, min(sent.end, k + 8)) if lower[j] == ")"), k)
        after = lower[k:min(sent.end, k + 7)]
        if after[:1] in (["contract"], ["order"]) or after[:2] and after[0] in DEAL_KINDS and after[1:2] in (["contract"], ["order"]):
            return True  # "the $60 million contract", "a $12 million bus order": what a deal for vehicles is worth
        if after[:2] == ["worth", "of"]:
            goods = after[2:6]
            return not set(goods) & (lx.INVESTMENT_CUES | lx.PLANT_NOUNS) and (
                bool(set(goods) & (TRADE_GOODS | lx.VEHICLE_WORDS)) or any(self.ent_type[j] == "MODEL" for j in range(k + 2, k + 6)))
        if after[:1] in (["on"], ["for"]):
            return bool(set(after[1:4]) & TRADE_FLOW_NOUNS) and not set(after) & lx.PLANT_NOUNS  # (not "for an export plant")
        return False

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

    def _a_price(self, q: Span) -> bool:
        """'priced at 14.5 billion rials', 'prices start at RM86,800': what a car sells for, not money invested."""
        lower = self.index.lower
        if q.start >= 2 and lower[q.start - 1] == "at" and lower[q.start - 2] in LAUNCH_AT_WORDS:
            return True  # "launched at Rs 7.2 lakh", "starting at $31,000"
        if self._cars_cost(q) or self._cost_of_one_vehicle(q):
            return True
        if PRICE_WORDS & set(lower[max(0, q.start - 4):q.start]):
            return True
        # "priced between P1.1 million to P1.4 million": the second end of a range whose first end is a price
        first = self._range_start(q)
        return first is not None and self._a_price(first)

    def _cost_of_one_vehicle(self, q: Span) -> bool:
        """'the cost of one unit will range between 4 million and 4.5 million shillings', 'the price of each bus is': what
        one vehicle costs, named up to eight words before the sum in its sentence (not 'the cost of the plant')."""
        lower = self.index.lower
        start = self.index.sent_bounds(q.start)[0]
        for k in range(max(start, q.start - 10), q.start - 2):
            if lower[k] in ("cost", "costs", "price") and lower[k + 1] == "of" and lower[k + 2] in ONE_VEHICLE_WORDS:
                j = k + 3 + (lower[k + 2:k + 4] == ["a", "single"])
                vehicle = lower[j:j + 1] != [] and (lower[j] in lx.UNIT_WORDS or lower[j] in lx.VEHICLE_WORDS)
                # (not "the cost of a car plant", "the cost of each vehicle assembly line": a plant's cost)
                return vehicle and not (lower[j + 1:j + 2] and (lower[j + 1] in lx.PLANT_NOUNS or lower[j + 1] in PLANT_MODIFIERS))
        return False

    def _range_start(self, q: Span) -> Span | None:
        """The sum a range opens with, right before 'to', 'and' or a dash and this sum: 'P1.1 million to P1.4 million'."""
        if q.start < 2 or self.index.lower[q.start - 1] not in ("to", "and", "-", "–"):
            return None
        sent_start = self.index.sent_bounds(q.start)[0]
        return next((m for m in self.quantities.get(sent_start, []) if m.label_ == "MONEY" and m.end == q.start - 1), None)

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
        end = q.end
        if lower[end:end + 1] == ["("]:  # "a £21m ($26m) support from the government": past the sum converted in brackets
            end = next((k + 1 for k in range(end + 1, min(len(lower), end + 10)) if lower[k] == ")"), end)
        # (an aid word after 'to' is a verb of purpose: "a $410 million expansion to support the new model")
        after = lower[end:end + 3]
        if any(w in AID_WORDS and after[j - 1:j] != ["to"] for j, w in enumerate(after)) or q.start > 0 and lower[q.start - 1] == "granted":
            return True
        if self._funding_from_state(end):
            return True
        g = q.start - 1
        while g > 0 and lower[g] in ("up", "to", "about", "some", "nearly", "almost", "roughly", "more", "than", "over", "an", "a"):
            g -= 1
        if lower[g] in GRANT_VERBS:
            return True  # "with Ontario granting up to $70.9 million", "the state grants about $20m"
        if self._provided_with(q) or self._state_grants(q) or self._provided_by_the_state(q):
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

    def _provided_by_the_state(self, q: Span) -> bool:
        """'the government's growth scheme, which is providing up to £10m', 'the fund will offer about $20 million': a
        verb of providing right before the sum (past 'up to', 'about' ...) whose subject, up to six words before it in
        the clause, is a scheme, a fund, a bank or a government: aid given, not the owner's investment (not 'Zorvex will
        provide $9m': the company's own money)."""
        lower = self.index.lower
        start = self.index.sent_bounds(q.start)[0]
        k = q.start - 1
        while k > start and lower[k] in AMOUNT_HEDGES:
            k -= 1
        if lower[k] not in PROVIDE_WORDS:
            return False
        for j in range(k - 1, max(start, k - 7) - 1, -1):
            if lower[j] in AID_GIVERS or lower[j] in GOVERNMENT_WORDS:
                return True
            if lower[j] in (".", ";", ":") or self.ent_type[j] == "COMPANY" or lower[j] in lx.PLANT_NOUNS or lower[j] in GIVER_STOPS:
                return False  # (not "Zorvex told the government it would provide $100m": the company gives it)
        return False

    def _funding_from_state(self, end: int) -> bool:
        """'$275 million in funding from federal and state governments': money a government funds, right after the
        figure, not the owner's investment."""
        lower = self.index.lower
        k = end + (lower[end:end + 1] == ["in"])
        if lower[k:k + 1] not in (["funding"], ["funds"]) or lower[k + 1:k + 2] != ["from"]:
            return False
        return any(lower[j] in GOVERNMENT_WORDS or self.ent_type[j] == "COUNTRY" for j in range(k + 2, min(len(lower), k + 8)))

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
        # "Algeria, which has nearly USD3 billion in foreign investment": a country's stock of investment from abroad
        if after[:2] in (["foreign", "investment"], ["foreign", "investments"], ["foreign", "direct"], ["fdi"]):
            return True
        if after[:1] and after[0] in ("sales", "revenue", "revenues", "turnover", "losses", "output", "production"):
            # (not "the €1.3 billion production facility": the cost of a plant; nor "plans to invest about EUR 240
            # million in production of two new models": money put into making them)
            return not (after[0] == "production" and (after[1:2] and after[1] in lx.PLANT_NOUNS or self._invested_in_making(q)))
        start, end = self.index.sent_bounds(q.start)
        if self._earned_before(q, start):
            return True
        if self._registered_capital(q, start) or self._closing_costs(q):
            return True
        # "Zorvex's capital totals USD 509 million, which is divided into 27 million ordinary shares": the company's
        # share capital, no plant's cost
        if "capital" in lower[max(start, q.start - 10):q.start] and {"shares", "stock"} & set(lower[q.end:end]):
            return True
        # "put $300 billion into key sectors such as energy": a country's spread over industries
        # "vowed to spend more than $400 billion on infrastructure development including ports": public works
        if any(w in ("sectors", "industries", "infrastructure") for w in lower[q.end:min(end, q.end + 6)]) and not any(
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
        if self._spent_on_a_design(q, start, end):
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
        if "part" in lower[max(start, q.start - 12):q.start] and self._part_of_a_countrys_sum(q, start, end):
            return True  # "... at its Cuautitlan plant as part of a $3 billion investment in the country": the whole
        if "since" in lower[q.end:end] and self._in_a_countrys_industry(q.end, end):
            return True  # "has now invested $12 billion in U.S. auto manufacturing since 1982": all it put into the country
        if self._total_in_a_place(q, start):
            return True
        # "a pledge to invest $10 billion over five years in its U.S. operations": a country's plants and offices together
        # (said before the figure too, in a sentence that names no plant: "... in its U.S. operations to a commitment of $13 billion")
        plant_named = any(w in lx.PLANT_NOUNS for w in lower[start:end])
        for k in range(start + 1 if not plant_named else q.end + 1, min(end, q.end + 9)):
            if lower[k] in COUNTRY_WIDE_NOUNS and (self.ent_type[k - 1] in ("COUNTRY", "REGION") or lower[k - 1] in ("domestic", "global", "worldwide", "overseas")) \
                    and "its" in lower[max(start, k - 5):k]:
                return True
        # "is seeking a 20 billion-euro stand-by loan from the EU": a loan to a state or a company, no plant named
        if not plant_named and any(w in LOAN_NOUNS for w in lower[q.end:min(end, q.end + 5)]):
            return True
        return "sector" in lower[max(start, q.start - 10):q.start]

    def _spent_on_a_design(self, q: Span, start: int, end: int) -> bool:
        """'spent $165 million and 18 months developing the new van', 'invested 200 billion won to redesign the sedan',
        'launched after four years of R&D and an investment of $140 million': what designing a vehicle cost, not a plant's
        cost (unless a plant is named in the purpose, or beside the R&D before the sum)."""
        lower = self.index.lower
        for k in range(q.end, min(end, q.end + 10)):
            if lower[k] in lx.PLANT_NOUNS:
                return False
            if lower[k] in DESIGN_GERUNDS or lower[k] in DESIGN_VERBS and lower[k - 1] == "to":
                return not any(w in lx.PLANT_NOUNS for w in lower[k:min(end, k + 15)])
        before = lower[max(start, q.start - 8):q.start]
        return bool(set(before) & DESIGN_NOUNS) and not any(w in lx.PLANT_NOUNS for w in lower[start:end])

    def _closing_costs(self, q: Span) -> bool:
        """'$170 million to $200 million in restructuring and consolidation costs', '$50 million of severance charges':
        what closing or shrinking operations costs, named right after the sum (or after the range it opens), not money
        put into a plant."""
        lower = self.index.lower
        k = q.end
        if lower[k:k + 1] in (["to"], ["-"], ["–"]):  # the first end of a range: read after its second end
            k = next((m.end for m in self.quantities.get(self.index.sent_bounds(q.start)[0], [])
                      if m.label_ == "MONEY" and m.start == k + 1), k)
        k += lower[k:k + 1] in (["in"], ["of"])
        return lower[k:k + 1] != [] and lower[k] in CLOSING_COST_WORDS

    def _registered_capital(self, q: Span, start: int) -> bool:
        """'was formed with a registered capital of $53 million', 'a charter capital of 1 billion roubles': the capital
        a company is registered with, named right before the sum, a legal figure and not what its plant cost."""
        lower = self.index.lower
        k = q.start - 1
        while k > start and (lower[k] in AMOUNT_HEDGES or lower[k] in ("of", "is", "was", "at", "totals", "totalled", "totaled")):
            k -= 1
        if k <= start or lower[k] != "capital":
            return False
        return lower[k - 1] in CAPITAL_KINDS or lower[k - 3:k] == ["paid", "-", "up"]  # (the tokenizer splits "paid-up")

    def _part_of_a_countrys_sum(self, q: Span, start: int, end: int) -> bool:
        """'will build the Fiesta at its Cuautitlan plant as part of $3 billion investment in the country', 'As a part of
        Toyota's commitment to invest up to $10 billion in the U.S.': the sum a plant's share is 'part of', said of a
        whole country ('in the country', 'in the U.S.', 'in its Brazilian operations' up to three words after it), not
        the plant's own (not 'as part of a £130m investment', the plant's sum)."""
        lower = self.index.lower
        if not any(lower[k] == "part" and lower[k + 1] == "of" for k in range(max(start, q.start - 12), q.start)):
            return False
        for k in range(q.end, min(end, q.end + 4)):
            if lower[k] != "in":
                continue
            j = k + 1 + (lower[k + 1:k + 2] in (["the"], ["its"], ["their"]))
            return lower[j:j + 1] in (["country"], ["nation"]) or j < end and self.ent_type[j] == "COUNTRY"
        return False

    def _in_a_countrys_industry(self, k: int, end: int) -> bool:
        """'in U.S. auto manufacturing', 'in UK production', 'in the Mexican car industry': 'in', a country, maybe vehicle
        words, then making or operations as a whole, from token k (not 'in its Peruvian plant')."""
        lower = self.index.lower
        if lower[k:k + 1] != ["in"]:
            return False
        k += 1 + (lower[k + 1:k + 2] == ["the"])
        if k >= end or self.ent_type[k] != "COUNTRY":
            return False
        while k < end and self.ent_type[k] == "COUNTRY":
            k += 1
        while k < end and lower[k] in COUNTRY_INDUSTRY_MODIFIERS:
            k += 1
        return k < end and lower[k] in COUNTRY_INDUSTRY_NOUNS

    def _invested_in_making(self, q: Span) -> bool:
        """'to invest about EUR 240 million in production of': a verb of investing right before the sum (past 'about',
        'some' ...) and 'in production of' right after it."""
        lower = self.index.lower
        k = q.start - 1
        while k > 0 and lower[k] in AMOUNT_HEDGES:
            k -= 1
        return lower[k] in ("invest", "invests", "invested", "investing", "spend", "spends", "spent", "spending") and (
            lower[q.end:q.end + 3] == ["in", "production", "of"])

    def _earned_before(self, q: Span, start: int) -> bool:
        """'net income reached 17bn yuan', 'revenue of R120 billion', 'direct and indirect output of R2.4 billion': money
        a company or a region earns or yields, named right before the sum (not 'an investment of')."""
        lower = self.index.lower
        k = q.start - 1
        while k > start and lower[k] in AMOUNT_HEDGES:
            k -= 1
        if k > start and lower[k] in ("(", "from"):
            # "net losses narrowed to 292.9 billion won (US$244 million) ... from 504.34 billion won": the same sum
            # converted, or the earlier one it changed from
            sums = [m for m in self.quantities.get(start, []) if m.label_ == "MONEY" and k - 8 <= m.end <= k]
            return any(self._earned_before(m, start) for m in sums)
        if k <= start or lower[k] not in EARNED_LINKS:
            return False
        return lower[k - 1] in EARNED_NOUNS

    def _total_in_a_place(self, q: Span, start: int) -> bool:
        """'the company's overall investment in Ontario is estimated at $8.6 billion', 'its total investment in the
        state to $4 billion': a maker's sum over a province or country, not one plant's cost (not 'the total investment
        at the Faisalabad facility')."""
        lower = self.index.lower
        if lower[q.start - 1] == "(":  # "... is estimated at $8.6 billion CAD ($6.7 billion USD)": the sum in brackets too
            q = next((m for m in self.quantities.get(start, []) if m.label_ == "MONEY" and q.start - 3 <= m.end <= q.start - 1), q)
        for j in range(max(start, q.start - 10), q.start - 3):
            if lower[j] in ("overall", "total") and lower[j + 1] in ("investment", "investments") and lower[j + 2] == "in" and (
                    self.ent_type[j + 3] in ("PLACE", "COUNTRY", "REGION")
                    or lower[j + 3:j + 5] in (["the", "state"], ["the", "province"], ["the", "country"], ["the", "region"])):
                return not (self.ent_type[j + 3] == "PLACE" and lower[j + 4:j + 5] and lower[j + 4] in lx.PLANT_NOUNS)
        return False

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
        if (lower[k + 1:k + 2] and lower[k + 1] in lx.SPENDING_NOUNS and self.doc[k].is_alpha and self.doc[k].is_lower
                and lower[k] not in NOT_PLANT_SPENDING):
            return True  # "a $185-million transformation project", "a $40 million electrification programme"
        if (lower[k:k + 1] == ["in"] and lower[k + 1:k + 2] and lower[k + 1].endswith("s") and lower[k + 1][:-1] in lx.SPENDING_NOUNS
                and self._sent_words(self.index.sentence(q.start)) & lx.PLANT_NOUNS):
            return True  # "the plant, which underwent $750 million in upgrades" (not a dealer's "$4 million in upgrades")
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
        if self._received_by_a_plant(q):
            return True
        if lower[q.end:q.end + 1] == [","] and self._hyphenated_then_plant(q.end + 1):
            return True  # "at the $50 million, built-from-scratch plant": a second, hyphenated modifier of the plant
        if k > q.end and any(lower[j] in lx.PLANT_NOUNS for j in range(k, min(len(lower), k + 4))):
            return True  # "a new THB 12 billion (USD 400 million) car assembly plant": past the amount converted
        return self._venture_named(q.end)

    def _received_by_a_plant(self, q: Span) -> bool:
        """'Plant Swindon was awarded £60m for body pressing', 'Hams Hall received nearly £30m to build engines': money a
        plant, or the town of a plant the story knows, receives as the sentence's subject."""
        lower = self.index.lower
        k = q.start - 1
        while k > 0 and lower[k] in AMOUNT_HEDGES:
            k -= 1
        if lower[k] not in RECEIVE_VERBS:
            return False
        start = self.index.sent_bounds(q.start)[0]
        subject = range(start, k)
        sites = {p.site for p in self.plants if p.site}
        return (any(lower[j] in lx.PLANT_NOUNS for j in subject)
                or any(e.label_ == "PLACE" and e.text in sites and e.start < k for e in self.ents.get(start, [])))

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
        while k < end and (lower[k] in VENTURE_MODIFIERS or lower[k] in PLANT_MODIFIERS or self.ent_type[k] == "COMPANY"):
            k += 1
        return k < end and (lower[k] in VENTURE_NOUNS or lower[k] in lx.PLANT_NOUNS and lower[k] not in ("line", "base", "hub"))

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
