"""Who is who across a corpus: one person however their name is spelt.

A name is reduced to a *key*: its words folded (case, accents, hyphens), honorifics and
particles dropped, in alphabetical order, so that "M. Abdellatif Hammouchi",
"HAMMOUCHI Abdellatif" and "Abdellatif Hammouchi" share one. Names are then joined:

1. the same key and the same country (or no country, when only one country bears it);
2. a shorter name inside exactly one longer one ("Grande-Marlaska", "A. Hammouchi",
   "M. Hammouchi") of a compatible country, or, when the corpus has several, the one
   named in the same communiqués;
3. what the analyst pinned (:func:`read_pins`), which wins over both.

Whatever could be two people is left apart and listed for review, with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from communique.corpora.read import Mention, iso
from communique.errors import InputError
from communique.normalise.names import PARTICLES, strip_honorifics
from communique.text import fold

#: A person's key: the folded words of their name, particles dropped, sorted.
Key = tuple[str, ...]
#: A spelling node: a key and the party the source gives the person, if any.
Node = tuple[Key, str | None]


def name_key(name: str) -> Key:
    """``"M. Fernando Grande-Marlaska Gómez"`` → ``("fernando", "gomez", "grande", "marlaska")``."""
    return spelling(name)[1]


@lru_cache(maxsize=65536)
def spelling(name: str) -> tuple[str, Key]:
    """A name as spelt without its honorifics, and its key."""
    shown = strip_honorifics(name)
    words = fold(shown).split()
    kept = [w for w in words if w not in PARTICLES] or words
    return shown, tuple(sorted(kept))


@dataclass(frozen=True)
class Pin:
    """An analyst's decision: ``same`` or ``different`` people, by two names as spelt."""

    kind: str
    first: str
    second: str
    line: int


def read_pins(path: Path) -> list[Pin]:
    """Pins from a small tab-separated file: ``same<TAB>name A<TAB>name B`` or
    ``different<TAB>name A<TAB>name B`` a line; ``#`` starts a comment. A malformed line
    or two pins that contradict each other is an :class:`~communique.errors.InputError`."""
    if path.exists() and not path.is_file():  # a FIFO would block the read for ever, /dev/zero never end
        raise InputError(
            f"{path}: cannot read the pins (a {'folder' if path.is_dir() else 'device or FIFO'})"
        )
    try:  # utf-8-sig: a spreadsheet's byte-order mark is no part of the first pin
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the pins ({getattr(exc, 'strerror', None) or exc})") from None
    pins: list[Pin] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 3 or cells[0] not in ("same", "different") or not all(cells[1:]):
            raise InputError(f"{path}:{number}: expected 'same' or 'different', a tab, a name, a tab, a name")
        pins.append(Pin(cells[0], cells[1], cells[2], number))
    verdicts: dict[frozenset[Key], Pin] = {}
    for pin in pins:
        pair = frozenset((name_key(pin.first), name_key(pin.second)))
        earlier = verdicts.setdefault(pair, pin)
        if earlier.kind != pin.kind:
            raise InputError(
                f"{path}:{pin.line}: contradicts line {earlier.line} ({pin.first} / {pin.second})"
            )
    return pins


@dataclass
class Person:
    """One person of the corpus and everything the sources say of them."""

    id: str
    name: str
    spellings: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    countries: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    joined_because: list[str] = field(default_factory=list)

    def seen(self, day: dt.date | None) -> None:
        """Widen the first and last seen dates to ``day``."""
        if day is not None:
            self.first_seen = min(self.first_seen or day, day)
            self.last_seen = max(self.last_seen or day, day)

    def to_dict(self, events: Sequence[str]) -> dict[str, object]:
        """The person as a line of ``people.jsonl``, with the ids of their ``events``."""
        return {
            "id": self.id,
            "name": self.name,
            "spellings": [{"name": n, "count": c} for n, c in sorted(self.spellings.items())],
            "titles": sorted(self.titles),
            "countries": sorted(self.countries),
            "organisations": sorted(self.organisations),
            "first_seen": iso(self.first_seen),
            "last_seen": iso(self.last_seen),
            "documents": len(self.documents),
            "events": list(events),
            "joined_because": self.joined_because,
        }


@dataclass(frozen=True)
class Review:
    """Names that may be one person but were not joined: for an analyst to pin."""

    name: str
    candidates: tuple[str, ...]
    reason: str

    def to_dict(self) -> dict[str, object]:
        """As a line of the review list."""
        return {"name": self.name, "candidates": list(self.candidates), "reason": self.reason}


@dataclass
class People:
    """The people of a corpus: each person, who each mention's participants are
    (``of[mention key][i]`` is the id of participant ``i``, or None for an unnamed one),
    and what is left for review."""

    persons: dict[str, Person]
    of: dict[str, tuple[str | None, ...]]
    review: list[Review]


class _Joins:
    """Union-find over spelling nodes that refuses a join a ``different`` pin forbids."""

    def __init__(self, nodes: Iterable[Node], apart: Sequence[tuple[Key, Key]]) -> None:
        self.parent: dict[Node, Node] = {node: node for node in nodes}
        self.keys: dict[Node, set[Key]] = {node: {node[0]} for node in self.parent}
        self.apart = apart

    def find(self, node: Node) -> Node:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def blocked(self, a: Node, b: Node) -> bool:
        ka, kb = self.keys[self.find(a)], self.keys[self.find(b)]
        return any((x in ka and y in kb) or (y in ka and x in kb) for x, y in self.apart)

    def join(self, a: Node, b: Node) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.blocked(ra, rb):
            return False
        ra, rb = min(ra, rb, key=_order), max(ra, rb, key=_order)
        self.parent[rb] = ra
        self.keys[ra] |= self.keys.pop(rb)
        return True


def _order(node: Node) -> tuple[int, Key, str]:
    return (-len(node[0]), node[0], node[1] or "")


def _fullness(name: str, count: int) -> tuple[int, int, bool, str]:
    """How good a spelling is to name a person by: the most words, the most used, not in
    capitals ("SEKOUMBA Mamadou"), then alphabetical, for a stable choice."""
    return (len(fold(name).split()), count, not any(len(w) > 1 and w.isupper() for w in name.split()), name)


def _is_part(short: Key, long: Key) -> bool:
    """Whether every word of ``short`` is a word of ``long``, an initial the start of one."""
    rest = list(long)
    for word in short:
        match = next((w for w in rest if w == word or (len(word) == 1 and w.startswith(word))), None)
        if match is None:
            return False
        rest.remove(match)
    return True


def resolve(mentions: Sequence[Mention], pins: Sequence[Pin] = ()) -> People:
    """Resolve the named participants of ``mentions`` into people (see the module's rules)."""
    resolver = _Resolver(mentions, pins)
    resolver.pin(pins)
    resolver.same_names()
    resolver.parts()
    return resolver.people(mentions)


class _Resolver:
    """The spellings of a corpus, joined rule by rule, and why."""

    def __init__(self, mentions: Sequence[Mention], pins: Sequence[Pin]) -> None:
        #: How each node is spelt (without honorifics), and in which documents.
        self.spelt: dict[Node, Counter[str]] = defaultdict(Counter)
        self.docs: dict[Node, set[str]] = defaultdict(set)
        for m in mentions:
            for p in m.participants:
                if p.name and (key := name_key(p.name)):
                    node = (key, p.party)
                    self.spelt[node][spelling(p.name)[0]] += 1
                    self.docs[node].add(m.doc.id)
        self.by_key: dict[Key, list[Node]] = defaultdict(list)
        for node in sorted(self.spelt, key=_order):
            self.by_key[node[0]].append(node)
        apart = [(name_key(p.first), name_key(p.second)) for p in pins if p.kind == "different"]
        self.joins = _Joins(self.spelt, apart)
        self.why: dict[Node, list[str]] = defaultdict(list)
        self.review: list[Review] = []

    def shown(self, node: Node) -> str:
        """The node's most used spelling."""
        return self.spelt[node].most_common(1)[0][0]

    def join(self, target: Node, node: Node, reason: str) -> bool:
        """Join ``node`` to ``target``'s person, unless a pin forbids it; whether it did."""
        if self.joins.join(target, node):
            self.why[target].append(reason)
            return True
        return False

    def pin(self, pins: Sequence[Pin]) -> None:
        """Rule 3 first: what the analyst said is the same person is."""
        for pin in pins:
            if pin.kind == "same":
                keys = (name_key(pin.first), name_key(pin.second))
                nodes = [n for k in keys for n in self.by_key.get(k, [])]
                for node in nodes[1:]:
                    self.join(nodes[0], node, f"pinned: {pin.first} is {pin.second}")

    def same_names(self) -> None:
        """Rule 1: the same key and a compatible country."""
        for nodes in self.by_key.values():
            countries = sorted({party for _, party in nodes if party})
            bearers = tuple(f"{self.shown(n)} ({n[1]})" for n in nodes if n[1])
            if len(countries) > 1:
                self.review.append(Review(self.shown(nodes[0]), bearers, f"the same name in {', '.join(countries)}: kept apart"))  # fmt: skip
            for node in nodes:
                if node[1] is None and len(countries) > 1:
                    self.review.append(Review(self.shown(node), bearers,
                                              f"no country given, and people of {', '.join(countries)} bear this name"))  # fmt: skip
                elif node[1] is None or len(countries) == 1:
                    target = next(n for n in nodes if n[1] == (countries[0] if countries else None))
                    if node != target:
                        self.join(target, node, f"{self.shown(node)!r} is the same name")

    def parts(self) -> None:
        """Rule 2: a shorter name joins the one longer name it is part of."""
        holders: dict[str, set[Key]] = defaultdict(set)
        for key in self.by_key:
            for word in key:
                holders[word].add(key)
        for node in sorted(self.spelt, key=_order):
            key, party = node
            full = [w for w in key if len(w) > 1]
            if not full:
                continue
            longer = set.intersection(*(holders[w] for w in full))
            candidates = [n for k in longer if k != key and _is_part(key, k) for n in self.by_key[k]
                          if party is None or n[1] in (None, party)]  # fmt: skip
            roots = {self.joins.find(n) for n in candidates}
            if not roots or roots == {self.joins.find(node)}:
                continue
            context = [n for n in candidates if self.docs[n] & self.docs[node]]
            if len(roots) == 1 and (len(key) > 1 or party is not None):
                target, reason = candidates[0], "the only longer name it is part of"
            elif len({self.joins.find(n) for n in context}) == 1:
                target, reason = context[0], "the longer name in the same communiqués"
            else:
                names = tuple(sorted({self.shown(n) for n in candidates}))
                why = "part of several names" if len(roots) > 1 else "one word, no country, never beside it"
                self.review.append(Review(self.shown(node), names, f"{why}: not joined"))
                continue
            said = f"{self.shown(node)!r} taken as {self.shown(target)!r}: {reason}"
            if not self.join(target, node, said):
                self.review.append(
                    Review(self.shown(node), (self.shown(target),), "a 'different' pin kept them apart")
                )

    def people(self, mentions: Sequence[Mention]) -> People:
        """The people the joins make, and who each mention's participants are."""
        members: dict[Node, list[Node]] = defaultdict(list)
        for node in self.spelt:
            members[self.joins.find(node)].append(node)
        ids: dict[Node, str] = {}
        persons: dict[str, Person] = {}
        for root in sorted(members, key=_order):
            names: Counter[str] = Counter()
            for node in members[root]:
                names.update(self.spelt[node])
            canonical = max(names, key=lambda n: _fullness(n, names[n]))
            base = "p-" + "-".join(fold(canonical).split())
            pid, extra = base, 1
            while pid in persons:
                extra += 1
                pid = f"{base}-{extra}"
            ids[root] = pid
            persons[pid] = Person(
                pid, canonical, joined_because=[r for n in members[root] for r in self.why[n]]
            )
        of: dict[str, tuple[str | None, ...]] = {}
        for m in mentions:
            found: list[str | None] = []
            for p in m.participants:
                shown, key = spelling(p.name) if p.name else ("", ())
                if not key:
                    found.append(None)
                    continue
                person = persons[ids[self.joins.find((key, p.party))]]
                found.append(person.id)
                person.spellings[shown] += 1
                if p.title:
                    person.titles[p.title] += 1
                person.countries.update([p.party] if p.party else [])
                person.organisations.update([p.organisation] if p.organisation else [])
                person.documents.add(m.doc.id)
                person.seen(m.date or m.doc.published)
                person.seen(m.end_date)
            of[m.key] = tuple(found)
        return People(persons, of, sorted(set(self.review), key=lambda r: (r.name, r.reason)))
