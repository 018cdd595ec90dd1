"""Splitting an amount between municipalities, in whole units, parts summing exactly.

The rule: each municipality's exact share is

    amount × equal% / n  +  amount × (100 − equal%) / 100 × population / total population

computed with exact fractions. Every share is rounded down to whole kronor; the kronor
left over (fewer than the number of municipalities) go one each to the shares with the
largest dropped fractions (the largest-remainder or Hamilton method). Ties go to the
larger population, then to the name in alphabetical order, so the result never depends
on the order the municipalities were listed in.

This reproduces the table of Kongsbergregionen's project sketch (2009) exactly.
"""

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import floor


@dataclass(frozen=True)
class Municipality:
    name: str
    population: int
    key: object = None  # whatever the caller uses to find it again, e.g. an organisation id


@dataclass(frozen=True)
class Share:
    municipality: Municipality
    equal_part: Fraction
    population_part: Fraction
    amount: int  # whole units; the shares sum exactly to the amount split

    @property
    def exact(self) -> Fraction:
        return self.equal_part + self.population_part

    @property
    def equal_part_rounded(self) -> int:
        """The equal part on its own, rounded half up, as a document would print it."""
        return _round_half_up(self.equal_part)

    @property
    def population_part_rounded(self) -> int:
        return _round_half_up(self.population_part)


class SplitError(ValueError):
    pass


def split_amount(
    amount: int | Decimal, municipalities: list[Municipality], equal_percent: Decimal | int
) -> list[Share]:
    """Shares in the order given. `equal_percent` 100 is equal shares, 0 is by population."""
    total = Fraction(Decimal(amount))
    if total.denominator != 1 or total < 0:
        raise SplitError("Only a whole, non-negative amount can be split.")
    if not municipalities:
        raise SplitError("Choose at least one municipality.")
    equal = Fraction(Decimal(equal_percent)) / 100
    if not 0 <= equal <= 1:
        raise SplitError("The equal part must be between 0 and 100 per cent.")
    names = [m.name for m in municipalities]
    if len(set(names)) != len(names):
        raise SplitError("A municipality is listed twice.")
    population = sum(m.population for m in municipalities)
    if equal < 1 and population <= 0:
        raise SplitError("Splitting by population needs the population of every municipality.")
    if any(m.population < 0 for m in municipalities):
        raise SplitError("A population cannot be negative.")

    equal_each = total * equal / len(municipalities)
    by_population = total * (1 - equal)
    parts = []
    for m in municipalities:
        population_part = by_population * m.population / population if population else Fraction(0)
        parts.append((m, equal_each, population_part))

    floors = [floor(e + p) for _, e, p in parts]
    left_over = int(total) - sum(floors)
    order = sorted(
        range(len(parts)),
        key=lambda i: (-(parts[i][1] + parts[i][2] - floors[i]), -parts[i][0].population,
                       parts[i][0].name),
    )
    for i in order[:left_over]:
        floors[i] += 1
    return [Share(m, e, p, floors[i]) for i, (m, e, p) in enumerate(parts)]


def _round_half_up(value: Fraction) -> int:
    return floor(value + Fraction(1, 2))
