"""Open data routes. The exports are per language (under /ka/, /az/, /en/, with the project
listing's filters as query parameters); the IATI file holds every language in one document."""

from django.urls import path

from opendata import exports
from opendata.iati import views as iati_views

language_neutral = [
    path("iati/activities.xml", iati_views.activities, name="iati_activities"),
]

per_language = [
    path("open-data/projects.csv", exports.projects_csv, name="projects_csv"),
    path("open-data/projects.json", exports.projects_json, name="projects_json"),
]
