"""The Slack app manifest, made from the command registry (`briefbot manifest` prints it;
config/slack-manifest.yml is its output for the default config, checked by the tests)."""

from __future__ import annotations

import json

from bot.registry import commands, usage_hint

_HEAD = """\
# Slack app manifest for Briefbot. Create the app at api.slack.com/apps -> Create New App -> From a manifest,
# paste this file, install it to your workspace, then set the tokens described in README.md.
# Made from the command registry: `briefbot manifest > config/slack-manifest.yml` (edit bot/registry.py, not this).
# Socket Mode is on (no public URL needed). For HTTP mode instead, set socket_mode_enabled: false and add
#   url: https://YOUR-HOST/slack/events
# under each slash command (briefbot run --slack-http --port 3000 serves that path).
display_information:
  name: Briefbot
  description: Briefs your team on a developing news story, with cited sources.
  background_color: "#1f3a5f"
features:
  bot_user:
    display_name: Briefbot
    always_online: true
  slash_commands:
"""
_TAIL = """\
oauth_config:
  scopes:
    bot:
      - commands          # the slash commands
      - chat:write        # post daily digests in channels the bot is in
      - chat:write.public # post digests in public channels without being invited first
      - channels:history  # after a crash, find a digest already posted instead of posting it twice
      - groups:history    # the same in private channels
settings:
  interactivity:
    is_enabled: false
  org_deploy_enabled: false
  socket_mode_enabled: true
  token_rotation_enabled: false
"""


def slack_manifest(briefing_command: str = "summit") -> str:
    """The manifest YAML declaring every registry command (JSON strings are valid YAML scalars)."""
    lines = []
    for command in commands(briefing_command):
        hint = usage_hint(command)
        if command.name == briefing_command:
            hint = hint[:-1] + " | help]" if hint.endswith("]") else hint
        lines += [
            f"    - command: /{command.name}",
            f"      description: {json.dumps(command.description, ensure_ascii=False)}",
            f"      usage_hint: {json.dumps(hint, ensure_ascii=False)}",
            "      should_escape: false",
        ]
    return _HEAD + "\n".join(lines) + "\n" + _TAIL
