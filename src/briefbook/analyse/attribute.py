"""Who asserts each statement (the claimant) and the word that says so (the cue).

The publication is who *reported* a statement; the claimant is who *said* it. Rules, in
order, for one sentence:

1. ``according to X`` (or ``as per X``) names X, unless a quotation's own tail names its
   speaker first (``“...,” the company said, according to the Courier``); X may be a group
   behind words that qualify it (``according to the latest reports``: reports), a group
   whose figures they are (``according to police estimates``: police) or a title held by
   someone named earlier (``according to the minister``).
2. A quotation with an attribution tail (``“...,” Okafor stated.``) names the speaker.
3. Otherwise the first reporting verb outside quotation marks (said, warned, denied,
   estimated, told lawmakers...) takes as claimant its subject: a speaker named after it at
   the end of the sentence (``..., said Ana Ruiz, the mayor``), else the nearest actor
   before it that no preposition governs, asides skipped, extended over a coordination
   (``NATO, along with Canada, Japan and Chile, has condemned``) to its first member; an
   unnamed group or a title nearer the verb wins (``..., officials said``); a pronoun
   subject (``He also said``) or a definite epithet (``The career infantryman said``)
   points back to the last person named, or to the unnamed official who spoke just
   before; a document (``Acme's statement said``, ``The statement added``) speaks for
   whoever issued it (``briefbook.analyse.documents``). A verb that is negated (``have
   not disclosed``), sits in a clause about something else (``Although Roe had vowed ...,
   Lind said``; ``The statement, posted on its channel, said``) or is a participle before
   its noun is skipped, and so is a passive (``was accused``), unless it is a verb of speech
   with its agent (``More than 70 attacks were reported by the rebels``: the rebels, read as
   ``according to`` reads its source) in the sentence's own clause (not ``After the outbreak
   was confirmed by the ministry, schools closed``, nor ``..., and the army withdrew``
   after it); a sentence that opens with ``It`` and closes with an
   attribution (``It reported 66 cases, the ministry said``) takes the closing one, and so
   does one
   whose closing attribution names its speaker right after the comma (``Freedonia has
   agreed to the truce, Foreign Minister Ana Ruiz said``), an outlet's report aside
   (``Ana Ruiz announced the trial, the Courier reported``: Ruiz).
   Speakers named only by what they are (``a source close to the governor``, ``..., added
   the official``) and an outlet's check on its own work (``Reuters could not verify``):
   ``briefbook.analyse.sources``.
4. With no cue, the sentence is in the outlet's own voice: no claimant. A refusal
   (``Acme declined to comment``, ``did not respond to a request for comment``) cites no
   one either: the outlet's own voice, with Acme marked ``silent`` (the statement's
   ``silent`` party, whom a denial elsewhere may contradict).

Who the subject is, and which verb to read first: ``briefbook.analyse.subjects``; the
shapes of the sentence around the verb: ``briefbook.analyse.clauses``.

The words and shapes of reported speech: ``briefbook.analyse.reporting``; speakers described
rather than named: ``briefbook.analyse.described``; the ``Attribution`` and ``Context``
records: ``briefbook.analyse.claimant``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefbook.analyse.bodies import Description, alone, earlier_person, owned
from briefbook.analyse.claimant import Attribution, Context, has_quotation
from briefbook.analyse.clauses import (
    before_speaker,
    in_a_clause,
    in_a_title,
    inverted,
    not_done,
    post_apposed,
    refused,
    request_for_comment,
    without_asides,
)
from briefbook.analyse.described import (
    body_named_before,
    company_named_before,
    described_after,
    described_speaker,
    earlier_named,
    epithet_pointed,
    group_cited,
    group_or_description,
    one_person,
    person_pointed,
    pronoun_cited,
    state_source_after,
    tail_described,
    unnamed_group,
)
from briefbook.analyse.documents import document_speaker, named_document_issuer
from briefbook.analyse.reporting import (
    ACCORDING,
    ACTS_ON_PEOPLE,
    ADJECTIVAL,
    AILING_OF,
    ANY_TAIL_VERB,
    COMMITS,
    COMMITTED,
    CONVENED,
    CONVENING,
    CUE,
    CUE_FORMS,
    DEFINITE,
    DEFINITE_AFTER,
    DETERMINED,
    GERUND_PREPOSITIONS,
    INTRODUCED_BY,
    NOMINAL,
    NOMINAL_KIND,
    NOT_AFTER,
    NOUN_BEFORE,
    NOUN_FORMS,
    OBSERVING,
    OPENS,
    PASSIVE,
    PASSIVE_AGENTS,
    PHRASE_END,
    PROCLAIMED,
    PROCLAIMING,
    PROGRESSIVE,
    PRONOUN,
    REFUSAL_LEMMAS,
    REFUSALS,
    SOURCE_OF,
    STATE_AFTER,
    TAIL,
    TAIL_CUE,
    TOLD,
    WITNESSING,
)
from briefbook.analyse.sources import (
    after_inverted_cue,
    anonymity_spans,
    anonymous_cited,
    anonymous_source,
    checks_own_work,
    unnamed_after,
    unnamed_nouns,
)
from briefbook.analyse.subjects import (
    GROUP_BEFORE,
    GROUP_NOUN,
    GROUP_SUBJECTS,
    IT,
    JOINT_ANAPHOR,
    SPOKESPERSON,
    closing_cue,
    in_an_aside,
    in_opening_clause,
    in_order,
    inside,
    main_subject,
    members_of,
    near,
    nearer_than,
    next_clause,
    next_word,
    qualifies,
    quoted_spans,
    shared_subject_gap,
    singular,
    someone,
    speaker_candidates,
    subject_of,
    title_of_before,
    word_before,
)
from briefbook.model import Kind, Mention
from briefbook.vocabulary import alternation, derived, mapping, words


def attribute(text: str, base: int, mentions: Sequence[Mention], context: Context) -> Attribution:
    """Attribute one sentence (``text`` at article offset ``base``) given its mentions; a
    refusal to comment is marked ``silent`` (the outlet's own voice about that party)."""
    found = (
        _quoted_as(text, base, mentions, context)
        or _shared_subject(text, base, mentions, context)
        or _attribute(text, base, mentions, context)
    )
    if found.claimant is None and found.group is None and _proclaims(text):
        # "Police declared a curfew": no one is cited, but the party that acted is read as
        # the verb's subject, as for a report, to be listed among the story's actors
        acted = _shared_subject(text, base, mentions, context, acts=True) or _attribute(
            text, base, mentions, context, acts=True
        )
        if (acted.claimant is not None or acted.group is not None) and CUE_FORMS().get(
            acted.cue
        ) in PROCLAIMING():
            return replace(acted, acting=True)
    refusing = CUE_FORMS().get(found.cue) in REFUSAL_LEMMAS()
    if refusing or (found.cue in REFUSALS() and refused(text, found.cue, quoted_spans(text))):
        return replace(found, silent=True)
    return found


_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^,;“”\"]{2,80}?)\s+as\s+(?:saying|telling|stating)\b"
)
"""Whom an outlet quotes: "PTI quoted an official as saying", "the paper quoted Ana Roe as
telling": the one quoted speaks, the outlet only carries the words."""


def _quoted_as(
    text: str, base: int, mentions: Sequence[Mention], context: Context
) -> Attribution | None:
    m = _QUOTED_AS.search(text)
    if m is None or inside(m.start(), quoted_spans(text)):
        return None
    quote = has_quotation(text)
    a, b = m.span("who")
    named = sorted(
        (x for x in mentions if a <= x.span_start - base and x.end - base <= b),
        key=lambda x: x.span_start,
    )
    if named:
        return Attribution(named[0], None, "quoted", quote)
    who = m.group("who") + " "
    if re.fullmatch(r"(?:him|her)\s", who, re.IGNORECASE):
        return person_pointed(context, "quoted", quote)
    described = alone(who)
    if described is not None and described.definite:
        return described_speaker(described, "quoted", quote, context, mentions)
    person = someone(who[:1].upper() + who[1:], "said")
    if person is not None:
        return Attribution(None, person, "quoted", quote, one=True)
    group = GROUP_SUBJECTS().match(who)
    if group is not None:
        return Attribution(None, group.group("noun").casefold(), "quoted", quote)
    return None


def _shared_subject(
    text: str, base: int, mentions: Sequence[Mention], context: Context, acts: bool = False
) -> Attribution | None:
    """A verb of speech joined by "and" to the sentence's first verb shares its subject
    ("Ana Roe thanked Marco Lind and said": Ana Roe; "Freedonia's president was sworn in
    and vowed": the president): the sentence is read with the first verb's predicate left
    out ("Ana Roe said"), and the mentions found mapped back to the sentence's own."""
    quotes = quoted_spans(text)
    first = next((c for c in CUE().finditer(text) if not inside(c.start(), quotes)), None)
    gap = shared_subject_gap(text, first.start()) if first is not None else None
    if gap is None:
        return None
    a, b = gap
    # a mention named in the left-out predicate is an object, not the subject
    read, back = _left_out(mentions, base, a, b)
    found = _attribute(text[:a] + text[b:], base, read, context, acts)
    return replace(_mapped_back(found, back), quote=has_quotation(text))


def _left_out(
    mentions: Sequence[Mention], base: int, a: int, b: int
) -> tuple[list[Mention], dict[str, Mention]]:
    """The mentions of a sentence read with its characters ``a``-``b`` left out: those before
    as they are, those after moved back by the gap, none inside it; and, by id, the sentence's
    own mention each stands for (:func:`_mapped_back`)."""
    shift = b - a
    read: list[Mention] = []
    back: dict[str, Mention] = {}
    for m in mentions:
        if m.end - base <= a:
            moved = m
        elif m.span_start - base >= b:
            moved = replace(
                m, start=m.start - shift, end=m.end - shift, span_start=m.span_start - shift
            )
        else:
            continue
        read.append(moved)
        back[moved.id] = m
    return read, back


def _mapped_back(found: Attribution, back: Mapping[str, Mention]) -> Attribution:
    """``found`` in a shortened sentence, its claimant and group owner the sentence's own
    mentions again (:func:`_left_out`)."""
    return replace(
        found,
        claimant=back.get(found.claimant.id, found.claimant) if found.claimant else None,
        group_of=back.get(found.group_of.id, found.group_of) if found.group_of else None,
    )


_CLOSE = re.compile(r"[.!?]?\s*$")
_SPEECH_OPENS = re.compile(r"(?:^|[:,])\s*[“\"«]")
"""A quotation of someone's words, opening the sentence or set off by a colon or a comma
("“...,” Roe said", "Roe told reporters: “...”", "adding, “...”"), not a word or two the
outlet quotes within its own sentence ("hit by a “massive” strike")."""
_HANDOVER = derived(lambda: words("attribution", "outlet_handover"))
_HANDOVER_EMPTY = derived(lambda: words("attribution", "outlet_handover_empty"))
_HANDOVER_JOINS = derived(
    lambda: re.compile(
        r"[,;]\s+(?:" + alternation(words("attribution", "outlet_handover_joins")) + r")\b", re.I
    )
)
_CLAUSE_WORDS = derived(
    lambda: words("attribution", "subordinators") | words("attribution", "conjunctions")
)
_BETWEEN_SUBJECT_AND_VERB = derived(
    lambda: re.compile(
        r"(?:\s+(?:" + alternation(words("attribution", "subject_verb_adverbs")) + r"))*\s*"
    )
)
_TAIL_SPEAKER = re.compile(r",\s+(?P<subject>[^,;:“”\"]{1,80}?)\s+(?P<verb>[\w-]+)\s*,?\s*$")
"""A tail closing the words before the citation: ", police said, " (the verb checked)."""


def _speaks_in_main_clause(
    text: str, base: int, found: Attribution, opens: int, limit: int
) -> bool:
    """Whether ``found`` (who speaks with the citation of an outlet at ``opens``-``limit``
    left out) says the sentence's words with a verb of its own clause that the outlet only
    relays (``outlet_handover``): the sentence's tail (", police said, according to AFP") or
    a subject opening the sentence, or the clause after an opening citation, that runs
    straight into the verb ("Police said ...", "According to the Courier, Marco Lind said
    ...", "The company said ...": a name of an earlier sentence described); not a verb in
    a clause about someone ("a man who said"), after a subordinator ("When Roe said"),
    another's tail ("Soldiers fired, witnesses said"), a verb that claims nothing ("said
    nothing"), nor a sentence whose citation may cover a clause of its own (", but
    officials put the toll at 120, according to AFP")."""
    if CUE_FORMS().get(found.cue) not in _HANDOVER():
        return False
    if text[:opens].strip(' “"(').strip():
        start, end = 0, len(text[:opens].rstrip().rstrip(",").rstrip())
    else:
        start = len(text) - len(text[limit:].lstrip(" ,"))
        end = len(text)
    body = text[start:end]
    claimant = found.claimant
    described = claimant is not None and claimant.span_start < base  # "The company said"
    if claimant is not None and not described and not start <= claimant.span_start - base < end:
        return False
    subject_words = (found.group or "").casefold().split()
    tail = _TAIL_SPEAKER.search(body) if end <= opens else None
    if tail is not None and tail.group("verb") == found.cue:
        if claimant is not None and not described:
            return claimant.span_start - base >= start + tail.start("subject")
        return any(w in tail.group("subject").casefold().split() for w in subject_words)
    verb = re.search(r"\b" + re.escape(found.cue) + r"\b", body)
    if verb is None:
        return False
    before, after = body[: verb.start()], body[verb.end() :]
    if re.search(r"[,;:“”\"()—–]", before):
        return False
    if any(w.casefold() in _CLAUSE_WORDS() for w in re.findall(r"[\w’'-]+", before)):
        return False
    following = after.split()
    if following and following[0].casefold() in _HANDOVER_EMPTY():
        return False  # "Police said nothing about the cause"
    if end <= opens and _HANDOVER_JOINS().search(after):
        return False  # "..., but officials put the toll at 120, according to AFP"
    if described:
        return len(before.split()) <= 6  # an earlier name's description opens the sentence
    if claimant is not None:
        gap = body[claimant.end - base - start : verb.start()]
        return _BETWEEN_SUBJECT_AND_VERB().fullmatch(gap) is not None
    return len(before.split()) <= 4 and any(w in before.casefold().split() for w in subject_words)


def _quoted_past_outlet(
    text: str,
    base: int,
    mentions: Sequence[Mention],
    context: Context,
    start: int,
    end: int,
) -> Attribution | None:
    """Who speaks in a sentence that cites an outlet ("“...,” Ana Roe said, according to
    AFP", "According to TASS, Ana Roe told reporters: “...”", "Police said 90 were hurt,
    according to AFP"): the speaker the sentence names, read with the phrase ``start``-``end``
    that cites the outlet left out; None when that leaves no one (“a ‘massive’ blast”,
    according to AFP: the outlet's). The caller decides whether the outlet hands over to
    that speaker (a quotation, or a verb of speech that is the sentence's own)."""
    a = len(text[:start].rstrip().rstrip(",").rstrip())  # "..., according to": the comma too
    closing = _CLOSE.search(text)
    b = closing.start() if end >= len(text) and closing is not None else min(end, len(text))
    if b <= a:
        return None
    read, back = _left_out(mentions, base, a, b)  # the outlet cited is left out
    found = _attribute(text[:a] + text[b:], base, read, context)
    if found.claimant is None and found.group is None:
        return None
    if found.claimant is not None and found.claimant.kind == Kind.OUTLET:
        return None
    return _mapped_back(found, back)


def _attribute(
    text: str, base: int, mentions: Sequence[Mention], context: Context, acts: bool = False
) -> Attribution:
    """The attribution of one sentence by the rules of the module's docstring; with ``acts``,
    a verb that proclaims a state ("declared a curfew") is read as a report, for who acted."""
    quotes = quoted_spans(text)
    quote = has_quotation(text)
    candidates = speaker_candidates(text, base, mentions, quotes)
    # 1. according to X
    for acc in ACCORDING.finditer(text):
        if inside(acc.start(), quotes):
            continue
        tail = _from_quote_tail(text, base, quotes, candidates, context, quote)
        if tail is not None and tail[1] <= acc.start():
            return tail[0]  # "'...,' the company said, according to a newspaper"
        cited = _according(text, base, acc.start(), acc.end(), candidates, mentions, context, quote)
        if cited is not None:
            return cited
    # 2. a reporting noun with its source: "denials from Paris"
    for m in candidates:
        nominal = NOMINAL().search(text[: m.span_start - base])
        if nominal:
            return Attribution(m, None, nominal.group("noun").casefold(), quote)
    kind = NOMINAL_KIND().search(text)
    if kind is not None and OPENS.fullmatch(text[: kind.start()]):
        # "a statement released by the presidency assured": the body named by its kind
        described = alone(kind.group("body") + " ")
        if described is not None:
            return described_speaker(described, kind.group("noun").casefold(), quote, context)
    # 2b. what a document "reads": "The statement read: “...”", "“...,” the statement read."
    reads = _DOCUMENT_READS().search(text)
    if reads is not None and not inside(reads.start("verb"), quotes):
        before = text[: reads.start("verb")]
        at = quotes[-1][1] if quotes and quotes[-1][1] <= reads.start("verb") else 0
        issued = document_speaker(
            before[at:], base + at, candidates, context, reads.group("verb"), quote
        )
        if issued is not None:
            return issued
    # 3. a quotation followed by "X said" / "said X" / "the spokesperson said"
    tail = _from_quote_tail(text, base, quotes, candidates, context, quote)
    if tail is not None:
        return tail[0]
    # 4. the subject of the first reporting verb
    unnamed_why = anonymity_spans(text)
    cues = in_order(
        text,
        [
            c
            for c in _cues(text)
            if not inside(c.start(), quotes) and not inside(c.start(), unnamed_why)
        ],
    )
    closing = closing_cue(text, cues)
    if closing is not None and _closes_for_all(text, base, cues, closing, candidates):
        # "Freedonia has agreed to the truce, Foreign Minister Ana Ruiz said": the one who
        # closes the sentence says all of it, not its first verb's subject
        cues = [closing, *cues[:-1]]
    skip_to = 0
    for cue in cues:
        if cue.start() < skip_to:
            continue
        word = cue.group(1)
        joint = context.joint is not None and JOINT_ANAPHOR().search(text[: cue.start()])
        noun_before = NOUN_BEFORE.search(text[: cue.start()])
        if (
            word in NOUN_FORMS()
            and not joint
            and (noun_before or word_before(text, cue.start()) == "and")
        ):
            continue  # a noun, not a verb: "another storm warning", "the reports"
        if " " not in word and DETERMINED.search(text[: cue.start()]):
            continue  # "per the terms of a bailout", "a vow of transparency": a noun
        if request_for_comment(text, cue.start()):
            continue  # "did not respond to requests for comment": a noun, not a request
        if word.endswith("ed") and STATE_AFTER.match(text, cue.end()):
            continue  # "98 people confirmed dead": a state, not a report
        if (
            word.endswith("ing")
            and not quote
            and word_before(text, cue.start()) in GERUND_PREPOSITIONS()
        ):
            continue  # "jailed on charges of revealing secrets": the main clause's act reports
        if word in ADJECTIVAL() and re.search(
            r"(?:\b(?:the|a|an|its|their|his|her|our)|[’']s)\s+$", text[: cue.start()]
        ):
            continue  # "Chile's alleged support": an adjective, not a claim
        if in_opening_clause(text, cue, cues):
            continue  # "Although Roe had vowed ..., Lind said": the main clause reports
        if in_an_aside(text, cue, cues):
            continue  # "The statement, posted on its channel, said": "said" reports
        if word.endswith("ed") and qualifies(text, cue):
            continue  # "people in contact with confirmed cases": an adjective
        if PASSIVE.search(text[: cue.start()]) and word not in PROGRESSIVE():
            # "has been accused", "was called by": the subject asserts nothing ("officials
            # are urging" is no passive), though the agent of a report may ("More than 70
            # attacks were reported by the rebels": the rebels report them)
            agent = _passive_agent(text, base, cue, candidates, mentions, context, quote)
            if agent is not None and (closing is None or closing.start() <= cue.start()):
                return agent  # not before a closing attribution: "..., Geo News reported"
            continue
        if not_done(text[: cue.start()]) and (
            word not in REFUSALS() or next_clause(text, cue, cues)
        ):
            own = subject_of(text, base, cue.start(), candidates)
            if checks_own_work(CUE_FORMS().get(word), own):
                return Attribution(own, None, word, quote)  # "Reuters could not verify it"
            # "have not disclosed", "did not confirm": nothing is said; "Acme did not
            # comment, but its lawyer said": the lawyer speaks
            continue
        if word in ACTS_ON_PEOPLE() and any(
            m.kind == Kind.PERSON
            and m.span_start - base >= cue.end()
            and not text[cue.end() : m.span_start - base].strip()
            and not re.search(r"[’']s?$", text[cue.end() : m.end - base + 1].rstrip())
            for m in candidates
        ):
            continue  # "the court dismissed Prime Minister Ana Roe": an act, not a report
        if in_a_clause(text[: cue.start()], text[cue.end() :]) or (
            next_word(text, cue.end()) in NOT_AFTER()
        ):
            continue  # "the people officials believe are missing", "called off the search"
        if CUE_FORMS().get(word) in COMMITS() and COMMITTED().match(text, cue.end()):
            continue  # "Acme agreed (on Monday) to pay the fine": an act, not a report
        if CUE_FORMS().get(word) in CONVENING() and CONVENED().match(text, cue.end()):
            continue  # "the chancellor called a confidence vote": an act, not a report
        if not acts and _proclaimed(text, cue, quotes):
            continue  # "Officials declared a state of emergency": an act, not a report
        speaker = inverted(text, base, cue, candidates)
        if speaker is not None:
            return Attribution(speaker, None, word, quote)  # "..., said Ana Ruiz, the mayor"
        stated = state_source_after(text, cue, word, quote, [*context.mentions, *candidates])
        if stated is not None:
            return stated  # "..., said a Freedonian official": Freedonia's, not another's
        unnamed = unnamed_after(text, cue)
        if unnamed is not None:
            # "..., added the official, who asked not to be named"; "..., said the mayor"
            described = alone(unnamed.group(0).strip() + " ")
            if described is not None:
                return described_speaker(described, word, quote, context, candidates)
            return Attribution(None, unnamed.group("noun").casefold(), word, quote)
        body_after = described_after(text, cue) if after_inverted_cue(text, cue) else None
        if body_after is not None:
            # "Two people died, said the ministry.": the body the words describe, as when a
            # quotation stands before the verb
            return described_speaker(body_after, word, quote, context, candidates)
        close = anonymous_source(without_asides(text[: cue.start()]))
        if close is not None:
            # "..., a source close to the minister told AFP": the source, not the minister
            return Attribution(None, close, word, quote)
        subject = subject_of(text, base, cue.start(), candidates)
        if word in OBSERVING() and subject is not None and subject.kind == Kind.GOVERNMENT:
            continue  # "Japan recorded 20 cases": where it happened, not who observed it
        if word in WITNESSING() and subject is not None and subject.kind != Kind.OUTLET:
            continue  # "Shares of Acme saw steep declines": what befell them, not a report
        if subject is None and (title := title_of_before(text, base, cue.start(), candidates)):
            return described_speaker(
                title, word, quote, context, candidates
            )  # "The president of X said"
        if word.endswith("ing") and re.search(r",\s*$", text[: cue.start()]):
            # "Acme sued Beta on Friday, claiming ...": the main clause's subject claims
            first = main_subject(text, base, candidates)
            subject = first if first is not None else subject
        lead = GROUP_SUBJECTS().match(text)
        if lead and lead.end() <= cue.start() and near(text[lead.end() : cue.start()]):
            # "Officials in neighbouring Freedonia said": the officials, of Freedonia
            of = next(
                (
                    m
                    for m in mentions
                    if lead.end() < m.span_start - base < cue.start()
                    and re.fullmatch(
                        r"\s+(?:in|of|from|at|for)\s+(?:the\s+)?(?:[a-z]+\s+)?",
                        text[lead.end() : m.span_start - base],
                    )
                ),
                None,
            )
            if of is not None and (subject is None or subject.start >= of.start):
                return Attribution(None, lead.group("noun").casefold(), word, quote, group_of=of)
        before = without_asides(text[: cue.start()])
        pron = PRONOUN().search(text[: cue.start()])
        if pron and (subject is None or subject.end - base < pron.start()):
            pointed = person_pointed(context, word, quote)
            if pointed is not None:
                return pointed
        own = company_named_before(before, base, candidates) or body_named_before(
            before, base, mentions
        )
        if own is not None:
            return Attribution(own, None, word, quote, via_pronoun=True)
        nearer = nearer_than(before, subject, base)
        if nearer is not None:
            # "Gisèle Pelicot is ready, her lawyer said": the lawyer, nearer the verb
            return group_or_description(nearer, before, word, quote, context, candidates, base)
        if subject is None and IT.search(text[: cue.start()]):
            prev = _last_speaker(context)
            body = (
                prev is not None and prev.claimant is not None and prev.claimant.kind != Kind.PERSON
            )
            if prev is not None and (body or (prev.claimant is None and prev.group is not None)):
                # "It said 46 were hurt": the body that spoke last, even a sentence or two
                # in the outlet's own voice before ("He is in hospital.")
                return replace(prev, cue=word, quote=quote, via_pronoun=True)
        if subject is None and joint and context.joint is not None:
            # "Acme and Beta Corp sued on Monday. ... They claim ...": both, the first named
            return Attribution(context.joint, None, word, quote, via_pronoun=True)
        if subject is None and context.acted is not None and _THEY_OPENS().fullmatch(before):
            # "Rescuers dug all night. They said no one was alive there.": the group that
            # acted in the sentence before
            return Attribution(None, context.acted, word, quote, via_pronoun=True)
        issued = document_speaker(before, base, candidates, context, word, quote)
        if issued is not None:
            # "Acme's statement said", "The statement added": who issued it, not whom the
            # sentence is about ("Ana Ruiz was questioned, the statement said")
            return issued
        if subject is not None:
            spoke = SPOKESPERSON().search(text[: subject.start - base])
            if spoke and subject.span_start - base == spoke.start():
                # "a spokesperson for Acme said": an unnamed person speaking for Acme; "a
                # spokesperson for Freedonia's trade ministry": for that body of the state
                noun = spoke.group(0).split()[0].casefold()
                service = owned(text, base, subject, cue.start())
                if service is not None and not service.person:
                    noun = f"{service.words.casefold()} {noun}"
                return Attribution(None, noun, word, quote, group_of=subject)
            described = owned(text, base, subject, cue.start()) or members_of(
                text, base, subject, cue.start(), candidates
            )
            if described is not None:
                return described_speaker(described, word, quote, context)
            group = GROUP_BEFORE().search(before)
            if (
                subject.kind in (Kind.GOVERNMENT, Kind.PLACE)
                and group is not None
                and group.group("pre")
                and group.start("pre") == subject.span_start - base
            ):
                # "Freedonia's weather authorities said", "Saltford County health officials
                # said": the authorities, of the state or place (a body's or an outlet's own
                # people speak for it: "AFP journalists saw")
                return unnamed_group(group, word, quote, candidates, base)
            return Attribution(subject, None, word, quote)
        described = alone(before)
        if described is not None:
            return described_speaker(described, word, quote, context, candidates)
        pointed = epithet_pointed(before, context, word, quote) if subject is None else None
        if pointed is not None:
            return pointed  # "The singer-songwriter responded": the one named before
        the = DEFINITE.search(before)
        anaphor = earlier_named(the.group("head"), context) if the else None
        if anaphor is not None:
            return Attribution(anaphor, None, word, quote, via_pronoun=True)
        group = GROUP_SUBJECTS().match(text)
        if group and group.end() <= cue.start() and near(text[group.end() : cue.start()]):
            # "Officials have said", not "Rescuers dug all night, television footage showed"
            return Attribution(None, group.group("noun").casefold(), word, quote)
        unnamed = GROUP_BEFORE().search(before)
        if unnamed:
            return unnamed_group(unnamed, word, quote, candidates, base)
        if subject is None and (person := someone(before, word)) is not None:
            # "A farmer said", "Another detainee, a border guard, said": one unnamed person
            return Attribution(None, person, word, quote, one=True)
        if next_clause(text, cue, cues):
            continue  # "Voices have called for it, but on Tuesday the leader reiterated"
        if closing is not None and closing.start() > cue.start():
            # "Its only reported symptom was redness, health officials said": a verb whose
            # speaker is not found leaves the sentence to the attribution that closes it
            skip_to = closing.start()
            continue
        break
    # 5. a quotation with no attribution of its own: the previous sentence's speaker
    earlier = context.previous
    carries_on = text.lstrip().startswith(("“", "«", '"'))
    if carries_on and earlier is not None and (earlier.claimant or earlier.group):
        answer = context.person_spoke
        if (
            answer is not None
            and earlier.claimant is not None
            and earlier.claimant.kind != Kind.PERSON
            and not earlier.quote
        ):
            # "Ana Roe said ... / Acme has said it wants her gone. / “That will not
            # happen.”": the body only reported; the person who spoke before answers it
            return replace(answer, quote=quote, via_pronoun=True)
        return replace(earlier, quote=quote, via_pronoun=True)
    return Attribution(None, None, "", quote)


def _cues(text: str) -> list[re.Match[str]]:
    """The reporting verbs of a sentence, in order: those of the lexicon, and any verb in
    the past that introduces a quotation after a colon ("He continued: “...", "Ana Roe
    reacted: “...", "He went on: “...")."""
    known = [
        k
        for k in CUE().finditer(text)
        # "Tom Berg, criticized by critics for the delay, resigned": a participle that
        # describes its noun, no report of it
        if not (k.group(1).endswith("ed") and _describing_participle(text, k))
        # "complained of chest pains": what the subject suffers, no report
        and not (CUE_FORMS().get(k.group(1)) in AILING_OF() and _OF.match(text, k.end()))
    ]
    introducing = [c for c in _INTRODUCING().finditer(text) if _introduces(text, c, known)]
    return sorted([*known, *introducing], key=lambda c: c.start())


def _introduces(text: str, verb: re.Match[str], known: Sequence[re.Match[str]]) -> bool:
    """Whether a verb in the past before a colon and a quotation mark introduces the
    quotation. Not when a verb of the lexicon stands between ("paused before saying:
    “...": "saying" introduces it), nor a participle with its own agent ("a note signed by
    Tom Berg: “..."), a clause of its own ("carried banners that read: “...") or one after
    the object of another verb of the past ("found a note signed: “..."); words between
    the verb and the colon must end in something said ("released a short statement:
    “..."), not another object ("published the names of the dead: “Tom Berg, 34; ...")."""
    colon = text.index(":", verb.end(1))
    between = text[verb.end(1) : colon].split()
    return (
        not any(k.end() > verb.start(1) and k.start() < colon for k in known)
        and not _BY.match(text, verb.end(1))
        and not _RELATIVE.search(text, verb.end(1), colon)
        and not _AFTER_AN_OBJECT().search(text[: verb.start(1)])
        and (not between or between[-1].casefold() in INTRODUCED_BY())
    )


def _describing_participle(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue's -ed form follows a comma and has an agent with "by" ("Tom Berg,
    lambasted by critics, resigned"): a participle describing the noun before it."""
    return bool(re.search(r",\s*$", text[: cue.start(1)])) and bool(_BY.match(text, cue.end()))


_BY = re.compile(r"\s+(?:[a-z]+ly\s+)?by\b")
_OF = re.compile(r"\s+of\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b")
_PAST = derived(lambda: r"(?:[a-z]{3,}ed|" + alternation(words("claims", "irregular_past")) + r")")
"""A verb in the past: a regular -ed form or one of the irregular pasts ("went", "told")."""
_AFTER_AN_OBJECT = derived(lambda: re.compile(r"\b" + _PAST() + r"\s+(?:[^\s,;:.“”\"]+\s+){1,4}$"))
"""A verb of the past and its object right before a word ("found a note signed"): that
word is a participle describing the object, not the verb of the sentence's subject."""


_INTRODUCING = derived(
    lambda: re.compile(
        r"\b(" + _PAST() + r"(?:\s+on)?)(?=(?:\s+[^\s,;:.“”\"]+){0,5}?\s*:\s*[“\"«‘])"
    )
)
"""A verb in the past, with "on" ("went on"), before a colon and a quotation mark, with up
to five words of its own between ("described the chaos: “...", "concluded the oath with the
words: “..."): the quotation's speaker is its subject, whatever the verb."""


_BY_AGENT = re.compile(
    r"(?:\s+(?:[a-z]+ly|first|also|again|later|earlier|(?:on|late|early|last|this)\s+[A-Za-z]+)){0,2}"
    r"\s+by\s+(?!(?:the\s+)?(?:time|end|way|means|far|then|now|mistake|accident)\b)"
)
"""How a passive goes on to its agent: "was reported by", "was announced on Saturday by",
"were officially confirmed late Friday by" (adverbs and a time between, no object)."""
_UNDONE = re.compile(
    r"\b(?:not|never|n['’]t|to|will|would|could|can|cannot|may|might|must|should|shall)\s+"
    r"(?:(?:have|has|be|been|being|also|yet|still|[a-z]+ly)\s+){0,3}$"
)
"""A passive report negated, to come or only possible ("has not been confirmed by", "was
never confirmed by", "is expected to be confirmed by", "will be confirmed by"): no one has
said it yet."""
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose|what)\b[^,;:]*$", re.IGNORECASE)
"""A relative clause open before the passive's auxiliary ("an outbreak that was first
announced by the agency", "clashes that were described by the president as"): the report
describes a noun of the sentence, whose own claim it is not."""
_SUBORDINATE_BEFORE = derived(
    lambda: re.compile(
        r"(?:(?:^|[,;:])[\s\"“‘'(]*(?:(?:But|And|Yet),?\s+)?"
        r"(?:(?:[\w’'-]+\s+){0,3}?(?:"
        + alternation(words("attribution", "subordinator_leads"))
        + r")\s+)?(?!(?:"
        + alternation(mapping("figures", "qualifiers"))
        + r")\b)(?:"
        + alternation(words("attribution", "subordinators"))
        + r")|\b(?:"
        + alternation(words("attribution", "conjunctions"))
        + r"))\b[^,;:]*$",
        re.IGNORECASE,
    )
)
"""An adverbial clause open before the passive's auxiliary: a subordinator at the head of
its clause ("After the outbreak was confirmed by", "Days after he was accused by"), or a
conjunction anywhere in it ("The general was promoted even though he had been accused by"):
the report is a circumstance of the main clause, whose claim it is not. Not a figure's
qualifier ("As many as 70 cases were reported by the ministry": the main clause)."""
_FINITE = derived(
    lambda: re.compile(
        r"(?<![\w’'-])(?<!\b(?:the|its)\s)(?<!\btheir\s)(?<!\ban\s)(?<!\ba\s)(?:[a-z]+ed|"
        + alternation(words("claims", "irregular_past") | words("furniture", "past_forms"))
        + r")(?![\w’'-])"
    )
)
"""A finite verb read from its form: a past tense or an auxiliary, not a participle that
describes a noun ("the injured", "its armed wing")."""
_JOINED_CLAUSE = re.compile(r"(?:,\s*(?:and|but|yet|so)|;)\s+(?!by\b)(?P<clause>[^,;:]*)")
"""A clause joined to the passive's by a coordinator after a comma or by a semicolon (",
and the army withdrew"); not another agent (", and by Britain")."""


def _passive_agent(
    text: str,
    base: int,
    cue: re.Match[str],
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    context: Context,
    quote: bool,
) -> Attribution | None:
    """The agent of a report in the passive, read as the active's subject ("More than 70
    attacks were reported by the rebels", "Four deaths were confirmed by the ministry", "the
    illness has been described by the authorities as unknown"), for verbs of speech only
    (``attribution.passive_agents``: not "was called by", "was claimed by"); the agent is
    read as "according to" reads its source. None for any other passive, one in a relative
    clause ("an outbreak that was announced by the agency"), or an agent naming no one."""
    if CUE_FORMS().get(cue.group(1)) not in PASSIVE_AGENTS():
        return None
    aux = PASSIVE.search(text[: cue.start()])
    if aux is None or _RELATIVE_BEFORE.search(text[: aux.start()]):
        return None
    if _SUBORDINATE_BEFORE().search(text[: aux.start()]):
        return None  # "After the outbreak was confirmed by the ministry, schools closed"
    if _UNDONE.search(text[: cue.start()]):
        return None  # "has not been confirmed by", "is expected to be confirmed by": unsaid
    by = _BY_AGENT.match(text, cue.end())
    if by is None:
        return None
    if any(_FINITE().search(j.group("clause")) for j in _JOINED_CLAUSE.finditer(text, by.end())):
        return None  # "The strike was condemned by the UN, and the army withdrew": not all his
    cited = _according(text, base, cue.start(), by.end(), candidates, mentions, context, quote)
    if cited is None or (cited.claimant is None and cited.group is None):
        return None
    return replace(cited, cue=cue.group(1))


def _according(
    text: str,
    base: int,
    opens: int,
    opened: int,
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    context: Context,
    quote: bool,
) -> Attribution | None:
    """Who "according to X" cites, X the phrase that starts at ``opened`` (the words that
    cite it span ``opens``-``opened``); None when the phrase names no one this reads."""
    # X is the phrase up to its comma: "According to the court, Roe had been jailed"
    # cites the court, never the name the clause goes on to speak of
    limit = _phrase_end(text, opened)
    # "..., according to the statement.": the phrase closes the sentence
    closes = PHRASE_END.search(text, opened) is None
    document = SOURCE_OF().match(text, opened, limit)
    if document is not None and GROUP_SUBJECTS().match(text[opened:].lstrip()):
        document = None  # "according to reports from Freedonia": reports of Freedonia
    # "according to a statement from the ministry": the ministry, who issued it
    at = document.end() if document is not None else opened
    end = min(at + 40, limit)
    after = [m for m in candidates if at <= m.span_start - base < end]
    within = [m for m in mentions if at <= m.span_start - base < end]
    if _unsourced(text[at:]):
        return Attribution(None, None, "according to", quote)  # "according to reports,"
    close = anonymous_cited(text[at:limit])
    if close is not None:
        # "according to a source close to the minister": the source, not the minister
        return Attribution(None, close, "according to", quote)
    cited = group_cited(text, base, at, end, within)
    if cited is not None:
        return replace(cited, quote=quote)
    if after:
        of_state = _state_body_cited(text[:limit], base, after, context, quote)
        if of_state is not None:
            return of_state  # "according to Freedonia's health ministry": the ministry
        source = _cited(text, base, after)
        if source.kind == Kind.OUTLET:
            # "But, according to TASS, Ana Roe told reporters: “...”", "Police said 90 were
            # hurt, according to AFP": the outlet only carries the words of the one the
            # sentence quotes or whose verb of speech is the sentence's own (not "Acme
            # denied the reports, according to AFP": what Acme did, as the outlet tells it)
            quoted = _quoted_past_outlet(text, base, mentions, context, opens, limit)
            speech = quote and _SPEECH_OPENS.search(text) is not None
            if quoted is not None and (
                speech or _speaks_in_main_clause(text, base, quoted, opens, limit)
            ):
                return replace(quoted, quote=quote)
        return Attribution(source, None, "according to", quote)
    cited_document = _DOCUMENT_CITED().fullmatch(text, at, limit)
    if cited_document is not None:
        # "Ana Roe posted a message. According to the message, ...": who issued it, as
        # for "the message said"
        # ("Twelve died, according to the autopsy report." at the sentence's end: only a
        # document the article named with its issuer, never whoever spoke last)
        words_ = cited_document.group("words") + " "
        issued = (
            named_document_issuer(words_, context, "according to", quote)
            if closes
            else document_speaker(words_, base + at, (), context, "according to", quote)
        )
        if issued is not None:
            return issued
    after_the = DEFINITE_AFTER.match(text, at)
    anaphor = earlier_named(after_the.group("head").casefold(), context) if after_the else None
    if anaphor is not None:
        return Attribution(anaphor, None, "according to", quote)
    prev = context.previous
    if (
        after_the is not None
        and one_person(after_the.group("head").casefold())
        and prev is not None
        and prev.claimant is not None
        and prev.claimant.kind == Kind.PERSON
    ):
        # "Prime Minister Ana Roe said ... According to the official, ...": the one
        # who spoke just before, named again by what she is
        return Attribution(prev.claimant, None, "according to", quote, via_pronoun=True)
    group = GROUP_NOUN().match(text[at:].lstrip())
    if group:
        return Attribution(None, group.group("noun").casefold(), "according to", quote)
    issuer = _issuer_of_data(text[at:limit])
    if issuer is not None:
        return replace(issuer, quote=quote)
    qualified = _qualified_group(text[at:limit])
    if qualified is not None:
        return Attribution(None, qualified, "according to", quote)
    described = _described_cited(text[at:limit])
    if described is not None and not described.person:
        # "according to the health ministry", "according to the provincial weather
        # bureau": the body the words describe, as for "the ministry said" (a person's
        # title is someone who spoke before, above, or no one known)
        return described_speaker(described, "according to", quote, context, candidates)
    if described is not None and described.definite:
        # "Health Minister Ana Roe ... According to the minister, ...": the one named
        # earlier with that title, as for "the minister said"
        holder = earlier_person(described, context.mentions)
        if holder is not None:
            return Attribution(holder, None, "according to", quote, via_pronoun=True)
    cited_before = pronoun_cited(text[at:], context, quote)
    if cited_before is not None:
        return cited_before  # "according to her", "according to its estimates"
    return None


def _phrase_end(text: str, opened: int) -> int:
    """Where the phrase "according to" cites, starting at ``opened``, ends: at the punctuation
    closing it ("According to the court, ..."), or before the sentence's full stop when it
    ends the sentence ("..., according to the statement.")."""
    phrase = PHRASE_END.search(text, opened)
    if phrase is not None:
        return phrase.start()
    close = _CLOSE.search(text, opened)
    return close.start() if close is not None else len(text)


_OWNED = derived(
    lambda: re.compile(
        r"\s*(?P<owner>the\s+(?:[\w.&-]+\s+){0,3}[\w.&-]+)(?:’s|'s|’|')\s+(?:[a-z-]+\s+){0,2}?"
        r"(?:"
        + alternation(words("attribution", "source_nouns") | words("attribution", "figure_nouns"))
        + r")\s*"
    )
)
"""What a body issues that "according to" cites by its owner, "the" and up to four words
before the possessive: a finding or figure of ``source_nouns`` or ``figure_nouns`` after up
to two words ("the health ministry's figures", "the commission's latest count"); not what is
no finding of the body's ("the ministry's critics", "the company's former auditors", "the
bank's survey of economists")."""


def _described_cited(cited: str) -> Description | None:
    """The body or title "according to" cites by a description ("the health ministry", "the
    country's electoral commission"), else the owner of what it cites ("the health
    ministry's figures": the health ministry, as "according to the health ministry")."""
    cited = cited.strip().rstrip('.!?”"’')
    found = alone(cited + " ")
    if found is not None:
        return found
    m = _OWNED().fullmatch(cited)
    return alone(m.group("owner") + " ") if m is not None else None


def _proclaimed(text: str, cue: re.Match[str], quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether the cue proclaims a state that ends its object ("declared a state of
    emergency", "declared five days of mourning"), outside a quotation: an act."""
    if CUE_FORMS().get(cue.group(1)) not in PROCLAIMING():
        return False
    state = PROCLAIMED().match(text, cue.end())
    return state is not None and not inside(state.end() - 1, quotes)


def _proclaims(text: str) -> bool:
    """Whether a verb outside quotation marks proclaims a state (:func:`_proclaimed`)."""
    quotes = quoted_spans(text)
    return any(
        _proclaimed(text, cue, quotes)
        for cue in CUE().finditer(text)
        if not inside(cue.start(), quotes)
    )


_CLAUSE_OPENER = derived(
    lambda: re.compile(
        r",\s+(?:and|but|or|one|some|several|many|most|"
        + alternation(words("attribution", "subordinators"))
        + r")\b",
        re.IGNORECASE,
    )
)
"""A comma, then a word that opens a clause of its own (", while the authorities suggested",
", which Islamabad denied", ", as state media reported", ", and Freedonia said") or a part
of a group named before (", one of the sources said"): the verb after it closes that clause
or speaks for that part, not for the sentence."""


_THEY_OPENS = derived(
    lambda: re.compile(
        r"\s*They\s+(?:(?:" + alternation(words("attribution", "subject_verb_adverbs")) + r")\s+)?"
    )
)
"""A "They" that opens the sentence as the verb's subject."""


def _closes_for_all(
    text: str,
    base: int,
    cues: Sequence[re.Match[str]],
    closing: re.Match[str],
    candidates: Sequence[Mention],
) -> bool:
    """Whether the attribution closing the sentence speaks for all of it, before its first
    verb: set off by a comma with its speaker right after it ("..., Health Minister Ana
    Ruiz said on Friday"), not an outlet (whose report of what someone did or said leaves
    the words to that one: "Roe announced the trial, the Courier reported")."""
    if len(cues) < 2 or closing is not cues[-1]:
        return False
    comma = text.rfind(",", 0, closing.start())
    if comma < cues[-2].end() or _CLAUSE_OPENER().match(text, comma):
        return False
    if CUE_FORMS().get(closing.group(1)) == "report":
        return False  # what outlets do
    speaker = subject_of(text, base, closing.start(), candidates)
    return (
        speaker is not None
        and speaker.kind != Kind.OUTLET
        and speaker.start - base > comma
        # the speaker itself, not a word of its description ("a key U.S. ally announced")
        and re.fullmatch(
            r"\s+(?:(?:also|has|have|had)\s+)*", text[speaker.end - base : closing.start()]
        )
        is not None
    )


_QUALIFIERS = re.compile(r"\s*(?:(?:the|some|many|several|other)\s+)?")
_QUALIFIER = re.compile(r"(?!(?:of|from|by|to|in|on|at|for|with|and|or)\s)[a-z][a-z-]*\s+")
_PHRASE_CLOSES = derived(
    lambda: re.compile(
        r"\s*(?:$|[,.;:!?)”\"’]|(?:in|of|from|at|for|on|with|who|which|that|and|"
        + alternation(words("attribution", "issued_by"))
        + r")\b)"
    )
)
"""What may follow the words "according to" cites: the phrase's end, or what goes on to
place or describe them ("according to local residents in the north", "according to official
figures updated on Sunday")."""


_UNSOURCED = derived(
    lambda: re.compile(
        r"\s*(?:"
        + alternation(words("attribution", "unsourced_nouns"))
        + r")\s*(?:$|[,.;:!?)”\"’])"
    )
)
"""What "according to" cites when it names no one: "reports" alone, with nothing saying whose
or from where."""


def _unsourced(cited: str) -> bool:
    """Whether "according to" cites no source at all ("According to reports, the plant was
    hit"): the outlet's own voice, not a group; "according to local reports" or "reports
    from the capital" still cite the media of a place."""
    return _UNSOURCED().match(cited) is not None


def _qualified_group(cited: str) -> str | None:
    """An unnamed group that "according to" cites behind a determiner and up to two words
    that qualify it: "according to the latest reports", "according to legal experts",
    "according to unconfirmed local reports" (reports, experts): the words cite the group
    whatever is said of it."""
    opening = _QUALIFIERS.match(cited)
    at = opening.end() if opening is not None else 0
    for _ in range(3):
        group = GROUP_NOUN().match(cited[at:])
        if group is not None and _PHRASE_CLOSES().match(cited, at + group.end()):
            return group.group("noun").casefold()
        word = _QUALIFIER.match(cited, at)
        if word is None:
            return None
        at = word.end()
    return None


_ISSUER_DATA = derived(
    lambda: re.compile(
        r"\s*(?:the\s+)?(?:[a-z]+\s+)?(?P<who>[a-z]+)\s+(?:"
        + alternation(words("attribution", "source_nouns"))
        + r")\b"
    )
)
"""Figures named by who issued them: "police estimates", "the latest police figures"."""


def _issuer_of_data(cited: str) -> Attribution | None:
    """Who issued the figures "according to" cites when the word before the noun is an
    unnamed group: "according to police estimates", "according to the latest police
    figures" (police), or says who issued them without a name ("according to government
    data": the government)."""
    m = _ISSUER_DATA().match(cited)
    if m is None or not _PHRASE_CLOSES().match(cited, m.end()):
        return None
    who = m.group("who")
    if who in words("attribution", "group_subjects"):
        return Attribution(None, who, "according to", False)
    issuers = mapping("attribution", "issuing_words")
    if who in issuers:
        # "according to government data": the government, unnamed
        return Attribution(None, str(issuers[who]), "according to", False)
    return None


def _last_speaker(context: Context) -> Attribution | None:
    """Whom "it" points back to: the sentence before's speaker, else the
    last speaker of the paragraph or the two before when only the outlet's own sentences
    came between (news writing keeps one source's facts together: "The ministry
    said a man was infected. / He is in hospital. / He had travelled, it said.")."""
    prev = context.previous
    if prev is not None and (prev.claimant is not None or prev.group is not None):
        return prev
    return context.spoke_last


def _state_body_cited(
    phrase: str, base: int, after: Sequence[Mention], context: Context, quote: bool
) -> Attribution | None:
    """The body of a state that "according to" cites by the state's possessive and the body's
    kind, with no name of its own ("according to Freedonia's health ministry"): that body
    of the state, as for "Freedonia's health ministry said", not the state. A person's
    title is left to the rules for the person named ("according to the Freedonian
    president"). ``phrase`` is the sentence up to the end of what "according to" cites."""
    first = min(after, key=lambda m: m.start)
    if first.kind not in (Kind.GOVERNMENT, Kind.PLACE) or not _STATE_POSSESSIVE.match(
        phrase, first.end - base
    ):
        return None
    words = phrase.rstrip(' .!?”"’)') + " "
    described = owned(words, base, first, len(words))
    if described is None or described.person:
        return None  # a title ("according to the White House spokesperson"): as before
    return described_speaker(described, "according to", quote, context)


_DOCUMENT_CITED = derived(
    lambda: re.compile(
        r"\s*(?P<words>the\s+(?:[\w-]+\s+){0,2}?(?:"
        + alternation(words("attribution", "document_nouns"))
        + r"))\s*",
        re.IGNORECASE,
    )
)
"""A document "according to" cites by its noun alone, the whole phrase: "according to the
statement", "according to the joint communique"."""


_STATE_POSSESSIVE = re.compile(r"[’']s?\s")
"""A state's possessive after its name: "Freedonia's", "the Philippines' "."""


def _cited(text: str, base: int, after: Sequence[Mention]) -> Mention:
    """Who "according to" cites: the first name after it, or the one its possessive
    introduces ("according to Freedonia's Weather Council": the council, not the state;
    "according to Acme's chief executive Ana Roe": Roe)."""
    first = min(after, key=lambda m: m.start)
    owned_by = [
        m
        for m in after
        if m.start > first.start
        and _POSSESSIVE.fullmatch(text[first.span_start - base : m.span_start - base])
    ]
    return min(owned_by, key=lambda m: m.start) if owned_by else first


_DOCUMENT_READS = derived(
    lambda: re.compile(
        r"\b(?:" + alternation(words("attribution", "document_nouns")) + r")s?\s+"
        r"(?P<verb>reads?)\s*(?::|[.,]?[”\"]?\s*$)",
        re.IGNORECASE,
    )
)
"""A document's words given by "read", a cue only after a document's noun and before what
it says (a colon) or at the sentence's end: "The statement read: “...”", "“...,” the joint
statement read." ("She read the statement" reports nothing)."""


_POSSESSIVE = re.compile(r"[\w.\- ]+?[’']s?\s+(?:[a-z][a-z-]*\s+){0,3}")
"""A name, its possessive and up to three words before the name it owns: "Acme's ",
"Freedonia’s chief executive "."""


def _tail_group_nouns() -> str:
    nouns = unnamed_nouns() | words("attribution", "anonymous_sources")
    return alternation(sorted(nouns, key=len, reverse=True))


_GROUP_WORDS = (
    r"(?:(?:the|an?|one|another|two|three|several|some|many)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
)
"""A determiner and up to two words before an unnamed group's noun ("the two senior")."""
_TAIL_GROUP_BEFORE = derived(
    lambda: re.compile(
        r"\s*" + _GROUP_WORDS + r"(?P<noun>" + _tail_group_nouns() + r")\s+"
        r"(?:(?:also|later|then|have|has|had)\s+)*",
        re.IGNORECASE,
    )
)
_TAIL_GROUP_AFTER = derived(
    lambda: re.compile(
        r"\s+" + _GROUP_WORDS + r"(?P<noun>" + _tail_group_nouns() + r")"
        r"(?=\s*(?:[,.;:!?]|$)|\s+(?:who|close|familiar|briefed|in|of|from|at|for|with)\b)",
        re.IGNORECASE,
    )
)
"""An unnamed group or source in a quotation's tail, before its verb ("'...,' witnesses
said", "'...,' the source claimed") or after it ("'...,' said the source, who ...")."""


_TAIL_MEMBER = derived(
    lambda: re.compile(
        r"\s*(?:the|an?|one|another)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>"
        + _tail_group_nouns()
        + r")\s+(?:on|aboard|in|at|inside|near)\s+(?:the\s+|an?\s+)?",
        re.IGNORECASE,
    )
)
"""An unnamed person in a quotation's tail, then where he was, before a name: "a passenger
on the Acme flight", "a resident in Westport"."""


def _opens_with_quotation(text: str, quotes: Sequence[tuple[int, int]], end: int) -> bool:
    """Whether the quotation that closes at ``end`` opens the sentence and closes with a
    comma, a question or an exclamation mark inside its marks ("“We will rebuild,” ...")."""
    first = quotes[0] if quotes else None
    return (
        first is not None
        and first[1] == end
        and not text[: first[0]].strip()
        and text[end - 2 : end - 1] in (",", "?", "!")
    )


def _ends_tail(text: str, rest_start: int, cue: re.Match[str]) -> bool:
    """Whether a verb outside the lexicon after an opening quotation ends its tail as its
    attribution: no passive or "as" before it ("“The Iron Lady,” as Ana Roe was dubbed"),
    and nothing after it but a place, its speaker's name or the end of the sentence (not
    "“Westport Rising,” the movement Ana Roe founded, has 10,000 members")."""
    before = text[rest_start : cue.start(1)]
    if _TAIL_PASSIVE.search(before) or re.match(r"\s*as\b", before):
        return False
    after = text[cue.end(1) :]
    return bool(_TAIL_END().fullmatch(after)) or bool(re.match(r"\s+[A-Z]|,\s+[a-z]+ing\b", after))


_TAIL_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")
_TAIL_END = derived(
    lambda: re.compile(
        r"(?:\s+(?:"
        + alternation(words("attribution", "prepositions"))
        + r")\b[^,;:“”\"]*)?\s*[.!?]*[”\"’]?\s*"
    )
)
"""What may follow the verb of a tail to the end of its sentence: a place or time ("...
the crowd chanted in the square.")."""


def _tail_group(text: str, rest_start: int, cue: re.Match[str]) -> str | None:
    """The noun of the unnamed group that a quotation's tail names as its speaker, the whole
    of the words around the verb (nothing else may name someone there)."""
    before = text[rest_start : cue.start(1)]
    m = _TAIL_GROUP_BEFORE().fullmatch(before) if before.strip() else None
    if m is None and not before.strip():
        m = _TAIL_GROUP_AFTER().match(text, cue.end())
    return m.group("noun").casefold() if m is not None else None


def _from_quote_tail(
    text: str,
    base: int,
    quotes: Sequence[tuple[int, int]],
    candidates: Sequence[Mention],
    context: Context,
    quote: bool,
) -> tuple[Attribution, int] | None:
    """The speaker of a quotation named in the tail after it ("...,” Okafor stated", "said
    Okafor", "he said", "the spokesperson said"), and where that tail's verb ends."""
    for _, b in quotes:
        tail = TAIL.match(text, b - 1)
        if tail is None:
            continue
        rest_start = tail.start("rest")
        cue = TAIL_CUE().match(text, rest_start)
        if cue is None and _opens_with_quotation(text, quotes, b):
            # "“...,” Ana Roe quipped", "“...,” worries Ana Roe": the place after a quotation
            # that opens the sentence is its attribution, whatever the verb of speech
            cue = ANY_TAIL_VERB().match(text, rest_start)
            if cue is not None and not _ends_tail(text, rest_start, cue):
                cue = None
        if cue is None:
            continue
        speakers = [
            m
            for m in candidates
            if rest_start <= m.start - base < cue.end() + 40
            # "..., he told AFP": who is told is not who speaks
            and not (m.start - base >= cue.end() and cue.group(1) in TOLD)
            # "said Okafor, the mayor", not "said, according to the Courier"
            and not (
                m.span_start - base >= cue.end()
                and not re.fullmatch(r"\s*(?:the\s+|by\s+)?", text[cue.end() : m.span_start - base])
                and not before_speaker(text[cue.end() : m.span_start - base], m)
            )
        ]
        speakers = [m for m in speakers if not in_a_title(text, base, m, speakers)]
        member = _TAIL_MEMBER().match(text[rest_start:]) if speakers else None
        if member is not None and member.end() == speakers[0].span_start - base - rest_start:
            # "'...,' a passenger on the Acme flight told": the passenger, where he was
            # (the body whose plane or place it is says nothing)
            noun = member.group("noun").casefold()
            return Attribution(None, noun, cue.group(1), quote), cue.end()
        # "'...,' said Tom's father, Jan Berg": the person the post describes, not the name
        # in it
        apposed = [
            m
            for m in candidates
            if m.span_start - base >= cue.end()
            and post_apposed(text[cue.end() : m.span_start - base], m)
        ]
        if apposed or speakers:
            first = (apposed or speakers)[0]
            verb = cue.start(1)
            described = owned(text, base, first, verb) if first.end - base <= verb else None
            if described is not None:
                # "'...,' Acme officials said", "'...,' Freedonia's interior ministry said":
                # who the name's words describe, of that body or state
                return described_speaker(described, cue.group(1), quote, context), cue.end()
            return Attribution(first, None, cue.group(1), quote), cue.end()
        described = alone(text[rest_start : cue.start(1)]) or described_after(text, cue)
        if described is not None and not re.match(r"\s*(he|she)\b", text[rest_start:], re.I):
            # "'...,' the company said", "'...,' said the dockers' union": who the words
            # describe, the speaker before only if the words fit it
            return tail_described(described, cue.group(1), quote, context), cue.end()
        words_before = text[rest_start : cue.start(1)]
        said = cue.group(1)
        issued = document_speaker(words_before, base + rest_start, candidates, context, said, quote)
        if issued is not None:
            # "'...,' the statement said": who issued it; before the groups, so that
            # "'...,' the report said" is its issuer's and not the unnamed "reports"
            return issued, cue.end()
        group = _tail_group(text, rest_start, cue)
        if group is not None:
            # "'...,' said the source, who spoke on condition of anonymity", "'...,'
            # witnesses said": the unnamed group, or the one of it who spoke just before
            prev = context.previous
            if (
                prev is not None
                and prev.group is not None
                and prev.group.split()[-1]
                in (
                    group,
                    singular(group),
                )
            ):
                return replace(prev, cue=cue.group(1), quote=quote, via_pronoun=True), cue.end()
            return Attribution(None, group, cue.group(1), quote), cue.end()
        pron = re.match(r"\s*(he|she)\b", text[rest_start:], re.IGNORECASE)
        pointed = person_pointed(context, cue.group(1), quote) if pron else None
        if pointed is not None:
            # "A police spokesman said ... “They are stable,” he said": the spokesman again
            return pointed, cue.end()
        if (
            re.match(r"\s*the\s+\w+", text[rest_start:], re.IGNORECASE)
            and context.previous is not None
        ):
            prev = context.previous
            if prev.claimant is not None or prev.group is not None:
                found = Attribution(
                    prev.claimant, prev.group, cue.group(1), quote, via_pronoun=True
                )
                return found, cue.end()
    return None
