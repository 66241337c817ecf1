"""A surname two listed people share, written alone: no alias takes it (`Recognized.aliases`
gives a shared surname to no one), so raw 240's "Mr. Smith approached two uniformed
officers" counted for neither the boy, Shimron Smith, nor his brother, Shawn J. Smith. An
article that tells such people apart calls all of them but one by their first name alone
("Shimron was the youngest", "Shimron’s brother"): the surname alone it writes is that one's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from chorus.analyze.entity_first_names import joined_mentions, surname_forms
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.model import Article


def surnames_of_the_one(
    listed: Mapping[str, list[Excerpt]],
    forms: Mapping[str, str],
    label: Callable[[str], EntityLabel],
) -> dict[str, list[Excerpt]]:
    """`listed` with each surname two or more listed people share, where no name or alias
    has it, given in each article to the one of them the article writes in full and never by
    first name alone, when it writes every other one by first name alone too: a 'Mr.' or
    a verb's subject, not a first name's run on ("Shawn Smith"), a name's first word ("Smith
    College") nor a word after an article ("a Keller accuser")."""
    sharing: dict[str, list[str]] = {}
    for name in listed:
        if " " in name and label(name) == "person":
            for surname in surname_forms(name):
                sharing.setdefault(surname, []).append(name)
    placed = dict(listed)
    for surname, people in sharing.items():
        # a name written surname first ("Kim Jong-un") has no first name to tell it by
        if (
            len(people) < 2
            or surname in forms
            or surname in listed
            or any(name.startswith(f"{surname} ") for name in people)
        ):
            continue
        for article, one in _the_ones(people, listed):
            # the surname inside a listed mention ("Shawn J. Smith", "Smith & Wesson") is
            # counted already
            taken = [
                (m.start, m.end) for found in listed.values() for m in found if m.article is article
            ]
            alone = [
                Excerpt(article, at, at + len(surname))
                for at in _alone(article, surname)
                if not any(start <= at < end for start, end in taken)
            ]
            if alone:
                placed[one] = joined_mentions(alone, placed[one])
    return placed


def _the_ones(
    people: Sequence[str], listed: Mapping[str, list[Excerpt]]
) -> Iterator[tuple[Article, str]]:
    """Each article writing every one of `people` and all of them but one by first name alone
    too, with that one."""
    articles = {m.article.id: m.article for m in listed[people[0]]}
    for article_id, article in articles.items():
        short, whole = [], []
        for name in people:
            first = name.partition(" ")[0]
            mentions = [m for m in listed[name] if m.article.id == article_id]
            if not mentions:
                break
            alone = any(m.text == first and not _paired(m) for m in mentions)
            (short if alone else whole).append(name)
        else:
            if len(whole) == 1:
                yield article, whole[0]


def _paired(mention: Excerpt) -> bool:
    """Whether a first name opens a pair sharing the surname ("Dan and Fran Keller", raw 152):
    the couple's, not a first name the article tells its person apart by."""
    return mention.article.text.startswith((" and ", ", "), mention.end)


def _alone(article: Article, surname: str) -> Iterator[int]:
    """Where the article writes `surname` as a word of its own: no capitalised word before it
    but a title's with its full stop ("Mr. Smith"; an initial, "John Q. Smith", is a name's),
    no article, and no capitalised word after it."""
    text, size = article.text, len(surname)
    at = text.find(surname)
    while at >= 0:
        end = at + size
        before = text[max(0, at - 30) : at]
        word = before.rsplit(None, 1)[-1] if before.endswith(" ") and before.strip() else ""
        if (
            (at == 0 or not _joins(text[at - 1]))
            and (end == len(text) or not _joins(text[end]))
            and not (word[:1].isupper() and (not word.endswith(".") or len(word) == 2))
            and word not in _ARTICLES
            and not (text.startswith(" ", end) and text[end + 1 : end + 2].isupper())
        ):
            yield at
        at = text.find(surname, end)


_ARTICLES = frozenset(("a", "an", "the"))
"""Before a surname, its family's thing: "a Keller accuser", "the Smith home"."""


def _joins(character: str) -> bool:
    # an apostrophe joins no word here: "Smith’s" is his
    return character.isalnum() or character in "_-"
