"""The company that runs the plant at a site, when it is not simply the one named nearest: the buyer of the
plant, the company whose name the plant bears, the builder of a 'where' clause, the group of a brand named only as what
is built, the first of an alliance's pair, the company an 'affiliate' or a subsidiary means; and the other makers listed
with it as the subject ("Toyota, Nissan and Honda build cars in Indonesia"), each with a plant of its own.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import ACTIVE_BUILD_VERBS, ADVERBS_BEFORE_VERB, BUILD_VERBS, COMPANY_ANAPHOR_NOUNS

AFFILIATE_NOUNS = frozenset(["affiliate", "subsidiary", "unit", "arm", "division"])  # "the Hyundai affiliate"
BUY_VERBS = frozenset(["acquired", "acquires", "bought", "buys", "purchased", "purchases"])  # "X acquired Y's plant in Z"
# one plant two companies share: "Toyota and Mazda will build a joint plant", "together", "a plant"
# "Renault and Hyundai have each set up a plant in Algeria": a plant each, not one they share ("jointly", "venture")
EACH_SHARED_WORDS = frozenset(["joint", "jointly", "together", "venture", "shared", "share"])
EACH_DESCRIBING_WORDS = frozenset(["the", "rival", "rivals", "partner", "compatriot", "peer", "counterpart", "brand"])
EACH_AUXILIARIES = frozenset(["have", "has", "had", "will", "would", "are", "were", "now"])
EACH_PLANT_VERBS = frozenset(["set", "sets", "setting", "opened", "open", "opens", "established", "establish", "run", "runs",
                              "operate", "operates", "operated", "have", "has", "own", "owns", "built"])
SHARED_PLANT_WORDS = frozenset(["joint", "jointly", "together", "venture", "partnership", "partner", "partners", "alliance",
                                "plant", "factory", "facility", "site", "shared", "share"])


class PlantSiteOperatorsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _co_subject_makers(self, sent: Sentence, ents: list[Span], company: str | None, slot: dict) -> list[str]:
        """'Toyota, Nissan and Honda build cars in Indonesia', 'Mercedes-Benz and Honda also make SUVs in Alabama': the
        other makers listed with the plant's company as the subject of the verb of making (not a plant two companies share,
        'Toyota and Mazda will build a joint plant', nor a group's own brands)."""
        if company and "each" in self.words and not self.words & EACH_SHARED_WORDS:
            return self._makers_each_with_a_plant(sent, ents, company, slot)
        if not company or self.words & SHARED_PLANT_WORDS:
            return []
        lower = self.index.lower
        comps, last = self._companies_up_to_slot(ents, company, slot)
        if last is None:
            return []
        k = last.end
        # "joins Chery, Suzuki and Tata, which already assemble cars in X": the makers a relative clause of making is about
        relative = lower[k + (lower[k] == ","):k + (lower[k] == ",") + 1] in (["which"], ["that"], ["who"])
        k += (lower[k] == ",") + 1 if relative else 0
        while k < slot["first"] and (lower[k] in ADVERBS_BEFORE_VERB or lower[k] in ("all", "both")):
            k += 1
        if k >= slot["first"] or lower[k] not in ACTIVE_BUILD_VERBS:
            return []

        def glue_word(j: int) -> bool:  # (before a relative clause, "China's Chery, Japan's Suzuki and India's Tata" too)
            return lower[j] in (",", "and", "&") or relative and (self.ent_type[j] == "COUNTRY" or lower[j] in ("'s", "’s"))
        listed, n = [], comps.index(last)
        while n > 0 and (glue := range(comps[n - 1].end, comps[n].start)) and all(glue_word(j) for j in glue) and any(
                lower[j] in (",", "and", "&") for j in glue):
            n -= 1
            listed.append(comps[n])
        if not listed or not relative and comps[n].start != sent.start and lower[comps[n].start - 1] not in (",", "–", "—", "-", "the"):
            return []  # the list opens its clause
        return [c for c in dict.fromkeys(e.ent_id_ for e in reversed(listed))
                if c != company and not self.gaz.same_group(c, company) and not self._parts_maker(c)]

    @staticmethod
    def _companies_up_to_slot(ents: list[Span], company: str, slot: dict) -> tuple[list[Span], Span | None]:
        """The companies written before the plant's slot, and the last mention of the plant's company among them."""
        comps = [e for e in ents if e.label_ == "COMPANY" and e.end <= slot["first"]]
        return comps, next((e for e in reversed(comps) if e.ent_id_ == company), None)

    def _makers_each_with_a_plant(self, sent: Sentence, ents: list[Span], company: str, slot: dict) -> list[str]:
        """'French automaker Renault and South Korean Hyundai have each set up an assembly plant in Algeria', 'Kia and
        Toyota each run a factory there': makers listed as the subject, then 'each' and a verb of making, setting up or
        running, have a plant each at the place (the makers may be described by their nationality or trade)."""
        lower = self.index.lower
        comps, last = self._companies_up_to_slot(ents, company, slot)
        if last is None:
            return []
        k = last.end
        while k < slot["first"] and k - last.end < 4 and (lower[k] in EACH_AUXILIARIES or lower[k] in ADVERBS_BEFORE_VERB):
            k += 1
        if lower[k] != "each" or k >= slot["first"] or "each" in lower[slot["first"]:sent.end]:
            return []  # ("... and sold 5,000 cars each in Algeria": not a plant each)
        k += 1
        while k < slot["first"] and k - last.end < 7 and lower[k] in ADVERBS_BEFORE_VERB:
            k += 1
        if k >= slot["first"] or not (lower[k] in BUILD_VERBS or lower[k] in EACH_PLANT_VERBS):
            return []

        def describes(j: int) -> bool:  # "French automaker", "South Korean", "the carmaker"
            return lower[j] in COMPANY_ANAPHOR_NOUNS or lower[j] in EACH_DESCRIBING_WORDS or self.ent_type[j] == "COUNTRY"
        listed, n = [], comps.index(last)
        while n > 0 and (glue := range(comps[n - 1].end, comps[n].start)) and {lower[j] for j in glue} & {",", "and", "&"} and all(
                lower[j] in (",", "and", "&") or describes(j) for j in glue):
            n -= 1
            listed.append(comps[n])
        if not listed or not all(describes(j) for j in range(sent.start, comps[n].start)):
            return []  # the list opens the sentence
        return [c for c in dict.fromkeys(e.ent_id_ for e in reversed(listed))
                if c != company and not self.gaz.same_group(c, company) and not self._parts_maker(c)]

    def _company_naming_the_plant(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'Mahindra began assembly in Kenya with its distributor X, at the Acme Assemblers (AA) plant in Mombasa': the
        company whose name the plant bears ('the X plant in Y', 'the X assembly plant at Y') runs it, whoever the
        subject is (a former owner's name, 'the former Nissan plant in ...', does not count)."""
        lower = self.index.lower
        site = next((e for e in ents if e.label_ == "PLACE" and e.text == slot["site"]
                     and slot["first"] <= e.start < slot["last"]), None)
        if site is None or site.start < sent.start + 4 or lower[site.start - 1] not in ("in", "at", "near", "outside"):
            return None
        k = site.start - 2
        if lower[k] not in ("plant", "factory", "facility", "works"):
            return None
        k -= 1
        if lower[k] in ("assembly", "production", "manufacturing", "vehicle", "car"):
            k -= 1
        if lower[k] == ")" and k - 2 > sent.start and lower[k - 2] == "(":
            k -= 3  # "the Acme Assemblers (AA) plant": the acronym in brackets
        owner = next((e for e in ents if e.label_ == "COMPANY" and e.end - 1 == k), None)
        if owner is None or lower[owner.start - 1] != "the" or self._former_owner(owner):
            return None
        return owner.ent_id_

    def _owner_of_the_plant_after(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """"Assembling of Tata trucks in Pakistan ... at Afzal Motors' new plant": a country where vehicles are made, no
        site named, and later in the sentence 'at' a company's plant (its possessive, no place of its own after it): that
        company runs it."""
        if slot["site"] is not None:
            return None
        lower = self.index.lower
        for e in ents:
            if e.label_ != "COMPANY" or e.start <= slot["last"] or lower[e.start - 1] != "at":
                continue
            k = e.end
            if lower[k:k + 1] not in (["'s"], ["’s"], ["'"], ["’"]):
                continue
            k += 1 + (lower[k + 1:k + 2] in (["new"], ["own"], ["local"]))
            if k < sent.end and lower[k] in ("plant", "factory", "facility", "works") and lower[k + 1:k + 2] not in (["in"], ["at"], ["near"]):
                return e.ent_id_  # (not "at Acme's plant in Lahore": a plant of its own place)
        return None

    def _maker_of_brand_built(self, ents: list[Span], company: str | None) -> str | None:
        """'a licensing deal to produce MG cars locally, and a land contract for the factory site in X', in a story about
        Mansour: a brand named only as what is built ('produce MG cars') is not the plant's operator; the company the
        article is about, of another group, is."""
        main = self.main_company
        if not company or not main or main == company or self.gaz.same_group(main, company) or main not in self.named_companies:
            return None
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if named and all(lower[e.start - 1] in BUILD_VERBS and e.end < len(lower) and lower[e.end] in lx.VEHICLE_WORDS for e in named):
            return main
        return None

    def _group_of_brand_built(self, ents: list[Span], company: str | None) -> str | None:
        """'GM will stop producing BrightDrop vans, made at a facility in X', 'Stellantis is moving production of its
        Compass Jeep to Y': a brand named only as what is built, after its own group named in the sentence, marks the
        product; the group runs the plant."""
        if not company:
            return None
        group = self.gaz.group_of(company)
        if group == company:
            return None
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        first = next((e for e in ents if e.label_ == "COMPANY"), None)
        if not named or first is None or first.ent_id_ != group:
            return None
        lower = self.index.lower
        for e in named:
            # (with a few words of description between: "BrightDrop electric parcel-delivery vans")
            k = e.end
            while k < min(len(lower), e.end + 5) and lower[k] not in lx.VEHICLE_WORDS and (self.doc[k].is_lower or lower[k] == "-"):
                k += 1
            vehicle_after = k < len(lower) and lower[k] in lx.VEHICLE_WORDS
            model_beside = self.ent_type[e.start - 1] == "MODEL" or e.end < len(lower) and self.ent_type[e.end] == "MODEL"
            if not (vehicle_after or model_beside) or lower[e.end:e.end + 1] in (["’s"], ["'s"]):
                return None
        return group

    def _first_of_pair(self, ents: list[Span], company: str | None) -> str | None:
        """'the Renault-Nissan alliance plants', 'The Renault – Nissan group ... its factories': an alliance written as
        two makers joined by a dash is led by the first; its plants are not the second's."""
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if not named:
            return None
        firsts = set()
        for e in named:
            first = next((f for f in ents if f.label_ == "COMPANY" and f.end == e.start - 1), None)
            if first is None or lower[e.start - 1] not in ("-", "–", "—"):
                return None
            firsts.add(first.ent_id_)
        return firsts.pop() if len(firsts) == 1 else None

    def _affiliate_meant(self, ents: list[Span], company: str | None) -> str | None:
        """'The Hyundai Motor affiliate has expanded capacity in South Korea' in a story about Kia: the group named as the
        owner of 'the affiliate' describes the company the article is about, which runs the plant."""
        main = self.main_company
        if not company or not main or main == company or not self.gaz.same_group(main, company):
            return None
        lower = self.index.lower
        named = [e for e in ents if e.label_ == "COMPANY" and e.ent_id_ == company]
        if named and all(lower[e.start - 1] == "the" and lower[e.end:e.end + 1] and lower[e.end] in AFFILIATE_NOUNS for e in named):
            return main
        return None

    def _buyer_of_the_plant(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'BYD recently acquired Ford's plant in X', 'Hyundai has bought the GM factory at Y': the buyer, the subject of
        the verb of buying, runs the plant now, not the seller whose name it bore."""
        lower = self.index.lower
        first = slot["first"]
        if first - 3 < sent.start or lower[first - 1] not in ("in", "at", "near"):
            return None
        k = first - 2
        if lower[k] not in lx.PLANT_NOUNS:
            return None
        verb = next((j for j in range(k - 1, max(sent.start, k - 8) - 1, -1) if lower[j] in BUY_VERBS
                     or lower[j] == "over" and lower[j - 1] in ("took", "taken", "take", "takes")), None)
        if verb is None or not any(e.label_ == "COMPANY" and verb < e.start < k for e in ents):
            return None  # the plant is named by the company it belonged to
        verb -= lower[verb] == "over"
        buyer = next((e for e in reversed(ents) if e.label_ == "COMPANY" and e.end <= verb and verb - e.end <= 3), None)
        return buyer.ent_id_ if buyer is not None else None

    def _builder_of_where_clause(self, sent: Sentence, ents: list[Span], slot: dict) -> str | None:
        """'kits are sent to Vietnam, where TC Motor assembles them at its plant in Hai Duong': the company building in
        the clause that opens on the place runs the plant there, not the company that sends the kits."""
        lower = self.index.lower
        place = next((e for e in ents if e.label_ in ("PLACE", "COUNTRY") and e.start == slot["first"]), None)
        if place is None:
            return None
        k = place.end + (1 if lower[place.end:place.end + 1] == [","] else 0)
        if lower[k:k + 1] != ["where"]:
            return None
        builder = next((e for e in ents if e.label_ == "COMPANY" and e.start == k + 1), None)
        if builder is None or not BUILD_VERBS & set(lower[builder.end:builder.end + 3]):
            return None
        return builder.ent_id_

    def _subsidiary_the_article_is_about(self, ents: list[Span], slot: dict, company: str | None) -> str | None:
        """'Renault Korea ... Busan also builds the Grand Koleos, Renault's mid-size SUV': with no company named before
        the place, a parent named after it (as a model's brand) yields to its subsidiary the article is about, in the
        subsidiary's own country."""
        main = self.main_company
        if not company or not main or main == company or slot["country"] != self.gaz.home_country(main):
            return None
        if any(e.label_ == "COMPANY" and e.start < slot["first"] for e in ents):
            return None
        parent, seen = main, {main}
        while (info := self.gaz.companies.get(parent)) is not None and info.parent and info.parent not in seen:
            parent = info.parent
            seen.add(parent)
            if parent == company:
                return main
        return None
