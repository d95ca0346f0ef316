"""One donor per address for the gifts recorded before donors were people."""

from django.db import migrations


def backfill(apps, schema_editor):
    Donor = apps.get_model("donations", "Donor")
    Donation = apps.get_model("donations", "Donation")
    MonthlyGift = apps.get_model("donations", "MonthlyGift")
    donors = {}
    for model in (Donation, MonthlyGift):
        rows = model.objects.filter(donor__isnull=True).exclude(donor_email="")
        if model is Donation:
            rows = rows.filter(paid_at__isnull=False)
        for row in rows.only("pk", "donor_email", "donor_name", "language").iterator():
            email = row.donor_email.strip().lower()
            if email not in donors:
                donors[email], _created = Donor.objects.get_or_create(
                    email=email, defaults={"name": row.donor_name, "language": row.language}
                )
            model.objects.filter(pk=row.pk).update(donor=donors[email])


class Migration(migrations.Migration):
    dependencies = [("donations", "0009_donors")]

    # Elidable: a new database has no rows to convert, so the squashed migration leaves it out.
    operations = [migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True)]
