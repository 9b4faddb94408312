"""Imports: a country's imports by origin ("imports from China", "brought in from Thailand") and models
sourced from a country ("the Raize comes from Indonesia"), read as export routes from the origin.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    AUXILIARIES,
    IMPORT_CUES,
    KIT_WORDS,
    LIST_GLUE,
    OWNER_ANAPHORS,
    PARTS_MADE_FOR,
    PASSIVE_AUXILIARIES,
    RANKING_WORDS,
    SOURCE_VERBS,
)

SOURCED_VERBS = frozenset(["come", "comes", "came", "shipped"])
IMPORT_ADVERBS = frozenset(["will", "would", "to", "still", "also", "mostly", "mainly", "largely", "all", "now", "being", "fully"])
ORIGIN_NOUNS = frozenset(["origin", "source"])
# "7,600 cars coming from Japan": vehicles counted by where they come from
COMING_WORDS = frozenset(["coming", "came", "come", "arriving", "arrived"])
# "Next up was Australia with 240 units", "Singapore claimed third place with 47", "tied in fourth": a further source
# in a ranking of where a market's imports come from
SOURCE_RANKS = frozenset(["next", "second", "third", "fourth", "fifth", "sixth", "place", "tied", "followed", "behind"])
SOURCE_EXPORT_WORDS = frozenset(["export", "exports", "exported", "exporting", "shipped", "ships", "shipping"])
MODEL_LIST_GLUE = frozenset(["the", "and", ",", "its", "their"])  # "imports the Edge and the Bronco from Canada"
IMPORT_PHRASE_GLUE = frozenset([",", "’s", "'s", "in", "at", "near", "plant", "factory", "the", "of", "no.", "works", "and"])


class ImportsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _received_from(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """'Kazakhstan received 12,000 cars from Uzbekistan in 2023, mostly Chevrolet Cobalts': a market opening the
        sentence receives vehicles from a country named after 'from': a route from there, with its figure and models."""
        lower = self.index.lower
        opening = self._past_time_opener(sent)
        market = next((e for e in ents if e.label_ in ("COUNTRY", "REGION") and e.start == opening + (lower[opening] == "the")), None)
        if market is None or lower[market.end:market.end + 1] not in (["received"], ["receives"], ["receive"]):
            return False
        verb = market.end
        origin = next((e for e in ents if e.label_ in ("COUNTRY", "REGION") and verb < e.start <= verb + 8 and lower[e.start - 1] == "from"), None)
        if origin is None or not any(lower[k] in lx.VEHICLE_WORDS or self.ent_type[k] in ("MODEL", "MODEL_AMBIG")
                                     for k in range(verb + 1, origin.start)):
            return False
        source, destination = origin.ent_id_ or origin.text, market.ent_id_ or market.text
        if source == destination:
            return False
        route = self._route(None, source, destination, sent, 0.8)
        figure = next((q for q in qs if q.label_ in ("UNITS", "COUNT") and verb < q.start < origin.start and q._.value), None)
        if figure is not None and route.units is None:
            route.units = figure._.value
        add_new(route.models, (self._model_name(m) for m in subjects if m.start > verb))
        return True

    def _opens_with_vehicle_nouns(self, sent: Sentence) -> bool:
        """'The sedan and SUV were launched ...', 'The hatchback is imported ...': the sentence's subject is a vehicle noun
        (two coordinated), with no name of its own, pointing back at the models the sentence before named."""
        lower, k = self.index.lower, sent.start
        if k + 1 >= sent.end or lower[k] not in ("the", "both") or lower[k + 1] not in lx.VEHICLE_WORDS:
            return False
        k += 2
        if lower[k:k + 1] == ["and"]:
            k += 1 + (lower[k + 1:k + 2] == ["the"])
            if k >= sent.end or lower[k] not in lx.VEHICLE_WORDS:
                return False
            k += 1
        return k < sent.end and (lower[k] in PASSIVE_AUXILIARIES or lower[k] in ("have", "has", "had", "will", "are"))

    def _imports(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """'on sale in Vietnam as imports from India', 'almost all imported from China': an export seen from the buyer's side."""
        lower = self.index.lower
        if "cbu" in self.words and self._built_up_made_in(sent, ents, subjects):
            return True
        if self.words & IMPORT_CUES:  # "8,000 used cars were imported into New Zealand", "Chile imported 9,000 cars"
            self.import_market = next((e.ent_id_ for e in ents if e.label_ == "COUNTRY" and (
                lower[e.start - 1] == "into" and any(lower[k] in IMPORT_CUES for k in range(max(sent.start, e.start - 4), e.start))
                or e.end < sent.end and lower[e.end] in IMPORT_CUES and lower[e.end] != "imports")), self.import_market)
        if (self.import_market and self.article_words & IMPORT_CUES and not self.words & SOURCE_EXPORT_WORDS
                and ("from" in self.words and self.words & COMING_WORDS or self.words & ORIGIN_NOUNS
                     or self.sent_no - self.import_source_said <= 2 and self.words & SOURCE_RANKS)
                and self._import_sources(sent, ents, subjects, qs)):
            return True
        if self.words & SOURCE_VERBS and (self.words | self.previous_words) & IMPORT_CUES and self._import_shares(sent, ents, qs):
            return True
        if not self.words & IMPORT_CUES and not ("brought" in self.words and self._brought_in(sent)):
            return False
        places = [e for e in ents if e.label_ in ("COUNTRY", "REGION")]
        # "imported from China", "imported from Ford's Silverton plant near Pretoria in South Africa and from Rayong in Thailand"
        origins = [e for e in places if (lower[e.start - 1] == "from" and (any(self._import_cue(k) for k in range(max(sent.start, e.start - 9), e.start - 1))
                                                                       or self._import_cue_before_models(sent, e.start - 1)))
                   or e.label_ == "COUNTRY" and self._after_import_from(sent, e)]
        if not origins:  # "imported from Renault's plant in Córdoba, Argentina": a known town closes the phrase
            origins = [e for e in ents if e.label_ == "PLACE" and e.text in self.gaz.places and self._after_import_from(sent, e)]
        if not origins:  # "We imported about 41,000 Indian-built Toyotas": where the imports were made
            origins = [e for e in places if e.label_ == "COUNTRY" and lower[e.end:e.end + 1] == ["-"]
                       and lower[e.end + 1:e.end + 2] and lower[e.end + 1] in lx.MADE_PARTICIPLES
                       and IMPORT_CUES & set(lower[max(sent.start, e.start - 6):e.start])]
        if not origins:  # "Russia imported 300,000 Chinese cars", "... imported the most Chinese cars": the cars' nationality
            origins = [e for e in places if e.label_ == "COUNTRY" and self.gaz.adjective_only(e.text)
                       and lower[e.end:e.end + 1] and (lower[e.end] in lx.VEHICLE_WORDS or lower[e.end] in lx.UNIT_WORDS)
                       and any(lower[k] in ("imported", "import", "imports", "importing") for k in range(max(sent.start, e.start - 6), e.start))]
        if not origins:
            # "Chilean car imports by origin, 2024 (units)": the rows of the table that follows are origins
            if self.words & ORIGIN_NOUNS and "by" in self.words:
                self.importer = next((e.ent_id_ for e in places if e.label_ == "COUNTRY"), None)
                return self.importer is not None
            return False
        found = False
        for origin_ent in origins:
            found = self._import_route(sent, ents, subjects, qs, places, origin_ent, origins) or found
        return found

    def _import_sources(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span]) -> bool:
        """Where an article's market's imports come from, each source with its figure:
        'The total included 7,600 cars coming from Japan', to the country last said to import vehicles,
        'Japan was the top source of new cars, accounting for 4,300 units, with South Korea second on 1,200',
        and in the two sentences after one of these, 'Next up was Australia with 240 units', 'Singapore claimed third
        place with 47 and the UK and the US were tied in fourth with 37 units each'."""
        lower = self.index.lower
        destination = self.import_market
        countries = [e for e in ents if e.label_ == "COUNTRY" and e.ent_id_ != destination
                     and lower[e.start - 1 - (lower[e.start - 1] == "the")] not in ("to", "into", "in", "for")]
        figures = [q for q in qs if q.label_ in ("UNITS", "COUNT")]
        if not countries or not figures:
            return False
        found: list[tuple[Span, Span]] = []
        stops = {e.start: countries[n + 1].start if n + 1 < len(countries) else sent.end for n, e in enumerate(countries)}
        for q in figures:  # "7,600 cars coming from Japan"
            k = q.end
            if q.label_ == "UNITS" and lower[k:k + 1] and lower[k] in COMING_WORDS and lower[k + 1:k + 2] == ["from"]:
                e = next((e for e in countries if e.start == k + 2 + (lower[k + 2:k + 3] == ["the"])), None)
                if e is not None:
                    found.append((e, q))
        # "the top source of new cars", "the largest source of imports": a ranking of sources; or its next sentence
        ranked = any(lower[k] in ORIGIN_NOUNS and set(lower[max(sent.start, k - 3):k]) & RANKING_WORDS for k in range(sent.start, sent.end))
        if ranked or self.sent_no - self.import_source_said <= 2 and not found:
            for n, e in enumerate(countries):
                if any(f is e for f, _ in found):
                    continue
                q = next((q for q in figures if e.end <= q.start < stops[e.start] and q.start - e.end <= 12
                          and (q.label_ == "UNITS" or lower[q.start - 1] in ("with", "on", "of"))), None)
                if q is None and n + 1 < len(countries) and set(lower[e.end:countries[n + 1].start]) <= {"and", "the", ","}:
                    # "the UK and the US were tied in fourth with 37 units each": one figure for each of them
                    after = countries[n + 1]
                    q = next((q for q in figures if after.end <= q.start and q.start - after.end <= 12
                              and lower[q.end:q.end + 1] == ["each"]), None)
                if q is not None:
                    found.append((e, q))
        if not found:
            return False
        for e, q in found:
            export = self._route(None, e.ent_id_, destination, sent, 0.7)
            # "Russia was the second-largest source with 11,900 cars, mainly Lada Grantas": the models of its own part
            add_new(export.models, (self._model_name(m) for m in subjects if e.end <= m.start < stops[e.start] and m.start > q.start))
            self._set_units(export, q, sent, 0.7)
        self.import_source_said = self.sent_no
        return True

    def _built_up_made_in(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'The first X will be CBU imports, made in China', 'The X came to Chile as a CBU model built in Thailand', 'The
        first X are CBU units from Korea': a model brought in completely built up (CBU), made in (or coming from) a
        country named after it, reaches the market it is introduced to (or the article's market) from there."""
        lower = self.index.lower
        cbu = next(k for k in range(sent.start, sent.end) if lower[k] == "cbu")
        made = next((k for k in range(cbu + 1, min(sent.end, cbu + 8)) if lower[k] in lx.MADE_PARTICIPLES), None)
        if not subjects:
            return False
        # "made by Geely in China", "built in Thailand"; "CBU units from Korea"
        origin_ent = next((e for e in ents if e.label_ == "COUNTRY" and (
            made is not None and made < e.start <= made + 6 and lower[e.start - 1] == "in"
            or made is None and cbu < e.start <= cbu + 4 and lower[e.start - 1] == "from")), None)
        if origin_ent is None:
            return False
        market = next((e for e in ents if e.label_ == "COUNTRY" and e.end <= cbu and lower[e.start - 1] in ("to", "into", "in")), None)
        destination = market.ent_id_ if market is not None else self.main_country
        listed = [m for m in subjects if m.start < cbu]
        if not destination or destination == origin_ent.ent_id_ or not listed:
            return False
        company = self._model_maker(listed[0])
        export = self._route(company, origin_ent.ent_id_, destination, sent, 0.8)
        add_new(export.models, (self._model_name(m) for m in listed))
        return True

    def _import_shares(self, sent: Sentence, ents: list[Span], qs: list[Span]) -> bool:
        """'Imports reached 9,200 units. Turkey supplied 4,100 of them and Iran 2,300': each origin's share of the
        article's market's imports, the country before the verb and those coordinated after it with a figure of their own."""
        lower = self.index.lower
        destination = self.main_country
        if not destination or any(e.label_ in ("COUNTRY", "REGION") and lower[e.start - 1] in ("to", "into", "for") for e in ents):
            return False  # "Turkey supplied 4,100 cars to Iraq": an export with its own market
        figures = {q.start: q for q in qs if q.label_ in ("UNITS", "COUNT")}
        countries = [e for e in ents if e.label_ == "COUNTRY" and e.ent_id_ != destination]
        first = next((e for e in countries if lower[e.end] in SOURCE_VERBS and e.end + 1 in figures
                      and (e.start == sent.start or lower[e.start - 1] in ("which", ","))), None)
        if first is None:
            return False
        shares = [(first, figures[first.end + 1])]
        shares += [(e, figures[e.end]) for e in countries if e.start > first.end and lower[e.start - 1] in ("and", ",") and e.end in figures]
        for e, units in shares:
            self._set_units(self._route(None, e.ent_id_, destination, sent, 0.8), units, sent, 0.8)
        return True

    def _sourced_from(self, sent: Sentence, ents: list[Span], subjects: list[Span]) -> bool:
        """'The Raize and the Xforce come from Indonesia', 'sells the VF 5 and VF 6, both shipped from Vietnam':
        the models listed right before the verb reach the article's market from that country."""
        lower = self.index.lower
        if not subjects or not self.words & SOURCED_VERBS or not self.main_country:
            return False
        found = False
        for e in ents:
            k = e.start - 1
            if e.label_ != "COUNTRY" or k < sent.start + 1 or lower[k] != "from" or lower[k - 1] not in SOURCED_VERBS:
                continue
            if lower[k - 1] == "shipped" and lower[k - 2] in AUXILIARIES:
                continue  # "were shipped from China to ...": an export sentence, read as one
            j = k - 2
            while j >= sent.start and (self.ent_type[j] in ("MODEL", "MODEL_AMBIG") or lower[j] in LIST_GLUE | {"both", "all"}):
                j -= 1
            listed = [m for m in subjects if j < m.start < k - 1]
            origin, destination = e.ent_id_, self.main_country
            if not listed or origin == destination or any(d.label_ in ("COUNTRY", "REGION") and d.start > e.end for d in ents):
                continue
            company = self._model_maker(listed[0]) if len({self._model_maker(m) for m in listed}) == 1 else None
            export = self._route(company, origin, destination, sent, 0.8)
            add_new(export.models, (self._model_name(m) for m in listed))
            found = True
        return found

    def _import_route(self, sent: Sentence, ents: list[Span], subjects: list[Span], qs: list[Span], places: list[Span],
                      origin_ent: Span, origins: list[Span]) -> bool:
        lower = self.index.lower
        origin = self._country_of(origin_ent) if origin_ent.label_ == "PLACE" else origin_ent.ent_id_
        cue = max(k for k in range(max(sent.start, origin_ent.start - 24), origin_ent.start) if self._import_cue(k))
        if self._parts_imported(cue):
            return False  # "with parts imported from France", "kits will be imported from ...": no vehicles shipped
        destination_ent = next((e for e in places if e not in origins and lower[e.start - 1] in ("in", "into", "to")), None)
        # ("From January through May, Russia, Mexico, and Belgium imported the most Chinese cars": past an opening phrase)
        opening = sent.start
        if lower[sent.start] in ("from", "in", "last", "this"):
            opening = next((k + 1 for k in range(sent.start, cue) if lower[k] == ","), sent.start)
        importers: list[Span] = []  # the other importers listed with the first before the verb, buying the same cars
        if destination_ent is None:  # "Mexico imported 120,000 vehicles from the US", "Australian Rangers are imported from ..."
            destination_ent = next((e for e in places if e.label_ == "COUNTRY" and e.end <= cue and e.start == opening), None)
            last = destination_ent
            for e in places if destination_ent is not None else ():
                if e.start > last.end and e.end <= cue and e.label_ == "COUNTRY" and e not in origins and set(lower[last.end:e.start]) <= LIST_GLUE:
                    importers.append(e)
                    last = e
        # no market named: the country last said to import vehicles, else the article's
        destination = destination_ent.ent_id_ if destination_ent is not None else self.import_market or self.main_country
        if not destination or destination == origin:
            return False
        if destination_ent is None and any(o.ent_id_ == destination for o in origins):
            return False  # "imports from China and India": the article's main country is one of the sources, not the buyer
        models = [self._model_name(m) for m in subjects]
        # "the Chevrolet Cobalt, imported from Uzbekistan, ahead of the Tucson": the participle describes the model before it
        described = next((m for m in subjects if m.end == cue - 1 and lower[m.end] == ","), None)
        if described is None:  # "... EcoSport and Kuga, as well as Edge, which is imported from Canada": the clause's model
            described = next((m for m in subjects if lower[m.end:m.end + 2] in ([",", "which"], [",", "that"]) and 0 < cue - m.end - 2 <= 3
                              and set(lower[m.end + 2:cue]) <= {"is", "are", "was", "were", "being", "also", "now", "still"}), None)
        if described is not None:
            models = [self._model_name(described)]
        if not models and "both" in self.words and len(self.last_models) == 2:
            models = list(self.last_models)  # "Both models went on sale ... as imports from India"
        if not models and self.last_model_sent == self.sent_no - 1 and self._opens_with_vehicle_nouns(sent):
            models = list(self.last_models)  # "... the Saga and the X70. The sedan and SUV were launched ..., imported from ..."
        # "Uzbekistan imported 48,000 cars from China": the country buys; no company of the story ships them
        country_buys = (destination_ent is not None and destination_ent.start == opening
                        and not any(e.label_ == "COMPANY" for e in ents if e.start < origin_ent.start))
        company, confidence = (None, 0.8) if country_buys else self._subject_company(sent, ents, before=origin_ent.start)
        if company is None:
            company = (self._model_maker(subjects[0]) if subjects else None) or (None if country_buys else self.last_company)
        # (several importers listed: a figure before the origin is their sum, no one market's)
        units = None if importers else next((q for q in qs if q.label_ == "UNITS" and cue < q.start < origin_ent.start), None)
        for buyer in (destination, *(e.ent_id_ for e in importers)):
            if buyer != origin:
                export = self._route(company, origin, buyer, sent, confidence)
                add_new(export.models, models)
                self._set_units(export, units, sent, confidence)
        return True

    def _parts_imported(self, cue: int) -> bool:
        """'parts imported from France', 'most parts will be imported from China', 'CKD kits imported from', 'imports of
        components from': parts or kits, not vehicles, are what the import cue at `cue` brings in."""
        lower = self.index.lower
        if lower[cue] in ("imports", "import") and lower[cue + 1:cue + 2] == ["of"]:
            return bool(set(lower[cue + 2:cue + 4]) & (KIT_WORDS | PARTS_MADE_FOR))
        k = cue - 1
        while k > 0 and lower[k] in PASSIVE_AUXILIARIES | IMPORT_ADVERBS:
            k -= 1
        return lower[k] in KIT_WORDS or lower[k] in PARTS_MADE_FOR

    def _import_cue(self, k: int) -> bool:
        """'imported', 'imports', and 'brought in' / 'brought 14,000 cars into X': a word of vehicles bought abroad."""
        lower = self.index.lower
        return lower[k] in IMPORT_CUES or lower[k] == "brought" and (lower[k + 1:k + 2] == ["in"] or "into" in lower[k + 1:k + 6])

    def _import_cue_before_models(self, sent: Sentence, k: int) -> bool:
        """'imports the Edge and the Bronco from Canada': the cue before the models imported, however many ('from' at k)."""
        lower, j = self.index.lower, k - 1
        while j > sent.start and (self.ent_type[j] == "MODEL" or lower[j] in MODEL_LIST_GLUE):
            j -= 1
        return j < k - 1 and self.ent_type[j + 1 + (lower[j + 1] in MODEL_LIST_GLUE)] == "MODEL" and self._import_cue(j)

    def _brought_in(self, sent: Sentence) -> bool:
        return any(self._import_cue(k) for k in range(sent.start, sent.end) if self.index.lower[k] == "brought")

    def _after_import_from(self, sent: Sentence, e: Span) -> bool:
        """A country closing the 'imported from <a plant or company> in <place>' phrase, with nothing but names between."""
        lower = self.index.lower
        for k in range(e.start - 1, max(sent.start, e.start - 24) - 1, -1):
            if lower[k] == "from" and k > sent.start and lower[k - 1] == "and":
                continue  # "... and from Rayong in Thailand": a second source of the same imports
            if lower[k] == "from":
                j = k - 1
                if self.ent_type[j] == "COUNTRY":  # "imported into Vietnam from ...": the buyer named before the source
                    while j > sent.start and self.ent_iob[j] == "I":
                        j -= 1
                    j -= 2 if lower[j - 1] == "into" else 0
                # "brought 14,200 vehicles into South Africa from China": the cue before the vehicles counted
                return k > sent.start and any(self._import_cue(x) for x in range(max(sent.start, j - 3), j + 1))
            # "from the company's Laem Chabang plant in Thailand"
            if not (self.ent_type[k] or self.doc[k].is_title or self.doc[k].is_upper or lower[k] in IMPORT_PHRASE_GLUE
                    or lower[k] in OWNER_ANAPHORS):
                return False
        return False
