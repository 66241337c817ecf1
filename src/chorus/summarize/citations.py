"""Which other outlets a summary sentence cites: the rows of other articles that tell it.

A near-duplicate (the vectors' cosine at `SummaryOptions.merge`, 0.84) is one. So is a
sentence that tells it again by `same_fact`'s two signs, read more strictly than selection
reads them: the mean of the vectors' and the TF-IDF cosines at `CITED`, and `same_fact.SHARED`
words each of the two articles writes there alone, both shared. Raw 11's “I am incredibly
flattered ...,” he said in a statement. (a vectors' cosine of 0.83, a mean of 0.83) was
passed over as a retelling of Stallone's quotation, yet the summary cited one outlet for
it where the analysis shows the pair as one agreed fact. Either kind is cited only when it
`supports` what is shown.

When the analysis runs, a sentence it links to the shown one as one agreed fact is cited
too when it tells a part of it in its words (`told_in_part`) and gives every figure and name
the shown one writes (`carried.carries`): the summary cannot say "in part", so raw 52's
"Pasztor faces two charges of murder." is no longer cited for "Pasztor faces two charges of
murder in Elkhart County for the deaths of ...", nor raw 50's "He is a graduate of Ferris
State University." for "He was a 2010 graduate of ... at Wayne State." (cite23).

A sentence of another outlet that writes every word of the shown one in a row, within more
of its own (`written_within`), is cited however little else it shares: raw 26's "In a free
society, it's important ..." inside "But Mr Zuckerberg added: “In a free society, ...".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, pairwise

import numpy as np

from chorus.language.denials import holds_denial
from chorus.language.numbers import figures
from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.quote_verbs import ATTRIBUTING_VERBS
from chorus.language.words import ascii_words, wording
from chorus.model import Sentence
from chorus.summarize.carried import carries
from chorus.summarize.lexical import BETWEEN
from chorus.summarize.retold_whole import same_remark, tells_whole
from chorus.summarize.same_fact import SHARED, Wording

CITED = 0.70
"""The mean of the vectors' and the words' cosines from which a retelling is cited. Over
the 250 raw validation summaries, `same_fact.SCORE` (0.45) would add 368 citations; read
from 0.60 to 0.70, 77 pairs held about ten of another fact ("Sadiq Khan said questions would
need to be asked ..." / "Sadiq Khan led the short ceremony."); from 0.70, 65 pairs held one
(raw 145's "Nearly a third of Americans ... in 2014" / "... more likely to live with their
parents than in any other living situation")."""


def retold_by(
    wording: Wording, vectors: np.ndarray, ordered: Sequence[int], repeats: Sequence[list[int]]
) -> list[list[int]]:
    """Per row of `ordered`: its near-duplicates (`repeats`), and of each other article
    giving none, the row that tells it again closest (the mean of the two cosines), in
    article order."""
    if not ordered:
        return []
    terms, article_of = wording.terms, wording.article_of
    idf, norms = wording.idf, wording.norms
    sentences = len(norms)
    # the summary's rows as dense rows of word weights and of the words their articles
    # write there alone
    # (their entries gathered at once: a slice a row cost 0.03 ms a cluster)
    rows = np.asarray(ordered)
    starts = terms.indptr[rows]
    sizes = terms.indptr[rows + 1] - starts
    row_of = np.repeat(np.arange(len(ordered)), sizes)
    entries = np.arange(len(row_of)) + np.repeat(starts - (np.cumsum(sizes) - sizes), sizes)
    own = terms.indices[entries]
    mine = np.zeros((len(ordered), len(idf)))
    mine[row_of, own] = idf[own]
    lone = wording.single[entries]
    alone = np.zeros((len(ordered), len(idf)), dtype=bool)
    alone[row_of[lone], own[lone]] = True
    # the lone words shared are counted first, over the entries of lone words alone: few
    # sentences share two, and only theirs are weighed
    at = np.flatnonzero(wording.single & alone.any(axis=0)[terms.indices])
    owners = np.searchsorted(terms.indptr, at, side="right") - 1
    keys = (np.arange(len(ordered))[:, None] * sentences + owners).ravel()
    shared = np.bincount(keys, alone[:, terms.indices[at]].ravel(), len(ordered) * sentences)
    cosines = vectors[rows] @ vectors.T
    # a mean of CITED needs a vectors' cosine of 2 * CITED - 1 at least (the words' is at most 1)
    close = (shared.reshape(-1, sentences) >= SHARED) & (cosines >= 2 * CITED - 1)
    close &= article_of[None, :] != article_of[rows, None]
    best: list[dict[int, tuple[int, float]]] = [{} for _ in ordered]
    for n, other in zip(*np.nonzero(close), strict=True):
        words = terms.indices[terms.indptr[other] : terms.indptr[other + 1]]
        mean = (
            cosines[n, other] + mine[n, words] @ idf[words] / (norms[rows[n]] * norms[other])
        ) / 2
        article = int(article_of[other])
        if mean >= CITED and mean > best[n].get(article, (-1, 0.0))[1]:
            best[n][article] = (int(other), float(mean))
    # read as a list: numpy's scalar indexing costs more than the whole conversion
    articles = article_of.tolist()
    cited = []
    for n, (row, near) in enumerate(zip(ordered, repeats, strict=True)):
        taken = {articles[m] for m in (row, *near)}
        told = [m for article, (m, _) in best[n].items() if article not in taken]
        cited.append(sorted([*near, *told], key=articles.__getitem__))
    return cited


PART = 2 / 3
"""The share of a linked sentence's words (by IDF weight) the shown sentence writes from
which it is cited: it tells a part of the shown one in its words. Over the 250 raw
validation summaries the analysis links 908 sentences of outlets not cited to a summary
sentence; a mean of the cosines from 0.60 would cite 95, about six of another fact (raw
76's "four rebels were killed" / "at least 18 security troops were wounded"); this share
from 2/3 cites 42, each read telling what the shown one tells, if only a part ("He is a
graduate of Ferris State University."). From 0.60 to 2/3, 3 of about 31 held another fact
(raw 88's heading "Alexa goes to the dogs.")."""


def told_in_part(
    wording: Wording,
    texts: Sequence[str],
    ordered: Sequence[int],
    cited: Sequence[list[int]],
    linked: Sequence[Sequence[int]],
) -> list[list[int]]:
    """Per row of `ordered`, its `cited` rows and, of each other article citing none, the
    row of `linked` (the rows the analysis states as one fact with it) that writes the
    largest share of its words there from `PART`, giving no figure the row does not allow
    and no denial one of the two writes alone (`no_more`): a part of a count ("The team won
    three gold medals ...", DUC's d30005t, for "China picked up one silver and one bronze
    medal ...") or a denial ("Syria has denied supporting Kurdish rebels.") is another
    fact. Nor is a part cited that leaves out a figure or a name of the row
    (`carried.carries`, with its article's sentence before): raw 189's "The suspect was
    taken to Highland Hospital in Oakland." does not vouch for "..., in his 20s and about 5
    feet 8, ... where he was in surgery Tuesday afternoon."."""
    terms, article_of, idf = wording.terms, wording.article_of, wording.idf
    indices, indptr = terms.indices, terms.indptr
    out = []
    for row, near, others in zip(ordered, cited, linked, strict=True):
        taken = {int(article_of[m]) for m in (row, *near)}
        # plain sets and sums: a linked row holds a few dozen words, for which numpy's
        # `isin` cost more than the rest of the step
        own = set(indices[indptr[row] : indptr[row + 1]].tolist())
        best: dict[int, tuple[int, float]] = {}
        for other in others:
            article = int(article_of[other])
            if article in taken:
                continue
            words = indices[indptr[other] : indptr[other + 1]]
            weights = idf[words]
            inside = np.fromiter((w in own for w in words.tolist()), bool, len(words))
            share = float(weights[inside].sum() / max(weights.sum(), 1e-9))
            if share >= PART and share > best.get(article, (-1, 0.0))[1]:
                best[article] = (other, share)
        told = [
            m
            for m, _ in best.values()
            if no_more(texts[row], texts[m])
            and carries(texts[row], texts[m], _before(texts, article_of, m))
        ]
        told += _told_whole(wording, texts, row, others, taken | set(best))
        out.append(sorted([*near, *told], key=lambda m: int(article_of[m])))
    return out


def _before(texts: Sequence[str], article_of: np.ndarray, row: int) -> str:
    """The sentence before `row` in its article, or "" for its first."""
    return texts[row - 1] if row and article_of[row - 1] == article_of[row] else ""


def _told_whole(
    wording: Wording, texts: Sequence[str], row: int, others: Sequence[int], taken: set[int]
) -> list[int]:
    """Of each article not in `taken`, the first row of `others` (linked to `row` by the
    analysis) that tells `row`'s sentence whole (`retold_whole.tells_whole`, giving every
    figure and denial of it: `no_more` the other way round) or quotes its remark
    (`retold_whole.same_remark`)."""
    terms, article_of, idf = wording.terms, wording.article_of, wording.idf
    indices, indptr = terms.indices, terms.indptr
    mine = indices[indptr[row] : indptr[row + 1]]
    weights = idf[mine]
    found: dict[int, int] = {}
    for other in others:
        article = int(article_of[other])
        if article in taken or article in found:
            continue
        theirs = set(indices[indptr[other] : indptr[other + 1]].tolist())
        inside = np.fromiter((w in theirs for w in mine.tolist()), bool, len(mine))
        share = float(weights[inside].sum() / max(weights.sum(), 1e-9))
        shown, told = texts[row], texts[other]
        if (tells_whole(shown, told, share) and no_more(told, shown)) or same_remark(shown, told):
            found[article] = other
    return list(found.values())


def no_more(shown: str, part: str) -> bool:
    """Whether `part` writes no figure `shown` does not allow, a denial only with it, and
    every thing of a pair `shown` names after one "the" when it writes the first
    (`one_of_two`): a part without the shown one's denial leaves out what it states (raw
    219's "He is married to Trump's daughter, Ivanka." for "Mr Kushner, ..., has not been
    accused of committing any crimes.")."""
    if holds_denial(part) != holds_denial(shown) or one_of_two(shown, part):
        return False
    ours = figures(shown)
    return all(
        any(mine.low <= theirs.high and theirs.low <= mine.high for mine in ours)
        for theirs in figures(part)
    )


_PAIR = re.compile(r"\bthe ([a-z]{3,}) and ([a-z]{3,})\b")
"""Two things named after one "the": "in the torso and arm"."""


def one_of_two(shown: str, part: str) -> bool:
    """Whether `shown` names two things after one "the" (`_PAIR`) of which `part` writes the
    first and not the second: raw 95's "Plotts was hit three times in the torso, Whelan
    said." does not vouch for "... shot Plotts three times in the torso and arm." (the
    only pair so written of the 42 sentences this module cited over the 250 raw validation
    summaries, and of the 6 of the 30 DUC ones)."""
    if " and " not in shown:
        return False
    lowered = part.lower()
    return any(
        re.search(rf"\b{first}\b", lowered) and not re.search(rf"\b{second}", lowered)
        for first, second in _PAIR.findall(shown)
    )


def linked_rows(
    sentences: Sequence[Sentence], ordered: Sequence[int], groups: Sequence[Sequence[Sentence]]
) -> list[list[int]]:
    """Per row of `ordered`, the other rows of the `groups` (sentences stated as one fact)
    that hold its sentence; sentences outside `sentences` (an off-topic article's) are
    left out."""
    place = {sentences[row].key: n for n, row in enumerate(ordered)}
    wanted: list[set[tuple[str, int]]] = [set() for _ in ordered]
    for group in groups:
        keys = [s.key for s in group]
        for key in keys:
            if key in place:
                wanted[place[key]].update(k for k in keys if k != key)
    needed = set().union(*wanted)
    if not needed:
        return [[] for _ in ordered]
    row_of = {s.key: row for row, s in enumerate(sentences) if s.key in needed}
    return [sorted(row_of[k] for k in keys if k in row_of) for keys in wanted]


_IZE = re.compile(r"i[sz](?=(?:e|es|ed|ing|ation|ations)\b)")
"""An -ise or -ize ending ("realise", "realize", raw 20; "organisation")."""
_IZED = re.compile(r"iz(?=(?:e|es|ed|ing|ation|ations)\b)")
"""An -ize ending, read as -ise: the same length, so a run of words keeps its sentences'
places ("size" is "sise" in both copies). Other British spellings ("colour") changed no
citation over the 250 raw and 30 DUC summaries."""


def _one_spelling(words: str) -> str:
    return _IZED.sub("is", words)


_QUOTATION = re.compile(rf"[{OPEN}]([^{OPEN}{CLOSE}]+)[{CLOSE}]")
TAG_WORDS = 6
"""The most words outside a sentence's one quotation that are read as its speaker tag."""
_TAG_VERBS = frozenset(
    verb
    for verb in (*ATTRIBUTING_VERBS, "read", "reads", "continued", "continues")
    if " " not in verb
)
"""What a speaker tag says the words were: said, told, wrote, or a statement's "read"."""
_CAPITALISED = re.compile(r"(?<!\A)\b[A-Z][\w’'-]*")
"""A capitalised word past a sentence's first: a name a speaker tag may give."""


def _tagged_quotation(text: str) -> tuple[str, list[str]] | None:
    """A sentence's one quotation (`wording`), when all else it writes is a speaker tag
    (`TAG_WORDS` words at most, with a verb of saying), and the names the tag gives:
    "“Certainly I asked her questions,” he said." is written by "“Certainly I asked her
    questions,” Sollecito said." (raw 133), and "..., WPXI reports." is not by a copy that
    never names WPXI (raw 4)."""
    quotations = _QUOTATION.findall(text)
    if len(quotations) != 1:
        return None
    tag = _QUOTATION.sub(" ", text)
    words = ascii_words(tag)
    if not words or len(words) > TAG_WORDS or _TAG_VERBS.isdisjoint(words):
        return None
    return wording(quotations[0]), wording(" ".join(_CAPITALISED.findall(tag))).split()


LEAD_WORDS = 5
"""The words just before a copy's run that may deny it: "... denied that", "It is not true
that"; a denial further back is of other words (raw 44's "... are not just a genuine piece
of musical history ..." before the quotation's next sentence)."""


def _denying(lead: list[str]) -> bool:
    """Whether words (`wording`'s: "didn't" is "didn t") deny what follows them."""
    return "t" in lead or holds_denial(" ".join(lead))


class _Copy:
    """One article's sentences as one run of words, where a shown sentence's words are
    looked for in a row."""

    def __init__(self, sentences: list[str], first: int) -> None:
        self.first = first
        self.starts = list(accumulate((len(words) + 1 for words in sentences), initial=1))
        self.words = " " + " ".join(sentences) + " "
        self._spelled: str | None = None

    def writing(self, words: str, names: Sequence[str] = ()) -> list[int]:
        """The rows whose run of words holds `words` in a row (in one spelling when they
        write an -ise or -ize word), not just after a denial in their sentence
        (`_denying`), with every one of `names` written there or in the sentence before;
        none when no run does."""
        if not words:
            return []
        run = self.words
        if _IZE.search(words):
            # the article read in one spelling once, and only for words with such an
            # ending: every article so read cost as much as the rest of the search
            if self._spelled is None:
                self._spelled = _one_spelling(self.words)
            run, words = self._spelled, _one_spelling(words)
            names = _one_spelling(" ".join(names)).split()
        at = run.find(f" {words} ") + 1
        if at == 0:
            return []
        first = bisect_right(self.starts, at) - 1
        last = bisect_right(self.starts, at + len(words) - 1) - 1
        if _denying(run[self.starts[first] : at].split()[-LEAD_WORDS:]):
            return []
        if names:
            near = run[self.starts[max(first - 1, 0)] : self.starts[last + 1]].split()
            if not set(near).issuperset(names):
                return []
        return [self.first + n for n in range(first, last + 1)]


def written_within(
    tokens: Sequence[bytes],
    article_starts: Sequence[int],
    shown: Sequence[str],
    ordered: Sequence[int],
    cited: Sequence[list[int]],
) -> list[list[int]]:
    """Per row of `ordered` (shown as `shown`; the rows' words are `tokens`, the cluster's
    `lexical.marked_tokens`), its `cited` rows and, of each other article citing none, the
    rows that write all its words in a row, whatever their case, punctuation, quotation
    marks or -ise/-ize spelling (`_one_spelling`), maybe inside a longer sentence (raw 26's
    "But Mr Zuckerberg added: “In a free society, ...") or over sentences its article
    splits there (raw 44's Anastasio quotation): a containment, not a likeness. A
    quotation with a speaker tag is also written by a copy giving its words with another
    tag that names no one else (`_tagged_quotation`)."""
    starts = [int(start) for start in article_starts]
    # each row's words, split at the rows' mark in one pass (`wording` a row cost 3 µs)
    rows = [words.strip() for words in b" ".join(tokens).decode("ascii").split(BETWEEN)]
    copies = [_Copy(rows[start:end], start) for start, end in pairwise([*starts, len(rows)])]
    out = []
    for row, text, near in zip(ordered, shown, cited, strict=True):
        taken = {bisect_right(starts, m) - 1 for m in (row, *near)}
        words = wording(text)
        tagged = _tagged_quotation(text)
        found = list(near)
        for n, copy in enumerate(copies):
            if n in taken:
                continue
            written = copy.writing(words)
            if not written and tagged is not None:
                written = copy.writing(*tagged)
            found += written
        out.append(sorted(found))
    return out
