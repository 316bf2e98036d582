"""Where config and data are found: --config, BRIEFBOT_CONFIG, ./config, the user's folders; and saying where
it looked when nothing is there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import load_settings
from tests.conftest import ROOT, SEEDS


def _user_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[Path, Path]:
    config, data = tmp_path / "xdg-config", tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return config / "briefbot", data / "briefbot"


def test_the_search_order_is_flag_environment_project_then_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--config beats BRIEFBOT_CONFIG, which beats ./config/briefbot.toml, which beats the user's config."""
    user_config, user_data = _user_dirs(monkeypatch, tmp_path)
    files = {}
    for name, where in (
        ("user", user_config / "briefbot.toml"),
        ("project", tmp_path / "here" / "config" / "briefbot.toml"),
        ("env", tmp_path / "env.toml"),
        ("flag", tmp_path / "flag.toml"),
    ):
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text(f'[story]\ntitle = "{name}"\ncorpus = "{SEEDS}"\n', encoding="utf-8")
        files[name] = where
    here = tmp_path / "here"
    env = {"BRIEFBOT_CONFIG": str(files["env"])}
    assert load_settings(env=env, cwd=here, config=files["flag"]).story_title == "flag"
    assert load_settings(env=env, cwd=here).story_title == "env"
    project = load_settings(env={}, cwd=here)
    assert project.story_title == "project" and project.data_dir == here / "data"
    user = load_settings(env={}, cwd=tmp_path / "elsewhere")
    assert user.story_title == "user" and user.data_dir == user_data  # not ~/.config/briefbot/data


def test_outside_a_project_nothing_lands_in_the_current_folder_and_the_error_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In an empty folder with no config anywhere: exit 2, one message naming the folders searched, and no
    ./data created; with --corpus the kept work goes to the user's data folder."""
    _user_config, user_data = _user_dirs(monkeypatch, tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}

    def briefbot(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *args],
            cwd=empty,
            env={**env, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    failed = briefbot("summit")
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1, failed.stderr
    for looked in (
        empty / "config" / "briefbot.toml",
        tmp_path / "xdg-config" / "briefbot" / "briefbot.toml",
    ):
        assert str(looked) in failed.stderr
    assert "corpus folder not found" in failed.stderr and "--corpus" in failed.stderr
    found = briefbot("who", "Orban", "--corpus", str(SEEDS))
    assert found.returncode == 0 and "Viktor Orbán" in found.stdout
    assert list(empty.iterdir()) == [] and (user_data / "kept.sqlite3").is_file()


def test_version() -> None:
    """`briefbot --version` prints the installed version."""
    from importlib.metadata import version

    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--version"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.strip() == f"briefbot {version('briefbot')}"
