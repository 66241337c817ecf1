"""Which sentences linked to a statement support it (agreement.py links them): of each
article, those sharing an own word with it, of a remark those quoting its words, or the
best-scoring one (but one sharing only names and a word of the story's with it, when another
shares more: `_telling_best`, nor one speaking of someone by a pronoun before naming anyone
beside one naming them: `_named_over_pronoun`); never those sharing a lone word with it when
another says its fact in far more of its words, nor a quotation sharing only names with it
when another line shares a word that is none."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from chorus.analyze.lead_in_carries import pronoun_before_name
from chorus.analyze.own_words import FUNCTION_STEMS, names_in_common
from chorus.analyze.quoted_remarks import quotes_from
from chorus.analyze.similarity import stems

CLEARLY_CLOSER = 0.10
"""How much more than every sentence sharing one own word with a statement a sentence
sharing none must score to support it in their place. Over the 250 raw validation clusters,
of the 27 articles whose best-scoring linked sentence shares no own word while another
shares some, the 10 it picks out are the better support or as good (raw 133's "Both she
and Sollecito are appealing the reconvictions ..." over "... in the lead-up to their next
supreme court appeal hearing", one word, "next"); of the 10 below it, 4 were worse (raw 74's
study of another team over "Marott's team found"), 3 better."""


@dataclass(frozen=True)
class Statement:
    """A statement's text, its own words and its links: each linked row's score with it
    (`scores`) and the rows linked to it by an own word (`sharing`)."""

    text: str
    own: Collection[str]
    scores: Mapping[int, float]
    sharing: Collection[int]


def chosen_supports(
    statement: Statement,
    free: Iterable[int],
    texts: Mapping[int, str],
    own: Mapping[int, Collection[str]],
    article_of: Sequence[int],
) -> list[int]:
    """The sentences that support a statement of those linked to it and `free` to (`texts`
    and `own` words of each row), article by article (`_article_supports`)."""
    per_article: dict[int, list[int]] = defaultdict(list)
    for j in free:
        per_article[article_of[j]].append(j)
    chosen: list[int] = []
    for linked in per_article.values():
        found = _article_supports(statement, linked, texts, own)
        # of two lines or more, a quotation naming only who beside a line telling the fact
        # goes (`_names_alone`)
        telling = [j for j in found if not _names_alone(statement, texts[j], own[j])]
        chosen.extend(telling if len(found) > 1 and telling else found)
    return chosen


def _names_alone(statement: Statement, text: str, theirs: Collection[str]) -> bool:
    """Whether `text` opens with a quotation (`_quoted_whole`) whose own words in common with the
    statement (`theirs` its own) are all names: beside a line sharing a word that is none, it
    goes (`chosen_supports`). A speaker's words naming whom she thanks tell her remark, not the
    fact the other line tells (raw 58's "“... I am deeply grateful to the Capitol Police and
    U.S. Attorney for the District of Columbia ...”" beside "McCullum faces two counts of
    cyberstalking and Browne-Louis faces two counts of obstruction of justice." for the charges
    "in a case investigated by the U.S. Capitol Police and prosecuted by the U.S. attorney for
    the District of Columbia"). A line of the writer's own naming only who or where most often
    tells a part of the fact: of the 20 such lines over the raw validation clusters, 14 did
    ("... encounters in Lake Tahoe, Nevada, and Beverly Hills, California.", raw 34), and so
    does a line opening with a quoted title ("“White Rabbit” and “Somebody To Love” ... became
    Top 10 hits.", raw 229)."""
    if not _quoted_whole(text):
        return False
    common = set(statement.own).intersection(theirs)
    return common <= _capitalised_stems(statement.text) & _capitalised_stems(text)


def _quoted_whole(text: str) -> bool:
    """Whether `text` opens with a quotation that runs past its half: someone's words, not a
    title it names first ("“White Rabbit” and ...")."""
    opened = text.lstrip(" ([")
    if not opened.startswith(("“", '"')):
        return False
    closing = opened.find("”" if opened[0] == "“" else '"', 1)
    return closing < 0 or closing * 2 >= len(opened)


def _capitalised_stems(text: str) -> set[str]:
    """The stems of a text's capitalised words past its first, inside quotation marks too
    (own_words.names_in_common reads none there: a support quoting a speaker whole names
    the bodies she thanks)."""
    return set(stems(" ".join(_CAPITALISED.findall(text, 1))))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _article_supports(
    statement: Statement,
    linked: Sequence[int],
    texts: Mapping[int, str],
    own: Mapping[int, Collection[str]],
) -> list[int]:
    """The sentences of one article (`linked`) that support a statement: those sharing an
    own word with it, of a remark only those quoting its words, when one does; with none
    sharing one, the one `_telling_best` chooses; the best-scoring sentence when every one
    shares a lone word
    that is no figure and the best-scoring one ending with a stop scores CLEARLY_CLOSER more
    than each (a title's line or a sentence cut short is no surer): the story's word, not its
    fact ("political activists in Bahrain recently imprisoned" beside "Today’s appeal
    verdict ... reducing her three-year prison sentence to one year", raw 127). A figure is
    a fact of its own ("1,175 points" beside a headline's "the largest single-day point
    drop", raw 19)."""
    scores = statement.scores
    shared = [j for j in linked if j in statement.sharing]
    # an article quoting the statement's words says it there, its other linked sentences
    # most often tell around it ("Qatar is purchasing the shares on the open market ..."
    # beside Parker's letter quoted, raw 217)
    if len(shared) > 1 and statement.text.lstrip(" ([").startswith(("“", '"')):
        quoting = [j for j in shared if quotes_from(statement.text, texts[j])]
        if quoting:
            return quoting
    best = max(linked, key=scores.__getitem__)
    if not shared:
        return [_telling_best(statement.text, best, linked, texts, scores)]
    if best in shared or not all(_one_word(statement.own, own[j]) for j in shared):
        return shared
    # a line with no stop (a title, a sentence cut short) is no surer a support than they
    ended = [j for j in linked if texts[j].rstrip().endswith(_STOPS)]
    if not ended:
        return shared
    closer = max(ended, key=scores.__getitem__)
    closest = max(scores[j] for j in shared)
    return [closer] if scores[closer] >= closest + CLEARLY_CLOSER else shared


_STOPS = (".", "!", "?", '"', "”", "'", "’", ")")


def _telling_best(
    statement: str,
    best: int,
    linked: Sequence[int],
    texts: Mapping[int, str],
    scores: Mapping[int, float],
) -> int:
    """Of one article's `linked` sentences, none sharing an own word with the `statement`,
    the one that supports it: the best-scoring (`best`), unless it shares with it one word at
    most beside names both capitalise and function words (the story's name and its thing)
    and another shares two or more, the best-scoring of those. ABC's "The head of the
    Nuclear Regulatory Commission has been dispatched to a nuclear power plant in Fort
    Calhoun, Neb., where a berm collapsed Sunday, but the public is in no danger, officials
    said." scores 0.55 with AP's "The Fort Calhoun Nuclear Station shut down in early April
    for refueling, and there is no water inside the plant, the U.S. Nuclear Regulatory
    Commission said." (the commission, the plant's name, "plant") and 0.46 with AP's lead,
    "A berm ... collapsed early Sunday, but federal regulators said ... there was no
    danger.", which tells it (raw 147). Of lines naming whom they speak of and lines leaning
    on a pronoun, only the first are read, when the best-scoring leans
    (`_named_over_pronoun`)."""
    if len(linked) < 2:
        return best
    # a line leaning on its line before for whom it speaks of goes to one that names them
    # (`_named_over_pronoun`)
    linked = _named_over_pronoun(statement, best, linked, texts)
    best = max(linked, key=scores.__getitem__)
    if len(told_in_common(statement, texts[best])) > 1:
        return best
    telling = [j for j in linked if len(told_in_common(statement, texts[j])) > 1]
    return max(telling, key=scores.__getitem__) if telling else best


def _named_over_pronoun(
    statement: str, best: int, linked: Sequence[int], texts: Mapping[int, str]
) -> Sequence[int]:
    """Of one article's `linked` sentences, those that name whom they speak of, when the
    best-scoring (`best`) speaks of someone by a pronoun before naming anyone
    (lead_in_carries.pronoun_before_name) and the statement does not: shown under a
    statement naming him, such a support leans on a line the reader does not see. The BBC's
    "The main evidence comes from his appearance in a Channel 4 documentary, The Jihadis Next
    Door, broadcast last year." (0.455) and "Butt had featured in a Channel 4 documentary The
    Jihadis Next Door, broadcast last year." (0.436) both tell AP's "One of the attackers,
    Butt, had appeared in a documentary ..." (raw 27); the second says of whom. All
    `linked` when none names or the best leans on nothing."""
    if not pronoun_before_name(texts[best]) or pronoun_before_name(statement):
        return linked
    named = [j for j in linked if not pronoun_before_name(texts[j])]
    return named or linked


def told_in_common(text_a: str, text_b: str) -> set[str]:
    """The stems two sentences have in common but names both capitalise and function words;
    with one stem or none in common, names are not read: the callers ask whether more than
    one is told, which leaving names out cannot make so."""
    common = set(stems(text_a)).intersection(stems(text_b)).difference(FUNCTION_STEMS)
    return common - names_in_common(text_a, text_b) if len(common) > 1 else common


def _one_word(ours: Collection[str], theirs: Collection[str]) -> bool:
    """Whether two sentences' own words in common are a lone word that is no figure."""
    common = set(ours).intersection(theirs)
    return len(common) == 1 and not next(iter(common))[0].isdigit()
