"""Near-duplicate articles (wire copies, re-posts, lightly edited versions) by MinHash over word shingles
(datasketch). Signatures and their LSH band keys live in the store, dated by their article, so candidates are
read within DAYS of a new article's date whatever the store's size, and a later run sees every earlier article."""

from __future__ import annotations

import hashlib
import re
import zlib
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy loads with the stage's first article, not with every command that opens the store
    import numpy as np

PERMUTATIONS = 128
BANDS, ROWS = 16, 8  # a pair at Jaccard 0.8 shares a band with probability 0.9996; at 0.5, 0.06
THRESHOLD = 0.8  # estimated Jaccard of 4-word shingles at or above which two texts are one article
SHINGLE = 4
# copies are looked for among articles published within DAYS of each other: wire copies and re-posts come within
# days, late re-posts and lightly edited versions within weeks. The window bounds the band keys a new article reads
# (no index: its memory would grow with the store); an undated article is compared with undated ones only
DAYS = 60
WORD = re.compile(r"\w+")


@cache
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, seed=11)


def signature(text: str) -> np.ndarray:
    """MinHash signature of the text's word 4-grams (case and punctuation ignored; CRC-32 shingle hashes, stable
    across processes and faster than the default SHA-1)."""
    from datasketch import MinHash

    words = WORD.findall(text.lower())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    t = _template()
    m = MinHash(num_perm=PERMUTATIONS, seed=11, permutations=t.permutations, scheme=t.scheme, hashfunc=zlib.crc32)
    m.update_batch([g.encode("utf-8") for g in grams])
    return m.hashvalues


def bands(sig: np.ndarray) -> list[int]:
    """One key per band of ROWS values: texts sharing any key are compared."""
    return [int.from_bytes(hashlib.blake2b(sig[i * ROWS : (i + 1) * ROWS].tobytes(), digest_size=8).digest(),
                           "big", signed=True) for i in range(BANDS)]


def similarity(a: bytes | np.ndarray, b: bytes | np.ndarray) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    import numpy as np

    x, y = (np.frombuffer(s, dtype=_template().hashvalues.dtype) if isinstance(s, bytes | bytearray) else s for s in (a, b))
    return float(np.mean(x == y))


def close(a: date | None, b: date | None) -> bool:
    """Whether two articles' publication dates let them be copies of each other (symmetric: the same pairs are
    compared whatever order the articles come in)."""
    return a is None and b is None or a is not None and b is not None and abs((a - b).days) <= DAYS
