"""python -m audit [--pages home,news] [--langs ka] [--devices phone] [--report DIR]

Serves the demo site as in production, measures each page with Lighthouse and axe-core, prints
the Markdown table, writes it (with the raw figures) to DIR, and exits 1 when a goal is missed."""

import argparse
import json
import os
import sys
import time
import urllib.request
from dataclasses import asdict
from pathlib import Path

from .browser import VIEWPORTS, Browser
from .lighthouse import install_tools, run_lighthouse, summarise
from .pages import LANGUAGES, PAGES, find_urls, selected
from .report import ACCEPTED_LOSSES, Measurement, failures, markdown
from .server import production_site


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="python -m audit", description=__doc__.split("\n\n")[1])
    parser.add_argument("--pages", type=_names(PAGES), help=f"comma-separated, of {', '.join(PAGES)}")
    parser.add_argument("--langs", type=_names(LANGUAGES), help=f"comma-separated, of {', '.join(LANGUAGES)}")
    parser.add_argument("--devices", type=_names(tuple(VIEWPORTS)), help="comma-separated, of phone, desktop")
    parser.add_argument("--report", type=Path, default=Path("/tmp"), help="folder for the report (default /tmp)")
    parser.add_argument("--no-lighthouse", action="store_true", help="axe and the first card only (quick)")
    return parser.parse_args(argv)


def _names(allowed):
    def parse(text):
        names = [name.strip() for name in text.split(",") if name.strip()]
        unknown = [name for name in names if name not in allowed]
        if unknown:
            raise argparse.ArgumentTypeError(f"unknown {', '.join(unknown)} (known: {', '.join(allowed)})")
        return names

    return parse


def measure(base, targets, devices, lighthouse, report_dir, log=print):
    """One Measurement per (language, page, device), pages one after the other (2 cores)."""
    measurements = []
    with Browser() as browser:
        for language, page, path in targets:
            warm(base + path)
            for device in devices:
                m = Measurement(language=language, page=page, device=device, url=path)
                started = time.monotonic()
                try:
                    if lighthouse:
                        raw = run_lighthouse(base + path, device)
                        name = f"lighthouse-{language}-{page}-{device}.json"
                        (report_dir / name).write_text(json.dumps(raw))
                        figures = summarise(raw, accepted=ACCEPTED_LOSSES.get(page, {}))
                        m.scores, m.cls, m.lcp_ms = figures["scores"], figures["cls"], figures["lcp_ms"]
                        m.scores_without_accepted = figures["scores_without_accepted"]
                        m.failed_audits = figures["failed_audits"]
                    seen = browser.inspect(base + path, device, language)
                    m.violations, m.first_item_y = seen["violations"], seen["first_item_y"]
                except Exception as error:  # one page's failure is reported, the rest measured
                    m.error = f"{type(error).__name__}: {error}"[:500]
                missed = failures(m)
                seconds = time.monotonic() - started
                log(f"  {language} {page:9} {device:7} {seconds:5.1f} s  {'; '.join(missed) or 'ok'}", flush=True)
                measurements.append(m)
    return measurements


def warm(url):
    """One view before measuring: the first view of a page with a new picture makes its renditions
    (seconds per picture, once) and fills the page cache; the audit measures what every later
    reader gets. The README gives the first view's time."""
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()


def main(argv=None):
    args = parse_args(argv)
    args.report.mkdir(parents=True, exist_ok=True)
    install_tools()  # Lighthouse and axe-core, once
    devices = args.devices or list(VIEWPORTS)
    with production_site(database_url=os.environ.get("AUDIT_DATABASE_URL")) as (base, env):
        urls = find_urls(env, args.langs or LANGUAGES)
        targets = selected(urls, args.pages, args.langs)
        print(f"Measuring {len(targets) * len(devices)} page views …", flush=True)
        measurements = measure(base, targets, devices, not args.no_lighthouse, args.report)
    text = markdown(measurements)
    report_path = args.report / "audit-report.md"
    report_path.write_text(text + "\n")
    (args.report / "audit-results.json").write_text(json.dumps([asdict(m) for m in measurements], indent=1))
    print(text)
    print(f"\nReport: {report_path}")
    return 1 if any(failures(m) for m in measurements) else 0


if __name__ == "__main__":
    sys.exit(main())
