"""`eventwire serve` under load (issue 12): 50 concurrent clients reading /api/events pages from a 20,000-article
store; prints p50/p95/p99 latency and throughput. A script, not a test (docs/performance.md has the figures).

The store is built once (cached at --db) from synthetic *records* written here, through the store's own writer
(write_batch, which also runs the cross-article stage): 20,000 articles coded by spaCy would take hours on this
machine, and the benchmark measures the server's reads, not the coder. Each article has 2-7 events between 40
countries (CAMEO codes, QuadClass and Goldstein from eventwire's own table), 0-2 quotes and its own filler words
(so near-duplicate detection does not fold them together), dated over two years.

Clients walk pages the way a dashboard does: random offsets over all events, and pages filtered by dyad, actor,
CAMEO root or dates (a seeded mix). Clients run in this process on the same 2 cores as the server, so the figure
includes their cost.

    cd benchmarks && ../.venv/bin/python server_latency.py [--articles 20000] [--clients 50] [--requests 40]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

COUNTRIES = ["USA", "PAK", "IND", "CHN", "RUS", "UKR", "IRN", "ISR", "TUR", "DEU", "FRA", "JPN", "EGY", "GBR", "AFG",
             "SAU", "QAT", "BRA", "MEX", "CAN", "KOR", "PRK", "SYR", "IRQ", "LBN", "JOR", "NGA", "ETH", "KEN", "ZAF",
             "SDN", "YEM", "BGD", "LKA", "NPL", "IDN", "PHL", "VNM", "THA", "POL"]
SECTORS = ["", "GOV", "MIL", "GOV", "OPP"]
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "0841", "111", "112", "120",
         "130", "138", "163", "172", "173", "190", "193", "195"]


def synthetic_records(n: int, seed: int = 12):
    """n coded-article records in the contract of docs/records.md, with every span's offsets right."""
    from eventwire.events.ontology import lookup
    from eventwire.records import actor, span

    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ten", "sar", "vu", "pe", "dro", "nal", "is", "quo", "ber", "tu", "zan", "ri"]
    vocab = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(5000)]
    day0 = 18262  # 2020-01-01 as days since the epoch
    for i in range(n):
        date = time.strftime("%Y-%m-%d", time.gmtime((day0 + rng.randrange(730)) * 86400))
        text, events, actors, quotes = f"Report {i}\n\n", [], [], []
        for k in range(rng.randint(2, 7)):
            a, b = rng.sample(COUNTRIES, 2)
            sa, sb = a + rng.choice(SECTORS), b + rng.choice(SECTORS)
            code = rng.choice(CODES)
            c = lookup(code)
            start = len(text)
            src, verb, tgt = f"{sa} officials", f"act{code}", f"{sb} leaders"
            filler = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 20)))
            sentence = f"{src} {verb} {tgt} {filler}. "
            text += sentence
            s_act = actor(text, start, start + len(src), a, sa)
            v0 = start + len(src) + 1
            t0 = v0 + len(verb) + 1
            t_act = actor(text, t0, t0 + len(tgt), b, sb)
            actors += [s_act, t_act]
            events.append({"id": f"s{i}e{k}", "sentence_index": k, "sentence": sentence,
                           "trigger": span(text, v0, v0 + len(verb)), "source": s_act, "target": t_act, "code": code,
                           "root": code[:2], "quad_class": c.quad_class, "goldstein": c.goldstein,
                           "plover": {"type": c.plover_type, "mode": c.plover_mode}, "date": date,
                           "date_precision": "publication", "location": None, "negated": rng.random() < 0.05,
                           "modality": "asserted", "reported_by": None})
        for q in range(rng.randint(0, 2)):
            said = " ".join(rng.choice(vocab) for _ in range(12))
            start = len(text) + 1
            text += f'"{said}," the minister said. '
            who = actor(text, start + len(said) + 3, start + len(said) + 15, "Minister", rng.choice(COUNTRIES) + "GOV")
            actors.append(who)
            quotes.append({"id": f"s{i}q{q}", "kind": "direct", "speaker": who, "cue": None,
                           "content": span(text, start, start + len(said)), "relayed_by": []})
        yield {"id": f"s{i:05d}", "title": f"Report {i}", "date": date, "outlet": f"outlet{i % 37}", "url": None,
               "text": text, "actors": actors, "events": events, "quotes": quotes}


def build(db: str, n: int) -> None:
    from eventwire.store import connect, write_batch

    t0 = time.time()
    batch: list[dict] = []
    with connect(db) as con:
        for rec in synthetic_records(n):
            batch.append(rec)
            if len(batch) == 500:
                write_batch(con, batch)
                batch = []
                print(f"  {con.execute('SELECT count(*) FROM articles').fetchone()[0]} articles stored", flush=True)
        write_batch(con, batch)
        counts = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                             "(SELECT count(*) FROM merged_events)").fetchone()
    print(f"built {db}: {counts[0]} articles, {counts[1]} event mentions, {counts[2]} merged events "
          f"in {time.time() - t0:.0f}s")


def kind(url: str) -> str:
    query = url.split("?")[1]
    return next((k for k in ("dyad", "actor", "root", "since") if query.startswith(k)), "all")


def urls(rng: random.Random, total: int) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    kind = rng.random()
    if kind < 0.4:
        return f"/api/events?limit=50&offset={rng.randrange(0, max(total - 50, 1))}"
    if kind < 0.6:
        return f"/api/events?dyad={a}-{b}&limit=50"
    if kind < 0.75:
        return f"/api/events?actor={a}&limit=50&offset={rng.randrange(0, 500)}"
    if kind < 0.9:
        return f"/api/events?root={rng.randint(1, 20):02d}&limit=50&offset={rng.randrange(0, 200)}"
    month = rng.randint(1, 12)
    return f"/api/events?since=2021-{month:02d}-01&until=2021-{month:02d}-28&limit=50"


async def fetch(reader, writer, host: str, path: str) -> tuple[int, bytes]:
    """One GET on a kept-alive HTTP/1.1 connection: a client this thin leaves the machine's cores to the server
    (httpx costs ~10 ms of CPU per request here, more than the server's own work)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
    return status, await reader.readexactly(length)


async def load(port: int, clients: int, requests: int, total: int, seed: int = 7) -> list[tuple[float, str]]:
    latencies: list[tuple[float, str]] = []

    async def client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for _ in range(requests):
                url = urls(rng, total)
                t = time.perf_counter()
                status, body = await fetch(reader, writer, f"127.0.0.1:{port}", url)
                latencies.append((time.perf_counter() - t, kind(url)))
                if status != 200:
                    raise SystemExit(f"{url}: {status} {body[:200]!r}")
        finally:
            writer.close()

    await asyncio.gather(*(client(k) for k in range(clients)))
    return latencies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=40, help="per client")
    ap.add_argument("--db", default=None, help="store to build or reuse (default: /tmp/eventwire-bench-N.duckdb)")
    args = ap.parse_args()
    db = args.db or f"/tmp/eventwire-bench-{args.articles}.duckdb"
    if not Path(db).exists():
        build(db, args.articles)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = str(Path(sys.executable).with_name("eventwire"))
    server = subprocess.Popen([exe, "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL,
                              env={k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"})
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(300):
            try:
                if httpx.get(base + "/api/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        total = httpx.get(base + "/api/events?all=true&limit=1").json()["total"]
        t_warm = time.perf_counter()
        while httpx.get(base + "/api/health").json()["warming"]:
            time.sleep(0.5)  # the server reads its events and dyads' id lists in at start (eventwire/server/rows.py)
        print(f"server read its {total} events in within {time.perf_counter() - t_warm:.0f}s of answering")
        facts = httpx.get(base + "/api/events?limit=1").json()["total"]  # what pages walk by default
        asyncio.run(load(port, 10, 5, facts, seed=1))  # warm-up: first queries, id lists, thread pool
        t0 = time.perf_counter()
        lat = asyncio.run(load(port, args.clients, args.requests, facts))
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=30)
    for k in ("all", "dyad", "actor", "root", "since"):
        mine = sorted(t for t, kk in lat if kk == k)
        print(f"  {k:6} pages: {len(mine):5} requests, p50 {mine[len(mine) // 2] * 1000:.0f} ms, "
              f"p95 {mine[int(len(mine) * .95)] * 1000:.0f} ms")
    lat = sorted(t for t, _ in lat)
    pct = {p: lat[min(len(lat) - 1, int(len(lat) * p / 100))] * 1000 for p in (50, 95, 99)}
    print(f"{args.clients} clients x {args.requests} requests of /api/events pages on {db}: "
          f"p50 {pct[50]:.0f} ms, p95 {pct[95]:.0f} ms, p99 {pct[99]:.0f} ms, max {lat[-1] * 1000:.0f} ms, "
          f"mean {statistics.mean(lat) * 1000:.0f} ms; {len(lat) / wall:.0f} requests/s")


if __name__ == "__main__":
    main()
