"""Who holds the post a title names when the name is not written beside it: the person who serves as, is, keeps,
takes over or leaves it ('Ana Ruiz will continue to serve as chairman', 'Ruiz has been the plant's director', 'Ian Moss
resigned as chief executive'), the one appointed to it ('X has named Priya Lal as plant director', 'Ana Ruiz was named
president of X'), the post held before and the one held now ('a former Honda executive, Ana Ruiz'), and the one who
left it ('replaces Graham Pike', 'takes over from Ian Moss').
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.nlp import lexicon as lx
from core.nlp.entity_rules.tokens import Label, key_of
from core.nlp.entity_rules.words import (
    ANNOUNCED_AS,
    APPOINTING_VERBS,
    CLAUSE_AUXILIARIES,
    DAYS,
    LEAVE_VERBS,
    OWNER_NOUNS,
    PASSIVE_APPOINTING,
    POST_NOUNS,
    POST_OWNER_NOUNS,
    POST_VERBS,
    PROMOTED_WORDS,
    SENTENCE_ADVERBS,
    SERVE_AUXILIARIES,
    SERVE_VERBS,
    SUCCESSION_VERBS,
    TAKE_VERBS,
)

# "replace Diesel Engines", "replacing Steel Wheels": nouns of things a verb of succession may take, in capitals
# the opening of an aside on where an appointee comes from: "Ana Ruiz, a former X executive,", "Ana Ruiz, formerly of X,"
PAST_POST_WORDS = frozenset(["former", "ex", "formerly", "previously", "who", "most", "until", "lately"])
REPLACED_THINGS = frozenset(["engine", "motor", "wheel", "battery", "batterie", "part", "component", "system", "model", "line", "unit"])


TAKE_OVER_VERBS = frozenset(["take", "takes", "took", "taking", "taken"])  # "will take over as managing director"

class PostHoldersRulesMixin:
    """EntityResolver's rules of this module (see its docstring); they read the state EntityResolver keeps
    (self.gaz, self.index and the per-Doc fields __call__ sets)."""

    def _serving(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Tanaka currently serves as Nissan's co-CEO', 'Ana Ruiz will continue to serve as chairman', 'to succeed Ana
        Ruiz as Acme's CEO': the person who holds (or held) the post. A surname alone stands for the person the story
        names in full."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k >= 2 and lower[k] in ("'s", "’s") and doc[k - 1].ent_type_ == "COMPANY":  # "as Nissan Motor's CEO"
            k -= 1
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1
            k -= 1
        if k < 2 or lower[k] != "as":
            return None
        sent_start = self.index.sent_bounds(start)[0]
        if lower[k - 1] in SUCCESSION_VERBS:  # "to succeed Ana Ruiz as CEO": no name between the verb and "as"
            return None
        # "Ana Ruiz will be taking over as CEO", "Ruiz took over as chairman": a post taken, as one served
        takes_over = lower[k - 1] == "over" and lower[k - 2] in TAKE_VERBS
        serves = lower[k - 1] in SERVE_VERBS or takes_over
        if serves:
            end = k - 1 - takes_over
            while end > sent_start and (lower[end - 1] in SERVE_AUXILIARIES or takes_over and lower[end - 1] == "be"):
                end -= 1
            if end - 2 >= sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
                end -= 2  # "Ana Ruiz, who serves as ..."
        else:
            end = k  # "succeed Ana Ruiz as CEO"
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and self._name_part(doc, begin - 1, taken):
            begin -= 1
        if begin == end:
            return None
        if not serves and (begin < 1 or lower[begin - 1] not in SUCCESSION_VERBS):
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end:
            return name
        if end - begin == 1 and serves:
            return self._full_name(doc, begin, taken)
        return None

    def _copular_holder(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz is president of Kestrel Motors', 'Ruiz has been the plant's director since May': the name the
        sentence opens with, a form of 'be' between it and the title. A surname alone stands for the person the story
        names in full."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "now", "currently", "also", "still", "new"):
            k -= 1
        if k >= 3 and lower[k] == "from" and lower[k - 1] in PROMOTED_WORDS:
            k -= 2  # "Ana Ruiz has been promoted from sales director to ...": the post she held
        if k < 1 or lower[k] not in ("is", "was", "been", "remains", "remained", "becomes", "became", "become"):
            return None
        end = k
        if lower[k] == "been":
            if lower[k - 1] not in ("has", "had") or k < 2:
                return None
            end = k - 1
        elif lower[k] == "become":  # "Ana Ruiz will become the new sales director"
            if lower[k - 1] not in ("will", "would", "shall") or k < 2:
                return None
            end = k - 1
        if end >= 3 and lower[end - 1] == "," and doc[end - 2].like_num and lower[end - 3] == ",":
            end -= 3  # "Koji Sato, 53, will become the new CEO": past the age
        sent_start = self.index.sent_bounds(start)[0]
        if sent_start + 2 < end and lower[sent_start] in SENTENCE_ADVERBS and lower[sent_start + 1] == ",":
            sent_start += 2  # "Also, Ana Ruiz will become ...", "Meanwhile, Ian Moss is ..."
        begin = self._past_honorific(doc, sent_start)
        if begin >= end:
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end and len(name) >= 2:
            return self._particle_surname_in_full(doc, name, taken) or name
        if end - begin == 1 and self._name_token(begin, taken):
            return self._full_name(doc, begin, taken)
        return None

    def _successor_as(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Mary Barra would succeed Dan Akerson as chief executive', 'Tarun Garg, currently the company's COO, will take
        over as Managing Director': the subject of a verb of succeeding (its predecessor named) or of taking over, the
        title after 'as' at `start`."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k < 3 or lower[k] != "as":
            return None
        k -= 1
        if lower[k] == "over" and lower[k - 1] in TAKE_OVER_VERBS:
            verb = k - 1
        else:
            verb = k  # "succeed Dan Akerson as": the predecessor's name right before 'as', the verb before it
            while verb >= 0 and k - verb < 4 and doc[verb].is_title and doc[verb].is_alpha:
                verb -= 1  # (the predecessor may be read as a person already)
            if verb == k or lower[verb] not in SUCCESSION_VERBS:
                return None
        sent_start = self.index.sent_bounds(start)[0]
        end = verb
        while end > sent_start and lower[end - 1] in ("will", "would", "shall", "to", "is", "set", "expected", "due"):
            end -= 1
        if end > sent_start and lower[end - 1] == ",":  # past an aside: "Tarun Garg, currently the company's COO, will"
            comma = next((j for j in range(end - 2, max(sent_start, end - 14) - 1, -1) if lower[j] == ","), None)
            if comma is None:
                return None
            end = comma
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and self._name_part(doc, begin - 1, taken):
            begin -= 1
        if end - begin < 2 or begin > sent_start and doc[begin - 1].is_title and doc[begin - 1].is_alpha:
            return None
        return Span(doc, begin, end, label="PERSON")

    def _particle_surname_in_full(self, doc: Doc, name: Span, taken: set[int]) -> Span | None:
        """'Luz Elena del Castillo joins ... Del Castillo becomes the new president': a surname with its particle
        ('Del Castillo', 'Van Dijk') opening a sentence stands for the person the story names in full before, the particle
        written in lower case there."""
        lower = self.index.lower
        if len(name) != 2 or lower[name.start] not in lx.PERSON_PARTICLES:
            return None
        for j in self.index.positions(frozenset([lower[name.start + 1]])):
            if j >= name.start or lower[j - 1] != lower[name.start] or self.index.text[j - 1] == self.index.text[name.start]:
                continue
            begin = j - 1
            while begin - 1 >= 0 and j - begin < 4 and self._name_token(begin - 1, taken) and lower[begin - 1] not in lx.PERSON_PARTICLES:
                begin -= 1
            if begin < j - 1:
                return Span(doc, begin, j + 1, label="PERSON")
        return None

    def _post_holder(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz will keep the post of chairman', 'Ian Moss, who will fill a newly created position as president of
        X': the person who holds, takes or keeps the post a noun of posts names before the title. A surname alone
        stands for the person the story names in full."""
        lower = self.index.lower
        k = start - 1
        if k < 3 or lower[k] not in ("of", "as"):
            return None
        k -= 1
        if lower[k] not in POST_NOUNS:
            return None
        k -= 1
        while k >= 0 and start - k <= 7 and (doc[k].is_lower and doc[k].is_alpha and lower[k] not in POST_VERBS or lower[k] == "-"):
            k -= 1  # "the post", "a newly created position", "the top job"
        if k < 1 or lower[k] not in POST_VERBS or lower[k + 1] not in ("the", "a", "an", "his", "her", "their"):
            return None
        sent_start = self.index.sent_bounds(start)[0]
        end = k
        while end > sent_start and lower[end - 1] in SERVE_AUXILIARIES | {"is", "was", "be", "been", "will", "also"}:
            end -= 1
        if end - 2 >= sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
            end -= 2  # "Ian Moss, who will fill ..."
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and self._name_part(doc, begin - 1, taken):
            begin -= 1
        if begin == end or begin > sent_start and (doc[begin - 1].is_title and doc[begin - 1].is_alpha):
            return None
        name = self._name_at(doc, begin, taken)
        if name is not None and name.end == end and len(name) >= 2:
            return name
        if end - begin == 1:
            return self._full_name(doc, begin, taken)
        return None

    def _left_post(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz resigned on Monday as chief executive', 'Ruiz will step down as chairman': the person who leaves
        the post, named before the verb (a time phrase may stand between the verb and 'as')."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "his", "her"):
            k -= 1
        if k < 2 or lower[k] != "as":
            return None
        sent_start = self.index.sent_bounds(start)[0]
        v = k - 1
        while v > sent_start and k - v <= 3 and (lower[v] in DAYS or lower[v] in ("on", "last", "this", "week", "month", "earlier")):
            v -= 1  # "resigned on Monday as ..."
        if lower[v] == "down" and v - 1 > sent_start and lower[v - 1] in ("stepped", "steps", "step", "stepping"):
            v -= 1
        elif lower[v] not in LEAVE_VERBS:
            return None
        end = v
        while end > sent_start and lower[end - 1] in SERVE_AUXILIARIES | {"is", "was", "be"}:
            end -= 1  # "Ana Ruiz will step down as ..."
        if end - 2 > sent_start and lower[end - 1] == "who" and doc[end - 2].text == ",":
            end -= 2  # "..., and Ana Ruiz, who has departed as president of X"
        begin = end
        while begin - 1 >= sent_start and end - begin < 4 and self._name_part(doc, begin - 1, taken):
            begin -= 1
        if end - begin < 2 or begin > sent_start and doc[begin - 1].is_title:
            return None
        name = self._name_at(doc, begin, taken)
        return name if name is not None and name.end == end else None

    def _taken_over_from(self, doc: Doc, start: int, role_end: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz will take over as CEO from Ian Moss', '... as CEO for Ian Moss, who held it since May': the one who
        held the post before."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "its", "a", "an", "new"):
            k -= 1
        if k < 2 or lower[k] != "as" or lower[k - 1] != "over" or lower[k - 2] not in TAKE_VERBS:
            return None
        if role_end + 1 >= len(doc) or lower[role_end] not in ("from", "for"):
            return None
        return self._name_at(doc, self._past_honorific(doc, role_end + 1), taken)

    def _appointee_before_clause(self, doc: Doc, start: int, taken: set[int], ent_at: dict[int, Span]) -> Span | None:
        """'He replaces Ana Ruiz, who will be promoted to head of sales', 'Ana Ruiz, who has been named Acme Europe's
        plant manager': the name before a relative clause of a passive verb of appointing that gives the title."""
        lower = self.index.lower
        k = start - 1
        modifiers = 0  # "named its engine production manager": a word or two that class the title
        while k >= 0 and (lower[k] in ("the", "its", "a", "an", "new") or modifiers < 2 and doc[k].is_lower and doc[k].is_alpha
                          and lower[k] not in PASSIVE_APPOINTING and lower[k] not in ("to", "as", "who")):
            modifiers += lower[k] not in ("the", "its", "a", "an", "new")
            k -= 1
        if k >= 1 and lower[k] in ("'s", "’s"):  # "named Acme Europe's plant manager": the possessor
            k -= 1
            stop = k - 4
            while k > stop and k >= 0 and (k in ent_at or doc[k].is_title and doc[k].is_alpha):
                k -= 1
            while k >= 0 and lower[k] == "the":
                k -= 1
        if k >= 0 and lower[k] in ("to", "as"):
            k -= 1
        if k < 3 or lower[k] not in PASSIVE_APPOINTING:
            return None
        k -= 1
        while k >= 0 and lower[k] in CLAUSE_AUXILIARIES:
            k -= 1
        if k < 2 or lower[k] != "who" or doc[k - 1].text != ",":
            return None
        return self._name_before(doc, k, taken, ent_at)

    def _appointed(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'X has named Priya Lal as plant director', 'appointed Samuel Otieno as managing director': the name before 'as'."""
        lower = self.index.lower
        k = start - 1
        country = k
        while country >= 0 and doc[country].ent_type_ in ("COUNTRY", "REGION"):
            country -= 1
        if country < k and lower[country] in ("its", "the", "new"):
            k = country  # "as its India president": the country the post covers
        while k >= 0 and lower[k] in ("its", "the", "new", "a", "an"):
            k -= 1
        if k >= 2 and lower[k] in ("'s", "’s") and lower[k - 1] in OWNER_NOUNS:  # "as the company's chief executive"
            k -= 2
            while k >= 0 and lower[k] == "the":
                k -= 1
        if k >= 2 and lower[k] != "as":
            # "Skoda has named Petr Vesely director of its Kvasiny plant": the name right before the title
            begin = k + 1
            while begin - 1 >= 0 and k + 1 - begin < 4 and self._name_part(doc, begin - 1, taken) and lower[begin - 1] not in APPOINTING_VERBS:
                begin -= 1
            if k + 1 - begin < 2 or begin < 1 or lower[begin - 1] not in APPOINTING_VERBS or doc[begin].lower_ in lx.PERSON_PARTICLES:
                return None
            return Span(doc, begin, k + 1, label="PERSON")
        if k < 3:
            return None
        if doc[k - 1].text == ",":
            return self._appointed_before_aside(doc, k - 1, taken)
        begin = k
        # (not past the verb itself, capitalised in a headline: "Toyota Appoints Koji Sato As New CEO")
        while begin - 1 >= 0 and k - begin < 4 and self._name_part(doc, begin - 1, taken) and lower[begin - 1] not in APPOINTING_VERBS:
            begin -= 1
        # "announced the appointment of Lina Haddad as managing director"
        if k - begin < 2 or begin < 1 or lower[begin - 1] not in APPOINTING_VERBS and lower[begin - 2:begin] != ["appointment", "of"]:
            return None
        return Span(doc, begin, k, label="PERSON")

    def _appointed_before_aside(self, doc: Doc, comma: int, taken: set[int]) -> Span | None:
        """'Acme is hiring Ana Ruiz, who has worked with Kestrel Motors, as its president', 'appointed Ivan Espinosa, 46,
        as its chief executive': the name after a verb of appointing, an aside between commas after it, then 'as' and
        the title (doc[comma] the aside's closing comma)."""
        lower = self.index.lower
        sent_start = self.index.sent_bounds(comma)[0]
        for j in range(comma - 3, max(sent_start, comma - 30) - 1, -1):
            if lower[j] not in APPOINTING_VERBS and lower[j] not in ("hiring", "appointing", "naming"):
                continue
            name = self._name_at(doc, self._past_honorific(doc, j + 1), taken)
            if name is None or name.end >= comma or doc[name.end].text != ",":
                return None
            # ("appointed Ivan Espinosa, 46, as its new chief executive": the age set off after the name)
            age = name.end + 2 == comma and doc[name.end + 1].like_num
            # ("hired Kevin Tran, formerly of Nissan, as ...", "Ana Ruiz, a former Ford executive, as ...": where from)
            if lower[name.end + 1] != "whose" and not PAST_POST_WORDS & set(lower[name.end + 1:name.end + 3]) and not age:
                return None
            return name if "as" not in lower[name.end:comma] else None
        return None

    def _passive_appointee(self, doc: Doc, start: int, taken: set[int]) -> Span | None:
        """'Ana Ruiz was named president of X', 'Park Min-ho, who joined in 2019, was promoted to vice chairman', 'Ruiz,
        49, has been appointed chief executive': the person a passive verb of appointing names, before it or opening
        the sentence with an aside between commas. A one-word name (a surname) only opening the sentence."""
        lower = self.index.lower
        k = start - 1
        while k >= 0:
            if lower[k] in ("the", "a", "an", "its", "new", "as", "to"):
                k -= 1
            elif (lower[k] in ("'s", "’s") or lower[k] in ("'", "’") and lower[k - 1].endswith("s")) and k >= 2 and (
                    k - 1 in taken or lower[k - 1] in POST_OWNER_NOUNS):
                # "was named as Ford's new chief executive", "was appointed the company's CFO": past the post's owner
                k -= 1  # the owner's last word, then its first, then the word before it
                while k >= 1 and k in taken and k - 1 in taken:
                    k -= 1
                k -= 1
            else:
                break
        # "was announced as Ford's new chief executive": announcing someone as a post holder appoints them
        announced = k >= 2 and lower[k] in ANNOUNCED_AS and lower[k + 1] == "as"
        if k < 2 or lower[k] not in PASSIVE_APPOINTING and not announced:
            return None
        if doc[k].is_title and doc[k - 1].is_title:  # a headline: "Ana Ruiz Named President of Acme Mexico"
            sent_start = self.index.sent_bounds(start)[0]
            begin = k
            while begin - 1 >= sent_start and k - begin < 5 and self._name_part(doc, begin - 1, taken):
                begin -= 1
            name = self._name_at(doc, begin, taken) if begin == sent_start else None
            # the capitalised verb reads as a word of the name: the name ends before it
            return Span(doc, begin, k, label="PERSON") if name is not None and name.end >= k and k - begin >= 2 else None
        k -= 1
        if lower[k] == "been" and k > 0:  # "has been named"
            k -= 1
        elif lower[k] == "be" and k > 0 and lower[k - 1] == "will":  # "will be named"
            k -= 1
        if lower[k] not in ("was", "is", "has", "had", "will") or k < 1:
            return None
        k -= 1
        sent_start = self.index.sent_bounds(start)[0]
        if doc[k].text == ",":  # an aside closes before the verb: the name opens the sentence, a comma after it
            begin = self._past_honorific(doc, sent_start)
            name = self._name_at(doc, begin, taken)
            if name is None and self._name_token(begin, taken) and len(doc[begin].text) > 2:
                name = Span(doc, begin, begin + 1, label="PERSON")
            return name if name is not None and name.end < k and doc[name.end].text == "," else None
        begin = k + 1
        while begin - 1 >= sent_start and k + 1 - begin < 4 and self._name_part(doc, begin - 1, taken):
            begin -= 1
        name = self._name_at(doc, begin, taken) if begin <= k else None
        return name if name is not None and name.end == k + 1 else None

    @staticmethod
    def _later_role(people: list[tuple[Span, str, str]], former: set[int], surname: str, role: str, org: str) -> None:
        """'Neumann, 51, was named president': the post of a person named in full before, by the surname; it replaces a
        post held before ('a former Volkswagen executive, Karl-Thomas Neumann') or fills an empty one."""
        for n, (name, held, held_at) in enumerate(people):
            if not name.text.endswith(" " + surname) or not role:
                continue
            if n in former or not held:
                people[n] = (name, role, org or held_at)
                former.discard(n)
            return

    def _former_before(self, start: int) -> bool:
        """'Former Volkswagen India and Japan boss Ana Ruiz': 'former' opening the employer's name before the title,
        a few capitalised words (and 'and') between."""
        lower, text = self.index.lower, self.index.text
        k = start - 1
        while k > 0 and start - k <= 6 and lower[k] not in ("former", "ex") and (text[k][:1].isupper() or lower[k] == "and"):
            k -= 1
        return k < start - 1 and lower[k] in ("former", "ex")

    def _appointed_from_a_title(self, name: Span) -> bool:
        """'appointed purchasing chief Francois Provost as chief executive': a verb of appointing, a title, the name, then
        'as': the title before the name is the post left."""
        lower = self.index.lower
        return (name.end < len(lower) and lower[name.end] == "as"
                and any(lower[k] in APPOINTING_VERBS for k in range(max(0, name.start - 5), name.start)))

    def _named_before_as(self, start: int, people: list[tuple[Span, str, str]]) -> Span | None:
        """'named former Volkswagen boss Ana Ruiz as its new chairman': a person already read, right before 'as' and the
        title (past 'its', 'the', 'new')."""
        lower = self.index.lower
        k = start - 1
        while k > 0 and lower[k] in ("its", "the", "a", "an", "new", "his", "her", "their"):
            k -= 1
        if k < 1 or lower[k] != "as":
            return None
        return next((p[0] for p in people if p[0].end == k), None)

    def _former_subject_appointed(self, doc: Doc, start: int, seen: set[tuple[int, int]], people: list[tuple[Span, str, str]],
                                  former: set[int], role: str, org: str) -> bool:
        """'Ana Ruiz, former deputy manager of Acme Turkey, has been named president of Acme Russia': the subject of the
        passive verb of appointing was read with the post of the aside, held before; the post named now replaces it."""
        name = self._passive_appointee(doc, start, set()) or self._appointee_before_aside(start, people)
        if name is None or (name.start, name.end) not in seen or start <= name.end:
            return False
        self._replace_former_post(people, former, name, role, org)
        return True

    def _appointee_before_aside(self, start: int, people: list[tuple[Span, str, str]]) -> Span | None:
        """'Acme has put Ana Ruiz, a former purchasing manager at X, as chief executive': the person named right before
        the aside that closes before 'as' and the title."""
        lower = self.index.lower
        k = start - 1
        while k >= 0 and lower[k] in ("the", "a", "an", "its", "new"):
            k -= 1
        if k < 3 or lower[k] != "as" or lower[k - 1] != ",":
            return None
        opening = next((j for j in range(k - 2, max(0, k - 25), -1) if lower[j] == ","), None)
        # ("Ana Ruiz, formerly of X, as CEO", "Ana Ruiz, who previously ran X, as CEO": the aside says where from)
        if opening is None or not PAST_POST_WORDS & set(lower[opening + 1:opening + 3]):
            return None
        return next((p[0] for p in people if p[0].end == opening), None)

    @staticmethod
    def _replace_former_post(people: list[tuple[Span, str, str]], former: set[int], name: Span, role: str, org: str) -> None:
        """The person at `name`, read with a post held before ('former ... boss'), holds `role` now."""
        for n, (held_by, _, _) in enumerate(people):
            if (held_by.start, held_by.end) == (name.start, name.end) and n in former and role:
                people[n] = (held_by, role, org)  # not the employer of the post held before
                former.discard(n)
                return

    @staticmethod
    def _current_posts(people: list[tuple[Span, str, str]], former: set[int]) -> None:
        """'a former Honda executive, Ana Ruiz ... Ana Ruiz was named president': the post the person holds now."""
        for n in sorted(former):
            name = people[n][0].text
            later = next((p for p in people[n + 1:] if p[0].text == name and p[1]), None)
            if later is not None:
                people[n] = (people[n][0], later[1], later[2] or people[n][2])

    def _appointer(self, i: int, ents: list[Span]) -> str:
        """The company that opens the appointment's sentence."""
        sent_start = self.index.sent_bounds(i)[0]
        company = next((e for e in ents if e.label == Label.COMPANY and sent_start <= e.start < i), None)
        return key_of(company) if company is not None else ""

    def _predecessor(self, doc: Doc, name: Span, taken: set[int]) -> Span | None:
        """The person an appointee replaces, in the same or the next sentence: 'replaces Graham Pike, who retires'."""
        lower = self.index.lower
        sent_start, sent_end = self.index.sent_bounds(name.start)
        if sent_end < len(doc):
            sent_end = self.index.sent_bounds(sent_end)[1]
        for k in range(name.end, sent_end - 1):
            word = lower[k]
            if word in SUCCESSION_VERBS:
                j = k + 1
            elif word == "over" and lower[k - 1] in ("takes", "took", "taking", "take") and lower[k + 1:k + 2] == ["from"]:
                j = k + 2
            else:
                continue
            found = self._name_at(doc, self._past_honorific(doc, j), taken)
            if found is not None:
                return found
        return None

    def _succeeded(self, doc: Doc, appointees: list[tuple[Span, str, str]], taken: set[int],
                   seen: set[tuple[int, int]], pronouns: bool = True) -> list[tuple[Span, str, str]]:
        """'She succeeds Ian Moss, who retires', some sentences after the appointment (or in a bullet above it): the
        one leaving held the post of the appointee the sentence is about, by a pronoun or the appointee's name."""
        lower = self.index.lower
        surnames = {w.lower(): a for a in appointees for w in a[0].text.split()[1:]}
        out = []
        for k in self.index.positions(SUCCESSION_VERBS):
            if not 1 <= k < len(lower) - 1 or self.index.is_boilerplate(k):
                continue
            sent_start = self.index.sent_bounds(k)[0]
            opener = lower[sent_start + 1] if lower[sent_start] in ("-", "•", "*") and sent_start + 1 < k else lower[sent_start]
            if opener.rstrip(".") in lx.HONORIFICS:  # "Mr Tanaka replaces Ian Moss"
                opener = lower[self._past_honorific(doc, sent_start)]
            if pronouns and lower[k - 1] in ("he", "she") and k - 1 <= sent_start + 1:
                appointee = max((a for a in appointees if a[0].start < k), key=lambda a: a[0].start, default=appointees[0])
            elif opener in surnames:
                appointee = surnames[opener]
            else:
                continue
            name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
            if name is None or (name.start, name.end) in seen:
                continue
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, appointee[1], appointee[2]))
        return out

    def _replaced(self, doc: Doc, taken: set[int], seen: set[tuple[int, int]]) -> list[tuple[Span, str, str]]:
        """'..., replacing Ian Moss who resigned last month', 'will take over from Ian Moss, who returns to Japan', 'to
        succeed Ian Moss': a full name (two words or more, no company's, place's or title's) right after a verb of
        succession is a person, the one who left; no post is given him where no appointment was read."""
        lower = self.index.lower
        out = []
        for k in self.index.positions(SUCCESSION_VERBS | {"from"}):
            if k + 2 >= len(lower) or self.index.is_boilerplate(k):
                continue
            if lower[k] == "from" and not (k >= 2 and lower[k - 1] == "over" and lower[k - 2] in TAKE_VERBS):
                continue  # only "took over from Ian Moss"
            name = self._name_at(doc, self._past_honorific(doc, k + 1), taken)
            if name is None or (name.start, name.end) in seen or any(t.ent_type_ for t in name):
                continue
            if name.end < len(doc) and (doc[name.end].is_title and doc[name.end].is_alpha or lower[name.end] in ("'s", "’s")):
                continue  # part of a longer capitalised name, or an organisation's ('replaced Acme Motors' plant')
            if any(w in lx.VEHICLE_WORDS or w in lx.PLANT_NOUNS or w in self.role_words or w.rstrip("s") in REPLACED_THINGS
                   for w in lower[name.start:name.end]):
                continue  # "will replace Diesel Engines", "replaced the Assembly Plant": things, no person
            seen.add((name.start, name.end))
            taken.update(range(name.start, name.end))
            out.append((name, "", ""))
        return out
