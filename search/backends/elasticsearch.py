"""Wagtail's Elasticsearch backend with analysed queries, as an alternative to OpenSearch
(``ELASTICSEARCH_URL``). Pages index the same analysed fields as with the other backends
(search.indexing) and queries are analysed the same way (search.backends): Elasticsearch, like
OpenSearch, has no Georgian or Azerbaijani analyzer, and our tokens need only its standard one.

modelsearch 1.3 ships backends for Elasticsearch 7, 8 and 9; this is the one for Elasticsearch 9,
with the official client pinned to 9.x in requirements.txt (a 9.x client asks the server for
version-9 compatible responses, so it suits Elasticsearch 9 servers only; for an 8.x cluster
pin ``elasticsearch`` 8.x and use ``modelsearch.backends.elasticsearch8`` here).

What the tests (tests/search/test_elasticsearch.py) prove, and what they cannot: no
Elasticsearch server can be installed here; they run this backend against osmem-server, an
in-memory OpenSearch-compatible server that also answers as "Elasticsearch" (the header the
official client insists on). It refuses the client's Elasticsearch-9 media type on request
bodies (``application/vnd.elasticsearch+json; compatible-with=9``), so the tests' connection
sends those bodies as plain JSON. They show that the settings pick this class, that the index it
creates has the analysed fields (the title's boosted), that the query body it sends for an
analysed query equals the OpenSearch backend's, and that it finds what the database backend
finds. They cannot show a real Elasticsearch's scoring and so its exact ranking, its behaviour
at scale, its security setup (TLS, API keys), whether it accepts the compatibility media type
and the mapping as sent, or how it treats deprecated parts of the query syntax from version to
version.
"""

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends import analysed_backend_class

SearchBackend = analysed_backend_class(Elasticsearch9SearchBackend)
