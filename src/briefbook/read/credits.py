"""Credits and captions on a web news page, for the readers of page furniture.

Agencies' names alone or signing a paragraph, credit lines ("Reporting by ...", desk
initials, a writer's address), a picture's credit ("AP Photo/Jane Roe", "[Photo/Agencies]")
and the caption it closes or stands under, where someone stands in a picture ("(L)"), a
line shown twice (a picture's alternative text and its caption), and a box about the writer
or the agency under the byline. The words are in ``data/vocabulary/furniture.toml``.
"""

from __future__ import annotations

import re

from briefbook.read.date_forms import WEEKDAY_NAMES
from briefbook.read.datelines import MONTH
from briefbook.read.segment import RawBlock, normalise, split_sentences
from briefbook.read.shape import REPORTED, opening_with, tells_who_said, unpunctuated, word_count
from briefbook.read.verdict import Verdict
from briefbook.vocabulary import alternation, derived, ordered, words

AGENCIES = derived(lambda: words("furniture", "agencies"))
_CREDIT_PHRASE = derived(
    lambda: re.compile(
        r"\b(" + alternation(ordered("furniture", "credit_phrases")) + r")\b", re.IGNORECASE
    )
)
_CREDIT_OPENER = derived(
    lambda: re.compile(
        r"^[\s(\[—–-]*(?:"
        + alternation(ordered("furniture", "credit_openers")).replace(":", r"\s*:")
        + r")(?:(?<=\W)|(?!\w))",
        re.IGNORECASE,
    )
)
"""How a credit line begins: "Reporting by ...", "(With AFP)", "Source: AFP"; a word ends
there ("With APEC leaders ..." opens a sentence)."""
_DASHED_OPENER = derived(
    lambda: re.compile(
        r"^[\s(\[]*(?:"
        + alternation(o[:-1] for o in ordered("furniture", "credit_openers") if o.endswith(":"))
        + r")\s*[–—-]\s*(?P<rest>\S.*)$",
        re.IGNORECASE,
    )
)
"""A credit opener with a dash where its colon goes ("Source – AFP"): a credit only before an
agency's name alone; "Sources – two port officials – said ..." is a sentence."""
_WITH_AGENCY = re.compile(r"^[\s(\[—–-]*with\s+(?!inputs\b)", re.IGNORECASE)
"""A credit naming the agencies a report drew on ("(With AFP)", "With agencies") is that
alone: "With agencies stretched thin, volunteers ran the shelters." is a sentence."""
END_MARKS = derived(lambda: words("furniture", "end_marks"))
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\[email\s+protected\]", re.IGNORECASE)
"""A writer's address closing the report ("jane@courier.com"), or the one a page hides."""
_CAPTION_PHRASE = opening_with("caption_phrases", r"(?=[\s,])")
_SHOWN = derived(
    lambda: re.compile(
        r"^(?:"
        + alternation(ordered("furniture", "caption_demonstratives"))
        + r")\b[^.!?;:,]{0,60}?\b(?:"
        + alternation(ordered("furniture", "caption_show_verbs"))
        + r")\b",
        re.IGNORECASE,
    )
)
"""A picture named by a demonstrative with the verb that shows in the same clause ("Esta foto
cedida por un vecino muestra ..."); the demonstrative alone opens reports too."""
CAPTION = derived(
    lambda: re.compile(
        r"^[\[(]?\s*(?:" + alternation(ordered("furniture", "caption_openers")) + r")"
        r"\s*(:|/|credit\b)",
        re.IGNORECASE,
    )
)
"""A caption or its credit by its opening word, bare or in brackets ("Photo: ...", "[Foto:
Jane Roe] / Dockers on the quay.")."""
_PICTURE = derived(lambda: alternation(ordered("furniture", "picture_words")))
_PICTURE_NOTE = derived(lambda: alternation(ordered("furniture", "picture_notes")))

_PICTURED = derived(
    lambda: re.compile(
        rf"^(?:in\s+)?(?:this|these)\s+(?:[\w-]+\s+){{0,3}}(?:{_PICTURE()})\b", re.IGNORECASE
    )
)
"""A caption that names its picture as its subject, however the picture is described: "This
handout satellite image ... shows", "In this undated family photo ..."."""
_PICTURED_AFTER = derived(
    lambda: re.compile(
        rf",\s+in\s+(?:this|these)\s+(?:[\w-]+\s+){{0,3}}(?:{_PICTURE()})\b", re.IGNORECASE
    )
)
"""A caption that names its picture after what it shows, as wire captions end: "Crews clear
the quay in Porto, in this handout photo released by the port on May 3"."""


_IRREGULAR_PAST = derived(lambda: words("claims", "irregular_past"))
_PAST_FORMS = derived(lambda: words("furniture", "past_forms") | _IRREGULAR_PAST())
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_ED = re.compile(r"[^\W\d_]{2,}ed")
_DESCRIBING = derived(lambda: words("furniture", "describing_before_ed"))
"""Words before an "-ed" word that make it describe ("an injured man", "on restored tracks")."""
_PLACE_THEN_DAY = re.compile(
    rf"\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][^.!?]*?(?:,\s*|\s+on\s+)"
    rf"(?:(?:{WEEKDAY_NAMES}),?\s+(?={MONTH}))?"
    rf"(?:{WEEKDAY_NAMES}|(?:{MONTH})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?)\.?\s*$"
)
"""A caption's close: where the picture was taken, then its day ("... in Toulouse, southern
France, on Thursday.", "... at the port on May 3, 2031.", "... in Porto, Russia, Saturday."),
its weekday before its date or not ("... at the port on Friday, May 3, 2031.", "... on Friday
May 3, 2031.")."""


_WIRE_DAY = re.compile(
    rf",\s*(?:{WEEKDAY_NAMES}),\s*(?:{MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}"
    rf"(?:,?\s+(?:in|at|near|outside|on)\s+[^.!?]{{1,80}})?\.?\s*$"
)
"""A wire caption's close: the day the picture was taken, set off by commas with its weekday
and its year, where it was taken after it or not ("... in Porto, Freedonia, Friday, May 3,
2031.", "... are shown, Sunday, May 5, 2031, in Porto."). A report says "on Friday" or "on
May 3", never the weekday, the date and the year in apposition."""


def wire_caption(body: str) -> bool:
    """Whether a paragraph opens with a wire caption: its first sentence, quoting and
    reporting no one, closes with the picture's day in apposition (see ``_WIRE_DAY``); the
    sentences after it give the story's context, as the wires write it, and are the
    caption's too."""
    spans = split_sentences(body.strip())
    if not spans or len(spans) > 4 or word_count(body) > 100:
        return False
    first = body.strip()[spans[0].start : spans[0].end]
    return (
        first[:1].isupper()
        and word_count(first) >= 6
        and not REPORTED().search(first)
        and bool(_WIRE_DAY.search(first))
    )


_POSSESSIVE = derived(lambda: words("furniture", "possessive_before_ed"))
"""Words before an "-ed" word that make it describe in a paragraph ("our dedicated team")."""
_AGENT_WORDS = ("by", "with")
_OUTLET = derived(lambda: words("furniture", "outlet_pronouns"))


def _describes_its_subject(found: list[str], at: int) -> bool:
    """Whether the capitalised word at ``at`` opens a participle's phrase whose agent is not
    the outlet ("Led by its editor, ...", "Backed with state funds, ..."): "Contacted by us,
    ..." and "Confronted with our findings, ..." tell the outlet's own reporting."""
    after = [w.casefold() for w in found[at + 1 : at + 3]]
    return len(after) == 2 and after[0] in _AGENT_WORDS and after[1] not in _OUTLET()


def tells_of_the_past(sentence: str, auxiliaries: bool = True, every_word: bool = False) -> bool:
    """Whether a sentence holds a verb in the past: an irregular past ("saw", "did"), a word
    in "-ed" that no determiner or preposition stands before ("an injured man", "on restored
    tracks" describe), and, with ``auxiliaries``, an auxiliary or a verb whose past is its
    present (``past_forms``: "is", "will", "hit", "read"). A capitalised word is a name or a
    month ("Fried", "May"), or a caption's subject, and tells nothing.

    Without ``auxiliaries`` only a verb that can be nothing but past counts: the page's
    pitch speaks in the present and the future ("We will update this story", "Read on") and
    asks its reader to "read"; the outlet's own report tells what happened ("We have seen
    documents showing the cranes failed", "As we reported on Monday").

    With ``every_word`` (a paragraph, not a caption) capitalised words count too, as does
    any word in "-ed" of four letters or more whatever stands before it: a paragraph of the
    outlet's own reporting opens with a participle ("Contacted by us, the ministry would not
    comment.") or tells it with a short one ("We used drone footage to map the damage.");
    a capitalised participle that someone else's "by" or "with" follows describes the
    subject of a sentence in the present ("Led by its editor, the team covers ..."), and an
    "-ed" word after a possessive describes ("their shared passion")."""
    forms = _PAST_FORMS() if auxiliaries else _IRREGULAR_PAST()
    found = _WORDS.findall(sentence)
    for at, (before, word) in enumerate(zip(["a", *found], found, strict=False)):
        low = word.casefold()
        if word[:1].isupper() and (not every_word or _describes_its_subject(found, at)):
            continue
        if low in forms:
            return True
        if every_word and _ED.fullmatch(word) and before.casefold() not in _POSSESSIVE():
            return True
        if low.endswith("ed") and len(low) > 4 and before.casefold() not in _DESCRIBING():
            return True
    return False


_PERFECT = derived(lambda: words("furniture", "perfect_auxiliaries"))
_SIMPLE_PAST = frozenset({"was", "were"})


def tells_in_the_simple_past(sentence: str) -> bool:
    """Whether a sentence narrates in the simple past, as a report's lead does ("Dockers
    walked out on Monday.", "The port was shut."): "was" or "were", or a past form (an
    irregular past, a word in "-ed" that no determiner or preposition stands before) with no
    auxiliary of the perfect or the passive in the two words before it ("has been
    restored", "have now walked out", "is closed" sum up a result, as a standfirst or a
    caption does). A capitalised word is a name and tells nothing."""
    found = _WORDS.findall(sentence)
    for at, word in enumerate(found):
        low = word.casefold()
        if word[:1].isupper() and at > 0:
            continue
        if low in _SIMPLE_PAST:
            return True
        before = [w.casefold() for w in found[max(0, at - 2) : at]]
        past = low in _IRREGULAR_PAST() or (
            low.endswith("ed") and len(low) > 4 and (not before or before[-1] not in _DESCRIBING())
        )
        if past and not any(w in _PERFECT() for w in before):
            return True
    return False


def scene_caption(body: str) -> bool:
    """Whether a paragraph is a picture's caption by its grammar: one sentence of ten words
    or more that quotes and reports no one, tells what it shows in the present ("Protesters
    run from tear gas ...", "Investigators examine the wreck ..."), no verb in the past, and
    closes with the place and the day the picture was taken ("... in Toulouse on
    Thursday."). A report tells of a day's events in the past."""
    body = body.strip()
    return (
        body[:1].isupper()
        and len(split_sentences(body)) == 1
        and 10 <= word_count(body) <= 45
        and not REPORTED().search(body)
        and bool(_PLACE_THEN_DAY.search(body))
        and not tells_of_the_past(body)
    )


_TAKEN = derived(
    lambda: re.compile(
        rf"^(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_PICTURE()})\s+taken\b[^.!?]*\bshows\b",
        re.IGNORECASE,
    )
)
"""A caption that names its picture by when it was taken, as the wires write it: "A picture
taken on May 3 shows the burnt gate of the port"."""


def caption_phrase(body: str) -> bool:
    """Whether a line opens as a caption that describes its picture, or names its picture
    after what it shows (", in this handout photo released by ..."), or by when it was
    taken ("A picture taken on May 3 shows ...")."""
    return bool(
        _CAPTION_PHRASE().match(body)
        or _SHOWN().match(body)
        or _PICTURED().match(body)
        or _PICTURED_AFTER().search(body)
        or _TAKEN().match(body)
    )


_AGENCY = derived(lambda: r"(?<![\w-])(?:" + alternation(AGENCIES()) + r")(?![\w-])")
_CODE = r"[\w-]{2,12}"
_CODES = derived(lambda: rf"(?:{_CODE}\s*/\s*)*(?:{_AGENCY()})(?:\s*/\s*{_CODE})*")
"""Agencies' codes joined by slashes, one of them known ("dpa/XNA", "XNA/AFP"): an agency
and its partner signing the copy, not who took a picture ("Jane Roe/AFP")."""
_PERSON = r"[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3}"
"""A person's name as a credit gives it: two to four capitalised words."""
PICTURE_CREDIT = derived(
    lambda: re.compile(
        rf"\((?:{_PICTURE()})\b[^()]*\)\s*$"  # "(Photo by Jane Roe / AFP)"
        # "[Jane Roe/Palm Beach Post via Reuters]"
        rf"|[(\[](?!\s*(?:{_CODES()})\s*[)\]])[^()\[\]]*(?:/|\bvia\b)\s*[^()\[\]]*(?:{_AGENCY()})[^()\[\]]*[)\]]\.?\s*$"
        rf"|\b(?:{_AGENCY()})\s*(?:{_PICTURE()})\s*/\s*\w"  # "AP Photo/Lewis Joly"
        # "Photo by Jane Roe/AFP via Getty Images.": the bracket's credit on a line of its own
        rf"|^(?:{_PICTURE()})\s+by\s+[^.!?()]{{2,60}}(?:/|\bvia\b)[^.!?()]*?"
        rf"(?:{_AGENCY()})(?:\s+via\s+[^.!?()]{{2,30}})?\.?$"
        # "REUTERS/Jane Roe"; "(dpa/XNA)", wherever it stands, is an agency and its partner;
        # "a Reuters/Ipsos poll found ..." names a poll, its noun in lower case after it
        # two agencies joined so ("according to Sputnik/RIA Novosti") are sources, not a
        # photographer
        rf"|\b(?:{_AGENCY()})/(?!(?:{_AGENCY()})(?![\w-]))[A-Z][\w-]+"
        rf"(?![\w-]*\s*[)\]])(?![\w-]*\s+(?-i:[a-z]))"
        rf"|\bfile photo:"  # "FILE PHOTO: ..."
        # "... Image Credit: AFP", "... Photo: Jane Roe/Courier/Getty Images"
        rf"|(?:^|[.|/]\s*)(?:{_PICTURE()})(?:\s+credit)?\s*[:/]\s*[^.:/][^.:]{{1,80}}$"
        # "... in Porto Photo: Jane Roe (Getty Images)": glued to its caption, no stop between
        rf"|\s(?-i:(?=[A-Z]))(?:{_PICTURE()})(?:\s+credit)?\s*:\s*[^.:]{{2,90}}$"
        rf"|\(\s*(?:{_AGENCY()})\s*:\s*[^()]{{2,50}}\)\s*$"  # "( Reuters: Jane Roe )"
        # "(Jane Roe/The Courier)", "(Jane Roe/for The Courier)": the photographer's name and
        # the paper she took it for, after a slash, closing the caption
        rf"|\((?-i:{_PERSON}\s*/\s*(?:for\s+(?:The\s+)?|The\s+)[A-ZÀ-Þ][^()/]{{1,50}})\)\.?\s*$"
        # "(Jane Roe/Courier)", "(Jane Roe/PA)": a name and its agency or paper after a slash
        # in a bracket that closes the line with no stop after it, as a caption ends; a
        # sentence closes its own bracket with its stop ("... (Labour Party/Green Party).")
        rf"|\((?-i:{_PERSON}\s*/\s*[A-ZÀ-Þ][^()/.!?]{{0,40}})\)\s*$"
        rf"|^\(?\s*(?:{_AGENCY()})\s+(?:{_PICTURE()})\s*\)?$"  # "(Reuters photo)", "AP PHOTO"
        rf"|\|\s*[^|]{{2,60}}/\s*[^|]{{2,40}}$"  # "... | Jane Roe/AFP"
        # "/ AFP via Getty Images": a credit whose photographer's name the page dropped
        rf"|^/\s*(?:[^/.!?]{{0,40}}\s)?(?:{_AGENCY()})(?![\w-])[^.!?]{{0,40}}$"
        rf"|\(\s*(?:{_PICTURE_NOTE()})\s*\)\s*$"  # "... on Monday. (Representational)"
        rf"|\([^()]{{1,40}}\s(?:{_PICTURE()})\s*\)\s*$",  # "... (Courier file photo)"
        re.IGNORECASE,
    )
)
BRACKET_CREDIT = derived(
    lambda: re.compile(
        rf"[(\[](?:{_PICTURE()})\s*/[^()\[\]]{{1,40}}[)\]]\s*$"  # "[Photo/Agencies]"
        r"|(?-i:\[[A-Z][A-Z0-9 .&/-]{1,40}\])\s*$"  # "... on Tuesday. [NEWS AGENCY PHOTO]"
        r"|\s©\s*[^©.!?\s][^©.!?]{1,50}$"  # "... on Tuesday. © REUTERS"
        # "... on Tuesday. Credit: AP", "... on Tuesday (Credit: AP)"
        r"|[\s(\[](?-i:Credit)\s*:\s*\S[^.!?]{0,60}$"
        # "... on Tuesday. — Courier pic", "... on Tuesday - Copyright AFP Jane Roe"
        rf"|\s[—–-]\s*(?:(?:{_AGENCY()})\s+(?:pic|{_PICTURE()})|copyright\s[^.!?]{{2,50}})\s*$"
        rf"|[.!?]\s+(?:{_AGENCY()})\s+(?:{_PICTURE()})(?:\s[^.!?]{{0,30}})?$",  # ". AP photo May 3"
        re.IGNORECASE,
    )
)
"""A credit closing a caption: in brackets, after a copyright sign, or glued to its last
word after a credit word or a dash ("Credit: AP", "— AFP pic", "- Copyright AFP Jane Roe",
"AP photo May 3, 2031", "(Credit: AP)"): only a short line of one sentence is a caption."""
_TAG = re.compile(r"\[[A-Z][A-Z0-9 .&/-]{1,40}\]")
SIGNED = derived(lambda: re.compile(rf"[.!?]\s+(?:[-–—/]\s*)?(?:{_AGENCY()})\s*$", re.IGNORECASE))
"""A paragraph that ends with an agency's name after its last sentence, bare or after a dash
or a slash ("... east coast. EFE", "... in the capital. / Reuters")."""
CREDITED = derived(lambda: re.compile(rf"[.!?]\s*\(\s*(?:{_CODES()})\s*\)\s*$", re.IGNORECASE))
"""A paragraph that ends with its picture's credit, an agency in brackets: "Rescuers search
the river on Tuesday. (Reuters)", or agencies joined by slashes ("(dpa/XNA)"). Above the
dateline it is a photo caption; closing the report, the agencies' signature."""
_EDITOR_CODES = derived(
    lambda: re.compile(
        r"^(?:(?-i:[a-z]{2,4}(?:[-/][a-z]{2,4}){1,4})|\((?-i:[a-z]{2,4}(?:[-/][a-z]{2,4}){0,4})\))"
        rf"(?:\s*\(\s*(?:{_AGENCY()})(?:\s*,\s*(?:{_AGENCY()}))*\s*\))?$",
        re.IGNORECASE,
    )
)
"""Desk initials closing agency copy ("crn-pbn/ks"), with the agencies it drew on in
brackets ("ab/cd (AFP, Reuters)"), or a writer's initials in brackets, as German papers close
a report ("(jro)")."""
_DESK_SIGNATURE = re.compile(
    r"^(?P<open>\()?[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*)?\s*--\s*[A-Z]{2,4}(?(open)\))$"
)
"""A wire writer's name and desk code closing the copy ("J.Roe--PT", "Jane Roe -- LX",
"(J.Roe--PT)"): no sentence is a name and two dashes before letters in capitals."""
_MARKED_NAME = re.compile(
    r"^(?:©|\|)\s*[A-ZÀ-Þ][\w.'’-]*(?:(?:\s+|\s*[,/]\s*)[A-ZÀ-Þ][\w.'’-]*){0,5}$"
)
"""A name set after a copyright mark or a bar, closing a picture's caption ("... on
Tuesday. © Jane Roe, AFP", "... in the rubble. | Jane Roe"): names only, each capitalised,
no stop; a sentence goes on in lower case."""
_BEFORE_MARK = re.compile(r"[.!?][\"”’)]?\s+(?=[©|])")


def credit_glued(body: str) -> bool:
    """Whether a paragraph ends with a name set after a copyright mark or a bar, glued to
    the sentence before it ("Crowds fill the square on Tuesday. © Jane Roe, AFP")."""
    stops = list(_BEFORE_MARK.finditer(body))
    return bool(stops) and bool(_MARKED_NAME.match(body[stops[-1].end() :]))


_POSITION_WORD = re.compile(
    r"\((?:(?:far|second|third|front|back|top|bottom)[\s-]+)?"
    r"(?:left|right|centre|center|front|rear|top|bottom)"
    r"(?:,\s*(?:(?:far|second|third)[\s-]+)?(?:left|right|centre|center|front|rear))*\)",
    re.IGNORECASE,
)
_POSITION_LETTER = re.compile(r"\([LRC]\)")
_LETTERED = re.compile(r"\((?:[a-zA-Z]|[ivx]{1,4})\)")


def position(body: str) -> bool:
    """Whether a line says where someone stands in a picture: "(center)", "(second left)",
    or letters in capitals for two people at least, in two places ("Jane Roe (L) and John
    Doe (R)"). One letter alone, the same letter twice, or letters among other lettered
    brackets, mark a clause ("(a) exports, (b) imports and (c) transit") or a party
    ("Senator Ana Ruiz (R)", "Ana Ruiz (R) and John Doe (R)"), not a place in a picture."""
    if _POSITION_WORD.search(body):
        return True
    letters = _POSITION_LETTER.findall(body)
    places = len(set(letters)) >= 2  # two senators of one party are both "(R)"
    return places and len(letters) == len(_LETTERED.findall(body))


_ABOUT = re.compile(r"\s+(?:is|was|are)\s+(?:a|an|the|one)\b")
"""How a box about the writer or the agency goes on after its name: "<Name> is a ..."."""


def _agency_line(body: str) -> bool:
    """A line that is an agency's name alone: "REUTERS", "— AFP", "(EFE)", or agencies'
    codes joined by slashes, one of them known ("(dpa/XNA)": the agency and its partner)."""
    bare = body.strip(" —–-/()[].").casefold()
    return (
        bare in AGENCIES()
        or bare in END_MARKS()
        or bool(re.fullmatch(_CODES(), bare, re.IGNORECASE))
    )


_NAME_RUN = r"[A-ZÀ-Þ][\w.'’&-]*(?:\s+(?:[A-ZÀ-Þ&][\w.'’&-]*|of|the|de|via)){0,6}"
_SLASHED = re.compile(rf"^(?P<left>{_NAME_RUN})\s*/\s*(?P<right>{_NAME_RUN})$")


_SLASHED_PARTS = 4
"""How many names a credit chains with slashes: who took the picture, for whom, and the
agencies that passed it on."""


def slash_credit(body: str) -> bool:
    """A picture's credit of names joined by a slash, who took it and for whom ("Jane Roe /
    The Courier", "COURIER / Jane Roe", "Jane Roe/DMS", "Jane Roe / Courier via Getty
    Images"): capitalised words on both sides, one side a name of two words or more, and no
    stop. A sentence of reporting has a verb in lower case; a pair of places ("Gaza /
    Israel") has no name of two words. The chain may run on to the agencies that passed the
    picture on, as they write their names, in lower case too ("Jane Roe/Freedonia
    Pictures/dpa", "Jane Roe/dpa")."""
    if any(c.isdigit() for c in body):
        return False
    m = _SLASHED.match(body.strip())
    if m is not None:
        return max(len(m.group("left").split()), len(m.group("right").split())) >= 2
    parts = [p.strip() for p in body.strip().split("/")]
    names = [p for p in parts if p.casefold() not in AGENCIES()]
    return (
        2 <= len(parts) <= _SLASHED_PARTS
        and len(names) < len(parts)
        and all(re.fullmatch(_NAME_RUN, p) for p in names)
        and any(len(p.split()) >= 2 for p in names)
    )


_NAMED_CREDIT = derived(
    lambda: re.compile(
        r"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3}"
        rf"\s*\(\s*(?:{_AGENCY()}|(?-i:The(?:\s+[A-ZÀ-Þ][\w.'’&-]*){{1,4}}))\s*\)$",
        re.IGNORECASE,
    )
)
"""A photographer's name and agency in brackets, alone ("Jane Roe (REUTERS)", "Ana Gil
(EFE)"): the credit closing a picture's caption, as Spanish-language papers print it; or a
writer's name and the paper she writes for ("Jane Roe (The Porto Courier)"), the byline."""


_OUTLET_ALONE = derived(
    lambda: re.compile(
        r"^(?!(?i:" + alternation(ordered("furniture", "related_openers")) + r")\s)"
        r"(?-i:[A-ZÀ-Þ][\w.'’&-]*(?:\s+[A-ZÀ-Þ][\w.'’&-]*){0,4}\s+(?:"
        + alternation(sorted(words("furniture", "outlet_words"), key=len, reverse=True))
        + r")(?:\s*\([A-Z][A-Za-z]{1,9}\))?)\.?$"
    )
)
"""An outlet's name alone on its line, the word that says it is one last, and its initials in
brackets or not ("Porto News Agency (PNA)", "Harbour Press"): the outlet signing its copy;
a sentence has a verb in lower case. A label of other stories opens so ("More in Porto
News", "Next in Asia News") and is not one."""


def credit_line(body: str) -> bool:
    """A line that credits the report's writers, editors or sources, or an agency alone
    (bare, or as a tag in capitals: "[PORTO NEWS]"), or a picture to its photographer and
    agency ("Jane Roe (REUTERS)")."""
    if _agency_line(body) or _EDITOR_CODES().match(body) or _TAG.fullmatch(body):
        return True
    if _NAMED_CREDIT().match(body.strip()) or _OUTLET_ALONE().match(body.strip()):
        return True
    if _DESK_SIGNATURE.match(body.strip()) or slash_credit(body) or _MARKED_NAME.match(body):
        return True
    email = _EMAIL.search(body)
    if email and word_count(body) <= 12 and not body[email.end() :].strip(" .)]>"):
        # "By Jane Roe (jane@courier.com)": the address closes the line; "Police asked
        # witnesses to email tips@... with any footage" is reporting
        return True
    dashed = _DASHED_OPENER().match(body)
    if dashed and _agency_line(dashed.group("rest")):
        return True  # "source – BERNAMA"
    opener = _CREDIT_OPENER().match(body)
    if opener and _WITH_AGENCY.match(body) and word_count(body[opener.end() :]) > 3:
        opener = None
    if opener and tells_who_said(body[opener.end() :]):
        opener = None  # "Sources: two officials said the ferry was overloaded." is reporting
    # a wire desk's credits in brackets, however many names and addresses they give
    # ("(Reporting by Jane Roe; writing by John Doe; editing by ...)"): the bracket closes them
    bracketed = bool(opener) and body.strip()[:1] == "(" and body.strip()[-1:] == ")"
    limit = _BRACKETED_CREDIT_WORDS if bracketed else 20
    return bool((_CREDIT_PHRASE().search(body) or opener) and word_count(body) <= limit)


_BRACKETED_CREDIT_WORDS = 60


_AGENCY_PICTURE = derived(
    lambda: re.compile(rf"^\s*(?:{_AGENCY()})\s+(?:{_PICTURE()})\s*$", re.IGNORECASE)
)


_PICTURE_BY = derived(
    lambda: re.compile(rf"^(?:{_PICTURE()})\s+(?:by|courtesy\s+of)\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
)
_CREDIT_LINKS = derived(lambda: words("furniture", "credit_links"))
_PICTURE_BY_WORDS = 14


def picture_by(body: str) -> bool:
    """A picture's credit on a line of its own that opens by saying who took or gave it
    ("Photo by Jane Roe", "Photo by Jane Roe (Porto Camera Club), Wikimedia Commons.",
    "Image courtesy of Porto Council"): short, one sentence, and up to its first comma or
    bracket nothing but capitalised names and the words that link them ("for", "via"); a
    sentence that goes on with a verb ("Photos by Jane Roe show the quay ...") is reporting."""
    start = _PICTURE_BY().match(body.strip())
    if start is None or word_count(body) > _PICTURE_BY_WORDS or len(split_sentences(body)) > 1:
        return False
    named = re.split(r"[,(\[]", body.strip()[start.end() :], maxsplit=1)[0]
    names = [w.strip(".'’\"") for w in re.split(r"[\s/]+", named) if w.strip(".'’\"")]
    return bool(names) and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CREDIT_LINKS() for w in names
    )


def _credit_alone(body: str) -> bool:
    """A picture's credit on a line of its own ("(AP Photo/Ben Curtis, File)", "Photo
    credit: Jane Roe | Nation", "Image: PCS", "Jane Roe | The Courier | AFP"): the line above
    it is the picture's caption."""
    if word_count(body) > 12 or _agency_line(body):
        return False
    parts = [p.strip() for p in body.split("|")]
    piped = 2 <= len(parts) <= 4 and all(0 < word_count(p) <= 4 for p in parts)
    if piped and any(_agency_line(p) for p in parts) and unpunctuated(body):
        return True  # "Jane Roe | The Courier | Getty Images": who took it, for whom, which agency
    if slash_credit(body):
        return True  # "COURIER / Jane Roe": who took it, for whom
    bracketed = body[:1] in "([/" or bool(_AGENCY_PICTURE().match(body))  # "AP PHOTO"
    return bool(CAPTION().match(body)) or (bracketed and bool(PICTURE_CREDIT().search(body)))


_WRITER_BIO = derived(
    lambda: re.compile(
        r"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+"
        r"(?:[\w'’-]+\s+){0,4}(?:" + alternation(ordered("furniture", "writer_roles")) + r")s?\b",
        re.IGNORECASE,
    )
)
"""A box about the writer: a name of two to four words that says what trade it plies for
the page ("Jane Roe is a reporter covering ...", "Jane Roe is a Digital News Writer at
...")."""


def mark_about(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A box about the writer or the agency: a paragraph that opens with the name on the
    credit or byline line (or the heading) above it and says what that is ("AFP" / "AFP is
    a global news agency ...", "By Jane Roe" / "Jane Roe is a reporter ..."), with the rest
    of that box;
    and, under the report, a paragraph that says what trade a named person plies for the
    page ("Jane Roe is a reporter covering markets. She is based in London."): the report
    ends above the box about its writer, and no reporting follows it."""
    out = list(verdicts)
    for i in range(1, len(blocks)):
        above = out[i - 1].boilerplate or ""
        signed = above.startswith(("credit line", "byline"))
        if out[i].boilerplate is not None or not (signed or out[i - 1].heading):
            continue
        name = text[blocks[i - 1].start : blocks[i - 1].end].strip(" —–-()[]")
        name = re.sub(r"^[Bb][Yy]\s+", "", name)
        body = text[blocks[i].start : blocks[i].end]
        # under a heading that is the name ("Jane Roe" / "Jane Roe is a reporter ..."), the
        # paragraph must name the writer's trade: a crosshead's words may open reporting
        said = _ABOUT.match(body[len(name) :]) if signed else _WRITER_BIO().match(body)
        if name and body.startswith(name) and said and not tells_who_said(body):
            out[i] = Verdict("about the writer or the agency")
    tail = True  # no reporting below
    for i in range(len(blocks) - 1, 0, -1):
        v = out[i]
        if v.boilerplate is not None or v.heading or v.lead_end is not None:
            continue
        body = text[blocks[i].start : blocks[i].end]
        if tail and _WRITER_BIO().match(body) and not tells_who_said(body):
            out[i] = Verdict("about the writer or the agency")
            continue
        tail = tail and word_count(body) < 8
    return out


def _caption_shape(body: str) -> bool:
    """Whether a paragraph over a credit has a caption's shape: one sentence of 40 words or
    fewer that quotes and reports no one, or two, as wire captions write them, where the
    first tells what the picture shows in the present ("Crews clear the quay in Porto on
    Monday. The port closed after the storm.") and the second gives the story's context."""
    spans = split_sentences(body)
    if len(spans) > 2 or word_count(body) > 60 or REPORTED().search(body):
        return False
    if len(spans) == 1:
        return word_count(body) <= 40
    first = body[spans[0].start : spans[0].end]
    return word_count(first) >= 8 and not tells_of_the_past(first)


_RECREDITED_REACH = 3
"""How far above its copy with a credit a caption may stand: the picture's alternative text,
its caption, a line or two between."""


def _recredited(body: str, captions: list[str]) -> bool:
    """Whether a paragraph is one of the captions a few lines above said again with its
    credit glued after it ("Rescuers search the rubble. (Port Photo)" / "Rescuers search the
    rubble. (Port Photo) Image: Port Agency"): what opens with a caption and closes with a
    credit is the caption."""
    mine = normalise(body)
    for caption in captions:
        above = normalise(caption)
        rest = mine[len(above) :].strip()
        if above and mine.startswith(above) and rest and _credit_alone(rest):
            return True
    return False


def mark_captions(text: str, blocks: list[RawBlock], verdicts: list[Verdict]) -> list[Verdict]:
    """A picture's caption known by what follows it: a line of one sentence that quotes and
    reports no one shown twice in a row (the picture's alternative text, then its caption);
    the line above a credit alone ("(AP
    Photo/Ben Curtis, File)", "Image: PCS"), when it is one sentence that quotes and reports
    no one, and stands after no reporting (a credit under a paragraph of the report is that
    of a picture shown without its caption); and a line that a caption below repeats with
    its credit ("Jane Roe speaks." ... "Jane Roe speaks. / AP"); and, credited or not, a
    scene told in the present closed by its place and day (see :func:`scene_caption`), or a
    paragraph opened by a sentence closed by its day as the wires date a picture (see
    :func:`wire_caption`)."""
    out = list(verdicts)
    for i in range(1, len(blocks)):
        body = text[blocks[i].start : blocks[i].end]
        above = text[blocks[i - 1].start : blocks[i - 1].end]
        # a caption's copy under it is the caption too, wherever it stands on the page
        captioned = "caption" in (out[i - 1].boilerplate or "")
        if (
            out[i].boilerplate is None
            and not out[i].heading
            and out[i - 1].boilerplate is not None
            and normalise(body) == normalise(above)
            and (captioned or (i + 1 < len(blocks) and len(split_sentences(body)) == 1))
            and not REPORTED().search(body)
        ):
            # a picture's alternative text and its caption, one under the other: a line
            # the page shows twice in a row describes, it does not report
            out[i - 1] = out[i] = Verdict("picture caption (shown twice)")
    for i in range(1, len(blocks)):
        body = text[blocks[i].start : blocks[i].end]
        above = text[blocks[i - 1].start : blocks[i - 1].end]
        # a caption stands after no reporting, or has no stop of its own: a credit under a
        # paragraph of the report is that of a picture shown without its caption
        opening = i < 2 or out[i - 2].boilerplate is not None or out[i - 2].heading
        opening = opening or unpunctuated(above.strip())
        if (
            out[i].boilerplate
            and _credit_alone(body)
            and out[i - 1].boilerplate in (None, "subheading")
            and out[i - 1].lead_end is None
            and opening
            and _caption_shape(above)
        ):
            out[i - 1] = Verdict("picture caption (above its credit)")
    for i, v in enumerate(out):
        body = text[blocks[i].start : blocks[i].end]
        captions = [
            text[blocks[j].start : blocks[j].end]
            for j in range(max(0, i - _RECREDITED_REACH), i)
            if "caption" in (out[j].boilerplate or "")
        ]
        if v.boilerplate is None and not v.heading and _recredited(body, captions):
            out[i] = Verdict("picture caption (the caption above again, with its credit)")
    for i, v in enumerate(out):
        if v.boilerplate is not None or v.heading:
            continue
        mine = normalise(text[blocks[i].start : blocks[i].end])
        for j in range(i + 1, min(i + 4, len(blocks))):
            caption = out[j].boilerplate or ""
            later = normalise(text[blocks[j].start : blocks[j].end])
            if "caption" in caption and later.startswith(mine) and later != mine:
                out[i] = Verdict("picture caption (repeated with its credit below)")
                break
    for i, v in enumerate(out):
        # a caption with no credit to tell it: known by its grammar (see scene_caption)
        body = text[blocks[i].start : blocks[i].end]
        if v.boilerplate is None and not v.heading and v.lead_end is None and scene_caption(body):
            out[i] = Verdict("picture caption (a scene in the present, its place and day)")
        elif v.boilerplate is None and not v.heading and v.lead_end is None and wire_caption(body):
            out[i] = Verdict("picture caption (its day in apposition, as the wires date it)")
    return out
