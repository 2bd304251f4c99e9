"""An index on Wagtail's page table by (depth, path).

Treebeard finds a page's children as the pages one level deeper within the page's path range;
with no index on depth, the database reads every descendant in that range (the home page's
children, for the menu on every page, cost 9 ms at 100 000 pages: every news item is one).
"""

from django.db import migrations

INDEX = "coalition_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
