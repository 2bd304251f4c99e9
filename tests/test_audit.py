"""`make audit`'s own logic, fast: Lighthouse's JSON read (a recorded run, trimmed: the Georgian
search page on a phone, SEO 54 because search pages say noindex), the goals, the report, the
options; and that the site it serves as in production answers, with compressed, long-cached
static files."""

import gzip
import json
import re
import urllib.request
from pathlib import Path

import pytest

from audit.__main__ import parse_args
from audit.lighthouse import summarise
from audit.report import ACCEPTED_LOSSES, Measurement, failures, markdown
from audit.server import production_site

RECORDED = Path(__file__).with_name("data_audit_lighthouse_search.json")


def measured(**fields):
    values = dict(
        language="ka",
        page="home",
        device="phone",
        url="/ka/",
        scores={"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100},
        cls=0.01,
        lcp_ms=1200.0,
        first_item_y=420.0,
    )
    return Measurement(**{**values, **fields})


def test_recorded_lighthouse_run_is_read_into_scores_and_what_lost_points():
    figures = summarise(json.loads(RECORDED.read_text()))
    assert figures["scores"] == {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 54}
    assert figures["cls"] == 0
    assert figures["lcp_ms"] > 0
    lost = {audit_id: items for category, audit_id, title, score, items in figures["failed_audits"]}
    assert set(lost) == {"is-crawlable", "meta-description"}
    assert lost["is-crawlable"] == ["head > meta"]

    m = measured(page="search", **{k: figures[k] for k in ("scores", "cls", "lcp_ms")})
    assert failures(m) == ["Lighthouse seo 54 < 95"]


def test_a_loss_accepted_on_a_page_is_left_out_of_its_goal_and_only_that_one():
    """The search page's noindex is on purpose (ACCEPTED_LOSSES): its SEO goal is checked without
    `is-crawlable` (this trimmed recording keeps three SEO audits), still with the missing meta
    description; once that is there the goal is met, while the report shows both scores."""
    report = json.loads(RECORDED.read_text())
    accepted = ACCEPTED_LOSSES["search"]
    figures = summarise(report, accepted=accepted)
    assert figures["scores_without_accepted"] == {"seo": 50}
    m = measured(page="search", scores=figures["scores"], scores_without_accepted=figures["scores_without_accepted"])
    assert failures(m) == ["Lighthouse seo 50 < 95"]

    report["audits"]["meta-description"]["score"] = 1
    figures = summarise(report, accepted=accepted)
    m = measured(page="search", scores=figures["scores"], scores_without_accepted=figures["scores_without_accepted"])
    assert failures(m) == []
    assert "| 54 (100*) |" in markdown([m])
    assert "without `is-crawlable` on the search page" in markdown([m])
    # Elsewhere nothing is excused: the same recording on another page misses the goal.
    assert failures(measured(page="news", scores=figures["scores"])) == ["Lighthouse seo 54 < 95"]


def test_goals():
    assert failures(measured()) == []
    assert failures(measured(cls=0.051)) == ["CLS 0.051 > 0.05"]
    assert failures(measured(scores={"performance": 94, "accessibility": 100, "best-practices": 100, "seo": None})) == [
        "Lighthouse performance 94 < 95",
        "Lighthouse seo None < 95",
    ]
    violation = {"id": "color-contrast", "impact": "serious", "help": "", "targets": [".x"], "count": 2}
    assert failures(measured(violations=[violation])) == ["axe: color-contrast (2)"]
    assert failures(measured(first_item_y=844.0)) == ["first card at y=844 ≥ 844"]
    assert failures(measured(first_item_y=None)) == ["no card or result on the page"]
    # A news item has no list: where its first card is does not matter; nor on a desktop.
    assert failures(measured(page="news-item", first_item_y=None)) == []
    assert failures(measured(device="desktop", first_item_y=2000.0)) == []
    assert failures(measured(error="RuntimeError: boom")) == ["not measured: RuntimeError: boom"]
    # --no-lighthouse: no scores, only the browser's goals.
    assert failures(measured(scores={}, cls=None)) == []


def test_report_has_a_row_per_measurement_and_names_what_missed():
    good = measured()
    bad = measured(language="az", page="search", url="/az/search/?q=Zuqdidi", cls=0.2)
    bad.failed_audits = [("performance", "cumulative-layout-shift", "Cumulative Layout Shift", 0.1, [".card"])]
    text = markdown([good, bad])
    rows = [line for line in text.splitlines() if re.match(r"\| (ka|az) \|", line)]
    assert rows == [
        "| ka | home | phone | 98 | 100 | 100 | 100 | 0.010 | 1200 | 0 | 420 | ✓ |",
        "| az | search | phone | 98 | 100 | 100 | 100 | 0.200 | 1200 | 0 | 420 | ✗ |",
    ]
    assert "1 of 2 meet every goal." in text
    assert "- **az search phone** (/az/search/?q=Zuqdidi): CLS 0.200 > 0.05" in text
    assert "`cumulative-layout-shift` (0.10): Cumulative Layout Shift — .card" in text


def test_options_narrow_the_pages_and_refuse_unknown_names(capsys):
    args = parse_args(["--pages", "home,news", "--langs", "ka", "--devices", "phone"])
    assert (args.pages, args.langs, args.devices) == (["home", "news"], ["ka"], ["phone"])
    with pytest.raises(SystemExit):
        parse_args(["--pages", "homepage"])
    assert "unknown homepage" in capsys.readouterr().err


@pytest.mark.browser  # slow (migrate, demo content, collectstatic, gunicorn: about a minute)
def test_the_site_it_serves_answers_as_in_production():
    with production_site(log=lambda *_: None) as (base, env):
        assert env["DJANGO_SETTINGS_MODULE"] == "audit.settings"
        with urllib.request.urlopen(base + "/ka/") as response:
            assert response.status == 200  # plain HTTP on loopback: no redirect to HTTPS
            html = response.read().decode()
        stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
        request = urllib.request.Request(base + stylesheet, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] == "gzip"
            assert "max-age=315360000" in response.headers["Cache-Control"]
            assert b"@font-face" in gzip.decompress(response.read())
