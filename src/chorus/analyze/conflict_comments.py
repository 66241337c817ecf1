"""A person one article says declined comment, whom another article quotes on the same
matter: AP's "She declined comment on the incident, however, ..." (of America Ferrera)
against the Hollywood Reporter's ""It's fine -- I'm over it," she said when The Hollywood
Reporter asked about the incident." (raw validation 51, 0-based). One outlet says she
gave no comment, another prints hers; both may be true at different moments (she spoke
at the after-party), so the reason says the quotation may be of another time.

A decline is "declined/refused (to) comment" with what it was on ("on the incident",
"about Renaissance"); the decliner opens the sentence: "He"/"She", read as the person the
article follows there (pronouns.Focus), or a name, maybe with an aside ("Gorsuch, through
a spokeswoman, declined to comment"). Someone's spokesman or attorney declining is not
them, and a name of one word counts only as a person's surname the article wrote in full
before ("Tesla, based in Palo Alto, declined comment" is a company). A quotation answers
it when another article on the story quotes that person (one surname, and one first name
when both give one) in a sentence sharing a word with what the comment was on; not when
the decline's own article quotes the person too (raw 172's Cosby, "for the most part,
has refused to comment": one outlet telling both, so a refusal of some questions only),
nor a decline on nothing named (which matter was refused cannot be told). Over raw 250 +
DUC 30 this pairs raw 51's only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from chorus.analyze.model import Conflict, Quote
from chorus.analyze.pronouns import Focus
from chorus.analyze.similarity import stems
from chorus.model import Sentence

WORD = "comment"
"""The literal every decline holds: only the sentences holding it are read."""
_DECLINED = re.compile(
    r"^(?P<who>[Hh]e|[Ss]he|(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)(?:, [^,]{1,60},)? "
    r"(?:declined|declines|refused|refuses) (?:to )?comment (?:on|about) (?P<on>[^,.;:]+)"
)
"""A decline opening its sentence: who declined, and what the comment was on, up to the
clause's end."""
_FULL_NAME = r"\b[A-Z][\w'’-]+ (?:[A-Z]\. )?{}\b"


def _who(story: Sequence[Sentence], at: int, who: str) -> str | None:
    """The person who declined in sentence `at`: a pronoun's person, as the sentences
    before it in its article leave the focus, or the name, if the article writes it in
    full (two words or more) there or before."""
    sentence = story[at]
    if who.lower() in ("he", "she"):
        focus = Focus(article=sentence.article.text)
        for before in story[:at]:
            if before.article is sentence.article:
                focus.read(before.text, None, speaks=False)
        return focus.stands_for(who)
    if " " in who:
        return who
    told = sentence.article.text[: sentence.end]
    return who if re.search(_FULL_NAME.format(re.escape(who)), told) else None


def _same_person(one: str, other: str) -> bool:
    """One surname, and one first name when both names give one."""
    ones, others = one.split(), other.split()
    if ones[-1] != others[-1]:
        return False
    return len(ones) < 2 or len(others) < 2 or ones[0] == others[0]


def comment_reason(person: str) -> str:
    """The reason of a decline against a quotation: what each side says, and that the two
    may be of different moments."""
    return (
        f"Said to have declined comment, yet quoted by another outlet "
        f"(perhaps at another time): {person}"
    )


def comment_conflicts(
    story: Sequence[Sentence], rows: Iterable[int], quotes: Sequence[Quote]
) -> list[Conflict]:
    """A conflict for each decline among `story`'s sentences `rows` (those holding `WORD`)
    whose person another article quotes on the matter (`quotes`, the story's)."""
    found = []
    for at in rows:
        declined = _DECLINED.match(story[at].text)
        if declined is None:
            continue
        person = _who(story, at, declined["who"])
        if person is None:
            continue
        article = story[at].article.id
        theirs = [q for q in quotes if _same_person(person, q.speaker)]
        if any(q.sentence.article.id == article for q in theirs):
            continue  # its own outlet quotes them: a refusal of some questions only
        matter = set(stems(declined["on"]))
        answering = tuple(
            dict.fromkeys(
                q.sentence for q in theirs if not matter.isdisjoint(stems(q.sentence.text))
            )
        )
        if answering:
            found.append(Conflict("comment", (story[at],), answering, comment_reason(person)))
    return found
