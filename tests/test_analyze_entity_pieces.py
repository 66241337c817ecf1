"""The entities section's thirteenth pass (journal/entities.md, "Entities, thirteenth pass"): pieces
of a longer title-case name, the Islamic State's names, time zones and spans holding
brackets, on the seeds and on clusters read at test time, and the listing on thirteen
clusters judged from their articles before chorus ran on them."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from chorus import Article
from chorus.analyze.entities import entities, recognize
from chorus.analyze.model import Entity
from chorus.analyze.nlp import entity_spans
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, SEEDS, read_clusters
from tests.entity_gold import NEW_TEXT13, Judged, judge, new_text13_gold

PIECES = ("multi_news-val-177", "multi_news-val-1049", "multi_news-val-5170")
""""Jimmy Interviews Khaleesi from Game of Thrones" ("Thrones", an organisation); "Samantha
Andrews of the Florida Department of Law Enforcement" ("Florida Department"); "the
Proceedings of the National Academy of Sciences" (cut before "of Sciences")."""
KEPT = ("multi_news-val-1760", "multi_news-val-80", "multi_news-val-2617", "multi_news-val-4412")
""""reporter Paul Wagner of WTTG-TV"; "David MacDonald, of Dingwall History Society";
senators "of" their states ("Rand Paul of Kentucky"); "the top Democrat on the House
Homeland Security Committee" and "Members of Congress"."""
MARKED = ("multi_news-val-2201", "multi_news-val-3658")
""""the Ministry of Culture.[1][2]It is considered" (a Wikipedia page's notes); "the
International Agency for Research on Cancer (IARC)"."""
DUC = DATA / "duc2003-task2.jsonl.gz"


def _listed(sentences: Sequence) -> tuple[Entity, ...]:
    return entities(sentences, recognize(sentences, entity_spans))


def _sentences(articles: Sequence[Article]) -> list:
    return [s for a in articles for s in split(clean(a))]


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    """The entities listed for the seeds and the clusters these tests read, by cluster id."""
    seeds = [
        Article(p.stem, p.read_text(encoding="utf-8"), p.stem, origin=p.name)
        for p in sorted(SEEDS.iterdir())
    ]
    found = {"seeds": _listed(_sentences(seeds))}
    wanted = {*PIECES, *KEPT, *MARKED, *NEW_TEXT13["design"], *NEW_TEXT13["blind"]}
    for path, count in ((RAW_VALIDATION, 250), (DUC, 30)):
        for cluster in read_clusters(path, count):
            if cluster["id"] in wanted:
                found[cluster["id"]] = _listed(_sentences(as_articles(cluster["documents"])))
    return {cluster: {e.name: e for e in found_} for cluster, found_ in found.items()}


def test_entities_a_piece_of_a_longer_name_is_not_listed(listed):
    """The seeds' "Convention on the Prohibition of Chemical Weapons" and "Organisation for
    the Prohibition of Chemical Weapons (OPCW)": "Chemical Weapons" was an organisation. The
    Organisation is listed by the name its initials define (entities80), without the
    Convention's words."""
    assert "Chemical Weapons" not in listed["seeds"]
    opcw = listed["seeds"]["Organisation for the Prohibition of Chemical Weapons"]
    assert opcw.label == "organisation"
    assert {m.article.text[m.start : m.end] for m in opcw.mentions} == {
        "Organisation for the Prohibition of Chemical Weapons",
        "OPCW",
    }
    assert "Thrones" not in listed[PIECES[0]]
    assert "Florida Department" not in listed[PIECES[1]]
    assert "Proceedings of the National Academy" not in listed[PIECES[2]]


def test_entities_a_name_after_a_person_a_post_or_a_comma_stays(listed):
    assert listed[KEPT[0]]["WTTG-TV"].label == "organisation"
    assert listed[KEPT[1]]["Dingwall History Society"].label == "organisation"
    assert listed[KEPT[2]]["Kentucky"].label == "place"
    assert listed[KEPT[3]]["House Homeland Security Committee"].label == "organisation"
    assert listed[KEPT[3]]["Congress"].label == "organisation"


def test_entities_the_islamic_state_is_shown_under_its_own_name(listed):
    """ "Daesh" (000, 002: the French and Russian governments' word), "Isis" (001, the FT):
    one group, in all three outlets, shown as the Islamic State."""
    group = listed["seeds"]["Islamic State"]
    spelled = {m.article.text[m.start : m.end] for m in group.mentions}
    assert (group.label, group.outlets, spelled) == (
        "organisation",
        3,
        {"Daesh", "Isis", "Islamic State"},
    )
    assert "Daesh" not in listed["seeds"]


def test_entities_time_zones_and_spans_with_brackets_are_no_names(listed):
    """ "At 4 p.m. (0800 GMT)" three times in DUC's Typhoon Babs cluster (an organisation)."""
    assert "GMT" not in listed["d31011t"]
    assert not [name for name in listed[MARKED[0]] if "[" in name]
    assert not [name for name in listed[MARKED[1]] if "(" in name]


@pytest.mark.parametrize("half", ["design", "blind"])
def test_entities_new_text13(listed, half):
    """Main's listing (08de0c2) on thirteen clusters judged from their articles before chorus
    ran on them: design 106 of 123 right, 14 wrong labels, 3 broken; blind 77 of 85, 3
    wrong, 5 broken. After the thirteenth pass: design 106 of 121, 14 wrong, 1 broken; blind
    unchanged (frozen at d62a922: no rule of the pass fired there)."""
    clusters = NEW_TEXT13[half]
    total = sum((judge(tuple(listed[c].values()), new_text13_gold(c)) for c in clusters), Judged())
    assert not total.unjudged, total.unjudged
    assert total.right >= 0.87 * total.judged, total
    assert total.broken <= (0.01 if half == "design" else 0.06) * total.judged, total
