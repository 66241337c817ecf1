"""How many answers a reading of one summary row keeps for the next reading order.

`summarize` reads the rows it shows again after each selection (~2.4 a raw validation
cluster), mostly the same dozen rows each time. A reading that is a pure function of a row's
text (or of its `Sentence`, hashed by identity) and costs more than a lookup keeps its last
`READ_AGAIN` answers: over the 250 raw validation clusters about half of each such reading's
calls are repeats (`people_unmet._one_unnamed`, `surname_introductions._subject`: 3,108 of
6,075), and every repeat comes within the last 64 read (docs/journal/speed.md, forty-seventh
pass)."""

READ_AGAIN = 64
"""A cluster's shown rows, with room: the answers kept by each reading."""
