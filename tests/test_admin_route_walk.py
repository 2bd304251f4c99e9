"""Every admin route, requested by one member organisation's editor with the ids of another's.

The routes come from Django's URL resolver, so a route that a future Wagtail or package adds is
walked without editing this test. Each parameter is filled with organisation B's page, revision,
translation, image, document, workflow, user … ids (``candidates``), each route requested as
A's editor with GET (with and without a query naming B's ids and secret words) and with POST
(a form that would publish, translate, rename, delete …). Each request runs in a savepoint that
is rolled back afterwards, so requests do not affect each other.

A route passes when its answer contains none of B's unpublished text (``SECRET``), when no row
of B's changed, and when it is not a server error.
"""

import re
from collections import defaultdict

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import transaction
from django.http import HttpRequest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from . import two_sections
from .two_sections import SECRET

# Routes not walked, each with its reason. Keep this short.
EXEMPT = {
    # Wagtail's deliberate error page (raises to test error reporting): a 500 by design.
    "wagtailadmin_error_test": "raises on purpose to test error reporting",
}


def bulk_actions():
    bulk_action_registry._scan_for_bulk_actions()
    return [
        (app_label, model_name, action)
        for app_label, models in bulk_action_registry.actions.items()
        for model_name, actions in models.items()
        for action in actions
    ]


def walk(patterns, segments=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, (*segments, pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield (*segments, pattern.pattern), pattern


def admin_routes():
    for segments, pattern in walk(get_resolver().url_patterns):
        if str(segments[0]) == "admin/":
            yield segments, pattern


PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


def parameter_names(segments):
    names = []
    for segment in segments:
        if isinstance(segment, RoutePattern):
            names += [m["name"] for m in PARAMETER.finditer(str(segment))]
        elif isinstance(segment, RegexPattern):
            names += [m["name"] for m in REGEX_GROUP.finditer(str(segment))]
    return names


def build_path(segments, values):
    path = ""
    for segment in segments:
        text = str(segment)
        if isinstance(segment, RegexPattern):
            text = REGEX_GROUP.sub(lambda m: str(values[m["name"]]), text)
            text = text.replace("^", "").replace("$", "").replace("\\", "").replace(".*", "anything")
        else:
            text = PARAMETER.sub(lambda m: str(values[m["name"]]), text)
        path += text
    return "/" + path


def route_name(segments, pattern):
    match_name = pattern.name or ""
    return f"{'/'.join(str(s) for s in segments)}#{match_name}"


def candidates(s):
    """Values to try for each parameter name: B's objects of the kind the name suggests."""
    pages = [s.draft.pk, s.pending.pk, s.draft_az.pk]
    segment = StringSegment.objects.filter(source=s.source).first()
    overridable = OverridableSegment.objects.filter(source=s.source).first()
    every_id = sorted(
        {
            *pages,
            s.revision.pk,
            s.translation.pk,
            s.source.pk,
            s.image.pk,
            s.document.pk,
            s.collection.pk,
            s.editor_b.pk,
            s.b.editors_group.pk,
            s.workflow.pk,
            s.workflow_state.pk,
            s.task_state.pk,
        }
    )
    # Models named in a route's parameters, each with B's ids of that model.
    models = [
        ("news", "newspage", pages),
        ("wagtailcore", "page", pages),
        ("wagtailimages", "image", [s.image.pk]),
        ("wagtaildocs", "document", [s.document.pk]),
        ("partners", "municipality", [1]),
    ]
    return {
        "page_id": pages,
        "parent_page_id": [s.b.pk, s.draft.pk, s.a.pk],
        "page_to_move_id": pages,
        "page_pk": pages,
        "object_id": pages,
        "destination_id": [s.b.pk, s.a.pk],
        "revision_id": [s.revision.pk],
        "revision_id_a": ["earliest"],
        "revision_id_b": [s.revision.pk],
        "translation_id": [s.translation.pk],
        "translation_source_id": [s.source.pk],
        "string_segment_id": [segment.pk if segment else 1],
        "overridable_segment_id": [overridable.pk if overridable else 1],
        "image_id": [s.image.pk],
        "document_id": [s.document.pk],
        "doc_id": [s.document.pk],
        "collection_id": [s.collection.pk],
        "uploaded_file_id": [s.image.pk],
        "workflow_state_id": [s.workflow_state.pk],
        "task_state_id": [s.task_state.pk],
        "task_id": [s.task_state.task_id],
        "workflow_pk": [s.workflow.pk],
        "session_id": [1],
        "redirect_id": [1],
        "query_id": [1],
        "action_name": ["approve", "reject", "publish", "copy_for_translation", "unpublish", "delete"],
        "action": ["delete", "publish", "unpublish", "move", "set_privacy"],
        "mode": [""],
        "filter_spec": ["original"],
        "uidb64": ["MQ"],
        "token": ["set-password"],
        "_models": models,
        "_pk_by_namespace": {
            "pages": pages,
            "images": [s.image.pk],
            "doc": [s.document.pk],
            "collections": [s.collection.pk],
            "users_users": [s.editor_b.pk],
            "groups": [s.b.editors_group.pk],
            "workflows": [s.workflow.pk, s.task_state.task_id],
            # The place vocabularies are shared by all members: no snippet is B's.
            "snippets": [1],
        },
        "_every_id": every_id,
    }


def fillings(names, namespace, values):
    """Every combination worth trying for one route's parameters."""
    if {"app_label", "model_name", "action"} <= set(names):
        return [{"app_label": a, "model_name": m, "action": action} for a, m, action in bulk_actions()]
    fillings = [{}]
    pair = next(
        (
            (a, m)
            for a, m in (
                ("app_label", "model_name"),
                ("app_name", "model_name"),
                ("content_type_app_name", "content_type_model_name"),
            )
            if a in names and m in names
        ),
        None,
    )
    if pair:
        # The object's id goes with its model: B's pages for a page model, B's image for images …
        id_name = next((name for name in ("pk", "object_id") if name in names), None)
        fillings = [
            {pair[0]: a, pair[1]: m, **({id_name: pk} if id_name else {})}
            for a, m, ids in values["_models"]
            for pk in (ids if id_name else ids[:1])
        ]
    for name in names:
        if name in fillings[0]:
            continue
        if name == "pk":
            options = next(
                (ids for key, ids in values["_pk_by_namespace"].items() if key in namespace), values["_every_id"]
            )
        else:
            options = values.get(name, values["_every_id"])
        fillings = [{**f, name: option} for f in fillings for option in options]
    return fillings


def post_data(s):
    return {
        "locales": [s.az.pk, s.ka.pk],
        "include_subtree": "on",
        "publish_translations": "on",
        "title": "hacked",
        "slug": "hacked",
        "action-publish": "action-publish",
        "comment": "hacked",
        "value": "hacked",
        "restriction_type": "none",
        "id": [s.draft.pk, s.pending.pk],
        "new_title": "hacked",
        "new_slug": "hacked",
        "new_parent_page": s.a.pk,
        "copy_subpages": "on",
        "publish_copies": "on",
        "locale": s.az.pk,
        "collection": s.b.collection.pk,
        "name": "hacked",
        "username": "hacked",
        "email": "hacked@example.org",
        "first_name": "hacked",
    }


def b_rows(s):
    """Everything of B's that A's editor must not change, as comparable values."""
    orgs = list(Page.objects.filter(translation_key=s.b.translation_key).values_list("path", flat=True))
    section = Page.objects.none()
    for path in orgs:
        section = section | Page.objects.filter(path__startswith=path)
    page_ids = list(section.values_list("pk", flat=True))
    str_ids = [str(pk) for pk in page_ids]
    sources = TranslationSource.objects.filter(
        object_id__in=[s.draft.translation_key, s.pending.translation_key, s.b.translation_key]
    )
    image, document = get_image_model(), get_document_model()
    group = s.b.editors_group
    return [
        list(section.order_by("pk").values()),
        list(Revision.objects.filter(object_id__in=str_ids).order_by("pk").values("pk", "content")),
        list(WorkflowState.objects.filter(object_id__in=str_ids).order_by("pk").values("pk", "status")),
        list(
            TaskState.objects.filter(workflow_state__object_id__in=str_ids)
            .order_by("pk")
            .values("pk", "status", "comment")
        ),
        list(PageViewRestriction.objects.filter(page_id__in=page_ids).values()),
        list(PageLogEntry.objects.filter(page_id__in=page_ids).order_by("pk").values("pk", "action")),
        list(sources.order_by("pk").values("pk", "last_updated_at", "content_json")),
        list(Translation.objects.filter(source__in=sources).order_by("pk").values()),
        list(StringTranslation.objects.filter(locale=s.az).order_by("pk").values("pk", "data")),
        list(image.objects.filter(collection=s.collection).order_by("pk").values()),
        list(document.objects.filter(collection=s.collection).order_by("pk").values()),
        list(Collection.objects.filter(pk=s.collection.pk).values()),
        list(CollectionViewRestriction.objects.filter(collection=s.collection).values("pk", "restriction_type")),
        list(type(s.editor_b).objects.filter(pk=s.editor_b.pk).values()),
        list(Group.objects.filter(pk=group.pk).values("name", "permissions")),
        list(GroupPagePermission.objects.filter(group=group).order_by("pk").values()),
        list(GroupCollectionPermission.objects.filter(group=group).order_by("pk").values()),
    ]


def content_of(response):
    """The response's text, and the messages it leaves for the next page (a redirect's
    "page … was …" note is shown there)."""
    body = b"".join(response.streaming_content) if getattr(response, "streaming", False) else response.content
    text = body.decode("utf-8", "replace")
    cookie = response.cookies.get(CookieStorage.cookie_name)
    if cookie is not None and cookie.value:
        text += " ".join(str(message) for message in CookieStorage(HttpRequest())._decode(cookie.value) or ())
    return text


@pytest.fixture
def scenario(site):
    return two_sections.build(site)


def requests_to_make(s):
    values = candidates(s)
    # "q" is a word of B's secret titles, not the marker itself: a search page repeats its query.
    query = {
        "q": two_sections.SECRET_WORD,
        "id": [s.draft.pk, s.pending.pk, s.draft_az.pk, s.image.pk, s.document.pk, s.editor_b.pk],
        "p": "1",
    }
    for segments, pattern in admin_routes():
        name = route_name(segments, pattern)
        if pattern.name in EXEMPT:
            continue
        namespace = ":".join(str(s) for s in segments)
        for filling in fillings(parameter_names(segments), namespace, values):
            path = build_path(segments, filling)
            yield name, "GET", path, None
            yield name, "GET", path, query
            yield name, "POST", path, post_data(s)


def test_walked_routes_include_every_admin_route(scenario):
    """The walk builds a URL for every admin route that resolves back to that route's view."""
    walked = defaultdict(int)
    for name, _method, path, _data in requests_to_make(scenario):
        walked[name] += 1
        resolve(path)  # raises Resolver404 if the filled pattern does not resolve
    routes = {route_name(segments, pattern) for segments, pattern in admin_routes() if pattern.name not in EXEMPT}
    assert set(walked) == routes
    assert len(routes) > 200  # Wagtail's admin, wagtail-localize, snippets, settings …


def test_no_admin_route_shows_or_changes_another_organisations_content(scenario):
    s = scenario
    before = b_rows(s)
    client = Client(raise_request_exception=False)
    problems = []
    for name, method, path, data in requests_to_make(s):
        with transaction.atomic():
            client.force_login(s.editor_a)
            if method == "GET":
                response = client.get(path, data or {})
            else:
                response = client.post(path, data)
            body = content_of(response).lower()
            client.cookies.pop(CookieStorage.cookie_name, None)
            where = f"{method} {path}{' ?' + str(data) if method == 'GET' and data else ''} ({name})"
            if response.status_code >= 500:
                problems.append(f"{where}: {response.status_code}")
            if SECRET in body:
                at = body.index(SECRET)
                problems.append(f"{where}: shows B's unpublished text: …{body[max(0, at - 150) : at + 40]!r}")
            if b_rows(s) != before:
                problems.append(f"{where}: changed B's rows")
            transaction.set_rollback(True)
    assert not problems, "\n".join(problems)
