from __future__ import annotations

import pytest

from briefbook.model import PartialDate
from briefbook.presets import presets
from briefbook.project.load import Project, load_project
from briefbook.project.problems import InputError
from conftest import ARTICLE, CONFIG, META

META_NO_URL = META.replace('url = "https://example.org/news/dockers-strike"\n', "").replace(
    'published = "2025-03-04"\n', ""
)


def _problems(root) -> list[str]:
    with pytest.raises(InputError) as info:
        load_project(Project(root))
    return [p.render(root) for p in info.value.problems]


def test_valid_project_loads(make_project):
    config, articles = load_project(Project(make_project()))
    assert config.default_topic == "background"
    assert [a.meta.id for a in articles] == ["a1"]
    assert articles[0].meta.published == PartialDate(2025, 3, 4)
    assert articles[0].text == ARTICLE


def test_seed_corpus_is_valid_and_unchanged(seed_project):
    config, articles = load_project(Project(seed_project))
    assert len(articles) == 5
    # the armed-conflict preset's topics, as `briefbook init --preset armed-conflict` writes them
    preset = presets()["armed-conflict"]
    assert [t.id for t in config.topics] == [t.id for t in preset.topics]
    assert [t.cues for t in config.topics] == [t.cues for t in preset.topics]
    assert config.default_topic == preset.default
    for raw in articles:
        # metadata the text does not state is empty or marked inferred, with a reason
        if raw.meta.published is not None:
            assert raw.meta.is_inferred("published")
        assert raw.meta.url is None


@pytest.mark.parametrize(
    ("meta_line", "field", "fix"),
    [
        ('url = "javascript:alert(1)"', "[url]", "http"),
        ('published = "24 October 2024"', "[published]", "YYYY-MM-DD"),
        ('published = "2024-02-30"', "[published]", ""),
        ('colour = "red"', "[colour]", "known fields"),
        ('reliability = "G"', "[reliability]", "A-F"),
    ],
)
def test_metadata_errors_name_file_field_and_fix(make_project, meta_line, field, fix):
    root = make_project(articles={"a1": (ARTICLE, META_NO_URL + meta_line + "\n")})
    problems = _problems(root)
    assert len(problems) == 1, problems
    message = problems[0]
    assert message.startswith("sources/articles/a1.toml:")
    assert field in message
    assert "fix:" in message and fix in message


def test_error_gives_line_number(make_project):
    root = make_project(articles={"a1": (ARTICLE, META_NO_URL + 'url = "ftp://x"\n')})
    (message,) = _problems(root)
    assert message.startswith("sources/articles/a1.toml:6:")


def test_inferred_needs_a_value_and_a_reason(make_project):
    root = make_project(
        articles={"a1": (ARTICLE, META + '[inferred]\naccessed = "guess"\ntitle = " "\n')}
    )
    (message,) = _problems(root)
    assert "inferred.accessed" in message


def test_id_must_match_file_name(make_project):
    root = make_project(articles={"b2": (ARTICLE, META)})
    (message,) = _problems(root)
    assert "[id]" in message and "does not match" in message


def test_every_problem_listed_at_once(make_project):
    root = make_project(
        articles={
            "a1": (ARTICLE, META_NO_URL + 'url = "nope"\n'),
            "a2": ("", 'id = "a2"\n'),
            "a3": (ARTICLE, 'id = "a3"\npublished = "soon"\n'),
        },
        config=CONFIG.replace('topic = "background"', 'topic = "nowhere"'),
    )
    (root / "sources" / "articles" / "a4.txt").write_text("text", encoding="utf-8")
    (root / "sources" / "articles" / "a5.txt").write_bytes("caf\xe9".encode("cp1252"))
    (root / "sources" / "articles" / "a5.toml").write_text('id = "a5"\n', encoding="utf-8")
    text = "\n".join(_problems(root))
    assert "briefbook.toml" in text and "nowhere" in text
    assert "a1.toml" in text and "[url]" in text
    assert "a2.txt" in text and "empty" in text
    assert "a3.toml" in text and "[published]" in text
    assert "a4.txt" in text and "no metadata" in text
    assert "a5.txt:1" in text and "UTF-8" in text


def test_config_errors(make_project):
    bad = CONFIG.replace('id = "talks"', 'id = "Talks Now"')
    (message,) = _problems(make_project(config=bad))
    assert message.startswith("sources/briefbook.toml:")
    assert "[topics.1.id]" in message and "lower-case" in message
    twice = CONFIG + '\n[[topics]]\nid = "walkout"\ntitle = "x"\ndescription = "y"\n'
    (message,) = _problems(make_project(config=twice, name="twice"))
    assert "[topics]" in message and "used twice" in message


def test_toml_syntax_error_has_line(make_project):
    root = make_project(articles={"a1": (ARTICLE, META + "title = \n")})
    (message,) = _problems(root)
    assert "a1.toml:8:" in message and "TOML" in message


def test_symlink_outside_project_refused(make_project, tmp_path):
    root = make_project()
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(ARTICLE, encoding="utf-8")
    (root / "sources" / "articles" / "a1.txt").unlink()
    (root / "sources" / "articles" / "a1.txt").symlink_to(outside)
    (message,) = _problems(root)
    assert "symlink" in message


def test_actors_file_is_validated(make_project):
    root = make_project()
    (root / "sources" / "actors.toml").write_text(
        '[[actor]]\nname = "Velmar"\nkind = "country"\n', encoding="utf-8"
    )
    (message,) = _problems(root)
    assert message.startswith("sources/actors.toml:3: [actor.0.kind]")


def test_partial_dates():
    assert PartialDate.parse("2024-10").precision == "month"
    assert PartialDate.parse("2024-10-24").human() == "24 October 2024"
    assert PartialDate.parse("2024") < PartialDate.parse("2024-01")
    with pytest.raises(ValueError, match="no month"):
        PartialDate.parse("2024-13")


def test_large_binary_and_foreign_files_are_refused_by_name(make_project):
    root = make_project()
    articles = root / "sources" / "articles"
    (articles / "big.txt").write_bytes(b"word " * 4_200_000)  # 21 MB
    (articles / "big.toml").write_text('id = "big"\n', encoding="utf-8")
    (articles / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (articles / "bin.toml").write_text('id = "bin"\n', encoding="utf-8")
    (articles / "scan.pdf").write_bytes(b"%PDF-1.4")
    text = "\n".join(_problems(root))
    assert "big.txt" in text and "21,000,000 bytes" in text and "limit" in text
    assert "bin.txt" in text and "binary" in text
    assert "scan.pdf" in text and "unsupported file type" in text


def test_duplicate_source_ids_are_refused(make_project):
    root = make_project()
    (root / "sources" / "articles" / "a1.md").write_text("Another copy.\n", encoding="utf-8")
    (message,) = _problems(root)
    assert "a1" in message and "duplicate source id" in message
