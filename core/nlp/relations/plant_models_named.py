"""The models named with a plant's place ("the X is built at Y", "Y, where the X is made", "its San Antonio
plant, which builds the Tundra"): with several plants in one sentence, which models each takes; and models whose
production moves to or from a plant ("will move production of the Superb from Kvasiny to Bratislava").
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.plant_models_words import NON_PLANT_CAPACITIES
from core.nlp.relations.words import (
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    BUILD_VERBS,
    CLAUSE_BREAKS,
    MOVE_VERBS,
    PASSIVE_AUXILIARIES,
)

# "a second shift", "the night shift": the word as a noun of working hours, not a verb of moving production
SHIFT_NOUN_OPENERS = frozenset("a an the one two three second third fourth night day late early extra additional".split())


class PlantModelsNamedMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _models_of_relative_clause(self, last: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'its San Antonio plant, which builds the Tundra and the Sequoia, ...': the models of a ', which builds'
        clause right after a plant's name, up to the clause's end."""
        lower = self.index.lower
        k = last
        if k < sent.end and lower[k] == ",":  # "its San Antonio, Texas, plant", "its plant in Zilina, Slovakia, which": past the state
            j = k + 1
            while j < sent.end and self.ent_type[j] in ("PLACE", "COUNTRY"):
                j += 1
            if j > k + 1 and j < sent.end and lower[j] == ",":
                k = j + 1 if j + 1 < sent.end and lower[j + 1] in lx.PLANT_NOUNS else j
        start = k
        while k < min(sent.end, start + 3) and lower[k] in lx.PLANT_NOUNS | {"assembly", "vehicle", "car", "truck", "pickup", "van"}:
            k += 1
        if lower[k:k + 2] == [",", "where"]:
            return self._models_made_where(k + 2, sent, subjects)
        if lower[k:k + 1] == [","] and self._home_of(k + 1):
            k = k + 1 + (lower[k + 1] in ("the", "now"))  # "its Silao pickup plant, home of the Silverado and the Sierra, ..."
        elif lower[k:k + 2] != [",", "which"] and lower[k:k + 2] != [",", "that"]:
            return []
        else:
            k += 2
            while k < sent.end and lower[k] in ADVERBS_BEFORE_VERB:
                k += 1
            if k >= sent.end or lower[k] not in BUILD_VERBS:
                return []
        end = k + 1
        while end < sent.end and lower[end] != ";":
            if lower[end] == "," and not (end + 1 < sent.end and (lower[end + 1] in ("the", "and") or self.ent_type[end + 1] == "MODEL")):
                break
            end += 1
        return [m for m in subjects if k < m.start < end]

    def _models_made_where(self, k: int, sent: Sentence, subjects: list[Span]) -> list[Span]:
        """'the X plant in Michigan, where the A, the B and the C are produced, and ...': the models of a passive clause
        of making opened by 'where' right after a plant's name."""
        lower = self.index.lower
        verb = k + 1 if lower[k:k + 1] in (["it"], ["they"]) else k + 2 if lower[k:k + 2] in (["the", "company"], ["the", "group"]) else None
        while verb is not None and verb < sent.end and lower[verb] in ADVERBS_BEFORE_VERB:
            verb += 1
        if verb is not None and verb < sent.end and lower[verb] in BUILD_VERBS:
            # "its Toledo complex, where it builds the Wrangler and the Gladiator, and ...": an active clause of making
            end = verb + 1
            while end < sent.end and lower[end] != ";" and not (
                    lower[end] == "," and not (end + 1 < sent.end and (lower[end + 1] == "the" or self.ent_type[end + 1] == "MODEL"))):
                end += 1
            return [m for m in subjects if verb < m.start < end]
        for j in range(k + 1, min(sent.end - 1, k + 25)):
            if lower[j] in (";", "where", "which"):
                return []
            if lower[j] in PASSIVE_AUXILIARIES:
                verb = j + 1
                while verb < sent.end and lower[verb] in ADVERBS_BEFORE_VERB:
                    verb += 1
                if verb < sent.end and lower[verb] in BUILD_VERBS and self._models_between(k, j):
                    return [m for m in subjects if k <= m.start < j]
                return []
        return []

    def _home_of(self, k: int) -> bool:
        """'home of the X', 'the home of the X', 'now home to the X' at token k."""
        lower = self.index.lower
        k += lower[k:k + 1] in (["the"], ["now"])
        return k + 1 < len(lower) and lower[k] == "home" and lower[k + 1] in ("of", "to")

    def _models_for_slot(self, subjects: list[Span], slots: list[dict], n: int) -> list[Span]:
        """With several plants in a sentence, each takes the models named between it and the one before."""
        away = self._moved_away(subjects, slots[n]["first"])
        if away:  # "will move production of the Superb from Kvasiny to Bratislava": not Kvasiny's any more
            subjects = [m for m in subjects if m.start not in away]
        if len(slots) == 1:
            # "Its Camry comes from Japan, while the Hilux is shipped from the Samrong plant": models said to come from
            # elsewhere in a clause of their own are not the plant's
            # "Unlike the Y, the X will be made only in Elbonia": a model set against the plant's in an opening phrase is
            # not the plant's
            own = [m for m in subjects if not self._contrasted_model(m, slots[0]["first"])] or subjects
            # "The Rayong plant sends the MG4 to Australia, while its Indian unit JSW MG Motor exports the Hector": the
            # models of a clause another company opens after the plant are that company's (unless made 'there')
            clause = self._company_clause_between(slots[0]["last"], 10**9)
            if clause is not None and "there" not in self.index.lower[clause:self.index.sent_bounds(clause)[1]]:
                own = [m for m in own if m.start < clause] or own
            return [m for m in own if not self._from_elsewhere(m, slots[0]["first"])] or own
        moved = self._moved_models(subjects, slots[n]["first"])
        if moved is not None:  # "since the Superb moved to Bratislava": the models moved there, not the sentence's others
            return moved
        low = slots[n - 1]["last"] if n else -1
        lower = self.index.lower
        # "..., which will build the PV5, while the Gwangmyeong plant makes the EV3": a plant opening a clause of its
        # own takes the models of that clause
        opened = next((k for k in range(slots[n]["first"] - 1, max(low, slots[n]["first"] - 6), -1) if lower[k] in CLAUSE_BREAKS), None)
        # ("in Cologne, Germany; Valencia, Spain; and Rayong, Thailand": a ';' between the items of a list opens no clause)
        if n and opened is not None and not all(lower[k] in (";", ",", "and") or self.ent_type[k] == "COUNTRY"
                                                for k in range(slots[n - 1]["last"], slots[n]["first"])):
            close = next((k for k in range(slots[n]["last"], slots[n + 1]["first"] if n + 1 < len(slots) else len(lower))
                          if lower[k] in CLAUSE_BREAKS), slots[n + 1]["first"] if n + 1 < len(slots) else 10**9)
            return [m for m in subjects if slots[n]["last"] <= m.start < close]
        # "Toyota's factory in Georgetown, Kentucky, builds the Camry, and Honda's plant in Marysville, Ohio, builds the
        # Accord": a plant followed by its own verb of making takes the models after that verb, not those of the plant before
        verb = self._builds_after(slots[n]["last"]) if n else None
        if verb is not None:
            high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
            after = [m for m in subjects if verb < m.start < high]
            if after:
                return after
        gapped = self._gapped_models_at(slots[n]["last"], Sentence(*self.index.sent_bounds(slots[n]["last"] - 1))) if n else None
        if gapped is not None:
            # "Douai makes the X, Maubeuge the Y": the models right after a town whose clause leaves out its verb
            high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
            stop = next((k for k in range(gapped, min(high, len(lower))) if lower[k] in (";", ".") or lower[k] in CLAUSE_BREAKS), high)
            return [m for m in subjects if gapped <= m.start < stop]
        # ("Toyota's plant in A builds the X, while Mitsubishi assembles the Y in the same city": the models of the
        # clause the second plant's company opens)
        opener = self._company_clause_between(low, slots[n]["first"]) if n else None
        before = [m for m in subjects if (opener if opener is not None else low) <= m.start < slots[n]["first"]]
        if before:
            return before
        shared = self._models_of_listed_site(subjects, slots, n)
        if shared:
            return shared
        high = slots[n + 1]["first"] if n + 1 < len(slots) else 10**9
        # "Nissan exported 450,000 units from Aguascalientes, and Volkswagen shipped the Jetta from Puebla": the
        # models after another company opens a clause of its own are that company's
        clause = self._company_clause_between(slots[n]["last"], high)
        after = [m for m in subjects if slots[n]["last"] <= m.start < (clause or high)]
        if not after and clause is None and n + 1 < len(slots) and set(lower[slots[n]["last"]:high]) <= {",", "and", "in", "at", "near"}:
            # "Toyota's two plants, in Tijuana and in Apaseo el Grande, build the Tacoma": plants listed together share
            # the models named after the list
            return self._models_for_slot(subjects, slots, n + 1)
        return after

    def _models_of_listed_site(self, subjects: list[Span], slots: list[dict], n: int) -> list[Span]:
        """'production of the new X at the A and B plants', 'the X is built at the A plant in China and the GM B plant in
        Brazil': a site listed right after the one before it (only 'and', a comma, a determiner or the operator's name
        between) shares the models named before that first site."""
        if not n:
            return []
        lower = self.index.lower
        # "built at both the A plant in China and the GM B plant in Brazil": a determiner or the operator's name may
        # open the second site
        # ("Bremen in Germany and Beijing in China": the town of the second site, where the tagger read only its country)
        # ("in Nosovice in addition to Ulsan": a town added to the one before)
        if not self._added_town_glue(lower[slots[n - 1]["last"]:slots[n]["first"]]) and not all(
                lower[k] in (",", "and", "&", "the", "its", "their", ";") or self.ent_type[k] == "COMPANY"
                   or lower[k] in ("'s", "’s") and self.ent_type[k - 1] == "COMPANY"
                   or self.ent_type[k] == "PLACE" or lower[k] == "in" and self.ent_type[k - 1] == "PLACE"
                   # "in Cologne, Germany, and Valencia, Spain": the country of the town before, after its comma
                   or self.ent_type[k] == "COUNTRY" and (self.ent_iob[k] == "I" or lower[k - 1] == ",")
                   for k in range(slots[n - 1]["last"], slots[n]["first"])):
            return []
        low = slots[n - 2]["last"] if n > 1 else -1
        # "builds the X in A, B and C": the third item shares the models named before the first
        return [m for m in subjects if low <= m.start < slots[n - 1]["first"]] or self._models_of_listed_site(subjects, slots, n - 1)

    def _builds_after(self, last: int) -> int | None:
        """The verb of making right after a plant's name ('plant in Marysville, Ohio, builds', 'factory now makes', 'the
        branch in Pitnak which produces'): the plant is the verb's subject."""
        lower, sent_end = self.index.lower, self.index.sent_bounds(last - 1)[1]
        k = last
        while k < min(sent_end, last + 6) and (lower[k] == "," or self.ent_type[k] in ("PLACE", "COUNTRY")
                                                or lower[k] in lx.PLANT_NOUNS or lower[k] in ADVERBS_BEFORE_VERB
                                                or lower[k] in ("which", "that") and lower[k - 1] != ","):  # "in Pitnak which produces"
            k += 1
        return k if k < sent_end and lower[k] in ACTIVE_BUILD_VERBS else None

    def _moved_models(self, subjects: list[Span], first: int) -> list[Span] | None:
        """The models whose production moves 'to' the place at `first`: 'the Superb moved to Bratislava' (the models
        just before the verb), 'move the production of the Elroq from A to B' (the models between the verb and 'to');
        None when no production moves there."""
        lower = self.index.lower
        if first >= 3 and lower[first - 1] in ("its", "their", "the") and lower[first - 2] in ("to", "into"):
            first -= 1  # "from its CIVAC plant in Morelos to its Aguascalientes complex"
        if first < 2 or lower[first - 1] not in ("to", "into"):
            return None
        verb = self._move_verb_before(first - 1, self.index.sent_bounds(first)[0])
        if verb is None:
            return None
        carried = [m for m in subjects if verb < m.start < first]
        if carried:
            return carried
        if verb != first - 2:
            return None
        # the verb's subject: the models right before it, back to the start of their clause
        return [m for m in subjects if m.end <= verb and verb - m.end <= 6
                and not set(lower[m.end:verb]) & {"since", "when", "after", "as", "while", "which", ";"}] or None

    def _moved_away(self, subjects: list[Span], first: int) -> set[int]:
        """The starts of the models whose production moves away 'from' the place at `first`: 'move production of the X
        from A to B', 'By transferring the production of the X from A to B'; empty when none moves from there."""
        lower = self.index.lower
        # (past "its plant in": "from its plant in Smyrna")
        while first >= 2 and (lower[first - 1] in ("its", "their", "the", "in", "at") or lower[first - 1] in lx.PLANT_NOUNS):
            first -= 1
        if first < 2 or lower[first - 1] != "from":
            return set()
        floor = self.index.sent_bounds(first)[0]
        # ("By transferring the production of the X from A to B")
        verb = self._move_verb_before(first - 1, floor) or next(
            (k for k in range(first - 2, max(floor, first - 21) - 1, -1) if lower[k] in ("transferring", "relocating")), None)
        if verb is None or {"part", "some", "share", "portion"} & set(lower[verb:first - 1]):
            return set()  # ("move part of the production of the X from A to B": A keeps making it)
        return {m.start for m in subjects if verb < m.start < first - 1}

    def _moved_count(self, sent: Sentence, first: int) -> int | None:
        """'transfer production of all four vans to its Atessa plant', 'move both models to X': how many of the models
        named last move to the place at `first`, counted by a number word before a vehicle noun."""
        lower = self.index.lower
        if first >= 3 and lower[first - 1] in ("its", "their", "the") and lower[first - 2] in ("to", "into"):
            first -= 1
        if first < 2 or lower[first - 1] not in ("to", "into"):
            return None
        # "will transfer production of ...": the verb (not the noun of "a technology transfer to X")
        verb = self._move_verb_before(first - 1, sent.start) or next(
            (k for k in range(first - 2, max(sent.start, first - 21), -1) if lower[k] in ("transfer", "transfers")
             and lower[k - 1] in ("will", "to", "would", "could")), None)
        if verb is None:
            return None
        counts = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
        return next((counts[lower[k]] for k in range(verb + 1, first - 2) if lower[k] in counts
                     and lower[k + 1] in lx.VEHICLE_WORDS), None)

    def _move_verb_before(self, to: int, floor: int) -> int | None:
        """The verb of moving production nearest before the 'to' at `to`, within 20 words and not before `floor`
        ('a second shift to ...' is no move)."""
        lower = self.index.lower
        return next((k for k in range(to - 1, max(floor - 1, to - 21), -1) if lower[k] in MOVE_VERBS
                     and not (lower[k] in ("shift", "shifts") and lower[k - 1] in SHIFT_NOUN_OPENERS)), None)

    def _contrasted_model(self, model: Span, slot_start: int) -> bool:
        """'Unlike the Y, the X ...', 'Unlike Zorvex's Y, ...': the model an opening 'unlike' sets against the sentence's
        subject, before the plant is named."""
        lower = self.index.lower
        k = model.start - 1
        while k >= 0 and (lower[k] in ("the", "its", "their", "'s", "’s") or self.ent_type[k] == "COMPANY"):
            k -= 1
        return model.start < slot_start and k >= 0 and lower[k] == "unlike"

    def _from_elsewhere(self, model: Span, slot_start: int) -> bool:
        """The model comes 'from' some other place in a clause before the plant's, closed by 'while' or ';'."""
        lower = self.index.lower
        if model.start > slot_start:
            return False
        clause_break = next((k for k in range(model.end, slot_start) if lower[k] in CLAUSE_BREAKS), None)
        return clause_break is not None and "from" in lower[model.end:clause_break]

    def _models_between(self, start: int, end: int) -> bool:
        """Only models and their glue ('the', 'and', ',', a maker's name) in [start, end), and at least one model."""
        lower = self.index.lower
        kinds = [self.ent_type[k] for k in range(start, end)]
        return "MODEL" in kinds and all(t in ("MODEL", "MODEL_AMBIG", "COMPANY") or lower[k] in ("the", "and", ",", "new")
                                        for k, t in zip(range(start, end), kinds, strict=True))

    def _models_in_capacity(self, sent: Sentence, subjects: list[Span], slot: dict) -> list[Span]:
        """'production at the A and B plants, with a combined capacity of 300,000 units a year, including the X and the
        Y': the models a plant's capacity, named right after the plant, is said to include (no verb of its own between)."""
        lower = self.index.lower
        k = next((k for k in range(slot["last"], min(sent.end, slot["last"] + 12)) if lower[k] == "capacity"), None)
        if k is None or any(lower[j] in CLAUSE_BREAKS or lower[j] in BUILD_VERBS or self.doc[j].pos_ == "VERB"
                            for j in range(slot["last"], k)) or lower[k - 1] in NON_PLANT_CAPACITIES:
            return []
        cue = next((j for j in range(k + 1, min(sent.end, k + 12)) if lower[j] in ("including", "includes", "include")), None)
        if cue is None or any(lower[j] in CLAUSE_BREAKS or self.doc[j].pos_ == "VERB" for j in range(k + 1, cue)):
            return []
        found: list[Span] = []
        last = cue + 1
        for m in subjects:
            if m.start < last:
                continue
            if not all(lower[j] in ("the", "a", "new", ",", "and") for j in range(last, m.start)):
                break
            found.append(m)
            last = m.end
        return found
