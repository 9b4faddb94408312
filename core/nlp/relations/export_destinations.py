"""Where exports go: the markets a sentence ships to ("to Chile and Peru", "for Indonesia", "bound for",
"sold into"), told apart from what is no market (a country's economy, a trade change, a port of call, a market only
studied, a later or a named-as-markets list).
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Entity, Sentence
from core.nlp.normalise import is_digit_number, parse_digits, parse_number_words
from core.nlp.relations.words import (
    APPROXIMATORS,
    BREAKDOWN_WORDS,
    BUILD_VERBS,
    BUYERS_IN_NOUNS,
    CLAUSE_BREAKS,
    COMPANY_ANAPHOR_NOUNS,
    CONSIGNMENT_VERBS,
    DEPARTURE_VERBS,
    DESTINATION_FILLERS,
    EXPORT_HEDGES,
    HOME_MARKET_WORDS,
    IMPORT_CUES,
    LIST_GLUE,
    MARKET_LIST_NOUNS,
    MIX_WORDS,
    MODAL_HEDGES,
    MOVEMENT_VERBS,
    NEGATIONS,
    OF_THEM,
    PASSIVE_AUXILIARIES,
    PASSIVE_HEDGES,
    PLANNED,
    RANKING_WORDS,
    RANKS,
    RECEIVING_VERBS,
    REST_WORDS,
    SELL_CUES,
    SHARE_WORDS,
    SHIPPING_VERBS,
    SPLIT_WORDS,
    WORLDWIDE_WORDS,
)

SCHEDULED_WORDS = frozenset(["scheduled", "earmarked", "slated", "allocated", "destined", "due", "booked"])
# "with most set for Canada", "the rest earmarked for Peru": a share of the shipment allotted to a market
ALLOTTED_WORDS = SCHEDULED_WORDS | {"set", "meant", "intended"}
SHARE_OF_SHIPMENT = REST_WORDS | {"most", "majority", "bulk", "many", "some", "half", "others", "all"}
# "to 62 countries", "to 40 markets": the nouns a number of destinations is written with
# "the Japanese maker began exporting from India": words of exporting, which make the markets vehicles are sold in export markets
EXPORT_WORDS = frozenset(["export", "exports", "exported", "exporting", "exporter", "exporters"])
COUNTED_MARKET_NOUNS = frozenset(["countries", "markets", "nations", "destinations"])
# "to 132 international markets", "to around 108 global destinations": a word of reach between the count and its noun
COUNTED_MARKET_ADJECTIVES = frozenset(["other", "more", "new", "global", "international", "overseas", "foreign", "export",
                                       "different", "key", "major", "diverse", "additional", "further"])  # ("to 65 different markets", "to 12 key markets")
BUT_ALSO_GLUE = frozenset(["but", "also", "eventually", "later", "to"])  # "not just to Europe but also to Turkey"
# "X could export the car to Europe": maybe, no shipment; "its inability to export vehicles to South Africa": none
SPECULATIVE_MODALS = MODAL_HEDGES | {"inability", "unable"}
# "to markets in Africa", "to left-hand-drive countries in West Asia": markets described, then the region they lie in
DESCRIBED_MARKET_NOUNS = frozenset(["markets", "countries", "nations"])
# "with Chile and Peru as its top destinations": nouns of the markets a list is said to be
DESTINATION_ROLE_NOUNS = frozenset(["destination", "destinations", "market", "markets", "buyers", "buyer", "customers"])
# "thanks to demand from markets like Senegal": the words of a want the shipment met
DEMAND_NOUNS = frozenset(["demand", "orders", "order", "appetite", "interest"])
# "to export markets, like Iraq and Oman", "to other countries, notably Peru": words that name markets as examples
# "with countries like A and B receiving the bulk of exports": markets named by example that take the shipments
RECEIVING_WORDS = frozenset(["receiving", "taking", "absorbing", "accounting", "getting"])
MARKET_EXAMPLE_WORDS = frozenset(["like", "notably", "especially", "particularly", "including"])
# "to 74 countries, including France and Spain", "..., mainly France, Spain and Italy": the markets named of a count
EXAMPLES_OF_COUNTED_MARKETS = frozenset(["including", "such", "among", "namely", "mainly", "mostly", "chiefly", "primarily",
                                         "principally", "largely", "notably", "especially", "particularly", "predominantly"])
# "an order worth Rs 178 crore ($36.56 million)", "a deal valued at about $40 million": the words of a deal's value
PHRASE_ENDS = frozenset([".", "-", "–", "—", ";", ":", ")"])  # "to the Japanese - ...": nothing follows the name in its phrase
DEAL_VALUE_WORDS = frozenset(["worth", "valued", "at", "(", ")", "about", "around", "some", "nearly", "over", "almost", "roughly"])
# "the ASEAN region", "the Gulf states": the noun written after a region's name
REGION_NOUNS = frozenset(["region", "bloc", "countries", "markets", "nations", "states"])
SEMICOLON_LIST_GLUE = LIST_GLUE | {";"}  # markets a list names one by one, written with semicolons
# "delivered to customers in Germany", "sold to consumers in Saudi Arabia": buyers named by a bare plural
BUYERS_NAMED_BARE = lx.DISTRIBUTOR_NOUNS | {"customers", "clients", "consumers"}
# "to a number of European nations", "to a handful of African markets": an unstated number of the markets after it
VAGUE_AMOUNT_NOUNS = frozenset(["number", "host", "handful", "couple", "range", "variety", "string", "raft"])
# "to a Saudi Arabian company", "to a Kenyan distributor": one buyer, its nationality before it
ONE_BUYER_NOUNS = frozenset(["company", "firm", "group", "distributor", "importer", "dealer", "buyer", "customer", "client",
                             "operator", "government"])
# "will target France and Spain for sales of the car": verbs of choosing markets
MARKET_TARGET_VERBS = frozenset(["target", "targets", "targeting", "targeted"])
# "to West African neighbours Mali and Niger", "to fellow Gulf neighbour Oman": a region's adjective, then the markets
NEIGHBOUR_NOUNS = frozenset(["neighbour", "neighbours", "neighbor", "neighbors"])
# "crucial to the UK motor industry": a country's industry or economy, not the country as a market ("market" is one)
ECONOMY_NOUNS = frozenset(["industry", "industries", "economy", "economies", "sector", "sectors", "gdp", "workforce"])
TRADE_NOUNS = frozenset(["exports", "shipments", "deliveries"])  # "Deliveries dropped 6.7 percent in Latin America"
TRADE_CHANGE_VERBS = frozenset("rose fell dropped declined increased decreased grew climbed jumped slipped slid gained".split())
EXPORT_NOUNS = frozenset(["exports", "shipments", "destinations"])  # "exports will include ...": the noun as subject
STATE_BUYERS = frozenset(["government", "army", "police", "military", "armed", "presidency"])  # "to the government of X"
# "parts of Asia", "much of Europe": a part of a market named before it
PART_OF_WORDS = frozenset(["parts", "part", "much", "most", "rest"])
PORT_NOUNS = frozenset(["port", "ports", "terminal", "harbour", "harbor"])
# "new markets such as Chile", "other markets such as Peru", "future markets": markets not yet served
FUTURE_MARKET_WORDS = frozenset(["new", "other", "future", "further", "more", "untapped", "emerging", "additional"])
MARKET_LINKS = frozenset(["are", "were", "being", "include", "included", "includes", ":", "remain", "remained"])
# "to the six GCC countries, including Oman and Qatar": the noun of a bloc's members before its breakdown
MEMBER_NOUNS = frozenset(["countries", "nations", "states", "members"])
EXPORT_DENIALS = frozenset(["denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "speculation",
                            "speculated", "rumours", "rumors", "rumoured", "rumored", "unconfirmed"])
AIM_NOUNS = frozenset(["goal", "aim", "ambition", "objective", "dream"])
GROWTH_VERBS = frozenset(["boost", "increase", "expand", "grow", "raise", "promote", "double", "diversify"])
SUPPLY_VERBS = frozenset(["supply", "supplies", "supplying"])  # "to supply the Russian and Ukrainian markets": a direct object
# "exposure to Europe", "ties to Russia", "close to the EU": a noun or adjective that takes 'to' for no shipment
NON_ROUTE_TO = frozenset(["exposure", "ties", "relations", "proximity", "close", "closer", "similar", "compared", "according",
                          "visit", "trip", "thanks", "owing", "due",
                          "return", "returns", "returned", "returning"])  # "Ichii, who will return to Japan": a person going home


# "signed an agreement with the city of X, Moldova, to deliver ...": the deal words before 'with', the verbs after the buyer
DEAL_WORDS = lx.DEAL_NOUNS | {"agreement", "agreements", "memorandum", "mou", "accord"}
DEAL_DELIVERY_VERBS = frozenset(["deliver", "supply", "ship", "export", "provide"])
TOWN_BUYERS = frozenset(["city", "town", "municipality", "capital"])
# "to the city of Bravik": a town named as the buyer of the vehicles, its country the market
# verbs that send vehicles to a town abroad: shipped, delivered or supplied there
TOWN_DELIVERY_VERBS = SHIPPING_VERBS | CONSIGNMENT_VERBS | {"deliver", "delivers", "delivering", "supply", "supplies", "supplying"}
TO_THE_TOWN_OF = [["to", "the", noun, "of"] for noun in ("city", "town", "municipality")]

# "Tanzania (which purchased 241 units) and Uganda": the words of a market's purchase in brackets after it
BRACKETED_PURCHASE_WORDS = frozenset(["which", "that", "purchased", "bought", "took", "received", "imported", "about", "around",
                                      "some", "nearly", "over"])


# "where Brazil usually exports", "where the maker also ships": words between the shipper and its verb
WHERE_SHIPPED_ADVERBS = frozenset(["usually", "mainly", "mostly", "largely", "also", "still", "now", "traditionally",
                                   "typically", "already", "currently", "normally", "has", "have", "had", "will", "would"])

class ExportDestinationsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _vehicles_then_market(self, i: int, preps: tuple[str, ...]) -> bool:
        """A model or a vehicle noun between the verb at i and the preposition of a market, within 15 words."""
        lower = self.index.lower
        to = next((k for k in range(i + 1, min(len(lower), i + 16)) if lower[k] in preps), None)
        if to is not None and to == i + 4 and lower[i + 2:i + 4] in OF_THEM:
            # "sent 9,400 of them to the UK": a figure of the vehicles named before
            return any(q.start == i + 1 for q in self.quantities.get(self.index.sent_bounds(i)[0], []))
        return to is not None and any(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in lx.UNIT_WORDS
                                      or lower[k] in lx.VEHICLE_WORDS for k in range(i + 1, to))

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
                                                                         and lower[e.start - 2] in DEPARTURE_VERBS or port_of
                                                                         or self._deal_from_town(e, cues)
                                                                         or lower[e.start - 4:e.start] in TO_THE_TOWN_OF):
                    out.append(e)
                continue
            if e.label_ not in ("COUNTRY", "REGION"):
                continue
            if (e.label_ == "REGION" and e.end < sent.end and lower[e.end] in ("nation", "country", "state", "kingdom", *NEIGHBOUR_NOUNS)
                    and e.text != (e.ent_id_ or e.text)):
                continue  # "exported to the African nation": a country named before, not the region
            if e.start <= cues[0]:
                opener = lower[sent.start:e.start]
                # "According to the company, to Kazakhstan were shipped ...": the same after an opening phrase
                if opener in (["to"], ["into"], ["to", "the"]) or lower[e.start - 1] == "to" and lower[e.start - 2] == ",":
                    out.append(e)  # "To Russia were exported 12.5 thousand cars", "To the Russian Federation ..."
                elif (self._consignment_for(e, cues) or self._received_by(sent, e) or self._buyer_in(sent, e, cues[0])
                      or self._deal_with_buyer(sent, e, cues[0])
                      or self._scheduled_for(e) is not None):
                    out.append(e)
                elif self._targeted_for_sales(e, sent, cues[0]):
                    out.append(e)  # "The company will target France, the UK and Spain for sales of the new car"
                elif self._named_as_markets(e, sent):  # "Its main markets are Chile and Peru, which take 45% of exports"
                    self._as_markets.add(e.start)
                    out.append(e)
                elif self._markets_where_shipped(e, sent, cues):
                    out.append(e)  # "reduced demand in Chile and Colombia, where Brazil usually exports many vehicles"
                elif self._shippers_market_in_apposition(e, cues):
                    out.append(e)  # "a car plant in Russia, its largest export destination"
                continue
            if e.end < sent.end and lower[e.end] in lx.PLANT_NOUNS:
                continue
            if self._to_a_buyer_of(e, sent, cues) or self._deal_from_a_buyer_of(e, cues) or self._to_buyers_in(e, sent, cues):
                out.append(e)  # "will export 170,000 vehicles to a Saudi Arabian company", "to operators in Chile"
                continue
            if e.text in self.gaz.demonyms and e.end < sent.end and lower[e.end] in COMPANY_ANAPHOR_NOUNS:
                continue  # "... to Mauritius, the Malaysian carmaker said": the shipper described, no market
            i = e.start - 1
            if lower[i] in NEIGHBOUR_NOUNS and i - 1 > sent.start and self.ent_type[i - 1] == "REGION":
                # "to West African neighbours Mali and Niger": the region's adjective describes the markets named after it
                i = next(k for k in range(i - 1, sent.start - 1, -1) if self.ent_type[k] != "REGION" or self.ent_iob[k] == "B") - 1
            # "to 23 African markets": a count of markets named by their region
            # "to the six GCC countries": the noun written inside the bloc's name
            counted_markets = lower[e.end:e.end + 1] in (["markets"], ["countries"], ["nations"]) or lower[e.end - 1] in MEMBER_NOUNS
            while i > sent.start and (lower[i] in DESTINATION_FILLERS or counted_markets and self.doc[i].like_num
                                      or self._hyphened_adjective(i, e.start) or self._part_of(i)
                                      or lower[i] == "of" and lower[i - 1] in ("markets", "market", "countries", "nations")):  # "the markets of", "the countries of the CIS"
                i -= 1
            if lower[i] == "of" and i - 2 > sent.start and lower[i - 2] == "a" and lower[i - 1] in VAGUE_AMOUNT_NOUNS:
                i -= 3  # "will also export the car to a number of European nations"
            if lower[i] in EXAMPLES_OF_COUNTED_MARKETS and i - 1 > sent.start and lower[i - 1] == ",":
                i -= 1  # "to 74 countries, mainly France, Spain and Italy"
            word = lower[i]
            part = 2 if e.start - 2 > sent.start and self._part_of(e.start - 1) else 0  # "and parts of Asia"
            if part and lower[e.start - 3] in ("some", "many", "other"):
                part = 3  # "... and some parts of Asia"
            after_last = self._past_bracketed_figure(out[-1].end) if out else 0
            if out and lower[after_last:after_last + 1] == [")"] and self._in_brackets(out[-1].start, sent.start):
                after_last += 1  # "(UK, Ireland and Cyprus), Turkey and Israel": the list goes on past the bracketed markets
            if out and out[-1].label_ == "COUNTRY":
                after_last = self._past_region_of(after_last)  # "to Peru in South America, Kenya and ...": the list goes on
                if e.end <= after_last:
                    continue  # the region the country lies in, no market of its own
            if out and out[-1].label_ == "REGION" and lower[after_last] in REGION_NOUNS:
                # "across the ASEAN region, Australia and ...", "to Middle Eastern countries; Europe", "the Gulf states and
                # Europe": the region's noun
                after_last += 1
                after_last = self._past_bracketed_figure(after_last)  # "Asia region (25%), North America (21%)": its share after it
            between = set(lower[after_last:e.start - part]) if out else {"x"}
            # "exports to the United States, Mexico's leading trading partner, ...": a possessive in apposition, no market
            # "to Middle Eastern countries; Europe; Latin America; ...": a statement's list may run on semicolons
            if "far" in between and lower[e.start - 3:e.start] == ["as", "far", "as"]:
                between = between - {"far"}  # "to Thailand, Vietnam and as far as Australia": the list goes on
            if {"but", "also"} <= between and between - BUT_ALSO_GLUE <= SEMICOLON_LIST_GLUE:
                between = between - BUT_ALSO_GLUE  # "not just to Europe but also, eventually, Turkey, Australia and ...
            if {"in", "particular"} <= between and "particular" in lower[e.start - 2:e.start]:
                between = between - {"in", "particular"} | {"particularly"}  # "to the CIS, in particular Kazakhstan"
            coordinated = bool(out) and between <= SEMICOLON_LIST_GLUE and lower[e.end:e.end + 1] not in (["'s"], ["’s"])
            # "to Latin America, mainly Chile, Colombia and Peru": the markets of a region named, parts of its figure
            if out and (out[-1].label_ == "REGION" or out[-1].start in self._breakdown) and e.label_ == "COUNTRY" and (
                    between & BREAKDOWN_WORDS and between <= LIST_GLUE | BREAKDOWN_WORDS | MEMBER_NOUNS | {"("}
                    or coordinated and out[-1].start in self._breakdown
                    # "to Scandinavian countries (Denmark, Sweden and Norway)": the region's members in brackets
                    or out[-1].label_ == "REGION" and between == {"("}):
                self._breakdown.add(e.start)
                out.append(e)
                continue
            if word == "to" and lower[i - 1] in NON_ROUTE_TO:
                continue  # "to reduce its exposure to Europe", "close to Europe": no shipment goes there
            if (e.text in self.gaz.demonyms and e.text.isalpha() and e.text[1:].islower() and lower[e.start - 1] == "the"
                    and (e.end >= sent.end or lower[e.end] in PHRASE_ENDS)):
                # "plans to supply hybrid power plants to the Japanese - ...": a people, no market (not "the US", nor
                # "the Vietnamese, Middle Eastern and North African markets": adjectives of a list's one noun)
                continue
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
            elif word == "with" and any(c < i for c in cues) and self._listed_as_destinations(e, sent):
                # "exported 163,000 vehicles, with Saudi Arabia, Mexico and Chile as its top destinations": the figure is
                # the sum of all markets, no one market's
                self._as_markets.add(e.start)
                out.append(e)
            elif out and (word == "by" and lower[i - 1] == "followed" or word == "with" and self._ranked_next(e.end)):
                if word == "by":  # the next market of a ranking: the models named with it are its own
                    self._followed.add(e.start)
                out.append(e)  # "..., followed by South Africa with 4,600 units", "..., with Kenya the biggest at 2,100 units"
            elif out and self._follows_on(e, sent.end):
                self._later.add(e.start)
                out.append(e)  # "..., and Uruguay and Chile will follow early next year", "with Indonesia to follow"
            elif word in ("across", "throughout") and any(0 < i - c <= 4 and lower[c] in SHIPPING_VERBS
                                                          and not set(lower[c:i]) & CLAUSE_BREAKS for c in cues):
                out.append(e)  # "and to export the vehicle throughout South-East Asia", "ships its vans across Europe"
            elif word == "in" and self._made_elsewhere_sold_in(e, i, ents, cues):
                out.append(e)  # "a strategy to sell up to 100,000 Australian-made Commodores in the US each year"
            elif word == "in" and self._to_a_buyer_in(sent, i, cues):
                out.append(e)  # "delivered its first 120 Rangers to a mining company in Ghana"
            elif word in ("in", "across", "throughout") and lower[i - 1] in COUNTED_MARKET_NOUNS and self._to_n_countries(sent, i - 1):
                out.append(e)  # "exported 115,300 vehicles ... to 23 countries in Latin America", "... across Europe"
            elif (word == "in" and lower[i - 1] in DESCRIBED_MARKET_NOUNS and (to := self._to_described_markets(i - 1, sent.start)) is not None
                  and lower[to - 1] not in NON_ROUTE_TO and any(0 < i - c <= 16 and not set(lower[c:i]) & CLAUSE_BREAKS
                                                                and (to == i - 2 or 0 < to - c <= 3 or self._model_shipped_between(c, to)) for c in cues)):
                # "smaller volumes going to markets in the Middle East and Africa", "export it to both left- and
                # right-hand drive markets in Africa", "to export the X to left-hand-drive countries in West Asia"
                out.append(e)
            elif (word in ("in", "across", "throughout") and (lower[i - 1] in DESCRIBED_MARKET_NOUNS or lower[i - 1] == "region")
                  and any(lower[c] in ("bound", "destined", "headed") and lower[c + 1] == "for" and 0 < i - c <= 12
                          and not set(lower[c:i]) & CLAUSE_BREAKS for c in cues)):
                out.append(e)  # "production is destined for the countries in the region across Latin America"
            elif (word == "," and lower[i + 1] in EXAMPLES_OF_COUNTED_MARKETS
                  and (noun := i - 1 - (lower[i - 1] in WORLDWIDE_WORDS)) > sent.start and lower[noun] in ("countries", "markets", "nations")
                  and (self._to_n_countries(sent, noun) or self._sold_in_n_countries(sent, noun, cues))):
                out.append(e)  # "exports the Hilux to 74 countries, including Germany and ...", "to 75 countries worldwide, including"
            elif (lower[e.start - 1] == "including" and e.start - 2 > sent.start and lower[e.start - 2] in ("countries", "markets", "nations")
                  and (self._to_n_countries(sent, e.start - 2) or self._sold_in_n_countries(sent, e.start - 2, cues))):
                out.append(e)  # "exported to 100 countries including Japan": no comma before the example
            elif out and self._other_markets_such_as(e, sent, cues, out[-1]):
                out.append(e)  # "to be sold in Bulgaria and some other countries in the region such as Serbia"
            elif (word in ("supplies", "supply", "supplied", "supplying") and i in cues and lower[e.end:e.end + 1] == ["with"]
                  and any(lower[k] in lx.VEHICLE_WORDS or lower[k] in lx.UNIT_WORDS or self.ent_type[k] in ("MODEL", "MODEL_AMBIG")
                          for k in range(e.end + 1, min(sent.end, e.end + 8)))):
                out.append(e)  # "Morocco now supplies Europe with more than 500,000 cars a year": the market supplied
            elif self._receivers_named_by_example(sent, e.start, cues):
                out.append(e)  # "exports to Africa and Asia, with countries like South Africa and Chile receiving the bulk"
            elif word in MARKET_EXAMPLE_WORDS and self._markets_named_by_example(sent, i, cues):
                out.append(e)  # "to sell the X to export markets, like Iraq and Oman", "to other markets, notably Peru"
            elif (word in MARKET_EXAMPLE_WORDS or word == "from") and self._demand_from_markets(sent, i, cues):
                out.append(e)  # "exported 12,470 trucks to Africa, thanks to demand from markets like Senegal and Mali"
            elif word == "in" and self._including_markets_in(sent, i, cues):
                out.append(e)  # "exports to nearly 100 countries, including markets in Africa, Asia and ..."
            elif word == "(" and self._including_markets_in(sent, i, cues, described=True):
                out.append(e)  # "to 20 more markets, including the right-hand-drive countries (UK, Ireland and Cyprus)"
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
            elif (word == "for" and lower[i - 1] in ALLOTTED_WORDS and lower[i - 2] in SHARE_OF_SHIPMENT
                  and any(0 < i - c <= 25 and not set(lower[c:i]) & CLAUSE_BREAKS for c in cues)):
                out.append(e)  # "exported to 62 countries, with most set for Canada and Chile", "the rest earmarked for Peru"
            elif word == "for" and any(lower[c] in ("consignment", "batch") and 0 < i - c <= 4 for c in cues):
                out.append(e)  # "the first consignment was for UK and Ireland": the market after the noun's copula
            elif word == "for" and self._consignment_for(e, cues):
                out.append(e)  # "shipped 900 cars to Chile, and a first batch of 500 Stargazers for Mexico will leave ..."
            elif word == "of" and lower[i - 1] in STATE_BUYERS and lower[i - 3:i - 1] == ["to", "the"]:
                out.append(e)  # "will deliver 500 Amaroks to the government of Togo": a state buyer's country
            elif word == "of" and lower[i - 1] in STATE_BUYERS and lower[i - 3:i - 1] == ["from", "the"] and self._deal_from(i - 3, cues):
                out.append(e)  # "won an order worth $36 million from the government of Togo to supply 700 trucks"
            elif word in ("with", "of", ",", "the") and any(c > e.end and self._deal_with_buyer(sent, e, c) for c in cues):
                out.append(e)  # "signed a contract with the government of Ghana to supply 500 trucks"
            elif word == "from" and self._deal_from(i, cues):
                out.append(e)  # "had an order from the Gambia for 120 Taras": the buyer's market
            elif word == "in" and lower[i - 1] in lx.DISTRIBUTOR_NOUNS and (
                    any(lower[c] in lx.DEAL_NOUNS and 0 < i - c <= 12 and not set(lower[c:i]) & CLAUSE_BREAKS for c in cues)
                    or any(c > e.end and self._buyer_in(sent, e, c) for c in cues)):
                out.append(e)  # "an order for 3,600 X vehicles from its distributor in Turkey", "a contract with an importer in Peru"
            elif word == "for" and self._scheduled_for(e) is not None:
                out.append(e)  # "will ship cars abroad: 300 Cretas are booked for Nepal": vehicles counted and set aside
            elif word in ("in", ",") and self._town_before_country(e, i, cues, out[-1].end if out else None):
                out.append(e)  # "delivered buses to Klagenfurt in Austria, and Vasteras in Sweden": a town the gazetteer lacks
            elif word == "in" and self._shipped_for_sale_in(i, cues):
                out.append(e)  # "will begin shipping three vehicles made in the US for sale in Japan"
            elif word == "in" and self.exporter is not None and self._trade_change_in(i, cues, sent.start):
                out.append(e)  # "Deliveries dropped 6.7 percent in Latin America and 0.6 percent in Europe"
            elif coordinated:
                out.append(e)
            elif self._named_as_markets(e, sent):
                self._as_markets.add(e.start)
                out.append(e)  # "..., with major markets being Australia and Britain", "with Chile among its biggest markets"
            elif self._markets_where_shipped(e, sent, cues):
                out.append(e)  # "Sales rose in Chile and Peru, where Toyota also exports the Hilux"
            elif word == "in" and self._port_of_call_in(e, i, sent, cues, out):
                self._as_markets.add(e.start)
                out.append(e)  # "sailed for Flushing Port in the Netherlands", "bound for the ports of Vlissingen in the Netherlands"
        if "region" in self.words:
            out += [r for r in self._the_region(sent, cues) if not any(d.start == r.start for d in out)]
        if self.words & COUNTED_MARKET_NOUNS:
            counted = self._counted_markets(sent, cues)
            if counted:  # "exported to 62 countries, with most going to Canada": the count first, as written
                out = sorted(out + counted, key=lambda d: d.start)
        return [e for e in out if not self._hedged(e.start, cues)]

    def _the_region(self, sent: Sentence, cues: list[int]) -> list[Span]:
        """'will be exported to the region', 'the rest goes to other markets in the region', 'to export cars to
        countries in and around the region': the region the story is about, as a market, when a verb of shipping comes
        shortly before; the last region a route read goes to (a name, "the Middle East"), else the word as written
        (not 'the region's growth', 'to customers across the region', 'jobs for the region')."""
        lower = self.index.lower
        out: list[Span] = []
        served: list[str] | None = None
        for k in range(sent.start + 2, sent.end):
            if lower[k] != "region" or lower[k + 1:k + 2] in (["'s"], ["’s"]):
                continue
            j = k - 1 - (lower[k - 1] in ("entire", "whole", "wider"))
            if lower[j] != "the":
                continue
            j -= 1
            if lower[j - 2:j + 1] == ["in", "and", "around"]:
                j -= 2  # "to countries in and around the region"
            if lower[j] == "in" and lower[j - 1] in DESCRIBED_MARKET_NOUNS:
                j -= 2 + (lower[j - 2] == "other")  # "to (other) markets in the region"
            if lower[j] not in ("to", "into") or not any(0 < j - c <= 12 and not set(lower[c:j]) & CLAUSE_BREAKS for c in cues):
                continue
            # "exports to the Middle East rose ... proud to export cars to the region": a region the routes read go to
            if served is None:  # (once a sentence, however often it says "the region")
                regions = {e.ent_id_ or e.text for e in self.all_ents if e.label_ == "REGION"}
                served = [x.destination for x in self.exports.values() if x.destination in regions]
            out.append(Entity(k, k + 1, "REGION", served[-1], "region") if served else self.doc[k:k + 1])
        return out

    def _ranked_next(self, k: int) -> bool:
        """'..., with Kenya the biggest at 2,100 units', '..., with Britain as the next biggest foreign market': the
        market named after 'with' ranked among the shipper's markets (k: the word after it)."""
        lower = self.index.lower
        k += lower[k:k + 2] == ["as", "the"]
        if lower[k:k + 1] != ["the"] or k + 1 >= len(lower):
            return False
        # ("the biggest", "the next biggest", "the second-largest")
        return lower[k + 1] in RANKING_WORDS or lower[k + 1] in RANKS and lower[k + 2:k + 3] != [] and lower[k + 2] in RANKING_WORDS

    def _model_shipped_between(self, cue: int, to: int) -> bool:
        """'will export its recently launched Honda City to ...': only the model shipped (and its describing words)
        stands between the verb and its 'to', no other verb's clause ('... and to open new markets in Y')."""
        lower = self.index.lower
        between = range(cue + 1, to)
        return 0 < to - cue <= 9 and any(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") for k in between) and not any(
            lower[k] in CLAUSE_BREAKS or lower[k] in (",", "and", "to") for k in between)

    def _to_described_markets(self, noun: int, start: int) -> int | None:
        """The 'to' before 'markets' with only words describing the markets between ('to markets', 'to key markets', 'to
        both left- and right-hand drive markets'): no figure, comma or clause break, at most nine words. (With words between, the 'to'
        must follow the cue closely: 'plans to bring exports to X and to open new markets in Y' opens markets, ships nothing.)"""
        lower = self.index.lower
        for k in range(noun - 1, max(start, noun - 10) - 1, -1):
            if lower[k] in ("to", "into"):
                return k
            if lower[k] in CLAUSE_BREAKS or lower[k] in (",", "of", "for", "from", "in") or self.doc[k].like_num:
                return None
        return None

    def _counted_markets(self, sent: Sentence, cues: list[int]) -> list[Span]:
        """'exported to as many as 62 countries', 'ships to 40 markets', 'to 60 other countries': a number of markets
        the cue's vehicles go to, a destination as written ("62 countries"; "to more than 100 countries" gives "100
        countries"). Not a maker's worldwide reach ('to over 150 countries around the world', 'Globally, X exports to
        88 countries'), markets left out ('not including') or a count the regions after it name ('to 23 countries in
        Latin America')."""
        lower = self.index.lower
        if "world" in self.words and "around" in self.words or self.words & WORLDWIDE_WORDS and self._worldwide_reach(sent):
            return []
        opener = sent.start + (lower[sent.start] in ('"', "“"))
        if opener < sent.end and lower[opener] == "we":
            return []  # '"We now send the X to 52 countries," the CEO said': a spokesman's claim of reach
        out: list[Span] = []
        for k in range(sent.start + 2, sent.end):
            if lower[k] not in COUNTED_MARKET_NOUNS:
                continue
            number = k - 2 if lower[k - 1] in COUNTED_MARKET_ADJECTIVES else k - 1
            token = self.doc[number]
            if not token.like_num or number <= sent.start or lower[number - 1] in ("of", "the"):
                continue  # "two of the countries", "the 27 countries of the EU"
            if self._sold_in_n_countries(sent, k, cues):
                pass  # "The cars, built in Chennai, have been sold in 106 countries", right after a sentence about exports
            elif not self._to_n_countries(sent, k) or not any(0 < number - c <= 12 and not set(lower[c:number]) & CLAUSE_BREAKS
                                                              for c in cues):
                continue
            if lower[k + 1:k + 3] in (["not", "including"], ["not", "counting"], [",", "namely"]) or lower[k + 1:k + 2] == ["excluding"]:
                continue  # (", namely A, B and C": the markets named one by one are the count)
            # "to more than 100 countries", "to over 120 markets": a count of markets however large or hedged, as the
            # real stories' gold writes it (46 routes in 16 sets, left out in 3 stories); the figure is the destination
            value = parse_digits(token.text) if is_digit_number(token.text) else parse_number_words([token.lower_])
            if value is None:
                continue
            after = k + 2 + (lower[k + 2:k + 3] == ["the"])
            if lower[k + 1:k + 2] == ["in"] and after < len(lower) and self.ent_type[after] in ("COUNTRY", "REGION"):
                continue  # "to 23 countries in Latin America": the region names them (not "40 countries across Europe and Asia")
            out.append(self.doc[number:k + 1])
        return out

    def _sold_in_n_countries(self, sent: Sentence, noun: int, cues: list[int]) -> bool:
        """'Export sales rose to 38,050 cars. The cars were sold in 34 countries.': a count of markets the vehicles were
        sold in (a past passive: 'were sold in', 'have been sold in') counts the export markets when this sentence or the
        one before speaks of exports (not 'Dacias are sold in over 44 countries', a brand's reach where it is also built)."""
        lower = self.index.lower
        k = noun - 1
        while k > sent.start and (self.doc[k].like_num or lower[k] in APPROXIMATORS or lower[k] in COUNTED_MARKET_ADJECTIVES
):
            k -= 1
        if k == noun - 1 or lower[k] != "in" or k - 1 not in cues or lower[k - 1] != "sold" or lower[k - 2] not in ("were", "been"):
            return False  # (the present, "are sold in 44 countries", is a brand's reach; the past counts where cars went)
        return bool((self.words | self.previous_words) & EXPORT_WORDS)

    def _deal_from(self, k: int, cues: list[int]) -> bool:
        """'an order from the Gambia', 'an order worth Rs 178 crore ($36.56 million) from ...': the 'from' at k
        follows a deal noun among the cues, right before it or past the deal's value ('worth' or 'valued at' and the
        money, nothing else)."""
        deal = self._deal_before_from(k)
        return deal is not None and deal in cues

    def _deal_from_town(self, e: Span, cues: list[int]) -> bool:
        """'won an order for 120 buses from Bravik', 'a contract from the city of Bravik': the town that placed the deal,
        whose country the vehicles go to (as 'an order from the Gambia' names a country)."""
        lower = self.index.lower
        k = e.start - 1
        if lower[k - 3:k + 1] in [["from", *words[1:]] for words in TO_THE_TOWN_OF]:
            k -= 3
        return lower[k] == "from" and self._deal_from(k, cues)

    def _deal_before_from(self, k: int) -> int | None:
        """The deal noun the 'from' at k follows: right before it ('an order from the Gambia') or past the deal's value
        ('an order worth Rs 178 crore ($36.56 million) from ...'); None when there is none."""
        lower = self.index.lower
        if lower[k - 1] in lx.DEAL_NOUNS:
            return k - 1
        start = self.index.sent_bounds(k)[0]
        deal = next((d for d in range(k - 2, max(start, k - 15) - 1, -1) if lower[d] in lx.DEAL_NOUNS and lower[d + 1] in ("worth", "valued")), None)
        if deal is None:
            return self._deal_for_figure_before(k, start) or self._export_deal_before_from(k, start)
        money = [q for q in self.quantities.get(start, []) if q.label_ == "MONEY" and deal < q.start < k]
        covered = {j for q in money for j in range(q.start, q.end)}
        return deal if money and all(j in covered or lower[j] in DEAL_VALUE_WORDS for j in range(deal + 1, k)) else None

    def _export_deal_before_from(self, k: int, start: int) -> int | None:
        """'the growing export orders coming through, especially from Africa', 'export orders, mainly from the Gulf': an
        export deal noun shortly before the 'from' at k, a word of emphasis right before 'from', only lowercase words
        and a comma between."""
        lower = self.index.lower
        if k - 1 <= start or lower[k - 1] not in MARKET_EXAMPLE_WORDS | MIX_WORDS:
            return None
        deal = next((d for d in range(k - 2, max(start, k - 8), -1) if lower[d] in lx.DEAL_NOUNS and lower[d - 1] == "export"), None)
        if deal is None or not all(self.doc[j].is_lower and self.doc[j].is_alpha or lower[j] == "," for j in range(deal + 1, k - 1)):
            return None
        if set(lower[deal + 1:k - 1]) & (CLAUSE_BREAKS | {"and", "but", "or"} | lx.EXPORT_CUES):
            return None  # "export orders rose, while parts came mainly from China": another clause's 'from'
        return deal

    def _deal_for_figure_before(self, k: int, start: int) -> int | None:
        """'an order for 180 buses from ...', 'a contract for 500 Xs from ...': the deal noun before 'for', a figure of
        vehicles and only the vehicles it counts, then the 'from' at k (the buyer's side of the deal)."""
        lower = self.index.lower
        figure = next((q for q in self.quantities.get(start, []) if q.label_ == "UNITS" and q.start >= start + 2
                       and lower[q.start - 1] == "for" and lower[q.start - 2] in lx.DEAL_NOUNS and q.end <= k <= q.end + 4), None)
        if figure is None or not all(self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or self.doc[j].is_lower and self.doc[j].is_alpha
                                     or lower[j] == "-" for j in range(figure.end, k)):
            return None
        return figure.start - 2

    def _markets_named_by_example(self, sent: Sentence, i: int, cues: list[int]) -> bool:
        """'sell many of the X to export markets, like Iraq and Oman', 'ships to neighbouring countries, notably Peru':
        the markets named after 'like' (or 'notably', 'especially', 'including') are examples of markets the cue's
        vehicles go to, written after 'to' and a plural of markets ('to export markets', 'to other countries') that
        follows the cue closely or only its vehicles between (the word at i: 'like')."""
        lower = self.index.lower
        noun = i - 1 - (lower[i - 1] == ",")
        if noun <= sent.start or lower[noun] not in DESCRIBED_MARKET_NOUNS:
            return False
        to = self._to_described_markets(noun, sent.start)
        if to is None or lower[to - 1] in NON_ROUTE_TO:
            return False
        return any(0 < to - c <= 12 and not set(lower[c:to]) & CLAUSE_BREAKS
                   and (0 < to - c <= 3 or self._model_shipped_between(c, to)) for c in cues)

    def _receivers_named_by_example(self, sent: Sentence, k: int, cues: list[int]) -> bool:
        """'exports to markets in Africa and Asia, with countries like South Africa, Saudi Arabia and Chile receiving the
        bulk of exports': markets named by example after 'with' and a plural of markets, then a verb of receiving (the
        first market at k)."""
        lower = self.index.lower
        noun = k - 2 - (lower[k - 2:k] == ["such", "as"])
        if lower[k - 1] not in ("like", "as") or noun - 1 <= sent.start or lower[noun] not in DESCRIBED_MARKET_NOUNS or lower[noun - 1] != "with":
            return False
        return any(c < noun for c in cues) and any(lower[j] in RECEIVING_WORDS for j in range(k + 1, min(sent.end, k + 16)))

    def _listed_as_destinations(self, e: Span, sent: Sentence) -> bool:
        """'with Saudi Arabia, Mexico and South Africa as its top destinations': the market opens a list that closes with
        'as' and a noun of destinations (a few describing words between)."""
        lower = self.index.lower
        k = e.end
        while k < sent.end and (self.ent_type[k] in ("COUNTRY", "REGION") or lower[k] in (",", "and", "the")):
            k += 1
        if lower[k:k + 1] != ["as"] or lower[k + 1:k + 2] not in (["its"], ["their"], ["the"]):
            return False
        return any(lower[j] in DESTINATION_ROLE_NOUNS for j in range(k + 2, min(sent.end, k + 5)))

    def _demand_from_markets(self, sent: Sentence, i: int, cues: list[int]) -> bool:
        """'exported 12,470 trucks to Africa, thanks to growing demand from fast-growing markets like Senegal': markets
        named as examples of those whose demand the shipment of a cue before met (the word at i: 'like' after the
        markets' noun, or the 'from' itself when the words between were read past as a destination's)."""
        lower = self.index.lower
        if lower[i] == "from":  # "demand from countries such as Senegal": the words between read as a destination's
            k = i
        else:
            noun = i - 1 - (lower[i - 1] == ",")
            if noun <= sent.start or lower[noun] not in DESCRIBED_MARKET_NOUNS:
                return False
            k = noun - 1
            while k > sent.start and noun - k <= 4 and lower[k] != "from" and (
                    self.doc[k].is_lower and self.doc[k].is_alpha or lower[k] == "-"):
                k -= 1  # "fast-growing", "emerging", "key"
        if lower[k] != "from" or lower[k - 1] not in DEMAND_NOUNS:
            return False
        return any(0 < k - c <= 25 and not set(lower[c:k]) & CLAUSE_BREAKS for c in cues)

    def _other_markets_such_as(self, e: Span, sent: Sentence, cues: list[int], last: Span) -> bool:
        """'are to be sold in Bulgaria and some other countries in the region such as Serbia', 'exported to Chile and
        other markets such as Peru': markets named as examples of the other markets a sale or a shipment reaches, right
        after a market of the same sale ('last'; not '..., and it is considering other markets such as Fiji')."""
        lower = self.index.lower
        s = e.start - 2
        if s <= sent.start or lower[s:s + 2] != ["such", "as"]:
            return False
        k = s - 1
        if lower[k] == "region" and lower[k - 2:k] == ["in", "the"]:
            k -= 3  # "other countries in the region"
        if lower[k] not in DESCRIBED_MARKET_NOUNS or lower[k - 1] != "other":
            return False
        j = k - 2 - (lower[k - 2] in ("some", "several", "many", "various"))
        if lower[j] != "and" or last.end != j:
            return False
        return any(0 < k - c <= 12 and not set(lower[c:k]) & CLAUSE_BREAKS
                   and (lower[c] in SHIPPING_VERBS or self._sold_into(c, sent.start)) for c in cues)

    def _including_markets_in(self, sent: Sentence, i: int, cues: list[int], described: bool = False) -> bool:
        """'It exports to nearly 100 countries, including markets in Africa, Latin America and Asia', 'to 41 countries,
        including 68 markets in West Asia': markets (a count of them, maybe) named by the region they lie in, among a
        count of markets the sentence ships to (the 'in' at i). `described`: the markets named in brackets after words
        that describe them ('including the right-hand-drive countries (UK, ...)', the '(' at i)."""
        lower = self.index.lower
        k = i - 1
        if k <= sent.start or lower[k] not in DESCRIBED_MARKET_NOUNS:
            return False
        k -= 1
        while k > sent.start and (self.doc[k].like_num or lower[k] in APPROXIMATORS or lower[k] in COUNTED_MARKET_ADJECTIVES
                                  # ("including the right-hand-drive countries (UK, ...)": the markets described, then named)
                                  or described and i - k <= 8 and (lower[k] in ("the", "-") or self.doc[k].is_alpha and self.doc[k].is_lower
                                                                   and lower[k] not in EXAMPLES_OF_COUNTED_MARKETS)):
            k -= 1
        if lower[k] not in ("including", "notably", "mainly", "especially", "chiefly"):
            return False
        k -= 1 + (lower[k - 1] == ",")
        noun = k - (lower[k] in WORLDWIDE_WORDS)
        return (noun > sent.start and lower[noun] in COUNTED_MARKET_NOUNS
                and (self._to_n_countries(sent, noun) or self._sold_in_n_countries(sent, noun, cues)))

    def _in_brackets(self, k: int, start: int) -> bool:
        """The token at k stands inside an open bracket of its sentence."""
        lower = self.index.lower
        opening = next((j for j in range(k - 1, start - 1, -1) if lower[j] in ("(", ")")), None)
        return opening is not None and lower[opening] == "("

    def _worldwide_reach(self, sent: Sentence) -> bool:
        """'Globally, X exports to 88 countries', 'its worldwide network of 60 markets': a word of worldwide reach in the
        sentence other than one right after a count of markets ('to more than 75 countries worldwide')."""
        lower = self.index.lower
        return any(lower[k] in WORLDWIDE_WORDS and (k == sent.start or lower[k - 1] not in COUNTED_MARKET_NOUNS)
                   for k in range(sent.start, sent.end))

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

    def _town_before_country(self, e: Span, i: int, cues: list[int], last_end: int | None) -> bool:
        """'delivered 40 buses to Klagenfurt in Austria', 'will ship the trams to Merida, Mexico': the market is the
        country of a town written before it (i: the 'in' or comma before the country), the town's own name aside; a
        later town of the list ('..., and Vasteras in Sweden') right after a market read before it (`last_end`)."""
        if e.label_ != "COUNTRY" or e.text in self.gaz.demonyms:
            return False
        lower, doc = self.index.lower, self.doc
        k = i - 1
        while k > i - 4 and doc[k].is_title and doc[k].is_alpha and self.ent_type[k] in ("", "PLACE"):
            k -= 1
        if k == i - 1:
            return False  # no town before the country
        if lower[k - 3:k + 1] in TO_THE_TOWN_OF:
            k -= 3  # "to the city of Bravik, Norway"
        if lower[k] in ("and", ","):  # the list goes on right after the market before
            return last_end is not None and 0 <= k - last_end <= 1 and set(lower[last_end:k + 1]) <= {",", "and"}
        return lower[k] == "to" and any(lower[c] in TOWN_DELIVERY_VERBS and 0 < k - c <= 30
                                        and not set(lower[c:k]) & (CLAUSE_BREAKS | {".", "from"}) for c in cues)

    def _shipped_for_sale_in(self, i: int, cues: list[int]) -> bool:
        """'shipping three vehicles made in the US for sale in Japan', 'exports kits for assembly in Kenya': the market
        a verb of shipping sends vehicles to, named after 'for sale in' (or 'for assembly in') in the same clause."""
        lower = self.index.lower
        k = i - 1
        if lower[k] not in ("sale", "sales", "assembly"):
            return False
        k -= 1
        if lower[k] in ("local", "final"):  # "for local assembly in"
            k -= 1
        if lower[k] != "for":
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
        close = next((j for j in range(k + 1, min(len(lower), k + 7)) if lower[j] == ")"), None)
        # "Italy (7.4%), China (7.0%)": a market's share in brackets, as its figure; "Tanzania (which purchased 241
        # units)": the market's purchase
        if close is None or close == k + 1 or not all(self.doc[j].like_num or lower[j] in lx.UNIT_WORDS or lower[j] in SHARE_WORDS
                                                      or lower[j] in BRACKETED_PURCHASE_WORDS for j in range(k + 1, close)):
            return k
        if not any(self.doc[j].like_num for j in range(k + 1, close)):
            return k
        return close + 1

    def _past_region_of(self, k: int) -> int:
        """The position after 'in' and a region at k ('Peru in South America', 'Kenya in East Africa'): where the
        country named before lies, no market of its own; else k."""
        lower = self.index.lower
        if k + 1 >= len(lower) or lower[k] != "in":
            return k
        j = k + 1 + (lower[k + 1] == "the")
        if j >= len(lower) or self.ent_type[j] != "REGION" or self.ent_iob[j] != "B":
            return k
        while j + 1 < len(lower) and self.ent_iob[j + 1] == "I":
            j += 1
        return j + 1

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

    def _made_elsewhere_sold_in(self, e: Span, i: int, ents: list[Span], cues: list[int]) -> bool:
        """'to sell up to 100,000 Australian-made Commodore utilities in the US', 'sells Thai-built pickups in Chile': a
        verb of selling, vehicles said to be made in another country, then 'in' (at i) and the market: sales of
        imported cars, a route (not 'sold 7,600 cars in Chile', a market's sales)."""
        lower = self.index.lower
        market = self._country_of(e) if e.label_ == "COUNTRY" else e.ent_id_ or e.text
        for c in cues:
            if not 0 < i - c <= 14 or lower[c] not in SELL_CUES or set(lower[c + 1:i]) & CLAUSE_BREAKS:
                continue
            if any(m.label_ in ("COUNTRY", "PLACE") and c < m.start and m.end + 1 < i and lower[m.end] == "-"
                   and lower[m.end + 1] in lx.MADE_PARTICIPLES and self._country_of(m) not in (None, market) for m in ents):
                return True
        return False

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
        if to is not None and to + 2 == i and lower[to + 1] in BUYERS_NAMED_BARE:
            # "will be delivered to customers in Germany", "shipped 300 cars to buyers in Chile": the cue or the vehicles
            # it ships right before 'to' (not "is talking to importers in Chile")
            return to - 1 in cues or (lower[to - 1] in lx.VEHICLE_WORDS or lower[to - 1] in lx.UNIT_WORDS
                                      or self.ent_type[to - 1] == "MODEL") and any(0 < to - c <= 12 for c in cues)
        if to is None or lower[to + 1] not in ("a", "an", "its", "their", "one") or to + 2 >= i:
            return False
        return all(self.doc[k].is_lower and self.doc[k].is_alpha for k in range(to + 1, i)) and any(0 < to - c <= 12 for c in cues)

    def _to_a_buyer_of(self, e: Span, sent: Sentence, cues: list[int]) -> bool:
        """'will export 170,000 vehicles to a Saudi Arabian company', 'shipped 300 trucks to a Kenyan distributor': a
        nationality before a buyer, after 'to a' that a verb of shipping its vehicles leads to (not 'the Malaysian
        carmaker said', the shipper described; nor 'sold its stake to a Chinese firm', no vehicles)."""
        lower = self.index.lower
        if (e.label_ != "COUNTRY" or e.text not in self.gaz.demonyms or e.end >= sent.end or lower[e.end] not in ONE_BUYER_NOUNS
                or e.start - 2 <= sent.start or lower[e.start - 2:e.start] not in (["to", "a"], ["to", "an"])):
            return False
        to = e.start - 2
        return any(0 < to - c <= 12 and "to" not in lower[c + 1:to] and not set(lower[c:to]) & CLAUSE_BREAKS
                   and self._vehicles_then_market(c, ("to",)) for c in cues)

    def _targeted_for_sales(self, e: Span, sent: Sentence, cue: int) -> bool:
        """'will target France, the UK, Spain and Germany for sales of the new car': markets listed after a verb of
        targeting, the list closed by 'for' and a noun of selling or exporting."""
        lower = self.index.lower
        k = e.start - 1
        while k > sent.start and (lower[k] in LIST_GLUE or self.ent_type[k] in ("COUNTRY", "REGION")):
            k -= 1
        if lower[k] not in MARKET_TARGET_VERBS:
            return False
        j = e.end
        while j < cue and (lower[j] in LIST_GLUE or self.ent_type[j] in ("COUNTRY", "REGION")):
            j += 1
        return j == cue - 1 and lower[j] == "for" and lower[cue] in ("sales", "exports", "export", "sale")

    def _to_buyers_in(self, e: Span, sent: Sentence, cues: list[int]) -> bool:
        """'delivered 120 buses ... to operators in Chile', 'shipped 300 trucks to customers in Kenya': the market of the
        buyers the shipping verb's vehicles go to."""
        lower = self.index.lower
        k = e.start - 1 - (lower[e.start - 1] == "the")
        if k - 2 < sent.start or lower[k] != "in" or lower[k - 1] not in BUYERS_IN_NOUNS:
            return False
        to = k - 2 - (lower[k - 2] in ("the", "its", "local"))
        # (the cue's own 'to': not "exported 4,000 cars to Brazil and was talking to dealers in Peru")
        return lower[to] == "to" and any(0 < to - c <= 14 and not set(lower[c:to]) & (CLAUSE_BREAKS | {"to", "and"})
                                         and self._vehicles_then_market(c, ("to",)) for c in cues)

    def _deal_from_a_buyer_of(self, e: Span, cues: list[int]) -> bool:
        """'won an order for 180 buses from a Kenyan bus operator': a nationality before a buyer, after 'from a' that
        follows a deal for vehicles."""
        lower = self.index.lower
        if (e.label_ != "COUNTRY" or e.text not in self.gaz.demonyms or e.start < 2
                or lower[e.start - 2:e.start] not in (["from", "a"], ["from", "an"], ["from", "the"])):
            return False
        return bool(set(lower[e.end:e.end + 3]) & ONE_BUYER_NOUNS) and self._deal_from(e.start - 2, cues)

    def _deal_with_buyer(self, sent: Sentence, e: Span, cue: int) -> bool:
        """'signed an agreement with the city of Chisinau, Moldova, ... to deliver 100 buses', 'a contract with the
        government of Ghana to supply 500 trucks': a deal with a buyer named by its country (or its town and country),
        before the verb that delivers the vehicles (at `cue`), no other market between."""
        lower = self.index.lower
        if (e.label_ != "COUNTRY" or e.text in self.gaz.demonyms or lower[cue] not in DEAL_DELIVERY_VERBS or lower[cue - 1] != "to"
                or not 0 < cue - e.end <= 15):
            return False
        # the verb's object is vehicles: "to deliver 100 buses", not "to supply parts"
        if not any(lower[j] in lx.VEHICLE_WORDS or lower[j] in lx.UNIT_WORDS or self.ent_type[j] == "MODEL"
                   for j in range(cue + 1, min(sent.end, cue + 7))):
            return False
        k = e.start - 1
        if lower[k] == "," and self.ent_type[k - 1] == "PLACE":  # "the city of Chisinau, Moldova"
            k = next(j for j in range(k - 1, sent.start - 1, -1) if self.ent_type[j] != "PLACE" or self.ent_iob[j] == "B") - 1
        if lower[k] == "of" and lower[k - 1] in STATE_BUYERS | TOWN_BUYERS:
            k -= 2
        k -= lower[k] == "the"
        if k - 1 <= sent.start or lower[k] != "with" or not set(lower[max(sent.start, k - 3):k]) & DEAL_WORDS:
            return False
        return not set(lower[e.end:cue]) & CLAUSE_BREAKS and not any(self.ent_type[j] in ("COUNTRY", "REGION") for j in range(e.end, cue))

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
            # "set sail from Shenzhen carrying more than 5,000 electric vehicles to Europe": the cargo, then its market
            if (lower[k] == "to" and k + 1 < len(lower) and self.ent_type[k + 1] in ("COUNTRY", "REGION")
                    and "carrying" in lower[i + 1:k]):
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

    def _shippers_market_in_apposition(self, e: Span, cues: list[int]) -> bool:
        """'to build a plant in Russia, its largest export destination': a market named, then in apposition the
        shipper's ('its', 'the company's') ranked export market or destination, the cue inside it."""
        lower = self.index.lower
        k = e.end
        if lower[k:k + 2] not in ([",", "its"], [",", "their"]):
            return False
        k += 2
        while k < len(lower) and lower[k] in RANKING_WORDS and k not in cues:
            k += 1
        return k in cues and lower[k] == "export" and lower[k + 1:k + 2] in (["destination"], ["market"])

    def _markets_where_shipped(self, e: Span, sent: Sentence, cues: list[int]) -> bool:
        """'demand in Chile and Colombia, where Brazil usually exports many vehicles': markets listed before ', where',
        then the shipper (a country or a company) and its verb of shipping, one of the cues."""
        lower = self.index.lower
        cue = next((c for c in cues if c > e.end), None)
        if cue is None:
            return False
        named = self.ents.get(sent.start, [])
        k = e.end
        while lower[k:k + 2] != [",", "where"]:
            nxt = next((x for x in named if x.start >= k and x.label_ in ("COUNTRY", "REGION")), None)
            if nxt is None or nxt.start >= cue or not set(lower[k:nxt.start]) <= LIST_GLUE:
                return False
            k = nxt.end
        j = k + 2 + (lower[k + 2:k + 3] == ["the"])
        shipper = next((x for x in named if x.start == j and x.label_ in ("COUNTRY", "COMPANY")), None)
        if shipper is None:
            return False
        j = shipper.end
        while j < cue and (lower[j] in WHERE_SHIPPED_ADVERBS or lower[j] in PASSIVE_AUXILIARIES):
            j += 1
        return j == cue

    def _to_n_countries(self, sent: Sentence, noun: int) -> bool:
        """'to 23 countries', 'to more than 40 markets', 'into about 50 countries': 'to' (or 'into'), then only a figure
        and fillers before the noun."""
        lower = self.index.lower
        k = noun - 1
        # "to about 40 countries", "to at least 23 markets", "to nearly 60 nations"
        while k > sent.start and (self.doc[k].like_num or lower[k] in DESTINATION_FILLERS or lower[k] in APPROXIMATORS
                                  or lower[k] in COUNTED_MARKET_ADJECTIVES):
            k -= 1
        if k == noun - 1:
            return False
        if lower[k] in (",", "and") and k - 1 > sent.start:
            # "to 32 countries in South America, 28 countries in Africa and 26 in ...": the list of counts goes on
            j = k - 1 - (lower[k - 1] in REGION_NOUNS)
            if self.ent_type[j] in ("COUNTRY", "REGION"):
                while j > sent.start and self.ent_iob[j] == "I":
                    j -= 1
                j -= lower[j - 1] == "the"
                return lower[j - 1] == "in" and lower[j - 2] in COUNTED_MARKET_NOUNS and self._to_n_countries(sent, j - 2)
        return lower[k] in ("to", "into")

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
        # "Exports to Africa could be looked into next year": the phrasal passive of studying
        if any(lower[k] == "looked" and lower[k - 1] in PASSIVE_AUXILIARIES and lower[k + 1:k + 2] == ["into"]
               and not {"which", "that", "who"} & set(lower[destination:k]) for k in range(destination + 1, min(end - 1, destination + 12))):
            return True
        # "Exports to Egypt and Iran, discussed since 2022, have not started", "... have yet to begin": none yet
        if any(lower[k] in lx.START_CUES and (lower[k - 1] in NEGATIONS or lower[k - 2:k] == ["yet", "to"])
               and not {"which", "who", "where", "that"} & set(lower[destination:k]) for k in range(destination + 2, min(end, destination + 14))):
            return True
        if cue is not None and any(lower[k] in EXPORT_DENIALS and "that" in lower[k + 1:cue] and lower[k - 1] not in ("which", "who")
                                   for k in range(self.index.sent_bounds(cue)[0], cue)):
            return True  # "GM dismissed speculation that cars built in X will be exported to Y": a rumour denied
        if (cue is not None and lower[cue - 1] in GROWTH_VERBS and lower[cue] in ("exports", "export", "shipments")
                and lower[cue + 1:cue + 2] != ["to"]):
            # "to boost exports, particularly to the Middle East": a wish, no shipment (not "will increase exports to
            # Kenya": more of a trade that goes on)
            return True
        # "The company's goal is to export the car to ...": an aim, no shipment yet
        # ("suggesting that Renault India could export to Europe as well": a possibility)
        return cue is not None and bool((EXPORT_HEDGES | AIM_NOUNS | SPECULATIVE_MODALS) & set(lower[max(0, cue - 4):cue]))

    def _part_of(self, i: int) -> bool:
        """'exported to Canada and parts of Asia', 'to much of Europe': the words before a market that name a part of it."""
        lower = self.index.lower
        if lower[i] == "of":
            return lower[i - 1] in PART_OF_WORDS
        return lower[i] in PART_OF_WORDS and i + 1 < len(lower) and lower[i + 1] == "of"

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
