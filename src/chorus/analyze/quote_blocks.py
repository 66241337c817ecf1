"""Words a page sets apart as a block after a paragraph that ends on a colon introducing
whose they are: "Here is part of what he had to say:" ¶ "This poetic interpretation of his
experience is not supported by evidence of any kind. ...", "Here is how the late Terence
McKenna described the prototypical DMT trance:" ¶ "Under the influence of DMT, ...", "Here
is Alexander’s description of the afterlife:", "In his online interview we learn about ...:"
(multi_news-val-3880, a blog whose block quotes lost their indent in the text); a named
subject's saying verb or noun, or a saying noun a name owns ("Rubin writes:", "Persson
elaborated in a blog post :", "Cosby’s reply:", "The New York Times said in an editorial
...:"), where no embedded post the page cut stands between (`_EMBED_CUT`). The block has no
quotation marks; the paragraph right after the colon is read as its words (that paragraph
only, as a statement printed unquoted: a later one may be the writer's again).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.quote_statements import opens_paragraph, paragraph_after
from chorus.language.first_name_genders import first_name_gender
from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.speakers import NAME, WORD
from chorus.model import Sentence

__all__ = ["block_quotes"]

_NAME = rf"{WORD}(?:\s+{WORD}){{0,2}}"
_WHO = rf"(?P<pronoun>he|she)|(?P<name>{_NAME})"
_HERE = r"Here(?:\s+is|['’]s)\s+"
_INTRODUCTIONS = tuple(
    re.compile(shape)
    for shape in (
        rf"{_HERE}(?:(?:part|some|much)\s+of\s+)?what\s+(?:{_WHO})\s+"
        r"(?:had\s+to\s+say|said|wrote|told\s+\w+)",
        rf"{_HERE}how\s+(?:the\s+late\s+)?(?:{_WHO})\s+(?:described|put|explained)\s",
        rf"{_HERE}(?P<name>{_NAME})['’]s\s+(?:own\s+|full\s+)?"
        r"(?:description|account|explanation|statement)\s+(?:of|on|about)\s",
        r"In\s+(?P<owner>his|her)\s+(?:[a-z]+\s+)?interview\b",
    )
)
"""Introductions that say whose the block after them is: what one had to say, how one
described something, one's description of it or statement on it ("Here's Zuckerberg's full
statement on the deal:", 3365), one's interview (a "he"/"his" is whom the paragraph names:
`_named_before`)."""
_PRONOUN_OF = {"his": "he", "her": "she"}
_SAYING_VERB = (
    r"(?:writes|wrote|tweet(?:ed|s)|post(?:ed|s)|elaborated|explain(?:ed|s)|repl(?:ied|ies)"
    r"|respond(?:ed|s)|add(?:ed|s)|said|says|quipped|joked|concluded"
    r"|declared|took\s+to\s+(?:Twitter|Facebook|Instagram))"
)
# no "references" nor "jokes": an opinion's text a judge "references" or "delivers" ("Then
# Kagan actually references the Spider-Man comic books:", raw 188) is no saying, as the
# quote gold blind9 leaves out by choice (block quotations of an opinion, a citation)
_SAYING_NOUN = (
    r"(?:reply|response|answer|statement|post|tweets?|remarks|message|letter|blog"
    r"|editorial|speech|column|op-ed|essay)"
)
_AFTER_SAYING = rf"\b[^:{OPEN}{CLOSE}]{{0,80}}\s?:$"
_CONNECTIVE = r"(?:(?:Then|And|But|So|Instead|Later)\s+)?"
_PHRASE = rf"[^:]{{0,160}}?,[{CLOSE}]?\s+"
"""An opening phrase and its comma, a closing mark maybe after the comma ('After noting that
the toy is designed for "children (and young-at-heart adults)," Kagan ...')."""
_SUBJECT_LEAD = rf"^{_CONNECTIVE}(?:{_PHRASE})?"
_TITLED_LEAD = rf"^{_CONNECTIVE}(?:{_PHRASE}|[^:,]{{0,60}}?\s)??"
"""`_SUBJECT_LEAD` or a title before the name, the shortest first: "The New York Times" is
read whole, not as "New York Times" after a title "The"."""
_DESCRIBED = r"(?:,\s+(?:who|an?|the)\s[^:]{0,160}?,)?"
_NAMED_LEADS = (
    re.compile(
        rf"{_TITLED_LEAD}(?P<name>{NAME}){_DESCRIBED}(?:\s+[a-z]+ly)?\s+{_SAYING_VERB}{_AFTER_SAYING}"
    ),
    re.compile(rf"(?P<name>{NAME})['’]s\s+(?:[a-z]+\s+){{0,2}}?{_SAYING_NOUN}{_AFTER_SAYING}"),
    re.compile(
        rf"{_SUBJECT_LEAD}(?P<name>{NAME})\s+[^:,{OPEN}{CLOSE}]{{0,60}}?\b{_SAYING_NOUN}{_AFTER_SAYING}"
    ),
)
"""A lead-in whose named subject, maybe after a title and before a description or a relative
clause, says or writes what follows ("Rubin writes:", "Persson took to Twitter Tuesday to
voice his displeasure with the deal:", "Comedian/talk show host Steve Harvey, who famously
announced ..., tweeted early Monday:"), whose named owner's saying it shows ("Look at Bill
Kristol's taunting editorial in the Weekly Standard:"), or whose named subject's saying noun
its predicate holds ("Peinovich decided to fess up ... in a post ..., part of which read:");
the second searched anywhere, the others from the sentence's start or after an opening
phrase's comma (the first also after a title: its name the shortest reading, "The New York
Times said in an editorial ...:" whole)."""
_EMBED_CUT = re.compile(r"\(@\w+\)")
"""An embedded post's signature ("— Steve Harvey (@IAmSteveHarvey) February 27, 2017") in
the text cleaning cut between a lead-in and the next sentence: the block the lead-in brings
in was the post, and the paragraph after it is the writer's again ("Comedian/talk show host
Steve Harvey, ..., tweeted early Monday:" ¶ "Reactions from Hollywood on social media
started pouring in ...": raw 205 [0]; raw 36 [0], 88 [1], 205 [5])."""


def block_quotes(
    sentences: Sequence[Sentence], texts: Sequence[str]
) -> dict[int, tuple[Attribution, range]]:
    """Each introduction ending its paragraph on a colon, by index, with its speaker's
    attribution and the indexes of the unquoted paragraph's first sentences after it (none
    where a pronoun's person is not known). `texts` are the sentences'."""
    found: dict[int, tuple[Attribution, range]] = {}
    for n, text in enumerate(texts):
        # the cheap test first: a colon ending the sentence
        if not text.endswith(":") or n + 1 >= len(texts) or not opens_paragraph(sentences, n + 1):
            continue
        if texts[n + 1][:1] in OPEN:
            continue  # a quotation after it is read by its own marks
        shape = None
        if text.startswith(("Here", "In h")):
            shape = next(filter(None, (p.match(text) for p in _INTRODUCTIONS)), None)
        if shape is not None:
            speaker = _speaker(shape, sentences, texts, n)
        else:
            speaker = _named_lead(sentences, n)
        if speaker is not None:
            found[n] = (speaker, paragraph_after(sentences, n)[:_SHOWN])
    return found


def _named_lead(sentences: Sequence[Sentence], n: int) -> Attribution | None:
    """The named speaker of lead-in `n` (`_NAMED_LEADS`), or None: none there, a capital
    only because it opens the sentence ("First reactions to the president’s big jobs
    speech:", "According to a statement from ...": `_written_as_name`), or an embedded post
    cut after it (`_EMBED_CUT`)."""
    sentence, article = sentences[n], sentences[n].article.text
    for shape in _NAMED_LEADS:
        found = shape.search(sentence.text)
        if found is not None and _written_as_name(found["name"], article):
            if _EMBED_CUT.search(article, sentence.end, sentences[n + 1].start) is not None:
                return None
            at = sentence.start + found.start("name")
            return Attribution(found["name"], at, None, sentence.end, sentence.end)
    return None


def _written_as_name(name: str, article: str) -> bool:
    """Whether `name` is a name: two words or more, or one the article also writes after a
    word inside a sentence, where no sentence's opening capitalises it."""
    if " " in name.removeprefix("The "):
        return True
    return re.search(rf"[\w,;’'] {re.escape(name)}\b", article) is not None


_SHOWN = 3
"""The block's sentences read as its words: a block quote may run to a page (raw 212's
McKenna, 24 sentences and his book's reference); its opening says what the person said,
and the rest of it stays on the page the row cites."""


def _speaker(
    shape: re.Match[str], sentences: Sequence[Sentence], texts: Sequence[str], n: int
) -> Attribution | None:
    """Who the introduction names: the name as written, or whom its "he"/"she"/"his"/"her"
    stands for in the paragraph it ends (`_named_before`), or None."""
    named, sentence = shape.groupdict(), sentences[n]
    at = sentence.start + shape.start()
    if named.get("name"):
        return Attribution(named["name"], at, None, sentence.end, sentence.end)
    pronoun = named.get("pronoun") or _PRONOUN_OF[named["owner"]]
    person = _named_before(sentences, texts, n, pronoun)
    return None if person is None else Attribution(person, at, None, sentence.end, sentence.end)


_FULL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+[A-Z][a-z][\w’'-]*")
_CAPITALISED = re.compile(r"(?<![\w.’'-])[A-Z][\w’'-]*")
_FIRST_WORD = re.compile(r"\W*\w+")
_OWNED = re.compile(r"['’]s$")


def _named_before(
    sentences: Sequence[Sentence], texts: Sequence[str], n: int, pronoun: str
) -> str | None:
    """The person a pronoun in introduction `n` stands for, read in the paragraph it ends:
    the one full name there whose first name tells that pronoun ("So I sought the opinion
    of Mark Cohen, a pioneer in the field of neuroimaging ... (He was also my thesis
    advisor.) Here is part of what he had to say:"), or else the one name the paragraph
    writes inside its sentences ("... further problems with Alexander’s account. ... In his
    online interview we learn ...:"); None where it names none, or several and no one full
    name fits: whom a pronoun after two stands for is a guess."""
    start = n
    while start > 0 and not opens_paragraph(sentences, start):
        start -= 1
    fitting = {
        found[0]
        for m in range(start, n + 1)
        for found in _FULL_NAME.finditer(texts[m])
        if first_name_gender(found[0]) == pronoun
    }
    if fitting:
        return fitting.pop() if len(fitting) == 1 else None
    words = {
        _OWNED.sub("", found[0])
        for m in range(start, n + 1)
        for found in _CAPITALISED.finditer(texts[m], _after_first_word(texts[m]))
        if found[0] != "I"
    }
    return words.pop() if len(words) == 1 else None


def _after_first_word(text: str) -> int:
    """Where a sentence's first word ends: a capital there tells no name."""
    first = _FIRST_WORD.match(text)
    return 0 if first is None else first.end()
