"""The analysis' cheaper paths give what the costly ones would: shared sentence vectors,
substring pre-filters before regular expressions, the recognizer reading name windows,
and a model loader that loads once under threads."""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize import summarize

conflicts = importlib.import_module("chorus.analyze.conflicts")
denial_cues = importlib.import_module("chorus.analyze.denial_cues")
claims = importlib.import_module("chorus.analyze.claims")
entity_inside = importlib.import_module("chorus.analyze.entity_inside")
entity_lists = importlib.import_module("chorus.analyze.entity_lists")
entity_mentions = importlib.import_module("chorus.analyze.entity_mentions")
entity_mention_windows = importlib.import_module("chorus.analyze.entity_mention_windows")
entity_windows = importlib.import_module("chorus.analyze.entity_windows")
nlp = importlib.import_module("chorus.analyze.nlp")
offices = importlib.import_module("chorus.analyze.offices")
quote_matches = importlib.import_module("chorus.analyze.quote_matches")
quotes = importlib.import_module("chorus.analyze.quotes")
relevance_features = importlib.import_module("chorus.analyze.relevance_features")
relevance_text = importlib.import_module("chorus.analyze.relevance_text")
speakers = importlib.import_module("chorus.language.speakers")
speaker_titles = importlib.import_module("chorus.language.speaker_titles")
quote_names = importlib.import_module("chorus.language.quote_names")
similarity = importlib.import_module("chorus.analyze.similarity")
timeline_forms = importlib.import_module("chorus.analyze.timeline_forms")
timeline_form_patterns = importlib.import_module("chorus.analyze.timeline_form_patterns")


def _sentences(clusters: list[dict]) -> list:
    return [s for c in clusters for a in as_articles(c["documents"]) for s in split(clean(a))]


def test_summarize_with_given_vectors_is_the_same_summary(validation_clusters):
    for cluster in validation_clusters[:10]:
        groups = [split(clean(a)) for a in as_articles(cluster["documents"])]
        flat = [s for g in groups for s in g]
        options = SummaryOptions(words=150)
        given = summarize(groups, options, embed([s.text for s in flat]))
        own = summarize(groups, options)
        assert [s.shown.key for s in given] == [s.shown.key for s in own]


def test_quote_patterns_never_match_without_their_required_words_or_tail(validation_clusters):
    matched = tailed = 0
    for sentence in _sentences(validation_clusters):
        text = sentence.text
        for name, required, tail in quote_matches.COMPILED:
            if quote_matches.compiled(quote_matches.SOURCES[name]).search(text):
                matched += 1
                assert any(word in text for word in required), (name, text)
                tailed += tail is not None
                assert tail is None or tail.search(text), (name, text)
    assert matched > 300 and tailed > 100


def test_date_forms_never_match_what_the_pre_filter_rules_out(validation_clusters):
    dated, skipped = 0, set()
    for sentence in _sentences(validation_clusters):
        if timeline_form_patterns.ANY.search(sentence.text):
            dated += 1
            assert timeline_forms._may_hold_a_date(sentence.text), sentence.text
        lacking = timeline_forms._forms_without_their_words(sentence.text)
        for form, _, pattern in timeline_form_patterns.COMPILED:
            if form in lacking:
                skipped.add(form)
                assert pattern.search(sentence.text) is None, (form, sentence.text)
    assert dated > 300 and len(skipped) == len(timeline_form_patterns.COMPILED)


def test_recognizer_reads_windows_around_the_most_shared_names(seed_texts):
    articles = as_articles(seed_texts.values())
    sentences = [s for a in articles for s in split(clean(a))]
    windows = entity_windows.windows(sentences)
    assert len(windows) == entity_windows.MAX_NAMES
    assert any("Emmanuel Macron" in w for w in windows)
    assert all(len(w.split()) <= 2 * entity_mention_windows.CONTEXT_WORDS + 6 for w in windows)
    read = sum(len(w.split()) for w in windows)
    assert read < 0.1 * sum(s.word_count() for s in sentences)


def test_spacy_model_loads_once_when_two_threads_ask_together(monkeypatch):
    spacy = importlib.import_module("spacy")
    calls = []

    def slow_load(*args, **kwargs):
        calls.append(args)
        time.sleep(0.2)
        pipeline = spacy.blank("en")
        pipeline.add_pipe("ner")
        return pipeline

    monkeypatch.setattr(spacy, "load", slow_load)
    nlp._load.cache_clear()
    try:
        results = []
        threads = [threading.Thread(target=lambda: results.append(nlp.nlp())) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(calls) == 1
        assert results[0] is results[1]
    finally:
        nlp._load.cache_clear()


def test_a_briefing_without_the_analysis_never_imports_spacy_or_dateparser(seeds_dir):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from chorus import brief\n"
        f"paths = sorted(Path({str(seeds_dir)!r}).iterdir())\n"
        "texts = [p.read_text(encoding='utf-8') for p in paths]\n"
        "brief(texts, words=100, analyze=False)\n"
        "print(sorted({'spacy', 'dateparser'} & set(sys.modules)))\n"
    )
    source = str(Path(__file__).resolve().parents[1] / "src")
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": source},
    )
    assert result.stdout.strip() == "[]"


def test_dates_naming_their_year_read_as_dateparser_reads_them(seed_texts, validation_clusters):
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={"REQUIRE_PARTS": [], "RELATIVE_BASE": dt.datetime(1900, 1, 1)},
    )
    periods = {"day": "day", "month": "month", "year": "year"}
    texts = [*seed_texts.values(), *(d for c in validation_clusters for d in c["documents"])]
    # The words each date is read from: a range's end with what its range names once.
    read = (
        timeline_forms.words_naming(article.text, m)
        for article in as_articles(texts)
        for sentence in split(clean(article))
        for m in timeline_forms.find_dates(sentence)
        if not m.relative
    )
    expressions = {words for words in read if words is not None}
    assert len(expressions) > 50
    for expression in expressions:
        data = parser.get_date_data(expression.rstrip("."))
        expected = (data.date_obj.date(), periods[data.period]) if data.date_obj else None
        assert timeline_forms.absolute(expression) == expected, expression


def test_recognizer_multiplies_on_one_openblas_thread(monkeypatch):
    threadpoolctl = pytest.importorskip("threadpoolctl")
    pipeline = nlp.nlp()
    assert all(not node.ops.use_blis for node in pipeline.get_pipe("ner").model.walk())
    during = []
    real_make_doc = pipeline.make_doc

    def watched_make_doc(*args, **kwargs):
        found = threadpoolctl.threadpool_info()
        during.append([i["num_threads"] for i in found if i["internal_api"] == "openblas"])
        return real_make_doc(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_doc", watched_make_doc)
    spans = nlp.entity_spans(["said French President Emmanuel Macron on Friday"])
    assert spans[0] and during[0] and all(n == 1 for n in during[0])


def test_recognition_keeps_at_most_kept_words_in_spacys_vocabulary(
    validation_clusters, monkeypatch
):
    pipeline = nlp.nlp()
    texts = [d[:400] for cluster in validation_clusters[:10] for d in cluster["documents"]]
    nlp.entity_spans(["said French President Emmanuel Macron on Friday"])
    monkeypatch.setattr(nlp, "KEPT_WORDS", len(pipeline.vocab) + 20 - nlp._words_at_load(pipeline))
    strings = len(pipeline.vocab.strings)
    nlp.entity_spans(texts[:5])  # below the limit: its new words are kept
    assert len(pipeline.vocab.strings) > strings
    strings = len(pipeline.vocab.strings)
    found = nlp.entity_spans(texts[5:])  # past the limit: a memory zone forgets them
    assert sum(map(len, found)) > 20
    assert len(pipeline.vocab.strings) == strings


def test_recognition_finds_what_spacys_own_pipe_finds(validation_clusters):
    """Moves chosen with numpy for all texts at once, the vocabulary's fewer attributes, the
    tokenizer built once from the model's files and no model strings leave the entities as
    `pipe` (spaCy's greedy loop, every lexical attribute, its own load) finds them,
    whitespace tokens included."""
    import spacy

    reference = spacy.load(nlp.MODEL, exclude=list(nlp.UNUSED_PIPES))
    tokenizer = reference.tokenizer.to_bytes(exclude=["vocab"])
    assert nlp.nlp().tokenizer.to_bytes(exclude=["vocab"]) == tokenizer
    batches = [
        entity_windows.windows([s for a in as_articles(c["documents"]) for s in split(clean(a))])
        for c in validation_clusters[:20]
    ]
    batches.append([d[:600] for c in validation_clusters[:5] for d in c["documents"]])
    found = 0
    for texts in batches:
        expected = [
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in reference.pipe(texts)
        ]
        assert nlp.entity_spans(texts) == expected
        found += sum(map(len, expected))
    assert found > 200


def test_denial_and_claim_cues_never_match_without_their_words(validation_clusters):
    cues = (
        (denial_cues._DENIAL, denial_cues.DENIAL_WORDS),
        (claims.ASSERTION, claims.ASSERTION_WORDS),
    )
    matched = 0
    for sentence in _sentences(validation_clusters):
        for pattern, words in cues:
            if pattern.search(sentence.text):
                matched += 1
                assert any(w in sentence.text.lower() for w in words), sentence.text
    assert matched > 50


def _alternation_matches(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """What `entity_mentions.mention_spans` stands for: the alternation it no longer compiles,
    a dotted spelling ("U.S.") or a name closing on "Jr." or "Sr." (since entities36), three
    initials with full stops or two closing a name ("G.O.P.", "Louis C.K.", since entities60)
    closing as a word does, before any character but a word's."""
    longest_first = sorted(forms, key=len, reverse=True)
    dotted = entity_lists.DOTTED_SPELLINGS

    def initials(f: str) -> bool:
        stops = f.count(".")
        return re.search(r"\..\.\Z", f) is not None and (stops == 3 or (" " in f and stops == 2))

    closing = [
        re.escape(f)
        + (r"(?!\w)" if f in dotted or f.endswith((" Jr.", " Sr.")) or initials(f) else r"\b")
        for f in longest_first
    ]
    pattern = re.compile(r"\b(?:" + "|".join(closing) + r")")
    return [m.span() for m in pattern.finditer(text)]


def test_entity_mentions_are_the_alternations_matches(validation_clusters):
    hard = ["U.S.", "U.S", "Ann", "Ann Lee", "Lee", "de_Gaulle", "Ça va", "İstanbul", "G.O.P."]
    text = "U.S. officials met Ann Lee, Ann Leeds and de_Gaulle's Lee in İstanbul. Ça va?\nU.S"
    text += " The G.O.P. and G.O.P.s"
    assert entity_mentions.mention_spans(text, hard) == _alternation_matches(text, hard)
    compared = 0
    for cluster in validation_clusters[:20]:
        texts = [s.text for s in _sentences([cluster])]
        joined = "\n".join(texts)
        forms = sorted({n for t in texts for n in entity_windows._CANDIDATE.findall(t)})[:60]
        forms += sorted({f.split()[-1] for f in forms})
        assert entity_mentions.mention_spans(joined, forms) == _alternation_matches(joined, forms)
        compared += len(forms)
    assert compared > 500


def test_words_held_are_found_text_by_text(validation_clusters):
    texts = [s.text.lower() for s in _sentences(validation_clusters[:20])]
    for words in (denial_cues.DENIAL_WORDS, claims.ASSERTION_WORDS):
        expected = {n for n, t in enumerate(texts) if any(w in t for w in words)}
        assert conflicts.holding(texts, words) == expected
        assert expected


def test_stems_are_the_runs_of_ascii_letters_and_digits(validation_clusters):
    def by_pattern(text: str) -> list[str]:
        words = re.findall(r"[a-z0-9]{2,}", text.lower())
        return [w[: similarity.STEM_LENGTH] for w in words if w not in similarity.STOP_WORDS]

    texts = [s.text for s in _sentences(validation_clusters[:40])]
    texts += ["KELVIN \u212a9 İstanbul naïve x2 a b 12 ½ ٣٣ Ωmega_x"]
    assert [similarity.stems(t) for t in texts] == [by_pattern(t) for t in texts]


def test_lowered_words_are_the_pattern_s_words(validation_clusters):
    texts = [d for c in validation_clusters[:60] for d in c["documents"]]
    texts += ["'a'b'c'd'e rock'n'roll ''x'' a''b x' 'quoted' y'all'd've İstanbul's \u212a", "'"]
    found = [relevance_text.lowered_words(t) for t in texts]
    assert found == [re.findall(r"[a-z]+(?:'[a-z]+)?", t.lower()) for t in texts]
    assert sum("'" in w for words in found for w in words) > 100


def test_article_cosines_are_scipy_s_product_bit_for_bit(validation_clusters):
    import numpy as np
    from scipy.sparse import csr_matrix

    clusters = [
        [
            [w for s in split(clean(a)) for w in similarity.stems(s.text)]
            for a in as_articles(c["documents"])
        ]
        for c in validation_clusters[:40]
    ]
    clusters.append([["alpha", "beta"], ["gamma"], ["alpha", "gamma"], []])
    for stems in clusters:
        lexical = similarity.tfidf_of_columns(
            similarity.stem_columns(stems), similarity.stem_counts(stems)
        )
        users = np.bincount(lexical.columns, minlength=lexical.width)
        apart = ~np.eye(len(stems), dtype=bool)
        matrix = csr_matrix(
            (lexical.values, lexical.columns, lexical.indptr), shape=(len(stems), lexical.width)
        )
        expected = (matrix @ matrix.T).toarray()[apart]
        assert np.array_equal(relevance_features._cosines(lexical, users)[apart], expected)


def test_prefix_role_is_the_whole_search_s_leftmost_match(validation_clusters):
    def whole(text: str, at: int) -> str | None:
        match = speaker_titles._PREFIX_ROLE.search(text[max(0, at - 80) : at])
        if match is None:
            return None
        # a clause's opening word is no word of the role ("although spokeswoman ..."), nor
        # is what the writer's subject does ("including Creative Director Sandra Choi")
        opener = speaker_titles._CLAUSE_OPENER.match(
            match.group(1)
        ) or speaker_titles._PARTICIPLE.match(match.group(1))
        return match.group(1)[opener.end() if opener else 0 :].strip()

    texts = [s.text for s in _sentences(validation_clusters[:60])]
    texts.append("the Deputy Under Secretary Of State And prime minister Jane Doe said")
    found = 0
    for text in texts:
        for capital in re.finditer(r"(?<=\s)[A-Z]", text):
            role = speaker_titles.prefix_role(text, capital.start())
            found += role is not None
            if role is not None or whole(text, capital.start()) is not None:
                assert role == whole(text, capital.start()), text
    assert found > 50


def test_canonical_names_are_the_longest_name_ending_with_each():
    names = ["Macron", "Emmanuel Macron", "President Emmanuel Macron", "A  B", "B", " B", "x B"]

    def longest(name: str) -> str:
        longer = [n for n in names if n != name and n.endswith(" " + name)]
        return max(longer, key=lambda n: (len(n), n)) if longer else name

    assert quote_names.canonical_names(names) == {n: longest(n) for n in names}


def test_shared_endings_read_each_name_once_as_every_name_spoken(validation_clusters):
    """Names repeated (every quote's speaker) and endings of one name alone are skipped:
    the answer is still that of every name as spoken, initials out, against the longest."""

    def every_name(names: list[str]) -> frozenset[str]:
        people = [n for n in names if " and " not in n]
        plain = [re.sub(r"\s[A-Z]\.(?=\s)", "", n) for n in people]
        endings = {n.split(" ", k)[-1] for n in people for k in range(1, n.count(" ") + 1)}
        shared = set()
        for ending in endings:
            full = [p for n, p in zip(people, plain, strict=True) if n.endswith(" " + ending)]
            if full and any(not max(full, key=len).endswith(f) for f in full):
                shared.add(ending)
        return frozenset(shared)

    found = 0
    for cluster in validation_clusters:
        groups = [split(clean(a)) for a in as_articles(cluster["documents"])]
        names = [q.speaker for q in quotes.quotes(groups)]
        names += ["Arnold Demoski", "Janice Demoski", "Arnold Demoski", "Robert J. Birgeneau"]
        assert quote_names.shared_endings(names) == every_name(names), cluster["id"]
        found += len(quote_names.shared_endings(names) - {"Demoski"})
    assert found > 3  # endings real speakers share too, not only the names added


def test_a_word_written_whole_is_the_look_behind_pattern_s_match(validation_clusters):
    def searched(word: str, text: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None

    text = "Cancer-free co_op, x-ray é2 co² é\n_a"
    for word in ("cancer", "co", "é", "free", "ray", "_a"):
        assert entity_inside._written_whole(word, text) == searched(word, text), word
    found = 0
    for cluster in validation_clusters[:20]:
        joined = "\n".join(s.text for s in _sentences([cluster]))
        words = {n.lower() for n in entity_windows._CANDIDATE.findall(joined) if " " not in n}
        for word in sorted(words)[:80]:
            assert entity_inside._written_whole(word, joined) == searched(word, joined), word
            found += searched(word, joined)
    assert found > 100


def test_other_first_names_are_read_at_every_mention_of_the_surname(validation_clusters):
    def scanned(text: str, surname: str, full: str) -> bool:
        firsts: dict[str, int] = {}
        at = text.find(surname)
        while at > 0:
            first = text[text.rfind(" ", 0, at - 1) + 1 : at - 1]
            whole = not text[at + len(surname) : at + len(surname) + 1].isalpha()
            if whole and text[at - 1] == " " and first[:1].isupper() and first[1:].isalpha():
                firsts[first] = firsts.get(first, 0) + 1
            at = text.find(surname, at + 1)
        return any(
            times > 1 and offices._a_first_name(f) and offices._another(f"{f} {surname}", full)
            for f, times in firsts.items()
        )

    hard = "Conyers said. Carl Conyers and Carl  Conyers met Carl Conyers, Conyersville."
    cases = [(hard, "Conyers"), (hard[14:], "Conyers"), ("Lee Lee Lee Lee Lee", "Lee Lee")]
    for cluster in validation_clusters[:30]:
        for article in as_articles(cluster["documents"]):
            names = set(entity_windows._CANDIDATE.findall(article.text))
            cases += [(article.text, n.split()[-1]) for n in sorted(names) if " " in n][:20]
    named = 0
    for text, surname in cases:
        for full in (f"John {surname}", f"Carl {surname}"):
            expected = scanned(text, surname, full)
            twice = max(offices._other_firsts(text, surname, full).values(), default=0) > 1
            assert twice == expected, (surname, full)
            named += expected
    assert len(cases) > 500 and named > 5
