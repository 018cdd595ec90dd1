"""The totals stored with every budget version, so that a portfolio sums money in SQL.

Derived, never typed: `finance.services.totals.refresh_totals` writes them from the
version's parts in the same transaction as every save, and a test recomputes them from the
parts. The rate is the one the reporting-currency figures were converted at; once the
version is submitted it is frozen here (`rate_frozen_at`) and used from then on.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


def _money(label):
    return models.DecimalField(label, max_digits=16, decimal_places=2, default=0,
                               editable=False)


def _reporting(label):
    return models.DecimalField(label, max_digits=16, decimal_places=2, null=True, blank=True,
                               editable=False)


class StoredTotals(models.Model):
    cost_total = _money(_("cost"))  # every cost, flat rates included, income not
    income_total = _money(_("project income"))
    eligible_total = _money(_("eligible cost"))  # cost minus income
    flat_rate_total = _money(_("flat-rate amounts"))
    in_kind_total = _money(_("in-kind contributions valued as cost"))
    financing_total = _money(_("financing"))
    public_financing_total = _money(_("public financing"))
    eu_financing_total = _money(_("EU funds"))

    reporting_currency = models.CharField(_("reporting currency"), max_length=3, blank=True,
                                          editable=False)
    rate = models.DecimalField(
        _("exchange rate"), max_digits=18, decimal_places=6, null=True, blank=True,
        editable=False, help_text=_("Units of the budget's currency per reporting unit."))
    rate_method = models.CharField(_("how the rate is set"), max_length=10, blank=True,
                                   editable=False)
    rate_source = models.CharField(_("source of the rate"), max_length=300, blank=True,
                                   editable=False)
    rate_on = models.DateField(_("rate as of"), null=True, blank=True, editable=False)
    rate_frozen_at = models.DateTimeField(
        _("rate frozen at submission"), null=True, blank=True, editable=False)
    reporting_cost_total = _reporting(_("cost in the reporting currency"))
    reporting_eligible_total = _reporting(_("eligible cost in the reporting currency"))
    reporting_financing_total = _reporting(_("financing in the reporting currency"))
    totals_at = models.DateTimeField(_("totals written at"), null=True, blank=True,
                                     editable=False)

    class Meta:
        abstract = True
