"""An article's title read from its own first line, where no metadata gives one.

A plain-text article, and every raw Multi-News document, often opens with its headline on
a line of its own ("Kardashian Fam Shocked by Obama Diss", then the story). That line is
read as the title when it reads as a headline: a few words with no stop closing them
(`clean_rules.HEADLINE`, the shape cleaning keeps a page's headline by), nothing cleaning
removes as furniture (a caption, a credit, a share button, "Published on May 3, 2015"),
no date or byline, no sentence ending inside it, and a story after it that tells one of
its words again within its first hundred words (the lines cleaning removes not counted).
The text itself is not changed: the line stays the article's, so every span and the
summary are as before. An unknown title beats a wrong one: a page's section
("Politics"), its blog's name ("Scribbles from NSFWCORP Staff") or a paper's heading
("Material and association") reads as none.

Cleaning's rules are read here, not run: they are data (reason, pattern) that only say
what a line is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.clean_match import furniture
from chorus.clean_rules import HEADLINE, tells_the_story
from chorus.clean_wikipedia import WIKIPEDIA_HEADING
from chorus.ingest.bylines import byline_date
from chorus.ingest.print_trailers import print_trailer
from chorus.language.words import ascii_words
from chorus.model import Article

_HEADLINE = re.compile(HEADLINE)
_FEWEST_WORDS = 3
""""Alexis Murphy Missing" is a headline; "Tina Fey", "Virgin Australia" or "Your Health"
over a page are a caption's name or a section's."""
_TOLD_WITHIN = 100
"""Words of the story after the line, one of which must be one of its words: a headline
tells what its story tells ("Obama's Place In History" over "… Barack Obama has sealed
his reputation …"), a blog's name or a form's instruction does not."""
_FEWEST_WORDS_AFTER = 20
"""A title heads a story: a line over a few words is a list's or a page's heading."""
_STEM = 5
"""Letters a word is compared by, so "Kardashian" is told again by "Kardashians" and
"Snowmachiner" by "snowmachine"."""
_SHORTEST_WORD = 4
_FUNCTION_WORD_TEXT = """
    that this with from have will were they them their there these those than then what
    when where which while your about after into over only also been more most some such
    just like very each both other says said"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_TEXT.split())
"""Words of four letters or more that tell no subject: "that" shared says nothing."""
_PAPER_HEADING_TEXT = """
    abstract introduction background methods results discussion conclusion conclusions
    references summary"""
_PAPER_HEADINGS = frozenset(_PAPER_HEADING_TEXT.split())
"""A scientific paper's section headings ("Abstract and Introduction"): told again by the
heading under them, yet no title."""
_NOT_A_HEADLINE = re.compile(
    r"\|"  # a page's trail or a section's label: "TOP STORIES | WEB EXCLUSIVE …"
    r"|^By [A-Z]"  # a byline: "By Staff Sgt. Benjamin W. Stratton, 7th Air Force …"
    r"|\b[a-z]+[.!?][\"”’']? +[\"“‘']?[A-Z]"  # a sentence ending inside: "… climb. Will he …"
    r"|\b\d{1,2}:\d\d\b"  # a clock's time: "UPDATE: November 8, 8:25 AM CST"
    r"|\bago$"  # a stamp: "2 years ago"
)
"""What a headline never holds; an abbreviation's stop ("Pa. governor", "Sen. Kirsten
Gillibrand:") ends no sentence."""


def title_line(text: str) -> str | None:
    """The article's first non-empty line when it reads as its headline (`_unstopped`: one
    closing on a full stop read without it when it is written as one), else None."""
    first, rest = _first_line(text)
    after, _ = _first_line(rest)
    line = _unstopped(first, after)
    if (
        not after
        or _HEADLINE.match(line) is None
        or len(first.split()) < _FEWEST_WORDS
        or first == WIKIPEDIA_HEADING
        or _NOT_A_HEADLINE.search(first)
        or after[:1].islower()  # the line's sentence goes on: "… is absolutely" / "incredible"
        or furniture(first) is not None
        or byline_date(first, None) is not None
    ):
        return None
    words = _content_words(first)
    if not words or words <= _PAPER_HEADINGS:
        return None
    story = _story_words(rest)
    if len(story) < _FEWEST_WORDS_AFTER:
        return None
    told = {word[:_STEM] for word in story}
    return first if any(word[:_STEM] in told for word in words) else None


_SENTENCE_WORDS = re.compile(r"\b(?:an?|the|is|are|was|were|be|been|has|have|had|will)\b", re.I)
"""Words a sentence writes and a headline leaves out: articles and auxiliaries."""
_RETOLD_SHARE = 0.5
"""Of a stopped line's words, the share its lead must tell again for it to be the lead's
headline."""


def _unstopped(first: str, after: str) -> str:
    """`first` less the full stop closing it when it is a headline given a stop: it writes no
    article nor auxiliary (`_SENTENCE_WORDS`) and the line after it, the lead, tells half of
    its words again or more ("Northwestern football players win pivotal union case." over
    "Northwestern University football players on scholarship are employees of the school
    ...", raw validation 65 [1]); else `first`. A lead or a kicker written so tells its words
    no more ("Vitalii Sediuk strikes again.", 51; "Update:Judge calls emergency meeting over
    redaction errors.", 165 over the defence's subpoena; "In unrelated cases, Denver
    prosecutors charged two women Friday ...", 59), and one that writes them is a sentence
    ("American Airlines is not happy with Qatar Airways' intent to invest.", 217)."""
    line = first.removesuffix(".")
    if line == first or line.endswith(".") or _SENTENCE_WORDS.search(line):
        return first
    words = _content_words(line)
    told = {word[:_STEM] for word in ascii_words(after)}
    retold = sum(word[:_STEM] in told for word in words)
    return line if words and retold >= _RETOLD_SHARE * len(words) else first


def _story_words(rest: str) -> list[str]:
    """The first _TOLD_WITHIN words of the story under the line, without the lines cleaning
    removes as furniture: a caption's "Enlarge this image toggle caption cheeseslave/
    Flickr.com cheeseslave/Flickr.com" is no word of the story, and would push the words
    telling the title past the hundred (raw validation 85 #1, NPR on Proposition 37)."""
    words: list[str] = []
    start = 0
    while len(words) < _TOLD_WITHIN and start < len(rest):
        end = rest.find("\n", start)
        end = len(rest) if end < 0 else end
        line = rest[start:end].strip()
        start = end + 1
        if line and not _removed(line):
            # Words are at most a few dozen characters: a hundred lie well within a
            # line's first _TOLD_WITHIN * 20, however long the line.
            words.extend(ascii_words(line[: _TOLD_WITHIN * 20]))
    return words[:_TOLD_WITHIN]


def _removed(line: str) -> bool:
    """Whether cleaning removes the stripped line of a page of several lines as furniture
    (clean._cleaned's line rules, read here, not run)."""
    found = furniture(line, whole_document=False)
    return found is not None and not tells_the_story(found[0], line)


def _first_line(text: str) -> tuple[str, str]:
    """The first non-empty line, its spaces made single, and the text after it."""
    line, _, rest = text.lstrip().partition("\n")
    return " ".join(line.split()), rest


def _content_words(text: str) -> set[str]:
    return {
        word
        for word in ascii_words(text)
        if len(word) >= _SHORTEST_WORD and not word.isdigit() and word not in _FUNCTION_WORDS
    }


def opens_with_title(article: Article) -> bool:
    """Whether the article's title is its text's first line (read there, or told again)."""
    return article.title is not None and _first_line(article.text)[0] == article.title


def with_titles(articles: list[Article]) -> list[Article]:
    """Every article without a title given one by its first line, when that line reads as
    its headline (`title_line`), else by the headline its print trailer says the paper ran
    it under (`print_trailers`); a title its metadata, page or record gives wins."""
    return [
        replace(article, title=line)
        if article.title is None and (line := title_line(article.text) or _printed(article.text))
        else article
        for article in articles
    ]


def _printed(text: str) -> str | None:
    trailer = print_trailer(text)
    return trailer.title if trailer else None
