"""Settings kept across runs (the theme chosen in the palette), as JSON in the user config dir."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

ENV_VAR = "FUNDQA_CONFIG"


def settings_path() -> Path:
    """``$FUNDQA_CONFIG``, or settings.json in the platform's user config dir for fundqa."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path("fundqa", appauthor=False) / "settings.json"


class Settings:
    """A few named string values; an unreadable file counts as empty, a failed save is ignored
    (a setting that cannot be kept must not stop the app)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.values: dict[str, str] = {}
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self.values = {k: v for k, v in data.items() if isinstance(v, str)}

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        if self.values.get(key) == value:
            return
        self.values[key] = value
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.values, indent=2) + "\n", encoding="utf-8")
