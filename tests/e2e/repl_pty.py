#!/usr/bin/python3
"""Drives `factgraph repl` through a pseudo-terminal, as a person would type.

Usage: repl_pty.py FACTGRAPH SOURCE_DIR WORKDIR
Checks: the banner, :help, :schema, a multi-line statement (with an empty line inside), history
across sessions, tab completion of a label and of an entity name, non-ASCII input, Ctrl-C during
input, an error followed by a good query, :why after a query, and quitting with unsaved changes.
"""
import os
import subprocess
import sys

import pexpect

fg, src, work = sys.argv[1:4]
graph = os.path.join(work, "seed.fg")
subprocess.run([fg, "import", "-q", "-g", graph, os.path.join(src, "examples/seed/nato-russia-council.facts.jsonl")],
               check=True)
env = dict(os.environ, HOME=work, TERM="xterm", COLUMNS="120")
PROMPT = "factgraph> "
CONT = "...> "


def spawn():
    child = pexpect.spawn(fg, ["repl", "-g", graph], env=env, encoding="utf-8", timeout=15,
                          dimensions=(40, 120))
    child.logfile_read = open(os.path.join(work, "transcript.txt"), "a")
    child.expect("nodes")
    child.expect_exact(PROMPT)
    return child


def check(cond, what):
    if not cond:
        print("FAIL:", what, file=sys.stderr)
        print(open(os.path.join(work, "transcript.txt")).read()[-3000:], file=sys.stderr)
        sys.exit(1)


c = spawn()
c.sendline(":help")
c.expect_exact(":schema")
c.expect_exact(":why")
c.expect_exact(PROMPT)
c.sendline(":schema")
c.expect_exact("(:Person)")
c.expect_exact("[:REPRESENTS]")
c.expect_exact(PROMPT)

# multi-line statement with an empty line inside; the continuation prompt shows
c.sendline("MATCH (p:Person)-[r:REPRESENTS]->(s:State {name: \"Russia\"})")
c.expect_exact(CONT)
c.sendline("")
c.expect_exact(CONT)
c.sendline("RETURN p.name AS who, r.forum AS forum ORDER BY who;")
c.expect_exact("Alexander Grushko")
c.expect_exact("NATO-Russia Council")
c.expect_exact("Sergei Riabkov")
c.expect_exact("2 rows")
c.expect_exact(PROMPT)

# :why explains the rows of the last result with sources and evidence sentences
c.sendline(":why")
c.expect_exact("row 1:")
c.expect_exact("[:REPRESENTS]->(Russia)")
c.expect_exact("Russia will be represented by Deputy Foreign Minister Alexander Grushko")
c.expect_exact(PROMPT)

# an error with a caret, then a good query: the REPL goes on
c.sendline("MATCH (n:Person RETURN n;")
c.expect_exact("^")
c.expect_exact(PROMPT)
c.sendline("MATCH (n:Person) RETURN count(n) AS people;")
c.expect_exact("6")
c.expect_exact(PROMPT)

# completion of a label: "(x:Pers<TAB>" becomes "(x:Person"
# (libedit redraws with cursor movements, so check the inserted text and then the result)
c.send("MATCH (x:Pers\t")
c.expect_exact("on")
c.send(") RETURN count(x) AS completed_label;\r")
c.expect_exact("completed_label")
c.expect_exact("6")
c.expect_exact(PROMPT)

# completion of an entity name inside quotes after name: (by a word of the name)
c.send('MATCH (p:Person {name: "Grush\t')
c.expect_exact('ko"')
c.send("}) RETURN p.name AS completed_name;\r")
c.expect_exact("completed_name")
c.expect_exact("Alexander Grushko")
c.expect_exact("1 row")
c.expect_exact(PROMPT)

# non-ASCII input comes back as typed (libedit converts through the C library's locale)
c.send('RETURN "Grouchko – Škoda «ok»" AS typed;\r')
c.expect_exact("Škoda «ok»")
c.expect_exact(PROMPT)

# Ctrl-C during input abandons the line, not the REPL
c.send("MATCH (n) RETURN")
c.expect_exact("RETURN")  # the line editor has the text
c.sendintr()
c.expect_exact(PROMPT)
c.sendline("RETURN 40 + 2 AS answer;")
c.expect_exact("42")
c.expect_exact(PROMPT)

# Ctrl-C during a long query cancels the query, not the REPL
c.sendline("MATCH (a), (b), (c), (d), (e), (f) RETURN count(*) AS never;")
import time
time.sleep(1.0)
c.sendintr()
c.expect_exact("query cancelled")
c.expect_exact(PROMPT)
c.sendline("RETURN 'still here' AS status;")
c.expect_exact("still here")
c.expect_exact(PROMPT)

# unsaved changes prompt before quitting; cancel keeps the session
c.sendline("CREATE (:Place {name: \"Helsinki\"});")
c.expect_exact(PROMPT)
c.sendline(":quit")
c.expect("unsaved changes")
c.sendline("c")
c.expect_exact(PROMPT)
c.sendline(":quit")
c.expect("unsaved changes")
c.sendline("n")
c.expect(pexpect.EOF)
c.close()
check(c.exitstatus == 0 or c.exitstatus == 1, "repl exits after :quit")

# history persists across sessions: the previous session's statements are in ~/.factgraph_history
# (libedit stores entries vis(3)-encoded: spaces as \040)
hist = open(os.path.join(work, ".factgraph_history")).read()
check("answer;" in hist and "completed_label;" in hist, "history file holds the last session's statements")
c = spawn()
c.send("\x1b[A")  # up arrow recalls the last entry
c.expect_exact(":quit")
c.sendcontrol("u")
c.sendcontrol("d")  # Ctrl-D leaves (no unsaved changes: the CREATE was discarded)
c.expect(pexpect.EOF)
c.close()

# the discarded CREATE never reached the file
out = subprocess.run([fg, "query", "-g", graph, "--format", "csv",
                      "MATCH (p:Place {name: 'Helsinki'}) RETURN count(p) AS n"],
                     capture_output=True, text=True, check=True).stdout
check(out.strip().splitlines()[-1] == "0", "quitting without saving keeps the file unchanged")
print("repl_pty: ok")
