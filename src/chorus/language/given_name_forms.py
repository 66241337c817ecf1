"""Common short forms of English given names, each with the given names it stands for: one
outlet writes "Rep. Sander Levin", another "Sandy Levin" (raw 116). Only the forms whose
given name is plain: "Bob" and "Bobby" both stand for Robert, so two of them name no one
person (raw 208's Bob and Bobby Goodlatte are father and son)."""

from __future__ import annotations

from types import MappingProxyType

SHORT_FORMS = MappingProxyType(
    {
        "Andy": ("Andrew",),
        "Betty": ("Elizabeth",),
        "Bill": ("William",),
        "Billy": ("William",),
        "Bob": ("Robert",),
        "Bobby": ("Robert",),
        "Charlie": ("Charles",),
        "Chris": ("Christopher",),
        "Chuck": ("Charles",),
        "Dan": ("Daniel",),
        "Dave": ("David",),
        "Dick": ("Richard",),
        "Ed": ("Edward",),
        "Jack": ("John",),
        "Greg": ("Gregory",),
        "Jim": ("James",),
        "Jimmy": ("James",),
        "Joe": ("Joseph",),
        "Kate": ("Catherine", "Katherine"),
        "Ken": ("Kenneth",),
        "Larry": ("Lawrence",),
        "Liz": ("Elizabeth",),
        "Matt": ("Matthew",),
        "Mike": ("Michael",),
        "Nick": ("Nicholas",),
        "Pat": ("Patrick", "Patricia"),
        "Peggy": ("Margaret",),
        "Randy": ("Randall", "Randolph"),
        "Rick": ("Richard",),
        "Ron": ("Ronald",),
        "Sam": ("Samuel",),
        "Sandy": ("Sander", "Alexander", "Sandra"),
        "Steve": ("Steven", "Stephen"),
        "Ted": ("Edward", "Theodore"),
        "Teddy": ("Theodore",),
        "Tim": ("Timothy",),
        "Tom": ("Thomas",),
        "Tony": ("Anthony",),
    }
)
"""A short given name and the given names it is written for."""

SHORT_PAIRS = frozenset(
    frozenset((short, plain)) for short, plains in SHORT_FORMS.items() for plain in plains
)
"""Each short form with a given name it stands for, either way round."""
