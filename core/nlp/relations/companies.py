"""Which company a sentence or a plant belongs to: the company opening a sentence (or an "it" or "the company"
pointing back to it), the company nearest a plant's place (its operator, owner, shareholder or former owner), and
a company named through a copula ("Another carmaker investing in Turkey is Tofas").
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.plant_sites import PART_NOUNS
from core.nlp.relations.words import (
    BUILD_VERBS,
    COMPANY_ANAPHOR_NOUNS,
    COMPARISON_CUES,
    FORMER_ADVERBS,
    OWNER_ANAPHORS,
    PASSIVE_AUXILIARIES,
)

OWNED_WORDS = frozenset(["owned", "controlled", "majority-owned", "wholly-owned", "backed"])  # "Volvo, which is owned by Geely"
# the share written before the participle: "Proton, 49.9% owned by Geely,", "Dacia, wholly owned by Renault,"
OWNERS_SHARE_WORDS = frozenset(["%", "percent", "per", "cent", "wholly", "partly", "majority", "jointly", "fully", "partially"])
OWNING_VERBS = frozenset(["owns", "own", "owned", "holds", "hold", "held", "controls", "control"])  # "Geely, which owns 49.9% of"
FOUNDING_VERBS = frozenset(["inaugurated", "opened", "founded", "established", "built", "set", "started"])  # "opened in 1986 by X"
PAST_OWNER_ADVERBS = FORMER_ADVERBS | {"originally"}  # "previously owned by X": a past owner
FORMER_WORDS = frozenset(["former", "old", "ex", "ex-", "onetime", "erstwhile"])
# "GM sold its Talegaon plant to Hyundai", "handed the site to X": a plant passing to the company after 'to'
PLANT_SALE_VERBS = frozenset(["sold", "sells", "selling", "sell", "transferred", "transferring", "handed", "handing"])
# "The BMW partner announced ...": a company named inside a noun for another company
PARTNER_NOUNS = frozenset(["partner", "ally", "rival", "competitor", "supplier", "customer", "licensee"])
# words between a company and a part it supplies: "Mitsubishi's turbocharged engine", "the Renault hybrid system"
PART_MODIFIERS = frozenset(["turbocharged", "turbo", "diesel", "petrol", "gasoline", "hybrid", "electric", "modular", "new", "litre", "liter"])
# "Like Toyota, Honda ...", "Unlike VW, Kia ...": a phrase opening the sentence that names another company than its subject
OPENING_PHRASE_WORDS = frozenset(["like", "unlike", "besides", "alongside", "following"])


# "PSA, which makes Peugeot, Citroen and Opel, ...": verbs of a clause listing a group's brands
BRAND_CLAUSE_VERBS = frozenset(["makes", "make", "owns", "own", "sells", "includes", "produces", "markets", "controls"])

class CompaniesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _subject_company(self, sent: Sentence, ents: list[Span], before: int | None = None) -> tuple[str | None, float]:
        ents = [e for e in ents if not (e.label_ == "COMPANY" and (self._former_owner(e) or self._names_a_part(e) or self._partner_describing(e)
                                                                   or self._badge_written_as(e) or self._ships_operator(e)))]
        for e in ents:
            if e.label_ == "COMPANY" and (before is None or e.start < before):
                return e.ent_id_, 1.0
        lower = self.index.lower[sent.start:sent.end]
        # (not ", the company said": who told of it, not who does it)
        anaphor = any(tuple(lower[i:i + 2]) in lx.COMPANY_ANAPHORS and not (lower[i - 1:i] == [","] and lower[i + 2:i + 3]
                                                                          and lower[i + 2] in lx.SPEECH_VERBS)
                      for i in range(len(lower) - 1)) or {"it", "its"} & self.words
        if lower[:1] in (["its"], ["it"]) and self.chain_pronoun and self.chain_subject:
            return self.chain_subject, 0.8  # "Suzuki holds ... It said Maruti's output would rise. Its Magyar plant ..."
        if lower[:1] in (["its"], ["it"]) and self.last_company:
            return self.last_company, 0.8  # "Hyundai shipped ... Its Chennai plant runs three shifts": the last one named
        if self.previous_subject and self._opens_with_company_anaphor(sent):
            return self.previous_subject, 0.8  # "Five kilometres away, BMW is hiring. The Munich-based group will ..."
        if {"it", "its"} & self.words and self.previous_subject and not any(e.label_ == "COMPANY" for e in ents):
            # "Along with VW, Kia has unveiled plans. In 2009 it will start production at its plant in X": the company
            # the sentence before was about, not the story's most named one
            return self.previous_subject, 0.8
        if "it" in self.words and (maker := self._maker_of_car_made(sent)):
            return maker, 0.8
        if anaphor and self.main_company in self.named_companies:
            return self.main_company, 0.8
        if anaphor and self.last_company:
            return self.last_company, 0.8
        for e in ents:
            # "The Pamplona factory ... cells made at PowerCo's Sagunto gigafactory": a company named after the plant as
            # the owner of another one ("X's") does not run this one
            if e.label_ == "COMPANY" and not (before is not None and e.start > before and self.index.lower[e.end:e.end + 1] in (["'s"], ["’s"])):
                return e.ent_id_, 0.8
        if (maker := self._maker_of_model_made_at(sent)) is not None:
            return maker, 0.8  # "the Nissan Qashqai, built in a factory near Sunderland": the maker of the car made there
        brand = self._brand_of_model_made(sent)
        if brand and self.main_company and brand != self.main_company and self.gaz.same_group(brand, self.main_company):
            return brand, 0.8  # "(a Jeep story) The Fiat Punto is produced at the Betim plant": the group's brand that makes it
        return self.main_company, 0.6

    def _maker_of_model_made_at(self, sent: Sentence) -> str | None:
        """'the Nissan Qashqai, built in a factory near Sunderland': the maker of the one model a participle of making
        in apposition places ('built in', 'made at'), if the gazetteer knows it."""
        lower = self.index.lower
        makers = {self._model_maker(e) for e in self.ents.get(sent.start, []) if e.label_ == "MODEL" and e.end + 2 < sent.end
                  and lower[e.end] == "," and lower[e.end + 1] in lx.MADE_PARTICIPLES and lower[e.end + 2] in ("in", "at")}
        maker = next(iter(makers)) if len(makers) == 1 else None
        return maker if maker in self.gaz.companies else None

    def _ships_operator(self, e: Span) -> bool:
        """'to be exported to South America on the GLOVIS "Classic" ro/ro ship', 'aboard a Höegh vessel': the company
        whose ship carries the cars, no shipper of them."""
        lower = self.index.lower
        return (lower[e.start - 2:e.start] in (["on", "the"], ["aboard", "the"], ["on", "a"], ["aboard", "a"])
                and any(lower[k] in lx.SHIP_WORDS for k in range(e.end, min(len(lower), e.end + 8))))

    def _badge_written_as(self, e: Span) -> bool:
        """'the Vauxhall Astra (badged as an Opel when sold abroad)': a brand a car is badged as, no company of the
        sentence's doing."""
        lower = self.index.lower
        k = e.start - 1 - (lower[e.start - 1] in ("a", "an", "the"))
        return k >= 1 and lower[k] == "as" and lower[k - 1] in lx.BADGE_VERBS

    def _brand_of_model_made(self, sent: Sentence) -> str | None:
        """'The Fiat Punto Evo B-car is produced at ...': the maker of the model a sentence opens with as the subject of a
        passive verb of making (a noun or two of its kind between), if the gazetteer knows it."""
        lower = self.index.lower
        k = sent.start + (lower[sent.start] == "the")
        model = next((e for e in self.ents.get(sent.start, []) if e.start == k and e.label_ == "MODEL"), None)
        if model is None:
            return None
        j = model.end
        while j < min(sent.end, model.end + 3) and lower[j] not in PASSIVE_AUXILIARIES and lower[j] not in (",", "which", "that"):
            j += 1
        if j >= sent.end or lower[j] not in PASSIVE_AUXILIARIES:
            return None
        j += 1 + (lower[j + 1:j + 2] in (["being"], ["also"], ["now"], ["currently"]))
        if j >= sent.end or lower[j] not in BUILD_VERBS or not lower[j].endswith(("ed", "built", "made")):
            return None
        maker = self._model_maker(model)
        return maker if maker in self.gaz.companies else None

    def _maker_of_car_made(self, sent: Sentence) -> str | None:
        """'Toyota will ship the Etios to Peru. We intend to send kits there, where it would be assembled': 'it' the
        subject of a passive verb of making is the car named last (in this sentence or the one before), not a company;
        its maker makes it."""
        lower = self.index.lower
        if self.last_model is None or self.sent_no - self.last_model_sent > 1:
            return None
        for k in range(sent.start, sent.end - 2):
            if lower[k] != "it":
                continue
            j = k + 1
            while j < sent.end and (lower[j] in PASSIVE_AUXILIARIES or lower[j] in ("will", "would", "also", "now", "currently",
                                                                                     "still", "to", "has", "have", "had", "being")):
                j += 1
            if j > k + 1 and j < sent.end and lower[j] in BUILD_VERBS and lower[j].endswith(("ed", "built", "made")) and (
                    set(lower[k + 1:j]) & PASSIVE_AUXILIARIES):
                model = self.models.get(self.last_model)
                return model.maker if model is not None and model.maker in self.gaz.companies else None
        return None

    def _nearest_company(self, sent: Sentence, ents: list[Span], before: int) -> tuple[str | None, float]:
        """The company named closest before a plant's place ('..., while BYD's plant in Szeged')."""
        lower = self.index.lower
        # "from the Hosur facility of Ashok Leyland": the company whose plant the town's plant is, named after it
        place = next((e for e in ents if e.start == before and e.label_ == "PLACE"), None)
        if place is not None and lower[place.end:place.end + 1] and lower[place.end] in lx.PLANT_NOUNS and lower[place.end + 1:place.end + 2] == ["of"]:
            owner = next((e for e in ents if e.start == place.end + 2 + (lower[place.end + 2] == "the") and e.label_ == "COMPANY"), None)
            if owner is not None:
                return owner.ent_id_, 1.0
        for e in ents:  # "a plant in X operated by Y": Y runs it, wherever it stands
            if (e.label_ == "COMPANY" and e.start >= 2 and lower[e.start - 1] == "by" and lower[e.start - 2] in lx.NAMING_WORDS
                    and not self._owner_of_company(e) and not self._former_owner(e)):
                return e.ent_id_, 1.0
            # "Nissan's former plant in St Petersburg now belongs to AvtoVAZ": the plant's new owner
            # ("GM sold its Talegaon plant to Hyundai": the plant between the verb and 'to'; not "Ford closed its Chennai
            # plant and its Sanand plant was bought by Tata": another plant's new owner, past this one's)
            if e.label_ == "COMPANY" and e.start > before and (
                    tuple(lower[e.start - 2:e.start]) in lx.NEW_OWNER_CUES
                    or lower[e.start - 1] == "to" and any(lower[k] in PLANT_SALE_VERBS for k in range(sent.start, before))) and not any(
                    x.label_ == "PLACE" and before < x.start < e.start for x in ents):
                return e.ent_id_, 1.0
            # "cars manufactured in Chennai by Y", "built at X by Y": the agent the participle of making names after the place
            # ("made in Germany by manufacturing partner Y": a few lower-case words of description between)
            by = next((k for k in range(e.start - 1, max(before, e.start - 4) - 1, -1) if lower[k] == "by"), None)
            if (e.label_ == "COMPANY" and before >= 2 and before < e.start <= before + 6 and by is not None
                    and all(self.doc[k].is_lower for k in range(by + 1, e.start))
                    and lower[before - 1] in ("in", "at") and lower[before - 2] in BUILD_VERBS and lower[before - 2].endswith(("ed", "built", "made"))
                    and not any(self.ent_type[k] == "COMPANY" or lower[k] == "," for k in range(before, by))):
                return e.ent_id_, 1.0
            # "the models are assembled under licence by Y at its plant in X": the agent of the making
            if (e.label_ == "COMPANY" and e.start >= 2 and e.start < before and lower[e.start - 1] == "by"
                    and BUILD_VERBS & set(lower[max(sent.start, e.start - 5):e.start - 1])):
                return e.ent_id_, 1.0
        # ("Kia unveiled its EVO Plant East — Hyundai Motor Group's first factory for PBVs — in Hwaseong": not a company
        # of a dashed aside the place stands past)
        preceding = [e for e in ents if e.label_ == "COMPANY" and e.start < before and not self._in_apposition(sent, e)
                     and not self._brand_of_subject_clause(sent, e)
                     and not ((aside := self._dash_aside(e.start, sent)) is not None and aside[1] < before)
                     and not self._former_owner(e) and not self._acronym_of_aside(sent, e, ents)]
        # "Geely, which owns 49.9% of Proton, ...", "Volvo, which is owned by Geely, ...": a shareholder runs no plant
        owners = [e for e in preceding if self._shareholder(sent, e, ents)]
        if owners and len(owners) == len(preceding) and lower[owners[0].end:owners[0].end + 2] in ([",", "which"], [",", "that"]):
            # "Geely, which holds a stake in Proton, will expand the plant in X": the company owned, named in the clause
            close = next((k for k in range(owners[0].end + 2, min(sent.end, owners[0].end + 14)) if lower[k] == ","), sent.end)
            owned_all = [e for e in ents if e.label_ == "COMPANY" and owners[0].end + 2 < e.start and (e.start < close or all(
                self.ent_type[j] == "COMPANY" or lower[j] in (",", "and") for j in range(close, e.start)))]
            # ("PSA, which owns Peugeot, Citroen and Opel, has started ...": a group's brands, the group the subject)
            owned = owned_all[0] if len(owned_all) == 1 else None
            # (not "Geely, which owns Volvo, builds the X at its plant in Y": the owner's own making, at its own plant)
            own_plant = "its" in lower[max(close, before - 4):before] or any(lower[k] in BUILD_VERBS for k in range(close, before))
            if owned is not None and owned.start < before and not own_plant:
                return owned.ent_id_, 0.8
        preceding = [e for e in preceding if e not in owners] or preceding
        # "the Lada Iskra, developed on the Renault B0 platform, goes into production at X": the part's maker runs no plant
        preceding = [e for e in preceding if not self._names_a_part(e)]
        # "Azermash and UzAuto will assemble Chevrolet cars in ...", "AGR's brand, whose models are derived from Chery
        # crossovers, will be assembled at ...": a brand naming vehicles is not who makes them
        # ("the new electric Jaguar GT": a brand written before its model's name is part of the name)
        # ("THACO's Thaco Mazda automobile manufacturing plant": the brand of the automobiles made there too)
        operators = [e for e in preceding if not self._names_vehicles(e, ents)]
        preceding = operators or preceding
        if len(preceding) > 1 and lower[preceding[-1].start - 1] in ("its", "their"):
            # "Astana Motors has started production at its Kia Qazaqstan plant": 'its' is the subject's, the brand names the plant
            return preceding[0].ent_id_, 1.0
        # the subject opens the sentence, or its first clause after a dateline ("Tashkent, 21 October – X has signed")
        opens = len(preceding) > 1 and (preceding[0].start == sent.start or lower[preceding[0].start - 1] in ("–", "—", "-")) and not any(
            lower[k] in BUILD_VERBS for k in range(sent.start, preceding[0].start))
        if (opens and self._its_plant_before(preceding[-1].end, before)
                and ({"of", "from", "by", "with"} & set(lower[preceding[-1].start - 3:preceding[-1].start])
                     or self._brand_of_built_model(preceding[0], preceding[-1]))):
            # "Azermash assembles the Tiggo 4 of Chinese carmaker Chery at its plant in ...": 'its' is the subject's
            # "X has signed an agreement with China's Chery to assemble ... at its plant in ...": the subject's too
            return preceding[0].ent_id_, 1.0
        if preceding:
            return preceding[-1].ent_id_, 1.0
        # "the Volkswagen Tera, which is built at the carmaker's Anchieta plant": the maker of the model described
        # ("the Nissan Qashqai, built in a factory near Sunderland": the participle in apposition)
        described = next((e for e in reversed(ents) if e.label_ == "MODEL" and e.end < before
                          and (lower[e.end:e.end + 2] == [",", "which"] or lower[e.end:e.end + 1] == [","] and lower[e.end + 1] in lx.MADE_PARTICIPLES)
                          and before - e.end <= 10 and set(lower[e.end:before]) & BUILD_VERBS), None)
        maker = self._model_maker(described) if described is not None else None
        if maker and maker in self.gaz.companies:
            return maker, 0.8
        # "the Audi Q5 from San José Chiapa": the maker of the model that comes from the town
        k = before - 2 - (lower[before - 2] in lx.VEHICLE_WORDS)
        source = next((e for e in ents if e.label_ == "MODEL" and e.end == k + 1), None) if lower[before - 1] == "from" else None
        maker = self._model_maker(source) if source is not None else None
        if maker and maker in self.gaz.companies:
            return maker, 0.8
        if (before >= 3 and lower[before - 3] == "the" and lower[before - 2] in OWNER_ANAPHORS and lower[before - 1] in ("'s", "’s")
                and self.last_company):
            return self.last_company, 0.8  # "... at the group's Maubeuge plant": the company named last
        subject, confidence = self._subject_company(sent, ents, before=before)
        named = next((e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == subject and e.start < before), None)
        group = self.gaz.group_of(subject) if subject else None
        of_model = named is not None and (self._names_vehicles(named, ents) or lower[named.end:named.end + 1] in (["'s"], ["’s"])
                                          and self.ent_type[named.end + 1] in ("MODEL", "MODEL_AMBIG"))
        if of_model and group != subject and any(e.label_ == "COMPANY" and e.ent_id_ == group for e in self.all_ents):
            # "Stellantis will invest ... in the Betim plant, which builds Fiat's Strada, and the Goiana plant": a brand
            # named only for its vehicles, in a clause; the group, named in the story, runs the plant
            return group, 0.8
        return subject, confidence

    def _its_plant_before(self, start: int, before: int) -> bool:
        """'its plant in', 'to its wholly owned manufacturing facility in': 'its' in the few words before the place, only
        lowercase words describing the plant between them."""
        lower = self.index.lower
        its = next((k for k in range(before - 1, max(start, before - 8) - 1, -1) if lower[k] == "its"), None)
        if its is None:
            return False
        return its >= before - 4 or all(self.doc[k].is_lower and not self.ent_type[k] for k in range(its + 1, before))

    def _names_vehicles(self, e: Span, ents: list[Span]) -> bool:
        """'Chevrolet cars', 'the Zorva Tarrak': a company written before a vehicle word or a model, and so each brand
        coordinated before one ('builds several Chevrolet and GM Daewoo vehicles at a plant in X')."""
        lower = self.index.lower
        if e.end >= len(lower):
            return False
        if lower[e.end] in lx.VEHICLE_WORDS or lower[e.end] in ("automobile", "automobiles") or self.ent_type[e.end] in ("MODEL", "MODEL_AMBIG"):
            # (not "an Audi car factory in Gyor": the brand's own plant of cars)
            return not (lower[e.end] in lx.VEHICLE_WORDS and lower[e.end + 1:e.end + 2] and lower[e.end + 1] in lx.PLANT_NOUNS)
        if lower[e.end:e.end + 2] in (["-", "branded"], ["-", "badged"]):
            return True  # "to build Mercedes Benz-branded heavy trucks in China": the brand the trucks carry
        if self._brand_of_vehicles_from(e):
            return True
        if lower[e.end] not in ("and", "&", ","):
            return False
        following = next((x for x in ents if x.label_ == "COMPANY" and x.start == e.end + 1), None)
        return following is not None and self._names_vehicles(following, ents)

    def _brand_of_vehicles_from(self, e: Span) -> bool:
        """'Cars from Daewoo, Chevrolet, Opel and Renault were assembled in X', 'vehicles of the Kia and Hyundai brands':
        brands listed after a vehicle word and 'from' or 'of' name what is made, not who makes it."""
        lower = self.index.lower
        k = e.start - 1
        while k > 0 and (lower[k] in (",", "and", "&", "the") or self.ent_type[k] == "COMPANY"):
            k -= 1
        return k > 0 and lower[k] in ("from", "of") and lower[k - 1] in lx.VEHICLE_WORDS

    def _names_a_part(self, e: Span) -> bool:
        """'the Renault B0 platform', 'Mitsubishi's 1.5-litre engine', 'a Toyota hybrid system': a company written before
        a part of a vehicle (a code or a figure between) supplies the part, not the plant that builds the vehicle."""
        lower, text = self.index.lower, self.index.text
        k = e.end + (lower[e.end:e.end + 1] in (["'s"], ["’s"]))
        for j in range(k, min(k + 5, len(lower))):
            if lower[j] in PART_NOUNS:
                # (not "Toyota's engine plant", "Ford's engine and assembly plant": a plant of parts, run by the company)
                return not lx.PLANT_NOUNS & set(lower[j + 1:j + 4])
            if not (any(c.isdigit() for c in text[j]) or text[j].isupper() or lower[j] in PART_MODIFIERS or lower[j] == "-"):
                return False
        return False

    def _acronym_of_aside(self, sent: Sentence, ent: Span, ents: list[Span]) -> bool:
        """'X, a carmaker backed by the Public Investment Fund (PIF), said': the bracketed short name of a company
        named in an aside is in the aside too."""
        lower = self.index.lower
        if ent.start < 2 or lower[ent.start - 1] != "(" or lower[ent.end:ent.end + 1] != [")"]:
            return False
        full = next((e for e in ents if e.label_ == "COMPANY" and e.end == ent.start - 1), None)
        return full is not None and self._in_apposition(sent, full)

    def _brand_of_built_model(self, subject: Span, brand: Span) -> bool:
        """'Stellantis will build Leapmotor's B10 at its Zaragoza plant': the company named before a model it sells,
        after the verb of making, is the model's brand; 'its' is the subject's."""
        lower = self.index.lower
        return (lower[brand.end:brand.end + 1] in (["'s"], ["’s"]) and brand.end + 1 < len(lower)
                and self.ent_type[brand.end + 1] in ("MODEL", "MODEL_AMBIG")
                and any(lower[k] in BUILD_VERBS for k in range(subject.end, brand.start)))

    def _shareholder(self, sent: Sentence, ent: Span, ents: list[Span]) -> bool:
        """A company named as another's owner in an aside: 'Volvo, which is owned by Geely,', 'Geely, which owns 49.9%
        of Proton,', 'Geely, which holds a stake in Proton,' (the clause names the company owned)."""
        lower = self.index.lower
        start = self._owner_start(ent)
        if start >= 2 and lower[start - 1] == "by" and lower[start - 2] in OWNED_WORDS:
            return True
        if lower[ent.end:ent.end + 2] not in ([",", "which"], [",", "that"]) or lower[ent.end + 2] in PASSIVE_AUXILIARIES:
            return False  # not "Volvo, which is owned by Geely": the company owned
        close = next((k for k in range(ent.end + 2, min(sent.end, ent.end + 14)) if lower[k] == ","), sent.end)
        return bool(set(lower[ent.end + 2:ent.end + 4]) & OWNING_VERBS) and any(
            e.label_ == "COMPANY" and ent.end + 2 < e.start < close for e in ents)

    def _owner_describing(self, ent: Span) -> bool:
        """'The General Motors-owned company is investing at its plants in A and B': the owner in a compound describing
        the company a noun names again (the company named before), not the plant's operator (not 'the BMW-owned factory
        in X', whose owner runs it)."""
        lower, k = self.index.lower, ent.end
        if lower[k:k + 1] != ["-"] or lower[k + 1:k + 2] not in (["owned"], ["backed"], ["controlled"]):
            return False
        return any(lower[j] in COMPANY_ANAPHOR_NOUNS for j in range(k + 2, min(len(lower), k + 4)))

    def _owner_of_company(self, ent: Span) -> bool:
        """'Volvo, which is owned by Geely', 'Volvo, owned by Geely,': the owner of the company named before the clause,
        not of a plant."""
        k = self._owner_start(ent) - 2  # the participle
        share = k - 1
        while share > k - 4 and share > 0 and (self.index.lower[share] in OWNERS_SHARE_WORDS or self.index.lower[share][:1].isdigit()):
            share -= 1  # "Proton, 49.9% owned by Geely,", "Dacia, wholly owned by Renault,": the share before the participle
        if (k >= 2 and self.index.lower[k] in OWNED_WORDS and self.index.lower[share] == "," and share > 0
                and self.ent_type[share - 1] == "COMPANY"):
            return True  # the clause cut short: "Dacia, owned by Renault, will build the X in Y"
        return (k >= 4 and self.index.lower[k] in OWNED_WORDS and self.index.lower[k - 1] in PASSIVE_AUXILIARIES
                and self.index.lower[k - 3:k - 1] in ([",", "which"], [",", "that"]) and self.ent_type[k - 4] == "COMPANY")

    def _owner_start(self, ent: Span) -> int:
        """Where an owner's name starts with its country's possessive: "owned by China's Zhejiang Geely Holding"."""
        start = ent.start
        if start >= 2 and self.index.lower[start - 1] in ("'s", "’s") and self.ent_type[start - 2] == "COUNTRY":
            start -= 2
        return start

    def _partner_describing(self, ent: Span) -> bool:
        """'The BMW partner announced that it had shipped ...', 'the Renault partner Dacia': a company named inside a noun
        for another one (named after it, or the story's company named before), not the subject itself."""
        lower = self.index.lower
        return ent.start > 0 and lower[ent.start - 1] == "the" and ent.end < len(lower) and lower[ent.end] in PARTNER_NOUNS

    def _former_owner(self, ent: Span) -> bool:
        """'the former Nissan plant', 'the old Ford factory': a past operator, not the one the sentence is about (nor an
        owner describing the company: 'The General Motors-owned company')."""
        lower = self.index.lower
        # "Nissan's former plant" too
        return (ent.start > 0 and lower[ent.start - 1] in FORMER_WORDS
                or lower[ent.end:ent.end + 1] in (["'s"], ["’s"], ["'"], ["’"])  # "General Motors' old plant" too
                and lower[ent.end + 1:ent.end + 2] in (["former"], ["old"])
                # "The plant was previously owned by Mercedes-Benz", "formerly run by GM"
                or ent.start >= 3 and lower[ent.start - 1] == "by" and lower[ent.start - 2] in lx.NAMING_WORDS
                and lower[ent.start - 3] in PAST_OWNER_ADVERBS
                or self._founder(ent) or self._owner_describing(ent))

    def _founder(self, ent: Span) -> bool:
        """'Inaugurated in 1986 by American Motors, the Brampton plant ...', 'established in 2008 by GM': who opened the
        plant in a year gone by, not who runs it now."""
        lower = self.index.lower
        if ent.start < 4 or lower[ent.start - 1] != "by":
            return False
        window = lower[ent.start - 5:ent.start - 1]
        year = any(w.isdigit() and len(w) == 4 for w in window)
        return year and bool(set(window) & FOUNDING_VERBS)

    def _brand_of_subject_clause(self, sent: Sentence, ent: Span) -> bool:
        """'Groupe PSA, which makes Peugeot, Citroen, DS and Opel, has started production at ...': a brand listed in a
        clause about the company before it, no subject of the sentence."""
        lower = self.index.lower
        k = next((k for k in range(ent.start - 1, sent.start, -1) if lower[k:k + 2] == [",", "which"]), None)
        if k is None or self.ent_type[k - 1] != "COMPANY" or lower[k + 2] not in BRAND_CLAUSE_VERBS:
            return False
        # the clause runs over the list of brands: commas and 'and' between companies
        return all(self.ent_type[j] == "COMPANY" or lower[j] in (",", "and", "the", "brands") for j in range(k + 3, ent.start))

    def _in_apposition(self, sent: Sentence, ent: Span) -> bool:
        """'Ford Otosan, a joint venture between Ford and Koç Holding, builds ...': Ford is not the subject."""
        lower = self.index.lower
        i = ent.start - 1
        # past a bracket closed before the company: "X, a US-based electric vehicle (EV) maker backed by Y,"
        while i > sent.start and (lower[i] not in (",", "(", "—") or lower[i] == "(" and ")" in lower[i + 1:ent.start]):
            i -= 1
        # "Marathon Motor Engineering, Hyundai's partner in Ethiopia, has started ...": a possessive description too
        # ("Brilliance China Auto, German luxury car maker BMW's domestic partner, is ...": words describing the owner
        # before it, a demonym and lower-case words)
        described = (0 < ent.start - (i + 1) <= 5 and lower[ent.start - 1] in lx.COMPANY_NOUNS
                     and all(self.ent_type[k] == "COUNTRY" or self.doc[k].is_lower and self.doc[k].is_alpha for k in range(i + 1, ent.start)))
        possessive = (ent.start == i + 1 or described) and ent.end < sent.end and lower[ent.end] in ("'s", "’s") and lower[i] == ","
        # "Oyak Renault, Renault's joint venture with Oyak, will build ...": a partner inside a possessive description
        opener = next((e for e in self.ents.get(sent.start, []) if e.start == i + 1 and e.label_ == "COMPANY"), None)
        possessive = possessive or (opener is not None and opener.end < ent.start and lower[i] == ","
                                    and lower[opener.end] in ("'s", "’s"))
        if i <= sent.start or lower[i + 1] not in ("a", "an", "the", "which", "whose", "owned", "part") and not possessive:
            return False
        if ent.end + 1 < sent.end and lower[ent.end] == "," and self.doc[ent.end + 1].ent_type_ == "PERSON":
            return False  # "the managing director of X, Ana Ruiz, said": X is the speaker's company, no description's
        return any(lower[k] in (",", ")", "—") for k in range(ent.end, min(sent.end, ent.end + 8)))

    def _in_opening_phrase(self, sent: Sentence, ent: Span) -> bool:
        """'Along with VW, Kia has ...', 'Like Toyota, Honda ...': a company inside a phrase that opens the sentence and
        closes with a comma before its subject."""
        lower = self.index.lower
        opener = lower[sent.start:sent.start + 2]
        if not (opener[:1] and opener[0] in OPENING_PHRASE_WORDS or opener == ["along", "with"] or opener == ["together", "with"]
                or opener == ["as", "with"] or opener == ["apart", "from"]):
            return False
        return any(lower[k] == "," for k in range(ent.end, min(sent.end, ent.end + 3)))

    def _company_named_by_copula(self, sent: Sentence, companies: list[Span]) -> str | None:
        """'Another carmaker investing in Turkey is Tofas, ...': the company a sentence's subject, a maker named by its
        kind, is said to be, is the subject the next sentence's 'The company' goes on about."""
        if not companies:
            return None
        first, lower = companies[0], self.index.lower
        if first.start - sent.start > 16 or lower[first.start - 1] not in ("is", "was"):
            return None
        opening = lower[sent.start:first.start - 1]
        return first.ent_id_ if COMPANY_ANAPHOR_NOUNS.intersection(opening) and "," not in opening else None

    def _named_as_rival(self, sent: Sentence, ent: Span) -> bool:
        """'It will follow its rivals, such as Acme', 'sells more than Acme': a company named only to compare with, in a
        sentence whose subject is 'it' or another company, a few words after a word of comparison."""
        lower = self.index.lower
        if ent.start - sent.start < 3 or lower[sent.start] not in ("it", "its"):
            return False
        return bool(COMPARISON_CUES.intersection(lower[ent.start - 3:ent.start]))

    def _opens_with_company_anaphor(self, sent: Sentence) -> bool:
        """'The company ...', 'The Munich-based group ...': the sentence's subject is the company named before."""
        lower = self.index.lower
        if lower[sent.start] != "the":
            return False
        return any(lower[k] in COMPANY_ANAPHOR_NOUNS for k in range(sent.start + 1, min(sent.end, sent.start + 6)))
