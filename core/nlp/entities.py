"""Entities after the EntityRuler: context decides what the gazetteer alone cannot.

- entities inside boilerplate paragraphs are dropped;
- a model name that is also a word or a first name ("Golf", "Rio") stays a MODEL only beside a
  maker, a vehicle word, a spec, or other models;
- names the gazetteer lacks are found by pattern: a maker followed by a model-like name, a company
  named by a plant or corporate word, a person beside a role or a speech verb. They are kept as
  entities and listed as `Unresolved` for curation.

The component is EntityResolver; its rules are one mixin per kind of entity in core/nlp/entity_rules/ (models,
companies, places, people, person names), with the word lists in words.py and the label ids and token tests in tokens.py.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from core.facts import Unresolved
from core.nlp import lexicon as lx
from core.nlp.docindex import QUANTITIES_KEY, doc_index, doc_text
from core.nlp.entity_rules.companies import CompanyRulesMixin
from core.nlp.entity_rules.company_variants import CompanyVariantRulesMixin
from core.nlp.entity_rules.model_ambiguity import ModelAmbiguityRulesMixin
from core.nlp.entity_rules.model_codes import ModelCodeRulesMixin
from core.nlp.entity_rules.model_context import ModelContextRulesMixin
from core.nlp.entity_rules.model_names import ModelNameRulesMixin
from core.nlp.entity_rules.people import PeopleRulesMixin
from core.nlp.entity_rules.people_by_name import PeopleByNameRulesMixin
from core.nlp.entity_rules.person_names import PersonNamesMixin
from core.nlp.entity_rules.places import PlaceRulesMixin
from core.nlp.entity_rules.post_holders import PostHoldersRulesMixin
from core.nlp.entity_rules.quoted_models import CLOSING_QUOTES, QuotedModelRulesMixin
from core.nlp.entity_rules.speakers import SpeakerRulesMixin
from core.nlp.entity_rules.tokens import Label, hyphen_variants, key_of, period_code
from core.nlp.entity_rules.unlisted_models import LISTED_BODY_NOUNS, UnlistedModelRulesMixin
from core.nlp.entity_rules.words import MONEY, PLACE_PREPOSITIONS, PLANT_TITLE_NOUNS, SUCCESSION_VERBS
from core.nlp.extensions import register_extensions
from core.nlp.first_names import first_names
from core.nlp.gazetteer import Gazetteer
from core.nlp.registry import get_gazetteer


@Language.factory("aw_entities", default_config={"gazetteer": "default"})
def make_entity_resolver(nlp: Language, name: str, gazetteer: str) -> EntityResolver:
    register_extensions()
    return EntityResolver(nlp, get_gazetteer(gazetteer))


# the words of a post's or a unit's name, which make no person's name on their own ("Commercial Business")
POST_NAME_WORDS = lx.PORTFOLIO_WORDS | frozenset(["commercial", "business", "corporate", "regional", "national", "global",
                                                 "sales", "marketing", "operations", "strategy", "planning", "head"])

class EntityResolver(
    ModelAmbiguityRulesMixin,
    ModelContextRulesMixin,
    ModelNameRulesMixin,
    UnlistedModelRulesMixin,
    ModelCodeRulesMixin,
    QuotedModelRulesMixin,
    CompanyRulesMixin,
    CompanyVariantRulesMixin,
    PlaceRulesMixin,
    PeopleRulesMixin,
    PostHoldersRulesMixin,
    SpeakerRulesMixin,
    PeopleByNameRulesMixin,
    PersonNamesMixin,
):
    def __init__(self, nlp: Language, gaz: Gazetteer):
        self.gaz = gaz
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # "vice president" is also written "vice-president"; "Gov." stands for a governor
        written = {v for r in gaz.roles for v in hyphen_variants(r)} | set(lx.ROLE_ABBREVIATIONS)
        self.roles.add("ROLE", list(nlp.tokenizer.pipe(sorted(written))))
        self.role_words = {w for role in gaz.roles for w in role.split()}
        # the plurals of a role's last words ("directors", "presidents" of "vice president"): the only words that
        # can open a title in the plural before a list of names (_plural_title_names)
        tails = {role[i + 1:] for role in gaz.roles for i, c in enumerate(role) if c == " "} | set(gaz.roles)
        self.plural_role_tails = frozenset(tail + "s" for tail in tails if len(tail) >= 3)
        # countries the gazetteer also knows as "Kingdom of ...": the ones a local paper calls "the Kingdom"
        self.kingdoms = {c for surface, c in gaz.countries.items() if surface.startswith("Kingdom of ")}
        # every company's name in any case, and its words as the gazetteer writes them (_companies_in_another_case)
        self.case_free_companies = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.company_words: dict[str, list[str]] = {}
        for surface in gaz.company_aliases:
            if len(surface) >= 4 and any(c.isalpha() for c in surface):
                tokens = nlp.tokenizer(surface)
                self.company_words[surface] = [t.text for t in tokens]
                self.case_free_companies.add(surface, [tokens])
        self._counted: tuple[list[Span], int, Span | None, set[int]] | None = None  # _tokens_of's last answer
        self._one_word_companies: set[int] = set()  # see _people

    def __call__(self, doc: Doc) -> Doc:
        self.index = index = doc_index(doc)
        self._counted = None
        self._one_word_companies = set()
        # the quantities' Spans, made once (a SpanGroup makes new ones on each pass): the list aw_quantities kept
        group = doc.spans.get("quantities", [])
        kept = doc.user_data.pop(QUANTITIES_KEY, None)
        self._quantities = quantities = kept if kept is not None and len(kept) == len(group) else list(group)
        unresolved: list[Unresolved] = []
        ents = [e for e in doc.ents if not index.is_boilerplate(e.start) and index.span_text(e.start, e.end) not in self.gaz.dismissed
                and not period_code(doc, e)]
        # "300 million U.S. dollars", "2 billion Hong Kong dollars": a currency's country takes no part in the story
        money = [(q.start, q.end) for q in quantities if q.label == MONEY]
        if money:
            ents = [e for e in ents if not (e.label == Label.COUNTRY and any(s <= e.start and e.end <= t for s, t in money))]
        # "JAKARTA, NNA – PT Isuzu Astra ...": a wire's dateline names the news agency, not a company, wherever it is written
        agencies = {index.span_text(e.start, e.end) for e in ents if e.label == Label.COMPANY and self._dateline_agency(doc, e)}
        if agencies:
            ents = [e for e in ents if not (e.label == Label.COMPANY and index.span_text(e.start, e.end) in agencies)]
        # "said Dana Whitfield, an analyst", "replacing Dana Whitfield": a one-word company name that is a first name here
        # ("Rolf Baumgartner, CEO of Zorvex, said": a role in apposition, at the text's start too)
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1
                                        and (e.start > 0 and (index.lower[e.start - 1] in lx.SPEECH_VERBS
                                                              or index.lower[e.start - 1] in SUCCESSION_VERBS
                                                              or self._after_a_title(doc, e)
                                                              or self._after_an_honorific(e.start) or self._surname_stands_alone(e)
                                                              or self._first_of_three_names(doc, e))
                                             or self._role_in_apposition(doc, e))
                                        and self._looks_like_person(doc, e))]
        # "company veteran Mary Barra would succeed ...": a town's name that is a given name, a surname after it, no
        # preposition of place before it, is a person's first name
        ents = [e for e in ents if not (e.label == Label.PLACE and len(e) == 1 and e.text in first_names()
                                        and not (e.start > 0 and index.lower[e.start - 1] in PLACE_PREPOSITIONS)
                                        and self._looks_like_person(doc, e))]
        # "the Steyr-Daimler-Puch operations": a one-word company's name joined by hyphens to capitalised words on both
        # sides is a word of another firm's name
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and self._inside_hyphened_name(doc, e))]
        # "Coun Antony Mullen is ...": an honorific and a first name before a one-word company's name: the surname
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and self._honorific_surname(doc, e))]
        # "Alabama Governor Robert Bentley ... Governor Bentley said": a surname after a title, the person named in full
        ents = [e for e in ents if not (e.label == Label.COMPANY and len(e) == 1 and e.start > 0 and self._titled_surname(doc, e))]
        ents = self._companies_in_another_case(doc, ents)
        ents = self._paired_makers(doc, ents)
        ents = [self._brand_as_model(doc, e) if e.label == Label.COMPANY and len(e) == 1 else e for e in ents]
        ents = self._short_names_of_named_companies(doc, ents)
        self._mentioned_companies = {key_of(e) for e in ents if e.label == Label.COMPANY}
        ents = self._resolve_ambiguous_models(doc, ents)
        # "new 0.9 and 1.2-liter engines (with internal codes H4 and H5)": an engine's code that is an unnamed maker's model's name
        ents = [e for e in ents if not (e.label == Label.MODEL and e.start >= 2 and self._engine_code(e))]
        covered = {i for e in ents for i in range(e.start, e.end)}
        # "said Ciro Montenegro, president": a one-word model's or country's name as a speaker's surname
        ents = [e for e in ents if not (e.label in (Label.MODEL, Label.COUNTRY) and self._surname(doc, e, covered))]
        # "Pedro Passos Coelho": a one-word model's name between a given name and a capitalised word
        ents = [e for e in ents if not (e.label == Label.MODEL and self._middle_name(doc, e))]
        ents = self._countries_or_states(doc, ents)
        ents = self._company_named_town(doc, ents)
        # "said Danish Lodhi, chief executive of ...": a demonym that is a person's first name
        ents = [e for e in ents if not (e.label == Label.COUNTRY and len(e) == 1 and self._demonym_first_name(doc, e, covered))]
        place_ends = {e.end for e in ents if e.label == Label.PLACE}
        ents = [e for e in ents if not (e.label == Label.PLACE and e.start in place_ends and self._plant_name_word(doc, e))]
        # "Toscana, the ship carrying Model 3s, arrived in Zeebrugge ... Toscana made port": a ship's name, wherever named
        ships = {e.text for e in ents if e.label == Label.PLACE and self._ship_in_apposition(doc, e)}
        if ships:
            ents = [e for e in ents if not (e.label == Label.PLACE and e.text in ships)]
        # "the new Van Assembly Plant", "the Truck Plant": a kind of vehicle opening a plant's name, no town
        ents = [e for e in ents if not (e.label == Label.PLACE and len(e) == 1 and e.text.lower() in lx.VEHICLE_WORDS
                                        and e.end + 1 < len(doc) and doc[e.end].is_title and doc[e.end].lower_ in ("assembly", "plant", "factory"))]
        if "the Kingdom" in doc_text(doc):
            ents += self._the_kingdom(doc, ents)
        if any(form in doc_text(doc) for form in lx.COUNTRY_SHORT_FORMS):
            ents += self._country_short_forms(doc, ents)
        if " and " in doc_text(doc) or " & " in doc_text(doc):
            ents += self._first_of_paired_regions(doc, ents)  # "Eastern and Western Europe": two regions
        company_ending: dict[int, Span] = {}  # the first company entity ending at each token: one lookup per model name
        for e in ents:
            if e.label == Label.COMPANY:
                company_ending.setdefault(e.end, e)
                if doc[e.end:e.end + 1].text in ("'s", "’s"):
                    company_ending.setdefault(e.end + 1, e)  # "Daewoo's Nexia": the maker's possessive, as "Daewoo Nexia"
        ents = [self._a_makers_model_not_a_place(doc, e, company_ending.get(e.start)) if e.label == Label.PLACE else e for e in ents]
        ents = [self._maker_before(doc, e, company_ending.get(e.start)) if e.label == Label.MODEL else e for e in ents]
        ents = self._listed_after_a_maker(doc, ents, company_ending)
        if self.index.positions(PLANT_TITLE_NOUNS | {"facility"}):
            ents += self._named_plant_towns(doc, ents, unresolved)
        ents += self._new_models(doc, ents, unresolved)
        ents += self._numbered_siblings(doc, ents)
        if ".ev" in doc_text(doc):
            ents += self._dotted_variants(doc, ents)
        ents += self._number_named_again(doc, ents)
        ents += self._models_by_apposition(doc, ents, unresolved)
        ents += self._code_names(doc, ents, unresolved)
        ents += self._codes_before_a_body(doc, ents, unresolved)
        if self.index.positions(LISTED_BODY_NOUNS):
            ents += self._names_listed_with_bodies(doc, ents, unresolved)
        ents += self._codes_listed_with_models(doc, ents, unresolved)
        ents = self._codes_of_the_listed_maker(doc, ents)
        ents += self._cued_working_names(doc, ents, unresolved)
        if any(q in self.index.lower for q in CLOSING_QUOTES):
            ents += self._quoted_models(doc, ents, unresolved)
        ents += self._named_again(doc, ents)
        new_companies = self._new_companies(doc, ents, unresolved)
        ents += new_companies
        if self._new_makers_named(doc, new_companies):
            # "Velmora Motors will build its Tarvo pickup": the models of a maker the gazetteer lacks, found only now
            ents += self._models_by_apposition(doc, ents, unresolved)
            ents += self._named_again(doc, ents)
        ents += self._capitalised_legal_names(doc, ents, unresolved)
        if "(" in self.index.lower:
            ents = self._names_spelled_by_acronyms(doc, ents, unresolved)
            ents = self._acronyms(doc, ents)
        ents += self._new_places(doc, ents, unresolved)
        if "," in self.index.lower:
            ents += self._us_towns_before_states(doc, ents)
        ents += self._listed_plant_names(doc, ents, unresolved)
        ents += self._owned_sites(doc, ents, unresolved)
        # ("... rose through roles including Regional Sales Manager, Commercial Business Head": words of a post, no name)
        people = [p for p in self._people(doc, ents) if not all(t.lower_ in POST_NAME_WORDS for t in p[0])]
        # a Span equals an entity only on the same tokens: a set lookup first, Span comparisons (tuples of six) only then
        bounds = {(e.start, e.end) for e in ents}
        ents += [p[0] for p in people if p[0].label == Label.PERSON and ((p[0].start, p[0].end) not in bounds or p[0] not in ents)]
        # what `doc.ents = ...` does, without making each Span again; set_ents skips spans without a label
        final = [e for e in filter_spans(ents) if e.label and not (e.label == Label.COMPANY and self._starts_another_name(doc, e))]
        doc.set_ents(final, default="outside")
        self._counted = None  # let the Doc go with its entities
        kept = {(e.start, e.end) for e in final}
        # a number inside a model name found here ("Zentara 9 SUV") is part of the name, not a figure
        in_models = {i for e in final if e.label == Label.MODEL for i in range(e.start, e.end)}
        if any(q.start in in_models for q in quantities):  # the figure itself, not the words it counts
            doc.spans["quantities"] = [q for q in quantities if q.start not in in_models]
        doc._.people = [p for p in people if (p[0].start, p[0].end) in kept]
        doc._.unresolved = [u for u in unresolved if u.text not in self.gaz.dismissed]
        return doc

    def _tokens_of(self, ents: list[Span]) -> set[int]:
        """{i for e in ents for i in range(e.start, e.end)}, as a new set. __call__'s rules each ask this of the one
        list of entities, which they only append to: the tokens of the entities counted before are kept, and only the
        new ones read (each read is two Span attributes and a range)."""
        counted = self._counted
        if counted is not None and counted[0] is ents and len(ents) >= counted[1] and (not counted[1] or ents[counted[1] - 1] is counted[2]):
            tokens = counted[3]
            for e in ents[counted[1]:]:
                tokens.update(range(e.start, e.end))
        else:
            tokens = {i for e in ents for i in range(e.start, e.end)}
        self._counted = (ents, len(ents), ents[-1] if ents else None, tokens)
        return set(tokens)

    def _text(self, span: Span) -> str:
        """Span.text, sliced from the doc's text (Span.text joins the span's tokens on each access)."""
        return self.index.span_text(span.start, span.end)
