"""Cleaning: Article → Document, dropping page furniture and keeping every story sentence.

Cleaning works on whole lines. A line is removed only when one of the rules below
matches it; the rules are data (a reason and a pattern), each written against text
seen in the seeds or in raw Multi-News articles. Nothing is rewritten: the document
keeps the article's text and records which spans are the story and which were removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chorus.model import Article, Document, Removal, Span

_AGENCY = r"(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Bloomberg|Xinhua|Anadolu|TASS|Sputnik)"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"

CAPTION_RULES: tuple[tuple[str, str], ...] = (
    # "... U.S., April 13, 2018. REUTERS/Eduardo Munoz" (seed 001, first line)
    ("photo credit", rf"\b{_AGENCY}\s*/\s*{_NAME}\s*$"),
    # "... before a Security Council meeting on the Syria crisis © Reuters" (seed 001)
    ("photo credit", r"©\s*[\w .&/'’-]{1,40}$"),
    ("photo credit", r"\((?:AP|AFP|Reuters)\s+Photo\b[^)]*\)\s*$"),
    ("photo credit", r"^(?:Photo|Photograph|Picture|Image)(?: credit)?\s*:"),
    ("photo caption", r"^(?:FILE\s*[-–—]\s*)?In this \w.*\bphoto\b"),
    ("photo caption", r"^Image (?:caption|copyright)\b"),
    ("media notice", r"^Media playback is unsupported"),
    ("media notice", r"^Please enable Javascript"),
    ("media notice", r"^Play (?:Facebook|Twitter|Email|Video)$"),
    ("social widget", r"^Tweet with a location$"),
    ("social widget", r"^You can add location information to your Tweets"),
)

FURNITURE_RULES: tuple[tuple[str, str], ...] = (
    # The five lines that close seed 001 (Financial Times page furniture).
    ("alerts", r"^Get alerts on\b.*\bwhen a new story is published$"),
    ("copyright", r"^(?:Copyright|©).*[Rr]ights [Rr]eserved"),
    ("copyright", r"^(?:Copyright\s*)?(?:©|\([Cc]\))?\s*(?:19|20)\d\d\b"),
    ("copyright", r"^[^.]{0,80}\bAll rights reserved\.?$"),
    ("reuse", r"^Reuse this content\b"),
    ("comments", r"^Comments (?:have not been enabled|are closed)\b"),
    ("topics", r"^Follow the topics in this article$"),
    ("newsletter", r"^(?:Sign up|Subscribe|Newsletter Sign Up|Breaking News Emails)\b"),
    ("newsletter", r"^Get (?:the|The) .{1,60} by email\b"),
    ("advertisement", r"^(?:Advertisement|ADVERTISEMENT)(?:\s+Continue reading the main story)?$"),
    ("advertisement", r"^Story Continued Below$"),
    (
        "share buttons",
        r"^(?:Share|Share this|Tweet|Email|Print|Twitter|Facebook|reset|Text Size -|Read More)$",
    ),
    # One class, no nested repeat: "(?:[=]+\s*)+$" backtracks exponentially on "=== === x".
    ("rule", r"^[_#*=+~-][_#*=+~\s-]*$"),
    ("related link", r"^(?:RELATED|Related|ALSO|READ MORE|Read more|See also|MORE)\s*:"),
    (
        "credit",
        r"^(?:The )?(?:Associated Press|Reuters|AP)\b.{0,60}contributed to this (?:report|story)",
    ),
    # The Internet Archive's notice that stands in for a page in raw Multi-News.
    ("web archive notice", r"^Starting in 1996, Alexa Internet has been donating their crawl data"),
    ("web archive notice", r"^These crawls are part of an effort to archive pages"),
    ("web archive notice", r"^The seed for Wide\d+ was:?$"),
    (
        "web archive notice",
        r"^-+ ?(?:a ranking of all URLs|up to a maximum of|Top ranked pages|Slash pages)",
    ),
)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern)) for reason, pattern in CAPTION_RULES + FURNITURE_RULES
)


def removal_reason(line: str) -> str | None:
    """Why a line (without its newline) is not part of the story, or None to keep it."""
    stripped = line.strip()
    if not stripped:
        return None
    for reason, pattern in _RULES:
        if pattern.search(stripped):
            return reason
    return None


def _lines(text: str) -> Iterator[Span]:
    start = 0
    for match in re.finditer(r"\n", text):
        yield Span(start, match.start())
        start = match.end()
    yield Span(start, len(text))


def clean(article: Article) -> Document:
    """Mark page furniture as removed; everything else is kept, offsets unchanged."""
    text = article.text
    kept: list[Span] = []
    removed: list[Removal] = []
    run_start: int | None = None
    for line in _lines(text):
        reason = removal_reason(text[line.start : line.end])
        if reason is None:
            if run_start is None:
                run_start = line.start
            continue
        if run_start is not None:
            kept.append(Span(run_start, line.start))
            run_start = None
        removed.append(Removal(line, reason))
    if run_start is not None:
        kept.append(Span(run_start, len(text)))
    return Document(
        article=article,
        kept=tuple(s for s in kept if text[s.start : s.end].strip()),
        removed=tuple(removed),
    )
