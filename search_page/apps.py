from django.apps import AppConfig


class SearchPageConfig(AppConfig):
    """The public search page and its suggestions, above the content apps whose pages it
    finds; the language-aware engine underneath is the ``search`` app."""

    name = "search_page"
