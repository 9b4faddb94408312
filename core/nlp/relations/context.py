"""Helpers every kind of fact reads with: a model's name and maker as written, the Source of a sentence, a
sentence's words, the qualifier (planned or not) of a figure, the country an entity is in (its own, its town's,
its state's, its company's, the sentence's or the article's), a short code naming a plant ("its A1 plant"), a bullet
opening a line; and add_new, which merges model lists of facts told twice.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Span

from core.facts import Source
from core.nlp import lexicon as lx
from core.nlp.docindex import Entity, Sentence, doc_text
from core.nlp.gazetteer import Place, fold_accents
from core.nlp.relations.words import (
    BULLETS,
    CLAUSE_BREAKS,
    PLANNED,
    US_STATE_CODES,
    US_STATE_NAMES,
    US_STATE_NEWS_STYLE,
)

# "GEORGETOWN, Ky. (Station) — ...", "plants in Georgetown, Ky., and ...": the town so written is the US one wherever the
# article names it again alone; up to three capitalised words before the comma, the state written short after it
US_STATE_WRITTEN_SHORT = (r"(?:(?:" + "|".join(re.escape(s) for s in sorted(US_STATE_NEWS_STYLE)) + r")\.|(?:"
                          + "|".join(sorted(US_STATE_CODES)) + r")\b)")
US_TOWN_WITH_STATE = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}), " + US_STATE_WRITTEN_SHORT)
# the comma and the state alone: a scan for a literal ", " that most texts pass without a match, where the whole
# pattern tries every capitalised word
US_STATE_AFTER_COMMA = re.compile(", " + US_STATE_WRITTEN_SHORT)
RANGE_NAME = re.compile(r"^([A-Za-z]+)(\d{1,2})$")  # "X3", "Q7": a letter series and its number
SITE_DESCRIPTORS = frozenset(["industrial", "park", "zone", "estate", "economic", "special", "free", "district", "technopark"])
# nouns of a company or its kind that a demonym before them describes ("Chinese firm", "Korean carmakers")
MAKER_HOME_NOUNS = (lx.COMPANY_NOUNS | lx.MAKER_PLURALS | {"companies", "firms", "groups", "partners", "investors", "investor",
                                                           "conglomerate", "giant", "giants", "automobile-makers"}) - {
    "factory", "plant", "facility"}
# "in Tizi Ouzou, 100 km east of Algiers": words that place a site by a town named after it
LOCATING_WORDS = frozenset(["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "of", "near",
                            "outside", "close", "to", "km", "kilometres", "kilometers", "miles", "about", "some", "the"])


def add_new(names: list[str], more: Iterable[str]) -> None:
    """Append to a fact's model list the names it does not hold yet, in their order (a route or a plant told of twice)."""
    for name in more:
        if name not in names:
            names.append(name)


# "while its Indian unit X", ", and the rival carmaker X": words describing the company that opens a clause
CLAUSE_COMPANY_DESCRIPTORS = frozenset(["the", "its", "their", "rival", "unit", "subsidiary", "arm", "affiliate", "partner",
                                        "carmaker", "automaker", "maker", "brand", "local", "domestic", "sister"])


# "and Toyota vehicles", "and Ford of Europe": lower-case words after a company's name that open no verb
NOT_VERBS_AFTER_COMPANY = frozenset(["and", "or", "of", "to", "in", "for", "with", "from", "at", "on", "by", "as", "models",
                                     "brand", "brands", "group", "dealers", "plants", "plant", "factory", "shares", "stake"])


class ContextMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _source(self, sent: Sentence, qualifier: str = "", confidence: float = 1.0) -> Source:
        start, end = self.index.sent_chars(sent.start)
        return Source(self.index.sent_text(sent.start), start, end, qualifier, confidence)

    def _model_name(self, ent: Entity) -> str:
        """The gazetteer's name; a name without letters carries its maker ("Peugeot 301", not "301")."""
        name = self._model_names.get((ent.start, ent.end))
        if name is None:
            name = self._model_names[ent.start, ent.end] = self._read_model_name(ent)
        return name

    def _names_with_ranges(self, models: list[Span]) -> list[str]:
        """The models' names, with the models a range between two of them spans (_models_in_range)."""
        names = [self._model_name(m) for m in models]
        for n in range(len(models) - 1, 0, -1):
            names[n:n] = self._models_in_range(models[n - 1], models[n])
        return names

    def _models_in_range(self, a: Span, b: Span) -> list[str]:
        """'the X3 through X7': the X4, X5 and X6, when the gazetteer holds each name in between for the maker of both
        ends; [] for anything else."""
        if self.index.lower[a.end:b.start] not in (["through"], ["to"], ["-"], ["–"], ["thru"]):
            return []
        first, last = RANGE_NAME.match(self._model_name(a)), RANGE_NAME.match(self._model_name(b))
        maker = self._model_maker(a)
        if (first is None or last is None or first.group(1) != last.group(1) or maker is None
                or maker != self._model_maker(b)):
            return []
        low, high = int(first.group(2)), int(last.group(2))
        if not low < high <= low + 9:
            return []
        between = [f"{first.group(1)}{k}" for k in range(low + 1, high)]
        return between if all(f"{maker}|{name}" in self.gaz.models for name in between) else []

    def _read_model_name(self, ent: Entity) -> str:
        key = ent.ent_id_
        model = self.gaz.models.get(key)
        name = model.name if model else key.split("|", 1)[-1]
        maker = model.maker if model else (key.split("|", 1)[0] if "|" in key else "")
        if model is not None:  # the name the article uses, when it is another known name of the model
            written = ent.text
            for surface in self.gaz.surfaces_of(maker):
                if written.startswith(surface + " "):
                    written = written[len(surface) + 1:]
                    break
            if written[-1:] == "s" and written[-2:-1].isdigit():  # "Deepal S07s": the plural of the name written
                written = written[:-1]
            elif written[-1:] == "s" and key in self.gaz.model_aliases.get(written[:-1], []):
                written = written[:-1]  # "Dolphin Minis": the plural of another known name
            # "Citroën Dispatch" where the gazetteer holds the name only with its maker (a word alone is no model)
            # (not where the gazetteer's name itself carries the maker's word: "MINI 3-door" is the "Mini 3-door")
            known = key in self.gaz.model_aliases.get(written, []) or written != ent.text and key in self.gaz.model_aliases.get(
                ent.text, []) and not any(name.lower().startswith(s.lower() + " ") for s in self.gaz.surfaces_of(maker))
            # "G310 GS" for the gazetteer's "G 310 GS": a spelling of the name with its spaces or hyphens moved, as written
            known = known or written.replace(" ", "").replace("-", "") == name.replace(" ", "").replace("-", "")
            if written != name and known and any(c.isalpha() for c in written):
                name = written
            elif written != name and not known and written.isupper():
                # "MG MULAN": another known name of the model in a press release's capitals, as the gazetteer spells it
                name = self.gaz.model_spelling(key, written) or name
        if maker and not any(c.isalpha() for c in name):
            return f"{self._maker_as_written(key, maker, name)} {name}"
        return name

    def _maker_as_written(self, key: str, maker: str, name: str) -> str:
        """'Maruti 800' where the gazetteer's maker is Maruti Suzuki: the maker's name a number-named model is written
        with somewhere in the article (the first such), else the gazetteer's."""
        for e in self.all_ents:
            if e.label_ == "MODEL" and e.ent_id_ == key and e.text.endswith(" " + name):
                surface = e.text[:-len(name) - 1]
                if surface != maker and surface in self.gaz.surfaces_of(maker):
                    return surface
        return maker

    def _model_maker(self, ent: Span) -> str | None:
        key = ent.ent_id_
        model = self.gaz.models.get(key)
        if model:
            return model.maker
        return key.split("|", 1)[0] if "|" in key else None

    def _display_model(self, ent: Span) -> str:
        """'Peugeot 301' for a base model: the bare name is often just a number. Written with its maker's name, as the
        text writes it ('Mitsubishi L200', not the gazetteer's 'Mitsubishi Motors L200')."""
        name, maker = self._model_name(ent), self._model_maker(ent)
        written = self.index.span_text(ent.start, ent.end)
        if maker and written != name and written.endswith(" " + name) and not name.startswith(maker):
            return written
        if maker and name.split()[0] in maker.split():
            return name  # 'Fengon 580' of Dongfeng Fengon already carries its maker's word: no 'Dongfeng Fengon Fengon 580'
        words = name.split()
        if any(self.gaz.company(" ".join(words[:n])) for n in (1, 2) if len(words) > n):
            return name  # 'Daewoo Lacetti' (Chevrolet's Lacetti) carries a brand already: no 'Chevrolet Daewoo Lacetti'
        return f"{maker} {name}" if maker and not name.startswith(maker) else name

    def _country_of(self, ent: Span) -> str | None:
        if ent.label_ == "COUNTRY":
            return ent.ent_id_ or self.gaz.country(ent.text)
        if ent.label_ == "PLACE":
            place = self.gaz.places.get(ent.text) or self.gaz.places.get(ent.ent_id_)
            if self._us_state_after(ent) or fold_accents(ent.text).lower() in self._us_towns:
                return "United States"  # "Georgetown, Ky.", "West Point, GA": a US town, whatever its namesakes
            after = self._state_after(ent) if place is not None and place.kind != "state" else None
            if after is not None and after.country and (place.country == after.country or after.country in self.gaz.town_countries.get(
                    fold_accents(ent.text), ())):
                return after.country  # "Huntsville, Alabama" in a story naming only Canada: the town of the state written after it
            if (place and place.country != "United States" and self._us_state_in_sentence(ent)
                    and "United States" in self.gaz.town_countries.get(fold_accents(ent.text), ())):
                return "United States"  # "built by Toyota Motor Manufacturing Kentucky in Georgetown": the state named
            sited = self._country_of_sited_town(ent, place)
            if sited is not None:
                return sited
            if place and self.named_countries and place.country not in self.named_countries:
                # "Georgetown" in a story about the US: a town of that name in a country the article names
                namesakes = self.gaz.town_countries.get(fold_accents(ent.text), set()) & self.named_countries
                if len(namesakes) == 1:
                    return next(iter(namesakes))
                if self.main_country in namesakes:  # "Victoria" in a story about Australia that also names the US
                    return self.main_country
            # (only a subdivision from the ISO list, which has no coordinates here, or a state written after a town;
            # a state the gazetteer's own file holds, like "Texas", is that state wherever the story is told)
            if place and self._foreign_subdivision(place) and not self._home_of_sentence_company(ent, place.country):
                # ("South Australia", "Western Australia": named for its country; "built by Maruti Suzuki at its Gujarat
                # plant and shipped to South Africa": a state of the home country of a company the sentence names)
                # "Renault's Santa Isabel plant" in a story about Argentina: a province of a country the
                # article never names is more likely a site the gazetteer lacks
                return self._context_country(ent)
            if place:
                return place.country
            state = self._state_after(ent)
            if state is not None:
                return state.country  # "Casa Grande, Arizona", a town the gazetteer lacks: its state's country
            return self._context_country(ent)  # a site the gazetteer lacks: the country the text is about there
        return None

    def _country_of_sited_town(self, ent: Span, place: Place | None) -> str | None:
        """'the plant in Elizabeth, South Australia' ... 'Cars made in Elizabeth are now seen on the streets of the US': a
        town the article already sites a plant in keeps that plant's country, where the gazetteer lacks the town or
        knows a namesake of it there (not the country named beside it in a later sentence)."""
        known = {p.country for p in self.plants if p.site and p.country and id(p) not in self.undecided
                 and p.site.split(",")[0] == ent.text}
        if len(known) != 1:
            return None
        country = known.pop()
        if place is None or place.country == country or country in self.gaz.town_countries.get(fold_accents(ent.text), ()):
            return country
        return None

    @cached_property
    def _states_after_towns(self) -> set[str]:
        """The states the article writes after a town and a comma ('Casa Grande, Arizona'): states it places towns in,
        so the state named again alone ('its Arizona site') is that state, not a site the gazetteer lacks."""
        return {state.name for e in self.all_ents if e.label_ == "PLACE" and (state := self._state_after(e)) is not None}

    def _state_after(self, ent: Span) -> Place | None:
        """The state or province written after a town and a comma ("Casa Grande, Arizona"), if the gazetteer knows it."""
        if ent.end + 1 >= len(self.doc) or self.index.lower[ent.end] != ",":
            return None
        sent_start = self.index.sent_bounds(ent.start)[0]
        after = next((e for e in self.ents.get(sent_start, []) if e.start == ent.end + 1 and e.label_ == "PLACE"), None)
        place = self.gaz.places.get(after.text) if after is not None else None
        return place if place is not None and place.kind == "state" else None

    def _us_state_in_sentence(self, ent: Span) -> bool:
        """A US state written out in the sentence of a town ('Kentucky', 'South Carolina'), in a name or on its own;
        not Georgia or Washington, which name other places too."""
        start, end = self.index.sent_bounds(ent.start)
        lower = self.index.lower[start:end]
        return any(w in US_STATE_NAMES for w in lower) or any(f"{a} {b}" in US_STATE_NAMES for a, b in zip(lower, lower[1:], strict=False))

    def _us_state_after(self, ent: Span) -> bool:
        """A US state written short after a town and a comma: postal ('GA', 'KY') or news style ('Ga.', 'Tenn.', 'N.C.')."""
        if ent.end + 1 >= len(self.doc) or self.index.lower[ent.end] != ",":
            return False
        state = self.index.text[ent.end + 1]
        return state in US_STATE_CODES or state.rstrip(".") in US_STATE_NEWS_STYLE and state.endswith(".")

    @cached_property
    def _us_towns(self) -> set[str]:
        """The towns the article writes with a US state after them ("GEORGETOWN, Ky."), lowercased: the last one,
        two or three of their words, as a dateline's capitals may run on from the words before."""
        towns: set[str] = set()
        text = doc_text(self.doc)
        if not US_STATE_AFTER_COMMA.search(text):
            return towns
        for m in US_TOWN_WITH_STATE.finditer(text):
            words = fold_accents(m.group(1)).lower().split()
            towns.update(" ".join(words[k:]) for k in range(len(words)))
        return towns

    def _context_country(self, ent: Span) -> str | None:
        """The country of the sentence, else the last one named before it, else the article's most named one."""
        sent_start = self.index.sent_bounds(ent.start)[0]
        near = self._located_by(ent)
        if near is not None:
            return near
        for other in self.ents.get(sent_start, []):
            # a country named as such, not a demonym ("Czech carmaker" tells where the maker is from)
            if (other is not ent and other.label_ == "COUNTRY" and other.text not in self.gaz.demonyms and not self._in_compound(other)
                    and not self._company_nationality(other) and not self._country_set_apart(other)):
                return other.ent_id_
            if other is not ent and other.label_ == "PLACE" and other.text in self.gaz.places:
                if self._stray_place(other, ent):
                    continue
                return self._namesake_country(other)
        # "Subaru opens new line in Lafayette" in a story naming the US and Japan: a town of that name in only one of them
        towns = self.gaz.town_countries.get(fold_accents(ent.text), set())
        in_states = towns & self._countries_of_named_states
        if len(towns) > 1 and len(in_states) == 1:
            # "Ontario is backing Toyota's Cambridge and Woodstock plants ... exports to its U.S. plants": towns of several
            # countries' names, in the one country whose state or province the article names
            return next(iter(in_states))
        namesakes = towns & self.named_countries
        if len(namesakes) == 1:
            return next(iter(namesakes))
        if not (self.main_country or self.last_country) and len(towns) == 1:
            return next(iter(towns))  # "its Spring Hill plant" in a story that names no country: the one town of that name
        if len(towns) == 1 and not self._country_in_sentence(sent_start) and not (
                ent.text not in self.gaz.places and self._production_placed_elsewhere(next(iter(towns)))):
            # "Canada-based New Flyer held a ceremony at its Anniston facility": a town of one country only, in a sentence
            # naming no country as a place (a maker's home is none), is in that country, not the story's
            return next(iter(towns))
        return self.main_country or self.last_country

    def _production_placed_elsewhere(self, country: str) -> bool:
        """'... opens its factory hall in Deurne ... the company is bringing production to the Netherlands': the story
        brings production into a country it names as a place, so a town the gazetteer lacks, that the city database
        knows only in another country the story never names, is more likely a namesake there that it lacks."""
        if country in self.named_countries or not self.named_countries:
            return False
        lower = self.index.lower
        for e in self.all_ents:
            if e.label_ != "COUNTRY" or e.ent_id_ not in self.named_countries or self._in_compound(e):
                continue
            k = e.start - 1 - (lower[e.start - 1] == "the")
            if lower[k] in ("to", "in") and any(w in lx.PRODUCTION_CUES for w in lower[max(0, k - 4):k]):
                return True
        return False

    def _country_in_sentence(self, sent_start: int) -> bool:
        return any(e.label_ == "COUNTRY" and not self._in_compound(e) and not self._company_nationality(e) and not self._country_set_apart(e)
                   for e in self.ents.get(sent_start, []))

    def _company_clause_between(self, start: int, end: int) -> int | None:
        """Where ', and Volkswagen', '; Volkswagen', 'while Volkswagen' or ', but the X group' opens a clause with a
        company as its subject, from token `start` up to `end` (within the sentence of `start`)."""
        lower = self.index.lower
        sent_end = self.index.sent_bounds(start)[1]
        for k in range(start, min(end, sent_end - 2)):
            if not (lower[k] in CLAUSE_BREAKS or lower[k] in ("and", "but") and lower[k - 1] == ","):
                continue
            j = k + 1
            # "while its Indian unit JSW MG Motor exports ...": a few words describing the company before its name
            while j < min(sent_end - 1, k + 5) and (lower[j] in CLAUSE_COMPANY_DESCRIPTORS or self.ent_type[j] == "COUNTRY"):
                j += 1
            if self.ent_type[j] == "COMPANY" and self._company_subject_at(j, sent_end):
                return k
        return None

    def _company_subject_at(self, j: int, sent_end: int) -> bool:
        """The company named from token j is the subject of a verb within a few words ('Volkswagen shipped', 'JSW MG
        Motor also exports'), not an owner ("and Acura's RDX") or an item of a list."""
        k = j
        while k < sent_end and self.ent_type[k] == "COMPANY" and (k == j or self.ent_iob[k] == "I"):
            k += 1
        if k >= sent_end:
            return False
        word, text = self.index.lower[k], self.index.text[k]
        # (no tagger here: a lower-case word right after the name that no noun phrase or preposition would open)
        return (text.isalpha() and text.islower() and word not in NOT_VERBS_AFTER_COMPANY and word not in lx.VEHICLE_WORDS
                and word not in lx.UNIT_WORDS)

    def _country_set_apart(self, ent: Span) -> bool:
        """'The Anchieta plant, VW's oldest outside Germany': a country the sentence's things are said not to be in."""
        lower = self.index.lower
        k = ent.start - 1 - (lower[ent.start - 1] == "the")
        return k >= 0 and (lower[k] in ("outside", "beyond") or lower[k] == "of" and k > 0 and lower[k - 1] == "outside")

    def _stray_place(self, other: Span, ent: Span) -> bool:
        """'Smith's remarks come as the Namibian plant in Walvis Bay suspended operations': a name read as a town
        ('Smith', a US town too) of a country the article never names is no guide to where another town stands, when
        that town is known as one of a country the article does name (a state or province is: 'its Elizabeth plant in
        South Australia'; but not a province of the ISO list, which has no coordinates here, of a country the article
        places nothing else in: 'built at Acme's Santa Isabel plant in Cordoba' in a story about Argentina, where
        'Isabel' reads as a province of the Solomon Islands)."""
        place = self.gaz.places[other.text]
        if self._foreign_subdivision(place):
            return True
        if not self.named_countries or place.kind == "state" or self._namesake_country(other) in self.named_countries:
            return False
        return bool(self.gaz.town_countries.get(fold_accents(ent.text), set()) & self.named_countries)

    def _home_of_sentence_company(self, ent: Span, country: str) -> bool:
        """A company named in the sentence of `ent` has its home in `country`."""
        return any(e.label_ == "COMPANY" and self.gaz.home_country(e.ent_id_) == country
                   for e in self.ents.get(self.index.sent_bounds(ent.start)[0], []))

    def _foreign_subdivision(self, place: Place) -> bool:
        """A province of the ISO list (no coordinates here) of a country the article places nothing else in, and which
        it writes after no town ('Isabel', a Solomon Islands province, in 'Acme's Santa Isabel plant in Cordoba'); not
        one named for its country ('South Australia')."""
        return (place.kind == "state" and place.lat is None and bool(self.placed_countries)
                and place.country not in self.placed_countries and place.name not in self._states_after_towns
                and place.country not in place.name)

    @cached_property
    def _countries_of_named_states(self) -> set[str]:
        """The countries of the states and provinces the article names ('Ontario', 'Gujarat', 'Bavaria')."""
        return {place.country for e in self.all_ents if e.label_ == "PLACE" and (place := self.gaz.places.get(e.text)) is not None
                and place.kind == "state" and place.country}

    def _namesake_country(self, ent: Span) -> str:
        """The country of a known town or state that places another site in its sentence: 'its Oakvale plant in
        Victoria' in a story about Australia is in the Australian state, not in the Canadian city of that name."""
        place = self.gaz.places[ent.text]
        if self._us_state_after(ent):
            return "United States"
        state = self._state_after(ent) if place.kind != "state" else None
        if state is not None and state.country and (state.country == place.country or state.country in self.gaz.town_countries.get(
                fold_accents(ent.text), ())):
            return state.country  # "its New River Valley plant in Dublin, Virginia": the town of the state written after it
        if self.named_countries and place.country not in self.named_countries:
            namesakes = self.gaz.town_countries.get(fold_accents(ent.text), set()) & self.named_countries
            if len(namesakes) == 1:
                return next(iter(namesakes))
            if self.main_country in namesakes:
                return self.main_country
        return place.country

    def _company_nationality(self, ent: Span) -> bool:
        """'Japan's Suzuki Motor', 'China's BYD': a country's possessive before a company tells where the company is
        from, as a demonym would, not where the sentence's site is."""
        k = ent.end
        return (k + 1 < len(self.doc) and self.index.lower[k] in ("’s", "'s")
                and self.ent_type[k + 1] == "COMPANY")

    def _names_a_makers_home(self, ent: Span) -> bool:
        """'its Chinese joint-venture partner', 'the Chinese firm X', 'China's BYD': a demonym before the noun of a company
        (or a country's possessive before a company) tells where the company is from, not where the story is set (not a
        demonym right before a company's name: 'American Honda' is the name of the company's arm there)."""
        if ent.label_ != "COUNTRY":
            return False
        if self._company_nationality(ent):
            return True
        if ent.text not in self.gaz.demonyms:
            return False
        lower = self.index.lower
        for k in range(ent.end, min(len(lower), ent.end + 4)):
            if lower[k] in MAKER_HOME_NOUNS:
                return True
            if not (lower[k].isalpha() or lower[k] == "-"):
                return False
        return False

    def _located_by(self, ent: Span) -> str | None:
        """'a plant in Tizi Ouzou, east of Algiers', 'in Ribeirao, 40 km north of Sao Paulo', 'in the Kstovo industrial
        park in the Nizhny Novgorod region': a site the gazetteer lacks, placed by the known town or country after it."""
        lower = self.index.lower
        k = ent.end
        while k < len(lower) and k - ent.end < 3 and (lower[k] in SITE_DESCRIPTORS or lower[k] in lx.PLANT_NOUNS):
            k += 1  # "in the Uzlovaya industrial park in the Tula region", "its Boras plant in Sweden"
        if k >= len(lower) or lower[k] not in (",", "in"):
            return None
        opening = k
        k += 1
        if lower[opening] == "," and lower[k:k + 1] == ["in"] and k + 1 < len(lower) and self.ent_type[k + 1 + (lower[k + 1] == "the")] == "COUNTRY":
            k += 1  # "Ford's factory in Bridgend, in the UK": a town placed by the country written after it
        while k < min(len(lower), opening + 8) and (lower[k] in LOCATING_WORDS or self.doc[k].like_num):
            k += 1
        following = next((e for e in self.ents.get(self.index.sent_bounds(ent.start)[0], []) if e.start == k), None)
        if following is None or lower[opening] == "," and k == opening + 1:
            return None
        if following.label_ == "PLACE" and following.text in self.gaz.places:
            return self._country_of(following)  # the town's namesake in the story's country ("in Victoria", Australia)
        if following.label_ != "COUNTRY":
            return None
        # "in the UK," names the country; "the UK market" uses the name as an adjective
        named = following.end >= len(lower) or not lower[following.end][:1].isalnum()
        return following.ent_id_ if following.text not in self.gaz.demonyms or named else None

    def _in_compound(self, ent: Span) -> bool:
        """'Japan-bound', 'Japan-spec': a country naming a quality of something, not a place in the story."""
        lower = self.index.lower
        # "GHANA - Kantanka ...": a dash after a space is a dateline's, not a compound's
        return ent.end < len(lower) and lower[ent.end] == "-" and not self.doc[ent.end - 1].whitespace_

    def _planned(self, sent: Sentence) -> bool:
        return bool(PLANNED & self._sent_words(sent))

    def _sent_words(self, sent: Sentence) -> set[str]:
        """The lowercase words of a sentence, made once per sentence."""
        words = self._words_of.get(sent.start)
        if words is None:
            words = self._words_of[sent.start] = set(self.index.lower[sent.start:sent.end])
        return words

    def _qualifier(self, q: Span, sent: Sentence) -> str:
        qualifier = q._.qualifier
        parts = [qualifier] if qualifier else []
        if self._planned(sent):
            parts.append("planned")
        return ", ".join(parts)

    def _plant_code(self, e: Entity) -> bool:
        """'its A1 plant', 'the neighbouring A2 plant', 'vans on the K9 platform': a short code naming a plant or a
        platform, not the model of that name."""
        doc = self.doc
        return (e.label_ == "MODEL" and len(e.text) <= 3 and e.end < len(doc)
                and doc[e.end].lower_ in ("plant", "factory", "plants", "platform", "architecture") and any(c.isdigit() for c in e.text))

    def _past_bullet(self, start: int, end: int) -> int:
        """The first word of a bulleted line ('- Products: ...', '• Germany – 45,200'), past its bullet and blank tokens."""
        lower = self.index.lower
        while start < end and (lower[start] in BULLETS or lower[start] == "|" or not lower[start].strip()):  # "| Germany | ..."
            start += 1
        return start
