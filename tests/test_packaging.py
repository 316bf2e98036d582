"""The wheel a plain `pip install .` builds carries everything the bot reads at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_wheel_carries_the_reply_template(tmp_path: Path) -> None:
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
    subprocess.run(command, cwd=source, check=True, capture_output=True, timeout=300)
    names = zipfile.ZipFile(next((source / "dist").glob("briefbot-*.whl"))).namelist()
    assert "bot/render/templates/reply.txt.j2" in names
    assert "briefings/published.py" in names
