#!/usr/bin/env python3
"""oracle.py -- an independent check of kzmig's dates (see README.md beside this file).

The calendar below is transcribed by hand from shared/reference/kz-calendar.md ONLY (not from
data/holidays_kz.json or any kzmig source), and the counting rules are those of
shared/design.md section 2, as worded there.  The stay regimes come from
shared/reference/kz-migration-facts.md and kz-migration-facts-2.md.  Python 3 standard library only.

Usage: oracle.py --kzmig PATH [--trips N] [--spot N] [--seed S] [--jobs J] [--quick]
           [--log FILE]
Prints each mismatch (up to --show per class) and closes with
    oracle: N passed, M failed, K skipped
where "skipped" counts comparisons whose counting reaches outside 2015-2027 (the years the
reference covers) and that differ: the reference cannot decide them.  Exit 0 when M == 0.
"""
import argparse
import collections
import concurrent.futures
import csv
import datetime as dt
import io
import json
import os
import random
import subprocess
import sys
import tempfile

D = dt.date
ONE = dt.timedelta(days=1)
FIRST_YEAR, LAST_YEAR = 2015, 2027     # the years the reference covers
TABLE_FROM, TABLE_TO = D(2013, 1, 1), D(2029, 12, 31)   # fixed rules only outside 2015-2027

# ---- kz-calendar.md, "Public holidays (days off) and the years they are in force" --------
# (month, day, first year in force, last year in force or None, moved off a weekend?)
# Years before 2013 do not matter here; "always" is written as 1991.
FIXED_HOLIDAYS = [
	(1, 1, 1991, None, True, "New Year"),
	(1, 2, 1991, None, True, "New Year"),
	(1, 7, 2006, None, False, "Orthodox Christmas"),          # religious: not moved
	(3, 8, 1991, None, True, "International Women's Day"),
	(3, 21, 2010, None, True, "Nauryz"),
	(3, 22, 1991, None, True, "Nauryz"),                       # Mar 22 only before 2010
	(3, 23, 2010, None, True, "Nauryz"),
	(5, 1, 1991, None, True, "Unity Day"),
	(5, 7, 2013, None, True, "Defender of the Fatherland Day"),
	(5, 9, 1991, None, True, "Victory Day"),
	(7, 6, 2009, None, True, "Capital Day"),
	(8, 30, 1996, 2025, True, "Constitution Day"),             # not a holiday in 2026
	(3, 15, 2027, None, True, "Constitution Day (new)"),
	(12, 1, 2012, 2021, True, "First President Day"),
	(10, 25, 2022, None, True, "Republic Day"),                # also 1994-2008
	(12, 16, 1991, None, True, "Independence Day"),
	(12, 17, 2002, 2021, True, "Independence Day, 2nd day"),
]

# ---- kz-calendar.md, "Kurban Ait (first day)": religious, never moved ----------------------
KURBAN_AIT = {
	2015: D(2015, 9, 24), 2016: D(2016, 9, 12), 2017: D(2017, 9, 1), 2018: D(2018, 8, 21),
	2019: D(2019, 8, 11), 2020: D(2020, 7, 31), 2021: D(2021, 7, 20), 2022: D(2022, 7, 9),
	2023: D(2023, 6, 28), 2024: D(2024, 6, 16), 2025: D(2025, 6, 6), 2026: D(2026, 5, 27),
	2027: D(2027, 5, 16),   # astronomical estimate, provisional
}

# ---- kz-calendar.md, "Transfers by decree or order (date worked -> date off)" --------------
TRANSFERS = {
	2016: [("03-05", "03-07")],
	2017: [("03-18", "03-20"), ("07-01", "07-07")],
	2018: [("03-03", "03-09"), ("04-28", "04-30"), ("05-05", "05-08"), ("08-25", "08-31"),
	       ("12-29", "12-31")],
	2019: [("05-04", "05-10")],
	2020: [("01-05", "01-03"), ("05-11", "05-08"), ("12-20", "12-18")],
	2021: [("07-03", "07-05")],
	2022: [("03-05", "03-07"), ("08-27", "08-29"), ("10-22", "10-24")],
	2023: [("07-01", "07-07")],
	2024: [("05-04", "05-08")],
	2025: [("01-05", "01-03")],
}
CONFIRMED_THROUGH = 2026   # 2026: "none published"; 2027: "not yet published: provisional"


def iso(d):
	return d.isoformat() if d is not None else None


def pd(s):
	return D.fromisoformat(s) if s else None


def weekend(d):
	return d.weekday() >= 5


class Year:
	"""One year's holidays, days off and working weekend days, by the reference's rules."""

	def __init__(self, y):
		self.year = y
		hol = {}
		for m, day, first, last, moves, name in FIXED_HOLIDAYS:
			if first <= y and (last is None or y <= last):
				hol[D(y, m, day)] = moves
		if y in KURBAN_AIT:
			hol[KURBAN_AIT[y]] = False
		self.holidays = set(hol)
		self.kurban_known = y in KURBAN_AIT
		# Weekday holidays are days off.
		off = {h for h in hol if not weekend(h)}
		# The weekend rule with chaining (Labor Code art. 85): in date order, a movable
		# holiday on Sat/Sun moves its day off to the next day that is neither a weekend
		# nor a holiday nor an earlier-moved day off.
		moved = set()
		for h in sorted(hol):
			if weekend(h) and hol[h]:
				d = h + ONE
				while weekend(d) or d in self.holidays or d in moved:
					d += ONE
				moved.add(d)
		off |= moved
		self.worked = set()
		for w, o in TRANSFERS.get(y, []):
			wd, od = D.fromisoformat(f"{y}-{w}"), D.fromisoformat(f"{y}-{o}")
			self.worked.add(wd)
			off.add(od)
		off -= self.worked
		self.off = off

	def working(self, d):
		if d in self.worked:
			return True
		if d in self.off:
			return False
		return not weekend(d)


class Calendar:
	def __init__(self):
		self.years = {y: Year(y) for y in range(TABLE_FROM.year, TABLE_TO.year + 1)}
		self.days = []
		d = TABLE_FROM
		while d <= TABLE_TO:
			self.days.append(d)
			d += ONE
		self.work = [self.years[x.year].working(x) for x in self.days]

	def idx(self, d):
		i = (d - TABLE_FROM).days
		if i < 0 or i >= len(self.days):
			raise ValueError(f"{d} outside the oracle's table")
		return i

	def working(self, d):
		return self.work[self.idx(d)]

	def nth_working_from(self, start, n):
		"""The n-th working day on or after start (start counts if working)."""
		i = self.idx(start)
		while True:
			if self.work[i]:
				n -= 1
				if n == 0:
					return self.days[i]
			i += 1

	def n_before(self, e, n):
		"""design.md section 2: the working day D with exactly n working days in [D, E)."""
		i = self.idx(e) - 1
		while True:
			if self.work[i]:
				n -= 1
				if n == 0:
					return self.days[i]
			i -= 1


def in_ref(*ds):
	"""True when every date lies in the years the reference covers."""
	return all(FIRST_YEAR <= d.year <= LAST_YEAR for d in ds)


# ---- the rules of design.md section 2 --------------------------------------------------------

def arrival_due(cal, a, reading):
	"""'Within 3 working days of arrival'.  arrival: the arrival day is working day 1 if it
	is a working day, else counting starts at the next working day; next-day: counting starts
	the day after arrival.  Due = working day 3."""
	start = a if reading == "arrival" else a + ONE
	return cal.nth_working_from(start, 3)


def visa_window(cal, e):
	"""Opens 30 and closes (due) 14 working days before expiry E."""
	return cal.n_before(e, 30), cal.n_before(e, 14)


def regime(cc, a):
	"""(limit within 180, per-entry limit or None) from the reference facts, for arrivals in
	the periods where the facts are unambiguous; None otherwise."""
	if cc in ("RU", "BY", "AM", "KG") and a >= D(2023, 1, 27):
		return 90, None          # EAEU: 90 in 180, no per-entry limit (Decree 1146)
	if cc == "UZ" and a > D(2023, 1, 27):
		return 90, 30            # Protocol (entries after 27 Jan 2023)
	if cc in ("IN", "IR") and a >= D(2019, 7, 8):
		return 42, 14            # Decree 148 p. 17 part 2
	if cc == "US" and a >= D(2023, 1, 27):
		return 90, 30            # List A, Decree 1146: 30 per entry, 90 in 180
	return None


def trip_days(trips):
	s = set()
	for f, t in trips:
		d = f
		while d <= t:
			s.add(d)
			d += ONE
	return s


def days_used(trips, on):
	lo = on - dt.timedelta(days=179)
	return sum(1 for d in trip_days(trips) if lo <= d <= on)


def last_legal_day(trips, a, limit, per_entry):
	"""The last day L <= A+P-1 such that every day d in [A, L] keeps the days of stay in
	[d-179, d] within the limit; None when even A is over it."""
	earlier = {x for x in trip_days(trips) if x < a}
	last = None
	cap = a + dt.timedelta(days=(per_entry if per_entry else 400) - 1)
	# days of stay in [A-179, A]: the earlier trips' days there, plus A itself
	used = sum(1 for x in earlier if a - dt.timedelta(days=179) <= x) + 1
	d = a
	while d <= cap:
		if used > limit:
			break
		last = d
		d += ONE
		# the window slides to [d-179, d]: d is a day of stay, d-180 leaves the window
		used += 1 - (1 if d - dt.timedelta(days=180) in earlier else 0)
	return last


# ---- running kzmig ------------------------------------------------------------------------------

class Result:
	def __init__(self, show):
		self.passed = 0
		self.failed = 0
		self.skipped = 0
		self.show = show
		self.classes = collections.OrderedDict()
		self.log = []

	def ok(self):
		self.passed += 1

	def bad(self, cls, cmd, got, want, extrapolated=False):
		if extrapolated:
			self.skipped += 1
			cls = "outside 2015-2027 (not decided by the reference): " + cls
		else:
			self.failed += 1
		lst = self.classes.setdefault(cls, [])
		lst.append((cmd, got, want))
		self.log.append(f"[{cls}] $ {cmd}\n    kzmig: {got}\n    oracle: {want}")

	def check(self, cls, cmd, got, want, extrapolated=False):
		if got == want:
			self.ok()
		else:
			self.bad(cls, cmd, got, want, extrapolated)


def run(kz, args, stdin=None):
	p = subprocess.run([kz] + args, input=stdin, capture_output=True, text=True,
	                   env=dict(os.environ, NO_COLOR="1", TZ="UTC"))
	return p.returncode, p.stdout, p.stderr


def shq(args):
	return " ".join(a if all(c.isalnum() or c in "-_:./," for c in a) else repr(a) for a in args)


def check_calendar(kz, cal, res):
	for y in range(FIRST_YEAR, LAST_YEAR + 1):
		args = ["calendar", "--year", str(y), "--format", "json"]
		cmd = "kzmig " + shq(args)
		rc, out, err = run(kz, args)
		if rc != 0:
			res.bad("calendar: command failed", cmd, f"exit {rc}: {err.strip()}", "exit 0")
			continue
		j = json.loads(out)
		yr = cal.years[y]
		want_off = sorted(iso(d) for d in yr.off if not weekend(d))
		want_ww = sorted(iso(d) for d in yr.worked if weekend(d))
		want_hol = sorted(iso(d) for d in yr.holidays)
		got_off = sorted(x["date"] for x in j.get("days_off", []))
		got_ww = sorted(x["date"] for x in j.get("working_weekends", []))
		got_hol = sorted(x["date"] for x in j.get("holidays", []))
		for name, got, want in (("days_off", got_off, want_off),
		                        ("working_weekends", got_ww, want_ww),
		                        ("holidays", got_hol, want_hol)):
			if got == want:
				res.ok()
			else:
				g, w = set(got), set(want)
				res.bad(f"calendar {name}", cmd,
				        f"extra {sorted(g - w)} missing {sorted(w - g)}", "the sets above swapped")
		res.check("calendar provisional flag", cmd, j.get("provisional"), y > CONFIRMED_THROUGH)


def all_days(y0, y1):
	d = D(y0, 1, 1)
	while d <= D(y1, 12, 31):
		yield d
		d += ONE


ARRIVAL_CC = ["UZ", "RU", "US", "IN", "TJ", "DE", "CN", "KG"]   # spot checks
COVERAGE_CC = ["US", "DE", "GB", "KR", "TJ", "AZ", "GE", "UA", "VN", "TR", "IN", "CN", "NG",
               "RU", "UZ"]


def batch(kz, rows, header, extra):
	with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as f:
		w = csv.writer(f)
		w.writerow(header)
		w.writerows(rows)
		path = f.name
	try:
		args = ["batch", path, "--format", "csv"] + extra
		rc, out, err = run(kz, args)
	finally:
		os.unlink(path)
	return args, rc, out, err


def read_batch(out):
	got = collections.defaultdict(dict)
	for r in csv.DictReader(io.StringIO(out)):
		got[int(r["id"])][r["deadline"]] = r
	return got


def check_arrival_batch(kz, cal, res):
	"""Every arrival day 2015-2027, both readings, for a citizen of Uzbekistan (the README's
	example) in one batch run per reading."""
	days = list(all_days(FIRST_YEAR, LAST_YEAR))
	rows = [(i, "UZ", iso(a)) for i, a in enumerate(days)]
	for reading in ("arrival", "next-day"):
		args, rc, out, err = batch(kz, rows, ["id", "citizenship", "arrival"],
		                           ["--only", "arrival-notification", "--count-from", reading,
		                            "--today", "2015-01-01"])
		cmd = "kzmig " + shq(["batch", "ROSTER(id,citizenship=UZ,arrival: every day 2015-2027)"]
		                     + args[2:])
		res.check("arrival batch: exit code", cmd, f"exit {rc}: {err.strip()[:300]}", "exit 0: ")
		got = read_batch(out)
		for i, a in enumerate(days):
			want = arrival_due(cal, a, reading)
			one = (f"kzmig due --arrival {iso(a)} --citizenship UZ "
			       f"--count-from {reading} --format json   (batch row {i})")
			r = got[i].get("arrival-notification")
			res.check(f"arrival-notification due, --count-from {reading}", one,
			          r["due"] if r else None, iso(want), not in_ref(a, want))


def check_arrival_coverage(kz, cal, res):
	"""The arrival notification is the host's duty for every immigrant (Migration Law art. 6
	p. 4), whatever the visa regime: the 1st and 15th of each month 2015-2027 for citizens of
	several states, visa-free or not."""
	days = [d for d in all_days(FIRST_YEAR, LAST_YEAR) if d.day in (1, 15)]
	rows = []
	for cc in COVERAGE_CC:
		for a in days:
			rows.append((len(rows), cc, iso(a)))
	args, rc, out, err = batch(kz, rows, ["id", "citizenship", "arrival"],
	                           ["--only", "arrival-notification", "--today", "2015-01-01"])
	got = read_batch(out)
	errs = {}
	for line in err.splitlines():
		try:
			errs[int(line.split(":")[2]) - 2] = line
		except (IndexError, ValueError):
			pass
	for i, cc, a in rows:
		a = pd(a)
		want = arrival_due(cal, a, "arrival")
		one = f"kzmig due --arrival {iso(a)} --citizenship {cc} --format json"
		r = got[i].get("arrival-notification")
		if r is None:
			res.bad(f"arrival-notification refused for {cc}", one,
			        errs.get(i, "no row").split(": ", 1)[-1], iso(want))
		else:
			res.check("arrival-notification due (coverage)", one, r["due"], iso(want),
			          not in_ref(a, want))


def due_json(kz, args):
	rc, out, err = run(kz, args)
	if rc != 0:
		return None, f"exit {rc}: {err.strip()}"
	return json.loads(out), None


def find(j, ident):
	for x in j.get("deadlines", []):
		if x.get("id") == ident:
			return x
	return None


def check_arrival_spot(kz, cal, res, rng, n, jobs):
	days = list(all_days(FIRST_YEAR, LAST_YEAR))
	cases = []
	for _ in range(n):
		a = rng.choice(days)
		reading = rng.choice(["arrival", "next-day"])
		cc = rng.choice(ARRIVAL_CC)
		args = ["due", "--arrival", iso(a), "--citizenship", cc, "--count-from", reading,
		        "--today", iso(a), "--format", "json"]
		cases.append((a, reading, args))

	def one(c):
		return c, due_json(kz, c[2])
	with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
		for (a, reading, args), (j, err) in ex.map(one, cases):
			cmd = "kzmig " + shq(args)
			want = arrival_due(cal, a, reading)
			if j is None:
				res.bad(f"arrival-notification refused for {args[4]} (kzmig due)", cmd, err,
				        iso(arrival_due(cal, a, reading)))
				continue
			x = find(j, "arrival-notification")
			got = x.get("due") if x else "no arrival-notification deadline"
			res.check(f"arrival-notification due (kzmig due), --count-from {reading}", cmd,
			          got, iso(want), not in_ref(a, want))
			if x:
				res.check("arrival-notification provisional flag", cmd, x.get("provisional"),
				          want.year > CONFIRMED_THROUGH)


def check_visa(kz, cal, res, rng, spot, jobs):
	days = list(all_days(FIRST_YEAR, LAST_YEAR))
	rows = [(i, "NG", iso(max(D(2015, 1, 1), e - dt.timedelta(days=100))), iso(e))
	        for i, e in enumerate(days)]
	args, rc, out, err = batch(kz, rows, ["id", "citizenship", "arrival", "visa_expiry"],
	                           ["--only", "visa-extension", "--today", "2014-01-01"])
	cmd0 = "kzmig " + shq(["batch", "ROSTER(id,citizenship,arrival,visa_expiry: every expiry "
	                       "2015-2027, arrival 100 days earlier, not before 2015-01-01)"] + args[2:])
	res.check("visa batch: exit code", cmd0, f"exit {rc}: {err.strip()[:300]}", "exit 0: ")
	got = {}
	for r in csv.DictReader(io.StringIO(out)):
		if r["deadline"] == "visa-extension":
			got[int(r["id"])] = (r["opens"], r["due"])
	for i, e in enumerate(days):
		op, du = visa_window(cal, e)
		one = (f"kzmig due --arrival {rows[i][2]} --citizenship NG --visa-expiry {iso(e)} "
		       f"--format json   (batch row {i})")
		g = got.get(i, (None, None))
		res.check("visa-extension opens (30 WD before expiry)", one, g[0], iso(op),
		          not in_ref(op))
		res.check("visa-extension due (14 WD before expiry)", one, g[1], iso(du), not in_ref(du))
	# A visa that expires early in 2015 was issued, and its holder arrived, in 2014: the
	# window does not depend on the arrival, so the dates must come out all the same.
	for e in (D(2015, 3, 1), D(2015, 3, 15), D(2015, 4, 1)):
		a = e - dt.timedelta(days=120)
		args = ["due", "--arrival", iso(a), "--citizenship", "NG", "--visa-expiry", iso(e),
		        "--today", iso(a), "--format", "json"]
		j, err = due_json(kz, args)
		op, du = visa_window(cal, e)
		x = find(j, "visa-extension") if j else None
		if x is None:
			res.bad("visa-extension refused for an arrival in 2014", "kzmig " + shq(args),
			        err or "no visa-extension deadline", (iso(op), iso(du)))
		else:
			res.check("visa-extension window for an arrival in 2014", "kzmig " + shq(args),
			          (x.get("opens"), x.get("due")), (iso(op), iso(du)))
	# spot checks through kzmig due
	cases = []
	for _ in range(spot):
		e = rng.choice(days)
		a = max(D(2015, 1, 1), e - dt.timedelta(days=rng.randint(40, 300)))
		cc = rng.choice(["NG", "UZ", "RU", "IN"])
		cases.append((e, ["due", "--arrival", iso(a), "--citizenship", cc, "--visa-expiry",
		                  iso(e), "--today", iso(a), "--format", "json"]))
	with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
		for (e, args), (j, err) in ex.map(lambda c: (c, due_json(kz, c[1])), cases):
			cmd = "kzmig " + shq(args)
			if j is None:
				res.bad("due: command failed", cmd, err, "exit 0")
				continue
			op, du = visa_window(cal, e)
			x = find(j, "visa-extension")
			got = (x.get("opens"), x.get("due")) if x else "no visa-extension deadline"
			res.check("visa-extension window (kzmig due)", cmd, got, (iso(op), iso(du)),
			          not in_ref(op))


# ---- random trip histories ----------------------------------------------------------------------

STAY_CC = ["UZ", "RU", "IN", "US"]
TRP_CC = {"UZ", "RU", "BY", "AM", "KG"}


def gen_history(rng, cc, a):
	limit, per = regime(cc, a)
	trips = []
	end = a - dt.timedelta(days=rng.choice([1, 1, 2, 3, 5, 10, 20, 40, 60]))
	# how many days of stay to put before A: mostly where the 180-day cap starts to bind
	# (more than limit - per-entry days), sometimes well under it or over it
	slack = per if per else 60
	target = rng.choice([limit // 3, limit // 2, limit - slack, limit + 5] +
	                    [limit - rng.randint(0, slack) for _ in range(6)])
	total = 0
	# dense histories (short gaps) keep the earlier days inside the 180-day window
	gaps = rng.choice([[1, 2, 3, 5, 10], [1, 2, 3, 5, 10, 20, 30, 60, 90]])
	for _ in range(rng.choice([0, 1, 2, 3, 8, 8, 8, 8])):
		maxlen = per if per else rng.choice([10, 30, 60, 90])
		ln = rng.randint(1, maxlen)
		if rng.random() < 0.3:
			ln = maxlen
		f = end - dt.timedelta(days=ln - 1)
		# Trips that straddle the window start of the arrival day (a-179) are useful.
		if rng.random() < 0.15:
			f = a - dt.timedelta(days=179 + rng.randint(-3, 3))
			end = f + dt.timedelta(days=ln - 1)
			if end >= a:
				break
		trips.append((f, end))
		total += ln
		if total >= target:
			break
		end = f - dt.timedelta(days=rng.choice(gaps))
	trips = sorted(set(trips))
	# drop overlapping trips (the random straddle may overlap another one)
	clean = []
	for t in trips:
		if not clean or t[0] > clean[-1][1]:
			clean.append(t)
	return clean


def check_stays(kz, cal, res, rng, n, jobs):
	cases = []
	lo, hi = D(2023, 2, 1), D(2027, 12, 31)
	span = (hi - lo).days
	for k in range(n):
		cc = STAY_CC[k % len(STAY_CC)]
		a = lo + dt.timedelta(days=rng.randint(0, span))
		trips = gen_history(rng, cc, a)
		if rng.random() < 0.8 or not trips:
			on = a - ONE
		else:
			on = trips[0][0] + dt.timedelta(days=rng.randint(0, (a - trips[0][0]).days - 1))
		tr = []
		for f, t in trips:
			tr += ["--trip", f"{iso(f)}:{iso(t)}"]
		# one in 20: no --arrival, so last_legal_day must be null (design.md section 4)
		arr = ["--arrival", iso(a)] if k % 20 != 7 else []
		sargs = ["stay", "--citizenship", cc] + tr + arr + ["--on", iso(on), "--format", "json"]
		dargs = ["due", "--arrival", iso(a), "--citizenship", cc] + tr + [
			"--today", iso(a), "--format", "json"]
		cases.append((cc, a, on, trips, sargs, dargs))

	def one(c):
		return c, due_json(kz, c[4]), due_json(kz, c[5])
	with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
		for (cc, a, on, trips, sargs, dargs), (sj, serr), (dj, derr) in ex.map(one, cases):
			limit, per = regime(cc, a)
			lld = last_legal_day(trips, a, limit, per)
			used = days_used(trips, on)
			s_lld = lld if "--arrival" in sargs else None
			scmd = "kzmig " + shq(sargs)
			dcmd = "kzmig " + shq(dargs)
			if sj is None:
				res.bad("stay: command failed", scmd, serr, "exit 0")
			else:
				res.check(f"stay limit/per_entry ({cc})", scmd,
				          (sj.get("limit"), sj.get("per_entry")), (limit, per))
				res.check(f"stay days_used ({cc})", scmd, sj.get("days_used"), used)
				res.check(f"stay days_left ({cc})", scmd, sj.get("days_left"),
				          max(0, limit - used))
				res.check(f"stay last_legal_day ({cc})", scmd, sj.get("last_legal_day"),
				          iso(s_lld))
			if dj is None:
				res.bad("due: command failed", dcmd, derr, "exit 0")
				continue
			ident = "trp" if cc in TRP_CC else "stay-limit"
			x = find(dj, ident)
			if x is None:
				res.bad(f"due: {ident} deadline missing ({cc})", dcmd,
				        [y.get("id") for y in dj.get("deadlines", [])], ident)
				continue
			res.check(f"due {ident} date = last legal day ({cc})", dcmd, x.get("due"), iso(lld))
			if ident == "trp" and lld is not None:
				# design.md section 2: apply_by = processing time (7 working days) earlier,
				# read as "N working days before E".
				res.check("due trp apply_by (7 WD before due)", dcmd, x.get("apply_by"),
				          iso(cal.n_before(lld, 7)), not in_ref(cal.n_before(lld, 7)))


def last_legal_day_brute(trips, a, limit, per_entry):
	"""The same definition, word for word and slowly: the self-test compares the two."""
	days = trip_days(trips)
	last = None
	d = a
	while per_entry is None or d <= a + dt.timedelta(days=per_entry - 1):
		if d > a + dt.timedelta(days=400):
			break
		lo = d - dt.timedelta(days=179)
		n = sum(1 for x in days if lo <= x <= d and x < a) + sum(
			1 for k in range((d - a).days + 1) if lo <= a + dt.timedelta(days=k))
		if n > limit:
			break
		last = d
		d += ONE
	return last


def self_test(cal):
	"""The worked examples of kz-calendar.md and design.md, so the oracle itself is checked."""
	ex = [
		(D(2025, 6, 2), "arrival", D(2025, 6, 4)), (D(2025, 6, 1), "arrival", D(2025, 6, 4)),
		(D(2025, 3, 20), "arrival", D(2025, 3, 27)), (D(2024, 12, 27), "arrival", D(2024, 12, 31)),
		(D(2025, 1, 3), "arrival", D(2025, 1, 8)), (D(2025, 6, 2), "next-day", D(2025, 6, 5)),
		(D(2025, 6, 1), "next-day", D(2025, 6, 4)),
	]
	for a, r, want in ex:
		got = arrival_due(cal, a, r)
		assert got == want, (a, r, got, want)
	# Nauryz 2015 (Sat-Mon): Tue 24 and Wed 25 Mar off; 7 May 2016 moved to Tue 10 May.
	for d in (D(2015, 3, 24), D(2015, 3, 25), D(2016, 5, 10), D(2020, 5, 8)):
		assert not cal.working(d), d
	for d in (D(2020, 5, 11), D(2025, 1, 5), D(2024, 6, 17), D(2026, 8, 31)):
		assert cal.working(d), d
	assert last_legal_day([], D(2025, 3, 20), 90, 30) == D(2025, 4, 18)
	assert last_legal_day([(D(2025, 1, 1), D(2025, 1, 10))], D(2025, 3, 1), 90, None) \
		== D(2025, 5, 19)
	rng = random.Random(7)
	for k in range(300):
		cc = STAY_CC[k % 4]
		a = D(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
		trips = gen_history(rng, cc, a)
		lim, per = regime(cc, a)
		assert last_legal_day(trips, a, lim, per) == last_legal_day_brute(trips, a, lim, per)


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--kzmig", required=True)
	ap.add_argument("--trips", type=int, default=3000, help="random trip histories")
	ap.add_argument("--spot", type=int, default=200, help="spot checks through kzmig due")
	ap.add_argument("--seed", type=int, default=20250320)
	ap.add_argument("--jobs", type=int, default=4)
	ap.add_argument("--show", type=int, default=5, help="examples shown per mismatch class")
	ap.add_argument("--log", help="write every mismatch to this file")
	o = ap.parse_args()
	kz = os.path.abspath(o.kzmig)
	cal = Calendar()
	self_test(cal)
	rng = random.Random(o.seed)
	res = Result(o.show)
	check_calendar(kz, cal, res)
	check_arrival_batch(kz, cal, res)
	check_arrival_spot(kz, cal, res, rng, o.spot, o.jobs)
	check_arrival_coverage(kz, cal, res)
	check_visa(kz, cal, res, rng, o.spot, o.jobs)
	check_stays(kz, cal, res, rng, o.trips, o.jobs)
	for cls, lst in res.classes.items():
		print(f"MISMATCH {cls}: {len(lst)}")
		for cmd, got, want in lst[:o.show]:
			print(f"  $ {cmd}\n      kzmig:  {got}\n      oracle: {want}")
	if o.log:
		with open(o.log, "w") as f:
			f.write("\n".join(res.log) + ("\n" if res.log else ""))
	print(f"oracle: {res.passed} passed, {res.failed} failed, {res.skipped} skipped")
	return 1 if res.failed else 0


if __name__ == "__main__":
	sys.exit(main())
