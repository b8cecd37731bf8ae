"""Person names: a run of capitalised words cut down to the name it ends with."""

from __future__ import annotations

import pytest

from communique.normalise.names import person_like, trim


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # an office or a unit before the name, its first word one a name could have ("NZ")
        ("NZ Police Andrew Coster", "Andrew Coster"),
        ("Directeur Abdellatif Hammouchi", "Abdellatif Hammouchi"),
        ("Fiji Police Force Commissioner Jone Vakaloloma", "Jone Vakaloloma"),
        # particles, initials and words after a particle stay in the name
        ("Maarten de Vries", "Maarten de Vries"),
        ("Samuel T. Kollie-Dennis", "Samuel T. Kollie-Dennis"),
        ("Ely Cheikh Ould Baba Ahmed", "Ely Cheikh Ould Baba Ahmed"),
        ("Anne-Claire de la Roncière", "Anne-Claire de la Roncière"),
        ("Ahmed Ould El Général", "Ahmed Ould El Général"),
    ],
)
def test_a_run_is_cut_to_the_name_it_ends_with(run: str, name: str) -> None:
    assert trim(run) == name
    assert person_like(trim(run))


def test_a_run_with_no_name_in_it_is_nothing() -> None:
    assert trim("Public Relations Department") == ""
