"""A market as the subject: "Kazakhstan will receive the Cobalt", "Italy took 48,000 cars", "the largest
destination was X", "the rest went to Y", a carrier arriving with cars; each a route from the last shipper named.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    ARRIVAL_VERBS,
    CLAUSE_BREAKS,
    CONSIGNMENT_VERBS,
    COPULAS,
    DESTINATION_FILLERS,
    EXPORT_CONTEXT,
    LIST_GLUE,
    MOVEMENT_VERBS,
    RANKING_WORDS,
    REACH_VERBS,
    RECEIVING_VERBS,
)

OVERTAKE_VERBS = frozenset(["overtake", "overtakes", "overtook", "overtaken", "overtaking", "surpass", "surpasses", "surpassed",
                            "replace", "replaces", "replaced", "displace", "displaced", "displaces", "unseat", "unseated"])
INVESTOR_WORDS = frozenset(["investment", "investments", "investor", "investors", "tourist", "tourism", "travel"])
DESTINATION_NOUNS = frozenset(["destination", "importer", "buyer", "direction", "customer"])  # "X was the largest destination"
# "the biggest export market for Korean carmakers": the nouns of a ranked market, the makers' adjective after them
MARKET_NOUNS_RANKED = frozenset(["market", "destination", "importer", "buyer", "customer"])
NATIONAL_INDUSTRY_WORDS = frozenset(["auto", "automotive", "car", "motor", "vehicle"])  # "for the German auto industry"
# "its largest market", "A, B and C were the top export destinations": a ranked market, or markets listed
LISTED_MARKET_NOUNS = frozenset(["market", "markets", "destinations", "regions"])
# "..., which are also exported to A and B": a verb of shipping in a clause after a ranked market
ALSO_SHIPPED_VERBS = frozenset(["exported", "shipped", "sent", "sold", "delivered"])
TOPS_VERBS = frozenset(["tops", "topped", "heads", "headed"])  # "Germany tops the list with 436 units"
SINGLE_VEHICLE_NOUNS = frozenset(["vehicle", "car", "model", "suv", "sedan", "pickup", "mpv", "crossover", "hatchback", "ev"])
# "Brazil has become the maker's largest overseas market": a market ranked by a linking verb
MARKET_COPULAS = COPULAS | {"become", "becomes", "serve", "serves"}  # ("The Philippines will serve as the first export market")


class ExportMarketsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

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

    def _vehicles_arrive(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> None:
        """'The carrier arrived in Bremerhaven, Germany, with 3,000 electric vehicles from China': a route from the
        country the vehicles come from to the country of arrival, with the figure of vehicles the ship brought."""
        lower = self.index.lower
        verb = next((k for k in range(sent.start, sent.end) if lower[k] in ARRIVAL_VERBS or lower[k] in REACH_VERBS), None)
        if verb is None:
            return
        if lower[verb] in REACH_VERBS:  # "The first lot of 1,760 Balenos has reached Japan": the place right after the verb
            at = verb + 1 + (lower[verb + 1:verb + 2] == ["the"])
        elif lower[verb + 1:verb + 2] in (["in"], ["at"]):
            at = verb + 2
        else:
            return
        where = next((e for e in ents if e.start in (at, at + (lower[at:at + 1] == ["the"])) and e.label_ in ("PLACE", "COUNTRY")), None)
        if where is None and lower[at:at + 3] in (["the", "port", "of"], ["port", "of", "the"]) or lower[at:at + 2] == ["port", "of"]:
            # "arrived at the port of Suape in Pernambuco", "docked at the port of Bremerhaven in Germany": the first
            # place named after the port's noun, before the cargo
            where = next((e for e in ents if at < e.start <= at + 7 and e.label_ in ("PLACE", "COUNTRY")
                          and "with" not in lower[at:e.start]), None)
        # ("after travelling from Shanghai": a port's country too)
        source = next((e for e in ents if e.label_ in ("COUNTRY", "PLACE") and lower[e.start - 1] == "from" and self._country_of(e)), None)
        # only a shipment of vehicles ("with 3,000 cars", "carrying 2,100 SUVs", "the first shipment of 1,200 X50s"),
        # not "the CEO arrived in Berlin"
        # ("the first lot of 1,760 right-hand-drive Balenos": a bare figure, the model it counts right after it)
        units = next((q for q in qs if (q.label_ == "UNITS" or q.label_ == "COUNT" and any(0 <= m.start - q.end <= 12 and "," not in lower[q.end:m.start] for m in subjects))
                      and (q.end <= verb or lower[verb] not in REACH_VERBS) and (
            {"with", "carrying"} & set(lower[max(sent.start, q.start - 3):q.start]) and lower[verb] not in REACH_VERBS
            or lower[q.start - 1:q.start] == ["of"] and lower[q.start - 2] in lx.CONSIGNMENT_NOUNS)), None)
        if where is None or units is None and not self._vehicles_before_arrival(sent, subjects, verb):
            return
        company, confidence = self._subject_company(sent, ents, before=verb)
        if company is None:
            company = next((self._model_maker(m) for m in subjects), None)
        # no origin named: where the maker ships from ("the first shipment of 1,200 Proton X50s arrived in Egypt")
        destination = self._country_of(where)
        origin = (self._country_of(source) if source is not None else self._made_in(sent, ents)
                  or (self._origin(company, None) if company else None))
        if not destination or not origin or destination == origin:
            return
        export = self._route(company, origin, destination, sent, min(confidence, 0.8))
        add_new(export.models, (self._model_name(m) for m in subjects))
        self._set_units(export, units, sent, 0.8)

    def _vehicles_before_arrival(self, sent: Sentence, subjects: list[Span], verb: int) -> bool:
        """'its aluminium electric bus with low floor access arrived in the Netherlands', 'the first Zetas arrived in
        Chile': vehicles as the subject of the arrival verb (a model, or a vehicle noun after 'its' or 'the first'),
        no figure needed; not 'the CEO arrived in Berlin'."""
        lower = self.index.lower
        if any(0 <= verb - m.end <= 3 for m in subjects):
            return True
        # "Toscana, the ship carrying Giga Shanghai's Europe-bound Model 3 vehicles, has arrived in Zeebrugge"
        carrying = next((k for k in range(max(sent.start, verb - 14), verb) if lower[k] in ("carrying", "loaded", "laden")), None)
        if carrying is not None and any(carrying < m.start < verb for m in subjects) or carrying is not None and any(
                lower[k] in lx.VEHICLE_WORDS for k in range(carrying + 1, verb)):
            return True
        opener = next((k for k in range(max(sent.start, verb - 12), verb) if lower[k] in ("its", "their") or lower[k:k + 2] == ["the", "first"]), None)
        if opener is None:
            return False
        noun = next((k for k in range(opener + 1, verb) if lower[k] in lx.VEHICLE_WORDS), None)
        return noun is not None and not set(lower[opener:verb]) & {",", ";"}

    def _destination_as_subject(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """A market named as the destination of the last export's shipper.

        'The Philippines was the second-largest destination, taking about 48,000 vehicles',
        'Russia remained its largest single market, taking about 120,000 vehicles',
        'The main buyer is Kazakhstan, where went 32 thousand cars'.
        """
        tops = "list" in self.words and bool(self.words & TOPS_VERBS)  # "Within Europe, Germany tops the list with 436 units"
        if not (self.words & (DESTINATION_NOUNS | LISTED_MARKET_NOUNS) or tops) or not self.words & EXPORT_CONTEXT and not self.exports and self.exporter is None:
            return False
        lower = self.index.lower
        cue = next((k for k in range(sent.start, sent.end) if lower[k] in DESTINATION_NOUNS or lower[k] in LISTED_MARKET_NOUNS
                    or tops and lower[k] == "list" and lower[k - 2] in TOPS_VERBS and lower[k - 1] == "the"), None)
        if cue is None:
            return False
        if lower[cue] in LISTED_MARKET_NOUNS and not set(lower[max(sent.start, cue - 3):cue]) & RANKING_WORDS:
            return False  # "a market" in passing; "its largest market", "the top export destinations" name destinations
        if lower[cue] == "destination" and self._destination_of_makers(cue, sent):
            return False  # "X is an attractive investment destination", "... a key destination for Chinese carmakers"
        places = [e for e in ents if e.label_ in ("COUNTRY", "REGION")]
        # "Chile overtook Peru as the largest export market": the subject of the verb of ranking
        before = [e for e in places if e.end <= cue and (set(lower[e.end:cue]) & MARKET_COPULAS or lower[e.end] in TOPS_VERBS
                                                        or set(lower[e.end:cue]) & OVERTAKE_VERBS and "as" in lower[e.end:cue])]
        after = [e for e in places if e.start > cue and set(lower[cue + 1:e.start]) & MARKET_COPULAS and e.start - cue <= 7]
        place = (before or after or [None])[0]
        if place is None:
            return False
        if lower[cue] in ("markets", "destinations", "regions"):  # "A, B and C are its biggest export markets": each market listed, no figure of its own
            listed = [place]
            for e in places:
                # ("Japan (25%), the Middle East (19%) and Europe": each market's share in brackets after it)
                if e.start > listed[-1].end and set(lower[self._past_bracketed_figure(listed[-1].end):e.start]) <= LIST_GLUE | {"the"}:
                    listed.append(e)
            if len(listed) > 1 and lower[cue] in ("markets", "regions"):
                # "...; the Jimny is also shipped to Japan": a clause of its own after a semicolon, read as an export
                # statement, its models not the listed markets'
                after = next((k for k in range(cue, sent.end) if lower[k] == ";"), None)
                own = [m for m in subjects if after is None or m.start < after]
                routed = any([self._route_of_last_shipper(sent, e, own, None) for e in listed])
                return routed and after is None
            if len(listed) > 1 and listed[-1].end < cue:
                # "Belgium, the UK and Thailand are the top three destinations for its EVs": each market listed before
                # the noun (the sentence is read on as an export statement too: "..., but were replaced by A and B")
                for e in listed:
                    self._route_of_last_shipper(sent, e, subjects, None)
            if lower[cue] == "destinations":
                return False
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
        self._also_shipped_to(sent, places, first, place.end)
        return True

    def _also_shipped_to(self, sent: Sentence, places: list[Span], models: list[Span], start: int) -> None:
        """'Russia is the largest market for Acme's cars, which are also exported to Georgia, Armenia and Ukraine': a
        clause after the ranked market, with a verb of shipping of its own, names more markets of the same shipper."""
        lower = self.index.lower
        verb = next((k for k in range(start, sent.end - 1) if lower[k] in ALSO_SHIPPED_VERBS and lower[k + 1] in ("to", "into")
                     and "which" in lower[max(start, k - 4):k]), None)
        if verb is None:
            return
        listed: list[Span] = []
        for e in places:
            if e.start <= verb + 1:
                continue
            gap = set(lower[(listed[-1].end if listed else verb + 2):e.start])
            if not gap <= (LIST_GLUE | {"the"} if listed else {"the"}):
                break
            listed.append(e)
        for e in listed:
            self._route_of_last_shipper(sent, e, models, None)

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

    def _destination_of_makers(self, cue: int, sent: Sentence) -> bool:
        """'an attractive investment destination', 'an important destination for Chinese carmakers': a place where makers
        invest, build or sell, not a market the last shipper sends cars to."""
        lower = self.index.lower
        if cue > sent.start and lower[cue - 1] in INVESTOR_WORDS:
            return True
        if cue + 1 >= sent.end or lower[cue + 1] != "for":
            return False
        window = lower[cue + 2:min(sent.end, cue + 7)]
        # ("Chinese vehicle makers", "car manufacturers": a vehicle word naming the makers, no vehicles shipped)
        vehicles = {w for n, w in enumerate(window) if w in lx.VEHICLE_WORDS and window[n + 1:n + 2] and window[n + 1] in lx.MAKER_PLURALS}
        # ("the top destination for Chinese makers' exports": their shipments' market)
        return bool(set(window) & (lx.MAKER_PLURALS | INVESTOR_WORDS)) and not set(window) - vehicles & (EXPORT_CONTEXT | lx.VEHICLE_WORDS)

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
        made = self._made_in(sent, self.ents.get(sent.start, [])) or self._makers_nationality(sent)
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
        elif not subjects and self.last_model_sent == self.sent_no - 1 and len(self.last_models) == 1 and self._the_vehicle(sent):
            add_new(export.models, self.last_models)  # "... the Xpander. Laos will be the first export market for the vehicle"
        self._set_units(export, units, sent, 0.8)
        return True

    def _makers_nationality(self, sent: Sentence) -> str | None:
        """'Europe became the biggest export market for Korean carmakers', 'the largest export market for the German
        auto industry', 'the top destination for Thai cars': the country whose makers or vehicles the market is named
        for, written as its adjective right after 'for' or 'of' the market noun."""
        lower = self.index.lower
        for e in self.ents.get(sent.start, []):
            k = e.start - 1 - (lower[e.start - 1] == "the")
            if (e.label_ != "COUNTRY" or e.text not in self.gaz.demonyms or k <= sent.start or lower[k] not in ("for", "of")
                    or lower[k - 1] not in MARKET_NOUNS_RANKED or e.end >= sent.end):
                continue
            after = lower[e.end + 1] if lower[e.end] in NATIONAL_INDUSTRY_WORDS and e.end + 1 < sent.end else lower[e.end]
            if after in lx.MAKER_PLURALS or after in lx.VEHICLE_WORDS or after in ("industry", "industries"):
                return self._country_of(e) or e.ent_id_
        return None

    def _the_vehicle(self, sent: Sentence) -> bool:
        """'the first export market for the vehicle', 'the car's biggest market': one vehicle named by its noun."""
        lower = self.index.lower
        return any(lower[k] == "the" and lower[k + 1] in SINGLE_VEHICLE_NOUNS for k in range(sent.start, sent.end - 1))

    def _company_named_before(self, start: int) -> bool:
        """Whether the article named a company (outside boilerplate) before the token at `start`."""
        return any(e.label_ == "COMPANY" and e.start < start and not self.index.is_boilerplate(e.start) for e in self.all_ents)
