"""A blind hand audit of the Multi-News+ `relevant` flags, and of chorus against them.

    python bench/offtopic_audit.py draw          # the sample (ids only) → the fixture
    python bench/offtopic_audit.py show 1 10     # items 1..10 to read: cluster, no flag, no verdict
    python bench/offtopic_audit.py score         # judgements joined with flags and chorus

The sample is stratified by flag (as many "not relevant" as "relevant" articles, from
clusters of 2-5 articles), so figures against the judgement are also given reweighted to
the population's flag rates; the uncertainty is a bootstrap within the two strata.
`show` prints neither the flag nor chorus' verdict, so the judgement is made from the
cluster alone (the other articles and the editor's summary the flags were made against).
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from offtopic import VALIDATION, clusters

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "offtopic_audit.json"
SEED = 2026
PER_FLAG = 40
SIZES = range(2, 6)
"""Clusters of 2-5 articles: the sizes where one article's place can be judged by reading
the rest in a few minutes."""
ON_STORY, OTHER, UNCLEAR = "on the story", "another event or background", "unclear"
BOOTSTRAP_ROUNDS = 4000


@dataclass(frozen=True)
class Item:
    cluster: int
    """Line number of the cluster in multinews-plus-validation."""
    article: int


def population() -> tuple[list[Item], list[Item]]:
    """Every article of a 2-5 article cluster, split by flag: (not relevant, relevant)."""
    off, on = [], []
    for number, cluster in enumerate(clusters(VALIDATION)):
        if len(cluster["documents"]) in SIZES:
            for article, relevant in enumerate(cluster["relevant"]):
                (on if relevant else off).append(Item(number, article))
    return off, on


def draw() -> None:
    """Draw PER_FLAG items of each flag with a fixed seed, shuffle them together and write
    the fixture with the population counts; judgements are filled in by hand later."""
    off, on = population()
    rng = np.random.default_rng(SEED)
    picked = [off[i] for i in rng.choice(len(off), PER_FLAG, replace=False)]
    picked += [on[i] for i in rng.choice(len(on), PER_FLAG, replace=False)]
    order = rng.permutation(len(picked))
    items = [
        {"cluster": picked[i].cluster, "article": picked[i].article, "judgement": "", "reason": ""}
        for i in order
    ]
    record = {
        "source": VALIDATION.name,
        "seed": SEED,
        "population": {"not relevant": len(off), "relevant": len(on)},
        "sample": {"not relevant": PER_FLAG, "relevant": PER_FLAG},
        "items": items,
    }
    FIXTURE.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"population (clusters of 2-5): {len(off)} not relevant, {len(on)} relevant")


def _wrapped(text: str) -> str:
    return textwrap.fill(text, width=110, initial_indent="    ", subsequent_indent="    ")


def show(first: int, last: int) -> None:
    """Print items first..last (1-based) for judging: the editor's summary, the other
    articles and the article to judge. Flags and chorus' verdict are not read."""
    items = json.loads(FIXTURE.read_text(encoding="utf-8"))["items"]
    wanted = {items[n - 1]["cluster"] for n in range(first, last + 1)}
    texts = {n: c for n, c in enumerate(clusters(VALIDATION)) if n in wanted}
    for n in range(first, last + 1):
        item = items[n - 1]
        cluster = texts[item["cluster"]]
        print(f"=== ITEM {n}: cluster {cluster['id']}, {len(cluster['documents'])} articles")
        print("  SUMMARY:")
        print(_wrapped(cluster["summary"]))
        for index, document in enumerate(cluster["documents"]):
            if index != item["article"]:
                print(f"  OTHER ARTICLE {index}:")
                print(_wrapped(document))
        print(f"  >>> ARTICLE TO JUDGE ({item['article']}):")
        print(_wrapped(cluster["documents"][item["article"]]))
        print()


def chorus_flags(items: list[dict]) -> np.ndarray:
    """chorus' "not relevant" verdict on each item, by the path `bench/offtopic.py` measures."""
    from chorus.analyze.relevance import model_flags, probabilities
    from chorus.analyze.relevance_page import PAGE_DIRECTION, word_score
    from offtopic import cluster_features, with_pages

    wanted = {item["cluster"] for item in items}
    verdicts: dict[tuple[int, int], bool] = {}
    for number, cluster in enumerate(clusters(VALIDATION)):
        if number not in wanted:
            continue
        found = cluster_features(cluster["documents"])
        assert found is not None, cluster["id"]
        _, means, texts, tied, counted, referring = found
        pages = means @ PAGE_DIRECTION[:-1] + PAGE_DIRECTION[-1]
        words = np.array([word_score(text.split()) for text in texts])
        rows = with_pages([found], pages, words)
        flagged = model_flags(rows, probabilities(rows), tied, counted, referring)
        for article, verdict in enumerate(flagged):
            verdicts[(number, article)] = bool(verdict)
    return np.array([verdicts[(item["cluster"], item["article"])] for item in items])


def flags_of(items: list[dict]) -> np.ndarray:
    """The Multi-News+ "not relevant" flag of each item."""
    wanted = {item["cluster"] for item in items}
    flags = {n: c["relevant"] for n, c in enumerate(clusters(VALIDATION)) if n in wanted}
    return np.array([not flags[item["cluster"]][item["article"]] for item in items])


def kappa(first: np.ndarray, second: np.ndarray, weights: np.ndarray) -> float:
    """Cohen's kappa of two yes/no ratings, each item counting `weights` times."""
    share = weights / weights.sum()
    observed = float(share[first == second].sum())
    yes_first, yes_second = float(share[first].sum()), float(share[second].sum())
    chance = yes_first * yes_second + (1 - yes_first) * (1 - yes_second)
    return (observed - chance) / (1 - chance)


def precision_recall(
    flagged: np.ndarray, truth: np.ndarray, weights: np.ndarray
) -> tuple[float, float]:
    """Weighted precision and recall of `flagged` against `truth` (both "not relevant")."""
    hits = float(weights[flagged & truth].sum())
    return hits / max(1e-12, float(weights[flagged].sum())), hits / max(
        1e-12, float(weights[truth].sum())
    )


def table(rows: np.ndarray, columns: np.ndarray, weights: np.ndarray) -> str:
    """A 2x2 table of weighted counts: rows and columns are "not relevant" yes/no."""
    cells = [
        [float(weights[(rows == r) & (columns == c)].sum()) for c in (True, False)]
        for r in (True, False)
    ]
    return "\n".join(f"      {a:7.1f} {b:7.1f}" for a, b in cells)


def bootstrap(
    flag: np.ndarray, judged_off: np.ndarray, chorus: np.ndarray, weights: np.ndarray
) -> np.ndarray:
    """Resample within each flag stratum; rows of (share of "relevant" flags the reader
    agrees with, reweighted kappa, reweighted P and R of the flags and of chorus against
    the reader). The flags' P against the reader is the share of "not relevant" flags the
    reader agrees with."""
    rng = np.random.default_rng(SEED)
    strata = [np.flatnonzero(flag), np.flatnonzero(~flag)]
    rows = []
    for _ in range(BOOTSTRAP_ROUNDS):
        picks = np.concatenate([rng.choice(s, len(s), replace=True) for s in strata])
        f, j, c, w = flag[picks], judged_off[picks], chorus[picks], weights[picks]
        agree_on = float((~j[~f]).mean())
        rows.append(
            (
                agree_on,
                kappa(f, j, w),
                *precision_recall(f, j, w),
                *precision_recall(c, j, w),
            )
        )
    return np.array(rows)


def score() -> None:
    record = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items = [i for i in record["items"] if i["judgement"]]
    judged = np.array([i["judgement"] for i in items])
    flag = flags_of(items)
    chorus = chorus_flags(items)
    sure = judged != UNCLEAR
    print(
        f"judged {len(items)}: "
        + ", ".join(f"{k} {int((judged == k).sum())}" for k in (ON_STORY, OTHER, UNCLEAR))
    )
    for name, mask in (("flag not relevant", flag), ("flag relevant", ~flag)):
        counts = {k: int((judged[mask] == k).sum()) for k in (ON_STORY, OTHER, UNCLEAR)}
        print(f"  {name}: {counts}")

    # Unclear items are left out of the two-way figures (counted above).
    flag, chorus, judged_off = flag[sure], chorus[sure], judged[sure] == OTHER
    population, sample = record["population"], record["sample"]
    weights = np.where(
        flag,
        population["not relevant"] / sample["not relevant"],
        population["relevant"] / sample["relevant"],
    )
    ones = np.ones(len(flag))
    print(f"\nsure items {len(flag)}; rows flag not relevant yes/no, columns reader 'other' yes/no")
    print(table(flag, judged_off, ones))
    print(
        f"  agreement {float((flag == judged_off).mean()):.3f}, "
        f"kappa (sample) {kappa(flag, judged_off, ones):.3f}"
    )
    print("  reweighted to the population's flag rates (articles):")
    print(table(flag, judged_off, weights))
    print(
        f"  agreement {float(weights[flag == judged_off].sum() / weights.sum()):.3f}, "
        f"kappa (reweighted) {kappa(flag, judged_off, weights):.3f}"
    )

    print("\nchorus 'not relevant' against the flags (sample, 50/50 by flag):")
    print("  P {:.3f}  R {:.3f}".format(*precision_recall(chorus, flag, ones)))
    print("  reweighted: P {:.3f}  R {:.3f}".format(*precision_recall(chorus, flag, weights)))
    print("chorus 'not relevant' against the reader:")
    print("  sample: P {:.3f}  R {:.3f}".format(*precision_recall(chorus, judged_off, ones)))
    print("  reweighted: P {:.3f}  R {:.3f}".format(*precision_recall(chorus, judged_off, weights)))
    print(
        "flags as a detector against the reader, reweighted: P {:.3f}  R {:.3f}".format(
            *precision_recall(flag, judged_off, weights)
        )
    )
    print(
        "the reader as a detector against the flags, reweighted: P {:.3f}  R {:.3f}".format(
            *precision_recall(judged_off, flag, weights)
        )
    )

    missed, extra = flag & ~chorus, chorus & ~flag
    print(
        f"chorus against the flags: {int(missed.sum())} flagged articles not found, of which"
        f" the reader calls {int((missed & ~judged_off).sum())} on the story;"
        f" {int(extra.sum())} found but not flagged, of which the reader calls"
        f" {int((extra & judged_off).sum())} off"
    )

    low, high = np.percentile(bootstrap(flag, judged_off, chorus, weights), [10, 90], axis=0)
    names = (
        "reader agrees with 'relevant'",
        "kappa (reweighted)",
        "flags P vs reader (reweighted)",
        "flags R vs reader (reweighted)",
        "chorus P vs reader (reweighted)",
        "chorus R vs reader (reweighted)",
    )
    print(f"\n80% bootstrap intervals ({BOOTSTRAP_ROUNDS} rounds within strata):")
    for name, a, b in zip(names, low, high, strict=True):
        print(f"  {name}: {a:.3f}-{b:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("draw")
    shown = commands.add_parser("show")
    shown.add_argument("first", type=int)
    shown.add_argument("last", type=int)
    commands.add_parser("score")
    args = parser.parse_args()
    if args.command == "draw":
        draw()
    elif args.command == "show":
        show(args.first, args.last)
    else:
        score()


if __name__ == "__main__":
    main()
