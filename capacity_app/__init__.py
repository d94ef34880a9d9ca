"""capacity_app: assess a country's capacity to produce migration statistics (UNSD toolkit)."""

__version__ = "0.1.0"
