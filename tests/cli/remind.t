# kzmig remind ROSTER.csv --within DAYS [--overdue N]: what falls due soon, grouped by
# date, for an e-mail body; silent (no output, exit 0) when nothing does.
#
# tests/fixtures/rosters/busy.csv, arrival notification (3 working days, arrival day 1):
#   R1 UZ Mon 2 Jun 2025 -> Mon, Tue, Wed 4 Jun
#   R2 KG Fri 30 May 2025 -> Fri 30, Mon 2, Tue 3 Jun
#   R3 RU Tue 27 May 2025 -> Tue 27, Wed 28, Thu 29 May
#   R4 UZ Thu 5 Jun 2025 -> Thu 5; Fri 6 Jun is Kurban Ait (off), Sat 7, Sun 8; Mon 9,
#      Tue 10 Jun
#   R5 UZ Fri 1 Aug 2025 -> far away
# Each fine: 10 MCI (CAO 518 p. 1, small host) x 3,932 (MCI 2025) = 39,320 KZT.

# A busy Monday, 2 Jun 2025: the window is [2 Jun, 9 Jun]; R4 (10 Jun) is just outside,
# R3 (29 May) is overdue and listed only with --overdue.
$ kzmig remind tests/fixtures/rosters/busy.csv --within 7 --today 2025-06-02 --only arrival-notification
Migration deadlines from Mon 2 Jun 2025 to Mon 9 Jun 2025 (tests/fixtures/rosters/busy.csv):

Tue 3 Jun 2025 (tomorrow)
  Bakyt Asanov (R2): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Wed 4 Jun 2025 (in 2 days)
  Aliya Nurova (R1): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.

# --overdue 5 reaches back to Wed 28 May: R3's 29 May comes first, marked.  --within 8
# reaches Tue 10 Jun: R4.
$ kzmig remind tests/fixtures/rosters/busy.csv --within 8 --overdue 5 --today 2025-06-02 --only arrival-notification
Migration deadlines from Wed 28 May 2025 to Tue 10 Jun 2025 (tests/fixtures/rosters/busy.csv):

Thu 29 May 2025 (4 days ago)
  Ivan Petrov (R3): OVERDUE: Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Tue 3 Jun 2025 (tomorrow)
  Bakyt Asanov (R2): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Wed 4 Jun 2025 (in 2 days)
  Aliya Nurova (R1): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Tue 10 Jun 2025 (in 8 days)
  Dilnoza Karimova (R4): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.

# --overdue 3 reaches back to Fri 30 May only: R3 (29 May) stays out.  Due today is
# "today".
$ kzmig remind tests/fixtures/rosters/busy.csv --within 0 --overdue 3 --today 2025-06-03 --only arrival-notification
Migration deadlines from Sat 31 May 2025 to Tue 3 Jun 2025 (tests/fixtures/rosters/busy.csv):

Tue 3 Jun 2025 (today)
  Bakyt Asanov (R2): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.

# A quiet day prints nothing and exits 0, so cron sends no mail.
$ kzmig remind tests/fixtures/rosters/busy.csv --within 7 --today 2025-07-15 --only arrival-notification
$ kzmig remind tests/fixtures/rosters/busy.csv --within 30 --today 2030-01-01
$ kzmig remind tests/fixtures/rosters/busy.csv --within 30 --today 2030-01-01 --format json

# Bad rows go to stderr (exit 1); the good rows are still listed.
$ kzmig remind tests/fixtures/rosters/bad-rows.csv --within 7 --today 2025-03-21 --only arrival-notification
kzmig: tests/fixtures/rosters/bad-rows.csv:3: arrival: no such date '2025-02-30' (expected a day 01..28)
kzmig: tests/fixtures/rosters/bad-rows.csv:4: citizenship: unknown country 'XX' (expected ISO 3166-1 alpha-2, e.g. UZ)
kzmig: tests/fixtures/rosters/bad-rows.csv:5: 3 cells (expected 4, as in the header)
Migration deadlines from Fri 21 Mar 2025 to Fri 28 Mar 2025 (tests/fixtures/rosters/bad-rows.csv):

Thu 27 Mar 2025 (in 6 days)
  Good One (B1): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
[exit 1]
# ... and with nothing to list, only the bad rows (still exit 1).
$ kzmig remind tests/fixtures/rosters/bad-rows.csv --within 7 --today 2026-03-21 --only arrival-notification
kzmig: tests/fixtures/rosters/bad-rows.csv:3: arrival: no such date '2025-02-30' (expected a day 01..28)
kzmig: tests/fixtures/rosters/bad-rows.csv:4: citizenship: unknown country 'XX' (expected ISO 3166-1 alpha-2, e.g. UZ)
kzmig: tests/fixtures/rosters/bad-rows.csv:5: 3 cells (expected 4, as in the header)
[exit 1]

# An individual host (the row's host column) risks a warning, not a fine.
$ printf 'id,name,citizenship,arrival,host\nH1,Home Stay,UZ,2025-03-20,individual\n' | kzmig remind - --within 7 --today 2025-03-21 --only arrival-notification
Migration deadlines from Fri 21 Mar 2025 to Fri 28 Mar 2025 (stdin):

Thu 27 Mar 2025 (in 6 days)
  Home Stay (H1): Notify the migration service of the arrival; who: host; if missed: a warning (CAO 518 part 1, individual host)

Not legal advice: check with the migration service.

# JSON: one object per listed deadline per line, in date order.
$ kzmig remind tests/fixtures/rosters/busy.csv --within 8 --overdue 5 --today 2025-06-02 --only arrival-notification --format json | jq -r '[.date, .event, .id, .deadline.status, .deadline.days_left] | @tsv'
2025-05-29	due	R3	overdue	-4
2025-06-03	due	R2	upcoming	1
2025-06-04	due	R1	upcoming	2
2025-06-10	due	R4	upcoming	8

# Usage and file errors.
$ kzmig remind tests/fixtures/rosters/busy.csv --today 2025-06-02
kzmig: remind: --within is required (expected --within DAYS, e.g. --within 7)
[exit 2]
$ kzmig remind tests/fixtures/rosters/busy.csv --within -1
kzmig: --within: -1 out of range (expected 0..3660)
[exit 2]
$ kzmig remind tests/fixtures/rosters/busy.csv --within 7 --only trp,nope
kzmig: --only: unknown deadline 'nope' (expected a comma-separated list of arrival-notification, self-registration, trp, stay-limit, visa-extension, passport-validity, passport-renewal)
[exit 2]
$ kzmig remind tests/fixtures/rosters/no-arrival.csv --within 7
kzmig: tests/fixtures/rosters/no-arrival.csv:1: no column 'arrival' in the header (expected the columns id,citizenship,arrival and optionally name,birth,visa_expiry,passport_expiry,trp_expiry,entry,host,count_from,email,trips,moves)
[exit 2]
# ---- apply-by days (design.md s. 7) -------------------------------------------------------
# UZ, arrived Thu 20 Mar 2025: TRP due Fri 18 Apr, apply by Wed 9 Apr (7 working days
# before).  A week before, the apply-by day is what to act on.
$ printf 'id,name,citizenship,arrival\nU1,Ali,UZ,2025-03-20\n' | kzmig remind - --within 7 --today 2025-04-07
Migration deadlines from Mon 7 Apr 2025 to Mon 14 Apr 2025 (stdin):

Wed 9 Apr 2025 (in 2 days)
  Ali (U1): apply by this day: Obtain a temporary residence permit (TRP), due Fri 18 Apr 2025; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
# Two days after it, with the due date still ahead: overdue, apply at once — listed even
# without --overdue, and the due date's line says the apply-by day has passed.
$ printf 'id,name,citizenship,arrival\nU1,Ali,UZ,2025-03-20\n' | kzmig remind - --within 7 --today 2025-04-11
Migration deadlines from Fri 11 Apr 2025 to Fri 18 Apr 2025 (stdin):

Wed 9 Apr 2025 (2 days ago)
  Ali (U1): OVERDUE: apply at once (the apply-by day has passed): Obtain a temporary residence permit (TRP), due Fri 18 Apr 2025; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Fri 18 Apr 2025 (in 7 days)
  Ali (U1): Obtain a temporary residence permit (TRP), apply by Wed 9 Apr 2025 (passed); who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
$ printf 'id,name,citizenship,arrival\nU1,Ali,UZ,2025-03-20\n' | kzmig remind - --within 3 --today 2025-04-11 --format json | jq -c '[.date, .event, .overdue, .deadline.id]'
["2025-04-09","apply-by",true,"trp"]
# In a calendar the TRP's event has alarms before its apply-by day too: 7 and 1 days
# before Wed 9 Apr are 16 and 10 days before the due date, Fri 18 Apr.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --format ics | grep -e '^TRIGGER' -e '^DESCRIPTION:Obtain.*: ' | tail -8
TRIGGER;RELATED=START:-P7D
DESCRIPTION:Obtain a temporary residence permit (TRP): due in 7 days
TRIGGER;RELATED=START:-P16D
DESCRIPTION:Obtain a temporary residence permit (TRP): apply within 7 
TRIGGER;RELATED=START:-P1D
DESCRIPTION:Obtain a temporary residence permit (TRP): due in 1 day
TRIGGER;RELATED=START:-P10D
DESCRIPTION:Obtain a temporary residence permit (TRP): apply within 1 
# Memory stays bounded: a span of 20 years over 100,000 people would keep more than
# 200,000 reminders; remind says so, plainly, and what to do, instead of growing.
$ d=$(mktemp -d) && (echo 'id,citizenship,arrival,visa_expiry,passport_expiry'; yes 'A1,CN,2025-03-20,2026-06-30,2031-01-01' | head -100000) >$d/r.csv && kzmig remind $d/r.csv --within 3660 --overdue 3660 --today 2025-06-01; echo "exit $?"; rm -rf $d
kzmig: remind: more than 200000 reminders in the span (about 85 MB; expected fewer: narrow --within or --overdue, or use kzmig batch for a whole roster)
exit 2
