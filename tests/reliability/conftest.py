"""The finance fixtures (a programme with rules, budgets on the shipped cost-category set),
for the tests of what a submitted budget keeps."""

from tests.finance.conftest import (  # noqa: F401
    interreg,
    make_budget,
    manager,
    project,
    rules,
    tvv_set,
    two_sides,
)
