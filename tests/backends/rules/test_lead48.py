"""Pages as real sites and posts print them: paragraphs set out as a list's items, with bullets,
dashes or emoji before them. Every sentence invented, none an eval case's."""

from __future__ import annotations

import pytest
from support import read_offline

from communique.normalise.names import person_shaped
from communique.text import sentences


@pytest.mark.parametrize("mark", ["•", "-", "–", "*", "▪", "►", "🔹", "👉", "▶️", "📌", "-->"])
def test_a_sentence_starts_after_the_marks_of_a_list_item(mark: str) -> None:
    assert sentences(f"Headline\n\n{mark} In the talks, both sides agreed.\n\n{mark}  Second item.") == (
        "Headline",
        "In the talks, both sides agreed.",
        "Second item.",
    )


@pytest.mark.parametrize(
    "kept",
    ["« Nous coopérons », a dit le ministre.", '"We cooperate," the minister said.', "(Photo) The two chiefs.",
     "$5 million was pledged.", "- ", "•"],
)  # fmt: skip
def test_what_is_no_item_mark_stays(kept: str) -> None:
    assert sentences(kept) == (kept.strip(),)


@pytest.mark.parametrize("mark", ["", "• ", "🔹 ", "– "])
def test_a_meeting_told_in_a_bulleted_paragraph_is_read_as_in_a_plain_one(mark: str) -> None:
    text = (
        "Ghana and Liberia hold first police chiefs' dialogue\n\n"
        "Ghana and Liberia on Friday agreed to work jointly against smugglers on their shared coast.\n\n"
        f"{mark}In the first police chiefs' dialogue, the Ghanaian team was led by COP Kofi Asante and the "
        "Liberian delegation was led by Inspector General Moses Flomo.\n\n"
        f"{mark}Both sides decided to set up contact points for sharing intelligence."
    )
    record = read_offline(text, "2026-04-11")
    assert record.is_meeting_report
    assert {p.name for m in record.meetings for p in m.participants} == {"Kofi Asante", "Moses Flomo"}


@pytest.mark.parametrize(
    "run",
    ["Reply Cancel", "Tweeter WhatsApp", "Contact Menu Search", "Releases Speeches Features Contact",
     "Articles Similaires", "WEB DESK", "Peter Osei Ladies", "Discours de Awa Diallo", "SÉANCE DE TRAVAIL"],
)  # fmt: skip
def test_a_pages_furniture_and_a_speechs_salutations_are_no_names(run: str) -> None:
    assert not person_shaped(run)


def test_a_page_flattened_to_one_line_names_no_button_nor_salutation() -> None:
    text = (
        "Home News Releases Speeches Features Contact Police chiefs of Togo and Benin meet in Lomé "
        "The Director General of the National Police, Kodjo Amavi, on Tuesday received his Beninese counterpart, "
        "Comlan Houngbo, in Lomé. Ladies and Gentlemen, cooperation is our shield, Mr Amavi said. "
        "Leave a Reply Cancel reply Your email address will not be published."
    )
    names = {p.name for m in read_offline(text, "2026-04-15").meetings for p in m.participants}
    assert names == {"Kodjo Amavi", "Comlan Houngbo"}
