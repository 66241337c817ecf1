"""JSON records as other tools write them: dates in a byline's or a feed's words, a source
given as a link or as NewsAPI's object, and articles under an `articles` key (the web API's
own request, a NewsAPI answer). Read from the seeds."""

from __future__ import annotations

import datetime as dt
import io
import json

from chorus.ingest import read_inputs, split_multinews

APRIL_13 = dt.date(2018, 4, 13)


def _records(seed_texts: dict[str, str], **fields: list) -> list[dict]:
    texts = list(seed_texts.values())
    return [
        {"title": f"seed {n}", "text": text, **{k: v[n] for k, v in fields.items()}}
        for n, text in enumerate(texts)
    ]


def _read(tmp_path, document: object):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return read_inputs([str(path)])


def test_dates_in_a_bylines_or_feeds_words_or_a_timestamp_are_read(tmp_path, seed_texts):
    dates = ["April 13, 2018", "Fri, 13 Apr 2018 10:00:00 GMT", 1523613600]
    ingested = _read(tmp_path, _records(seed_texts, date=dates))
    # Before: only ISO dates were read; these three were "not an ISO date; ignored".
    assert [a.published for a in ingested.articles] == [APRIL_13] * 3
    assert [n for n in ingested.notes if "outlet 'The Financial Times'" not in n] == []


def test_newsapi_date_key_is_read_and_an_ambiguous_date_is_noted(tmp_path, seed_texts):
    records = _records(seed_texts, publishedAt=["2018-04-13T10:00:00Z", "13/04/2018", "x"])
    ingested = _read(tmp_path, records)
    # The second, the FT seed, is dated by its Reuters caption (own_dates), noted.
    assert [a.published for a in ingested.articles] == [APRIL_13, APRIL_13, None]
    assert [n for n in ingested.notes if "read from its c" not in n] == [
        f"{tmp_path / 'articles.json'} item {n}: date {d!r} not read "
        "(expected a date such as 2018-04-13 or April 13, 2018); ignored"
        for n, d in ((2, "13/04/2018"), (3, "x"))
    ]


def test_a_source_given_as_a_link_or_an_object_is_the_outlets_name(tmp_path, seed_texts):
    sources = [
        "https://www.reuters.com/article/us-syria-france",
        "http://www.reuters.com/world/middle-east",
        {"id": "rt", "name": "RT"},
    ]
    ingested = _read(tmp_path, _records(seed_texts, source=sources))
    # Before: the whole link, and the object's Python form "{'id': 'rt', 'name': 'RT'}".
    assert [a.outlet for a in ingested.articles] == ["reuters.com", "reuters.com", "RT"]


def test_articles_under_an_articles_key_are_read(tmp_path, seed_texts):
    api_request = {"articles": _records(seed_texts), "words": 150}
    newsapi_answer = {"status": "ok", "totalResults": 3, "articles": _records(seed_texts)}
    for document in (api_request, newsapi_answer):
        ingested = _read(tmp_path, document)
        # Before: one record "with no text", skipped, and no article to brief.
        assert [a.title for a in ingested.articles] == ["seed 0", "seed 1", "seed 2"]
        assert [a.origin for a in ingested.articles] == [
            f"{tmp_path / 'articles.json'} article {n}" for n in (1, 2, 3)
        ]
        assert ingested.skipped == []


def test_a_record_whose_text_is_null_or_a_number_says_so_beside_the_read_ones(tmp_path, seed_texts):
    records = _records(seed_texts)
    records[1]["text"], records[2]["text"] = None, 2018
    ingested = _read(tmp_path, records)
    assert [a.title for a in ingested.articles] == ["seed 0"]
    # Before: `"text": null` was "record has no text (expected one of text, body, ...)".
    assert [s.reason for s in ingested.skipped] == [
        "record's 'text' is null, not text",
        "record's 'text' is a number, not text",
    ]


def test_a_title_source_or_date_of_another_kind_is_noted_not_shown_as_python(tmp_path, seed_texts):
    records = _records(seed_texts, source=[True, "Reuters", None], date=[{"d": 13}, None, None])
    records[0]["title"] = ["Macron", "Putin"]
    ingested = _read(tmp_path, records)
    # Before: the title "['Macron', 'Putin']", the outlet "True", and "date \"{'d': 13}\"".
    assert [(a.title, a.outlet) for a in ingested.articles] == [
        (None, "articles #1"),
        ("seed 1", "Reuters"),
        ("seed 2", "articles #3"),
    ]
    # The FT seed's date read from its Reuters caption (own_dates) is noted too.
    assert [n for n in ingested.notes if "read from its captions" not in n] == [
        f"{tmp_path / 'articles.json'} item 1: {reason}"
        for reason in (
            "'source' is true or false, not read",
            "'title' is a list, not read",
            "'date' is an object, not read",
        )
    ]


def test_a_json_file_holding_no_records_is_reported_not_dropped(tmp_path, seed_texts):
    """`[]`, a NewsAPI answer that found nothing and a .jsonl of blank lines were read
    without a word beside a seed: a file given went missing from the report."""
    (tmp_path / "seed.txt").write_text(next(iter(seed_texts.values())), encoding="utf-8")
    for name, content in (
        ("list.json", "[]\n"),
        ("newsapi.json", json.dumps({"status": "ok", "totalResults": 0, "articles": []})),
        ("blank.jsonl", "\n  \n\n"),
    ):
        (tmp_path / name).write_text(content, encoding="utf-8")
    ingested = read_inputs([str(tmp_path)])
    assert [a.origin for a in ingested.articles] == [f"{tmp_path.name}/seed.txt"]
    assert [(s.origin.split("/")[-1], s.reason) for s in ingested.skipped] == [
        ("blank.jsonl", "empty: no text"),
        ("list.json", "no articles in it"),
        ("newsapi.json", "no articles in it"),
    ]


def test_a_raw_multinews_line_inside_a_records_list_is_its_documents(validation_clusters):
    """A raw line put whole into `"documents": [...]` is its documents, and one of only
    separators holds none: `["|||||"]` ended "every article was empty after cleaning"."""
    cluster = validation_clusters[1]
    raw = " ||||| ".join(d.replace("\n", " NEWLINE_CHAR ") for d in cluster["documents"])
    whole = read_inputs(["-"], stdin=io.StringIO(json.dumps({"documents": [raw]})))
    assert [a.text for a in whole.articles] == split_multinews(raw)
    assert len(whole.articles) == len(cluster["documents"])
    empty = read_inputs(["-"], stdin=io.StringIO(json.dumps({"documents": ["|||||"]})))
    assert [(s.origin, s.reason) for s in empty.skipped] == [
        ("stdin", "a cluster with no documents")
    ]


def test_a_newsapi_answers_cut_content_is_briefed_without_its_mark_and_noted(tmp_path, seed_texts):
    """NewsAPI gives 200 characters of each article and "… [+N chars]": the summary quoted
    "... search and rescu… [+4187 chars]" as a sentence, and nothing said the text was cut."""
    texts = list(seed_texts.values())
    articles = [
        {
            "source": {"id": None, "name": f"Outlet {n}"},
            "title": f"seed {n}",
            "publishedAt": "2018-04-13T10:00:00Z",
            "content": f"{text[:200]}… [+{len(text) - 200} chars]",
        }
        for n, text in enumerate(texts)
    ]
    ingested = _read(tmp_path, {"status": "ok", "totalResults": 3, "articles": articles})
    kept = [a.text for a in ingested.articles]
    assert all("[+" not in t and text.startswith(t) for t, text in zip(kept, texts, strict=True))
    # Up to the last full sentence; seeds 2 and 3 hold none in their 200 characters ("at
    # the U.N. headq": a stop before a small letter ends none) and are kept whole.
    assert kept[0].endswith("the Elysee has said on Friday.")
    assert kept[1:] == [texts[1][:200], texts[2][:200]]
    assert [n.split(": ", 1)[1] for n in ingested.notes] == [
        f"its text is cut short ({len(t) - 200:,} characters left out, as NewsAPI gives "
        "articles): only the part given is briefed; give the whole article to brief it"
        for t in texts
    ]


def test_hugging_faces_multi_news_line_is_a_cluster(tmp_path, validation_clusters):
    """Multi-News as Hugging Face gives it, `{"document": "a ||||| b", "summary": ...}`,
    was skipped as "record has no text" by `chorus brief` while eval read it; and a
    record's `headline`, as news exports name the title, was left unread."""
    cluster = validation_clusters[2]
    raw = " ||||| ".join(cluster["documents"]).replace("\n", " NEWLINE_CHAR ")
    path = tmp_path / "multi_news.jsonl"
    path.write_text(json.dumps({"document": raw, "summary": cluster["summary"]}) + "\n")
    ingested = read_inputs([str(path)])
    assert [a.text for a in ingested.articles] == split_multinews(raw)
    assert len(ingested.articles) == len([d for d in cluster["documents"] if d.strip()])
    assert ingested.skipped == []
    titled = _read(tmp_path, [{"headline": "A story", "text": cluster["documents"][0]}])
    assert [a.title for a in titled.articles] == ["A story"]


def test_wordpress_posts_are_articles(tmp_path, validation_clusters):
    """WordPress's REST API gives `{"title": {"rendered": ...}, "content": {"rendered":
    "<p>...</p>"}}`: every post was skipped as "record's 'content' is an object"."""
    texts = [d.strip() for d in validation_clusters[4]["documents"] if d.strip()]
    posts = [
        {
            "date": "2016-05-04T10:00:00",
            "title": {"rendered": f"Story&#8217;s {n}"},
            "content": {"rendered": "".join(f"<p>{p}</p>\n" for p in t.split("\n") if p.strip())},
        }
        for n, t in enumerate(texts)
    ]
    ingested = _read(tmp_path, posts)
    assert ingested.skipped == []
    assert [a.title for a in ingested.articles] == [f"Story’s {n}" for n in range(len(texts))]
    assert {a.published for a in ingested.articles} == {dt.date(2016, 5, 4)}
    assert not any("<p>" in a.text for a in ingested.articles)
    assert all(a.text.split()[0] in t for a, t in zip(ingested.articles, texts, strict=True))
