"""The start-up mechanisms: patterns compiled on first use, the collector paused while they are built."""

from __future__ import annotations

import copy
import gc
import importlib
import pickle
import pkgutil

import pytest
import regex

import defevents
from defevents import _lazy_regex
from defevents._gc import nogc, paused_gc
from defevents._lazy_regex import LazyPattern
from defevents.rules import Rule, all_rules


def _lazy_patterns() -> dict[str, LazyPattern]:
    found = {}
    for info in pkgutil.walk_packages(defevents.__path__, "defevents."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (pandas, dask...) is not installed
            continue
        for name, obj in vars(module).items():
            if type(obj) is LazyPattern:
                found[f"{info.name}.{name}"] = obj
    return found


def test_every_deferred_pattern_compiles():
    """A module-level pattern's syntax errors surface on first use: compile them all here."""
    patterns = _lazy_patterns()
    assert len(patterns) > 100
    for label, p in patterns.items():
        try:
            compiled = p.compiled()
        except regex.error as exc:  # pragma: no cover - the failure message names the pattern
            pytest.fail(f"{label} does not compile: {exc}")
        assert compiled.pattern == p.pattern


def test_every_rule_compiles_and_is_checked():
    for rule in all_rules():
        assert "trigger" in rule.compiled.groupindex, rule.id


def test_a_lazy_pattern_behaves_as_the_compiled_one():
    p = _lazy_regex.compile(r"(?P<w>\w+)-(?P<n>\d+)", regex.I)
    real = regex.compile(r"(?P<w>\w+)-(?P<n>\d+)", regex.I)
    assert isinstance(p, regex.Pattern)
    assert p.pattern == real.pattern
    text = "F-35 and Su-57, not x-y"
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert p.search(text).group("w") == "F"
    assert p.sub(r"\g<n>", text) == real.sub(r"\g<n>", text)
    assert (p.flags, p.groupindex, p.groups) == (real.flags, real.groupindex, real.groups)
    assert regex.search(p, text).span() == real.search(text).span()  # regex's functions take it
    assert pickle.loads(pickle.dumps(p)).pattern == real.pattern
    assert copy.copy(p) is p and copy.deepcopy(p) is p
    named = _lazy_regex.compile(r"\L<words>", words=["one", "two"])
    assert named.fullmatch("two") and not named.fullmatch("three")


def test_a_malformed_lazy_pattern_fails_on_first_use():
    p = _lazy_regex.compile(r"(unclosed")
    with pytest.raises(regex.error):
        p.search("x")


def test_a_rule_built_outside_the_package_is_checked_at_once():
    from defevents.errors import RuleError

    with pytest.raises(RuleError, match="does not compile"):
        Rule(id="agreement.outside", summary="s", pattern=r"(?P<trigger>signed", build=lambda m, d, r: None)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_restored(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with paused_gc():
            assert not gc.isenabled()
            with paused_gc():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled

        @nogc
        def boom():
            assert not gc.isenabled()
            raise ValueError

        with pytest.raises(ValueError):
            boom()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
