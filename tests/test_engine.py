"""Engines: work is split by size in words; workers die quietly with their parent; the Spark engine writes the
same rows as the local store (local[2], a few articles)."""

import importlib.util
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from eventwire import data
from eventwire.engine import local
from eventwire.records import Article
from eventwire.store import connect, query_events


def _art(i: int, words: int) -> Article:
    return Article(id=f"a{i}", text=" ".join(["word"] * words))


def test_chunks_split_by_words_not_article_count():
    arts = [_art(i, 2400) for i in range(17)]  # the seventeen long articles
    parts = list(local.chunks(arts, words=2000))
    assert [len(p) for p in parts] == [1] * 17  # each longer than a chunk travels alone: N workers share them
    small = [_art(i, 100) for i in range(100)]
    parts = list(local.chunks(small, words=1000))
    assert [a.id for p in parts for a in p] == [a.id for a in small]  # every article once, in order
    assert all(sum(len(a.text.split()) for a in p) <= 1000 for p in parts) and len(parts) == 10


def test_chunks_cap_articles_per_chunk():
    parts = list(local.chunks([_art(i, 1) for i in range(200)], words=10_000, most=64))
    assert [len(p) for p in parts] == [64, 64, 64, 8]


def test_in_process_coding_hands_the_parser_bounded_batches(monkeypatch):
    import eventwire.pipeline

    seen: list[list[int]] = []

    class Fake:
        def __init__(self, **_kw):
            pass

        def code(self, arts, batch_size=32, with_text=False):
            arts = list(arts)
            seen.append([len(a.text.split()) for a in arts])
            return ({"id": a.id} for a in arts)

    monkeypatch.setattr(eventwire.pipeline, "Pipeline", Fake)
    arts = [_art(i, 3000) for i in range(20)] + [_art(99, 50_000)] + [_art(i + 100, 3000) for i in range(3)]
    recs = list(local.code_parallel(iter(arts), 1))
    assert [r["id"] for r in recs] == [a.id for a in arts]
    assert max(sum(s) for s in seen if len(s) > 1) <= local.BATCH_WORDS
    assert [50_000] in seen  # the huge article is coded, alone


def _fake_run(monkeypatch, arts, processes=2, worker_secs_per_word=2e-5, parent_secs_per_word=2e-5):
    """code_parallel with a thread standing in for each worker and a fake pipeline in this process: (records,
    [(who, words of each chunk)] in the order chunks were taken)."""
    import eventwire.pipeline

    taken: list[tuple[str, int]] = []

    def code(arts, secs):
        time.sleep(secs * sum(len(a.text.split()) for a in arts))
        return [{"id": a.id} for a in arts]

    class Parent:
        def __init__(self, **_kw):
            pass

        def warm(self):
            pass

        def code(self, arts, batch_size=32, with_text=False):
            taken.append(("parent", sum(len(a.text.split()) for a in arts)))
            return iter(code(arts, parent_secs_per_word))

    class FakePool:
        """n threads taking queued chunks one at a time, as a pool's n worker processes do."""

        def __init__(self, n, **_kw):
            self.tasks: queue.Queue = queue.Queue()
            for _ in range(n):
                threading.Thread(target=self._work, daemon=True).start()

        def _work(self):
            while (task := self.tasks.get()) is not None:
                part, callback = task
                callback(code(part, worker_secs_per_word))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.tasks.put(None)
            return False

        def apply_async(self, fn, args, callback, error_callback):
            part, _with_text = args
            taken.append(("worker", sum(len(a.text.split()) for a in part)))  # handed out, maybe queued
            self.tasks.put((part, callback))

    class FakeContext:
        def Pool(self, n, **kw):  # noqa: N802 - multiprocessing's name
            assert n == processes - 1  # this process is the N-th
            return FakePool(n)

    monkeypatch.setattr(eventwire.pipeline, "Pipeline", Parent)
    monkeypatch.setattr(local.mp, "get_context", lambda _kind: FakeContext())
    return list(local.code_parallel(iter(arts), processes)), taken


def test_parent_and_workers_share_the_work_and_records_keep_input_order(monkeypatch):
    arts = [_art(i, 300 + 37 * (i % 11)) for i in range(120)]  # ~60,000 words of uneven articles
    recs, taken = _fake_run(monkeypatch, arts)
    assert [r["id"] for r in recs] == [a.id for a in arts]  # every article once, in input order
    words = {who: sum(n for w, n in taken if w == who) for who in ("parent", "worker")}
    assert sum(words.values()) == sum(len(a.text.split()) for a in arts)
    assert min(words.values()) / max(words.values()) > 0.6  # both coded a fair share
    assert max(n for _w, n in taken) <= local.CHUNK_WORDS
    assert taken[-1][1] < local.CHUNK_WORDS / 2  # the last words go out in small chunks: the run ends evenly


def test_a_worker_holds_its_next_chunk_while_it_codes_one(monkeypatch):
    """Without a chunk waiting in its pipe a worker sat idle until this process's result thread handed one over."""
    outstanding = []
    real = local._Run.hand_out

    def hand_out(self):
        real(self)
        outstanding.append(self.busy)

    monkeypatch.setattr(local._Run, "hand_out", hand_out)
    arts = [_art(i, 400) for i in range(100)]
    recs, _taken = _fake_run(monkeypatch, arts)
    assert len(recs) == 100 and max(outstanding) == local.QUEUED == 2


def test_a_few_long_reports_go_largest_first_so_neither_process_is_left_alone(monkeypatch):
    arts = [_art(0, 9418), _art(1, 11476), _art(2, 16487), _art(3, 6457)]  # the long shape's four reports
    recs, taken = _fake_run(monkeypatch, arts, worker_secs_per_word=4e-5, parent_secs_per_word=4e-5)
    assert [r["id"] for r in recs] == ["a0", "a1", "a2", "a3"]
    assert [n for _w, n in taken][:2] == [16487, 11476]  # in input order the worker would end with 25,905 words
    words = {who: sum(n for w, n in taken if w == who) for who in ("parent", "worker")}
    assert max(words.values()) <= 22944  # the best split of the four: 1.91x


def test_a_slow_worker_gets_less_and_a_huge_article_is_still_coded(monkeypatch):
    arts = [_art(i, 500) for i in range(30)] + [_art(99, 12_000)] + [_art(i + 100, 500) for i in range(30)]
    recs, taken = _fake_run(monkeypatch, arts, worker_secs_per_word=6e-5)  # the worker is 3x slower
    assert [r["id"] for r in recs] == [a.id for a in arts]
    assert 12_000 in [n for _w, n in taken]  # alone, whole
    words = {who: sum(n for w, n in taken if w == who) for who in ("parent", "worker")}
    assert words["parent"] > words["worker"]


@pytest.mark.slow
def test_killed_parent_leaves_no_worker_tracebacks(tmp_path):
    src = tmp_path / "many.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(data.path("sample").glob("*.txt"))]
    with src.open("w", encoding="utf-8") as f:
        for i in range(400):
            f.write(json.dumps({"id": f"k{i}", "text": texts[i % len(texts)], "date": "2021-10-08"}) + "\n")
    err = tmp_path / "stderr.txt"
    cmd = [sys.executable, "-m", "eventwire.cli", "code", str(src), "--processes", "2"]
    with err.open("w") as e:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=e)
        assert proc.stdout.readline()  # workers are up and coding
        workers = _children(proc.pid)
        assert len(workers) >= 1  # with --processes 2: one worker (and multiprocessing's resource tracker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        proc.stdout.close()
    assert not any(_alive(w) for w in workers), "workers outlived their parent"
    assert "Traceback" not in err.read_text(), err.read_text()


def _children(pid: int) -> list[int]:
    kids = []
    for stat in os.listdir("/proc"):
        if stat.isdigit():
            try:
                fields = open(f"/proc/{stat}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(stat))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _needs_spark():
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark is not installed (optional extra: pip install 'eventwire[spark]')")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime on PATH: Spark needs Java 17")


def _sample_dir(tmp_path, n: int = 4):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(data.path("sample").glob("*.txt"))[:n]:
        shutil.copy(p, src / p.name)
    return src


def _same_rows_as_local_store(src, out, tmp_path) -> None:
    """The Parquet tables under `out` hold the rows `eventwire ingest` stores for `src` in DuckDB."""
    from click.testing import CliRunner

    from eventwire.cli import main

    assert any(p.name.startswith("date=") for p in (out / "events").iterdir())  # partitioned by event date
    db = str(tmp_path / "local.duckdb")
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert r.exit_code == 0, r.output
    rows = {}
    for name, where in (("spark", str(out)), ("local", db)):
        with connect(where, read_only=True) as con:
            events = sorted((e["id"], e["code"], e["source_code"], e["target_code"], str(e["date"]))
                            for e in query_events(con, include_all=True))
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes")}
        rows[name] = (events, counts)
    assert rows["spark"][0] and rows["spark"] == rows["local"]


@pytest.mark.spark
def test_spark_local_writes_the_same_events_as_the_local_store(tmp_path):
    _needs_spark()
    from eventwire.engine.spark import run_spark

    src = _sample_dir(tmp_path)
    out = tmp_path / "parquet"
    assert run_spark([str(src)], str(out), master="local[2]", partitions=2) == 4
    _same_rows_as_local_store(src, out, tmp_path)


@pytest.mark.slow
@pytest.mark.spark
def test_spark_standalone_cluster_job_matches_the_local_store(tmp_path):
    """A master and a worker on 127.0.0.1; spark-submit ships eventwire as an archive to executors whose Python
    has only the dependencies; the job's Parquet equals the local store. About a minute on 2 idle cores."""
    _needs_spark()
    from eventwire.engine import standalone

    src = _sample_dir(tmp_path)
    work, out = tmp_path / "spark", tmp_path / "parquet"
    python = standalone.dependencies_python(work)
    probe = subprocess.run([str(python), "-c", "import eventwire"], capture_output=True, text=True, cwd=tmp_path)
    assert probe.returncode != 0  # executors can only get eventwire from the shipped archive
    with standalone.cluster(work, port=standalone.free_port()) as url:
        r = standalone.submit_ingest(url, [str(src)], str(out), work, python)
        assert r.returncode == 0, r.stderr[-3000:]
        assert "wrote 4 articles" in r.stdout
        apps = list((work / "worker").glob("app-*/*/" + standalone.ARCHIVE_DIR + "/eventwire/pipeline.py"))
        assert apps, "the executor did not unpack the shipped package"
    _same_rows_as_local_store(src, out, tmp_path)


def test_parquet_directory_is_read_only(tmp_path):
    from eventwire.errors import StoreError

    (tmp_path / "events").mkdir()
    with pytest.raises(StoreError, match="read-only"):
        with connect(str(tmp_path)):
            pass
    with pytest.raises(StoreError, match="not an eventwire Parquet directory"):
        with connect(str(tmp_path), read_only=True):
            pass


def test_warming_the_pipeline_before_forking_loads_first_use_tables_and_keeps_nothing(pipe):
    """`--processes N` warms this process's pipeline before forking: the gazetteer's index is then loaded once
    for all processes, and what it coded is not kept."""
    from eventwire.places import gazetteer
    from eventwire.records import Article

    art = Article(id="before", text="Finnish President Alexander Stubb met Pakistani officials.")
    (before,) = pipe.code([art])
    gazetteer._index.cache_clear()
    pipe.warm()
    assert gazetteer._index.cache_info().currsize == 1
    assert next(pipe.code([art])) == before
