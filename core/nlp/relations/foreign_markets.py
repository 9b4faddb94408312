"""Markets abroad named by example: "sales grew in its traditional overseas markets, such as Chile and Peru", "to grow
in overseas markets especially Africa and the GCC", "its cars are sold in several countries, including Chile and Peru":
markets called foreign (or counted among those a company sells in), then the countries and regions given as examples of
them, each a route from where the company's cars come from, though no verb of shipping is written.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp.docindex import Sentence
from core.nlp.relations.context import add_new
from core.nlp.relations.words import (
    BUILD_VERBS,
    CLAUSE_BREAKS,
    EXPORT_HEDGES,
    IMPORT_CUES,
    LIST_GLUE,
    NEGATIONS,
    PASSIVE_HEDGES,
)

# "overseas markets", "foreign markets", "export markets", "international markets": markets outside the maker's home
FOREIGN_MARKET_ADJECTIVES = frozenset(["overseas", "foreign", "export", "international", "global"])
FOREIGN_MARKET_NOUNS = frozenset(["markets", "destinations"])
# "..., such as A", "including A", "especially A": the markets that follow are examples of the foreign ones
EXAMPLE_OPENERS = (["such", "as"], ["including"], ["especially"], ["notably"], ["particularly"], ["namely"], ["like"],
                   ["for", "example"], ["e.g."], ["mainly"], ["mostly"], ["chiefly"])
# "sold in several countries, including A", "selling its X in 17 European countries, such as A": markets a company
# sells in, counted or quantified, then named as examples
SOLD_IN_VERBS = frozenset(["sold", "sell", "sells", "selling", "marketed", "available"])
SOLD_IN_NOUNS = frozenset(["countries", "markets", "nations"])
MARKET_QUANTIFIERS = frozenset(["several", "many", "various", "some", "other", "more", "than", "over", "about", "around",
                                "nearly", "almost", "key", "major", "different", "new"])
MARKETS_INCLUDE_VERBS = frozenset(["include", "includes", "included"])
# "our overseas markets", "its export markets": the owner that names the shipper, the company said before
OWNER_WORDS = frozenset(["its", "our", "their"])


class ForeignMarketsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _foreign_markets_named(self, sent: Sentence, ents: list[Span]) -> None:
        """Routes to the markets named as examples of a company's foreign markets: the company named in the sentence
        before them (or the one said before, as 'its'/'our'), from the country its plant stands in when the sentence
        speaks of making, else from the company's home. Not imports ('imports from overseas markets such as Japan'),
        hedged or denied trade, nor the company's own country."""
        lower = self.index.lower
        if self.words & (IMPORT_CUES | EXPORT_HEDGES | PASSIVE_HEDGES | NEGATIONS):
            return
        for k in range(sent.start + 1, sent.end - 2):
            foreign = lower[k] in FOREIGN_MARKET_NOUNS and lower[k - 1] in FOREIGN_MARKET_ADJECTIVES
            if not foreign and not (lower[k] in SOLD_IN_NOUNS and self._sold_in_markets(sent.start, k)):
                continue
            m = k + 1
            if lower[m:m + 3] == ["in", "the", "region"]:
                m += 3  # "sold in several countries in the region, including A"
            m += lower[m:m + 1] == [","]
            opener = next((o for o in EXAMPLE_OPENERS if lower[m:m + len(o)] == o), None)
            if opener is None and foreign:
                # "its export markets include A and B", "the other international markets where its cars are sold
                # include A": the markets as the subject of 'include'
                verb = next((j for j in range(k + 1, min(sent.end, k + 12)) if lower[j] in MARKETS_INCLUDE_VERBS), None)
                if verb is not None and not set(lower[k + 1:verb]) & (CLAUSE_BREAKS | {",", "."}):
                    opener, m = [lower[verb]], verb
            if opener is None:
                continue
            markets = self._examples_listed(m + len(opener), sent.end, ents)
            k = max(k, m - 1)  # (the company and its models may be named in the clause before 'include')
            company = self._owner_of_markets(sent, ents, k)
            if not markets or company is None:
                return
            # "Acme sells the X in overseas markets such as A": the company's own models go there; another maker's
            # model named before ("the Toyota X, the Ford Y and Acme's Z ...") leaves the markets to no one company
            models = [e for e in ents if e.label_ == "MODEL" and e.end <= k]
            makers = {self._model_maker(e) for e in models}
            if any(maker and maker != company and not self.gaz.same_group(maker, company) for maker in makers):
                return
            made = any(lower[j] in BUILD_VERBS for j in range(sent.start, k))
            origin = (self._origin(company, None) if made else
                      self._story_arm_country(company, set()) or self.gaz.home_country(company))
            if not origin:
                return
            for ent in markets:
                destination = ent.ent_id_ or ent.text
                if destination != origin:
                    add_new(self._route(company, origin, destination, sent, 0.7).models, [self._model_name(e) for e in models])
            return

    def _sold_in_markets(self, start: int, k: int) -> bool:
        """'are sold in several countries', 'plans on selling its X in 17 European countries': a verb of sale, then
        'in' and a number or a quantifier of the markets (the noun at k), its adjectives only between."""
        lower = self.index.lower
        j = k - 1
        while j > start and (self.doc[j].like_num or lower[j] in MARKET_QUANTIFIERS or self.ent_type[j] == "REGION"):
            j -= 1
        if j == k - 1 or lower[j] != "in":
            return False
        return any(lower[v] in SOLD_IN_VERBS for v in range(max(start, j - 5), j))

    def _examples_listed(self, m: int, end: int, ents: list[Span]) -> list[Span]:
        """The countries and regions listed from token m on ('Russia, Ukraine, Iran and Egypt'), up to the first word
        that is neither a market nor the glue of a list."""
        lower = self.index.lower
        out: list[Span] = []
        while m < end:
            ent = next((e for e in ents if e.start == m), None)
            if ent is not None and ent.label_ in ("COUNTRY", "REGION"):
                if ent.text in self.gaz.demonyms:
                    return []  # "such as the Russian and Iranian markets": adjectives, read no further
                out.append(ent)
                m = ent.end
            elif lower[m] in LIST_GLUE:
                m += 1
            else:
                break
        return out

    def _owner_of_markets(self, sent: Sentence, ents: list[Span], k: int) -> str | None:
        """The company whose foreign markets the noun at k names: the one company named before it in the sentence (none
        when several are), else, after 'its', 'our' or 'their', the company said last."""
        named = {e.ent_id_ or e.text for e in ents if e.label_ == "COMPANY" and e.end <= k}
        if len(named) > 1:
            return None  # "the Toyota X, the Ford Y and the Suzuki Z are making waves in export markets like A": whose?
        if named:
            return next(iter(named))
        if set(self.index.lower[sent.start:k]) & OWNER_WORDS:
            return self.last_company
        return None
