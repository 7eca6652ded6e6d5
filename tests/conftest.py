"""Shared fixtures: small digest projects built with the real mkdocs.yml and hook, and a browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "content"
#: A small content folder whose every text carries markup, scripts or template syntax.
HOSTILE_CONTENT = Path(__file__).resolve().parent / "fixtures" / "hostile"
MKDOCS = [sys.executable, "-m", "mkdocs"]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


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
        [*MKDOCS, *args], check=False, cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


def build(project: Path, *args: str) -> subprocess.CompletedProcess:
    return run_mkdocs(project, "build", "--strict", *args)


def built_site(tmp_path_factory, name: str, content: Path) -> Path:
    project = make_project(tmp_path_factory.mktemp(name) / "project", content)
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="session")
def built_fixture_site(tmp_path_factory) -> Path:
    """The fixture content, built once for the whole session (read-only for tests)."""
    return built_site(tmp_path_factory, "fixture", FIXTURE_CONTENT)


@pytest.fixture(scope="session")
def built_hostile_site(tmp_path_factory) -> Path:
    """The hostile fixture content, built once for the whole session (read-only for tests)."""
    return built_site(tmp_path_factory, "hostile", HOSTILE_CONTENT)


@pytest.fixture
def project(tmp_path) -> Path:
    """A fresh, unbuilt copy of the fixture project that a test may change."""
    return make_project(tmp_path / "project", FIXTURE_CONTENT)


def find_chromium() -> str | None:
    return next((path for path in map(shutil.which, CHROMIUM_NAMES) if path), None)


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium: skipped without it, except in CI (CI=true), where it fails."""
    chromium = find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if chromium is None or sync_playwright is None:
        reason = "Debian's chromium is not installed" if chromium is None else "playwright is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}: the browser test must run in CI (.ci/run installs chromium)")
        pytest.skip(f"{reason} (apt-get install chromium; pip install -e '.[test]')")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that closes a page drops its open requests; that is no error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(directory: Path):
    """A built site over HTTP on localhost; yields its root URL."""
    handler = functools.partial(QuietHandler, directory=directory)
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/"
    finally:
        httpd.shutdown()
