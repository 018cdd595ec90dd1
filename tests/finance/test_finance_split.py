"""The municipal split: seed 004's table exactly, and parts that always sum to the whole."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finance.split import Municipality, SplitError, split_amount

KONGSBERGREGIONEN = [("Hjartdal", 1619), ("Tinn", 6066), ("Notodden", 12232),
                     ("Kongsberg", 23997), ("Flesberg", 2521), ("Rollag", 1419),
                     ("Nore og Uvdal", 2534)]
# Seed 004, "Kommunenes direkte finansiering (kr 500 000)", every row as printed.
PRINTED = {"Hjartdal": (35714, 8033, 43747), "Tinn": (35714, 30096, 65811),
           "Notodden": (35714, 60689, 96403), "Kongsberg": (35714, 119061, 154775),
           "Flesberg": (35714, 12508, 48222), "Rollag": (35714, 7040, 42755),
           "Nore og Uvdal": (35714, 12572, 48287)}


def municipalities(rows):
    return [Municipality(name, population) for name, population in rows]


def test_it_reproduces_the_kongsbergregionen_table_row_by_row():
    shares = split_amount(500000, municipalities(KONGSBERGREGIONEN), 50)
    assert {s.municipality.name: (s.equal_part_rounded, s.population_part_rounded, s.amount)
            for s in shares} == PRINTED
    assert sum(s.amount for s in shares) == 500000
    assert sum(m.population for m in municipalities(KONGSBERGREGIONEN)) == 50388


def test_the_printed_component_columns_do_not_add_up_but_the_shares_do():
    shares = split_amount(500000, municipalities(KONGSBERGREGIONEN), 50)
    assert sum(s.equal_part_rounded for s in shares) == 249998  # 7 × 35 714
    assert sum(s.population_part_rounded for s in shares) == 249999
    assert sum(s.equal_part for s in shares) == sum(s.population_part for s in shares) == 250000


def test_equal_shares_give_fifty_thousand_to_each_of_ten_municipalities():
    rows = [(f"Kommun {n}", 0) for n in range(10)]
    shares = split_amount(500000, municipalities(rows), 100)
    assert [s.amount for s in shares] == [50000] * 10


def test_the_left_over_kronor_go_to_the_largest_remainders_then_larger_population():
    # 100 split equally between three: 33.33 each; one krona left over. All remainders tie,
    # so the largest population gets it.
    shares = split_amount(100, municipalities([("A", 10), ("B", 30), ("C", 20)]), 100)
    assert {s.municipality.name: s.amount for s in shares} == {"A": 33, "B": 34, "C": 33}


def test_a_full_tie_goes_by_name_so_the_order_given_does_not_matter():
    forward = split_amount(2, municipalities([("Övertorneå", 5), ("Arjeplog", 5),
                                              ("Kalix", 5)]), 100)
    backward = split_amount(2, municipalities([("Kalix", 5), ("Arjeplog", 5),
                                               ("Övertorneå", 5)]), 100)
    assert {s.municipality.name: s.amount for s in forward} == {
        s.municipality.name: s.amount for s in backward} == {
        "Arjeplog": 1, "Kalix": 1, "Övertorneå": 0}


@pytest.mark.parametrize("amount,rows,equal,message", [
    (100, [], 50, "at least one"),
    (Decimal("100.5"), [("A", 1)], 50, "whole"),
    (100, [("A", 1)], 101, "between 0 and 100"),
    (100, [("A", 0), ("B", 0)], 50, "population"),
    (100, [("A", 1), ("A", 2)], 50, "twice"),
])
def test_it_refuses_what_it_cannot_split(amount, rows, equal, message):
    with pytest.raises(SplitError, match=message):
        split_amount(amount, municipalities(rows), equal)


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö ", min_size=1, max_size=12)
rows_strategy = st.lists(st.tuples(names, st.integers(min_value=1, max_value=1_000_000)),
                         min_size=1, max_size=40, unique_by=lambda row: row[0])
percent_strategy = st.decimals(min_value=0, max_value=100, places=2)


@settings(max_examples=300, deadline=None)
@given(amount=st.integers(min_value=0, max_value=10**11), rows=rows_strategy,
       equal=percent_strategy)
def test_parts_always_sum_exactly_to_the_whole(amount, rows, equal):
    shares = split_amount(amount, municipalities(rows), equal)
    assert sum(s.amount for s in shares) == amount
    assert len(shares) == len(rows)


@settings(max_examples=300, deadline=None)
@given(amount=st.integers(min_value=0, max_value=10**11), rows=rows_strategy,
       equal=percent_strategy)
def test_every_part_is_its_exact_share_rounded_down_or_up(amount, rows, equal):
    for share in split_amount(amount, municipalities(rows), equal):
        assert share.exact - 1 < share.amount < share.exact + 1
        assert share.amount >= 0


@settings(max_examples=200, deadline=None)
@given(amount=st.integers(min_value=0, max_value=10**9), rows=rows_strategy,
       equal=percent_strategy, seed=st.randoms())
def test_the_order_of_the_municipalities_changes_nothing(amount, rows, equal, seed):
    shuffled = list(rows)
    seed.shuffle(shuffled)
    first = {s.municipality.name: s.amount for s in split_amount(amount, municipalities(rows),
                                                                  equal)}
    second = {s.municipality.name: s.amount
              for s in split_amount(amount, municipalities(shuffled), equal)}
    assert first == second


@settings(max_examples=200, deadline=None)
@given(amount=st.integers(min_value=0, max_value=10**9), rows=rows_strategy)
def test_equal_shares_differ_by_at_most_one_krona(amount, rows):
    amounts = [s.amount for s in split_amount(amount, municipalities(rows), 100)]
    assert max(amounts) - min(amounts) <= 1
    assert Fraction(sum(amounts), len(amounts)) == Fraction(amount, len(amounts))
