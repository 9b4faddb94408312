"""Known companies written another way than the gazetteer's: a short name of a company the story names in full, its
name in another case ('Ssangyong', 'KamAZ'), two makers hyphened into one actor ('Renault-Nissan'), acronyms in
brackets and the words they spell, a wire service's dateline.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import VEHICLE_MAKER_WORDS

# "the Renault-Nissan alliance", "the Mazda-Toyota plant": what two makers' hyphened names name together, other than them
PAIR_NAMED_NOUNS = frozenset(["alliance", "alliances", "partnership", "joint", "venture", "jv", "deal", "tie-up", "merger",
                              "plant", "plants", "factory", "facility", "platform", "cooperation", "collaboration", "pact",
                              "agreement", "project", "consortium", "group", "relationship", "partners", "ties",
                              "architecture", "platforms", "engine", "engines"])


class CompanyVariantRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _short_names_of_named_companies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Volvo Trucks has begun ... Volvo quotes a range of 300 km': a short name the gazetteer gives one company as an
        alias ('Volvo': Volvo Cars) is the company the story names in full with those words first ('Volvo Trucks':
        Volvo Group; 'Daimler Truck' after 'Daimler'), when the story never names the first company otherwise and the
        second is not the first's own unit ('GM Korea ... GM said': General Motors, its parent)."""
        companies = [e for e in ents if e.label == Label.COMPANY]
        if len(companies) < 2:
            return ents
        texts = [(self._text(e), key_of(e)) for e in companies]
        out = ents
        for short, key in set(texts):
            info = self.gaz.companies.get(key)
            if info is None or short == info.name or " " in short:
                continue
            if any(k == key and t != short for t, k in texts):
                continue  # "Volvo Cars ... Volvo": the first company named in full too
            longer = {k for t, k in texts if k != key and t.startswith(short + " ")}
            if len(longer) != 1:
                continue
            other = next(iter(longer))
            if self.gaz.group_of(other) == self.gaz.group_of(key) or other not in self.gaz.companies:
                continue  # "GM Korea ... GM": a unit of the company and the company itself
            out = [Span(doc, e.start, e.end, label="COMPANY", span_id=other) if e.label == Label.COMPANY and key_of(e) == key
                   and self._text(e) == short else e for e in out]
        return out

    def _companies_in_another_case(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Ssangyong' for SsangYong, 'KamAZ' and 'BelAz' for KAMAZ and BelAZ, 'Caoa Chery' for CAOA Chery, 'KIA
        Motors': a company's name with the letters inside its words in another case than the gazetteer's (news styles
        such names each its own way), every word opening with the same capital. The entities inside it give way."""
        matches = self.case_free_companies(doc)
        if not matches:
            return ents
        text, strings, index = self.index.text, doc.vocab.strings, self.index
        bounds = {(e.start, e.end) for e in ents}
        found: list[Span] = []
        for match_id, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            if index.is_boilerplate(start) or (start, end) in bounds \
                    or any(s < end and start < t and not (start <= s and t <= end) for s, t in bounds):
                continue  # (an entity on these words already, or across its edge: another name)
            if any(f.start < end and start < f.end for f in found):
                continue
            surface = strings[match_id]
            words, written = self.company_words[surface], text[start:end]
            pairs = list(zip(written, words, strict=True))  # (the matcher matched token for token)
            anchored = any(w == s and len(s) >= 3 and s.isalpha() for w, s in pairs)
            if written != words and all(w == s or _same_name_other_case(w, s, anchored) for w, s in pairs):
                found.append(Span(doc, start, end, label="COMPANY", span_id=self.gaz.company_aliases[surface]))
        # 'Vines grew ...': one word in capitals only because it opens a sentence names the company only where the
        # story names it elsewhere too
        named = Counter(key_of(e) for e in [*ents, *found] if e.label == Label.COMPANY)
        found = [f for f in found if not (len(f) == 1 and text[f.start].istitle() and index.sent_bounds(f.start)[0] == f.start
                                          and named[key_of(f)] < 2)]
        if not found:
            return ents
        inside = {i for f in found for i in range(f.start, f.end)}
        return [e for e in ents if e.start not in inside] + found

    def _paired_makers(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Renault-Nissan took over AvtoVAZ': two makers' names joined by a tight hyphen name one actor, the pair, as
        the story writes it; not an alliance, a venture or a plant named by the pair ('the Renault-Nissan alliance',
        'the Mazda-Toyota plant': the words after it), nor a longer chain ('Daimler-Renault-Nissan')."""
        text, lower = self.index.text, self.index.lower
        starts = {e.start: e for e in ents if e.label == Label.COMPANY and len(e) == 1}
        pairs: list[Span] = []
        for first in starts.values():
            k = first.end
            second = starts.get(k + 1)
            if second is None or text[k] != "-" or doc[first.start].whitespace_ or doc[k].whitespace_:
                continue
            if first.start >= 1 and text[first.start - 1] == "-" or second.end < len(doc) and text[second.end] in ("-", "–"):
                continue
            infos = [self.gaz.companies.get(key_of(e)) for e in (first, second)]
            if any(i is None or i.kind not in ("automaker", "group") for i in infos) or self.gaz.same_group(infos[0].name, infos[1].name):
                continue
            if second.end < len(doc) and (lower[second.end] in PAIR_NAMED_NOUNS or self._names_a_thing(second.end)) \
                    or self.index.is_boilerplate(first.start):
                continue
            pairs.append(Span(doc, first.start, second.end, label="COMPANY", span_id=self.index.span_text(first.start, second.end)))
        if not pairs:
            return ents
        inside = {i for p in pairs for i in range(p.start, p.end)}
        return [e for e in ents if e.start not in inside] + pairs

    def _names_a_thing(self, k: int) -> bool:
        """'the Renault-Nissan B0 architecture', 'the Renault-Nissan CMF-B platform': a code or a capitalised name right
        after the pair, which the pair's names qualify."""
        word = self.index.text[k]
        if self.index.lower[k] in self.role_words:
            return False  # "Renault-Nissan CEO Carlos Ghosn": the pair's officer
        return any(c.isdigit() for c in word) or word[:1].isupper() and word.isalpha() and self.index.sent_bounds(k)[0] != k

    def _names_spelled_by_acronyms(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'Willowvale Mazda Motor Industries (WMMI)': capitalised words whose initials the acronym in brackets after them
        spells, ending in a corporate word, are one company's name, though a town's or a known maker's name is inside
        it; the entities inside give way."""
        text, n = self.index.text, len(doc)
        starts = {e.start: e for e in ents}
        found: list[Span] = []
        for k in self.index.positions(frozenset(["("])):
            if k + 2 >= n or text[k + 2] != ")" or not (2 <= len(text[k + 1]) <= 6 and text[k + 1].isalpha() and text[k + 1].isupper()):
                continue
            start = k - len(text[k + 1])
            if start < 0 or not (text[k - 1] in lx.CORPORATE_SUFFIXES or text[k - 1] in VEHICLE_MAKER_WORDS):
                continue
            words = text[start:k]
            if "".join(w[0] for w in words) != text[k + 1] or not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            inside = [e for e in ents if start <= e.start < k or start < e.end <= k]
            if not inside or any(e.start < start or e.end > k for e in inside) or (start in starts and starts[start].end == k):
                continue  # (no entity inside, read by the rules before; one across its edge; or the name is one already)
            found.append(Span(doc, start, k, label="COMPANY", span_id=self.index.span_text(start, k)))
            unresolved.append(Unresolved(found[-1].text, "COMPANY", self.index.sent_text(start), doc[start].idx,
                                         doc[k - 1].idx + len(text[k - 1]), "a name its acronym spells"))
        if not found:
            return ents
        covered = {i for f in found for i in range(f.start, f.end)}
        return [e for e in ents if e.start not in covered] + found

    def _acronyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Arab American Vehicles (AAV) ... AAV assembles ...': an acronym of a company's initials, in brackets after its
        name, names that company wherever the article writes it, also where the gazetteer gives the same letters to
        another firm ('Egyptian German Automotive Company (EGA)' is not Emirates Global Aluminium there)."""
        text, n = self.index.text, len(doc)
        taken = self._tokens_of(ents)
        other_firm_at = {e.start: e for e in ents if e.label == Label.COMPANY and len(e) == 1}
        found: list[Span] = []
        renamed: dict[int, Span] = {}
        for e in ents:
            if e.label != Label.COMPANY or e.end + 2 >= n or text[e.end] != "(" or text[e.end + 2] != ")":
                continue
            acronym = text[e.end + 1]
            if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
                continue
            if "".join(w[0] for w in self._text(e).split() if w[:1].isupper()) != acronym:
                continue
            for i in self.index.positions(frozenset([acronym.lower()])):
                if text[i] != acronym:
                    continue
                if i not in taken:
                    found.append(Span(doc, i, i + 1, label="COMPANY", span_id=key_of(e)))
                    taken.add(i)
                elif i in other_firm_at and i not in renamed and self._another_firm(key_of(other_firm_at[i]), self._text(e)):
                    renamed[i] = Span(doc, i, i + 1, label="COMPANY", span_id=key_of(e))
        if renamed:
            ents = [renamed.get(e.start, e) if e.label == Label.COMPANY and len(e) == 1 else e for e in ents]
        return ents + found

    def _another_firm(self, listed: str, defined: str) -> bool:
        """The firm the gazetteer gives an acronym is not the one the story spells out with it: no name of the listed
        firm opens with the defining name's first word ('Beijing Automotive International Corporation (BAIC)' is
        BAIC's, whose names include 'Beijing Automotive Group'; 'Egyptian German Automotive Company (EGA)' is no
        'Emirates Global Aluminium')."""
        if listed == defined:
            return False
        first_words = getattr(self, "_company_first_words", None)
        if first_words is None:
            first_words = self._company_first_words = {}
            for surface, canonical in self.gaz.company_aliases.items():
                first_words.setdefault(canonical, set()).add(surface.split()[0].lower())
        return defined.split()[0].lower() not in first_words.get(listed, {listed.split()[0].lower()})

    def _dateline_agency(self, doc: Doc, ent: Span) -> bool:
        """'YANGON, NNA – ...', 'NEW DELHI, PTI - ...': a name between a dateline's town, in capitals at the start of a
        line, and the dash that opens the story is the wire service's."""
        lower, text = self.index.lower, self.index.text
        if ent.start < 2 or ent.end >= len(doc) or lower[ent.start - 1] != "," or lower[ent.end] not in ("–", "—", "-", "--"):
            return False
        k = ent.start - 2
        if not (text[k].isupper() and text[k].isalpha() and len(text[k]) > 1):
            return False
        while k > 0 and text[k - 1].isupper() and text[k - 1].isalpha():
            k -= 1  # "KUALA LUMPUR, Bernama –"
        return k == 0 or "\n" in text[k - 1] or not text[k - 1].strip()


def _same_name_other_case(written: str, surface: str, anchored: bool) -> bool:
    """One word of a company's name in another case: a name in capitals written with small letters inside ('KamAZ'
    for KAMAZ, not 'NEVs' for NEVS; 'Caoa' only beside a word written as the gazetteer's, 'Caoa Chery'), a name with a capital inside
    written without it ('Ssangyong': five letters at least, not 'Chaz' for ChAZ), a capital added inside ('NedCar'),
    a short name in capitals beside a word written as the gazetteer's ('KIA Motors')."""
    if written.lower() != surface.lower() or written[:1] != surface[:1] or not written[:1].isupper():
        return False
    inner_capital = any(c.isupper() for c in written[1:]) and any(c.islower() for c in written)
    if surface.isupper():  # (small letters before a capital: 'NEVs' is a plural, not NEVS)
        return re.search("[a-z][A-Z]", written) is not None or anchored and written.istitle()
    if any(c.isupper() for c in surface[1:]):
        return len(surface) >= 5 or inner_capital
    return inner_capital or anchored and written.isupper() and len(written) >= 3
