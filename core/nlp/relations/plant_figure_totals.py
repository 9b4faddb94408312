"""Jobs, money and capacity said of more than one plant: a group of makers as the subject ("These six carmakers
will lift their output"), a whole region ("1.9 million vehicles in North America"), several plants ("two of its
facilities in Michigan and Ohio", "employs 6,500 people" after several plants named), a company's or the world's staff
("The company employs 6,489 people", "70,000 employees worldwide"), many projects or a scheme ("signed 25 MoUs ... with
a total investment of", "The programme has generated 79,000 jobs"), and jobs beside money a place drew in.
"""
from __future__ import annotations

from spacy.tokens import Span

from core.nlp import lexicon as lx
from core.nlp.docindex import Sentence
from core.nlp.relations.words import (
    APPROXIMATORS,
    COMPANY_ANAPHOR_NOUNS,
    GROUP_COUNT_WORDS,
    PLANT_PLURALS,
    WORLDWIDE_WORDS,
)

EMPLOYING_WORDS = frozenset(["employs", "employ", "employing", "employed"])  # a stock of staff, not jobs created
# "signed 25 MoUs ... with a total investment of", "from 131 firms to 200 with a total investment": many projects' sums
COUNTED_PROJECTS = frozenset(["projects", "mous", "agreements", "deals", "industries", "firms", "companies", "suppliers",
                              "investors", "enterprises", "contracts", "memorandums", "memoranda", "ventures"])
COUNTED_DEALS = frozenset(["projects", "mous", "agreements", "deals", "contracts", "memorandums", "memoranda"])
# "The programme has generated 79,000 jobs": a scheme's or a policy's figures, not one plant's
SCHEME_NOUNS = frozenset(["programme", "program", "initiative", "scheme", "policy", "projects", "government",
                          "sector", "industry", "cluster", "corridor"])
GROUP_MAKER_NOUNS = lx.MAKER_PLURALS | frozenset(["companies", "firms", "automobile", "groups"])
# "two auto makers", "both carmakers"; "two of its plants", "both factories"
SMALL_COUNTS = frozenset(["two", "three", "four", "five", "six", "both", "several"])


class PlantFigureTotalsMixin:
    """ArticleReader's rules of this module (see its docstring); they read the state ArticleReader keeps."""

    def _group_subject(self, sent: Sentence, q: Span) -> bool:
        """'These six carmakers will lift their output by a combined 350,000 units a year', '14 vehicle makers
        operate in the country ..., employing 31,000 people': the sentence's subject, before the
        figure, counts several makers (a number of three or more, 'all', 'several', 'many' or 'other', then a maker noun
        within its first words)."""
        lower, text = self.index.lower, self.index.text
        start = sent.start
        while start < sent.end and lower[start] in ('"', "“", "'", "‘", "(", "-", "those", "these", "the", "all"):
            if lower[start] == "all" and start + 1 < sent.end and lower[start + 1] in GROUP_MAKER_NOUNS:
                return q.start > start
            start += 1
        if start >= q.start or not (lower[start] in GROUP_COUNT_WORDS or text[start].isdigit() and int(text[start]) >= 3):
            return False
        if any(lower[k] in ("plant", "factory", "facility", "site") for k in range(sent.start, sent.end)):
            return False
        for k in range(start + 1, min(q.start, start + 4)):
            if lower[k] in GROUP_MAKER_NOUNS and lower[k] != "automobile":
                return True
            if not (self.doc[k].is_alpha and (self.doc[k].is_lower or self.doc[k].is_title)):
                return False
        return False

    def _counted_plants_as_subject(self, sent: Sentence, q: Span) -> bool:
        """'The four plants employ about 24,000 people', 'Together the three sites build 400,000 cars', 'Both factories
        will get $90 million': the sentence's subject, before the figure, counts several plants."""
        lower = self.index.lower
        k = sent.start + (lower[sent.start] in ("together", "combined", "altogether"))
        k += lower[k] == ","
        k += lower[k] in ("the", "these", "its", "their", "all")
        if not (lower[k] in SMALL_COUNTS or lower[k] == "all" or self.index.text[k].isdigit()):
            return False
        k += 1
        k += lower[k] in ("assembly", "car", "vehicle", "manufacturing", "production")
        return lower[k] in PLANT_PLURALS and lower[k] != "works" and k < q.start

    def _figure_across_region(self, q: Span, sent: Sentence) -> bool:
        """'has the capacity to produce 1.9 million vehicles in North America', 'employs 40,000 people across Europe':
        a figure said of a whole region (a continent or a group of countries), a maker's sum there, not one plant's."""
        lower = self.index.lower
        k = q.end
        while k < sent.end and k < q.end + 3 and lower[k] in ("a", "per", "each", "every", "year", "annually", "yearly", "units", "vehicles"):
            k += 1  # "1.9 million vehicles a year in North America"
        if k >= sent.end or lower[k] not in ("in", "across", "throughout"):
            return False
        k += 1
        if k < sent.end and lower[k] == "the":
            k += 1
        return k < sent.end and self.ent_type[k] == "REGION" and self.ent_iob[k] == "B"

    def _staff_of_several_plants(self, q: Span, sent: Sentence) -> bool:
        """'It has two plants in Alton and one in Brierly and employs 6,500 people': the staff a verb of employing
        counts after the sentence named several plants is the maker's in the country, not one plant's."""
        if q.label_ != "JOBS":
            return False
        lower = self.index.lower
        before = lower[sent.start:q.start]
        if self._figure_over_plants(q, sent):
            return True
        if not EMPLOYING_WORDS.intersection(before[-4:]):
            return False
        # the staff counted over the country: "employs 6,500 people in the country", "... in Canada", "nationwide"
        after = lower[q.end:min(sent.end, q.end + 4)]
        if after[:1] == ["nationwide"] or after[:1] == ["in"] and (after[1:3] in (["the", "country"], ["the", "nation"])
                                                                  or q.end + 1 < sent.end and self.ent_type[q.end + 1] == "COUNTRY"):
            plurals = [sent.start + k for k, w in enumerate(before) if w in PLANT_PLURALS and w != "works"]
            return any(self._several_plants(k, sent) for k in plurals)
        return False

    def _figure_over_plants(self, q: Span, sent: Sentence) -> bool:
        """'create 5,000 new jobs across plants in Illinois, Ohio and Michigan', '2,000 jobs at its three factories',
        'The plants' 11,000 workers': a head count spread over several plants, not one plant's (not 'across the plant')."""
        lower = self.index.lower
        k = q.end
        if k < sent.end and lower[k] in ("across", "at", "in", "among", "between"):
            k += 1
            while k < sent.end and k < q.end + 5 and lower[k] not in PLANT_PLURALS and (
                    lower[k] in ("its", "their", "the", "all", "both", "several", "two", "three", "four", "five", "our")
                    or lower[k] in ("assembly", "car", "vehicle", "manufacturing", "production") or self.ent_type[k] == "COMPANY"):
                k += 1
            if k < sent.end and lower[k] in PLANT_PLURALS and lower[k] != "works":
                return True
        # "The plants' 11,000 workers": a plural plant noun owning the figure
        j = q.start - 1
        return j > sent.start and lower[j] in ("'", "’") and lower[j - 1] in PLANT_PLURALS

    def _staff_worldwide(self, q: Span, sent: Sentence) -> bool:
        """'more than 70,000 employees worldwide', '40,000 people around the world', 'a global workforce of 90,000':
        staff counted across the world, no one plant's."""
        lower = self.index.lower
        after = lower[q.end:min(sent.end, q.end + 4)]
        return bool(set(after[:2]) & WORLDWIDE_WORDS or after[:3] in (["around", "the", "world"], ["across", "the", "world"],
                                                                         ["across", "the", "globe"])
                    or {"global", "worldwide"} & set(lower[max(sent.start, q.start - 4):q.start]))

    def _staff_in_company_profile(self, q: Span, sent: Sentence) -> bool:
        """'Zorvex, headquartered in Lima with assets of $7 billion and 30,000 employees, makes trucks': a maker's profile
        (where it is headquartered, what it has), its whole staff, in a sentence that names no plant."""
        words = self._sent_words(sent)
        if not words & {"headquartered", "headquarters", "hq"} or words & lx.PLANT_NOUNS:
            return False
        return "with" in self.index.lower[max(sent.start, q.start - 15):q.start]

    def _company_staff(self, q: Span, sent: Sentence) -> bool:
        """'The company employs 6,489 people', 'Zorvex Peru currently employs about 15,000 people', 'Zorvex has built
        cars in the country for 60 years and employs 2,800 people': a verb of employing whose subject, opening the
        sentence, is a company (its name, maybe with a country after it, or 'the company'), in a sentence that names no
        plant and no place and says nothing of 'there': the maker's staff, not one plant's (not 'The company employs
        8,000 people there', 'the company now employs 5,200 people at Ninh Binh')."""
        lower = self.index.lower
        k = q.start - 1
        while k > sent.start and lower[k] in APPROXIMATORS | {"over", "more", "than", "close", "to", "upwards", "of"}:
            k -= 1
        if lower[k] != "employs":  # (not "will employ around 1,500 workers": jobs to come)
            return False
        if self._sent_words(sent) & (lx.PLANT_NOUNS | {"there", "here", "locally", "plant's", "factory's"}) or any(
                self.ent_type[j] == "PLACE" for j in range(sent.start, sent.end)):
            return False
        s = sent.start
        while s < k and lower[s] in ('"', "“", "'", "‘", "(", "-"):
            s += 1
        if lower[s] == "the" and lower[s + 1] in COMPANY_ANAPHOR_NOUNS:
            return True
        if self.ent_type[s] != "COMPANY" or self.ent_iob[s] != "B":
            return False
        e = s + 1
        while e < k and self.ent_type[e] == "COMPANY" and self.ent_iob[e] == "I":
            e += 1
        if self.ent_type[e] == "COUNTRY":  # "Zorvex Peru": the maker's national arm
            e += 1
            while e < k and self.ent_type[e] == "COUNTRY" and self.ent_iob[e] == "I":
                e += 1
        if lower[e:e + 2] == [",", "which"] and (e + 2 == k or e + 3 == k and lower[e + 2] in ("now", "currently", "already")):
            return True  # "Zorvex, which employs 52,000 people, ...": the maker described in a clause of its own
        # the company is the subject: a verb or an adverb follows its name, not "'s" ("Zorvex's plant employs")
        return lower[e] not in ("'s", "’s", "and", ",") and not self.doc[e].like_num

    def _counted_plants_only(self, sent: Sentence) -> bool:
        """'Zorvex is investing $1.6 billion to upgrade two of its manufacturing facilities in Ohio and Iowa': a sentence
        whose only plants are a plural counted by two or more (or 'both'), a few words before it, in two places or more,
        says the sum over them; not with one plant named too ('the plant, one of its two factories'), nor of plants at
        one site ('has three plants, all in Laem Chabang, and employs 7,000': the site's staff)."""
        lower = self.index.lower
        places = {e.text for e in self.ents.get(sent.start, []) if e.label_ == "PLACE"}
        if len(places) < 2:
            return False
        counted = False
        for k in range(sent.start, sent.end):
            if lower[k] not in lx.PLANT_NOUNS:
                continue
            if lower[k] not in PLANT_PLURALS or lower[k] == "works":
                return False  # one plant named: its figure
            if any(lower[j] in SMALL_COUNTS for j in range(max(sent.start, k - 5), k)) and "one" not in lower[max(sent.start, k - 5):k]:
                counted = True
            elif self._own_plants_in_places(k, sent):
                counted = True  # "is investing £189m at its plants in Luton and Ellesmere Port"
        return counted

    def _own_plants_in_places(self, noun: int, sent: Sentence) -> bool:
        """'its plants in Luton and Ellesmere Port', 'their assembly factories at Alton and Brierly', "Renault's factories
        in Flins, Douai and Maubeuge": the plural plant noun at `noun`, owned ('its', 'their', a company's, up to two
        describing words between), right before 'in' or 'at' and a list of places closed by 'and': plants named in
        several places."""
        lower = self.index.lower
        j = noun - 1
        while j > sent.start and noun - j <= 2 and self.doc[j].is_alpha and self.doc[j].is_lower and lower[j] not in ("its", "their"):
            j -= 1
        # ("Renault's factories in Flins, Douai and Maubeuge": the owner named)
        owned = lower[j] in ("its", "their") or lower[j] in ("'s", "’s") and j > 0 and self.ent_type[j - 1] == "COMPANY"
        if not owned or lower[noun + 1:noun + 2] not in (["in"], ["at"]):
            return False
        k = noun + 2
        # (a list closed by 'and': not "its plants in Alliston, Ontario", a town and its province)
        while k < sent.end and self.ent_type[k] == "PLACE":
            while k < sent.end and self.ent_type[k] == "PLACE":
                k += 1
            if lower[k:k + 1] == ["and"]:
                return k + 1 < sent.end and self.ent_type[k + 1] == "PLACE"
            if lower[k:k + 1] != [","]:
                return False
            k += 1
        return False

    def _several_plants(self, noun: int, sent: Sentence) -> bool:
        """The plural plant noun at `noun` counts several plants or other ones: 'two Zorvex Peru factories',
        'both plants', 'other Zorvex assembly facilities' (a number or such word up to five words before)."""
        lower = self.index.lower
        for k in range(noun - 1, max(sent.start, noun - 6) - 1, -1):
            if lower[k] in ("two", "both", "all", "other", "several", "three", "four", "five", "its", "their"):
                return lower[k] not in ("its", "their") or lower[k + 1] in ("two", "three", "four", "five", "other")
            if self.index.text[k].isdigit():
                return True
            if lower[k] == "and" and k == noun - 2 and k - 1 >= sent.start and self.doc[k - 1].is_alpha and self.doc[noun - 1].is_alpha:
                return True  # "the engine and gearbox plants", "its Oshawa and Ingersoll plants": two plants named
            if lower[k] in (",", "and", "of", "the", "at", "in", "to", "for"):
                return False
        return False

    def _figure_of_many(self, q: Span, sent: Sentence) -> bool:
        """'the Government had signed 25 MoUs ..., with a total investment of Rs 46,091 crore, generating 2.22 lakh jobs',
        'The programme has generated 79,000 jobs': money or jobs of many projects, or of a scheme the sentence is about,
        not of one plant."""
        lower, text = self.index.lower, self.index.text
        for k in range(sent.start, q.start - 1):
            if text[k][:1].isdigit() and self.doc[k].like_num and any(
                    lower[j] in COUNTED_PROJECTS for j in range(k + 1, min(k + 3, q.start))):
                return True
            # "has signed four car assembly agreements with a total investment of over $5 billion"
            # (deals only: not "every job creates five jobs at suppliers")
            if lower[k] in GROUP_COUNT_WORDS and any(lower[j] in COUNTED_DEALS for j in range(k + 1, min(k + 5, q.start))):
                return True
            # "investments by two auto makers that will total close to $1-billion": the sum of several makers' plans
            if lower[k] in SMALL_COUNTS and any(lower[j] in lx.MAKER_PLURALS for j in range(k + 1, min(k + 3, q.start))):
                return True
        k = sent.start
        while k < q.start and lower[k] in ("the", "this", "that", "its", "their", "a"):
            k += 1
        first = k
        while k < q.start and k - first < 3 and lower[k] not in SCHEME_NOUNS and self.doc[k].is_alpha and not self.ent_type[k]:
            k += 1  # "The IMV programme", "The state's industrial policy"
        return k < q.start and lower[k] in SCHEME_NOUNS and lower[k + 1:k + 2] and lower[k + 1] in (
            "has", "have", "had", "will", "is", "was", "generated", "created", "generates", "creates", "would")

    def _plants_one_by_one(self, sent: Sentence) -> bool:
        """'two factories in the country: one in Tangiers with a capacity of 300,000 and one in Casablanca', 'three plants,
        each with a capacity of': the counted plants taken one at a time, each with its own figure."""
        lower = self.index.lower
        return "each" in lower[sent.start:sent.end] or any(
            lower[k] == "one" and lower[k + 1] in ("in", "at", "near") for k in range(sent.start, sent.end - 1))

    def _jobs_beside_money_drawn(self, q: Span, sent: Sentence) -> bool:
        """'five regions have attracted about 860 billion won in investment and created employment for 1,140 people':
        jobs joined by 'and' to money a place drew in from many investors (see _money_attracted) are that place's
        too, the sum of what those investors brought."""
        lower = self.index.lower
        for m in self.quantities.get(sent.start, []):
            if m.label_ != "MONEY" or m.end > q.start or not self._money_attracted(m, sent):
                continue
            between = lower[m.end:q.start]
            if "and" in between and not set(between) & {";", ".", "while", "but"}:
                return True
        return False
