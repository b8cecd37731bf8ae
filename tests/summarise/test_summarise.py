"""Summaries written from the record: both languages, the limits, and French that reads right."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.ground import summary_problems
from communique.normalise import places
from communique.schema import Analysis, Document, Location, Meeting, Participant, Summary
from communique.summarise import in_city_fr, in_country_fr, write


def record(*meetings: Meeting, language: str = "fr") -> Analysis:
    return Analysis(
        document=Document(id="t", language=language),
        is_meeting_report=bool(meetings),
        meetings=list(meetings),
    )


def person(name: str | None, party: str, role: str, title: str | None = None) -> Participant:
    return Participant(name=name, title=title, party=party, role=role)


def meeting(*people: Participant, parties: list[str], **fields: object) -> Meeting:
    return Meeting(**{"kind": "working_meeting", "parties": parties, "participants": list(people), **fields})


@pytest.mark.parametrize(
    ("name", "phrase"),
    [("Maroc", "au Maroc"), ("France", "en France"), ("Espagne", "en Espagne"), ("États-Unis", "aux États-Unis"),
     ("Mexique", "au Mexique"), ("Iran", "en Iran"), ("Pays-Bas", "aux Pays-Bas")],
)  # fmt: skip
def test_french_preposition_of_countries(name: str, phrase: str) -> None:
    assert in_country_fr(name) == phrase


@pytest.mark.parametrize(
    ("city", "phrase"),
    [("Algiers", "à Alger"), ("Cairo", "au Caire"), ("The Hague", "à La Haye"), ("Brussels", "à Bruxelles"),
     ("Rabat", "à Rabat"), ("Kuwait City", "à Koweït"), ("Ouagadougou", "à Ouagadougou"),
     ("Springfield", "à Springfield")],
)  # fmt: skip
def test_a_city_is_named_as_french_writes_it(city: str, phrase: str) -> None:
    """A record holds cities in English (the spec); a French summary gives their French
    names, and a city the tables do not know as the record has it."""
    assert in_city_fr(places.city_name(city, "fr")) == phrase
    assert places.city_name(city, "en") == city


def test_a_french_summary_places_the_meeting_in_the_french_city() -> None:
    summary = write(record(meeting(
        person("Karim Alaoui", "MA", "guest"), person("Amira Haddad", "EG", "host"), parties=["EG", "MA"],
        date=dt.date(2026, 3, 3), location=Location(city="Cairo", country="EG"),
    )))  # fmt: skip
    assert summary.fr.startswith("Le 3 mars 2026 au Caire, ")
    assert summary.en.startswith("On 3 March 2026 in Cairo, ")
    assert summary_problems(summary, ["Karim Alaoui", "Amira Haddad"]) == []


@pytest.mark.parametrize(
    ("country", "english", "french"),
    [("NL", "in the Netherlands", "aux Pays-Bas"), ("PH", "in the Philippines", "aux Philippines"),
     ("GM", "in the Gambia", "en Gambie"), ("RW", "in Rwanda", "au Rwanda"), ("MG", "in Madagascar", "à Madagascar"),
     ("DJ", "in Djibouti", "à Djibouti"), ("OM", "in Oman", "en Oman"), ("FJ", "in Fiji", "aux Fidji"),
     ("BB", "in Barbados", "à la Barbade")],
)  # fmt: skip
def test_a_meeting_placed_in_a_country_alone_names_it_with_its_article(
    country: str, english: str, french: str
) -> None:
    summary = write(record(meeting(
        person("Karim Alaoui", "MA", "guest"), person("Amira Haddad", country, "host"), parties=[country, "MA"],
        date=dt.date(2026, 3, 3), location=Location(country=country),
    )))  # fmt: skip
    assert summary.en.startswith(f"On 3 March 2026 {english}, ") and summary.fr.startswith(
        f"Le 3 mars 2026 {french}, "
    )


def test_one_meeting_in_both_languages() -> None:
    summary = write(record(meeting(
        person("Karim Alaoui", "MA", "host"), person("Lucía Romero", "ES", "guest"), parties=["ES", "MA"],
        date=dt.date(2026, 3, 3), end_date=dt.date(2026, 3, 5), location=Location(city="Rabat", country="MA"),
        topics=["terrorism", "training"],
    )))  # fmt: skip
    assert summary.fr == (
        "Du 3 au 5 mars 2026 à Rabat, Karim Alaoui (Maroc) a tenu une réunion de travail avec Lucía Romero (Espagne). "
        "Les échanges ont porté sur le terrorisme et la formation."
    )
    assert summary.en == (
        "From 3 to 5 March 2026 in Rabat, Karim Alaoui (Morocco) held a working meeting with Lucía Romero (Spain). "
        "The talks covered terrorism and training."
    )
    assert summary_problems(summary, ["Karim Alaoui", "Lucía Romero"]) == []


def test_plural_subjects_agree_and_parties_take_articles() -> None:
    summary = write(record(meeting(
        person("Karim Alaoui", "MA", "host"), person("Sara Idrissi", "MA", "host"), parties=["MA", "US"],
        status="announced",
    )))  # fmt: skip
    assert summary.fr.startswith(
        "Karim Alaoui et Sara Idrissi (Maroc) doivent tenir une réunion de travail avec des représentants des États-Unis"
    )
    assert summary.en.startswith(
        "Karim Alaoui and Sara Idrissi (Morocco) are to hold a working meeting with representatives of the United States"
    )


def test_unnamed_office_holders_in_the_other_language() -> None:
    host = person(None, "DZ", "host", title="Directeur général de la Sûreté nationale")
    summary = write(record(meeting(host, person("Ana Lopes", "PT", "guest"), parties=["DZ", "PT"])))
    assert summary.fr.startswith("Le Directeur général de la Sûreté nationale (Algérie) a tenu")
    assert summary.en.startswith("A senior official of Algeria held")


def test_series_of_talks_is_one_clause() -> None:
    host = person("Karim Alaoui", "MA", "host")
    talks = [meeting(host, person(name, code, "guest"), parties=["MA", code], location=Location(city="Madrid"))
             for name, code in (("Ana Lopes", "PT"), ("Omar Said", "AE"), ("Jan Vos", "NL"))]  # fmt: skip
    summary = write(record(*talks))
    assert summary.fr.startswith(
        "À Madrid, Karim Alaoui (Maroc) a eu des entretiens séparés avec Ana Lopes (Portugal), Omar Said (Émirats arabes unis) et Jan Vos (Pays-Bas)."
    )


def test_a_series_names_every_counterpart_once_in_one_list() -> None:
    """A counterpart side of two people does not make "A et B et C"."""
    host = person("Karim Alaoui", "MA", "host")
    first = meeting(
        host,
        person("Khaled Nouri", "TN", "guest"),
        person("Tarek Salem", "TN", "guest"),
        parties=["MA", "TN"],
    )
    second = meeting(host, person("Omar Said", "AE", "guest"), parties=["AE", "MA"])  # fmt: skip
    summary = write(record(first, second))
    assert summary.fr == (
        "Karim Alaoui (Maroc) a eu des entretiens séparés avec Khaled Nouri, Tarek Salem (Tunisie) et "
        "Omar Said (Émirats arabes unis)."
    )
    assert summary.en == (
        "Karim Alaoui (Morocco) held separate talks with Khaled Nouri, Tarek Salem (Tunisia) and "
        "Omar Said (United Arab Emirates)."
    )


@pytest.mark.parametrize(
    ("code", "fr", "en"),
    [("EU", "des représentants de l'UE", "representatives of the EU"),
     ("LAS", "des représentants de la Ligue arabe", "representatives of the LAS"),
     ("ECOWAS", "des représentants de la CEDEAO", "representatives of ECOWAS"),
     ("NATO", "des représentants de l'OTAN", "representatives of NATO"),
     ("OSCE", "des représentants de l'OSCE", "representatives of the OSCE"),
     ("GCC", "des représentants du CCG", "representatives of the GCC"),
     ("INTERPOL", "des représentants d'INTERPOL", "representatives of INTERPOL"),
     ("WAPCCO", "des représentants de WAPCCO", "representatives of WAPCCO")],
)  # fmt: skip
def test_an_organisation_is_named_as_each_language_writes_it(code: str, fr: str, en: str) -> None:
    summary = write(record(meeting(person("Karim Alaoui", "MA", "host"), parties=["MA", code])))
    assert fr in summary.fr and en in summary.en


def test_a_series_with_a_counterpart_known_only_by_its_country() -> None:
    host = person("Kamel Belabed", "DZ", "host")
    talks = [meeting(host, person("Lorenzo Ferrara", "IT", "guest"), parties=["DZ", "IT"]),
             meeting(host, parties=["DZ", "QA"])]  # fmt: skip
    assert write(record(*talks)).en == (
        "Kamel Belabed (Algeria) held separate talks with Lorenzo Ferrara (Italy) and representatives of Qatar."
    )


def test_one_counterpart_met_twice_or_talks_held_and_to_come_are_no_series() -> None:
    host = person("Kamel Belabed", "DZ", "host")
    twice = [meeting(host, parties=["DZ", "GB"]), meeting(host, parties=["DZ", "GB"], status="announced")]
    summary = write(record(*twice))
    assert "separate" not in summary.en and summary.en.count("Kamel Belabed") == 2
    mixed = [meeting(host, person("Lorenzo Ferrara", "IT", "guest"), parties=["DZ", "IT"]),
             meeting(host, person("Ana Lopes", "PT", "guest"), parties=["DZ", "PT"], status="announced")]  # fmt: skip
    assert "separate" not in write(record(*mixed)).en
    announced = [meeting(host, person("Lorenzo Ferrara", "IT", "guest"), parties=["DZ", "IT"], status="announced"),
                 meeting(host, person("Ana Lopes", "PT", "guest"), parties=["DZ", "PT"], status="announced")]  # fmt: skip
    summary = write(record(*announced))
    assert summary.en.startswith(
        "Kamel Belabed (Algeria) is to hold separate talks with Lorenzo Ferrara (Italy)"
    )
    assert summary.fr.startswith(
        "Kamel Belabed (Algérie) doit avoir des entretiens séparés avec Lorenzo Ferrara"
    )


def test_a_guest_met_by_several_hosts_is_a_series_told_from_the_guest() -> None:
    guest = person("Okello Mwesige", "UG", "guest")
    talks = [meeting(person(name, "RW", "host"), guest, parties=["RW", "UG"], date=dt.date(2026, 7, 7),
                     location=Location(city="Kigali", country="RW")) for name in ("Théo Habimana", "Alice Uwera")]  # fmt: skip
    assert write(record(*talks)).fr == (
        "Le 7 juillet 2026 à Kigali, Okello Mwesige (Ouganda) a eu des entretiens séparés avec Théo Habimana et "
        "Alice Uwera (Rwanda)."
    )


def test_a_second_meeting_of_the_same_day_and_place_does_not_say_them_again() -> None:
    where = {"date": dt.date(2026, 7, 7), "location": Location(city="Kigali", country="RW")}
    first = meeting(
        person("Théo Habimana", "RW", "host"),
        person("Okello Mwesige", "UG", "guest"),
        parties=["RW", "UG"],
        **where,
    )
    second = meeting(person("Alice Uwera", "RW", "host"), person("Ana Lopes", "PT", "guest"),
                     parties=["PT", "RW"], **where)  # fmt: skip
    assert write(record(first, second)).en == (
        "On 7 July 2026 in Kigali, Théo Habimana (Rwanda) held a working meeting with Okello Mwesige (Uganda); "
        "Alice Uwera (Rwanda) held a working meeting with Ana Lopes (Portugal)."
    )


def test_two_sides_that_act_together_are_one_list() -> None:
    """A signing, a conference: "A (Allemagne), B et C (Tunisie) ont signé", never "A
    (Allemagne) et B et C (Tunisie)"."""
    summary = write(record(meeting(
        person("Katrin Vollmer", "DE", "host"), person("Mourad Salah", "TN", "guest"),
        person("Hatem Jaziri", "TN", "guest"), parties=["DE", "TN"], kind="signing",
    )))  # fmt: skip
    assert (
        summary.fr
        == "Katrin Vollmer (Allemagne), Mourad Salah et Hatem Jaziri (Tunisie) ont signé un accord."
    )
    assert (
        summary.en == "Katrin Vollmer (Germany), Mourad Salah and Hatem Jaziri (Tunisia) signed an agreement."
    )


def test_the_talks_of_an_announced_meeting_are_to_come() -> None:
    summary = write(record(meeting(
        person("Karim Alaoui", "MA", "host"), person("Ana Lopes", "PT", "guest"), parties=["MA", "PT"],
        status="announced", topics=["terrorism"],
    )))  # fmt: skip
    assert summary.fr.endswith("Les échanges doivent porter sur le terrorisme.")
    assert summary.en.endswith("The talks are to cover terrorism.")


def test_a_meeting_with_no_one_named_and_no_side_known_has_a_subject() -> None:
    summary = write(
        record(meeting(parties=[], date=dt.date(2026, 3, 4), kind="conference", topics=["terrorism"]))
    )
    assert summary.fr.startswith(
        "Le 4 mars 2026, des responsables de la sécurité ont pris part à une rencontre"
    )
    assert summary.en.startswith("On 4 March 2026, security officials took part in a meeting")
    assert summary_problems(summary, []) == []
    bare = write(record(meeting(parties=[], status="announced")))
    assert (
        bare.en.startswith("Security officials are to take part in a meeting")
        and "  " not in bare.en + bare.fr
    )


def test_no_meeting_and_the_word_limit() -> None:
    assert write(record()).en == "This communiqué reports no meeting between security officials."
    crowded = record(*[
        meeting(person(f"Host Number{i}", "MA", "host"), person(f"Guest Number{i}", "ES", "guest"), parties=["ES", "MA"],
                topics=["terrorism", "training", "cybercrime", "forensics", "extradition", "border_security"])
        for i in range(6)
    ])  # fmt: skip
    summary = write(crowded)
    assert summary_problems(summary, [f"{r} Number{i}" for r in ("Host", "Guest") for i in range(6)]) == []
    assert isinstance(summary, Summary)


def test_the_party_a_side_holds_is_said_even_when_its_people_have_none() -> None:
    """The other side's one party goes with its people ("B (Norway)"); parties no one
    holds are their representatives; hosts of no party hold the one party their
    counterparts leave, and are not guessed otherwise."""
    guest = Participant(name="Ingrid Solvang", role="guest")
    summary = write(
        record(meeting(person("Tomás Ibarra", "ES", "host"), guest, parties=["ES", "NO"]), language="en")
    )
    assert "Ingrid Solvang (Norway)" in summary.en and "Ingrid Solvang (Norvège)" in summary.fr
    assert "representatives" not in summary.en
    crowd = meeting(person("Leila Mansour", "AFRIPOL", "participant"), person("Jonas Berg", "UNODC", "participant"),
                    parties=["AFRIPOL", "UNODC", "ML", "NE"], kind="conference")  # fmt: skip
    summary = write(record(crowd, language="en"))
    assert "and representatives of Mali and Niger are to" not in summary.en
    assert "Jonas Berg (UNODC) and representatives of Mali and Niger took part" in summary.en
    assert "des représentants du Mali et du Niger ont participé" in summary.fr
    unsided = meeting(Participant(name="Ana Ruiz", role="host"), guest, parties=["ES", "NO"])
    assert "(" not in write(record(unsided, language="en")).en
    # the hosts hold the one party their counterparts leave: "Ana Ruiz (Spain)", never
    # "Ana Ruiz and Jonas Berg (Sweden)", which reads as two Swedes
    pact = meeting(Participant(name="Ana Ruiz", role="host"), person("Jonas Berg", "SE", "guest"),
                   parties=["ES", "SE"], kind="signing")  # fmt: skip
    assert "Ana Ruiz (Spain) and Jonas Berg (Sweden) signed" in write(record(pact, language="en")).en
    call = meeting(Participant(name="Abakar Djibrine", role="participant"),
                   person("Salifou Bello", "NE", "participant"), parties=["NE", "TD"], kind="call")  # fmt: skip
    summary = write(record(call))
    assert "Abakar Djibrine (Chad) held a call with Salifou Bello (Niger)" in summary.en
    assert "Abakar Djibrine (Tchad)" in summary.fr
    # two parties left: either may be the host's, and one of them may be his: no guess,
    # no representatives beside him
    trio = meeting(Participant(name="Ana Ruiz", role="host"), person("Jonas Berg", "SE", "guest"),
                   parties=["ES", "PT", "SE"], kind="signing")  # fmt: skip
    assert "Ana Ruiz and Jonas Berg (Sweden) signed" in write(record(trio, language="en")).en


def test_as_many_people_and_meetings_as_the_word_limit_allows() -> None:
    delegation = [person(f"Officer Name{i}", "SN", "guest") for i in range(5)]
    summary = write(record(meeting(person("Rachid Amrani", "MA", "host"), *delegation, parties=["MA", "SN"])))
    assert all(f"Officer Name{i}" in summary.en and f"Officer Name{i}" in summary.fr for i in range(5))
    assert "more participant" not in summary.en
    crowded = meeting(person("Rachid Amrani", "MA", "host"),
                      *[person(f"Abdoulaye Seck Ndiaye{i}", "SN", "guest")
                        for i in range(12)], parties=["MA", "SN"])  # fmt: skip
    summary = write(record(crowded))
    assert "more participants" in summary.en and "autres participants" in summary.fr
    assert summary_problems(summary, [p.name or "" for p in crowded.participants]) == []
    tour = [meeting(person(f"Host Name{i}", code, "host"), person("Awa Diallo", "SN", "guest"), parties=[code, "SN"],
                    date=dt.date(2026, 5, 4 + i)) for i, code in enumerate(("GH", "TG", "BJ"))]  # fmt: skip
    summary = write(record(*tour, language="en"))
    assert all(f"Host Name{i}" in summary.en for i in range(3)) and "more meeting" not in summary.en


def test_people_of_no_party_side_by_side_are_each_named() -> None:
    hosts = [Participant(name=name, role="host") for name in ("Kofi Mensah", "Esi Boateng")]
    summary = write(
        record(meeting(*hosts, person("Jan Visser", "NL", "guest"), parties=["NL"]), language="en")
    )
    assert (
        "Kofi Mensah and Esi Boateng held" in summary.en
        and "Kofi Mensah et Esi Boateng ont tenu" in summary.fr
    )


def test_au_is_the_african_union_when_one_of_its_people_holds_an_office_of_the_union() -> None:
    """The spec gives the African Union the ISO code of Australia (AU): a summary names
    the Union when someone of that party holds one of its offices, Australia otherwise."""
    commissioner = Participant(
        name="Amara Keita", title="Commissaire à la sécurité de l'UA", party="AU", role="guest"
    )
    union = meeting(person("Omar Benali", "DZ", "host"), commissioner, parties=["AU", "DZ"])
    summary = write(record(union))
    assert "Amara Keita (African Union)" in summary.en and "Amara Keita (Union africaine)" in summary.fr
    police = meeting(
        person("Omar Benali", "DZ", "host"), person("Grace Walker", "AU", "guest"), parties=["AU", "DZ"]
    )
    assert "Grace Walker (Australia)" in write(record(police)).en


@pytest.mark.parametrize(
    ("text", "en", "fr"),
    [
        (
            "Les experts de l'Union africaine et d'AFRIPOL se sont réunis à Oran.",
            "the African Union",
            "de l'Union africaine",
        ),
        (
            "The AU Commission and AFRIPOL convened experts in Oran.",
            "the African Union",
            "de l'Union africaine",
        ),
        ("Les experts de l'UA et de la police australienne se sont réunis.", "Australia", "de l'Australie"),
        ("Experts from Australia met AFRIPOL in Oran.", "Australia", "de l'Australie"),
    ],
)
def test_au_is_the_african_union_when_the_text_names_the_union_and_not_australia(
    text: str, en: str, fr: str
) -> None:
    """With no one of the party ``AU`` to tell, the text does: the Union named (by its
    name or « UA », "AU") and Australia not."""
    crowd = meeting(
        person("Farid Belkacem", "DZ", "host"), parties=["AFRIPOL", "AU", "DZ"], kind="conference"
    )
    summary = write(record(crowd, language="en"), text)
    assert f"representatives of AFRIPOL and {en}" in summary.en
    assert f"{fr}" in summary.fr


def test_a_title_cut_with_its_sentence_s_full_stop_is_written_without_it() -> None:
    envoy = Participant(title="ambassador of Egypt to China.", party="EG", role="host")
    summary = write(
        record(meeting(envoy, person("Li Wen", "CN", "guest"), parties=["CN", "EG"]), language="en")
    )
    assert summary.en.startswith("The ambassador of Egypt to China (Egypt) held")


@pytest.mark.parametrize(
    ("code", "french"),
    [("OM", "des représentants d'Oman"), ("MG", "des représentants de Madagascar"), ("FJ", "des représentants des Fidji"),
     ("IL", "des représentants d'Israël"), ("MA", "des représentants du Maroc")],
)  # fmt: skip
def test_a_side_named_in_french_takes_the_article_its_name_takes(code: str, french: str) -> None:
    summary = write(record(meeting(parties=[code], date=dt.date(2026, 3, 3))))
    assert french in summary.fr, summary.fr


def test_those_of_no_side_beside_a_host_and_a_guest_named_are_present_not_received() -> None:
    staff = [Participant(name=name, role="participant") for name in ("Issa Haroun", "Paul Ndong")]
    summary = write(record(meeting(
        person("Ali Mahamat", "TD", "host"), person("Kenji Sato", "JP", "guest"), *staff,
        parties=["JP", "TD"], kind="official_visit",
    )))  # fmt: skip
    assert summary.fr == (
        "Ali Mahamat (Tchad) a reçu Kenji Sato (Japon) en visite officielle, en présence d'Issa Haroun et Paul Ndong."
    )
    assert summary.en == (
        "Ali Mahamat (Chad) received Kenji Sato (Japan) on an official visit, with Issa Haroun and Paul Ndong also present."
    )
    assert summary_problems(summary, ["Ali Mahamat", "Kenji Sato", "Issa Haroun", "Paul Ndong"]) == []


def test_beside_a_guest_known_by_his_office_alone_everyone_else_is_met() -> None:
    summary = write(record(meeting(
        person("Ali Mahamat", "TD", "host"), person(None, "JP", "guest", title="l'ambassadeur du Japon"),
        Participant(name="Paul Ndong", role="participant"), parties=["JP", "TD"],
    )))  # fmt: skip
    assert "présence" not in summary.fr and "Paul Ndong" in summary.fr


def test_a_guest_is_never_told_as_the_one_who_received() -> None:
    """A meeting with a guest and no host names someone else as the one who received: one of a side, or the one
    other person there (was: the first listed, the guest, "X (Guinea) received Y (Senegal)" of X's visit to Y)."""
    visitor = person("Alpha Condé Bah", "GN", "guest")
    minister = Participant(name="Aliou Ndiaye", title="ministre de l'Intérieur", role="participant")
    visit = meeting(visitor, minister, parties=["GN", "SN"], kind="official_visit")
    assert write(record(visit, language="fr")).en.startswith(
        "Aliou Ndiaye (Senegal) received Alpha Condé Bah (Guinea)"
    )
    sided = meeting(visitor, person("Jean Mugabo", "RW", "participant"), Participant(name="Paul Ndong", role="participant"),
                    parties=["GN", "RW"], kind="official_visit")  # fmt: skip
    assert write(record(sided, language="fr")).en.startswith(
        "Jean Mugabo (Rwanda) received Alpha Condé Bah (Guinea)"
    )
