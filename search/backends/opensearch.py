"""Wagtail's OpenSearch backend with analysed queries, for deployments that outgrow one machine.
Pages index the same analysed fields as with the database backend (search.indexing), and
queries are analysed the same way (search.backends), so both backends match alike. OpenSearch
ships no Georgian or Azerbaijani analyzer; our tokens need only its standard one."""

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends import analysed_backend_class

SearchBackend = analysed_backend_class(OpenSearch3SearchBackend)
