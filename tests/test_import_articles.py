"""manage.py import_articles: happy path, re-import, and each kind of bad input."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from news.models import NewsPage

from . import factories

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
ARTICLE = """
ზუგდიდში სამუშაო შეხვედრა გაიმართა

შეხვედრას ესწრებოდნენ მუნიციპალიტეტის წარმომადგენლები.
მეორე ხაზი იმავე აბზაცში.

მეორე აბზაცი <b>html</b> & სიმბოლოებით.
"""


def run(*args):
    return call_command("import_articles", *args, stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "zugdidi-meeting.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_imports_under_news_index_as_published_news(site, article, client):
    run("--locale", "ka", str(article))
    page = NewsPage.objects.get(slug="zugdidi-meeting")
    assert page.live
    assert page.get_parent().specific == site.news["ka"]
    assert page.locale.language_code == "ka"
    assert page.title == "ზუგდიდში სამუშაო შეხვედრა გაიმართა"
    assert page.lead.startswith("შეხვედრას ესწრებოდნენ")
    blocks = [block.value.source for block in page.body]
    assert len(blocks) == 2
    assert "<br/>" in blocks[0]
    # Text is text: markup in an article is escaped, never rendered.
    assert "&lt;b&gt;html&lt;/b&gt; &amp;" in blocks[1]
    response = client.get(page.url)
    assert response.status_code == 200
    assert "<b>html</b>" not in response.content.decode()


def test_imports_under_an_organisation(site, article):
    org = factories.organisation(site.members["ka"], slug="sukhumi")
    run("--locale", "ka", "--organisation", "sukhumi", str(article))
    page = NewsPage.objects.get(slug="zugdidi-meeting")
    assert page.get_parent().pk == org.pk
    assert page.publisher.pk == org.pk


def test_reimport_updates_instead_of_duplicating(site, article):
    run("--locale", "ka", str(article))
    page = NewsPage.objects.get(slug="zugdidi-meeting")
    revisions = page.revisions.count()
    run("--locale", "ka", str(article))  # unchanged: no new revision
    assert page.revisions.count() == revisions
    article.write_text(ARTICLE.replace("გაიმართა", "ჩატარდა"), encoding="utf-8")
    run("--locale", "ka", str(article))
    assert NewsPage.objects.filter(slug="zugdidi-meeting").count() == 1
    page.refresh_from_db()
    assert page.title == "ზუგდიდში სამუშაო შეხვედრა ჩატარდა"
    assert page.revisions.count() == revisions + 1


def test_each_bad_file_is_one_line_and_the_others_still_import(site, article, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Título\n\nÁrvíz".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    with pytest.raises(CommandError, match="1 created, 0 updated, 0 unchanged, 3 failed"):
        call_command("import_articles", "--locale", "ka", str(empty), str(latin1), str(missing), str(article))
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors == [
        f"{empty}: error: file is empty",
        f"{latin1}: error: not UTF-8 text (invalid byte at position 1)",
        f"{missing}: error: file not found",
    ]
    assert NewsPage.objects.filter(slug="zugdidi-meeting").exists()


def test_nul_bytes_and_control_characters_are_dropped(site, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_text("სათაური\x00\n\nტექსტი\x07 აქ", encoding="utf-8")
    run("--locale", "ka", str(path))
    page = NewsPage.objects.get(slug="nul")
    assert page.title == "სათაური"
    assert page.lead == "ტექსტი აქ"


def test_unknown_locale_and_organisation_are_clear_errors(site, article):
    with pytest.raises(CommandError, match="unknown locale 'xx'"):
        run("--locale", "xx", str(article))
    with pytest.raises(CommandError, match="unknown organisation 'nobody' in locale 'ka'"):
        run("--locale", "ka", "--organisation", "nobody", str(article))
    assert not NewsPage.objects.exists()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
def test_imports_the_seed_articles(site):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    run("--locale", "ka", *files)
    assert NewsPage.objects.filter(locale__language_code="ka").count() == len(files)
    run("--locale", "ka", *files)
    assert NewsPage.objects.count() == len(files)


def test_slug_taken_by_another_page_type_is_an_error_not_a_crash(site, tmp_path):
    factories.event(site.news["ka"], slug="forum")
    path = tmp_path / "forum.txt"
    path.write_text("ფორუმი\n\nტექსტი", encoding="utf-8")
    with pytest.raises(CommandError, match="1 failed"):
        run("--locale", "ka", str(path))
    assert not NewsPage.objects.filter(slug="forum").exists()
