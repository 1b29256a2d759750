"""provtui: one prompt, many inference providers, side by side."""

__version__ = "0.1.0"
