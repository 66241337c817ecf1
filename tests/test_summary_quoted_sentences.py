"""A summary sentence quoting several sentences cites another outlet only for a copy that
writes each of them (cite21; raw validation clusters, 0-based, file order, at 250 words
with the analysis), each read against the articles. reader71 and reader73 found raw 163's
"“The Musashi is truly an engineering marvel ... I am honored to play a part ...”" cited
to the Guardian, whose Allen was only "“honoured to play a part ...”": a citation claims
the whole sentence shown."""

from __future__ import annotations

from tests.briefings import article_writing, cited_texts, raw_briefing, summary_sentence


def test_an_outlet_quoting_the_second_sentence_alone_is_not_cited():
    # raw 163: CNN quotes both sentences of Allen's statement; the Guardian writes only
    # that he was "honoured to play a part ...", never the "engineering marvel"
    briefing = raw_briefing(163)
    sentence = summary_sentence(briefing, '"The Musashi is truly an engineering marvel')
    guardian = article_writing(briefing, "Allen said he had long been fascinated")
    text = next(d.article.text for d in briefing.documents if d.article.id == guardian)
    assert "engineering marvel" not in text
    assert cited_texts(sentence, guardian) == []
    assert sentence.shown.article.id != guardian


def test_a_copy_without_the_first_sentence_of_the_remark_is_not_cited():
    # raw 102: Obama said "this could have been my son" and then "Trayvon Martin could have
    # been me, 35 years ago"; the Times quotes only the second
    briefing = raw_briefing(102)
    sentence = summary_sentence(briefing, '"You know, when Trayvon Martin was first shot')
    times = article_writing(briefing, "Mr. Obama said, adding that")
    assert cited_texts(sentence, times) == []


def test_an_outlet_telling_the_remark_in_two_sentences_is_cited_for_both():
    # raw 219: Gorelick's two sentences, which NBC's article sets apart, are cited together
    briefing = raw_briefing(219)
    sentence = summary_sentence(briefing, "Mr. Kushner’s attorney, Jamie Gorelick, said")
    nbc = article_writing(briefing, "Kushner's lawyer, Jamie Gorelick, told NBC News")
    cited = cited_texts(sentence, nbc)
    assert any("previously volunteered to share" in text for text in cited)
    assert any(text.startswith('"He will do the same') for text in cited)


def test_one_remark_written_down_in_other_words_is_still_cited():
    # raw 137: Colbert's joke, "better to cut out the middleman and just tell the Russians
    # myself. If anyone ..." in one outlet, "great to cut out the middle man and tell the
    # Russians myself: If anyone ..." in the other: each sentence told, if not word for word
    briefing = raw_briefing(137)
    sentence = summary_sentence(briefing, "During Colbert's live taping")
    other = article_writing(briefing, "I thought it would be great to cut out")
    assert sentence.shown.article.id != other
    assert any("cut out the middle man" in text for text in cited_texts(sentence, other))
