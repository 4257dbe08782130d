#!/usr/bin/env python3
"""same_in_every_lang.py -- property test: a language changes words, never answers.

Usage: tests/prop/same_in_every_lang.py ./kzmig [--people N] [--seed S]   (N=300, S=7)

For N random people (due_vs_batch.py's generator: every regime, visas, TRPs, trips, moves,
impossible facts) it runs `due ... --format json` with --lang en, ru and kk and requires:

  same-shape   the same keys, in the same order, at every level;
  same-values  the same value for every key that is not a text for people: ids, statuses,
               responsible, stay, dates, days_left, amounts, provisional, warning, article
               (the text fields are title, basis, where, reason, alternative and
               explain[].reason);
  translated   with --lang ru and kk, every title is other than the English one;
  same-exit    the same exit code; on an error, stdout empty in every language.

It also runs `due --format text` and `--format ics` in each language and requires the
same exit code, and for .ics the same UIDs and DTSTART dates in the same order.  Exit 0
when all agree, else 1.
"""
import argparse
import concurrent.futures as cf
import datetime as dt
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("dvb", os.path.join(HERE, "due_vs_batch.py"))
dvb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dvb)

TEXT = {"title", "basis", "where", "reason", "alternative"}
LANGS = ("en", "ru", "kk")


def compare(a, b, path, problems, lang):
    if isinstance(a, dict):
        if not isinstance(b, dict) or list(a) != list(b):
            problems.append(f"{lang}: {path}: keys {list(a)} != {list(b) if isinstance(b, dict) else b}")
            return
        for k in a:
            if k in TEXT and (a[k] is None) == (b[k] is None) and \
                    (a[k] is None or isinstance(b[k], str)):
                continue
            compare(a[k], b[k], f"{path}.{k}", problems, lang)
    elif isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            problems.append(f"{lang}: {path}: {len(a)} items != {b if not isinstance(b, list) else len(b)}")
            return
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, f"{path}[{i}]", problems, lang)
    elif a != b:
        problems.append(f"{lang}: {path}: {a!r} != {b!r}")


def ics_events(text):
    text = re.sub(r"\r?\n[ \t]", "", text)
    return [(m[0], m[1]) for m in re.findall(r"UID:(\S+)\r?\n(?:.*\r?\n)*?DTSTART;VALUE=DATE:(\d+)", text)]


def one(kzmig, p):
    args = dvb.due_args(p)
    problems = []
    res = {l: dvb.run(kzmig, args + ["--lang", l]) for l in LANGS}
    rc_en, out_en, _ = res["en"]
    for l in LANGS[1:]:
        rc, out, err = res[l]
        if rc != rc_en:
            problems.append(f"{l}: exit {rc} != {rc_en}: {err.strip()[:200]}")
            continue
        if rc_en != 0 and rc_en != 1:
            if out:
                problems.append(f"{l}: exit {rc} with output")
            continue
        a, b = json.loads(out_en), json.loads(out)
        compare(a, b, "", problems, l)
        for i, d in enumerate(a.get("deadlines", [])):
            if i < len(b.get("deadlines", [])) and d["title"] == b["deadlines"][i]["title"]:
                problems.append(f"{l}: deadlines[{i}].title not translated: {d['title']!r}")
    base = [x for x in args if x not in ("--format", "json")]
    rc_t = {l: dvb.run(kzmig, base + ["--lang", l])[0] for l in LANGS}
    if len(set(rc_t.values())) != 1:
        problems.append(f"text: exit codes differ {rc_t}")
    ics = {l: dvb.run(kzmig, base + ["--format", "ics", "--lang", l]) for l in LANGS}
    if len({r[0] for r in ics.values()}) != 1:
        problems.append(f"ics: exit codes differ {[r[0] for r in ics.values()]}")
    elif ics["en"][0] == 0:
        ev = {l: ics_events(r[1]) for l, r in ics.items()}
        for l in LANGS[1:]:
            if ev[l] != ev["en"]:
                problems.append(f"ics {l}: events {ev[l]} != {ev['en']}")
    return args, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kzmig")
    ap.add_argument("--people", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    o = ap.parse_args()
    o.kzmig = os.path.abspath(o.kzmig)
    rng = random.Random(o.seed)
    anchors = [dt.date(2015, 1, 1) + dt.timedelta(days=37 * i) for i in range(140)]
    people = [dvb.person(rng, i, anchors) for i in range(o.people)]
    failed = 0
    with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for args, problems in ex.map(lambda p: one(o.kzmig, p), people):
            if problems:
                failed += 1
                if failed <= 10:
                    print("same-in-every-lang: kzmig " + " ".join(args))
                    for pr in problems[:8]:
                        print("  " + pr)
    print(f"same-in-every-lang: {o.people} people in en, ru, kk; {failed} differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
