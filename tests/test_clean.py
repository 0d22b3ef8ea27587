from __future__ import annotations

from briefbook.model import SourceMeta
from briefbook.project.load import RawArticle
from briefbook.read.reading import read_article


def reasons(text: str, **meta: str) -> list[tuple[str, str | None]]:
    raw = RawArticle(SourceMeta(id="x", **meta), text, None, "0")  # type: ignore[arg-type]
    article = read_article(raw, "x.txt")
    return [(s.text, s.boilerplate) for b in article.blocks for s in b.sentences]


def test_headline_byline_promotion_and_dateline():
    text = (
        "Port Strike Spreads\n"
        "By Jane Roe\n"
        "Listen to our podcast: Ports Weekly |\n"
        "LONDON (Reuters) – Dockers walked out on Monday. Talks failed.\n"
    )
    assert reasons(text, title="Port Strike Spreads") == [
        ("Port Strike Spreads", "headline"),
        ("By Jane Roe", "byline"),
        ("Listen to our podcast: Ports Weekly |", "promotion"),
        ("LONDON (Reuters) –", "dateline and outlet tag (LONDON (Reuters))"),
        ("Dockers walked out on Monday.", None),
        ("Talks failed.", None),
    ]


def test_subheadings_are_headings_not_claims():
    text = "Dockers walked out on Monday.\nTalks Collapse Again\nThe mediator left.\n"
    out = reasons(text)
    assert out[1] == ("Talks Collapse Again", "subheading")
    assert out[0][1] is None and out[2][1] is None


def test_embedded_post_is_not_reporting():
    text = (
        "Dockers walked out on Monday, officials said.\n"
        "Thousands more will join tomorrow.\n"
        "— Some Account (@someaccount) March 3, 2025\n"
        "Video shows the picket. pic.twitter.com/abc123\n"
        "The port authority said talks would resume.\n"
    )
    out = dict(reasons(text))
    assert "@someaccount" in out["Thousands more will join tomorrow."]
    assert "cannot verify" in out["Thousands more will join tomorrow."]
    assert out["— Some Account (@someaccount) March 3, 2025"].startswith("embedded")
    assert out["Video shows the picket. pic.twitter.com/abc123"].startswith("embedded")
    assert out["The port authority said talks would resume."] is None


def test_list_marker_is_not_part_of_the_statement():
    out = reasons("Dockers walked out.\n- The union says 2,000 joined.\n")
    assert out[1] == ("The union says 2,000 joined.", None)
