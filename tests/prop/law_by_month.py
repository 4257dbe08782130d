#!/usr/bin/env python3
"""tests/prop/law_by_month.py BIN — the law in force on the day, every month 2015-2027.
People of every kind of regime arrive on three days of every month, visa-free,
on a visa or holding a TRP, some moving house; `kzmig batch` works out their deadlines.
Against the data files read here, independently of the C code, it checks:

  1. no apply-by (and no opening day) before the event it counts from, nor after the due;
  2. nothing stated as settled fact outside its sources' days: a deadline resting on a
     term (the host's notice, the registration, self-registration) or on a visa-free
     regime whose sources do not cover the day, or that no source settles, is provisional
     with a reason; so is a fine whose text (CAO article and part) is beyond its sources,
     or whose MCI year is not in the data (unless it is a warning: no money);
  3. a day no term of the data covers is a `problem`, never a computed date;
  4. every provisional deadline says why, unless only the calendar makes it so.
"""
import csv, datetime, io, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
D = lambda s: datetime.date.fromisoformat(s)
FAR = datetime.date(9999, 12, 31)
NEAR = datetime.date(1, 1, 1)


def span(o):
    lo = D(o["from"]) if o.get("from") else NEAR
    hi = D(o["until"]) if o.get("until") else FAR
    slo = D(o["sourced_from"]) if o.get("sourced_from") else lo
    shi = D(o["sourced_until"]) if o.get("sourced_until") else hi
    return lo, hi, slo, shi


def in_span(o, day):
    lo, hi, _, _ = span(o)
    return lo <= day <= hi


def settled(o, day):
    """The sources cover `day` (no `unsettled`, inside sourced_from..sourced_until)."""
    _, _, slo, shi = span(o)
    return not o.get("unsettled") and slo <= day <= shi


def main():
    binp = os.path.abspath(sys.argv[1]) if os.path.exists(sys.argv[1]) else sys.argv[1]
    vf = json.load(open(os.path.join(ROOT, "data/visa_free.json")))
    fines = json.load(open(os.path.join(ROOT, "data/fines_kz.json")))
    hol = json.load(open(os.path.join(ROOT, "data/holidays_kz.json")))
    last_mci_year = max(D(m["from"]).year for m in fines["mci"])
    confirmed = hol.get("confirmed_through")

    def term(tid, day):
        for t in vf["terms"]:
            if t["id"] == tid and in_span(t, day):
                return t
        return None

    def regime(cc, day):
        for r in vf["countries"][cc]["regimes"]:
            if in_span(r, day):
                return r
        return None

    def fine_text(article, day):
        art, part = article.replace("CAO ", "").split(" part ")
        for f in fines["fines"]:
            if f["article"] == art and f["part"] == int(part) and in_span(f, day):
                return f
        return None

    people = ["UZ", "RU", "KG", "KZ" if False else "BY", "TJ", "US", "DE", "KR", "AE", "TR",
              "CN", "IN", "AF", "UA", "AZ", "GE", "VN", "NG", "JP"]
    rows, meta = [], {}
    n = 0
    for year in range(2015, 2028):
        for month in range(1, 13):
            for dd in (1, 15, 28):
                arr = datetime.date(year, month, dd)
                for cc in people:
                    for kind in ("infer", "visa", "trp", "moved"):
                        n += 1
                        pid = "P%d" % n
                        row = {"id": pid, "citizenship": cc, "arrival": arr.isoformat()}
                        if kind == "visa":
                            row["entry"] = "visa"
                            row["visa_expiry"] = (arr + datetime.timedelta(days=90)).isoformat()
                        elif kind == "trp":
                            row["trp_expiry"] = (arr + datetime.timedelta(days=200)).isoformat()
                        elif kind == "moved":
                            row["moves"] = (arr + datetime.timedelta(days=10)).isoformat()
                        rows.append(row)
                        meta[pid] = (cc, arr, kind)
    cols = ["id", "citizenship", "arrival", "entry", "visa_expiry", "trp_expiry", "moves"]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "roster.csv")
        with open(path, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for r in rows:
                w.writerow(r)
        p = subprocess.run([binp, "batch", path, "--format", "json", "--today", "2015-01-01"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        sys.exit("law-by-month: batch exited %d: %s" % (p.returncode, p.stderr.decode()[:500]))
    bad, checked, prov = [], 0, 0

    def fail(pid, d, what):
        cc, arr, kind = meta[pid]
        bad.append("%s %s %s %s: %s: %s" % (cc, arr, kind, d["id"], what,
                                             json.dumps({k: d.get(k) for k in (
                                                 "event", "opens", "due", "apply_by", "status",
                                                 "provisional", "reason")})))

    for line in p.stdout.decode().splitlines():
        person = json.loads(line)
        pid = person["id"]
        cc, arr, kind = meta[pid]
        for d in person["deadlines"]:
            checked += 1
            ev = D(d["event"]) if d.get("event") else None
            due = D(d["due"]) if d.get("due") else None
            prov += d["provisional"]
            # 1. no apply-by or opening day before the event, nor after the due date
            for k in ("apply_by", "opens"):
                if d.get(k):
                    x = D(d[k])
                    if x < arr:
                        fail(pid, d, "%s before the arrival" % k)
                    if due and x > due:
                        fail(pid, d, "%s after the due date" % k)
            if d["status"] == "problem":
                continue
            # 2. the term or regime of the day
            rule = None
            if d["id"] == "arrival-notification":
                rule = term("move-notification" if d.get("event") != arr.isoformat()
                            else "arrival-notification", ev)
            elif d["id"] == "self-registration":
                if ev == arr:
                    rule = term("self-registration", ev)
                else:
                    rule = term("re-registration", ev)
                    if not rule or not rule.get("days"):
                        rule = term("self-re-registration", ev)
            elif d["id"] in ("trp", "stay-limit") and d["stay"] in ("visa-free", "visa"):
                reg_term = term("registration", arr)
                if d["id"] == "trp" and reg_term and reg_term.get("days"):
                    rule = reg_term
                elif d["stay"] == "visa-free":
                    rule = regime(cc, arr)
                    if reg_term and not reg_term.get("days") and not settled(reg_term, arr) \
                            and not d["provisional"]:
                        fail(pid, d, "registration may still have applied: not provisional")
            if rule is None and d["id"] in ("arrival-notification", "self-registration"):
                fail(pid, d, "no term in the data for the day, yet not a problem")
            if rule is not None and not settled(rule, ev if d["id"] != "stay-limit" and
                                                d["id"] != "trp" else arr):
                if not d["provisional"] or not d.get("reason"):
                    fail(pid, d, "rule beyond its sources, not provisional with a reason")
            # 2b. fines
            f = d.get("fine")
            if f:
                for art, on in ((f["article"], D(f["on"])),):
                    text = fine_text(art, on)
                    if text is None:
                        fail(pid, d, "fine %s on %s: no text in force" % (art, on))
                    elif (not settled(text, on) or (on.year > last_mci_year and
                                                    f.get("mci") is not None)) and \
                            not (f["provisional"] and f.get("reason")):
                        fail(pid, d, "fine %s on %s beyond its sources, not provisional"
                             % (art, on))
            # 4. a provisional deadline says why, unless the calendar alone makes it so
            if d["provisional"] and not d.get("reason") and due and ev and confirmed and \
                    max(due, ev).year <= confirmed:
                fail(pid, d, "provisional without a reason inside the confirmed years")
    if bad:
        print("law-by-month: %d of %d deadlines break the law of their day:" %
              (len(bad), checked))
        for b in bad[:25]:
            print("  " + b)
        sys.exit(1)
    print("law-by-month: %d people arriving on 3 days of every month 2015-2027, %d deadlines: "
          "none before its event, none beyond its sources unmarked (%d provisional)"
          % (len(rows), checked, prov))


if __name__ == "__main__":
    main()
