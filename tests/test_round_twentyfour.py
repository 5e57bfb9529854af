"""Session 27 (docs/evaluation.md, round twenty-four). Every sentence here is ours."""

from __future__ import annotations

from tests.conftest import dyads


def test_us_commands_abroad_are_the_us_military(code):
    """'The U.S. Forces Japan commander' is an American officer: the host country in the command's name makes no
    second, Japanese, source."""
    rec = code("The U.S. Forces Japan commander met Japan's defence minister in Tokyo on Monday.", "2026-05-01")
    assert [a["code"] for a in rec["actors"] if "commander" in a["text"]] == ["USAMIL"]
    assert not [d for d in dyads(rec) if d[0] == "JPNMIL"]
    rec = code("AFRICOM said it carried out an air strike against al-Shabaab near Jilib on Monday.", "2026-05-01")
    assert ("USAMIL", "190", "SOMREBSHB") in dyads(rec)
    rec = code("U.S. Central Command said its forces struck a Houthi radar site on Tuesday.", "2026-05-01")
    assert [d for d in dyads(rec) if d[0] == "USAMIL" and d[1].startswith("19")]
