"""The rule catalogue itself: ids, modules, examples, and the checks made when a rule is built."""

from __future__ import annotations

import pytest

from defevents.errors import RuleError
from defevents.rules import EVENT_MODULES, Ex, Rule, all_rules


def _noop(m, doc, rule):
    return None


def test_every_module_contributes_rules():
    """Each event module exports at least one rule of its own type."""
    types = {r.type for r in all_rules()}
    assert types == set(EVENT_MODULES)


def test_rule_ids_are_unique_and_typed():
    ids = [r.id for r in all_rules()]
    assert len(ids) == len(set(ids))


def test_every_rule_has_examples_and_counterexamples():
    for r in all_rules():
        assert r.examples, f"{r.id} has no examples"
        assert r.counterexamples, f"{r.id} has no counterexamples"
        assert r.summary.strip(), f"{r.id} has no summary"


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"id": "Agreement.Signed"}, "must read"),
    ({"id": "treaty.signed"}, "must read"),
    ({"pattern": r"(?P<trigger>signed"}, "does not compile"),
    ({"pattern": r"signed"}, "no (?P<trigger>"),
    ({"pattern": r"(?P<trigger>x?)"}, "empty string"),
])
def test_malformed_rules_are_rejected_with_their_id(kwargs, message):
    base = {"id": "agreement.test_rule", "summary": "s", "pattern": r"(?P<trigger>signed)", "build": _noop}
    base.update(kwargs)
    with pytest.raises(RuleError, match=message.replace("(", r"\(").replace("?", r"\?")):
        Rule(**base)


def test_example_keeps_expectations():
    ex = Ex("text", published="2025-01-01", participants=["FRA"])
    assert ex.expect == {"participants": ["FRA"]} and ex.published == "2025-01-01"
