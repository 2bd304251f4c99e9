"""Lighthouse 12.2.3 and axe-core, pinned, installed once from npm into .audit-cache/ (gitignored),
and Lighthouse's JSON read into the figures the audit's goals are about."""

import json
import shutil
import subprocess

from .server import ROOT

LIGHTHOUSE_VERSION = "12.2.3"
AXE_CORE_VERSION = "4.10.2"  # the axe-core this Lighthouse itself depends on (^4.10.2)
CACHE = ROOT / ".audit-cache"
LIGHTHOUSE = CACHE / "node_modules" / "lighthouse" / "cli" / "index.js"
AXE_SCRIPT = CACHE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def installed_version(package):
    manifest = CACHE / "node_modules" / package / "package.json"
    return json.loads(manifest.read_text())["version"] if manifest.exists() else None


def install_tools(log=print):
    """npm install of the pinned versions, unless .audit-cache already has exactly those."""
    wanted = {"lighthouse": LIGHTHOUSE_VERSION, "axe-core": AXE_CORE_VERSION}
    if all(installed_version(name) == version for name, version in wanted.items()):
        return
    log(f"Installing lighthouse@{LIGHTHOUSE_VERSION} and axe-core@{AXE_CORE_VERSION} into {CACHE} …")
    CACHE.mkdir(exist_ok=True)
    subprocess.run(
        ["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", "--save-exact"]
        + [f"{name}@{version}" for name, version in wanted.items()],
        check=True,
    )


def run_lighthouse(url, device, timeout=300):
    """Lighthouse's JSON result (a dict) for ``url`` with the mobile or the desktop preset."""
    command = [
        "node",
        str(LIGHTHOUSE),
        url,
        f"--chrome-path={CHROMIUM}",
        "--chrome-flags=--headless=new --no-sandbox",
        "--output=json",
        "--output-path=stdout",
        "--quiet",
    ]
    if device == "desktop":
        command.append("--preset=desktop")
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"Lighthouse failed on {url} ({result.returncode}):\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def summarise(lighthouse_json, accepted=()):
    """The four category scores (0–100), CLS, LCP (ms) and the audits that lost points; and, when
    the page loses points on purpose (``accepted``: audit ids), the scores without those audits."""
    report = lighthouse_json
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse: {report['runtimeError'].get('message')}")
    audits = report["audits"]
    scores = {}
    for name in CATEGORIES:
        score = report["categories"][name]["score"]
        scores[name] = None if score is None else round(score * 100)
    return {
        "scores": scores,
        "scores_without_accepted": {
            name: score_without(report, name, accepted)
            for name in CATEGORIES
            if any(ref["id"] in accepted for ref in report["categories"][name]["auditRefs"])
        },
        "cls": audits["cumulative-layout-shift"].get("numericValue"),
        "lcp_ms": audits["largest-contentful-paint"].get("numericValue"),
        "failed_audits": failed_audits(report),
    }


def score_without(report, category, audit_ids):
    """A category's score (0–100) as Lighthouse weighs it, leaving ``audit_ids`` out."""
    total = weighted = 0.0
    for ref in report["categories"][category]["auditRefs"]:
        score = report["audits"].get(ref["id"], {}).get("score")
        if ref["id"] in audit_ids or not ref.get("weight") or score is None:
            continue
        total += ref["weight"]
        weighted += ref["weight"] * score
    return round(100 * weighted / total) if total else None


def failed_audits(report):
    """``[(category, audit id, title, score, what it names)]`` of the audits that count towards
    a category's score and did not get full marks, worst first."""
    failed = []
    for name in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"].get(ref["id"], {})
            score = audit.get("score")
            if ref.get("weight", 0) > 0 and score is not None and score < 0.9:
                failed.append((name, ref["id"], audit.get("title", ""), score, audit_items(audit)))
    return sorted(failed, key=lambda entry: entry[3])


def audit_items(audit, limit=3):
    """A few of the elements or URLs an audit names (its details' items), as short text."""
    items = (audit.get("details") or {}).get("items") or []
    named = []
    for item in items[:limit]:
        node = item.get("node") or item.get("source") or {}
        named.append(node.get("selector") or node.get("snippet") or item.get("url") or str(item)[:120])
    return named
