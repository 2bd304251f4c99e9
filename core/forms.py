"""Admin form shared by page types that relate to locale-specific content."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin


class LocaleScopedPageForm(WagtailAdminPageForm):
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
