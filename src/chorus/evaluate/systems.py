"""The systems compared: chorus, its named configurations, and the peers.

A system is a callable `(documents, words) -> summary sentences`, from raw article text
(it splits sentences itself, with chorus' splitter; `lexrank-pysbd` with pysbd) to
sentences ranked best first or in reading order; the harness cuts every output to the
word budget the same way. The oracle also reads the references, so it takes them as a
third argument.
"""

from __future__ import annotations

import functools
import json
import os
import shlex
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from chorus.api import brief
from chorus.errors import ChorusError
from chorus.evaluate.oracle import oracle
from chorus.evaluate.splitter import PysbdTokenizer, SumyTokenizer, document_sentences
from chorus.settings import SummaryOptions

DEFAULT_SYSTEMS = ("chorus", "lead", "lexrank", "textrank", "lexrank-pkg", "oracle")
EXTERNAL = "cmd"
LEXRANK_THRESHOLD = 0.1
"""The lexrank package's README value for its similarity threshold."""


@dataclass(frozen=True, slots=True)
class ChorusConfiguration:
    """A variant of the pipeline: summarizer options, and whether the cross-source
    analysis runs first (it keeps off-topic articles out of the summary)."""

    options: SummaryOptions = field(default_factory=SummaryOptions)
    analyze: bool = False


CHORUS_CONFIGURATIONS: dict[str, ChorusConfiguration] = {
    "default": ChorusConfiguration(),
    "full": ChorusConfiguration(analyze=True),
    "heuristic": ChorusConfiguration(SummaryOptions(scorer="heuristic")),
    "learned": ChorusConfiguration(SummaryOptions(scorer="learned")),
    "position": ChorusConfiguration(
        SummaryOptions(centrality_weight=0.0, support_weight=0.0, relevance_weight=0.0)
    ),
    "centrality": ChorusConfiguration(
        SummaryOptions(position_weight=0.0, support_weight=0.0, relevance_weight=0.0)
    ),
    "no-support": ChorusConfiguration(SummaryOptions(support_weight=0.0)),
    "no-coverage": ChorusConfiguration(SummaryOptions(coverage=0.0)),
}
"""Named variants of the pipeline, run as `chorus:<name>`. Plain `chorus` is the summary
alone, as ROUGE scores it; `chorus:full` is the whole briefing, analysis sections
included, as `chorus brief` prints it."""


@dataclass(frozen=True, slots=True)
class System:
    name: str
    run: Callable[..., list[str]]
    needs_references: bool = False
    in_process: bool = True
    """False for an external command, whose memory this process cannot see."""

    def __call__(
        self, documents: Sequence[str], words: int, references: Sequence[str]
    ) -> list[str]:
        if self.needs_references:
            return self.run(documents, words, references)
        return self.run(documents, words)


def fill(ranked: Iterable[str], words: int) -> list[str]:
    """Sentences in the order given until they hold at least `words` words."""
    chosen, used = [], 0
    for sentence in ranked:
        if used >= words:
            break
        chosen.append(sentence)
        used += len(sentence.split())
    return chosen


def chorus_system(config: ChorusConfiguration) -> Callable[[Sequence[str], int], list[str]]:
    def run(documents: Sequence[str], words: int) -> list[str]:
        briefing = brief(
            list(documents), words=words, options=config.options, analyze=config.analyze
        )
        return [s.text for s in briefing.summary]

    return run


def round_robin(per_document: Sequence[Sequence[str]]) -> Iterator[str]:
    """First sentence of each document, then the second of each, and so on."""
    for position in range(max(map(len, per_document), default=0)):
        for sentences in per_document:
            if position < len(sentences):
                yield sentences[position]


def lead(documents: Sequence[str], words: int) -> list[str]:
    """Multi-News' First-k: the documents' leading sentences, taken in turn."""
    return fill(round_robin([document_sentences(d) for d in documents]), words)


@functools.cache
def _sumy(kind: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[kind](
        Stemmer("english")
    )
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_system(kind: str, tokenizer: SumyTokenizer) -> Callable[[Sequence[str], int], list[str]]:
    def run(documents: Sequence[str], words: int) -> list[str]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        model = ObjectDocumentModel(
            Paragraph(Sentence(s, tokenizer) for s in tokenizer.to_sentences(document))
            for document in documents
        )
        ranked: list[Any] = []

        def keep_ranking(infos: list[Any]) -> list[Any]:
            ranked.extend(infos)
            return infos

        # sumy sorts by rating, then hands the list to a callable count: read it there.
        _sumy(kind)(model, keep_ranking)
        return fill((str(info.sentence) for info in ranked), words)

    return run


def lexrank_package(documents: Sequence[str], words: int) -> list[str]:
    """The `lexrank` package, its IDF taken over the cluster's sentences, as in sumy.

    Taken over the 3 to 10 articles of a cluster instead, IDF is zero for every word
    they all share, which is the story itself (DUC R-1 falls from 33 to 27).
    """
    from lexrank import STOPWORDS, LexRank

    sentences = [s for document in documents for s in document_sentences(document)]
    try:
        ranker = LexRank([[s] for s in sentences], stopwords=STOPWORDS["en"])
    except ValueError as exc:  # "documents are not informative": no word survives
        raise ChorusError(f"lexrank: {exc}") from None
    scores = ranker.rank_sentences(sentences, threshold=LEXRANK_THRESHOLD)
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    return fill((sentences[i] for i in order), words)


def external(command: str, timeout: float) -> Callable[[Sequence[str], int], list[str]]:
    """Any summarizer as a command: `{"documents": [...], "words": N}` as JSON on its
    standard input, the summary (one sentence per line) on its standard output."""
    argv = shlex.split(command)
    if not argv:
        raise ChorusError("--cmd is empty")
    if shutil.which(argv[0]) is None:
        raise ChorusError(f"--cmd: {argv[0]}: command not found")

    def run(documents: Sequence[str], words: int) -> list[str]:
        payload = json.dumps({"documents": list(documents), "words": words})
        with subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        ) as process:
            try:
                out, err = process.communicate(payload, timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                raise ChorusError(f"timed out after {timeout:g} s") from None
        if process.returncode != 0:
            last = err.strip().splitlines()[-1:] or ["no message"]
            raise ChorusError(f"exit status {process.returncode}: {last[0]}")
        return [line.strip() for line in out.splitlines() if line.strip()]

    return run


def _builtin(name: str) -> System:
    if name == "chorus" or name.startswith("chorus:"):
        config = name.partition(":")[2] or "default"
        if config not in CHORUS_CONFIGURATIONS:
            known = ", ".join(CHORUS_CONFIGURATIONS)
            raise ChorusError(f"unknown chorus configuration {config!r} (known: {known})")
        return System(name, chorus_system(CHORUS_CONFIGURATIONS[config]))
    runs: dict[str, Callable[..., list[str]]] = {
        "lead": lead,
        "lexrank": sumy_system("lexrank", SumyTokenizer()),
        "textrank": sumy_system("textrank", SumyTokenizer()),
        "lexrank-pysbd": sumy_system("lexrank", PysbdTokenizer()),
        "lexrank-pkg": lexrank_package,
    }
    if name == "oracle":
        return System(name, oracle, needs_references=True)
    if name not in runs:
        known = ", ".join([*DEFAULT_SYSTEMS, "lexrank-pysbd", EXTERNAL, "chorus:<configuration>"])
        raise ChorusError(f"unknown system {name!r} (known: {known})")
    return System(name, runs[name])


def resolve(names: Sequence[str], command: str | None, timeout: float) -> list[System]:
    """The systems named, in order; `cmd` (added when a command is given) runs it."""
    names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if command is not None and EXTERNAL not in names:
        names.append(EXTERNAL)
    if not names:
        raise ChorusError("no systems to evaluate")
    systems = []
    for name in names:
        if name != EXTERNAL:
            systems.append(_builtin(name))
        elif command is None:
            raise ChorusError("system 'cmd' needs --cmd 'COMMAND'")
        else:
            systems.append(System(name, external(command, timeout), in_process=False))
    return systems
