from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from portal import formatting
from portal.markdown import render

NBSP = "\u00a0"


def test_money_is_shown_the_swedish_way():
    assert formatting.money(Decimal("9710000")) == f"9{NBSP}710{NBSP}000{NBSP}kr"
    assert formatting.money(Decimal("5250000"), "NOK") == f"5{NBSP}250{NBSP}000{NBSP}NOK"
    assert formatting.money(Decimal("-1234.5"), "SEK", 2) == f"\u22121{NBSP}234,50{NBSP}kr"
    assert formatting.money(0) == f"0{NBSP}kr"
    assert formatting.money(None) == ""


def test_rounding_is_half_up_like_a_person_rounds():
    assert formatting.group_thousands(Decimal("35714.5")) == f"35{NBSP}715"
    assert formatting.group_thousands(Decimal("2.5")) == "3"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_grouping_never_changes_the_number(number):
    shown = formatting.group_thousands(number)
    assert int(shown.replace(NBSP, "").replace("\u2212", "-")) == number


@given(st.decimals(min_value=-10**11, max_value=10**11, places=2), st.sampled_from([0, 1, 2, 3]))
def test_decimals_are_rounded_half_up_and_grouped_by_three(number, decimals):
    shown = formatting.group_thousands(number, decimals)
    whole, _comma, fraction = shown.removeprefix("\u2212").partition(",")
    groups = whole.split(NBSP)
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    assert len(fraction) == decimals
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    assert Decimal(shown.replace(NBSP, "").replace(",", ".").replace("\u2212", "-")) == rounded
    assert shown.startswith("\u2212") == (rounded < 0)  # never "−0"


def test_markdown_keeps_lists_and_emphasis_and_drops_scripts():
    html = render("- **Talent**\n- *Tolerance*\n\n<img src=x onerror=alert(1)>")
    assert "<li><strong>Talent</strong></li>" in html
    assert "<em>Tolerance</em>" in html
    assert "onerror" not in html and "<img" not in html


def test_markdown_links_get_safe_rel_and_unsafe_schemes_are_removed():
    html = render("[Tillväxtverket](https://tillvaxtverket.se) [x](javascript:alert(1))")
    assert 'href="https://tillvaxtverket.se"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "javascript:" not in html


def test_every_amount_follows_one_rule_whole_units_with_ore_exactly_when_there_are_any():
    from finance.templatetags.finance import figure

    converted = Decimal("1748975.29")
    assert formatting.money(converted, "EUR") == f"1{NBSP}748{NBSP}975,29{NBSP}EUR"
    assert formatting.money(Decimal("1748975.00"), "EUR") == f"1{NBSP}748{NBSP}975{NBSP}EUR"
    # The grids' figures and the money beside them read the same amount the same way.
    assert formatting.money(converted, "").rstrip() == figure(converted)
