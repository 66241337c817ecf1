"""The live update a count is told in: a live blog ("The Latest ... (all times local)")
heads each update with its time ("2:44 p.m.") and puts the newest first.

A count of a live update is its page's figure at that time, as one dated "now" is at the
time of writing: set against another outlet's it is shown (raw validation 35: AP's 2:44
p.m. "13 people are in custody" against the Register's "12 people were arrested", five
Klan members and seven counter-protesters against six and seven: one tally of a brawl
over, two figures), and its reason gives the update's time, so a reader can weigh an
update against an estimate (counted.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from chorus.model import Sentence
from chorus.summarize.leaning import TIME_MARK


def update_time(sentences: Sequence[Sentence], row: int) -> str:
    """The time heading the update the sentence at `row` is in ("2:44 p.m."), when its
    article is a live blog (two time marks or more: one alone may be a page's stamp); ""
    otherwise. Read only for the sentences of a conflict."""
    article = sentences[row].article
    marks = [
        (at, sentence.text.strip())
        for at, sentence in enumerate(sentences)
        if sentence.article is article and TIME_MARK.match(sentence.text)
    ]
    above = [text for at, text in marks if at < row]
    return above[-1] if len(marks) >= 2 and above else ""
