"""Engines that run the same article -> records function: in this process, in N worker processes, or on Spark."""

from eventwire.engine.local import code_parallel

__all__ = ["code_parallel"]
