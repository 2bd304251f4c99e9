"""What the search page asks of search results beyond Wagtail's (modelsearch's) own interface:
to count them, and to list their ids, no further than a limit.

Every backend configured here (search.backends.database on PostgreSQL, SQLite or modelsearch's
fallback, search.backends.opensearch, search.backends.elasticsearch) returns results that are
``BoundedResults``: ``analysed_backend_class`` (search.backends) gives each backend a results
class that implements it. Our PostgreSQL backend's results (search.backends.postgres) implement
it fast (counting stops at the limit; ids come unranked); the others with the generic versions
below, which count every match and rank the ids they list.
"""

from abc import ABC, abstractmethod

from modelsearch.backends.base import EmptySearchResults

__all__ = ["BoundedResults", "EmptyResults", "GenericBoundedResults", "bounded_results_class"]


class BoundedResults(ABC):
    """Search results that can be counted and listed up to a limit."""

    @abstractmethod
    def count_up_to(self, limit):
        """How many results there are, counting no further than ``limit``:
        ``min(self.count(), limit)``."""

    @abstractmethod
    def ids_up_to(self, limit):
        """The primary keys of up to ``limit`` results, in no particular order (what facets
        count over), not necessarily those of the first ``limit`` results."""


class GenericBoundedResults(BoundedResults):
    """BoundedResults for any modelsearch results class: the exact count, and the ids of the
    first ``limit`` results."""

    def count_up_to(self, limit):
        return min(self.count(), limit)

    def ids_up_to(self, limit):
        return [obj.pk for obj in self[:limit]]


def bounded_results_class(results_class):
    """``results_class`` if it is BoundedResults already, else it with the generic versions."""
    if issubclass(results_class, BoundedResults):
        return results_class
    return type(f"Bounded{results_class.__name__}", (GenericBoundedResults, results_class), {})


class EmptyResults(GenericBoundedResults, EmptySearchResults):
    """modelsearch's EmptySearchResults (a model that is not indexed), as BoundedResults."""
