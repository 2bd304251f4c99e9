"""The IATI activity file (standard 2.03) as XML, from the activities ``collect`` assembles.

Written with the standard library's ElementTree. The schema fixes the order of an activity's
elements (an XSD sequence), so they are appended in that order: iati-identifier, reporting-org,
title, description, participating-org, activity-status, activity-date, recipient-country,
location, sector, budget, document-link, result. Every narrative states its language
(``xml:lang``), the activity's default language included, so no reader has to infer it.
"""

from datetime import UTC
from xml.etree import ElementTree as ET

from django.utils.encoding import iri_to_uri

from partners.models import ProjectStatus

from . import codes

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _datetime(moment):
    """xsd:dateTime in UTC ("Z"). Rule 11.1.1 (not in the future) is right with it even where a
    validator reads the clock time and ignores the offset, as the reference implementation of
    the rulesets does, as long as that validator's clock is not behind UTC (servers run on UTC);
    a time in the site's zone (+04:00) would be four hours "in the future" there."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _number(value):
    """A decimal as the schema's xsd:decimal, without exponent or needless trailing zeros."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _narratives(parent, texts):
    for language, text in texts.items():
        ET.SubElement(parent, "narrative", {XML_LANG: language}).text = text


def _text_element(parent, tag, texts, attributes=None):
    element = ET.SubElement(parent, tag, attributes or {})
    _narratives(element, texts)
    return element


def _organisation(parent, tag, organisation, role=None):
    attributes = {"ref": organisation.ref, "type": organisation.type, "role": role}
    _text_element(parent, tag, organisation.names, {name: value for name, value in attributes.items() if value})


def _descriptions(activity, element):
    """The summary as the general description (the schema requires one: without a summary the
    goal, without either the title stands in), and the goal as the objectives."""
    general = activity.summaries or activity.goals or activity.titles
    _text_element(element, "description", general, {"type": codes.DESCRIPTION_GENERAL})
    if activity.summaries and activity.goals:
        _text_element(element, "description", activity.goals, {"type": codes.DESCRIPTION_OBJECTIVES})


def _participating_orgs(activity, element):
    for funder in activity.funders:
        _organisation(element, "participating-org", funder, codes.FUNDING)
    implementers = activity.implementers or ([] if activity.funders else [activity.reporting_org])
    # (The schema requires a participating organisation: a project without publisher or donors,
    # which the page tree does not allow, would name its reporting organisation.)
    for implementer in implementers:
        _organisation(element, "participating-org", implementer, codes.IMPLEMENTING)


def activity_dates(status, start, end):
    """[(ActivityDateType, date)] as the status allows: a start is actual once it has passed
    (rule 11.1.4), an end only once the project is completed (11.1.5); before, both are planned."""
    if status == ProjectStatus.PLANNED:
        dates = [(codes.PLANNED_START, start), (codes.PLANNED_END, end)]
    elif status == ProjectStatus.ONGOING:
        dates = [(codes.ACTUAL_START, start), (codes.PLANNED_END, end)]
    else:
        dates = [(codes.ACTUAL_START, start), (codes.ACTUAL_END, end)]
    return [(type_, day) for type_, day in dates if day]


def _places(activity, element):
    for code, percentage in activity.countries:
        attributes = {"code": code}
        if percentage is not None:
            attributes["percentage"] = _number(percentage)
        ET.SubElement(element, "recipient-country", attributes)
    for place in activity.places:
        location = ET.SubElement(element, "location", {"ref": place.ref})
        if place.names:
            _text_element(location, "name", place.names)
        if place.country:
            ET.SubElement(
                location,
                "administrative",
                {"vocabulary": codes.ISO_COUNTRY_VOCABULARY, "level": codes.COUNTRY_LEVEL, "code": place.country},
            )
        ET.SubElement(location, "location-class", {"code": codes.ADMINISTRATIVE_REGION})


def _budgets(activity, element):
    for budget in activity.budgets:
        attributes = {"type": codes.BUDGET_ORIGINAL, "status": codes.BUDGET_COMMITTED}
        budget_element = ET.SubElement(element, "budget", attributes)
        ET.SubElement(budget_element, "period-start", {"iso-date": budget.start.isoformat()})
        ET.SubElement(budget_element, "period-end", {"iso-date": budget.end.isoformat()})
        value = {"currency": budget.currency, "value-date": budget.start.isoformat()}
        ET.SubElement(budget_element, "value", value).text = _number(budget.value)


def _document_links(activity, element):
    """Each language version's page on the site."""
    for language, url in activity.pages.items():
        link = ET.SubElement(element, "document-link", {"format": codes.HTML, "url": iri_to_uri(url)})
        title = activity.titles.get(language)
        _text_element(link, "title", {language: title} if title else activity.titles)
        ET.SubElement(link, "category", {"code": codes.ACTIVITY_WEB_PAGE})
        ET.SubElement(link, "language", {"code": language})


def _results(activity, element):
    for result in activity.results:
        result_element = ET.SubElement(element, "result", {"type": codes.RESULT_OTHER, "aggregation-status": "0"})
        _text_element(result_element, "title", result.indicator)
        indicator = ET.SubElement(result_element, "indicator", {"measure": codes.QUALITATIVE})
        _text_element(indicator, "title", result.indicator)
        if result.period is None:
            continue
        period = ET.SubElement(indicator, "period")
        ET.SubElement(period, "period-start", {"iso-date": result.period[0].isoformat()})
        ET.SubElement(period, "period-end", {"iso-date": result.period[1].isoformat()})
        # Qualitative: the target and what was achieved are words, in comments, without @value.
        for tag, texts in (("target", result.target), ("actual", result.achieved)):
            if texts:
                _text_element(ET.SubElement(period, tag), "comment", texts)


def activity_element(activity):
    element = ET.Element(
        "iati-activity",
        {
            "last-updated-datetime": _datetime(activity.last_updated),
            XML_LANG: activity.language,
            "default-currency": activity.default_currency,
        },
    )
    ET.SubElement(element, "iati-identifier").text = activity.identifier
    _organisation(element, "reporting-org", activity.reporting_org)
    _text_element(element, "title", activity.titles)
    _descriptions(activity, element)
    _participating_orgs(activity, element)
    ET.SubElement(element, "activity-status", {"code": codes.ACTIVITY_STATUS[activity.status]})
    for type_, day in activity_dates(activity.status, activity.start, activity.end):
        ET.SubElement(element, "activity-date", {"type": type_, "iso-date": day.isoformat()})
    _places(activity, element)
    ET.SubElement(element, "sector", {"vocabulary": codes.DAC_SECTOR_VOCABULARY, "code": activity.sector})
    _budgets(activity, element)
    _document_links(activity, element)
    _results(activity, element)
    return element


def build_document(activities, generated):
    """The whole file as UTF-8 bytes. ``activities`` must not be empty: the schema requires at
    least one activity (the view answers 404 instead)."""
    root = ET.Element("iati-activities", {"version": codes.VERSION, "generated-datetime": _datetime(generated)})
    root.extend(activity_element(activity) for activity in activities)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
