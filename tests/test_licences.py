"""Licences: the project is MIT, so every installed dependency must be under a licence that lets
an MIT project use it, and the README's table names every package the site needs.

The environment checked is the one the README's commands install from the locks (run + test).
Permissive licences are fine; the Mozilla Public Licence too (its copyleft covers only changes
to the package's own files, and the project changes none). A GPL, LGPL or AGPL package, or a
licence this file does not know, fails the test and names the package, unless the package
offers a permissive choice ("MPL-1.1 OR GPL-2.0-only") or is reviewed below.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pip carries the same parser
    from pip._vendor import tomli as tomllib

ROOT = Path(__file__).parent.parent
PERMISSIVE = re.compile(
    r"^(mit|mit license|mit-cmu|bsd|bsd license|0bsd|bsd-[23]-clause|3-clause bsd license|new bsd license|apache-2\.0|apache software license"
    r"|apache license,? (version )?2\.0|psf-2\.0|python software foundation license|cnri-python|isc|isc license( \(iscl\))?"
    r"|the unlicense \(unlicense\)|unlicense|cc0-1\.0|public domain|zlib|hpnd)$"
)
FILE_LEVEL_COPYLEFT = re.compile(r"^(mpl-1\.1|mpl-2\.0|mozilla public license 2\.0 \(mpl 2\.0\))$")
#: Packages whose licence metadata is ambiguous or needs a choice, each reviewed by hand: the
#: metadata as reviewed (a change asks for a new review) and the reason it is fine.
REVIEWED = {
    "text-unidecode": (
        "Artistic License; GNU General Public License (GPL); GNU General Public License v2 or later (GPLv2+)",
        "python-slugify's transliteration table; its README offers the Artistic License or the GPL "
        "at the user's choice, and the project uses it under the Artistic License",
    ),
}


def allowed(licence: str) -> bool:
    """Whether an MIT project may depend on a package under this licence: a classifier's name,
    several joined by '; ' (nothing says whether they are alternatives: all must be allowed),
    or an SPDX expression with AND, OR, WITH and brackets (an OR needs one allowed side; an
    exception after WITH only adds permissions, so the licence before it decides). An
    expression that cannot be read is not allowed."""
    if "; " in licence:
        return all(allowed(part) for part in licence.split("; "))
    if not re.search(r"\b(AND|OR|WITH)\b", licence):  # one licence's name: 'Mozilla Public License 2.0 (MPL 2.0)'
        name = licence.strip().lower()
        return bool(PERMISSIVE.match(name) or FILE_LEVEL_COPYLEFT.match(name))
    tokens = [token for token in re.split(r"\s*(\(|\)|\bAND\b|\bOR\b|\bWITH\b)\s*", licence.strip()) if token]
    try:
        result, end = expression(tokens, 0)
    except (IndexError, ValueError):
        return False
    return result and end == len(tokens)


OPERATORS = {"(", ")", "AND", "OR", "WITH"}


def expression(tokens: list[str], at: int, operator: str = "OR") -> tuple[bool, int]:
    """An OR of ANDs (AND binds tighter), from tokens[at]: its value and the index after it."""
    values = []
    while True:
        value, at = expression(tokens, at, "AND") if operator == "OR" else operand(tokens, at)
        values.append(value)
        if at == len(tokens) or tokens[at] != operator:
            return (any(values) if operator == "OR" else all(values)), at
        at += 1


def operand(tokens: list[str], at: int) -> tuple[bool, int]:
    if tokens[at] == "(":
        result, at = expression(tokens, at + 1)
        if tokens[at] != ")":
            raise ValueError("a bracket is not closed")
        return result, at + 1
    if tokens[at] in OPERATORS:
        raise ValueError(f"{tokens[at]} where a licence was expected")
    result, at = allowed(tokens[at]), at + 1
    if at < len(tokens) and tokens[at] == "WITH":
        if tokens[at + 1] in OPERATORS:
            raise ValueError("WITH without an exception")
        at += 2
    return result, at


def installed_licences() -> dict[str, tuple[str, str]]:
    """{package: (version, licence)} for every package in this environment, from pip-licenses
    (with pip, setuptools and pip-licenses itself, which it leaves out unless asked)."""
    listing = subprocess.run(
        [sys.executable, "-m", "piplicenses", "--from=mixed", "--with-system", "--format=json"],
        capture_output=True, text=True, check=True,
    )
    return {canonicalize_name(row["Name"]): (row["Version"], row["License"]) for row in json.loads(listing.stdout)}


def locked_versions(lock: str, everywhere: bool = False) -> dict[str, str]:
    """{package: version} of a lock's pins whose markers hold for this Python and platform, or
    of every pin (`everywhere`: the last version listed where a package has one per Python)."""
    pins = {}
    for line in (ROOT / "requirements" / lock).read_text(encoding="utf-8").splitlines():
        if re.match(r"[A-Za-z]", line):
            requirement = Requirement(line.rstrip(" \\"))
            if everywhere or requirement.marker is None or requirement.marker.evaluate():
                pins[canonicalize_name(requirement.name)] = str(requirement.specifier).removeprefix("==")
    return pins


@pytest.mark.parametrize(
    "licence, expected",
    [
        ("MIT License", True),
        ("BSD-3-Clause", True),
        ("Apache-2.0 OR BSD-2-Clause", True),
        ("Apache-2.0 AND CNRI-Python", True),
        ("Mozilla Public License 2.0 (MPL 2.0)", True),
        ("MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later", True),
        ("(GPL-3.0-only OR MIT) AND BSD-3-Clause", True),
        ("GNU General Public License v3 (GPLv3)", False),  # gender-guesser's, before 2026-12
        ("GPL-3.0-or-later", False),
        ("LGPL-2.1-or-later", False),
        ("MIT AND GPL-2.0-only", False),
        ("MIT License; GNU General Public License (GPL)", False),
        ("UNKNOWN", False),
        ("Proprietary", False),
        ("MIT License AND GPL-3.0-only", False),  # a name of several words inside an expression
        ("(MIT OR GPL-3.0-only", False),  # unreadable: not allowed
        ("MIT OR", False),
        ("MIT AND AND BSD-3-Clause", False),
        ("GPL-2.0-only WITH Classpath-exception-2.0", False),
        ("Apache-2.0 WITH LLVM-exception", True),
        ("GPL-2.0-only WITH Classpath-exception-2.0 OR MIT", True),
    ],
)
def test_the_licence_policy(licence, expected):
    assert allowed(licence) is expected


def test_every_installed_dependency_has_a_licence_an_mit_project_may_use():
    licences = installed_licences()
    assert "babel" in licences and "pytest" in licences, "pip-licenses saw the environment"
    refused = []
    for package, (version, licence) in sorted(licences.items()):
        if package in REVIEWED:
            assert licence == REVIEWED[package][0], f"{package} {version}: its licence changed to {licence!r}: review it again"
        elif not allowed(licence):
            refused.append(f"{package} {version}: {licence!r}")
    assert not refused, "dependencies whose licence is not one an MIT project may use (see tests/test_licences.py): " + "; ".join(refused)


def test_the_readme_table_names_every_package_the_site_needs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Licences\n", 1)[1].split("\n## ", 1)[0]
    named = {canonicalize_name(name) for name in re.findall(r"^\| `([^`]+)`", section, re.MULTILINE)}
    missing = set(locked_versions("run.txt", everywhere=True)) - named
    assert not missing, f"README.md, Licences: no row for {sorted(missing)} (requirements/run.txt has them)"


def test_the_locks_satisfy_pyproject():
    """A dependency added to pyproject.toml (or a range changed) without running tools/lock fails here."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = locked_versions("test.txt")
    wrong = []
    for text in project["dependencies"] + project["optional-dependencies"]["test"]:
        requirement = Requirement(text)
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None or not requirement.specifier.contains(pinned, prereleases=True):
            wrong.append(f"{requirement} (locked: {pinned})")
    assert not wrong, "requirements/test.txt does not satisfy pyproject.toml, run tools/lock: " + "; ".join(wrong)
