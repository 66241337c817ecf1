"""How English news text marks quotations, attributions, names and figures.

Read by more than one stage: the sentence splitter (a quotation closed by "?" keeps its
attribution), the summary's support test (figures and weekdays) and the analysis.
"""
