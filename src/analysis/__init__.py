"""Analysis of Chinese consumer-finance advice pages and their comments."""

__version__ = "0.1.0"
