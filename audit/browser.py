"""What a browser sees: axe-core's violations (the npm package's axe.min.js injected into the
page) and, on a phone, how far down the first card or search result starts."""

from .lighthouse import AXE_SCRIPT, CHROMIUM

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
FIRST_ITEM = ".card, .search-result"


class Browser:
    """One Chromium for the whole audit; a fresh context (no cache, no cookies) per page."""

    def __enter__(self):
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        return self

    def __exit__(self, *exc):
        self._browser.close()
        self._playwright.stop()

    def inspect(self, url, device, language):
        """``{"violations": [...], "first_item_y": float | None}`` of ``url`` on ``device``."""
        # The page's CSP allows no injected script; axe is the auditor's, not the page's.
        context = self._browser.new_context(
            viewport=VIEWPORTS[device], bypass_csp=True, locale={"ka": "ka-GE", "az": "az-AZ"}.get(language)
        )
        try:
            page = context.new_page()
            response = page.goto(url, wait_until="load")
            if not response.ok:
                raise RuntimeError(f"{url} answered {response.status}")
            page.evaluate("document.fonts.ready")
            page.add_script_tag(path=str(AXE_SCRIPT))
            results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            first = page.evaluate(
                "(selector) => { const item = document.querySelector(selector);"
                " return item ? item.getBoundingClientRect().top + window.scrollY : null; }",
                FIRST_ITEM,
            )
            return {"violations": [violation_summary(v) for v in results["violations"]], "first_item_y": first}
        finally:
            context.close()


def violation_summary(violation):
    return {
        "id": violation["id"],
        "impact": violation.get("impact"),
        "help": violation.get("help", ""),
        "targets": [" ".join(map(str, node.get("target", []))) for node in violation.get("nodes", [])[:5]],
        "count": len(violation.get("nodes", [])),
    }
