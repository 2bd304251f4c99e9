"""Builds the demo site from ``home/demo/data.py``.

Idempotent: everything is looked up by slug (and, for translations, by translation key)
and created only when missing, so a second run writes nothing. A page listed in several
languages is created once in its first language (ka, then az, then en) and translated
with Wagtail's ``copy_for_translation``, so the versions share a translation key exactly
as pages translated in the admin do.
"""

from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

from core.spelling import deferred_spelling, ensure_spelling_vocabulary, rebuild_spelling_vocabulary
from home.models import HomePage, HomePageFeaturedProject, StandardPage
from home.site_setup import bootstrap_site, publish
from news.models import EventPage, EventPageProject, NewsIndexPage, NewsPage, NewsPageProject
from partners.models import (
    DonorIndexPage,
    DonorPage,
    Municipality,
    PartnerIndexPage,
    PartnerOffice,
    PartnerOrganisationPage,
    ProjectContact,
    ProjectPage,
    Region,
)
from partners.sections import grant_section_access
from search.indexing import deferred_indexing
from topics import vocabulary
from topics.models import Topic

from . import data, images
from .funding import load_open_data, project_fundings, project_results

LANGUAGE_ORDER = ["ka", "az", "en"]


def languages_of(texts):
    return [code for code in LANGUAGE_ORDER if code in texts]


def text(value, code):
    """The ``code`` version of a per-language dict (falling back to any), or a plain value."""
    if value is None:
        return ""
    if isinstance(value, dict):
        for candidate in [code] + LANGUAGE_ORDER:
            if value.get(candidate):
                return value[candidate]
        return ""
    return value


def paragraphs_stream(paragraphs):
    return [("paragraph", f"<p>{escape(paragraph)}</p>") for paragraph in paragraphs or []]


class DemoLoader:
    def __init__(self, log=None):
        self.log = log or (lambda message: None)
        self.created = 0

    @transaction.atomic
    def run(self):
        # Each page is indexed once, at the end, not on every save and publish; its words are
        # counted once too, when every page is there.
        with deferred_indexing(), deferred_spelling():
            created = self._load()
        if created:
            rebuild_spelling_vocabulary()
        else:
            ensure_spelling_vocabulary()
        return created

    def _load(self):
        homes, indexes = bootstrap_site()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.homes = homes
        self.news_index = {code: indexes[(NewsIndexPage, code)] for code in homes}
        self.member_index = {code: indexes[(PartnerIndexPage, code)] for code in homes}
        self.donor_index = {code: indexes[(DonorIndexPage, code)] for code in homes}

        self.regions = {
            r["slug"]: self.snippet(Region, r["slug"], r["name"], country=lambda code, r=r: r["country"])
            for r in data.REGIONS
        }
        self.municipalities = {
            m["slug"]: self.snippet(
                Municipality, m["slug"], m["name"], region=lambda code, m=m: self.regions[m["region"]].get(code)
            )
            for m in data.MUNICIPALITIES
        }
        self.topics = {entry[0]: self.snippet(Topic, entry[0], vocabulary.names(entry)) for entry in vocabulary.TOPICS}
        self.donors = {d["slug"]: self.load_donor(d) for d in data.DONORS}
        self.organisations = {o["slug"]: self.load_organisation(o) for o in data.ORGANISATIONS}
        for item in data.ORGANISATIONS:
            self.load_section_access(item)
        self.projects = {p["slug"]: self.load_project(p) for p in data.PROJECTS}
        for item in data.NEWS:
            self.load_news(item)
        for item in data.EVENTS:
            self.load_event(item)
        for item in data.STANDARD_PAGES:
            self.load_standard_page(item)
        self.load_home_pages()
        self.created += load_open_data()
        return self.created

    # --- helpers ------------------------------------------------------------------

    def snippet(self, model, slug, names, **related):
        """One snippet per language in ``names``, all sharing a translation key."""
        versions = {}
        codes = languages_of(names)
        source = model.objects.filter(slug=slug, locale=self.locales[codes[0]]).first()
        for code in codes:
            locale = self.locales[code]
            obj = (
                source
                if code == codes[0]
                else (model.objects.filter(translation_key=source.translation_key, locale=locale).first())
            )
            if obj is None:
                obj = source.copy_for_translation(locale) if source else model(slug=slug, locale=locale)
                obj.name = names[code]
                for field, value_for in related.items():
                    setattr(obj, field, value_for(code))
                obj.save()
                self.created += 1
                if source is None:
                    source = obj
            versions[code] = obj
        return versions

    def page(self, model, parents, slug, codes, fields, relations=None):
        """Create ``model`` at ``slug`` under ``parents[code]`` in each language of ``codes``.

        ``fields(code)`` gives the field values of one language; ``relations(page, code)``
        sets relations (to objects of the same language) before the page is published.
        Existing pages are left as they are.
        """
        versions = {}
        source = model.objects.child_of(parents[codes[0]]).filter(slug=slug).first()
        for code in codes:
            locale = self.locales[code]
            if code == codes[0]:
                page = source
            else:
                page = source.get_translation_or_none(locale)
                page = page.specific if page else None
            if page is None:
                if code == codes[0]:
                    page = model(slug=slug, locale=locale, **fields(code))
                    parents[code].add_child(instance=page)
                else:
                    page = source.copy_for_translation(locale).specific
                    for name, value in fields(code).items():
                        setattr(page, name, value)
                if relations:
                    relations(page, code)
                publish(page)
                self.created += 1
                self.log(f"  {code} {model._meta.verbose_name}: {page.title}")
                if code == codes[0]:  # fresh: `page` still holds its child objects unsaved, as set
                    source = model.objects.get(pk=page.pk)
            versions[code] = page
        return versions

    def stored(self, found):
        """The image of an images.* lookup, counted when it was created."""
        image, created = found
        self.created += created
        return image

    # --- content ------------------------------------------------------------------

    def load_donor(self, item):
        logo = self.stored(images.donor_logo(item))

        def fields(code):
            return {
                "title": item["title"][code],
                "kind": item["kind"],
                "country": text(item.get("country"), code),
                "iati_identifier": item.get("iati_identifier", ""),
                "website": item.get("website", ""),
                "about": text(item.get("about"), code),
                "logo": logo,
            }

        return self.page(DonorPage, self.donor_index, item["slug"], languages_of(item["title"]), fields)

    def load_organisation(self, item):
        logo = self.stored(images.organisation_logo(item))

        def fields(code):
            return {
                "title": item["title"][code],
                "acronym": item.get("acronym", ""),
                "role": item["role"],
                "iati_identifier": item.get("iati_identifier", ""),
                "iati_organisation_type": item.get("iati_organisation_type", "22"),
                "website": item.get("website", ""),
                "about": text(item.get("about"), code),
                "logo": logo,
            }

        def relations(page, code):
            page.offices = [
                PartnerOffice(
                    city=text(office["city"], code),
                    address=text(office.get("address"), code),
                    phone=office.get("phone", ""),
                    email=office.get("email", ""),
                    sort_order=i,
                )
                for i, office in enumerate(item.get("offices", []))
            ]

        return self.page(
            PartnerOrganisationPage, self.member_index, item["slug"], languages_of(item["title"]), fields, relations
        )

    def load_section_access(self, item):
        """Each organisation's section, as add_member_organisation sets it up, and one editor
        per member organisation (no password: set one with `manage.py changepassword`)."""
        organisation = next(iter(self.organisations[item["slug"]].values()))
        access = grant_section_access(organisation, moderated=item.get("moderated", False))
        if item["role"] != PartnerOrganisationPage.Role.MEMBER:
            return
        User = get_user_model()
        username = f"{item['slug']}-editor"
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=f"{username}@example.org")
            user.set_unusable_password()
            user.save()
            self.created += 1
        user.groups.add(access.group)

    def load_project(self, item):
        organisation = self.organisations[item["organisation"]]
        image = self.stored(images.page_picture(item, "project"))

        def fields(code):
            return {
                "title": item["title"][code],
                "summary": text(item.get("summary"), code),
                "goal": text(item.get("goal"), code),
                "target_groups": text(item.get("target_groups"), code),
                "activities": text(item.get("activities"), code),
                "expected_results": text(item.get("expected_results"), code),
                "start_date": date.fromisoformat(item["start"]),
                "end_date": date.fromisoformat(item["end"]) if item.get("end") else None,
                "dac_sector": item.get("dac_sector", ""),
                "image": image,
            }

        def relations(page, code):
            page.municipalities.set(
                [self.municipalities[s][code] for s in item.get("municipalities", []) if code in self.municipalities[s]]
            )
            page.partner_organisations.set(
                [self.organisations[s][code] for s in item.get("partners", []) if code in self.organisations[s]]
            )
            page.fundings = project_fundings(item, self.donors, code)
            page.results = project_results(item["slug"], page, code)
            page.contacts = [
                ProjectContact(
                    name=text(c["name"], code),
                    role=text(c.get("role"), code),
                    phone=c.get("phone", ""),
                    email=c.get("email", ""),
                    sort_order=i,
                )
                for i, c in enumerate(item.get("contacts", []))
            ]

        return self.page(ProjectPage, organisation, item["slug"], languages_of(item["title"]), fields, relations)

    def parents_for(self, item):
        if item.get("organisation"):
            return self.organisations[item["organisation"]]
        return self.news_index

    def project_links(self, link_model, item, code):
        links = []
        for i, slug in enumerate(item.get("projects", [])):
            versions = self.projects[slug]
            project = versions.get(code) or next(iter(versions.values()))
            links.append(link_model(project=project, sort_order=i))
        return links

    def load_news(self, item):
        image = self.stored(images.page_picture(item, "news"))

        def fields(code):
            return {
                "title": item["title"][code],
                "lead": text(item.get("lead"), code),
                "date": date.fromisoformat(item["date"]),
                "body": paragraphs_stream(text(item.get("body"), code)),
                "source_credit": text(item.get("source_credit"), code),
                "image": image,
            }

        def relations(page, code):
            page.municipalities.set(
                [self.municipalities[s][code] for s in item.get("municipalities", []) if code in self.municipalities[s]]
            )
            page.topics.set([self.topics[slug][code] for slug in item.get("topics", [])])
            page.project_links = self.project_links(NewsPageProject, item, code)

        return self.page(NewsPage, self.parents_for(item), item["slug"], languages_of(item["title"]), fields, relations)

    def load_event(self, item):
        image = self.stored(images.page_picture(item, "event"))

        def fields(code):
            return {
                "title": item["title"][code],
                "lead": text(item.get("lead"), code),
                "start": _aware(item["start"]),
                "end": _aware(item["end"]) if item.get("end") else None,
                "venue": text(item.get("venue"), code),
                "address": text(item.get("address"), code),
                "organiser": text(item.get("organiser"), code),
                "contact_name": text(item.get("contact_name"), code),
                "contact_phone": item.get("contact_phone", ""),
                "contact_email": item.get("contact_email", ""),
                "body": paragraphs_stream(text(item.get("body"), code)),
                "image": image,
            }

        def relations(page, code):
            municipality = self.municipalities.get(item.get("municipality") or "", {})
            page.municipality = municipality.get(code)
            page.topics.set([self.topics[slug][code] for slug in item.get("topics", [])])
            page.project_links = self.project_links(EventPageProject, item, code)

        return self.page(
            EventPage, self.parents_for(item), item["slug"], languages_of(item["title"]), fields, relations
        )

    def load_standard_page(self, item):
        def fields(code):
            return {
                "title": item["title"][code],
                "intro": text(item.get("intro"), code),
                "body": paragraphs_stream(text(item.get("body"), code)),
                "show_in_menus": True,
            }

        return self.page(StandardPage, self.homes, item["slug"], languages_of(item["title"]), fields)

    def load_home_pages(self):
        """Fill in home pages that are still as bootstrap_site left them."""
        site = getattr(data, "SITE", {})
        for code, home in self.homes.items():
            home = HomePage.objects.get(pk=home.pk)
            heading = text(site.get("hero_heading"), code)
            if home.intro or home.featured_projects.exists():
                # Loaded before home pages had a hero heading: only that is added.
                if heading and not home.hero_heading:
                    home.hero_heading = heading
                    publish(home)
                continue
            home.title = text(site.get("name"), code) or home.title
            home.hero_heading = heading
            home.intro = text(site.get("home_intro"), code)
            featured = []
            for slug in site.get("featured_projects", []):
                project = self.projects.get(slug, {}).get(code)
                if project:
                    featured.append(HomePageFeaturedProject(project=project, sort_order=len(featured)))
            home.featured_projects = featured
            publish(home)
            self.created += 1


def _aware(value):
    parsed = datetime.fromisoformat(value)
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
