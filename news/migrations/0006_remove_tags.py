from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("news", "0005_tags_to_topics")]

    operations = [
        migrations.RemoveField(model_name="eventpage", name="tags"),
        migrations.RemoveField(model_name="newspage", name="tags"),
        migrations.DeleteModel(name="EventPageTag"),
        migrations.DeleteModel(name="NewsPageTag"),
    ]
