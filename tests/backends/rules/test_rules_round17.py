"""What a seventeenth reading of real communiqués (55 texts, about 47 publishers) showed the
offline reader getting wrong, as classes: each test is written in new words."""

from __future__ import annotations

import pytest
from support import offline_names


@pytest.mark.parametrize(
    "statement",
    [
        "The Director of Public Affairs, ACP Abena Owusu, in a statement on Sunday, said",
        "The Police Public Relations Officer, DSP Abena Owusu, in a statement, said",
        "The Police Public Relations Officer, DSP Abena Owusu, said in a statement that",
    ],
)
def test_the_spokesperson_who_tells_of_the_meeting_did_not_take_part(statement: str) -> None:
    text = (
        "The Inspector-General of Police, Kwame Mensah, has received a German delegation led by Petra Hoffmann, "
        f"Vice-President of the Federal Criminal Police Office. {statement} the delegation, which included "
        "Markus Weber, a liaison officer at the German Embassy, discussed support for the cybercrime unit."
    )
    assert offline_names(text) == {"Kwame Mensah", "Petra Hoffmann", "Markus Weber"}


def test_a_delegation_list_names_no_firm_as_a_person() -> None:
    text = (
        "The Inspector General of Police, Moses Kato, on Tuesday hosted a Danish delegation led by Henrik Lund. "
        "The delegation included Jens Madsen, Managing Director of Nordlys Secure Limited, and Karen Holm, a "
        "senior adviser at Baltic Shield Holdings. The visitors later toured the Yusuf Lule Causeway."
    )
    assert offline_names(text) == {"Moses Kato", "Henrik Lund", "Jens Madsen", "Karen Holm"}
