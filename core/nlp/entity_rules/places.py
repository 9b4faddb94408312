"""Countries, towns and sites: a country or a US state, "the Kingdom", a country's short form, a town named
by a plant, plant and site names the gazetteer lacks.
"""
from __future__ import annotations

from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import (
    COUNTRY_SHORT_FORMS_LOWER,
    DAYS,
    GENERIC_PLACE_WORDS,
    GENERIC_ZONE_WORDS,
    GLOBE_PART_HEADS,
    MAKER_VERBS,
    PARTS_TITLE_WORDS,
    PLANT_MODIFIERS,
    PLANT_NAME_OPENERS,
    PLANT_NAME_WORDS,
    PLANT_TITLE_NOUNS,
    PLANT_TITLE_WORDS,
    POSSESSIVE_MARKS,
    POSSESSOR_OR_OWNER,
    SETTLEMENT_NOUNS,
    SITE_HEADS,
    SITE_PREPOSITIONS,
)
from core.nlp.gazetteer import fold_accents
from core.nlp.relations.words import US_STATE_CODES

BARE_APOSTROPHES = frozenset(["'", "’"])
# "in Xyz province", "in Xyz prefecture": a name the gazetteer lacks, made a place by the noun of a country's part after it
SUBDIVISION_NOUNS = frozenset(["province", "prefecture", "governorate", "oblast", "district", "county", "regency"])
COMPASS_ADJECTIVES = frozenset(["eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
                                "southeastern", "southwestern"])
# "in the northern town of Xyz", "in the coastal city of Xyz": words describing a town before its noun
TOWN_DESCRIBERS = COMPASS_ADJECTIVES | {"northeast", "northwest", "southeast", "southwest", "small", "coastal", "industrial",
                                       "port", "historic", "nearby", "neighbouring", "neighboring"}


class PlaceRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _countries_or_states(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Georgia' is a US state in a story about the US, and the country otherwise.

        A name that is both a country and a place of another country reads as the place when the
        article names that other country (or its places) and nothing else of the first one.
        """
        countries = [e for e in ents if e.label == Label.COUNTRY and self._text(e) in self.gaz.places]
        if not countries:
            return ents
        named = {key_of(e) for e in ents if e.label == Label.COUNTRY and self._text(e) not in self.gaz.places}
        named |= {self.gaz.places[self._text(e)].country for e in ents if e.label == Label.PLACE and self._text(e) in self.gaz.places}
        out = []
        for e in ents:
            place = self.gaz.places.get(self._text(e)) if e in countries else None
            if place is not None and place.country in named and key_of(e) not in named:
                e = Span(doc, e.start, e.end, label="PLACE", span_id=place.name)
            out.append(e)
        return out

    def _company_named_town(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Honda's plant in Lincoln ... vehicles from Lincoln": a one-word company's name that is also a town, written
        after a plant noun and 'in', is the town there and wherever a preposition of place comes before it."""
        lower = self.index.lower
        towns = {self._text(e) for e in ents if e.label == Label.COMPANY and len(e) == 1 and e.start >= 2
                 and lower[e.start - 1] in ("in", "at", "near") and lower[e.start - 2] in lx.PLANT_NOUNS
                 and self._text(e) in self.gaz.town_countries}
        if not towns:
            return ents
        return [Span(doc, e.start, e.end, label="PLACE", span_id=self._text(e)) if e.label == Label.COMPANY and self._text(e) in towns
                and lower[e.start - 1] in ("in", "at", "near", "from") else e for e in ents]

    def _the_kingdom(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Hyundai shipped 9,000 cars to the Kingdom': a story about Saudi Arabia or Morocco names its country so,
        the kingdom the article names most."""
        named = [key_of(e) for e in ents if e.label == Label.COUNTRY]
        named += [self.gaz.places[self._text(e)].country for e in ents if e.label == Label.PLACE and self._text(e) in self.gaz.places]
        counts = Counter(c for c in named if c in self.kingdoms)  # the kingdom the article names most, with its towns
        if not counts:
            return []
        country = counts.most_common(1)[0][0]
        taken = self._tokens_of(ents)
        return [Span(doc, i, i + 1, label="COUNTRY", span_id=country) for i, w in enumerate(self.index.lower)
                if w == "kingdom" and i > 0 and self.index.lower[i - 1] == "the" and doc[i].text == "Kingdom"
                and i not in taken and not self.index.is_boilerplate(i)]

    def _country_short_forms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'shipped from SA into Africa', 'SA-built vehicles', 'sold in SA': in a story that names South Africa (itself or
        its towns) and not Saudi Arabia, 'SA' standing on its own is South Africa; not a legal form after a name
        ('Renault SA', 'Toyota SA' are read as companies before) nor a word of a capitalised name ('Xyz SA')."""
        # the tokens written as a short form (the text holds one as often inside a word: "USA", "NASA", "SAIC")
        text = self.index.text
        written = [i for i in self.index.positions(COUNTRY_SHORT_FORMS_LOWER) if text[i] in lx.COUNTRY_SHORT_FORMS]
        if not written:
            return []
        named = {key_of(e) for e in ents if e.label == Label.COUNTRY}
        named |= {self.gaz.places[self._text(e)].country for e in ents if e.label == Label.PLACE and self._text(e) in self.gaz.places}
        taken = self._tokens_of(ents)
        out = []
        for i in written:
            forms = lx.COUNTRY_SHORT_FORMS[text[i]]
            if i in taken or forms[0] not in named or forms[1] in named or self.index.is_boilerplate(i):
                continue
            if i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
                continue  # "Xyz SA": the legal form of a name the gazetteer does not hold
            out.append(Span(doc, i, i + 1, label="COUNTRY", span_id=forms[0]))
        return out

    def _first_of_paired_regions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Eastern and Western Europe', 'North and South America', 'East and West Africa': two regions written with
        one noun; the first half is a region of its own when the gazetteer knows it by the first word and the noun."""
        taken = self._tokens_of(ents)
        out = []
        for e in ents:
            if e.label != Label.REGION or len(e) < 2 or e.start < 2 or doc[e.start - 1].lower_ not in ("and", "&"):
                continue
            first = doc[e.start - 2]
            if e.start - 2 in taken or not first.is_title or not first.is_alpha:
                continue
            region = self.gaz.regions.get(" ".join([first.text, *(t.text for t in doc[e.start + 1:e.end])]))
            if region and region != key_of(e):
                out.append(Span(doc, e.start - 2, e.start - 1, label="REGION", span_id=region))
        return out

    def _new_places(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'a facility at Panapakkam', 'its plant in the capital's Tekstilshchiki district': sites the gazetteer lacks."""
        taken = self._tokens_of(ents)
        lower, index = self.index.lower, self.index
        found = []
        for i in index.positions(SITE_PREPOSITIONS):
            word = lower[i]
            if index.is_boilerplate(i):
                continue
            cue_before = any(lower[k] in lx.PLANT_NOUNS or lower[k] in lx.PRODUCTION_CUES for k in range(max(0, i - 3), i))
            j = i + 1
            if j < len(doc) and lower[j] == "the":
                j += 1
                if j + 2 < len(doc) and lower[j] in TOWN_DESCRIBERS and lower[j + 1] in SETTLEMENT_NOUNS and lower[j + 2] == "of":
                    j += 1  # "a bus factory in Hungary, in the northern town of Xyz": a town, whatever comes before it
                    cue_before = True
                if j + 1 < len(doc) and lower[j] in SETTLEMENT_NOUNS and lower[j + 1] == "of":
                    j += 2  # "the plant in the town of Xyz": the town's name after its noun
            # a possessor before the site: "Tamil Nadu's", "the capital's", "the company's"
            k = j
            while k < len(doc) and k - j < 3 and (doc[k].is_title or k == j and lower[k] in POSSESSOR_OR_OWNER):
                k += 1
            owned = False  # "at its Prospecton plant", "at the company's Prospecton plant"
            if k < len(doc) and lower[k] in ("’s", "'s") and k > j:
                j, owned = k + 1, True
            elif j < len(doc) and lower[j] == "its":
                j, owned = j + 1, True
            if j + 1 < len(doc) and not owned and lower[j] in COMPASS_ADJECTIVES and doc[j + 1].is_title:
                j += 1  # "in eastern Xyz province"
            if j >= len(doc) or j in taken:
                continue
            span = self._title_run(doc, j, taken, label="PLACE")
            if span is None or span.end < len(doc) and lower[span.end] in ("’s", "'s"):
                continue
            if not owned and lower[span.end:span.end + 1] and lower[span.end] in SUBDIVISION_NOUNS and not doc[span.end].is_title:
                cue_before = True  # "established in 2022 in Xyz province": a province by its noun, wherever it is named
            named_plant = self._without_plant_words(doc, span)  # "at its East Liberty Auto Plant"
            if named_plant is not None:
                span, cue_before = named_plant, True
            # "at the company's Prospecton plant": no cue before the site, the plant noun right after it
            if span.end + 1 < len(doc) and (lower[span.end] in ("no", "no.") or lower[span.end].startswith("no.")) and lower[span.end + 1] in lx.PLANT_NOUNS:
                pass  # "at the Ujina No.1 plant": the plant's number stays outside the site
            elif not cue_before and not ((owned or word == "at") and lower[span.end:span.end + 1] and lower[span.end] in lx.PLANT_NOUNS
                                       # "at its Scarborough operation": a town's operation, owned, is its plant
                                       or owned and lower[span.end:span.end + 1] in (["operation"], ["operations"])
                                       or lower[span.end:span.end + 1] and lower[span.end] in PLANT_MODIFIERS
                                       and lower[span.end + 1:span.end + 2] and lower[span.end + 1] in lx.PLANT_NOUNS):
                continue
            if not self._site_name(doc, span):
                continue
            taken.update(range(span.start, span.end))
            found.append(self._new_site(span, unresolved))
        return found

    def _named_plant_towns(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'to reopen the Belvidere Assembly Plant', 'retool the Warren Truck Assembly Plant', 'its Spring Hill plant': a
        site the gazetteer lacks as a place, named by the plant's own name (its plant words in capitals) or as a town
        the city database knows before a plant noun, after 'the', 'its' or a possessive, with no preposition before."""
        taken = self._tokens_of(ents)
        text, lower = self.index.text, self.index.lower
        found = []
        for k in self.index.positions(PLANT_TITLE_NOUNS | {"facility"}):  # ("facility" only after a state: see below)
            if k < 2 or k in taken or self.index.is_boilerplate(k):
                continue
            # "its Lafayette, IN facility", "its Georgetown, Ky., plant": a town with its US state written short
            state = self._short_us_state_before(k)
            if state and k - state - 1 not in taken and lower[k] != "assembly":
                k = k - state
            elif lower[k] == "facility":
                continue
            titled = text[k].istitle() and (lower[k] != "assembly" or not (k + 1 < len(doc) and text[k + 1].istitle()))
            if not titled and lower[k] not in ("plant", "factory", "facility") and not state:
                continue
            end = k
            while end > 0 and lower[end - 1] in PLANT_TITLE_WORDS and (text[end - 1].istitle() or not titled):
                # "Truck Assembly" of "Warren Truck Assembly Plant" (written in capitals as the noun is), and of
                # "the Warren Truck plant" (the plant's name in capitals before a plain noun)
                end -= 1
            if lower[end - 1] in PARTS_TITLE_WORDS:
                continue  # "the Dundee Engine Plant", "its Battery Plant": parts, not vehicles
            start = end
            while start > 0 and end - start < 3 and text[start - 1].istitle() and text[start - 1].isalpha() and start - 1 not in taken \
                    and lower[start - 1] not in STOP_WORDS and lower[start - 1] not in lx.MONTHS and lower[start - 1] not in DAYS:
                start -= 1
                if start > 1 and text[start - 2].istitle() and text[start - 2].isalpha() and self._hyphen_in_name(doc, start - 1, taken):
                    start -= 2  # "the Kuan-Yin Plant"
            if start == end or start == 0 or lower[start - 1] not in PLANT_NAME_OPENERS:
                continue
            if self._title_case_line(start):
                continue  # "Spring Plant To Reopen For Jeep": a headline's capitals name nothing
            name = self.index.span_text(start, end)
            if not titled and not self._town_of_the_story(name, ents):
                continue  # "its Spring Hill plant": a town's name; "the Gateway plant" may be any name
            span = Span(doc, start, end, label="PLACE", span_id=name)
            if not self._site_name(doc, span):
                continue
            taken.update(range(start, end))
            found.append(self._new_site(span, unresolved))
        return found

    def _us_towns_before_states(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'selected Joliet, Illinois, as the location', 'its Lehigh Valley, Pennsylvania, plant': a town too small for
        the gazetteer, in capitals before a comma and a US state written out, that the city database holds in that state."""
        taken = self._tokens_of(ents)
        text, lower = self.index.text, self.index.lower
        found = []
        for e in ents:
            place = self.gaz.places.get(self._text(e)) if e.label == Label.PLACE else None
            if place is None or place.kind != "state" or place.country != "United States" or e.start < 2 or lower[e.start - 1] != ",":
                continue
            end = start = e.start - 1
            while start > 0 and end - start < 3 and start - 1 not in taken and text[start - 1].istitle() and text[start - 1].isalpha():
                start -= 1
            # the longest run of capitals the city database holds in that state ("Lehigh Valley" before "Valley")
            town = next((Span(doc, k, end, label="PLACE", span_id=self.index.span_text(k, end)) for k in range(start, end)
                         if place.name in self.gaz.us_town_states.get(fold_accents(self.index.span_text(k, end)), ())), None)
            if town is not None and not self.index.is_boilerplate(town.start):
                taken.update(range(town.start, town.end))
                found.append(town)
        # "... Joliet, Illinois ... Bedard said the Joliet facility will ...": the town named again on its own
        for town in list(found):
            words = self.index.text[town.start:town.end]
            for k in range(len(doc) - len(words) + 1):
                if self.index.text[k:k + len(words)] == words and not taken & set(range(k, k + len(words))) \
                        and not self.index.is_boilerplate(k):
                    taken.update(range(k, k + len(words)))
                    found.append(Span(doc, k, k + len(words), label="PLACE", span_id=town.text))
        return found

    def _short_us_state_before(self, k: int) -> int:
        """How many tokens a US state written short takes before token k, with its comma ('Lafayette, IN facility': 2,
        'Georgetown, Ky., plant': 3), or 0."""
        text, lower = self.index.text, self.index.lower
        j = k - (lower[k - 1] == ",")
        if j < 3 or lower[j - 2] != ",":
            return 0
        code = text[j - 1]
        if code in US_STATE_CODES or code.endswith(".") and code.rstrip(".") in lx.US_STATE_NEWS_STYLE:
            return k - (j - 2)
        return 0

    def _town_of_the_story(self, name: str, ents: list[Span]) -> bool:
        """A town the city database knows, in a country the story names or places a town in (or any, if it names none):
        not 'the Cheshire factory' in a British story, whose namesake town is American."""
        towns = self.gaz.town_countries.get(fold_accents(name))
        if not towns:
            return False
        countries = {e.ent_id_ for e in ents if e.label == Label.COUNTRY}
        countries |= {place.country for e in ents if e.label == Label.PLACE and (place := self.gaz.places.get(e.text)) is not None}
        return not countries or bool(towns & countries)

    def _title_case_line(self, i: int) -> bool:
        """The sentence of token i is written in title case, as headlines are ('Belvidere Plant To Reopen For Jeep')."""
        start, end = self.index.sent_bounds(i)
        words = [t for t in self.index.text[start:end] if t[:1].isalpha()]
        return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)

    def _listed_plant_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'after the Huangpu Plant and Zencheng Plant': a town the gazetteer lacks, named as a plant right after a
        known town's plant and 'and'."""
        places = {e.end: e for e in ents if e.label == Label.PLACE}
        taken = self._tokens_of(ents)
        lower = self.index.lower
        found = []
        for i in self.index.positions(frozenset(["and"])):
            if (i < 2 or i + 2 >= len(doc) or lower[i - 1] not in ("plant", "factory") or i - 1 not in places
                    or i + 1 in taken or not doc[i + 1].is_title or not doc[i + 1].is_alpha or lower[i + 2] != lower[i - 1]
                    or self.index.is_boilerplate(i)):
                continue
            span = Span(doc, i + 1, i + 2, label="PLACE")
            if self._site_name(doc, span) and lower[i + 1] not in STOP_WORDS:
                found.append(self._new_site(span, unresolved))
        found += self._second_town_of_plants(doc, places, taken | {i for e in found for i in range(e.start, e.end)})
        found += self._towns_inside_lists(doc, places, taken | {i for e in found for i in range(e.start, e.end)})
        found += self._towns_listed_after(doc, places, taken | {i for e in found for i in range(e.start, e.end)})
        found += self._named_plants_listed(doc, places, taken | {i for e in found for i in range(e.start, e.end)}, unresolved)
        return found

    def _named_plants_listed(self, doc: Doc, places: dict[int, Span], taken: set[int], unresolved: list[Unresolved]) -> list[Span]:
        """'its Marysville Auto Plant, East Liberty Auto Plant and Anna Engine Plant': the towns of plants' names listed
        after a known town's plant name, each name closing with a capitalised plant noun."""
        lower, n = self.index.lower, len(doc)
        found = []

        def plant_words(j: int) -> int:  # past "Auto Plant", "Engine Plant", "Assembly Plant": the end, or j if none
            k = j
            while k < n and k - j < 3 and doc[k].is_title and lower[k] in PLANT_NAME_WORDS:
                k += 1
            return k if k > j and lower[k - 1] in ("plant", "factory", "works") else j

        for end in places:
            j = plant_words(end)
            while j > end and j < n:
                k = j + (lower[j] == ",")
                k += k < n and lower[k] == "and"
                if k == j or k >= n:
                    break
                start = k
                while k < n and k - start < 3 and doc[k].is_title and doc[k].is_alpha and lower[k] not in PLANT_NAME_WORDS:
                    k += 1
                after = plant_words(k)
                if k == start or after == k or any(i in taken for i in range(start, k)) or self.index.is_boilerplate(start):
                    break
                span = Span(doc, start, k, label="PLACE")
                if not self._site_name(doc, span) or lower[start] in STOP_WORDS:
                    break
                found.append(self._new_site(span, unresolved))
                j = after
        return found

    def _second_town_of_plants(self, doc: Doc, places: dict[int, Span], taken: set[int]) -> list[Span]:
        """'with plants in Woodstock and Cambridge', 'its Woodstock and Cambridge plants': a town the city database
        knows in the country of the known town before it, the second of two plants' towns."""
        lower = self.index.lower
        found = []
        for i in self.index.positions(frozenset(["and"])):
            first = places.get(i)
            if first is None or i + 1 in taken or i + 2 > len(doc) or not doc[i + 1].is_title or not doc[i + 1].is_alpha:
                continue
            if i + 2 < len(doc) and (doc[i + 2].is_title or doc[i + 2].text == "-") or self.index.is_boilerplate(i):
                continue  # (one word: not "Woodstock and Cambridge Mills", "and Hai-Phong")
            listed = lower[first.start - 2:first.start] in (["plants", "in"], ["factories", "in"], ["plants", "at"], ["factories", "at"])
            if not listed and lower[i + 2:i + 3] not in (["plants"], ["factories"]):
                continue
            towns = self.gaz.town_countries.get(fold_accents(doc[i + 1].text), set())
            place = self.gaz.places.get(first.text)
            countries = {place.country} if place is not None else self.gaz.town_countries.get(fold_accents(first.text), set())
            if towns & countries and lower[i + 1] not in STOP_WORDS:
                found.append(Span(doc, i + 1, i + 2, label="PLACE"))
        return found

    def _towns_inside_lists(self, doc: Doc, places: dict[int, Span], taken: set[int]) -> list[Span]:
        """'its factories in Ruesselsheim, Kaiserslautern and Eisenach': a one-word town the city database knows in the
        country of the known towns on either side of it, between them in a list (a comma before it, a comma or 'and'
        after it), is a town of the list too."""
        lower, n = self.index.lower, len(doc)
        found = []
        for end, first in places.items():
            i = end + 1  # the word after "A,"
            if end >= n or lower[end] != "," or i + 1 >= n or i in taken or not doc[i].is_title or not doc[i].is_alpha:
                continue
            if lower[i + 1] not in (",", "and") or lower[i] in STOP_WORDS or self.index.is_boilerplate(i):
                continue
            j = i + 2 + (lower[i + 1:i + 3] == [",", "and"])  # "A, B, and C"
            after = next((e for e in places.values() if e.start == j), None)
            if after is None:
                continue
            towns = self.gaz.town_countries.get(fold_accents(doc[i].text), set())
            countries = {place.country for e in (first, after) if (place := self.gaz.places.get(e.text)) is not None}
            if len(countries) == 1 and towns & countries:
                found.append(Span(doc, i, i + 1, label="PLACE"))
        return found

    def _towns_listed_after(self, doc: Doc, places: dict[int, Span], taken: set[int]) -> list[Span]:
        """'its facilities in Guelph, Windsor, Belleville and Newmarket': one-word towns the city database knows in the
        country of the known town opening a list after 'in' or 'at', listed after it with commas and 'and'."""
        lower, n = self.index.lower, len(doc)
        found = []
        for end, first in places.items():
            place = self.gaz.places.get(first.text)
            countries = {place.country} if place is not None else self.gaz.town_countries.get(fold_accents(first.text), set())
            if (len(countries) != 1 or place is not None and place.kind == "state" or first.start < 1
                    or lower[first.start - 1] not in ("in", "at") or end >= n or lower[end] not in (",", "and")
                    or self.index.is_boilerplate(end)):
                continue
            country = next(iter(countries))
            j = end
            while j + 1 < n and lower[j] in (",", "and"):
                i = j + 1 + (lower[j] == "," and lower[j + 1] == "and")  # "A, B, and C"
                if i >= n or i in taken or not doc[i].is_title or not doc[i].is_alpha or lower[i] in STOP_WORDS:
                    break
                if i + 1 < n and (doc[i + 1].is_title or doc[i + 1].text == "-"):
                    break  # (one word: not "Windsor Park")
                if i in places:
                    j = i + 1
                    continue  # a known town of the list
                if country not in self.gaz.town_countries.get(fold_accents(doc[i].text), set()):
                    break
                found.append(Span(doc, i, i + 1, label="PLACE", span_id=doc[i].text))
                j = i + 1
        return found

    def _site_name(self, doc: Doc, span: Span) -> bool:
        """A capitalised run that can name a site: 'the Hajigabul Industrial Park' can, 'Tata Motors' or a month
        cannot, nor a generic word alone ('plants in the South', 'the Kingdom's largest factory')."""
        if any(t.text in lx.CORPORATE_SUFFIXES and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in SITE_HEADS)
               or t.lower_ in lx.MONTHS for t in span):
            return False
        # ('the plant in the North East': a part of a country in compass words, no site)
        return not (all(t.lower_ in GENERIC_PLACE_WORDS for t in span) or span[-1].lower_ in GLOBE_PART_HEADS)

    def _new_site(self, span: Span, unresolved: list[Unresolved]) -> Span:
        """A site the gazetteer lacks, recorded as unresolved for the Curation page."""
        unresolved.append(Unresolved(span.text, "PLACE", self.index.sent_text(span.start), span.start_char, span.end_char,
                                     "a site named beside a plant"))
        return span

    def _without_plant_words(self, doc: Doc, span: Span) -> Span | None:
        """'East Liberty Auto Plant', 'Louisville Assembly Plant': a plant's capitalised name, the site without its
        plant words; None when the name does not end in a plant noun or nothing is left."""
        lower = self.index.lower
        end = span.end
        # the plant noun inside the capitalised run, or right after it ("Plant" may stop a run as a role word)
        if lower[end - 1] not in lx.PLANT_NOUNS and not (end < len(lower) and lower[end] in lx.PLANT_NOUNS
                                                          and lower[end - 1] in ("auto", "motor", "vehicle", "assembly")):
            return None
        while end > span.start and (lower[end - 1] in lx.PLANT_NOUNS or lower[end - 1] in PLANT_MODIFIERS
                                    or lower[end - 1] in ("auto", "motor", "vehicle")):
            end -= 1
        return Span(doc, span.start, end, label="PLACE", span_id=doc[span.start:end].text) if end > span.start else None

    def _owned_sites(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'Toyota Motor Manufacturing Canada's Woodstock plant builds ...': a site the gazetteer lacks, named between a
        company's possessive and a plant noun, with no preposition before it."""
        taken = self._tokens_of(ents)
        company_ends = {e.end for e in ents if e.label_ == "COMPANY"}
        lower = self.index.lower
        found = []
        # ("Hindustan Motors' Tiruvallur factory": a name ending in s takes the apostrophe alone)
        for k in self.index.positions(POSSESSIVE_MARKS | BARE_APOSTROPHES):
            if k not in company_ends or k + 1 >= len(doc) or k + 1 in taken or self.index.is_boilerplate(k):
                continue
            if lower[k] in BARE_APOSTROPHES and not lower[k - 1].endswith("s"):
                continue
            span = self._title_run(doc, k + 1, taken, label="PLACE")
            if span is None:
                continue
            after = lower[span.end:span.end + 2]
            if not (after[:1] and after[0] in lx.PLANT_NOUNS or after[:1] and after[0] in PLANT_MODIFIERS
                    and after[1:] and after[1] in lx.PLANT_NOUNS):
                span = self._without_plant_words(doc, span)
                if span is None:
                    continue
            if not self._site_name(doc, span):
                continue
            noun = next((x for x in range(span.end, min(len(doc), span.end + 3)) if lower[x] in lx.PLANT_NOUNS), span.end)
            if lower[noun + 1:noun + 2] and lower[noun + 1] in ("near", "in", "outside", "at"):
                continue  # "Toyota's Samrong plant near Bangkok": the place written after it locates the plant
            taken.update(range(span.start, span.end))
            found.append(self._new_site(span, unresolved))
        return found

    def _acts_like_a_maker(self, i: int) -> bool:
        """A production or shipping verb right after a name, maybe behind 'will' or 'plans to'."""
        lower = self.index.lower
        k = i
        while k < len(lower) and k - i < 3 and lower[k] in ("will", "plans", "plan", "aims", "to", "also", "has", "is", "now"):
            k += 1
        return k < len(lower) and (lower[k] in lx.EXPORT_CUES or lower[k] in MAKER_VERBS)

    def _title_run(self, doc: Doc, start: int, taken: set[int], label: str = "COMPANY") -> Span | None:
        text, lower = self.index.text, self.index.lower  # Token.is_title, .is_alpha: str.istitle, .isalpha
        end = hyphens = start
        while (end < len(doc) and end - start - hyphens < 4 and text[end].istitle() and end not in taken and text[end].isalpha()
               and lower[end] not in self.role_words and lower[end] not in lx.MONTHS and lower[end] not in DAYS):
            end += 1  # (a weekday names no company nor site: "the Japanese carmaker Tuesday launched")
            if self._hyphen_in_name(doc, end, taken):
                end, hyphens = end + 1, hyphens + 1  # "in Jelcz-Laskowice", "the Kuan-Yin Plant": one town's or company's name ("Al-Safwa")
        if label == "PLACE" and end > start:
            end = self._zone_name_end(doc, start, end, taken)
        if end == start or lower[start] in STOP_WORDS:
            return None
        return Span(doc, start, end, label=label, span_id=self.index.span_text(start, end))

    def _hyphen_in_name(self, doc: Doc, k: int, taken: set[int]) -> bool:
        """'Jelcz-Laskowice', 'Dinh Vu-Cat Hai': a hyphen at k written with no space on either side, a capitalised
        word (no month: "January-March") right after it, joins one place's name."""
        text = self.index.text
        return (k + 1 < len(doc) and text[k] == "-" and k not in taken and k + 1 not in taken and not doc[k - 1].whitespace_
                and not doc[k].whitespace_ and text[k + 1].istitle() and text[k + 1].isalpha()
                and self.index.lower[k + 1] not in lx.MONTHS)

    def _zone_name_end(self, doc: Doc, start: int, end: int, taken: set[int]) -> int:
        """'the Special Economic Zone': a zone's or park's name runs on past a word that also opens a title
        ('Economic', as in an economic minister's), up to the zone word; other runs end where they ended."""
        text, lower = self.index.text, self.index.lower
        k = end
        while k < len(doc) and k - start < 4 and text[k].istitle() and text[k].isalpha() and k not in taken and lower[k] not in lx.MONTHS:
            k += 1
            if lower[k - 1] in SITE_HEADS:
                # "the Special Economic Zone of Coega": generic words only name no site; the town after them does
                return start if all(w in GENERIC_ZONE_WORDS for w in lower[start:k]) else k
        return end
