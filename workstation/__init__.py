"""Review-response workstation: an offline inbox for customer reviews (FR/EN)."""

__version__ = "0.1.0"
