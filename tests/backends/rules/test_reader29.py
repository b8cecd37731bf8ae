"""What the classes the 25th real-text reading left open need of the offline reader, each
written in new words: a minister's or chief's visit to his own units, men or fair stand is no
meeting, while a visit abroad stays one."""

from __future__ import annotations

from support import only_meeting, read_offline


def test_a_tour_of_ones_own_stations_told_in_the_next_sentence_is_no_meeting() -> None:
    analysis = read_offline(
        "Le ministre de l'Administration territoriale et de la Sécurité, Boukary Sawadogo, a effectué jeudi une "
        "tournée dans les provinces du Sourou et du Nayala. Au cours de son périple, le ministre a visité "
        "plusieurs commissariats et brigades de gendarmerie pour écouter les agents."
    )
    assert not analysis.is_meeting_report


def test_a_chief_seeing_his_men_at_a_fair_stand_is_no_meeting() -> None:
    analysis = read_offline(
        "Le Directeur général de la Sûreté, accompagné de son état-major, a visité mardi le Salon de Kaolack "
        "pour apprécier le travail de ses hommes. Il a félicité les agents du stand de la police."
    )
    assert not analysis.is_meeting_report


def test_a_minister_meeting_and_praising_his_investigators_is_no_meeting() -> None:
    analysis = read_offline(
        "Pour féliciter les enquêteurs, le ministre de l'Intérieur, Paul Mercier, s'est rendu lundi à l'Office "
        "central de lutte contre la criminalité organisée."
    )
    assert not analysis.is_meeting_report
    analysis = read_offline(
        "Le 2 mars, accompagné du directeur de la gendarmerie, le ministre Paul Mercier s'est rendu à la brigade "
        "de Koné, où il a pu échanger avec les militaires."
    )
    assert not analysis.is_meeting_report


def test_a_visit_to_a_foreign_counterparts_stations_is_still_a_meeting() -> None:
    meeting = only_meeting(
        "Le ministre nigérien de l'Intérieur, Hamadou Souley, a effectué lundi une visite de travail à Lomé, où il "
        "a été reçu par son homologue togolais, Yark Damehame. Il a ensuite visité plusieurs commissariats."
    )
    assert set(meeting.parties) == {"NE", "TG"}
