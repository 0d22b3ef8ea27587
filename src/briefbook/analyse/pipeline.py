"""Run the analysis: articles in, a Briefing with claims, conflicts and grades out.

Each article is read on its own (``briefbook.read.reading``, cached); then, across the
corpus: mentions resolve to actors, each reporting sentence becomes a statement with its
claimant and topic, and ``assess`` merges, traces origins, finds conflicts and grades.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefbook.analyse.actors import owners_named, resolve
from briefbook.analyse.assess import assess
from briefbook.analyse.attribute import attribute
from briefbook.analyse.bodies import (
    HEAD_TITLES,
    Description,
    heads_body,
    state_bodies,
    titled_person,
)
from briefbook.analyse.claimant import Attribution, Context
from briefbook.analyse.dating import date_undated
from briefbook.analyse.documents import document_issuer
from briefbook.analyse.fragments import name_tails
from briefbook.analyse.openers import common_openers
from briefbook.analyse.overrides import apply_to_statements
from briefbook.analyse.storms import named_storms
from briefbook.analyse.subjects import GROUP_SUBJECTS, coordinated
from briefbook.analyse.topics import (
    TopicClassifier,
    briefing_start,
    by_speaker,
    carries,
    chapters_kept,
    comments,
    described_speaker,
    earlier_date,
    name_words,
    preset_of,
    speakers_topics,
    statement_features,
    with_learned,
)
from briefbook.analyse.unnamed_bodies import kind_alone, one_body, written_forms
from briefbook.model import (
    Actor,
    Article,
    Briefing,
    Config,
    Kind,
    Mention,
    OverridesFile,
    PartialDate,
    ReadCorpus,
    Sentence,
    Statement,
)
from briefbook.project.load import RawArticle
from briefbook.read.figure_kinds import kind_words
from briefbook.read.foreign_names import foreign_mentions
from briefbook.read.gazetteer import Gazetteer, load_gazetteer
from briefbook.read.names import fold, slug, spelled
from briefbook.read.reading import ReadingCache, Reporting, read, read_cached
from briefbook.text import shorten
from briefbook.vocabulary import Extension, extended


def _group_actor(name: str, of: str | None = None) -> Actor:
    """An actor for a claimant named only by what it is ("analysts", "a spokesperson"), and
    the body or state it speaks for when the text says."""
    group_id = "group-" + slug(f"{name} {of or ''}", "group")
    return Actor(group_id, name[:1].upper() + name[1:], Kind.GROUP, None, of, (name,), ())


def _as_body(actor: Actor, noun: str, text: str) -> Actor:
    """An unnamed speaker described as one body ("the presidency", "Freedonia's foreign
    ministry") is listed as that body, with every definite form the articles write for it
    (see :mod:`briefbook.analyse.unnamed_bodies`); other speakers are left as they are."""
    if not one_body(noun):
        return actor
    written = written_forms(noun, text)
    if not written and actor.kind == Kind.GROUP:
        return actor
    aliases = tuple(dict.fromkeys([*actor.aliases, *written]))
    return replace(actor, kind=Kind.AGENCY, aliases=aliases)


def group_key(name: str, of: str | None) -> str:
    """What keeps one unnamed speaker one: its words without case, accents or the kind of
    apostrophe ("President's office", "President’s office"), in one spelling ("defense
    ministry", "defence ministry"), with the body or state it speaks for."""
    return spelled(name) + (f" ({fold(of)})" if of else "")


OPENING = ("“", "«", '"', "‘")
"""Marks that open a quotation, and open a paragraph that goes on with one."""


def _people_by_role(
    actors: Sequence[Actor], mentions: Sequence[Mention], mention_actor: dict[str, str]
) -> list[Actor]:
    """The corpus's people once for each role the articles give them, for a speaker named
    by a title alone: "the regional president said" is the one person called "regional
    president" in one article and "regional leader" (the role most used) in others."""
    roles: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == Kind.PERSON and m.role and m.id in mention_actor:
            roles.setdefault(mention_actor[m.id], set()).add(m.role)
    return [
        replace(a, role=role) if role != a.role else a
        for a in actors
        if a.kind == Kind.PERSON
        for role in sorted({*roles.get(a.id, ()), *([a.role] if a.role else [])})
    ]


def _roles(people: Sequence[Actor]) -> dict[str, str]:
    """Person id -> the roles the corpus gives them, together ("Railway Minister / Minister
    of Railways")."""
    found: dict[str, set[str]] = {}
    for p in people:
        if p.role:
            found.setdefault(p.id, set()).add(p.role)
    return {who: " / ".join(sorted(held)) for who, held in found.items()}


def _titled_again(m: Mention, mention_actor: dict[str, str], roles: dict[str, str]) -> Mention:
    """A person named again without the title the corpus gives them ("Railway Minister
    Ana Roe ... Roe said ... The minister added"): the mention with their role, so that a
    later title points back to the last person named who holds it, not to an earlier one
    named with it."""
    if m.kind != Kind.PERSON or m.role or m.in_role:
        return m
    role = roles.get(mention_actor.get(m.id, ""))
    return replace(m, role=role) if role else m


def _as_resolved(
    m: Mention,
    mention_actor: dict[str, str],
    kinds: dict[str, Kind],
    sentence: Sentence,
    places: set[str],
) -> Mention:
    """A lone name read alone as no body that the corpus knows as one ("Volkswagen warned
    ...", a company elsewhere called "carmaker Volkswagen"): the mention as that body, so
    that a later "the company said" points back to it (still weak: a lone name is no
    antecedent of "the agency", :func:`.bodies.earlier_body`). Only a name that opens its
    sentence or a clause, the subject that acts ("Volkswagen warned ...", "In a statement,
    United said ...", "“...,” Hindenburg said"): not a name after a verb or a preposition,
    which is as often a place or a thing ("Storms hit Marra", "shoppers in Marra", "filed
    for Chapter 11"), nor a name the article reads as a place (``places``: "the town of
    Marra ... Marra was cut off")."""
    kind = kinds.get(mention_actor.get(m.id, ""))
    if kind not in _BODY_KINDS or m.kind in _BODY_KINDS or m.kind == Kind.OUTLET:
        return m
    if fold(m.text) in places:
        return m
    before = sentence.text[: m.start - sentence.start].rstrip()
    if before.strip(_OPENING_MARKS) and not before.endswith(_CLAUSE_ENDS):
        return m  # not the subject that opens its sentence or clause
    return replace(m, kind=kind)


_BODY_KINDS = (Kind.AGENCY, Kind.ORGANISATION)
_OPENING_MARKS = " \t\n\"'“‘«("
_CLAUSE_ENDS = (",", ";", ":", "”", "’", '"', "»")


def own_outlet(cited: Mention, outlet: str | None) -> bool:
    """Whether the outlet a sentence cites is the article's own ("Saltford.com reports", "the
    Saltford Courier has learned" in that outlet's article): no one else is cited, the
    sentence is in the outlet's own voice."""
    return cited.kind == Kind.OUTLET and outlet is not None and fold(cited.text) == fold(outlet)


def _goes_on(reporting: Sequence[Reporting]) -> dict[int, bool]:
    """Paragraph -> whether it can go on with a quotation opened before it: it opens with a
    quotation mark, or the first mark it holds closes one."""
    texts: dict[int, list[str]] = {}
    for r in reporting:
        texts.setdefault(r.block_index, []).append(r.sentence.text)
    out = {}
    for block, sentences in texts.items():
        text = " ".join(sentences)
        marks = [ch for ch in text if ch in '“”«»"']
        out[block] = text.startswith(OPENING) or (bool(marks) and marks[0] in '”»"')
    return out


def _inside_after(text: str, inside: bool, new_paragraph: bool) -> bool:
    """Whether a quotation is still open after ``text``, given whether one was open before
    it. Curly quotes and guillemets open and close; a straight quote closes what is open,
    or opens; a paragraph that goes on with a quotation opens again with its mark ("We
    will rebuild. / "We will not give up," she said.)."""
    for n, ch in enumerate(text):
        if ch in "“«":
            inside = True
        elif ch in "”»":
            inside = False
        elif ch == '"':
            inside = True if (new_paragraph and n == 0) else not inside
    return inside


def statements(
    article: Article,
    reporting: Sequence[Reporting],
    classifier: TopicClassifier,
    mention_actor: dict[str, str],
    groups: dict[str, Actor],
    actor_names: dict[str, str],
    titled: Sequence[Actor] = (),
    speakers: dict[str, str] | None = None,
    start: PartialDate | None = None,
    kinds: dict[str, Kind] | None = None,
) -> list[Statement]:
    """Every reporting sentence of an article with its claimant, cue, figures and topic.

    ``groups`` collects the unnamed groups that speak ("police", "a spokesperson for Acme");
    ``actor_names``: actor id -> name, for the body a group speaks for; ``titled``: the
    corpus's people with a role, for a speaker named by a definite title; ``start``: the
    briefing's earliest publication, the time an undated article is read in
    (:func:`.topics.earlier_date`); ``kinds``: actor id -> kind, the kind the corpus gives a
    name (:func:`_as_resolved`)."""
    out = []
    last_person: Mention | None = None
    previous: Attribution | None = None
    spoke_last: tuple[int, Attribution] | None = None
    """The paragraph and attribution of the last sentence with a speaker."""
    opened: Attribution | None = None
    """Who speaks in a quotation opened in an earlier sentence and not yet closed."""
    inside = False
    block_before: int | None = None
    seen: list[Mention] = []
    described: list[Description] = []
    joint: Mention | None = None
    open_after: list[bool] = []
    goes_on = _goes_on(reporting)
    cued: tuple[str, int] | None = None
    """The topic of the last statement with a cue of its own, and its paragraph."""
    roles = _roles(titled)
    issued: tuple[str, Attribution] | None = None
    """The last document the article named, by its noun, and who issued it."""
    acted: str | None = None
    """The unnamed group that opened the sentence before and said nothing there."""
    person_said: tuple[int, Attribution] | None = None
    """The paragraph and attribution of the last sentence a named person said."""
    places = {fold(m.text) for r in reporting for m in r.mentions if m.kind == Kind.PLACE}
    """The names the article reads as places, never a company's ("the town of Marra")."""
    for r in reporting:
        s = r.sentence
        named = [m for m in r.mentions if m.id in mention_actor]
        if inside and r.block_index != block_before and not goes_on[r.block_index]:
            # a quotation goes on into a new paragraph only if that paragraph opens with its
            # mark ("We will rebuild. / "We will not give up," she said.") or closes it: an
            # opening mark left unclosed ends with its paragraph
            inside, opened = False, None
        if inside and not any(mark in s.text for mark in '“”"«»'):
            # the middle of a quotation of several sentences: its words are the speaker's,
            # whatever verbs they hold ("“... The police said nothing. ...,” she said.")
            att = Attribution(None, None, "", True)
        else:
            near = spoke_last if spoke_last and r.block_index - spoke_last[0] <= 2 else None
            answering = person_said if person_said and r.block_index - person_said[0] <= 2 else None
            context = Context(
                tuple(seen),
                last_person,
                previous,
                tuple(described),
                joint,
                near[1] if near else None,
                issued,
                acted=acted,
                person_spoke=answering[1] if answering else None,
            )
            att = attribute(s.text, s.start, named, context)
        # a party that only proclaimed a state is no claimant here, but stays the one the next
        # sentence's "they" or quotation may carry on, as a speaker would
        acting, att = att.acting, replace(att, acting=False)
        if att.claimant is None and att.group is None and inside and opened is not None:
            att = replace(opened, quote=att.quote, via_pronoun=True)  # inside its quotation
        inside = _inside_after(s.text, inside, r.block_index != block_before)
        open_after.append(inside)
        if not inside:
            opened = None
        elif att.claimant is not None or att.group is not None:
            opened = att
        block_before = r.block_index
        # a refusal cites no one: a quotation after it does not carry on its party's words
        previous = replace(att, claimant=None, group=None) if att.silent else att
        if att.silent:
            spoke_last = None  # a refusal: "it" after it is no earlier speaker's
        elif att.claimant is not None or att.group is not None:
            spoke_last = (r.block_index, att)
        if att.claimant is not None and att.claimant.kind == Kind.PERSON and not att.silent:
            person_said = (r.block_index, att)
        seen.extend(
            _titled_again(
                _as_resolved(m, mention_actor, kinds or {}, s, places), mention_actor, roles
            )
            for m in named
        )
        if not att.silent:
            issued = document_issuer(s.text, s.start, named, att) or issued
        together = coordinated(s.text, s.start, named)
        if together is not None:
            joint = together
        elif (att.group is not None and att.claimant is None) or GROUP_SUBJECTS().match(s.text):
            joint = None  # another plural has spoken or acted since: "they" may now be it
        opener = GROUP_SUBJECTS().match(s.text)
        said = att.claimant is not None or att.group is not None
        if said or inside:
            acted = None
        elif opener:
            acted = opener.group("noun").casefold()
        elif not s.text.lstrip().startswith("They "):
            # another subject ("Rescuers dug all night. They found no one. They said ...":
            # the rescuers still)
            acted = None
        described.extend(state_bodies(s.text, s.start, named))
        claimant: str | None = None
        speaker = ""
        silent: str | None = None
        acted_by: str | None = None
        if att.silent:
            # "Acme did not respond to a request for comment": the outlet's own voice about
            # Acme, who is kept as the silent party (or the body its spokesperson is of)
            party = att.claimant or att.group_of
            silent = mention_actor.get(party.id) if party is not None else None
        elif acting:
            # "Police declared a curfew": an act the outlet reports, of a party still listed
            acted_by = _list_acting(
                att, s.text, mention_actor, actor_names, groups, titled, article.id
            )
        elif att.claimant is not None:
            # "Saltford.com reports" in Saltford.com's own article: its own voice, no claimant
            if not own_outlet(att.claimant, article.meta.outlet):
                claimant = mention_actor.get(att.claimant.id)
        elif att.group is not None:
            body = mention_actor.get(att.group_of.id) if att.group_of is not None else None
            of = actor_names.get(body) if body else None
            person = titled_person(att.group, of, titled, article.id) if att.titled else None
            if person is not None:
                claimant = person.id  # "Freedonia's transport minister": the one the corpus names
            elif att.titled and body is not None and heads_body(att.group, att.group_of):
                claimant = body  # "Acme's chief said", no one named who heads it: Acme
            elif kind_alone(att.group) or (att.titled and fold(att.group) in HEAD_TITLES()):
                pass  # "the firm said", "the head said", pointing back to no one named: no one
                # listed
            else:
                key = group_key(att.group, of)
                actor = groups.get(key)
                if actor is None:
                    actor = groups[key] = _group_actor(att.group, of)
                groups[key] = actor = _as_body(actor, att.group, s.text)
                claimant = actor.id
                speaker = described_speaker(actor)
        topic = classifier.assign(
            s.text,
            r.context,
            informative=bool(named or r.quantities or att.cue),
            verb=att.cue,
            speaker=speaker or (speakers or {}).get(claimant or "", ""),
            earlier=earlier_date(r.dates, article.meta.published, start),
            figures=[q.kind for q in r.quantities],
            said=[kind_words(s.text, q.kind) for q in r.quantities],
            quote=att.quote,
            names=name_words(s.text, s.start, named),
            follows=cued[0] if cued and r.block_index - cued[1] <= 1 else None,
        )
        if carries(topic):
            cued = (topic.topic, r.block_index)
        out.append(
            Statement(
                article.id,
                s.id,
                s.text,
                r.block_index,
                r.sentence_index,
                topic,
                claimant=claimant,
                cue="" if att.silent or acting else att.cue,
                quote=att.quote,
                via_pronoun=att.via_pronoun,
                quantities=r.quantities,
                dates=r.dates,
                mentions=tuple(m.id for m in named),
                start=s.start,
                silent=silent,
                acted=acted_by,
            )
        )
        people = [m for m in named if m.kind == Kind.PERSON and not m.in_role]
        if att.claimant is not None and att.claimant.kind == Kind.PERSON:
            last_person = att.claimant
        elif people:
            # the sentence's subject before a name in its predicate or apposition ("Robert
            # Habeck, Scholz’s vice chancellor, supports it. “...,” he said": Habeck)
            opens = people[0].span_start - s.start <= 0 and not att.cue
            last_person = people[0] if opens else people[-1]
    return _unopened_quotation(_speaker_named_at_close(out, open_after))


def _list_acting(
    att: Attribution,
    text: str,
    mention_actor: dict[str, str],
    actor_names: dict[str, str],
    groups: dict[str, Actor],
    titled: Sequence[Actor],
    source_id: str,
) -> str | None:
    """List the unnamed group that proclaimed a state ("Police in Westport declared a
    curfew": police, of Westport) among the story's actors, as if it had spoken, though the
    sentence cites no one; a named party is listed by its name anyway, and a title ("the
    president declared") is left to the rules for the one it names. Returns the id of the
    party that acted (``Statement.acted``), found as a claimant would be: the one named, the
    one person of the corpus with the title or the body a generic head title heads, the group;
    None for a bare kind or a title pointing back to no one."""
    if att.claimant is not None:
        return mention_actor.get(att.claimant.id)
    if att.group is None:
        return None
    body = mention_actor.get(att.group_of.id) if att.group_of is not None else None
    of = actor_names.get(body) if body else None
    if att.titled:
        person = titled_person(att.group, of, titled, source_id)
        if person is not None:
            return person.id
        return body if body is not None and heads_body(att.group, att.group_of) else None
    if kind_alone(att.group):
        return None
    key = group_key(att.group, of)
    groups[key] = actor = _as_body(groups.get(key) or _group_actor(att.group, of), att.group, text)
    return actor.id


def _speaker_named_at_close(out: list[Statement], open_after: Sequence[bool]) -> list[Statement]:
    """A quotation of several sentences names its speaker after its last one ("“We will
    rebuild. We will not give up,” she said."): the sentences before, each left open with
    no speaker of its own (or one carried from an earlier sentence), are hers too."""
    for i in range(len(out) - 2, -1, -1):
        s, after = out[i], out[i + 1]
        follows = (after.block_index, after.sentence_index) == (s.block_index, s.sentence_index + 1)
        carried = s.via_pronoun or not (s.claimant or s.cue or s.silent)
        if open_after[i] and follows and carried and after.claimant:
            out[i] = replace(
                s, claimant=after.claimant, cue=after.cue, quote=True, via_pronoun=True
            )
    return out


_UNOPENED_CLOSE = re.compile(r"^[^“«\"]*(?:[.!?,]\"|[.!?,]?[”»])\s*,?\s+\S")
"""A sentence whose first quotation mark closes a quotation it never opened, with words after
it ("... bloody bruises”, Ana Ruiz noted."): the opening mark is lost or was never written
at the paragraph's start."""


def _unopened_quotation(out: list[Statement]) -> list[Statement]:
    """A paragraph that closes a quotation it never opened ("What I saw is cruelty. I call on
    the police to stop”, she stressed."): the sentences before the close, from the
    paragraph's start, are the quotation's too, when none of them has a speaker, a cue or a
    quotation mark of its own: its speaker says them all."""
    for i, s in enumerate(out):
        if not s.claimant or not _UNOPENED_CLOSE.match(s.text):
            continue
        j = i
        while (
            j > 0
            and out[j - 1].block_index == s.block_index
            and out[j - 1].sentence_index == out[j].sentence_index - 1
            and not (out[j - 1].claimant or out[j - 1].cue or out[j - 1].silent)
            and not any(mark in out[j - 1].text for mark in '“”"«»')
        ):
            j -= 1
        if j == i or out[j].sentence_index != 0:
            continue  # only a whole paragraph up to the close is one quotation
        for k in range(j, i):
            out[k] = replace(out[k], claimant=s.claimant, cue=s.cue, quote=True, via_pronoun=True)
    return out


LABEL_OUTLET = 40
"""The most characters of an outlet's name in a citation label: a longer name is cut at a
word's end (the bibliography and the source page give it whole), so that the label fits the
PDF bibliography's label column and a line of text."""


def citation_labels(articles: Sequence[Article]) -> dict[str, str]:
    """A short, unique label per source: its own, else outlet or short title, with the year.

    Anonymous works are cited by a shortened title in quotes, as in author-date styles.
    Clashes get ``a``, ``b``... ``z``, ``aa``, ``ab``... after the year.
    """
    base: dict[str, str] = {}
    for article in articles:
        meta = article.meta
        if meta.label:
            base[meta.id] = meta.label
            continue
        if meta.outlet:
            name = shorten(meta.outlet, LABEL_OUTLET)
        elif meta.title:
            words = re.sub(r"[^\w\s’'-]", "", meta.title).split()
            name = "“" + " ".join(words[:3]) + ("…”" if len(words) > 3 else "”")
        else:
            name = f"Source {meta.id[:8]}"
        year = str(meta.published.year) if meta.published else "n.d."
        base[meta.id] = f"{name} {year}"
    counts: dict[str, int] = {}
    for label in base.values():
        counts[label] = counts.get(label, 0) + 1
    seen: dict[str, int] = {}
    labels = {}
    for source_id in sorted(base):
        label = base[source_id]
        if counts[label] > 1:
            seen[label] = seen.get(label, 0) + 1
            label = f"{label}{_letters(seen[label])}"
        labels[source_id] = label
    return labels


def _letters(n: int) -> str:
    """1 -> ``a``, 26 -> ``z``, 27 -> ``aa``: as many letters as needed, like spreadsheet
    columns."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def _article_order(article: Article) -> tuple[bool, tuple[int, int, int], str]:
    published = article.meta.published
    return (published is None, published.sort_key() if published else (0, 0, 0), article.id)


def analyse(
    config: Config,
    raws: Sequence[RawArticle],
    paths: Sequence[str],
    gazetteer: Gazetteer | None = None,
    store: ReadingCache | None = None,
    overrides: OverridesFile | None = None,
) -> Briefing:
    """The whole analysis: articles in, a Briefing with claims, conflicts and grades out,
    with the analyst's overrides applied, and the briefing's own words (``[vocabulary]``)
    added to briefbook's."""
    overrides = overrides or OverridesFile()
    with extended(Extension(config.vocabulary)):
        read = apply_to_statements(read_corpus(config, raws, paths, gazetteer, store), overrides)
        return assess(read, overrides)


def read_corpus(
    config: Config,
    raws: Sequence[RawArticle],
    paths: Sequence[str],
    gazetteer: Gazetteer | None = None,
    store: ReadingCache | None = None,
    learned: bool = True,
) -> ReadCorpus:
    """Read every article: boilerplate, sentences, actors, attribution, figures, topics.
    Articles are ordered by date, then id.

    ``learned``: with a preset's topics, its learned model moves a statement to another of
    them where it is far surer than the rules (:func:`.topics.with_learned`), never emptying a
    chapter the rules filled; the training script reads without it, the rules' reading being
    one of what the model learns from.

    With a ``store``, each article's own reading (``Reading``) is looked up by a hash of its
    text, metadata, path, the gazetteer and the code, and only computed when missing.
    """
    gazetteer = gazetteer or load_gazetteer()
    pairs = zip(raws, paths, strict=True)
    if store is None:
        readings = [read(raw, path, gazetteer) for raw, path in pairs]
    else:
        g = gazetteer.fingerprint()
        readings = [read_cached(raw, path, gazetteer, g, store) for raw, path in pairs]
    readings = date_undated(sorted(readings, key=lambda r: _article_order(r.article)))
    articles = [r.article for r in readings]
    reporting = {r.article.id: r.reporting for r in readings}
    mentions = [m for a in articles for r in reporting[a.id] for m in r.mentions]
    # a lone capitalised word opening a sentence that the corpus writes in lower case
    # elsewhere is a common word ("Communication records show ..."), no one's name
    sentences = {
        (a.id, r.sentence.id): (r.sentence.text, r.sentence.start)
        for a in articles
        for r in reporting[a.id]
    }
    common = common_openers(mentions, sentences, [a.text for a in articles])
    mentions = [m for m in mentions if m.id not in common]
    # a lone word cut from the end of a longer name ("jeweller 77 Diamonds", "the 12th Hour")
    # is not a name of its own
    tails = name_tails(mentions, sentences)
    mentions = [m for m in mentions if m.id not in tails]
    # "Saltra made landfall", after "Hurricane Saltra": the storm, no actor
    storms = named_storms(mentions, [a.text for a in articles])
    mentions = [m for m in mentions if m.id not in storms]
    # the people a title names in the articles in other languages, which give no statement
    mentions += [m for a in articles for m in foreign_mentions(a, gazetteer)]
    actors, mention_actor = resolve(mentions)
    actors = owners_named(actors, mentions, mention_actor, {a.id: a.text for a in articles})
    classifier = TopicClassifier(
        config,
        [r.sentence.text for rs in reporting.values() for r in rs],
        [m.text for m in mentions if m.id in mention_actor],
    )
    groups: dict[str, Actor] = {}
    names = {a.id: a.name for a in actors}
    speakers = {a.id: described_speaker(a) for a in actors}
    people = _people_by_role(actors, mentions, mention_actor)
    start = briefing_start([a.meta.published for a in articles])
    stmts = [
        s
        for a in articles
        for s in statements(
            a,
            reporting[a.id],
            classifier,
            mention_actor,
            groups,
            names,
            people,
            speakers,
            start,
            {x.id: x.kind for x in actors},
        )
    ]
    held = speakers_topics(((s.claimant, s.topic) for s in stmts), config.defaults.background)
    stmts = [
        replace(
            s,
            topic=by_speaker(
                s.topic, held.get(s.claimant or ""), comment=s.quote and comments(s.text)
            ),
        )
        for s in stmts
    ]
    # an unnamed group ("Kenyan officials") is in the who's who only if it says something,
    # and so is an outlet: one named only as a credit, a dateline's wire or whom someone
    # told ("told Reuters") reports the story rather than acts in it
    claimants = {s.claimant for s in stmts}
    silent = {a.id for a in actors if a.kind in (Kind.GROUP, Kind.OUTLET) and a.id not in claimants}
    actors = [a for a in actors if a.id not in silent]
    mention_actor = {m: a for m, a in mention_actor.items() if a not in silent}
    stmts = [replace(s, silent=None) if s.silent in silent else s for s in stmts]
    stmts = [replace(s, acted=None) if s.acted in silent else s for s in stmts]
    all_actors = sorted([*actors, *groups.values()], key=lambda a: (a.kind.value, a.name))
    preset = preset_of(config) if learned else None
    if preset is not None:
        by_id = {a.id: a for a in all_actors}
        named = {m.id: m for m in mentions}
        dated = {a.id: a.meta.published for a in articles}
        by_model = [
            with_learned(
                preset, s.topic, statement_features(s, by_id, named, dated.get(s.source_id), start)
            )
            for s in stmts
        ]
        kept = chapters_kept([s.topic for s in stmts], by_model)
        stmts = [replace(s, topic=t) for s, t in zip(stmts, kept, strict=True)]
    return ReadCorpus(
        config,
        tuple(articles),
        tuple(stmts),
        citation_labels(articles),
        tuple(all_actors),
        tuple(mentions),
        mention_actor,
    )
