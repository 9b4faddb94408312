"""The route records: one ExportFact per (company, origin, destination), a subsidiary's and its parent's shipments
one route (`_route`), and its number of vehicles, the first stated staying unless said of the past (`_set_units`);
the figures of a sentence that are no route's own (a total and its share, a comparison, output made, a rate of making,
a milestone) and those that are (of the vehicles named before, a consignment or a rate a nearby sentence gives); routes
a later sentence adds to (the markets that follow, another shipper to the same market); and origins guessed as the
maker's home, settled from the story (its arm in the story's country, the one country that builds its cars).
"""
from __future__ import annotations

from spacy.tokens import Span

from core.facts import ExportFact
from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    APPROXIMATORS,
    BUILD_VERBS,
    CONSIGNMENT_VERBS,
    EXPORT_HEDGES,
    FORMER_ADVERBS,
    MOVEMENT_VERBS,
    OF_THEM,
    PASSIVE_AUXILIARIES,
    PLANNED,
    SHIPPING_VERBS,
)

# "to 40 markets": a bare figure that counts something other than vehicles shipped
COUNTED_NOT_VEHICLES = frozenset(["models", "brands", "variants", "versions", "trims", "markets", "countries", "nations",
                                  "dealers", "dealerships", "years", "months", "ports", "plants", "factories"])
TOTAL_WORDS = frozenset(["overseas", "abroad", "worldwide", "globally", "altogether"])
MILESTONE_WORDS = frozenset(["thousandth", "millionth", "billionth"])  # "its one millionth export": a milestone's ordinal
PER_DAY_WORDS = frozenset(["daily", "day", "weekly", "hourly"])  # "600 cars daily": a rate, no route's figure


# more vehicles than the whole world ships in a year: no one route's figure
MAX_ROUTE_UNITS = 50_000_000

class ExportRoutesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _figure_of_its_vehicles_to(self, units: Span, ent: Span) -> bool:
        """'has shipped 14,800 of the SUVs to Argentina', 'shipped 270 of its BS6 sedans to Germany': the vehicles (a
        model's name maybe before them) named right after the figure, then the market."""
        lower = self.index.lower
        k = units.end + 2
        if lower[units.end:k] not in (["of", "the"], ["of", "its"], ["of", "their"]):
            return False
        while k < ent.start and self.ent_type[k] in ("MODEL", "MODEL_AMBIG", "COMPANY"):
            k += 1
        return (k + 1 < ent.start and lower[k] in lx.VEHICLE_WORDS and lower[k + 1] in ("to", "into")
                and ent.start - (lower[ent.start - 1] == "the") == k + 2)

    def _consignment_before(self, sent: Sentence) -> tuple[Span, Sentence] | None:
        """'The return will be launched with an initial shipment of 344 Vesta sedans. The cars will be shipped to Cuba':
        the figure of a consignment ('a shipment/batch of N vehicles') the sentence right before gave, with no route of
        its own, and its sentence."""
        k = sent.start - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1  # past the blank line between paragraphs
        if k < 0:
            return None
        before = self.index.sentence(k)
        if self.index.is_boilerplate(before.start):
            return None
        first, last = self.index.sent_chars(before.start)
        if any(e.source is not None and first <= e.source.start < last for e in self.exports.values()):
            return None  # the sentence before names routes of its own
        lower = self.index.lower
        return next(((q, before) for q in self.quantities.get(before.start, []) if q.label_ == "UNITS" and q.start - 2 >= before.start
                     and lower[q.start - 1] == "of" and lower[q.start - 2] in lx.CONSIGNMENT_NOUNS), None)

    def _total_of_which(self, q: Span, qs: list[Span]) -> bool:
        """'exported 1.8 million units in 2010, of which 1.6 million went to ...': a total with a time phrase between it
        and the 'of which' its share follows, not any one market's figure."""
        lower, k = self.index.lower, q.end
        # ("will produce 550,000 vehicles in 2021, about 110,000 of which will be sent to Europe": the same with 'of which')
        if any(r.start > k and r.label_ in ("UNITS", "COUNT") and (lower[r.end:r.end + 2] in OF_THEM or lower[r.end:r.end + 2] == ["of", "which"])
               and r.start - k <= 12 and self._share_moves(r.end + 2) for r in qs):
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
        if lower[k] in BUILD_VERBS and q.start > cue and lower[k + 1] != "up":  # ("exports made up 9,000 units")
            return True  # "the plant, which aims to export to Africa, will produce 12,000 vehicles": its output after the route
        if q.end < len(lower) and (lower[q.end] in PER_DAY_WORDS or lower[q.end:q.end + 2] in (["a", "day"], ["per", "day"])):
            return True  # "to build 600 cars daily": a rate of making, no shipment
        return (lower[k] in BUILD_VERBS and q.end < cue and lower[cue + 1:cue + 2] != ["them"]
                and any(lower[j] == "," and lower[j + 1] in ("which", "that", "a", "an") for j in range(q.end, cue)))

    def _milestone(self, q: Span) -> bool:
        """'its 4 millionth Thai-built vehicle, bound for Europe', 'the one millionth unit was headed to Chile': one
        vehicle that marks a total of every market, no route's number (not 'its one millionth vehicle to the Middle
        East', the total to that market)."""
        if q.end < len(self.doc) and self.index.lower[q.end] in ("to", "into"):
            return False
        return any(t.lower_ in MILESTONE_WORDS or t.lower_.endswith("th") and t.lower_[:-2].replace(",", "").isdigit() for t in q)

    def _exports_a_share(self, cue: int, end: int) -> bool:
        """'built 402,000 vehicles and exported 90% of its production to 70 countries': the verb ships a share of a
        figure named before it, so that figure is no shipment's."""
        lower = self.index.lower
        k = cue + 1 + (lower[cue + 1:cue + 2] in (["about"], ["around"], ["nearly"], ["some"], ["over"]))
        return k + 2 < end and self.doc[k].like_num and lower[k + 1] in lx.PERCENT_WORDS and lower[k + 2] == "of"

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
        while k < len(lower) and lower[k] in PASSIVE_AUXILIARIES | {"have", "has", "had", "also", "will", "would"}:
            k += 1
        return k + 1 < len(lower) and (lower[k] in MOVEMENT_VERBS or lower[k] in CONSIGNMENT_VERBS) and lower[k + 1] in ("to", "into")

    def _passive_figure_to(self, units: Span, ent: Span) -> bool:
        """'..., of which 1.6 million were exported to Canada': a bare figure as the subject of a passive verb of
        shipping right before the market."""
        lower, k = self.index.lower, units.end
        if lower[k:k + 2] in OF_THEM or lower[k:k + 2] == ["of", "which"]:  # "2.3 million of them went to ..."
            k += 2
        while k < ent.start and lower[k] in PASSIVE_AUXILIARIES | {"have", "has", "had", "will", "would"}:
            k += 1
        if k >= ent.start or not (k > units.end and lower[k] in CONSIGNMENT_VERBS or lower[k] in MOVEMENT_VERBS):
            return False
        return lower[k + 1] in ("to", "into") and ent.start - (lower[ent.start - 1] == "the") == k + 2

    def _followed_by_markets(self, sent: Sentence, ents: list[Span]) -> bool:
        """'Full-fledged exports of the Kwid began in Mauritius. This will later be followed by other SAARC countries
        such as Nepal, Bhutan and Bangladesh.': the markets that follow the last route, named in the sentence before, get
        the same shipment (the countries a bloc is written with, not the bloc)."""
        lower = self.index.lower
        if lower[sent.start] not in ("this", "that", "it", "they"):
            return False
        by = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 6)) if lower[k] == "followed" and lower[k + 1] == "by"), None)
        if by is None or not set(lower[sent.start + 1:by]) <= PASSIVE_AUXILIARIES | {"will", "later", "soon", "then", "to", "next"}:
            return False
        markets = [e for e in ents if e.start > by and e.label_ in ("COUNTRY", "REGION")]
        if not markets or markets[0].start - by > 3 or not set(lower[by + 2:markets[0].start]) <= {"other", "the", "neighbouring", "neighboring"}:
            return False  # "This was followed by a launch in Chile": no market follows
        last = list(self.exports.values())[-1]
        if not set(last.destination.lower().split()) <= self.previous_words:
            return False  # the route the sentence before named
        if any(e.label_ == "COUNTRY" for e in markets):
            markets = [e for e in markets if e.label_ == "COUNTRY"]
        guessed = any(e is last for e in self.guessed_origins)
        for e in markets:
            if e.ent_id_ in (last.origin, last.destination):
                continue
            export = self._route(last.company, last.origin, e.ent_id_, sent, 0.7)
            add_new(export.models, last.models)
            if guessed:
                self.guessed_origins.append(export)
        return True

    def _rate_of_last_route(self, sent: Sentence, ents: list[Span], qs: list[Span], cue: int) -> bool:
        """'Acme has begun shipping the X to Chile. The company plans to export about 300 units a month.': a rate of
        vehicles right after the verb of export, in a sentence naming no market, no place and no other shipper, one or
        two sentences after one that told of a single route with no figure yet (and no route since), is that route's
        figure."""
        lower = self.index.lower
        # the route told in one of the two sentences before, no other route since
        said = self.route_said if self.route_said is not None and 0 < self.sent_no - self.route_said <= 2 else None
        routes = self._routes_of.get(said, []) if said is not None else []
        if len(routes) != 1 or routes[0].units is not None or lower[cue] not in SHIPPING_VERBS:
            return False
        if self.words & (TOTAL_WORDS | {"total", "overall", "all"}) or any(e.label_ in ("COUNTRY", "REGION", "PLACE") for e in ents):
            return False
        export = routes[0]
        if any(e.label_ == "COMPANY" and e.ent_id_ != export.company for e in ents):
            return False
        # "about 300 pickups a month" (read as a yearly capacity), "9,000 pickups a year", "20,000 cars annually"
        rates = [q for q in qs if q.label_ in ("UNITS", "CAPACITY", "COUNT")]
        rate = rates[0] if len(rates) == 1 and 0 < rates[0].start - cue <= 3 else None
        if rate is None or rate.label_ != "CAPACITY" and not self._per_period(rate):
            return False
        # "300 pickups a month" is kept as a yearly capacity (3,600): the route's figure is the one the sentence states
        export.units = rate._.value / 12 if any(tuple(lower[k:k + 2]) in lx.PER_MONTH for k in range(rate.start, rate.end)) else rate._.value
        export.evidence["units"] = self._source(sent, self._qualifier(rate, sent), 0.7)
        return True

    def _per_period(self, q: Span) -> bool:
        """'9,000 pickups a year', '20,000 cars annually': a figure of vehicles stated per year."""
        lower = self.index.lower
        return (any(tuple(lower[k:k + 2]) in lx.PER_YEAR for k in range(q.start, min(q.end + 1, len(lower) - 1)))
                or any(lower[k] in lx.ANNUAL_WORDS for k in range(q.start, min(q.end + 1, len(lower)))))

    def _story_arm_country(self, company: str, markets: set[str]) -> str | None:
        """'Nissan exports rise ... direct exports to Africa totalled 3,700 units ... Nissan SA has 44% of the export
        market': the maker's own arm in the country the story is about, named anywhere in it, ships from there (not
        from the maker's home, a guess)."""
        country = self.main_country
        if not country or country in markets or country == self.gaz.home_country(company):
            return None
        arms = {e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY" and e.ent_id_ != company}
        if any(self.gaz.home_country(a) == country and self.gaz.same_group(a, company) for a in arms):
            return country
        # "Calcutta: Ford India's exports are almost double its domestic sales": the arm written as the maker's name and
        # the country's, though the gazetteer has no entry of its own for it
        ents = self.all_ents
        return country if any(a.label_ == "COMPANY" and b.label_ == "COUNTRY" and a.end == b.start and a.ent_id_ == company
                              and (b.ent_id_ or self.gaz.country(b.text)) == country and b.text not in self.gaz.demonyms
                              for a, b in zip(ents, ents[1:], strict=False)) else None

    def _route(self, company: str | None, origin: str, destination: str, sent: Sentence, confidence: float) -> ExportFact:
        """The record of one (company, origin, destination) route, made at its first mention, with that sentence."""
        key = (company, origin, destination)
        export = self.exports.get(key)
        if export is None and company:
            # "TMMT exports the C-HR to 52 countries" and, in a pull quote, the same of "Toyota": one route of a
            # subsidiary and its parent (not of two sister brands: Hyundai's and Kia's shipments to Europe are two)
            export = next((e for (c, o, d), e in self.exports.items() if o == origin and d == destination and c
                           and c != company and self._parent_and_arm(c, company)), None)
        if export is None:
            export = self.exports[key] = ExportFact(company=company, origin=origin, destination=destination,
                                                    source=self._source(sent, confidence=confidence))
        routes = self._routes_of.setdefault(self.sent_no, [])
        if export not in routes:
            routes.append(export)
        return export

    def _settle_guessed_origins(self) -> None:
        """'37 cars were shipped to Mauritius, the first market of the Kwid, which is made only in Chennai, India': a
        route whose origin was the maker's home, guessed before any plant was named, leaves from the one country the
        story goes on to build the maker's (or its group's) vehicles in."""
        for export in {id(e): e for e in self.guessed_origins}.values():
            if self._local_arm(export.company) and export.origin == self.gaz.home_country(export.company):
                continue  # "Acme SA will export 5,000 cars to Africa": the arm's own country is written, not guessed
            # "... is about to ship 180 kits for assembly at its Zimbabwean plant": a country the shipper's own routes go
            # to is where its kits are assembled, not where the route leaves from
            supplied = {e.destination for e in self.exports.values() if e.origin == export.origin and e.company == export.company}
            # (not a plant of a unit the shipper owns abroad under a name of its own: Tata Motors' exports do not leave
            # from Tata Daewoo's plant in Korea)
            built = {p.country for p in self.plants if p.country and id(p) not in self.undecided and id(p) not in self.parts_plants
                     and self.gaz.same_group(p.company, export.company) and p.country not in supplied
                     and not self._foreign_unit_of(export.company, p.company)}
            key = (export.company, export.origin, export.destination)
            if len(built) != 1 or self.exports.get(key) is not export:
                continue
            country = next(iter(built))
            if country in (export.origin, export.destination):
                continue
            moved = (export.company, country, export.destination)
            known = self.exports.get(moved)
            if known is not None:  # the same route read again later, from its stated origin: one record
                add_new(known.models, export.models)
                if known.units is None and export.units is not None:
                    known.units, known.evidence["units"] = export.units, export.evidence["units"]
                known.by_when = known.by_when or export.by_when
                del self.exports[key]
                continue
            export.origin = country
            self.exports = {moved if k == key else k: e for k, e in self.exports.items()}

    def _foreign_unit_of(self, company: str | None, unit: str | None) -> bool:
        """`unit` is a company `company` owns, with a home of its own in another country ('Tata Daewoo' of 'Tata Motors')."""
        info = self.gaz.companies.get(unit or "")
        return (bool(company) and unit != company and info is not None and bool(info.country)
                and info.country != self.gaz.home_country(company) and self._parent_of(company, unit))

    def _local_arm(self, company: str | None) -> bool:
        """'Acme South Africa', 'Acme Motor India': a group's company in the gazetteer whose home is not its parent's."""
        entry = self.gaz.companies.get(company) if company else None
        return bool(entry is not None and entry.parent and self.gaz.home_country(company)
                    and self.gaz.home_country(company) != self.gaz.home_country(entry.parent))

    def _parent_and_arm(self, a: str, b: str) -> bool:
        """One of the two companies is the other's parent in the gazetteer ('Toyota Motor Manufacturing Turkey', 'Toyota')."""
        companies = self.gaz.companies
        return getattr(companies.get(a), "parent", None) == b or getattr(companies.get(b), "parent", None) == a

    def _set_units(self, export: ExportFact, units: Span | None, sent: Sentence, confidence: float) -> None:
        """A route's number of vehicles: the first one stated stays, with the sentence it was read from (one said of the
        past gives way to a later one: "In the past we exported 60,000 units a year to Africa. ... Exports to Africa
        will reach 16,000 units this year")."""
        if units is None or export.units is not None and id(export) not in self.past_units:
            return
        if units._.value is not None and units._.value > MAX_ROUTE_UNITS:
            return  # "5,558 million vehicles from the euro": a sum of money mistranslated, no number of cars
        past = self._said_of_the_past(sent)
        if export.units is not None and past:
            return
        export.units = units._.value
        export.evidence["units"] = self._source(sent, self._qualifier(units, sent), confidence)
        if past:
            self.past_units.add(id(export))
        else:
            self.past_units.discard(id(export))

    def _said_of_the_past(self, sent: Sentence) -> bool:
        """'In the past we exported ...', 'X previously shipped ...': a sentence about how things were."""
        if not (self.words & FORMER_ADVERBS or "past" in self.words):
            return False
        lower = self.index.lower
        return bool(self.words & FORMER_ADVERBS) or any(lower[k:k + 3] == ["in", "the", "past"] for k in range(sent.start, sent.end - 2))

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

    def _names_between(self, start: int, end: int) -> bool:
        """'2,000 to the Czech Republic', '350 ZS for Jordan': only a model's name and 'to'/'for' part a count from its market."""
        lower = self.index.lower
        return start < end and all(self.ent_type[k] in ("MODEL", "MODEL_AMBIG") or lower[k] in ("to", "for", "the")
                                   for k in range(start, end)) and lower[end - 1] in ("to", "for", "the")

    def _share_to(self, ent: Span) -> bool:
        """'nearly 80% of them to the United States': a share of a total, not a shipment of its own."""
        lower = self.index.lower
        k = ent.start - 1
        if k >= 0 and lower[k] == "the":
            k -= 1
        return (k >= 3 and lower[k] == "to" and lower[k - 1] in ("them", "it", "which", "those", "that") and lower[k - 2] == "of"
                and (lower[k - 3] in ("%", "percent", "per") or lower[k - 3].endswith("%") or lower[k - 3] == "cent"))
