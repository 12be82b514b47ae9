"""Loopback fake servers for each platform connector (one module per platform)."""
