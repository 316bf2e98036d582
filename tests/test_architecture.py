"""The core stays pure: nothing in briefings/ imports a chat SDK, a scheduler, a database driver or the bot."""

from __future__ import annotations

import ast
from pathlib import Path

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
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "briefings").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


CLOCK_READS = (
    "date.today",
    "datetime.now",
    "datetime.utcnow",
    "datetime.today",
    "time.time",
    "time.localtime",
)


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


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_adapter_imports_another_and_renderers_import_no_sdk() -> None:
    """bot/platforms/X never imports bot.platforms.Y; Block Kit, embed and text renderers are pure functions."""
    offenders = []
    platforms = ROOT / "bot" / "platforms"
    for path in platforms.rglob("*.py"):
        own = path.relative_to(platforms).parts[0]
        for name in _imports(path):
            parts = name.split(".")
            if parts[:2] == ["bot", "platforms"] and len(parts) > 2 and parts[2] != own:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    renderers = [ROOT / "bot" / "render" / "__init__.py", platforms / "slack" / "blocks.py"]
    renderers.append(platforms / "discord" / "embeds.py")
    for path in renderers:
        for name in _imports(path):
            if name.split(".")[0] in ("slack_sdk", "slack_bolt", "discord", "aiohttp", "sqlalchemy"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_every_command_is_routed_in_one_place() -> None:
    """Only bot/app.py calls the command handlers; adapters and preview go through Application.handle."""
    handlers = {"summit_reply", "who_reply", "handle_digest", "help_reply"}
    offenders = []
    for path in (ROOT / "bot").rglob("*.py"):
        if path.name in ("app.py", "commands.py", "cli.py"):
            continue  # cli.py's one-shot `summit`/`who` print a reply without a chat platform
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id in handlers:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.id}")
    assert offenders == []


def test_every_stage_needs_only_what_an_earlier_step_makes() -> None:
    """In the order the runner runs the pipeline, each stage's needs are inputs or made by an earlier step (or,
    per article, by an earlier stage of its own pass), and the last step makes the Briefing."""
    from briefings.pipeline import INPUTS, PIPELINE
    from briefings.runner import ARTICLE, Pass

    made = set(INPUTS)
    for step in PIPELINE.steps:
        if isinstance(step, Pass):
            assert step.over in made, step.name
            inside = {ARTICLE}
            for stage in step.stages:
                assert set(stage.requires) <= made | inside, stage.name
                inside.add(stage.name)
            made |= inside - {ARTICLE}
        else:
            assert set(step.requires) <= made, step.name
            made.add(step.name)
    last = PIPELINE.steps[-1]
    assert not isinstance(last, Pass) and last.name == "briefing"


FOLDERS = ("briefings", "bot", "bench")


def test_nothing_imports_another_modules_internals() -> None:
    """No module of briefings/, bot/ or bench/ imports a leading-underscore name from another module of ours:
    what a stage shares is its public functions, the rest may change without notice."""
    offenders = []
    for folder in ("briefings", "bot", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FOLDERS:
                    offenders += [
                        f"{path.relative_to(ROOT)}:{node.lineno}: {a.name}"
                        for a in node.names
                        if a.name.startswith("_") and not a.name.startswith("__")
                    ]
    assert offenders == []


# The packages of briefings/ in the order the flow runs: each may import an earlier one, never a later one.
FLOW = ("extract", "load", "article", "story", "output")


def test_the_package_tree_reads_as_the_flow() -> None:
    """The shared finders (extract/) come first, then loading (load/), each article's own work (article/), the
    story's merges (story/) and what is read off a finished briefing (output/): no package imports a later one, and
    none imports the pipeline that wires them."""
    offenders = []
    for rank, package in enumerate(FLOW):
        for path in (ROOT / "briefings" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("briefings."):
                    continue
                part = node.module.split(".")[1]  # type: ignore[union-attr]
                later = part in FLOW and FLOW.index(part) > rank
                if later or part in ("pipeline", "build"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.module}")
    assert offenders == []


def test_each_per_article_stage_lives_in_the_article_package() -> None:
    """A stage that runs per article is a function of briefings.article (or a one-line join of such functions
    in the pipeline itself); a story stage's work is done in briefings.story."""
    from briefings.pipeline import PIPELINE, STAGES
    from briefings.runner import Later

    assert PIPELINE.steps  # the declarations order without error
    for stage in STAGES:
        module = stage.run.module if isinstance(stage.run, Later) else stage.run.__module__
        if module == "briefings.pipeline":
            continue
        expected = "briefings.article." if stage.over else "briefings.story."
        assert module.startswith(expected), f"{stage.name}: {module}"


def test_numeric_thresholds_live_in_one_place() -> None:
    """Every module-level number of the core (a threshold, a reach, a weight) is named in briefings/thresholds.py
    with a line on what it trades off; a module imports it from there."""
    offenders = []
    for path in (ROOT / "briefings").rglob("*.py"):
        if path.name == "thresholds.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                value = node.value.operand if isinstance(node.value, ast.UnaryOp) else node.value
                number = isinstance(value, ast.Constant) and type(value.value) in (int, float)
                if number:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_every_threshold_says_what_it_trades_off() -> None:
    """Each threshold has a comment: on its line, inside its brackets, or in the lines just above it."""
    lines = (ROOT / "briefings" / "thresholds.py").read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(lines))
    for node in tree.body:
        if isinstance(node, ast.Assign):
            own = lines[node.lineno - 1 : node.end_lineno]
            above = lines[max(0, node.lineno - 6) : node.lineno - 1]
            assert any("#" in line for line in own + above), lines[node.lineno - 1]
