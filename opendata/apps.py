from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    """The project list as open data: CSV and JSON exports and the IATI activity file."""

    name = "opendata"
