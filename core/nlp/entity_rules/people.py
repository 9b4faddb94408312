"""People and their roles: a name beside a title, an appointment, a speech verb or a founding, the
organisation of the role, and a one-word name that is a person's, not a company's or a model's.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, clock_pm, key_of, past_bracketed_acronym
from core.nlp.entity_rules.words import (
    ANNOUNCED_AS,
    APPOINTING_VERBS,
    BODY_NOUNS,
    BY,
    CLAUSE_AUXILIARIES,
    DAYS,
    DETERMINERS_AND_POSSESSIVES,
    FOUNDED,
    GROUP_NOUNS,
    HEAD_VERB_WORDS,
    HEAD_VERBS,
    HELD_BY,
    LEAVE_VERBS,
    NOT_SURNAMES,
    ORG_NAME_WORDS,
    OWNER_NOUNS,
    PASSIVE_APPOINTING,
    POST_NOUNS,
    POST_OWNER_NOUNS,
    POST_VERBS,
    PROMOTED_WORDS,
    PUBLIC_OFFICE_NOUNS,
    QUESTION,
    REGNAL_NUMBERS,
    ROYAL_TITLES,
    SAID_VERBS,
    SENTENCE_ADVERBS,
    SERVE_AUXILIARIES,
    SERVE_VERBS,
    SPEECH_OPENERS,
    SUCCESSION_VERBS,
    TAKE_VERBS,
)
from core.nlp.first_names import first_names, given_lowercase

# "replace Diesel Engines", "replacing Steel Wheels": nouns of things a verb of succession may take, in capitals
REPLACED_THINGS = frozenset(["engine", "motor", "wheel", "battery", "batterie", "part", "component", "system", "model", "line", "unit"])
ROYAL_WORDS = frozenset(title.lower() for title in ROYAL_TITLES)  # the index's lower-case words
# "Head-Up Display", "head-on", "head-to-head": adverbs a title's word takes after a hyphen in another noun
COMPOUND_ADVERBS = frozenset(["up", "on", "to", "off", "down", "out", "over", "end", "first"])

# "President Okello commended ...": titles whose holder the news names by the surname alone
HEAD_OF_STATE_TITLES = frozenset(["president", "prime minister", "premier", "governor", "chancellor", "senator"])
# "said Mayor Okello.", "according to Minister Okello,": public offices whose holder a quote names by the surname alone
QUOTED_OFFICE_TITLES = frozenset(["mayor", "minister", "secretary", "ambassador", "commissioner", "representative",
                                  "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "deputy minister"])
# "President Okello of Norland", "Governor Okello and ...": words after the surname that are no verb of the sentence
HEAD_OF_STATE_NOT_VERBS = frozenset(["of", "and", "or", "for", "in", "at", "on", "to", "the", "a", "an", "with", "from"])


# words before a place's name, not a person's: "a dealership in Siem Reap"
LOCATING_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "into", "around", "across", "via", "inside"])
HYPHENS = frozenset(["-", "–"])
APOSTROPHES = frozenset(["'", "’"])
ENTITY_BEFORE_A_NAME = frozenset(["COUNTRY", "COMPANY"])
# words after a run of name words that make it an organisation's name ("Maria Theresa Ltd")
ORG_NAME_ENDS = lx.CORPORATE_SUFFIXES | lx.INSTITUTION_WORDS | ORG_NAME_WORDS


class PeopleRulesMixin:
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

    def _after_a_title(self, doc: Doc, ent: Span) -> bool:
        """'Chief Operating Officer Rolf Brandt said': a title's capitalised last word before the one-word name, a
        two-word name (no capitalised word after its second)."""
        before = doc[ent.start - 1]
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        return ((before.is_title or before.is_upper) and before.lower_ in self.role_words and before.lower_ not in STOP_WORDS
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
        if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in lx.VEHICLE_WORDS:
            return False
        return (
            nxt.is_title and nxt.is_alpha and not nxt.ent_type_ and nxt.lower_ not in lx.VEHICLE_WORDS
            and nxt.lower_ not in STOP_WORDS and not nxt.is_sent_start
        )

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

    # -- people ------------------------------------------------------------------------------
    def _people(self, doc: Doc, ents: list[Span]) -> list[tuple[Span, str, str]]:
        taken = self._tokens_of(ents)
        # one-word companies this component found ("Ayass" of "Ayass Motors"): no Token.ent_type_ yet marks them
        self._one_word_companies = {e.start for e in ents if e.label == Label.COMPANY and len(e) == 1}
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        people: list[tuple[Span, str, str]] = []
        appointees: list[tuple[Span, str, str]] = []
        seen: set[tuple[int, int]] = set()
        former: set[int] = set()  # positions in `people` of posts held before ("a former Honda executive, Ana Ruiz")
        unnamed: list[tuple[int, str, str]] = []  # "..., its chief operating officer said": a title that speaks, unnamed
        # titles no rule found a name for, (title, organisation) by the token they begin at and the token after them
        nameless: tuple[dict[int, tuple[str, str]], dict[int, tuple[str, str]]] = ({}, {})
        role_spans = filter_spans([doc[s:e] for _, s, e in self.roles(doc)])
        role_starts = {r.start for r in role_spans}
        for role_span in role_spans:
            start, end = role_span.start, role_span.end
            if self.index.is_boilerplate(start) or clock_pm(role_span) or self._title_in_compound(doc, role_span):
                continue
            role_end = self._portfolio_end(doc, end, taken)
            # "Deputy Industry and Trade Minister": the portfolio written before the title
            start = self._portfolio_start(doc, start, taken)
            if start == role_span.start:
                start = self._paired_function_start(start, role_span.end)
            if start >= 3 and doc[start - 2].text == "-" and doc[start - 1].is_lower and doc[start - 3].is_lower and doc[start - 3].is_alpha:
                start -= 3  # "whole-time director", "full-time adviser"
            # "Minister of Industry, Mine and Trade" keeps its portfolio; plain titles take the canonical form
            written = role_span.text.lower().replace("-", " ").replace(" - ", " ")
            canonical = self.gaz.roles.get(written, "")
            # titles as written ("vice-president", "Gov."); acronyms where the gazetteer has one ("chief executive" -> CEO)
            if role_end > end or start < role_span.start:
                canonical_role = doc[start:max(role_end, end)].text
            else:
                canonical_role = canonical if self._abbreviated_title(written, canonical) else lx.ROLE_ABBREVIATIONS.get(role_span.text, role_span.text)
            org = self._org_before(doc, start, ent_at) or self._org_after(doc, role_end, ent_at) or self._sentence_company(start, canonical_role, ents)
            appointed = self._appointed(doc, start, taken)
            name = appointed or (self._name_after(doc, role_end, taken) or self._name_after_org(doc, role_end, ent_at, taken)
                                 or self._name_after_workplace(doc, start, role_end, taken)
                                 or self._name_before(doc, start, taken, ent_at))
            if name is not None and name is not appointed and name.start >= role_end and start >= 2 and self._spaced_dash(doc, start - 1):
                # "Ana Ruiz - Managing Director, Zorvex India, said": the name the dash sets the title after
                name = self._name_before(doc, start, taken, ent_at) or name
            if name is not None and name is not appointed and self._org_set_off_after(doc, name, start, role_end):
                # "Ana Ruiz, Managing Director, Zorvex India, said": the name before the title; the words after it, set off
                # by commas as the title is, are where she works
                name = self._name_before(doc, start, taken, ent_at) or name
            if (name is not None and name is not appointed and name.start >= role_end and start >= 1
                    and doc[start - 1].lower_ in (",", "&", "and") and self._firm_for_a_country(doc, name)):
                # "Ana Ruiz, MD & CEO, Zorvex India, said": a firm's local arm set off after a title that follows a name,
                # no person (not "The chief executive, Rosa Montenegro, said")
                name = self._name_before(doc, start, taken, ent_at)
            if name is not None and name is not appointed and name.start >= role_end and self._titled_in_a_list(doc, name, role_starts):
                # "Jack Wei, President of BAIC, Tom Lane, CEO of Chery, ...": the name after this title has a title of
                # its own, so this one belongs to the name before it
                name = self._name_before(doc, start, taken, ent_at) or name
            if name is None and role_end > end and start == role_span.start:
                # "Deputy akim of East Kazakh region Ivan Orlov": "East" read as a portfolio, but it begins the region
                name = self._name_after(doc, end, taken)
                canonical_role = canonical if name is not None and self._abbreviated_title(written, canonical) else role_span.text if name is not None else canonical_role
            if name is None:
                # "Ana Ruiz, 49, was named president of X": the subject of a passive verb of appointing
                name = self._passive_appointee(doc, start, taken)
                written = self.index.span_text(name.start, name.end) if name is not None else ""
                if name is not None and (len(name) == 1 or any(p[0].text.endswith(" " + written) for p in people)):
                    # "Ruiz, 49, was named ...": a person named in full before, by the surname
                    self._later_role(people, former, written, canonical_role.strip(), org)
                    continue
                if name is None and self._former_subject_appointed(doc, start, seen, people, former, canonical_role.strip(), org):
                    continue
            if name is None:
                name = self._serving(doc, start, taken)
            if name is None:
                name = self._post_holder(doc, start, taken)
            if name is None:
                name = self._copular_holder(doc, start, taken)
            if name is None:
                name = self._left_post(doc, start, taken)
            if name is None:
                name = self._appointee_before_clause(doc, start, taken, ent_at)
            if name is None and role_span.text in lx.ROLE_ABBREVIATIONS:
                name = self._surname_after_abbreviation(doc, role_end, taken)
            if name is None and doc[start].is_title:
                surname = self._surname_after_abbreviation(doc, role_end, taken)
                name = self._person_in_full(doc, surname, taken) or self._head_of_state_by_surname(surname, canonical_role, start)
            if name is None and self._unnamed_speaker(start, role_end):
                unnamed.append((start, canonical_role.strip(), org))
            if name is None:
                name = self._named_before_as(start, people)
            if name is None:
                nameless[0][start] = nameless[1][max(role_end, end)] = (canonical_role.strip(), org)
            if name is not None and (name.start, name.end) in seen and start > name.end:
                # "the appointment of former Volkswagen boss Ana Ruiz as its new chairman": the post after the name
                # replaces the one held before it
                self._replace_former_post(people, former, name, canonical_role.strip(), org)
                continue
            if name is None or (name.start, name.end) in seen or name[-1].lower_ in BODY_NOUNS | PUBLIC_OFFICE_NOUNS:
                continue  # "director of the Henan Provincial Department of Commerce": a body's name, no person
            if len(name) == 2 and name[0].lower_.rstrip(".") in lx.HONORIFICS:
                # "Mr Tanaka, a senior vice president, ...": a person the story names in full
                if any(p[0].text.endswith(" " + name[1].text) for p in people):
                    continue
                name = self._person_in_full(doc, name[1:], taken) or name
            if appointed is not None:  # "JLR has named Priya Lal as plant director": the appointing company
                org = org or self._org_before(doc, name.start - 2 if doc[name.start - 2].lower_ in ("has", "have") else name.start - 1, ent_at) \
                    or self._appointer(name.start, ents)
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            people.append((name, canonical_role.strip(), org))
            if {"former", "ex"} & set(self.index.lower[max(0, start - 3):start]) or self._former_before(start):
                former.add(len(people) - 1)  # "a former Honda executive, Ana Ruiz": a post she left
            if appointed is not None:
                appointees.append(people[-1])
            predecessor = self._predecessor(doc, name, taken) if appointed is not None or "appointment" in self.index.lower[max(0, start - 8):start] else None
            if predecessor is None:
                predecessor = self._taken_over_from(doc, start, role_end, taken)
            if predecessor is not None and (predecessor.start, predecessor.end) not in seen:
                # "... and replaces Graham Pike", "takes over from Hiroki Tanaka": the one leaving held the same post
                seen.add((predecessor.start, predecessor.end))
                taken.update(range(predecessor.start, predecessor.end))
                people.append((predecessor, canonical_role.strip(), org))
        self._current_posts(people, former)
        # "Mr Tanaka replaces Ian Moss": one who holds a post, named by the surname, succeeds another in it
        holders = [p for p in people if p[1] and len(p[0]) >= 2 and p not in appointees]
        if appointees:
            people.extend(self._succeeded(doc, appointees, taken, seen))
        if holders:
            people.extend(self._succeeded(doc, holders, taken, seen, pronouns=False))
        people.extend(self._replaced(doc, taken, seen))
        people.extend(self._founders(doc, ents, taken, seen))
        people.extend(self._plural_title_names(doc, taken, seen))
        people.extend(self._monarchs(doc, taken, seen))
        people.extend(self._heads(doc, ents, ent_at, taken, seen))
        speakers = self._speakers(doc, taken, seen)
        self._name_the_unnamed(speakers, unnamed)
        people.extend(speakers)
        people.extend(self._questioners(doc, taken, seen))
        people.extend(self._honorific_speakers(doc, taken, seen, people))
        people.extend(self._given_named(doc, taken, seen, nameless))
        for ent in ents:
            if ent.label == Label.PERSON and (ent.start, ent.end) not in seen:  # from a statistical NER
                people.append((ent, "", ""))
        return people

    @staticmethod
    def _org_set_off_after(doc: Doc, name: Span, start: int, role_end: int) -> bool:
        """'Ana Ruiz, Managing Director, Zorvex India, said': a name-like run right after the title's comma, the title
        itself after a comma, the run closed by a comma or a full stop: the company of a person named before."""
        end = name.end
        return (name.start == role_end + 1 and doc[role_end].text == "," and start >= 1 and doc[start - 1].text == ","
                and end < len(doc) and doc[end].text in (",", "."))

    @staticmethod
    def _firm_for_a_country(doc: Doc, name: Span) -> bool:
        """'..., CEO, Zorvex India, said', '..., Sales and Marketing, Zorvex India, said': two words after a comma, the
        second a country's name, closed by a comma or a full stop: a firm's arm in that country, not a person."""
        last = name[-1]
        return (len(name) == 2 and name.start >= 1 and doc[name.start - 1].text == "," and last.ent_type_ == "COUNTRY"
                and last.ent_iob_ == "B" and name.end < len(doc) and doc[name.end].text in (",", "."))

    @staticmethod
    def _title_in_compound(doc: Doc, role_span: Span) -> bool:
        """'a Head-Up Display', 'a head-on collision': a one-word title joined by a tight hyphen to an adverb after it,
        part of another noun (not 'President-elect', 'manager-Zorvex Motors': the title still)."""
        end = role_span.end
        return (len(role_span) == 1 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and doc[end + 1].lower_ in COMPOUND_ADVERBS)

    def _titled_in_a_list(self, doc: Doc, name: Span, role_starts: set[int]) -> bool:
        """'..., Tom Lane, CEO of Chery, ...': a name a comma and a title (past 'the', 'its' or a modifier or two) follow."""
        k = name.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        k += 1
        while k < len(doc) and k - name.end <= 4 and k not in role_starts and doc[k].is_alpha and doc[k].lower_ not in ("and", "said", "says"):
            k += 1
        return k in role_starts

    def _unnamed_speaker(self, start: int, role_end: int) -> bool:
        """'..., its chief operating officer for the Middle East said on Wednesday': a title after 'its' (or a company's
        possessive) that a verb of speech follows within a few words, the person not named there."""
        lower = self.index.lower
        if start < 1 or not (lower[start - 1] == "its" or lower[start - 1] in ("'s", "’s") and start >= 2 and self.index.doc[start - 2].ent_type_ == "COMPANY"):
            return False
        sent_end = self.index.sent_bounds(start)[1]
        return any(lower[k] in SAID_VERBS for k in range(role_end, min(sent_end, role_end + 10)))

    @staticmethod
    def _name_the_unnamed(speakers: list[tuple[Span, str, str]], unnamed: list[tuple[int, str, str]]) -> None:
        """'X plans to double output, its chief operating officer said. ..., Samir Haddad said': the next person quoted
        without a title (within two hundred words) is the one the title spoke of."""
        for start, role, org in unnamed:
            for n, (name, held, held_at) in enumerate(speakers):
                if not held and start < name.start <= start + 200:
                    speakers[n] = (name, role, org or held_at)
                    break

    def _serving(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Tanaka currently serves as Nissan's co-CEO', 'Ana Ruiz will continue to serve as chairman', 'to succeed Ana
        Ruiz as Acme's CEO': the person who holds (or held) the post. A surname alone stands for the person the story
        names in full."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k >= 2 and lower[k] in ("'s", "’s") and doc[k - 1].ent_type_ == "COMPANY":  # "as Nissan Motor's CEO"
            k -= 1
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1
            k -= 1
        if k < 2 or lower[k] != "as":
            return None
        sent_start = self.index.sent_bounds(start)[0]
        if lower[k - 1] in SUCCESSION_VERBS:  # "to succeed Ana Ruiz as CEO": no name between the verb and "as"
            return None
        # "Ana Ruiz will be taking over as CEO", "Ruiz took over as chairman": a post taken, as one served
        takes_over = lower[k - 1] == "over" and lower[k - 2] in TAKE_VERBS
        serves = lower[k - 1] in SERVE_VERBS or takes_over
        if serves:
            end = k - 1 - takes_over
            while end > sent_start and (lower[end - 1] in SERVE_AUXILIARIES or takes_over and lower[end - 1] == "be"):
                end -= 1
            if end - 2 >= sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
                end -= 2  # "Ana Ruiz, who serves as ..."
        else:
            end = k  # "succeed Ana Ruiz as CEO"
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        if begin == end:
            return None
        if not serves and (begin < 1 or lower[begin - 1] not in SUCCESSION_VERBS):
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end:
            return name
        if end - begin == 1 and serves:
            return self._full_name(doc, begin, taken)
        return None

    def _copular_holder(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz is president of Kestrel Motors', 'Ruiz has been the plant's director since May': the name the
        sentence opens with, a form of 'be' between it and the title. A surname alone stands for the person the story
        names in full."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "now", "currently", "also", "still", "new"):
            k -= 1
        if k >= 3 and lower[k] == "from" and lower[k - 1] in PROMOTED_WORDS:
            k -= 2  # "Ana Ruiz has been promoted from sales director to ...": the post she held
        if k < 1 or lower[k] not in ("is", "was", "been", "remains", "remained", "becomes", "became", "become"):
            return None
        end = k
        if lower[k] == "been":
            if lower[k - 1] not in ("has", "had") or k < 2:
                return None
            end = k - 1
        elif lower[k] == "become":  # "Ana Ruiz will become the new sales director"
            if lower[k - 1] not in ("will", "would", "shall") or k < 2:
                return None
            end = k - 1
        sent_start = self.index.sent_bounds(start)[0]
        if sent_start + 2 < end and lower[sent_start] in SENTENCE_ADVERBS and lower[sent_start + 1] == ",":
            sent_start += 2  # "Also, Ana Ruiz will become ...", "Meanwhile, Ian Moss is ..."
        begin = self._past_honorific(doc, sent_start)
        if begin >= end:
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end and len(name) >= 2:
            return self._particle_surname_in_full(doc, name, taken) or name
        if end - begin == 1 and self._name_token(begin, taken):
            return self._full_name(doc, begin, taken)
        return None

    def _particle_surname_in_full(self, doc: Doc, name: Span, taken: set[int]) -> Span | None:
        """'Luz Elena del Castillo joins ... Del Castillo becomes the new president': a surname with its particle
        ('Del Castillo', 'Van Dijk') opening a sentence stands for the person the story names in full before, the particle
        written in lower case there."""
        lower = self.index.lower
        if len(name) != 2 or lower[name.start] not in lx.PERSON_PARTICLES:
            return None
        for j in self.index.positions(frozenset([lower[name.start + 1]])):
            if j >= name.start or lower[j - 1] != lower[name.start] or self.index.text[j - 1] == self.index.text[name.start]:
                continue
            begin = j - 1
            while begin - 1 >= 0 and j - begin < 4 and self._name_token(begin - 1, taken) and lower[begin - 1] not in lx.PERSON_PARTICLES:
                begin -= 1
            if begin < j - 1:
                return Span(doc, begin, j + 1, label="PERSON")
        return None

    def _post_holder(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz will keep the post of chairman', 'Ian Moss, who will fill a newly created position as president of
        X': the person who holds, takes or keeps the post a noun of posts names before the title. A surname alone
        stands for the person the story names in full."""
        lower = self.index.lower
        k = start - 1
        if k < 3 or lower[k] not in ("of", "as"):
            return None
        k -= 1
        if lower[k] not in POST_NOUNS:
            return None
        k -= 1
        while k >= 0 and start - k <= 7 and (doc[k].is_lower and doc[k].is_alpha and lower[k] not in POST_VERBS or lower[k] == "-"):
            k -= 1  # "the post", "a newly created position", "the top job"
        if k < 1 or lower[k] not in POST_VERBS or lower[k + 1] not in ("the", "a", "an", "his", "her", "their"):
            return None
        sent_start = self.index.sent_bounds(start)[0]
        end = k
        while end > sent_start and lower[end - 1] in SERVE_AUXILIARIES | {"is", "was", "be", "been", "will", "also"}:
            end -= 1
        if end - 2 >= sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
            end -= 2  # "Ian Moss, who will fill ..."
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        if begin == end or begin > sent_start and (doc[begin - 1].is_title and doc[begin - 1].is_alpha):
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end and len(name) >= 2:
            return name
        if end - begin == 1:
            return self._full_name(doc, begin, taken)
        return None

    def _left_post(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz resigned on Monday as chief executive', 'Ruiz will step down as chairman': the person who leaves
        the post, named before the verb (a time phrase may stand between the verb and 'as')."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "his", "her"):
            k -= 1
        if k < 2 or lower[k] != "as":
            return None
        sent_start = self.index.sent_bounds(start)[0]
        v = k - 1
        while v > sent_start and k - v <= 3 and (lower[v] in DAYS or lower[v] in ("on", "last", "this", "week", "month", "earlier")):
            v -= 1  # "resigned on Monday as ..."
        if lower[v] == "down" and v - 1 > sent_start and lower[v - 1] in ("stepped", "steps", "step", "stepping"):
            v -= 1
        elif lower[v] not in LEAVE_VERBS:
            return None
        end = v
        while end > sent_start and lower[end - 1] in SERVE_AUXILIARIES | {"is", "was", "be"}:
            end -= 1  # "Ana Ruiz will step down as ..."
        if end - 2 > sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
            end -= 2  # "..., and Ana Ruiz, who has departed as president of X"
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        if end - begin < 2 or begin > sent_start and doc[begin - 1].is_title:
            return None
        name = self._name_at(doc, begin, taken)
        return name if name is not None and name.end == end else None

    def _taken_over_from(self, doc: Doc, start: int, role_end: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz will take over as CEO from Ian Moss', '... as CEO for Ian Moss, who held it since May': the one who
        held the post before."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k < 2 or lower[k] != "as" or lower[k - 1] != "over" or lower[k - 2] not in TAKE_VERBS:
            return None
        if role_end + 1 >= len(doc) or lower[role_end] not in ("from", "for"):
            return None
        return self._name_at(doc, self._past_honorific(doc, role_end + 1), taken)

    def _appointee_before_clause(self, doc: Doc, start: int, taken: set[int], ent_at: dict[int, Span]) -> Span | None:
        """'He replaces Ana Ruiz, who will be promoted to head of sales', 'Ana Ruiz, who has been named Acme Europe's
        plant manager': the name before a relative clause of a passive verb of appointing that gives the title."""
        lower = self.index.lower
        k = start - 1
        modifiers = 0  # "named its engine production manager": a word or two that class the title
        while k >= 0 and (lower[k] in ("the", "its", "a", "an", "new") or modifiers < 2 and doc[k].is_lower and doc[k].is_alpha
                          and lower[k] not in PASSIVE_APPOINTING and lower[k] not in ("to", "as", "who")):
            modifiers += lower[k] not in ("the", "its", "a", "an", "new")
            k -= 1
        if k >= 1 and lower[k] in ("'s", "’s"):  # "named Acme Europe's plant manager": the possessor
            k -= 1
            stop = k - 4
            while k > stop and k >= 0 and (k in ent_at or doc[k].is_title and doc[k].is_alpha):
                k -= 1
            while k >= 0 and lower[k] == "the":
                k -= 1
        if k >= 0 and lower[k] in ("to", "as"):
            k -= 1
        if k < 3 or lower[k] not in PASSIVE_APPOINTING:
            return None
        k -= 1
        while k >= 0 and lower[k] in CLAUSE_AUXILIARIES:
            k -= 1
        if k < 2 or lower[k] != "who" or doc[k - 1].text != ",":
            return None
        return self._name_before(doc, k, taken, ent_at)

    def _head_of_state_by_surname(self, surname: Span | None, role: str, start: int) -> Span | None:
        """'President Okello has today commissioned the plant', 'opened by President Okello.', 'President Okello, who ...': a
        head of state or government, or a governor, whom the story names only by the surname after the title, a verb in
        lower case, a relative clause or 'of' and the country after it, or 'by' before it; the person is the surname."""
        if surname is None or len(surname) != 1:
            return None
        k = surname.end
        following = self.index.lower[k] if k < len(self.index.lower) else ""
        if role.lower() in HEAD_OF_STATE_TITLES | QUOTED_OFFICE_TITLES and self._quoted_after_speech(start, following):
            return surname
        if role.lower() not in HEAD_OF_STATE_TITLES:
            return None
        lower = self.index.lower
        if following == "," and lower[k + 1:k + 2] in (["who"], ["whose"]) or start >= 1 and lower[start - 1] == "by" and following in ("", ".", ",", ";"):
            return surname  # "President Okello, who ...", "opened by President Okello."
        if following == "of" and k + 1 < len(lower) and self.index.doc[k + 1].ent_type_ == "COUNTRY":
            return surname  # "President Okello of Norland"
        if not following.isalpha() or not self.index.text[k].islower() or following in HEAD_OF_STATE_NOT_VERBS:
            return None
        return surname

    def _quoted_after_speech(self, start: int, following: str) -> bool:
        """'..., said Governor Okello.', 'according to Prime Minister Okello, the plant ...': the title (from doc[start])
        right after a verb of speech or 'according to', the surname closing the clause (a full stop, a comma, the end)."""
        lower = self.index.lower
        k = start - 1
        if following not in ("", ".", ",", ";") or k < 0:
            return False
        return lower[k] in lx.SPEECH_VERBS or k >= 1 and lower[k - 1:k + 1] == ["according", "to"]

    def _person_in_full(self, doc: Doc, surname: Span | None, taken: set[int]) -> Span | None:
        """'Prime Minister Haddad said': a surname after a title stands for the person the story names in full (none
        where the story never does)."""
        return self._full_name(doc, surname.start, taken) if surname is not None and len(surname) == 1 else None

    def _full_name(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """The story's mention in full ('Hiroto Tanaka') of the person a surname alone (doc[i], 'Tanaka') stands for."""
        surname = self.index.text[i]
        if len(surname) < 3 or not surname.istitle():
            return None
        for j in self.index.positions(frozenset([self.index.lower[i]])):
            if j == i or j < 1 or self.index.text[j] != surname:
                continue
            begin = j
            while begin - 1 >= 0 and j - begin < 3 and self._name_token(begin - 1, taken):
                begin -= 1
            name = self._name_at(doc, begin, taken) if begin < j else None
            if name is not None and name.end == j + 1:
                return name
        return None

    def _surname_after_abbreviation(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """'Gov. Pritchard has backed the plant': an abbreviated title before a surname alone (no capitalised word after
        it, which would make it a longer name's first word)."""
        if i >= len(doc) or not self._name_token(i, taken) or len(doc[i]) < 3 or doc[i].lower_ in lx.PERSON_PARTICLES:
            return None
        if i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].text in ("'s", "’s")):
            return None
        return Span(doc, i, i + 1, label="PERSON")

    def _appointed(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'X has named Priya Lal as plant director', 'appointed Samuel Otieno as managing director': the name before 'as'."""
        lower = self.index.lower
        k = start - 1
        country = k
        while country >= 0 and doc[country].ent_type_ in ("COUNTRY", "REGION"):
            country -= 1
        if country < k and lower[country] in ("its", "the", "new"):
            k = country  # "as its India president": the country the post covers
        while k >= 0 and lower[k] in ("its", "the", "new", "a", "an"):
            k -= 1
        if k >= 2 and lower[k] in ("'s", "’s") and lower[k - 1] in OWNER_NOUNS:  # "as the company's chief executive"
            k -= 2
            while k >= 0 and lower[k] == "the":
                k -= 1
        if k >= 2 and lower[k] != "as":
            # "Skoda has named Petr Vesely director of its Kvasiny plant": the name right before the title
            begin = k + 1
            while begin - 1 >= 0 and k + 1 - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
                begin -= 1
            if k + 1 - begin < 2 or begin < 1 or lower[begin - 1] not in APPOINTING_VERBS or doc[begin].lower_ in lx.PERSON_PARTICLES:
                return None
            return Span(doc, begin, k + 1, label="PERSON")
        if k < 3:
            return None
        if doc[k - 1].text == ",":
            return self._appointed_before_aside(doc, k - 1, taken)
        begin = k
        while begin - 1 >= 0 and k - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        # "announced the appointment of Lina Haddad as managing director"
        if k - begin < 2 or begin < 1 or lower[begin - 1] not in APPOINTING_VERBS and lower[begin - 2:begin] != ["appointment", "of"]:
            return None
        return Span(doc, begin, k, label="PERSON")

    def _appointed_before_aside(self, doc: Doc, comma: int, taken: set[int]) -> Span | None:
        """'Acme is hiring Ana Ruiz, who has worked with Kestrel Motors, as its president': the name after a verb of
        appointing, an aside between commas after it, then 'as' and the title (doc[comma] the aside's closing comma)."""
        lower = self.index.lower
        sent_start = self.index.sent_bounds(comma)[0]
        for j in range(comma - 3, max(sent_start, comma - 30) - 1, -1):
            if lower[j] not in APPOINTING_VERBS and lower[j] not in ("hiring", "appointing", "naming"):
                continue
            name = self._name_at(doc, self._past_honorific(doc, j + 1), taken)
            if name is None or name.end >= comma or doc[name.end].text != "," or lower[name.end + 1] not in ("who", "whose"):
                return None
            return name if "as" not in lower[name.end:comma] else None
        return None

    def _passive_appointee(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz was named president of X', 'Park Min-ho, who joined in 2019, was promoted to vice chairman', 'Ruiz,
        49, has been appointed chief executive': the person a passive verb of appointing names, before it or opening
        the sentence with an aside between commas. A one-word name (a surname) only opening the sentence."""
        lower = self.index.lower
        k = start - 1
        while k >= 0:
            if lower[k] in ("the", "a", "an", "its", "new", "as", "to"):
                k -= 1
            elif (lower[k] in ("'s", "’s") or lower[k] in ("'", "’") and lower[k - 1].endswith("s")) and k >= 2 and (
                    k - 1 in taken or lower[k - 1] in POST_OWNER_NOUNS):
                # "was named as Ford's new chief executive", "was appointed the company's CFO": past the post's owner
                k -= 1  # the owner's last word, then its first, then the word before it
                while k >= 1 and k in taken and k - 1 in taken:
                    k -= 1
                k -= 1
            else:
                break
        # "was announced as Ford's new chief executive": announcing someone as a post holder appoints them
        announced = k >= 2 and lower[k] in ANNOUNCED_AS and lower[k + 1] == "as"
        if k < 2 or lower[k] not in PASSIVE_APPOINTING and not announced:
            return None
        if doc[k].is_title and doc[k - 1].is_title:  # a headline: "Ana Ruiz Named President of Acme Mexico"
            sent_start = self.index.sent_bounds(start)[0]
            begin = k
            while begin - 1 >= sent_start and k - begin < 5 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
                begin -= 1
            name = self._name_at(doc, begin, taken) if begin == sent_start else None
            # the capitalised verb reads as a word of the name: the name ends before it
            return Span(doc, begin, k, label="PERSON") if name is not None and name.end >= k and k - begin >= 2 else None
        k -= 1
        if lower[k] == "been" and k > 0:  # "has been named"
            k -= 1
        elif lower[k] == "be" and k > 0 and lower[k - 1] == "will":  # "will be named"
            k -= 1
        if lower[k] not in ("was", "is", "has", "had", "will") or k < 1:
            return None
        k -= 1
        sent_start = self.index.sent_bounds(start)[0]
        if doc[k].text == ",":  # an aside closes before the verb: the name opens the sentence, a comma after it
            begin = self._past_honorific(doc, sent_start)
            name = self._name_at(doc, begin, taken)
            if name is None and self._name_token(begin, taken) and len(doc[begin].text) > 2:
                name = Span(doc, begin, begin + 1, label="PERSON")
            return name if name is not None and name.end < k and doc[name.end].text == "," else None
        begin = k + 1
        while begin - 1 >= sent_start and k + 1 - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
            begin -= 1
        name = self._name_at(doc, begin, taken) if begin <= k else None
        return name if name is not None and name.end == k + 1 else None

    @staticmethod
    def _later_role(people: list[tuple[Span, str, str]], former: set[int], surname: str, role: str, org: str) -> None:
        """'Neumann, 51, was named president': the post of a person named in full before, by the surname; it replaces a
        post held before ('a former Volkswagen executive, Karl-Thomas Neumann') or fills an empty one."""
        for n, (name, held, held_at) in enumerate(people):
            if not name.text.endswith(" " + surname) or not role:
                continue
            if n in former or not held:
                people[n] = (name, role, org or held_at)
                former.discard(n)
            return

    def _former_before(self, start: int) -> bool:
        """'Former Volkswagen India and Japan boss Ana Ruiz': 'former' opening the employer's name before the title,
        a few capitalised words (and 'and') between."""
        lower, text = self.index.lower, self.index.text
        k = start - 1
        while k > 0 and start - k <= 6 and lower[k] not in ("former", "ex") and (text[k][:1].isupper() or lower[k] == "and"):
            k -= 1
        return k < start - 1 and lower[k] in ("former", "ex")

    def _named_before_as(self, start: int, people: list[tuple[Span, str, str]]) -> Span | None:
        """'named former Volkswagen boss Ana Ruiz as its new chairman': a person already read, right before 'as' and the
        title (past 'its', 'the', 'new')."""
        lower = self.index.lower
        k = start - 1
        while k > 0 and lower[k] in ("its", "the", "a", "an", "new", "his", "her", "their"):
            k -= 1
        if k < 1 or lower[k] != "as":
            return None
        return next((p[0] for p in people if p[0].end == k), None)

    def _former_subject_appointed(self, doc: Doc, start: int, seen: set[tuple[int, int]], people: list[tuple[Span, str, str]],
                                  former: set[int], role: str, org: str) -> bool:
        """'Ana Ruiz, former deputy manager of Acme Turkey, has been named president of Acme Russia': the subject of the
        passive verb of appointing was read with the post of the aside, held before; the post named now replaces it."""
        name = self._passive_appointee(doc, start, set()) or self._appointee_before_aside(start, people)
        if name is None or (name.start, name.end) not in seen or start <= name.end:
            return False
        self._replace_former_post(people, former, name, role, org)
        return True

    def _appointee_before_aside(self, start: int, people: list[tuple[Span, str, str]]) -> Span | None:
        """'Acme has put Ana Ruiz, a former purchasing manager at X, as chief executive': the person named right before
        the aside that closes before 'as' and the title."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "a", "an", "its", "new"):
            k -= 1
        if k < 3 or lower[k] != "as" or lower[k - 1] != ",":
            return None
        opening = next((j for j in range(k - 2, max(0, k - 25), -1) if lower[j] == ","), None)
        if opening is None or not {"former", "ex"} & set(lower[opening + 1:opening + 3]):
            return None
        return next((p[0] for p in people if p[0].end == opening), None)

    @staticmethod
    def _replace_former_post(people: list[tuple[Span, str, str]], former: set[int], name: Span, role: str, org: str) -> None:
        """The person at `name`, read with a post held before ('former ... boss'), holds `role` now."""
        for n, (held_by, _, _) in enumerate(people):
            if (held_by.start, held_by.end) == (name.start, name.end) and n in former and role:
                people[n] = (held_by, role, org)  # not the employer of the post held before
                former.discard(n)
                return

    @staticmethod
    def _current_posts(people: list[tuple[Span, str, str]], former: set[int]) -> None:
        """'a former Honda executive, Ana Ruiz ... Ana Ruiz was named president': the post the person holds now."""
        for n in sorted(former):
            name = people[n][0].text
            later = next((p for p in people[n + 1:] if p[0].text == name and p[1]), None)
            if later is not None:
                people[n] = (people[n][0], later[1], later[2] or people[n][2])

    def _appointer(self, i: int, ents: list[Span]) -> str:
        """The company that opens the appointment's sentence."""
        sent_start = self.index.sent_bounds(i)[0]
        company = next((e for e in ents if e.label == Label.COMPANY and sent_start <= e.start < i), None)
        return key_of(company) if company is not None else ""

    def _predecessor(self, doc: Doc, name: Span, taken: set[int]) -> Span | None:
        """The person an appointee replaces, in the same or the next sentence: 'replaces Graham Pike, who retires'."""
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(name.start)
        if sent_end < len(doc):
            sent_end = self.index.sent_bounds(sent_end)[1]
        for k in range(name.end, sent_end - 1):
            word = lower[k]
            if word in SUCCESSION_VERBS:
                j = k + 1
            elif word == "over" and lower[k - 1] in ("takes", "took", "taking", "take") and lower[k + 1:k + 2] == ["from"]:
                j = k + 2
            else:
                continue
            found = self._name_at(doc, self._past_honorific(doc, j), taken)
            if found is not None:
                return found
        return None

    def _succeeded(self, doc: Doc, appointees: list[tuple[Span, str, str]], taken: set[int],
                   seen: set[tuple[int, int]], pronouns: bool = True) -> list[tuple[Span, str, str]]:
        """'She succeeds Ian Moss, who retires', some sentences after the appointment (or in a bullet above it): the
        one leaving held the post of the appointee the sentence is about, by a pronoun or the appointee's name."""
        lower = self.index.lower
        surnames = {w.lower(): a for a in appointees for w in a[0].text.split()[1:]}
        out = []
        for k in self.index.positions(SUCCESSION_VERBS):
            if not 1 <= k < len(lower) - 1 or self.index.is_boilerplate(k):
                continue
            sent_start = self.index.sent_bounds(k)[0]
            opener = lower[sent_start + 1] if lower[sent_start] in ("-", "•", "*") and sent_start + 1 < k else lower[sent_start]
            if opener.rstrip(".") in lx.HONORIFICS:  # "Mr Tanaka replaces Ian Moss"
                opener = lower[self._past_honorific(doc, sent_start)]
            if pronouns and lower[k - 1] in ("he", "she") and k - 1 <= sent_start + 1:
                appointee = max((a for a in appointees if a[0].start < k), key=lambda a: a[0].start, default=appointees[0])
            elif opener in surnames:
                appointee = surnames[opener]
            else:
                continue
            name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
            if name is None or (name.start, name.end) in seen:
                continue
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, appointee[1], appointee[2]))
        return out

    def _replaced(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'..., replacing Ian Moss who resigned last month', 'will take over from Ian Moss, who returns to Japan', 'to
        succeed Ian Moss': a full name (two words or more, no company's, place's or title's) right after a verb of
        succession is a person, the one who left; no post is given him where no appointment was read."""
        lower = self.index.lower
        out = []
        for k in self.index.positions(SUCCESSION_VERBS | {"from"}):
            if k + 2 >= len(lower) or self.index.is_boilerplate(k):
                continue
            if lower[k] == "from" and not (k >= 2 and lower[k - 1] == "over" and lower[k - 2] in TAKE_VERBS):
                continue  # only "took over from Ian Moss"
            name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
            if name is None or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            if name.end < len(doc) and (doc[name.end].is_title and doc[name.end].is_alpha or lower[name.end] in ("'s", "’s")):
                continue  # part of a longer capitalised name, or an organisation's ('replaced Acme Motors' plant')
            if any(w in lx.VEHICLE_WORDS or w in lx.PLANT_NOUNS or w in self.role_words or w.rstrip("s") in REPLACED_THINGS
                   for w in lower[name.start:name.end]):
                continue  # "will replace Diesel Engines", "replaced the Assembly Plant": things, no person
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", ""))
        return out

    def _speakers(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'..., said Li Jun, who runs ...', 'says Rachel Tan of AutoPulse': a person quoted, with no title given."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            if i >= len(lower) - 2 or self.index.is_boilerplate(i):
                continue
            if self.index.text[i][:1].isupper() and i > self.index.sent_bounds(i)[0]:
                continue  # "Toyota Warns Parts Suppliers to Reduce Prices": a headline's capitalised verb, no quote
            name = self._name_at(doc, self._past_honorific(doc, i + 1), taken)
            if name is None or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            if name.end < len(doc) and doc[name.end].is_title and doc[name.end].is_alpha:
                continue  # part of a longer capitalised name: an organisation, most likely
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", ""))
        out.extend(self._speakers_of(doc, taken, seen))
        out.extend(self._speakers_before(doc, taken, seen))
        out.extend(self._speaker_opening(doc, taken, seen))
        return out

    # honorifics that go before a surname alone ("Mr Tanaka"), not titles that are also words ("Chief", "Engineer")
    SURNAME_HONORIFICS = frozenset(["mr", "mrs", "ms", "dr"])

    def _honorific_speakers(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]],
                            people: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """'Speaking to a radio station, Mr Brekke said he was hopeful', 'said Dr. Brekke': a person quoted by an
        honorific and the surname alone, in a story that never writes the surname after a first name; the person is
        the surname."""
        lower, text = self.index.lower, self.index.text
        # (the parts of a double-barrelled surname too: "Karim Farahani-Nezhad ... Mr Nezhad")
        known = {part for p in people for word in p[0].text.split()[1:] for part in word.split("-")}
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            if self.index.is_boilerplate(i):
                continue
            for k in (i - 1, i + 2, i + 3):  # "Mr Brekke said", "said Mr Brekke", "said Mr. Brekke"
                if not 2 <= k < len(lower) or k in taken or not self._name_token(k, taken) or (k, k + 1) in seen:
                    continue
                h = k - 1 - (text[k - 1] == ".")
                if lower[h].rstrip(".") not in self.SURNAME_HONORIFICS or not text[h][:1].isupper():
                    continue
                if k < i and (k + 1 != i) or k > i and h not in (i + 1, i + 2) or k + 1 < len(lower) and text[k + 1][:1].isupper():
                    continue
                surname = text[k]
                if surname in known or any(text[j] == surname and j > 0 and self._name_token(j - 1, set()) and lower[j - 1].rstrip(".") not in lx.HONORIFICS
                                           for j in self.index.positions(frozenset([lower[k]]))):
                    continue  # the person named in full somewhere in the story
                name = Span(doc, k, k + 1, label="PERSON")
                seen.add((k, k + 1))
                taken.add(k)
                known.add(surname)
                out.append((name, "", ""))
        return out

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

    def _speakers_before(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'..., Omar Haddad said at the opening', 'Acme's Lina Berg said:': a person quoted, the name right before the
        verb of speech after a comma, a quotation mark or a company's possessive (not opening a sentence, where
        'Industry Analysts said' is no person)."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(SAID_VERBS):
            if i < 3 or self.index.is_boilerplate(i):
                continue
            sent_start = self.index.sent_bounds(i)[0]
            begin = i
            while begin - 1 > sent_start and i - begin < 4 and (self._name_token(begin - 1, taken) or self._hyphen_part(doc, begin - 1)):
                begin -= 1
            if lower[begin].rstrip(".") in lx.HONORIFICS:
                continue  # '"...," Mr Birkic said': a person named before by the full name
            if len(self.index.span_text(begin, i).split()) < 2 or lower[begin] in lx.PERSON_PARTICLES:
                continue  # 'Farahani-Nezhad said': a surname alone
            before = doc[begin - 1]
            possessive = before.text in ("'s", "’s") and begin - 2 >= 0 and doc[begin - 2].ent_type_ == "COMPANY"
            if not (before.text in (",", '"', "“", "”") or possessive):
                continue
            name = self._name_at(doc, begin, taken)
            if name is None or name.end != i or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", doc[begin - 2].ent_id_ if possessive else ""))
        return out

    def _speaker_opening(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Ana Ruiz said her company chose ...', 'Ivan Orlov explained that ...': a name of two or three words that
        opens the sentence, right before a verb of speech and a word that opens what was said (not 'Industry Analysts
        said', a group named by a plural noun)."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            if i < 2 or i + 1 >= len(doc) or self.index.is_boilerplate(i):
                continue
            start, _ = self.index.sent_bounds(i)
            if not 2 <= i - start <= 3 or lower[i + 1] not in SPEECH_OPENERS:
                continue
            name = self._name_at(doc, start, taken)
            if name is None or name.end != i or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            if any(w in GROUP_NOUNS for w in lower[name.start:name.end]) or lower[start].rstrip(".") in lx.HONORIFICS \
                    or not self.index.text[start].istitle():
                continue  # "Mr Grant said": a person named in full before; "CM Naidu said": a title's short form
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", ""))
        return out

    def _speakers_of(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Economists were unimpressed. Sri Dewi of the Jakarta Institute for Economic Research said ...': a name opening
        the sentence, 'of' and an organisation, then a verb of speech; the role is the plural that opened the sentence
        before ('Economists', 'Analysts'), when the roles list has its singular."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(lx.SPEECH_VERBS):
            start, _ = self.index.sent_bounds(i)
            name = self._name_at(doc, start, taken)
            # "Ana Ford of X said": a surname that is also a one-word company's name (see _company_surname)
            if name is None or (name.start, name.end) in seen or lower[name.end:name.end + 1] != ["of"] or any(
                    t.ent_type_ for t in name[:-1]) or name[-1].ent_type_ and not self._company_surname(doc, name.end - 1):
                continue
            k = name.end + 1 + (lower[name.end + 1:name.end + 2] == ["the"])
            org_end = k
            while org_end < i and (doc[org_end].is_title or lower[org_end] in ("of", "for", "and", "&") or doc[org_end].ent_type_
                                   # "Ana Ruiz of Norland's Automobile Venture Group (NAVG) said": a country's body
                                   or org_end > k and lower[org_end] in ("'s", "’s") and doc[org_end - 1].ent_type_ == "COUNTRY"):
                org_end += 1
                org_end = past_bracketed_acronym(doc, org_end)
            if org_end + 1 == i and lower[org_end] == ",":
                org_end = i  # "Ana Ruiz of Zorvex, said:": a comma before the verb
            if org_end == k or org_end != i or not doc[k].is_title and not doc[k].ent_type_:
                continue  # "Name of the company said": no organisation's name before the verb
            role = ""
            if start > 0:
                before, _ = self.index.sent_bounds(start - 1)
                plural = lower[before]
                if plural.endswith("s") and plural[:-1] in self.gaz.roles:
                    role = plural[:-1]  # "Analysts were sceptical. Ana Ruiz of X said": an analyst
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, role, ""))
        return out

    def _questioners(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'The next question is from the line of Priya Shah from Copperleaf Capital': a call's questioner, an analyst
        of the firm named after the name."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(QUESTION):
            k = i + 1
            if lower[k:k + 2] in (["is", "from"], ["comes", "from"]):
                k += 2
            elif lower[k:k + 1] == ["from"]:
                k += 1
            else:
                continue
            if lower[k:k + 3] == ["the", "line", "of"]:
                k += 3
            name = self._name_at(doc, self._past_honorific(doc, k), taken)
            if name is None or (name.start, name.end) in seen or self.index.is_boilerplate(i):
                continue
            org_end = name.end + 1
            if lower[name.end:name.end + 1] in (["of"], ["from"], ["at"], ["with"]):
                while org_end < len(doc) and org_end - name.end <= 5 and (doc[org_end].is_title or doc[org_end].is_upper):
                    org_end += 1
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "analyst", doc[name.end + 1:org_end].text if org_end > name.end + 1 else ""))
        return out

    def _founders(self, doc: Doc, ents: list[Span], taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Nord Automobiles, founded by Oluwatobi Ajayi in 2018': the founder of the company just named."""
        lower = self.index.lower
        out = []
        for i in self.index.positions(BY):
            if not 1 <= i < len(lower) - 1 or lower[i - 1] not in FOUNDED and lower[i - 1] not in HELD_BY:
                continue
            # "owned by the renowned athlete Kofi Mensah": a few lower-case words (a description) before the name
            k = i + 1
            while k < len(doc) and k - i <= 4 and lower[i - 1] in HELD_BY and (doc[k].is_lower and doc[k].is_alpha or doc[k].ent_type_ == "COUNTRY"):
                k += 1
            name = self._name_at(doc, k, taken)
            if name is None or (name.start, name.end) in seen or self.index.is_boilerplate(i):
                continue
            sent_start = self.index.sent_bounds(i)[0]
            company = next((e for e in reversed(ents) if e.label == Label.COMPANY and sent_start <= e.start < i), None)
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, HELD_BY.get(lower[i - 1], "founder"), key_of(company) if company is not None else ""))
        return out

    def _past_countries_governed(self, i: int, taken: set[int]) -> int:
        """'the Prime Ministers of Kazakhstan and Uzbekistan Ana Ruiz and Bo Li': past the named countries (or companies)
        the plural title holds, to the names; i itself where no 'of' and names follow."""
        lower, n = self.index.lower, len(self.index.lower)
        if i >= n or lower[i] != "of":
            return i
        m = i + 1
        while m < n and m - i < 12 and (m in taken or lower[m] in (",", "and")):
            m += 1
        return m if m > i + 1 and m - 1 in taken else i

    def _plural_title_names(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'board members Ana Ruiz and Bo Lindqvist', 'analysts Ana Ruiz, Bo Li and Kenji Sato': a title in the plural
        before two names or more, each holding it."""
        lower = self.index.lower
        out = []
        for k in self.index.positions(self.plural_role_tails):
            if k >= len(doc) - 4:
                break
            word = lower[k]
            if self.index.is_boilerplate(k):
                continue
            two = f"{lower[k - 1]} {word[:-1]}" if k > 0 else ""
            role = two if two in self.gaz.roles else word[:-1] if word[:-1] in self.gaz.roles else ""
            if not role:
                continue
            names = []
            i = self._past_countries_governed(k + 1, taken)
            while i < len(doc):
                name = self._name_at(doc, self._past_honorific(doc, i), taken)
                if name is None and names:
                    name = self._initials_and_surname(doc, i, taken)  # "Ministers Durai Murugan, TRB Rajaa and ..."
                if name is None or (name.start, name.end) in seen:
                    break
                names.append(name)
                if name.end + 1 < len(doc) and lower[name.end] in (",", "and"):
                    i = name.end + 1 + (lower[name.end:name.end + 2] == [",", "and"])
                else:
                    break
            if len(names) < 2:
                continue
            for name in names:
                seen.add((name.start, name.end))
                taken.update(range(name.start, name.end))
                out.append((name, role, ""))
        return out

    def _monarchs(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'in the presence of King Mohammed VI', 'Queen Elizabeth II': a monarch's title, one or two given names and a
        regnal number; the name is the given name and the number, the title the role."""
        text = self.index.text
        out = []
        for k in self.index.positions(ROYAL_WORDS):
            role = ROYAL_TITLES.get(text[k])
            if role is None or self.index.is_boilerplate(k):
                continue
            end = k + 1
            while end < len(doc) and end - k <= 2 and self._name_token(end, taken):
                end += 1
            if end == k + 1 or end >= len(doc) or text[end] not in REGNAL_NUMBERS or (k + 1, end + 1) in seen:
                continue
            name = Span(doc, k + 1, end + 1, label="PERSON")
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, role, ""))
        return out

    def _initials_and_surname(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """'TRB Rajaa', 'KT Rama': a name written as its initials run together, then the surname (a list's next name)."""
        text = self.index.text
        if (i + 1 >= len(doc) or i in taken or i + 1 in taken or not (text[i].isupper() and text[i].isalpha() and 2 <= len(text[i]) <= 3)
                or not (text[i + 1].istitle() and text[i + 1].isalpha()) or text[i + 1] in lx.CORPORATE_SUFFIXES):
            return None
        return Span(doc, i, i + 2, label="PERSON")

    def _heads(self, doc: Doc, ents: list[Span], ent_at: dict[int, Span], taken: set[int],
               seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Chen Hao, who heads GWM's international business, ...', 'Ferenc Toth, who chairs the union branch': a title
        given by a verb; the organisation is the one named after the verb, or the sentence's one company."""
        lower = self.index.lower
        out = []
        for k in self.index.positions(HEAD_VERB_WORDS):
            if k < 3 or lower[k - 1] != "who" or lower[k - 2] != "," or self.index.is_boilerplate(k):
                continue
            name = self._name_before(doc, k - 1, taken, ent_at)
            if name is None or (name.start, name.end) in seen:
                continue
            role = HEAD_VERBS[lower[k]]
            j = k + 1 + (lower[k + 1:k + 2] == ["the"])
            org_ent = ent_at.get(j)
            org = key_of(org_ent) if org_ent is not None and org_ent.label == Label.COMPANY else self._sentence_company(k, "head", ents)
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, role, org))
        return out

    @staticmethod
    def _abbreviated_title(written: str, canonical: str) -> bool:
        """A title the gazetteer abbreviates ('group CEO' -> CEO), but not one spelled out in full: 'Ivo Berg, chief
        operating officer' keeps 'chief operating officer', as news writes the title it means."""
        return canonical.isupper() and not written.startswith(lx.SPELLED_OUT_TITLE_WORD)
