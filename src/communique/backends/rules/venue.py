"""Where a meeting took place: the city and country a sentence, a dateline or a headline
gives it (:func:`_location`, :func:`_place_in`), and the venues that name no city (a
ministry, a headquarters, an embassy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from communique import regexes
from communique.backends.rules import cues, kinds, outcomes
from communique.backends.rules.encounters import _EMBASSY_BEFORE, _VENUE, _Segment, _unquoted
from communique.backends.rules.narrative import _EVE, _narrative, _recall_marker
from communique.normalise import dates, places
from communique.schema import OutcomeType
from communique.text import branched, fold, fold_map

#: A city and a country (a code), either unknown.
_Place = tuple[str | None, str | None]


def _location(segment: _Segment, fallback: _Place) -> tuple[str | None, str | None, str | None]:
    """City, country (a code) and venue: from the opening sentence, else from the first
    later sentence that places the meeting, else the place of what it is on the eve of
    (« À la veille de l'ouverture, demain à Tunis, de la session »), else ``fallback``
    (the dateline's city, or the place a further encounter of a visit takes from the
    meeting before)."""
    city = country = venue = None
    # a later sentence of what was agreed places what is to come, not the meeting (« sont
    # convenus d'organiser à Nouakchott un atelier »), and so does one of a follow-up told
    # without a verb of agreement ("X will pay a return visit to Kampala", « Une réunion de suivi
    # se tiendra à Ouagadougou »); one that recalls an earlier encounter (« Pour rappel, … avait
    # déjà rencontré M. X en mars 2025 à Nouakchott ») places that one
    narrative = [
        _narrative(sentence)
        for sentence in segment.describing
        if sentence is segment.opening
        or not (
            outcomes.commitment(sentence)
            or _recall_marker(sentence)
            or _follow_up(sentence)
            or (_TO_BE_HELD.search(sentence) and not cues.FUTURE.search(segment.opening))
        )
    ]
    if _EVE.match(segment.opening):
        narrative.append(_unquoted(segment.opening))
    for sentence in narrative:
        # (a sentence that names the country only leaves its city to a later one that names the encounter
        # before it: "… met the Commissioner of Police of Tonga. … on his first visit to the Police Headquarters
        # in Nuku'alofa"; not "law and order in Dhaka were discussed during the meeting")
        # (a city of that country a later sentence opens on is the meeting's: "… lors d'un déplacement en Italie. A
        # Rome, le ministre a participé à un déjeuner de travail avec son homologue")
        first: re.Match[str] | None = _PLACE_FIRST.match(sentence) if country is not None else None
        fronted = _place_in(sentence[: first.end()]) if first else (None, None)
        if fronted[0] and fronted[1] == country:
            city = fronted[0]
            break
        noun: re.Match[str] | None = cues.ENCOUNTER_NOUN.search(sentence) if country is not None else None
        if country is not None and noun is None:
            continue
        c, k = _place_in(sentence[noun.start() :] if noun else sentence)
        if c and country in (None, k):
            city, country = c, k
            break
        country = country or k
    for sentence in narrative:
        match = next(
            (m for m in _VENUE.finditer(sentence) if not _IN_A_TITLE.search(sentence, 0, m.start())), None
        )
        if match:
            venue = match.group(1).strip()
            if city is None:
                c, k = _place_in(sentence[match.start() :])
                if c is None and (
                    after := _city_right_after(sentence[match.end() :]) or _city_closing(venue)
                ):
                    c, k = after.name, after.country
                city, country = c or city, k or country
            break
    if venue and country is None:
        # the seat of a national body, named by its people: "at the headquarters of the Vietnamese Ministry of
        # Public Security" is in Vietnam (the guest comes to the host's seat)
        country = next(
            (
                seat
                for m in places.mentions(venue)
                if (
                    seat := _seat_country(m.organisation, segment)
                    if m.organisation
                    else (m.country if m.text in places.tables().demonym_words else None)
                )
            ),
            None,
        )
    # (a town the tables do not know that the meeting is said to be held in, before the dateline's city: "OTTAWA — …
    # the first meeting of the committee, held in Burnaby on Wednesday"; in the dateline's country, if none is found.
    # Not a town a venue is in, which may be a district of the dateline's city: "at the headquarters in Kacyiru")
    town = (
        next((town for sentence in narrative if (town := _town_in(sentence, held=True))), None)
        if city is None
        else None
    )
    if town is not None and fallback[1] is not None and _agrees(country, fallback[1]):
        city, country = town, fallback[1]
    if city is None and fallback[1] is not None and _agrees(country, fallback[1]):
        city, country = fallback
    if city is None:
        # a town the tables do not know, where the meeting is said to be: « s'est déroulée à Foix », "hosted a
        # delegation … in Burlington" (its country, if any, is the one found)
        city = next((town for sentence in narrative if (town := _town_in(sentence))), None)
    return city, country, venue


#: A gathering said to be held later, in a sentence after the opening: "It was also announced that the caucus meeting
#: will be held in New York on April 30", « Le forum économique se tiendra à Dakar ». After an opening that tells a
#: meeting held, it is another encounter, whose place is not this one's.
_TO_BE_HELD = regexes.compile(
    r"\b(?:will be (?:held|hosted|convened|organi[sz]ed)|will take place|(?:is|are) (?:due |scheduled |set )?to (?:be held|take "
    r"place)|se tiendr(?:a|ont)|aura lieu|auront lieu)\b",
    re.IGNORECASE,
)


def _agrees(country: str | None, dateline: str | None) -> bool:
    """Whether the country the meeting's sentences name leaves the dateline's place the meeting's: none, the
    dateline's own, or one whose demonym the dateline's country shares (« Kinshasa, 03 avril 2026 (ACP).- Le
    commissaire général de la Police nationale congolaise … », whose « congolaise » reads as either Congo)."""
    return country is None or dateline in places.sharing(country)


def _seat_country(organisation: places.Organisation, segment: _Segment) -> str | None:
    """The country of the national body whose seat a venue names; a body whose acronym several countries' bodies
    share (« au siège de la DGPN », « de la DGSN ») is of the country the encounter's sentences name among them (a
    city counts for its country), and of none when they name none of them: its usual country is not evidence."""
    if organisation.country is None or not organisation.also:
        return organisation.country
    named = {
        code
        for sentence in segment.all
        for m in places.mentions(sentence)
        if (code := m.country or (m.city.country if m.city else None))
    }
    placed = organisation.in_country(named)
    return placed.country if placed is not None and placed.country in named else None


def _follow_up(sentence: str) -> bool:
    """Whether a sentence tells a follow-up of the meeting (a return visit, a next meeting)."""
    return any(o.type is OutcomeType.FOLLOW_UP_PLANNED for o in outcomes.in_sentence(sentence))


#: The posts an officer holds in an office or a mission, written to match both a text as written (any case) and
#: folded: « directrice », « chargé d'affaires », "Security Officer", "Counsellor", « attaché ».
_POSTS = (
    r"directeur|directrice|director|chef|head|responsable|sous.direct\w+|conseill\w+|counsel\w*|attach[eé]e?|"
    r"officer|d['’ ]?affaires|consul|secretary|secr[eé]taire|agent|representative|repr[eé]sentant"
)


#: An office named right before a seat, with no verb between: the seat is the office's, in a title, not where
#: the meeting was (« avec la directrice de la coopération internationale au ministère belge de l'Intérieur, X », « le
#: directeur de la coopération, de sécurité et de défense au ministère »,
#: "the Director of Training at the Ministry of Interior, X", "Chargé d'Affaires at the Embassy of Japan"); « Le
#: directeur général a reçu au siège » is a place.
_IN_A_TITLE = regexes.compile(
    rf"\b(?:{_POSTS})\b(?:(?! (?:a|ont|avait|avaient|est|sont|has|have|had|was|were|is|are|will|sera|reçoit|accueille|"
    r"receives|hosts|received|hosted|welcomed|met|meets|rencontre|s'est|se sont)\b)(?:[^,;]|,(?= d[eu'’ ])))*?$",
    re.IGNORECASE,
)


#: A capitalised word after « à » or "in", not followed by another (nor a number): a town, when the tables know
#: no place of that name (:func:`_town_in`); or two, the first a particle towns' names open with, not a person's
#: first name: « à Sidi Kacem », "in Ain Sebaa", « à Saint Louis ».
_TOWN = regexes.compile(
    r"(?<![\w'’-])(?:à|in) ((?:(?:Sidi|Moulay|A[iï]n|Bir|Oued|Ras|Dar|Bou|Beni|Béni|Saint|Sainte|San|Santa|Port|Fort) )?"
    r"[A-ZÀ-Ý][\w'’-]+(?:-[A-ZÀ-Ý][\w'’-]+)*)(?=[\s,.;]|$)(?! [A-ZÀ-Ý0-9(])"
)


def _town_in(sentence: str, *, held: bool = False) -> str | None:
    """The first town the tables do not know that a sentence places something in (with ``held``, one it says
    something was held in: :data:`_HELD_THERE`)."""
    for found in _TOWN.finditer(sentence):
        town = found.group(1)
        if held and not _HELD_THERE.search(sentence, max(0, found.start() - 40), found.start()):
            continue
        if _OPERATIONS_THERE.search(fold(sentence[max(0, found.start(1) - 80) : found.start(1)]) + " "):
            continue  # "its drug operations in Labasa": where they are led, not where anyone met
        # (not a month nor a day: "in March", « à Lundi »; nor two or three capitals the tables do not know, an
        # honorific or an acronym: « accordée à SE. Baallal Azzouz »)
        if (
            fold(town) not in dates.MONTHS
            and fold(town) not in dates.WEEKDAYS
            and not places.mentions(town)
            and not (town.isupper() and len(town) <= 3)
        ):
            return town
    return None


#: What says something was held where the words after it place it, right before « à » or "in": "held", "took
#: place", « s'est tenue », « s'est déroulée », « a eu lieu » (a day may come between: "held on Wednesday").
_HELD_THERE = regexes.compile(
    r"\b(?:held|hosted|took place|convened|tenue?s?|d[ée]roul[ée]e?s?|eu lieu)(?:,? (?:on |le |ce |this )?[\w-]+,?){0,2} $"
)


#: A sentence that opens on its place: « A Rome, le ministre … », "In Lima, the two ministers …", or on the stay
#: there: « Durant son séjour à Kinshasa, X a eu des séances de travail … », "During his stay in Lima, …"; or on the
#: guest's arrival there: "Upon his arrival at Beijing Capital International Airport, the minister was received …".
_PLACE_FIRST = regexes.compile(
    r"\s*(?:(?:[Dd]urant|[Pp]endant|[Aa]u cours de|[Dd]uring) (?:son|sa|leur|his|her|their) (?:séjour|stay) )?"
    r"(?:[àÀaA]|[Ii]n|[Aa]t) [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?\s*,"
    r"|\s*(?:[Uu]pon|[Oo]n) (?:his|her|their) arrival (?:at|in) (?:the )?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,4}\s*,"
)


#: A capitalised name after a comma, alone up to the next comma or stop: "…Headquarters, Abuja".
_CITY_AFTER_COMMA = regexes.compile(r"\s*,\s*([A-ZÀ-Ý][\w'’ -]{1,30}?)(?=\s*[,.;]|$)")


def _city_right_after(text: str) -> places.City | None:
    """The city a venue is followed by: "at the Force Headquarters, Abuja"."""
    match = _CITY_AFTER_COMMA.match(text)
    return places.city(match.group(1)) if match else None


def _city_closing(venue: str) -> places.City | None:
    """The city a venue's name ends with, after « de » or "of": « l'Hôtel Radisson Blu de Dakar », « le siège
    de la police de Thiès », "the University of Nairobi" (a city after « de » is not where something is, in a
    sentence, but a venue's own is)."""
    match = _OF_A_CITY.search(venue)
    return places.city(match.group(1)) if match else None


_OF_A_CITY = regexes.compile(r"\b(?:de|d['’]|of)\s*([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2})$")


def _at_an_embassy_in(before: str) -> bool:
    """Whether folded text ends on an embassy one is at, before the city it is in: "at the US Embassy in ", « a l
    ambassade de France a », not an embassy of an officer's title (« l attache de securite interieure a l ambassade de
    France a », "Security Officer at the US Embassy in ")."""
    at = _AT_AN_EMBASSY_IN.search(before)
    return at is not None and not _POSTED_AT.search(before, max(0, at.start() - 50), at.start())


#: An officer's post, right before the embassy he serves at (folded); or his being posted there, told by a
#: participle rather than a post: « en poste à l'ambassade de France à Accra », "posted at the French Embassy in Accra".
_POSTED_AT = regexes.compile(rf"\b(?:{_POSTS}|en poste|posted|stationed)\b(?: [\w-]+){{0,4}} $")


#: At an embassy, before the city it is in (folded): "at the US Embassy in ", « à l ambassade de France a ».
_AT_AN_EMBASSY_IN = regexes.compile(
    r"\b(?:at\s+(?:the\s+)?|a\s+l\s+|au\s+)(?:[\w-]+\s+){0,3}?(?:embassy|ambassade)\s+(?:[\w-]+\s+){0,4}?(?:in|a|en)\s+$"
)


#: A journey's destination before the place's name (folded): « pour », "for", "to", « vers ».
_JOURNEY_TO = regexes.compile(r"\b(?:pour|for|to|vers)\s+$")
#: ... and where the encounter is to be, right after it (folded): « où », ", where".
_WHERE_AFTER = regexes.compile(r",?\s+(?:ou|where)\b")


#: An institution after a country's name (folded): "US Department", "French Ministry", "Kuwait's interior ministry".
_INSTITUTION_AFTER = regexes.compile(
    r"(?: s)? (?:\w+ )?(?:department|ministry|embassy|ministere|ambassade|government|gouvernement)\b"
)


#: The city a journey begins with (folded): « a entamé vendredi, par Dakar, une visite », « a commencé sa tournée par Lomé ».
_BEGUN_BY = regexes.compile(r"\b(?:entame|commence|debute)\b[^.;]{0,40}? par $")


#: Where one who speaks at the encounter says he is: « venir ici, au Bénin », "here in Accra".
_HERE = regexes.compile(r"\b(?:ici,? (?:au|en|à|aux)|here in) [^,;.»\"”]{2,30}", re.IGNORECASE, branched)


#: A street or square, as the tables name a seat by its address: "place beauvau" (folded).
_ADDRESS = regexes.compile(r"(?:place|rue|avenue|boulevard|quai) ")


#: The idiom that sets an encounter in a place, as « à » does (folded): « qui a eu pour cadre le centre des conventions de
#: Kigali », « les entretiens ont eu pour cadre Bamako ».
_SET_IN = r"\b(?:eu|avoir|a|ont) pour cadre"
#: What places what follows in a city or country, at the end of the words before it (folded): "in", « à la »,
#: "in the capital", « dans la capitale malienne, », "who is visiting", "now touring"; or the town visited, its
#: object: "will visit Lusaka", "visited Abuja", « visitera Niamey », and "to visit Lusaka" when one is sent there
#: ("directed the IGP to visit Lusaka"; not an invitation "to visit Amman in the spring", where nobody met).
_PLACED_IN = regexes.compile(
    # (an island named as one: « sur l'île de la Réunion », « à l'île Maurice », « dans l'île d'Anjouan »)
    rf"(?:\b(?:a|sur|dans) l ile(?: de| d)?|\ba|\bau|\baux|\ben|\bin|\bat|\bto|\bdans|{_SET_IN}|\b(?:(?:is|are|was|were) (?:currently |now )?|currently |now )(?:visiting|touring)|"
    rf"\bwill visit|\b{cues.EN_SENT} visit|\bvisited|\bvisiter(?:a|ont))\s+"
    r"(?:la |le |l |the )?"
    r"(?:(?:capital|capitale|city of|ville d[e ]|\w+(?: s)? capital|capitale \w+|(?:economic )?capital of(?: the)?|"
    r"capitale (?:economique )?(?:de la|de l|du|d)),? )?$"
)


#: A town placed by its distance from a city, which is not where the meeting was: « tenu à Grand-Lahou, ville située à
#: une centaine de kilomètres d'Abidjan », "opened at Elmina, a town some 150 kilometres west of Accra".
_TOWN_AWAY = regexes.compile(
    r"(?<![\w'’-])(?:à|in|at) (?P<town>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2}),\s+"
    r"(?:une |a |the )?(?:petite |small )?(?:ville|localité|commune|town|city|village)\b[^,;.]{0,60}?"
    r"\b(?:kilomètres|kilometres|kilometers|km|miles)\b"
)


#: A town named as one, which the tables need not know: "to be held Thursday in the city of Kara", « se tiendra jeudi
#: dans la ville de Kara ».
_TOWN_NAMED = regexes.compile(
    r"(?<![\w'’-])(?:in|dans) (?:the city|the town|la ville|la localité|la commune) (?:of |de |d['’])"
    r"(?P<town>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2})"
)


#: A quarter placed in its commune, which is the city: « à Clercine, commune de Tabarre », « situé à Clercine 8,
#: dans la commune de Tabarre » (the quarter is no city of the record's, its commune is).
_QUARTER_OF_COMMUNE = regexes.compile(
    r"(?<![\w'’-])(?:à|in|at) [A-ZÀ-Ý][\w'’-]+(?: (?:[A-ZÀ-Ý][\w'’-]+|\d{1,3})){0,2},\s+(?:dans la |en la )?"
    r"commune (?:de |d['’])(?P<town>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})"
)


def _town_away(sentence: str) -> tuple[str | None, str | None]:
    """The town a sentence places something in by its distance from a city (:data:`_TOWN_AWAY`), and its country:
    the tables' for a town they know, else the city's it is measured from; or the town it names as one
    (:data:`_TOWN_NAMED`) or as a quarter's commune (:data:`_QUARTER_OF_COMMUNE`), of the country the tables know
    it in, if any."""
    away = _TOWN_AWAY.search(sentence)
    if away is None:
        named = _QUARTER_OF_COMMUNE.search(sentence) or _TOWN_NAMED.search(sentence)
        if named is None:
            return None, None
        known = places.city(named["town"])
        if known is None and (city := _city_right_after(sentence[named.end() :])) is not None:
            return (
                city.name,
                city.country,
            )  # « dans la commune de Cocody, Abidjan »: a quarter of the city after it
        return (known.name, known.country) if known is not None else (named["town"], None)
    if (known := places.city(away["town"])) is not None:
        return known.name, known.country
    beyond = places.mentions(sentence[away.end() : away.end() + 60])
    return away["town"], next(
        (m.city.country if m.city else m.country for m in beyond if m.city or m.country), None
    )


def _place_in(sentence: str) -> tuple[str | None, str | None]:
    """The first city (or else country) the sentence places something in."""
    town, far_from = _town_away(sentence)
    if town is not None:
        return town, far_from
    folded = fold(sentence)
    country = None
    found = places.mentions(sentence)
    # (not an earlier stop of a tour: « après sa visite à Londres hier, … était aujourd'hui à Paris »; nor where an
    # agreement followed up was signed: "to follow up on the agreement signed during the minister's visit to Bangkok")
    stops = (*kinds.earlier_stops(sentence), *kinds.followed_up_signings(sentence))
    # (an envoy posted to one country is most often met in it, but one accredited to several is in none of them as such)
    posted = postings(folded, found)
    posted = posted if len(posted) > 1 else set()
    for index, mention in enumerate(found):
        if any(mention.start in stop for stop in stops):
            continue
        before = folded[: mention.start]
        # (the end of a journey, where the encounter is to be: « a quitté Bamako pour Dakar où il prendra part »,
        # "left Accra for Dakar, where he will attend")
        journey_end = bool(
            mention.city and _JOURNEY_TO.search(before[-12:]) and _WHERE_AFTER.match(folded, mention.end)
        )
        if (
            mention.city
            and _GATHERING_NAMED.match(folded, mention.end)
            and any(later.city and _PLACED_IN.search(folded[: later.start]) for later in found[index + 1 :])
        ):
            # (a gathering named after one city, then said to be held in another: "on the sidelines of the Kigali
            # International Conference Declaration annual meeting …, in the Malawian capital, Lilongwe")
            continue
        if (
            not journey_end
            # (a street or square the tables know is named with no preposition: « a reçu mardi place Beauvau »,
            # « au ministère, place Beauvau, »)
            and not (mention.city and _ADDRESS.match(mention.text))
            # (or the country a guest is visiting: "who is visiting Egypt", "currently visiting Egypt", not "a
            # visiting US delegation")
            and not _PLACED_IN.search(before)
            and not (mention.city and mention.country is None and _BEGUN_BY.search(before[-60:]))
            and not _AFTER_DISTRICT.search(before)
            and not (mention.city and _PART_OF_CITY.search(before[-60:]))
            and not (mention.city and _after_named_quarter(sentence, mention.start))
            and not _AFTER_VENUE.search(before)
            and not (
                mention.city
                and (_GATHERING_OF.search(before[-40:]) or _GATHERING_NAMED.match(folded, mention.end))
            )
            and not _AFTER_ADDRESS.search(before[-_ADDRESS_REACH:])
            and not (_THE_SEAT_BEFORE.search(before[-16:]) and _SEAT_NAMED_AFTER.match(folded, mention.end))
            # (a city that opens the sentence as its host or its dateline; or a capital named by its country that
            # opens it as its host: « La capitale tchadienne a abrité … », "The Malian capital hosted …")
            and not (
                not before.strip()
                and (_HOSTED_IT.match(folded, mention.end) or _DATELINE_AFTER.match(folded, mention.end))
            )
            and not (
                mention.country
                and _CAPITAL_OPENS.fullmatch(before)
                and _HOSTED_IT.match(
                    folded, mention.end + (len(" capital") * folded.startswith(" capital", mention.end))
                )
                and places.capital_meant(folded, found, index)
            )
        ):
            # "in Tehran", "in the capital Tehran", "in Malawi's capital, Lilongwe", « dans la capitale malienne,
            # Bamako »; and a city
            # after the venue it holds: "at the National Police Headquarters Accra", "Force Headquarters, Abuja"
            continue
        if (_EMBASSY_BEFORE.search(before) and not (mention.city and _at_an_embassy_in(before[-120:]))) or (
            mention.country and _INSTITUTION_AFTER.match(folded, mention.end)
        ):
            # "at the US Department of Homeland Security", "at the Embassy of Japan" are offices, not places; the
            # city of an embassy one is at is one ("at the Embassy in Port of Spain", « à l'ambassade de France à
            # Dakar »), not that of an embassy in a title ("the Security Officer of the US Embassy in Nairobi")
            continue
        if mention.city and _STATE_AFTER.match(folded, mention.end):
            # a state or region named after its city, not the city: "the Commissioner of Police in Kaduna State",
            # "in Kano State" (a place in its country)
            country = country or mention.city.country
            continue
        if _LATER_LEG.search(before, max(0, len(before) - 40)):
            # not where they met, but a city further on in the country visited
            country = country or (mention.city.country if mention.city else None)
            continue
        if mention.city and _posting_of(folded, found, index):
            # « l'ambassadeur de Turquie à Beyrouth »: the city he is posted to, not where they met; its country
            # is where an envoy is usually received, and what gives the minister he calls on his side
            country = country or mention.city.country
            continue
        if (
            _ELSEWHERE.search(before, max(0, len(before) - 40))
            or _TRAINED_THERE.search(before, max(0, len(before) - 80))
            or _OPERATIONS_THERE.search(before, max(0, len(before) - 80))
            or _SPOKEN_OF_THERE.search(before, max(0, len(before) - 60))
            or mention.start in posted
        ):
            # « a regagné Niamey … en provenance d'Italie », « résidant au Kenya », "is of great interest to The
            # Gambia", "the situation in Mali", "Ambassador to Kenya and Uganda": not where they met
            continue
        if mention.city and not (mention.country and _COUNTRY_PREPOSITION.search(before)):
            return mention.city.name, _stated_country(folded, found, mention) or mention.city.country
        if mention.country and (capital := places.capital_meant(folded, found, index)):
            return capital.name, capital.country
        demonym = mention.text in places.tables().demonym_words  # "to the Iraqi police" places nothing
        # (nor the country an envoy serves: « a reçu l'ambassadeur des USA » is most often in the country he is
        # posted to, not his own)
        if (
            mention.country
            and country is None
            and not mention.organisation
            and not demonym
            and not _served_by_envoy(folded, mention)
        ):
            country = mention.country
    return None, country


#: An envoy named by the country he serves, right before it (folded): « ambassadeur de », « ambassadrice d »,
#: "ambassador of the ".
_ENVOY_OF = regexes.compile(
    r"\b(?:ambassadeur|ambassadrice|ambassador|consul|consule|charge d affaires)(?: general| generale)?\s+"
    r"(?:de la |de l |de |du |des |d |of (?:the )?)$"
)


def _served_by_envoy(folded: str, mention: places.Mention) -> bool:
    """Whether the country ``mention`` is named as the one an envoy serves (« l'ambassadeur des USA »), in
    ``folded``, the folded text it was found in."""
    return (
        mention.country is not None
        and _ENVOY_OF.search(folded, max(0, mention.start - 40), mention.start) is not None
    )


#: What comes between a country and the city of a posting (folded): « à », "in".
_POSTED_IN = regexes.compile(r"\s+(?:a|in)\s+")


def _posting_of(folded: str, found: Sequence[places.Mention], index: int) -> bool:
    """Whether the city ``found[index]`` is an envoy's posting, after the country he serves: « l'ambassadeur de
    Turquie à Beyrouth », "the Ambassador of Japan in Nairobi"."""
    served = found[index - 1] if index else None
    return (
        served is not None
        and served.country is not None
        and served.city is None
        and _POSTED_IN.fullmatch(folded, served.end, found[index].start) is not None
        and _ENVOY_OF.search(folded, max(0, served.start - 40), served.start) is not None
    )


def _stated_country(folded: str, found: Sequence[places.Mention], city: places.Mention) -> str | None:
    """The country the sentence says a city is in, when it is not the one of the tables' city of that name:
    "the Kingston Police Service in Ontario, Canada" (not Jamaica's), "Mwanza Police Station in Malawi"."""
    name = folded[city.start : city.end]
    for other in found:
        if not other.country or other.city or other.organisation or city.city is None:
            continue
        if other.country == city.city.country:
            continue
        at = folded.rfind(name, max(0, other.start - 60), other.start)
        if at >= 0 and _IN_A_COUNTRY.search(folded, at + len(name), other.start):
            return other.country
    return None


#: What joins a city to the country it is in, right before the country: "… Police Service in Ontario, ".
_IN_A_COUNTRY = regexes.compile(r"\b(?:in|en|au|aux)\s+(?:[\w'-]+,?\s+)?$")


#: A gathering named by its city (folded): « La rencontre de Libreville a permis … », « en marge du sommet de
#: Niamey », "the Second Baghdad International Conference on Drug Control".
_GATHERING_OF = regexes.compile(
    r"\b(?:(?:la|cette) (?:rencontre|reunion|session|conference)|(?:le|du|au|ce) (?:sommet|forum)) (?:de|d) $"
)


_GATHERING_NAMED = regexes.compile(
    r" (?:international |regional |security )?(?:conference|forum|summit|dialogue)\b"
)


#: A place the encounter was not in (folded): one goes back to or leaves (« a regagné Niamey », « a quitté
#: Dakar », "returned to Abuja", "left Nairobi"), where an envoy accredited to several countries resides
#: (« résidant au Kenya », "resident in Nairobi"), or something is of use or of interest to, or given to
#: ("is of great interest to The Gambia", "a threat to Kenya", "support to Mali").
_ELSEWHERE = regexes.compile(
    r"\b(?:a|ont|est|sont) (?:regagne|quitte|rejoint|retourne a|rentre a|rentree a)(?: \w+)? $|"
    r"\b(?:returned|returns|return|flew back|came back|went back|back) (?:home )?(?:to|in) (?:the )?$|\b(?:left|leaves|departed) (?:the )?$|"
    r"\b(?:residant|residente?|resident|based|basee?|en residence) (?:a|au|aux|en|in|at) (?:the )?$|"
    r"\b(?:interest|importance|benefit|beneficial|useful|value|threat|danger|challenge|support|assistance|"
    r"aid|gratitude|thanks|grateful|commitment|loyalty) to (?:the )?$"
)


#: Where officers are to be trained (folded): « la formation des gendarmes et des policiers en Russie ».
_TRAINED_THERE = regexes.compile(r"\b(?:formation|stages?|training)\b[^,;.]{0,60}? (?:en|au|aux|in) $")
#: Where operations are led (folded, so the operations right before their place, but for the words that qualify them:
#: the commas are gone): "its ongoing drug operations in Labasa during a courtesy call", « les opérations antidrogue
#: menées à Mahajanga » (not where the encounter was).
_OPERATIONS_THERE = regexes.compile(
    r"\b(?:operations?|raids?|seizures?|patrols?|crackdowns?|saisies?|patrouilles?|descentes?)"
    r"(?: (?:antidrogue|anti drogue|conjointes?|en cours|menees?|conduites?|led|carried out|conducted|under ?way)){0,2} "
    r"(?:en|au|aux|in|a|at|on) $"
)


#: A place something spoken of is in (folded, so the noun right before the place but for up to two words that qualify
#: it): "the security situation in Burkina Faso", "the crisis in South Sudan", « la situation sécuritaire au Mali »,
#: « l'évolution de la crise en Libye ». A subject of the talks, not where they were held.
_SPOKEN_OF_THERE = regexes.compile(
    r"\b(?:situation|crisis|crises|crise|conflict|conflit|war|guerre|insecurity|insecurite|instability|instabilite|"
    r"tensions?|unrest|developments|evolution)(?: [\w-]+){0,2} (?:en|au|aux|in|a|dans) (?:the |la |le |l )?$|"
    # people spoken of where they are: "addressed the issue of undocumented Pakistanis in the US", « la question des
    # migrants irréguliers en Libye »
    r"\b(?:issue|question|problem|plight|matter|repatriation|return|situation) (?:of|des|du|de) (?:the )?(?:[\w-]+ ){1,5}?"
    r"(?:en|au|aux|in|dans) (?:the |la |le |l )?$"
)


#: An envoy's posting, before the country it names (folded): "Ambassador to the", « ambassadeur du Niger au »,
#: « chargé d'affaires en ». The country is where he serves, his hosts' unless an international body hosts him; not
#: where he resides, when that is another (« ambassadrice du Japon résidant au Kenya », "based in Nairobi").
_POSTED_BEFORE = regexes.compile(
    r"\b(?:ambassad\w*|embass\w*|high commissioner|haut commissaire|charge d affaires|envoy|consul(?: general)?)\s+"
    r"(?:(?!residant|resident|based|basee?)[\w-]+\s+){0,3}?(?:to|in|en|au|aux|a|(?:au)?pres d\w*|pres)\s+(?:the\s+|la\s+|le\s+|l\s+)?$"
)


#: What joins a further posting to the one before it (folded): "to Kenya, Uganda and Rwanda", « en Allemagne, en
#: Autriche et en Suisse ».
_FURTHER_POSTING = regexes.compile(r" (?:(?:and|et) )?(?:(?:to|in|en|au|aux|a) )?(?:(?:the|la|le|l) )?")


def postings(folded: str, found: Sequence[places.Mention]) -> set[int]:
    """Where (the starts of) the countries an envoy is posted to are, in ``folded`` whose ``found`` mentions are
    ordered: "Ghana's Ambassador to the Netherlands", and each of a list, "High Commissioner to Kenya, Uganda and
    Rwanda", « l'ambassadeur du Bénin en Allemagne, en Autriche et en Suisse ». Where he serves is not his side; the
    one country he is posted to is most often his hosts' and where he meets them, but none of several is."""
    posted: set[int] = set()
    end = -1
    for mention in found:
        if mention.country is None:
            continue
        if _POSTED_BEFORE.search(folded, max(0, mention.start - 80), mention.start) or (
            end >= 0 and _FURTHER_POSTING.fullmatch(folded, end, mention.start)
        ):
            posted.add(mention.start)
            end = mention.end
    return posted


#: The next leg of a trip, after the encounter told (folded): "will then travel on to Sydney", "will move to
#: Toronto", « se rendra ensuite à Lyon » (not "will travel to Paris", where an announced encounter is).
_LATER_LEG = regexes.compile(
    r"\bwill (?:then |later |next |subsequently |afterwards )(?:travel|move|proceed|head|go|fly|continue)(?: on)? to (?:the )?$|"
    r"\bwill (?:move|travel on|proceed|head|go on|continue on) to (?:the )?$|"
    r"\b(?:se rendra|rejoindra|gagnera) (?:ensuite|par la suite|apres) (?:a|au|aux|en) $"
)


#: A city that opens a sentence as the host of what it tells (folded): "Tashkent hosted the regular
#: meeting of the Council …", « Niamey a abrité la réunion … » (not a next edition's: "Singapore will host").
_HOSTED_IT = regexes.compile(r" (?:hosted|is hosting|a accueilli|accueille|a abrite|abrite)\b")


#: The words before a country's name or adjective that make it its capital as a sentence's subject (folded): « la
#: capitale » (« La capitale malienne abrite »), "the" ("The Malian capital hosted", its "capital" after it).
_CAPITAL_OPENS = regexes.compile(r"\s*(?:la capitale|the) ")


#: ... or as the dateline a paragraph opens with, a full date after it (folded): « Moroni, le 08
#: septembre 2025, Le Ministre … », or in figures: « Moroni, le 08/09/2025, » (folded « 08 09 2025 »).
_DATELINE_AFTER = regexes.compile(r" (?:le )?\d{1,2}(?:er)? (?:[a-z]+|\d{1,2}) \d{4}\b")


#: What names a state or a region after the city it is named after (folded): "Kaduna State", "Kano State command".
_STATE_AFTER = regexes.compile(r" (?:state|region|province)\b")


#: The French prepositions of a country, not of a city (folded): « en visite au Luxembourg » is in the
#: country, « à Luxembourg » in its capital.
_COUNTRY_PREPOSITION = regexes.compile(r"\b(?:au|aux|en)\s+$")


#: A quarter or a seat known by its name alone, set off by a comma before its city (as written, in capitals): "at
#: Bukit Aman, Kuala Lumpur", "in Singha Durbar, Kathmandu", « à Bukit Aman, Nairobi ».
_AFTER_NAMED_QUARTER = regexes.compile(r"\b(?:at|in|à|au)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s*$")


def _after_named_quarter(sentence: str, start: int) -> bool:
    """Whether the place found at ``start`` of the folded sentence comes after a quarter named as
    :data:`_AFTER_NAMED_QUARTER` says, in the sentence as written."""
    at = fold_map(sentence)[1][start]
    return _AFTER_NAMED_QUARTER.search(sentence, max(0, at - 60), at) is not None


#: A district or a quarter of one word before its city (folded, so without the comma): "at the RNP
#: General Headquarters in Kacyiru, Kigali", "in downtown Nairobi" (not "in particular, Kigali", nor the
#: English article before the people of a delegation: "with a visiting US delegation").
_AFTER_DISTRICT = regexes.compile(
    r"(?:\ba|\ben|\bin|\bdans)\s+(?!(?:particular|addition|turn|fact|general|short|contrast|response|visiting|"
    r"particulier|outre|effet|revanche|somme|bref|general|which|lequel|laquelle|and|et)\s)[\w'-]+\s$"
)


#: The city a district is said to be part of, in apposition (folded): "at the headquarters in Westlands, a suburb of
#: Nairobi", "in the outskirts of Kigali", « dans la banlieue de Dakar » (the district, which the tables do not know,
#: is no city of its own).
_PART_OF_CITY = regexes.compile(
    r"\b(?:a|an|the|one of the|la|les|une)? ?(?:[\w-]+ )?(?:(?:suburb|district|neighbou?rhood|quarter|township|borough|"
    r"faubourg)s?|outskirts|banlieue|peripherie) (?:of|de|d) $"
)


#: A school or a headquarters named after its city, visited or met at: "visited the Kolkata Police
#: Training College", "at the Lagos Police Academy" (folded; the city is where it stands).
_THE_SEAT_BEFORE = regexes.compile(r"\b(?:at|visited|visit to|visits|toured) the $")


_SEAT_NAMED_AFTER = regexes.compile(
    r" (?:[\w-]+ ){0,3}?(?:academy|college|school|training (?:centre|center|college|school)|headquarters)\b"
)


#: An office and its address, the city last (folded text): "at her office, Federal Secretariat
#: Complex, Central Business District, Abuja" (looked for in the last :data:`_ADDRESS_REACH`
#: characters before the city: an address is short, and a search back over a whole sentence of
#: places, for each, would be quadratic).
_AFTER_ADDRESS = regexes.compile(
    r"\b(?:at|a|au) (?:(?:his|her|their|its|the|son|sa|leur|le|la) |l )?(?:office|offices|bureau|bureaux)(?: [\w'-]+){1,8} $"
)


_ADDRESS_REACH = 160


#: A venue's head word right before a city (folded): "Police Headquarters Accra", "Louis Edet
#: House, Force Headquarters, Abuja", "the Police Administration Building, Port of Spain", "at the Police Staff
#: College, Jos", or with the city's district between: "at the Commission's Corporate Headquarters, Jabi, Abuja".
_AFTER_VENUE = regexes.compile(
    rf"\b(?:at|in|au|a|{_SET_IN}) (?:the |la |le |l )?(?:[\w-]+ ){{0,6}}?"
    r"(?:headquarters|hq|house|siege|hotel|building|complex|college|academy|school|barracks) "
    r"(?:[\w-]+ ){0,2}$"
    # ... or the airport of the city: « accueilli à l'aéroport international de Bujumbura »
    rf"|\b(?:at|au|a|{_SET_IN}) (?:the |l )?(?:[\w-]+ ){{0,2}}?(?:airport|aeroport)(?: international| internationale)? (?:de |d |of )$"
    # ... or its university, academy or palace: « a siégé à l'Université de Genève », "at the University of Nairobi"
    rf"|\b(?:at|au|a|{_SET_IN}) (?:the |l |la |le )?(?:universite|university|academie|academy|palais|palace|ecole)(?: [\w-]+){{0,3}}? (?:de |d |of )$"
    # ... or its conference centre: « au Centre international de conférences de Niamey »
    rf"|\b(?:at|au|a|{_SET_IN}) (?:the |l |le )?(?:centre|center)(?: [\w-]+){{1,4}}? (?:de |d |of )$"
)


#: A setting that is not the encounter itself: "en marge de la conférence X, ...".
_SIDELINES = regexes.compile(
    r"\s*(?:en marge d[eu'] ?|on the (?:side[- ]?lines|margins) of )[^,]*,?", re.IGNORECASE
)


#: The opening or the closing of a gathering told as its ceremony.
_CEREMONY = regexes.compile(
    r"\bcérémonie (?:officielle )?d['’]ouverture|\bcérémonie (?:officielle )?de clôture|\b(?:opening|closing) ceremony",
    re.IGNORECASE,
)


#: The encounter just told, said to have been a call: "This came during a phone call on Tuesday",
#: « Ces propos ont été tenus lors d'un entretien téléphonique ».
_CALL_TOLD = regexes.compile(
    r"\b(?:this|it|that|the remarks|these remarks) (?:came|was made|were made|took place) (?:during|in|over) (?:a|the) "
    r"(?:phone|telephone|video) (?:call|conversation)|\b(?:lors|au cours) d'(?:un|une) (?:entretien|conversation|échange) "
    r"(?:téléphonique|par visioconférence)",
    re.IGNORECASE,
    branched,
)


#: Some who joined from afar, the rest being there: "officials of the bureau joined by video link".
_FROM_AFAR = regexes.compile(
    r"\b(?:joined|joining|connected|participated|took part|(?:a|ont) rejoint|(?:a|ont) participé)\b[^.;]*$"
)
