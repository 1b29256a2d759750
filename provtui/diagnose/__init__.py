"""``provtui diagnose``: why the same weights behave differently on each provider.

UI-free (imports provtui.core, never textual or rich).  One module per check (context,
prompt_tokens, determinism, logprobs, tools, routing), ``runner`` to run them, ``summary`` for
the likely causes per target pair, ``store`` for the diagnosis files, ``table`` for the plain
text tables.  Every figure carries how it was measured.
"""
