"""README's colour table names every highlight layer of the palette, with its meaning, and its screenshot exists."""

import re
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
PALETTE = tomllib.loads((REPO / "resources" / "palette.toml").read_text(encoding="utf-8"))
LAYERS = PALETTE["palettes"]["okabe-ito"]["layers"]
STYLE_WORDS = {"fill": "tint", "underline": "solid", "wave": "wavy", "dot": "dotted",
               "dash": "dashed", "box": "box", "double": "double"}


def _table_row(label: str) -> str:
    rows = [line for line in README.splitlines() if line.startswith(f"| {label} |")]
    assert rows, f"README's colour table has no row for the layer {label!r}"
    return rows[0]


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_colour_table_describes_each_layer(layer):
    spec = LAYERS[layer]
    row = _table_row(spec["label"])
    assert spec["description"] in row
    assert STYLE_WORDS[spec["style"]] in row


def test_readme_images_exist():
    for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README):
        assert (REPO / target).is_file(), f"README shows {target}, which is not in the repository"
