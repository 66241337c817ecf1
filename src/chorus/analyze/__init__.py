"""Cross-source analysis: agreement, unique facts, conflicts, quotes, timeline, entities
and off-topic articles, over the cleaned documents and their sentences.

`run.analyze` builds every section; each section has its own module. Nothing is imported
here, so reading `analyze.model`'s types (the renderers do) does not load the analysis.
"""
