"""The twenty-eighth speed pass's shortcuts give what the readings they stand for gave, on
real text: a name is a shop of its owner ("Sweet Cakes by Melissa", entity_mention_shapes)
only when its first mention runs on into "by" and a first name, so its other mentions are
read only then, and every mention must name the same owner, as when all of them were read;
one `find` of a kin word reads the names after it and after its plural ("sons, Seif
al-Islam"), as a `find` of each did."""

from __future__ import annotations

import re
from collections import defaultdict

from chorus.analyze import entity_mention_shapes, entity_named_after
from chorus.analyze.model import Excerpt
from chorus.api import as_articles
from chorus.model import Article

_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def _listed(article: Article) -> dict[str, list[Excerpt]]:
    """Every capitalised run of the article, each with its mentions in order."""
    listed: dict[str, list[Excerpt]] = defaultdict(list)
    for run in _RUN.finditer(article.text):
        listed[run.group()].append(Excerpt(article, run.start(), run.end()))
    return listed


def _owners_read_whole(listed: dict[str, list[Excerpt]]) -> dict[str, str]:
    """The reading before the pass: every mention's owner read, one owner and not none."""
    found = {}
    for name, mentions in listed.items():
        owners = {entity_mention_shapes._owner(m) for m in mentions}
        if len(owners) == 1 and (owner := owners.pop()):
            found[name] = f"{name} by {owner}"
    return found


def _glued(text: str, mentions: list[Excerpt], owners: tuple[str, ...]) -> str:
    """`text` with " by <owner>" after each of `mentions`, the owners in turn ("" for none)."""
    for n, mention in reversed(list(enumerate(mentions))):
        if owner := owners[n % len(owners)]:
            text = f"{text[: mention.end]} by {owner}{text[mention.end :]}"
    return text


def test_shops_of_their_owners_read_as_every_mention_read(validation_clusters):
    """50 raw clusters' articles, and copies with an owner glued after every mention of one
    name (a shop), after its first alone, and two owners in turn (no shop): the shops found
    are those every mention's reading found."""
    shops, mixed = 0, 0
    for cluster in validation_clusters:
        for article in as_articles(cluster["documents"]):
            listed = _listed(article)
            assert entity_mention_shapes.shops_of_their_owners(listed) == _owners_read_whole(listed)
            repeated = [name for name, mentions in listed.items() if len(mentions) >= 2]
            for name, owners in zip(
                repeated, (("Melissa",), ("Melissa", ""), ("Melissa", "Aaron")), strict=False
            ):
                text = _glued(article.text, listed[name], owners)
                copy = Article(article.id, text, article.outlet)
                glued = _listed(copy)
                found = entity_mention_shapes.shops_of_their_owners(glued)
                assert found == _owners_read_whole(glued)
                if name in glued and len(glued[name]) >= 2:
                    if len(owners) == 1:
                        shops += found.get(name) == f"{name} by Melissa"
                    else:
                        mixed += 1
                        assert name not in found
    assert shops >= 50 and mixed >= 50


def _kin_read_apart(text: str) -> set[str]:
    """The reading before the pass: the names after each kin word and, apart, its plural."""
    return {
        name
        for word in entity_named_after._KIN
        for written in (word, f"{word}s")
        for name in entity_named_after._matched_after(
            text, written, entity_named_after._NAME_AFTER_A_POST
        )
    }


_KIN_GLUED = (
    " His sons, Seif al-Islam and Saadi, spoke.",
    " Her son Kris Humphries spoke.",
    " The brothers Jean Dupont spoke.",
    " Her sisters, Anna Maria Lopez, spoke.",
    " His sonnet, Dark Lady, is read.",
)


def test_kin_and_their_plurals_read_by_one_find(validation_clusters):
    """50 raw clusters' articles joined, alone and with kin, plurals and a word opening on
    "son" glued on: the names after kin are those a `find` of each word and each plural read,
    and `named_by_posts` lists every glued person."""
    named = 0  # on the articles' own text
    for cluster in validation_clusters:
        text = "\n".join(a.text for a in as_articles(cluster["documents"]))
        for written in (text, text + "".join(_KIN_GLUED)):
            found = {
                name
                for word in entity_named_after._KIN
                for name in entity_named_after._named_after_kin(written, word)
            }
            assert found == _kin_read_apart(written)
            named += len(found) if written is text else 0
        listed = entity_named_after.named_by_posts(text + "".join(_KIN_GLUED))
        assert {"Seif al-Islam", "Kris Humphries", "Jean Dupont", "Anna Maria Lopez"} <= set(listed)
        assert "Dark Lady" not in listed
    assert named >= 5
