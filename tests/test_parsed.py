"""Data files parsed once per version (generator/ingest/parsed.py): the cache gives back what the
parser gave, an edited file is parsed again, and a cache that cannot be used changes nothing."""

from __future__ import annotations

from pathlib import Path

from generator.ingest.parsed import parsed


def counting_parser(calls: list):
    def parse(text: str):
        calls.append(text)
        return {"words": text.split(), "count": len(text)}
    return parse


def test_an_unchanged_file_is_parsed_once_and_an_edited_one_again(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path / "cache"))
    calls: list = []
    first = parsed("ein zwei".encode(), counting_parser(calls), "test")
    assert parsed("ein zwei".encode(), counting_parser(calls), "test") == first == {"words": ["ein", "zwei"], "count": 8}
    assert len(calls) == 1
    assert parsed("ein drei".encode(), counting_parser(calls), "test")["words"] == ["ein", "drei"]
    assert len(calls) == 2


def test_a_broken_cache_file_is_parsed_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path))
    calls: list = []
    parsed(b"eins", counting_parser(calls), "test")
    (cached,) = tmp_path.glob("test-*.json")
    cached.write_text("{not json", encoding="utf-8")
    assert parsed(b"eins", counting_parser(calls), "test") == {"words": ["eins"], "count": 4}
    assert len(calls) == 2 and cached.read_text(encoding="utf-8").startswith("{")


def test_a_cache_folder_that_cannot_be_written_is_not_used(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(blocker / "cache"))  # below a file: cannot be made
    calls: list = []
    assert parsed(b"eins", counting_parser(calls), "test") == parsed(b"eins", counting_parser(calls), "test")
    assert len(calls) == 2


def test_a_value_json_would_change_is_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path))
    assert parsed(b"x", lambda text: {1: "one"}, "test") == {1: "one"}  # an int key would come back a string
    assert parsed(b"x", lambda text: {1: "one"}, "test") == {1: "one"}
    assert not list(tmp_path.glob("test-*.json"))


def test_the_cached_given_names_and_labels_are_what_the_sources_give(tmp_path, monkeypatch):
    """Given names (Faker's 80 modules and the project's lists) and the site's labels are read
    from the cache after the first start: the same values as read from their sources."""
    from ruamel.yaml import YAML

    from generator.ingest import given_names as module
    from generator.render import text

    monkeypatch.setenv("DIGEST_CACHE_DIR", str(tmp_path))
    for loader in (module.given_names, text.load_labels):
        loader.cache_clear()
        first = loader()
        loader.cache_clear()
        assert loader() == first  # the second time from the cache
    assert {path.name.split("-")[0] for path in tmp_path.glob("*.json")} >= {"given", "labels"}
    assert module.given_names() == frozenset(module.all_names(""))
    assert "anna" in module.given_names()
    source = (Path(text.__file__).parent / "labels.yaml").read_text(encoding="utf-8")
    assert text.load_labels() == YAML(typ="safe").load(source)
