"""The audit's goals (issue 19) checked on its measurements, and the Markdown report."""

from dataclasses import dataclass, field

MIN_SCORE = 95
MAX_CLS = 0.05
PHONE_HEIGHT = 844
# Pages that are lists: their first card (or search result) must start on a phone's first screen.
LIST_PAGES = {"home", "news", "search"}
CATEGORY_LABELS = {"performance": "Perf", "accessibility": "A11y", "best-practices": "BP", "seo": "SEO"}
# Points a page loses on purpose, and why: its goal is checked on its score without them (the
# report shows both). Search results ask search engines not to index them, as Google's own
# guidelines ask of a site's internal search: endless combinations of words and filters, each a
# thin copy of pages the sitemap already lists. Lighthouse counts any noindex as a fault.
ACCEPTED_LOSSES = {
    "search": {"is-crawlable": "noindex on search results, on purpose"},
}


@dataclass
class Measurement:
    """What the audit measured of one page in one language on one device."""

    language: str
    page: str
    device: str
    url: str
    scores: dict = field(default_factory=dict)
    cls: float | None = None
    lcp_ms: float | None = None
    failed_audits: list = field(default_factory=list)
    # {category: score without the audits ACCEPTED_LOSSES excuses on this page}
    scores_without_accepted: dict = field(default_factory=dict)
    violations: list = field(default_factory=list)
    first_item_y: float | None = None
    error: str = ""

    @classmethod
    def from_json(cls, data):
        return cls(**data)


def failures(m):
    """The goals ``m`` misses, as short sentences (empty when it meets them all)."""
    if m.error:
        return [f"not measured: {m.error}"]
    missed = []
    if m.scores:  # Lighthouse ran (not --no-lighthouse)
        for category, score in m.scores.items():
            score = m.scores_without_accepted.get(category, score)
            if score is None or score < MIN_SCORE:
                missed.append(f"Lighthouse {category} {score} < {MIN_SCORE}")
        if m.cls is None or m.cls > MAX_CLS:
            missed.append(f"CLS {fmt_cls(m.cls)} > {MAX_CLS}")
    if m.violations:
        missed.append("axe: " + ", ".join(f"{v['id']} ({v['count']})" for v in m.violations))
    if m.device == "phone" and m.page in LIST_PAGES:
        if m.first_item_y is None:
            missed.append("no card or result on the page")
        elif m.first_item_y >= PHONE_HEIGHT:
            missed.append(f"first card at y={m.first_item_y:.0f} ≥ {PHONE_HEIGHT}")
    return missed


def fmt_cls(value):
    return "–" if value is None else f"{value:.3f}"


def fmt_number(value, digits=0):
    return "–" if value is None else f"{value:.{digits}f}"


def fmt_score(m, category):
    """The score, and in brackets the one the goal is checked on when some loss is accepted."""
    text = fmt_number(m.scores.get(category))
    if category in m.scores_without_accepted:
        text += f" ({fmt_number(m.scores_without_accepted[category])}*)"
    return text


def markdown(measurements):
    """The report: one table row per page, language and device, then what each missed."""
    header = ["Lang", "Page", "Device", *CATEGORY_LABELS.values(), "CLS", "LCP ms", "axe", "1st card y", "Goals"]
    lines = [
        "# Audit of the public site (issue 19)",
        "",
        f"Goals: Lighthouse ≥ {MIN_SCORE} in all four categories, CLS ≤ {MAX_CLS}, axe-core 0 violations, "
        f"first card or result within {PHONE_HEIGHT} px on a phone ({', '.join(sorted(LIST_PAGES))}).",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    for m in measurements:
        cells = [m.language, m.page, m.device]
        cells += [fmt_score(m, category) for category in CATEGORY_LABELS]
        cells += [fmt_cls(m.cls), fmt_number(m.lcp_ms), "–" if m.error else str(len(m.violations))]
        cells += [fmt_number(m.first_item_y) if m.device == "phone" else "", "✗" if failures(m) else "✓"]
        lines.append("| " + " | ".join(cells) + " |")
    missed = [(m, failures(m)) for m in measurements if failures(m)]
    lines += ["", f"{len(measurements) - len(missed)} of {len(measurements)} meet every goal.", ""]
    excused = sorted(
        {(page, audit_id, why) for page, losses in ACCEPTED_LOSSES.items() for audit_id, why in losses.items()}
    )
    if any(m.scores_without_accepted for m in measurements):
        lines += [f"\\* without `{audit_id}` on the {page} page: {why}." for page, audit_id, why in excused] + [""]
    if missed:
        lines += ["## Goals missed", ""]
        for m, reasons in missed:
            lines.append(f"- **{m.language} {m.page} {m.device}** ({m.url}): " + "; ".join(reasons))
        lines.append("")
    details = [m for m in measurements if m.failed_audits or m.violations]
    if details:
        lines += ["## What lost points", ""]
        for m in details:
            lines.append(f"### {m.language} {m.page} {m.device} — {m.url}")
            for category, audit_id, title, score, items in m.failed_audits:
                named = f" — {', '.join(map(str, items))}" if items else ""
                lines.append(f"- Lighthouse {category} `{audit_id}` ({score:.2f}): {title}{named}")
            for v in m.violations:
                lines.append(
                    f"- axe `{v['id']}` ({v['impact']}, {v['count']}×): {v['help']} — {', '.join(v['targets'])}"
                )
            lines.append("")
    return "\n".join(lines)
