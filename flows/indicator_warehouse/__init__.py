"""indicator-warehouse: dated statistics from news articles, loaded into DuckDB."""

__version__ = "0.1.0"
