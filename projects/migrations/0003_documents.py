"""The document engine: the application becomes a document of the project, with its section
revisions, versions and status changes bound to the document instead of the project, so that
reports can be documents too. Existing data is carried over; every frozen version gets its
schema number."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import Q


def create_application_documents(apps, schema_editor):
    Project = apps.get_model("projects", "Project")
    Document = apps.get_model("projects", "Document")
    Document.objects.bulk_create(
        Document(project_id=pk, kind="application", number=1, created_by_id=creator)
        for pk, creator in Project.objects.values_list("pk", "created_by_id")
    )


def bind_to_documents(apps, schema_editor):
    Document = apps.get_model("projects", "Document")
    documents = dict(Document.objects.filter(kind="application")
                     .values_list("project_id", "pk"))
    for model in ("SectionState", "DocumentVersion", "StatusChange"):
        rows = apps.get_model("projects", model).objects.all()
        for project_id, document_id in documents.items():
            rows.filter(project_id=project_id).update(document_id=document_id)
    DocumentVersion = apps.get_model("projects", "DocumentVersion")
    for version in DocumentVersion.objects.all():
        version.content = {"schema": 1, **version.content}
        version.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ("projects", "0002_alter_groupmember_options"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Document",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("kind", models.CharField(choices=[("application", "Application"),
                                                   ("status_report", "Status report"),
                                                   ("final_report", "Final report")],
                                          max_length=20, verbose_name="kind")),
                ("number", models.PositiveSmallIntegerField(default=1, verbose_name="number")),
                ("period_start", models.DateField(blank=True, null=True,
                                                  verbose_name="period from")),
                ("period_end", models.DateField(blank=True, null=True, verbose_name="period to")),
                ("status", models.CharField(blank=True, choices=[
                    ("draft", "Draft"), ("submitted", "Submitted"),
                    ("returned", "Returned for completion"), ("approved", "Approved")],
                    max_length=20, verbose_name="status")),
                ("outline", models.CharField(blank=True, help_text="Which outline of sections "
                                             "the document follows.", max_length=80,
                                             verbose_name="outline")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("created_by", models.ForeignKey(blank=True, null=True,
                                                 on_delete=django.db.models.deletion.SET_NULL,
                                                 related_name="+",
                                                 to=settings.AUTH_USER_MODEL)),
                ("project", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                              related_name="documents",
                                              to="projects.project")),
            ],
            options={"verbose_name": "document", "verbose_name_plural": "documents",
                     "ordering": ["project", "kind", "number"]},
        ),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.UniqueConstraint(fields=("project", "kind", "number"),
                                               name="document_number_unique"),
        ),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.UniqueConstraint(condition=Q(kind="application"),
                                               fields=("project",),
                                               name="document_one_application"),
        ),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.UniqueConstraint(condition=Q(kind="final_report"),
                                               fields=("project",),
                                               name="document_one_final_report"),
        ),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.CheckConstraint(
                condition=Q(kind__in=["application", "status_report", "final_report"]),
                name="document_kind_valid"),
        ),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.CheckConstraint(
                condition=Q(status__in=["", "draft", "submitted", "returned", "approved"]),
                name="document_status_valid"),
        ),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.CheckConstraint(
                condition=Q(period_end__isnull=True) | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="document_period_ordered"),
        ),
        migrations.RunPython(create_application_documents, migrations.RunPython.noop),

        # Section revisions, versions and status changes point at the document.
        migrations.AddField(
            model_name="sectionstate", name="document",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="section_states", to="projects.document"),
        ),
        migrations.AddField(
            model_name="sectionstate", name="content",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.RemoveConstraint(model_name="applicationversion",
                                    name="version_number_unique"),
        migrations.RemoveConstraint(model_name="applicationversion", name="version_kind_valid"),
        migrations.RenameModel(old_name="ApplicationVersion", new_name="DocumentVersion"),
        migrations.AddField(
            model_name="documentversion", name="document",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="versions", to="projects.document"),
        ),
        migrations.AddField(
            model_name="statuschange", name="document",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="status_changes", to="projects.document"),
        ),
        migrations.RunPython(bind_to_documents, migrations.RunPython.noop),

        migrations.RemoveConstraint(model_name="sectionstate", name="section_state_unique"),
        migrations.RemoveField(model_name="sectionstate", name="project"),
        migrations.AlterField(
            model_name="sectionstate", name="document",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                    related_name="section_states", to="projects.document"),
        ),
        migrations.AddConstraint(
            model_name="sectionstate",
            constraint=models.UniqueConstraint(fields=("document", "section"),
                                               name="section_state_unique"),
        ),
        migrations.RemoveField(model_name="documentversion", name="project"),
        migrations.AlterField(
            model_name="documentversion", name="document",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT,
                                    related_name="versions", to="projects.document"),
        ),
        migrations.AlterField(
            model_name="documentversion", name="kind",
            field=models.CharField(choices=[
                ("submitted", "Submitted application"), ("approved", "Approved application"),
                ("change", "Change request"), ("report_submitted", "Submitted report"),
                ("report_approved", "Approved report")], max_length=20, verbose_name="kind"),
        ),
        migrations.AddConstraint(
            model_name="documentversion",
            constraint=models.UniqueConstraint(fields=("document", "number"),
                                               name="document_version_number_unique"),
        ),
        migrations.AddConstraint(
            model_name="documentversion",
            constraint=models.CheckConstraint(
                condition=Q(kind__in=["submitted", "approved", "change", "report_submitted",
                                      "report_approved"]),
                name="version_kind_valid"),
        ),
        migrations.AlterField(
            model_name="statuschange", name="document",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                    related_name="status_changes", to="projects.document"),
        ),
        migrations.AlterField(model_name="statuschange", name="from_status",
                              field=models.CharField(max_length=30)),
        migrations.AlterField(model_name="statuschange", name="to_status",
                              field=models.CharField(max_length=30)),
    ]
