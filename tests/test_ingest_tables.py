"""Articles as rows of a spreadsheet's table (.csv, .tsv): a CSV was briefed as one
article, its commas and quotes in the summary ("iPhone 0,outlet0,2011-10-06,\"Sprint
Nextel ..."). Read from the seeds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from chorus.ingest import read_inputs
from chorus.ingest.tables import opens_as_table


def _table(path, rows: list[list[str]], delimiter: str = ",") -> str:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return str(path)


def test_rows_of_a_csv_or_tsv_are_articles_with_their_columns(tmp_path, seed_texts):
    texts = list(seed_texts.values())
    header = ["Title", "Source", "Date", "Text"]
    rows = [[f"seed {n}", f"Outlet {n}", "April 13, 2018", t] for n, t in enumerate(texts)]
    # A blank row a spreadsheet kept between two articles is no article.
    table = _table(tmp_path / "articles.csv", [header, rows[0], ["", "", "", ""], *rows[1:]])
    ingested = read_inputs([table])
    assert [a.text for a in ingested.articles] == texts  # each cell's lines kept
    assert [a.outlet for a in ingested.articles] == ["Outlet 0", "Outlet 1", "Outlet 2"]
    assert {a.published for a in ingested.articles} == {dt.date(2018, 4, 13)}
    assert [a.origin.rsplit(" ", 1)[1] for a in ingested.articles] == ["2", "4", "5"]
    assert ingested.skipped == [] and ingested.notes == []
    assert [a.title for a in ingested.articles] == ["seed 0", "seed 1", "seed 2"]  # "Title"

    flat = [[cell.replace("\n", " ") for cell in row] for row in rows]
    tabbed = _table(tmp_path / "articles.tsv", [["title", "text"], *[r[::3] for r in flat]], "\t")
    assert [a.text for a in read_inputs([tabbed]).articles] == [r[3] for r in flat]


def test_a_table_without_a_text_column_or_rows_is_reported_once(tmp_path, seed_texts):
    links = _table(tmp_path / "links.csv", [["headline", "url"], ["Syria", "https://x.org/a"]])
    header = _table(tmp_path / "header.csv", [["title", "text"]])
    seed = tmp_path / "seed.txt"
    seed.write_text(next(iter(seed_texts.values())), encoding="utf-8")
    ingested = read_inputs([links, header, str(seed)])
    assert len(ingested.articles) == 1
    assert [s.reason for s in ingested.skipped] == [
        "a table without a text column (its columns: 'headline', 'url'; expected one of "
        "text, body, content, article)",
        "no articles in it",
    ]


def test_a_spreadsheets_semicolons_and_byte_order_mark_are_read(tmp_path, seed_texts):
    """Excel set to French or German writes `;` between cells ("Title;Source;Date;Text"
    was one column), and its "CSV UTF-8" opens with a byte order mark."""
    texts = list(seed_texts.values())
    rows = [["Title", "Source", "Date", "Text"]] + [
        [f"seed {n}", f"Outlet {n}", "2018-04-13", t] for n, t in enumerate(texts)
    ]
    semicolons = _table(tmp_path / "fr.csv", rows, ";")
    marked = tmp_path / "bom.csv"
    marked.write_bytes(b"\xef\xbb\xbf" + Path(_table(tmp_path / "plain.csv", rows)).read_bytes())
    for path in (semicolons, str(marked)):
        ingested = read_inputs([path])
        assert [a.title for a in ingested.articles] == ["seed 0", "seed 1", "seed 2"], path
        assert [a.text for a in ingested.articles] == texts, path


def test_a_table_piped_or_saved_under_a_text_name_is_read_as_rows(tmp_path, validation_clusters):
    """`cat articles.csv | chorus brief -` was one article, "Title,Source,Date,Text" its
    first line; a table copied out of a spreadsheet and saved as .txt (tabs) the same."""
    texts = [d.strip() for d in validation_clusters[0]["documents"] if d.strip()]
    header = ["Title", "Source", "Date", "Text"]
    rows = [[f"Story {n}", f"Outlet {n}", "2015-03-10", t] for n, t in enumerate(texts)]
    table = Path(_table(tmp_path / "articles.csv", [header, *rows]))
    piped = io.TextIOWrapper(io.BytesIO(table.read_bytes()))
    from_stdin = read_inputs(["-"], stdin=piped)
    assert [a.text for a in from_stdin.articles] == texts
    rows_read = [f"stdin row {n}" for n in range(2, len(texts) + 2)]  # the header is row 1
    assert [a.origin for a in from_stdin.articles] == rows_read
    assert [a.outlet for a in from_stdin.articles] == [r[1] for r in rows]
    copied = _table(tmp_path / "copied.txt", [["title", "text"], *[r[::3] for r in rows]], "\t")
    assert [a.title for a in read_inputs([copied]).articles] == [r[0] for r in rows]


def test_no_article_of_the_shared_data_opens_as_a_table(validation_clusters):
    """The sniff reads only a first line of column names, one a text column: none of the
    raw clusters' documents opens so (all 16,305 of raw and Multi-News+ validation and DUC
    were checked once; these 50 clusters are kept as the test)."""
    documents = [d for c in validation_clusters for d in c["documents"]]
    assert len(documents) > 100
    assert [d[:80] for d in documents if opens_as_table(d)] == []
    assert opens_as_table("title;source;text\nStory;AP;It rained.\n")
    assert not opens_as_table("Text, body and all\nThe rest, with a comma, of the story.\n")


def test_an_exports_columns_an_empty_cell_and_a_workbook(tmp_path, validation_clusters):
    """A table headed "headline,Article Text" (a Kaggle export) was refused as "without a
    text column"; a row with an empty text cell was "record has no text (expected one of
    text, ...)" beside a `text` column; an .xlsx was told to be saved "as text or HTML"."""
    texts = [d.strip() for d in validation_clusters[1]["documents"] if d.strip()]
    export = _table(
        tmp_path / "export.csv",
        [["headline", "Article Text"], *[[f"Story {n}", t] for n, t in enumerate(texts)]],
    )
    assert [(a.title, a.text) for a in read_inputs([export]).articles] == [
        (f"Story {n}", t) for n, t in enumerate(texts)
    ]
    gap = _table(tmp_path / "gap.csv", [["title", "text"], ["Story 0", texts[0]], ["Story 1", ""]])
    assert [(s.origin, s.reason) for s in read_inputs([gap]).skipped] == [
        (f"{gap} row 3", "empty: its 'text' holds no text")
    ]
    workbook = tmp_path / "articles.xlsx"
    with zipfile.ZipFile(workbook, "w") as packed:
        packed.writestr("xl/sharedStrings.xml", f"<sst><si><t>{texts[0][:200]}</t></si></sst>")
    (skipped,) = read_inputs([str(workbook), export]).skipped
    assert skipped.reason == (
        "a spreadsheet, not text: save the sheet as CSV (UTF-8) and give that; each row with "
        "a text column is an article"
    )


def test_a_piped_export_that_found_nothing_and_newsapis_column_names(tmp_path, seed_texts):
    """A header alone piped in ("Title,PublishedAt,Text", an export that found nothing)
    was briefed as an article of that line; a "PublishedAt" column's dates went unread."""
    for header in ("title,text\n", "Title,PublishedAt,Text\r\n"):
        empty = read_inputs(["-"], stdin=io.StringIO(header))
        assert (empty.articles, [s.reason for s in empty.skipped]) == ([], ["no articles in it"])
    rows = [["Title", "PublishedAt", "Text"]]
    rows += [[f"seed {n}", "2018-04-13T09:00:00Z", t] for n, t in enumerate(seed_texts.values())]
    ingested = read_inputs([_table(tmp_path / "newsapi.csv", rows)])
    assert [a.published for a in ingested.articles] == [dt.date(2018, 4, 13)] * 3


def test_a_body_exported_as_html_is_read_as_a_page(tmp_path, validation_clusters):
    """A CMS export's body, "<p>...</p><p>...</p>", was briefed tags and all: "... a
    'significant investment.'</p><p>In a conversation ..." a summary sentence."""
    texts = [d.strip() for d in validation_clusters[3]["documents"] if d.strip()]
    bodies = ["".join(f"<p>{line}</p>" for line in t.split("\n") if line.strip()) for t in texts]
    rows = [["title", "body"], *[[f"Story {n}", b] for n, b in enumerate(bodies)], ["Ad", "<p>"]]
    ingested = read_inputs([_table(tmp_path / "cms.csv", rows)])
    assert len(ingested.articles) == len(texts)
    assert not any("<p>" in a.text or "</p>" in a.text for a in ingested.articles)
    assert all(a.text.split()[-1] in t for a, t in zip(ingested.articles, texts, strict=True))
    assert [a.title for a in ingested.articles] == [f"Story {n}" for n in range(len(texts))]
    assert [s.reason for s in ingested.skipped] == ["no article text found in its HTML"]
