"""One sentence's attributions: the speaker and the spans of words attributed to them, read
by the named patterns of `quote_patterns.py` (split from `quotes.py`, which gathers them over
an article and resolves who "he" or "the president" is)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.analyze.quote_asides import dashed_clause
from chorus.analyze.quote_clauses import after_the_verb, main_clause, subordinate_end
from chorus.analyze.quote_ends import (
    addressees_pronoun,
    first_clause_subject,
    no_subject,
    that_as_subject,
)
from chorus.analyze.quote_framing import CLAIM_SUBJECTS, reported_within, says_nothing
from chorus.analyze.quote_hits import first_hit
from chorus.analyze.quote_matches import Hit
from chorus.analyze.quote_seconds import led_on
from chorus.analyze.quote_words import (
    act_cut,
    past_addressee,
    past_circumstance,
    past_doubled_that,
    that_kept,
)
from chorus.language.body_name_ends import body_name_end
from chorus.language.found_speakers import bare_name
from chorus.language.quote_cues import cued
from chorus.language.quote_going_on import RESUMED, RESUMED_AFTER_WHO, WHO_CALLS, interrupted
from chorus.language.quote_marks import OPEN, balanced, trim
from chorus.language.quote_participles import ADDING
from chorus.language.speaker_bounds import (
    abbreviated,
    modified_group,
    out_of_department,
    speaking_for,
    spoken_for_after,
    statement_of,
    titled_name,
    unplaced,
)
from chorus.language.speaker_roles import shown_role, whole_role
from chorus.language.speaker_titles import (
    KIN_WORDS,
    PRONOUN_KIN_WORDS,
    job_opening,
    kin_named,
    office_title,
    owner_role,
    prefix_role,
    pronoun_kin_named,
)
from chorus.language.speakers import IDENTIFIED_AS, PRONOUNS, REFERS_BACK, owned_by_pronoun
from chorus.model import Sentence

_ADDING_THAT = re.compile(ADDING)


def attributions(sentence: Sentence) -> tuple[Attribution, ...]:
    """The speaker and the spans of words attributed to them, if the sentence has any: one,
    or two when the speaker goes on ", adding that ..." or ", and said ..."."""
    text = sentence.text
    names = cued(text)
    return attributions_by(sentence, text, names) if names else ()


def _own_message(speaker: str) -> bool:
    """Whether the speaker is "his e-mail" or the like: the words of whom "his" stands for,
    read as "he" is."""
    owned = owned_by_pronoun(speaker)
    return owned is not None and owned[2]


def attributions_by(sentence: Sentence, text: str, names: Sequence[str]) -> tuple[Attribution, ...]:
    """`attributions` of a sentence (whose `text` is given: slicing it from the article
    again costs), with a speech verb, by the `names`d patterns."""
    hit = first_hit(text, 0, names)
    if hit is None:
        return ()
    main = main_clause(text, hit.who_start)
    if main is not None:
        # "When Mercer insisted that ..., Santavicca said, “...”": the opening clause's
        # subject is not who speaks in the main clause, or is, when that one says "he"
        after = first_hit(text, main.start("who"))
        if after is not None and (
            after.who not in PRONOUNS or (hit.who in PRONOUNS and after.who != hit.who)
        ):
            hit = after  # "Asked about ..., in which he argued ..., she said": hers
        elif after is not None:
            hit = replace(hit, words=after.words, second=after.second)
        elif hit.words[0] < main.start() < hit.words[1]:
            words = balanced(text, *trim(text, hit.words[0], main.start()))
            hit = replace(hit, words=words, second=None)
    elif (end := subordinate_end(text, hit.who_start, hit.words)) is not None:
        hit = replace(hit, words=balanced(text, *trim(text, hit.words[0], end)), second=None)
    hit = _shown(text, hit, sentence)
    if text.startswith(CLAIM_SUBJECTS, hit.words[0]) and says_nothing(text, *hit.words):
        return ()
    if (
        addressees_pronoun(text, hit.who, hit.words[0], sentence.article.text)
        or that_as_subject(text, hit.words[0])
        or first_clause_subject(text, hit.who, hit.who_start, hit.words[0])
    ):
        return ()
    who_start, who_end, role = abbreviated(text, hit.who_start), hit.who_end, hit.role
    who_start = modified_group(text, who_start, hit.who)
    titled = titled_name(text, who_start, who_end)
    in_department = None if titled else out_of_department(text, who_start, hit.who)
    if titled is not None:
        who_start, who_end, role = titled
    elif in_department is not None:
        who_start, title = in_department
        role = role or title
    role = role or after_the_verb(prefix_role(text, who_start)) or speaking_for(text, who_start)
    role = role or statement_of(text, who_end) or office_title(text, who_start, who_end)
    if role and hit.words[1] < who_start:  # a role after the words may run to the end
        role = whole_role(text, role, who_end)
    if text[who_start - 3 : who_start - 1] in ("'s", "’s") and " " in text[who_start:who_end]:
        role = owner_role(text, who_start, role)
    if " identified " in hit.who and (named := IDENTIFIED_AS.search(text, who_start, who_end)):
        who_start = named.end()  # "a man who identified himself as Angelo L.": Angelo L.
    if role is None and (job := job_opening(text, sentence.article.text, who_start, who_end)):
        who_start, role = job  # "Mountaineer Ueli Steck said": the job, and the name after it
    if role is None and (owner := spoken_for_after(text, who_start, who_end)):
        who_start, who_end, role = owner
    who_end = body_name_end(text, who_start, who_end)
    speaker = unplaced(bare_name(text[who_start:who_end]))
    # a brother's first name ("Mr Conroy's brother Alan said"): the relation's words first
    kin = (
        kin_named(text, who_start, who_end) if text.endswith(KIN_WORDS, 0, who_start - 1) else None
    )
    if kin is None and text.endswith(PRONOUN_KIN_WORDS, 0, who_start - 1):
        kin = pronoun_kin_named(text, sentence.article.text, who_start, who_end)
        if kin is None and role is None and " " in speaker:
            # "his wife Anette de la Renta told The New York Times" (raw 81 [2]): the
            # relation, a full name's role
            role = " ".join(text[max(0, who_start - 20) : who_start].split()[-2:])
    if role is None and kin is not None:
        speaker, role = kin
    found = Attribution(
        speaker=speaker,
        speaker_start=sentence.start + who_start,
        role=shown_role(role) if role else None,
        start=sentence.start + hit.words[0],
        end=sentence.start + hit.words[1],
        refers_back=REFERS_BACK.match(hit.who) is not None or _own_message(speaker),
    )
    if role and "agency" in role and (within := reported_within(text, *hit.words)):
        who_start, who_end, words_start = within
        found = replace(
            found,
            speaker=text[who_start:who_end],
            speaker_start=sentence.start + who_start,
            role=None,
            start=sentence.start + words_start,
        )
    if no_subject(text, hit.words[0]):
        return (replace(found, fragment=True),)
    if hit.words[0] < hit.who_start < hit.words[1]:
        found = replace(found, interruption=_aside(text, hit, sentence.start))
    elif (clause := dashed_clause(text, *hit.words)) is not None:
        found = replace(
            found, interruption=(sentence.start + clause[0], sentence.start + clause[1])
        )
    second = hit.second
    more = _ADDING_THAT.match(text, hit.match.end()) if "adding" in text else None
    if more is None and second is None and text[:1] in OPEN:
        more = RESUMED.match(text, hit.match.end())
        if more is None and " who " in text:
            more = RESUMED_AFTER_WHO.match(text, hit.match.end())
    if more is None and second is None and ("who call" in text or "who describ" in text):
        more = WHO_CALLS.match(text, hit.match.end())
    if more is not None:
        second = balanced(text, *trim(text, *more.span("text")))
    if second is None:
        return (found,)
    start, end = second
    if (first_end := interrupted(text, hit.words[1], start)) is not None:
        # one quotation that "he said," interrupts is one quote, its attribution left out
        between = (sentence.start + first_end, sentence.start + start)
        return (replace(found, end=sentence.start + end, interruption=between),)
    return found, replace(found, start=sentence.start + start, end=sentence.start + end)


def _aside(text: str, hit: Hit, at: int) -> tuple[int, int] | None:
    """The attribution set between commas inside words that are the speaker's whole
    sentence, as an interruption (article offsets): "The sham embassy, authorities said,
    did not allow walk-in appointments ..." (raw 128 [1]) shows "The sham embassy did not
    allow ...", not the writer's "authorities said" inside the words."""
    opened = text.rfind(",", hit.words[0], hit.who_start)
    closed = text.find(",", hit.who_end, hit.words[1])
    if opened < 0 or closed < 0 or text[opened + 1 : hit.who_start].strip():
        return None
    resumed = closed + 1
    while text[resumed : resumed + 1].isspace():
        resumed += 1
    return at + opened, at + resumed


def _shown(text: str, hit: Hit, sentence: Sentence) -> Hit:
    """The hit with the words a row shows (`quote_words.py`): a "that" its subject opens
    on kept, the writer's circumstance before it and account of the speaker's act after
    it left out, a quotation a participle leads on to a second row (`quote_seconds.py`)."""
    article, at = sentence.article.text, sentence.start
    start, end = hit.words
    start = past_doubled_that(text, past_addressee(text, start))
    start = past_circumstance(text, that_kept(text, start, article, at))
    words = (start, act_cut(text, start, end))
    second = hit.second
    if second is not None:
        second = (that_kept(text, second[0], article, at), act_cut(text, second[0], second[1]))
    elif (leads := led_on(text, *words)) is not None:
        # "..., saying, “...”": the quotation is a second row, as ", adding: “...”" is
        words, second = (start, leads[0]), leads[1]
    if (words, second) == (hit.words, hit.second):
        return hit
    return replace(hit, words=words, second=second)
