"""The risk register in every frozen version of the application, and read back from one so
the version page draws the same heat map and table. Keyed by the risk's code (R1, R2, …),
which does not change when a risk is reworded, so comparing versions lines up the same risk.
Every schema ever frozen stays readable (`read`)."""

from datetime import date

from projects.models import Project
from risks.models import Risk, RiskRegister
from risks.selectors import RiskView, risk_view

SCHEMA = 1
FIELDS = ("title", "description", "category", "likelihood", "impact", "consequence",
          "response", "mitigation", "owner", "status")


def build(project: Project) -> dict:
    register = RiskRegister.objects.filter(project=project).first()
    risks = {}
    for risk in Risk.objects.filter(project=project):
        risks[risk.code] = {
            "number": risk.number, **{name: getattr(risk, name) for name in FIELDS},
            "value": risk.value,
            "next_review_on": risk.next_review_on.isoformat() if risk.next_review_on else "",
            "identified_on": risk.identified_on.isoformat()}
    return {"schema": SCHEMA, "text": register.text if register else "", "risks": risks}


def read(part: dict, frozen_on: date) -> tuple[list[RiskView], str] | None:
    """The frozen risks as the register's read model, and the register's text; None for a
    schema this code does not know."""
    if part.get("schema") != 1:
        return None
    views = []
    for data in sorted(part["risks"].values(), key=lambda r: r["number"]):
        risk = Risk(number=data["number"], **{name: data[name] for name in FIELDS},
                    next_review_on=date.fromisoformat(data["next_review_on"])
                    if data["next_review_on"] else None,
                    identified_on=date.fromisoformat(data["identified_on"]))
        views.append(risk_view(risk, None, None, frozen_on))
    return views, part.get("text", "")
