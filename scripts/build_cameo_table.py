"""Rebuild eventwire/data/cameo/codes.tsv from the published tables (a maintainer's tool).

Sources (facts, re-expressed in our own format; see docs/ontologies.md):
- CAMEO -> PLOVER crosswalk, PLOVER manual draft 0.8 (2021-09-17), Open Event Data Alliance, CC BY-SA 4.0
- Goldstein values as GDELT publishes them (CAMEO.goldsteinscale.tsv)
- names of the 01x/02x codes, absent from the crosswalk, from the CAMEO 1.1b3 codebook (Gerner/Schrodt)

Usage: python scripts/build_cameo_table.py ../shared/reference > eventwire/data/cameo/codes.tsv
"""

import re
import sys
from pathlib import Path

ROOTS = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
    "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
    "19": "Fight", "20": "Use unconventional mass violence",
}
NAMES_0102 = {
    "010": "Make statement", "011": "Decline comment", "012": "Make pessimistic comment",
    "013": "Make optimistic comment", "014": "Consider policy option", "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility", "017": "Engage in symbolic act", "018": "Make empathetic comment",
    "019": "Express accord", "020": "Make an appeal or request", "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation", "023": "Appeal for aid", "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping", "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement",
    "0256": "Appeal for de-escalation of military engagement", "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute", "028": "Appeal to others to engage in or accept mediation",
}


def main(ref: Path) -> None:
    gold = {}
    for line in (ref / "CAMEO.goldsteinscale.tsv").read_text().splitlines()[1:]:
        code, value = line.split("\t")
        gold[code] = float(value)
    plover, names = {}, dict(NAMES_0102)
    for line in (ref / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$", line)
        if not m:
            continue
        code, ptype, mode, _ctx, name = m.groups()
        plover.setdefault(code, (ptype, (mode or "").strip()))
        if name and len(code) > 2:
            names.setdefault(code, name.split("  ")[0].strip())
    print("# CAMEO event codes: name, Goldstein (GDELT table), QuadClass, PLOVER type and mode (crosswalk 2021)")
    print("code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode")
    for code in sorted(gold, key=lambda c: (c[:2], c)):
        root = int(code[:2])
        quad = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        ptype, mode = plover.get(code) or plover.get(code[:3]) or plover.get(code[:2] + "0") or ("", "")
        if code[:2] == "02":
            ptype, mode = "REQUEST", ""  # the crosswalk omits appeals; PLOVER files them under REQUEST
        name = ROOTS[code] if len(code) == 2 else names.get(code, "")
        print(f"{code}\t{name}\t{gold[code]}\t{quad}\t{ptype}\t{mode}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
