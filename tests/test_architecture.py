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
