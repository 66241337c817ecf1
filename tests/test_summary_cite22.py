"""A summary sentence cites every other outlet that writes all of its words in a row, inside
a longer sentence of its own or over sentences it splits there (cite22; raw validation clusters,
0-based, file order, at 250 words with the analysis), each read against the articles.
reader81 found raw 26's "In a free society, ..." cited [1] alone where the BBC writes it
after "But Mr Zuckerberg added:", and raw 44's Anastasio quotation cited [3] alone where
Billboard writes every word of it."""

from __future__ import annotations

from chorus.model import Briefing, Sentence
from chorus.sentences import split_counting_runs
from chorus.summarize.citations import written_within
from chorus.summarize.lexical import marked_tokens
from tests.briefings import article_writing, cited_texts, raw_briefing, summary_sentence


def _cited_from(line: int, opening: str, words: str) -> list[str]:
    """The sentences a raw cluster's summary sentence opening with `opening` cites from the
    one article writing `words`, which is not the article it is shown from."""
    briefing = raw_briefing(line)
    sentence = summary_sentence(briefing, opening)
    other = article_writing(briefing, words)
    assert sentence.shown.article.id != other
    return cited_texts(sentence, other)


def test_an_outlet_writing_the_sentence_after_a_speaker_tag_is_cited():
    # raw 26: the letter's own sentence, which the BBC writes after "But Mr Zuckerberg added:"
    cited = _cited_from(26, "In a free society, it's important", "But Mr Zuckerberg added:")
    assert len(cited) == 1
    assert cited[0].startswith("But Mr Zuckerberg added:")


def test_an_outlet_writing_the_quotation_over_sentences_of_its_own_is_cited_for_each():
    # raw 44: Billboard writes Anastasio's words whole, in a quotation that opens with the
    # sentence before them and that its article splits after "you can leave if you want."
    cited = _cited_from(
        44,
        '"This is a band, born right at the beginning',
        "For his part, Anastasio sees the Dead's place",
    )
    assert cited[0].startswith('"Jerry Garcia was a great American master')
    assert cited[-1].startswith("What could be more American?")


def test_a_quotation_given_with_another_speaker_tag_is_cited():
    # raw 133: "“...,” he said." and the Independent's "“...,” Sollecito said."
    tagged = "“Certainly I asked her questions,” Sollecito said."
    assert _cited_from(133, '"Certainly I asked her questions," he said.', tagged) == [tagged]


def test_a_tag_naming_a_reporter_the_copy_never_names_is_not_cited():
    # raw 4: "“Police don't believe ...,” WPXI reports." Source [2] writes the words in
    # its own voice, never naming WPXI: it does not say what the shown sentence says
    briefing = raw_briefing(4)
    other = article_writing(briefing, "attraction to the girl was sexual, but say")
    assert "WPXI" not in next(d.article.text for d in briefing.documents if d.article.id == other)
    assert _cited_from(4, "\"Police don't believe Alcorn's", "girl was sexual, but say") == []


def _sentences(briefing: Briefing, words: str) -> list[Sentence]:
    document = next(d for d in briefing.documents if words in d.article.text)
    return split_counting_runs(document)[0]


def test_a_british_spelling_and_another_speaker_tag_are_the_same_words():
    # raw 20: the BBC's "“You realise ...,” says Page." in Rolling Stone's "... : “You realize
    # ...", below its line naming Jimmy Page; not when no line there names him
    briefing = raw_briefing(20, analyze=False)
    theirs = _sentences(briefing, "And he told BBC News that the unvarnished version")
    ours = _sentences(briefing, '"You realise just how important')
    shown = next(s.text for s in ours if s.text.startswith('"You realise'))
    told = next(n for n, s in enumerate(theirs) if "You realize" in s.text)
    assert theirs[told - 1].text.startswith("Jimmy Page has spent")
    for first in (told - 1, told):
        texts = [s.text for s in theirs[first : told + 1]] + [shown]
        tokens = marked_tokens(texts)
        cited = written_within(tokens, [0, len(texts) - 1], [shown], [len(texts) - 1], [[]])
        assert cited == ([[told - first]] if first < told else [[]])
