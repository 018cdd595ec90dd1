import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.models import Organisation, OrganisationKind
from projects.models import Programme, Project, ProjectStatus


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ProjectStatus.choices)
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=Programme.objects.all()
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY),
        method="in_municipality",
    )
    year = django_filters.NumberFilter(
        label=_("Active in year"), method="active_in_year",
        widget=forms.NumberInput(attrs={"min": 1990, "max": 2100}),
    )

    class Meta:
        model = Project
        fields = ["q", "status", "programme", "municipality", "year"]

    def search(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(
                Q(title__icontains=word) | Q(summary__icontains=word) | Q(slug__icontains=word)
            )
        return queryset

    def in_municipality(self, queryset, name, value):
        return queryset.filter(participations__organisation=value).distinct()

    def active_in_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(
            Q(start_date__year__lte=year) | Q(start_date__isnull=True),
            Q(end_date__year__gte=year) | Q(end_date__isnull=True),
        )
