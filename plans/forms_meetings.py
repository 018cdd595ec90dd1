"""The meeting record's form: date and kind, the people present (from the project's people,
and guests by name), the decisions and the actions, rows added, moved and removed on the
page like the plan's (plans.rows)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from plans import rows
from plans.forms import read_date, read_int
from plans.models import MeetingKind
from plans.readmodels import MeetingView
from plans.services.meetings import ActionInput, AttendeeInput, MeetingInput

GUESTS = rows.Spec("g", ("name", "role"))
DECISIONS = rows.Spec("b", ("text",))
ACTIONS = rows.Spec("t", ("title", "owner", "owner_name", "due_on"))
SPECS = {spec.name: spec for spec in (GUESTS, DECISIONS, ACTIONS)}


@dataclass
class MeetingForm:
    held_on: str = ""
    kind: str = MeetingKind.REGULAR
    title: str = ""
    notes: str = ""
    decision_point: str = ""
    present: dict[int, str] = field(default_factory=dict)  # user id: role at the meeting
    guests: list[rows.Row] = field(default_factory=list)
    decisions: list[rows.Row] = field(default_factory=list)
    actions: list[rows.Row] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, meeting: MeetingView | None, attendees=(), action_owners=None
           ) -> "MeetingForm":
        """`attendees`: (user id or None, name, role) as saved; `action_owners`: action id to
        owner's user id."""
        if meeting is None:
            return cls(decisions=[rows.Row("n1", {"text": ""})])
        present = {user_id: role for user_id, _name, role in attendees if user_id}
        guests = [rows.Row(f"n{n}", {"name": name, "role": role})
                  for n, (user_id, name, role) in enumerate(attendees, start=1) if not user_id]
        owners = action_owners or {}
        return cls(
            held_on=meeting.held_on.isoformat(), kind=meeting.kind, title=meeting.title,
            notes=meeting.notes, decision_point=str(meeting.decision_point_id or ""),
            present=present, guests=guests,
            decisions=[rows.Row(f"n{n}", {"text": text})
                       for n, text in enumerate(meeting.decisions, start=1)],
            actions=[rows.saved_row(a.id, {
                "title": a.title, "owner": str(owners.get(a.id) or ""),
                "owner_name": "" if owners.get(a.id) else a.owner_label,
                "due_on": a.due_on.isoformat()}) for a in meeting.actions])

    @classmethod
    def posted(cls, data, people: list[tuple[int, str]]) -> "MeetingForm":
        present = {pk: data.get(f"p{pk}-role", "").strip() for pk, _label in people
                   if data.get(f"p{pk}-present") == "1"}
        return cls(held_on=data.get("held_on", "").strip(),
                   kind=data.get("kind", MeetingKind.REGULAR),
                   title=data.get("title", "").strip(), notes=data.get("notes", "").strip(),
                   decision_point=data.get("decision_point", "").strip(), present=present,
                   guests=rows.read(data, GUESTS), decisions=rows.read(data, DECISIONS),
                   actions=rows.read(data, ACTIONS))

    def _lists(self) -> dict[str, list[rows.Row]]:
        return {"g": self.guests, "b": self.decisions, "t": self.actions}

    def apply(self, op: str) -> str:
        name = op.partition(":")[2].partition(":")[0]
        if name not in SPECS:
            return ""
        return rows.apply(op, self._lists()[name], SPECS[name])

    def to_input(self) -> MeetingInput | None:
        held_on = read_date(self.held_on)
        if self.held_on and held_on is None:
            self.errors["held_on"] = _("Write the date like 2024-09-30.")
        actions = []
        for row in self.actions:
            due = read_date(row.values["due_on"]) if row.values["due_on"] else None
            if row.values["due_on"] and due is None:
                row.errors["due_on"] = _("Write the date like 2024-09-30.")
            actions.append(ActionInput(title=row.values["title"], due_on=due,
                                       owner_id=read_int(row.values["owner"]),
                                       owner_name=row.values["owner_name"], id=row.id))
        if self.errors or any(row.errors for row in self.actions):
            return None
        attendees = [AttendeeInput(user_id=pk, role=role) for pk, role in self.present.items()]
        attendees += [AttendeeInput(name=row.values["name"], role=row.values["role"])
                      for row in self.guests]
        return MeetingInput(
            held_on=held_on, kind=self.kind, title=self.title, notes=self.notes,
            decision_point_id=read_int(self.decision_point), attendees=attendees,
            decisions=[row.values["text"] for row in self.decisions], actions=actions)

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = rows.place_errors(errors, self.decisions, "decisions")
        rest = rows.place_errors(rest, self.actions, "actions")
        guest_errors = {}
        offset = len(self.present)
        for key, message in rest.items():
            parts = key.split(".")
            # Attendees are the people present first, then the guests.
            if parts[0] == "attendees" and parts[1].isdigit() and int(parts[1]) >= offset:
                guest_errors[f"guests.{int(parts[1]) - offset}.{parts[-1]}"] = message
            else:
                self.errors[parts[0] if parts[0] != "attendees" else "present"] = message
        self.errors.update(rows.place_errors(guest_errors, self.guests, "guests"))
