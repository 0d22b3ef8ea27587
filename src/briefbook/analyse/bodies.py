"""Speakers named by what they are, not by their name: bodies and people by their title.

"The ministry said", "the company said", "Freedonia's interior ministry said", "a Kremlin
spokesperson said", "Freedonia's transport minister said", "her lawyer said". Each is read
as a *description*: the words that say what the speaker is ("interior ministry"), its head
word ("ministry"), the body or state that owns it when the text says ("Freedonia's"), and
whether it points at someone already known ("the", a possessive) or at someone unnamed
("a", "an").

* A body named by its kind points back to the last body of that kind in the article ("the
  ministry" to the Ministry of Health named before, "the company" to the last company);
  failing that it is an unnamed group of its owner ("interior ministry (Freedonia)").
* A person named by a definite title ("Freedonia's transport minister", "the French
  president", "her lawyer") is the person the corpus gives that title, when exactly one
  has it; an indefinite one ("a Kremlin spokesperson") is an unnamed member of its body.

The words are in ``data/vocabulary/attribution.toml`` (``body_nouns``, ``company_nouns``,
``person_heads``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefbook.model import Actor, Kind, Mention
from briefbook.read.date_forms import day_with_part
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.name_words import ORG_HEADS
from briefbook.read.names import fold
from briefbook.read.people import OFFICE_INITIALS, TITLE_WORDS
from briefbook.vocabulary import alternation, derived, mapping, words

BODY_NOUNS = derived(lambda: words("attribution", "body_nouns"))
COMPANY_NOUNS = derived(lambda: words("attribution", "company_nouns"))
PERSON_HEADS = derived(lambda: words("attribution", "person_heads"))
GENERIC_BODIES = derived(lambda: words("attribution", "generic_bodies"))
_BODY_KIN = derived(lambda: mapping("attribution", "body_kin"))
HEAD_TITLES = derived(lambda: mapping("attribution", "head_titles"))
"""A generic title for whoever heads a body ("chief"), then the offices it stands for."""
"""A kind of body and the last words of the names it stands for ("the union": "... Association
of Porters"), as for ``described.earlier_named``."""
OUTLET_HEADS = derived(
    lambda: {w.casefold() for w in words("names", "outlet_nouns") if " " not in w} & BODY_NOUNS()
)
"""One-word kinds of outlet that speak alone ("the newspaper added")."""


def _between() -> str:
    parts = alternation(words("attribution", "day_parts"))
    times = alternation(words("attribution", "times_before_verb"))
    when = rf"(?:on\s+)?{day_with_part(parts, dated=False)}(?:\s+\([^()]{{1,30}}\))?|{times}"
    anonymity = alternation(words("attribution", "anonymity_clauses"))
    return (
        r"(?:(?:also|further|again|has|have|had|later|then|earlier|now|itself|[a-z]{3,}ly|"
        + when
        + r"|"
        + anonymity
        + r")\s+)*"
    )


_BETWEEN = derived(_between)
"""Words that may stand between a description and its verb ("the ministry also said", "the
watchdog initially said" (any adverb in "-ly"), "the ministry on Friday evening said", "the
ministry on Friday (May 3) said", "officials who spoke on condition of anonymity said")."""


PERSON_PLURALS = derived(lambda: {h + "s" for h in PERSON_HEADS() if not h.endswith("s")})
"""Titles of several people ("lawyers", "attorneys", "ministers"): after an owner's name
they are that owner's ("Ana Ruiz's lawyers said": her lawyers, not she)."""


def _heads(plural: bool = False) -> str:
    """The head words of a description, any case, and the initials of an office in capitals
    ("the PM"); with ``plural``, the titles of several people too."""
    nouns = BODY_NOUNS() | PERSON_HEADS() | (PERSON_PLURALS() if plural else set())
    heads = alternation(sorted(nouns, key=len, reverse=True))
    return "(?i:" + heads + ")|" + alternation(OFFICE_INITIALS())


_OWNED = derived(
    lambda: re.compile(
        r"^(?P<possessive>[’']s)?\s+(?P<np>(?:[a-z][\w’'-]*\s+){0,3}?(?P<noun>"
        + _heads(plural=True)
        + r"))\s+"
        + _BETWEEN()
        + r"$"
    )
)
"""What follows an owner's name up to the verb: "'s interior ministry", " spokesperson"."""
ALONE = derived(
    lambda: re.compile(
        r"(?:^|[,;:][”\"’]?\s*|\b(?:and|but|while|as|when)\s+)"
        r"(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
        r"(?P<np>(?:(?!(?:the|a|an|of|for)\s)(?:"
        + alternation(words("attribution", "title_participles"))
        + r"|[\w’'-]+(?<!ing))\s+){0,5}?(?P<noun>"
        + _heads()
        + r"))(?:\s+(?:representing|for|of|at|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"[\w’'-]+)?\s+" + _BETWEEN() + r"$"
    )
)
"""A description with no owner's name: "The ministry", "the dockers' union", "her lawyer",
"the French president", "an attorney representing the company"; "the Court", "the CEO" (a
capital on the noun alone: after other capitals it ends a name)."""
_OF = derived(
    lambda: re.compile(
        r"(?:^|[,;:][”\"’]?\s*|\b(?:and|but|while|as|when)\s+)"
        r"(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
        r"(?P<np>(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>"
        + alternation(sorted(PERSON_HEADS(), key=len, reverse=True))
        + r"))\s+(?:of|for|at)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
    )
)
"""A title before what it is of: "The regional president of (eastern Valencia)"."""


@dataclass(frozen=True, slots=True)
class Description:
    words: str
    """What the speaker is, as written: "interior ministry", "transport minister"."""
    head: str
    owner: Mention | None
    """The body or state the text gives it ("Freedonia's"), if any."""
    definite: bool
    """Whether it points at someone known ("the", a possessive) rather than "a"/"an"."""

    @property
    def person(self) -> bool:
        head = self.head.casefold()
        return head in PERSON_HEADS() or head in PERSON_PLURALS() or self.head in OFFICE_INITIALS()


def owned(text: str, base: int, owner: Mention, cue_start: int) -> Description | None:
    """The description between an owner's name and the verb: "Freedonia's interior ministry
    said", "a Kremlin spokesperson said", "A Freedonian government minister said"."""
    m = _OWNED().match(text[owner.end - base : cue_start])
    if m is None:
        return None
    possessive = m.group("possessive") or re.search(r"[’']s$", text[: owner.end - base])
    if (
        not possessive
        and owner.kind != Kind.GOVERNMENT
        and m.group("noun").casefold() in BODY_NOUNS()
    ):
        return None  # "Acme news agency said": Acme itself, not a body of Acme's
    before = text[: owner.span_start - base]
    definite = not re.search(r"\b[Aa]n?\s+$", before)
    return Description(_bare(m.group("np")), m.group("noun"), owner, definite)


_STATE_BODY = derived(
    lambda: re.compile(
        r"[’']s\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>"
        + alternation(sorted(BODY_NOUNS() - PERSON_HEADS(), key=len, reverse=True))
        + r"))\b(?![’'-])"
    )
)
"""A state's body named by its kind, whatever verb follows: "Freedonia's top court"."""


def state_bodies(text: str, base: int, mentions: Sequence[Mention]) -> list[Description]:
    """The bodies a sentence names by a state's possessive and their kind ("Freedonia's top
    court on Friday annulled the vote"), which a later "the court said" points back to."""
    out = []
    for m in mentions:
        if m.kind != Kind.GOVERNMENT:
            continue
        found = _STATE_BODY().match(text, m.end - base)
        if found is not None:
            out.append(Description(_bare(found.group("np")), found.group("noun"), m, True))
    return out


def title_of(text: str, base: int, owner: Mention, cue_start: int) -> Description | None:
    """A title and what it is of, before the verb: "The regional president of eastern
    Valencia said" (the president of Valencia)."""
    if not re.fullmatch(r"\s+" + _BETWEEN(), text[owner.end - base : cue_start]):
        return None
    m = _OF().search(text[: owner.span_start - base])
    if m is None:
        return None
    definite = m.group("det").casefold() not in ("a", "an")
    return Description(_bare(m.group("np")), m.group("noun"), owner, definite)


def alone(text_before_cue: str) -> Description | None:
    """A description that opens the clause of the verb, with no owner's name."""
    m = ALONE().search(text_before_cue)
    if m is None:
        return None
    titled = all(
        w.casefold() in TITLE_WORDS() or w in shipped_gazetteer().adjectives
        for w in m.group("np").split()
    )
    noun = m.group("noun")
    initials = noun.isupper() and noun.casefold() in TITLE_WORDS()
    if (
        noun[:1].isupper()
        and not initials
        and (
            (m.group("np") != m.group("noun") and not titled)
            or not re.fullmatch(r"\s+" + _BETWEEN(), text_before_cue[m.end("noun") :])
        )
    ):
        return None  # "the London-based Institute for Peace": a name, not "the Court", "the
        # Chief Secretary" (all title words) or "the Freedonian President" (a people's
        # adjective and a title) again
    definite = m.group("det").casefold() not in ("a", "an")
    return Description(_bare(m.group("np")), m.group("noun"), None, definite)


def _bare(np: str) -> str:
    return " ".join(np.split())


def earlier_body(description: Description, mentions: Sequence[Mention]) -> Mention | None:
    """The body an ownerless description points back to: the last one in the article whose
    name has its head word ("the ministry" -> "Ministry of Health"), or for a company's kind
    ("the company", "the airline") the last organisation named; for an outlet's kind ("the
    newspaper", "the broadcaster") the last outlet or organisation named. A lone name the
    corpus alone knows as a body ("Acme warned ...", weak) is the antecedent of a
    company's kind only ("the company said"), not of an agency's or an outlet's ("the
    agency said", "the newspaper said"), nor of an indefinite one ("a rival firm said")."""
    head = description.head.casefold()
    kin = {head, head.rstrip("s"), *_BODY_KIN().get(head, ())}
    company = head in COMPANY_NOUNS() or head in GENERIC_BODIES()
    if head in OUTLET_HEADS():
        outlet = next((m for m in reversed(mentions) if m.kind == Kind.OUTLET), None)
        if outlet is not None:
            return outlet  # "the newspaper added": the last outlet named
    for earlier in reversed(mentions):
        if earlier.kind not in (Kind.AGENCY, Kind.ORGANISATION):
            continue
        full = f"{earlier.text} {earlier.canonical or ''}"
        names = [w.rstrip("’'s") for w in fold(full).split()]
        lone = earlier.weak and (
            not description.definite
            or head not in COMPANY_NOUNS()
            or head in OUTLET_HEADS()
            or fold(earlier.text) in ORG_HEADS()
        )  # "the Commission" alone; a name read as no body by itself, for "the agency",
        # "the newspaper" or "a rival company"
        if kin & set(names) or (company and not lone):
            return earlier
    return None


def earlier_person(description: Description, mentions: Sequence[Mention]) -> Mention | None:
    """The person an ownerless definite title points back to in the article ("the minister",
    "her lawyer"): the last one whose role has that title."""
    title = description.words
    wanted = _title_words(title)
    for earlier in reversed(mentions):
        if earlier.kind == Kind.PERSON and earlier.role and wanted and _fits(title, earlier.role):
            return earlier
    return None


def titled_person(
    title: str, owner: str | None, people: Sequence[Actor], source_id: str
) -> Actor | None:
    """The one person of the corpus with a title ("transport minister"), of the same state
    or body when both are known; one of this article's first. A person may come once for
    each role the articles give them ("the regional leader", "the regional president").
    A generic title for whoever heads a body ("the UN chief") fits any of the offices it
    stands for ("UN Secretary-General")."""
    wanted = _title_words(title)
    if not wanted:
        return None
    found = [
        p
        for p in people
        if p.kind == Kind.PERSON
        and p.role
        and _fits(title, p.role, generic=True)
        and (owner is None or p.affiliation is None or fold(p.affiliation) == fold(owner))
    ]
    # the closest fit: "the city police commissioner" is the "Police Commissioner", not the
    # "Relief Commissioner"; "the Acme chief" the one whose role names Acme. A generic title
    # says nothing of which office: it is no closer to a "Chief Minister".
    said = (set(fold(title).split()) - set(HEAD_TITLES())) | _owner_words(owner)
    best = max((len(said & _role_words(p.role or "")) for p in found), default=0)
    found = [p for p in found if len(said & _role_words(p.role or "")) == best]
    here = [p for p in found if any(m.startswith(source_id + "/") for m in p.mentions)]
    for pool in (here, found):
        if len({p.id for p in pool}) == 1:
            return pool[0]
    return None


def _owner_words(owner: str | None) -> set[str]:
    """The words of a body's name, and its initials ("United Nations": "un"), as a role may
    write it."""
    written = [w for w in fold(owner or "").split() if w not in ("of", "the", "and", "for")]
    initials = "".join(w[0] for w in written)
    return {*written, initials} if len(written) > 1 else set(written)


def heads_body(title: str, owner: Mention | None) -> bool:
    """Whether a title is the generic one for whoever heads a body ("chief") and the body
    it heads is named ("Acme's chief", "the Acme chief"): a state has its own leaders."""
    return (
        owner is not None
        and owner.kind in (Kind.AGENCY, Kind.ORGANISATION)
        and title.split()[-1].casefold() in HEAD_TITLES()
    )


def _spelled_out(text: str) -> str:
    """A title with an office's initials written out: "the PM" -> "the prime minister"."""
    return " ".join(OFFICE_INITIALS().get(w, w) for w in text.split())


def _title_words(text: str) -> set[str]:
    return {
        w for w in fold(_spelled_out(text)).split() if w in TITLE_WORDS() or w in PERSON_HEADS()
    }


def _names_in(text: str) -> set[str]:
    """Capitalised words of a title that are no title words: the body it is of ("Acme")."""
    return {
        fold(w).rstrip("'s")
        for w in _spelled_out(text).split()
        if w[:1].isupper() and fold(w) not in TITLE_WORDS() and fold(w) not in PERSON_HEADS()
    }


def _fits(title: str, role: str, generic: bool = False) -> bool:
    """Whether a role has the title's words, and is not of another body ("the Acme lawyer"
    is not the "Beta lawyer"); with ``generic``, a title for whoever heads a body ("chief")
    is also held by the offices it stands for."""
    held = _role_words(role)
    for word in _title_words(title) - held:
        offices = HEAD_TITLES().get(word) if generic else None
        if not offices or not any(f" {fold(o)} " in f" {fold(role)} " for o in offices):
            return False
        # a generic title fits an office of what it names: "the police chief" the "Police
        # Commissioner", not the president
        if not _qualifiers(title) <= held:
            return False
    wanted, held = _names_in(title), _names_in(role)
    return not (wanted and held and not wanted & held)


def _qualifiers(title: str) -> set[str]:
    """The lower-case words of a title that say what its holder heads: "police" in "the
    police chief"."""
    return {
        w.rstrip("’'s")
        for w in fold(title).split()
        if w not in TITLE_WORDS() and w not in PERSON_HEADS() and w not in ("the", "a", "an")
    } - _names_in_folded(title)


def _names_in_folded(title: str) -> set[str]:
    return {fold(w) for w in title.split() if w[:1].isupper()}


def _role_words(role: str) -> set[str]:
    return {w.rstrip("’'s") for w in fold(_spelled_out(role)).split()}
