"""Badge engineering read from how news writes it: one car sold under another maker's badge ('the X, also sold as the
Peugeot Y and, in America, as the Ram Z', 'the X, imported to the US as the Ram Y'), and a maker's own version of
another's car given its own name ('Fiat's version of the X, dubbed the Y'). The badged car is based on the first.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence

# verbs that put a car on the market under a name: "sold as", "imported into Mexico as", "marketed in Europe as"
BADGE_MARKET_VERBS = frozenset(["sold", "marketed", "imported", "exported", "offered", "retailed", "shipped"])
# words a market stands after before the 'as': "imported to the US as", "sold in Europe as"
MARKET_PREPOSITIONS = frozenset(["in", "to", "into"])
# the naming word after a version's comma: "Fiat's version of the X, dubbed the Y"
DUBBING_WORDS = frozenset(["dubbed", "called", "named", "badged", "christened"])
QUOTES = frozenset(['"', "“", "”", "'", "‘", "’"])
# "uses the Ciaz's platform", "borrows the Baleno's underpinnings": verbs that take another model's build
TAKING_VERBS = frozenset(["uses", "use", "used", "using", "borrows", "borrow", "borrowed", "borrowing", "adopts", "adopted",
                          "shares", "shared", "sharing", "takes", "took", "inherits", "inherited"])
# "a Ciaz with Toyota badges", "a Triton in disguise", "the Ciaz under another name": the same car, another badge
DISGUISE_WORDS = frozenset(["badge", "badges", "badging", "disguise", "nameplate", "name", "suit", "grille", "logo", "logos"])
# "like its Mirage sibling", "its Seltos twin": a model named as the other's kin, before the kin's noun
KIN_NOUNS = frozenset(["sibling", "twin", "sister", "cousin", "counterpart"])


class BadgesMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _badges_of_a_car(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(badged model, base): 'the Doblo (imported to the US as the Ram ProMaster City)', 'the Ducato, sold as the
        Citroën Jumper, Peugeot Boxer and in America as the Ram ProMaster': the car named before the verb, under the
        names after 'as' that another maker sells (one maker's own name for a market is no lineage, and 'known in China
        as' or 'sold in Japan as' right after the name is the home name, read by _platform_cues)."""
        lower, out = self.index.lower, []
        for k in range(sent.start + 1, sent.end - 2):
            if lower[k] not in BADGE_MARKET_VERBS:
                continue
            j = self._past_a_market(sent, k + 1)
            if lower[j:j + 1] != ["as"]:
                continue
            # "sold in Japan as" may give the home name of one maker's car; another group's badge is a lineage anywhere
            in_a_market = lower[k] in ("sold", "marketed", "offered", "retailed") and j != k + 1
            if in_a_market and self._home_name_cue(sent, k, j):
                continue  # the home name of the car, read by _platform_cues
            base = next((m for m in reversed(models) if m.end <= k), None)
            if base is None:
                continue
            # the car is the verb's subject: close before it, or with a relative clause about it between
            clause = lower[base.end:base.end + 2] in ([",", "which"], ["which"], [",", "that"])
            if any(x in (";", ".", ":") for x in lower[base.end:k]) or k - base.end > (20 if clause else 12):
                continue
            for new in self._names_after_as(sent, j + 1, models):
                mine, theirs = self._model_maker(new), self._model_maker(base)
                if mine and theirs and mine != theirs and self._model_name(new) != self._model_name(base) and not (
                        in_a_market and self.gaz.same_group(mine, theirs)):
                    out.append((new, base))
        return out

    def _home_name_cue(self, sent: Sentence, k: int, j: int) -> bool:
        """'sold in Japan as' (the verb at k, the 'as' at j): a country that is the home of the maker named after
        the 'as', or countries whose makers are not known, read by _platform_cues as the car's home name."""
        home = self._a_home_market(sent, k + 1, j)
        return bool(home) or home is None and all(self.ent_type[x] == "COUNTRY" for x in range(k + 2, j))

    def _past_a_market(self, sent: Sentence, j: int) -> int:
        """The position after 'in the US', 'to Europe', 'into Mexico' at j (j itself when no market is named there)."""
        lower = self.index.lower
        if j < sent.end and lower[j] in MARKET_PREPOSITIONS:
            e = j + 1 + (lower[j + 1:j + 2] == ["the"])
            start = e
            while e < sent.end and e - start < 4 and self.ent_type[e] in ("COUNTRY", "REGION", "PLACE"):
                e += 1
            if e > start:
                return e
        return j

    def _names_after_as(self, sent: Sentence, a: int, models: list[Span]) -> list[Span]:
        """The models named from position a on, as a list ('the X, the Y and, in America, as the Z'): each after the
        one before past commas, 'and', 'the', a market and another 'as'."""
        lower, out = self.index.lower, []
        while a < sent.end:
            while a < sent.end and (lower[a] == "the" or lower[a] in QUOTES or self.ent_type[a] == "COMPANY"
                                    and a + 1 < sent.end and self.ent_type[a + 1] == "MODEL"):
                a += 1
            new = next((m for m in models if m.start == a), None)
            if new is None:
                return out
            out.append(new)
            a = new.end
            if lower[a:a + 1] == ["/"] and not any(m.start == a + 1 for m in models):
                a += 2  # "the Citroën Jumper/Relay": the car's second name in another market
            while a < sent.end and (lower[a] in (",", "and", "or", "/", "the", "as") or lower[a] in QUOTES):
                after = self._past_a_market(sent, a + 1)
                a = after if lower[a] in (",", "and") else a + 1
        return out

    def _version_dubbed(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'Fiat's version of the MX-5, dubbed the 124 Spider', "Iran's version of the Peugeot 405, known
        as the Pars", 'the Syrian version of the Samand called Sham': a maker's (or a country's) version of another's
        car, the name it is given after it. A name the gazetteer lacks (one or two capitalised words) becomes a model of
        the base's maker, with the base."""
        lower, out = self.index.lower, []
        for base in models:
            k = base.start - 1 - (lower[base.start - 1] == "the")
            if k - 2 < sent.start or lower[k] != "of" or lower[k - 1] not in ("version", "take", "interpretation"):
                continue
            if self.ent_type[k - 2] not in ("COMPANY", "COUNTRY") and lower[k - 2] not in ("'s", "’s"):
                continue  # "Fiat's version of": a maker's own version, not 'the diesel version of' the same car
            j = base.end + (lower[base.end:base.end + 1] == [","])
            if j + 1 >= sent.end or lower[j] not in DUBBING_WORDS and lower[j:j + 2] != ["known", "as"]:
                continue
            a = j + 1 + (lower[j + 1] == "as")
            while a < sent.end and (lower[a] == "the" or lower[a] in QUOTES):
                a += 1
            new = next((m for m in models if m.start == a), None)
            if new is not None and self._model_name(new) != self._model_name(base):
                out.append((new, base))
            elif new is None and a < sent.end and self.ent_type[a] == "" and self.index.text[a].istitle() and self.index.text[a].isalpha():
                end = a + 1 + (a + 1 < sent.end and self.ent_type[a + 1] == "" and self.index.text[a + 1].istitle())
                name = " ".join(self.index.text[a:end])  # "called Sham": a name the gazetteer lacks
                fact = self._model_fact(name, self._model_maker(base), sent)
                fact.based_on = fact.based_on or self._display_model(base)
        return out

    def _its_named_sibling(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'The Attrage, which like its Mirage sibling qualifies for ...': the model the sentence names
        first, and its kin named between 'its' and the kin's noun."""
        lower, out = self.index.lower, []
        for base in models:
            k = base.start - 1
            if k <= sent.start or lower[k] != "its" or base.end >= sent.end or lower[base.end] not in KIN_NOUNS:
                continue
            model = next((m for m in reversed(models) if m.end <= k), None)
            # the car 'its' stands for: close before it, no other clause's model between ("The X, which like its Y sibling")
            if model is None or k - model.end > 6 or any(x in (";", ".", ":", "and", "but") for x in lower[model.end:k]):
                continue
            if self._model_name(model) != self._model_name(base):
                out.append((model, base))
        return out

    def _takes_another_models_platform(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'the Belta uses the Ciaz's platform', 'borrows the Baleno's underpinnings': a model that takes
        another model's platform (its possessive before a word of the build) is based on it."""
        lower, out = self.index.lower, []
        for base in models:
            e = base.end
            if lower[e:e + 1] not in (["'s"], ["’s"]) or e + 1 >= sent.end:
                continue
            part = next((k for k in range(e + 1, min(sent.end, e + 4)) if lower[k] in lx.SHARED_PARTS), None)
            k = base.start - 1 - (lower[base.start - 1] == "the")
            if part is None or k <= sent.start or lower[k] not in TAKING_VERBS:
                continue
            model = next((m for m in reversed(models) if m.end <= k), None)
            if model is None or k - model.end > 4 or any(x in (",", ";", "and") for x in lower[model.end:k]):
                continue
            if self._model_name(model) != self._model_name(base):
                out.append((model, base))
        return out

    def _another_model_in_disguise(self, sent: Sentence, models: list[Span]) -> list[tuple[Span, Span]]:
        """(model, base): 'the Belta is a Suzuki Ciaz with Toyota badges', 'the Ram 1200 is a Mitsubishi Triton in
        disguise': a model that 'is' another maker's model, then words of a badge: that car under its badge."""
        lower, out = self.index.lower, []
        for m, base in zip(models, models[1:], strict=False):
            k = m.end
            if lower[k:k + 1] not in (["is"], ["was"]) or lower[k + 1:k + 2] not in (["a"], ["an"], ["the"]) or base.start != k + 2:
                continue
            if lower[base.end:base.end + 1] not in (["with"], ["in"], ["under"]) or not set(lower[base.end + 1:base.end + 5]) & DISGUISE_WORDS:
                continue
            mine, theirs = self._model_maker(m), self._model_maker(base)
            if mine and theirs and mine != theirs and self._model_name(m) != self._model_name(base):
                out.append((m, base))
        return out
