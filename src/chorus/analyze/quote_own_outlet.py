"""An outlet's own reporting, which is no one's quotation.

A page that names itself as it reports ("The Guardian has confirmed that action is to be
announced on Monday ...", raw 191, the page ingest reads as The Guardian's by its ", the
Guardian has learned.") gives the outlet's findings, not words someone said to it: the
row "Guardian: action is to be announced ..." listed the writer's reporting as a
speaker's. Only where the speaker is the article's own outlet and the verb reports a
finding ("has learned", "has confirmed", "can reveal"): "The Times said in a statement"
of the paper's own company, in its own story, is still words it said.

Nor is another writer's account of an outlet whose own article the cluster holds: "According
to Newsweek, Alexander’s experience proves that consciousness is independent of the brain,
... but also butterflies and beautiful girls in peasant dress." (raw 212 [2], a rebuttal
mocking the magazine, whose own cover story is [1]) gave "Newsweek:" words the magazine
never printed. A row "according to" such an outlet with no quotation mark in its words is
the writer's paraphrase, and the outlet's own words are in its own article. Of the 21 rows
"according to" an outlet over the 250 raw and 30 DUC clusters (Billboard, Salon, Variety,
Interfax, ...), the cluster held that outlet's article for this one only, and only on the
ingest path, which reads outlets from the pages.
"""

from __future__ import annotations

import re

from chorus.analyze.attribution import Attribution
from chorus.language.quote_marks import holds_a_mark
from chorus.model import Sentence

_FINDING = re.compile(
    r"\s+(?:has|have|had)\s+(?:(?:also|now)\s+)?(?:learned|learnt|confirmed|obtained|seen"
    r"|established|discovered|found)\b|\s+can\s+(?:now\s+)?(?:confirm|reveal|report)\b"
    r"|\s+understands\b"
)
"""An outlet's verb of its own finding, right after its name."""


def own_reporting(found: Attribution, sentence: Sentence) -> bool:
    """Whether an attribution is its article's own outlet reporting what it found."""
    article = sentence.article
    if outlet_key(found.speaker) != outlet_key(article.outlet):
        return False  # a string comparison first: nearly every speaker is no outlet
    at = article.text.find(found.speaker, found.speaker_start)
    return at >= 0 and _FINDING.match(article.text, at + len(found.speaker)) is not None


def outlet_key(outlet: str) -> str:
    """An outlet's name as a speaker's is compared with it."""
    return outlet.removeprefix("The ").casefold()


_ACCORDING = re.compile(r"according to (?:the )?$", re.IGNORECASE)
"""The credit right before an outlet's name."""


def retold(found: Attribution, sentence: Sentence, outlets: frozenset[str]) -> bool:
    """Whether an attribution is a writer's unquoted account, "according to" it, of an
    outlet (`outlets`, keys) that wrote another of the cluster's articles."""
    key = outlet_key(found.speaker)
    if key not in outlets or key == outlet_key(sentence.article.outlet):
        return False  # a set test first: nearly every speaker is no outlet of the cluster
    text = sentence.article.text
    at = text.find(found.speaker, found.speaker_start)
    credit = _ACCORDING.search(text, max(0, at - 17), at) if at >= 0 else None
    return credit is not None and not holds_a_mark(text[found.start : found.end])
