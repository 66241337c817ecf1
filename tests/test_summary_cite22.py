"""A summary sentence cites every other outlet that writes all of its words in a row, inside
a longer sentence of its own or over two it splits there (cite22; raw validation clusters,
0-based, file order, at 250 words with the analysis), each read against the articles.
reader81 found raw 26's "In a free society, ..." cited [1] alone where the BBC writes it
after "But Mr Zuckerberg added:", and raw 44's Anastasio quotation cited [3] alone where
Billboard writes every word of it."""

from __future__ import annotations

from chorus.model import Briefing, Sentence, SummarySentence
from chorus.sentences import split_counting_runs
from chorus.summarize.citations import written_within
from chorus.summarize.lexical import marked_tokens
from tests.briefings import raw_briefing


def _shown(briefing: Briefing, opening: str) -> SummarySentence:
    found = [s for s in briefing.summary if s.shown.text.startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def _article_writing(briefing: Briefing, words: str) -> str:
    found = [d.article.id for d in briefing.documents if words in d.article.text]
    assert len(found) == 1, words
    return found[0]


def _cited_texts(sentence: SummarySentence, article: str) -> list[str]:
    return [s.text for s in sentence.also if s.article.id == article]


def test_an_outlet_writing_the_sentence_after_a_speaker_tag_is_cited():
    # raw 26: the letter's own sentence, which the BBC writes after "But Mr Zuckerberg added:"
    briefing = raw_briefing(26)
    sentence = _shown(briefing, "In a free society, it's important")
    bbc = _article_writing(briefing, "But Mr Zuckerberg added:")
    assert sentence.shown.article.id != bbc
    cited = _cited_texts(sentence, bbc)
    assert len(cited) == 1
    assert cited[0].startswith("But Mr Zuckerberg added:")


def test_an_outlet_writing_the_quotation_over_sentences_of_its_own_is_cited_for_each():
    # raw 44: Billboard writes Anastasio's words whole, in a quotation that opens with the
    # sentence before them and that its article splits after "you can leave if you want."
    briefing = raw_briefing(44)
    sentence = _shown(briefing, '"This is a band, born right at the beginning')
    billboard = _article_writing(briefing, "For his part, Anastasio sees the Dead's place")
    assert sentence.shown.article.id != billboard
    cited = _cited_texts(sentence, billboard)
    assert cited[0].startswith('"Jerry Garcia was a great American master')
    assert cited[-1].startswith("What could be more American?")


def test_a_quotation_given_with_another_speaker_tag_is_cited():
    # raw 133: "“...,” he said." and the Independent's "“...,” Sollecito said."
    briefing = raw_briefing(133)
    sentence = _shown(briefing, '"Certainly I asked her questions," he said.')
    other = _article_writing(briefing, "“Certainly I asked her questions,” Sollecito said.")
    assert _cited_texts(sentence, other) == ["“Certainly I asked her questions,” Sollecito said."]


def test_a_tag_naming_a_reporter_the_copy_never_names_is_not_cited():
    # raw 4: "“Police don't believe ...,” WPXI reports." The Daily Mail writes the words in
    # its own voice, never naming WPXI: it does not say what the shown sentence says
    briefing = raw_briefing(4)
    sentence = _shown(briefing, "\"Police don't believe Alcorn's attraction")
    mail = _article_writing(
        briefing, "Police don't believe Alcorn's attraction to the girl was sexual, but"
    )
    assert "WPXI" not in next(d.article.text for d in briefing.documents if d.article.id == mail)
    assert _cited_texts(sentence, mail) == []


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
