#!/usr/bin/env node
// Drives a real Kùzu (npm package kuzu@0.11.3) for the export and differential tests.
//   node kuzu_harness.js load EXPORT_DIR DB_DIR
//       runs EXPORT_DIR/load.cypher from inside EXPORT_DIR into a new database; prints
//       {"nodes": N, "relationships": M} as JSON.
//   node kuzu_harness.js query DB_DIR QUERY_FILE...
//       runs each file's query and prints one JSON line per file: {"file", "columns", "rows"}
//       (rows as arrays in column order; nodes and relationships as their property maps
//       without Kùzu's internal fields).
// NODE_PATH must point at the folder holding node_modules/kuzu (the test's own install).
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require('kuzu');

// Splits load.cypher into statements: each ends with ';' at the end of a line.
function statements(text) {
  return text.split(/;\s*\n/).map((s) => s.trim()).filter((s) => s.length > 0);
}

async function run(conn, text) {
  const result = await conn.query(text);
  try {
    return { columns: await result.getColumnNames(), rows: await result.getAll() };
  } finally {
    result.close();
  }
}

function clean(v) {
  if (Array.isArray(v)) return v.map(clean);
  if (v !== null && typeof v === 'object') {
    if ('_id' in v || '_label' in v) {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        if (k.startsWith('_') || k === 'fg_node' || k === 'other_labels' || x === null) continue;
        out[k] = clean(x);
      }
      return out;
    }
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = clean(x);
    return out;
  }
  if (typeof v === 'bigint') return Number(v);
  return v;
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'load') {
    const [exportDir, dbDir] = args.map((a) => path.resolve(a));
    const script = fs.readFileSync(path.join(exportDir, 'load.cypher'), 'utf8');
    const db = new kuzu.Database(dbDir);
    const conn = new kuzu.Connection(db);
    process.chdir(exportDir);  // load.cypher's paths are relative to its folder
    for (const s of statements(script)) {
      try {
        await run(conn, s);
      } catch (e) {
        throw new Error(`load.cypher statement failed: ${e.message}\n  ${s.slice(0, 300)}`);
      }
    }
    const n = await run(conn, 'MATCH (n) RETURN count(n) AS c');
    const r = await run(conn, 'MATCH ()-[r]->() RETURN count(r) AS c');
    console.log(JSON.stringify({ nodes: Number(n.rows[0].c), relationships: Number(r.rows[0].c) }));
    await conn.close();
    await db.close();
  } else if (mode === 'query') {
    const [dbDir, ...files] = args;
    const db = new kuzu.Database(path.resolve(dbDir), 0, true, true /* read only */);
    const conn = new kuzu.Connection(db);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '').trim().replace(/;$/, '');
      try {
        const r = await run(conn, text);
        const rows = r.rows.map((row) => r.columns.map((c) => clean(row[c])));
        console.log(JSON.stringify({ file: path.basename(file), columns: r.columns, rows }));
      } catch (e) {
        console.log(JSON.stringify({ file: path.basename(file), error: e.message }));
      }
    }
    await conn.close();
    await db.close();
  } else {
    console.error('usage: kuzu_harness.js load EXPORT_DIR DB_DIR | query DB_DIR QUERY_FILE...');
    process.exit(2);
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
