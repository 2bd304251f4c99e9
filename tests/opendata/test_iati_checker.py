"""The checks test_iati.py relies on can fail: a small valid IATI document, written by hand (not
by the code under test), passes them all, and each way of breaking it is reported by the same
checker as the file (iati_checks.py): by the schema, by the rule of standard.json it breaks
(with that rule's id and severity), or by the codelists."""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from lxml import etree

from . import iati_checks
from .iati_rulesets import iatirulesets as reference

VALID = """<?xml version="1.0" encoding="utf-8"?>
<iati-activities version="2.03" generated-datetime="2024-07-01T08:00:00Z">
 <iati-activity last-updated-datetime="2024-07-01T08:00:00Z" xml:lang="en" default-currency="EUR">
  <iati-identifier>GE-NAPR-404000001-first</iati-identifier>
  <reporting-org ref="GE-NAPR-404000001" type="22"><narrative>Coalition</narrative></reporting-org>
  <title><narrative>First</narrative></title>
  <description type="1"><narrative>What it does.</narrative></description>
  <participating-org ref="XI-IATI-EC_NEAR" type="40" role="1"><narrative>EU</narrative></participating-org>
  <activity-status code="3"/>
  <activity-date type="2" iso-date="2022-03-01"/>
  <activity-date type="4" iso-date="2023-06-30"/>
  <recipient-country code="GE" percentage="60"/>
  <recipient-country code="AZ" percentage="40"/>
  <sector vocabulary="1" code="15150"/>
  <sector vocabulary="2" code="151"/>
  <budget type="1" status="2">
   <period-start iso-date="2022-03-01"/><period-end iso-date="2022-12-31"/>
   <value currency="EUR" value-date="2022-03-01">1000.50</value>
  </budget>
 </iati-activity>
 <iati-activity last-updated-datetime="2024-07-01T08:00:00Z" xml:lang="ka" default-currency="GEL">
  <iati-identifier>GE-NAPR-404000001-second</iati-identifier>
  <reporting-org ref="GE-NAPR-404000001" type="22"><narrative>კოალიცია</narrative></reporting-org>
  <title><narrative>მეორე</narrative></title>
  <description><narrative>აღწერა</narrative></description>
  <participating-org type="22" role="4"><narrative>წევრი</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="2" iso-date="2024-01-01"/>
  <recipient-country code="GE"/>
  <sector vocabulary="1" code="15170"/>
  <sector vocabulary="7" code="5" percentage="50"/>
  <sector vocabulary="7" code="16" percentage="50"/>
 </iati-activity>
</iati-activities>
"""


def valid():
    return etree.fromstring(VALID.encode())


def set_attribute(path, name, value):
    def breaks(document):
        document.xpath(path)[0].set(name, value)

    return breaks


def remove(path):
    def breaks(document):
        for element in document.xpath(path):
            element.getparent().remove(element)

    return breaks


def set_text(path, text):
    def breaks(document):
        document.xpath(path)[0].text = text

    return breaks


def two_dac_sectors(first, second):
    """The first activity with a second OECD DAC sector, with these percentages (None: none)."""

    def breaks(document):
        sector = document.xpath(f"{FIRST}/sector[@vocabulary='1']")[0]
        sector.set("percentage", first)
        extra = etree.Element("sector", {"vocabulary": "1", "code": "15170"})
        if second is not None:
            extra.set("percentage", second)
        sector.addnext(extra)

    return breaks


FIRST = "iati-activity[1]"
SECOND = "iati-activity[2]"
TOMORROW = (date.today() + timedelta(days=1)).isoformat()


def test_the_valid_document_passes_every_check():
    document = valid()
    assert iati_checks.schema_errors(document) == []
    assert iati_checks.rule_failures(document) == []
    assert iati_checks.codelist_errors(document) == []


@pytest.mark.parametrize(
    "breakage, rule, severity",
    [
        (set_attribute(f"{FIRST}/budget/period-end", "iso-date", "2023-03-02"), "7.5.3", "error"),  # a year and a day
        (set_attribute(f"{FIRST}/budget/period-end", "iso-date", "2022-02-01"), "8.6.3", "error"),
        (remove(f"{FIRST}/sector"), "6.2.2", "error"),
        (set_attribute(f"{FIRST}/activity-date[@type='2']", "iso-date", TOMORROW), "11.1.4", "error"),
        (set_attribute(f"{FIRST}/activity-date[@type='4']", "iso-date", "2022-01-01"), "11.1.3", "error"),
        (set_attribute(FIRST, "last-updated-datetime", f"{TOMORROW}T00:00:00Z"), "11.1.1", "error"),
        (set_attribute(f"{FIRST}/recipient-country[2]", "percentage", "30"), "3.1.2", "error"),
        (set_attribute(f"{FIRST}/recipient-country[2]", "percentage", "140"), "12.1.1", "error"),
        (set_attribute(f"{SECOND}/recipient-country", "percentage", "50"), "3.1.4", "error"),
        (remove(f"{SECOND}/recipient-country"), "3.7.1", "error"),
        (set_text(f"{FIRST}/title/narrative", None), "4.3.1", "error"),
        (set_text(f"{FIRST}/iati-identifier", "GE-NAPR-404000001"), "1.1.3", "error"),
        (set_text(f"{FIRST}/iati-identifier", "XX-OTHER-first"), "1.1.21", "warning"),
        (set_text(f"{FIRST}/iati-identifier", "GE-NAPR-404000001-first "), "1.3.1", "warning"),
        (set_text(f"{FIRST}/iati-identifier", "GE-NAPR-404000001-a/b"), "1.3.13", "warning"),
        # The example the settings' help text gives: GE-COR is no registration agency IATI knows.
        (set_attribute(f"{FIRST}/reporting-org", "ref", "GE-COR-404123456"), "1.14.8", "warning"),
        (remove(f"{FIRST}/participating-org/narrative"), None, None),  # still has a @ref: fine
        (remove(f"{SECOND}/participating-org/narrative"), "6.10.1", "error"),
        (two_dac_sectors("60", "30"), "2.1.2", "error"),
        (two_dac_sectors("100", None), "2.1.1", "error"),
        # Inside a loop over the sector vocabularies, in the second activity (see below).
        (lambda d: d.xpath(f"{SECOND}/sector[@vocabulary='7'][2]")[0].attrib.pop("percentage"), "2.1.1", "error"),
    ],
)
def test_each_broken_rule_is_reported_with_its_id_and_severity(breakage, rule, severity):
    document = valid()
    breakage(document)
    reported = [(f.id, f.severity) for f in iati_checks.rule_failures(document)]
    # (One breakage may break other rules too: a date in the wrong order is also in the future.)
    assert (rule, severity) in reported if rule else reported == []


def _loop_case(ruleset, rule_id):
    loops = ruleset["/iati-activities/iati-activity"]["loop"]["cases"]
    return next(c for c in loops if any(i["ruleInfo"]["id"] == rule_id for s in c["do"].values() for i in s["cases"]))


def test_the_reference_loop_cannot_be_used_as_it_is():
    """Why iati_checks runs the loops itself. The reference ``loop`` counts a case whose condition
    does not apply as failed, so it fails the valid document; and it replaces $1 in the ruleset's
    own cases, so from the second activity on it checks the first one's sector vocabulary, and
    misses what is wrong there."""
    ruleset = iati_checks.standard_ruleset()
    all_loops = {"/iati-activities/iati-activity": {"loop": ruleset["/iati-activities/iati-activity"]["loop"]}}
    assert reference.test_ruleset(all_loops, etree.ElementTree(valid())) is False
    assert iati_checks.rule_failures(valid(), all_loops) == []

    broken = valid()
    del broken.xpath(f"{SECOND}/sector[@vocabulary='7'][2]")[0].attrib["percentage"]
    loop = {"/iati-activities/iati-activity": {"loop": {"cases": [_loop_case(ruleset, "2.1.1")]}}}
    assert reference.test_ruleset(json.loads(json.dumps(loop)), etree.ElementTree(broken)) is True
    assert [f.id for f in iati_checks.rule_failures(broken, loop)] == ["2.1.1"]


def test_a_rule_the_checker_does_not_know_fails_loudly():
    ruleset = {"/iati-activities/iati-activity": {"a_rule_from_the_future": {"cases": [{"paths": ["title"]}]}}}
    with pytest.raises(NotImplementedError):
        iati_checks.rule_failures(valid(), ruleset)


@pytest.mark.parametrize(
    "breakage",
    [
        remove(f"{FIRST}/description"),  # required
        remove(f"{FIRST}/reporting-org"),  # required
        lambda d: d.xpath(FIRST)[0].insert(0, d.xpath(f"{FIRST}/title")[0]),  # elements out of order
        set_attribute(f"{FIRST}/activity-date[1]", "iso-date", "01.03.2022"),
        set_text(f"{FIRST}/budget/value", "1 000,50"),
    ],
)
def test_the_schema_rejects_what_it_must(breakage):
    document = valid()
    breakage(document)
    assert iati_checks.schema_errors(document) != []


@pytest.mark.parametrize(
    "path, name, value",
    [
        (f"{FIRST}/activity-status", "code", "7"),
        (FIRST, "default-currency", "XYZ"),
        (f"{FIRST}/participating-org", "type", "99"),
        (f"{FIRST}/sector[@vocabulary='1']", "code", "15100"),  # a category, not a sector
        (f"{FIRST}/recipient-country[1]", "code", "XX"),
        (SECOND, "{http://www.w3.org/XML/1998/namespace}lang", "ge"),  # Georgian is "ka"
    ],
)
def test_codes_outside_their_codelist_are_reported(path, name, value):
    document = valid()
    document.xpath(path)[0].set(name, value)
    assert len(iati_checks.codelist_errors(document)) == 1


SHARED_SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "iati"


@pytest.mark.skipif(not SHARED_SCHEMA.is_dir(), reason="no ../shared/iati beside this clone")
@pytest.mark.parametrize("name", ["iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd"])
def test_the_vendored_schema_is_the_shared_one_unchanged(name):
    assert (iati_checks.SCHEMA_DIR / name).read_bytes() == (SHARED_SCHEMA / name).read_bytes()


def test_the_vendored_ruleset_is_the_2_03_standard():
    ruleset = iati_checks.standard_ruleset()
    ids = {
        case["ruleInfo"]["id"]
        for rules in ruleset.values()
        for spec in rules.values()
        for case in spec["cases"]
        for case in ([case] if "ruleInfo" in case else [c for s in case["do"].values() for c in s["cases"]])
    }
    assert {"7.5.3", "6.2.2", "11.1.4", "1.14.8"} <= ids and len(ids) > 80
    assert json.loads((iati_checks.RULESETS_DIR / "codelists.json").read_text())["codelists"]["Sector"]
