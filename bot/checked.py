"""Is a value read back from disk what its type says? A kept briefing is built only from the core's dataclasses,
but a tampered or corrupted file can fill their fields with anything; `conforms` checks every field, nested,
against its annotation, so such a briefing is rebuilt instead of failing every command. A checker is compiled
once per annotation (a briefing of 10,000 sources is checked in a fraction of its unpickling time)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Literal, Union

Check = Callable[[object], bool]
_EXACT = (str, int, bool, dt.date, dt.datetime, type(None))


@cache
def field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, its resolved annotation) for each field of a dataclass."""
    names = {f.name for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    return tuple((name, hint) for name, hint in hints.items() if name in names)


def conforms(value: object, hint: Any) -> bool:
    """Whether `value` is of type `hint` (dataclasses field by field, tuples item by item)."""
    return checker(hint)(value)


@cache
def checker(hint: Any) -> Check:
    """A function telling whether a value is of type `hint`."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any:
        return lambda value: True
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = checker(args[0])
        if args[0] in _EXACT:
            kind = args[0]
            return lambda value: type(value) is tuple and all(type(v) is kind for v in value)
        return lambda value: type(value) is tuple and all(map(item, value))
    if origin is tuple:
        parts = tuple(checker(a) for a in args)
        return lambda value: (
            type(value) is tuple and len(value) == len(parts) and all(c(v) for c, v in zip(parts, value))  # noqa: B905
        )
    if origin is Union or origin is types.UnionType:
        options = tuple(checker(a) for a in args)
        return lambda value: any(c(value) for c in options)
    if origin is Literal:
        return lambda value: value in args
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_checker(hint)
    if hint is float:
        return lambda value: type(value) in (float, int)
    if hint in _EXACT:
        return lambda value: type(value) is hint
    if origin is not None:
        return lambda value: isinstance(value, origin)
    return (lambda value: isinstance(value, hint)) if isinstance(hint, type) else (lambda value: True)


def _dataclass_checker(cls: type) -> Check:
    fields: list[tuple[str, Check]] = []

    def check(value: object) -> bool:
        if type(value) is not cls:
            return False
        if not fields:  # filled on first use: a dataclass may refer to itself
            fields.extend((name, checker(hint)) for name, hint in field_hints(typing.cast(Any, cls)))
        return all(c(getattr(value, name)) for name, c in fields)

    return check
