#!/usr/bin/env python3
"""check.py -- the page for students (make web) in headless Chromium against `kzmig due`.

Usage: tests/web/check.py --kzmig ./kzmig --web build/web [--people N] [--seed S]
                          [--screenshot FILE.png]

For N generated people (tests/prop/due_vs_batch.py's generator: every regime, visas, TRPs,
trips, moves, facts that cannot be true; one in five in Russian or Kazakh) it serves the
built folder and tests/web/harness.html with Python's http.server on 127.0.0.1, and opens
the harness in headless Chromium, which loads the page once per person from a link's
query alone (arrival, citizenship, birth, visa_expiry, passport_expiry, trp_expiry, entry,
host, count_from, today, lang; trips and moves as repeated trip=FROM:TO and moved=DATE,
or as the roster's lists) in a 360-pixel-wide frame.  It checks, for each person:

  deadlines  the page's elements (data-id, data-due, data-opens, in order) are the ids,
             due and opens dates of `kzmig [--lang L] due ... --format json`, and each
             title is the JSON's title (the same words as the CLI, in the language);
  errors     where due refuses the facts (exit 2) the page shows an error at a field and
             no deadline;
  ics        the page's .ics equals `kzmig [--lang L] due ... --format ics` but for the
             DTSTAMP and LAST-MODIFIED lines (the time each was made);
  link       the page's own query (it keeps the URL in sync) names the same arrival,
             citizenship, trips and moves;
  a11y       every control has a name, the answer is in an aria-live region, the page is
             no wider than 360 px, it has headings.

Then the harness types a person into the empty form (fields, a stay added with its
button) and presses "Show my deadlines": the deadlines must be due's, the address the
link of those facts, and the focus on the answer.  khal imports a few of the page's .ics
files, and Chromium takes a screenshot of the page at 360x800 (--screenshot), to be looked
at.  Exit 0 when all agree, else 1.
"""
import argparse
import concurrent.futures as cf
import http.server
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "prop"))
import due_vs_batch as gen  # noqa: E402  (the property tests' people)

# A person typed into the empty form (the harness fills it and presses the button).
FORM = {"fields": {"arrival": "2025-03-20", "citizenship": "Uzbekistan (UZ)",
                   "birth": "2003-02-01", "today": "2025-03-21"},
        "trips": [["2024-12-01", "2024-12-20"]]}
FORM_DUE = ["due", "--arrival", "2025-03-20", "--citizenship", "UZ", "--birth", "2003-02-01",
            "--trip", "2024-12-01:2024-12-20", "--today", "2025-03-21", "--format", "json"]
FORM_LINK = ("?arrival=2025-03-20&citizenship=UZ&birth=2003-02-01&today=2025-03-21"
             "&trip=2024-12-01%3A2024-12-20")
SCREENSHOT_QUERY = ("arrival=2025-09-01&citizenship=IN&visa_expiry=2026-01-15"
                    "&passport_expiry=2030-01-01&birth=2004-05-06&today=2025-12-10")


def query_of(p, rng):
    """The link of person p: their facts in the page's names (the roster's)."""
    q = [("arrival", gen.iso(p["arrival"])), ("citizenship", p["cc"])]
    for name, key in (("birth", "birth"), ("visa_expiry", "visa"),
                      ("passport_expiry", "passport"), ("trp_expiry", "trp")):
        if p[key]:
            q.append((name, gen.iso(p[key])))
    for name in ("entry", "host", "count_from"):
        if p[name]:
            q.append((name, p[name]))
    q.append(("today", gen.iso(p["today"])))
    trips = [f"{gen.iso(f)}:{gen.iso(t)}" for f, t in p["trips"]]
    moves = [gen.iso(m) for m in p["moves"]]
    if rng.random() < 0.3:  # as a roster's cells
        if trips:
            q.append(("trips", rng.choice(gen.SEPS).join(trips)))
        if moves:
            q.append(("moves", rng.choice(gen.SEPS).join(moves)))
    else:
        q += [("trip", t) for t in trips] + [("moved", m) for m in moves]
    if p["lang"] != "en":
        q.append(("lang", p["lang"]))
    return urllib.parse.urlencode(q)


def kzmig(exe, p, fmt):
    args = gen.due_args(p)[:-2] + ["--format", fmt]
    if p["lang"] != "en":
        args = ["--lang", p["lang"]] + args
    # bytes: an .ics's CRLF line ends are part of what is compared
    r = subprocess.run([exe] + args, capture_output=True, timeout=120)
    return r.returncode, r.stdout.decode(), r.stderr.decode(), args


def stamps_out(ics):
    return "".join(line for line in ics.splitlines(keepends=True)
                   if not line.startswith(("DTSTAMP:", "LAST-MODIFIED:")))


class Server(http.server.ThreadingHTTPServer):
    results = None
    done = threading.Event()


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        self.server.results = json.loads(self.rfile.read(n))
        self.send_response(204)
        self.end_headers()
        self.server.done.set()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


def chromium(*args):
    return ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--hide-scrollbars", *args]


def check_person(p, exp, got):
    """What is wrong with what the page showed for p, as lines ([] when nothing)."""
    rc, out, err, args = exp["json"]
    if "failed" in got:
        return [f"the page failed: {got['failed']}"]
    bad = [f"a11y: {a}" for a in got["a11y"]]
    if rc == 2:
        if got["deadlines"] or "ics" in got:
            bad.append(f"due refuses the facts ({err.strip()[:200]}) but the page shows "
                       f"{len(got['deadlines'])} deadlines")
        if not got["errors"]:
            bad.append(f"due refuses the facts ({err.strip()[:200]}) but the page shows no error")
        return bad
    if rc != 0:
        return [f"kzmig due exit {rc}: {err.strip()[:200]}"]
    want = json.loads(out)["deadlines"]
    if got["errors"]:
        bad.append(f"the page shows errors at {got['errors']}; due accepts the facts")
    w = [(d["id"], d["due"], d["opens"]) for d in want]
    g = [(d["id"], d["due"], d["opens"]) for d in got["deadlines"]]
    if w != g:
        bad.append(f"deadlines: due {w}")
        bad.append(f"      the page {g}")
    wt = [d["title"] for d in want]
    gt = [d["title"] for d in got["deadlines"]]
    if w == g and wt != gt:
        bad.append(f"titles: due {wt} | the page {gt}")
    irc, ics, ierr, _ = exp["ics"]
    if irc != 0:
        bad.append(f"due --format ics exit {irc}: {ierr.strip()[:200]}")
    elif stamps_out(ics) != stamps_out(got.get("ics", "")):
        a = stamps_out(ics).split("\n")
        b = stamps_out(got.get("ics", "")).split("\n")
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        bad.append(f"ics differs at line {i + 1}: due {a[i:i + 1]} | the page {b[i:i + 1]}")
    q = urllib.parse.parse_qs(got["search"].lstrip("?"))
    if (q.get("arrival") != [gen.iso(p["arrival"])] or
            q.get("citizenship") != [p["cc"].upper()] or
            len(q.get("trip", [])) != len(p["trips"]) or
            len(q.get("moved", [])) != len(p["moves"])):
        bad.append(f"the page's link {got['search']} lost facts")
    return bad


def check_form(exe, got):
    """The form typed in and sent: the deadlines of due, the link in sync, the focus on the
    answer.  [] or problems."""
    if "failed" in got:
        return [f"failed: {got['failed']}"]
    r = subprocess.run([exe] + FORM_DUE, capture_output=True, text=True, timeout=60)
    want = [(d["id"], d["due"], d["opens"]) for d in json.loads(r.stdout)["deadlines"]]
    have = [(d["id"], d["due"], d["opens"]) for d in got["deadlines"]]
    bad = [] if want == have else [f"deadlines {have}, due gives {want}"]
    if got["search"] != FORM_LINK:
        bad.append(f"the link is {got['search']} (expected {FORM_LINK})")
    if got["focus"] != "results":
        bad.append(f"the focus went to {got['focus']!r}, not the answer")
    return bad


def khal_import(files, tmp):
    """khal imports each .ics; each keeps as many events as the file has.  [] or problems."""
    if shutil.which("khal") is None:
        print("check-web: khal not installed: import skipped")
        return []
    d = os.path.join(tmp, "khal")
    os.makedirs(os.path.join(d, "cal"))
    with open(os.path.join(d, "config"), "w") as f:
        f.write(f"[calendars]\n[[kz]]\npath = {d}/cal\n[locale]\ntimeformat = %H:%M\n"
                "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
                "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n")
    env = dict(os.environ, XDG_DATA_HOME=d, XDG_CACHE_HOME=d)
    bad, total = [], 0
    for path in files:
        r = subprocess.run(["khal", "-c", os.path.join(d, "config"), "import", "--batch",
                            "-a", "kz", path], capture_output=True, text=True, env=env)
        total += open(path, encoding="utf-8").read().count("BEGIN:VEVENT")
        have = len(os.listdir(os.path.join(d, "cal")))
        if r.returncode != 0 or have != total:
            bad.append(f"khal import {os.path.basename(path)}: exit {r.returncode}, "
                       f"{have} events (expected {total}): {r.stderr.strip()[:200]}")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kzmig", required=True)
    ap.add_argument("--web", required=True)
    ap.add_argument("--people", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--screenshot")
    o = ap.parse_args()
    exe, rng = os.path.abspath(o.kzmig), random.Random(o.seed)
    anchors, t = [], gen.FIRST - 10 * gen.DAY + rng.randint(0, 60) * gen.DAY
    while t <= gen.LAST + 400 * gen.DAY:
        anchors.append(t)
        t += rng.randint(30, 120) * gen.DAY
    people = [gen.person(rng, i + 1, anchors) for i in range(o.people)]
    for p in people:
        r = rng.random()
        p["lang"] = "ru" if r < 0.1 else "kk" if r < 0.2 else "en"
        p["query"] = query_of(p, rng)

    with tempfile.TemporaryDirectory(prefix="kzmig-web-") as tmp, \
            cf.ThreadPoolExecutor(max_workers=4) as pool:
        os.symlink(os.path.abspath(o.web), os.path.join(tmp, "web"))
        shutil.copy(os.path.join(HERE, "harness.html"), tmp)
        with open(os.path.join(tmp, "people.json"), "w") as f:
            json.dump({"people": [{"n": i, "query": p["query"]} for i, p in enumerate(people)],
                       "form": FORM}, f)
        expected = [{"json": pool.submit(kzmig, exe, p, "json"),
                     "ics": pool.submit(kzmig, exe, p, "ics")} for p in people]

        srv = Server(("127.0.0.1", 0), lambda *a: Handler(*a, directory=tmp))
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{srv.server_address[1]}"
        profile = os.path.join(tmp, "profile")
        browser = subprocess.Popen(chromium(f"--user-data-dir={profile}",
                                            f"{base}/harness.html"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            finished = srv.done.wait(timeout=600)
        finally:
            browser.kill()
            browser.wait()
        if not finished:
            print("check-web: the harness sent no results in 600 s")
            return 1
        if "failed" in srv.results:
            print(f"check-web: the harness failed: {srv.results['failed']}")
            return 1
        got, filled = srv.results["people"], srv.results["form"]

        failures, refused, ics_files = 0, 0, []
        for p, exp, g in zip(people, expected, got):
            exp = {k: v.result() for k, v in exp.items()}
            refused += exp["json"][0] == 2
            bad = check_person(p, exp, g)
            if bad:
                failures += 1
                if failures <= 10:
                    print(f"check-web: person {g.get('n')} ({p['lang']}): ?{p['query']}")
                    print(f"    kzmig {' '.join(exp['json'][3])}")
                    for line in bad[:8]:
                        print(f"    {line}")
            elif "ics" in g and len(ics_files) < 6:
                path = os.path.join(tmp, f"page-{len(ics_files)}.ics")
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(g["ics"])
                ics_files.append(path)
        form_bad = check_form(exe, filled)
        for line in form_bad:
            print(f"check-web: the form: {line}")
        khal = khal_import(ics_files, tmp)
        for line in khal:
            print(f"check-web: {line}")

        shot = []
        if o.screenshot:
            os.makedirs(os.path.dirname(os.path.abspath(o.screenshot)), exist_ok=True)
            srv2 = subprocess.run(chromium(f"--user-data-dir={profile}-shot",
                                           "--window-size=360,800", "--virtual-time-budget=10000",
                                           f"--screenshot={os.path.abspath(o.screenshot)}",
                                           f"{base}/web/index.html?{SCREENSHOT_QUERY}"),
                                  capture_output=True, text=True, timeout=120)
            if srv2.returncode != 0 or not os.path.exists(o.screenshot):
                shot = [f"screenshot failed: {srv2.stderr.strip()[-300:]}"]
        srv.shutdown()
        for line in shot:
            print(f"check-web: {line}")
        shown = sum(len(g.get("deadlines", [])) for g in got)
        print(f"check-web: {len(people) - failures} of {len(people)} people as kzmig due gives "
              f"them ({shown} deadlines, {refused} refused with an error, "
              f"{sum('ics' in g for g in got)} .ics files equal), khal imported "
              f"{len(ics_files)} files, the form typed in gave the same"
              + (f", screenshot {o.screenshot}" if o.screenshot and not shot else ""))
        return 1 if failures or form_bad or khal or shot else 0


if __name__ == "__main__":
    sys.exit(main())
