"""An outlet's own reporting, which is no one's quotation.

A page that names itself as it reports ("The Guardian has confirmed that action is to be
announced on Monday ...", raw 191, the page ingest reads as The Guardian's by its ", the
Guardian has learned.") gives the outlet's findings, not words someone said to it: the
row "Guardian: action is to be announced ..." listed the writer's reporting as a
speaker's. Only where the speaker is the article's own outlet and the verb reports a
finding ("has learned", "has confirmed", "can reveal"): "The Times said in a statement"
of the paper's own company, in its own story, is still words it said.
"""

from __future__ import annotations

import re

from chorus.analyze.quote_hits import Attribution
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
    outlet = article.outlet.removeprefix("The ").casefold()
    if found.speaker.removeprefix("The ").casefold() != outlet:
        return False  # a string comparison first: nearly every speaker is no outlet
    at = article.text.find(found.speaker, found.speaker_start)
    return at >= 0 and _FINDING.match(article.text, at + len(found.speaker)) is not None
