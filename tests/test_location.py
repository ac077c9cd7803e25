"""index.location: the one way in to the index for the CLI and the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.location import SAMPLE_DIR, IndexLocation, locate, open_store


def test_the_chosen_dir_then_the_environment_then_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("FUNDQA_INDEX", str(tmp_path / "env"))
    assert locate(tmp_path / "chosen") == IndexLocation(tmp_path / "chosen")
    assert locate(None) == IndexLocation(tmp_path / "env")
    monkeypatch.delenv("FUNDQA_INDEX")
    assert locate(None) == IndexLocation(tmp_path / "data" / "fundqa" / "index", is_default=True)


def test_only_the_default_index_is_built_from_the_sample(tmp_path: Path) -> None:
    built: list[Path] = []
    chosen = open_store(IndexLocation(tmp_path / "chosen"), on_build=built.append)
    assert not chosen.exists() and built == []
    fresh = IndexLocation(tmp_path / "default", is_default=True)
    default = open_store(fresh, on_build=built.append)
    assert built == [tmp_path / "default"]
    assert [p.name for p in SAMPLE_DIR.iterdir()] == list(default.manifest())


def test_the_app_does_not_import_the_command_line() -> None:
    code = "import sys, assistant.tui.app; print('assistant.cli' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
