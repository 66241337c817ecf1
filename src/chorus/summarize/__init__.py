"""Summarize: score sentences, select them under a word budget, merge and order them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from chorus.model import Sentence, SummarySentence
from chorus.represent import embed
from chorus.settings import SummaryOptions
from chorus.summarize.authors_voice import AuthorsPages
from chorus.summarize.cited import cited_sentences
from chorus.summarize.credit_lines import quoted_elsewhere, speaks_as_we
from chorus.summarize.features import FEATURES, cluster_view, feature_matrix
from chorus.summarize.introduced_first import introduced_first
from chorus.summarize.leaning_apart import leaning_apart
from chorus.summarize.not_story import page_line, page_not_story
from chorus.summarize.order import reading_order
from chorus.summarize.own_voice import (
    OwnPages,
    block_quoted,
    introduction_untaken,
    unintroduced,
)
from chorus.summarize.page_lines import own_title
from chorus.summarize.passages_apart import passages_apart
from chorus.summarize.posts_apart import posts_apart
from chorus.summarize.pulls_undone import PullsUndone
from chorus.summarize.quoted_twice import piece_quoted_again, quoted_again
from chorus.summarize.restated import restated
from chorus.summarize.retold_deaths import retold_deaths
from chorus.summarize.retold_leads import retold_leads
from chorus.summarize.retold_on_page import paired_words, retold_on_page
from chorus.summarize.retold_plainly import PlainWords, retold_in_plain_words
from chorus.summarize.said_apart import said_apart
from chorus.summarize.same_fact import Told, retold_events, told_within, wording
from chorus.summarize.same_figures import retold_figures
from chorus.summarize.same_opening import retold_openings
from chorus.summarize.scorers import scores
from chorus.summarize.select import for_cluster, select
from chorus.summarize.surname_introductions import introductions, subject_introductions
from chorus.summarize.surnames import named_in_full_first
from chorus.summarize.ties import row_ties
from chorus.summarize.unnamed_rows import unnamed_opening


def summarize(
    per_article: Sequence[Sequence[Sentence]],
    options: SummaryOptions,
    vectors: np.ndarray | None = None,
    linked: Sequence[Sequence[Sentence]] = (),
    opening: Callable[[tuple[SummarySentence, ...]], Sentence | None] | None = None,
) -> tuple[SummarySentence, ...]:
    """The summary of a cluster given each article's sentences (in source order).
    `vectors`, when the caller has embedded the sentences already, holds one row per
    sentence in that order; `linked`, groups of sentences the caller found to state one
    fact (the analysis' agreed facts), from which a summary sentence cites those telling a
    part of it (`citations.told_in_part`); `opening`, read once on the summary made, the
    sentence whose article opens it instead (the headline's lead, `chorus.headline_opening`),
    or None: its rules then read that order again, as the briefing shows it."""
    groups = [group for group in per_article if group]
    flat = [s for group in groups for s in group]
    if vectors is None:
        vectors = embed([s.text for s in flat])
    view = cluster_view(groups, vectors)
    options = for_cluster(options, int(view.words.sum()))
    texts = view.texts
    starts = view.article_starts
    # Which rows wait for, come with or are taken with a neighbour, and which are never taken.
    ties = row_ties(view)
    follows, pulls, shut, credits = ties.follows, ties.pulls, ties.shut, ties.credits
    features = feature_matrix(view, options)
    key = scores(features, options, view)
    # A short sentence closing on its punctuation may fill the room the long ones leave
    # (raw 42's "Her injuries have left her tetraplegic."); a heading or list line may not.
    # So may an article's lead the overlap cut passed over for the sentences below telling
    # its words (raw 12's "CNN is being sued by two EMTs ...", 0.53 of them told): any other
    # long sentence the cut passed over repeats (at 1,000 words 85 raw summaries took one).
    finished = features[:, FEATURES.index("unfinished")] == 0
    lead = (features[:, FEATURES.index("first")] == 1) & (view.words >= options.min_words)
    fill = finished & ((view.words < options.min_words) | lead)
    # Each article's first prose row: the summary opens on one when one is shown.
    prose_leads = frozenset(int(row) for row in np.flatnonzero(lead & finished))
    # Two outlets' wordings of one fact pass the redundancy and overlap cuts (raw 96's two
    # reports of Mark Lane's work on the King assassination): read as the analysis reads them.
    same = wording(view.terms, view.article_of)
    paired = paired_words(view.terms, view.article_of)
    plain = PlainWords(texts, view.article_of)
    retold: dict[int, int] = {}
    own_pages = OwnPages(view.sentences, view.article_starts, view.article_of)
    authors = AuthorsPages(view.sentences, view.article_of)
    block = block_quoted(view.sentences, view.article_starts)
    wanted = np.zeros(len(texts), dtype=bool)
    brings = np.full(len(texts), -1)
    # A chosen row is read once for the page's lines, a title or a "we": one found to be the
    # page's is shut, never chosen again, so a row chosen again was read as the story's (over
    # the 250 raw clusters, 2,732 reads where each selection's 3,745 chosen rows were read).
    read: set[int] = set()
    titles: set[int] = set()
    says_we: set[int] = set()
    # The openings found wanting (unnamed, or the page's): an article's lead opens the choice.
    reopening: set[int] = set()
    # The headline's lead, once `opening` has named it: its article's rows read first.
    headline: int | None = None
    settled: frozenset[int] = frozenset()
    asked = False
    undo = PullsUndone(prose_leads, pulls, view.words)

    # A row pulled already, or whose tie was undone for a lead it cost, is tied no more:
    # each rule below leaves it as it says it does when a tie cannot be made, as it does
    # one whose line before waits, is shut, or is taken with its own line before (`select`
    # brings one line: raw 238's "“I suspect that’s why ...”" brought Jorgensen's "“It was
    # put together ...”" without the budget's line it stands on).
    def cannot_pull(row: int) -> bool:
        return undo.tied(row, pulls) or bool(follows[row - 1] or shut[row - 1] or pulls[row - 1])

    def takes_before(row: int) -> bool:
        return row not in starts and not cannot_pull(row)

    # The headline's round reads the rows chosen in the round before it, whose masks nothing
    # changed since: chosen again, they are the same (~1 ms in each summary that moves).
    choose = True
    while True:
        if choose:
            chosen = select(
                key,
                view.vectors,
                view.words,
                options,
                terms=view.terms,
                follows=follows,
                leads=ties.leads,
                shut=shut,
                told=Told(same),
                pulls=pulls,
                fill=fill,
                first=wanted if wanted.any() else None,
                brings=brings,
            )
        choose = True
        undo.seen(chosen)
        # Only the chosen rows are read for a newsroom's step or a writer's congratulations,
        # then chosen again without it: a row never chosen changes no choice, so this
        # selects as shutting every step at once would, without reading every sentence (3
        # of the 250 raw validation clusters choose again). So is a second telling of one
        # event or fact (raw 96's Mark Lane's death, 53's stray bullet): the first stays.
        # A video's blurb, lone heading, quoted title or field is the page's (raw 29, 21, 63, 201).
        fresh = [row for row in chosen if row not in read]
        read.update(fresh)
        steps = [
            row for row in fresh if page_not_story(texts[row]) or page_line(view.sentences[row])
        ]
        page_rows = set(steps)
        titles.update(row for row in fresh if own_title(view.sentences[row]))
        says_we.update(row for row in fresh if speaks_as_we(texts[row]))
        # A speaker's own page (a memo, a statement, a blog) says "we" or "I"; an outlet
        # quoting the same words says who.
        own_i = own_pages.rows(chosen)
        own = {row for row in chosen if row in says_we}
        own.update(own_i)
        steps += quoted_elsewhere(texts, view.vectors, view.article_of, sorted(own))
        # A letter's "we" (raw 26's "To our community,"), an organiser's plea (25's "... we
        # want to honor him ...") or a page written as "we" (166's airline) is its writer's,
        # read beside other articles as fact; a summary of one page alone is that page's (148).
        if len(starts) > 1:
            steps += [row for row in authors.writers_lines(chosen) if row not in steps]
            steps += [row for row in own_pages.written_as_i(chosen) if row not in steps]
            steps += [row for row in own_pages.written_as_we(chosen) if row not in steps]
        # A writer's own page (raw 81's "I met ...", 166's airline's "we") opens no summary
        # another lead can open; nor does a paper's text in its "we" (raw 6's "We test ...").
        ordered = reading_order(
            view,
            chosen,
            prose_leads,
            bool(reopening),
            frozenset(own_i + authors.rows(chosen)) | own_pages.left_as_we,
            lambda row: own_pages.on_own_page(row) or authors.on_page(row),
            headline,
        )
        # A row left out as the page's (an interview's "Great to be here.", raw 144) makes no
        # other row a second telling: read beside it, the president's answers under the same
        # speaker's label were left out as restating it and stayed out once it went.
        story = [row for row in ordered if row not in page_rows]
        steps += retold_events(same, texts, view.vectors, story)
        # ... of one deal (raw 15's Kors buying Jimmy Choo for $1.2 billion) or one share
        # (raw 61's 23% fall in brewer sales), told by two outlets.
        steps += retold_figures(texts, story, view.article_of)
        # A row a longer chosen row tells already (raw 187's rubble) brings nothing.
        steps += told_within(view.terms, texts, view.vectors, story)
        # ... nor one brought along restating its own article's row at the redundancy cut
        # (171), nor one just under it telling a row's deed again with no name or number of
        # its own (raw 67's judge "locked up" in the cell with the veteran, twice), nor one
        # describing again a moment of a clip another outlet described (raw 32's bump).
        steps += restated(view.vectors, view.article_of, texts, story, options.redundancy)
        # ... nor one telling another outlet's fact in other words, two words in lower case
        # or figures each writes there alone shared (raw 158's "18,000", 159's blood clot).
        steps += retold_in_plain_words(same, view.vectors, story, plain)
        steps += retold_openings(same, texts, view.vectors, story, frozenset(steps))
        # ... nor one telling again, in other words, its own article's row shown before
        # (raw 40's paraphrase of a filing, then the filing's words).
        steps += retold_on_page(view.terms, paired, view.vectors, view.article_of, texts, story)
        # A surname waits for the sentence that names its person in full, from any article;
        # the opening read is the row shown first after that move (raw 36's first row
        # "DeMint ..." moves down and its "But almost as soon as ..." is shown first).
        shown_order = named_in_full_first([texts[row] for row in ordered], texts)
        # ... and a surname line, its article's only one telling who the "he" lines above it
        # are (raw 155's "Reischl, 67, ..."), opens their run.
        moved = introduced_first(texts, [ordered[n] for n in shown_order], view.article_of)
        shown_order = [shown_order[n] for n in moved]
        # One death two outlets tell (raw 246's officer "found dead in his home") is told once:
        # the telling shown first stays.
        steps += retold_deaths(texts, [ordered[n] for n in shown_order], view.article_of)
        # A source's title below the summary's first line repeats its lead in a headline's
        # words; the title opening the summary heads the briefing.
        steps += [ordered[n] for n in shown_order[1:] if ordered[n] in titles]
        # A summary opening on "He ..." never says who; nor one opening on an "I" on its
        # own page beside other articles: a memo or a letter speaking for a "we" (raw 231's
        # "On behalf of all of us, I am incredibly proud ..."), or a review's or a column's
        # lead in its writer's aside (raw 70's "Truthfully, if it hadn't been my paying job
        # as a critic ..."), read as the briefing's own voice. Only a lead: a column's "I"
        # further down (raw 61) left out gave the opening, and the headline, to its next
        # line ("The overwhelming majority of sales are for pods ...") over the quarter's
        # figures.
        if shown_order:  # nothing chosen: a budget under every sentence's length
            first = ordered[shown_order[0]]
            unnamed_first = unnamed_opening(texts, [first])
            # ... nor one on a page's own line (raw 61's column, "... in my previous GMCR
            # article ..."): chosen again, an article's lead opens it, not its next line.
            if unnamed_first or first in page_rows:
                reopening.add(first)
            steps += unnamed_first
            if len(starts) > 1 and first in says_we:
                steps += own_pages.rows([first])
            elif len(starts) > 1 and first in prose_leads:
                steps += own_pages.asides([first])
        in_order = [ordered[n] for n in shown_order]
        # Someone's first-person words a page sets off as a passage, signed ("—Paul
        # Ehrlich") or led into ("whom Kunzig quotes:"), shown with no line naming them read
        # as the writer's (raw 45's "I came to understand it ... in Delhi"): left out.
        steps += passages_apart(view.sentences, in_order)
        # ... as are readers' posts a page sets out in their own "I" (raw 80's "I opened
        # Safari and lost 2% ...", below "Here are some." after the forums' reports).
        steps += posts_apart(view.sentences, in_order)
        # A line shown without who speaks it (a bare quotation, a surname, a "he said") is
        # taken with the line before it saying who, or left out.
        said = said_apart(
            view, ordered, in_order, steps, settled, undo, pulls, credits, cannot_pull
        )
        steps += said.left_out
        pulled = said.pulled
        just_named = said.just_named
        wanted[list(said.copies.values())] = True
        # A later outlet's lead telling again the event of a lead shown before it (raw
        # 110's arrest), or its news in other words (raw 2's Viking site under a parking
        # lot), brings nothing, unless that lead goes too.
        found = retold_leads(
            same, texts, view.vectors, ordered, prose_leads.union(starts.tolist()), plain
        )
        found = {
            row: lead for row, lead in found.items() if lead not in steps and row not in settled
        }
        retold.update(found)
        steps += list(found)
        # A line leaning on its article's line before (a "Then", "the man", a contrast) is
        # taken with it, or left out.
        left, taken = leaning_apart(
            texts, in_order, starts, view.words, pulls, takes_before, cannot_pull
        )
        steps += left
        pulled += taken
        # One remark quoted twice is shown once, where the reader meets it first (raw 217's
        # Parker, whole in one outlet and a piece of it in another's sentence): read last,
        # on the rows no rule above leaves out, so the telling kept is one shown; so is one
        # reply two outlets quote a word of (raw 132's UNFPA calling the claim "erroneous").
        kept = [row for row in ordered if row not in steps]
        steps += quoted_again(texts, kept) + piece_quoted_again(
            texts, view.vectors, view.article_of, kept
        )
        # Someone's words set as a block below the line saying whose (raw 225's McDowell
        # statement to CBS12) are shown below that line: chosen again with it taken first.
        unshown = unintroduced(block, view.words, options.min_words, chosen)
        fresh = [intro for intro in unshown.values() if not wanted[intro]]
        wanted[fresh] = True
        # Below a line too short to be chosen ("Rubin writes:", raw 36; "UConn sent News 8
        # the following statement:", raw 8) they read as the briefing's own: left out.
        steps += introduction_untaken(texts, block, view.words, options.min_words, chosen)
        # A line shown whose speaker is a surname no line shown names in full (raw 99's
        # "“...,” Lanier told ...") is taken only with its article's earlier line naming
        # that person in full ("Police Chief Cathy L. Lanier did not reply ..."), as a
        # quotation is with its credit; not one pulled with its naming line already.
        met = introductions(texts, in_order, view.article_of, starts)
        # Only an introduction no longer than the line, or scored as high: a longer, weaker
        # one took the room of a line of the story (raw R-1 -0.047 with every one brought;
        # 35's "... said Anaheim resident Joe Castaneda, ..." is such a one).
        wants = {
            row: intro
            for row, intro in met.items()
            if brings[row] < 0
            and row not in settled
            and row not in just_named
            and (view.words[intro] <= view.words[row] or key[intro] >= key[row])
        }
        # A row opening on such a surname as its subject ("Gardner was one of the delegates
        # ...", raw 106) is taken only with its introduction when that scores as high, and
        # else left out: brought under the speakers' bound, weaker ones took lines of the
        # story (raw R-1 -0.022).
        subjects = subject_introductions(texts, in_order, view.article_of, starts)
        for row, intro in subjects.items():
            if brings[row] >= 0 or row in settled or row in just_named or row in met:
                continue
            if key[intro] >= key[row]:
                wants[row] = intro
            else:
                steps.append(row)
        # One whose introduction was undone for a lead it cost is left out with it (raw 19's
        # "“It's still in a very strong place,” Gidley said.", mend85), as a refused pull's is.
        steps += undo.left_bare(wants)
        bring = {row: intro for row, intro in wants.items() if not undo.tied(row, pulls)}
        brings[list(bring)] = list(bring.values())
        steps = [row for row in steps if row not in settled]
        pulled = [row for row in pulled if row not in settled]
        if not steps and not pulled and not fresh and not bring:
            # A tie's line costs no article's lead its place (raw 212's "It was no big
            # surprise ..." took the critic's "Once upon a time, ...", 19's Gidley
            # introduction [1]'s lead): undone.
            if undo.undone(chosen, shut, pulls, brings, wanted, read, retold, reopening):
                continue
            ordered = [ordered[n] for n in shown_order]
            summary = cited_sentences(view, ordered, same, options.merge, linked, retold)
            lead = None if asked or opening is None else opening(summary)
            asked = True
            if lead is None:
                # A quotation credited to a surname a line below names in full ("“...,”
                # says Page." above "Jimmy Page has spent ...", raw 20) is shown below that
                # line, with its words going on: moved in the summary as it is shown,
                # once no rule reads it again. A summary left as it was is the one the
                # headline was read on (`opening`), whose briefing is kept.
                shown_texts = [texts[row] for row in ordered]
                moved = named_in_full_first(shown_texts, texts, speakers=True)
                if moved != list(range(len(moved))):
                    summary = tuple(summary[n] for n in moved)
                return summary
            # Moved after the rules, a line shown above its lead's article read as met by
            # a line now below it (raw 235's "the latest sanctions", 208's "Lewis"): the
            # rules read the order shown, once more.
            headline = next(n for n, s in enumerate(view.sentences) if s.key == lead.key)
            # Moved as a block, every other row is still below each line it was: only the
            # moved article's rows can lean on a line now below them, and only they are
            # read again (raw 44's "“These will be the last shows ...,” Weir tells
            # Billboard", read below the shows' lines, is not left out as a "These" apart).
            moved = view.article_of[headline]
            settled = frozenset(row for row in ordered if view.article_of[row] != moved)
            choose = False
            continue
        shut[steps] = True
        pulls[pulled] = True
        # A row taken only with the one before is never shown alone once that one is shut
        # (raw 207's "..., that timetable could be accelerated." after the writer's "When I
        # wrote about ...").
        shut[1:] |= pulls[1:] & shut[:-1]
