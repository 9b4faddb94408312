"""People found by their titles: each title the role matcher finds ('chief executive', 'Minister of Industry')
with the name written after or before it and the organisation it names, a title that speaks unnamed ('its chief
operating officer said'), a surname alone after a title ('President Okello', 'Gov. Pritchard') standing for the person
the story names in full; a title in the plural before several names, a monarch's title, a title given by a verb ('who
heads', 'founded by'). _people also runs the passes of post_holders.py, speakers.py and people_by_name.py.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, clock_pm, key_of
from core.nlp.entity_rules.words import (
    BODY_NOUNS,
    BY,
    FOUNDED,
    HEAD_VERB_WORDS,
    HEAD_VERBS,
    HELD_BY,
    PUBLIC_OFFICE_NOUNS,
    REGNAL_NUMBERS,
    ROYAL_TITLES,
    SAID_VERBS,
)

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


class PeopleRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

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
            org = (self._org_before(doc, start, ent_at) or self._org_after(doc, role_end, ent_at)
                   or self._org_after_paired_title(doc, role_end, role_spans, ent_at)
                   or self._sentence_company(start, canonical_role, ents))
            # ("Mary Barra would succeed Dan Akerson as chief executive": the successor, not the name before 'as')
            appointed = self._appointed(doc, start, taken) or self._successor_as(doc, start, taken)
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
                if self._appointed_from_a_title(name):
                    # "Renault appointed purchasing chief Francois Provost as chief executive": the old title is left;
                    # "..., replacing Luca de Meo": the one replaced held the new post
                    former.update(n for n, p in enumerate(people) if (p[0].start, p[0].end) == (name.start, name.end))
                    predecessor = self._predecessor(doc, name, taken)
                    if predecessor is not None and (predecessor.start, predecessor.end) not in seen:
                        seen.add((predecessor.start, predecessor.end))
                        taken.update(range(predecessor.start, predecessor.end))
                        people.append((predecessor, canonical_role.strip(), org))
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
        people.extend(self._honorific_full_names(doc, taken, seen))
        people.extend(self._given_named(doc, taken, seen, nameless))
        for ent in ents:
            if ent.label == Label.PERSON and (ent.start, ent.end) not in seen:  # from a statistical NER
                people.append((ent, "", ""))
        return people

    def _org_after_paired_title(self, doc: Doc, role_end: int, role_spans: list[Span], ent_at: dict[int, Span]) -> str:
        """'president and chief executive of Hyundai Motor Company': the organisation after the second of two titles
        joined by 'and' is the first's too."""
        if role_end + 1 >= len(doc) or doc[role_end].lower_ not in ("and", "&"):
            return ""
        second = next((r for r in role_spans if r.start == role_end + 1), None)
        return self._org_after(doc, second.end, ent_at) if second is not None else ""

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
