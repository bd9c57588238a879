"""Letters that re's IGNORECASE folds differently from str.lower() never crash who-said-what."""

import pytest

from reader_app.analysis.attribution import find_attributions
from reader_app.analysis.sentences import split_sentences


@pytest.mark.parametrize(
    "title",
    ["M\u017f", "MR\u017f", "Mr\u017f", "Dr", "\u212aing"],  # long s; Kelvin sign as a K
)
def test_a_title_spelt_with_folding_letters_gives_attributions_not_an_error(title):
    text = (
        f"{title} Jane Doe, the mayor, said the bridge would open on Monday. "
        f'"It is ready," she said. {title} Doe added that it cost $3m.'
    )
    found = find_attributions(text, split_sentences(text), None)
    assert found and all("Doe" in a.speaker for a in found)
