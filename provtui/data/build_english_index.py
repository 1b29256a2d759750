"""Build provtui/data/english_index.bin from the installed wordfreq's English list.

    python provtui/data/build_english_index.py

Run it again after upgrading wordfreq: provtui checks the index against the installed data
file (size and CRC-32) and reads wordfreq's file instead when they differ (same results,
0.15-0.2 s slower per process that analyses an answer).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from provtui.core import english_index, integrity_lexicon  # noqa: E402


def main() -> None:
    source = english_index.source_path()
    if source is None:
        sys.exit("wordfreq's English data file was not found: pip install wordfreq")
    pack = integrity_lexicon._cbpack("en", "large")
    header = english_index.build(pack, source)
    print(f"{english_index.INDEX_PATH}: {header['words']} words in {header['slots']} slots "
          f"({Path(english_index.INDEX_PATH).stat().st_size} bytes), from {source}")


if __name__ == "__main__":
    main()
