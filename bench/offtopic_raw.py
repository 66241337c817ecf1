"""The articles chorus calls off-topic or background on raw text, against a careful reader.

    python bench/offtopic_raw.py flags           # every article `brief()` flags, with its reason
    python bench/offtopic_raw.py draw            # the two samples (ids only) → the fixture
    python bench/offtopic_raw.py show design 1 10   # items to read: no verdict shown
    python bench/offtopic_raw.py score design    # judgements against `brief()`'s verdicts

Users meet chorus on raw articles, not on Multi-News+'s lowercased ones, so this reads the
verdicts `brief()` gives on the 250 raw validation clusters. The samples are stratified by
main's verdict at draw time (flagged and not flagged, clusters of two articles or more):
design `random.Random(8)` 60 + 60, blind `random.Random(88)` 30 + 30 from the rest, each
shuffled. `show` prints the editor's summary, the other articles' openings and the article,
never a verdict, so the judgement is made before chorus' is seen.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import textwrap
from pathlib import Path

from chorus.api import as_articles, brief

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews-raw-validation.jsonl.gz"
FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "offtopic_raw.json"
SAMPLES = {"design": (8, 60), "blind": (88, 30)}
"""Seed and items per stratum of each sample, drawn in this order (blind from the rest)."""
ON_STORY = "on the story"
OFF = ("another event or background", "page furniture")
OTHER_SHOWN, ARTICLE_SHOWN = 700, 2500
"""Characters shown of each other article and of the article judged."""


def raw_clusters() -> list[dict]:
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def verdicts(clusters: list[dict]) -> dict[tuple[int, int], tuple[bool, str]]:
    """`brief()`'s verdict on every article of every cluster of 2+: (off-topic, reason).
    An exact copy `brief()` drops takes no verdict."""
    found = {}
    for line, cluster in enumerate(clusters):
        if len(cluster["documents"]) < 2:
            continue
        articles = as_articles(cluster["documents"])
        ranked = brief(articles, words=100).analysis.relevance
        by_id = {r.article_id: (r.off_topic, r.reason) for r in ranked}
        for index, article in enumerate(articles):
            if article.id in by_id:
                found[(line, index)] = by_id[article.id]
    return found


def flags() -> None:
    found = verdicts(raw_clusters())
    flagged = [(key, reason) for key, (off, reason) in sorted(found.items()) if off]
    print(f"{len(flagged)} of {len(found)} articles flagged")
    for (line, index), reason in flagged:
        print(f"  cluster line {line} article {index}: {reason}")


def draw() -> None:
    found = verdicts(raw_clusters())
    strata = {
        True: [k for k, v in sorted(found.items()) if v[0]],
        False: [k for k, v in sorted(found.items()) if not v[0]],
    }
    record: dict = {
        "about": (
            "Articles of raw Multi-News validation clusters (2+ articles), drawn by "
            "bench/offtopic_raw.py stratified by main's off-topic verdict at draw time "
            "(`drawn_flagged`), each judged by reading it beside the editor's summary and "
            "the other articles with no verdict shown: 'on the story', 'another event or "
            "background', 'page furniture' or 'unclear'."
        ),
        "population": {"flagged": len(strata[True]), "not flagged": len(strata[False])},
    }
    for name, (seed, per_stratum) in SAMPLES.items():
        rng = random.Random(seed)
        picked = []
        for flagged in (True, False):
            picked += [(key, flagged) for key in rng.sample(strata[flagged], per_stratum)]
            strata[flagged] = [k for k in strata[flagged] if k not in {p[0] for p in picked}]
        rng.shuffle(picked)
        record[name] = [
            {"line": k[0], "article": k[1], "drawn_flagged": f, "judgement": "", "reason": ""}
            for k, f in picked
        ]
    FIXTURE.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


def _wrapped(text: str, limit: int) -> str:
    shown = text[:limit] + (f" [... {len(text.split())} words in all]" if len(text) > limit else "")
    return textwrap.fill(shown, width=110, initial_indent="    ", subsequent_indent="    ")


def show(sample: str, first: int, last: int) -> None:
    items = json.loads(FIXTURE.read_text(encoding="utf-8"))[sample]
    clusters = raw_clusters()
    for n in range(first, last + 1):
        item = items[n - 1]
        cluster = clusters[item["line"]]
        print(f"=== ITEM {n}: line {item['line']}, {len(cluster['documents'])} articles")
        print("  SUMMARY:")
        print(_wrapped(cluster["summary"], 2000))
        for index, document in enumerate(cluster["documents"]):
            if index != item["article"]:
                print(f"  OTHER ARTICLE {index}:")
                print(_wrapped(document, OTHER_SHOWN))
        print(f"  >>> ARTICLE TO JUDGE ({item['article']}):")
        print(_wrapped(cluster["documents"][item["article"]], ARTICLE_SHOWN))
        print()


def score(sample: str) -> None:
    record = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items = [i for i in record[sample] if i["judgement"] in (ON_STORY, *OFF)]
    clusters = raw_clusters()
    wanted = {i["line"] for i in items}
    found = verdicts([c if n in wanted else {"documents": []} for n, c in enumerate(clusters)])
    weights = {
        True: record["population"]["flagged"] / sum(i["drawn_flagged"] for i in record[sample]),
        False: record["population"]["not flagged"]
        / sum(not i["drawn_flagged"] for i in record[sample]),
    }
    counts = {"tp": 0.0, "fp": 0.0, "fn": 0.0}
    raw = {"tp": 0, "fp": 0, "fn": 0}
    for item in items:
        off, reason = found[(item["line"], item["article"])]
        judged_off = item["judgement"] in OFF
        kind = "tp" if off and judged_off else "fp" if off else "fn" if judged_off else ""
        if kind:
            counts[kind] += weights[item["drawn_flagged"]]
            raw[kind] += 1
            print(f"  {kind} line {item['line']} #{item['article']}: {item['reason']} | {reason}")
    for name, c in (("sample", raw), ("reweighted", counts)):
        precision = c["tp"] / max(1e-9, c["tp"] + c["fp"])
        recall = c["tp"] / max(1e-9, c["tp"] + c["fn"])
        counts = f"tp {c['tp']:.0f} fp {c['fp']:.0f} fn {c['fn']:.0f}"
        print(f"{name}: {counts}  P {precision:.3f}  R {recall:.3f}")
    print(f"judged {len(items)} of {len(record[sample])} (unclear left out)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("flags")
    commands.add_parser("draw")
    shown = commands.add_parser("show")
    shown.add_argument("sample", choices=SAMPLES)
    shown.add_argument("first", type=int)
    shown.add_argument("last", type=int)
    scored = commands.add_parser("score")
    scored.add_argument("sample", choices=SAMPLES)
    args = parser.parse_args()
    if args.command == "flags":
        flags()
    elif args.command == "draw":
        draw()
    elif args.command == "show":
        show(args.sample, args.first, args.last)
    else:
        score(args.sample)


if __name__ == "__main__":
    main()
