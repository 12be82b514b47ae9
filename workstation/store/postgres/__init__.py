"""Team mode: the same reviews, outbox and sync state on a PostgreSQL server (psycopg 3 + psycopg_pool).

Why psycopg rather than SQLAlchemy Core: the SQLite store is hand-written SQL on a private
connection (`store._conn`), with SQLite-only parts (FTS5, PRAGMAs, `BEGIN IMMEDIATE`) that a
portable layer would not remove, while team mode's guarantees rest on PostgreSQL-only SQL
(`ON CONFLICT`, `FOR UPDATE SKIP LOCKED`, advisory locks, LISTEN/NOTIFY). So each engine gets
its own small, explicit SQL; psycopg adds server-side parameters and a pool, nothing more.

psycopg is imported only by this package: a shop working alone never loads it.
"""
