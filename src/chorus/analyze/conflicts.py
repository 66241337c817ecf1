"""Conflicts: claims of different articles that cannot both be right.

Seven kinds, each a rule over pairs of similar sentences (similarity.py) or over what the
story's sentences give one thing:
- number: the same quantity (a death toll, a vote count, those aboard: "150 Chinese
  passengers" vs "153 Chinese passengers"; never a percentage) with values no reading of
  both can match, a floor read as its source's figure ("more than 7,500" against 9,000;
  counted.py, with the outlets behind each figure and the sources each sentence credits
  when they differ, count_credits.py; not counts of other places nor a part against a
  whole over several places; counts.py reads what each number counts); shares
  of the same groups given side by side ("70 per cent of men and 25 per cent of women" vs
  "86 percent of men but only around 20 percent of women", count_shares.py); one
  measurement or frequency given two values (measures.py: "8,027-meter" vs
  "8,013 m", "shot once" vs "struck twice"); one measure given two ranges one end apart
  ("between 2 meters (6.5 ft) and 16 meters" vs "from 2m to 15m", conflict_ranges.py); the
  most one move reached given two ways ("falling as much as 1,500 points" vs "plunging
  nearly 1,600 points at one point", each figure the values that round to it:
  conflict_extremes.py); one
  sum of money of one thing given two values beside one sum of another thing alike ("about
  $500,000 in tax revenue" vs "about $1 million in tax revenue", both beside "$3 million in
  sales": sums.py); one disease's cases given two counts ("about 207 million cases of
  malaria in 2012" vs "sickening more than 300 million people a year",
  conflict_cases.py); one fall given
  two heights ("eight stories below" vs "six stories below"), one death toll two counts of
  the bombs behind it ("three suicide bombings ... killed 27 people" vs "twin car bombs
  ..., killing 27 people", conflict_blasts.py), one death toll to date two floors over
  a tenth apart ("more than 8,000 people have been killed" vs "has cost an estimated more
  than 9,100 lives", conflict_tolls.py), one scene two floors ("down
  to the 17th floor, where first responders pulled them" vs "pulled the mom from the
  15th-floor shaft"), one part of a text two ordinals ("the third line of the anthem" vs
  "the second line of the anthem", ordinals.py), and two places put different distances
  apart ("125 miles northwest of Las Vegas" vs "90 miles north of Las Vegas",
  positions.py), one street given two blocks ("the 3000 block of West Florence Avenue" vs
  "the 3300 block of West Florence Avenue", conflict_blocks.py); one named thing given two
  durations ("nearly 13-hour filibuster" vs "filibuster –11 hours", durations.py), one
  named thing two weights or starting prices ("It weighs 17 pounds" after "The Horizon
  comes with ..." vs "The 18.6-pound Horizon 27", conflict_specs.py) and one
  event of a run two spans ("the third Model S fire in six weeks" vs "the third such
  incident in five weeks", durations.py); and one person given two ages by two articles,
  whatever their sentences say besides ("Kroll was 34." vs "He was 35." after a sentence
  opening on "Colin Kroll"; "German,14," read as "German, 14,"; ages.py);
- date: the same event, named next to both dates, on different days (a citation's date,
  "(Labor union official 302, February 3, 2009 p. 3)", dates the source, no event;
  event_dates.py), one one-off event (a heist, a murder) in two years, no article giving it
  two ("the 1899 heist" / "the gold heist in 1900", event_years.py), one person's arrest in
  two years by two sentences alike that share a word besides who, the act and the year
  ("In 1999, Orange County authorities arrested Poole following allegations ..." / "In
  2001, the Orange County Sheriff's Office arrested Poole on charges ...",
  conflict_act_years.py), one person's memoir
  in two years, its owner written alike and no article giving it two ("his 2012 memoir" /
  "his 2011 autobiography", conflict_memoirs.py), one person's one-off act (an arrest, a
  birth, a death) on two days, no article giving it two ("Smith was arrested June 18" / "On
  June 17, ... Dwight Smith, 30, who was arrested", conflict_days.py), the story's
  indictment on two days, two weekdays or two days of a month ("were indicted Thursday" /
  "an indictment handed up Tuesday and unsealed Thursday", conflict_days.py), one
  account's making in two months, one maker written alike ("While he had her phone, he
  created Hotmail and Facebook accounts" after a sentence of March 2016 / "In July 2016,
  ... he allegedly created a Hotmail account", conflict_months.py), or
  over different spans of months, a figure of it in common (spans.py), or at clock times
  over three quarters of an hour and at most an hour and a half apart (positions.py);
- title: one person's academic rank given two ways ("Matthew Kanan, an assistant professor"
  vs "Matthew Kanan, an associate professor", one full name, no article giving it two;
  conflict_ranks.py);
- body: one deed two articles give to or by two bodies ("turned himself in to Broward
  Sheriff's detectives" vs "turned himself in to Fort Lauderdale police", neither article
  giving it to the other's; agreement_bodies.py's reading, conflict_bodies.py);
- comment: a person one article says declined comment on a matter, whom another
  article quotes on it ("She declined comment on the incident" vs ""It's fine -- I'm
  over it," she said when The Hollywood Reporter asked about the incident."; maybe at
  another time, as the reason says: conflict_comments.py);
- charge: one named person charged with different offences ("Dominic Godi, 21, Bolton, CT.
  Charged with possession of alcohol by a minor." vs "Dominic Godi ...; charged with
  conspiracy to commit sale or delivery of alcohol to minor.", no offence of one a word of
  the other's; conflict_charges.py);
- denial (denials.py): a claim and a denial of it ("France has proof" / "Moscow ... denied that any
  gas attack took place"), the claim sharing a word with what is denied; a denial that
  points back at a claim ("UNFPA refutes this claim") answers what another article
  reports said of the denier ("... said ... UNFPA “supports ... coercive abortion”").
  A claim is asserted with a cue no negation in its clause takes back ("no proof that
  dylan ever said this", "nor was there reliable evidence" are none) and speaks of no
  denial itself ("a mockery of its denials"): claims.py. A denial of wrongdoing, knowledge
  or allegations answers accusations, not what someone "confirmed", and of involvement or
  wrongdoing only those sharing a word with who denies; an aim ("to ensure such an
  atrocity did not occur"), "she fabricated", "fabricated a performance review" and a
  court's "dismissed claims", one taken back ("but later acknowledged") or saying when
  ("did not take place until") deny nothing, "the fabricated feud" only a feud; what is
  denied ends with its sentence (a line may run several) or before a "whose" ("a donor
  whose south florida office was raided" is not what is denied); a claim as
  alike to the denial as one telling (claims.ONE_TELLING) or taking the denier's side
  ("proof of their innocence") answers none, nor one told on the denier's own word
  ("according to a joint statement issued by the government and vulcan") or telling the
  denier's own admission ("Peinovich decided to fess up": one man's two positions); a
  denial of wrongdoing answers no accusation of another article that tells the accused's
  side itself ("Lerner's lawyer issued a statement Wednesday declaring her innocence").
  A denial said for someone the sentence does not name ("denied that his client ...")
  answers no claim; one of the denier's own act ("denied having heard of bin Laden")
  only claims of that act, none blaming another ("blamed israel for"); one of "the
  allegations" (or "the allegations presented in mr. Buckingham's complaint") only
  accusations naming the denier; one told as past ("had flatly denied") where its article
  tells the admission, none. A spoken negated action ("the President has never asked Mr.
  Comey ...") denies a report of it in another article ("he asked Comey to stop
  investigating"), not a wish ("wish i had never used") nor a first time ("never caught a
  shark before"), and no report that goes on to the other side's word ("..., but FWS
  maintains that ..."): negations.py. A negation its sentence sets against reports
  ("Wallack says, despite the reports, he has not met with Kim to discuss any divorce")
  answers the reports that name who denies and share a word with what is negated ("Star
  ... has reported that Kim may have already consulted a 'top divorce lawyer'"):
  conflict_reports.py. A verdict someone is reported giving on what their article just
  told ("The administration official said that statement was not accurate") answers that
  sentence and other articles' tellings of it ("said she expected that the White House
  would end all spying on leaders of allied countries"), and one opening its sentence on
  someone's word told after it ("The story though was all a lie according to police"):
  conflict_verdicts.py. A report
  that none of a thing was found ("no weapon was found in the SUV") answers another
  article's word that there was one ("Dunn said he believed Davis had a weapon"):
  conflict_found.py. A partner's reported "McDowell was not his girlfriend" answers
  another article's telling of someone's word naming the denier as that partner ("her
  boyfriend, Darby Johns"); when every article tells both sides, each stands on both:
  conflict_couples.py. Denials of one dispute that several rules or
  articles found, a claim sentence in common, are one conflict (`one_per_claim`).
Only articles on the story take part: a background article's older toll is no conflict.
A conflict shown is a statement about the sources, so each rule leaves a pair out when
it cannot tell (a part of a total, another day, a denial of a request).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from chorus.analyze.ages import age_conflicts
from chorus.analyze.conflict_act_years import act_year_conflicts
from chorus.analyze.conflict_blasts import blast_conflicts
from chorus.analyze.conflict_blocks import block_conflicts
from chorus.analyze.conflict_bodies import body_conflicts
from chorus.analyze.conflict_cases import WORDS as CASE_WORDS
from chorus.analyze.conflict_cases import case_conflicts
from chorus.analyze.conflict_charges import WORD as CHARGE_WORD
from chorus.analyze.conflict_charges import charge_conflicts
from chorus.analyze.conflict_comments import WORD as COMMENT_WORD
from chorus.analyze.conflict_comments import comment_conflicts
from chorus.analyze.conflict_couples import couple_conflicts
from chorus.analyze.conflict_days import day_conflicts, indictment_conflicts
from chorus.analyze.conflict_extremes import CUES as EXTREME_CUES
from chorus.analyze.conflict_extremes import extreme_conflicts
from chorus.analyze.conflict_found import found_conflicts
from chorus.analyze.conflict_memoirs import memoir_conflicts
from chorus.analyze.conflict_months import month_conflicts
from chorus.analyze.conflict_ranges import range_conflicts
from chorus.analyze.conflict_ranks import rank_conflicts
from chorus.analyze.conflict_reports import report_conflicts
from chorus.analyze.conflict_specs import spec_conflicts
from chorus.analyze.conflict_tolls import toll_conflicts
from chorus.analyze.conflict_verdicts import verdict_conflicts
from chorus.analyze.count_shares import SHARE_WORDS, share_conflicts
from chorus.analyze.counted import number_conflicts
from chorus.analyze.denial_cues import CLAIM_NOUNS, POINTER
from chorus.analyze.denials import denial_conflicts
from chorus.analyze.durations import CUE as DURATION_CUE
from chorus.analyze.durations import RUN_CUE, duration_conflicts, run_conflicts
from chorus.analyze.event_dates import date_conflicts
from chorus.analyze.event_years import year_conflicts
from chorus.analyze.floors import LEVEL_WORDS, level_conflicts
from chorus.analyze.joined import Joined
from chorus.analyze.measures import measure_conflicts
from chorus.analyze.model import Conflict, Quote, TimelineEntry
from chorus.analyze.negations import negation_conflicts
from chorus.analyze.ordinals import place_conflicts
from chorus.analyze.positions import CLOCK_WORDS, position_conflicts
from chorus.analyze.similarity import Similarity
from chorus.analyze.spans import span_conflicts
from chorus.analyze.sums import sum_conflicts
from chorus.model import Sentence

_POINTS_BACK = re.compile(
    rf"\b(?:den(?:y|ies|ied|ying)|refut\w+|reject\w*|disput\w*)(?: \w+ly)? "
    rf"(?:{POINTER}|(?:the|these|those|such|any|all) (?:[\w'’.-]+ ){{0,3}}{CLAIM_NOUNS})\b"
    r"(?! (?:that|of|about|which)\b)",
    re.IGNORECASE,
)
"""A denial of "the report" (or "these claims") that says nothing of what it denies."""

NO_CONFLICT = (
    "no conflicting figures, dates, titles, organisations, charges, comments or denials found"
)
"""Why the section is empty, naming what its kinds compare in a reader's words: `number`
figures, `date` dates, `title` a person's title, `body` the organisation a deed is given to
or by, `charge` the offences one person is charged with, `comment` whether a person
commented, `denial` a claim and its denial
(the Agreed section's "no fact found ..." voice)."""

NUMBER_SIMILARITY = 0.30
"""Two sentences this alike, both counting the same thing, report one quantity; a spoken
negation and a sentence this alike that affirms it tell one event (negations.py: the
250 raw validation clusters' "never asked"/"didn't kiss" pairs score 0.30–0.40)."""


def holding(texts: Sequence[str], words: Iterable[str]) -> set[int]:
    """Indices of the texts that hold one of `words` (`Joined.holding`)."""
    return Joined.of(texts).holding(words)


def _united(ours: Sequence[Sentence], theirs: Sequence[Sentence]) -> tuple[Sentence, ...]:
    """The sentences of both sides, each once, in the order they were found."""
    return tuple({s.key: s for s in (*ours, *theirs)}.values())


def _points_back(conflict: Conflict) -> bool:
    """Whether each denial of a conflict only points back at what was said ("vehemently
    denied the New York Times report"), saying nothing of its own of what is denied."""
    return all(_POINTS_BACK.search(s.text) for s in conflict.side_b)


def _one_dispute(ours: Conflict, theirs: Conflict) -> bool:
    """Whether two denial conflicts answering a claim sentence in common are one dispute:
    one statement quoted twice (the same words denied), or a denial of "the report" beside
    the words that say what it denies. Two denials of different things answering one
    claim stay two (train-33955: Berlusconi "denies wrongdoing" and "denying that the
    parties had sexual overtones" against one court judgment)."""
    if ours.against_finding or theirs.against_finding:
        return False  # its claim's own article stands on both sides by design
    if not {s.key for s in ours.side_a} & {s.key for s in theirs.side_a}:
        return False
    return ours.reason == theirs.reason or _points_back(ours) or _points_back(theirs)


def one_per_claim(denials: Sequence[Conflict]) -> list[Conflict]:
    """The denials, each dispute one conflict (`_one_dispute`): one party's denial told by
    several articles ("vehemently denied the New York Times report" and its statement "has
    never asked Mr. Comey ..." in raw 9), each found by a rule, is shown once. The merged
    conflict says what is denied with the longer of its reasons, the one quoting more of
    it. A denial told by an article that also tells a claim leaves it (raw 9's [5] reports
    the Times' disclosure and quotes the statement [3] quotes too), so no article stands
    on both sides; when no denial is left the two stay apart."""
    merged: list[Conflict] = []
    for found in denials:
        at = next((n for n, held in enumerate(merged) if _one_dispute(held, found)), -1)
        held = merged[at] if at >= 0 else found
        claims = _united(held.side_a, found.side_a)
        by = {s.article.id for s in claims}
        denying = tuple(s for s in _united(held.side_b, found.side_b) if s.article.id not in by)
        if at < 0 or not denying:
            merged.append(found)
            continue
        merged[at] = Conflict("denial", claims, denying, max(held.reason, found.reason, key=len))
    return merged


VALUE_KINDS = frozenset({"number", "date"})
"""Conflicts over one value of a thing both sentences tell (`value_disputes`)."""


def disputed_pairs(found: Iterable[Conflict]) -> list[tuple[Sentence, Sentence]]:
    """The pairs of sentences shown in conflict, which agreement keeps apart (an article
    with a sentence in conflict with an agreed statement supports it with none); but not a
    pair of two articles that each tell both sides of the conflict (raw 225: all three tell
    McDowell's "her boyfriend, Darby Johns" and Johns's "was not his girlfriend"): such a
    pair reports one dispute alike, so what both articles report of each side stays
    agreed. Nor a pair giving one deed to two bodies: both tell the deed, and agreement
    marks the other body's outlet in part (agreement_bodies; raw 60's surrender stays
    agreed, "[2] in part", beside the conflict saying which part differs)."""
    return [pair for conflict in found if conflict.kind != "body" for pair in _apart(conflict)]


def value_disputes(found: Iterable[Conflict]) -> dict[tuple[Sentence, Sentence], str]:
    """Of `disputed_pairs`, those of a conflict over one value (a figure, a date: kinds
    "number" and "date"), each with the conflict's reason: the rest of what the two say may
    still be one fact both tell (raw 187's "Eight people including three children were
    injured ... when a natural gas explosion tore through a row house" / "Eight people,
    including two children, were injured ... after an apparent gas explosion caused a ...
    rowhome ... to collapse"), which agreement shows marked in part with the reason
    (agreement_supports.differing_rows). A denial, a charge, a title or a comment disputes
    what the sentences say itself."""
    return {
        pair: conflict.reason
        for conflict in found
        if conflict.kind in VALUE_KINDS
        for pair in _apart(conflict)
    }


def _apart(conflict: Conflict) -> list[tuple[Sentence, Sentence]]:
    """A conflict's pairs of sentences, one of each side, but those of two articles that
    each tell both sides (`disputed_pairs`)."""
    both = {s.article.id for s in conflict.side_a} & {s.article.id for s in conflict.side_b}
    return [
        (a, b)
        for a in conflict.side_a
        for b in conflict.side_b
        if a.article.id not in both or b.article.id not in both
    ]


def conflicts(
    similarity: Similarity,
    on_topic: frozenset[str],
    timeline: Sequence[TimelineEntry],
    quotes: Sequence[Quote],
) -> tuple[Conflict, ...]:
    """Every conflict among the sentences of the articles in `on_topic` (`quotes`, the
    cluster's, tell who is quoted where)."""
    rows = [i for i, s in enumerate(similarity.sentences) if s.article.id in on_topic]
    close = similarity.pairs(NUMBER_SIMILARITY)
    if len(rows) < len(similarity.sentences):  # an article is off the story: most have none
        keep = set(rows)
        close = [(i, j, x) for i, j, x in close if i in keep and j in keep]
    # Most rules read only the sentences that have a close pair: ~50 of a cluster's ~200.
    paired = {row for i, j, _ in close for row in (i, j)}
    story = [similarity.sentences[row] for row in rows]
    texts = [sentence.text for sentence in story]
    lowered = [text.lower() for text in texts]
    joined = Joined.of(lowered)
    denials = denial_conflicts(similarity, rows, texts, joined)
    # A sentence that denies with a verb ("denied that ...") and negates ("never asked", or
    # "despite the reports, he has not met") is shown once, with the verb's reason.
    denying = {sentence.key for c in denials for sentence in c.side_b}
    denials += [
        c
        for c in report_conflicts(similarity, rows, texts, joined)
        if c.side_b[0].key not in denying
    ]
    denying |= {c.side_b[0].key for c in denials}
    denials += [
        c
        for c in verdict_conflicts(similarity, rows, texts, joined)
        if c.side_b[0].key not in denying
    ]
    denying |= {c.side_b[0].key for c in denials}
    denials += [
        c
        for c in negation_conflicts(similarity, close, paired, rows, lowered)
        if c.side_b[0].key not in denying
    ]
    denying |= {c.side_b[0].key for c in denials}
    denials += [
        c for c in found_conflicts(story, lowered, joined) if c.side_b[0].key not in denying
    ]
    denials += couple_conflicts(story, texts, lowered, joined)
    return tuple(
        (
            *one_per_claim(denials),
            *number_conflicts(similarity, close, paired, rows, texts),
            *share_conflicts(similarity, {rows[n] for n in joined.holding(SHARE_WORDS)}),
            *measure_conflicts(similarity, close, paired),
            *range_conflicts(similarity, close),
            *extreme_conflicts(similarity, close, {rows[n] for n in joined.holding(EXTREME_CUES)}),
            *blast_conflicts(story, texts, lowered, joined),
            *toll_conflicts(story, texts, joined),
            *sum_conflicts(similarity, close, {rows[n] for n in joined.holding(("$",))} & paired),
            *case_conflicts(
                similarity, close, {rows[n] for n in joined.holding(CASE_WORDS)} & paired
            ),
            *position_conflicts(
                similarity, close, paired, {rows[n] for n in joined.holding(CLOCK_WORDS)}
            ),
            *level_conflicts(similarity, {rows[n] for n in joined.holding(LEVEL_WORDS)}),
            *place_conflicts(similarity, close, paired),
            *age_conflicts(story, texts),
            *duration_conflicts(story, texts, joined.matching(DURATION_CUE)),
            *run_conflicts(story, texts, joined.matching(RUN_CUE)),
            *date_conflicts(similarity, rows, timeline),
            *year_conflicts(similarity, close, rows, texts),
            *act_year_conflicts(similarity, close, rows, texts, joined),
            *memoir_conflicts(story, lowered, joined),
            *spec_conflicts(story, joined),
            *day_conflicts(story, texts, joined),
            *indictment_conflicts(story, texts, joined),
            *month_conflicts(story, texts, joined),
            *block_conflicts(story, lowered, joined),
            *rank_conflicts(story, texts, joined),
            *body_conflicts(story),
            *charge_conflicts([story[n] for n in sorted(joined.holding((CHARGE_WORD,)))]),
            *comment_conflicts(
                story,
                sorted(joined.holding((COMMENT_WORD,))),
                [q for q in quotes if q.sentence.article.id in on_topic],
            ),
            *span_conflicts(similarity, close, paired),
        )
    )
