"""Score eventwire on gold data with the metrics of the held-out checks (see docs/evaluation.md)."""

from eventwire.eval.run import run_eval

__all__ = ["run_eval"]
