"""Claim lines written as data: the ``briefbook-claims`` directive's format.

A topic chapter's claims (tens of thousands of roles in a large briefing: each claim cites
its articles, shows its grade and links its evidence) are written as a ``briefbook-claims``
directive holding each run of claim lines as JSON, one line per claim, instead of a MyST
bullet list: the extension builds the list's nodes from the data
(``briefbook.sphinx.claimlines``), the nodes MyST makes of the same list as markup, without
parsing each line as Markdown. Text is never parsed: it becomes text, whatever characters it
holds.

Each line of the directive's content is one claim, a JSON array of parts: a string (text,
as shown), ``{"role": "<name>", "text": "<content>"}`` (the role, one of ``ROLES``, given the
content MyST would have given it), or ``{"break": "line"}`` (a hard line break).

A module of its own, importing nothing of the generator, shared by the generator
(``briefbook.book.chapters``), the extension and the bench's floor (``briefbook.bench.floor``),
which writes the same list back as MyST text.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefbook.book.tables import decode_lines, row_line

CLAIMS_DIRECTIVE = "briefbook-claims"

ROLE = "role"
TEXT = "text"
BREAK = "break"

ROLES = ("cite:p", "ref", "doc", "abbr", "briefbook-claim-status", "briefbook-evidence")
"""The roles a claim line may call: the only ones the generator writes in it."""

Part = str | dict[str, str]


def claim_line(parts: Sequence[Part]) -> str:
    """One line of the directive's content (adjacent text parts joined, as MyST joins them)."""
    joined: list[Part] = []
    for part in parts:
        if isinstance(part, str) and joined and isinstance(joined[-1], str):
            joined[-1] += part
        elif part != "":
            joined.append(part)
    return row_line(joined)


def read_claims(lines: Sequence[str]) -> list[list[Part]]:
    """The claims of a directive's content, each a list of parts.

    Raises ``ValueError`` when a line is not JSON or not of this format."""
    claims = decode_lines(lines)
    for claim in claims:
        if not isinstance(claim, list):
            raise ValueError(f"a claim must be a list of parts: {claim!r}")
        for part in claim:
            if isinstance(part, str):
                continue
            if isinstance(part, dict) and part == {BREAK: "line"}:
                continue
            if not (
                isinstance(part, dict)
                and set(part) == {ROLE, TEXT}
                and part[ROLE] in ROLES
                and isinstance(part[TEXT], str)
            ):
                raise ValueError(f"not a part of a claim line: {part!r}")
    return claims
