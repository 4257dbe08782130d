#!/usr/bin/env python3
"""due_vs_batch.py -- property test: `kzmig batch` gives each person what `kzmig due` gives.

Usage: tests/prop/due_vs_batch.py ./kzmig [--people N] [--seed S]     (N=1500, S=1)

For N random people (a fixed random.Random(seed)) it writes one roster CSV with every column
of design.md s. 7 (id, name, citizenship, arrival, birth, visa_expiry, passport_expiry,
trp_expiry, entry, host, count_from, email, trips, moves; columns in a random order, lists
split by spaces, commas or semicolons) and checks:

  due-vs-batch  `batch ROSTER --today T --format json` writes each person with exactly the
                "deadlines" array of `due <the same facts> --today T --format json`.  Where the
                facts cannot be true, due exits 2, and batch reports the row on stderr
                (`kzmig: ROSTER:LINE: ...`) and writes the person with a "problem" deadline;
                or, where no deadline needs the bad cells (a visa holder's trips, say),
                with what due gives without the cells due names on stderr.
  visa          a visa-free citizen (IN CN US DE UZ RU TR) on a valid visa gets exactly the
                deadlines of a visa-required citizen (AF) with the same dates (design.md s. 7).
  only          `batch --only ID` equals the full batch output filtered to that id.

batch takes one --today, so each person's today is one of a few dozen dates spread over
2015-2028 (between 10 days before and 400 days after their arrival), and the whole roster
is run through batch once per such date.  Exit 0 when all agree, else 1.

Rerun one failing person: the report prints their `due` command line and their roster row
(with the header); put header and row in a file and run
`kzmig batch FILE --today T --format json` with the T shown.  The same --seed and --people
rebuild the whole roster.
"""
import argparse
import collections
import concurrent.futures as cf
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile

D = dt.date.fromisoformat
DAY = dt.timedelta(days=1)
FIRST, LAST = D("2015-01-01"), D("2027-12-31")
CITIZENSHIPS = "UZ RU KG TJ AZ GE CN IN IR US DE TR VN KR AF NG PK HK".split()
WEIGHTS = [9, 8, 6, 4, 3, 3, 8, 8, 3, 5, 4, 5, 3, 3, 3, 3, 3, 3]
VISA_REQUIRED = {"AF", "NG", "PK"}                      # on every date
VISA_FREE = {"IN", "CN", "US", "DE", "UZ", "RU", "TR"}  # for property (visa)
LEAD_ID = re.compile(r'\{\s*"id"\s*:\s*"([^"\\]*)"')
OPTION_KEY = {"--birth": "birth", "--visa-expiry": "visa", "--passport-expiry": "passport",
              "--trp-expiry": "trp", "--entry": "entry", "--trip": "trips", "--moved": "moves"}
ONLY_IDS = ["arrival-notification", "trp", "stay-limit", "self-registration", "visa-extension"]
COLUMNS = ["id", "name", "citizenship", "arrival", "birth", "visa_expiry", "passport_expiry",
           "trp_expiry", "entry", "host", "count_from", "email", "trips", "moves"]
NAMES = ["Aliya Nurova", "Chen, Wei", 'Sam "Ace" Lee', "Ерлан Қасымов", "Jean-Luc; Picard", ""]
SEPS = [" ", ",", ";", ", ", "; "]
# rule changes and holidays, to put some arrivals near them
EDGES = ["2017-01-01", "2019-07-08", "2019-07-22", "2023-01-27", "2023-11-10", "2024-05-25",
         "2025-08-25", "2026-07-01"] + [f"{y}-{md}" for y in range(2015, 2028)
                                        for md in ("01-01", "03-08", "03-21", "05-09", "12-16")]


def iso(d):
    return d.isoformat() if d else ""


def years_before(d, n):
    return d.replace(year=d.year - n, day=28 if (d.month, d.day) == (2, 29) else d.day)


def arrival(rng):
    r = rng.random()
    if r < 0.15:
        d = D(rng.choice(EDGES)) + rng.randint(-3, 3) * DAY
    elif r < 0.7:
        d = D("2023-01-01") + rng.randint(0, (LAST - D("2023-01-01")).days) * DAY
    else:
        d = FIRST + rng.randint(0, (LAST - FIRST).days) * DAY
    return min(max(d, FIRST), LAST)


def trips(rng, a, bad):
    out, end = [], a - rng.randint(1, 60) * DAY
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3, 4])):
        start = end - rng.randint(0, 40) * DAY
        if start < a - 400 * DAY:
            break
        out.append((start, end))
        end = start - (DAY if rng.random() < 0.25 else rng.randint(2, 80) * DAY)
    if rng.random() < 0.03:
        kind = rng.choice(["overlap", "after", "reversed"])
        bad.append(f"trip {kind}")
        if kind == "overlap" and out:
            s, e = rng.choice(out)
            out.append((s + rng.randint(0, (e - s).days) * DAY, e + rng.randint(0, 5) * DAY))
        elif kind == "reversed":
            e = a - rng.randint(10, 100) * DAY
            out.append((e + rng.randint(1, 5) * DAY, e))
        else:
            out.append((a - rng.randint(0, 10) * DAY, a + rng.randint(0, 5) * DAY))
    if rng.random() < 0.2:
        rng.shuffle(out)
    else:
        out.sort()
    return out


def moves(rng, a, bad):
    out = sorted(a + k * DAY for k in rng.sample(range(1, 201), rng.choice([0, 0, 1, 1, 2, 3])))
    if rng.random() < 0.03:
        if rng.random() < 0.5 or not out:
            bad.append("move before arrival")
            out.insert(rng.randint(0, len(out)), a - rng.randint(1, 30) * DAY)
        else:
            bad.append("move twice")
            out.append(rng.choice(out))
    return out


def person(rng, i, anchors):
    bad = []
    cc = rng.choices(CITIZENSHIPS, WEIGHTS)[0]
    cc = cc.lower() if rng.random() < 0.15 else cc
    a = arrival(rng)
    p = {"id": f"P{i:04d}", "cc": cc, "arrival": a, "bad": bad,
         "today": rng.choice([t for t in anchors if -10 <= (t - a).days <= 400]),
         "name": rng.choice(NAMES), "email": f"p{i}@example.org" if rng.random() < 0.3 else ""}
    r = rng.random()
    p["birth"] = (None if r < 0.5 else
                  years_before(a, rng.randint(16, 60)) - rng.randint(0, 364) * DAY if r < 0.75 else
                  years_before(a, rng.randint(0, 15)) - rng.randint(0, 364) * DAY if r < 0.87 else
                  years_before(a + rng.randint(0, 400) * DAY, 16) if r < 0.99 else
                  a + rng.randint(1, 100) * DAY)
    r = rng.random()
    p["visa"] = (a + rng.randint(10, 500) * DAY if r < 0.4 else
                 a - rng.randint(1, 100) * DAY if r < 0.41 else None)
    r = rng.random()
    p["passport"] = (a + rng.randint(30, 4000) * DAY if r < 0.6 else
                     a - rng.randint(1, 300) * DAY if r < 0.61 else None)
    p["trp"] = a + rng.randint(30, 400) * DAY if rng.random() < 0.1 else None
    r = rng.random()
    p["entry"] = "" if r < 0.75 else "visa" if r < 0.87 else "visa-free"
    p["host"] = rng.choice(["", "", "", "individual", "small", "medium", "large"])
    p["count_from"] = rng.choice(["", "", "", "arrival", "next-day"])
    p["trips"], p["moves"] = trips(rng, a, bad), moves(rng, a, bad)
    bad += ["birth after arrival"] * (p["birth"] is not None and p["birth"] > a)
    bad += ["visa expired before arrival"] * (p["visa"] is not None and p["visa"] < a)
    bad += ["passport expired before arrival"] * (p["passport"] is not None and p["passport"] < a)
    bad += ["visa-free entry, visa required"] * (p["entry"] == "visa-free" and cc.upper() in VISA_REQUIRED)
    sep = rng.choice(SEPS)
    p["row"] = {"id": p["id"], "name": p["name"], "citizenship": cc, "arrival": iso(a),
                "birth": iso(p["birth"]), "visa_expiry": iso(p["visa"]),
                "passport_expiry": iso(p["passport"]), "trp_expiry": iso(p["trp"]),
                "entry": p["entry"], "host": p["host"], "count_from": p["count_from"],
                "email": p["email"], "trips": sep.join(f"{f}:{t}" for f, t in p["trips"]),
                "moves": sep.join(map(iso, p["moves"]))}
    return p


def due_args(p, cc=None, drop=()):
    """due's command line for person p, as citizen of cc, without the facts named in drop."""
    p = {k: v for k, v in p.items() if k not in drop}
    args = ["due", "--arrival", iso(p["arrival"]), "--citizenship", cc or p["cc"]]
    for opt, key in (("--birth", "birth"), ("--visa-expiry", "visa"),
                     ("--passport-expiry", "passport"), ("--trp-expiry", "trp"),
                     ("--entry", "entry"), ("--host", "host"), ("--count-from", "count_from")):
        if p.get(key):
            args += [opt, iso(p[key]) if isinstance(p[key], dt.date) else p[key]]
    args += [a for f, t in p.get("trips", []) for a in ("--trip", f"{f}:{t}")]
    args += [a for m in p.get("moves", []) for a in ("--moved", iso(m))]
    return args + ["--today", iso(p["today"]), "--format", "json"]


def run(kzmig, args):
    try:
        r = subprocess.run([kzmig, *args], capture_output=True, text=True, timeout=120)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return -1, "", "timed out after 120 s\n"


def jsonl(out, want=None):
    """The objects of JSON Lines out; with want, only those whose leading "id" is in want
    (a line that does not start with its "id" is always read)."""
    lines = (l for l in out.splitlines() if l.strip())
    return [json.loads(l) for l in lines
            if want is None or (m := LEAD_ID.match(l)) is None or m[1] in want]


def short(v):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 70 else s[:67] + "..."


def diff(a, b, what=("due", "batch")):
    """A few lines naming where two deadline lists differ."""
    ia, ib = [d.get("id") for d in a], [d.get("id") for d in b]
    lines = [f"ids {what[0]}: {ia}", f"ids {what[1]}: {ib}"] if ia != ib else []
    bmap = collections.defaultdict(list)  # the k-th deadline of an id pairs with the k-th
    for d in b:
        bmap[d.get("id")].append(d)
    for x in a:
        y = bmap[x.get("id")].pop(0) if bmap[x.get("id")] else None
        for k in sorted(set(x) | set(y or {})) if y is not None and x != y else []:
            if x.get(k, "<absent>") != y.get(k, "<absent>"):
                lines.append(f"{x['id']}.{k}: {what[0]} {short(x.get(k, '<absent>'))}"
                             f" | {what[1]} {short(y.get(k, '<absent>'))}")
    return lines[:8]


def bad_keys(err):
    """The facts due's error lines name (`kzmig: --trip: ...` -> trips)."""
    return {OPTION_KEY.get(l.split(":")[1].strip(), "?") for l in err.splitlines() if ": --" in l}


def check(p, due, brow, berr, roster, alt):
    """None when due and batch agree on person p, else (what, detail lines).  alt: due's
    result without the cells due rejects, for a person whose facts cannot be true."""
    rc, out, err = due
    errs = err.splitlines()
    reported = [l for l in berr.splitlines() if l.startswith(f"kzmig: {roster}:{p['line']}:")]
    if rc == 2:
        if not (p["bad"] or (p["entry"] == "visa-free" and "--entry" in err)):
            return "due exit 2 for facts that can be true", errs
        if out:
            return "due exit 2 but wrote stdout", errs
        if not reported:
            return "due exit 2 but batch did not report the row", errs
        if brow is None:
            return "due exit 2 and batch wrote no person", errs + reported
        if any(d.get("status") == "problem" for d in brow["deadlines"]):
            return None
        # No "problem": then no deadline may need the bad cells (design.md s. 7), so batch
        # must give what due gives without them.
        if alt[0] != 0:
            return ("batch wrote no \"problem\" deadline; due without the bad cells exits "
                    f"{alt[0]}", errs + alt[2].splitlines())
        if json.loads(alt[1])["deadlines"] != brow["deadlines"]:
            return ("batch wrote no \"problem\" deadline, nor what due gives without the bad "
                    "cells", errs + diff(json.loads(alt[1])["deadlines"], brow["deadlines"],
                                         ("due-without", "batch")))
        p["unused"] = True
        return None
    if rc != 0:
        return f"due exit {rc}", errs
    if p["bad"]:
        return f"due accepted facts that cannot be true ({', '.join(p['bad'])})", []
    if brow is None:
        return "batch wrote no person", reported
    got = json.loads(out)["deadlines"]
    if got != brow["deadlines"]:
        return "deadlines differ", diff(got, brow["deadlines"]) + reported
    if reported:
        return "batch reported the row, due accepted it", reported
    return None


def show(n, head, p, header, extra):
    print(f"[{n}] {p['id']} (today {p['today']}): {head}")
    print(f"    row (line {p['line']}): {p['line_text']}   [header: {header}]")
    print(f"    due: {shlex.join(['kzmig'] + due_args(p))}")
    for line in extra:
        print(f"    {line}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kzmig")
    ap.add_argument("--people", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    o = ap.parse_args()
    kzmig, rng = os.path.abspath(o.kzmig), random.Random(o.seed)
    anchors, t = [], FIRST - 10 * DAY + rng.randint(0, 60) * DAY
    while t <= LAST + 400 * DAY:
        anchors.append(t)
        t += rng.randint(30, 120) * DAY
    people = [person(rng, i + 1, anchors) for i in range(o.people)]
    cols = COLUMNS[:]
    rng.shuffle(cols)
    header = ",".join(cols)
    visa = [p for p in people if p["cc"].upper() in VISA_FREE and p["visa"] and p["visa"] > p["arrival"]
            and not p["bad"] and p["entry"] != "visa-free"][:max(1, o.people * 200 // 1500)]
    todays = collections.Counter(p["today"] for p in people)
    only_today = todays.most_common(1)[0][0]
    failures = 0

    with tempfile.TemporaryDirectory(prefix="kzmig-prop-") as tmp, \
            cf.ThreadPoolExecutor(max_workers=4) as pool:
        roster = os.path.join(tmp, "roster.csv")
        with open(roster, "w", encoding="utf-8", newline="") as f:
            f.write(header + "\r\n")
            for i, p in enumerate(people):
                buf = io.StringIO()
                csv.writer(buf).writerow([p["row"][c] for c in cols])
                p["line"], p["line_text"] = i + 2, buf.getvalue().rstrip("\r\n")
                f.write(buf.getvalue())
        base = ["batch", roster, "--format", "json", "--today"]
        batches = {t: pool.submit(run, kzmig, base + [iso(t)]) for t in todays}
        dues = [pool.submit(run, kzmig, due_args(p)) for p in people]
        afs = [pool.submit(run, kzmig, due_args(p, "AF")) for p in visa]
        onlys = [pool.submit(run, kzmig, base + [iso(only_today), "--only", i]) for i in ONLY_IDS]
        dues = [f.result() for f in dues]
        alts = [pool.submit(run, kzmig, due_args(p, drop=bad_keys(d[2]))) if d[0] == 2 else None
                for p, d in zip(people, dues)]

        # due vs batch
        bout, berr, problems = {}, {}, []
        any_bad = any(rc == 2 for rc, _, _ in dues)
        ids = collections.defaultdict(set)
        for p in people:
            ids[p["today"]].add(p["id"])
        for t, fut in batches.items():
            rc, out, err = fut.result()
            try:
                objs = jsonl(out, None if t == only_today else ids[t])
            except ValueError as e:
                objs, err = [], err + f"(stdout is not JSON Lines: {e})\n"
            if rc not in (0, 1) or (rc == 1) != any_bad or (not objs and people):
                problems.append(f"batch --today {t}: exit {rc} (expected {int(any_bad)}), "
                                f"{len(objs)} people; stderr: {err.strip()[:300]}")
            bout[t], berr[t] = {x.get("id"): x for x in objs}, err
        shown = agree = impossible = 0
        for p, due, alt in zip(people, dues, alts):
            bad = check(p, due, bout[p["today"]].get(p["id"]), berr[p["today"]], roster,
                        alt and alt.result())
            impossible += due[0] == 2
            if bad is None:
                agree += 1
            elif shown < 10:
                shown += 1
                show(shown, bad[0], p, header, bad[1])
        for line in problems[:5]:
            print(f"[batch] {line}")
        failures += (len(people) - agree) + len(problems)

        # a visa-free citizen on a visa = a visa-required citizen
        vagree = 0
        for n, (p, fut) in enumerate(zip(visa, afs)):
            (rc, out, _), (rc2, out2, err2) = dues[people.index(p)], fut.result()
            if rc == 0 and rc2 == 0 and json.loads(out)["deadlines"] == json.loads(out2)["deadlines"]:
                vagree += 1
            elif n - vagree < 5:
                lines = (diff(json.loads(out)["deadlines"], json.loads(out2)["deadlines"],
                              (p["cc"].upper(), "AF")) if rc == rc2 == 0
                         else [f"exit {rc} with {p['cc']}, {rc2} with AF"] + err2.splitlines())
                show(f"visa {n - vagree + 1}", f"{p['cc'].upper()} on a visa differs from AF",
                     p, header, lines)
        failures += len(visa) - vagree

        # batch --only ID = the full output filtered to ID
        full, oagree = list(bout[only_today].values()), 0
        for i, fut in zip(ONLY_IDS, onlys):
            rc, out, err = fut.result()
            want = [dict(x, deadlines=[d for d in x["deadlines"] if d.get("id") == i]) for x in full]
            try:
                got = jsonl(out)
            except ValueError:
                got = []
            if rc in (0, 1) and got == want:
                oagree += 1
                continue
            why = [f"exit {rc}, {len(got)} people (full: {len(want)})"] + err.splitlines()[:2]
            for g, w in zip(got, want):
                if g != w:
                    why = [f"{w.get('id')}: " + l for l in diff(w["deadlines"], g.get("deadlines", []),
                                                             ("full", "--only"))
                           or [f"{w.get('id')}: other keys differ"]]
                    break
            print(f"[only] batch --only {i} --today {only_today} differs from the full output")
            for line in why[:6]:
                print(f"    {line}")
        failures += len(ONLY_IDS) - oagree

    print(f"due-vs-batch: {len(people)} people (seed {o.seed}), {agree} agree"
          f" ({impossible} with impossible facts, {sum('unused' in p for p in people)} of them"
          f" unused by any deadline), {len(todays)} batch runs"
          f"{f', {len(problems)} batch runs wrong' if problems else ''};"
          f" visa-free on a visa = AF: {vagree} of {len(visa)} agree;"
          f" batch --only: {oagree} of {len(ONLY_IDS)} ids agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
