"""The wheel a plain `pip install .` builds carries everything the bot reads at run time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_wheel_carries_the_reply_template_and_runs_without_the_source_tree(tmp_path: Path) -> None:
    """A non-editable install needs the Jinja template inside the wheel, beside the code that loads it."""
    source = tmp_path / "src"
    for part in ("briefings", "bot"):
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, source / part)
    command = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        "dist",
        ".",
    ]
    built = subprocess.run(command, cwd=source, check=True, capture_output=True, text=True, timeout=300)
    assert "license" not in built.stderr.lower(), built.stderr  # no deprecated license table at install
    wheel = next((source / "dist").glob("briefbot-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "bot/render/templates/reply.txt.j2" in names
    assert "briefings/load/published.py" in names
    # Installed from the wheel alone (not the source tree), the bot answers /summit in the console.
    target = tmp_path / "installed"
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)]
    subprocess.run(install, check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    env = {
        k: v
        for k, v in env.items()
        if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_")) or k == "BRIEFBOT_DATA_DIR"
    }
    probe = "import bot; print(bot.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert where.stdout.startswith(str(target))
    chat = [sys.executable, "-m", "bot.cli", "chat", "--corpus", str(ROOT / "seeds"), "--as-of", "2025-10-20"]
    result = subprocess.run(
        chat, cwd=elsewhere, env=env, input="/summit\n", capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Key dates" in result.stdout and "Traceback" not in result.stderr
