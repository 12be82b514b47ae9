"""Platform connectors: async httpx clients that fetch reviews and post replies.

Qt-free and SQL-free: `workstation.sync` persists cursors and states. Start with
`base` (the common interface) and `registry.make_connector`.
"""
