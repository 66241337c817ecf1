"""The summary's sentences as shown, each with the other outlets' sentences it cites:
`summarize`'s last step, once the rows and their order are settled (the tests of what a
sentence may cite are citations.py's)."""

from __future__ import annotations

from collections.abc import Sequence

from chorus.facts import near_duplicates, supports
from chorus.model import Sentence, SummarySentence
from chorus.summarize.citations import linked_rows, retold_by, told_in_part, written_within
from chorus.summarize.features import ClusterView
from chorus.summarize.retold_leads import cited_leads
from chorus.summarize.retold_whole import quotes_each_sentence
from chorus.summarize.same_fact import Wording
from chorus.summarize.shown import shown


def cited_sentences(
    view: ClusterView,
    ordered: list[int],
    same: Wording,
    merge: float,
    linked: Sequence[Sequence[Sentence]],
    retold: dict[int, int],
) -> tuple[SummarySentence, ...]:
    """The summary sentences of the rows `ordered`, in that order, each citing its
    near-duplicates and retellings that support it (`merge`, the near-duplicate cosine);
    `linked`, the analysis' agreed facts, and `retold`, each lead left out as telling a
    shown lead's deeds again, bring more."""
    texts = view.texts
    starts = view.article_starts
    repeats = retold_by(
        same,
        view.vectors,
        ordered,
        near_duplicates(view.vectors, view.article_of, view.article_starts, ordered, merge),
    )
    if linked:
        others = linked_rows(view.sentences, ordered, linked)
        repeats = told_in_part(same, texts, ordered, repeats, others)
    # A lead left out as telling a shown lead's deeds again carries it.
    repeats = cited_leads(texts, view.article_of, ordered, repeats, retold)
    shown_rows = [shown(view.sentences[row]) for row in ordered]
    # A near-duplicate that gives another figure or day is no source for what is shown, nor
    # one quoting a sentence of its quotation and not the others (raw 163's Allen).
    kept = [
        [
            m
            for m in matches
            if supports(texts[row], texts[m]) and quotes_each_sentence(texts[row], texts[m])
        ]
        for row, matches in zip(ordered, repeats, strict=True)
    ]
    # A copy writing every word shown in a row says all of it, whatever more it says (raw
    # 26's "But Mr Zuckerberg added: “In a free society, ..."): read after the tests above,
    # which weigh one sentence against it (raw 44's Billboard writes Anastasio's over four).
    kept = written_within(view.tokens, starts, [s.text for s in shown_rows], ordered, kept)
    return tuple(
        SummarySentence(shown=sentence, also=tuple(view.sentences[m] for m in rows))
        for sentence, rows in zip(shown_rows, kept, strict=True)
    )
