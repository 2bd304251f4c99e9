"""Two member organisations side by side, as the isolation tests need them.

A publishes directly; B is moderated. B has what A's editor must never see or touch: a
never-published draft, a published page with changes pending in B's moderation workflow, a
draft translation of it, an image and a document in B's collection (the collection restricted
to logged-in B editors), an upload B's editor has not finished, and B's editor themselves.
Everything of B's that is not public carries the marker ``SECRET`` in its text, so a test can
look for it in any response.
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import CollectionViewRestriction, Workflow
from wagtail_localize.models import Translation, TranslationSource

from partners.sections import MEMBER_WORKFLOW, grant_section_access

from . import factories

SECRET = "bsecret"
# A word in B's unpublished titles that searches can find them by.
SECRET_WORD = "მონახაზი"
PASSWORD = "a-long-test-password"
PUBLIC_TITLE = "ბ-ს საჯარო სიახლე"


def editor(group, name, first_name):
    user = get_user_model().objects.create_user(
        name, f"{name}@example.org", PASSWORD, first_name=first_name, last_name="Editor"
    )
    user.groups.add(group)
    return user


def build(site):
    ka, az = site.locales["ka"], site.locales["az"]
    a = factories.organisation(site.members["ka"], slug="org-a", title="ორგანიზაცია ა", acronym="OA")
    b = factories.organisation(site.members["ka"], slug="org-b", title="ორგანიზაცია ბ", acronym="OB")
    grant_section_access(b, moderated=True)
    b.refresh_from_db()
    a.refresh_from_db()
    # Both sections exist in Azerbaijani too (publishing a translation grants its editors).
    for org in (a, b):
        org.copy_for_translation(az).save_revision().publish()
    editor_a = editor(a.editors_group, "editor-a", "Anna")
    editor_b = editor(b.editors_group, f"{SECRET}-editor", f"{SECRET.title()}name")

    a_news = factories.news(a, slug="a-news", title="ა-ს სიახლე")

    draft = factories.news(
        b, slug="b-draft", title=f"{SECRET} ბ-ს მონახაზი", lead=f"{SECRET} lead of a draft", owner=editor_b
    )
    draft.unpublish()
    # The page was published once by the factory; a never-published draft has no live revision.
    type(draft).objects.filter(pk=draft.pk).update(
        first_published_at=None, last_published_at=None, live_revision=None, has_unpublished_changes=True
    )
    draft.refresh_from_db()
    for revision in draft.revisions.all():
        revision.content["title"] = draft.title
        revision.save(update_fields=["content"])

    pending = factories.news(b, slug="b-pending", title=PUBLIC_TITLE)
    pending.title = f"{SECRET} ბ-ს მოლოდინში"
    pending.lead = f"{SECRET} pending lead"
    revision = pending.save_revision(user=editor_b)
    workflow = Workflow.objects.get(name=MEMBER_WORKFLOW)
    workflow_state = workflow.start(pending, editor_b)
    pending.refresh_from_db()

    # B's draft translated into Azerbaijani (by B's editor, through wagtail-localize).
    source, _created = TranslationSource.get_or_create_from_instance(draft)
    translation = Translation.objects.create(source=source, target_locale=az)
    translation.save_target(user=editor_b)
    draft_az = draft.get_translation(az)

    collection = b.collection
    image = get_image_model().objects.create(
        title=f"{SECRET} image", file=get_test_image_file(), collection=collection, uploaded_by_user=editor_b
    )
    document = get_document_model().objects.create(
        title=f"{SECRET} document",
        collection=collection,
        uploaded_by_user=editor_b,
        file=ContentFile(b"%PDF-1.4 b", name="b-report.pdf"),
    )
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)

    return SimpleNamespace(
        ka=ka,
        az=az,
        a=a,
        b=b,
        a_az=a.get_translation(az),
        b_az=b.get_translation(az),
        editor_a=editor_a,
        editor_b=editor_b,
        a_news=a_news,
        draft=draft,
        draft_az=draft_az,
        pending=pending,
        revision=revision,
        workflow=workflow,
        workflow_state=workflow_state,
        task_state=workflow_state.current_task_state,
        source=source,
        translation=translation,
        image=image,
        document=document,
        collection=collection,
    )
