"""News outlets every reader knows, by the name a briefing's Sources show them, "The" and
all: the analysis lists them as organisations (analyze/entity_lists.py, without their "The",
as a story writes one after its own "the"), and ingest/own_names.py shows an outlet read
only as one's web address by its name here where the page writes none: a writer's
"kevin.clark@wsj.com" on a page naming no paper is The Wall Street Journal's, "usat.ly"'s
share link USA Today's (raw validation 226 [0], 246 [1]; sources20, stop 50)."""

NEWS_OUTLETS = (
    *("The Associated Press", "Reuters", "AFP", "UPI", "CNN", "BBC", "NPR", "PBS", "MSNBC"),
    *("CNBC", "Fox News", "NBC News", "ABC News", "CBS News", "The New York Times"),
    *("The Washington Post", "The Wall Street Journal", "USA Today", "Politico"),
    *("Los Angeles Times", "Chicago Tribune", "The Boston Globe", "Al Jazeera", "Xinhua"),
)
"""Written as each writes its own name: the Times, the Post, the Journal and the Globe with
their "The" (as own_lines.py's blog papers and AP's "The Associated Press" are shown), the
Los Angeles Times and the Chicago Tribune without."""
