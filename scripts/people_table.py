"""Print the people eventwire finds in articles as a Markdown table (docs/actors.md is made with it).

    .venv/bin/eventwire code ../shared/seeds/*.txt --date 2021-10-08 --format jsonl | .venv/bin/python scripts/people_table.py
A person is an actor whose resolved name is not a country, organisation or government name.
"""

import json
import sys

from eventwire.actors import get_lexicon

lex = get_lexicon()
NOT_PEOPLE = {e.name for es in lex.index.values() for e in es if e.kind != "leader"}

print("| mention | resolved name | code |\n|---|---|---|")
for line in sys.stdin:
    seen = set()
    for a in json.loads(line)["actors"]:
        row = (a["text"], a["name"], a["code"])
        if a["name"] and " " in a["name"] and a["name"] not in NOT_PEOPLE and "government" not in a["name"] \
                and row not in seen:
            seen.add(row)
            print(f"| {a['text']} | {a['name']} | {a['code']} |")
