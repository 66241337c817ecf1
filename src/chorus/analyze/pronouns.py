"""Whom "he"/"she" stands for when they speak: the person the article last quoted by
name or made the subject of a sentence, followed sentence by sentence.

A pronoun takes the latest person, unless the article calls that person by the other
pronoun: then the person of the sentences just before whom it calls by this one ("“Oh
really?” Ida asks. ... “Thank you,” he says" is Shinozuka's, as "Ida will tell you ...
She might tell you more than once" made Ida "she"), or no one. A subject is a name that
opens a sentence, maybe after a title or an opening phrase ("UK Foreign Secretary William
Hague welcomed ...", "Chilling in the wings, Streep laughs ..."); a single word counts
only as the surname of someone named before (else it is as likely "Oxygen will be pumped
..."). A sentence about someone described but not named ("A woman who was at the bridge
...", "The man, who spoke to ...") leaves no one, and so does a pronoun after another name
in its own sentence ("..., lawyer George T. Conway III, in which he argued ...": not the
last speaker), or an office that spoke for its owner ("according to the U.S. attorney’s
office"). `quotes.py` reads a pronoun speaker's article this way only over the few
sentences before it, and what the article calls each person over all of it
(`pronoun_genders.genders`).

Whom "the president said" stands for is read by `role_holders.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chorus.analyze.pronoun_checks import CAPITAL
from chorus.analyze.pronoun_clauses import (
    AND_NAME,
    AND_SUBJECT,
    ASKED,
    NAME_RUN,
    another_surname,
    ends_with,
)
from chorus.analyze.pronoun_genders import collective
from chorus.analyze.pronoun_openings import (
    CALLED_BY_HEAD,
    CREDIT_LINE,
    KIN_CALLED,
    NAMED_AGAIN,
    OWNED_KIN,
    PICTURE_CAPTION,
    PICTURE_OPENINGS,
    PRONOUN_SUBJECT,
    SEEN_BY,
    SEEN_BY_OPENINGS,
    WIRE_OPENING,
)
from chorus.analyze.pronoun_sentences import (
    ACCORDING,
    AFTER_QUOTATION,
    DESCRIBED,
    QUOTED_TITLE,
    described_then_named,
    kin_owner,
    named_after,
    named_in_description,
    object_named_then,
    own_kin_named,
    past_apposition,
    plural,
    someone_else_after,
    subject_pronoun_at,
    thing_named,
)
from chorus.analyze.subject_names import (
    OPENING_WORD,
    ORGANISATION,
    TITLE_END,
    person_named,
    subject_run,
    written_as_surname,
)
from chorus.language.first_name_genders import first_name_gender
from chorus.language.found_speakers import bare_name


@dataclass(slots=True)
class Focus:
    """The person "he" or "she" would stand for at this point of an article, and the
    names of people the article has named, by their last word."""

    person: str | None = None
    surnames: dict[str, str] = field(default_factory=dict)
    called: dict[str, str] = field(default_factory=dict)
    """"he" or "she", for each person the article has called so: after "..., she said"
    of Nikki Haley, "“There's a state drink?” he asked" is someone else."""
    genders: dict[str, str] = field(default_factory=dict)
    """What the whole article calls each person, by last word (`genders`)."""
    recent: list[str] = field(default_factory=list)
    """The people followed so far, the latest last."""
    article: str = ""
    """The article's text, where a surname that opens a sentence is looked for in full."""
    before: str | None = None
    """The person followed before `person`, where the sentence just read moved the focus
    from one to the other; else None."""

    def stands_for(self, pronoun: str) -> str | None:
        """Who `pronoun` ("he", "a South Carolina Republican") stands for, if anyone: the
        person followed, or, when the article calls that person by the other pronoun, the
        latest one before whom it calls by this one; when the person's first name tells the
        other pronoun, the person the sentence just before turned from if that one's first
        name tells this pronoun (`before`), else no one."""
        person = self.person
        if person is None or pronoun.lower() not in ("he", "she"):
            return person
        pronoun = pronoun.lower()
        if self.first_name_tells(person) not in (None, pronoun):
            # "Carper is the incoming chairman ... ¶ She said in a statement after the tour
            # ..." is not "Democratic Sen. Tom Carper" (raw multi_news-val-182), whom the
            # article-wide guess (`genders`) calls "she" from these very sentences; nor is
            # whom the "she" is a guess from other first names ("That was a moment," he
            # says." after Streep was followed is Bardem's, not John Legend's: 205); but the
            # person the sentence just before turned from, whose first name tells it, is:
            # "Napolitano toured the border ... with ... Sen. Tom Carper of Delaware. Carper
            # is the incoming chairman ... ¶ She said ..." is Janet Napolitano's
            before = self.before
            return before if before and self.first_name_tells(before) == pronoun else None
        if self._called(person) in (None, pronoun):
            self.called.setdefault(person, pronoun)
            return person
        return next(
            (p for p in reversed(self.recent) if p != person and self._called(p) == pronoun),
            None,
        )

    def _other_pronoun(self, pronoun: str) -> bool:
        """Whether `pronoun` is the one the article does not call the person followed: "He
        met a bar girl named Linh Hoa ... She was a sex worker. ... He was smitten." is
        still about him (raw multi_news-val-2447), whom "she" left followed."""
        called = self._called(self.person) if self.person is not None else None
        return called is not None and called != pronoun.lower()

    def _called(self, person: str) -> str | None:
        return self.called.get(person) or self.genders.get(person.rsplit(" ", 1)[-1])

    def first_name_tells(self, person: str) -> str | None:
        """ "he" or "she" as the first name tells of a person; of a surname alone
        ("Napolitano toured ..."), as the first names the article writes before it tell,
        if they agree."""
        if " " in person:
            return first_name_gender(person)
        told = {
            first_name_gender(f"{before.rsplit(None, 1)[-1]} {person}")
            for before in self.article.split(f" {person}")[:-1]
            if before.strip()
        } - {None}
        return told.pop() if len(told) == 1 else None

    def read(self, text: str, speaker: str | None, speaks: bool) -> None:
        """Moves the focus past one sentence: to its speaker, if it has one, else to the
        person it opens with, or to no one after someone described, someone who speaks
        unnamed or another person named; and remembers the names it holds (so that
        "Napolitano toured ..." is the "Janet Napolitano" of an earlier sentence).
        `speaks` tells that the sentence has a speech verb without a speaker found."""
        if text[:1] in "—–" and CREDIT_LINE.match(text):
            # the pull quote's words are the story's again; the "she said" after them is
            # still whom the story followed before (5484), not its credit's other names
            return
        if text.startswith(PICTURE_OPENINGS) and PICTURE_CAPTION.match(text):
            return  # a picture's caption left in the story: the story goes on past it
        followed = self.person
        self._move(text, speaker, speaks)
        turned = followed is not None and self.person not in (None, followed)
        self.before = followed if turned else None

    def _move(self, text: str, speaker: str | None, speaks: bool) -> None:
        """`read`'s move of the focus past one sentence."""
        # most sentences hold no capital past their first letter: no name to read
        capitals = CAPITAL.search(text, 1) is not None
        runs = NAME_RUN.findall(text) if capitals else ()
        named = [name for name in map(person_named, runs) if name is not None]
        for name in named:
            self._learn(name)
        if speaker is not None and (collective(speaker) or self._outlet(text, speaker)):
            # a group or a paper is no "he" or "she" ("“...,” he added" after "officials
            # said"), but the person it tells of may be: "According to police, Stinson
            # told them ... She claimed that ..." (multi_news-val-2067), unless the sentence
            # opens with someone described ("The victim also spent ..., according to
            # investigators")
            if not self._follow_subject(text, named):
                self.person = self._written_about(text, named, speaker)
        elif speaker is not None and (owner := kin_owner(text, speaker)):
            # "Oscar de la Renta ... died Monday ..., his wife Anette de la Renta told The New
            # York Times": the article goes on about whom "his" stands for
            self._learn(speaker)
            self.person = owner
        elif speaker is not None:
            self.person = speaker
            self._learn(speaker)
        elif text[:1] in '“"' and (title := QUOTED_TITLE.match(text)) is not None:
            # '"Star Trek" star George Takei had everyone fooled ...' (multi_news-val-2484):
            # a work's title and a word of what the subject is in it, then the subject
            self._follow_subject(text[title.end() :], named)
        elif text[:1] in '“"':
            self._after_quotation(text)
        elif subject := PRONOUN_SUBJECT.match(text):
            person = self.stands_for(subject["pronoun"])
            if person is not None or not self._other_pronoun(subject["pronoun"]):
                self.person = None if named_after(text, subject.end(), person) else person
        elif (again := NAMED_AGAIN.match(text)) and not named_after(text, again.end(), self.person):
            if self.person is not None and (called := CALLED_BY_HEAD.get(again["head"])):
                self.called.setdefault(self.person, called)
        elif not self._follow_subject(text, named) and (
            speaks or (capitals and self._others(text, named))
        ):
            self.person = self._last_clause_subject(text, named)
        elif self.person is None and capitals and (then := object_named_then(text, named)):
            self.person = then[0]
            self.called.setdefault(then[0], then[1])
        if self.person is not None and self.recent[-1:] != [self.person]:
            self.recent.append(self.person)

    def _after_quotation(self, text: str) -> None:
        """Moves the focus past a quotation no speaker was found for, to whom the words
        after it name: the writer ("“...,” Rita Schrimsher of Athens, Alabama, tweeted
        ...", multi_news-val-324: her "“...,” she said by phone" next), or no one when
        they are someone's quoted ("Yonhap quoted a unification ministry official ...":
        its "he added" next is not Yonhap's)."""
        after = AFTER_QUOTATION.match(text)
        if after is None:
            return
        if after["quoted"]:
            self.person = None
        elif (name := person_named(after["name"])) is not None and " " in name:
            self.person = name
            self._learn(name)

    def _outlet(self, text: str, speaker: str) -> bool:
        """Whether "According to X, ..." names a source of one word no earlier name ends
        with: as likely an outlet as a person ("According to Salon, ... Peinovich took to
        the forum to write, "..." ¶ He added, "..."": 2115), so told of as a group is."""
        return " " not in speaker and speaker not in self.surnames and text.startswith(ACCORDING)

    def _follow_subject(self, text: str, names: list[str]) -> bool:
        """Moves the focus to the subject the sentence opens with, if it is a person named
        or described, or to no one after two people ("Damon and Affleck exit the stage",
        "Host Chris Wallace asked the senator what ...": the answer is not Wallace's), and
        tells whether it did."""
        # a wire's dateline is where the story was filed ("Washington (CNN) Sarah Sanders
        # was asked ..."), not its subject; only a sentence holding a tag has one
        if "(" in text[:40] and (dateline := WIRE_OPENING.match(text)) is not None:
            text = text[dateline.end() :]
        # most sentences open otherwise: the pattern only where they open so
        seen_by = SEEN_BY.match(text) if text.startswith(SEEN_BY_OPENINGS) else None
        if seen_by is not None and (
            person := self._person(seen_by["surname"]) or (seen_by["title"] and seen_by["surname"])
        ):
            self.person = person
            return True
        run, end = subject_run(text) or ("", 0)
        if OPENING_WORD.match(run):
            run = ""
        elif run and AND_NAME.match(text, end):
            self.person = None
            return True
        if run.endswith(("'s", "’s")) and (kin := OWNED_KIN.match(text, end)) is not None:
            # "Smith's wife had gotten out ...": the kin described is whom "she" stands for
            self.person = f"{run} {kin['kin']}"
            self.called.setdefault(self.person, KIN_CALLED[kin["kin"]])
        elif " " in run:
            name = TITLE_END.sub("", run)
            if not name or ORGANISATION.search(name):
                return False
            # "De la Renta had battled cancer ..." names again the "Oscar de la Renta" followed
            if not ends_with(self.person, bare_name(name)):
                self.person = bare_name(name)
            last = self.person.rsplit(" ", 1)[-1]
            # a name inside the run is its title's ("Claremont McKenna dean of students ..."),
            # so is one in its apposition ("Rep. Kurt Schrader, a member of the Blue Dog
            # Coalition, predicted ...": multi_news-val-2094)
            described = text[: past_apposition(text, end)]
            # the subject's own "he" or "she" before anyone else is named keeps it whom the
            # sentence is about: "... when he tweeted that he was running ... against Devin
            # Nunes" (multi_news-val-2484)
            told = subject_pronoun_at(text, len(described))
            others = any(
                not n.endswith(last)
                and n not in described
                and n in text[:told]
                and not thing_named(text, n)
                and not own_kin_named(text, n)
                for n in names
            )
            # who "was asked" is whom the answer is from, whoever asked or is asked about
            asked = ASKED.match(text, end) is not None
            if not asked and (others or someone_else_after(text, len(described), told)):
                self.person = None
        elif run and run in self.surnames:
            # before a description: "Mica, a former House Transportation chairman, is ..."
            # describes the Mica named before (multi_news-val-4412), no one else; but
            # "Macomber, 65, was found fatally shot ... the day after Pasztor was arrested.
            # She admitted ..." (multi_news-val-5388) leaves two to choose from
            person = self.surnames[run]
            self.person = None if another_surname(self.surnames, text, end, person) else person
        elif (person := described_then_named(text, names)) is not None or (
            " named " in text and (person := named_in_description(text)) is not None
        ):
            self.person = person
            self._learn(person)
        elif (described := DESCRIBED.match(text)) is not None:
            # people described are no "he" or "she": "The students watched as ... ¶ “...,”
            # she said" is still the teacher's (multi_news-val-1745)
            if not plural(described[0].rsplit(None, 1)[-1].lower()):
                # unless a named person is its last clause's subject: "A resident invites
                # him ..., and Reischl mounts four stories ..." (raw multi_news-val-2447)
                self.person = self._last_clause_subject(text, names)
        elif run and (person := self._person(run)):
            # "McCaffrey agreed." of a Mark McCaffrey named before the sentences read
            self.person = person
        else:
            return False
        return True

    def _last_clause_subject(self, text: str, named: list[str]) -> str | None:
        """The person named before who is the subject of the sentence's last clause, where
        no one else is named: "The ability of the security services ... was a source of
        pride ..., and Rivlin referred to the trial as ..." ¶ "“...,” he said." is Rivlin's
        (multi_news-val-79)."""
        clause = AND_SUBJECT.search(text)
        if clause is None or (person := self._person(clause["surname"])) is None:
            return None
        last = person.rsplit(" ", 1)[-1]
        if not clause[0].startswith(","):
            # an aside's names are the aside's ("in Trump Tower, Urgant joked"), not the clause's
            named = [n for n in named if n in text[clause.start() :]]
        return person if all(n.rsplit(" ", 1)[-1] == last for n in named) else None

    def _person(self, surname: str) -> str | None:
        """The person a surname stands for: one named before, or the surname itself where
        the article writes it after a first name (`written_as_surname`)."""
        if surname in self.surnames:
            return self.surnames[surname]
        return surname if written_as_surname(self.article, surname) else None

    def _written_about(self, text: str, named: list[str], speaker: str) -> str | None:
        """The person a sentence told by a group or a paper is about: the first it names
        whom the article named before or calls "he" or "she" ("Police said Stinson told
        them ..."), else the one person it names in full; no one if none."""
        for word in CAPITAL.findall(text, 1):
            if (word in self.surnames or word in self.genders) and word not in speaker.split():
                return self.surnames.get(word, word)
        people = [name for name in named if not collective(name)]
        return people[0] if len(people) == 1 else None

    def _others(self, text: str, named: list[str]) -> bool:
        """Whether the sentence names someone besides the focus ("This is where Conway
        went into ultimate spin mode": "she" is no longer Wallace)."""
        if self.person is None:
            return False
        # a kin's owner is no one else: "... captured Smith's wife crying out" of her
        mine = {word.removesuffix("'s").removesuffix("’s") for word in self.person.split()}
        return any(n.rsplit(" ", 1)[-1] not in mine for n in named if n) or any(
            w in self.surnames and w not in mine for w in CAPITAL.findall(text, 1)
        )

    def _learn(self, name: str) -> None:
        name = bare_name(name)
        if name[:1].isupper():
            self.surnames.setdefault(name.rsplit(" ", 1)[-1], name)
