"""People known by their names: a given name (core.nlp.first_names) opening two to four name words ('a team led
by Robert Hentschel'); and a one-word entity that is a word of a longer name, no company, model or country of its own:
a person's first name ('Rio Ferdinand', 'said Danish Lodhi, chief executive'), a surname after a first name, a title or
an honorific ('Rolf Brandt', 'Governor Bentley', 'Mr Henry Ford'), or a word of a hyphened name ('Steyr-Daimler-Puch').
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from core.nlp import lexicon as lx
from core.nlp.entity_rules.words import DETERMINERS_AND_POSSESSIVES, NOT_SURNAMES, ORG_NAME_WORDS
from core.nlp.first_names import first_names, given_lowercase

# words before a place's name, not a person's: "a dealership in Siem Reap"
LOCATING_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "into", "around", "across", "via", "inside"])
HYPHENS = frozenset(["-", "–"])
APOSTROPHES = frozenset(["'", "’"])
ENTITY_BEFORE_A_NAME = frozenset(["COUNTRY", "COMPANY"])
# words after a run of name words that make it an organisation's name ("Maria Theresa Ltd")
ORG_NAME_ENDS = lx.CORPORATE_SUFFIXES | lx.INSTITUTION_WORDS | ORG_NAME_WORDS


class PeopleByNameRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _demonym_first_name(self, doc: Doc, e: Span, covered: set[int]) -> bool:
        """'said Danish Lodhi, chief executive of X', 'Danish Lodhi, chief executive of X, said': a demonym before a
        capitalised word no entity holds, the two a name that a speech verb or a title goes with."""
        text, lower, n = self.index.text, self.index.lower, len(doc)
        k = e.end
        if k + 2 >= n or k in covered or not text[k].istitle() or not text[k].isalpha() or lower[k] in STOP_WORDS:
            return False
        if self._text(e) not in self.gaz.demonyms:
            return False
        titled = text[k + 1] == "," and (lower[k + 2] in self.role_words or lower[k + 2] in ("the", "a", "an") and k + 3 < n
                                          and lower[k + 3] in self.role_words)
        return titled or e.start > 0 and lower[e.start - 1] in lx.SPEECH_VERBS

    def _first_of_three_names(self, doc: Doc, ent: Span) -> bool:
        """'The company's Director General, Dana Saadallah Saeed, announced', 'opened by Ram Bahadur Thapa, the
        minister': a one-word company's name after 'by' or a comma, two capitalised words that name nothing after it,
        then a comma: the first of a person's three names."""
        text = self.index.text
        k = ent.end
        if ent.start < 1 or text[ent.start - 1] not in (",", "by") or k + 2 >= len(doc) or text[k + 2] != ",":
            return False
        return all(text[j].istitle() and text[j].isalpha() and not doc[j].ent_type_ and text[j] not in lx.CORPORATE_SUFFIXES
                   and text[j] not in ORG_NAME_WORDS and self.index.lower[j] not in STOP_WORDS for j in (k, k + 1))

    def _role_in_apposition(self, doc: Doc, ent: Span) -> bool:
        """'Rolf Baumgartner, CEO of Zorvex, said', 'Mercedes Schmidt, a former Volkswagen executive, joins': a one-word
        company's name that is a given name, a capitalised word after it, then a comma and the person's role (maybe after
        'a', 'the' and a few words)."""
        text, lower = self.index.text, self.index.lower
        k = ent.end + 1
        if k + 1 >= len(doc) or text[k] != "," or text[ent.start] not in first_names():
            return False
        if lower[k + 1] in self.role_words and lower[k + 1] not in STOP_WORDS:
            return True
        return lower[k + 1] in ("a", "an", "the") and any(
            lower[j] in self.role_words and lower[j] not in STOP_WORDS for j in range(k + 2, min(len(doc), k + 6)))

    def _after_a_title(self, doc: Doc, ent: Span) -> bool:
        """'Chief Operating Officer Rolf Brandt said': a title's capitalised last word before the one-word name, a
        two-word name (no capitalised word after its second)."""
        before = doc[ent.start - 1]
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        return (before.is_alpha and before.lower_ in self.role_words and before.lower_ not in STOP_WORDS
                and (after is None or not (after.is_title or after.is_upper) or after.is_sent_start))

    def _titled_surname(self, doc: Doc, ent: Span) -> bool:
        """'Governor Bentley said', 'President Ford told': a one-word company name right after a capitalised title, not
        followed by a capitalised word, that the story also writes after a first name ('Robert Bentley')."""
        before = doc[ent.start - 1]
        if not (before.is_title and before.lower_.rstrip(".") in self.role_words) or before.lower_ in STOP_WORDS:
            return False
        if ent.end < len(doc) and doc[ent.end].is_title and not doc[ent.end].is_sent_start:
            return False
        return self._full_name(doc, ent.start, set()) is not None

    def _inside_hyphened_name(self, doc: Doc, ent: Span) -> bool:
        """'Steyr-Daimler-Puch': a hyphen written tight on each side of the name, a capitalised word beyond each."""
        text, k = self.index.text, ent.start
        if k < 2 or ent.end + 1 >= len(doc) or text[k - 1] != "-" or text[ent.end] != "-":
            return False
        if doc[k - 2].whitespace_ or doc[k - 1].whitespace_ or doc[ent.end - 1].whitespace_ or doc[ent.end].whitespace_:
            return False
        return text[k - 2][:1].isupper() and text[ent.end + 1][:1].isupper()

    def _honorific_surname(self, doc: Doc, ent: Span) -> bool:
        """'Coun Antony Mullen is leader', 'Mr Henry Ford said': a one-word company's name after an honorific and a
        capitalised first name (no company's nor place's), no capitalised word after it."""
        text = self.index.text
        k = ent.start - 1
        if k < 1 or not text[k].istitle() or not text[k].isalpha() or doc[k].ent_type_ or not self._after_an_honorific(k):
            return False
        return ent.end >= len(doc) or not text[ent.end][:1].isupper()

    def _after_an_honorific(self, k: int) -> bool:
        """'Mr. Nikola Ilic', 'Dr Rolf Brandt': an honorific just before token k."""
        text, lower = self.index.text, self.index.lower
        if k >= 2 and text[k - 1] == ".":
            k -= 1
        return k >= 1 and lower[k - 1].rstrip(".") in lx.HONORIFICS and text[k - 1][:1].isupper()

    def _surname_stands_alone(self, ent: Span) -> bool:
        """'Rolf Brandt resigned ... Brandt had been chosen': the capitalised word after a one-word company name is
        written alone elsewhere in the story, as a person's surname is, and never names anything there."""
        text, lower = self.index.text, self.index.lower
        k = ent.end
        if k >= len(text) or not text[k].istitle() or not text[k].isalpha() or len(text[k]) < 3:
            return False
        doc = ent.doc
        for j in self.index.positions(frozenset([lower[k]])):
            if j != k and text[j] == text[k] and lower[j - 1] != lower[ent.start] and not doc[j].ent_type_ \
                    and lower[j - 1] not in DETERMINERS_AND_POSSESSIVES and not self.index.is_boilerplate(j) \
                    and not (j + 1 < len(text) and (text[j + 1].istitle() or lower[j + 1] in lx.VEHICLE_WORDS)):
                return True
        return False

    def _looks_like_person(self, doc: Doc, ent: Span) -> bool:
        """'Rio Ferdinand': a first name followed by a capitalised word that names nothing else (not one before a
        vehicle noun: 'the Challenger and Charger Hellcat models', a trim's name)."""
        if ent.end >= len(doc):
            return False
        nxt = doc[ent.end]
        if self._vehicle_noun_after_capitalised(doc, ent.end):
            return False
        return (
            nxt.is_title and nxt.is_alpha and not nxt.ent_type_ and nxt.lower_ not in lx.VEHICLE_WORDS
            and nxt.lower_ not in STOP_WORDS and not nxt.is_sent_start
        )

    @staticmethod
    def _vehicle_noun_after_capitalised(doc: Doc, i: int) -> bool:
        """'the Carnival Multi-Purpose Vehicle', 'the Challenger Hellcat models': a vehicle's noun after a few capitalised
        words (joined by hyphens or not) that follow the name, which are then its class or trim, not a surname."""
        for k in range(i, min(len(doc), i + 5)):
            tok = doc[k]
            if k > i and tok.lower_ in lx.VEHICLE_WORDS:
                return True
            if not (tok.is_title and tok.is_alpha or tok.text == "-" and not tok.whitespace_ and k > i):
                return False
        return False

    def _middle_name(self, doc: Doc, ent: Span) -> bool:
        """'Prime Minister Pedro Passos Coelho': a one-word model's name between a given name (core.nlp.first_names)
        and a capitalised word, neither naming anything else, is a middle word of a person's name."""
        text, k = self.index.text, ent.start - 1
        if len(ent) != 1 or k < 0 or ent.end + 1 >= len(doc) or doc[k].ent_type_ or text[k] not in first_names():
            return False
        if not text[k].istitle() or self.index.lower[k] in lx.PERSON_PARTICLES:
            return False
        nxt = doc[ent.end]
        return (nxt.is_title and nxt.is_alpha and not nxt.ent_type_ and nxt.lower_ not in STOP_WORDS
                and nxt.lower_ not in lx.VEHICLE_WORDS and nxt.text not in ORG_NAME_ENDS
                and doc[ent.end + 1].lower_ not in lx.VEHICLE_WORDS)

    def _surname(self, doc: Doc, ent: Span, covered: set[int]) -> bool:
        """'said Gianni Forte, national secretary', 'Lucía Polo, head of sales, said': a one-word name after a
        capitalised first name that is no entity, where a speaker is named (a speech verb before, or a comma or a
        speech verb after), is the person's surname."""
        lower, text = self.index.lower, self.index.text
        first = ent.start - 1
        if len(ent) != 1 or first < 0 or first in covered or not text[first].istitle() or not text[first].isalpha():
            return False
        if lower[first] in STOP_WORDS or lower[first] in lx.MONTHS or lower[first] in self.role_words:
            return False
        after = lower[ent.end] if ent.end < len(doc) else ""
        before = lower[first - 1] if first > 0 else ""
        return before in lx.SPEECH_VERBS or after in lx.SPEECH_VERBS or (after == "," and (
            first == self.index.sent_bounds(first)[0] or before in (",", "by", "and")))

    def _given_named(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]],
                     nameless: tuple[dict[int, tuple[str, str]], dict[int, tuple[str, str]]]) -> list[tuple[Span, str, str]]:
        """'a team led by Robert Hentschel', 'Philippe Funda of PwC said', 'according to Jan van Keulen': a given name
        (core.nlp.first_names) that opens two to four name words naming nothing else is a person. Not a name inside a
        longer capitalised one ('Hotel Maria Theresa', 'Grant Thornton Advisors'), nor in a headline, whose words are
        all capitalised. Its title is one the rules found no name for, written right after it and a comma ('Jan van
        Keulen, director of sales') or right before it ('the head of the Flanders government Kris Peeters')."""
        given = first_names()
        if not given:
            return []
        text, lower = self.index.text, self.index.lower
        out = []
        for i in self.index.positions(given_lowercase()):
            if i in taken or text[i] not in given or doc[i].ent_type_ or self.index.is_boilerplate(i):
                continue
            if lower[i] in lx.PERSON_PARTICLES:
                continue  # "Del Varela", "Ben Salem": a surname's particle, capitalised, that some locale gives as a name
            sent_start, sent_end = self.index.sent_bounds(i)
            if i > sent_start and not self._before_a_name(i):
                continue
            name = self._given_name_words(doc, i, sent_end, taken)
            if name is None or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            after = text[name.end] if name.end < sent_end else ""
            if after[:1].isupper() and after.isalpha() or after == ":":
                continue  # a capitalised word after: an organisation's or a place's name, most likely; "Source:" a label
            last, following = lower[name.end - 1], after.lower()
            if {last, following} & (NOT_SURNAMES | lx.VEHICLE_WORDS) or any(w in lx.MONTHS for w in lower[i + 1:name.end]):
                continue  # "the Maria Theresa prize", "Azad Coach", "June-July"
            if self._title_case_line(i):
                continue  # a headline
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            beginning_at, ending_at = nameless
            role, org = (after == "," and beginning_at.get(name.end + 1)) or ending_at.get(name.start) or ("", "")
            out.append((name, role, org))
        return out

    def _before_a_name(self, i: int) -> bool:
        """Token i can open a person's name by what stands before it: no capitalised word, which would make it part of a
        longer name ('Sant' Agata Bolognese'), unless a title, an honorific ('Mr. Pedro Passos Coelho') or a country's
        or company's name; no word locating a place ('in Siem Reap'); no hyphen written tight ('St-François-du-Lac')."""
        text, lower = self.index.text, self.index.lower
        before = text[i - 1]
        if before[:1].isupper():
            # a title, an honorific, or the last word of a country's or company's name ("Sri Lanka Gopal Baglay")
            return (lower[i - 1].rstrip(".") in lx.HONORIFICS or lower[i - 1] in self.role_words
                    or self.index.doc[i - 1].ent_type_ in ENTITY_BEFORE_A_NAME)
        if lower[i - 1] in LOCATING_PREPOSITIONS or before in APOSTROPHES:
            return False  # "in Siem Reap", "Sant’ Agata Bolognese"
        return not (before in HYPHENS and not self.index.doc[i - 1].whitespace_)

    def _given_name_words(self, doc: Doc, i: int, sent_end: int, taken: set[int]) -> Span | None:
        """The given name at token i and the name words after it, up to four in all ('Jan van Keulen', 'Jean-Francois
        Muto', 'James D. Farley'), or None when no surname follows. (A given name that is also a month's short form,
        'Jan', is no name token of its own, so the words are counted from the one after it.)"""
        given_end = i + 1
        if self._hyphen_part(doc, i + 1):
            if self.index.text[i + 2] not in first_names():
                return None  # "Li-ion", "Miller-Cycle", "El-Obour": no double given name ("Jean-Christophe")
            given_end = i + 3
        end = given_end
        while end < sent_end and self._name_words(i, end) < 4:
            if self._hyphen_part(doc, end) or self._split_initial(doc, end):
                end += 2
            elif self._name_token(end, taken) or end > i + 1 and self._initial(doc[end]):
                end += 1
            else:
                break
        while end > given_end and self.index.lower[end - 1] in lx.PERSON_PARTICLES:
            end -= 1
        if end == given_end:
            return None  # a given name alone ("Jean-Christophe said")
        if end < len(doc) and self.index.text[end] in ORG_NAME_ENDS:
            return None  # "Maria Theresa Ltd": a company's name
        return Span(doc, i, end, label="PERSON")
