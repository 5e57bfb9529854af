"""Which offline language-ID library tells short English news from French, Spanish and German?

Run with the candidates installed (lingua-language-detector, py3langid, pycld2):
    python scripts/measure_language_id.py [PLV_train.tsv]
English: every sentence of the PLOVER TSV given (development data, ../shared/dev/plover), else none; other
languages: the short news sentences below, written for this measurement. Prints, per library, the share of
English sentences called English, the share of other sentences called their own language, the share called
English, and the microseconds per call."""

from __future__ import annotations

import csv
import sys
import time

FRENCH = [
    "Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie après l'attaque de la nuit.",
    "Le président a rencontré son homologue allemand à Berlin pour discuter de la guerre en Ukraine.",
    "Des milliers de manifestants ont défilé samedi à Paris contre la réforme des retraites.",
    "La police a arrêté trois suspects après l'explosion qui a fait deux morts près de la gare.",
    "Le ministre des Affaires étrangères a condamné les tirs de roquettes sur la ville frontalière.",
    "Les négociations entre les deux pays reprendront la semaine prochaine à Genève, selon un diplomate.",
    "L'armée a déclaré avoir repoussé une offensive rebelle dans le nord du pays.",
    "Le Premier ministre a démissionné après la défaite de son parti aux élections législatives.",
    "Les Nations unies ont appelé à un cessez-le-feu immédiat et à l'ouverture de couloirs humanitaires.",
    "Selon le porte-parole, aucune décision n'a encore été prise sur l'envoi de troupes supplémentaires.",
]
SPANISH = [
    "El gobierno de México anunció el martes nuevas medidas para frenar la violencia en la frontera norte.",
    "El presidente se reunió con su homólogo brasileño en Brasilia para hablar de comercio y seguridad.",
    "Miles de personas marcharon el sábado en Madrid para protestar contra la subida de los alquileres.",
    "La policía detuvo a tres sospechosos tras la explosión que dejó dos muertos cerca de la estación.",
    "El ministro de Exteriores condenó el ataque con cohetes contra la ciudad fronteriza.",
    "Las negociaciones entre los dos países se reanudarán la próxima semana en Ginebra, según un diplomático.",
    "El ejército afirmó haber repelido una ofensiva rebelde en el norte del país.",
    "El primer ministro dimitió después de la derrota de su partido en las elecciones legislativas.",
    "Las Naciones Unidas pidieron un alto el fuego inmediato y la apertura de corredores humanitarios.",
    "Según el portavoz, todavía no se ha tomado ninguna decisión sobre el envío de más tropas.",
]
GERMAN = [
    "Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland angekündigt.",
    "Der Präsident traf seinen französischen Amtskollegen in Paris, um über den Krieg in der Ukraine zu sprechen.",
    "Tausende Menschen demonstrierten am Samstag in Berlin gegen die steigenden Mieten.",
    "Die Polizei nahm nach der Explosion, bei der zwei Menschen starben, drei Verdächtige fest.",
    "Der Außenminister verurteilte den Raketenangriff auf die Grenzstadt scharf.",
    "Die Verhandlungen zwischen den beiden Ländern sollen nächste Woche in Genf fortgesetzt werden.",
    "Die Armee erklärte, sie habe eine Offensive der Rebellen im Norden des Landes abgewehrt.",
    "Der Ministerpräsident trat nach der Niederlage seiner Partei bei der Parlamentswahl zurück.",
    "Die Vereinten Nationen forderten eine sofortige Waffenruhe und humanitäre Korridore.",
    "Nach Angaben des Sprechers ist über die Entsendung weiterer Truppen noch nicht entschieden.",
]
EXTRA_ENGLISH = [  # the sentence the old stoplist rejected (issue 15)
    "Belgian prosecutors have launched an investigation into whether Swiss bank Credit Suisse helped some 2,650 "
    "Belgians hide their accounts from tax authorities.",
]


def detectors() -> dict:
    found = {}
    try:
        from lingua import Language, LanguageDetectorBuilder

        det = LanguageDetectorBuilder.from_all_languages().build()
        found["lingua (all languages)"] = lambda t: (det.detect_language_of(t) or Language.ENGLISH).iso_code_639_1.name.lower()
        few = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH, Language.SPANISH,
                                                     Language.GERMAN, Language.ITALIAN, Language.PORTUGUESE,
                                                     Language.DUTCH, Language.RUSSIAN, Language.ARABIC).build()
        found["lingua (9 languages)"] = lambda t: few.detect_language_of(t).iso_code_639_1.name.lower()
    except ImportError:
        pass
    try:
        import py3langid

        found["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    try:
        import pycld2

        found["pycld2"] = lambda t: pycld2.detect(t)[2][0][1]

        def reliable(t: str) -> str:
            ok, _n, langs = pycld2.detect(t)
            return langs[0][1] if ok else "un"

        found["pycld2 (reliable calls only, as eventwire uses it)"] = reliable
    except ImportError:
        pass
    return found


def main() -> None:
    english = list(EXTRA_ENGLISH)
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            english += [row["sentence"] for row in csv.DictReader(f, delimiter="\t")]
    others = [(t, "fr") for t in FRENCH] + [(t, "es") for t in SPANISH] + [(t, "de") for t in GERMAN]
    print(f"{len(english)} English sentences, {len(others)} French/Spanish/German")
    print("library | English called English | English called another language | other: right language | "
          "other: called English | µs per call")
    for name, detect in detectors().items():
        t0 = time.perf_counter()
        calls = [detect(t) for t in english]
        en = sum(c == "en" for c in calls)
        wrong = sum(c not in ("en", "un") for c in calls)
        right = sum(detect(t) == lang for t, lang in others)
        as_en = sum(detect(t) == "en" for t, _ in others)
        us = (time.perf_counter() - t0) / (len(english) + 2 * len(others)) * 1e6
        missed = [t for t in english if detect(t) != "en"][:3]
        print(f"{name} | {en}/{len(english)} | {wrong} | {right}/{len(others)} | {as_en}/{len(others)} | {us:.0f}")
        for t in missed:
            print(f"    not English? {t[:100]}")


if __name__ == "__main__":
    main()
