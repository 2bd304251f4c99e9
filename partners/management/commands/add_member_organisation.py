"""Add a member organisation with its own publishing section, editors group and editors.

    python manage.py add_member_organisation --name "ქალთა საინფორმაციო ცენტრი" --acronym WIC \
        [--name-az "Qadın İnformasiya Mərkəzi"] [--name-en "Women's Information Center"] \
        [--moderated] [--editor nino@wic.ge --editor ...] [--send-reset-email]

The organisation's page is created in the default language under the members index and, with
wagtail-localize, in every other language that has a members index: published under the name
given for that language, or kept as a draft for translators until it has one (so no reader
meets a Georgian name on the Azerbaijani site). Its editors can work in every language either
way. Running it again changes nothing, except that ``--moderated`` given or left out sets
whether the organisation is moderated, and new ``--editor`` addresses are added.
"""

import re
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from core.publishing import publish
from partners.models import PartnerIndexPage, PartnerOrganisationPage
from partners.sections import grant_section_access

ACRONYM = re.compile(r"^[\w&.-]{1,32}$")


class Command(BaseCommand):
    help = "Create a member organisation's section in every language, its editors group and editor accounts."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="the organisation's name in the default language")
        parser.add_argument("--acronym", required=True, help="short name, e.g. WIC; names the editors group")
        for code, language in settings.LANGUAGES:
            if code != settings.LANGUAGE_CODE:
                parser.add_argument(
                    f"--name-{code}",
                    dest=f"name_{code}",
                    default="",
                    help=f"the name in {language} (publishes that translation)",
                )
        parser.add_argument(
            "--moderated", action="store_true", help="its editors submit pages for approval by the coalition moderators"
        )
        parser.add_argument(
            "--editor", action="append", default=[], metavar="EMAIL", help="an editor's e-mail address (repeatable)"
        )
        parser.add_argument(
            "--send-reset-email",
            action="store_true",
            help="e-mail new editors a password-reset link instead of printing a password",
        )

    def handle(self, *args, name, acronym, moderated, editor, send_reset_email, **options):
        name, acronym = " ".join(name.split()), acronym.strip()
        translated_names = {
            code: " ".join(options.get(f"name_{code}", "").split())
            for code, _language in settings.LANGUAGES
            if code != settings.LANGUAGE_CODE
        }
        if not name:
            raise CommandError("--name is empty.")
        if not ACRONYM.match(acronym):
            raise CommandError(f"--acronym {acronym!r}: use 1–32 letters, digits or & . - _ and no spaces.")
        emails = []
        for address in editor:
            try:
                validate_email(address.strip())
            except ValidationError:
                raise CommandError(f"--editor {address!r} is not an e-mail address.") from None
            emails.append(address.strip().lower())

        self.send_reset_email = send_reset_email
        with transaction.atomic():
            organisation, created = self.organisation(name, acronym, translated_names)
            access = grant_section_access(organisation, moderated=moderated)
            editors = [self.editor(email, access.group) for email in emails]

        changes = (
            (["organisation page"] if created else [])
            + access.created
            + [user.email for user, _password, added in editors if added]
        )
        self.stdout.write(
            f"{organisation.title} ({acronym}): section in "
            + ", ".join(page.locale.language_code for page in access.pages)
            + f"; group “{access.group.name}”; "
            + ("moderated" if access.moderated else "publishes directly")
            + "."
        )
        for user, password, _added in editors:
            if password is None:
                continue
            if send_reset_email:
                form = PasswordResetForm({"email": user.email})
                form.is_valid()
                form.save(domain_override=settings.SITE_HOSTNAME, use_https=not settings.DEBUG)
                self.stdout.write(f"  editor {user.email}: password-reset e-mail sent")
            else:
                self.stdout.write(f"  editor {user.email}: one-time password {password} (change it after logging in)")
        if not changes:
            self.stdout.write("Nothing changed.")

    def organisation(self, name, acronym, translated_names):
        existing = PartnerOrganisationPage.objects.filter(acronym__iexact=acronym).order_by("pk").first()
        if existing is not None:
            if (
                existing.title != name
                and not PartnerOrganisationPage.objects.filter(
                    translation_key=existing.translation_key, title=name
                ).exists()
            ):
                raise CommandError(f"The acronym {acronym} belongs to “{existing.title}”; choose another.")
            return existing, False
        default_locale = Locale.get_default()
        members = PartnerIndexPage.objects.filter(locale=default_locale).first()
        if members is None:
            raise CommandError("There is no members index page yet: run `python manage.py bootstrap_site` first.")
        slug = slugify(acronym) or slugify(name, allow_unicode=True)
        if members.get_children().filter(slug=slug).exists():
            raise CommandError(f"A page with the slug “{slug}” already exists under {members.title}.")
        page = PartnerOrganisationPage(title=name, acronym=acronym, slug=slug, locale=default_locale)
        members.add_child(instance=page)
        publish(page)
        self.translate(page, translated_names)
        return page, True

    def translate(self, page, names):
        """The page in every other language with a members index, as a wagtail-localize
        translation: published where ``names`` gives its name there, a draft otherwise."""
        from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

        source, _created = TranslationSource.get_or_create_from_instance(page)
        title = StringSegment.objects.select_related("string", "context").get(source=source, context__path="title")
        for members in PartnerIndexPage.objects.exclude(locale=page.locale).select_related("locale"):
            locale, name = members.locale, names.get(members.locale.language_code)
            Translation.objects.get_or_create(source=source, target_locale=locale)
            if name:
                StringTranslation.objects.update_or_create(
                    translation_of=title.string,
                    locale=locale,
                    context=title.context,
                    defaults={"data": name, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
            source.create_or_update_translation(locale, publish=False, fallback=True)
            if name:
                publish(page.get_translation(locale))

    def editor(self, email, group):
        """(user, one-time password if the account is new, whether it joined the group now)."""
        User = get_user_model()
        user = User.objects.filter(email__iexact=email).first()
        password = None
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(username=email, email=email, password=password)
            if self.send_reset_email:
                user.set_unusable_password()
                user.save(update_fields=["password"])
        added = not user.groups.filter(pk=group.pk).exists()
        if added:
            user.groups.add(group)
        return user, password, added
