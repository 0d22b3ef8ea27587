"""Read a saved web page: its main text and the metadata it states (trafilatura, offline).

Only the file's bytes are read: nothing is fetched. Pages are parsed into a tree before
they reach htmldate, which would download a bare URL string.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import extract_metadata

from briefbook.vocabulary import alternation, derived, ordered

EXTRACTOR = f"trafilatura {trafilatura.__version__}"
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_HOSTNAME = re.compile(r"[\w-]+(\.[\w-]+)+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BYLINE_STAMP = derived(
    lambda: re.compile(
        r"(?:^|[\s|,;:–—-])(?:"
        + alternation(ordered("furniture", "stamp_words"))
        + r")\b"  # "Published", "Last updated"
        r"|\d"  # a day, a year or a time: never part of a name
        r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?=\d)"  # "Wednesday 5 Oct"
        r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?$"  # "Wed", its date cut off
        r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$",  # a weekday alone, not a name
        re.IGNORECASE,
    )
)
"""Where a byline's date begins: a "Published"/"Updated" label, a digit, a weekday before a
date, abbreviated at the end or alone ("By AFP Published: Wed 5 Oct 2022" gives "AFP")."""
_URL_TAGS = '//link[@rel="canonical"] | //meta[@property="og:url"] | //meta[@name="og:url"]'


@dataclass(frozen=True, slots=True)
class Found:
    """A metadata value, where it was found and, if the page does not state it, why it is given."""

    value: str
    origin: str
    inferred: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """What a saved page yields: the article's text, its metadata, and values left out."""

    text: str
    fields: dict[str, Found]
    notes: tuple[str, ...] = ()


def _tree(raw: bytes) -> HtmlElement | None:
    tree = trafilatura.load_html(raw)
    return tree if isinstance(tree, HtmlElement) else None


def _located(tree: HtmlElement, value: str) -> str:
    """Name the tag that states ``value`` (for --verbose), or say trafilatura found it."""
    is_date = _DATE.fullmatch(value) is not None  # stated as a date-time: match its date
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if content and (content == value or (is_date and content.startswith(value))):
            for attr in ("property", "name", "itemprop", "http-equiv"):
                if meta.get(attr):
                    return f'<meta {attr}="{meta.get(attr)}">'
    for link in tree.iter("link"):
        if (link.get("href") or "").strip() == value:
            return f'<link rel="{link.get("rel", "")}">'
    for time in tree.iter("time"):
        if (time.get("datetime") or "").startswith(value):
            return "<time datetime>"
    title = tree.find(".//title")
    if title is not None and value in (title.text_content() or ""):
        return "<title>"
    return "the page's JSON-LD or text (trafilatura)"


def _language(tree: HtmlElement) -> Found | None:
    stated = (tree.get("lang") or "").strip()
    if stated:
        return Found(stated, "<html lang>")
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language" and meta.get("content"):
            return Found(str(meta.get("content")).strip(), '<meta http-equiv="content-language">')
    return None


def _find_date(raw: bytes, url: str | None, today: dt.date) -> str | None:
    tree = _tree(raw)  # a fresh tree: htmldate may change it, and must never see a URL string
    if tree is None:
        return None
    if url is None:  # htmldate reads a date in the canonical URL before the markup's own
        for element in tree.xpath(_URL_TAGS):
            element.drop_tree()
    found = find_date(
        tree, extensive_search=False, original_date=True, url=url, max_date=today.isoformat()
    )
    return found or None


def _author(value: str) -> str:
    """The names in a byline trafilatura read, without the byline's date and its labels:
    "AFP Published Wed" is "AFP", "Jane Roe; Updated March 3" is "Jane Roe". Names are
    separated by "; " as trafilatura writes them."""
    names = []
    for part in value.split(";"):
        name = part.strip()
        stamp = _BYLINE_STAMP().search(name)
        while stamp is not None:
            name = name[: stamp.start()].strip(" \t|,:–—-")
            stamp = _BYLINE_STAMP().search(name)
        if name:
            names.append(name)
    return "; ".join(names)


def _date(raw: bytes, url: str | None, today: dt.date) -> Found | None:
    """The page's date from its markup; failing that, one in its URL, marked inferred."""
    stated = _find_date(raw, None, today)
    if stated:
        tree = _tree(raw)
        return Found(stated, _located(tree, stated) if tree is not None else "the page")
    from_url = _find_date(raw, url, today) if url else None
    if from_url:
        reason = f"No date in the page's markup; this is the date in its URL ({url})."
        return Found(from_url, "the page's URL", inferred=reason)
    return None


def read_page(raw: bytes, today: dt.date) -> Page | None:
    """Extract a saved page's main text and stated metadata; None when it is not HTML."""
    tree = _tree(raw)
    if tree is None:
        return None
    text = trafilatura.extract(
        raw,
        output_format="txt",
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    meta = extract_metadata(
        raw, date_config={"extensive_search": False, "max_date": today.isoformat()}
    )
    fields: dict[str, Found] = {}
    notes: list[str] = []
    for name in ("title", "author", "url"):
        value = getattr(meta, name, None)
        if isinstance(value, str) and name == "author":
            value = _author(value)
        if isinstance(value, str) and value.strip():
            fields[name] = Found(value.strip(), _located(tree, value.strip()))
    sitename = getattr(meta, "sitename", None)
    if isinstance(sitename, str) and sitename.strip():
        if _HOSTNAME.fullmatch(sitename) and sitename in fields.get("url", Found("", "")).value:
            notes.append(f"outlet: the page names no outlet, only its web address ({sitename})")
        else:
            fields["outlet"] = Found(sitename.strip(), _located(tree, sitename.strip()))
    date = _date(raw, fields["url"].value if "url" in fields else None, today)
    if date is not None:
        fields["published"] = date
    language = _language(tree)
    if language is not None:
        if _LANGUAGE.fullmatch(language.value):
            fields["language"] = language
        else:
            notes.append(f"language: {language.value!r} ({language.origin}) is not a language tag")
    return Page((text or "").strip(), fields, tuple(notes))
