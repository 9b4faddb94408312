"""People quoted, named with no title: the name after or before a verb of speech ('said Li Jun', '..., Omar
Haddad said'), one opening the sentence ('Ana Ruiz said her company ...'), a name, 'of' and an organisation before the
verb ('Sri Dewi of the Jakarta Institute ... said'), an honorific and a surname alone ('Mr Brekke said'), and a call's
questioner ('the line of Priya Shah from Copperleaf Capital').
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import past_bracketed_acronym
from core.nlp.entity_rules.words import GROUP_NOUNS, QUESTION, SAID_VERBS, SPEECH_OPENERS

# "Ms. Mary Barra", "Mr Vinod Dasari", "Dr. Ana Lopez": honorifics written only before a person's name (as tokenized,
# with or without the full stop; not "Chief", which opens titles too)
NAME_HONORIFICS = frozenset(w + stop for w in ("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "engr", "mx")
                            for stop in ("", "."))


class SpeakerRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

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

    def _honorific_full_names(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'Ms. Mary Barra visited the site', 'Mr Vinod Dasari opened the plant': a personal honorific and two to four
        capitalised words after it name a person, whatever else the first of them names ('Mary' is also a town)."""
        text = self.index.text
        out = []
        for h in self.index.positions(NAME_HONORIFICS):
            if not text[h][:1].isupper() or self.index.is_boilerplate(h):
                continue
            k = h + 1 + (h + 1 < len(doc) and text[h + 1] == ".")
            end = k
            while end < len(doc) and end - k < 4 and text[end].istitle() and text[end].isalpha() and (
                    self._name_token(end, taken) or end == k and doc[end].ent_type_ in ("PLACE", "COUNTRY", "MODEL") and doc[end].ent_iob_ == "B"
                    and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I")):
                end += 1
            if end - k < 2 or (k, end) in seen or any(j in taken for j in range(k + 1, end)):
                continue
            seen.add((k, end))
            taken.update(range(k, end))
            out.append((Span(doc, k, end, label="PERSON"), "", ""))
        return out

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
