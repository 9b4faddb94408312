"""Launch markets abroad: "the car goes on sale in European markets in August", "Sales of the X will begin in Europe
and in the United States": a model the story has the maker build in one country, put on sale in another, read as a
route from where it is built, with the model.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import CLAUSE_BREAKS, NEGATIONS

# "goes on sale in", "Sales of the X will begin in": a model's launch in a market
# ("is available in", "was launched in" are left out: said as often of trims, colours and the home market)
LAUNCH_WORDS = frozenset(["sale", "begin", "begins", "start", "starts"])
SALES_START_VERBS = frozenset(["begin", "begins", "start", "starts"])
# the car the sentence before was about, named by a noun: "the car goes on sale", "It goes on sale"
LAUNCHED_VEHICLE_WORDS = frozenset(["car", "model", "vehicle", "suv", "sedan", "hatchback", "pickup", "truck", "bus", "van",
                                    "motorcycle", "bike", "ev", "crossover", "coupe", "roadster"])
# words that end the stretch after the cue where markets are read: another clause or a relative clause
LAUNCH_STOPS = CLAUSE_BREAKS | {".", "where", "which", "while", "but", "than", "after", "before", "since", "like"}


class LaunchMarketsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _on_sale_abroad(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> None:
        """'The car goes on sale in European markets in August': the model and the markets after a launch cue, kept
        until the story is read (`_settle_launch_markets`); not a negated launch."""
        if self.words & NEGATIONS:
            return
        cue = self._launch_cue(sent)
        if cue is None:
            return
        model = self._launched_model(sent, subjects, cue)
        markets = self._launch_markets(sent, ents, cue) if model else []
        if markets:
            self.launches.append((sent, model, markets))

    def _settle_launch_markets(self) -> None:
        """Each launch abroad a route from the one country the story's plants build the model in (the plants are
        settled only once the story is read), with the model; not to that country itself, nor when the model's
        making is not placed."""
        for sent, model, markets in self.launches:
            built = [p for p in self.plants if p.country and model in p.models and id(p) not in self.undecided]
            if len({p.country for p in built}) != 1:
                continue
            origin, company = built[-1].country, built[-1].company
            for ent in markets:
                destination = self._country_of(ent) if ent.label_ == "PLACE" else (ent.ent_id_ or ent.text)
                if destination and destination != origin:
                    add_new(self._route(company, origin, destination, sent, 0.6).models, [model])

    def _launch_cue(self, sent: Sentence) -> int | None:
        """The position of the last word of a launch cue: 'on sale', 'Sales of ... (will) begin'."""
        lower = self.index.lower
        first = next((k for k in range(sent.start, sent.end) if lower[k].strip()), sent.start)
        for k in range(first + 1, sent.end):
            word = lower[k]
            if word == "sale" and lower[k - 1] == "on":
                return k
            if word in SALES_START_VERBS and lower[first] == "sales" and k - first <= 10:
                return k
        return None

    def _launched_model(self, sent: Sentence, subjects: list[Span], cue: int) -> str | None:
        """The model launched: one named before the cue, else the car the sentences just before were about when the
        sentence opens with 'It' or 'the car' (and names no model of its own)."""
        before = [m for m in subjects if m.end <= cue]
        if before:
            return self._model_name(before[0])
        if subjects:
            return None
        lower = self.index.lower
        opener = lower[sent.start:sent.start + 2]
        pointed = opener[:1] == ["it"] or opener[:1] == ["the"] and opener[1:] and opener[1] in LAUNCHED_VEHICLE_WORDS
        if not pointed:
            # "Production of the new model begins this summer and the car goes on sale in ...": the car of the clause
            k = next((j for j in range(cue - 1, sent.start, -1) if lower[j] in lx.VEHICLE_WORDS or lower[j] in LAUNCHED_VEHICLE_WORDS), None)
            pointed = k is not None and lower[k - 1] == "the" and cue - k <= 4
        if not pointed or not 0 < self.sent_no - self.last_model_sent <= 3:
            return None
        return self.subject_model or self.last_model

    def _launch_markets(self, sent: Sentence, ents: list[Span], cue: int) -> list[Span]:
        """Countries and regions after 'in' from the cue to the end of its clause: 'in European markets', 'in the fourth
        quarter in Europe and early 2013 in the United States'."""
        lower = self.index.lower
        stop = next((k for k in range(cue + 1, sent.end) if lower[k] in LAUNCH_STOPS), sent.end)
        out = []
        for e in ents:
            if not cue < e.start < stop or e.label_ not in ("COUNTRY", "REGION"):
                continue
            k = e.start - 1 - (lower[e.start - 1] == "the")
            listed = bool(out) and set(lower[out[-1].end:e.start]) <= {",", "and", "the"}  # "in Japan and Australia"
            if lower[k] != "in" and not listed:
                continue
            if e.text in self.gaz.demonyms and lower[e.end:e.end + 1] not in (["market"], ["markets"]):
                continue  # "in European markets", not "in Japanese yen"
            out.append(e)
        return out
