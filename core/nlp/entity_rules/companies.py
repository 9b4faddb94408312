"""Company names the gazetteer lacks: a name before a corporate word or a legal form of any country (or after a
leading one, 'PT', 'JSC'), after a maker noun, in an appositive ('X, a local bus maker'), names in capitals. Known
companies written another way are in company_variants.py.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, camel_case, key_of
from core.nlp.entity_rules.words import (
    APPOSITIVE_ENDS,
    APPOSITIVE_NOUNS,
    BODY_BUILDER_KINDS,
    CAPITAL_LEGAL_FORMS,
    COMPANY_RULE_WORDS,
    CORPORATE_LOWER,
    DEMONYM_NAME_WORDS,
    E_PREFIXED_NAME,
    FIRM_KIND_NOUNS,
    GROUP_KINDS,
    LEADING_LEGAL_FORMS,
    LEADING_LEGAL_LOWER,
    LEGAL_FORM_ABBREVIATIONS,
    LEGAL_FORM_WORDS,
    MAKER_NOUNS,
    NAME_END_LEGAL_FORMS,
    NAME_TAILS,
    NAMED_AFTER,
    NON_COMPANY_HEADS,
    OFFICER_TITLE_OPENERS,
    ORG_NAME_WORDS,
    PLACE_NAME_NOUNS,
    POSSESSIVE_MARKS,
    REGION_NOUNS,
    SENTENCE_ADVERBS,
    SOFTWARE_NAMES,
    TRAILING_LEGAL_FORMS,
    VEHICLE_CLASS_NAMES,
    VEHICLE_MAKER_WORDS,
    WEEKDAYS,
)
from core.nlp.normalise import NUMBER_WORDS

# "the chairman of CIG Motors", "a unit of Abc Motors": an office or part of the company named after 'of'
OFFICE_OF_WORDS = frozenset(["chairman", "chairwoman", "chairperson", "ceo", "president", "founder", "owner", "director",
                             "head", "subsidiary", "unit", "arm", "affiliate", "shareholder", "spokesman", "spokeswoman"])


class CompanyRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    # -- companies -----------------------------------------------------------------------------
    def _new_companies(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        taken = self._tokens_of(ents)
        demonym_at = {i for e in ents if e.label == Label.COUNTRY and self._text(e) in self.gaz.demonyms for i in range(e.start, e.end)}
        demonym_starts = {e.start for e in ents if e.label == Label.COUNTRY and len(e) == 1 and self._text(e) in self.gaz.demonyms}
        # a region may open a name too: "Caucasus Auto Assembly", "Asia Motor Works"
        demonym_at |= {i for e in ents if e.label == Label.REGION for i in range(e.start, e.end)}
        company_ending = {e.end - 1: e for e in ents if e.label == Label.COMPANY}
        country_at = {e.start for e in ents if e.label == Label.COUNTRY and len(e) == 1}
        place_ending = {e.end - 1 for e in ents if e.label == Label.PLACE}
        place_starts = {e.start for e in ents if e.label == Label.PLACE}
        place_texts = {self._text(e) for e in ents if e.label == Label.PLACE}
        found: list[Span] = []
        extended: list[Span] = []
        lower, index = self.index.lower, self.index
        sentence_starts = set(index.sent_starts)
        # only words that can open a rule are visited (a set lookup per token instead of the rules' tests)
        candidates = sorted(sentence_starts.union(index.positions(COMPANY_RULE_WORDS)))
        for j in candidates:
            if j >= len(lower) or index.is_boilerplate(j):
                continue
            word = lower[j]
            # "a factory identified as X", "a plant called X", "a plant operated by X"
            if word in lx.NAMING_WORDS and j > 0 and (lower[j - 1] in NAMED_AFTER or j + 1 < len(doc) and lower[j + 1] == "by"):
                start = j + 1 + (1 if j + 1 < len(doc) and lower[j + 1] in ("as", "by") else 0)
                span = self._title_run(doc, start, taken)
                if span is not None and not (word == "named" and self._named_as_a_title(span.end)):
                    found.append(span)
            # "Uzbek carmaker Qoratepa Avto"
            elif word in MAKER_NOUNS and j + 1 < len(doc) and doc[j + 1].is_title and (j + 1) not in taken:
                span = self._title_run(doc, j + 1, taken)
                if span is not None:
                    found.append(span)
            # "bus manufacturer Samarkand Avtokor": a town's name opening the maker's, a name of its own after it
            elif (word in MAKER_NOUNS and j + 2 < len(doc) and (j + 1) in place_ending and (j + 1) in place_starts
                  and doc[j + 1].is_title and doc[j + 2].is_title and (j + 2) not in taken):
                span = self._title_run(doc, j + 2, taken)
                if (span is not None and not any(lower[i] in NON_COMPANY_HEADS or lower[i] in REGION_NOUNS or lower[i] in PLACE_NAME_NOUNS
                                                 for i in range(span.start, span.end))
                        and not self._name_goes_on(doc, span.end, taken)):  # (not "Lagos State", "Samara Region")
                    found.append(Span(doc, j + 1, span.end, label="COMPANY", span_id=index.span_text(j + 1, span.end)))
                    demonym_at.add(j + 1)
            # "Orvela, a Ghanaian car assembler, ...": a name the appositive after its comma calls a maker
            elif word in APPOSITIVE_NOUNS and self._maker_clause(j):
                span = self._name_before_comma(doc, j, taken)
                if span is not None:
                    found.append(span)
            # "the Georgian industrial holding Aigra", "Chinese company Zorvex": a name after a company's kind and where it
            # is from
            elif (word in FIRM_KIND_NOUNS and doc[j].text == word and j + 1 < len(doc) and doc[j + 1].is_title
                  and (j + 1) not in taken and self._demonym_before(j, demonym_starts)):
                span = self._title_run(doc, j + 1, taken)
                if span is not None:
                    found.append(span)
            # "the Chinese car manufacturing company, CIG, ...": the company's initials in apposition, between commas
            elif (word in FIRM_KIND_NOUNS and doc[j].text == word and j + 3 < len(doc) and doc[j + 1].text == ","
                  and doc[j + 2].is_upper and doc[j + 2].is_alpha and 2 <= len(doc[j + 2]) <= 6 and doc[j + 3].text == ","
                  and (j + 2) not in taken and self._demonym_before(j, demonym_starts)):
                found.append(Span(doc, j + 2, j + 3, label="COMPANY", span_id=doc[j + 2].text))
            # "PT Kreta Sejahtera", 'JSC "Saryn Avto"': a legal form written before the name, as Indonesian and
            # post-Soviet firms' are (not after another capitalised word: "Borova LLC", the form after the name)
            elif word in LEADING_LEGAL_LOWER and doc[j].text in LEADING_LEGAL_FORMS and not (j > 0 and (doc[j - 1].is_title or doc[j - 1].is_upper)):
                k = j + 1 + (1 if j + 1 < len(doc) and doc[j + 1].text in ('"', "“", "«") else 0)
                span = self._title_run(doc, k, taken) if k < len(doc) and doc[k].is_title and k not in taken else None
                if span is not None:
                    found.append(span)
            # "Qoratepa Avto will assemble ...": an unknown name opening a sentence, doing what carmakers do
            elif j in sentence_starts and doc[j].is_title and j not in taken:
                span = self._title_run(doc, j, taken)
                if span is not None and len(span) >= 2 and self._acts_like_a_maker(span.end):
                    found.append(span)
            # "the Georgian investment group Abc Capital", "dealer group Xyz": a group's name after what kind it is
            elif (word == "group" and doc[j].text == "group" and j > 0 and lower[j - 1] in GROUP_KINDS
                  and j + 1 < len(doc) and doc[j + 1].is_title and (j + 1) not in taken):
                span = self._title_run(doc, j + 1, taken)
                if span is not None:
                    found.append(span)
            # "Xyz Motors", "Abc Automotive"
            elif (word in CORPORATE_LOWER and doc[j].text in lx.CORPORATE_SUFFIXES or self._ends_in_legal_form(doc, j)
                  or self._ends_a_vehicle_makers_name(doc, j)) and j not in taken:
                sent_start = index.sent_bounds(j)[0]
                start = j
                # demonyms may open a company's name: "Egyptian German Automotive Company"
                # "Qoratepa Avto", "AzerKaz Avto LLC": a capitalised name, maybe with a capital inside
                while start - 1 >= sent_start and (start - 1 not in taken or start - 1 in demonym_at):
                    if (doc[start - 1].is_title or camel_case(doc[start - 1])) and lower[start - 1] not in STOP_WORDS:
                        start -= 1
                    elif E_PREFIXED_NAME.match(doc[start - 1].text) and start - 1 not in taken:
                        start -= 1  # "eGT New Energy Automotive", "iKono Motors": an electric maker's name of 'e' or 'i' and capitals
                    elif (doc[start - 1].is_upper and doc[start - 1].is_alpha and 2 <= len(doc[start - 1].text) <= 4
                          and start - 1 not in taken and doc[start].is_title and lower[start - 1] not in STOP_WORDS):
                        start -= 1  # "KT Orion Automotive": initials opening the name (not "THE", a story's first word in capitals)
                    elif start - 2 >= sent_start and self._hyphenated_capital(doc, start - 1):
                        start -= 2  # "Al-Noor Motors", "Rolls-Royce Motor Cars": a name of hyphenated capitalised parts
                    elif start - 4 >= sent_start and self._hyphenated_modifier(doc, start - 2) and start - 3 not in taken:
                        start -= 3  # "China National Heavy-duty Truck Corporation": a hyphened modifier inside the name
                    elif self._and_inside_a_name(doc, start, j, sent_start, taken):
                        start -= 2  # "the Trade Agencies and Marketing Company": "and" between capitalised words
                    else:
                        break
                if start < j and doc[j].text in VEHICLE_MAKER_WORDS | {"Builders", "Works"} and self._a_class_of_vehicles(doc, start):
                    continue
                if (start < j and start - 1 in country_at and start - 1 >= sent_start and doc[start - 1].is_title
                        and (start - 2 < sent_start or not doc[start - 2].is_title)):
                    # "China General Technology Group", "Kenya Vehicle Manufacturers Ltd": a country's name opening a
                    # company's name of more words than the country and the legal form
                    start -= 1
                    demonym_at.add(start)
                if start == j and start - 2 >= sent_start and start - 1 in country_at and start - 2 not in taken \
                        and doc[start - 2].is_title and lower[start - 2] not in STOP_WORDS:
                    # "Handal Indonesia Motor": a country's name inside a local company's name, after a word of its own
                    start -= 2
                    demonym_at.add(start + 1)
                    while start - 1 >= sent_start and start - 1 not in taken and doc[start - 1].is_title and lower[start - 1] not in STOP_WORDS:
                        start -= 1
                if start in demonym_starts and start + 1 < j and self._proper_word_after_demonym(doc, start + 1, demonym_at):
                    start += 1  # "a joint venture with Turkish Kibar Group": the demonym says where the group is from
                # "Automotive Company", "Auto Assembly", "Motor Works"
                end = j + 1 + (1 if j + 1 < len(doc) and (doc[j + 1].text in lx.CORPORATE_SUFFIXES or doc[j + 1].text in NAME_TAILS) else 0)
                after = lower[end] if end < len(doc) else ""
                # "State Industries Minister", "Association of Automotive Industries", "United Auto Workers": offices, bodies, unions
                known = company_ending.get(start - 1)
                if known is not None and start <= j:  # "Sazgar Engineering" + "Works Limited": the known company's legal name
                    extended.append(Span(doc, known.start, end, label="COMPANY", span_id=key_of(known)))
                elif (start < j and (after not in self.role_words or after in OFFICER_TITLE_OPENERS)
                        # ("Gulf Auto Wire", "Auto Industry Today": a publication; but "Xyz Motors today announced")
                        and (after not in NON_COMPANY_HEADS or after == "today" and doc[end].is_lower)
                        and index.span_text(start, end) not in SOFTWARE_NAMES
                        and not all(lower[k] in VEHICLE_CLASS_NAMES for k in range(start, j))
                        and not all(lower[k] in NUMBER_WORDS for k in range(start, j))  # "a 'Ten Thousand Vehicles' ceremony"
                        # ("a subsidiary of Kestrel Transport Plc": a legal form ends a company's name after "of" too)
                        and (start == 0 or lower[start - 1] != "of" or self._ends_in_legal_form(doc, j)
                             or lower[j].rstrip(".") in lx.SHORT_LEGAL_FORMS
                             # ("the chairman of CIG Motors": an office of the company, not a body's name of 'of')
                             or start >= 2 and lower[start - 2] in OFFICE_OF_WORDS)
                        and not self._name_goes_on(doc, end, taken)
                        # "Pune Truck Manufacturing", "the Samara Region Development Corporation": the rest of a
                        # town's plant or agency, whose name the town opens
                        and not (start - 1 in place_ending and doc[start - 1].whitespace_ == " " and doc[start - 1].is_title)):
                    found.append(Span(doc, start, end, label="COMPANY", span_id=doc[start:end].text))
        out = []
        for span in filter_spans(found):
            if len(span) > 2 and span.start in sentence_starts and lower[span.start].endswith("ly") and lower[span.start] not in lx.MONTHS:
                # "Currently Premier Motors is the ...": an adverb opening the sentence, no word of the name
                span = Span(doc, span.start + 1, span.end, label="COMPANY", span_id=doc[span.start + 1:span.end].text)
            if any(i in taken and i not in demonym_at for i in range(span.start, span.end)):
                continue
            if span.text in place_texts or span.text in self.gaz.town_countries:
                continue  # "Spring Hill produces the Cadillac XT5": the town's plant, named by the town
            if all(lower[i] in LEGAL_FORM_WORDS or lower[i].rstrip(".") in lx.SHORT_LEGAL_FORMS
                   or doc[i].text in lx.CORPORATE_SUFFIXES or doc[i].text in ORG_NAME_WORDS
                   or doc[i].text.rstrip(".") in LEGAL_FORM_ABBREVIATIONS for i in range(span.start, span.end)):
                # 'The Limited Liability Company "ADM Jizzakh"': the legal form before the name, no name
                # "Ford India Pvt Ltd": the legal form after a known company's name, no company of its own
                # "Zorvex of the UK Manufacturing Ltd.": the corporate words after a country, no name of their own
                continue
            taken.update(range(span.start, span.end))
            span = self._named_without_legal_form(doc, span)
            out.append(span)
            sentence = self.index.sent_text(span.start)
            unresolved.append(Unresolved(span.text, "COMPANY", sentence, span.start_char, span.end_char, "named as a company or plant"))
        return out + self._short_names(doc, out, taken) + extended

    @staticmethod
    def _named_without_legal_form(doc: Doc, span: Span) -> Span:
        """'Korvela Motors Pvt. Ltd.', 'Ambara Motor Sdn Bhd', 'Molen BV': a new company whose legal forms are another
        country's is named without them, so one company's stories agree on its name (the span keeps them; 'Ltd', 'LLC',
        'Inc' alone stay, as before)."""
        if not any(t.text.rstrip(".") in LEGAL_FORM_ABBREVIATIONS or t.text.rstrip(".") in NAME_END_LEGAL_FORMS for t in span):
            return span
        end = span.end
        while end - span.start > 1 and (doc[end - 1].text.rstrip(".,").lower() in TRAILING_LEGAL_FORMS or doc[end - 1].text == ","):
            end -= 1
        if end == span.end:
            return span
        return Span(doc, span.start, span.end, label="COMPANY", span_id=doc[span.start:end].text)

    def _ends_in_legal_form(self, doc: Doc, j: int) -> bool:
        """'Kestrel Transport Plc', 'Ambara Motor Sdn Bhd', 'Tamvik Oy': a legal form of another country, the last of the
        name's legal forms, after a capitalised word ends a company's name."""
        return (doc[j].text.rstrip(".") in NAME_END_LEGAL_FORMS and j > 0 and (doc[j - 1].is_title or doc[j - 1].is_upper)
                and not (j + 1 < len(doc) and (doc[j + 1].text.rstrip(".") in LEGAL_FORM_ABBREVIATIONS
                                              or doc[j + 1].text in lx.CORPORATE_SUFFIXES)))

    def _maker_clause(self, j: int) -> bool:
        """'..., a local bus maker,', '..., the Ghanaian car assembler that ...': a maker noun at j ending an appositive of
        an article and words in lower case (or a demonym) after a comma. (Not '..., which assembles ...': read so, a
        name before 'which' and a verb of making added wrong companies in a regression set.)"""
        lower, text = self.index.lower, self.index.text
        if j + 1 < len(lower) and lower[j + 1] not in APPOSITIVE_ENDS:
            return False  # "a former carmaker executive": the noun qualifies another
        k = j - 1
        while k > 0 and j - k <= 4 and lower[k] not in ("a", "an", "the") and (text[k].islower() or text[k] in self.gaz.demonyms
                                                                              or text[k] == "-"):
            k -= 1
        return k > 1 and lower[k] in ("a", "an", "the") and lower[k - 1] == ","

    def _demonym_before(self, j: int, demonym_starts: set[int]) -> bool:
        """'Georgian industrial holding', 'a Chinese state-owned company': a demonym before the noun at j, with only
        words in lower case (up to three) between."""
        text = self.index.text
        k = j - 1
        while k >= 0 and j - k <= 4 and k not in demonym_starts and (text[k].islower() or text[k] == "-"):
            k -= 1
        return k >= 0 and k in demonym_starts

    def _name_before_comma(self, doc: Doc, j: int, taken: set[int]) -> Span | None:
        """The capitalised name right before the comma that opens the clause at j (up to four words, none known)."""
        lower = self.index.lower
        comma = j - 1
        while comma > 0 and lower[comma] != ",":
            comma -= 1
        end = start = comma
        sent_start = self.index.sent_bounds(j)[0]
        while (start - 1 >= sent_start and end - start < 4 and start - 1 not in taken and doc[start - 1].is_alpha
               and (doc[start - 1].is_title or camel_case(doc[start - 1]) or doc[start - 1].is_upper and 2 <= len(doc[start - 1]) <= 6)
               and lower[start - 1] not in STOP_WORDS
               and lower[start - 1] not in self.role_words):
            start -= 1
        if start == end or start - 1 >= sent_start and (start - 1 in taken or doc[start - 1].is_title):
            return None  # no name, or a longer run with a known entity in it
        if end - start == 1 and start == sent_start and (lower[start] in SENTENCE_ADVERBS or lower[start].endswith("ly")
                                                         or lower[start] in lx.MONTHS or lower[start] in WEEKDAYS):
            return None  # "Separately, the carmaker in ...": an adverb or a date opening the sentence
        if all(lower[k] in lx.MONTHS or lower[k] in WEEKDAYS for k in range(start, end)):
            return None  # "a statement filed on Monday, the company ...": a date anywhere
        return Span(doc, start, end, label="COMPANY", span_id=self.index.span_text(start, end))

    @staticmethod
    def _ends_a_vehicle_makers_name(doc: Doc, j: int) -> bool:
        """'Kavango Trucks', 'Zenda Motorcycles', 'Kiwa Bus Builders': the words that end the names of makers of trucks,
        buses and two-wheelers, after a capitalised word."""
        text = doc[j].text
        return j > 0 and doc[j - 1].is_title and (text in VEHICLE_MAKER_WORDS or text in ("Builders", "Works") and doc[j - 1].text in BODY_BUILDER_KINDS)

    def _a_class_of_vehicles(self, doc: Doc, start: int) -> bool:
        """'Build Heavy Trucks', 'the City Buses', '135 Fully Built Trucks': capitalised words before a plural of
        vehicles name a class of them, not a maker, when a class word ends them or an article or a figure opens them."""
        lower = self.index.lower
        k = start
        while k < len(doc) and doc[k].text not in VEHICLE_MAKER_WORDS and doc[k].text not in ("Builders", "Works"):
            k += 1
        return (any(lower[i] in VEHICLE_CLASS_NAMES for i in range(start, k))
                or start > 0 and (lower[start - 1] in ("the", "a", "an", "these", "those", "of") or doc[start - 1].like_num))

    def _named_as_a_title(self, k: int) -> bool:
        """'The company named Ana Ruiz as its new chief executive': 'as' and a title after the name (past 'its', 'the',
        'new'): a company appointing a person, not 'a company named X'."""
        lower = self.index.lower
        if k >= len(lower) or lower[k] != "as":
            return False
        k += 1
        while k < len(lower) and lower[k] in ("its", "the", "a", "an", "new", "their", "his", "her"):
            k += 1
        return k < len(lower) and lower[k] in self.role_words

    def _proper_word_after_demonym(self, doc: Doc, k: int, demonym_at: set[int]) -> bool:
        """'Turkish Kibar Group': the word after an opening demonym is a name of its own (not another demonym, a
        corporate word or a generic word that the demonym's own company name goes on with: 'Egyptian German Automotive',
        'Saudi National Automobile', 'Iraqi State Company')."""
        text = doc[k].text
        return (k not in demonym_at and text.istitle() and text.isalpha() and text not in lx.CORPORATE_SUFFIXES
                and text not in ORG_NAME_WORDS and text.lower() not in DEMONYM_NAME_WORDS)

    def _capitalised_legal_names(self, doc: Doc, ents: list[Span], unresolved: list[Unresolved]) -> list[Span]:
        """'established by DAEHAN AUTO (CAMBODIA) CO., LTD. in 2022', 'RMA AUTOMOTIVE CO LTD': a registry's style, a name in
        capitals before a legal form in capitals, maybe with its country in brackets, is a company, named in title case
        ('Daehan Auto'; short words stay initials: 'RMA Automotive'). Not a line in capitals, whose every word is so."""
        text = self.index.text
        taken = self._tokens_of(ents)
        found: list[Span] = []
        for k in self.index.positions(CAPITAL_LEGAL_FORMS):
            if not text[k].isupper() or k in taken or k < 1:
                continue
            j = k
            if text[j - 1] == ")":  # "(CAMBODIA)": the country of a local arm, inside its name
                opening = next((i for i in range(j - 2, max(-1, j - 5), -1) if text[i] == "("), None)
                if opening is None:
                    continue
                j = opening
            end = j
            while j - 1 >= 0 and end - j < 4 and j - 1 not in taken and text[j - 1].isalpha() and text[j - 1].isupper() \
                    and len(text[j - 1]) >= 2 and text[j - 1].lower() not in CAPITAL_LEGAL_FORMS:
                j -= 1
            if j == end or j >= 1 and text[j - 1].isalpha() and text[j - 1].isupper() and len(text[j - 1]) >= 2:
                continue  # no name, or a line in capitals ("NEW PLANT OPENED BY ACME CO")
            name = " ".join(w.title() if len(w) >= 4 else w for w in text[j:end])
            found.append(Span(doc, j, end, label="COMPANY", span_id=name))
            taken.update(range(j, end))
            unresolved.append(Unresolved(name, "COMPANY", self.index.sent_text(j), doc[j].idx, doc[end - 1].idx + len(text[end - 1]),
                                         "a name in capitals before a legal form"))
        return found

    def _and_inside_a_name(self, doc: Doc, start: int, j: int, sent_start: int, taken: set[int]) -> bool:
        """'the International Trade Agencies and Marketing Company': 'and' joins two capitalised words of one company's
        name, the run going on before it to 'the' or a comma (not 'Kestrel and Marketing Company', two names)."""
        lower = self.index.lower
        if start >= j or start - 2 < sent_start or lower[start - 1] != "and" or start - 2 in taken or not doc[start - 2].is_title:
            return False
        k = start - 2
        while k > sent_start and k - 1 not in taken and doc[k - 1].is_title and doc[k - 1].is_alpha and lower[k - 1] not in STOP_WORDS:
            k -= 1
        return start - 2 - k >= 1 and (k == sent_start or lower[k - 1] in ("the", ",", "of")) and j + 1 < len(doc) and doc[j + 1].text == "("

    def _short_names(self, doc: Doc, found: list[Span], taken: set[int]) -> list[Span]:
        """'Handal Indonesia Motor ... Handal says', 'a second Handal plant': the first word of a company's name found
        here names it again where a company's doings follow (its plant, its words, a possessive, a verb of making or
        shipping)."""
        text, lower = self.index.text, self.index.lower
        out = []
        for span in found:
            first = text[span.start]
            if len(span) < 2 or len(first) < 4 or not first.isalpha() or not first.istitle() or lower[span.start] in STOP_WORDS:
                continue
            for i in self.index.positions(frozenset([lower[span.start]])):
                if (text[i] == first and i not in taken and i + 1 < len(doc) and text[i + 1] != text[span.start + 1]
                        and (lower[i + 1] in POSSESSIVE_MARKS or lower[i + 1] in lx.PLANT_NOUNS or lower[i + 1] in lx.SPEECH_VERBS
                             or self._acts_like_a_maker(i + 1))):  # "Zorvex also builds the X", "Zorvex will export"
                    out.append(Span(doc, i, i + 1, label="COMPANY", span_id=span.text))
                    taken.add(i)
        return out

    @staticmethod
    def _hyphenated_capital(doc: Doc, i: int) -> bool:
        """doc[i] is a hyphen written without spaces between two capitalised words ('Al-Noor', 'Rolls-Royce')."""
        return (doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                and (doc[i - 1].is_title or doc[i - 1].is_upper and 2 <= len(doc[i - 1]) <= 5)  # "BRK-Leasing JSC"
                and doc[i - 1].is_alpha and doc[i + 1].is_title)

    @staticmethod
    def _hyphenated_modifier(doc: Doc, i: int) -> bool:
        """doc[i] is a tight hyphen between a capitalised word and a word in lower case ('Heavy-duty'), inside a
        capitalised name (a capitalised word before it; not 'Pune-based', a participle)."""
        return (i >= 2 and i + 1 < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 2].is_title and doc[i - 2].is_alpha
                and doc[i + 1].is_lower and doc[i + 1].is_alpha and not doc[i + 1].text.endswith("ed"))

    def _name_goes_on(self, doc: Doc, end: int, taken: set[int]) -> bool:
        """'the portal Thai Auto Pulse': a capitalised word after the corporate word makes a longer name that is no
        company's (a known entity, a stop word or a new sentence after it do not count)."""
        return (end < len(doc) and end not in taken and doc[end].is_title and self.index.lower[end] not in STOP_WORDS
                and self.index.sent_bounds(end)[0] != end)


