"""Admin forms shared by page types: slugs made on the server, and locale-scoped pickers."""

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin

from .slugs import first_free, romanised_slug, unicode_slugs_of

# Admin messages, translated in coalition/locale_overrides/{ka,az} (with the Wagtail strings the
# editors see) rather than in locale/: they are passed to gettext as names, not literals, so that
# `make messages` does not extract them into locale/ as well.
SLUG_TAKEN = "This slug is already in use here. Type another one, or leave it empty."
SLUG_TAKEN_BANNER = (
    "The slug “%(slug)s” is already used by another page in the same place, perhaps an unpublished "
    "draft. Change it on the Promote tab, or leave it empty there to have one made from the title."
)


class RomanisedSlugPageForm(WagtailAdminPageForm):
    """Makes the slug on the server: romanised from the title and unique among the siblings.

    The slug counts as generated, and is then made here whatever the admin's JavaScript put in
    the field, when it is empty or is just the title as a Unicode slug (what the JavaScript
    pre-fills with WAGTAIL_ALLOW_UNICODE_SLUGS, and what Wagtail would store) or its
    romanisation. A generated slug that a sibling already has (live or draft, an abandoned draft
    of the same title included) gets "-2", "-3", … and never an error. A slug the editor typed
    that clashes is an error in the editor's language, shown in the banner at the top of the
    form as well as on the Promote tab. A page keeps the slug it has: published pages are never
    renamed by this form, and drafts only lose a Unicode slug of their title.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            # An empty slug is filled in clean(), for drafts and publishing alike.
            self.fields["slug"].required = False

    def clean(self):
        if "slug" in self.cleaned_data:
            self.settle_slug()
        # Wagtail's own check (in English) runs only if the slug is still in cleaned_data.
        return super().clean()

    def settle_slug(self):
        page = self.instance
        slug = (self.cleaned_data["slug"] or "").strip()
        title = self.cleaned_data.get("title") or page.title or ""
        kept = bool(page.pk) and slug == page.slug
        if kept and (page.first_published_at or slug not in unicode_slugs_of(title)):
            return
        if not slug or slug in self.generated_forms(title):
            self.cleaned_data["slug"] = self.free_slug(romanised_slug(title, fallback=self.type_name()))
        elif self.parent_page is not None and not Page._slug_is_available(slug, self.parent_page, page):
            self.add_error("slug", _(SLUG_TAKEN))
            self.add_error(None, _(SLUG_TAKEN_BANNER) % {"slug": slug})

    @staticmethod
    def generated_forms(title):
        return unicode_slugs_of(title) | {romanised_slug(title), romanised_slug(title, max_length=255)}

    def type_name(self):
        with translation.override("en"):
            return str(type(self.instance)._meta.verbose_name)

    def free_slug(self, base):
        """``base``, or ``base-2``, ``base-3``, … whichever no sibling of the page has."""
        if self.parent_page is None:
            return base
        siblings = self.parent_page.get_children().filter(slug__startswith=base)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return first_free(base, set(siblings.values_list("slug", flat=True)))


class LocaleScopedPageForm(RomanisedSlugPageForm):
    """Offers only choices from the page's own locale in many-to-many pickers.

    Municipalities and organisations exist once per locale; without this an editor of a
    Georgian page would see every municipality three times, once per language.
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if not locale_id:
            locale_id = Locale.get_default().pk
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, TranslatableMixin):
                field.queryset = queryset.filter(locale_id=locale_id)
