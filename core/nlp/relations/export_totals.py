"""Cumulative export totals: a milestone of every car a maker has shipped ("has exported its five millionth vehicle
since 1990", "crossed the 2 million units milestone of cumulative exports") counts the vehicles of its route to a
number of markets ("It now exports to 60 countries"), a destination as wide as the total itself.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from core.facts import ExportFact
from core.nlp.docindex import Sentence
from core.nlp.relations.export_destinations import COUNTED_MARKET_NOUNS
from core.nlp.relations.words import APPROXIMATORS

# "exported its", "shipped a total of", "exported more than", "exporting some": words between the verb and its figure
TOTAL_FILLERS = APPROXIMATORS | {"its", "a", "total", "of", "more", "than", "then", "over", "the", "now", "already", "in", "all"}
TOTAL_VERBS = frozenset(["exported", "exporting", "shipped", "shipping", "export", "exports"])
# "the 25 lakh units milestone of cumulative exports", "the 2 million mark in exports": a milestone noun after the figure
MILESTONE_NOUNS = frozenset(["milestone", "mark", "landmark"])
# words that make a figure of exports a running total: "since 1986", "to date", "so far", "milestone", "cumulative"
CUMULATIVE_WORDS = frozenset(["since", "milestone", "milestones", "cumulative", "cumulatively", "landmark"])
CUMULATIVE_PAIRS = (["to", "date"], ["till", "date"], ["so", "far"], ["until", "now"], ["as", "of"])
ORDINAL_RE = re.compile(r"^\d[\d,.]*(st|nd|rd|th)$|millionth$|thousandth$|hundredth$")
# "246,014 vehicles BMW exported", "exported 38,000 cars": a verb of exporting next to its figure
EXPORTED_VERBS = TOTAL_VERBS - {"export", "exports"}
# "Export sales grew ... to 38,050 cars", "Exports rose 12% to 45,000 units": a sentence about a total of exports
TOTAL_EXPORT_NOUNS = frozenset(["export", "exports", "shipments"])
# "to 60 countries", "to more than 45 markets": a route to a number of markets, as the destination is written
COUNTED_ROUTE_RE = re.compile(r"^[\d,.]+(\s+\w+)?\s+(" + "|".join(sorted(COUNTED_MARKET_NOUNS)) + ")$")


class ExportTotalsMixin:
    """A running total of a maker's exports put on its route to a number of markets."""

    def _totals_on_counted_routes(self) -> None:
        """'Acme India has shipped its one millionth car since 2005. ... It exports to 60 countries.': the route to '60
        countries' carries the 1,000,000 (the largest such total of the same shipper, or of none named). Not a total
        of output ('4 million cars have rolled off the line since 1990'), nor of another shipper's exports, nor one
        leaving from another country."""
        counted = [e for e in self.exports.values() if e.units is None and COUNTED_ROUTE_RE.match(e.destination or "")]
        if not counted:
            return
        totals = [t for sent_start, qs in self.quantities.items() for q in qs if (t := self._running_total(q, sent_start))]
        # (one route to a number of markets in the story: the story's shipper, however the total names it - "Acme
        # Motor India" for the route of its plant's operator)
        one = len({id(e) for e in self.exports.values() if COUNTED_ROUTE_RE.match(e.destination or "")}) == 1
        for export in counted:
            fitting = [(q, sent, origin) for q, sent, company, origin in totals
                       if (one or company is None or company == export.company or self._parent_and_arm(company, export.company or ""))
                       and origin in (None, export.origin)]
            if fitting:
                q, sent, _ = max(fitting, key=lambda t: t[0]._.value)
                self._set_total(export, q, sent)
            elif export.source is not None:
                self._figure_said_before(export)

    def _figure_said_before(self, export: ExportFact) -> None:
        """'Export sales grew by 57 percent, to 38,050 cars last year. The cars were sold in 34 countries.', 'Most of the
        246,014 vehicles BMW exported in 2019 went through Charleston. From there, cars are shipped to more than 125
        countries': the exports the sentence right before counts, with no market of its own, are the vehicles of the
        route to a number of markets."""
        lower = self.index.lower
        start, _ = self.index.sent_bounds(self.index.token_at_char(export.source.start))
        if start == 0:
            return
        before = self.index.sentence(start - 1)
        if self.index.is_boilerplate(before.start):
            return
        first, last = self.index.sent_chars(before.start)
        if any(e.source is not None and first <= e.source.start < last for e in self.exports.values()):
            return  # the sentence before names routes of its own
        opens_with_exports = bool(set(lower[before.start:before.start + 3]) & TOTAL_EXPORT_NOUNS)
        for q in self.quantities.get(before.start, []):
            if q.label_ != "UNITS" or not q._.value or q._.value < 100:
                continue
            near = set(lower[max(before.start, q.start - 4):q.start]) | set(lower[q.end:min(before.end, q.end + 4)])
            if near & EXPORTED_VERBS or opens_with_exports and lower[q.start - 1] == "to":
                export.units = q._.value
                export.evidence["units"] = self._source(before, "", confidence=0.6)
                return

    def _running_total(self, q: Span, sent_start: int) -> tuple | None:
        """(figure, sentence, company, origin) of a running total of exports: the figure of a verb of exporting ('has
        exported more than 3 million cars since 1986', 'passed the milestone of exporting five million vehicles') or
        one a milestone of exports names ('crossed the 25 lakh units milestone of cumulative exports'), in a sentence
        that says it is a total (a milestone, 'since', 'to date', 'cumulative', an ordinal: 'its 700,000th car')."""
        if q.label_ not in ("UNITS", "COUNT") or not q._.value or q._.value < 1000:
            return None
        lower = self.index.lower
        sent = self.index.sentence(sent_start)
        start, end = sent.start, sent.end
        k = q.start - 1
        while k > start and lower[k] in TOTAL_FILLERS:
            k -= 1
        after = lower[q.end:min(q.end + 6, end)]
        verb_before = lower[k] in TOTAL_VERBS
        milestone_of_exports = bool(after) and after[0] in MILESTONE_NOUNS and any(w.startswith("export") for w in after[1:])
        if not (verb_before or milestone_of_exports):
            return None
        if any(d.label_ == "DATE" and d.start in (q.end, q.end + 1) and not d.text.lower().startswith("since")
               for d in self.quantities.get(sent_start, [])):
            return None  # "exported 50,000 cars in 2023, ... since 2010": a year's figure
        words = set(lower[start:end])
        ordinal = any(ORDINAL_RE.search(t.lower_) for t in q)
        if not (ordinal or words & CUMULATIVE_WORDS or any(lower[j:j + 2] in CUMULATIVE_PAIRS for j in range(start, end - 1))):
            return None
        company = next((e.ent_id_ for e in reversed(self.all_ents) if e.label_ == "COMPANY" and start <= e.start and e.end <= q.start), None)
        origin = next((e.ent_id_ for e in self.all_ents if e.label_ == "COUNTRY" and start < e.start < end and lower[e.start - 1] == "from"), None)
        return q, sent, company, origin

    def _set_total(self, export: ExportFact, q: Span, sent: Sentence) -> None:
        export.units = q._.value
        export.evidence["units"] = self._source(sent, "cumulative", confidence=0.6)
