"""Each sentence's ties to its neighbours, read once before any is chosen: the rows that
wait for the one before (`follows`), that are shown with the one after (`leads`), that are
taken with the one before (`pulls`), and the rows never taken (`shut`); `select` reads
them, and `summarize` marks more rows in `shut` and `pulls` as it reads its choices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from chorus.dangling import goes_on, introduces, refers_back, says_what_exclaimed
from chorus.dangling_inside import goes_on_inside, points_back_inside, unnamed_subject
from chorus.summarize.announced_list import announcing
from chorus.summarize.contrasts import (
    denied_points,
    not_just,
    sets_up_contrast,
    taken_back,
    takes_back_before,
)
from chorus.summarize.credit_lines import credit_lines, credited_before
from chorus.summarize.enumerated import opens_enumeration, run_ties
from chorus.summarize.features import ClusterView
from chorus.summarize.hangs_on import broken_off, hangs_on_before, ones_fragment
from chorus.summarize.leaning import leans_on_before, older_updates
from chorus.summarize.list_items import older_dated_entries, roster_item, run_on_list
from chorus.summarize.named_further import named_further_back
from chorus.summarize.newsroom import trails_off
from chorus.summarize.opening_clause import clause_leans_back
from chorus.summarize.page_lines import points_above, points_ahead, points_at_figure
from chorus.summarize.papers import reported_studies
from chorus.summarize.pointed_at import announces_quotation, points_at_before, teases
from chorus.summarize.presumed import presumes_before
from chorus.summarize.questions import questions_answered
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.side_studies import own_study
from chorus.summarize.stands_on import standing
from chorus.summarize.summed_up import sums_up_before
from chorus.summarize.told_before import source_met_before


@dataclass(frozen=True, slots=True)
class Ties:
    """Per sentence of a cluster: the masks `select` reads, and the credit lines (a
    quotation right above one is shown with it or left out)."""

    follows: np.ndarray
    leads: np.ndarray
    pulls: np.ndarray
    shut: np.ndarray
    credits: np.ndarray


def _leaning(texts: Sequence[str], starts: np.ndarray, dated: np.ndarray) -> np.ndarray:
    # A sentence that points back at, goes on from, or speaks of a "he" or "she" named in
    # the one before (or opens with one after a sentence naming someone) waits for it.
    unnamed = np.fromiter(map(unnamed_subject, texts), dtype=bool, count=len(texts))
    inside = np.fromiter(map(points_back_inside, texts), dtype=bool, count=len(texts))
    # ... or goes on from it with a connective after its opening words ("In Malaysia, for
    # example, ...").
    inside |= np.fromiter(map(goes_on_inside, texts), dtype=bool, count=len(texts))
    other = np.fromiter(map(refers_to_before, texts), dtype=bool, count=len(texts))
    # ... or speaks of them inside its opening clause ("Before he came out, his clerk ...").
    clause = np.fromiter(map(clause_leans_back, texts), dtype=bool, count=len(texts))
    # ... or tells someone summed it up ("Bannon ... seemed to capsulize it in a speech ...").
    summed = np.fromiter(map(sums_up_before, texts), dtype=bool, count=len(texts))
    # ... or points at something told before inside its words ("... searching for that
    # person.", "... to answer these questions ...", "To our knowledge, such an analysis").
    pointed = np.fromiter(map(points_at_before, texts), dtype=bool, count=len(texts))
    # A "That's" after a one- or two-word exclamation tells what it was at (raw 3's "Gasp!").
    back = refers_back(texts) & ~says_what_exclaimed(texts)
    leaning = back | goes_on(texts) | unnamed | inside | other | dated | clause
    # ... or supposes or weighs what it told ("If only that were true — ...", "Light joggers
    # ... fared better, in that order, ...").
    hanging = np.fromiter(map(hangs_on_before, texts), dtype=bool, count=len(texts))
    leaning |= summed | pointed | hanging
    # ... or presumes what it told ("Failure to pay ...", "that “moment”").
    leaning |= presumes_before(texts, starts)
    # A day's capitals ruled out of `unnamed_subject` are read after a sentence naming no one.
    leaning |= named_further_back(texts)
    return leaning


def _pointing(
    view: ClusterView, ahead: np.ndarray, denied_alone: np.ndarray, met: np.ndarray
) -> np.ndarray:
    """The rows shut for what they point at, or for the page they stand on; `met`, the rows
    naming their source by the introduction sentences before (`source_met_before`) that do
    not take back the claim above them."""
    texts = view.texts
    # A live blog's older updates are overtaken by the newer ones above them.
    shut = older_updates(texts, view.article_starts)
    # "Here's a sampling of ..." points to a list the summary does not show.
    shut |= points_ahead(texts)
    # ... and "... in the following areas in the US." to a list the page gives after it.
    shut |= announcing(texts)
    # ... and "the above special election" to what the page showed above it.
    shut |= points_above(texts)
    # ... and "(Fig. 6)" or "table 4" to a paper's figure, which the summary cannot show.
    shut |= points_at_figure(texts)
    # "The security official said ..." names its speaker by the introduction sentences before.
    shut |= met
    # A research paper's text beside more reports of it writes for its field (raw 56's "CO 2
    # and H 2 O", "fuel1,2,3"): the reports tell what it found.
    studies = reported_studies([view.sentences[start].article for start in view.article_starts])
    if studies:
        shut |= np.isin(view.article_of, studies)
    shut |= denied_alone
    # "The ones we have with our environment, and ..." is a phrase answering the line before.
    shut |= np.fromiter(map(ones_fragment, texts), dtype=bool, count=len(texts))
    # "In Lee's own study of 55,000 adults, ..." tells a commentator's study, not the news
    # (raw 74); "It was published in 2014, ..." below it stands on it and goes with it.
    shut |= np.fromiter(map(own_study, texts), dtype=bool, count=len(texts))
    # ... and a piece of a sentence its page broke over lines ("a flashpoint for ...").
    broken = np.fromiter(map(broken_off, texts), dtype=bool, count=len(texts))
    if np.count_nonzero(broken) < len(texts):
        shut |= broken
    # A list's entries: people named with their ages and no verb ("Patrick Callahan, 21, ...;
    # each charged with ..."), and an entry under a date header older than its article's day.
    shut |= np.fromiter(map(roster_item, texts), dtype=bool, count=len(texts))
    shut |= older_dated_entries(view.sentences, view.article_starts)
    # ... and a list run on in its heading's sentence, a lower-case item a line.
    shut |= run_on_list(texts, view.article_starts)
    # ... and a line pointing ahead from its article's last row, at what no line tells.
    last = np.zeros(len(texts), dtype=bool)
    last[view.article_starts - 1] = True
    if np.count_nonzero(ahead & last) < len(texts):
        shut |= ahead & last
    # ... and an article's last row ending in an ellipsis after a word: its page cut it off
    # there ("... why the crew tried bring the plane down in such unfavorable ...", raw 224).
    for row in np.flatnonzero(last):
        shut[row] |= trails_off(texts[row])
    return shut


def row_ties(view: ClusterView) -> Ties:
    """The ties of a cluster's sentences, each article's in source order."""
    texts = view.texts
    stands, dated = standing(texts, view.article_starts)
    leaning = _leaning(texts, view.article_starts, dated)
    # A sentence leaning back, or setting itself against a reading it gave ("But ... not
    # just ..."), waits for the one before.
    follows = leaning | leans_on_before(texts) | not_just(texts)
    # A numbered run of points is shown whole or not started: a point leads into the next one
    # right after it ("Second, Comey refused." / "Third, ..."); one past the first waits.
    into_next_point, past_first = run_ties(texts, view.article_starts)
    follows |= past_first
    # A source met in the introduction sentences before, taking back the claim right above
    # it ("The administration official said that statement was not accurate, ...", raw 149),
    # is shown only right below that claim; any other such line is shut (`_pointing`).
    met = source_met_before(texts)
    denials = takes_back_before(texts, met, view.article_starts)
    follows |= denials
    # A line pointing ahead, or a claim the sentence after takes back ("However, ... said
    # there was no evidence ..."), is shown with that sentence. An article's last sentence
    # points ahead at nothing its page tells ("Brad also revealed the last conversation he
    # had with Devin.", raw 111): never shown; nor is a quotation announcing what its
    # speaker tells next (raw 151's "“I want to tell you one more thing ...,” Bundy said").
    # A quotation is shown with the credit line below it, which waits for it.
    ahead = (
        introduces(texts) | teases(texts) | opens_enumeration(texts) | announces_quotation(texts)
    )
    leads = ahead | sets_up_contrast(texts) | taken_back(texts) | into_next_point
    # "The problem is not that ..." is shown with the sentence making its point, or never.
    denying, denied_alone = denied_points(texts, view.article_starts)
    leads |= denying
    leads[view.article_starts - 1] = False
    credits = credit_lines(texts, view.article_starts)
    leads[:-1] |= credits[1:]
    follows |= credits
    # A quotation alone after the sentence crediting it is shown with that sentence.
    pulls = credited_before(texts, view.article_starts) & ~follows
    # A sentence standing on the one before ("Until then, ...", "Someone else shouts, ...")
    # is taken with it.
    stands &= ~follows
    pulls |= stands
    pulls[view.article_starts] = False
    shut = _pointing(view, ahead, denied_alone, met & ~denials)
    # An article's first sentence has nothing before it to wait for: one that leans back
    # (its page opening mid-story, "Because most babies at those ages ...") is never
    # taken, unless it is all there is.
    starts = view.article_starts
    opening = starts[leaning[starts]]
    if len(opening) < len(texts):
        shut[opening] = True
    follows[starts] = False
    # ... or never, when the one before waits or is shut, or there is none.
    lone = stands.copy()
    lone[1:] &= follows[:-1] | shut[:-1]
    lone[starts] = stands[starts]
    if np.count_nonzero(lone) < len(texts):
        shut |= lone
    # A page's question is shown with its answer after it, and the answer with its question
    # (raw 115's AP page); never one without the other, nor an asking turn's line no answer
    # follows (raw 144's interview).
    asked, unanswered = questions_answered(texts, starts)
    leads |= asked
    pulls[1:] |= asked[:-1]
    shut |= unanswered
    shut[1:] |= asked[:-1] & (follows[:-1] | shut[:-1])
    return Ties(follows, leads, pulls, shut, credits)
