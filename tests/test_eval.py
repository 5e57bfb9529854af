"""`eventwire eval` on small gold files we write here, and agreement with the shared scorer where it exists."""

import re
import subprocess
import sys

from click.testing import CliRunner
from conftest import ROOT, SHARED, needs_shared

from eventwire.cli import main
from eventwire.eval.plover import fold_of, macro_f1

HEADER = "sentence\tmarked_sentence\tsource\ttarget\tgold_root\tgold_penta\n"
ROWS = [
    ("France condemned Belarus on Monday.", "France", "Belarus", "ACCUSE"),
    ("China held talks with Russia in Beijing.", "China", "Russia", "CONSULT"),
    ("Germany sent humanitarian aid to Ukraine.", "Germany", "Ukraine", "AID"),
    ("The weather was fine in Paris.", "Paris", "weather", "AID"),  # nothing to find: a miss
]


def _plv(tmp_path):
    p = tmp_path / "plv.tsv"
    lines = [f"{s}\t{s.replace(a, f'<s>{a}</s>').replace(b, f'<t>{b}</t>')}\t{a}\t{b}\t{g}\t0\n" for s, a, b, g in ROWS]
    p.write_text(HEADER + "".join(lines), encoding="utf-8")
    return p


def test_macro_f1_counts_misses_against_their_gold_type():
    f1, per = macro_f1([("A", "A"), ("A", "NONE"), ("B", "A")], ["A", "B"])
    assert per == {"A": 0.5, "B": 0.0} and f1 == 0.25


def test_folds_keep_a_sentence_whole_and_are_stable():
    assert fold_of("France condemned Belarus.", 5) == fold_of("France condemned Belarus.", 5)
    assert len({fold_of(f"sentence {i}", 5) for i in range(100)}) == 5


def test_eval_plover_file_reports_types_confusion_and_folds(tmp_path):
    res = CliRunner().invoke(main, ["eval", str(_plv(tmp_path)), "--folds", "2"])
    assert res.exit_code == 0, res.output
    assert re.search(r"4 pairs; pair found \(any type\) 0\.75", res.output), res.output
    assert "accuracy 0.750" in res.output and "macro-F1" in res.output
    assert re.search(r"^ACCUSE\s+1\b", res.output, re.M), res.output
    assert len(re.findall(r"^fold \d: ", res.output, re.M)) == 2


def test_eval_polnear_directory_scores_exact_spans(tmp_path):
    text = 'The minister said "we will not resign" on Monday.\n'
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_2016-09-12_x.txt").write_text(text, encoding="utf-8")
    s, c, q = text.index("The minister"), text.index("said"), text.index('"we')
    ann = (f"T1\tSource {s} {s + 12}\tThe minister\nT2\tCue {c} {c + 4}\tsaid\n"
           f"T3\tContent {q} {q + 20}\t\"we will not resign\"\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
    (tmp_path / "attributions" / "art_2016-09-12_x_ann1.ann").write_text(ann, encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert re.search(r"cue\s+exact F1 1\.00", res.output), res.output
    assert re.search(r"content\s+exact F1 1\.00", res.output), res.output


def test_eval_agrees_with_the_shared_scorer():
    needs_shared("dev/plover")
    ours = CliRunner().invoke(main, ["eval", str(SHARED / "dev/plover/PLV_train.tsv")]).output
    theirs = subprocess.run([sys.executable, str(SHARED / "tools/devscore.py"), "plv"], cwd=ROOT,
                            capture_output=True, text=True, env={"EVENTWIRE": str(ROOT / ".venv/bin/eventwire")})
    if theirs.returncode:
        import pytest

        pytest.skip(f"shared scorer could not run here: {theirs.stderr[-200:]}")
    f_ours = float(re.search(r"macro-F1 (\d\.\d+)", ours).group(1))
    f_theirs = float(re.search(r"macro-F1 (\d\.\d+)", theirs.stdout).group(1))
    assert abs(f_ours - f_theirs) < 0.006, (ours[-300:], theirs.stdout)
