"""Checks of an IATI activity file, with IATI's own reference data vendored beside this module:
the official 2.03 schema (iati_schema/), the standard's rulesets with their reference Python
implementation, and the codelists (iati_rulesets/; the READMEs there say where each comes from).

``standard.json`` is written for the JavaScript edition of the rules (IATI-Rulesets' SPEC.rst),
which the reference Python implementation predates. ``StandardRules`` and the driver below add
what the JavaScript edition has, each where it is needed and with its reason; everything else is
the reference implementation's ``Rules``, unchanged.
"""

import copy
import datetime
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from .iati_rulesets import iatirulesets as reference

HERE = Path(__file__).resolve().parent
SCHEMA_DIR = HERE / "iati_schema"
RULESETS_DIR = HERE / "iati_rulesets"
ORG_ID_PREFIX = "ORG-ID-PREFIX"


@cache
def _schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


def schema_errors(tree):
    """The official schema's complaints about the document, as "line N: message"."""
    schema = _schema()
    schema.validate(tree)
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


def standard_ruleset():
    """A fresh copy of standard.json (the reference ``loop`` writes into the cases it runs)."""
    return json.loads((RULESETS_DIR / "standard.json").read_text(encoding="utf-8"))


@cache
def codelists():
    return json.loads((RULESETS_DIR / "codelists.json").read_text(encoding="utf-8"))["codelists"]


@dataclass(frozen=True)
class Failure:
    id: str
    severity: str
    message: str
    activity: str  # the iati-identifier of the activity where it failed, if any
    context: str

    def __str__(self):
        return f"[{self.severity} {self.id}] {self.message} ({self.activity or self.context})"


def _text(match):
    return str(reference.get_text(match) or "")


class StandardRules(reference.Rules):
    """The reference rules and the JavaScript edition's additions that standard.json uses."""

    def _parse_date(self, date_xpath):
        # standard.json compares actual dates with "NOW" (rules 11.1.4, 11.1.5, 11.2.1, 11.2.2); the
        # reference knows only "TODAY", would look for an element named NOW, find none and skip
        # the rule: a start date in the future would pass.
        if date_xpath == "NOW":
            return datetime.date.today()
        return super()._parse_date(date_xpath)

    def date_now(self, case):
        """The date-time is not in the future (rule 11.1.1), compared as an instant: the reference
        reads the clock time, drops the offset and compares it with the local clock, so its verdict
        on "…T10:00:00+04:00" depends on the time zone the tests run in."""
        found = self.element.xpath(case["date"])
        if not found:
            return None
        moment = datetime.datetime.fromisoformat(str(found[0]))
        if moment.tzinfo is None:
            moment = moment.astimezone()  # no offset: local time, as the schema leaves it
        return moment < datetime.datetime.now(datetime.UTC)

    def no_spaces(self, case):
        """No identifier starts or ends with spaces or newlines (the 1.x.1 rules)."""
        return all(text == text.strip() for text in map(_text, self.path_matches))

    def startswith(self, case):
        """With ``prefix`` (JavaScript edition): each path's text starts with one of the prefixes
        (the texts at those paths, or IATI's approved registration agencies for "ORG-ID-PREFIX"),
        followed by ``separator``. Without it, the reference rule (``start``)."""
        if "prefix" not in case:
            return super().startswith(case)
        prefixes = []
        for path in case["prefix"]:
            if path == ORG_ID_PREFIX:
                prefixes += codelists()["OrganisationRegistrationAgency"]
            else:
                prefixes += [_text(match) for match in self.element.xpath(path)]
        starts = [prefix + case.get("separator", "") for prefix in prefixes if prefix]
        return all(any(text.startswith(start) for start in starts) for text in map(_text, self.path_matches))


def _result(element, rule, case):
    """True or False, or None where the case does not apply (the reference's ``test_rule``)."""
    if "condition" in case and not element.xpath(case["condition"]):
        return None
    # "idCondition" (NOT_EXISTING_ORG_ID, NOT_EXISTING_ORG_ID_PREFIX): IATI's validator skips the
    # case when the identifier is already that of a publisher registered with IATI. No registry
    # is asked here, so every case applies, as it does to a publisher not registered yet: the
    # stricter reading, and the one that holds for this file under any identifier.
    method = getattr(StandardRules(element, case), rule, None)
    if method is None:
        # A ruleset newer than this checker: fail loudly rather than pass what is not checked.
        raise NotImplementedError(f"IATI rule {rule!r} is not implemented by the checker")
    return method(case)


def _substituted(value, found):
    return [item.replace("$1", found) for item in value] if isinstance(value, list) else value.replace("$1", found)


def _failures(element, context, rule, case):
    if rule == "loop":
        # Each value of ``foreach`` into a copy of the cases: the reference ``loop`` replaces $1 in
        # the ruleset itself, so from the second activity on it would check the first one's
        # values, and it reports no rule id on failure.
        failures = []
        for found in sorted({str(value) for value in element.xpath(case["foreach"])}):
            for inner_rule, inner in case["do"].items():
                for inner_case in inner["cases"]:
                    substituted = copy.deepcopy(inner_case)
                    substituted.update({key: _substituted(inner_case[key], found) for key in case["subs"]})
                    failures += _failures(element, context, inner_rule, substituted)
        return failures
    result = _result(element, rule, case)
    if result is None or result:
        return []
    info = case["ruleInfo"]
    activity = element.xpath("ancestor-or-self::iati-activity/iati-identifier/text()")
    return [Failure(info["id"], info["severity"], info["message"], str(activity[0]) if activity else "", context)]


def rule_failures(tree, ruleset=None):
    """Every case of the ruleset (standard.json by default) that fails somewhere in the document."""
    failures = []
    for context, rules in (ruleset or standard_ruleset()).items():
        for element in tree.xpath(context):
            for rule, spec in rules.items():
                for case in spec["cases"]:
                    failures += _failures(element, context, rule, case)
    return failures


# The coded values of the file and the codelist each must come from.
CODED_VALUES = [
    ("//iati-activity/@default-currency | //value/@currency", "Currency"),
    ("//@xml:lang | //document-link/language/@code", "Language"),
    ("//reporting-org/@type | //participating-org/@type", "OrganisationType"),
    ("//participating-org/@role", "OrganisationRole"),
    ("//activity-status/@code", "ActivityStatus"),
    ("//activity-date/@type", "ActivityDateType"),
    ("//recipient-country/@code | //location/administrative[@vocabulary='A4']/@code", "Country"),
    ("//location/administrative/@vocabulary", "GeographicVocabulary"),
    ("//location/location-class/@code", "GeographicLocationClass"),
    ("//iati-activity/sector/@vocabulary", "SectorVocabulary"),
    ("//iati-activity/sector[@vocabulary='1']/@code", "Sector"),
    ("//budget/@type", "BudgetType"),
    ("//budget/@status", "BudgetStatus"),
    ("//iati-activity/description/@type", "DescriptionType"),
    ("//document-link/@format", "FileFormat"),
    ("//document-link/category/@code", "DocumentCategory"),
    ("//result/@type", "ResultType"),
    ("//indicator/@measure", "IndicatorMeasure"),
]


def codelist_errors(tree):
    """Coded values that are not (active) codes of their IATI codelist."""
    lists = codelists()
    return [
        f"{value} ({path}) is not in the codelist {name}"
        for path, name in CODED_VALUES
        for value in tree.xpath(path)
        if str(value) not in lists[name]
    ]
