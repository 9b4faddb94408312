"""Places listed with a place where vehicles are made are sites too: towns listed together ("its plants at
Zwickau and Dresden", "one in each of"), countries listed after a verb of making ("builds the X in Germany and South
Africa"), counted ("in four countries, A, B, C and D"), given their own figures, named as the others before
("following Indonesia and Vietnam"), as a hub of making, as examples ("plants such as Sanand"), or as where a
company runs plants ("operating plants in A, B and C").
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    ABROAD_WORDS,
    ACTIVE_BUILD_VERBS,
    ADVERBS_BEFORE_VERB,
    BUILD_VERBS,
    COORDINATION_GLUE,
    PLACE_FILLERS,
    PLANT_PLURALS,
    RANKS,
)

# "has set up production in A, B and C", "started assembly in A and B": making set up in each country listed
PRODUCTION_SETUP_VERBS = frozenset(["set", "started", "starts", "began", "begun", "launched", "established", "runs", "operates"])
# "the northwest China city of Lanzhou": nouns that describe the town named after them
TOWN_NOUNS = frozenset(["city", "cities", "town", "towns"])
# the seat of a company's offices: "its headquarters are in X", "headquartered in X"
OFFICE_WORDS = frozenset(["headquarters", "headquartered", "hq", "offices", "office", "head-office"])
# what runs plants now (not what plans them): "operating plants in", "has factories in", "with existing facilities in"
RUNNING_WORDS = frozenset(["operates", "operate", "operating", "operated", "runs", "run", "running", "has", "have", "had",
                           "with", "existing", "current", "currently"])
# ("its truck assembly plants in A and B", "bus factories in": what the plants make, as news writes it before the noun)
RUNNING_PLANT_ADJECTIVES = frozenset(["existing", "current", "manufacturing", "production", "assembly", "car", "vehicle",
                                      "auto", "own", "truck", "bus", "van", "coach", "motorcycle", "scooter", "tractor",
                                      "pickup", "ev"])
SET_UP_WORDS = frozenset(["established", "built", "opened"])
# "the third country to produce the model following A and B", "one of four bases, along with A and B": the others before
OTHERS_BEFORE_WORDS = frozenset(["following", "alongside", "besides", "with"])
COUNT_OF_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "several"])
# "a network that includes plants in A, B and C": the plants a company's network counts, one in each country
PLANT_LIST_INCLUDERS = frozenset(["includes", "include", "included", "including", "comprises", "spans"])
LIST_TIME_ADVERBS = frozenset(["soon", "later", "also", "now"])  # "plants in Thailand, Mexico, and soon Spain"
# "has five other overseas plants in": words that count or set apart the plants a company runs, not plans
PLANT_SITES_OTHER_WORDS = frozenset(["other", "more", "further", "additional"])


# "made the Thailand operation a production base", "India will become the manufacturing hub": a country as a base of making
HUB_NOUNS = frozenset(["base", "hub"])
MAKING_KINDS = frozenset(["production", "manufacturing", "assembly"])
HUB_FILLERS = frozenset(["operation", "operations", "arm", "unit", "is", "was", "will", "would", "become", "becomes",
                         "became", "be", "serve", "serves", "served", "as", "a", "an", "the", "its", "their", "key", "main",
                         "major", "global", "regional", "new", "important", "most", "significant", "largest", "biggest",
                         "only", "sole", "export", "car", "vehicle", "automobile", "auto", "pickup", "truck"])


# "in Nosovice in addition to Ulsan", "at A as well as in B", "in A besides B": a town added to the one before
ADDITION_GLUES = (["as", "well", "as"], ["in", "addition", "to"], ["besides"], ["alongside"])

class PlantSiteListsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _towns_given_as_plants(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'increasing output at plants such as Sanand', 'factories like Pune and Hosur': towns given as examples of plants
        are plants there (towns only: 'plants in states such as Gujarat' names where, not which)."""
        lower = self.index.lower
        out: set[int] = set()
        for k in range(sent.start, sent.end - 2):
            if lower[k] not in PLANT_PLURALS or lower[k] == "works":
                continue
            i = k + 3 if lower[k + 1:k + 3] == ["such", "as"] else k + 2 if lower[k + 1] == "like" else None
            while i is not None and i < sent.end:
                e = next((e for e in ents if e.start == i and e.label_ == "PLACE"), None)
                place = self.gaz.places.get(e.text) if e is not None else None
                if e is None or place is not None and place.kind == "state":
                    break
                out.add(id(e))
                i = e.end + (lower[e.end:e.end + 1] in ([","], ["and"])) + (lower[e.end:e.end + 2] == [",", "and"])
        return out

    def _listed_running_plants(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'operating plants in Georgia in the U.S., Slovakia and China', 'with existing facilities in the USA, Indonesia':
        a list of countries (or places) after the plants a company runs has one plant in each (not 'Both come from its
        plants in India', one country, nor 'plans to add plants in A and B')."""
        lower = self.index.lower
        out: set[int] = set()
        for k in range(sent.start + 2, sent.end - 1):
            if lower[k] != "in":
                continue
            # "has five other overseas manufacturing facilities, in A, B and C": the list set off by a comma
            noun = k - 1 - (lower[k - 1] == "," and k - 2 > sent.start)
            if lower[noun] not in PLANT_PLURALS or lower[noun] == "works":
                continue
            j = noun - 1
            while j > sent.start and (lower[j] in RUNNING_PLANT_ADJECTIVES or lower[j] in ABROAD_WORDS or self._counted_plants(j)
                                      or lower[j] in PLANT_SITES_OTHER_WORDS):
                j -= 1  # "operating manufacturing plants in", "with existing facilities in", "has 7 other overseas factories in"
            had = j - 1
            while had > sent.start and lower[had] in ADVERBS_BEFORE_VERB:
                had -= 1  # "has already opened car plants in"
            if not (lower[j] in RUNNING_WORDS or lower[j] in SET_UP_WORDS and lower[had] in ("has", "have", "had")
                    or self._plants_owned_or_counted_in(j)):
                continue  # (or "has established 7 overseas factories in")
            listed = []
            i = k + 1
            while i < sent.end:  # the list: places and countries, glued by commas, 'and', 'the' and 'in'
                e = next((e for e in ents if e.start == i and e.label_ in ("PLACE", "COUNTRY")), None)
                if e is not None:
                    listed.append(e)
                    i = e.end
                elif (lower[i] in (",", "and", "the", "in") or listed and lower[i] in LIST_TIME_ADVERBS) and i + 1 < sent.end:
                    i += 1  # ("plants in Thailand, Mexico, and soon Spain")
                else:
                    break
            countries = {self._country_of(e) for e in listed} - {None}
            if len(countries) >= 2:
                out.update(id(e) for e in listed)
        return out

    def _countries_making_it_before(self, ents: list[Span], located: set[int]) -> set[int]:
        """'production of the Xpander in Malaysia, the third country to produce the model following Indonesia and
        Vietnam', 'India would be the fourth production hub for the X, following South Korea, China and Russia', 'one of
        four global manufacturing bases, along with Thailand, Indonesia and Argentina': a country where vehicles are
        made, counted as one of several, and the countries listed after 'following' or 'along with' are the others."""
        lower = self.index.lower
        out: set[int] = set()
        # (a country made a hub where the article has its plant already: "India would be the fourth production hub")
        for a in (e for e in ents if e.label_ == "COUNTRY" and (id(e) in located or self._hub_named_after(e))):
            end = self.index.sent_bounds(a.start)[1]
            cue = next((k for k in range(a.end, min(end, a.end + 16)) if lower[k] in OTHERS_BEFORE_WORDS
                        and (lower[k] != "with" or lower[k - 1] in ("along", "together"))), None)
            between = set(lower[a.end:cue]) if cue is not None else set()
            if (cue is None or not between & (RANKS | COUNT_OF_WORDS) or between & {";", "while", "but"}
                    or not between & (lx.PRODUCTION_CUES | MAKING_KINDS | HUB_NOUNS | {"produce", "bases", "hubs"})):
                continue
            k = cue + 1
            listed = []
            while k < end:  # the countries listed: "Indonesia and Vietnam", "South Korea, China, and Russia (Solaris)"
                e = next((e for e in ents if e.start == k and e.label_ == "COUNTRY"), None)
                if e is not None:
                    listed.append(e)
                    k = e.end
                    if lower[k:k + 1] == ["("]:  # past a bracketed model: "Russia (Solaris)"
                        k = next((j + 1 for j in range(k, min(end, k + 6)) if lower[j] == ")"), k)
                elif lower[k] in (",", "and", "the") and k + 1 < end:
                    k += 1
                else:
                    break
            out.update(id(e) for e in listed)
            # (each made by the company of the plant the article knows in the first country: "India ... following South
            # Korea, China, and Russia (Solaris)" are Hyundai's, not a company the brackets seem to name)
            known = next((p.company for p in self.plants if p.country == a.ent_id_ and p.company and id(p) not in self.undecided), None)
            if known:
                self._others_company.update((e.start, known) for e in listed)
        return out

    def _hub_named_after(self, e: Span) -> bool:
        """'India would be the fourth production hub', 'South Africa is one of four global manufacturing bases': the
        country, then words that fill, then a kind of making and a hub or base."""
        lower, k = self.index.lower, e.end
        while k < len(lower) and k - e.end < 9 and (lower[k] in HUB_FILLERS or lower[k] in RANKS or lower[k] in COUNT_OF_WORDS
                                                   or lower[k] == "of"):
            k += 1
        return lower[k:k + 1] != [] and lower[k] in MAKING_KINDS and lower[k + 1:k + 2] != [] and lower[k + 1] in HUB_NOUNS | {"bases", "hubs"}

    def _plants_owned_or_counted_in(self, j: int) -> bool:
        """The word before the plants of a list of countries says whose they are, or that they are among those a network
        counts: 'trained at Hyundai factories in Korea and the Czech Republic', 'a network that includes plants in A, B
        and soon C', 'the X plant, along with plants in A and B', 'builds the X at its plants in A and B', 'is built at
        plants in A and B' (not 'plans to add plants in A and B', 'sends parts to factories in A and B')."""
        lower = self.index.lower
        if self.ent_type[j] == "COMPANY" or lower[j] in PLANT_LIST_INCLUDERS:
            return True
        if lower[j] in ("its", "their") and any(lower[k] in BUILD_VERBS for k in range(max(0, j - 8), j)):
            return True  # "Nissan builds the Navara at its plants in Thailand and Mexico"
        if lower[j] == "at" and (lower[j - 1] in BUILD_VERBS or lower[j - 1] in ADVERBS_BEFORE_VERB and lower[j - 2] in BUILD_VERBS):
            return True  # "The Navara is built at plants in Thailand, Mexico and Spain"
        return lower[j] == "with" and lower[j - 1] == "along"

    def _coordinated_sites(self, ents: list[Span], located: set[int]) -> set[int]:
        """'its plants at Zwickau and Dresden', 'its Bupyeong and Changwon plants', 'after Gurugram, Manesar and the
        Hansalpur plant': towns listed with a town where vehicles are made are such towns too (towns only: 'plants in
        India and Thailand' names no site). Returns every town of such a list, so that none is read as the area of
        the one before."""
        lower = self.index.lower
        # "at A, B (in Haryana) and C (in Gujarat)": a town's area in brackets after it is no item of the list
        places = [e for e in ents if e.label_ == "PLACE" and not self._bracketed_area(e)]
        # ("San Antonio, Texas; and Blue Springs, Mississippi": the state after a town's comma is no item of the list)
        areas = {id(b) for a, b in zip(places, places[1:], strict=False) if self._area_after(a.end) == b.end}
        places = [e for e in places if id(e) not in areas]
        out: set[int] = set()
        changed = True
        while changed:
            changed = False
            for a, b in zip(places, places[1:], strict=False):
                a_end = self._past_bracketed_area(a.end)
                a_end = self._past_relative_clause(a_end, b.start)
                glue = lower[a_end:b.start]
                paired = (self._town_and_country_glue(a_end, b.start) and (self._area_after(b.end) is not None or "," in b.text)
                          or self._towns_with_states_by_semicolons(a, b, glue))
                if not paired and not self._list_glue(a_end, b.start) and not self._list_glue_past_area(a_end, b.start, b.end):
                    continue
                if not paired and "and" not in glue and not self._added_town_glue(glue) and not self._list_goes_on(self._past_bracketed_area(b.end)):
                    continue  # "its plant in Pune, Chakan, builds": a town and its district, not a list
                for x, y in ((a, b), (b, a)):
                    if self._state_name(y) or self._seat_of_offices(y):
                        continue  # "in Ohio and Indiana": states, not towns
                    if (id(x) in located or id(x) in out) and id(y) not in out:
                        out.add(id(y))
                        changed = True
        out |= self._one_in_each(places, located | out)
        return out

    def _past_relative_clause(self, k: int, next_start: int) -> int:
        """'in Dusseldorf, which builds the Sprinter, and Ludwigsfelde': past a town's clause set off by commas, when the
        list goes on with 'and' right after it (the comma closing the clause is the list's); else k."""
        lower = self.index.lower
        if lower[k:k + 2] not in ([",", "which"], [",", "where"], [",", "home"]) or next_start - k > 16:
            return k
        close = next((j for j in range(k + 2, next_start) if lower[j] in (",", ";", ".")), None)
        return close if close is not None and lower[close] == "," and lower[close + 1:next_start] == ["and"] else k

    def _towns_with_states_by_semicolons(self, a: Span, b: Span, glue: list[str]) -> bool:
        """'in Georgetown, Kentucky; Princeton, Indiana; and San Antonio, Texas': towns with their state (read as one
        entity, or the state after a comma), parted by semicolons."""
        return (glue in ([";"], [";", "and"]) and "," in a.text
                and ("," in b.text or glue == [";", "and"] or self._area_after(b.end) is not None))

    def _area_after(self, k: int) -> int | None:
        """', Germany', ', Ohio' right at k (a country or a state after a town's comma): the end of its name, else None."""
        if self.index.lower[k:k + 1] != [","] or k + 1 >= len(self.index.lower):
            return None
        end = k + 2
        while end < len(self.index.lower) and self.ent_iob[end] == "I":
            end += 1
        kind, area = self.ent_type[k + 1], self.gaz.places.get(self.index.span_text(k + 1, end))
        return end if self.ent_iob[k + 1] == "B" and (kind == "COUNTRY" or kind == "PLACE" and area is not None and area.kind == "state") else None

    def _town_and_country_glue(self, start: int, end: int) -> bool:
        """'in Nanjing, China; Cologne, Germany; and Valencia, Spain', 'Lordstown, Ohio, and Oshawa, Ontario': between two
        towns of a list, the country (or state) of the first after its comma, then ';', ',' or 'and'."""
        area_end = self._area_after(start)
        return area_end is not None and 0 < end - area_end <= 2 and set(self.index.lower[area_end:end]) <= {";", ",", "and"}

    def _coordinated_countries(self, ents: list[Span], located: set[int]) -> set[int]:
        """'BMW builds the 3 Series in Germany and South Africa', 'assembled in Mexico, Brazil and the US': countries
        listed after 'in', a verb of making before them, with a country where vehicles are made are such countries too (not 'its plants in India and
        Thailand', several plants named by no site, nor a country's possessive, 'in Mexico and Brazil's north')."""
        lower = self.index.lower
        countries = [e for e in ents if e.label_ == "COUNTRY"]
        out: set[int] = set()
        for a, b in zip(countries, countries[1:], strict=False):
            if id(b) in located or not (id(a) in located or id(a) in out):
                continue
            glue = lower[a.end:b.start]
            if not glue or not set(glue) <= {",", "and", "the"} or glue[0] == "the" or glue.count("and") > 1:
                continue
            if "and" not in glue and not self._country_list_goes_on(b.end):
                continue  # "in Pune, India": not a list
            first = a
            while id(first) in out:  # the list's first country, whose preposition opens it
                first = countries[countries.index(first) - 1]
            k = first.start - 1 - (lower[first.start - 1] == "the")
            if k < 0 or lower[k] not in ("in", "at") or lower[k - 1:k] in (["plants"], ["factories"], ["plant"], ["factory"]):
                continue
            start = self.index.sent_bounds(k)[0]
            # "has set up production in Iran, Morocco and Algeria": making set up there, its noun right before the list
            set_up = lower[k - 1] in ("production", "manufacturing", "assembly") and bool(
                set(lower[max(start, k - 5):k - 1]) & PRODUCTION_SETUP_VERBS)
            if not set_up and not any(lower[j] in ACTIVE_BUILD_VERBS or lower[j] in BUILD_VERBS and self._passive_before(j, start)
                                      for j in range(max(start, k - 12), k)):
                # a verb of making now before the list ("builds the X in A and B", "is assembled in A and B"), not
                # "assembly capacity in A, B and C", nor a history ("Renault also built the Logan in A, B and C")
                continue
            if lower[b.end:b.end + 1] in (["'s"], ["’s"]) or lower[b.end:b.end + 1] in (["plants"], ["factories"]):
                continue
            out.add(id(b))
        return out

    def _figures_listed_by_country(self, ents: list[Span], qs: list[Span], located: set[int]) -> set[int]:
        """'capacity amounts to 600,000 units in the US, 1.44 million units in China and 100,000 units in Turkey': after
        a country where vehicles are made, each further country given its own count of units in the same list is one too."""
        lower = self.index.lower
        countries = [e for e in ents if e.label_ == "COUNTRY"]
        units = {q.end: q for q in qs if q.label_ == "UNITS"}
        out: set[int] = set()
        for b in countries:  # (B itself may be located already: the countries of the list before its figure are not)
            k = b.start - 1 - (lower[b.start - 1] == "the")  # the 'in' before B
            if k < 1 or lower[k] != "in":
                continue
            q = units.get(k - 1) if lower[k - 1] == "each" else units.get(k)
            if q is None or q.start < 1 or lower[q.start - 1] not in (",", "and"):
                continue
            # back from B's figure over the list's places, commas and 'and' ("in the US, Europe and India, 1.44 million
            # units in China"): a country where vehicles are made opens the list
            j = q.start - 1
            while j > 0 and (lower[j] in (",", "and", "the") or self.ent_type[j] in ("COUNTRY", "REGION")):
                j -= 1
            walked = [c for c in countries if c.start > j and c.end <= q.start]
            if any(id(c) in located or id(c) in out for c in walked):
                # (and the countries of that list itself: "in the US, Europe and India", a region between them)
                out.update(id(c) for c in [*walked, b] if id(c) not in located)
        return out

    def _country_made_a_hub(self, ents: list[Span]) -> set[int]:
        """'Mitsubishi made the Thailand operation a production base for exports', 'Renault said India will become the
        manufacturing hub for the car': a country a company's sentence names its base or hub of making (not 'the
        government promotes Thailand as a production hub': a company named in the sentence)."""
        if not any(e.label_ == "COMPANY" for e in ents):
            return set()
        lower = self.index.lower
        out = set()
        for e in ents:
            if e.label_ != "COUNTRY" or e.text in self.gaz.demonyms or self._in_compound(e) or any(
                    p.country == e.ent_id_ and id(p) not in self.undecided for p in self.plants):
                continue  # (where the article has a plant already, the hub is that plant, or a country's industry)
            k = e.end
            while k < len(lower) and k - e.end < 7 and lower[k] in HUB_FILLERS:
                k += 1
            if lower[k:k + 1] and lower[k] in MAKING_KINDS and lower[k + 1:k + 2] and lower[k + 1] in HUB_NOUNS:
                out.add(id(e))
        return out

    def _counted_countries_of_making(self, sent: Sentence, ents: list[Span]) -> set[int]:
        """'Toyota expects to produce 490,000 trucks a year in four countries, Thailand, Argentina, South Africa and
        Indonesia': the countries listed after 'in <number> countries', a verb of making before, are each where vehicles
        are made (not 'sold in 34 countries, including ...')."""
        lower = self.index.lower
        for k in range(sent.start + 1, sent.end - 3):
            if lower[k] != "in" or lower[k + 2] != "countries" or lower[k + 3] not in (",", ":"):
                continue
            if not (self.doc[k + 1].like_num or lower[k + 1] in ("two", "three", "four", "five", "six")):
                continue
            before = range(max(sent.start, k - 12), k)
            if not any(lower[j] in BUILD_VERBS for j in before) or any(lower[j] in lx.EXPORT_CUES for j in before):
                continue
            listed, i = [], k + 4
            while i < sent.end:
                e = next((e for e in ents if e.start == i and e.label_ == "COUNTRY"), None)
                if e is not None:
                    listed.append(e)
                    i = e.end
                elif lower[i] in (",", "and", "the"):
                    i += 1
                else:
                    break
            if len(listed) >= 2:
                return {id(e) for e in listed}
        return set()

    def _passive_before(self, j: int, start: int) -> bool:
        """'is assembled', 'are also built', 'is currently produced': the auxiliary of a passive before the participle at
        j, an adverb or two between them."""
        lower = self.index.lower
        k = j - 1
        while k > start and j - k <= 2 and lower[k] in ADVERBS_BEFORE_VERB:
            k -= 1
        return k >= start and lower[k] in ("is", "are", "be")

    def _country_list_goes_on(self, k: int) -> bool:
        """'A, B and C': past the countries and commas after a country, the 'and' of a list."""
        lower = self.index.lower
        while k < len(lower) and (lower[k] in (",", "the") or self.ent_type[k] == "COUNTRY"):
            k += 1
        return k < len(lower) and lower[k] == "and"

    def _one_in_each(self, places: list[Span], located: set[int]) -> set[int]:
        """'two factories in the country -- one in Tangiers with a capacity of 400,000 and one in Casablanca that ...':
        a town after 'one in' (or 'another in', 'the other in') where a town before it in the sentence, after 'one in'
        too, is one where vehicles are made, however much is said of the first."""
        lower = self.index.lower
        openers = ([("one",), ("another",), ("other",)], ("in", "at", "near"))

        def after_one(e: Span) -> bool:
            return e.start >= 2 and lower[e.start - 1] in openers[1] and (lower[e.start - 2],) in openers[0]
        out: set[int] = set()
        for n, y in enumerate(places):
            if id(y) in located or not after_one(y) or self._state_name(y):
                continue
            start = self.index.sent_bounds(y.start)[0]
            if any(id(x) in located and after_one(x) and x.start >= start for x in places[:n]):
                out.add(id(y))
        return out

    def _seat_of_offices(self, ent: Span) -> bool:
        """'Its regional headquarters are in Casablanca, and the Kenitra plant ...': the town of a company's offices, no
        town of the plants listed beside it."""
        lower = self.index.lower
        return (ent.start >= 2 and lower[ent.start - 1] in ("in", "at")
                and bool(set(lower[max(0, ent.start - 4):ent.start - 1]) & OFFICE_WORDS))

    def _bracketed_area(self, ent: Span) -> bool:
        """'Manesar (in Haryana)': a place in brackets after 'in', the area of the town before the bracket."""
        lower = self.index.lower
        return (ent.start >= 3 and lower[ent.start - 2:ent.start] == ["(", "in"] and self.ent_type[ent.start - 3] == "PLACE"
                and lower[ent.end:ent.end + 1] == [")"])

    def _past_bracketed_area(self, k: int) -> int:
        """Past '(in Haryana)' right at k, else k."""
        lower = self.index.lower
        if lower[k:k + 2] != ["(", "in"]:
            return k
        close = next((j for j in range(k + 2, min(k + 7, len(lower))) if lower[j] == ")"), None)
        return close + 1 if close is not None and any(self.ent_type[j] == "PLACE" for j in range(k + 2, close)) else k

    def _list_glue_past_area(self, start: int, end: int, town_end: int) -> bool:
        """'at A and B in the English midlands, and C in the northwest': the area of the towns before, then ', and' the
        next town of the list (an area in words, no town or country named in it), the town closing a list's item."""
        lower = self.index.lower
        glue = lower[start:end]
        if not 4 <= len(glue) <= 8 or glue[0] != "in" or glue[-2:] != [",", "and"]:
            return False
        if town_end < len(lower) and lower[town_end] not in (",", ".", "in", "near", ";") and lower[town_end] not in lx.PLANT_NOUNS:
            return False  # "..., and Halewood residents protested": no town of the list
        # ("the English midlands": a demonym may describe the area)
        return all(self.doc[j].is_alpha and (self.ent_type[j] not in ("PLACE", "COUNTRY") or self.doc[j].text in self.gaz.demonyms)
                   for j in range(start + 1, end - 2))

    @staticmethod
    def _added_town_glue(glue: list[str]) -> bool:
        """'in Nosovice in addition to Ulsan', 'as well as in B': the words that add a town to the one before."""
        words = [w for w in glue if w != ","]
        if words[-1:] in (["in"], ["at"]):
            words = words[:-1]
        return words in ADDITION_GLUES

    def _list_glue(self, start: int, end: int, bare: bool = False) -> bool:
        """What stands between two towns of one list: 'A, B and C', 'Gurugram, Manesar and the Hansalpur plant', and
        each town with its description, 'the central China city of A, the northwest China city of B' (a comma or 'and',
        then 'the', compass words, the country and 'city of'). `bare`: the commas alone will do too, and other towns of
        the list between."""
        lower = self.index.lower
        glue = lower[start:end]
        if not glue:
            return False
        if self._added_town_glue(glue):
            return True
        if set(glue) <= COORDINATION_GLUE:
            return bare or bool({"and", ","} & set(glue))
        if bare and all(lower[j] in COORDINATION_GLUE or self.ent_type[j] == "PLACE" for j in range(start, end)):
            return True  # "A, B, C": past the towns listed between
        k = start
        while k < end and lower[k] in COORDINATION_GLUE:
            k += 1
        if k == start or not {"and", ","} & set(lower[start:k]) or lower[end - 1] != "of":
            return False
        rest = range(k, end - 1)
        return (any(lower[j] in TOWN_NOUNS for j in rest)
                and all(lower[j] in PLACE_FILLERS or self.ent_type[j] == "COUNTRY" for j in rest))

    def _list_goes_on(self, k: int) -> bool:
        """'A, B, C and D': past the towns and commas after a town, the 'and' of a list."""
        while k < len(self.index.lower) and (self.index.lower[k] == "," or self.ent_type[k] == "PLACE"):
            k = self._past_bracketed_area(k + 1)
        return k < len(self.index.lower) and self.index.lower[k] == "and"

    def _state_name(self, ent: Span) -> bool:
        info = self.gaz.places.get(ent.text)
        return info is not None and info.kind == "state"
