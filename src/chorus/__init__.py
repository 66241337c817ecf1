"""chorus: many news articles about one story in, one faithful, cited briefing out."""

from chorus import environment  # noqa: F401  (first: it must run before numpy loads)
from chorus.api import brief
from chorus.errors import ChorusError
from chorus.model import Article, Briefing, Document, Sentence, SummarySentence
from chorus.settings import SummaryOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Briefing",
    "ChorusError",
    "Document",
    "Sentence",
    "SummaryOptions",
    "SummarySentence",
    "__version__",
    "brief",
]
