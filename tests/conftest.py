"""Shared fixtures: small digest projects built with the real mkdocs.yml and hook."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def make_project(target: Path, content: Path) -> Path:
    """A digest project in `target`: the repository's mkdocs.yml and assets, and `content`."""
    target.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    hook = (ROOT / "generator" / "mkdocs_hooks.py").as_posix()
    (target / "mkdocs.yml").write_text(config.replace("generator/mkdocs_hooks.py", hook), encoding="utf-8")
    shutil.copytree(ROOT / "site_src" / "assets", target / "site_src" / "assets")
    shutil.copytree(content, target / "content")
    return target


def run_mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [*MKDOCS, *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def build(project: Path, *args: str) -> subprocess.CompletedProcess:
    return run_mkdocs(project, "build", "--strict", *args)


@pytest.fixture(scope="session")
def built_fixture_site(tmp_path_factory) -> Path:
    """The fixture content, built once for the whole session (read-only for tests)."""
    project = make_project(tmp_path_factory.mktemp("fixture") / "project", FIXTURE_CONTENT)
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def project(tmp_path) -> Path:
    """A fresh, unbuilt copy of the fixture project that a test may change."""
    return make_project(tmp_path / "project", FIXTURE_CONTENT)
