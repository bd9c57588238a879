"""Analysis <-> JSON-ready dict, lossless: tuples, nested spans and optional fields come back as they were.

Driven by the dataclasses' own type hints, so a field added to the model later is carried
without touching this module; a field missing from an old cache entry takes its default.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any

from reader_app.model import Analysis


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    return _encode(analysis)


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    return _decode(Analysis, data)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        args = typing.get_args(hint)
        item = args[0] if args else Any
        return tuple(_decode(item, v) for v in data)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, data)
    if hint is float and isinstance(data, int):
        return float(data)
    return data


def _decode_dataclass(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    kwargs = {
        f.name: _decode(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)
        if f.name in data
    }
    return cls(**kwargs)
