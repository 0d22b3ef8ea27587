"""Datelines: where (and when, and by which agency) a report was filed.

A dateline opens the lead ("NAIROBI (Reuters) -", "NAIROBI, (Reuters) -" (the date left
out of the agency's template), "LA ALCUDIA, Spain, Oct 30 (Reuters) -",
"(CNN) —", "Valencia, Spain, Nov 3 (EFE).-", "Washington [US], March 28:", "Kigali, RWANDA
--") or stands alone on its line ("PAIPORTA:", "LONDON and PARIS —", "Baltimore,
Maryland.-"). Chinese, Japanese and Korean wire copy has its own: "新华社东京1月2日电" (Xinhua,
Tokyo, 2 January), "【ソウル共同】", "(서울=연합뉴스) 홍길동 기자 =" (Seoul, Yonhap, by the
reporter). The shapes are general; which words open a label are in
``data/vocabulary/furniture.toml``.
"""

from __future__ import annotations

import re

from briefbook.model import MONTHS, Kind
from briefbook.read.dates import entry_labels
from briefbook.read.gazetteer import shipped_gazetteer
from briefbook.read.shape import word_count
from briefbook.vocabulary import alternation, derived, words

MONTH = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["Sept"])
"""A month's name or abbreviation, as datelines and post attributions write it."""
_MONTH_AS_SET = f"(?:{MONTH}|{MONTH.upper()})"
"""A month as a dateline sets it: capitalised, or in capitals as its place ("LISBON, MAY 16:")."""
_MONTH_WORD = derived(
    lambda: "(?i:" + alternation({*MONTH.split("|"), *words("furniture", "stamp_months")}) + ")"
)
"""A month in another language, written as its wire sets it, lower case or abbreviated ("21 oct",
"3 ottobre", "7 mars"): a month's name, English (``MONTH``) or of the other languages of the
news (``stamp_months``, the names a page's stamp gives), after the day, or before it as Spanish
and Latin American papers set it ("octubre 21", "sept. 3"), only where the agency's bracket
follows it ("MOSCÚ, 21 oct (Reuters) -", "ROMA, 3 ottobre (Reuters) -", "LIMA, octubre 21
(EFE).-"). Another word before a figure is no month ("Porto, Gate 4 (North) -")."""
_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
_CAPITALS = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+"
_CAPS = rf"{_CAPITALS}(?:(?:\s+(?:(?:and|&)\s+)?|\s*/\s*){_CAPITALS}){{0,5}}"
"""Places in capitals, joined by a space, "and" or a slash ("LONDON and PARIS", "NEW
YORK", "LISBON/PORTO": a story filed from two places, or three: "LISBON/NEW YORK/SAO
PAULO")."""
_TITLED = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_PLACE = rf"(?:{_CAPS}|{_TITLED}(?:\s*/\s*{_TITLED}){{0,2}})"
"""A place in capitals or capitalised, or two or three joined by a slash ("Lisbon/Porto",
"Lisbon/New York"): a story filed from both."""
_MORE = rf"(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}}){{0,2}}"
_DASH = r"(?:\s*\.?\s*[–—]{1,2}|\s*\.?\s+-{1,2}|\)\s*\.?-{1,2}|(?<=\))-{1,2}|\.-|--|\s*>>)"
"""What closes a dateline: a dash or two, ".-", one hyphen or two straight after the agency's
bracket ("(Reuters)-", "(Jiji Press)--"), or the ">>" some papers print ("LISBON >>")."""
_DATELINE = derived(
    lambda: re.compile(
        r"^(?:\((?P<tag>[^()\n]{2,60})\)"
        rf"|(?P<place>{_PLACE})(?P<more>{_MORE})"
        r"(?:\s*\[(?P<country>[^\[\]\n]{2,30})\]|\s*\((?P<region>[^()\n]{2,30})\)(?=,))?"
        rf"(?P<date>,\s*(?:{_MONTH_AS_SET}\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+{_MONTH_AS_SET}\.?"
        rf"|\d{{1,2}}\.?\s+{_MONTH_WORD()}\.?(?=(?:,?\s+\d{{4}})?,?\s*\()"
        rf"|{_MONTH_WORD()}\.?\s+\d{{1,2}}(?=(?:,?\s+\d{{4}})?,?\s*\())(?:,?\s+\d{{4}})?)?"
        r"(?:,?\s*\((?P<agency>[^()\n]{2,40})\))?)"
        rf"(?:{_DASH}|(?<=\d)\s*:|(?(agency):|(?!)))"
        r"(?:\s*\([^()\n]{2,40}\)\s*[–—-]{1,2})?\s*"
    )
)
"""The English shapes, the date month first or day first ("LISBON, 7 March (Reuters) -",
"Berlin, 07. Nov (Reuters) -"), with its year or without ("LISBON, March 7, 2031 (Reuters)
-", "TUESDAY, March 7, 2031 (HealthDay News) —": the day's name where the place goes); a
colon ends one only after its date or its agency ("Washington [US], March 28:", "LISBON,
MARCH 28:"; "Kigali (Rwanda), March 28:": the country in round brackets before a comma;
"Dhaka [Bangladesh], July 23 (ANI):")."""
_AGENCY_LEAD = re.compile(
    rf"^(?P<place>{_PLACE})(?P<more>{_MORE})"
    rf"(?:(?P<date>,\s*(?:{MONTH})\.?\s+\d{{1,2}})|\s*:)"
    r"\s*\((?P<agency>[^()\n]{2,40})\)\s*(?=[A-Z“\"‘])"
)
"""The South Asian wire shape, with no dash: the agency in brackets after a date or a colon,
and the lead straight after it ("Mumbai, Aug 8 (PTI) The ...", "LAHORE: (Reuters) The ...").
A bracket after a name with neither ("The Health Ministry (MoH) Director said") is no
dateline."""
_KNOWN_AGENCY_LEAD = derived(
    lambda: re.compile(
        rf"^(?:(?P<place>{_PLACE})(?P<more>{_MORE})\s*)?"
        r"\((?P<agency>(?i:" + alternation(words("furniture", "agencies")) + r"))\)"
        r"\s*(?=[A-Z“\"‘])"
    )
)
"""A news agency from the vocabulary in brackets, after a place or alone, and the lead
straight after it with no dash ("LISBON (AFP) The ...", "Lisbon, Portugal (AP) The ...",
"(Reuters) The ..."): the agency is where the story came from, not a speaker. Only a known
agency: "The Port Authority (PA) Director said" is a sentence."""
_TAG_LEAD = re.compile(r"^\((?P<tag>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\)\s+(?=[A-Z“\"‘])")
"""An outlet's name in brackets opening the report's first paragraph, with no dash ("(Channel
Nine) The ferry ..."): only there, where a sentence does not begin with a bracket."""
_WIRE_DATELINE = re.compile(
    rf"^(?:(?P<date>(?:{MONTH})\.?\s+\d{{1,2}})\s*\((?P<agency>[^()\n]{{2,40}})\)(?:{_DASH})"
    rf"|(?P<place>{_PLACE})(?P<more>{_MORE}),\s*(?P<day>(?:{MONTH})\.?\s+\d{{1,2}})\.?"
    r"\s*/(?P<tag>[^/\n]{2,30})/\.?"
    r"|(?P<numeric>\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))\s*\((?P<where>"
    rf"{_CAPS})\)(?:{_DASH})?(?=\s+[A-Z]))\s*"
)
"""Three wire shapes: the date first, then the agency ("Oct. 24 (UPI) --"); the agency
between slashes after the place and date ("NEW YORK, September 18. /TASS/."); the date in
figures, then the place in capitals in brackets ("3-2-2031 (PORTO) The ...")."""
_CJK_DATELINE = re.compile(
    r"^(?:【[^】\n]{1,20}】"  # 【ソウル共同】, 【서울=뉴시스】
    r"|[(（][^()（）\n]{1,15}=[^()（）\n]{1,15}[)）]"  # (서울=연합뉴스)
    r"(?:\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=)?"  # 홍길동 기자 =
    r"|[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日电"  # 新华社东京1月2日电
    r"(?:\s*[(（]记者[^()（）\n]{1,20}[)）])?)"  # （记者 王某）
    r"\s*"
)
_PLACE_LEAD = re.compile(
    rf"^({_CAPS})(?:\.\s+|:\s*)(?=[A-Z])"  # "VALÈNCIA. La ...", "NEW YORK: The ..."
    rf"|^({_WORD}(?:\s+{_WORD}){{0,2}}(?:,\s*{_WORD}(?:\s+{_WORD})?)?)(?::\s*|\s+\|\s+)(?=[A-Z])"
)
"""A place glued to the lead as its dateline: "VALÈNCIA. La ...", "NEW YORK: The ...",
"Paiporta: Rescuers ...", "Saint Paul: ..." (a place of up to three words, each
capitalised: "State of the Union: ..." is no place), "SUZU, Japan: Rescuers ...",
"Paris:President ...", or before a bar, as papers in South Asia and the Gulf print it
("New Delhi | The ...")."""
_COUNTRY_LEAD = re.compile(rf"^{_CAPS},\s*{_WORD}(?:\s+{_WORD})?:\s*(?=[A-Z])")
"""A place in capitals and its country before a colon ("SUZU, Japan: Rescuers ..."): no
sentence opens so, and the dateline is one wherever the report's first paragraph starts,
even under a caption or a standfirst the page shows as paragraphs."""
_PLACE_ALONE = re.compile(
    rf"^(?:{_CAPS}[.:]?|{_WORD}:|{_CAPS}\s*[–—]{{1,2}}|{_WORD}(?:\s+{_WORD})?,\s*{_WORD}"
    rf"(?:\s+{_WORD})?(?:\.-|\s*[–—]{{1,2}}|\s+-{{1,2}}))$"
)
"""A place alone on its line as a dateline: "VALÈNCIA.", "PAIPORTA:", "Paiporta:", "LONDON
and PARIS —", "Baltimore, Maryland.-"."""


_GLUED_DATE = re.compile(
    rf"^(?P<date>(?:(?:{MONTH})\.?\s+\d{{1,2}},?|\d{{1,2}}\.?\s+(?:{MONTH})\.?)\s+\d{{4}})"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
"""A date glued to the lead's first word, as a page flattened into text runs its date line
into the report ("March 3, 2031The ministry ..."): no sentence has a year glued to a
capitalised word."""
_GLUED_CAPITAL = re.compile(rf"^(?P<place>{_CAPITALS}(?:\s+{_CAPITALS})?)-(?=[A-ZÀ-Þ][a-zà-ÿ])")
"""A capital city in capitals glued by a hyphen to the lead ("NAIROBI-The toll ..."), as
some wires print it: only a capital the gazetteer knows ("US-China talks" joins two
names)."""


_OUTLET_LEAD = derived(
    lambda: re.compile(
        r"^(?P<tag>(?:(?=[\w.'’-]*[A-Z0-9])[\w.'’-]+\s+){1,2}(?:"
        + alternation(sorted(words("furniture", "outlet_words"), key=len, reverse=True))
        + r"))\s*(?:[–—/|]|\s-)\s*(?=[A-ZÀ-Þ“\"]|$)"
    )
)
"""An outlet's name as the dateline, the word that says it is one last ("Porto News –
The ...", "Freedonia Press /", "e24 News –": each word with a capital or a figure): a news
outlet names itself so; a sentence about one goes on
after the dash in lower case ("Porto News — the city's paper — said")."""


_DATE_LEAD = re.compile(r"^(?P<date>[^:\n]{3,40}?)[ \t]*:\s+(?=[A-ZÀ-Þ])")
"""A date alone before a colon opening the report's first paragraph, as its dateline ("Aug 31:
Army officers ..."): where a timeline's items open so, they stand under a sentence or a
label that introduces them, never as the report's first paragraph. Which words are a date
that labels its entry is the dates' rule (:func:`briefbook.read.dates.entry_labels`), so
that the furniture and the dates read the same label; see :func:`_date_lead`."""


def _date_lead(body: str) -> re.Match[str] | None:
    """The date labelling ``body`` before its colon, as :data:`_DATE_LEAD` and the dates'
    :func:`~briefbook.read.dates.entry_labels` both read it: the label starts the paragraph
    and is the whole of what stands before the colon."""
    m = _DATE_LEAD.match(body)
    if m is None or (0, m.end("date")) not in entry_labels(body[: m.end()]):
        return None
    return m


def dateline(body: str, first: bool = True) -> re.Match[str] | None:
    """The dateline at the start of ``body``, if its shape leaves no doubt: an outlet tag in
    brackets, an agency, a date, or a place in capitals; or, in the report's ``first``
    paragraph, a place with its country or state before a dash ("Addis Ababa, Ethiopia —")
    or an outlet's name in brackets before the lead ("(Channel Nine) The ...")."""
    cjk = _CJK_DATELINE.match(body)
    if cjk is not None:
        return cjk
    wire = _WIRE_DATELINE.match(body) or _GLUED_DATE.match(body) or _OUTLET_LEAD().match(body)
    if wire is not None:
        return wire
    glued = _GLUED_CAPITAL.match(body)
    if glued is not None and glued.group("place").title() in shipped_gazetteer().capitals:
        return glued
    m = _DATELINE().match(body) or _AGENCY_LEAD.match(body) or _KNOWN_AGENCY_LEAD().match(body)
    if m is None and first:
        m = _TAG_LEAD.match(body) or _date_lead(body)
    if m is None:
        return None
    if any(m.groupdict().get(g) for g in ("tag", "agency", "date")):
        return m
    place = m.group("place") or ""
    first_word = place.split()[0] if place else ""
    if len(first_word) >= 2 and first_word.isupper():
        return m
    more = m.group("more") or ""
    if more and (first or any(w.isupper() and len(w) >= 2 for w in more.split())):
        return m  # "Addis Ababa, Ethiopia —", "Kigali, RWANDA --"
    if first and not more and known_place(place) and body[m.end() :][:1].isupper():
        return m  # "Lisbon – The ...": a capital or a country, and a sentence after it
    return None


def place_dateline(body: str) -> re.Match[str] | None:
    """The place a report was filed from, as :func:`dateline` reads it in the report's first
    paragraph ("Jakarta - In ...", "Addis Ababa, Ethiopia —"), for a paragraph under a
    standfirst the page set above it: an outlet's name in brackets or a date before a colon
    opens only the first paragraph ("Aug 3: Dockers ..." under a paragraph is a timeline's
    entry)."""
    m = dateline(body, first=True)
    return None if m is None or m.re in (_TAG_LEAD, _DATE_LEAD) else m


def known_place(place: str) -> bool:
    """Whether ``place`` is a capital or a country the shipped gazetteer knows: a single
    capitalised word before a dash opens a sentence ("Meanwhile — The ..." is rare, a
    person's "Smith — The ..." rarer), but a capital's name there is where the story was
    filed, as the first paragraph of a report writes it ("Lisbon – According to ...")."""
    g = shipped_gazetteer()
    if place in g.capitals:
        return True
    entry = g.names.get(place)
    return entry is not None and entry.kind is Kind.GOVERNMENT


def known_capital(place: str) -> bool:
    """Whether ``place`` is a capital the shipped gazetteer knows: a country's name may be a
    word or a name as well ("Jordan. That was the name the boy gave", "Turkey. It is what
    ..."), a capital's alone as a report's first sentence is where the story was filed."""
    return place in shipped_gazetteer().capitals


def strong(m: re.Match[str]) -> bool:
    """Whether a dateline names its agency, outlet or date: one that no sentence could begin
    with ("UNICEF — the UN's agency — said" begins a sentence)."""
    groups = m.re.groupindex
    named = ("tag", "agency", "date", "more", "country", "region")
    return any(m.group(g) for g in named if g in groups) or (m.re is _CJK_DATELINE)


_PLACES_LEAD = re.compile(rf"^({_TITLED}(?:\s*/\s*{_TITLED}){{0,2}}):\s*(?=[A-Z])")
"""Places of several words, or several places, glued to the lead ("New Delhi: ...",
"London/Moscow: ..."): a dateline only when each is a capital or a country."""


def country_lead(body: str) -> bool:
    """Whether ``body`` opens with a place in capitals and its country before a colon."""
    return bool(_COUNTRY_LEAD.match(body))


def capital_lead(body: str) -> bool:
    """Whether ``body`` opens with places in capitals before a colon, each a capital or a
    country the gazetteer knows ("NAIROBI: The ...", "LISBON/MADRID: The ..."): the dateline
    of a report's first paragraph, even below a standfirst or summary bullets set as
    paragraphs; no sentence opens with a capital city in capitals and a colon."""
    m = re.match(rf"^({_CAPS}):\s*(?=[A-Z])", body)
    return m is not None and all(
        known_place(p.strip().title()) for p in re.split(r"/|\s+(?:and|&)\s+", m.group(1))
    )


def place_lead(body: str) -> tuple[str, int] | None:
    """A place glued to the first paragraph as its dateline, and where the dateline ends."""
    m = _PLACE_LEAD.match(body)
    if m is not None:
        return m.group(1) or m.group(2), m.end()
    m = _PLACES_LEAD.match(body)
    if m is not None and all(known_place(p.strip()) for p in m.group(1).split("/")):
        return m.group(1), m.end()
    return None


_CLOCK = r"\d{1,2}[:.h]\d{2}"
_PLACE_DATE_ALONE = re.compile(
    rf"^(?:{_CLOCK}\s*[|–—-]?\s*)?{_PLACE}(?:,\s*{_WORD}(?:\s+{_WORD})?)?"
    rf",\s*(?:(?:{MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:{MONTH})\.?)(?:,?\s+\d{{4}})?\.?$"
)
"""A place and a date alone on a line, the time it was filed before them or not ("Lima,
Dec. 15.", "20:30 | Lima, Dec. 15", "Porto, Portugal, 3 March 2031"): where and when, and
nothing that happened."""


def place_alone(body: str) -> bool:
    """A line that is a dateline and nothing else."""
    m = dateline(body)
    alone = m is not None and not body[m.end() :].strip()
    return bool(_PLACE_ALONE.match(body) or _PLACE_DATE_ALONE.match(body)) or alone


_PLACE_COUNTRY_ALONE = re.compile(
    rf"^(?P<place>{_WORD}(?:\s+{_WORD})?),\s*(?P<country>{_TITLED})\.$"
)
"""A place and its country alone on a line with a full stop ("La Paz, Bolivia."): a dateline
set as a sentence of its own, only where the gazetteer knows both (see
:func:`place_and_country`)."""


def place_and_country(body: str) -> bool:
    """Whether a line is a place and its country alone with a full stop ("La Paz, Bolivia."):
    the country one the gazetteer knows as a country (not a capital: "Goodbye, London."),
    and the place its capital ("Smith, Jordan.", "Welcome, Ukraine.", "Beckham, Victoria."
    name none). Only the page's first line of reporting, right above its lead, is read so
    (see ``furniture.classify``)."""
    m = _PLACE_COUNTRY_ALONE.match(body.strip())
    if m is None:
        return False
    g = shipped_gazetteer()
    entry = g.names.get(m.group("country"))
    if entry is None or entry.kind is not Kind.GOVERNMENT:
        return False
    return g.capitals.get(m.group("place")) == entry.country


_GLUED_BEFORE_WORDS = 15
"""How many words of the page's own (a byline, a credit) may run into a wire dateline on the
report's first line: a byline of three names, an aggregator's credit."""
_GLUED_START = re.compile(r"(?<=\s)(?=[A-ZÀ-Þ(])")
"""Where a dateline glued after the page's text may begin: after a space, at a capital or a
bracket."""
_STOP_INSIDE = re.compile(r"[.!?…](?:\s|$)")


def wire_dateline(body: str) -> re.Match[str] | None:
    """The dateline opening ``body`` if it is a wire's whole template: a place in capitals
    and the agency's bracket before its dash, with the date between them or an agency the
    vocabulary knows ("PORTO, 3 March (Harbour Press) -", "PORTO (Reuters) -"), a shape no
    sentence takes. Capitals and a bracket alone are a title and a party after a name as
    well ("Jane Roe MP (Labour) –")."""
    m = dateline(body, first=False)
    if m is None or "agency" not in m.re.groupindex or not m.group("agency"):
        return None
    dated = "date" in m.re.groupindex and bool(m.group("date"))
    if not dated and m.group("agency").strip().casefold() not in words("furniture", "agencies"):
        return None
    place = m.group("place") or ""
    first_word = place.split()[0] if place else ""
    return m if len(first_word) >= 2 and first_word.isupper() else None


def dateline_after(body: str) -> tuple[int, re.Match[str]] | None:
    """A wire's dateline (:func:`wire_dateline`) after a few words of the page's own on the
    report's first line, and where it starts: a byline or a credit a page flattened into text
    runs into the dateline ("by Jane Roe and Ana Ruiz PORTO, 3 March (Harbour Press) - The
    ...", "(Aggregator - Harbour Press (HP)) PORTO, March 3 (HP) -- The ..."). What stands
    before it is the page's, not a sentence: short, with no stop of its own, closing with a
    name or a bracket ("Officials in PORTO (HP) - ..." is a sentence); and a sentence opens
    after the dash."""
    for start in _GLUED_START.finditer(body):
        at = start.start()
        before = body[:at].rstrip()
        if word_count(before) > _GLUED_BEFORE_WORDS or _STOP_INSIDE.search(before):
            return None
        m = wire_dateline(body[at:])
        last = before.split()[-1] if before.split() else ""
        named = last[:1].isupper() or last.endswith(")")
        if m is not None and named and body[at + m.end() :][:1].isupper():
            return at, m
    return None
