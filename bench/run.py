#!/usr/bin/env python3
"""factgraph benchmark runner (issue 7): generate, import, query Q1-Q6, compare with Kuzu.

One command runs every stage at each size, prints a table and writes the numbers as JSON.
Stages that need a feature factgraph does not have yet (query --repeat, export --format kuzu,
import --threads, the article importer) are detected and reported as such in the table.
Usage: bench/run.sh [--sizes 100k,1M] [--repeat 20] [--work DIR] [--json FILE] [--no-kuzu]
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent
TIMING = re.compile(r"timing: min ([\d.]+) ms, median ([\d.]+) ms, p99 ([\d.]+) ms over (\d+) runs, (\d+) rows")
KUZU_VERSION = "0.11.3"


def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"bad size '{text}' (use e.g. 100k, 1M, 250000)")
    return int(float(m.group(1)) * {"": 1, "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6}[m.group(2)])


def label(n):
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def run(cmd, timeout=3600, **kw):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)
    return p, time.perf_counter() - t0


def timed(cmd, timeout=3600):
    """Runs cmd under /usr/bin/time -v: (process, wall seconds, peak RSS bytes, CPU seconds)."""
    if not Path("/usr/bin/time").exists():
        p, wall = run(cmd, timeout)
        return p, wall, None, None
    p, wall = run(["/usr/bin/time", "-v"] + cmd, timeout)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", p.stderr))
    return p, wall, int(m.group(1)) * 1024 if m else None, cpu


def help_text(fg, *sub):
    p, _ = run([fg, *sub, "--help"], 60)
    return p.stdout + p.stderr if p.returncode == 0 else ""


def drop_from_page_cache(path):
    """Evicts a file's pages (posix_fadvise DONTNEED): a cold start without root."""
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
        return True
    except OSError:
        return False


class Bench:
    def __init__(self, args):
        self.a = args
        self.fg = args.factgraph
        self.gen = args.gen
        self.work = Path(args.work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.queries = json.loads((HERE / "queries.json").read_text())["queries"]
        self.features = self.detect()
        self.results = {"machine": self.machine(), "features": self.features, "sizes": {}}

    def machine(self):
        return {"cpus": os.cpu_count(), "uname": " ".join(os.uname()), "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}

    def detect(self):
        top = help_text(self.fg)
        f = {"query": bool(re.search(r"^\s+query\s", top, re.M)), "export": bool(re.search(r"^\s+export\s", top, re.M))}
        q = help_text(self.fg, "query") if f["query"] else ""
        f["query_repeat"] = "--repeat" in q
        e = help_text(self.fg, "export") if f["export"] else ""
        f["export_kuzu"] = "kuzu" in e.lower()
        imp = help_text(self.fg, "import")
        f["import_threads"] = next((flag for flag in ("--threads", "--jobs") if flag in imp), None)
        f["time_v"] = Path("/usr/bin/time").exists()
        f["node"] = shutil.which("node") is not None
        return f

    # --- stages -------------------------------------------------------------------------------
    def generate(self, n, d):
        facts = d / "facts.jsonl"
        p, wall = run([self.gen, "--relationships", str(n), "--seed", str(self.a.seed), "-o", str(facts), "--params",
                       str(d / "params.json"), "-q"])
        if p.returncode != 0:
            raise SystemExit(f"fg_gen_facts failed: {p.stderr.strip()}")
        params = json.loads((d / "params.json").read_text())
        return facts, params, {"seconds": wall, "relationships_per_s": n / wall, "lines": params["lines"]["total"],
                               "bytes": params["bytes"], "nodes": params["nodes"]["total"]}

    def import_facts(self, facts, graph, lines, extra=()):
        if graph.exists():
            graph.unlink()
        p, wall, rss, cpu = timed([self.fg, "import", "-q", *extra, "-g", str(graph), str(facts)])
        if p.returncode != 0:
            return {"status": "failed", "error": p.stderr.strip()[-500:]}
        # On a shared machine wall time includes waiting for a core; CPU time does not.
        return {"status": "ok", "seconds": wall, "lines_per_s": lines / wall, "cpu_seconds": cpu,
                "lines_per_cpu_s": lines / cpu if cpu else None, "peak_rss_bytes": rss, "file_bytes": graph.stat().st_size}

    def query_args(self, q, params):
        args = []
        if q.get("param"):
            args = ["--param", "name=" + params["queries"][q["param"]]["name"]]
        return args

    def run_queries(self, graph, params):
        if not self.features["query"]:
            return {"status": "n/a: factgraph has no query command yet"}
        if not self.features["query_repeat"]:
            return {"status": "n/a: factgraph query has no --repeat yet"}
        out = {"status": "ok", "queries": {}}
        for q in self.queries:
            # Q2 returns 4M rows at 10M relationships: above the default --max-rows, which guards users.
            p, _ = run([self.fg, "query", "-g", str(graph), "--max-rows", "1000000000", "--repeat", str(self.a.repeat), *self.query_args(q, params),
                        q["cypher"]], 1800)
            m = TIMING.search(p.stderr)
            if p.returncode != 0 or not m:
                out["queries"][q["id"]] = {"status": "failed", "error": (p.stderr.strip() or "no timing line")[-300:]}
                continue
            r = {"status": "ok", "min_ms": float(m.group(1)), "median_ms": float(m.group(2)), "p99_ms": float(m.group(3)),
                 "runs": int(m.group(4)), "rows": int(m.group(5))}
            expected = params["queries"].get(q["id"], {}).get("expected_rows")
            if expected is not None and expected != r["rows"]:
                r["check"] = f"expected {expected} rows"
            out["queries"][q["id"]] = r
        return out

    def memory_and_start(self, graph, params, n):
        """RSS after opening the graph and running Q1-Q6 in one process; start-to-first-answer."""
        if not self.features["query"]:
            return {"status": "n/a: factgraph has no query command yet"}
        script = graph.with_suffix(".q1-q6.cypher")
        stmts = []
        for q in self.queries:
            c = q["cypher"]
            if q.get("param"):
                c = c.replace("$name", json.dumps(params["queries"][q["param"]]["name"]))
            stmts.append(c + ";")
        script.write_text("\n".join(stmts) + "\n")
        p, wall, rss, _ = timed([self.fg, "query", "-g", str(graph), "--max-rows", "1000000000", "--format", "csv", "-f", str(script)], 1800)
        res = {"status": "ok" if p.returncode == 0 else "failed"}
        if p.returncode != 0:
            res["error"] = p.stderr.strip()[-300:]
            return res
        res["q1_q6_process_peak_rss_bytes"] = rss
        if rss:
            res["rss_bytes_per_relationship"] = rss / n
        res.update(self.resident_after(graph, script, n))
        first = [self.fg, "query", "-g", str(graph), "--format", "csv", self.queries[0]["cypher"]]
        cold = None
        if drop_from_page_cache(graph):
            _, cold = run(first)
        warm = [run(first)[1] for _ in range(3)]
        res["first_answer_cold_s"] = cold
        res["first_answer_warm_s"] = statistics.median(warm)
        return res

    def resident_after(self, graph, script, n):
        """Resident memory once Q1-Q6 have run (results freed), split into the process's own memory
        (anonymous: heap, stacks) and the graph file's pages it has touched (file-backed, shared with
        the page cache): the REPL runs the script, then /proc/PID/status is read before it exits."""
        if not self.features.get("repl", True):
            return {}
        proc = subprocess.Popen([self.fg, "repl", "-g", str(graph)], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, text=True)
        try:
            proc.stdin.write(":format csv\n:set max_rows 1000000000\n" + script.read_text())
            proc.stdin.flush()
            time.sleep(0.5)
            status = {}
            deadline = time.time() + 600
            while time.time() < deadline:
                status = dict(line.split(":", 1) for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines() if ":" in line)
                cpu = sum(int(x) for x in Path(f"/proc/{proc.pid}/stat").read_text().split(")")[1].split()[11:13])
                time.sleep(0.5)
                cpu2 = sum(int(x) for x in Path(f"/proc/{proc.pid}/stat").read_text().split(")")[1].split()[11:13])
                if cpu2 == cpu:  # idle: waiting for more input, every query has run
                    status = dict(line.split(":", 1) for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines() if ":" in line)
                    break
        finally:
            proc.stdin.close()
            proc.wait(timeout=60)
        kb = lambda k: int(status.get(k, "0 kB").split()[0]) * 1024
        anon, file = kb("RssAnon"), kb("RssFile")
        return {"resident_after_anon_bytes": anon, "resident_after_file_bytes": file,
                "resident_after_anon_bytes_per_relationship": anon / n,
                "resident_after_file_bytes_per_relationship": file / n}

    def kuzu(self, graph, params, d, fg_queries):
        if not self.a.kuzu:
            return {"status": "skipped (--no-kuzu)"}
        if not self.features["export_kuzu"]:
            return {"status": "n/a: factgraph export --format kuzu not available yet"}
        if not self.features["node"]:
            return {"status": "n/a: node is not installed"}
        err = self.ensure_kuzu()
        if err:
            return {"status": "n/a: " + err}
        out_dir = d / "kuzu-export"
        shutil.rmtree(out_dir, ignore_errors=True)
        p, wall = run([self.fg, "export", "-g", str(graph), "--format", "kuzu", "-o", str(out_dir)], 3600)
        if p.returncode != 0:
            return {"status": "failed: export", "error": p.stderr.strip()[-300:]}
        p, _ = run(["node", str(HERE / "kuzu" / "bench.mjs"), "--dir", str(out_dir), "--params", str(d / "params.json"),
                    "--queries", str(HERE / "queries.json"), "--runs", str(self.a.kuzu_runs), "--db", str(d / "kuzu-db")], 3600)
        if p.returncode != 0:
            return {"status": "failed: kuzu", "error": p.stderr.strip()[-500:]}
        k = json.loads(p.stdout)
        k["status"] = "ok"
        k["export_seconds"] = wall
        if fg_queries.get("status") == "ok":
            for qid, kq in k["queries"].items():
                fq = fg_queries["queries"].get(qid, {})
                if fq.get("status") == "ok" and kq.get("median_ms"):
                    kq["ratio_factgraph_over_kuzu"] = fq["median_ms"] / kq["median_ms"]
                    if fq["rows"] != kq.get("rows"):
                        kq["rows_differ"] = f"factgraph {fq['rows']}, kuzu {kq.get('rows')}"
        for qid, kq in k["queries"].items():
            expected = params["queries"].get(qid, {}).get("expected_count")
            if expected is not None and kq.get("value") and kq["value"][0] != expected:
                kq["value_differs"] = f"kuzu {kq['value'][0]}, generator {expected}"
        return k

    def ensure_kuzu(self):
        mod = HERE / "kuzu" / "node_modules" / "kuzu"
        if not mod.exists():
            print(f"installing kuzu@{KUZU_VERSION} into {HERE / 'kuzu' / 'node_modules'} ...", file=sys.stderr)
            p, _ = run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(HERE / "kuzu"), f"kuzu@{KUZU_VERSION}"], 1800)
            if p.returncode != 0:
                return "npm install kuzu failed: " + p.stderr.strip()[-200:]
        if not (mod / "kuzujs.node").exists():
            p, _ = run(["node", "install.js"], 1800, cwd=mod)
            if p.returncode != 0 or not (mod / "kuzujs.node").exists():
                return "kuzu native module missing (node install.js failed)"
        return None

    def articles(self):
        if self.a.articles_mb <= 0:
            return {"status": "skipped"}
        d = self.work / "articles"
        shutil.rmtree(d, ignore_errors=True)
        p, _ = run([self.gen, "--articles", str(d / "txt"), "--mb", str(self.a.articles_mb), "--relationships", "100000",
                    "--seed", str(self.a.seed), "-q"])
        if p.returncode != 0:
            return {"status": "failed: generate", "error": p.stderr.strip()}
        mb = sum(f.stat().st_size for f in (d / "txt").rglob("*.txt")) / 1e6
        res = {"mb": mb}
        for name, extra in [("one_thread", ())] + ([("two_threads", (self.features["import_threads"], "2"))]
                                                   if self.features["import_threads"] else []):
            graph = d / f"{name}.fg"
            p, wall, rss, cpu = timed([self.fg, "import", *extra, "-g", str(graph), str(d / "txt")], 3600)
            summary = re.search(r"imported (\d+), rejected (\d+)", p.stderr)
            lines = [l for l in p.stderr.strip().splitlines() if not l.startswith(("\t", "Command being timed"))]
            if not summary:  # a failure before or during the import, not rejected lines
                res[name] = {"status": "failed", "error": (lines[0] if lines else "exit code %d" % p.returncode)[-300:]}
                continue
            res[name] = {"status": "ok", "seconds": wall, "mb_per_s": mb / wall, "cpu_seconds": cpu,
                         "mb_per_cpu_s": mb / cpu if cpu else None, "peak_rss_bytes": rss,
                         "imported": int(summary.group(1)), "rejected": int(summary.group(2))}
            if int(summary.group(2)):
                res[name]["first_rejection"] = lines[0][-300:]
        if "two_threads" in res and res["two_threads"].get("status") == "ok" and res["one_thread"].get("status") == "ok":
            res["speedup"] = res["one_thread"]["seconds"] / res["two_threads"]["seconds"]
        elif not self.features["import_threads"]:
            res["two_threads"] = {"status": "n/a: import has no --threads option yet"}
        res["status"] = "ok" if res["one_thread"].get("status") == "ok" else "failed"
        return res

    def size(self, n):
        d = self.work / label(n)
        d.mkdir(parents=True, exist_ok=True)
        print(f"== {label(n)} relationships", file=sys.stderr)
        facts, params, gen = self.generate(n, d)
        print(f"   generated in {gen['seconds']:.1f} s", file=sys.stderr)
        graph = d / "graph.fg"
        imp = self.import_facts(facts, graph, gen["lines"])
        print(f"   import: {imp.get('status')} {imp.get('seconds', 0):.1f} s", file=sys.stderr)
        if imp["status"] == "ok" and self.features["import_threads"]:
            imp["two_threads"] = self.import_facts(facts, d / "graph-2t.fg", gen["lines"], (self.features["import_threads"], "2"))
        elif imp["status"] == "ok":
            imp["two_threads"] = {"status": "n/a: import has no --threads option yet"}
        res = {"relationships": n, "params": params["queries"], "generate": gen, "import": imp}
        if imp["status"] == "ok":
            res["queries"] = self.run_queries(graph, params)
            print(f"   queries: {res['queries']['status']}", file=sys.stderr)
            res["memory"] = self.memory_and_start(graph, params, n)
            res["kuzu"] = self.kuzu(graph, params, d, res["queries"])
            print(f"   kuzu: {res['kuzu']['status']}", file=sys.stderr)
        if not self.a.keep:
            facts.unlink(missing_ok=True)
        return res

    def go(self):
        for n in self.a.sizes:
            self.results["sizes"][label(n)] = self.size(n)
        self.results["articles"] = self.articles()
        Path(self.a.json).write_text(json.dumps(self.results, indent=2) + "\n")
        print_table(self.results)
        print(f"\nJSON: {self.a.json}")


def fmt(x, unit="", digits=1):
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    if unit == "B":
        for u, s in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
            if x >= s:
                return f"{x / s:.{digits}f} {u}"
        return f"{x:.0f} B"
    return f"{x:,.{digits}f}{unit}"


def print_table(r):
    sizes = list(r["sizes"])
    rows = []

    def row(name, getter):
        vals = []
        for s in sizes:
            try:
                vals.append(getter(r["sizes"][s]))
            except (KeyError, TypeError):
                vals.append("-")
        rows.append([name] + vals)

    def status_or(stage, getter):
        def g(x):
            st = x[stage]
            return getter(st) if st.get("status") == "ok" else st.get("status")
        return g

    row("nodes", lambda x: f"{x['generate']['nodes']:,}")
    row("generate", lambda x: f"{x['generate']['seconds']:.2f} s ({x['generate']['relationships_per_s'] / 1e6:.2f} M rel/s)")
    row("facts file", lambda x: fmt(x["generate"]["bytes"], "B"))
    row("import", status_or("import", lambda i: f"{i['seconds']:.2f} s, {i['lines_per_s']:,.0f} lines/s"
                            + (f" (CPU {i['cpu_seconds']:.2f} s, {i['lines_per_cpu_s']:,.0f} lines/CPU-s)" if i.get("cpu_seconds") else "")))
    row("import 2 threads", lambda x: x["import"]["two_threads"].get("status") if x["import"]["two_threads"].get("status") != "ok"
        else f"{x['import']['two_threads']['lines_per_s']:,.0f} lines/s (x{x['import']['seconds'] / x['import']['two_threads']['seconds']:.2f})")
    row("import peak RSS", status_or("import", lambda i: fmt(i["peak_rss_bytes"], "B")))
    row("graph file", status_or("import", lambda i: fmt(i["file_bytes"], "B")))
    row("RSS after Q1-Q6", status_or("memory", lambda m: f"{fmt(m['q1_q6_process_peak_rss_bytes'], 'B')} ({m['rss_bytes_per_relationship']:.0f} B/rel)"))
    row("resident after Q1-Q6", status_or("memory", lambda m: "n/a" if "resident_after_anon_bytes" not in m else
        f"own {m['resident_after_anon_bytes_per_relationship']:.0f} B/rel + file pages {m['resident_after_file_bytes_per_relationship']:.0f} B/rel"))
    row("first answer warm", status_or("memory", lambda m: fmt(m["first_answer_warm_s"] * 1000, " ms")))
    row("first answer cold", status_or("memory", lambda m: fmt(m["first_answer_cold_s"] * 1000 if m["first_answer_cold_s"] else None, " ms")))
    for q in ("Q1", "Q2", "Q3", "Q4", "Q5", "Q6"):
        def g(x, q=q):
            qs = x["queries"]
            if qs.get("status") != "ok":
                return qs.get("status")
            e = qs["queries"][q]
            if e.get("status") != "ok":
                return "failed: " + e.get("error", "")[:60]
            s = f"{e['median_ms']:.3f} ms ({e['rows']:,} rows)"
            if e.get("check"):
                s += " WRONG: " + e["check"]
            return s
        row(f"{q} factgraph median", g)

        def k(x, q=q):
            kz = x["kuzu"]
            if kz.get("status") != "ok":
                return kz.get("status")
            e = kz["queries"][q]
            s = f"{e['median_ms']:.3f} ms ({e.get('rows', 0):,} rows)"
            if e.get("ratio_factgraph_over_kuzu") is not None:
                s += f", ratio {e['ratio_factgraph_over_kuzu']:.3f}"
            if e.get("rows_differ"):
                s += " rows differ"
            if e.get("value_differs"):
                s += f" ({e['value_differs']})"
            return s
        row(f"{q} kuzu median", k)
    widths = [max(len(str(c)) for c in col) for col in zip(*([["stage"] + sizes] + rows))]
    line = lambda cells: " | ".join(str(c).ljust(w) for c, w in zip(cells, widths))
    print(line(["stage"] + sizes))
    print("-+-".join("-" * w for w in widths))
    for rr in rows:
        print(line(rr))
    a = r.get("articles", {})
    if a.get("status") == "ok":
        t2 = a.get("two_threads", {})
        extra = f", 2 threads {t2['mb_per_s']:.2f} MB/s (x{a['speedup']:.2f})" if t2.get("status") == "ok" else f", 2 threads: {t2.get('status')}"
        o = a["one_thread"]
        cpu = f" ({o['mb_per_cpu_s']:.2f} MB/CPU-s)" if o.get("mb_per_cpu_s") else ""
        rej = f", {o['rejected']} rejected (first: {o['first_rejection']})" if o.get("rejected") else ""
        print(f"\narticles: {a['mb']:.1f} MB, 1 thread {o['mb_per_s']:.2f} MB/s{cpu}{extra}{rej}")
    else:
        detail = a.get("one_thread", {}).get("error") or a.get("error") or ""
        print(f"\narticles: {a.get('status')}: {detail}")
    missing = [k for k, v in r["features"].items() if not v]
    if missing:
        print("missing features: " + ", ".join(missing))


def main():
    build = Path(os.environ.get("FG_BUILD", SRC / "build-bench"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=lambda s: [parse_size(x) for x in s.split(",")], default=[100_000, 1_000_000],
                    help="relationship counts, e.g. 100k,1M,10M (default 100k,1M)")
    ap.add_argument("--repeat", type=int, default=20, help="runs per query after one warm-up (default 20)")
    ap.add_argument("--kuzu-runs", type=int, default=20, help="runs per query in Kuzu (default 20)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--factgraph", default=str(build / "cli" / "factgraph"))
    ap.add_argument("--gen", default=str(build / "bench" / "fg_gen_facts"))
    ap.add_argument("--work", default=str(build / "bench-work"), help="folder for data and graphs")
    ap.add_argument("--json", default=None, help="where to write the results (default WORK/bench.json)")
    ap.add_argument("--articles-mb", type=float, default=5, help="article text for the article import (0 skips)")
    ap.add_argument("--no-kuzu", dest="kuzu", action="store_false")
    ap.add_argument("--keep", action="store_true", help="keep the generated facts files")
    a = ap.parse_args()
    a.json = a.json or str(Path(a.work) / "bench.json")
    for exe in (a.factgraph, a.gen):
        if not os.access(exe, os.X_OK):
            sys.exit(f"{exe}: not built (ninja -C {build} factgraph fg_gen_facts, or set FG_BUILD)")
    if not Path("/usr/bin/time").exists():
        print("warning: /usr/bin/time missing (apt-get install -y time): no peak RSS numbers", file=sys.stderr)
    Bench(a).go()


if __name__ == "__main__":
    main()
