from uuid import uuid4

from django.db import migrations, models


def stamp_reference(apps, schema_editor):
    """The reference data's first token, so no page has to write one."""
    apps.get_model("portal", "ChangeStamp").objects.create(key="reference", token=uuid4().hex)


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0003_organisation_home_municipality'),
    ]

    operations = [
        migrations.CreateModel(
            name='ChangeStamp',
            fields=[
                ('key', models.CharField(max_length=40, primary_key=True, serialize=False)),
                ('token', models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(stamp_reference, migrations.RunPython.noop),
    ]
