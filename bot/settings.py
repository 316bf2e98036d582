"""One typed settings object: defaults, then the config file, then the environment.

The config file is the first of: `--config FILE`, $BRIEFBOT_CONFIG, `config/briefbot.toml` in the current
folder, `briefbot.toml` in the user's config folder (platformdirs: ~/.config/briefbot on Linux). Without one, the
data (SQLite, kept work) goes to the user's data folder (~/.local/share/briefbot), never to a `./data` wherever
the command happens to run. `Settings.searched` says where it looked, for messages when nothing is found.
Secrets come only from the environment and are held in `Secret`, whose repr and str never show the value.
Nothing else in the project reads `os.environ` (platformdirs reads XDG_* itself).
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.digest.subscriptions import SubscriptionError, check_timezone, parse_time
from briefings.errors import BriefbotError


class SettingsError(BriefbotError):
    """The configuration file or an environment variable is invalid."""


class Secret:
    """A secret value that never prints itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        """The secret itself, for handing to an SDK."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class FeedSetting:
    """A feed the running bot polls: its URL and how often."""

    url: str
    every_minutes: int = 30


@dataclass(frozen=True)
class Settings:
    """Everything configurable, resolved once at start."""

    project_dir: Path
    story_title: str = "Briefing"
    command: str = "summit"
    corpus: Path = Path("seeds")
    summary_words: int = 120
    background_days: int = 120
    max_article_bytes: int = 2_000_000
    digest_timezone: str = "UTC"
    digest_time: str = "08:00"
    stale_days: int = 7
    grace_hours: int = 6
    data_dir: Path = Path("data")
    database_url: str | None = None
    slack_bot_token: Secret | None = field(default=None, repr=False)
    slack_signing_secret: Secret | None = field(default=None, repr=False)
    slack_app_token: Secret | None = field(default=None, repr=False)
    slack_api_url: str | None = None
    discord_token: Secret | None = field(default=None, repr=False)
    discord_api_url: str | None = None
    discord_guild_id: int | None = None
    feeds: tuple[FeedSetting, ...] = ()
    config_path: Path | None = None  # the config file read, if any
    searched: tuple[Path, ...] = ()  # where a config file was looked for, in order
    corpus_from: str = "the default"  # what chose the corpus: "--corpus", "BRIEFBOT_CORPUS", "config ..."

    @property
    def has_slack(self) -> bool:
        """A Slack bot token is configured."""
        return bool(self.slack_bot_token)

    @property
    def has_discord(self) -> bool:
        """A Discord token is configured."""
        return bool(self.discord_token)


KNOWN_KEYS = {
    "story": ("title", "command", "corpus"),
    "briefing": ("summary_words", "background_days", "max_article_bytes"),
    "digest": ("timezone", "time", "stale_days", "grace_hours"),
    "store": ("data_dir",),
    "feeds": ("url", "every_minutes"),  # [[feeds]]: an array of tables
}
_COMMAND = re.compile(r"[a-z0-9_-]{1,32}")  # what both Slack and Discord accept as a command name


def _unknown(where: str, name: str, known: Sequence[str]) -> SettingsError:
    close = difflib.get_close_matches(name, known, n=1) or [k for k in known if k.startswith(name)][:1]
    hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"
    return SettingsError(f"{where}: unknown key {name!r}{hint}")


def _checked_keys(data: Mapping[str, Any], path: Path | None) -> None:
    """Every table and key of the config file is one Briefbot reads: a typo is an error, not a silent default."""
    where = f"config {path}" if path else "config"
    for name, value in data.items():
        if name not in KNOWN_KEYS:
            raise _unknown(where, name, list(KNOWN_KEYS))
        if name == "feeds":
            if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
                raise SettingsError(f"{where}: feeds must be written as [[feeds]] tables with a url")
            tables: list[Mapping[str, Any]] = value
        elif isinstance(value, Mapping):
            tables = [value]
        else:
            raise SettingsError(f"{where}: [{name}] must be a table")
        for table in tables:
            for key in table:
                if key not in KNOWN_KEYS[name]:
                    raise _unknown(f"{where} [{name}]", key, KNOWN_KEYS[name])


def _feeds(data: Mapping[str, Any]) -> tuple[FeedSetting, ...]:
    feeds = []
    for i, table in enumerate(data.get("feeds", []), start=1):
        url = _text(table.get("url"), f"feeds[{i}].url")
        if not url.startswith(("http://", "https://")):
            raise SettingsError(f"feeds[{i}].url must be an http(s) URL, got {url!r}")
        feeds.append(FeedSetting(url, _int(table.get("every_minutes", 30), f"feeds[{i}].every_minutes")))
    return tuple(feeds)


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, Mapping):
        raise SettingsError(f"config: [{name}] must be a table")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where} must be a non-empty text in quotes, got {value!r}")
    return value.strip()


def _command(value: Any) -> str:
    name = _text(value, "story.command").lstrip("/")
    if not _COMMAND.fullmatch(name):
        raise SettingsError(
            f"story.command must be 1-32 lower-case letters, digits, '-' or '_' (a slash command name), "
            f"got {value!r}"
        )
    return name


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise SettingsError(f"{where} must be a positive whole number, got {value!r}")
    return value


def _checked(check: Callable[[str], str], value: Any, where: str) -> str:
    """Run a subscription rule on a config value, naming the key when it fails."""
    try:
        return check(str(value))
    except SubscriptionError as exc:
        raise SettingsError(f"config {where}: {exc}") from exc


def _secret(env: Mapping[str, str], name: str) -> Secret | None:
    value = env.get(name, "").strip()
    return Secret(value) if value else None


def story_from_folder(folder: Path) -> str:
    """A story title from a corpus folder's name: "port_strike" -> "Port strike"."""
    name = folder.resolve().name.replace("_", " ").replace("-", " ").strip()
    return name[:1].upper() + name[1:] if name else "Briefing"


def user_config_file() -> Path:
    """briefbot.toml in the user's config folder (~/.config/briefbot on Linux)."""
    import platformdirs

    return platformdirs.user_config_path("briefbot") / "briefbot.toml"


def user_data_dir() -> Path:
    """The user's data folder for Briefbot (~/.local/share/briefbot on Linux)."""
    import platformdirs

    return platformdirs.user_data_path("briefbot")


def config_candidates(cwd: Path) -> tuple[Path, ...]:
    """Where a config file is looked for when neither --config nor BRIEFBOT_CONFIG names one, in order."""
    return (cwd / "config" / "briefbot.toml", user_config_file())


def find_config(env: Mapping[str, str], cwd: Path, flag: Path | None = None) -> Path | None:
    """The config file: --config, else $BRIEFBOT_CONFIG, else the first of `config_candidates` that exists."""
    for name, given in (("--config", flag), ("BRIEFBOT_CONFIG", env.get("BRIEFBOT_CONFIG"))):
        if given:
            path = Path(given).expanduser()
            if not path.is_file():
                raise SettingsError(f"{name} points to {path}, which is not a file")
            return path
    return next((c for c in config_candidates(cwd) if c.is_file()), None)


def load_settings(
    env: Mapping[str, str] | None = None, cwd: Path | None = None, *, config: Path | None = None
) -> Settings:
    """Read the config file and the environment into Settings; bad values raise SettingsError naming them."""
    env = os.environ if env is None else env
    cwd = cwd or Path.cwd()
    path = find_config(env, cwd, config)
    data: Mapping[str, Any] = {}
    project = cwd
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read config {path}: {exc}") from exc
        project = path.resolve().parent.parent if path.parent.name == "config" else path.resolve().parent
    _checked_keys(data, path)
    story, briefing = _section(data, "story"), _section(data, "briefing")
    digest, store = _section(data, "digest"), _section(data, "store")
    configured = _text(story.get("corpus", "seeds"), "story.corpus")
    corpus = Path(env.get("BRIEFBOT_CORPUS") or configured).expanduser()
    corpus_from = (
        "BRIEFBOT_CORPUS"
        if env.get("BRIEFBOT_CORPUS")
        else (f"story.corpus in {path}" if "corpus" in story else "the default (seeds)")
    )
    data_dir = Path(env.get("BRIEFBOT_DATA_DIR") or _text(store.get("data_dir", "data"), "store.data_dir"))
    data_dir = data_dir.expanduser()
    in_project = path is not None and path.parent.name == "config"
    if not env.get("BRIEFBOT_DATA_DIR") and "data_dir" not in store and not in_project:
        data_dir = user_data_dir()  # no project folder here: never a ./data wherever the command runs
    title = _text(story.get("title", "Briefing"), "story.title")
    if env.get("BRIEFBOT_CORPUS") and (project / configured).resolve() != corpus.resolve():
        title = story_from_folder(corpus)  # the configured title names the configured corpus's story
    guild = env.get("DISCORD_GUILD_ID", "").strip()
    if guild and not guild.isdigit():
        raise SettingsError(f"DISCORD_GUILD_ID must be a numeric server id, got {guild!r}")
    return Settings(
        project_dir=project,
        story_title=title,
        command=_command(story.get("command", "summit")),
        corpus=corpus if corpus.is_absolute() or env.get("BRIEFBOT_CORPUS") else project / corpus,
        summary_words=_int(briefing.get("summary_words", 120), "briefing.summary_words"),
        background_days=_int(briefing.get("background_days", 120), "briefing.background_days"),
        max_article_bytes=_int(briefing.get("max_article_bytes", 2_000_000), "briefing.max_article_bytes"),
        digest_timezone=_checked(check_timezone, digest.get("timezone", "UTC"), "digest.timezone"),
        digest_time=_checked(parse_time, digest.get("time", "08:00"), "digest.time"),
        stale_days=_int(digest.get("stale_days", 7), "digest.stale_days"),
        grace_hours=_int(digest.get("grace_hours", 6), "digest.grace_hours"),
        data_dir=data_dir if data_dir.is_absolute() or env.get("BRIEFBOT_DATA_DIR") else project / data_dir,
        database_url=env.get("BRIEFBOT_DATABASE_URL") or None,
        slack_bot_token=_secret(env, "SLACK_BOT_TOKEN"),
        slack_signing_secret=_secret(env, "SLACK_SIGNING_SECRET"),
        slack_app_token=_secret(env, "SLACK_APP_TOKEN"),
        slack_api_url=env.get("SLACK_API_URL") or None,
        discord_token=_secret(env, "DISCORD_TOKEN"),
        discord_api_url=env.get("DISCORD_API_URL") or None,
        discord_guild_id=int(guild) if guild else None,
        feeds=_feeds(data),
        config_path=path,
        searched=(config,)
        if config
        else ((Path(env["BRIEFBOT_CONFIG"]),) if env.get("BRIEFBOT_CONFIG") else config_candidates(cwd)),
        corpus_from=corpus_from,
    )


def corpus_missing(settings: Settings) -> str:
    """Why the corpus folder cannot be used, naming what chose it and where a config file was looked for."""
    looked = ", ".join(str(p) for p in settings.searched)
    config = (
        f"config {settings.config_path}" if settings.config_path else f"no config file (looked in: {looked})"
    )
    return (
        f"corpus folder not found: {settings.corpus} (chosen by {settings.corpus_from}; {config}). "
        "Pass --corpus DIR, set BRIEFBOT_CORPUS, or set corpus under [story] in a config file"
    )
