"""In a real browser, neither the public site nor the admin's page editor breaks the Content
Security Policy (the policies themselves: test_production_settings.py). A file of its own: its
live-server test commits data, and pytest-django runs such files after all the others."""

import os
import shutil

import pytest
from django.contrib.auth import get_user_model

from .test_browser import browser_page, live_site, log_into_admin  # noqa: F401 (fixtures)

# In a real browser: zero violations of the policy on the public site and in the admin's editor.

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Reports every violation (in any frame, the editor's preview too) as a console message.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => console.error(
    "CSP violation: " + event.effectiveDirective + " blocked " + event.blockedURI
    + " in " + event.sourceFile + ":" + event.lineNumber));
"""


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")
def test_public_pages_and_the_page_editor_run_without_violations(browser_page, live_site):  # noqa: F811
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    base_url, news, news_index = live_site
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), "teal").save(buffer, "PNG")
    news.image = get_image_model().objects.create(title="Photo", file=ImageFile(buffer, name="photo.png"))
    news.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    source, _ = TranslationSource.get_or_create_from_instance(news)
    Translation.objects.create(source=source, target_locale=english).save_target(publish=False)
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")

    messages = []
    browser_page.on("console", lambda message: messages.append(message.text))
    browser_page.add_init_script(REPORT_VIOLATIONS)

    def visit(path):
        response = browser_page.goto(base_url + path)
        browser_page.wait_for_load_state("networkidle")
        assert response.ok and response.headers["content-security-policy"], path

    for path in ("/ka/", news_index.url, "/ka/search/?q=კონფერენცია", news.url):
        visit(path)
    assert browser_page.locator("img[src*='photo']").count() >= 1  # media passed the policy
    assert [m for m in messages if "violation" in m.lower() or "Content Security Policy" in m] == []

    # The listener does see violations: an injected inline script is refused and reported.
    browser_page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.injected = true'; document.body.append(s); }"
    )
    browser_page.wait_for_timeout(200)
    assert browser_page.evaluate("() => window.injected") is None
    assert [m for m in messages if m.startswith("CSP violation: script-src-elem")]
    messages.clear()

    log_into_admin(browser_page, base_url, "editor", "a-long-test-password")
    visit("/admin/")
    visit(f"/admin/pages/{news.pk}/edit/")
    # The live preview: the public page, framed by the editor.
    browser_page.locator("[data-side-panel-toggle='preview']").first.click()
    preview = browser_page.frame_locator("iframe[src*='preview']")
    preview.locator("h1").wait_for()
    assert preview.locator("h1").inner_text() == news.title
    # wagtail-localize's translation editor (a React app) for the English version.
    visit(f"/admin/pages/{news.get_translation(english).pk}/edit/")
    browser_page.get_by_text(news.title).first.wait_for()

    assert [m for m in messages if "violation" in m.lower() or "Content Security Policy" in m] == []
