"""Signing in, and reading the person of each request with what the main menu asks of them.

The menu offers "New application" to applicants only (`access.can_apply`), on every page;
reading whether the person has a project role, and a writer's one, with the person
themselves spares every page a query of its own."""

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from projects.access import with_role_facts


class PersonWithRolesBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None and password is not None:
            # A refusal is final here: the plain backend after this one (kept for older
            # sessions) would check the same password a second time.
            raise PermissionDenied
        return user

    def get_user(self, user_id):
        people = _people_with_role_facts()
        try:
            user = people.get(pk=user_id)
        except people.model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


@cache
def _people_with_role_facts() -> QuerySet:
    """Built once per process and only ever cloned (`get` filters a copy, never evaluates
    this one): resolving the two subqueries anew took 0.4 ms of every request."""
    return with_role_facts(get_user_model()._default_manager.all())
