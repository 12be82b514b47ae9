"""replies package."""
