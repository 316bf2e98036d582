"""The `briefbot` command line: JSON contract, lookups, exit codes and clear errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import ROOT, SEEDS


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real console script entry point in a subprocess."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_")) or k == "BRIEFBOT_DATA_DIR"
    }
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=60,
        check=False,
    )


def test_summit_json_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefbot summit --json` prints one object with the story from config and five sources."""
    assert main(["summit", "--json", "--corpus", str(SEEDS), "--as-of", "2025-10-20"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2025-10-20" and len(data["sources"]) == 5
    assert data["story"]


def test_summit_section_json_and_summary_words(capsys: pytest.CaptureFixture[str]) -> None:
    """A section narrows the JSON; --summary-words caps the summary."""
    assert main(["summit", "summary", "--json", "--summary-words", "40", "--corpus", str(SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"story", "as_of", "summary"}
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 60


def test_summit_text_section(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefbot summit dates` prints the key dates as text."""
    assert main(["summit", "dates", "--corpus", str(SEEDS), "--as-of", "2025-10-20"]) == 0
    out = capsys.readouterr().out
    assert "Key dates" in out and "Oct 16, 2025" in out and "Background dates" in out


def test_who_ignores_case_and_accents(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefbot who orban --json` finds Viktor Orbán with quotes and mentions."""
    assert main(["who", "orban", "--json", "--corpus", str(SEEDS)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "Viktor Orbán"
    assert {"name", "roles", "aliases", "sources", "quotes", "mentions"} <= set(data)
    assert {"text": "We are ready!", "source": "002_daae4e49fa7a4b14"} in data["quotes"]


def test_who_unknown_exits_1_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    """No match: exit 1, a message, and up to five close names."""
    assert main(["who", "Orbn", "--corpus", str(SEEDS)]) == 1
    err = capsys.readouterr().err
    assert "no one called 'Orbn'" in err and "Viktor Orbán" in err


def test_missing_corpus_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    """A missing folder exits non-zero with a message naming it."""
    result = run("summit", "--corpus", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "corpus folder not found" in result.stderr and "missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_corpus_is_a_clear_error(tmp_path: Path) -> None:
    """An empty folder exits non-zero with a message."""
    result = run("summit", "--corpus", str(tmp_path))
    assert result.returncode == 2 and "no articles" in result.stderr and "Traceback" not in result.stderr


def test_bad_arguments_are_named() -> None:
    """A bad --as-of or section names what was wrong."""
    bad_date = run("summit", "--as-of", "yesterday")
    assert bad_date.returncode == 2 and "--as-of" in bad_date.stderr and "YYYY-MM-DD" in bad_date.stderr
    bad_section = run("summit", "weather")
    assert bad_section.returncode == 2 and "weather" in bad_section.stderr


def test_skipped_article_warns_and_the_rest_briefs(tmp_path: Path) -> None:
    """One bad file is named in a warning; the briefing is built from the others."""
    (tmp_path / "good.txt").write_text(
        "The council voted on March 6, 2024, to close the bridge over cracks.\n"
    )
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    result = run("summit", "--json", "--corpus", str(tmp_path))
    assert result.returncode == 0
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["good"]


def test_a_summit_run_as_the_command_ends_at_once_with_everything_written(tmp_path: Path) -> None:
    """Run as the command, `summit` leaves without freeing its objects one by one, yet its whole JSON and its
    warnings are out and its work kept: a second process reads the briefing back, the same, warning again."""
    folder = tmp_path / "story"
    folder.mkdir()
    for path in SEEDS.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    env = {"BRIEFBOT_DATA_DIR": str(tmp_path / "data")}
    args = ("-v", "summit", "--json", "--corpus", str(folder), "--as-of", "2025-10-20")
    first, second = run(*args, env=env), run(*args, env=env)
    assert first.returncode == second.returncode == 0
    assert len(json.loads(first.stdout)["sources"]) == 5 and second.stdout == first.stdout
    assert "bad.txt" in first.stderr and "bad.txt" in second.stderr
    assert "kept briefing" not in first.stderr and "kept briefing" in second.stderr


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    """ `briefbot summit --json | head`: the reader closes the pipe; the command stops quietly with status 120
    (what Python gives a failed flush at exit), no traceback on stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
    env["BRIEFBOT_DATA_DIR"] = str(tmp_path / "data")
    args = ["summit", "--json", "--corpus", str(SEEDS), "--as-of", "2025-10-20"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 120
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_story_title_follows_the_corpus_folder_or_the_flag(capsys: pytest.CaptureFixture[str]) -> None:
    """Another --corpus takes its folder's name as the title unless --story names it."""
    port = ROOT / "tests" / "payloads" / "port_strike"
    assert main(["summit", "sources", "--corpus", str(port)]) == 0
    assert capsys.readouterr().out.startswith("Port strike: Sources")
    assert main(["summit", "sources", "--corpus", str(port), "--story", "Northhaven strike"]) == 0
    assert capsys.readouterr().out.startswith("Northhaven strike: Sources")


def test_preview_prints_the_exact_slack_and_discord_payloads(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefbot preview slack /who Orban` is a Block Kit body; the Discord one is embeds with no mentions."""
    assert main(["preview", "slack", "/who", "Orban"]) == 0
    slack = json.loads(capsys.readouterr().out)
    assert slack["response_type"] == "ephemeral" and slack["blocks"][0]["text"]["text"] == "Viktor Orbán"
    assert main(["preview", "discord", "/summit", "dates"]) == 0
    discord_payload = json.loads(capsys.readouterr().out)
    assert discord_payload["ephemeral"] is False
    assert all(m["allowed_mentions"] == {"parse": []} for m in discord_payload["messages"])
    assert main(["preview", "slack", "/digest", "subscribe", "08:00"]) == 0
    assert "08:00" in capsys.readouterr().out


def test_preview_without_a_command_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    """`briefbot preview slack` alone says what is missing."""
    with pytest.raises(SystemExit) as stop:
        main(["preview", "slack"])
    assert stop.value.code == 2
    assert "the following arguments are required: COMMAND" in capsys.readouterr().err


def test_dates_lists_every_expression_with_offsets_into_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefbot dates FILE --json`: each expression's text sits at its offsets in the file; relative ones resolve."""
    text = "---\npublished: 2025-03-06\n---\nThe council met on Monday.\nA vote is due next week, before April 2.\n"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    assert main(["dates", str(article), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(d["text"], d["date"], d["precision"]) for d in found] == [
        ("Monday", "2025-03-03", "day"),
        ("next week", "2025-03-10", "week"),
        ("April 2", "2025-04-02", "day"),
    ]
    assert all(text[d["start"] : d["end"]] == d["text"] for d in found)
    assert main(["dates", str(article), "--published", "2025-03-13", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["date"] == "2025-03-10"


def test_dates_without_a_publication_day_leaves_relative_dates_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An undated article: absolute dates are listed, "next week" is not guessed; a missing file is one line."""
    article = tmp_path / "b.txt"
    article.write_text("The report of June 3, 2024 is out. Talks resume next week.\n", encoding="utf-8")
    assert main(["dates", str(article)]) == 0
    out = capsys.readouterr().out
    assert "published unknown" in out and "Jun 3, 2024" in out and "next week" not in out
    assert main(["dates", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_unusable_arguments_and_places_are_one_line_each(tmp_path: Path) -> None:
    """A file where the data folder should be, a port out of range, an impossible day, --slack-http without
    tokens: exit 2 with one line naming the problem, never a traceback."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    cases = [
        (["subscriptions", "list", "--data", str(blocker)], "the data folder"),
        (["run", "--port", "99999"], "expected a port from 1 to 65535"),
        (["summit", "--as-of", "2025-02-30"], "2025-02-30 is not a day of the calendar"),
        (["summit", "--as-of", "x" * 5000], "expected a date as YYYY-MM-DD"),
        (["run", "--slack-http", "--port", "3999"], "--slack-http needs SLACK_BOT_TOKEN"),
    ]
    for argv, message in cases:
        result = run(*argv)
        assert result.returncode == 2, argv
        assert message in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr) < 600, argv


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    """`run --slack-http` on a port another program holds says so and stops, without a traceback (the token
    itself is accepted by a stand-in for Slack's auth.test)."""
    import http.server
    import socket
    import threading

    class SlackOk(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = b'{"ok": true, "user_id": "UBOT", "team_id": "T1"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    slack = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlackOk)
    threading.Thread(target=slack.serve_forever, daemon=True).start()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        env = {
            "SLACK_BOT_TOKEN": "xoxb-1-2-abc",
            "SLACK_SIGNING_SECRET": "s3cret-s3cret",
            "SLACK_API_URL": f"http://127.0.0.1:{slack.server_address[1]}/api/",
            "BRIEFBOT_DATA_DIR": str(tmp_path),
        }
        result = run("run", "--slack-http", "--port", str(port), env=env)
    slack.shutdown()
    assert result.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_network_failure_during_a_digest_send_is_one_line(tmp_path: Path) -> None:
    """Slack unreachable: the channel's outcome says failed with the reason; stderr has no traceback."""
    data = ["--data", str(tmp_path)]
    assert run("subscriptions", "add", "slack", "C1", "--time", "08:00", "--tz", "UTC", *data).returncode == 0
    env = {"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_API_URL": "http://127.0.0.1:9/api/"}
    result = run("digest", "send", "--now", "2025-10-21T08:05:00Z", "--corpus", str(SEEDS), *data, env=env)
    assert result.returncode == 1
    assert "slack C1 failed:" in result.stdout and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) <= 3


def test_preview_takes_the_corpus_options_anywhere(tmp_path: Path) -> None:
    """`preview slack --corpus DIR --as-of DAY /who NAME` answers from that corpus."""
    result = run("preview", "slack", "--corpus", str(SEEDS), "--as-of", "2025-10-20", "/who", "Orban")
    assert result.returncode == 0 and "Viktor Orbán" in result.stdout
    assert "Unknown command" not in result.stdout


def test_who_numbers_sources_as_the_briefing_does_and_matches_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`who` cites [n] as `summit` does, lists a quote once with all its sources, and the roles JSON gives."""
    base = ["--corpus", str(SEEDS), "--as-of", "2025-10-20"]
    assert main(["summit", "sources", *base]) == 0
    numbers = dict(re.findall(r"^- \[(\d+)\] (.{30})", capsys.readouterr().out, re.MULTILINE))
    assert main(["who", "Orban", *base]) == 0
    text = capsys.readouterr().out
    for n, title in re.findall(r"^- \[(\d+)\] (.{30})", text.split("Sources\n")[1], re.MULTILINE):
        assert numbers[n] == title  # the same number names the same source
    assert main(["who", "Orban", "--json", *base]) == 0
    person = json.loads(capsys.readouterr().out)
    roles = text.split("Roles\n-----\n")[1].split("\n\n")[0]
    assert [re.sub(r" \[.*$", "", line[2:]) for line in roles.splitlines()] == person["roles"]
    quotes = [q["text"] for q in person["quotes"]]
    for quote in set(quotes):
        assert text.count(f"“{quote}”") == 1


def test_wording_for_one_and_for_a_day_before_the_news(capsys: pytest.CaptureFixture[str]) -> None:
    """No "1 mentions" or "(1 of 1 sources)"; --as-of before the newest source is said, not "-6 days old";
    pointers in the shell name the shell command."""
    assert main(["summit", "--corpus", str(SEEDS), "--as-of", "2025-10-10"]) == 0
    out = capsys.readouterr().out
    assert "days after the as-of day" in out and "-6 days" not in out
    assert "`briefbot summit dates` lists all" in out and "`/summit" not in out
    assert "1 mentions" not in out and "of 1 sources" not in out
