import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_listing_date_indexes"),
        ("topics", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="+", to="topics.topic", verbose_name="topics"
            ),
        ),
        migrations.AddField(
            model_name="newspage",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="+", to="topics.topic", verbose_name="topics"
            ),
        ),
    ]
