"""The ``briefbook-claims`` directive: a topic chapter's claim lines built from data
(``briefbook.book.claimlines``).

The nodes are those MyST makes of the same lines written as a Markdown bullet list
(``chapters.render_claim``): a ``bullet_list`` (bullet ``-``) of ``list_item``, each holding one
paragraph: the text parts as text nodes, as they are, never parsed; each role part what the
role makes of its content, the roles called in the order MyST would have called them (so the
citations' ids are the same); a hard line break as MyST's two ``raw`` nodes (HTML, LaTeX).
A large briefing's chapters hold tens of thousands of these roles: MyST parsing each line as
Markdown, then looking each role up, was most of the cost of reading those pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docutils import nodes
from docutils.parsers.rst import languages, roles
from sphinx.util.docutils import SphinxDirective

from briefbook.book.claimlines import BREAK, ROLE, TEXT, read_claims
from briefbook.sphinx.tables import refused


class ClaimLinesDirective(SphinxDirective):
    """``briefbook-claims``: see the module."""

    has_content = True

    def run(self) -> list[nodes.Node]:
        try:
            claims = read_claims(list(self.content))
        except ValueError as err:
            return [refused(self, err)]
        reporter = self.state.document.reporter
        language = languages.get_language(self.state.document.settings.language_code, reporter)
        found: dict[str, Callable[..., Any] | None] = {}
        messages: list[nodes.Node] = []
        bullets = nodes.bullet_list(bullet="-")
        self.set_source_info(bullets)
        for claim in claims:
            para = nodes.paragraph()
            for part in claim:
                if isinstance(part, str):
                    para += nodes.Text(part)
                elif BREAK in part:
                    para += nodes.raw("", "<br />\n", format="html")
                    para += nodes.raw("", "\\\\\n", format="latex")
                else:
                    name, text = part[ROLE], part[TEXT]
                    if name not in found:
                        found[name], problems = roles.role(name, language, self.lineno, reporter)
                        messages.extend(problems)
                    role = found[name]
                    if role is None:
                        messages.append(
                            reporter.error(
                                f'Unknown interpreted text role "{name}".', line=self.lineno
                            )
                        )
                        continue
                    made, problems = role(
                        name, f":{name}:`{text}`", text, self.lineno, self.state.inliner
                    )
                    para.extend(made)
                    para.extend(problems)
            bullets += nodes.list_item("", para)
        return [bullets, *messages]
