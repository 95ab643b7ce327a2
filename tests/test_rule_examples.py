"""Every rule's own examples and counterexamples, run through the whole pipeline."""

from __future__ import annotations

import pytest

from defevents import extract
from defevents.rules import Ex, all_rules

from .conftest import assert_grounded
from .gold import date_within

EXAMPLES = [pytest.param(rule, ex, id=f"{rule.id}[{i}]") for rule in all_rules() for i, ex in enumerate(rule.examples)]
COUNTER = [
    pytest.param(rule, ex if isinstance(ex, Ex) else Ex(ex), id=f"{rule.id}[not {i}]")
    for rule in all_rules() for i, ex in enumerate(rule.counterexamples)
]


def _check(event, expect: dict) -> list[str]:
    errors = []
    for key, want in expect.items():
        if key == "participants":
            got = event.codes
        elif key == "date":
            got = event.when.value if event.when else None
            if not date_within(got, want):
                errors.append(f"date {got} not within {want}")
            continue
        elif key == "money":
            v = event.value
            got = f"{v.amount.normalize():f} {v.currency}" if v else None
        elif key in ("seller", "buyer", "deployer", "host"):
            a = getattr(event, key)
            got = a.code if a else None
        elif key in ("personnel", "quantity"):
            q = getattr(event, key)
            got = int(q.value) if q else None
        elif key == "location":
            got = event.location.name if event.location else None
        else:
            got = getattr(event, key)
        if got != want:
            errors.append(f"{key}: got {got!r}, want {want!r}")
    return errors


@pytest.mark.parametrize(("rule", "ex"), EXAMPLES)
def test_rule_example(rule, ex):
    """The rule's example yields an event of its type with the expected fields."""
    result = extract(ex.text, published=ex.published)
    assert_grounded(result, ex.text)
    events = [e for e in result.events if e.type == rule.type]
    assert events, f"no {rule.type} event in {ex.text!r}"
    problems = {id(e): _check(e, ex.expect) for e in events}
    best = min(events, key=lambda e: len(problems[id(e)]))
    assert not problems[id(best)], f"{best.rule}: {problems[id(best)]}"


@pytest.mark.parametrize(("rule", "ex"), COUNTER)
def test_rule_counterexample(rule, ex):
    """The rule's counterexample yields no event of its type at all."""
    result = extract(ex.text, published=ex.published)
    found = [(e.rule, e.evidence[0].text) for e in result.events if e.type == rule.type]
    assert not found, f"false {rule.type}: {found}"
