"""A summary opening on a feature's lede and going on to reactions reads the lead telling the
news right below its opening: raw 1 met the fan's "Is there something wrong with it?" and the
team's replies before "The Colorado Rockies gave out 15,000 replica jerseys ... on Saturday
night, ...", shown sixth (summary118, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

from chorus.summarize.feature_ledes import news_after_lede, reacts, tells_no_event, tells_the_news
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary

LEDE = "Troy Tulowitzki has a tough name to spell, even at his own ballpark."
NEWS = "The Colorado Rockies gave out 15,000 replica jerseys"


def test_raw_1_tells_the_jerseys_right_below_its_lede():
    shown = summary(raw_clusters()[1])
    assert shown[0] == LEDE
    assert shown[1].startswith(NEWS)
    # [1]'s own lines keep their order below it: the fan, then the team's replies
    own = [
        '"Is there something wrong with it?" fan Jordan Deuschleman asked.',
        '"I didn\'t notice with the name being so long."',
        "The team said it was aware of the misspelling",
        "The Rockies said fans can exchange them",
    ]
    at = [next(n for n, text in enumerate(shown) if text.startswith(line)) for line in own]
    assert at == sorted(at) and at[0] == 2


def test_a_lede_telling_no_event_is_read():
    for number, opening in (
        (1, "DENVER (AP) — Troy Tulowitzki has a tough name"),
        (243, "Below most volcanoes, Earth packs"),
        (139, "It’s a cold snap life for penguins"),
    ):
        assert tells_no_event(sentence(raw_clusters()[number], opening))
    # a figure, a verb in the past, a day, a quotation: each tells or quotes something
    assert not tells_no_event(sentence(raw_clusters()[1], NEWS))
    assert not tells_no_event(sentence(raw_clusters()[119], "A judge has thrown out three"))
    assert not tells_no_event("Stocks are falling again today.")
    assert not tells_no_event('"It is a great day," the mayor says.')


def test_a_lead_telling_the_news_is_a_deed_with_its_day_or_figure():
    assert tells_the_news(sentence(raw_clusters()[1], NEWS))
    assert tells_the_news(sentence(raw_clusters()[187], "Eight people, including two children"))
    # saying and being are no deed (raw 86's Graham); a deed with no day nor figure is no lead's
    assert not tells_the_news(sentence(raw_clusters()[86], "Sen. Lindsey Graham said Sunday"))
    assert not tells_the_news("The team decided to hand out the jerseys anyway.")


def test_someone_s_words_are_a_reaction():
    cluster = raw_clusters()[1]
    assert reacts(sentence(cluster, '"Is there something wrong with it?"'))
    assert reacts(sentence(cluster, "The team said it was aware of the misspelling"))
    assert not reacts(sentence(raw_clusters()[134], "BioWatch is managed by the DHS"))


def test_a_line_between_giving_no_one_s_words_keeps_the_order():
    # raw 134: the DHS page's background between its lede and CNN's lead on the documents
    cluster = raw_clusters()[134]
    texts = [
        sentence(cluster, "A bioterrorist attack against the United States"),
        sentence(cluster, "BioWatch is managed by the DHS"),
        sentence(cluster, "(CNN) The Department of Homeland Security documents"),
    ]
    assert news_after_lede(texts, [0, 1, 2], [0, 0, 1], frozenset({0, 2})) == [0, 1, 2]
    # Since the fiftieth cleaning pass (clean66) joined the DHS page's list item run over a
    # line ("…; and" / "improving …"), its lede is not chosen and CNN's lead opens the summary;
    # the background lines keep their page's order below it.
    shown = summary(cluster)
    assert shown[0].startswith("The Department of Homeland Security documents critiquing")
    established = next(n for n, s in enumerate(shown) if s.startswith("Established in 2003"))
    assert shown[established + 1].startswith("BioWatch is managed by the DHS")


def test_only_another_article_s_lead_below_a_lede_is_moved():
    texts = [LEDE, '"Is it wrong?" a fan asked.', NEWS + " on Saturday night."]
    assert news_after_lede(texts, [0, 1, 2], [0, 0, 1], frozenset({0, 2})) == [0, 2, 1]
    # the lead already right below it, a first row that is no lead, the same article's row
    assert news_after_lede(texts, [0, 2, 1], [0, 1, 0], frozenset({0, 2})) == [0, 2, 1]
    assert news_after_lede(texts, [0, 1, 2], [0, 0, 1], frozenset({2})) == [0, 1, 2]
    assert news_after_lede(texts, [0, 1, 2], [0, 0, 0], frozenset({0, 2})) == [0, 1, 2]
    assert news_after_lede(texts, [0, 1, 2], [0, 0, 1], frozenset({0})) == [0, 1, 2]
