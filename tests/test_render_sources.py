"""The headline and the list of sources, in Markdown and HTML, as `chorus brief` reads
the seeds and a raw Multi-News cluster: text from the sources, each thing said once."""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re

import pytest

from chorus import Briefing, brief
from chorus.clean import clean
from chorus.ingest import make_article, read_inputs
from chorus.render import to_dict, to_html, to_markdown
from chorus.render.headline_choice import headline
from chorus.render.shortening import shortened
from chorus.render.sources import outlet_known, own_title
from chorus.sentences import split
from chorus.summarize.lexical import STOPWORDS
from tests.conftest import RAW_VALIDATION, read_clusters

SEED_TITLE = "Macron and Putin discuss Syria by phone"  # the first seed's lead, shortened


@pytest.fixture(scope="module")
def seed_briefing(seeds_dir) -> Briefing:
    """The seeds read as `chorus brief ../shared/seeds/` reads them: no outlet, no title."""
    return brief(read_inputs([str(seeds_dir)]).articles, words=250)


@pytest.fixture(scope="module")
def cluster_briefing(validation_clusters, tmp_path_factory) -> Briefing:
    """A 5-article raw cluster read from a file, as `chorus brief cluster.jsonl` reads it."""
    cluster = next(c for c in validation_clusters if len(c["documents"]) == 5)
    path = tmp_path_factory.mktemp("cluster") / "story.jsonl"
    path.write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    return brief(read_inputs([str(path)]).articles, words=250, analyze=False)


def column_headers(page: str) -> list[tuple[str, str]]:
    """(heading, line under it) of every source column, as text."""
    header = r'<h3 id="src-\d+-h"[^>]*><span class="num">\d+</span>(.*?)</h3><p>(.*?)</p>'
    found = re.findall(header, page)
    # the heading's <wbr> (break chances in a file's name) are no text
    text = [html.unescape(re.sub(r"<[^>]+>", "", part)) for pair in found for part in pair]
    return list(zip(text[::2], text[1::2], strict=True))


def test_seeds_without_titles_are_headed_by_a_summary_sentence_shortened(seed_briefing, seed_texts):
    # The seeds' lead runs to 183 characters: shown whole, it filled two lines and more.
    page, markdown = to_html(seed_briefing), to_markdown(seed_briefing)
    h1 = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", page).group(1))
    opening = h1.removesuffix("…")
    assert h1.endswith("…") and len(h1) <= 120
    assert any(opening in text for text in seed_texts.values()), (
        "the headline is the sources' words"
    )
    said = re.search(r"headline from summary sentence (\d+), shortened", page)
    assert seed_briefing.summary[int(said[1]) - 1].text.startswith(opening + " ")
    told = f"_Headline from summary sentence {said[1]}, shortened._"
    assert markdown.startswith(f"# {h1}\n\n{told}\n")
    tab = html.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
    assert len(tab) <= 90 and h1.startswith(tab.removesuffix("…"))


def first_sentences(documents: list[str]) -> list[str]:
    """Each document's first sentence, as chorus cleans and splits it."""
    articles = [make_article(text, "outlet", origin="cluster") for text in documents]
    return [ss[0].text for ss in (split(clean(a)) for a in articles) if ss]


def test_long_first_sentences_of_real_clusters_are_cut_between_phrases(validation_clusters):
    sentences = first_sentences([d for c in validation_clusters for d in c["documents"]])
    long = [s for s in sentences if len(s) > 120]
    assert len(long) > 40
    for sentence in long:
        cut = shortened(sentence, 120)
        opening = cut.removesuffix("…")
        assert cut.endswith("…") and len(cut) <= 120
        # A subject's long apposition, an opening phrase or a dashed aside may be left
        # out, marked (render/shortening.py).
        subject, elided, kept = opening.rpartition(" … ")
        if opening.startswith("… "):
            subject, elided, kept = "", "…", opening.removeprefix("… ")
        set_off = sentence[len(subject) :].lstrip()[:1]
        assert not subject or (sentence.startswith(subject) and set_off in ",—–-")
        assert subject or not elided or f", {kept}" in sentence
        end = sentence.find(kept, len(subject)) + len(kept) if elided else len(opening)
        assert sentence[:end].endswith(kept)
        rest = sentence[end:]
        assert rest[0] in " ,;:", f"cut inside a word: {cut}"
        last = opening.split()[-1]
        assert last.casefold() not in STOPWORDS, f"cut on a function word: {cut}"
        assert not last.endswith(("'s", "’s", "n't", ".")), f"cut before its noun or verb: {cut}"
        for opens, closes in ("“”", "()", "[]"):
            assert opening.count(opens) <= opening.count(closes), f"cut inside {opens}: {cut}"


@pytest.mark.parametrize(
    ("line", "opening", "expected_end"),
    [
        # Written from the sentences before the cut was run on them.
        # 89: the subject of what the study suggests cut before its verb (headline86, stop 49).
        (89, "A new study suggests the biblical account", "Canaanite … was a bit premature…"),
        (190, "Being bullied as a child", "scars for both boys and girls…"),
    ],
)
def test_a_long_lead_is_cut_where_a_reader_would_cut_it(line, opening, expected_end):
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    sentences = first_sentences(cluster["documents"])
    sentence = next(s for s in sentences if s.startswith(opening))
    assert shortened(sentence, 120).endswith(expected_end)


def test_seed_file_names_are_said_to_be_files_once(seed_briefing):
    # 001 names its outlet in its copyright line (tests/test_ingest_outlets.py).
    assert [outlet_known(d.article) for d in seed_briefing.documents] == [False, True, False]
    headers = column_headers(to_html(seed_briefing))
    assert [h for h, _ in headers] == [
        "000_e70a219f8e194b37.txt",
        "The Financial Times",
        "002_d1c345cafae71714.txt",
    ]
    for heading, line in headers[::2]:
        assert "outlet unknown" in line and "date unknown" in line
        assert heading.split(".")[0] not in line, "the file is named once, in the heading"
    markdown = to_markdown(seed_briefing)
    assert "1. file `000_e70a219f8e194b37.txt`, outlet unknown, date unknown" in markdown
    assert "**000_e70a219f8e194b37**" not in markdown


def test_cluster_documents_are_named_by_their_place_in_the_file(cluster_briefing):
    page, markdown = to_html(cluster_briefing), to_markdown(cluster_briefing)
    headings = [h for h, _ in column_headers(page)]
    # the fifth names its outlet in its own last line ("Original article on Live Science.")
    assert headings == [f"story.jsonl document {n}" for n in range(1, 5)] + ["Live Science"]
    links = re.search(r'<nav class="source-links".*?</nav>', page).group(0)
    assert "[4] story.jsonl document 4" in html.unescape(links)
    assert "story #1" not in page and "story #1" not in markdown
    # The fourth is a university's press release, its close "###" (raw 33 [3]).
    line = "4. file `story.jsonl document 4` (press release), outlet unknown, date unknown"
    assert line in markdown


def test_an_on_story_title_heads_the_briefing_without_its_outlet(seed_briefing):
    # The seeds carry no titles: give the background seed one and an on-story seed
    # one with the outlet appended the way pages do, as trafilatura reads them.
    background = seed_briefing.analysis.off_topic
    assert len(background) == 1
    titled = []
    for document in seed_briefing.documents:
        article = document.article
        title = "Syria talks at the Security Council" if article.id in background else SEED_TITLE
        article = dataclasses.replace(article, outlet="Xinhua", title=f"{title} - Xinhua")
        titled.append(dataclasses.replace(document, article=article))
    # The background article first: its title must still not head the briefing.
    titled.sort(key=lambda d: d.article.id not in background)
    briefing = dataclasses.replace(seed_briefing, documents=tuple(titled))
    chosen = headline(briefing)
    assert (chosen.text, chosen.source, chosen.from_title) == (SEED_TITLE, "the title of [2]", True)
    page = to_html(briefing)
    assert f"<h1>{SEED_TITLE}</h1>" in page and f"<title>{SEED_TITLE}</title>" in page
    assert f"**Xinhua**, “{SEED_TITLE}”, date unknown" in to_markdown(briefing)


def test_a_title_that_is_only_the_outlet_is_not_shown(seed_briefing):
    article = dataclasses.replace(
        seed_briefing.documents[0].article, outlet="Reuters", title="Reuters", origin="a.html"
    )
    assert own_title(article) is None
    assert own_title(dataclasses.replace(article, title=f"{SEED_TITLE} | Reuters")) == SEED_TITLE


def test_words_several_outlets_carry_are_listed_once(validation_clusters):
    # The Tulowitzki jersey story: both outlets quote the same fans and usher.
    cluster = next(c for c in validation_clusters if c["id"] == "multi_news-val-1255")
    briefing = brief(cluster["documents"], words=250)
    quotes = briefing.analysis.quotes
    markdown = to_markdown(briefing)
    section = markdown.split("## Who said what\n")[1].split("\n## ")[0]
    lines = [line for line in section.splitlines() if line.startswith("- **")]
    said = [re.sub(r"( \[\d+\])+$", "", line) for line in lines]
    assert len(said) == len(set(said)) < len(quotes)
    for quote in quotes:
        number = briefing.citation_number(quote.sentence.article.id)
        line = next(line for line in lines if quote.text.text in line)
        assert line.startswith(f"- **{quote.speaker}**") and f"[{number}]" in line
    page = to_html(briefing)
    who = re.search(r'<section aria-labelledby="h-quotes">.*?</section>', page).group(0)
    assert who.count("<li>") == len(lines) + len({q.speaker for q in quotes})


def test_notes_name_a_file_by_its_directory_not_the_path_on_this_machine(seed_briefing, seeds_dir):
    # `chorus brief /abs/path/seeds/`: the note named the background seed by the full path.
    assert seeds_dir.is_absolute()
    note = "Background: seeds/002_d1c345cafae71714.txt, background: names none of the people"
    assert any(n.startswith(note) for n in seed_briefing.notes)
    page, payload = to_html(seed_briefing), json.dumps(to_dict(seed_briefing))
    assert note in page and str(seeds_dir) not in page
    assert note in payload and str(seeds_dir) not in payload
    assert str(seeds_dir) not in to_markdown(seed_briefing)


def test_json_says_where_each_outlet_name_came_from(seed_briefing, seed_texts):
    sources = to_dict(seed_briefing)["sources"]
    assert [(s["outlet"], s["outlet_from"]) for s in sources] == [
        (None, "file name"),
        ("The Financial Times", "article text"),
        (None, "file name"),
    ]
    records = "\n".join(
        json.dumps(({"source": "Anadolu"} if n == 0 else {}) | {"text": text})
        for n, text in enumerate(seed_texts.values())
    )
    read = read_inputs(["-"], stdin=io.StringIO(records))
    briefing = brief(read.articles, words=100, analyze=False)
    said = [(s["outlet"], s["outlet_from"], s["origin"]) for s in to_dict(briefing)["sources"]]
    assert said[0] == ("Anadolu", "metadata", "stdin line 1")
    assert said[1:] == [
        ("The Financial Times", "article text", "stdin line 2"),
        (None, "input name", "stdin line 3"),
    ]
    markdown = to_markdown(briefing)
    # Its Reuters caption dates it (ingest/own_dates.py).
    assert "2. **The Financial Times**, 13 April 2018" in markdown
    assert "3. stdin line 3, outlet unknown, date unknown" in markdown


def test_plain_text_on_standard_input_is_not_shown_as_an_outlet(seed_texts):
    text = seed_texts["000_e70a219f8e194b37.txt"]
    briefing = brief(read_inputs(["-"], stdin=io.StringIO(text)).articles, analyze=False)
    (source,) = to_dict(briefing)["sources"]
    assert (source["outlet_from"], source["origin"]) == ("input name", "stdin")
    markdown = to_markdown(briefing)
    assert "1. stdin, outlet unknown, date unknown" in markdown and "**stdin**" not in markdown


def test_plain_strings_briefed_from_python_are_no_outlets(validation_clusters):
    # `chorus batch` and `chorus.brief(["...", ...])` name the nth string "Article n", a
    # name the JSON does not give as an outlet.
    cluster = next(c for c in validation_clusters if len(c["documents"]) == 3)
    briefing = brief(cluster["documents"], words=100, analyze=False)
    assert [d.article.outlet for d in briefing.documents] == ["Article 1", "Article 2", "Article 3"]
    sources = to_dict(briefing)["sources"]
    assert [(s["outlet"], s["outlet_from"]) for s in sources] == [(None, "input name")] * 3
    assert "3. text 3, outlet unknown, date unknown" in to_markdown(briefing)


@pytest.mark.parametrize(
    ("line", "dateline", "opening"),
    [
        # Leads as the clusters' first documents write them; the headline opens with the
        # lead's own words.
        (66, "TAUNTON, Mass. (AP) — ", "A couple born on the same day at the same Massachusetts"),
        (120, "WARSAW — ", "President Andrzej Duda said on Tuesday that he would sign"),
        (218, "BEIJING -- ", "An unmanned underwater vehicle will be deployed"),
        (234, "(CNN) -- ", "The winter storm system that walloped the Midwest"),
        (142, "(CNN) ", "Your favorite fitness tracker may not be totally accurate"),
        (52, "FORT WAYNE, Ind. (WANE) ", "The Fort Wayne mother accused of killing"),
    ],
)
def test_a_leads_dateline_does_not_open_the_headline(line, dateline, opening):
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    briefing = brief(cluster["documents"], words=250)
    # The summary shows a lead past its dateline, one naming both a place and an agency
    # too since clean58 (`summarize.shown`).
    lead = briefing.summary[0]
    assert lead.text.startswith(opening)
    assert lead.shown.article.text[: lead.shown.start].endswith(dateline)
    chosen = headline(briefing)
    assert chosen.text.startswith(opening)
    assert chosen.source.startswith("summary sentence 1")
    markdown = to_markdown(briefing)
    assert markdown.startswith(f"# {opening}")
    assert f'<h1 class="sentence">{html.escape(opening)}' in to_html(briefing)


def test_a_lead_in_capitals_with_no_dash_is_no_dateline():
    # Raw 224's column opens "THE SHOCKING and tragic death ...": capitals with no dash
    # after them are no dateline, so the line is shown from its first word. (A heading in
    # capitals does name the story: raw 144's "OBAMA ON BANK OF AMERICA - ", in
    # test_render_headline_reader16.py.) Since summary70 the summary opens on the news
    # report's lead, not on this column, so the line is looked for among the summary's.
    cluster = read_clusters(RAW_VALIDATION, 225)[224]
    briefing = brief(cluster["documents"], words=250)
    opening = "THE SHOCKING and tragic death of the President of Poland"
    column_lead = next(s for s in briefing.summary if s.text.startswith(opening))
    assert column_lead.shown.start == 0
    assert not briefing.summary[0].text.startswith(opening)


@pytest.mark.parametrize(
    ("line", "leaning", "at", "number", "opening"),
    [
        # A link word, a quotation, a pronoun or a question opens the summary; the first
        # summary sentence that stands alone heads the briefing. (9's "Furthermore, ..."
        # opened it until selection kept a connective behind its sentence before, stop 30;
        # 33's "But 150 million years ago, ... roamed there" until the summary's thirteenth
        # pass held it behind the sentence naming the place, stop 33; 102's "Could Obama have
        # been Trayvon Martin ...?" and 104's "“Our mission is first and foremost ...”" until
        # the fifteenth left the writer's questions out, stop 34. 34 headed on "Ms.
        # Clifford’s lawyer, ..., said ..." until the headline's twelfth pass read a lawyer's
        # reply as giving way to another outlet's lead; 34's summary opens on AP's lead since
        # the summary's eighteenth pass held its quoted answer behind the question. 86's
        # "“What I need ...,” she said" opened it until the summary's thirtieth pass left out
        # quotations credited to a "she" no line shown before names, stop 37.)
        # Since summary81 (stop 46) the headline's lead opens 36's summary; the line is
        # seventh since summary79 (stop 46) left out Rubin's quoted column line, eighth since
        # summary82 (stop 47) changed the lines 36's first page brings; ninth since summary95
        # (stop 49) read the order shown, "(Haley will handpick ...)" back above it.
        (36, "But almost as soon as Scott's name popped up", 9, 1, "Stephen Colbert has launched"),
    ],
)
def test_a_summary_sentence_that_leans_on_another_does_not_head_the_briefing(
    line, leaning, at, number, opening
):
    cluster = read_clusters(RAW_VALIDATION, line + 1)[line]
    briefing = brief(cluster["documents"], words=250, analyze=False)
    assert briefing.summary[at - 1].text.startswith(leaning)
    chosen = headline(briefing)
    assert chosen.text.startswith(opening)
    assert chosen.source.startswith(f"summary sentence {number}")
    assert to_markdown(briefing).startswith(f"# {opening}")


def test_a_shortened_headline_does_not_end_inside_a_quotation():
    # Raw cluster 120: "... a bill making it illegal to accuse “the Polish…", the
    # quotation "the Polish nation" left open; since stop 33 the cut runs on past it.
    cluster = read_clusters(RAW_VALIDATION, 121)[120]
    chosen = headline(brief(cluster["documents"], words=250, analyze=False))
    assert chosen.text.endswith("illegal to accuse “the Polish nation” of complicity…")
    assert chosen.source == "summary sentence 1, shortened"


def test_a_headline_names_who_or_what_it_is_about():
    # Raw cluster 241 (Legionnaires' disease): "By the next afternoon his temperature had
    # shot to 104.6, ..." names no one, and nothing the outlets agree on (the outbreak,
    # the people sickened); the third summary sentence names Mr. Monahan. (The reader's
    # example, cluster 61's "All things considered, the quarter wasn't bad ...", no
    # longer opens its summary.) Since stop 31 (headline5) the Detroit News' lead, as
    # much about the summary's story, heads it over that later sentence of its article.
    cluster = read_clusters(RAW_VALIDATION, 242)[241]
    # Since summary36 (stop 39) "By the next afternoon his temperature ..." waits for the
    # line that names whose temperature, and the summary opens on Mr. Monahan.
    briefing = brief(cluster["documents"], words=250)
    texts = [s.text for s in briefing.summary]
    assert not any(text.startswith("By the next afternoon") for text in texts), texts
    # Since summary81 (stop 46) that lead opens the summary, Mr. Monahan fifth.
    assert texts[4].startswith("Mr. Monahan, now 58, was given antibiotics")
    chosen = headline(briefing)
    # Since headline92 (stop 53) shown past its dateline, "Flint — "; since headline93 (stop
    # 54) past its opening "Sixteen months after it was identified ..." too.
    assert chosen.text.startswith("… Flint’s water supply still hasn’t been tested")
    assert chosen.source == "summary sentence 1, shortened"
    # Without the analysis no agreed fact tells a subject from any word: the first
    # sentence that stands alone (the second: the first's "he had checked into" meets no
    # name before it), also a later sentence of its article, gives way to the same lead.
    alone = dataclasses.replace(briefing, analysis=None)
    assert headline(alone).source == "summary sentence 1, shortened"


def test_a_link_word_after_the_opening_phrase_leans_on_what_came_before():
    # Raw cluster 64 (births after the shutdown): the first sentence names nothing the
    # outlets agree on; then "At Sibley, for example, an average of 9.2 births occur
    # daily." and "— For years, the weather has been a scapegoat ..." were next. (At 200
    # words: at 250 the summary no longer shows the Sibley sentence since stop 30.)
    cluster = read_clusters(RAW_VALIDATION, 65)[64]
    briefing = brief(cluster["documents"], words=200)
    texts = [s.text for s in briefing.summary]
    assert any(t.startswith("At Sibley, for example,") for t in texts)
    chosen = headline(briefing)
    assert not chosen.text.startswith(("At Sibley", "—"))
    # Since stop 31 (headline5) "For years, ..." tells background and gives way too. Since
    # headline82 (stop 46) the one agreed fact, the 1970 study, tells no event of the story
    # and names nothing: the lead heads, not that study.
    assert any(t.startswith("For years, the weather has been a scapegoat") for t in texts)
    # Since headline101 (stop 56) the lead, a kicker ("..., but apparently, it wasn’t without
    # love."), gives way too, with its article's next line going on with its wordplay ("The
    # kind of love that transpires ..."): the hospitals' line heads.
    assert texts[0].startswith("No one liked the government shutdown")
    assert chosen.text.startswith("According to some local hospitals, one apparent aftereffect")


def test_the_about_line_dates_the_story_not_its_background(tmp_path):
    # Raw 229, an obituary of January 2016: only its background lyrics page carries a date,
    # and the line under the headline said "2 September 2008" of the whole briefing.
    record = tmp_path / "balin.jsonl"
    record.write_text(json.dumps(read_clusters(RAW_VALIDATION, 230)[229]) + "\n")
    articles = read_inputs([str(record)]).articles
    dated = [n for n, a in enumerate(articles, start=1) if a.published]
    assert dated == [4]
    with_analysis, plain = brief(articles), brief(articles, analyze=False)
    assert with_analysis.analysis is not None
    assert with_analysis.analysis.off_topic == {articles[3].id}
    assert "· dated only by background articles." in to_markdown(with_analysis)
    # The page keeps its own date in its source line.
    assert "2 September 2008" in to_markdown(with_analysis).split("## Sources")[1]
    # Without the analysis no article is known to be background: its date is the span,
    # said to be that page's alone (sources11).
    assert "· 2 September 2008 (date of source 4 only)." in to_markdown(plain)
