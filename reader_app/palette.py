"""The highlight palette (colours, line styles, labels), read from resources/palette.toml for every surface."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from reader_app.resource_files import resource_path

DEFAULT_PALETTE = "okabe-ito"
FLAG_LAYERS = (
    "puffery",
    "pejorative",
    "loaded",
    "emotive",
    "honorific",
    "certainty",
    "hedge",
    "reporting_verb",
)


@dataclass(frozen=True)
class LayerStyle:
    key: str
    label: str
    color: str  # line / marker colour, "#RRGGBB"
    fill: str  # background tint, "#RRGGBB"
    style: str  # "fill", "underline", "wave", "dot", "dash", "box", "double"
    description: str


@dataclass(frozen=True)
class Palette:
    name: str
    label: str
    layers: dict[str, LayerStyle]
    speaker_fills: tuple[str, ...]

    def layer(self, key: str) -> LayerStyle:
        return self.layers[key]

    def speaker_fill(self, index: int) -> str:
        return self.speaker_fills[index % len(self.speaker_fills)]


@cache
def load_palette(name: str = DEFAULT_PALETTE) -> Palette:
    data = tomllib.loads(resource_path("palette.toml").read_text(encoding="utf-8"))
    palettes = data["palettes"]
    raw = palettes.get(name) or palettes[DEFAULT_PALETTE]
    layers = {
        key: LayerStyle(key, v["label"], v["color"], v["fill"], v["style"], v["description"])
        for key, v in raw["layers"].items()
    }
    return Palette(name, raw["label"], layers, tuple(raw["speakers"]["fills"]))


def tint(colour: str, strength: float = 0.55) -> str:
    """A lighter "#RRGGBB" (mixed with white) so text stays readable on a label's colour."""
    try:
        rgb = [int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return colour
    return "#" + "".join(f"{round(255 - (255 - c) * strength):02X}" for c in rgb)


def label_style(name: str, colour: str) -> LayerStyle:
    """How a reader's note with codebook label ``name`` looks: boxed, tinted in the label's colour."""
    return LayerStyle(
        f"label:{name}",
        f"Label: {name}",
        colour,
        tint(colour),
        "box",
        "Your notes with this label.",
    )


def palette_names() -> list[str]:
    data = tomllib.loads(resource_path("palette.toml").read_text(encoding="utf-8"))
    return list(data["palettes"])
