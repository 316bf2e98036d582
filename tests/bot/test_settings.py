"""Settings: config file, environment, and secrets that never print."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from tests.conftest import ROOT


def test_project_config_is_read_and_corpus_resolved_against_the_project() -> None:
    """config/briefbot.toml gives the story, the command and the seeds folder."""
    s = load_settings(env={}, cwd=ROOT)
    assert s.command == "summit" and s.corpus == ROOT / "seeds" and s.story_title
    assert not s.has_slack and not s.has_discord


def test_secrets_come_from_the_environment_and_never_print() -> None:
    """A token is usable but its value appears in no repr or str."""
    s = load_settings(env={"SLACK_BOT_TOKEN": "xoxb-very-secret", "DISCORD_TOKEN": "disc-secret"}, cwd=ROOT)
    assert s.has_slack and s.slack_bot_token is not None and s.slack_bot_token.get() == "xoxb-very-secret"
    for shown in (repr(s), str(s), repr(s.slack_bot_token), f"{s.discord_token}"):
        assert "very-secret" not in shown and "disc-secret" not in shown


def test_config_holds_no_secrets() -> None:
    """No file under config/ sets a token or secret value."""
    for path in (ROOT / "config").iterdir():
        for line in path.read_text().splitlines():
            if "TOKEN" in line or "SECRET" in line:
                assert line.strip().endswith("=") or line.lstrip().startswith("#"), f"{path.name}: {line}"


def test_bad_values_name_what_is_wrong(tmp_path: Path) -> None:
    """A bad number in the config and a bad env variable are refused with their names."""
    cfg = tmp_path / "briefbot.toml"
    cfg.write_text("[briefing]\nsummary_words = -3\n")
    with pytest.raises(SettingsError, match=r"briefing\.summary_words"):
        load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path)
    with pytest.raises(SettingsError, match="DISCORD_GUILD_ID"):
        load_settings(env={"DISCORD_GUILD_ID": "abc"}, cwd=ROOT)
    with pytest.raises(SettingsError, match="BRIEFBOT_CONFIG"):
        load_settings(env={"BRIEFBOT_CONFIG": str(tmp_path / "none.toml")}, cwd=ROOT)


def test_bad_digest_defaults_in_the_config_are_named(tmp_path: Path) -> None:
    """A default timezone or time the digests could not use is refused when the settings load."""
    cfg = tmp_path / "briefbot.toml"
    cfg.write_text('[digest]\ntimezone = "Mars/Olympus"\n')
    with pytest.raises(SettingsError, match=r"digest\.timezone.*Area/City"):
        load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path)
    cfg.write_text('[digest]\ntime = "8am"\n')
    with pytest.raises(SettingsError, match=r"digest\.time.*HH:MM"):
        load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[story]\ncorpsu = 'x'\n", r"unknown key 'corpsu'; did you mean 'corpus'\?"),
        ("[storry]\ntitle = 'x'\n", r"unknown key 'storry'; did you mean 'story'\?"),
        (
            "[digest]\ntimezone = 'UTC'\ngrace = 3\n",
            r"\[digest\]: unknown key 'grace'; did you mean 'grace_hours'\?",
        ),
        ("[story]\ntitle = 5\n", r"story\.title must be a non-empty text"),
        ("[story]\ncommand = 'brief me'\n", r"story\.command must be 1-32 lower-case"),
        ("[story]\ncorpus = ['a']\n", r"story\.corpus must be a non-empty text"),
    ],
)
def test_typos_and_wrong_types_in_the_config_are_named(tmp_path: Path, toml: str, message: str) -> None:
    """An unknown table or key is an error with the closest known one; a wrong type names the key."""
    cfg = tmp_path / "briefbot.toml"
    cfg.write_text(toml)
    with pytest.raises(SettingsError, match=message):
        load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path)


def test_briefbot_corpus_takes_its_title_from_its_folder(tmp_path: Path) -> None:
    """BRIEFBOT_CORPUS, like --corpus, is another story: the configured title is not kept for it."""
    folder = tmp_path / "port_strike"
    folder.mkdir()
    s = load_settings(env={"BRIEFBOT_CORPUS": str(folder)}, cwd=ROOT)
    assert s.corpus == folder and s.story_title == "Port strike"
    same = load_settings(env={"BRIEFBOT_CORPUS": str(ROOT / "seeds")}, cwd=ROOT)
    assert same.story_title == load_settings(env={}, cwd=ROOT).story_title


def test_feeds_in_the_config_are_read_and_checked(tmp_path: Path) -> None:
    """[[feeds]] tables give URLs and intervals; a bad URL or an unknown key is named."""
    cfg = tmp_path / "briefbot.toml"
    cfg.write_text(
        '[[feeds]]\nurl = "https://example.org/rss"\nevery_minutes = 15\n[[feeds]]\nurl = "https://x.org/a"\n'
    )
    feeds = load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path).feeds
    assert [(f.url, f.every_minutes) for f in feeds] == [
        ("https://example.org/rss", 15),
        ("https://x.org/a", 30),
    ]
    cfg.write_text('[[feeds]]\nurl = "ftp://example.org/rss"\n')
    with pytest.raises(SettingsError, match=r"feeds\[1\]\.url must be an http\(s\) URL"):
        load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path)
    cfg.write_text('[[feeds]]\nurl = "https://example.org/rss"\nevery = 5\n')
    with pytest.raises(SettingsError, match=r"unknown key 'every'; did you mean 'every_minutes'\?"):
        load_settings(env={"BRIEFBOT_CONFIG": str(cfg)}, cwd=tmp_path)
