"""Plain JSON data from briefbook's frozen dataclasses and back, guided by their type hints.

The reading cache stores each article's reading this way: data, never code, so a file
planted in the cache can at worst be a miss (``briefbook.project.cache``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class CodecError(ValueError):
    """The data does not fit the type it is read as."""


def to_data(value: Any) -> Any:
    """JSON-ready data: dataclasses as objects of their fields, models as their JSON."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, BaseModel):
        # a model writes itself as its input is written (dates as "2025-03-04")
        as_data = getattr(value, "as_data", None)
        return as_data() if callable(as_data) else value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise CodecError(f"cannot store a {type(value).__name__}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(tp: Any, data: Any) -> Any:
    """A value of type ``tp`` from :func:`to_data`'s output; raises :class:`CodecError`."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        last: Exception | None = None
        for arg in (a for a in args if a is not type(None)):
            try:
                return from_data(arg, data)
            except (CodecError, TypeError, ValueError) as exc:
                last = exc
        raise CodecError(f"{data!r} fits none of {tp}") from last
    if origin is typing.Literal:
        if data not in args:
            raise CodecError(f"{data!r} is not one of {args}")
        return data
    if origin is tuple:
        _check(data, list)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], v) for v in data)
        return tuple(from_data(a, v) for a, v in zip(args, data, strict=True))
    if origin is dict:
        _check(data, dict)
        return {from_data(args[0], k): from_data(args[1], v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        _check(data, dict)
        hints = _hints(tp)
        fields = {f.name for f in dataclasses.fields(tp) if f.init}
        if set(data) - fields:
            raise CodecError(f"unknown fields for {tp.__name__}: {sorted(set(data) - fields)}")
        return tp(**{k: from_data(hints[k], v) for k, v in data.items()})
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp.model_validate(data)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if tp is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if tp in (str, int, bool) and type(data) is tp:
        return data
    if tp is Any:
        return data
    raise CodecError(f"{data!r} is not a {tp}")


def _check(data: Any, kind: type) -> None:
    if not isinstance(data, kind):
        raise CodecError(f"expected a {kind.__name__}, got {type(data).__name__}")
