"""The parts of an application that are lists: goals, people, organisations."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Organisation
from projects.models.project import HorizontalRating, Project

__all__ = ["HorizontalRating"]


class SubGoal(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="sub_goals")
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("sub-goal"), max_length=300)
    description = models.TextField(_("main activities and description"), blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("sub-goal")
        verbose_name_plural = _("sub-goals")

    def __str__(self) -> str:
        return self.title


class BenefitArea(models.Model):
    """Gevinstområde of a Norwegian PLP project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="benefit_areas")
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("benefit area"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("benefit area")
        verbose_name_plural = _("benefit areas")

    def __str__(self) -> str:
        return self.title


class ParticipationRole(models.TextChoices):
    OWNER = "owner", _("Project owner")
    PARTNER = "partner", _("Partner")
    MUNICIPALITY = "municipality", _("Participating municipality")
    COFINANCIER = "cofinancier", _("Co-financier")


class Participation(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participations")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    role = models.CharField(_("role"), max_length=20, choices=ParticipationRole.choices)

    class Meta:
        ordering = ["role", "organisation__name"]
        verbose_name = _("participating organisation")
        verbose_name_plural = _("participating organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation"], name="participation_once_per_project"
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role="owner"),
                name="participation_one_owner",
            ),
            models.CheckConstraint(
                condition=Q(role__in=ParticipationRole.values), name="participation_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class GroupKind(models.TextChoices):
    STEERING = "steering", _("Steering group")
    REFERENCE = "reference", _("Reference group")
    PROJECT = "project", _("Project group")


class MemberKind(models.TextChoices):
    POLITICIAN = "politician", _("Elected representative")
    OFFICIAL = "official", _("Public official")
    BUSINESS = "business", _("Business")
    ACADEMIA = "academia", _("Academia")
    EXTERNAL = "external", _("External expert")
    OTHER = "other", _("Other")


class GroupMember(models.Model):
    """A seat in the steering, reference or project group. The person may be named later."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="group_members")
    group = models.CharField(_("group"), max_length=20, choices=GroupKind.choices)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name or seat"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    kind = models.CharField(_("kind of member"), max_length=20, choices=MemberKind.choices)
    role_title = models.CharField(_("role in the group"), max_length=200, blank=True)

    class Meta:
        # Steering group first, as applications list it.
        ordering = [
            models.Case(
                models.When(group="steering", then=0),
                models.When(group="reference", then=1),
                default=2,
            ),
            "position",
            "id",
        ]
        verbose_name = _("group member")
        verbose_name_plural = _("group members")
        constraints = [
            models.CheckConstraint(
                condition=Q(group__in=GroupKind.values), name="group_member_group_valid"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=MemberKind.values), name="group_member_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class StaffMember(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="staff")
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name or post"), max_length=200)
    title = models.CharField(_("role in the project"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("employer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    fte = models.DecimalField(
        _("full-time equivalents"),
        max_digits=4,
        decimal_places=2,
        help_text=_("1,00 is one full-time post."),
    )

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("staff member")
        verbose_name_plural = _("staff")
        constraints = [
            models.CheckConstraint(
                condition=Q(fte__gt=0) & Q(fte__lte=10), name="staff_fte_in_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.title})"
