"""`eventwire serve` as a user meets it: a real server process on a store ingested from the bundled sample corpus,
driven over HTTP and in headless Chromium (Debian's, through Playwright). Screenshots go to a temporary folder,
or to EVENTWIRE_SCREENSHOTS (docs/screenshots/ was made that way: see docs/server.md)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from eventwire import data

pytestmark = pytest.mark.slow
CHROMIUM = "/usr/bin/chromium"
EXE = str(Path(sys.executable).with_name("eventwire"))
TOKEN = "test-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, **headers) -> tuple[int, dict]:
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(base URL, store path): the sample corpus ingested by the CLI, then served with a token."""
    folder = tmp_path_factory.mktemp("serve")
    db = str(folder / "sample.duckdb")
    subprocess.run([EXE, "ingest", str(data.path("sample")), "--db", db], check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([EXE, "serve", "--db", db, "--port", str(port)], env=os.environ | {"EVENTWIRE_TOKEN": TOKEN},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if get(url + "/api/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("eventwire serve did not answer: " + (proc.stdout.read() if proc.poll() is not None else ""))
        yield url, db
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert not Path(db + ".serving").exists(), "the server leaves no marker behind"


def test_e2e_events_by_dyad_carry_sentence_and_offsets(server):
    url, _ = server
    status, page = get(url + "/api/events?dyad=USA-PAK&limit=100")
    assert status == 200 and page["total"] == len(page["items"]) > 0
    for e in page["items"]:
        assert {e["source_code"][:3], e["target_code"][:3]} == {"USA", "PAK"}
        status, art = get(f"{url}/api/articles/{e['article_id']}")
        assert art["text"][e["trigger_start"]:e["trigger_end"]] == e["trigger"] and e["trigger"] in e["sentence"]


def test_e2e_cli_on_a_held_store_says_how_to_ingest(server):
    url, db = server
    r = subprocess.run([EXE, "ingest", str(data.path("sample") / "01-pakistan-us-talks.txt"), "--db", db],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "held by 'eventwire serve' at http://127.0.0.1:" in lines[0]
    assert "/api/ingest" in lines[0] and "Traceback" not in r.stderr


def _browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (CI installs Debian's chromium; elsewhere: apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is in the test extra")
    return sync_api.sync_playwright()


def test_e2e_dashboard_in_chromium(server, tmp_path):
    url, _ = server
    shots = Path(os.environ.get("EVENTWIRE_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with _browser() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("requestfailed", lambda req: errors.append(f"failed: {req.url}"))

            page.goto(url + "/")
            page.wait_for_selector("#balance[data-rendered] canvas")  # ECharts drew the dyad bars
            page.wait_for_function("document.querySelectorAll('ul.articles li').length >= 10")  # slow under load
            page.screenshot(path=str(shots / "overview.png"), full_page=True)

            page.locator("ul.articles li a", has_text="Pakistan").first.click()
            page.wait_for_selector("article#text")
            for kind in ("actor", "trigger", "quote"):
                assert page.locator(f"#text .hl-{kind}").count() > 0, kind
            page.locator("#text .hl-trigger").first.hover()
            tip = page.locator("#tip")
            tip.wait_for(state="visible")
            page.wait_for_function("document.querySelector('#tip').innerText.includes('Goldstein')")
            assert "event" in tip.inner_text() and "Goldstein" in tip.inner_text()
            page.screenshot(path=str(shots / "article.png"), full_page=True)

            page.goto(url + "/events")
            page.fill("input[name=dyad]", "USA-PAK")
            page.click("form.filters button")
            page.wait_for_url("**/events?dyad=USA-PAK")
            rows = page.locator("table.events tbody tr")
            assert rows.count() > 0
            for i in range(rows.count()):
                codes = rows.nth(i).locator("code").all_inner_texts()
                assert {c[:3] for c in codes if c and not c.isdigit()} == {"USA", "PAK"}
            page.screenshot(path=str(shots / "events.png"), full_page=True)

            page.goto(url + "/timeline")
            page.wait_for_selector("#timeline[data-rendered] canvas")
            page.screenshot(path=str(shots / "timeline.png"))

            page.goto(url + "/dyads/PAK/USA?by=day")
            page.wait_for_selector("#dyad[data-rendered] canvas")
            assert page.locator("table tbody tr").count() > 0
            page.screenshot(path=str(shots / "dyad.png"), full_page=True)

            page.goto(url + "/network")
            page.wait_for_selector("#network[data-rendered] canvas")
            nodes = page.evaluate("echarts.getInstanceByDom(document.getElementById('network'))"
                                  ".getOption().series[0].data.map(n => n.name)")
            assert {"USAGOV", "PAKGOV"} <= set(nodes)
            page.wait_for_timeout(1500)  # let the force layout settle for the picture
            page.screenshot(path=str(shots / "network.png"))
            x, y = page.evaluate("""() => {  // where ECharts drew the USAGOV node, to click it as a user would
                const data = echarts.getInstanceByDom(document.getElementById('network'))
                    .getModel().getSeriesByIndex(0).getData();
                return data.getItemLayout(data.indexOfName('USAGOV'));
            }""")
            box = page.locator("#network").bounding_box()
            page.mouse.click(box["x"] + x, box["y"] + y)
            page.wait_for_url("**/events?actor=USAGOV")
            assert page.locator("table.events tbody tr").count() > 0

            for name, rows in (("stories", "table tbody tr"), ("disputes", "h1"), ("quotes", "table tbody tr")):
                page.goto(f"{url}/{name}")
                assert page.locator(rows).count() > 0, name
            assert not errors, errors
        finally:
            browser.close()
    assert shutil.disk_usage(shots) and (shots / "article.png").stat().st_size > 10_000


def _wait(url: str, job: dict) -> dict:
    for _ in range(600):
        state = get(url + job["url"])[1]
        if state["status"] in ("done", "failed"):
            return state
        time.sleep(0.2)
    pytest.fail(f"ingest job still {state['status']}")


def test_e2e_ingest_through_the_server(server):
    httpx = pytest.importorskip("httpx")
    url, _ = server
    before = get(url + "/api/health")[1]["articles"]
    body = (json.dumps({"id": "upload-1", "title": "Envoys meet", "date": "2025-03-12",
                        "text": "Envoys meet in Doha\n\nQatar hosted Afghan Taliban envoys in Doha on Tuesday, "
                                "officials said."}) + "\n").encode()
    jsonl = {"content-type": "application/x-ndjson"}
    assert httpx.post(url + "/api/ingest", content=body, headers=jsonl).status_code == 401
    assert httpx.post(url + "/api/ingest", content=body,
                      headers=jsonl | {"authorization": "Bearer wrong"}).status_code == 401
    auth = {"authorization": f"Bearer {TOKEN}"}
    r = httpx.post(url + "/api/ingest", content=body, headers=jsonl | auth)
    assert r.status_code == 202
    state = _wait(url, r.json())
    assert state["status"] == "done" and (state["read"], state["stored"]) == (1, 1), state
    assert get(url + "/api/health")[1]["articles"] == before + 1
    art = get(url + "/api/articles/upload-1")[1]
    assert art["title"] == "Envoys meet" and art["actors"]

    files = [("file", ("talks.txt", b"Talks in Ankara\n\nTurkey hosted Swedish diplomats in Ankara on Monday.",
                       "text/plain")), ("file", ("empty.txt", b"", "text/plain"))]
    r = httpx.post(url + "/api/ingest?date=2025-03-10", files=files, headers=auth)
    state = _wait(url, r.json())
    assert state["status"] == "done" and state["stored"] == 1 and state["files"] == ["talks.txt", "empty.txt"]
    assert len(state["refused"]) == 1 and state["refused"][0].startswith("empty.txt: "), state["refused"]
    assert get(url + "/api/health")[1]["articles"] == before + 2
    r = httpx.post(url + "/api/ingest", content=b"x", headers={"content-type": "image/png"} | auth)
    assert r.status_code == 415 and "unsupported content type" in r.json()["error"]
