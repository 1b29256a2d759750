"""Suites: many cases, every target, scored, resumable, priced (CONTRACT §5).

UI-free: nothing here imports textual or rich.  ``commands`` (the CLI's suite commands) draws
its live progress with ``provtui.ui.suite_progress``, imported only when a suite runs from the CLI.
"""
