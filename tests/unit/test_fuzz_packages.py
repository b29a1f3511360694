"""Hostile packages, seeded: each is refused in Chinese with the township file unchanged, or imported validly.

The rules are bench/fuzz_import.py's PackageOracle (no exception but a SanhuiError, no case past its time
limit, no change on a refusal, integrity and foreign keys after an import). The big run:
``python -m bench.fuzz_import --kinds package --cases 2500``.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fuzz_cases import package_cases  # noqa: E402
from bench.fuzz_import import PackageOracle  # noqa: E402

CASES = 150


@pytest.fixture(scope="module")
def oracle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-packages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SANHUI_HOME", str(folder / "home"))
        made = PackageOracle(folder / "work")
        yield made
        made.close()


def test_the_valid_packages_are_imported(oracle):
    from bench.fuzz_cases import Case

    for source in oracle.world.sources:
        outcome = oracle.run(Case("package", source.how, source.data, ".sanhui"), seconds=20.0)
        assert outcome.problems == [] and outcome.result == "imported", (source.how, outcome.detail)


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_hostile_packages(oracle, seed):
    results = {}
    failures = []
    for case in package_cases(random.Random(seed), CASES // 3, oracle.world):
        outcome = oracle.run(case, seconds=10.0)
        results[outcome.result] = results.get(outcome.result, 0) + 1
        if outcome.problems:
            failures.append(f"{case.how}: {outcome.problems}\n{outcome.detail[-600:]}")
    assert not failures, f"{len(failures)} broke a rule:\n" + "\n".join(failures[:3])
    assert results.get("refused", 0) > CASES // 6, results
