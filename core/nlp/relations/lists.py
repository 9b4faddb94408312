"""Article-level lists, read once the sentences are: each model's maker settled, the companies and countries the
article names (not demonyms of languages or of makers in general), the people and every entity's mentions.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from core.facts import BOILERPLATE_LABEL, ArticleFacts, Mention, ModelFact, PersonFact
from core.nlp import lexicon as lx
from core.nlp.docindex import doc_text
from core.nlp.gazetteer import fold_accents

# "Chinese rivals", "Japanese suppliers": a demonym on makers in general (with lexicon.MAKER_PLURALS)
GENERIC_PLAYERS = frozenset(["rivals", "competitors", "companies", "firms", "suppliers", "players", "entrants", "newcomers",
                             "investors", "groups", "automakers", "carmakers", "startups", "start-ups", "incumbents"])
# "speaking in English", "translated into Chinese": the words before a demonym that names a language
LANGUAGE_CUES = frozenset(["in", "into", "speaking", "speaks", "spoke", "speak", "fluent", "translated", "subtitled"])
AFTER_LANGUAGE = frozenset(["was", "is", "were", "are", "said", "on", "at", "by", "from", "during", "with", "as", "for"])
# "Chinese-language daily", "Chinese-backed brands", "Hong Kong-listed shares"
DEMONYM_COMPOUNDS = frozenset(["language", "backed", "listed"])
# "a Swedish national", "the Indonesian word for tiger": a demonym telling a person's nationality or a word's language,
# right before its noun (a maker's demonym, "the Chinese carmaker Geely supplies the engines", stays: a partner's home)
NATIONALITY_NOUNS = frozenset(["national", "nationals", "citizen", "citizens", "word", "words", "name", "term"])
# "Italian brand Fiat", "The German car manufacturer", "the French group": one maker's nationality, which the gold
# writers leave out of the story's countries unless the country takes part in it otherwise (named as such); not
# "carmaker" nor "automaker", which the invented sets' writers count as the maker's home
MAKER_NATIONALITY_NOUNS = frozenset(["brand", "group", "conglomerate", "manufacturer", "maker", "automobile-maker"])
# "listed in Hong Kong": a territory whose name is also its demonym, which the gold writers do not count as a country
# (left to the language test's exclusion, unlike "New Zealand")
DEMONYM_TERRITORIES = frozenset(["Hong Kong"])
# "The Kyrgyzstan Chronicle", "China Daily", "The Korea Times": a newspaper's name after a country's
PUBLICATION_NOUNS = frozenset(["Chronicle", "Times", "Herald", "Daily", "Tribune", "Gazette", "Observer", "Journal",
                               "Telegraph", "Monitor"])
MAKER_NATIONALITY_MODIFIERS = frozenset(["car", "auto", "automobile", "motor", "vehicle"])  # "the German car manufacturer"


class ListsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _settle_makers(self) -> None:
        """The maker the article names for a model, when the gazetteer's is a relative it does not name:
        'Maruti Suzuki's Fronx' (the group's Indian maker, not Suzuki), 'the GWM Tank 300' (the group before its
        sub-brand's model), a JLR story's Range Rover (the group it names, not the Land Rover brand it never writes)."""
        companies = self.gaz.companies
        named = {e.ent_id_ for e in self.all_ents if e.label_ == "COMPANY"}
        for ent in self.all_ents:
            if ent.label_ == "MODEL":
                maker = self._model_maker(ent)
                if maker and (any(ent.text.startswith(s + " ") for s in self.gaz.surfaces_of(maker))
                              or self._maker_written_before(ent, maker)):
                    named.add(maker)
        said: dict[str, str] = {}  # model name -> the related company written right before it
        lower = self.index.lower
        for ent in self.all_ents:
            if ent.label_ != "MODEL" or self.index.is_boilerplate(ent.start):
                continue
            maker = self._model_maker(ent)
            info = companies.get(maker) if maker else None
            if info is None:
                continue
            k = ent.start - 1 - (lower[ent.start - 1] == "the")
            possessive = k >= 1 and lower[k] in ("'s", "’s", "'")
            prev = next((e for e in self.ents.get(self.index.sent_bounds(ent.start)[0], [])
                         if e.label_ == "COMPANY" and e.end == (k if possessive else ent.start)), None)
            if prev is None:
                continue
            other = companies.get(prev.ent_id_)
            if other is None or other.kind not in ("automaker", "group"):
                continue
            if possessive and other.parent == maker or not possessive and info.kind == "brand" and info.parent == other.name:
                said.setdefault(self._model_name(ent), other.name)
        for fact in self.models.values():
            info = companies.get(fact.maker) if fact.maker else None
            if info is None:
                continue
            if fact.name in said:
                fact.maker = said[fact.name]
            elif info.kind == "brand" and fact.maker not in named and info.parent in named \
                    and not any(fact.maker.startswith(n + " ") and n != info.parent for n in named):
                # ("the Renault Premium and Kerax" in a story naming Volvo too: Renault Trucks' model, the brand written
                # by the first word of its name, not its group's; but 'BMW S1000RR' in a story that never writes
                # 'BMW Motorrad': the group, whose name the brand's opens with, is the maker the story names)
                fact.maker = info.parent

    def _maker_written_before(self, ent: Span, maker: str) -> bool:
        """'Seat Ibiza', 'Skoda Fabia': the maker's name written right before its model in another case than the
        gazetteer's ('SEAT', 'ŠKODA'), so no COMPANY entity was found there; the story names the maker all the same."""
        lower = self.index.lower
        for surface in self.gaz.surfaces_of(maker):
            words = surface.lower().split()
            if words and ent.start >= len(words) and lower[ent.start - len(words):ent.start] == words:
                return True
        return False

    def _companies(self) -> list[str]:
        names: list[str] = []
        for ent in self.all_ents:
            if ent.label_ == "COMPANY":
                names.append(ent.ent_id_)
            elif ent.label_ == "MODEL":
                maker = self._model_maker(ent)
                if maker and any(ent.text.startswith(s + " ") for s in self.gaz.surfaces_of(maker)):
                    names.append(maker)
        for plant in self.plants:
            if plant.company:
                names.append(plant.company)
        if not any(names):
            names = self._makers_of_the_models()
        return list(dict.fromkeys(n for n in names if n))

    def _names_as_written(self, facts: ArticleFacts) -> None:
        """A company the story names only by another of its names keeps the name the story writes: 'Renault Samsung
        Motors' in a story from before the maker became Renault Korea, 'Shanghai GM' for SAIC-GM. The gazetteer's name,
        written anywhere in the story (or before one of its models), stays."""
        written: dict[str, Counter] = {}
        for ent in self.all_ents:
            if ent.label_ == "COMPANY" and ent.ent_id_ and not self.index.is_boilerplate(ent.start):
                written.setdefault(ent.ent_id_, Counter())[ent.text] += 1
            elif ent.label_ == "MODEL" and ent.ent_id_ and not self.index.is_boilerplate(ent.start):
                # ('Maruti Baleno', 'Mercedes Citan': the maker named by the short name its model is written with)
                maker = self._model_maker(ent)
                surface = self._maker_prefix(ent.text, maker) if maker else ""
                if surface:
                    written.setdefault(maker, Counter())[surface] += 1
        renamed = {}
        for name, surfaces in written.items():
            if any(s in self.gaz.curated_aliases or self._name_within(name, s) for s in surfaces):
                continue  # (a curator's alias stands for the company's own name: the decision names it)
            # (not an acronym of its name: 'IKCO' for Iran Khodro, 'MSIL' for Maruti Suzuki; one that is not, a brand in
            # capitals like 'LDV' for Maxus or a former name's like 'VWSA' for Volkswagen Group Africa, is a name)
            initials = "".join(w[0] for w in name.replace("-", " ").split()[:2]).upper()
            names = [(n, s) for s, n in surfaces.items() if not (s.replace("-", "").isupper() and s.startswith(initials))]
            if names:
                renamed[name] = self._without_legal_form(max(names)[1])
        if not renamed:
            return
        facts.companies = list(dict.fromkeys(renamed.get(c, c) for c in facts.companies))
        for fact in [*facts.models, *facts.plants, *facts.exports]:
            attr = "maker" if isinstance(fact, ModelFact) else "company"
            value = getattr(fact, attr)
            if value in renamed:
                setattr(fact, attr, renamed[value])
        for person in facts.people:
            if person.org in renamed:
                person.org = renamed[person.org]

    def _maker_prefix(self, text: str, maker: str) -> str:
        """The name of the maker a model's name opens with, as written ('Maruti' of 'Maruti Baleno'), or ''. The maker's
        name without its corporate words ('Great Wall' of 'Great Wall Steed 5' for Great Wall Motor) is its name."""
        lowered = text.lower()
        for surface in [maker, *self.gaz.surfaces_of(maker)]:
            if lowered.startswith(surface.lower() + " "):
                rest = maker[len(surface):].split() if maker.lower().startswith(surface.lower() + " ") else None
                return maker if rest and all(w in lx.CORPORATE_SUFFIXES for w in rest) else text[:len(surface)]
        return ""

    @staticmethod
    def _without_legal_form(written: str) -> str:
        """'Renault Samsung Motors Corp.' -> 'Renault Samsung Motors': the name without the legal forms after it, so
        one company's stories agree on its name ('Co., Ltd.', 'Corporation', 'AG')."""
        words = written.split()
        while len(words) > 1 and words[-1].strip(".,").lower() in lx.SHORT_LEGAL_FORMS | {"corporation", "limited", "incorporated"}:
            words.pop()
        return " ".join(words).rstrip(",") or written

    @staticmethod
    def _name_within(name: str, surface: str) -> bool:
        """The gazetteer's name written, alone or among more words: 'PT Astra Daihatsu Motor', 'Citroën Automobiles',
        'Renault-Sofasa'; or in other spacing ('Saryarka AvtoProm' for Saryarkaavtoprom). (An acronym is no name
        written: 'Jaguar Land Rover' for JLR is the name the story uses.)"""
        folded, written = (" " + fold_accents(t).lower().replace("-", " ") + " " for t in (name, surface))
        return folded in written or folded.replace(" ", "") == written.replace(" ", "")

    def _makers_of_the_models(self) -> list[str]:
        """A review of the F-150 that never writes 'Ford': a story that names no company is about the maker of the
        models it names, when one maker's models are named most."""
        counts = Counter(self._model_maker(ent) for ent in self.all_ents if ent.label_ == "MODEL")
        counts.pop("", None)
        counts.pop(None, None)
        ranked = counts.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return []
        return [ranked[0][0]]

    def _countries(self) -> list[str]:
        names = [e.ent_id_ for e in self.all_ents
                 if e.label_ == "COUNTRY" and not self._generic_demonym(e) and not self._language(e) and not self._maker_nationality(e)
                 and not self._in_publication_name(e)]
        names += [p.country for p in self.plants if p.country]
        for e in self.exports.values():
            names += [c for c in (e.origin, e.destination) if c in self.gaz.country_codes]
        return list(dict.fromkeys(n for n in names if n))

    def _in_publication_name(self, e: Span) -> bool:
        """'he worked as a translator at The Kyrgyzstan Chronicle', 'told China Daily': a country's name opening a
        newspaper's, no country of the story."""
        return e.end < len(self.index.text) and self.index.text[e.end] in PUBLICATION_NOUNS

    def _maker_nationality(self, e: Span) -> bool:
        """'The Swedish brand says ...', 'the German car manufacturer said': a demonym (a word, not 'US' or 'U.S.')
        right before a noun for one maker, telling where the maker is from, not where the story takes place."""
        lower, text = self.index.lower, self.index.text
        if e.text not in self.gaz.demonyms or not e.text[-1:].islower():
            return False
        k = e.end + (e.end < len(lower) and lower[e.end] in MAKER_NATIONALITY_MODIFIERS)
        return k < len(lower) and lower[k] in MAKER_NATIONALITY_NOUNS and text[k].islower()

    def _language(self, e: Span) -> bool:
        """'speaking in both Arabic and English', 'a statement in Chinese.': a demonym naming a language, after 'in' or
        a verb of speaking (past other languages listed), with no noun after it."""
        lower, text = self.index.lower, self.index.text
        if e.text not in self.gaz.demonyms or e.end < len(lower) and text[e.end].isalpha() and lower[e.end] not in AFTER_LANGUAGE:
            return False
        if e.text == e.ent_id_ and e.text not in DEMONYM_TERRITORIES:
            return False  # "launched in New Zealand, Mexico": a country's own name, which is no language
        k = e.start - 1
        while k >= 0 and e.start - k <= 6 and (lower[k] in ("and", "or", ",", "both") or text[k].istitle() and text[k].isalpha()
                                               and lower[k] not in LANGUAGE_CUES):
            k -= 1
        return k >= 0 and lower[k] in LANGUAGE_CUES

    def _generic_demonym(self, e: Span) -> bool:
        """'Chinese brands', 'Chinese electric-vehicle makers', 'a Chinese-language daily': a demonym describing makers
        or a language in general, which does not make the country take part in the story (its plants, routes and
        other mentions still do)."""
        lower = self.index.lower
        if e.end + 1 < len(lower) and lower[e.end] == "-" and lower[e.end + 1] in DEMONYM_COMPOUNDS:
            return True  # "Chinese-language", "Hong Kong-listed"
        if e.text not in self.gaz.demonyms:
            return False
        listed = 0  # demonyms and commas of a list: "European, American, Japanese, and South Korean brands"
        bracketed = 0  # tokens of a bracketed short form: "electric vehicle (EV) producer"
        k = e.end - 1
        while (k := k + 1) < min(e.end + 5 + listed + bracketed, len(lower)):  # past a few modifiers: "Chinese battery and cell suppliers"
            word = lower[k]
            if word in lx.MAKER_PLURALS or word in GENERIC_PLAYERS or word in NATIONALITY_NOUNS and k == e.end and not listed:
                return True
            if word in ("(", ")") or lower[k - 1] == "(" and self.index.text[k].isupper():
                bracketed += 1
                continue
            if self.ent_type[k] in ("COUNTRY", "REGION") and self.doc[k].is_title:
                listed += 1
                continue  # "the Japanese and Korean brands"
            if word == "," and k + 1 < len(lower) and (self.ent_type[k + 1] in ("COUNTRY", "REGION") or lower[k + 1] in ("and", "or")):
                listed += 1
                continue
            if self.ent_type[k] or not (word.isalpha() or word in ("-", "and")):
                return False
        return False

    def _people(self) -> list[PersonFact]:
        out: dict[str, PersonFact] = {}
        found = self.doc._.people or []
        # "Governor Ana Ruiz-Vidal ... Ruiz-Vidal's trip": a two-word name too, named again by its one-word surname
        full_names = [name.text for name, _, _ in found if len(name.text.split()) >= 2]
        for name, role, org in found:
            # "Ana Rosa Vidal ... Rosa Vidal, currently plant director": a later mention by the surname is the same person
            written = name.text
            key = next((full for full in full_names if full.endswith(" " + written)), written)
            person = out.get(key)
            if person is None:
                out[key] = PersonFact(name=key, role=role or None, org=org or None, source=self._source(self.index.sentence(name.start)))
            else:
                person.role = person.role or role or None
                person.org = person.org or org or None
        return list(out.values())

    def _mentions(self) -> list[Mention]:
        # offsets and text from the index: Span.text and Span.start_char walk tokens on every access
        out = []
        index, text = self.index, doc_text(self.doc)
        for ent in self.all_ents:
            start, end = index.span_chars(ent.start, ent.end)
            written = text[start:end]
            label = ent.label_
            # a model mention resolves to the name its facts use, so a model filter finds both
            canonical = self._model_name(ent) if label == "MODEL" else (ent.ent_id_ or written)
            out.append(Mention(written, label, canonical, start, end, *index.sent_span_chars(ent.start)))
        for qs in self.quantities.values():
            for q in qs:
                label = q.label_
                if label == "COUNT":
                    continue
                start, end = index.span_chars(q.start, q.end)
                written = text[start:end]
                ext = q._  # each `q._` makes a new accessor
                unit = ext.unit
                canonical = unit if label == "TRANSMISSION" else written
                out.append(Mention(written, label, canonical, start, end, *index.sent_span_chars(q.start), ext.value, unit, ext.qualifier))
        # page furniture read and set aside (ads, navigation, link lists), so a reader sees why it gave no facts;
        # no text or name of its own, so no filter or search matches an article through it
        out.extend(Mention("", BOILERPLATE_LABEL, "", start, end, start, end) for start, end in self.doc._.boilerplate)
        return sorted(out, key=lambda m: m.start)
