from __future__ import annotations

from pybtex.database import parse_string

from briefbook.analyse.pipeline import citation_labels
from briefbook.book.bib import BIB_HEADER, write_bib
from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article
from briefbook.sphinx.bibstyle import BriefbookStyle


def article(**meta):
    raw = RawArticle(SourceMeta(**meta), "Some text.", None, "0")  # type: ignore[arg-type]
    return read_article(raw, f"{meta['id']}.txt")


def render(articles) -> dict[str, tuple[str, str]]:
    bib = write_bib(articles, citation_labels(articles))
    assert bib.startswith(BIB_HEADER)
    data = parse_string(bib, "bibtex")
    style = BriefbookStyle()
    return {
        e.key: (e.label, e.text.render_as("text"))
        for e in style.format_entries(data.entries.values())
    }


def test_entry_from_full_metadata():
    a = article(
        id="a1",
        title="Dockers Strike at the Port",
        outlet="Harbour Times",
        author="Jane Roe",
        published="2025-03-04",
        url="https://example.org/a?b=1&c=2",
        accessed="2025-03-05",
    )
    ((label, text),) = render([a]).values()
    assert label == "Harbour Times 2025"
    assert text == (
        "Jane Roe. “Dockers Strike at the Port.” Harbour Times, 4 March 2025. "
        "URL: https://example.org/a?b=1&c=2. Accessed 2025-03-05."
    )


def test_nothing_invented_for_missing_metadata():
    a = article(id="x1", published="2024-10", inferred={"published": "from the events described"})
    ((label, text),) = render([a]).values()
    assert label == "Source x1 2024"
    assert text == "[no headline]. outlet not stated, October 2024 (date inferred)."


def test_anonymous_work_cited_by_short_title_and_clashes_resolved():
    a = article(id="a", title="Port strike spreads to the north", published="2025")
    b = article(id="b", outlet="Daily News", published="2025")
    c = article(id="c", outlet="Daily News", published="2025")
    labels = {k: v[0] for k, v in render([a, b, c]).items()}
    assert labels == {
        "a": "“Port strike spreads…” 2025",
        "b": "Daily News 2025a",
        "c": "Daily News 2025b",
    }


def test_special_characters_survive_bibtex():
    a = article(id="s_1", title="100% {unbalanced \\emph{x} & #1 $5_000", outlet="A_B & Co")
    ((label, text),) = render([a]).values()
    assert label == "A_B & Co n.d."
    assert "100% (unbalanced /emph(x) & #1 $5_000" in text


def test_labels_stay_unique_past_z():
    """Thirty articles of one outlet and year: a..z, then aa..ad (not ``{``, ``|``...)."""
    articles = [
        article(id=f"a{n:02d}", outlet="Harbour Times", published="2025-03-04") for n in range(30)
    ]
    labels = citation_labels(articles)
    assert len(set(labels.values())) == 30
    assert labels["a00"] == "Harbour Times 2025a"
    assert labels["a25"] == "Harbour Times 2025z"
    assert labels["a26"] == "Harbour Times 2025aa"
    assert labels["a29"] == "Harbour Times 2025ad"


def test_a_long_outlet_name_is_cut_in_the_label_and_kept_whole_in_the_entry():
    """A label must fit the PDF bibliography's label column; the entry names the outlet."""
    outlet = "The International Daily Chronicle of Maritime Commerce and Port Affairs"
    (a,) = articles = [article(id="l1", outlet=outlet, published="2025-03-04")]
    label = citation_labels(articles)["l1"]
    assert label == "The International Daily Chronicle of… 2025"
    ((shown, text),) = render(articles).values()
    assert shown == label and outlet in text
    assert a.meta.outlet == outlet


def test_the_style_reuses_an_entry_formatted_before_under_the_same_label_only():
    from pybtex.style.formatting import BaseStyle

    from briefbook.sphinx.bibstyle import entry_key, remembering

    a = article(id="a", title="Talks resume", outlet="Daily Post", published="2025-03-01")
    bib = write_bib([a], citation_labels([a]))
    (entry,) = parse_string(bib, "bibtex").entries.values()
    style = BriefbookStyle()
    with remembering({}) as first:
        formatted = style.format_entry("A1", entry)
    assert first == {entry_key(style, "A1", entry): formatted}
    calls = []
    original = BaseStyle.format_entry

    def counted(self, label, entry, bib_data=None):
        calls.append(label)
        return original(self, label, entry, bib_data)

    BaseStyle.format_entry = counted
    try:
        with remembering(first) as second:
            assert style.format_entry("A1", entry) is formatted  # kept: not formatted again
            assert calls == []
            style.format_entry("A2", entry)  # another label: formatted
            entry.fields["title"] = "Talks resume in the capital"
            changed = style.format_entry("A1", entry)  # another text: formatted
        assert calls == ["A2", "A1"] and changed is not formatted
        assert "capital" in changed.text.render_as("text")
        assert len(second) == 3  # what this block used, for the next one
        style.format_entry("A1", entry)  # outside a block: no memo
        assert calls == ["A2", "A1", "A1"]
    finally:
        BaseStyle.format_entry = original


def test_a_new_style_finds_its_plugins_without_scanning_the_installed_packages(monkeypatch):
    """The cite domain makes a style for each bibliography on every build (17 pages at 200
    articles): the plugins it looks up are registered when the extension is loaded, so that
    pybtex does not scan every installed package's entry points for them."""
    import pybtex.plugin

    from briefbook.sphinx import _register_pybtex_plugins

    scans: list[str] = []

    def scanned(**kwargs: str) -> list[object]:
        scans.append(kwargs["group"])
        return []

    monkeypatch.setattr(pybtex.plugin, "entry_points", scanned)
    _register_pybtex_plugins()  # registering scans nothing either
    style = BriefbookStyle()
    assert scans == []
    assert type(style.sorting_style).__module__ == "pybtex.style.sorting.none"
    assert type(style.name_style).__module__ == "pybtex.style.names.plain"


def test_the_plugins_registered_are_those_the_installed_packages_name():
    """The extension registers pybtex's plugins by class, without looking them up: each must
    be the class the installed package's entry point names, which a plain look-up finds."""
    from importlib.metadata import entry_points

    from briefbook.sphinx import PYBTEX_LOOKUPS

    for group, name, klass in PYBTEX_LOOKUPS:
        (point,) = entry_points(group=group, name=name)
        assert point.load() is klass, (group, name)
