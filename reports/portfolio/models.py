"""What the portfolio keeps of its own: the funding body's classification (e.g. the
smart-specialisation focus areas of its innovation strategy), the facts a case officer sets on
a project at decision, grants decided outside the portal (an imported ledger), the figures a
funding body reports only as totals, and each project's stored traffic lights."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Organisation, OrganisationKind
from projects.models import Project


class Leadership(models.TextChoices):
    """Who leads the supported company or the project owner, as funders report it."""

    WOMAN = "woman", _("Led by a woman")
    MAN = "man", _("Led by a man")
    SHARED = "shared", _("Shared leadership")


class Light(models.TextChoices):
    GREEN = "green", _("On track")
    AMBER = "amber", _("Watch")
    RED = "red", _("Off track")
    NONE = "none", _("Not judged")


class Classification(models.Model):
    """A classification the funding body maintains, e.g. “Smart specialisering –
    fokusområden”. Its areas are what grants are classified by."""

    funding_body = models.ForeignKey(
        Organisation, verbose_name=_("funding body"), on_delete=models.PROTECT,
        related_name="classifications", limit_choices_to={"kind": OrganisationKind.FUNDING_BODY})
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["funding_body", "name"]
        verbose_name = _("classification")
        verbose_name_plural = _("classifications")
        constraints = [models.UniqueConstraint(fields=["funding_body", "name"],
                                               name="classification_unique_name")]

    def __str__(self) -> str:
        return self.name


class FocusArea(models.Model):
    classification = models.ForeignKey(Classification, on_delete=models.CASCADE,
                                       related_name="areas")
    position = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=200)
    # A retired area is offered for no new decision, but stays on the grants that have it.
    retired_on = models.DateField(_("retired on"), null=True, blank=True)
    revision = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["classification", "position"]
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")
        constraints = [
            models.UniqueConstraint(fields=["classification", "name"],
                                    name="focus_area_unique_name"),
            models.UniqueConstraint(fields=["classification", "position"],
                                    name="focus_area_unique_position"),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.name}"


class DecisionFacts(models.Model):
    """What the case officer records about a project at decision, for the portfolio."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE,
                                   related_name="portfolio_facts")
    focus_area = models.ForeignKey(FocusArea, verbose_name=_("focus area"), null=True,
                                   blank=True, on_delete=models.PROTECT, related_name="+")
    municipality = models.ForeignKey(
        Organisation, verbose_name=_("municipality"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
        limit_choices_to={"kind": OrganisationKind.MUNICIPALITY})
    leadership = models.CharField(_("leadership"), max_length=10, blank=True,
                                  choices=Leadership.choices)
    decided_on = models.DateField(_("decision date"), null=True, blank=True)
    revision = models.PositiveIntegerField(default=0)
    saved_at = models.DateTimeField(auto_now=True)
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                 related_name="+")

    class Meta:
        verbose_name = _("decision facts")
        verbose_name_plural = _("decision facts")
        constraints = [models.CheckConstraint(
            condition=Q(leadership__in=["", *Leadership.values]),
            name="decision_facts_leadership_valid")]

    def __str__(self) -> str:
        return str(self.project)


class LedgerImport(models.Model):
    """One grant-ledger file of a funding body, imported whole."""

    funding_body = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    file_name = models.CharField(_("file"), max_length=200)
    note = models.TextField(_("note"), blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-imported_at"]
        verbose_name = _("grant-ledger import")
        verbose_name_plural = _("grant-ledger imports")

    def __str__(self) -> str:
        return f"{self.funding_body} {self.year}: {self.file_name}"


class LedgerEntry(models.Model):
    """A grant decided outside the portal, as the ledger row said it. Never edited: a wrong
    file is removed whole and imported again."""

    ledger = models.ForeignKey(LedgerImport, on_delete=models.CASCADE, related_name="entries")
    funding_body = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    row_number = models.PositiveIntegerField(_("row"))
    name = models.CharField(_("project or company"), max_length=300)
    decided_on = models.DateField(_("decision date"))
    year = models.PositiveSmallIntegerField(_("year"))
    granted_amount = models.DecimalField(_("granted amount"), max_digits=14, decimal_places=2)
    # The funding body's own currency (NOK for a Norwegian one); never added to another.
    currency = models.CharField(_("currency"), max_length=3, default="SEK",
                                choices=[("SEK", "SEK"), ("NOK", "NOK"), ("EUR", "EUR")])
    focus_area = models.ForeignKey(FocusArea, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    municipality = models.ForeignKey(Organisation, null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")
    leadership = models.CharField(_("leadership"), max_length=10, blank=True,
                                  choices=Leadership.choices)
    expected_jobs_women = models.DecimalField(_("expected new jobs, women"), max_digits=9,
                                              decimal_places=1, default=0)
    expected_jobs_men = models.DecimalField(_("expected new jobs, men"), max_digits=9,
                                            decimal_places=1, default=0)

    class Meta:
        ordering = ["ledger", "row_number"]
        verbose_name = _("imported grant")
        verbose_name_plural = _("imported grants")
        indexes = [models.Index(fields=["funding_body", "year"], name="ledger_entry_by_year")]
        constraints = [
            models.CheckConstraint(condition=Q(granted_amount__gte=0),
                                   name="ledger_entry_amount_not_negative"),
            models.CheckConstraint(condition=Q(expected_jobs_women__gte=0)
                                   & Q(expected_jobs_men__gte=0),
                                   name="ledger_entry_jobs_not_negative"),
            models.CheckConstraint(condition=Q(leadership__in=["", *Leadership.values]),
                                   name="ledger_entry_leadership_valid"),
        ]

    def __str__(self) -> str:
        return self.name


class StatisticMeasure(models.TextChoices):
    APPLICATIONS_RECEIVED = "applications_received", _("Applications received")
    APPLICATIONS_GRANTED = "applications_granted", _("Applications granted")
    AMOUNT_GRANTED = "amount_granted", _("Support granted (kr)")
    INVESTMENTS = "investments", _("Investments the support corresponds to (kr)")
    EXPECTED_JOBS = "expected_jobs", _("Expected new jobs")
    EXPECTED_JOBS_WOMEN = "expected_jobs_women", _("Expected new jobs for women")
    EXPECTED_JOBS_WOMEN_PERCENT = "expected_jobs_women_pct", _("Expected new jobs for women (%)")
    EXPECTED_JOBS_MEN_PERCENT = "expected_jobs_men_pct", _("Expected new jobs for men (%)")
    LED_BY_WOMEN_PERCENT = "led_by_women_pct", _("Companies led by a woman (%)")
    LED_BY_MEN_PERCENT = "led_by_men_pct", _("Companies led by a man (%)")
    SHARED_LEADERSHIP_PERCENT = "shared_leadership_pct", _("Companies with shared leadership (%)")
    SERVICE_GRANT_SHOPS = "service_grant_shops", _("Shops granted a service grant")
    SERVICE_GRANT = "service_grant", _("Service grants (kr)")
    HOME_DELIVERY_PAID = "home_delivery_paid", _("Home-delivery grants paid (kr)")
    OPERATING_SUPPORT_SHOPS = "operating_support_shops", _("Shops granted operating support")
    OPERATING_SUPPORT = "operating_support", _("Special operating support (kr)")


class ReportedStatistic(models.Model):
    """A figure a funding body reports only as a total (e.g. its business support for the
    year): kept as reported, shown as reported, never presented as computed."""

    funding_body = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    topic = models.CharField(_("topic"), max_length=200,
                             help_text=_("E.g. “Regionala företagsstöd och innovationsstöd”."))
    measure = models.CharField(_("measure"), max_length=30, choices=StatisticMeasure.choices)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    source = models.CharField(_("source"), max_length=300)

    class Meta:
        ordering = ["funding_body", "year", "id"]  # as the report gives them
        verbose_name = _("reported statistic")
        verbose_name_plural = _("reported statistics")
        constraints = [
            models.UniqueConstraint(fields=["funding_body", "year", "topic", "measure"],
                                    name="reported_statistic_once"),
            models.CheckConstraint(condition=Q(measure__in=StatisticMeasure.values),
                                   name="reported_statistic_measure_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.topic}: {self.get_measure_display()}"


class StoredLights(models.Model):
    """A project's traffic lights as last computed, so the portfolio can filter on “off
    track” in SQL. Rewritten whenever the dashboard is computed for today and by
    `refresh_status_lights`."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE,
                                   related_name="status_lights")
    time = models.CharField(max_length=5, choices=Light.choices, default=Light.NONE)
    money = models.CharField(max_length=5, choices=Light.choices, default=Light.NONE)
    results = models.CharField(max_length=5, choices=Light.choices, default=Light.NONE)
    computed_on = models.DateField()

    class Meta:
        verbose_name = _("stored traffic lights")
        verbose_name_plural = _("stored traffic lights")
        constraints = [models.CheckConstraint(
            condition=Q(time__in=Light.values) & Q(money__in=Light.values)
            & Q(results__in=Light.values), name="stored_lights_valid")]

    def __str__(self) -> str:
        return f"{self.project}: {self.time}/{self.money}/{self.results}"

    @property
    def off_track(self) -> bool:
        return Light.RED in (self.time, self.money, self.results)


class PortfolioExport(models.Model):
    """An export of a large filtered portfolio, made in the background; its file is offered
    only once the worker has written all of it, and only to the person who asked."""

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                     related_name="+")
    funding_body = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=4, choices=[("xlsx", "Excel (xlsx)"), ("csv", "CSV")])
    query = models.TextField(blank=True)  # the portfolio's filter as the page had it
    language = models.CharField(max_length=2, default="sv")
    status = models.CharField(_("status"), max_length=20, default="queued", choices=[
        ("queued", _("Waiting for the worker")), ("running", _("Being made")),
        ("done", _("Ready")), ("failed", _("Failed"))])
    total = models.PositiveIntegerField(default=0)
    file_name = models.CharField(max_length=200, blank=True)
    file_size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("portfolio export")
        verbose_name_plural = _("portfolio exports")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["xlsx", "csv"]),
                                   name="portfolio_export_kind_valid"),
            models.CheckConstraint(condition=~Q(status="done") | ~Q(file_name=""),
                                   name="portfolio_export_done_has_file"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.pk}"


class LineSource(models.TextChoices):
    PORTAL = "portal", _("Portal")
    LEDGER = "ledger", _("Imported")


class PortfolioLine(models.Model):
    """The portfolio's read model: one narrow row per project of a funding body's portfolio
    and per imported grant, with every figure the portfolio filters, sorts and sums by, so
    the list and its totals read one table. Rewritten in the transaction that changes what it
    reads (`reports.portfolio.lines`); `rebuild_portfolio_lines --check` compares it with
    its sources."""

    funding_body = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=6, choices=LineSource.choices)
    project = models.OneToOneField(Project, null=True, on_delete=models.CASCADE,
                                   related_name="portfolio_line")
    ledger_entry = models.OneToOneField(LedgerEntry, null=True, on_delete=models.CASCADE,
                                        related_name="portfolio_line")
    slug = models.CharField(max_length=100, blank=True)
    name = models.CharField(max_length=300)
    programme = models.ForeignKey("projects.Programme", null=True, on_delete=models.CASCADE,
                                  related_name="+")
    status = models.CharField(max_length=30)  # the project's, or "imported"
    year = models.PositiveSmallIntegerField(null=True)
    amount = models.DecimalField(max_digits=16, decimal_places=2)
    currency = models.CharField(max_length=3)
    focus_area = models.ForeignKey(FocusArea, null=True, on_delete=models.CASCADE,
                                   related_name="+")
    municipality = models.ForeignKey(Organisation, null=True, on_delete=models.CASCADE,
                                     related_name="+")
    county = models.CharField(max_length=4, blank=True)  # "SE25", see counties
    leadership = models.CharField(max_length=10, blank=True)
    jobs_women = models.DecimalField(max_digits=14, decimal_places=2)
    jobs_men = models.DecimalField(max_digits=14, decimal_places=2)
    off_track = models.BooleanField(default=False)
    # A project's title, summary and short name as the text search reads them
    # (`projects.search.search_vector`), kept with the line so a search of the portfolio reads
    # the line alone; PostgreSQL only (SQLite searches the projects), NULL for an imported
    # grant, found by its name.
    search = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("portfolio line")
        verbose_name_plural = _("portfolio lines")
        indexes = [
            # The first page sorted by name reads the index in order and stops after 50.
            models.Index(fields=["funding_body", "name", "source", "id"],
                         name="portfolio_line_by_name"),
            models.Index(fields=["funding_body", "status", "year"],
                         name="portfolio_line_by_status"),
            models.Index(fields=["funding_body", "year"], name="portfolio_line_by_year"),
            models.Index(fields=["funding_body", "amount"], name="portfolio_line_by_amount"),
            # The county filter, and its choices read from the index alone.
            models.Index(fields=["funding_body", "county"], name="portfolio_line_by_county"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(source="portal", project__isnull=False,
                             ledger_entry__isnull=True)
                           | Q(source="ledger", project__isnull=True,
                               ledger_entry__isnull=False)),
                name="portfolio_line_one_source"),
        ]

    def __str__(self) -> str:
        return self.name


class PortfolioFinancier(models.Model):
    """Who co-finances a project of the portfolio in its current financing plans, one row a
    project and financier: the portfolio's financier filter and its choices read these few
    rows, not every plan's sources. Kept with the project's line (`lines`)."""

    funding_body = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    financier = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("portfolio financier")
        verbose_name_plural = _("portfolio financiers")
        indexes = [models.Index(fields=["funding_body", "financier", "project"],
                                name="portfolio_financier_by_body")]
        constraints = [models.UniqueConstraint(fields=["project", "financier"],
                                               name="portfolio_financier_once")]

    def __str__(self) -> str:
        return f"{self.project_id}: {self.financier_id}"
