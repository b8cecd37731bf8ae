"""A governing body of an organisation of several countries that met, told by its verb alone
(« Le comité de direction de FRANCOPOL s'est réuni du 2 au 6 mars »), is a meeting report, a
conference; a national service's own committee that met is not. Written in new words after a
text of the twenty-fourth reading of real communiqués."""

from __future__ import annotations

import pytest
from support import only_meeting, read_offline

from communique.schema import MeetingKind


@pytest.mark.parametrize(
    "text",
    [
        "Le comité de direction de FRANCOPOL s'est réuni du 2 au 6 mars 2026 à Montréal.",
        "The Executive Committee of AFRIPOL met on Monday in Algiers to prepare the general assembly.",
    ],
)
def test_the_governing_body_of_an_organisation_that_met_is_a_conference(text: str) -> None:
    meeting = only_meeting(text, published="2026-03-10")
    assert meeting.kind is MeetingKind.CONFERENCE and len(meeting.parties) == 1


def test_a_national_services_own_committee_that_met_is_no_meeting_report() -> None:
    analysis = read_offline(
        "Le comité de direction de la DGSN s'est réuni lundi à Rabat.", published="2026-03-10"
    )
    assert not analysis.is_meeting_report
