"""Person names: titles, gender cues and the spelling tolerance used to link repeats ('Kugleman'/'Kugelman')."""

from __future__ import annotations

from eventwire.actors.lexicon import TITLES_FEMALE, TITLES_MALE

# a counterpart serves the other side: whoever owns him, or the story follows, is not his country
COUNTERPARTS = frozenset({"counterpart", "counterparts"})

# Common English-news forenames with a clear gender; a guess only, never overriding Mr/Ms.
FEMALE = set(
    "wendy victoria hillary kamala nancy angela theresa liz ursula annalena penny melanie catherine sarah mary "
    "elizabeth jane anne susan karen linda patricia jennifer maria laura emma olivia sophia kate claudia giorgia "
    "retno naledi samantha condoleezza madeleine michelle melania ivanka chelsea loretta elizabeth jill nikki "
    "marine christine julia jacinda sanna kaja droupadi benazir maryam sheikh-hasina hasina aung san suu kyi "
    "huma donna ruth amy tulsi".split()
)
MALE = set(
    "joe joseph donald barack antony tony john james mike michael david boris rishi keir emmanuel olaf friedrich "
    "vladimir sergei sergey xi narendra imran shah asad moeed ervin ashraf hamid mohammad mohammed ali hassan "
    "ebrahim benjamin naftali yair isaac volodymyr dmytro recep mark justin jair luiz javier scott anthony fumio "
    "shinzo yoshihide moon yoon cyril andres marcelo jens antonio lloyd rex mike bill george ronald richard "
    "robert william thomas charles henry peter paul andrew steven stephen kevin brian jeff ted bernie chris "
    "nawaz shehbaz bilawal qamar asim abdul amir zabihullah hibatullah lula mahmood majeed".split()
)
TITLE_WORDS = TITLES_MALE | TITLES_FEMALE | {
    "dr", "dr.", "president", "ambassador", "minister", "secretary", "senator", "sen.", "rep.", "general",
    "gen.", "prime", "foreign", "deputy", "undersecretary", "chancellor", "premier", "governor", "gov.",
    "mayor", "judge", "justice", "commander", "colonel", "col.", "lt.", "captain", "adviser", "advisor",
    "spokesman", "spokeswoman", "envoy", "state", "vice", "chief", "defence", "defense", "national", "security",
    "sheikh", "professor", "prof.", "father", "rev.", "imam", "ayatollah", "mullah", "sir", "lord", "king",
    "queen", "prince", "crown", "emir", "mr", "mrs", "ms", "miss",
}


def gender(title_words: list[str], forename: str | None) -> str | None:
    words = {w.lower() for w in title_words}
    if words & TITLES_MALE:
        return "m"
    if words & TITLES_FEMALE:
        return "f"
    if forename:
        f = forename.lower()
        if f in FEMALE:
            return "f"
        if f in MALE:
            return "m"
    return None


TITLE_STEMS = {w.rstrip(".") for w in TITLE_WORDS}  # built once, not per word checked


def strip_titles(words: list[str]) -> list[str]:
    out = list(words)
    while len(out) > 1 and out[0].lower().rstrip(".") in TITLE_STEMS:
        out.pop(0)
    while out and out[-1] in ("'s", "’s", ",", "."):
        out.pop()
    return out


def close(a: str, b: str) -> bool:
    """Same name, or one edit apart for names of six letters or more (a misspelt repeat)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    return edit_distance(a, b) <= (2 if len(a) == len(b) else 1)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
