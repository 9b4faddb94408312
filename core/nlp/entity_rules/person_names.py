"""Where a person's title and name begin and end: the portfolio and organisation a title names, the name
written after or before it, and which words can be part of a name.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from core.nlp import lexicon as lx
from core.nlp.docindex import doc_index
from core.nlp.entity_rules.tokens import (
    Label,
    camel_case_word,
    key_of,
    month_in_a_date,
    past_bracketed_acronym,
    past_malay_title,
    reads_as_age,
)
from core.nlp.entity_rules.words import (
    BOARD_KINDS,
    BODY_NOUNS,
    CLAUSE_AUXILIARIES,
    DAYS,
    GENERATIONAL_SUFFIXES,
    HEADLINE_PREPOSITIONS,
    INITIALS,
    INSTITUTION_ENDS,
    LEGAL_FORMS,
    ORG_NAME_WORDS,
    PASSIVE_APPOINTING,
    PHOTO_POSITION_WORDS,
    PLACE_PREPOSITIONS,
    PUBLIC_OFFICE_NOUNS,
    REGION_NOUNS,
    SAID_VERBS,
    SAINT,
    UNIT_NOUNS,
    WORKPLACE_NOUNS,
)

# "Global Bus Division", "Zorvex Van Unit": the noun that ends the capitalised name of a company's unit
UNIT_NAME_ENDS = frozenset(["division", "unit"])
# "Saud bin Saqr Al Qasimi": the particles of an Arabic name ("son of", "daughter of", the family's article)
LINEAGE_PARTICLES = frozenset(["bin", "binti", "bint", "ibn", "al"])
# "O'Brien", "D’Souza", "Wen'an", "N'Diaye": a name with an apostrophe inside (a possessive is a token of its own)
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,5}['’][A-Za-z][a-z]+")


class PersonNamesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _portfolio_end(self, doc: Doc, end: int, taken: set[int]) -> int:
        """'Minister of Foreign Affairs and Trade', 'Deputy Mayor for Economic Policy': the portfolio is part of the role."""
        lower = self.index.lower
        if lower[end:end + 3] == ["of", "the", "board"]:
            # "Chairman of the board", "Chairman of the Board of Directors"
            return end + 5 if lower[end + 3:end + 5] == ["of", "directors"] else end + 3
        if lower[end:end + 2] == ["of", "the"] and lower[end + 3:end + 4] == ["board"] and lower[end + 2] in BOARD_KINDS:
            return end + 4  # "chairman of the management board"
        if lower[end:end + 2] == ["of", "the"] and end + 2 < len(doc) and doc[end + 2].ent_type_ == "PLACE":
            # "Deputy Governor of the Kaluga region for industry": the region governed, then maybe a portfolio
            k = end + 3
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            if k < len(doc) and lower[k] in REGION_NOUNS:
                end = k + 1
                if lower[end:end + 1] != ["for"]:
                    return end
        if (end + 1 < len(doc) and doc[end].is_title and lower[end] in lx.PORTFOLIO_WORDS and doc[end].is_alpha
                and doc[end + 1].text == "," and end not in taken and doc[end - 1].is_title):
            return end + 1  # "General Manager Export, Ana Ruiz": a capitalised portfolio right after a capitalised title
        if end >= len(doc) or lower[end] not in ("of", "for"):
            return end
        i = end + 1
        while i < len(doc) and not self.index.is_boilerplate(i):
            if lower[i] in lx.PORTFOLIO_WORDS and i not in taken:
                i += 1
                continue
            if doc[i].ent_type_ in ("REGION", "COUNTRY") and doc[i].ent_iob_ == "B" and doc[i].is_title:
                j = i + 1  # "head of North American manufacturing", "director of European sales": where the portfolio runs
                while j < len(doc) and doc[j].ent_iob_ == "I":
                    j += 1
                if j < len(doc) and lower[j] in lx.PORTFOLIO_WORDS and j not in taken and lower[j] not in ("and", "of", "for", "the", "&", ",", "-"):
                    i = j
                    continue
                if (j + 1 < len(doc) and lower[j] == "to" and doc[j + 1].ent_type_ == "COUNTRY" and doc[j + 1].ent_iob_ == "B"
                        and lower[end] == "of"):
                    # "Ambassador of the Republic of Korea to Pakistan": the two countries are the post
                    i = j + 2
                    while i < len(doc) and doc[i].ent_iob_ == "I":
                        i += 1
                    return i
            break
        # "director-general of the National Automotive Development Council", "... of the National Transport and Safety
        # Council": capitalised words up to a body's noun name the body, not a portfolio
        k = i
        while k < len(doc) and k - i < 4 and doc[k].is_title and lower[k] not in BODY_NOUNS:
            k += 1
        if k < len(doc) and lower[k] in BODY_NOUNS and doc[k].is_title and doc[k - 1].is_title:
            return end
        # "head of the Global Bus Division at Zorvex": capitalised words up to a unit's noun name the unit, part of the post
        k = i
        while k < len(doc) and k - i < 4 and doc[k].is_title and doc[k].is_alpha and lower[k] not in UNIT_NAME_ENDS:
            k += 1
        if k > i and k < len(doc) and lower[k] in UNIT_NAME_ENDS and doc[k].is_title:
            return k + 1
        if i < len(doc) and (lower[i] in lx.PLANT_NOUNS or lower[i] in lx.VEHICLE_WORDS):
            return end  # "vice president of the new plant known as ...": the words describe the plant, no portfolio
        while i > end and lower[i - 1] in ("and", "of", "for", "the", "&", ",", "-"):
            i -= 1  # a portfolio never ends on a joining word
        return i if i > end + 1 else end

    def _portfolio_start(self, doc: Doc, start: int, taken: set[int]) -> int:
        """'Deputy Industry and Trade Minister', 'First Deputy Energy Minister': capitalised portfolio words before the title."""
        lower = self.index.lower
        i = start
        while i > 0 and (i - 1) not in taken and (doc[i - 1].is_title or lower[i - 1] == "and") and (
                lower[i - 1] in lx.PORTFOLIO_WORDS or lower[i - 1] == "and" or i < start and lower[i - 1] in ("deputy", "vice", "first")):
            i -= 1
        while i < start and lower[i] in ("and", "the", "of", "for", "&"):
            i += 1  # "The Energy Minister" at a sentence's start: "The" is no portfolio
        has_portfolio = any(lower[k] in lx.PORTFOLIO_WORDS for k in range(i, start))
        return i if has_portfolio and self.index.sent_bounds(i)[0] <= i else start

    def _paired_function_start(self, start: int, end: int) -> int:
        """'marketing and sales director', 'research and development director': a function paired by 'and' with the
        title's own, the two a title each ('marketing director' as well as 'sales director'): the title starts there."""
        lower = self.index.lower
        if start >= 2 and end - start >= 2 and lower[start - 1] in ("and", "&") and self.index.text[start - 2].isalpha() \
                and f"{lower[start - 2]} {lower[end - 1]}" in self.gaz.roles:
            return start - 2
        return start

    def _org_before(self, doc: Doc, start: int, ent_at: dict[int, Span]) -> str:
        j = start - 1
        if j >= 0 and doc[j].text in ("’s", "'s"):
            j -= 1
        ent = ent_at.get(j)
        if ent is not None and ent.label == Label.COUNTRY and ent.start > 0 and doc[ent.start - 1].whitespace_:
            # "Nissan India managing director Saurabh Vatsa": the company's arm in the country, not the country's post
            company = ent_at.get(ent.start - 1)
            ent = company if company is not None and company.label == Label.COMPANY else ent
        if ent is not None and ent.label in Label.COMPANY_OR_COUNTRY:
            return key_of(ent) or ent.text
        return ""

    def _sentence_company(self, i: int, role: str, ents: list[Span]) -> str:
        """'Hyundai Motor India plans ..., managing director Unsoo Kim said': a company title, the one company of the sentence."""
        words = set(role.lower().replace("-", " ").split())
        if not words & lx.CORPORATE_ROLE_WORDS or words & lx.PUBLIC_ROLE_WORDS:
            return ""
        start, end = self.index.sent_bounds(i)
        companies = {key_of(e) for e in ents if e.label == Label.COMPANY and start <= e.start < end}
        return companies.pop() if len(companies) == 1 else ""

    @staticmethod
    def _org_after(doc: Doc, end: int, ent_at: dict[int, Span]) -> str:
        if end < len(doc) and doc[end].lower_ in ("of", "at"):
            j = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 0)
            ent = ent_at.get(j)
            if ent is not None and ent.label in Label.COMPANY_OR_COUNTRY:
                return key_of(ent) or ent.text
        return ""

    @staticmethod
    def _past_legal_form_and_acronym(doc: Doc, k: int) -> int:
        """'managing director of Hyundai Motor India Ltd. (HMIL) Unsoo Kim': past the legal form and the bracketed
        short name written after a company's name, to the name of its officer."""
        while k < len(doc) and doc[k].text.rstrip(".").lower() in lx.SHORT_LEGAL_FORMS and doc[k].text[:1].isupper():
            k += 1
        return past_bracketed_acronym(doc, k)

    def _name_after_org(self, doc: Doc, end: int, ent_at: dict[int, Span], taken: set[int]) -> Span | None:
        """The name after the title's organisation: 'Chairman of the board of UzAuto Motors Bakhtiyor Ubaydullaev',
        'Group Managing Director of Stallion Group, Mr. Sunil Vaswani-Rao', 'Analyst at Baltic Auto Research, Ina Berg'."""
        if end >= len(doc) or doc[end].lower_ not in ("of", "at"):
            return None
        j = end + 1 + (1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else 0)
        while j < len(doc) and (doc[j].text in ('"', "“", "”") or doc[j].text in LEGAL_FORMS):
            j += 1  # "of \"Kama Motors\"", "of JSC Kama Motors"
        org = ent_at.get(j)
        if org is not None and org.label == Label.COMPANY and org.end + 1 < len(doc) and doc[org.end].lower_ in ("and", "&"):
            second = ent_at.get(org.end + 1)
            if second is not None and second.label == Label.COMPANY:
                org = second  # "CEO of Acme and Velox Ana Ruiz": the two companies she heads, then her name
        if org is not None and org.label == Label.COMPANY:
            name = self._name_after_unit(doc, org, taken)
            if name is not None:
                return name
        if org is not None and org.label in Label.COMPANY_OR_COUNTRY:  # "... minister of industry of Belarus Oleg Karpovich"
            k = org.end
            while org.label == Label.COMPANY and k < len(doc) and k - org.end < 2 and doc[k].text in ORG_NAME_WORDS:
                k += 1  # "president of GM International Ana Ruiz": the rest of the unit's name the gazetteer lacks
            if org.label == Label.COMPANY:
                k = self._past_legal_form_and_acronym(doc, k)
            name = self._name_at(doc, self._past_honorific(doc, self._past_quotes(doc, k)), taken)
            if name is not None:
                return name
        if org is not None and org.label == Label.PLACE and org.end < len(doc) and doc[org.end].text != ",":
            # "Deputy mayor of Bursa Ayse Kaya said": the town governed, then the name, then the verb or a comma
            name = self._name_at(doc, self._past_honorific(doc, org.end), taken)
            if name is not None and name.end < len(doc) and (doc[name.end].is_lower or doc[name.end].text == ","):
                return name
        # an organisation the gazetteer lacks (or only partly knows: "Slovak Cars Group"): a capitalised run closed by a comma
        k = j
        # "... of HNMPL, Mr. Kamran Aziz": an acronym is a name of an organisation too; "the Road Safety and Transport
        # Council (RSTC), Ada Obi": joining words inside the name and its acronym in brackets before the comma
        while k < len(doc) and k - j < 12 and ((doc[k].is_title or doc[k].is_upper and len(doc[k]) > 1) and doc[k].is_alpha
                                               or k > j and doc[k].lower_ in ("and", "of", "for", "&") and k + 1 < len(doc) and doc[k + 1].is_title
                                               # "... and Trade of the Russian Federation": a body of a country
                                               or k > j and doc[k].lower_ == "of" and k + 2 < len(doc) and doc[k + 1].lower_ == "the" and doc[k + 2].is_title
                                               or k > j and doc[k].lower_ == "the" and doc[k - 1].lower_ == "of" and k + 1 < len(doc) and doc[k + 1].is_title
                                               or self._inside_a_body_name(doc, j, k)):
            k += 1
        if k > j:
            k = past_bracketed_acronym(doc, k)
        if k == j or k >= len(doc):
            return None
        name = self._name_at(doc, self._past_honorific(doc, self._past_quotes(doc, k)), taken) if doc[k].text == "," else None
        if name is None and doc[k].text == ",":
            name = self._name_after_description(doc, k + 1, taken)
        return name or self._name_ending_a_body(doc, j, k, taken)

    def _name_after_description(self, doc: Doc, k: int, taken: set[int]) -> Span | None:
        """'Director General of Far East Auto, the official dealer of Zorvex, Ivan Orlov': a description of the
        title's organisation ('the', lower-case words, maybe 'of' and a name) set off by commas between it and the name,
        the name closed by a comma, a full stop or a lower-case word."""
        lower = self.index.lower
        if k >= len(doc) or lower[k] not in ("the", "a", "an"):
            return None
        end = k + 1
        while end < len(doc) and end - k <= 10 and lower[end] != "," and (doc[end].is_alpha or lower[end] in ("-", "'s", "’s")) \
                and lower[end] not in lx.SPEECH_VERBS and lower[end] not in ("who", "which", "that", "and"):
            end += 1
        if end >= len(doc) - 2 or lower[end] != "," or not any(doc[x].is_lower for x in range(k + 1, end)):
            return None
        name = self._name_at(doc, self._past_honorific(doc, end + 1), taken)
        if name is None or name.end < len(doc) and not (doc[name.end].text in (",", ".", ";") or doc[name.end].is_lower):
            return None
        return name

    @staticmethod
    def _inside_a_body_name(doc: Doc, j: int, k: int) -> bool:
        """'Chairman of Norland's National Agency for Export, Ivo Berg,', 'the secretary general of the Norland board of
        Investment Ivo Berg,', 'the Director-General of the Kenyan government's Office for Export Zones, Ivo Berg,': a
        country's possessive (or its government's), or a body's noun in lower case before 'of', inside the capitalised
        name of the body."""
        if k <= j or k + 2 >= len(doc):
            return False
        word = doc[k].lower_
        # "the Norland government's Office for ...": a country's government, its body's name after its possessive
        if word == "government" and doc[k - 1].ent_type_ == "COUNTRY" and doc[k + 1].text in ("'s", "’s"):
            return doc[k + 2].is_title
        if word in ("'s", "’s") and doc[k - 1].lower_ == "government" and k - 2 >= j and doc[k - 2].ent_type_ == "COUNTRY":
            return doc[k + 1].is_title
        if not doc[k - 1].is_title:
            return False
        if word in ("'s", "’s"):
            return doc[k - 1].ent_type_ == "COUNTRY" and doc[k + 1].is_title
        return doc[k].is_lower and word in BODY_NOUNS | {"board"} and doc[k + 1].lower_ == "of" and doc[k + 2].is_title

    def _name_after_workplace(self, doc: Doc, start: int, end: int, taken: set[int]) -> Span | None:
        """'The director of the Acme plant in Leon, Ana Ruiz, is moving to ...': a title opening the sentence with 'the',
        where it is held (no verb among those words) up to a comma, then the name between commas."""
        lower = self.index.lower
        sent_start = self.index.sent_bounds(start)[0]
        while sent_start < start and (lower[sent_start] in ("-", "•", "*", "–") or not lower[sent_start].strip()):
            sent_start += 1  # "• The director of ...": a bullet's sentence
        if start - 1 != sent_start or lower[sent_start] != "the" or end >= len(doc) or lower[end] not in ("of", "at"):
            return None
        k = end + 1
        while k < len(doc) and k - end <= 10 and lower[k] != "," and doc[k].pos_ not in ("VERB", "AUX") and lower[k] not in (".", ";", "(", '"', "“"):
            k += 1
        if k >= len(doc) - 2 or lower[k] != "," or k == end + 1:
            return None
        name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
        return name if name is not None and name.end < len(doc) and lower[name.end] == "," else None

    def _name_ending_a_body(self, doc: Doc, j: int, k: int, taken: set[int]) -> Span | None:
        """'Federal Secretary of Ministry of Industries and Production Asad Rehman Gilani,', 'the head of the Ministry of
        Industry and Trade of the Russian Federation Anton Alikhanov said', 'the governor of Primorsky Krai Oleg
        Kozhemyako': a body's or a region's capitalised name, then the holder's name up to a comma or a lowercase word."""
        if k >= len(doc) or not (doc[k].is_punct or doc[k].is_lower):
            return None
        for size in (3, 2):
            start = k - size
            if start <= j + 1:
                continue
            before = doc[start - 1]
            if not before.text[:1].isupper():
                continue  # (the body's name ends on a capitalised word: not "... Group and Wonhee Lee, President ...")
            if not (before.lower_ in lx.PORTFOLIO_WORDS or before.text in lx.INSTITUTION_WORDS or before.lower_ in REGION_NOUNS
                    or before.lower_ in BODY_NOUNS or before.lower_ in PUBLIC_OFFICE_NOUNS or before.ent_type_ in ("COUNTRY", "PLACE", "REGION")):
                continue
            if any(doc[x].lower_ in lx.PORTFOLIO_WORDS or doc[x].text in lx.INSTITUTION_WORDS or doc[x].lower_ in REGION_NOUNS
                   or doc[x].ent_type_ or x in taken for x in range(start, k)):
                continue
            name = self._name_at(doc, start, taken)
            if name is not None and name.end == k:
                return name
        return None

    def _name_after_unit(self, doc: Doc, org: Span, taken: set[int]) -> Span | None:
        """'The head of Acme's Argentine division, Ana Ruiz, said': the company's unit, then the name between commas."""
        m = org.end + 1
        if m >= len(doc) or doc[org.end].text not in ("'s", "’s"):
            return None
        while m < len(doc) and m - org.end <= 4 and doc[m].is_alpha and doc[m].lower_ not in UNIT_NOUNS:
            m += 1
        if m + 2 >= len(doc) or doc[m].lower_ not in UNIT_NOUNS:
            return None
        if doc[m + 1].lower_ in UNIT_NOUNS and m + 3 < len(doc):
            m += 1  # "Acme's Thai business unit"
        if doc[m + 1].text != ",":
            # "according to the vice chairman of Acme's Thai unit Ana Ruiz.": the name right after the unit, closing the clause
            name = self._name_at(doc, self._past_honorific(doc, m + 1), taken) if doc[m + 1].is_title else None
            return name if name is not None and (name.end >= len(doc) or doc[name.end].is_punct or doc[name.end].lower_ in SAID_VERBS) else None
        name = self._name_at(doc, self._past_honorific(doc, m + 2), taken)
        return name if name is not None and name.end < len(doc) and doc[name.end].text == "," else None

    @staticmethod
    def _past_quotes(doc: Doc, k: int) -> int:
        while k < len(doc) and doc[k].text in ('"', "“", "”", ","):
            k += 1
        return k

    def _name_after(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        i = self._past_bracketed_title(doc, i)
        # "plant director in Camacari, Wang Jun", "country manager for Pakistan, Liu Yang", "... for the Middle East,":
        # the title's place may stand before the name
        at = i + 2 if doc[i:i + 2].text.lower().endswith(" the") else i + 1
        # "Ambassador to India Kim Min-su": the country of a post abroad, too
        if at < len(doc) and doc[i].lower_ in ("in", "at", "for", "to") and doc[at].ent_type_ in ("PLACE", "COUNTRY", "REGION"):
            i = at + 1
            while i < len(doc) and doc[i].ent_iob_ == "I":
                i += 1
            # "for the Middle East and Africa, Zhou Minghao"
            while i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and doc[i + 1].ent_type_ in ("PLACE", "COUNTRY", "REGION"):
                i += 2
                while i < len(doc) and doc[i].ent_iob_ == "I":
                    i += 1
        elif i + 2 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].is_title:
            k = i + 1  # "district manager for Saxony, Uwe Brandner": a region the gazetteer lacks, closed by a comma
            while k < len(doc) and k - i <= 3 and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if k < len(doc) and doc[k].text == ",":
                i = k
        elif i + 3 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].lower_ == "the":
            i = self._past_named_body(doc, i + 2) or i  # "undersecretary for the federal Secretariat of Economy, Ana Ruiz"
        elif i + 2 < len(doc) and doc[i].lower_ == "of":
            i = (self._past_region(doc, i + 1) or self._past_workplace(doc, i + 1) or self._past_institution(doc, i + 1, taken)
                 or self._past_lower_portfolio(doc, i + 1) or i)
        elif i + 2 < len(doc) and doc[i].lower_ == "at":
            i = self._past_institution(doc, i + 1, taken) or i
        i = self._past_joined_portfolio(doc, i, taken)
        i = self._past_comma_portfolio(doc, i, taken)
        while i < len(doc) and doc[i].text in (",", ":", '"', "“", "”"):
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ in ("is", "was") and i - 1 >= 0 and doc[i - 1].is_lower and doc[i + 1].is_title:
            i += 1  # "Its new plant manager is Laura Chen": the name the title is said of
        named = self._name_after_office(doc, i, taken)
        if named is not None:
            return named
        i = self._past_honorific(doc, i)
        return self._name_at(doc, i, taken)

    @staticmethod
    def _past_joined_portfolio(doc: Doc, k: int, taken: set[int]) -> int:
        """'Minister of Industry and Mineral Resources, Bandar Alkhorayef': a second portfolio in capitals joined by 'and'
        to the title's, closed by a comma: the index of that comma (k itself when there is none)."""
        if not (0 < k + 1 < len(doc) and doc[k].lower_ in ("and", "&") and doc[k - 1].is_title and doc[k + 1].is_title
                and k + 1 not in taken):
            return k
        j = k + 1
        while j < len(doc) and j - k <= 5 and (doc[j].is_title or doc[j].lower_ in ("and", "of", "&")) and j not in taken:
            j += 1
        return j if j < len(doc) and doc[j].text == "," else k

    def _past_comma_portfolio(self, doc: Doc, k: int, taken: set[int]) -> int:
        """'Senior Executive Officer, Marketing and Sales, Ana Ruiz', 'Chief Operating Officer (COO) ZIDC, Ana Ruiz': a
        portfolio in capitals set off by commas, or a body's acronym before a comma, between the title and the name:
        the index past them (k itself when there are none)."""
        text = self.index.text
        if k + 1 < len(doc) and k not in taken and text[k].isupper() and text[k].isalpha() and 2 <= len(text[k]) <= 8 \
                and text[k + 1] == "," and not doc[k].ent_type_:
            return k + 1  # "(COO) ZIDC, Ana Ruiz": the acronym of the body the title is at
        if k >= len(doc) or text[k] != ",":
            return k
        j = k + 1
        while j < len(doc) and j - k <= 6 and j not in taken and (
                text[j].istitle() and self.index.lower[j] in lx.PORTFOLIO_WORDS or text[j] in ("and", "&")):
            j += 1
        if j > k + 1 and j < len(doc) and text[j] == "," and text[j - 1] not in ("and", "&"):
            return j
        return k

    def _past_bracketed_title(self, doc: Doc, k: int) -> int:
        """'Chief Operating Officer (COO) Tatsuya Sato', 'Region Akim (governor) Ivan Orlov': the title's short form or
        gloss in brackets right after it, then the name."""
        if k + 2 >= len(doc) or doc[k].text != "(":
            return k
        close = next((j for j in range(k + 1, min(len(doc), k + 5)) if doc[j].text == ")"), None)
        if close is None or close == k + 1:
            return k
        inside = doc[k + 1:close]
        if all(t.text in lx.ROLE_ABBREVIATIONS or t.lower_ in self.role_words for t in inside):
            return close + 1
        return k

    @staticmethod
    def _past_named_body(doc: Doc, k: int) -> int | None:
        """'(for the) federal Secretariat of Economy, Ana Ruiz': a body's capitalised name (a lower-case word may open it,
        'of' and 'and' join its words) closed by a comma before the name; the comma's position."""
        if k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k + 1].is_title:
            k += 1
        begin = k
        while k < len(doc) and k - begin < 8 and (doc[k].is_title and doc[k].is_alpha or k > begin and doc[k].lower_ in ("of", "and", "for")):
            k += 1
        return k if k > begin and k < len(doc) and doc[k].text == "," and doc[k - 1].is_title else None

    @staticmethod
    def _past_region(doc: Doc, k: int) -> int | None:
        """'Deputy Governor of the Tula region Anna Petrova', 'Governor of Perm region Oleg Ivanov', 'Minister of
        Industry of the province of Salta, Ana Ruiz', 'Minister of Transport of the region Ivan Orlov', 'Minister of
        Industry of Norland's Kama republic Ivan Orlov': the title's region, before the name."""
        if doc[k].lower_ == "the":
            k += 1
            if k + 1 < len(doc) and doc[k].lower_ in REGION_NOUNS and doc[k + 1].is_title:
                return k + 1  # "of the region Ivan Orlov": the region the story is about
        if k + 1 < len(doc) and doc[k].lower_ in REGION_NOUNS and doc[k + 1].lower_ == "of":  # "the province of Salta"
            k += 2
            begin = k
            while k < len(doc) and k - begin < 4 and (doc[k].is_title and doc[k].is_alpha or doc[k].ent_iob_ == "I"):
                k += 1
            return k if k > begin else None
        begin = k
        while k < len(doc) and k - begin < 4 and doc[k].lower_ not in REGION_NOUNS and (
                doc[k].ent_type_ in ("PLACE", "COUNTRY") or doc[k].is_title and doc[k].is_alpha
                or k > begin and doc[k].text in ("'s", "’s") and doc[k - 1].ent_type_ == "COUNTRY"):  # "Norland's Kama republic"
            k += 1
        return k + 1 if begin < k < len(doc) and doc[k].lower_ in REGION_NOUNS else None

    def _past_institution(self, doc: Doc, k: int, taken: set[int]) -> int | None:
        """'Director General at the Industry Ministry Budi Santoso said', 'Chairman of the Tan Phat Group's Board of
        Directors Le Van Minh said': a body's or a company's capitalised name ending in its noun ('Ministry',
        'Committee', 'Group', 'Directors'), the title's workplace, with a person's name of two words or more right after it."""
        lower = self.index.lower
        if k < len(doc) and lower[k] == "the":
            k += 1
        if k < len(doc) and doc[k].is_lower and doc[k].is_alpha and k + 1 < len(doc) and doc[k + 1].is_title:
            k += 1  # "the provincial People's Committee"
        found = None
        j = k
        while j < len(doc) and j - k < 10:
            text = doc[j].text
            if text in INSTITUTION_ENDS or text in lx.CORPORATE_SUFFIXES:
                name = self._name_at(doc, j + 1, taken)
                # (not "the National Industrial Development Center": the body's name goes on to its own noun)
                if name is not None and not (name[-1].text in INSTITUTION_ENDS or name[-1].lower_ in BODY_NOUNS
                                             or name[-1].lower_ in PUBLIC_OFFICE_NOUNS):
                    found = j + 1
                    break
            if not (doc[j].is_title and doc[j].is_alpha or text in ("'s", "’s") or lower[j] in ("of", "and", "&") and j > k
                    or j in taken and doc[j].ent_type_ in ("COMPANY", "COUNTRY", "PLACE", "REGION")):
                break
            j += 1
        return found if found is not None and found > k + 1 else None

    @staticmethod
    def _past_lower_portfolio(doc: Doc, k: int) -> int | None:
        """'head of domestic productions, Lee Min-ho, ...': what the title heads, in a few lower-case words, closed by a
        comma before the name."""
        j = k
        while j < len(doc) and j - k < 4 and doc[j].is_lower and doc[j].is_alpha:
            j += 1
        return j if j > k and j < len(doc) and doc[j].text == "," else None

    @staticmethod
    def _past_workplace(doc: Doc, k: int) -> int | None:
        """'Director of the plant Ruslan Aliyev', 'head of company Ivan Petrov': a translated title's workplace."""
        if doc[k].lower_ == "the":
            k += 1
        return k + 1 if k < len(doc) and doc[k].lower_ in WORKPLACE_NOUNS else None

    def _name_after_office(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        """'the Secretary, Ministry of Industries and Production, Mr. Khalid Awan': the office between commas, then
        a name behind an honorific."""
        k = i
        while k < len(doc) and k - i < 8 and (doc[k].is_title and doc[k].is_alpha or doc[k].lower_ in ("of", "and", "for", "the", "&")):
            k += 1
        if k == i or not doc[i].is_title or k + 1 >= len(doc) or doc[k].text != ",":
            return None
        j = self._past_honorific(doc, k + 1)
        return self._name_at(doc, j, taken) if j > k + 1 else None

    @staticmethod
    def _past_honorific(doc: Doc, i: int) -> int:
        """'Dr. Amina Bello-Kazeem', 'Mr Sunil Rao', 'H.E. Mr. Park Min-jun': the name starts after the honorifics."""
        i = past_malay_title(doc, i)
        index = doc_index(doc)  # Token.lower_, .is_title, .is_upper: str.lower, .istitle, .isupper of the token's text
        text, lower = index.text, index.lower
        for _ in range(2):
            if i < len(doc) and lower[i].rstrip(".") in lx.HONORIFICS and (text[i].istitle() or text[i].isupper()):
                i += 1
                if i < len(doc) and text[i] == ".":
                    i += 1
        return i

    def _name_before(self, doc: Doc, start: int, taken: set[int], ent_at: dict[int, Span]) -> Span | None:
        j = start - 1
        modifiers = 0
        fourth = None  # where three modifiers end: more are read only after a possessor
        while j >= 0:
            token = doc[j]
            if token.lower_ in ("the", "its", "former", "new", "a", "an") or j in ent_at:
                j -= 1
            elif token.lower_ in ("hon’ble", "hon'ble") and modifiers == 0:
                j -= 1  # "Pushpa Dahal, the Hon’ble Prime Minister of Nepal": an honorific before the title
            elif token.text == "-" and j > 0 and doc[j - 1].is_alpha and not (doc[j - 1].whitespace_ and token.whitespace_):
                j -= 1  # "whole-time director", "non-executive chairman" (not "Ana Ruiz - President, ...": a dash)
            elif (token.is_lower or token.is_title or token.is_upper and len(token) > 1 and modifiers == 0 and doc[j + 1].lower_ in self.role_words) \
                    and token.is_alpha and modifiers < 6:
                # "Karen Whitfield, an industry analyst at ...", "Giorgio Russo, Basilicata secretary of ...",
                # "Taro Sato, TMP president": a few modifiers before the title
                if modifiers == 3:
                    fourth = j
                modifiers += 1
                j -= 1
            else:
                break
        # "Ana Ruiz, Acme Australia's global trucks enterprise product line manager": a long title after a possessor
        if fourth is not None and not (j >= 1 and (doc[j].text in ("’s", "'s") or doc[j].text in ("'", "’") and doc[j - 1].lower_.endswith("s"))):
            j = fourth
        # "Nuevo León's secretary", "SMATA's shop steward", "Stellantis' chief operating officer": skip the possessor
        if j >= 1 and (doc[j].text in ("’s", "'s") or doc[j].text in ("'", "’") and doc[j - 1].lower_.endswith("s")):
            j -= 1
            if j >= 1 and doc[j].lower_ in REGION_NOUNS and (doc[j - 1].is_title or j - 1 in ent_at):
                j -= 1  # "São Paulo state's secretary"
            elif j >= 1 and doc[j].lower_ in ("group", "company", "plant", "factory", "unit", "division") and doc[j].is_lower and (
                    doc[j - 1].is_title or j - 1 in ent_at):
                # "Ana Ruiz, Kestrel group's CEO", "Ana Ruiz, the Zorvex plant's general manager": the group's or the
                # plant's name written with its noun in lower case
                j -= 1
            while j >= 0 and (doc[j].is_title or doc[j].is_upper and doc[j].is_alpha or j in ent_at):
                j -= 1
            if j >= 1 and doc[j].lower_ == "the" and doc[j - 1].text == ",":
                j -= 1  # "Nomsa Mkhize, the Eastern Cape's MEC"
            elif j >= 1 and doc[j].is_lower and doc[j].is_alpha and doc[j - 1].lower_ == "the":
                j -= 2  # "the union's chairman", "the plant's director"
        if j >= 2 and doc[j].lower_ in ("is", "was") and doc[j - 1].lower_ == "who" and doc[j - 2].text == ",":
            j -= 2  # "Laurent Duval, who was Renault's head of international development"
        if (j >= 3 and doc[j].text == "," and doc[j - 2].text == "," and reads_as_age(doc[j - 1].text)
                and not set(self.index.lower[j + 1:start]) & (CLAUSE_AUXILIARIES | PASSIVE_APPOINTING)):
            j -= 2  # "Ana Ruiz, 52, vice president of sales": the person's age between the name and the title
        # ("Christian Wolff (CEO and Site Manager of X)": the title in brackets right after the name)
        if j < 1 or not (doc[j].text == "," or doc[j].text == "(" and j + 1 == start or self._spaced_dash(doc, j) and j + 1 == start):
            return None
        named_end = self._before_photo_position(doc, j)
        # "Harry Lightsey III, the state's secretary of commerce": the name read back from before its suffix
        end = named_end - (named_end >= 3 and self.index.text[named_end - 1] in GENERATIONAL_SUFFIXES)
        begin = end
        while begin - 1 >= 0 and self._name_words(begin, end) < 5:
            if self._name_token(begin - 1, taken):
                begin -= 1
            elif begin - 2 >= 0 and doc[begin - 1].text == "-" and doc[begin - 2].lower_ in lx.PERSON_PARTICLES:
                begin -= 2  # "Kamel al-Wazir"
            elif begin - 2 >= 0 and self._split_initial(doc, begin - 2):
                begin -= 2
            elif begin == end - 1 and begin - 4 >= 0 and self._nickname(doc, begin - 3) and self._name_token(begin - 4, taken):
                begin -= 4  # 'David "Nick" Reilly, a vice president': a nickname in quotes between the names
            elif self._hyphen_part(doc, begin - 2) and begin - 3 >= 0 and self._name_token(begin - 3, taken):
                begin -= 3  # "Lee Jae-hoon"
            elif begin < end and begin - 2 >= 0 and doc[begin - 1].text in SAINT and self._name_token(begin - 2, taken):
                begin -= 2  # "Steve St. Angelo, ...": a surname written with a saint's name
            elif begin == end and begin - 2 >= 0 and self._surname_like_a_place(doc, begin - 1) and self._name_token(begin - 2, taken):
                begin -= 1  # "Murat Aydın, general manager of ...": a surname that is also a town
            elif begin == end and begin - 2 >= 0 and self._surname_like_a_country(doc, begin - 1) and self._name_token(begin - 2, taken):
                begin -= 1  # "Rosa Montenegro, president of ...": a surname that is also a country
            elif begin < end and begin - 1 not in taken and (self._initial(doc[begin - 1]) or self._bare_initials(doc, begin - 1, taken)):
                begin -= 1  # "P.M. Rao, managing director of ...": initials open the name
                break
            elif (begin == end - 1 and begin >= 1 and self.index.text[begin - 1].endswith(".") and self.index.text[begin - 1][:1].isupper()
                  and self.index.lower[begin - 1].rstrip(".") in lx.HONORIFICS):
                begin -= 1  # "Mr. Okuda, chairman of ...": a surname behind an honorific written with its full stop
                break
            elif begin == end and self._surname_after_first_name(doc, begin - 1, taken):
                begin -= 1  # "Kenji Honda, President, ...": a surname that is also a maker's name
            elif begin < end and self._hyphen_part(doc, begin - 1) and begin - 2 >= 0 and self._name_token(begin - 2, taken):
                begin -= 2  # "Amina Bello-Kazeem": a surname of two capitalised parts
            elif begin < end and begin - 2 >= 0 and self._surname_like_a_place(doc, begin - 1) and self._name_token(begin - 2, taken):
                begin -= 2  # "Tran Van Binh": a middle name that is also a town, between two parts of the name
            elif begin < end and begin - 1 >= 0 and self._surname_like_a_place(doc, begin - 1) and (
                    begin - 2 < 0 or doc[begin - 2].lower_ in lx.SPEECH_VERBS or doc[begin - 2].is_punct or doc[begin - 2].is_space
                    or doc[begin - 2].is_lower and doc[begin - 2].is_alpha and doc[begin - 2].lower_ not in PLACE_PREPOSITIONS):
                # "said Kano Adeyemi-Bello, ...", "met Santiago Ruiz, head of ...": a first name that is also a town (also
                # opening a paragraph)
                begin -= 1
            else:
                break
        if end - begin >= 3 and self._past_honorific(doc, begin) == begin + 1:
            begin += 1  # "Cllr Priya Lambert, the council's ...", "Mr John Smith, ...": the name behind its honorific
        if self._country_ends_an_org(doc, begin, end):
            return None
        # a name opens with a particle only as a family name written first, before two more names: "Le Thi Hong Van", "Do Minh Quan"
        if end - begin >= 2 and (doc[begin].lower_ not in lx.PERSON_PARTICLES or end - begin >= 3 and doc[begin].is_title):
            return Span(doc, begin, named_end, label="PERSON")
        if named_end > end:
            return None  # "... III, the ...": no name before the suffix
        # '"...," said Sutrisno, a senior analyst at ...': one name alone, quoted, with an article before the title
        if (end - begin == 1 and begin >= 1 and end + 1 < len(doc) and doc[begin - 1].lower_ in lx.SPEECH_VERBS
                and doc[end + 1].lower_ in ("a", "an")
                and doc[begin].text.isalpha() and len(doc[begin].text) > 3 and not (lx.MONTHS | DAYS) & {doc[begin].lower_}):
            return Span(doc, begin, end, label="PERSON")
        return None

    @staticmethod
    def _country_ends_an_org(doc: Doc, begin: int, end: int) -> bool:
        """'CEO of TAXI Plus Norland, CEO ...', 'Minister of Labour and Professional Training Norland, Director ...': words
        ending on a country's name that go on a capitalised run, an acronym or a joining word before them are the end of
        a firm's or a portfolio's name (not 'Rosa Montenegro, president of ...', a person whose surname is a country)."""
        if end - begin < 2 or begin < 1 or doc[end - 1].ent_type_ != "COUNTRY":
            return False
        before = doc[begin - 1]
        return before.lower_ in ("and", "of", "&") or before.is_alpha and (before.is_title or before.is_upper)

    @staticmethod
    def _spaced_dash(doc: Doc, j: int) -> bool:
        """'Ana Ruiz - President and Managing Director, Zorvex India, said': a dash set apart by spaces between a name and
        the title right after it, as a comma would be."""
        return doc[j].text in ("-", "–", "—") and bool(doc[j - 1].whitespace_) and bool(doc[j].whitespace_)

    @staticmethod
    def _before_photo_position(doc: Doc, j: int) -> int:
        """'Ana Ruiz (L), the plant's director, ...', 'Ivo Berg (pictured, 2nd R), chief executive of ...': a photo caption's
        position in brackets between a name and the comma before its title, or the person's age ('Ana Ruiz (52), chief
        executive of ...'); where the name ends (j, the comma, if none)."""
        if j < 3 or doc[j - 1].text != ")":
            return j
        if doc[j - 3].text == "(" and reads_as_age(doc[j - 2].text):
            return j - 3
        k = j - 2
        while k > j - 6 and doc[k].text != "(" and doc[k].lower_ in PHOTO_POSITION_WORDS:
            k -= 1
        return k if k < j - 2 and doc[k].text == "(" else j

    @staticmethod
    def _nickname(doc: Doc, i: int) -> bool:
        """doc[i:i + 3] is a nickname in quotes ('"Nick"') between a first name and a surname."""
        return (i + 2 < len(doc) and doc[i].text in ('"', "“") and doc[i + 2].text in ('"', "”") and doc[i + 1].is_title
                and doc[i + 1].is_alpha and not doc[i].whitespace_ and not doc[i + 1].whitespace_)

    @staticmethod
    def _hyphen_part(doc: Doc, i: int) -> bool:
        """doc[i] is a hyphen joining name parts ('Sung-min', 'Bello-Kazeem', 'El-Din')."""
        return (0 <= i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ and doc[i + 1].is_alpha
                and (doc[i + 1].is_lower or doc[i + 1].is_title) and i > 0 and not doc[i - 1].whitespace_)

    def _name_part(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """doc[i] is a word of a name, a hyphen inside one, or a given name's part after it, read right to left."""
        return self._name_token(i, taken) or self._hyphen_part(doc, i) or self._hyphen_tail(doc, i)

    @staticmethod
    def _hyphen_tail(doc: Doc, i: int) -> bool:
        """doc[i] is the lower-case part after a tight hyphen of a capitalised name part ('sung' of 'Ho-sung', 'yong'
        of 'Jae-yong'): Korean given names are written so."""
        return (i >= 2 and doc[i].is_alpha and doc[i].is_lower and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
                and not doc[i - 2].whitespace_ and doc[i - 2].is_title and doc[i - 2].is_alpha)

    def _name_at(self, doc: Doc, i: int, taken: set[int]) -> Span | None:
        end = i
        while end < len(doc) and self._name_words(i, end) < 5:
            if self._split_initial(doc, end):
                end += 2  # "James D. Farley"
            elif self._name_token(end, taken) or end == i and end not in taken and (self._initial(doc[end]) or self._bare_initials(doc, end, taken)):
                end += 1  # "K. Selvaraj", "R.C. Sharma", "RC Sharma"
            elif end == i and self._surname_like_a_place(doc, end) and end + 1 < len(doc) and (
                    self._name_token(end + 1, taken) or self._company_surname(doc, end + 1)):
                end += 1  # "Vladimir Panteleev": a first name that is also a town; "Anand Mahindra" too
            elif end > i and self._hyphen_part(doc, end):
                end += 2  # "Park Sung-min"
            elif end == i and self._stop_word_given_name(doc, i, taken):
                end += 3  # "CEO In-Kyu Bae": a given name whose first part is also a short word
            elif end > i and doc[end].text in SAINT and end + 1 < len(doc) and self._name_token(end + 1, taken):
                end += 2  # "Steve St. Angelo"
            elif end > i and self._nickname(doc, end) and end + 3 < len(doc) and self._name_token(end + 3, taken):
                end += 3  # 'H. G. "Butch" Kirven', 'David "Nick" Reilly': a nickname in quotes before the surname
            elif end > i and self._surname_like_a_place(doc, end):
                end += 1  # "Murat Aydın", "José Ramos dos Santos": surnames that are also towns
            elif end > i and self._surname_like_a_country(doc, end):
                end += 1  # "Rosa Montenegro", "Michael Jordan": surnames that are also countries
            elif end == i + 1 and self._company_surname(doc, end):
                end += 1  # "Premier Doug Ford", "chairman Bill Ford": a surname that is also a maker's name
            else:
                break
        text = self.index.text
        if all(text[k] == "." or INITIALS.match(text[k]) or len(text[k]) == 1 and text[k].isupper() for k in range(i, end)):
            return None  # 'H. G. "Butch" ...': initials alone, no name
        if end - i >= 2 and end < len(doc) and text[end] in GENERATIONAL_SUFFIXES:
            end += 1  # "President Ferdinand Marcos Jr.", "Harry Lightsey III"
        if end < len(doc) and (text[end] in lx.CORPORATE_SUFFIXES or text[end] in lx.INSTITUTION_WORDS or text[end] in ORG_NAME_WORDS
                               or text[end] in ("'s", "’s") and end + 1 < len(doc) and text[end + 1] in lx.INSTITUTION_WORDS):
            # "of Desert Star Motors", "the Provincial People's Committee", "partner Desert Star Industry Corporation":
            # the name of a company or a body
            return None
        # a name may end on a capitalised particle after two words or more: "Tran Thi Thu Van", not "Ludwig van"
        if end - i >= 2 and (self.index.lower[end - 1] not in lx.PERSON_PARTICLES or end - i >= 3 and text[end - 1].istitle()):
            return Span(doc, i, end, label="PERSON")
        return None

    def _name_words(self, begin: int, end: int) -> int:
        """The words of a name in tokens begin..end, not counting the full stops of initials nor the hyphens inside
        surnames: 'Yazeed A. Al-Humied' is three words in six tokens; nor the particles of an Arabic name's lineage
        ('Salim bin Saeed Al Habsi' is three words)."""
        text, lower = self.index.text, self.index.lower
        return end - begin - sum(1 for k in range(begin, end) if text[k] in (".", "-", '"', "“", "”") or lower[k] in LINEAGE_PARTICLES)

    def _stop_word_given_name(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """'In-Kyu Bae', 'So-Young Lee': a capitalised short word ('In', 'So', 'Do') joined by a tight hyphen to a
        capitalised part, a name's word after them (not 'In-House Design': no name without the surname after)."""
        text = self.index.text
        return (i + 3 < len(doc) and i not in taken and text[i].istitle() and text[i].isalpha() and len(text[i]) <= 3
                and self._hyphen_part(doc, i + 1) and text[i + 2].istitle() and self._name_token(i + 2, taken)
                and self._name_token(i + 3, taken))

    @staticmethod
    def _surname_like_a_place(doc: Doc, k: int) -> bool:
        token = doc[k]
        one_word_place = token.ent_type_ == "PLACE" and token.ent_iob_ == "B" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")
        return one_word_place and token.is_title

    def _company_surname(self, doc: Doc, k: int) -> bool:
        """A one-word maker's name after a first name (see _surname_like_a_company), read off the doc's entities or
        the companies this component found itself ('Ayass chief Mazin Ayass said': the short name of Ayass Motors)."""
        if self._surname_like_a_company(doc, k):
            return True
        if k not in self._one_word_companies or not doc[k].is_title or not doc[k].is_alpha:
            return False
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is None or not (after.is_title or after.text in ("'s", "’s"))

    @staticmethod
    def _surname_like_a_company(doc: Doc, k: int) -> bool:
        """A one-word maker's name ('Ford', 'Porsche') after a first name, the name's last word: no capitalised word
        or possessive follows it ('Doug Ford Motors', 'Bill Ford's')."""
        token = doc[k]
        if token.ent_type_ != "COMPANY" or token.ent_iob_ != "B" or not token.is_title or not token.is_alpha:
            return False
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is None or not (after.ent_iob_ == "I" or after.is_title or after.text in ("'s", "’s"))

    def _surname_after_first_name(self, doc: Doc, k: int, taken: set[int]) -> bool:
        """'Kenji Honda, President, ...': doc[k] a one-word maker's name (see _surname_like_a_company) right after a
        word that can begin a person's name, the pair closed by a comma."""
        return (k >= 1 and k + 1 < len(doc) and doc[k + 1].text == "," and self._surname_like_a_company(doc, k)
                and self._name_token(k - 1, taken) and doc[k - 1].lower_ not in lx.PERSON_PARTICLES)

    def _surname_like_a_country(self, doc: Doc, k: int) -> bool:
        """A one-word country's name (not a demonym) after a first name, the name's last word."""
        token = doc[k]
        return (token.ent_type_ == "COUNTRY" and token.ent_iob_ == "B" and token.is_title and token.text not in self.gaz.demonyms
                and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I") and (k + 1 >= len(doc) or not doc[k + 1].is_title))

    @staticmethod
    def _split_initial(doc: Doc, i: int) -> bool:
        """A capital and its full stop as two tokens ('D', '.'), as the tokenizer splits 'Model Y.' (read off the
        index: Token.is_upper is str.isupper, and a token has no whitespace when the next one starts where it ends)."""
        if i + 1 >= len(doc):
            return False
        index = doc_index(doc)
        text = index.text
        return len(text[i]) == 1 and text[i].isupper() and index.token_ends[i] == index.token_chars[i + 1] and text[i + 1] == "."

    @staticmethod
    def _initial(token: Token) -> bool:
        """'K.' in 'K. Selvaraj', 'R.C.' in 'R.C. Sharma': one to three initials, each with its full stop."""
        return INITIALS.match(token.text) is not None

    def _bare_initials(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """'RC' in 'RC Sharma', 'N' in 'N Ramesh Kumar': initials without full stops (as Indian copy writes them)
        before a name's word; not a title's abbreviation ('MD', 'VP'), an honorific or a word ('A', 'I'), and one letter
        alone only before two words of the name, not opening a sentence."""
        text = self.index.text[i]
        if not (1 <= len(text) <= 2 and text.isalpha() and text.isupper()) or i in taken or i + 1 >= len(doc):
            return False
        lower = self.index.lower[i]
        if lower in self.role_words or lower in lx.HONORIFICS or lower in STOP_WORDS or text in ("A", "I", "O"):
            return False
        if not self._name_token(i + 1, taken) or self.index.lower[i + 1] in lx.PERSON_PARTICLES:
            return False
        return len(text) == 2 or (not doc[i].is_sent_start and i + 2 < len(doc) and self._name_token(i + 2, taken))

    def _chinese_he(self, i: int) -> bool:
        """'He' in capitals with another capitalised word of letters beside it: a Chinese family or given name ('He
        Xiaopeng', 'Huang He'), not the pronoun ('"We will grow," He said'); where a sentence or a quote opens, only
        with the name's word after it ('"...," He Xiaoqing, President of Zorvex, said')."""
        text, lower = self.index.text, self.index.lower
        after = i + 1 < len(text) and text[i + 1].istitle() and text[i + 1].isalpha() and lower[i + 1] not in STOP_WORDS
        if i < 1 or self.index.sent_bounds(i)[0] == i or text[i - 1] in ('"', "“", "”", "'", "‘", "’", ":", "(", "-", "–", "—"):
            return after
        return after or text[i - 1].istitle() and text[i - 1].isalpha() and lower[i - 1] not in STOP_WORDS

    def _surname_may(self, i: int, taken: set[int]) -> bool:
        """'May' after a capitalised first name that is no stop word, with no capitalised word or figure after it."""
        text, lower = self.index.text, self.index.lower
        if i < 1 or i - 1 in taken or not text[i - 1].istitle() or not text[i - 1].isalpha() or lower[i - 1] in STOP_WORDS:
            return False
        if lower[i - 1] in self.role_words or lower[i - 1] in lx.MONTHS or lower[i - 1] in DAYS or lower[i - 1] in lx.HONORIFICS:
            return False
        after = text[i + 1] if i + 1 < len(text) else ""
        return not (after.istitle() or after[:1].isdigit())

    def _name_token(self, i: int, taken: set[int]) -> bool:
        """Token i can be part of a person's name (read off the index: Token.is_title/is_alpha are str.istitle/isalpha)."""
        if i in taken or self.index.is_boilerplate(i):
            return False
        lower, text = self.index.lower[i], self.index.text[i]
        if lower in lx.PERSON_PARTICLES:
            return True
        if lower.endswith("factory") or lower in ("metaplant", "gigaplant", "megaplant"):
            return False  # "the Ola Futurefactory", "Tesla Gigafactory": a plant's name, after a first name that is a brand
        if text == "May" and self._surname_may(i, taken):
            return True  # "Theresa May", "said Tom May, plant manager": a surname, not the verb nor the month
        if text == "He" and self._chinese_he(i):
            return True  # "chairman He Xiaopeng", "the head of Zorvex Group Huang He": a Chinese name, not the pronoun
        if (camel_case_word(text) or APOSTROPHE_NAME.fullmatch(text)) and i > 0 and i - 1 not in taken \
                and self.index.text[i - 1].istitle() and self.index.text[i - 1].isalpha():
            # "Mohamed AbdelSamad", "Ian McDonald", "Liam O'Brien", "Cheng Wen'an": a surname with a capital or an
            # apostrophe inside, after a first name
            return lower not in STOP_WORDS
        return (
            text.istitle() and text.isalpha() and lower not in STOP_WORDS and lower not in self.role_words and lower not in HEADLINE_PREPOSITIONS
            and not (lower in lx.MONTHS and month_in_a_date(self.index.doc[i])) and text not in lx.CORPORATE_SUFFIXES
            and not (lower in DAYS and i > 0 and self.index.text[i - 1].istitle())  # "named Ann Bell Tuesday as CEO"
            and text not in lx.INSTITUTION_WORDS and text not in ORG_NAME_WORDS
        )
