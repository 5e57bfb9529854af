"""The DuckDB store: articles, actors, events and quotes; one transaction per batch; re-ingest replaces."""

from eventwire.store.db import connect
from eventwire.store.query import query_events, query_quotes, summary
from eventwire.store.write import write_batch

__all__ = ["connect", "query_events", "query_quotes", "summary", "write_batch"]
