"""A Spark standalone cluster on 127.0.0.1 and the ingest job submitted to it the way a cluster user would:
spark-submit, with eventwire shipped to executors as an archive of the package (a wheel's content) and the
executors' Python holding only the dependencies. The benchmark and the test use this; docs/performance.md
gives the same recipe for Databricks, EMR and Dataproc.

Nothing listens beyond loopback: SPARK_LOCAL_IP=127.0.0.1 binds the master, worker, executors and their web
UIs to it (the driver's UI is off), and both daemons are stopped by their process ids.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventwire.errors import EventwireError

HOST = "127.0.0.1"
ARCHIVE_DIR = "eventwire_pkg"  # where executors unpack the package archive (relative to their working directory)
DRIVER = "from eventwire.cli import run\nrun()\n"  # spark-submit runs a .py file: this one is the eventwire CLI


def spark_home() -> Path:
    try:
        import pyspark
    except ImportError:
        raise EventwireError("the Spark engine needs the optional extra: pip install 'eventwire[spark]'") from None
    return Path(os.environ.get("SPARK_HOME") or Path(pyspark.__file__).parent)


def loopback_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, SPARK_LOCAL_IP=HOST, SPARK_LOCAL_HOSTNAME="localhost", **extra)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextmanager
def cluster(work: Path, port: int = 7077, cores: int = 2, memory: str = "4g", timeout: float = 120) -> Iterator[str]:
    """Start a master and one worker on 127.0.0.1, yield the master URL once the worker has registered, stop both."""
    work.mkdir(parents=True, exist_ok=True)
    cls = str(spark_home() / "bin" / "spark-class")
    url = f"spark://{HOST}:{port}"
    env = loopback_env(SPARK_LOG_DIR=str(work), SPARK_WORKER_DIR=str(work / "worker"))
    procs: list[subprocess.Popen] = []
    master_log = work / "master.log"
    try:
        with master_log.open("w") as log:
            procs.append(subprocess.Popen(
                [cls, "org.apache.spark.deploy.master.Master", "--host", HOST, "--port", str(port),
                 "--webui-port", str(free_port())], stdout=log, stderr=subprocess.STDOUT, env=env))
        _wait_for(master_log, "I have been elected leader", procs[0], timeout)
        with (work / "worker.log").open("w") as log:
            procs.append(subprocess.Popen(
                [cls, "org.apache.spark.deploy.worker.Worker", url, "--host", HOST, "--cores", str(cores),
                 "--memory", memory, "--webui-port", str(free_port()), "--work-dir", str(work / "worker")],
                stdout=log, stderr=subprocess.STDOUT, env=env))
        _wait_for(master_log, "Registering worker", procs[1], timeout)
        yield url
    finally:
        for p in reversed(procs):  # the worker first, then the master: each by its own process id
            p.terminate()
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def _wait_for(log: Path, text: str, proc: subprocess.Popen, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if text in log.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            raise EventwireError(f"Spark daemon exited ({proc.returncode}); see {log}")
        time.sleep(0.25)
    raise EventwireError(f"Spark daemon did not log '{text}' within {timeout:.0f} s; see {log}")


def package_archive(out: Path) -> Path:
    """Zip the eventwire package (code and data files, as a wheel holds them) for spark-submit --archives."""
    import eventwire

    pkg = Path(eventwire.__file__).parent
    dest = out / "eventwire.zip"
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(pkg.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts and not f.name.startswith("."):
                z.write(f, Path("eventwire") / f.relative_to(pkg))
    return dest


def dependencies_python(out: Path) -> Path:
    """A Python for executors holding eventwire's dependencies but not eventwire (as on a node where only the
    dependencies were installed): a venv whose path file points at this interpreter's site-packages."""
    import spacy

    env = out / "executor-python"
    if not (env / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    site = next((env / "lib").glob("python3*/site-packages"))
    (site / "eventwire_deps.pth").write_text(str(Path(spacy.__file__).parent.parent) + "\n")
    return env / "bin" / "python"


def submit_ingest(master: str, inputs: list[str], out: str, work: Path, executor_python: Path,
                  partitions: int = 2, archive: Path | None = None, timeout: float = 1800) -> subprocess.CompletedProcess:
    """spark-submit the `eventwire ingest --engine spark` job to `master`, shipping the package archive."""
    archive = archive or package_archive(work)
    driver = work / "eventwire_driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    cmd = [str(spark_home() / "bin" / "spark-submit"), "--master", master, "--deploy-mode", "client",
           "--archives", f"{archive}#{ARCHIVE_DIR}",
           "--conf", f"spark.executorEnv.PYTHONPATH={ARCHIVE_DIR}",
           "--conf", f"spark.pyspark.python={executor_python}",
           "--conf", f"spark.pyspark.driver.python={sys.executable}",
           "--conf", "spark.ui.enabled=false",
           "--conf", "spark.executorEnv.OPENBLAS_NUM_THREADS=1",
           "--conf", "spark.executorEnv.OMP_NUM_THREADS=1",
           str(driver), "ingest", "--engine", "spark", "--master", master, "--out", out,
           "--processes", str(partitions), *inputs]
    env = loopback_env(PYTHONSAFEPATH="1")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
