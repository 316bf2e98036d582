"""The core stays pure: nothing in briefings/ imports a chat SDK, a scheduler, a database driver or the bot."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

FORBIDDEN = {
    "discord",
    "slack_bolt",
    "slack_sdk",
    "apscheduler",
    "sqlalchemy",
    "psycopg",
    "jinja2",
    "aiohttp",
    "bot",
}


def test_the_core_imports_no_adapter_library() -> None:
    """Every import in briefings/ is the standard library or briefings itself."""
    offenders = []
    for path in (ROOT / "briefings").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


CLOCK_READS = ("date.today", "datetime.now", "datetime.utcnow", "datetime.today", "time.time", "time.localtime")


def test_the_core_never_reads_the_clock() -> None:
    """Time is passed into briefings/ (`as_of`, `now`); no call there reads today's date or the wall clock."""
    offenders = []
    for path in (ROOT / "briefings").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                name = f"{owner.id if isinstance(owner, ast.Name) else '?'}.{node.func.attr}"
                if name in CLOCK_READS:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}()")
    assert offenders == []
