"""One deed two outlets give to or by two bodies: raw 60's CBS Miami "Over the weekend,
Keith Fitzgerald Knowles, Jr. turned himself in to Broward Sheriff's detectives." against
the Sun-Sentinel's "Keith Fitzgerald Knowles Jr., 27, turned himself in to Fort Lauderdale
police and was booked into jail Sunday after Broward Sheriff's detectives circulated
security camera video ...": one surrender, received by two bodies.

The reading is agreement_bodies' (which marks such a support in part): the same deed in the
same words, its verb in a past form, to or by a body named with capitals, the two bodies
sharing no capitalised word. Shown only when each article gives the deed to its own body
and never to the other's, both ways round: an article naming both tells two deeds."""

from __future__ import annotations

from collections.abc import Sequence

from chorus.analyze.agreement_bodies import bodies_apart, names_a_body
from chorus.analyze.model import Conflict
from chorus.model import Sentence


def body_conflicts(story: Sequence[Sentence]) -> list[Conflict]:
    """A conflict for each pair of sentences of two articles of the `story` that give one
    deed to or by two bodies (`bodies_apart` each way round, against the other article's
    sentences), the reason naming the deed and both bodies."""
    named = [s for s in story if names_a_body(s.text)]
    by_article: dict[str, list[str]] = {}
    for sentence in named:
        by_article.setdefault(sentence.article.id, []).append(sentence.text)
    found: dict[str, Conflict] = {}
    for n, ours in enumerate(named):
        for theirs in named[n + 1 :]:
            if ours.article.id == theirs.article.id:
                continue
            apart = bodies_apart(ours.text, [theirs.text])
            if apart is None:
                continue
            deed, body, other = apart
            # neither article may give that deed to the other's body anywhere
            both_ways = (
                bodies_apart(ours.text, by_article[theirs.article.id]),
                bodies_apart(theirs.text, by_article[ours.article.id]),
            )
            if any(told is None or told[0] != deed for told in both_ways):
                continue
            reason = f"{deed[0].upper()}{deed[1:]} different bodies: {body} vs {other}"
            # one conflict a reason: an article telling the deed twice shows it once
            found.setdefault(reason, Conflict("body", (ours,), (theirs,), reason))
    return list(found.values())
