"""Suites: many cases, every target, scored, resumable, priced (CONTRACT §5).

UI-free: nothing here imports textual or rich, except ``progress`` which only the CLI imports.
"""
