"""The spelling vocabulary of "did you mean" (search.spelling) holds the words of the pages the
public sees: the rule of core.visibility, asked here, the lowest layer that knows both. It is
rebuilt whole by ``manage.py rebuild_spelling`` (and by the demo loader, and bootstrap_site when it
is empty), and kept current by the publication signals (``connect``)."""

from contextlib import contextmanager

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from core.visibility import live_public, public
from search import spelling

ADD_UID = "core.spelling.add_published_words"
REMOVE_UID = "core.spelling.remove_unpublished_words"


def vocabulary_pages():
    """The pages whose words the vocabulary holds: every live public page but the tree's root."""
    return live_public(Page.objects.filter(depth__gt=1))


def rebuild_spelling_vocabulary():
    """Rebuild the vocabulary from every live public page; how many words and stems it holds."""
    return spelling.rebuild_vocabulary(vocabulary_pages())


def ensure_spelling_vocabulary():
    """Build the vocabulary when it is empty (a new site, or one older than the vocabulary)."""
    if not spelling.has_vocabulary():
        rebuild_spelling_vocabulary()


def add_published_words(sender, instance, **kwargs):
    # A page published in a private section brings no words.
    if vocabulary_pages().filter(pk=instance.pk).exists():
        spelling.add_page_words(instance.specific)


def remove_unpublished_words(sender, instance, **kwargs):
    # Only a page outside every private section had brought words.
    if public(Page.objects.filter(pk=instance.pk, depth__gt=1)).exists():
        spelling.remove_page_words(instance.specific)


@contextmanager
def deferred_spelling():
    """Publications inside the block bring no words one by one: for bulk loaders, which rebuild
    the vocabulary once at the end instead."""
    page_published.disconnect(dispatch_uid=ADD_UID)
    try:
        yield
    finally:
        page_published.connect(add_published_words, dispatch_uid=ADD_UID)


def connect():
    page_published.connect(add_published_words, dispatch_uid=ADD_UID)
    page_unpublished.connect(remove_unpublished_words, dispatch_uid=REMOVE_UID)
