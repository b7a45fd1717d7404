// Kùzu side of the benchmark (issue 7): loads a `factgraph export --format kuzu` folder into Kùzu
// (npm kuzu@0.11.3) and times the benchmark queries with the same parameters as factgraph.
//   node bench/kuzu/bench.mjs --dir EXPORT --params PARAMS.json --queries bench/queries.json
//        [--runs 20] [--db PATH (default: in memory)] [--semantic trail|walk (default trail, as openCypher)]
// Prints JSON: load time and, per query, min/median/p99 of the query() call (Kùzu parses, plans,
// executes and materializes the result; rows are counted, never converted to JavaScript) and rows.
// Every QueryResult is closed before the connection, or node crashes at exit.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules", "x.js"));

function parseArgs(argv) {
  const args = { runs: 20, db: ":memory:", semantic: "trail" };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "");
    if (!["dir", "params", "queries", "runs", "db", "semantic"].includes(key) || i + 1 >= argv.length) {
      console.error(`bench.mjs: unknown or incomplete option ${argv[i]}`);
      process.exit(2);
    }
    args[key] = key === "runs" ? Number(argv[i + 1]) : argv[i + 1];
  }
  for (const need of ["dir", "params", "queries"])
    if (!args[need]) {
      console.error(`bench.mjs: --${need} is required`);
      process.exit(2);
    }
  return args;
}

// Splits load.cypher into statements at ';' outside quotes, backquotes and comments.
function statements(text) {
  const out = [];
  let cur = "", quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      cur += c;
      if (c === "\\" && quote !== "`") cur += text[++i] ?? "";
      else if (c === quote) quote = null;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === ";") {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else {
      if (c === '"' || c === "'" || c === "`") quote = c;
      cur += c;
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const cypherString = (s) => '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p99 = sorted[Math.min(n - 1, Math.ceil(0.99 * n) - 1)];  // nearest rank
  return { min_ms: sorted[0], median_ms: median, p99_ms: p99, runs: n };
}

async function timedQuery(conn, cypher) {
  const t0 = process.hrtime.bigint();
  const result = await conn.query(cypher);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rows = result.getNumTuples();
  result.close();
  return { ms, rows };
}

async function main() {
  const args = parseArgs(process.argv);
  const kuzu = require("kuzu");
  const params = JSON.parse(fs.readFileSync(args.params, "utf8"));
  const queries = JSON.parse(fs.readFileSync(args.queries, "utf8")).queries;
  const loadScript = fs.readFileSync(path.join(args.dir, "load.cypher"), "utf8");
  if (args.db !== ":memory:") fs.rmSync(args.db, { recursive: true, force: true });

  const db = new kuzu.Database(args.db);
  const conn = new kuzu.Connection(db);
  const out = { engine: "kuzu", version: "0.11.3", db: args.db, queries: {} };
  try {
    const cwd = process.cwd();
    process.chdir(args.dir);  // load.cypher names its CSV files relative to its folder
    const t0 = process.hrtime.bigint();
    for (const stmt of statements(loadScript)) {
      const r = await conn.query(stmt);
      for (const each of Array.isArray(r) ? r : [r]) each.close();
    }
    out.load_seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.chdir(cwd);
    // openCypher matches variable-length patterns as trails (no relationship twice); Kùzu walks by
    // default, which counts a start node reached back over the same edge. Same semantics, same rows.
    (await conn.query(`CALL recursive_pattern_semantic="${args.semantic.toUpperCase()}"`)).close();
    out.recursive_pattern_semantic = args.semantic;

    for (const q of queries) {
      let cypher = q.cypher;
      // query() takes no parameters: the name goes in as a string literal (same plan, same rows).
      if (q.param) cypher = cypher.replace("$name", cypherString(params.queries[q.param].name));
      try {
        // Warm-up run; a one-row answer (a count) is kept to compare with factgraph's.
        const warm = await conn.query(cypher);
        const rows = warm.getNumTuples();
        const value = rows === 1 ? Object.values(warm.getNextSync()) : undefined;
        warm.close();
        const times = [];
        for (let i = 0; i < args.runs; i++) times.push((await timedQuery(conn, cypher)).ms);
        out.queries[q.id] = { status: "ok", ...stats(times), rows, ...(value ? { value } : {}) };
      } catch (e) {
        out.queries[q.id] = { status: "failed", error: String(e.message ?? e) };
      }
    }
  } finally {
    await conn.close();
    await db.close();
  }
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main().catch((e) => {
  console.error(`bench.mjs: ${e.message ?? e}`);
  process.exit(1);
});
