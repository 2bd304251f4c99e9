"""The moderated journey in a real browser (Debian's Chromium via Playwright), admin in Georgian:
the editor of a moderated organisation writes a news item and submits it; a coalition moderator
requests changes with a comment; the editor finds the comment on the dashboard and in the editor,
edits and resubmits; the moderator approves; the page is live, and every e-mail went out in
Georgian with links to the site's address (the default Site, here the live server)."""

import os
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from . import factories

# The Chromium fixture and the browser marks (skipped where Debian's chromium is missing).
from .test_browser import browser_page, log_into_admin, pytestmark  # noqa: F401
from .test_browser_translation import admin_text

PASSWORD = "a-long-test-password"
TITLE = "ტრენინგი ახალგაზრდა ჟურნალისტებისთვის ზუგდიდში"
COMMENT = "გთხოვთ, დაამატეთ ტრენინგის თარიღი და ორგანიზატორის საკონტაქტო მონაცემები."
APPROVAL = "მადლობა, გამოქვეყნდა."
SCREENSHOTS = os.environ.get("MODERATION_SCREENSHOTS")  # a folder, to look at the screens


@pytest.fixture
def moderated_section(transactional_db, django_db_serialized_rollback, live_server):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Site
    from wagtail.users.models import UserProfile

    from home.site_setup import bootstrap_site
    from partners.models import PartnerIndexPage
    from partners.sections import COALITION_MODERATORS, grant_section_access

    _homes, indexes = bootstrap_site()
    address = urlsplit(live_server.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = address.hostname, address.port
    site.save()
    org = factories.organisation(indexes[(PartnerIndexPage, "ka")], "wic", "ქალთა საინფორმაციო ცენტრი", "WIC")
    grant_section_access(org, moderated=True)
    org.refresh_from_db()

    def user(name, first_name, group):
        account = get_user_model().objects.create_user(
            name, f"{name}@example.org", PASSWORD, first_name=first_name, last_name="Beridze"
        )
        account.groups.add(group)
        profile = UserProfile.get_for_user(account)
        profile.preferred_language = "ka"
        profile.save()
        return account

    editor = user("wic-editor", "ნინო", org.editors_group)
    moderator = user("moderator", "მაკა", Group.objects.get(name=COALITION_MODERATORS))
    return live_server.url, org, editor, moderator


def footer_action(page, label):
    """A button of the editor's footer action menu, opening "More actions" if it is behind it."""
    button = page.locator("footer").get_by_role("button", name=label, exact=True)
    if not button.is_visible():
        page.locator("footer").get_by_role("button", name=admin_text("More actions")).click()
    button.click()


def in_modal(page, label, comment):
    dialog = page.locator(".modal-dialog, [role=dialog]").filter(has=page.locator("textarea[name=comment]"))
    dialog.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():  # the modal posts, then Wagtail's script leaves the editor
        dialog.get_by_role("button", name=label).click()


def look(page, name):
    if SCREENSHOTS:
        for size, viewport in (("desktop", {"width": 1366, "height": 900}), ("phone", {"width": 390, "height": 844})):
            page.set_viewport_size(viewport)
            page.screenshot(path=f"{SCREENSHOTS}/{name}-{size}.png", full_page=True)
        page.set_viewport_size({"width": 1366, "height": 900})


def test_a_moderated_news_item_from_submission_to_publication_in_georgian(browser_page, moderated_section):
    from playwright.sync_api import expect

    from news.models import NewsPage

    base_url, org, editor, moderator = moderated_section
    workflow = admin_text("Member moderation")
    task = admin_text("Coalition review")
    page = browser_page

    # The editor writes a news item and submits it to "Member moderation" (in Georgian).
    log_into_admin(page, base_url, editor.username, PASSWORD)
    page.goto(f"{base_url}/admin/pages/add/news/newspage/{org.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_lead", "ზუგდიდში ახალგაზრდა ჟურნალისტებისთვის ორდღიანი ტრენინგი ჩატარდება.")
    footer_action(page, admin_text("Submit to %(workflow_name)s") % {"workflow_name": workflow})
    page.wait_for_url(re.compile(rf"/admin/pages/{org.pk}/$"))
    news = NewsPage.objects.get(title=TITLE)
    assert not news.live and news.workflow_in_progress
    # While it waits, the editor's lock banner says so in Georgian.
    page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    waiting = admin_text("This %(model_name)s is currently awaiting moderation.").split("%(model_name)s")[-1]
    expect(page.get_by_role("status")).to_contain_text(waiting.strip())

    # A coalition moderator requests changes with a comment, in the editor.
    moderation = page.context.browser.new_page(locale="ka-GE")
    log_into_admin(moderation, base_url, moderator.username, PASSWORD)
    moderation.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    footer_action(moderation, admin_text("Request changes"))
    in_modal(moderation, admin_text("Request changes"), COMMENT)

    # The editor finds the comment on the dashboard, and above the editor.
    page.goto(f"{base_url}/admin/")
    panel = page.locator("#changes-requested, section").filter(
        has=page.get_by_role("heading", name=admin_text("Changes requested by moderators"))
    )
    expect(panel.first).to_contain_text(COMMENT)
    look(page, "dashboard")
    panel.first.get_by_role("link", name=TITLE).click()
    page.wait_for_url(f"**/admin/pages/{news.pk}/edit/")
    banner = page.get_by_role("status")
    expect(banner).to_contain_text(COMMENT)
    expect(banner).to_contain_text(admin_text("Make the changes, then submit the page again."))
    look(page, "editor-banner")

    # … makes the changes and resubmits to "Coalition review".
    page.fill("#id_lead", "ზუგდიდში, 12–13 ოქტომბერს, ორდღიანი ტრენინგი ჩატარდება. კონტაქტი: info@wic.ge")
    footer_action(page, admin_text("Resubmit to %(task_name)s") % {"task_name": task})
    page.wait_for_url(re.compile(rf"/admin/pages/{org.pk}/$"))
    page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    expect(page.locator("body")).not_to_contain_text(COMMENT)

    # The moderator approves with a comment; the page is live.
    moderation.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    # (the last task's approval publishes: Wagtail's "… and Publish")
    footer_action(moderation, admin_text("%(label)s and Publish") % {"label": admin_text("Approve with comment")})
    in_modal(moderation, admin_text("Approve with comment"), APPROVAL)
    news.refresh_from_db()
    assert news.live
    moderation.goto(base_url + news.url)
    expect(moderation.get_by_role("heading", level=1)).to_have_text(TITLE)

    # Every e-mail in Georgian, with links to the site's real address.
    to_editor = [message for message in mail.outbox if message.to == [editor.email]]
    to_moderator = [message for message in mail.outbox if message.to == [moderator.email]]
    assert [admin_text("Changes requested: “%(title)s”") % {"title": TITLE}] == [
        message.subject for message in to_editor if COMMENT in message.body
    ]
    assert [admin_text("Approved: “%(title)s”") % {"title": TITLE}] == [
        message.subject for message in to_editor if APPROVAL in message.body
    ]
    assert len(to_moderator) == 2  # the submission and the resubmission
    for message in to_editor + to_moderator:
        assert f"{base_url}/admin/pages/{news.pk}/edit/" in message.body or news.full_url in message.body
        assert workflow in message.body
        assert "Member moderation" not in message.body and "127.0.0.1:8000" not in message.body
