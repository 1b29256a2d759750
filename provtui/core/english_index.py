"""A compact, precomputed index of wordfreq's English word list, shipped as package data.

``provtui run`` of a short answer looks up a few hundred words; building the whole 321,000-word
dict from wordfreq's gzip+msgpack file costs 0.15-0.2 s of a 0.5 s process.  This index answers
one word's frequency bucket without building anything: the words are hashed (CRC-32 of the
UTF-8) into slots, and a slot's entries are found by one ``bytes.find`` in its few dozen
bytes.  Opening it reads the file (about 4 MB, from the page cache) and checks it was built
from the very wordfreq data file installed here (size and CRC-32 of that file, about 1 ms);
when not, ``open_index()`` returns None and the callers read wordfreq's file as before, so
every result is the same either way.

Built by ``python provtui/data/build_english_index.py`` (never at run time).

File layout: ``MAGIC``, one JSON header line (with the CRC-32 of what follows it, checked at
every open), ``slots + 1`` little-endian uint32 offsets into the blob, the blob.  A slot's block holds ``\\n word \\t first[,last]`` per word: the first and
last bucket the word appears in (wordfreq's dict keeps the last, a "words at least" set counts
the first; they differ for no word in the lists seen so far, but the index keeps both).
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from array import array

MAGIC = b"PROVTUI-ENGLISH-INDEX 1\n"
INDEX_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data",
                          "english_index.bin")
SOURCE_NAME = "large_en.msgpack.gz"


def source_path() -> str | None:
    """wordfreq's English data file, found without importing wordfreq (as integrity_lexicon
    reads it)."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    for folder in list(spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "data", SOURCE_NAME)
        if os.path.exists(path):
            return path
    return None


def _fingerprint(path: str) -> tuple[int, int]:
    with open(path, "rb") as fh:
        data = fh.read()
    return len(data), zlib.crc32(data)


class EnglishIndex:
    __slots__ = ("_offsets", "_blob", "_slots")

    def __init__(self, offsets: array, blob: bytes) -> None:
        self._offsets = offsets
        self._blob = blob
        self._slots = len(offsets) - 1

    def buckets(self, word: str) -> tuple[int, int] | None:
        """(first, last) bucket of ``word`` in wordfreq's English list, or None."""
        if "\n" in word or "\t" in word:  # in no list, and would match across entries
            return None
        try:
            key = b"\n" + word.encode() + b"\t"
        except UnicodeEncodeError:  # a lone surrogate is in no list
            return None
        slot = zlib.crc32(key[1:-1]) % self._slots
        lo, hi = self._offsets[slot], self._offsets[slot + 1]
        blob = self._blob
        i = blob.find(key, lo, hi)
        if i < 0:
            return None
        i += len(key)
        j = blob.find(b"\n", i, hi)
        field = blob[i: hi if j < 0 else j]
        if b"," in field:
            first, last = field.split(b",")
            return int(first), int(last)
        b = int(field)
        return b, b


def open_index(path: str = INDEX_PATH) -> EnglishIndex | None:
    """The shipped index, or None when it is missing, damaged or built from another wordfreq
    data file than the one installed (the callers then read wordfreq's file)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if not data.startswith(MAGIC):
            return None
        end = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC):end])
        source = source_path()
        if source is None or list(_fingerprint(source)) != header["source"]:
            return None
        n = int(header["slots"])
        start = end + 1
        if zlib.crc32(memoryview(data)[start:]) != header["body_crc32"]:
            return None  # damaged (1 ms for 4 MB): a wrong bucket would change findings
        offsets = array("I")
        offsets.frombytes(data[start: start + 4 * (n + 1)])
        if sys.byteorder != "little":
            offsets.byteswap()
        blob = data[start + 4 * (n + 1):]
        if len(offsets) != n + 1 or offsets[-1] != len(blob):
            return None
        return EnglishIndex(offsets, blob)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def build(pack: list[list[str]], source: str, path: str = INDEX_PATH) -> dict:
    """Write the index of ``pack`` (wordfreq's bucket list read from ``source``) to ``path``."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for index, bucket in enumerate(pack):
        for word in bucket:
            first.setdefault(word, index)
            last[word] = index
    slots_n = max(1, len(first) // 4)
    slots: list[list[bytes]] = [[] for _ in range(slots_n)]
    for word, a in first.items():
        wb = word.encode()
        if b"\n" in wb or b"\t" in wb:
            raise ValueError(f"word {word!r} holds a separator")
        b = last[word]
        slots[zlib.crc32(wb) % slots_n].append(
            b"\n" + wb + b"\t" + (str(a) if a == b else f"{a},{b}").encode())
    offsets = array("I", [0])
    blocks = []
    for entries in slots:
        block = b"".join(entries)
        blocks.append(block)
        offsets.append(offsets[-1] + len(block))
    if sys.byteorder != "little":
        offsets.byteswap()
    body = offsets.tobytes() + b"".join(blocks)
    header = {"source": list(_fingerprint(source)), "slots": slots_n, "words": len(first),
              "buckets": len(pack), "moved": sum(first[w] != last[w] for w in first),
              "body_crc32": zlib.crc32(body)}
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + json.dumps(header).encode() + b"\n")
        fh.write(body)
    os.replace(tmp, path)
    return header
