"""Hand-judged entity names (fixtures/entity_gold.json) and how many of the names the
entities section lists are right, carry a wrong label, or are no name at all.

Gold values: a label ("person", "organisation", "place"); "other" for a real name that is
none of those (a TV show, a book), so any label is wrong; null for no name or a cut span.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from chorus.analyze.entities import entities, recognize
from chorus.analyze.entity_speakers import listed_with_speakers
from chorus.analyze.model import Entity, Excerpt
from chorus.analyze.nlp import entity_spans
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Article
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, SEEDS, read_clusters
from tests.gold import Tally

DUC = DATA / "duc2003-task2.jsonl.gz"
LABELS = ("person", "organisation", "place")


def excerpts_of(article: Article, name: str) -> list[Excerpt]:
    """Every place `article`'s text writes `name`, in order."""
    found, start = [], article.text.find(name)
    while start >= 0:
        found.append(Excerpt(article, start, start + len(name)))
        start = article.text.find(name, start + 1)
    return found


def fixture(name: str) -> dict:
    """fixtures/`name`, read."""
    return json.loads((Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8"))


_FILE = fixture("entity_gold.json")
BLIND: Mapping[str, Mapping[str, str | None]] = {
    cluster: gold for cluster, gold in _FILE["clusters"].items() if cluster in _FILE["blind"]
}
"""Clusters judged but not looked at while writing rules: scored apart from GOLD."""
GOLD: Mapping[str, Mapping[str, str | None]] = {
    cluster: gold for cluster, gold in _FILE["clusters"].items() if cluster not in BLIND
}
OUTLETS: Mapping[str, Mapping[str, int]] = _FILE["outlets"]
"""For the last blind clusters, every person, organisation and place their articles name,
with how many articles mention it: what a listing should find, not only judge."""


@dataclass(frozen=True, slots=True)
class Judged(Tally):
    right: int = 0
    wrong_label: int = 0
    broken: int = 0
    """Listed names that are no name, or a cut or joined span."""
    unjudged: tuple[str, ...] = ()

    @property
    def judged(self) -> int:
        return self.right + self.wrong_label + self.broken


def judge(found: Sequence[Entity], gold: Mapping[str, str | None]) -> Judged:
    """One cluster's listed entities against its gold names."""
    right = wrong = broken = 0
    unjudged = []
    for entity in found:
        if entity.name not in gold:
            unjudged.append(entity.name)
        elif gold[entity.name] is None:
            broken += 1
        elif gold[entity.name] == entity.label:
            right += 1
        else:
            wrong += 1
    return Judged(right, wrong, broken, tuple(unjudged))


NEW_TEXT = fixture("entity_new_text11.json")
"""Main's listing on 30 raw and 20 DUC clusters no entities pass had read, judged before the
eleventh pass's rules ('listed'), the names the branch added judged afterwards
('listed_after'), and the names main missed at the top of each article ('missed'); odd
positions 'design', even 'blind'."""


def new_text_gold(cluster: str) -> dict[str, str | None]:
    """A new-text cluster's judged names, main's and the branch's."""
    return {**NEW_TEXT["listed"][cluster], **NEW_TEXT["listed_after"].get(cluster, {})}


def expected_gold(fixture: Mapping, cluster: str) -> dict[str, str | None]:
    """A cluster's judged names in a fixture read from articles before chorus ran on them
    ('expected'), then from listings ('judged_after')."""
    return {**fixture["expected"][cluster], **fixture["judged_after"].get(cluster, {})}


NEW_TEXT13 = fixture("entity_new_text13.json")
"""Ten raw and three DUC clusters no entity fixture named, every capitalised run of their
articles judged before chorus ran on them ('expected'), and the names main or the
thirteenth pass's branch listed beyond them, judged from the listing ('judged_after'); odd
positions 'design', even 'blind'."""


def new_text13_gold(cluster: str) -> dict[str, str | None]:
    """A thirteenth-pass cluster's judged names: read from its articles, then from listings."""
    return expected_gold(NEW_TEXT13, cluster)


NEW_TEXT15 = fixture("entity_new_text15.json")
"""Eight raw and three DUC clusters no entity fixture or test named, the names a reader
expects judged from their articles before chorus ran on them ('expected'), and the names
main or the fifteenth pass's branch listed beyond them ('judged_after'); odd positions
'design', even 'blind'."""


def new_text15_gold(cluster: str) -> dict[str, str | None]:
    """A fifteenth-pass cluster's judged names: read from its articles, then from listings."""
    return expected_gold(NEW_TEXT15, cluster)


NEW_TEXT17 = fixture("entity_new_text17.json")
"""Six raw and two DUC clusters no entity fixture or test named, judged as NEW_TEXT15 was
(journal/entities.md, 'Entities, seventeenth pass')."""

NEW_TEXT18 = fixture("entity_new_text18.json")
"""Six raw clusters no entity fixture or test named, judged as NEW_TEXT15 was (journal/entities.md,
'Entities, eighteenth pass')."""

NEW_TEXT19 = fixture("entity_new_text19.json")
"""Six raw clusters no entity fixture or test named, judged as NEW_TEXT15 was (journal/entities.md,
'Entities, nineteenth pass')."""


def listed_on_clusters(wanted: set[str], speakers: bool = False) -> dict[str, dict[str, Entity]]:
    """What the section lists on each wanted raw validation or DUC cluster, by entity name;
    with `speakers`, as `analyze` lists it, the quotes' speakers in the room under the cap."""
    found = {}
    for path, count in ((RAW_VALIDATION, 250), (DUC, 30)):
        for cluster in read_clusters(path, count):
            if cluster["id"] in wanted:
                groups = [split(clean(a)) for a in as_articles(cluster["documents"])]
                sentences = [s for g in groups for s in g]
                names = recognize(sentences, entity_spans)
                said = (q.speaker for q in quotes(groups, names.labels)) if speakers else ()
                found[cluster["id"]] = {
                    e.name: e for e in listed_with_speakers(sentences, names, said)
                }
    return found


def listed_on_seeds() -> dict[str, Entity]:
    """What the section lists on the three seed articles as one cluster, by entity name."""
    seeds = [
        Article(p.stem, p.read_text(encoding="utf-8"), p.stem, origin=p.name)
        for p in sorted(SEEDS.iterdir())
    ]
    sentences = [s for a in seeds for s in split(clean(a))]
    return {e.name: e for e in entities(sentences, recognize(sentences, entity_spans))}


def spelled(entity: Entity) -> set[str]:
    """The spellings of an entity's mentions, as its articles write them."""
    return {m.article.text[m.start : m.end] for m in entity.mentions}


def found_of_expected(
    listed: Mapping[str, Entity], expected: Mapping[str, str | None]
) -> tuple[int, int]:
    """How many of the people, organisations and places a reader expects are written by a
    listed entity of their kind (as its name or another mention: "Berry" is Halle Berry's),
    and how many there are."""
    kinds = [(name, kind) for name, kind in expected.items() if kind in LABELS]
    spellings = [(spelled(e), e.label) for e in listed.values()]
    found = sum(any(name in s and kind == label for s, label in spellings) for name, kind in kinds)
    return found, len(kinds)


def assert_half_scores(
    listed: Mapping[str, Mapping[str, Entity]],
    sample: Mapping,
    half: str,
    bars: tuple[float, float, float],
) -> None:
    """A new-text sample's half against what the section lists on its clusters: every listed
    name judged, at least the first bar's share of them right, at most the second's with a
    wrong label, and at least the third's share of the expected names found."""
    right, wrong, found = bars
    clusters = sample[half]
    total = sum(
        (judge(tuple(listed[c].values()), expected_gold(sample, c)) for c in clusters),
        Judged(),
    )
    assert not total.unjudged, total.unjudged
    assert total.right >= right * total.judged, total
    assert total.wrong_label <= wrong * total.judged, total
    hits = [found_of_expected(listed[c], sample["expected"][c]) for c in clusters]
    assert sum(h for h, _ in hits) >= found * sum(n for _, n in hits), hits


def covers(entity: Entity, spelling: str) -> bool:
    """Whether one of an entity's mentions is written `spelling` or ends it as a surname
    ("Thatcher" of "Lady Thatcher")."""
    return any(spelling == s or spelling.endswith(f" {s}") for s in spelled(entity))


def findings_met(fixture: Mapping, listed: Mapping[str, Mapping[str, Entity]]) -> dict[str, bool]:
    """Each of a reader's findings (a fixture's 'label', 'not_listed', 'one_entity',
    'outlets' and 'missing'), keyed by cluster and name, and whether the listing meets it."""
    met = {}
    for cluster, names in fixture["label"].items():
        for name, kind in names.items():
            entity = listed[cluster].get(name)
            if entity is None and kind in LABELS:
                # a name listed as another spelling of a row takes its label: raw 160's
                # "America" is the United States' (entities, sixty-eighth pass)
                entity = next((e for e in listed[cluster].values() if name in spelled(e)), None)
            met[f"{cluster} {name}"] = (
                entity is None if kind not in LABELS else getattr(entity, "label", None) == kind
            )
    for cluster, names in fixture["not_listed"].items():
        for name in names:
            met[f"{cluster} {name}"] = name not in listed[cluster]
    for cluster, groups in fixture["one_entity"].items():
        for group in groups:
            met[f"{cluster} {'/'.join(group)}"] = any(
                all(covers(e, s) for s in group) for e in listed[cluster].values()
            )
    for cluster, counts in fixture["outlets"].items():
        for name, outlets in counts.items():
            entity = listed[cluster].get(name)
            met[f"{cluster} {name} outlets"] = getattr(entity, "outlets", 0) == outlets
    for cluster, names in fixture["missing"].items():
        for name, kind in names.items():
            met[f"{cluster} {name} found"] = any(
                e.label == kind and covers(e, name) for e in listed[cluster].values()
            )
    return met
