"""The dashboard as PDF: the same content and pictures as the page, for whoever may read the
dashboard, offered from the page."""

import io

from django.urls import reverse
from pypdf import PdfReader

from projects.models import Project


def test_the_dashboard_downloads_as_a_pdf(client, personas, project):
    Project.objects.filter(pk=project.pk).update(status="running")
    client.force_login(personas["steering"])
    page = client.get(reverse("portfolio:dashboard", args=[project.slug])).content.decode()
    assert reverse("portfolio:dashboard_pdf", args=[project.slug]) in page
    response = client.get(reverse("portfolio:dashboard_pdf", args=[project.slug]),
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "nis-dashboard-" in response["Content-Disposition"]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Status dashboard" in text and project.title in text
    assert "Time" in text and "Money" in text and "Results" in text
