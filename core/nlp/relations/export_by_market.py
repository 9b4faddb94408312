"""A shipment read market by market: the figures of vehicles the sentence gives (not totals over every market,
counts of other things, figures of models, of output or milestones), and each market with the models and the figure
that are its own ('shipped 6,000 Xs to Chile, 4,000 Ys to Peru and 900 Zs to Bolivia', 'to Uzbekistan - 3.9
thousand', 'bound for Mexico (1,700 units)', '..., mostly the X and the Y, ...'). _exports (exports.py) reads the
shipper, origin and markets, and writes a route to each market this module yields.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.export_routes import COUNTED_NOT_VEHICLES, TOTAL_WORDS
from core.nlp.relations.words import (
    BREAKDOWN_WORDS,
    CLAUSE_BREAKS,
    CONSIGNMENT_VERBS,
    FOLLOWING_NOUNS,
    LIST_GLUE,
    MIX_WORDS,
    MOVEMENT_VERBS,
    OF_THEM,
    REST_WORDS,
    SPLIT_WORDS,
)

# "now sells six models there": a small number of models or versions is a line-up, not vehicles shipped
MODEL_RANGE_WORDS = frozenset(["models", "variants", "versions", "trims"])
# what stands between a figure and the participle that ships it: "12,000 were exported", "12,000 have been shipped"
PASSIVE_BEFORE_PARTICIPLE = frozenset(["were", "was", "are", "is", "been", "have", "has", "had", "being", "be", "will"])


class ExportByMarketMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _route_figures(self, sent: Sentence, qs: list[Span], cues: list[int], destinations: list[Span], company: str | None,
                       subject_country: Span | None) -> list[Span]:
        """The figures of vehicles shipped: not totals over every market nor other counts, figures of models, of output
        or milestones; nor one total over several markets, nor a country's total."""
        lower = self.index.lower
        first_cue = cues[0]
        # "shipped 120,000 vehicles overseas": a total over every market, not one route's figure
        # "delivered abroad 26,300 cars, of which 18,100 went to ...": a total its breakdown follows
        counts = [q for q in qs if q.label_ in ("UNITS", "COUNT") and not (q.end < sent.end and lower[q.end] in TOTAL_WORDS)
                  and not (q.label_ == "COUNT" and q.end < sent.end and lower[q.end] in COUNTED_NOT_VEHICLES)
                  and not (lower[q.end - 1] in MODEL_RANGE_WORDS and (q._.value or 0) < 100)
                  and lower[q.end:q.end + 2] not in (["in", "all"], ["in", "total"])
                  and lower[q.end:q.end + 3] not in ([",", "of", "which"], [",", "of", "whom"])
                  and not self._total_of_which(q, qs) and not self._compared_figure(q)
                  and not self._built_figure_apart(q, first_cue) and not self._milestone(q)]
        if counts and self._exports_a_share(first_cue, sent.end):
            counts = [q for q in counts if q.start > first_cue]  # "built 90,000 cars and exported 80% of its output to ..."
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
        return counts

    def _markets_with_their_models_and_figure(self, sent: Sentence, subjects: list[Span], qs: list[Span], cues: list[int],
                                              destinations: list[Span], counts: list[Span], models: list[str],
                                              origin: str) -> Iterator[tuple[str, list[str], Span | None]]:
        """Each market the shipment goes to, as (market, the names of its models, its figure), not the origin itself nor
        sales at home; yielded one at a time, so each market is read after the route of the one before is written, as
        in one loop."""
        lower = self.index.lower
        first_cue = cues[0]
        previous_end, share_subject, passive_subject = self._figure_as_verbs_subject(sent, counts, first_cue, destinations)
        used: set[int] = set()
        # "to Indonesia and the Philippines, where it shipped about 3,000 and 2,000 vehicles respectively"
        paired = self._respectively(destinations, counts) if "respectively" in self.words else {}
        clause_of = self._clauses(sent)
        # "..., mostly the X and the Y, ...": the models named after it are those of the markets before it
        mostly = next((k for k in range(destinations[0].end, destinations[-1].start) if lower[k] in MIX_WORDS
                       and any(s.start > k for s in subjects)), None) if len(destinations) > 1 else None
        segments, after, starts = self._models_market_by_market(sent, destinations, subjects)
        later = [d for d in destinations if d.start in self._later]  # "..., with Indonesia to follow": no figure of its own
        for ent in destinations:
            destination = self._country_of(ent) if ent.label_ == "PLACE" else (ent.ent_id_ or ent.text)
            # "Kazakhstan will receive the Cobalt, Onix and Tracker, while shipments to Russia will consist of ...":
            # the models of the destination's own clause
            own = self._names_with_ranges([s for s in subjects if clause_of(s.start) == clause_of(ent.start)])
            route_models = own or models
            route_models = self._market_models_by_segment(sent, ent, subjects, route_models, cues, segments, after)
            if mostly is not None:  # "14,300 to Argentina, mostly the Compass and the Toro, and 2,100 to Chile"
                route_models = self._models_around_mix(sent, ent, destinations, subjects, own, mostly, starts, clause_of)
            units = self._figure_before_market(ent, counts, cues, first_cue, paired, used, previous_end)
            if self._bare_count_not_its_figure(units, ent, paired, previous_end, passive_subject, share_subject):
                units = None  # a bare number counts only right before "to X"
            # "to 130 countries, with a first batch of 2,700 units sent to Chile", "exports to 100 countries ... aims to
            # export 248,000 units": a count of markets (no entity) sums up the trade; a figure after it is another's
            if units is None and ent.label_:  # "exports to Mexico rose to 90,000 units"
                units = self._figure_after_market(sent, ent, destinations, counts, qs, first_cue, used, clause_of)
            if units is None and len(destinations) - len(later) == 1:
                units = self._figure_of_the_only_market(ent, counts, first_cue, used, clause_of)
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
            yield destination, route_models, units

    def _figure_as_verbs_subject(self, sent: Sentence, counts: list[Span], first_cue: int,
                                 destinations: list[Span]) -> tuple[int, Span | None, bool]:
        """Where the first market's figure may start (a figure as the verb's subject: '74,000 of the cars built in Tychy
        went to Germany', '410 cars ... were shipped to Armenia'), the share of vehicles that is the subject, and
        whether a passive verb's subject is the figure."""
        lower = self.index.lower
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
        elif lower[first_cue - 1] in ("were", "was", "been", "be") and not any(first_cue <= q.start < destinations[0].start for q in counts):
            # "410 cars of the T5 model were shipped to Armenia and 90 to ...": a passive verb's subject is the figure
            # (not "9,000 were exported: 5,000 to Chile and ...", a total with a figure of its own for each market)
            previous_end = max([q.start for q in counts if first_cue - 8 <= q.start < first_cue], default=first_cue)
        passive_subject = previous_end < first_cue and lower[first_cue - 1] in ("were", "was", "been")
        return previous_end, share_subject, passive_subject

    def _models_market_by_market(self, sent: Sentence, destinations: list[Span],
                                 subjects: list[Span]) -> tuple[dict[int, list[str]], dict[int, list[str]], list[int]]:
        """The models of each market when the sentence names them market by market (none else), those named after each
        market, and where each market's part of the sentence ends."""
        # "shipped 6,000 Xs to Chile, 4,000 Ys to Peru and 900 Zs to Bolivia": each market's models are those named
        # between it and the market before, when more than one market has models of its own so; "to Chile were
        # exported 6,000 units of the X, to Peru 4,000 of the Y": those named between it and the next market
        starts, ends = [*(d.start for d in destinations[1:]), sent.end], [sent.start, *(d.end for d in destinations[:-1])]
        before = {d.start: [self._model_name(m) for m in subjects if ends[n] <= m.start < d.start] for n, d in enumerate(destinations)}
        after = {d.start: [self._model_name(m) for m in subjects if d.end <= m.start < starts[n]] for n, d in enumerate(destinations)}
        segments = before if before[destinations[0].start] else after
        if sum(bool(names) for names in segments.values()) < 2:
            segments = {}
        return segments, after, starts

    def _market_models_by_segment(self, sent: Sentence, ent: Span, subjects: list[Span], route_models: list[str],
                                  cues: list[int], segments: dict[int, list[str]], after: dict[int, list[str]]) -> list[str]:
        """A market's models: those named in its own part of the sentence, none for 'the rest', those after a market
        that followed, a deal's own models; else route_models."""
        lower = self.index.lower
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
        return route_models

    def _models_around_mix(self, sent: Sentence, ent: Span, destinations: list[Span], subjects: list[Span], own: list[str],
                           mostly: int, starts: list[int], clause_of: Callable[[int], int]) -> list[str]:
        """A market's models when a word of the mix ('mostly', 'mainly') names models after the markets before it: the
        mix's models for those markets, a later market's own models or breakdown."""
        lower = self.index.lower
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
        return route_models

    def _figure_before_market(self, ent: Span, counts: list[Span], cues: list[int], first_cue: int, paired: dict[Span, Span],
                              used: set[int], previous_end: int) -> Span | None:
        """A market's figure: paired with it by 'respectively', right after it and a dash or in brackets, after the verb
        that ships to it, between the market before and it, or before 'for' it."""
        lower = self.index.lower
        # the figure between the previous destination and this one ("12,000 cars to Chile and 9,000 to Colombia")
        # "to Uzbekistan - 3.9 thousand, to Belarus - 3.1 thousand": the figure right after the market and a dash
        units = paired.get(ent) or next((q for q in counts if q.start == ent.end + 1 and lower[ent.end] in ("-", "–", "—", ":")
                                         and q.start not in used), None)
        # "bound for Mexico (1,700 units), Chile (820) and Paraguay (380)": each market's figure in brackets after it
        # ("Tanzania (which purchased 241 units)": the figure of the market's purchase in brackets)
        units = units or next((q for q in counts if ent.end < q.start <= ent.end + 4 and lower[ent.end] == "("
                               and self._past_bracketed_figure(ent.end) > q.end and q.start not in used), None)
        # "sold 1.79 million units at home and exported 332,585 units to Nepal": the figure after the verb that ships
        # to this market, before any figure of an earlier verb
        governing = max((c for c in cues if previous_end < c < ent.start), default=previous_end)
        units = units or next((q for q in counts if governing <= q.start < ent.start and q.start not in used), None)
        # "sold 50,000 cars, including 12,000 units exported to Chile", "of which 12,000 were exported to Chile": the
        # figure the shipping participle follows, not the first of the sentence (the sales)
        units = units or next((q for q in reversed(counts) if previous_end <= q.start and q.end <= governing
                               and set(lower[q.end:governing]) <= PASSIVE_BEFORE_PARTICIPLE and q.start not in used), None)
        units = units or next((q for q in counts if previous_end <= q.start < ent.start and q.start not in used), None)
        if ent.start < first_cue and lower[ent.start - 1] == "for":  # "the first 500 T10X SUVs for Germany"
            units = next((q for q in counts if 0 <= ent.start - 1 - q.end <= 3 and q.start not in used), None)
        if units is None and "for" in lower[ent.start - 2:ent.start]:
            units = self._scheduled_for(ent)  # "2,100 X and Y vehicles are scheduled for Australia"
        return units

    def _bare_count_not_its_figure(self, units: Span | None, ent: Span, paired: dict[Span, Span], previous_end: int,
                                   passive_subject: bool, share_subject: Span | None) -> bool:
        """A bare count (no vehicle noun) taken for a market that is not its figure: not right before 'to' the market,
        nor the vehicles named before or after it, nor the verb's subject."""
        lower = self.index.lower
        return (units is not None and units.label_ == "COUNT" and units.end != ent.start - 1 and ent not in paired
                # "shipped about 21,000 of them to the United States": the vehicles named before
                and not (lower[units.end:units.end + 2] in OF_THEM
                         and ent.start - (lower[ent.start - 1] == "the") == units.end + 3)
                and units.start != ent.end + 1 and not self._names_between(units.end, ent.start)
                # "Of those, 88,000 went to France", "..., of which 5,100 went to Spain": the figure is the verb's subject
                and not (lower[units.end] in MOVEMENT_VERBS and units.end + 2 <= ent.start <= units.end + 3)
                and not self._passive_figure_to(units, ent)
                # "has shipped 14,800 of the SUVs to Argentina": the vehicles named right after the figure
                and not self._figure_of_its_vehicles_to(units, ent)
                and not (passive_subject and units.start == previous_end) and units is not share_subject)

    def _figure_after_market(self, sent: Sentence, ent: Span, destinations: list[Span], counts: list[Span], qs: list[Span],
                             first_cue: int, used: set[int], clause_of: Callable[[int], int]) -> Span | None:
        """A market's figure after it, in its clause, before the next market ('exports to Mexico rose to 90,000 units'),
        or a yearly rate of the route ('Volumes to Kenya have been projected at 1,300 vehicles a year')."""
        lower = self.index.lower
        following = [d.start for d in destinations if d.start > ent.start and d.start not in self._breakdown]
        limit = following[0] if following else sent.end
        units = next((q for q in counts if q.label_ == "UNITS" and ent.end <= q.start < limit and q.start not in used
                      and clause_of(q.start) == clause_of(ent.start)), None)
        if units is None and lower[first_cue] in FOLLOWING_NOUNS | {"volumes"} and first_cue < ent.start:
            # "Volumes to Kenya have been projected at 1,300 vehicles a year": a yearly rate of the route
            units = next((q for q in qs if q.label_ == "CAPACITY" and ent.end <= q.start < limit and q.start not in used
                          and clause_of(q.start) == clause_of(ent.start)
                          and not set(lower[ent.end:q.start]) & (lx.PLANT_NOUNS | {"capacity", "line", "lines"})), None)
        return units

    def _figure_of_the_only_market(self, ent: Span, counts: list[Span], first_cue: int, used: set[int],
                                   clause_of: Callable[[int], int]) -> Span | None:
        """The figure of the one market with a figure of its own: the figure nearest before the verb, in its clause, or
        the one a later shipping verb of the market's clause takes."""
        lower = self.index.lower
        # "Iraq took 1,420 vehicles, while a first batch of 310 Sainas was delivered to Belarus": the figure
        # nearest before the verb, in its own clause
        own = [q for q in counts if q.label_ == "UNITS" and not CLAUSE_BREAKS & set(lower[min(q.end, first_cue):max(q.start, first_cue)])]
        units = next((q for q in reversed(own) if q.end <= first_cue), None) or next(iter(own if ent.label_ else []), None)
        if units is None and ent.label_:
            # "began shipping Tucsons to Kyrgyzstan in May and has sent 1,100 so far": the figure a later shipping
            # verb of the same clause takes, with no market of its own
            units = next((q for q in counts if q.start > ent.end and lower[q.start - 1] in CONSIGNMENT_VERBS
                          and clause_of(q.start) == clause_of(ent.start) and q.start not in used), None)
        return units
