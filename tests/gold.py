"""Hand-judged gold files (fixtures/*_gold.json) and what their tests share: the inputs of
the gold clusters, where each article stands in its input, and the judging of sections
that show sentence pairs (agreed facts, conflicts).

Gold names a sentence by its document's place in the cluster's input and a substring of
it, never by copying articles.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TypeVar

from chorus import Article
from chorus.analyze.model import Analysis, Fact, Quote
from chorus.analyze.quotes import quotes
from chorus.api import as_articles, brief
from chorus.clean import clean
from chorus.ingest.texts import read_texts
from chorus.model import Sentence
from chorus.sentences import split
from chorus.summarize.shown import after_dateline
from tests.conftest import RAW_VALIDATION, SEEDS, read_clusters

SEEDS_PUBLISHED = dt.date(2018, 4, 13)


def load(name: str) -> list[dict]:
    """The clusters of fixtures/`name`.json."""
    path = Path(__file__).parent / "fixtures" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["clusters"]


def inputs(ids: Iterable[str]) -> dict[str, list[Article] | list[str]]:
    """Each cluster's input by id: raw validation documents, or the seed articles ("seeds")
    with their publication date."""
    wanted = set(ids)
    found: dict[str, list[Article] | list[str]] = {
        c["id"]: c["documents"] for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in wanted
    }
    if "seeds" in wanted:
        found["seeds"] = [
            Article(p.stem, p.read_text(encoding="utf-8"), p.stem, published=SEEDS_PUBLISHED)
            for p in sorted(SEEDS.iterdir())
        ]
    assert found.keys() == wanted
    return found


def quoted(*ids: str) -> dict[str, tuple[Quote, ...]]:
    """The quotes of raw validation clusters, by cluster id."""
    clusters = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in ids]
    assert len(clusters) == len(ids)
    return {
        c["id"]: quotes([split(clean(a)) for a in as_articles(c["documents"])]) for c in clusters
    }


def briefed_quotes(ids: Iterable[str]) -> dict[str, tuple[Quote, ...]]:
    """The quotes `brief()` (100 words, with the analysis) gives each cluster (`inputs`),
    by id: the whole briefing's path, cluster names and all, as a reader sees it."""
    found = {}
    for cluster, documents in inputs(ids).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[cluster] = analysis.quotes
    return found


def quote_items(name: str) -> list[dict]:
    """The items of a quote reader's fixtures/`name`.json (design and blind sentences)."""
    path = Path(__file__).parent / "fixtures" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["items"]


def read_and_briefed(cluster: str) -> tuple[list[Article], Analysis]:
    """A raw cluster's articles as ingest reads them (outlets from the pages) and the
    analysis of their briefing at 100 words."""
    articles = list(read_texts(inputs((cluster,))[cluster]).articles)
    analysis = brief(articles, words=100).analysis
    assert analysis is not None
    return articles, analysis


def text_rows(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, words) of each quote found in one article's `text`."""
    (article,) = as_articles([text])
    return [
        (q.speaker, q.role, article.text[q.text.start : q.text.end])
        for q in quotes([split(clean(article))])
    ]


def quotes_in(found: tuple[Quote, ...], words: str) -> list[Quote]:
    """The quotes whose sentence holds `words`."""
    return [q for q in found if words in q.sentence.text]


def speakers_in(found: tuple[Quote, ...], *sentences: str) -> set[str]:
    """The speakers of the quotes whose sentence holds any of `sentences`' words."""
    return {q.speaker for words in sentences for q in quotes_in(found, words)}


def only_quote(found: tuple[Quote, ...], words: str) -> Quote:
    """The one quote among `found` whose sentence holds `words` (fails if not exactly one)."""
    (quote,) = quotes_in(found, words)
    return quote


def speakers_of(found: tuple[Quote, ...], words: str) -> list[str]:
    """Who the quotes holding `words` are given to, in order."""
    return [q.speaker for q in found if words in q.text.text]


def places(documents: Sequence[Article | str]) -> dict[str, int]:
    """Article id → place in the input; a repeated document keeps its first place, so one
    left out as a duplicate (multi_news-val-2115 has one) does not move the others."""
    place: dict[str, int] = {}
    for n, article in enumerate(as_articles(list(documents))):
        place.setdefault(article.id, n)
    return place


def as_written(sentence: Sentence) -> str:
    """A sentence's text as its article writes it: a row shown past its dateline (clean62)
    read from its line's start, where gold judged before then quotes the dateline with it
    ("WASHINGTON—The chairman of ...")."""
    if not after_dateline(sentence):
        return sentence.text
    return sentence.article.text[
        sentence.article.text.rfind("\n", 0, sentence.start) + 1 : sentence.end
    ]


def names(sentence: Sentence, place: Mapping[str, int], doc: object, words: object) -> bool:
    """Whether a gold line's (document, substring) names `sentence`, as written."""
    return place.get(sentence.article.id) == doc and str(words) in as_written(sentence)


GoldPair = Sequence[object]
"""[doc a, substring of a, doc b, substring of b, verdict]"""


class Tally:
    """Counts of a section against its gold that add up field by field over clusters."""

    __slots__ = ()

    def __add__(self: T, other: T) -> T:
        return type(self)(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


T = TypeVar("T", bound=Tally)


@dataclass(frozen=True, slots=True)
class Judged(Tally):
    """A pair section against its gold."""

    right: int
    """Shown pairs the gold judges true."""
    judged: int
    """Shown pairs that a gold pair names."""
    shown: int
    found: int
    """Gold true pairs the section holds."""
    true: int
    """Gold true pairs."""


NONE_JUDGED = Judged(0, 0, 0, 0, 0)


def pair_verdict(
    x: Sentence, y: Sentence, place: Mapping[str, int], pairs: Sequence[GoldPair]
) -> bool | None:
    """The verdict of the gold pair naming x and y (either order), None when none does."""
    for doc_a, words_a, doc_b, words_b, verdict in pairs:
        forward = names(x, place, doc_a, words_a) and names(y, place, doc_b, words_b)
        backward = names(y, place, doc_a, words_a) and names(x, place, doc_b, words_b)
        if forward or backward:
            return bool(verdict)
    return None


def judge_pairs(
    shown: Sequence[tuple[Sentence, Sentence]],
    held: Sequence[tuple[Sentence, Sentence]],
    place: Mapping[str, int],
    pairs: Sequence[GoldPair],
) -> Judged:
    """Pairs a section shows against one cluster's gold; a gold true pair is found when it
    is among the pairs the section `held` together."""
    verdicts = [pair_verdict(x, y, place, pairs) for x, y in shown]
    true = [p for p in pairs if p[4]]
    found = sum(any(pair_verdict(x, y, place, [p]) for x, y in held) for p in true)
    return Judged(
        right=verdicts.count(True),
        judged=len(verdicts) - verdicts.count(None),
        shown=len(verdicts),
        found=found,
        true=len(true),
    )


def reader_analyses(gold: Sequence[dict]) -> dict[str, tuple[Analysis, dict[str, int]]]:
    """Per cluster of a reader's agreement gold: its briefing's analysis (100 words) and
    where each of its documents stands (`places`)."""
    found = {}
    for name, documents in inputs(case["id"] for case in gold).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[name] = (analysis, places(documents))
    return found


def reader_tally(
    gold: Sequence[dict],
    analyses: Mapping[str, tuple[Analysis, dict]],
    half: str | None = None,
) -> Counter:
    """A reader's agreement gold (one `half` of it, when named) against the briefings: pairs
    by verdict and whether shown; lone items by verdict, whether shown and whether they
    carry a lead-in."""
    tally: Counter = Counter()
    for case in gold:
        if half is not None and case["half"] != half:
            continue
        analysis, place = analyses[case["id"]]
        shown = [(f.statement, s) for f in analysis.agreed for s in f.support]
        for doc_a, words_a, doc_b, words_b, verdict in case["pairs"]:
            seen = any(
                (names(x, place, doc_a, words_a) and names(y, place, doc_b, words_b))
                or (names(y, place, doc_a, words_a) and names(x, place, doc_b, words_b))
                for x, y in shown
            )
            tally["pair", verdict, seen] += 1
        for doc, words, verdict in case["unique"]:
            item = next((f for f in analysis.unique if names(f.statement, place, doc, words)), None)
            tally["unique", verdict, item is not None, bool(item and item.context)] += 1
    return tally


def lone_tally(tally: Counter) -> Counter:
    """From a `reader_tally`: the lone items shown, right when they carry a lead-in exactly
    when they lean."""
    found: Counter = Counter()
    for key, count in tally.items():
        if key[0] == "unique" and key[2]:
            found["right" if key[3] == (key[1] == "leans") else "wrong"] += count
    return found


def analysed_lines(raw: Sequence[dict], lines: Iterable[int]) -> dict[int, Analysis | None]:
    """The analysis (100 words) of each of these raw validation lines."""
    return {line: brief(raw[line]["documents"], words=100).analysis for line in sorted(lines)}


def pair_shown(analysis: Analysis | None, words_a: str, words_b: str) -> bool:
    """Whether an agreed item pairs a statement and a support holding `words_a` and
    `words_b`, either way round."""
    assert analysis is not None
    return any(
        (words_a in fact.statement.text and words_b in support.text)
        or (words_b in fact.statement.text and words_a in support.text)
        for fact in analysis.agreed
        for support in fact.support
    )


def agreed_item(analysis: Analysis | None, words: str) -> Fact:
    """The one agreed item whose statement holds `words`."""
    assert analysis is not None
    found = [fact for fact in analysis.agreed if words in fact.statement.text]
    assert len(found) == 1, words
    return found[0]


def marked_in_part(fact: Fact, words: str) -> bool:
    """Whether the article of the support holding `words` is marked as telling in part."""
    (support,) = [s for s in fact.support if words in s.text]
    return support.article.id in fact.partial


def analysed_raw_lines(fixture: Mapping, raw: Sequence[dict]) -> dict[int, Analysis | None]:
    """The analysis (100 words) of each raw validation line a conflict reader fixture's
    findings and blind half name."""
    lines = {f["raw_line"] for f in fixture["findings"]} | set(fixture["blind"]["raw_lines"])
    return analysed_lines(raw, lines)


def lines_no_conflict_test_names(raw: Sequence[dict], own: str) -> list[int]:
    """The raw validation lines whose cluster id no conflicts test or fixture names, but
    those whose file name holds `own` (the pass drawing its sample from them)."""
    tests = Path(__file__).parent
    earlier = [
        path.read_text(encoding="utf-8")
        for pattern in ("test_analyze_conflict*.py", "fixtures/conflict*.json")
        for path in tests.glob(pattern)
        if own not in path.name
    ]
    return [
        line
        for line, cluster in enumerate(raw)
        if not any(re.search(re.escape(cluster["id"]) + r"(?!\d)", text) for text in earlier)
    ]


def data_sentence(path: Path, line: int, pattern: str) -> str:
    """The sentence of cluster `line` of a data file holding `pattern` (its own text up to
    its stop)."""
    texts = "\n".join(read_clusters(path, line + 1)[line]["documents"])
    found = re.search(rf"[^.]*{pattern}[^.]*\.", texts)
    assert found is not None, pattern
    return found[0]


def data_line(path: Path, line: int, pattern: str) -> str:
    """`data_sentence` without the lines before it on its page (that pattern's `[^.]*`
    runs back over line breaks to the stop before)."""
    return data_sentence(path, line, pattern).rsplit("\n", 1)[-1].strip()
