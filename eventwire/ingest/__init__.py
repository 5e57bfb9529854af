"""Read articles from .txt, .html, .jsonl files, directories and stdin; one Article per input document."""

from eventwire.ingest.read import read_paths

__all__ = ["read_paths"]
