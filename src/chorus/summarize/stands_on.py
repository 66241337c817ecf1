"""Summary sentences that stand on the sentence before them in their article, and are
taken together with it (select's `pulls`), or left out when it cannot be taken
(docs/journal/summary.md, "Summary a reader sees, nineteenth pass (stop 35)"):

- an opening "Until then", "By then", "Before then", "From then" ("Until then, they are in
  need of donations ...", raw 13): the moment is the sentence before's;
- an opening "Someone else", "Something else" ("Someone else shouts, “That went right
  through the door!” ...", raw 94): else than the one the sentence before tells; so an
  opening "Their other ..." or "The other ..." ("Their other hits include ...", raw 111,
  below "LFO are best known for their 1999 single “Summer Girls.”"; summary54);
- words credited to "another" speaker ('"That went right through the door," another
  council member said.', 94);
- an opening "It" that speaks ("It said at the time, “In response to a trend ...”", raw
  222, whose "It" is the FDA of "In May the FDA announced ..." before it);
- an opening "Those" and a past participle ("Those killed at a checkpoint in the Abel area
  were attempting to flee ...", raw 47): the deed is told before, here only its victims;
- a demonstrative opening the clause after an opening phrase too long or too full of names
  for `dangling_inside.points_back_inside` ("But with the iPhone becoming available to Sprint
  customers, that timetable could be accelerated.", raw 207);
- a quotation opening on a thing's "It" and credited after it ("“It was put together by the
  governor ...,” state Rep. Andy Jorgensen, a Democrat, said ...", raw 238, the budget of its
  line before; `quoted_thing`; ninetieth pass);
- a list item, a line opening in lower case below one closing on a colon ("They include:" /
  "a freeze on the European-held assets of the Syrian central bank", 47).

Taken with the sentence before rather than waiting for it to be chosen on its own: waiting
cost raw R-2 0.028 more on the same rules (the journal entry).

`standing` also marks a sentence dated by a day or night told before ("... at 8 p.m. that
election night six years ago.", raw 248), which waits for that sentence instead: the one
right before it rarely tells that day (taken with it, raw 248's was shown after "The bed ate
up most of the floor space ..."). `credited_to_another` reads a chosen summary for a
quotation credited to "he" or "she" shown right after another outlet's or paragraph's
quotation credited by name ('"...," says Page.' / '"My enthusiasm ...?" he laughs.', raw 20,
whose "he" is Robert Plant), or a quotation alone shown so (20's '"These things aren't to
study. ..."'), the speaker heard carried down a run of quotations alone each shown right
after its article's sentence before (raw 116's Levin quotation alone, from another outlet,
after Camp's credited one and his next one alone; summary57); `another_outlets_one` for an
opening "He"/"She" shown right after another article's sentence (raw 55's Paula Blades
after Anne Ziegenhorn; docs/journal/summary.md, "Summary a reader sees, twenty-third pass
(stop 35)"), after an opening connective too ("But he ...", raw 19; seventy-seventh pass)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from chorus.language.quotations import QUOTED
from chorus.summarize.credit_lines import BARE_QUOTE
from chorus.summarize.leaning import names_someone
from chorus.summarize.pronouns_apart import he_or_she_opening

_OPENINGS = re.compile(
    r"\n[ (\[“\"]*(?:(?:Until|Till|By|Before|From)\s+then\b"
    r"|(?:Someone|Somebody|Something|Anyone|Anybody|Everyone|Everybody|No\s+one|Nobody"
    r"|Nothing)\s+else\b"
    r"|(?:Their|His|Her|Its|The|Our|My)\s+other\s+[a-z]"
    r"|Those\s+[a-z]+(?:ed|en)\b"
    r"|It\s+(?:said|says|added|announced|noted|stated|told|wrote|explained)\b"
    r"|It\s+(?:was|is|has\s+been)\s+published\b)"
)
"""The openings read, as one pattern over the texts joined on newlines: "Until then",
"Someone else", "Their other hits" (raw 111, after "LFO are best known for their 1999
single ..."; summary54), and "Those" with a past participle, people named by a deed done to
them ("Those killed", "Those arrested"; not "Those who ...", which `dangling` reads with the
other openings on "Those"), an "It" that speaks ("It said at the time, “...”", raw 222:
the FDA of the sentence before; "It added that ...", 217), a body or a report named there,
and one told published ("It was published in 2014, also in the Journal of ...", raw 74:
the study of the sentence before, `side_studies.own_study`; the only such opening over raw
validation's and DUC's sentences)."""
_ANOTHER_CREDIT = re.compile(
    r"[”\"],?\s+(?:another\s+(?:[\w’'-]+\s+){1,4}?(?:said|says|added|told|wrote|shouted|yelled)"
    r"|(?:said|says|added|told)\s+another)\b"
)
"""A quotation credited to "another" speaker, after its closing mark ('"...," another
council member said.'; "“It hurts so much,” said another relative, Nisha Odell, ...")."""
_PRONOUNS = "he|she|it|we|they|you|i|there|one"
_PERIODS = "year|week|month|time|morning|evening|summer|spring|fall|winter|season|days"
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"(?:(?:that|this)\s+(?!(?:" + _PRONOUNS + "|" + _PERIODS + r")\b)[a-z]+[^s\W]"
    r"|(?:these|those)\s+(?!(?:" + _PERIODS + r")\b)[a-z]+s)"
    r"\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|might)\b"
)
"""Right after the sentence's first comma, a demonstrative, a noun of its number and a verb
("..., that timetable could", "In criminal cases, these methods are"); not "that" opening a
clause ("..., that authorities might", "..., that he could"), nor a time of the reader's
("..., this year is")."""
_DEMONSTRATIVE_AFTER_COMMA = re.compile(r", th(?:at|is|ese|ose) ")
_LINE_AFTER_COLON = re.compile(":\n.")
"""A line's first character below a line closing on a colon."""
_IT_OPENING = re.compile(r"\n[^\n]{0,3}It ")
"""An "It " among a line's first six characters, `quoted_thing`'s literal test, found over
the joined texts: testing each text's first characters costs twice as much."""
_PHRASE = 120
"""The longest opening phrase read before the demonstrative, in characters."""
_THAT_TIME = re.compile(
    r"that(?<!\wthat)\s+(?:(?!(?:a|an|the|some|every|any|one|each)\b)[a-z]+\s+)?"
    r"(?:day|night|morning|afternoon|evening|weekend)\b"
)
"""A day or night told before ("that night", "later that day", "that same day", "that
election night"); not "that" opening a clause ("... is that some day ...", "that a day
before"). Its literal opening lets the search skip to each "that"."""
_PRONOUN_CREDIT = re.compile(
    r"[,?!][”\"]\s+(?:he|she)\s+(?:[a-z]+s|said|added|continued|[a-z]+ed)\.\s*\Z"
)
"""A quotation credited to "he" or "she" after its closing mark, by any verb ('...?" he
laughs.', ',” she said.')."""
_HE_SHE = he_or_she_opening(after_connective=True)
"""An opening "He" or "She", or one after an opening connective ("But he is a lesser-known
figure on Wall Street.", raw 19, Jerome Powell's, shown after another outlet's "Trump has
often taken credit ...")."""
_NAMED_CREDIT = re.compile(
    r"[,?!][”\"]\s+(?:(?:says|said|added)\s+(?:[\w.-]+\s+){0,3}(?P<after>[A-Z][\w’'-]+)"
    r"|(?P<before>[A-Z][\w’'-]+)\s+(?:says|said|added))(?:,\s+[RDI]-[A-Z][\w.]*)?[.!]?\s*\Z"
)
"""A quotation closing its sentence credited to someone by name ('...," says Page.', '...,"
Page said.'), a party and state after it or not ('..., said committee chairman Dave Camp,
R-Mich.', raw 116); the name in `after` or `before`."""


_HELPERS = (
    "just|really|also|now|then|still|never|only|probably|can|could|may|might|will|would|"
    "should|must|does|did|do|doesn’t|didn’t|doesn't|didn't|has|had|have|not"
)
"""Words between an "It" and its verb: adverbs and helping verbs, either apostrophe (as
`_NO_DEED` spells "don’t", "don't")."""
_NO_DEED = (
    "is|was|be|been|are|were|being|seems?|seemed|appears?|appeared|sounds?|sounded|looks?|"
    "looked|feels?|felt|matters?|mattered|follows?|followed|remains?|remained|occurs|occurred|"
    "turns?|turned|takes?|took|don’t|don't|isn’t|isn't|wasn’t|wasn't|the"
)
"""Verbs after which an "It" may stand for no thing: a copula ("“It was a panic,” ..."),
an impression or a raised clause ("It now seems clear that", "It may be that", "It really
don’t matter to me if"), a time taken ("It takes a while to register")."""
_QUOTED_IT = re.compile(
    r"[\s(\[]*(?:``|“|\")\s*It\s+"
    rf"(?:(?:{_HELPERS})\s+){{0,3}}(?:"
    r"(?:is|was|were|has\s+been|had\s+been|be|been)\s+"
    r"(?:(?:not|never|also|just|already|likely|first|then|originally|only)\s+)?"
    r"(?:[a-z]+ed|put|made|built|written|taken|given|shown|seen|sold|done|held|found|set|kept"
    r"|left|brought|known)\b(?!\s+(?:that|to|whether|how|if)\b)"
    rf"|(?!(?:{_NO_DEED}|{_HELPERS})\b)[a-z]+\b)"
)
"""A quotation opening on "It" and a deed it does or undergoes ("“It was put together by the
governor ...", raw 238; "“It works pretty well when you are resting,” ...", 142; "``It upsets
me deeply,''", DUC d30016t): a thing the speaker's words go on about, which the line before
names (the budget, the heart-rate device, the legal challenge)."""
_CREDIT_AFTER = re.compile(
    r"[,?!.]\s*(?:''|”|\")\s*,?\s+[^“”\"`]{0,80}?\b(?:said|says|told|tells|added|adds|wrote"
    r"|writes|explained|recalled|continued|recounted|described|according)\b"
)
"""A credit after a quotation's close ('...,” state Rep. Andy Jorgensen, a Democrat, said
...'): the speaker's words are given in the writer's line, below the writer's others."""


def quoted_thing(text: str) -> bool:
    """Whether a text is a quotation opening on a thing's "It" (`_QUOTED_IT`) credited after
    its close (`_CREDIT_AFTER`): shown below another line, the "It" reads as that line's
    thing, as an opening "It" does outside a quotation (`steps_apart.speaks_of_a_thing`).
    20 sentences of raw and DUC, each going on about a thing its line before names
    (docs/journal/summary.md, "Summary a reader sees, ninetieth pass")."""
    # a literal first: one sentence in a hundred opens a quotation on "It"
    if "It " not in text[:6] or _QUOTED_IT.match(text) is None:
        return False
    return _CREDIT_AFTER.search(text) is not None


def _outside_quotes(text: str) -> str:
    return QUOTED.sub(" ", text) if ('"' in text or "“" in text) else text


def _found(joined: str, word: str) -> list[int]:
    """Where `word` ends in `joined`, by `str.find` (a pattern of the word alone scans the
    cluster several times slower)."""
    ends = []
    at = joined.find(word)
    while at >= 0:
        ends.append(at + len(word) - 1)
        at = joined.find(word, at + 1)
    return ends


def _opens_with_demonstrative(text: str) -> bool:
    comma = text.find(",")
    return (
        0 < comma <= _PHRASE
        and not any(mark in text[:comma] for mark in '“”"`')
        and _DEMONSTRATIVE_SUBJECT.match(text, comma + 2) is not None
    )


def standing(texts: Sequence[str], article_starts: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Per text: whether it stands on the text before it in its article (see the module
    docstring: a list item below a line closing on a colon among them), and whether it is
    dated, outside its quotations, by a day or night told before ("that night", "later that
    day"). An article's first text that stands on the one before stands on nothing shown:
    the caller never takes it. Read over the texts joined, one search a cluster."""
    # where each text starts in `joined`: after the newline before it
    lines = list(itertools.accumulate((len(t) + 1 for t in texts), initial=1))
    joined = "\n" + "\n".join(texts)

    def rows(ends: Iterable[int]) -> list[int]:
        # the text holding each match's last character: an opening's match starts on the
        # newline before its text
        return [bisect.bisect_right(lines, end) - 1 for end in ends]

    def last(pattern: re.Pattern[str]) -> Iterator[int]:
        return (m.end() - 1 for m in pattern.finditer(joined))

    stands = set(rows(last(_OPENINGS)))
    stands.update(r for r in rows(_found(joined, "another")) if _ANOTHER_CREDIT.search(texts[r]))
    stands.update(
        r for r in rows(last(_DEMONSTRATIVE_AFTER_COMMA)) if _opens_with_demonstrative(texts[r])
    )
    # a quotation's thing's "It" ("“It was put together by the governor ...,” ... said", raw 238)
    stands.update(r for r in rows(last(_IT_OPENING)) if quoted_thing(texts[r]))
    # a list item: a line opening in lower case below one closing on a colon (a pattern
    # skips to each rare ":" faster than `str.find` reads a two-character word)
    items = (end for end in last(_LINE_AFTER_COLON) if joined[end].islower())
    stands.update(set(rows(items)).difference(article_starts))
    dated = [r for r in rows(last(_THAT_TIME)) if _THAT_TIME.search(_outside_quotes(texts[r]))]
    marked = np.zeros((2, len(texts)), dtype=bool)
    # most clusters mark nothing: an empty list still costs numpy an index conversion
    if stands:
        marked[0, list(stands)] = True
    if dated:
        marked[1, dated] = True
    return marked[0], marked[1]


def credited_to_another(
    texts: Sequence[str], ordered: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`) that are a
    quotation credited to "he" or "she", or a quotation alone, shown right after a sentence
    other than their article's one before, which closes on a quotation credited by name:
    the reader gives the words to that speaker (raw 20's Plant, "“These things aren't to
    study. ...”" after "..., says Page."), or after a run of quotations alone going on from
    such a sentence in its article (`_speaking`); a credit may close on a party and state
    ("..., said committee chairman Dave Camp, R-Mich."). A quotation alone is left as it is
    after its own article's credit when every sentence between that names someone names the
    same speaker (raw 97's McTiernan, 144's Obama). Read once the summary is chosen, for it
    to be chosen again without them."""
    marked = []
    for at, row in enumerate(ordered):
        if not at or ordered[at - 1] == row - 1 or row in first_rows:
            continue
        # the row's own reading first (a pronoun's credit holds a quotation mark): most rows
        # are neither, and then the credit before is never looked for
        text = texts[row]
        closes = text.endswith(".")
        if closes:
            if ('"' not in text and "”" not in text) or _PRONOUN_CREDIT.search(text) is None:
                continue
        elif BARE_QUOTE.match(text) is None:
            continue
        before = ordered[_speaking(texts, ordered, at - 1, first_rows)]
        credit = _NAMED_CREDIT.search(texts[before])
        if credit is None:
            continue
        if closes or not _same_speaker_between(
            texts, before, row, credit.group("after") or credit.group("before"), first_rows
        ):
            marked.append(row)
    return marked


def _speaking(
    texts: Sequence[str], ordered: Sequence[int], at: int, first_rows: Sequence[int]
) -> int:
    """The position in `ordered` of the line whose speaker the reader hears at `at`: back
    over quotations alone each shown right after its article's sentence before, which go on
    in that one's speaker's words (raw 116's Camp: '"We think ...," said committee chairman
    Dave Camp, R-Mich.' / '"We have to make sure ..."', then another outlet's Levin quotation
    alone)."""
    while (
        at
        and ordered[at - 1] == ordered[at] - 1
        and ordered[at] not in first_rows
        and BARE_QUOTE.match(texts[ordered[at]]) is not None
    ):
        at -= 1
    return at


def _same_speaker_between(
    texts: Sequence[str], before: int, row: int, name: str, first_rows: Sequence[int]
) -> bool:
    """Whether `before` comes earlier in `row`'s article (rows of `texts`; `first_rows` are
    the articles' first rows) and every sentence between that names someone names `name`."""
    if before > row or any(before < start <= row for start in first_rows):
        return False
    return all(name in text or not names_someone(text) for text in texts[before + 1 : row])


_PRONOUN_OPENINGS = (
    "He", "She", "But", "And", "Yet", "So", "Still", "Now", "Then", "In", "How", "(", "[",
)  # fmt: skip
"""The first letters of `_HE_SHE`'s openings, an opening bracket's too, tested before the
pattern."""


def another_outlets_one(
    texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`) that open on "He"
    or "She", after a connective or not ("But he ...", raw 19: `_HE_SHE`), right after
    another article's sentence: the reader takes the pronoun for that article's person (raw
    55's Paula Blades, "She went to doctor after doctor ..." after six sentences on Anne
    Ziegenhorn). Read once the summary is chosen, for it to be chosen again
    without them."""
    return [
        row
        for at, row in enumerate(ordered)
        if at
        and texts[row].startswith(_PRONOUN_OPENINGS)
        and _HE_SHE.match(texts[row]) is not None
        and article_of[ordered[at - 1]] != article_of[row]
    ]
