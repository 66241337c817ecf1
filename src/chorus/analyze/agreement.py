"""What the outlets agree on (what only one of them reports: unique.py; whether one scored pair
links, and the thresholds it is read at: agreement_pairs.py).

Two sentences of different articles are linked when they score at least AGREEMENT_THRESHOLD
(see similarity.py) and share a word (a stem) that each of their articles writes once and
that is no name, or when they score at least OPEN_THRESHOLD and their wording is alike too
(their TF-IDF cosine, which the score averages with the word vectors' cosine, at least
WORDING_FLOOR: "Well — some millennials." is not "Millennial basement-dwelling ... is thus
clear evidence of a generation ..." for their word vectors' 0.87; agreement_score_alone.py).
The score sees a story's topic words (Douma, chemical, weapons) as much as the word that
carries a fact, and a word each outlet writes once is most often that one: the seeds' "the
French leader said there was "proof" chemical weapons were used" and "The call was the first
between a western leader and the Russian president since an alleged chemical weapons attack
in the Syrian town of Douma" score 0.40 and share no such word (one article writes Douma
twice, the other leader). Two sentences sharing only a name (and an age both give someone)
tell who or where, most often of two facts: "ALLENTOWN, Pa. - The Lehigh County Humane
Society has come to the rescue of 71 beagles" and the AP's "ALLENTOWN, Pa. (AP) — Animal
welfare workers say ..." share only their dateline's (the "71 beagles" both give links them:
agreement_tied_figures.py), or Faith Zaman's photos and her lawyer. A sentence whose subject
is a bare "That" or "Such" and its noun ("That didn't come easily last year when the Heat
... lost to the Dallas Mavericks", raw 226) tells of what the sentence before it names:
names, and one word of its own besides, link it to nothing ("That is what has happened this
morning." / "... no word on what has happened to their bodies.", raw 47), and so, by one own
word, does a "that" after an opening word the other does not write ("At least that has
barbecue sauce.", raw 57: agreement_demonstratives.py). Nor, linked by
score alone, do two whose every word in common is a name both capitalise
(own_words.only_who: Obama's "... this could have been my son." / a columnist's own "And I
could have been Trayvon Martin.", raw 102), or such names and one word one of them
capitalises ("the Apple Support forums" / "... Forum", raw 80) or a role both give ("Deputy
Ambassador" / "the Libyan deputy ambassador", raw 176) or one word alone
(own_words.one_word_alone: "It gets stranger still.", raw 212), or names and one word besides
a time phrase one alone writes ("for the first time" / "the first officer ... about the
time", raw 218: agreement_score_alone.py), nor one opening with a link
word and "it" or "they" (lead_ins.links_a_pronoun: "But it is nearly 13 feet above flood
stage ...", raw 147): it may stand for any thing of the story.

Facts are formed of the links greedily (agreement_forming.py). Two sentences whose own words
in common are all in the credits that open or end both ("..., Delaware
County District Attorney Jack Whelan said." / "..., according to ... Jack Whelan.") and that
share few words before them are one official's two facts, not linked (credits.py), nor are
two whose own words in common lie in part in the credits both give ("according to" mid-sentence
too) and that, their credits aside, share one stem at most (raw 59's "..., according to the
Denver District Attorney’s Office, though an affidavit for Hernandez's arrest ..." / "... led to
Kuisis’ arrest ..., according to a release from the Denver district attorney’s office.":
credits.attributed_alike), nor,
whatever links them, two that credit one source or one show ("“I doubt it,” he said ... on
“Fox News Sunday” ..." / "“It's bent pretty badly,” he said on “Fox News Sunday” ...") and
share few words besides; nor are two sentences reporting one speaker's speech that share
only names and whose quotations share no word with the other (quoted_remarks.quoted_apart: two
remarks of Kassie Siegel), nor, below agreement_actors.THEY_FLOOR, a sentence whose subject is an
unnamed "They" doing something and one it shares one own word with ("They left three
Klansmen behind." / "... an altercation that left three people stabbed":
agreement_actors.unnamed_they); nor is a word of an aside on someone (", who shot and killed Jordan
Davis and opened fire on three of Davis' friends,") or of a writer's gloss in brackets
("[the newly discovered dinosaur]", raw 33), nor a degree both write of other words ("the
most commonly reported" / "most closely associated", raw 159: agreement_heads.py), nor a
"well" both write only in "as well as" (raw 110: own_words.joined_as_well), a word the two
share; a statement its article
repeats (a lead sent twice) states one fact. A support gives no other figure or weekday than
its statement (facts.supports): "killing 60 people and injuring 162 others" is not agreed by
"... injuring 155", and supports no later statement but one sharing a sum of money of its
own (raw 14's "$27,000" suit, held back from the $66,000 bill); nor is either someone's
denial of what the other affirms (negations.denies: "never asked Mr. Comey ..."), nor one
giving another sum of money for one thing (borrowed.sums_apart: "$30,000 face value" / "in
face value to $27,000"), nor a pair the conflicts section shows as disagreeing ("26,291-foot
(8,013 m) peak" / "8,027-meter (26,330-foot) mountain"; but a pair disagreeing on one value,
a figure or a date, links as any pair and forms a fact last, of what the others leave, the
other value's outlet in part and the conflict's reason beside it: raw 187's "Eight people
including three children were injured ..." / "Eight people, including two children, ...",
conflicts.value_disputes), nor one relaying the statement's
claim to answer it (borrowed.rebuts_claim: "... by claiming Cosby is responding ... for “the
very first time,” even though ..."), nor one giving a value in another unit ("6 and 8 feet"
/ "eight stories": agreement_measures) or another part counted after "including" ("including
45 directly related to the elevators" / "including four elevator violations", raw 17:
agreement_measures.parts_apart), nor one writing "a" before a noun the other counts two to
nine of ("two men" / "a man asked him", raw 161) or one unit of time the other counts
several of ("an hour" / "A few hours later", raw 164: agreement_counted.py), nor another
list of charges (raw 161: agreement_charges.py), nor an unnamed "some" saying what a named person
says ("with some calling it "insulting"", raw 185), nor, of two quotations, one telling of a
"he" and the other of a "she" (raw 108: agreement_voices.remarks_on_two), nor one ranking by the
number the other counts by (borrowed.rank_against_count: "14th highest peak" / "14 highest ..."),
nor one imagining what would be against what is (borrowed.imagined_against_fact), nor what was found
missing against what was found (borrowed.found_gone_against_found), nor a body against someone
living on (borrowed.body_against_living); two sentences whose only own words in common say where a
study was published tell two facts (borrowed.only_where_published); below OPEN_THRESHOLD, nor do two
whose words in common are two words one stem joins ("appropriate" / "approach", "occupiers"
/ "occupied", raw 120: agreement_word_forms.py), only a day and its
figure from which each goes on to sums of its own, or a day alone, no one named in both (the letter
"dated: “... May 29, 1962.”" / the sentence "approved by the Supreme Court on May 29, 1962", raw 23:
agreement_links.py), nor, below OPEN_THRESHOLD, two linked by a word of which one gives two
sums of money or more and the other a sum of its own, none of them (raw 146's "$20 billion for
infrastructure, $5.8 billion ..." / "almost $300 billion ..., billions for infrastructure":
agreement_sums_apart.py), nor a figure that is part of a name both write ("Malaysia Airlines
Flight 370", raw 218: agreement_names.py), nor, from OPEN_THRESHOLD up, names that are all two
sentences share and one writes only in its opening scene ("In a meeting with ... Mitch
McConnell (R-Ky.), Trump attacked the judge ...", raw 178: agreement_names.scene_names, then
read as linked by score alone), nor two sharing only the subject both open with (raw 27's
mayor: subject_alone), nor a lone word that names the story's thing after a name of two words
("Star Trek films", raw 40: agreement_links.names_a_kind; and that word with the name's own
words, the name all two sentences capitalise in common: "the Late Jurassic period", raw 33) or
who speaks in both ("His wife
said" / "My wife called me and said", raw 17: only_the_speaker), nor a lone year both write
before one word ("the 2009 stimulus", raw 107: names_a_kind) or one word after a name,
capitalised by one alone ("Korean Peninsula" / "peninsula", raw 104), nor one closing
"according to" a source the other's article never names (raw 36's Rubin:
credits.credited_unnamed), nor a first-person line naming no speaker and another's credited
quotation (raw 25: statements.speakers_apart), nor a lone word one negates and the other,
negating nothing, affirms ("The latest ... fad involves using coloured pencils" / "CRAYOLA
was not involved in the making of this video", raw 63: agreement_negated.py, at any score
for a lone own word, raw 121's "had a weapon" / "no weapon was found", a denial or "cease"
negating as "not" does, DUC 7's "denied supporting Kurdish rebels"; beside words both
capitalise, one written only after "no": "There is no bill.", raw 107; at any score, a
record that a deed was never done, "has never been criminally charged", and the deed told
unnegated, "could result in ... facing criminal charges", raw 172), nor own words both
write only in a description right after a name both give ("CeaseFire who mediate gang
conflicts" / "CeaseFire, an organization that relies on ex-gang members to mediate
conflicts", raw 53; a role set before a name, raw 65: agreement_roles.py), nor two sharing
only what a claim says (raw 120: agreement_claims.py), nor, at any score, two sharing beside
names only a time of day and an errand told word for word ("Around 3:30 a.m., Mr. Smith
approached two uniformed officers responding to a 911 call" / "Police responding to a 911
call found the little boy", raw 240: agreement_scenes.py); nor, by score alone, a quotation whose
"I" names no one and an unnamed "She" (raw 55: statements.voices_apart), nor a named
speaker's quotation in the first person and what an unnamed "He" did for her own ("He asked
Robinson’s oldest daughter ...", raw 239: agreement_voices.speaker_and_another). Below
AGREEMENT_THRESHOLD, from LOW_FLOOR, three own words or a sum link, of what the others
leave (agreement_links.links_below), and so, below LOW_FLOOR too, does a vote's tally both
give ("52-46 vote", raw 72: agreement_tallies.py) and a sum of one thing ("cut taxes ... by $2
billion" / "$2 billion in tax breaks", raw 238: agreement_tied_figures.sum_pairs). A rare exact
figure both write ("$31,213") with a word of what it measures links as an own word would, though
an article writes it twice (raw 18:
agreement_exact_figures.py), and so, below AGREEMENT_THRESHOLD, does a decimal figure
("1 to 2.4 hours", raw 74), and, at any score, a finding of no effect both report ("hunger does
not influence how much they like ..." / "hunger ... had no effect on non-food items", raw 6;
"CBD ... had no impact on ..." / "... did not have any effect on ...", raw 98:
agreement_no_effect.py), and, below AGREEMENT_THRESHOLD, a sum of money both say was paid ("paid
the porn actress $130,000" / "a $130,000 payment made by ... Michael Cohen", raw 34:
agreement_paid.py), and, below OPEN_THRESHOLD, one act told with one time clause word for word
("to be played while the teams were in the locker room" / "to play the national anthem while the
teams were in the locker room", raw 37: agreement_time_clauses.py), and, below OPEN_THRESHOLD,
one count both give in digits of one thing ("the rescue of 71 beagles" / "71 beagles have been
removed", raw 13; "to score 23" / "He scored 23 points", raw 226), one side at least telling
it, not giving it as known ("the country's 28 provinces": agreement_tied_figures.py), and one
both tell in words with a word in common near it ("thrown out three murder charges" / "drop
three first-degree murder charges", raw 119: agreement_worded_counts.py).
Two sentences of the same words, one of
them in a passage its article sets off as someone else's (a book quoted, signed "—Paul Ehrlich"; a
statement quoted after "... posted a statement to Facebook:"), are one text copied, not
linked (language/quoted_passages), nor is a sentence in a paragraph about an earlier study and
one of the story's own ("Previous research from Finland ...", raw 190:
agreement_other_studies.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

import numpy as np

from chorus.analyze.agreement_exact_figures import exact_pairs
from chorus.analyze.agreement_forming import formed_facts
from chorus.analyze.agreement_links import LOW_FLOOR, may_link_below, scored_pairs
from chorus.analyze.agreement_no_effect import no_effect_pairs
from chorus.analyze.agreement_other_studies import of_another_study
from chorus.analyze.agreement_paid import bail_pairs, paid_pairs
from chorus.analyze.agreement_pairs import AGREEMENT_THRESHOLD, OPEN_THRESHOLD, linked_words
from chorus.analyze.agreement_supports import differing_rows, disputed_rows, undisputed
from chorus.analyze.agreement_tallies import tally_pairs
from chorus.analyze.agreement_tied_figures import sum_pairs, tied_pairs
from chorus.analyze.agreement_time_clauses import clause_pairs
from chorus.analyze.agreement_worded_counts import worded_pairs
from chorus.analyze.lead_ins import stands_for_before
from chorus.analyze.model import Fact
from chorus.analyze.own_words import own_words
from chorus.analyze.similarity import Similarity
from chorus.model import Sentence


def agreed(
    similarity: Similarity,
    report_of: np.ndarray | None = None,
    disputed: Collection[tuple[Sentence, Sentence]] = (),
    differing: Mapping[tuple[Sentence, Sentence], str] | None = None,
) -> tuple[Fact, ...]:
    """Facts reported by two or more articles, the most widely reported first. With
    `report_of` (each row's report, copies.py), articles that carry one report agree with
    no one by repeating it: a fact needs two reports, and is ranked by how many. Two
    sentences `disputed` (shown as a conflict) are not linked, but those `differing` on one
    value (conflicts.value_disputes, each with its conflict's reason): they may link as any
    pair, and a fact of them marks the other value's outlet in part with the reason."""
    sentences = similarity.sentences
    differ = differing_rows(similarity, differing or {})
    apart = disputed_rows(similarity, disputed)
    found = scored_pairs(similarity, AGREEMENT_THRESHOLD)
    # a vote's tally both give links below LOW_FLOOR too (agreement_tallies.py), and so does a
    # sum of one thing (agreement_tied_figures.py)
    below = found[1] + tally_pairs(similarity, LOW_FLOOR) + sum_pairs(similarity, LOW_FLOOR)
    own = own_words(similarity, {row for i, j, _ in found[0] + below for row in (i, j)})
    # below AGREEMENT_THRESHOLD only pairs sharing enough own words link
    # (agreement_links.links_below): the others' texts are not read
    # a rare exact figure both write links as an own word would (agreement_exact_figures.py),
    # and so does what both say has no effect on one thing (agreement_no_effect.py), below the
    # threshold a sum both say was paid (agreement_paid.py), and below OPEN_THRESHOLD one act
    # told with one time clause word for word (agreement_time_clauses.py), one sum as bail
    # (agreement_paid.py) and one count of one thing, in digits (agreement_tied_figures.py) or in
    # words (agreement_worded_counts.py)
    under_open = [pair for pair in found[0] + below if pair[2] < OPEN_THRESHOLD]
    exact = (
        exact_pairs(similarity, found[0], below)
        | no_effect_pairs(similarity, found[0] + below)
        | paid_pairs(similarity, below)
        | clause_pairs(similarity, under_open)
        | bail_pairs(similarity, under_open)
        | tied_pairs(similarity, under_open)
        | worded_pairs(similarity, under_open)
    )
    low = [
        (i, j, s)
        for i, j, s in below
        if ((c := own[i] & own[j]) and may_link_below(c)) or (i, j) in exact
    ]
    candidates = undisputed(found[0] + low, apart - differ.keys())
    linked_rows = {row for i, j, _ in candidates for row in (i, j)}
    # each linked row's text sliced once: a pair's reading slices both again otherwise
    texts = {row: sentences[row].text for row in linked_rows}
    # a sentence in a paragraph about an earlier or another study tells its findings: it links
    # only to one that tells one too (agreement_other_studies.py)
    of_studies = {row for row in linked_rows if of_another_study(sentences[row])}
    # a bare "That"/"This"/"Such ..." (lead_ins.stands_for_before) points back: only such rows
    # are read
    bare = {
        row
        for row in linked_rows.intersection(np.flatnonzero(similarity.points_back).tolist())
        if stands_for_before(texts[row])
    }
    links: dict[int, dict[int, float]] = defaultdict(dict)
    # pairs linked below AGREEMENT_THRESHOLD (agreement_links.links_below) form facts only of
    # the sentences the others leave: as links they would rank and claim sentences anew, and
    # right facts of higher scores went (2 to 4 right pairs in each Multi-News+ gold)
    low_links: dict[int, dict[int, float]] = defaultdict(dict)
    # pairs shown in conflict over one value form facts last, of the sentences the others leave:
    # each tells the rest of its fact in part
    differing_links: dict[int, dict[int, float]] = defaultdict(dict)
    # each row's sentences linked to it by an own word
    sharing: dict[int, set[int]] = defaultdict(set)
    # each pair read in its texts (agreement_pairs.py): the own words it links by, none when
    # linked by its score alone
    for i, j, score in candidates:
        shared = linked_words(similarity, i, j, score, own, exact, texts, bare, of_studies)
        if shared is None:
            continue
        if shared:
            sharing[i].add(j)
            sharing[j].add(i)
        kept = (
            differing_links
            if frozenset((i, j)) in differ
            else low_links
            if score < AGREEMENT_THRESHOLD
            else links
        )
        kept[i][j] = kept[j][i] = score
    link_maps = (links, low_links, differing_links)
    return formed_facts(similarity, link_maps, sharing, own, texts, apart, report_of, differ)
