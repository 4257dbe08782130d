# kzmig workdays: numpy busday_offset semantics (roll forward, then N) and [FROM, TO) counts.
# Thu 20 Mar 2025 is day 0; Fri 21 (Nauryz), Sat 22, Sun 23, Mon 24, Tue 25 (Nauryz moved
# off the weekend) are not working days; Wed 26 is +1, Thu 27 is +2.
$ kzmig workdays add 2025-03-20 2
2025-03-27
# Sunday rolls forward to Monday 2 Jun 2025; +2 is Wednesday.
$ kzmig workdays add 2025-06-01 2
2025-06-04
# Fri 3 Jan 2025 is a day off by order; Sun 5 Jan is worked: it is day 0, Mon 6 is +1,
# Tue 7 is Christmas, Wed 8 is +2.
$ kzmig workdays add 2025-01-03 2
2025-01-08
$ kzmig workdays add 2025-06-02 -1
2025-05-30
# March 2025: 31 days, 10 weekend days, Mar 10 (moved Women's Day), 21, 24, 25 (Nauryz) off.
$ kzmig workdays count 2025-03-01 2025-04-01
17
$ kzmig workdays count 2025-04-01 2025-03-01
-17
$ kzmig workdays add 2025-02-30 1
kzmig: DATE: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig workdays add 2025-03-20 x
kzmig: N: 'x' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2199-12-30 5
kzmig: N: 5 working days from that date leave the calendar (expected a result in 2002..2199)
[exit 2]
$ kzmig workdays add 1999-12-30 5
kzmig: date: 1999-12-30 is outside the calendar (expected 2002-01-01..2199-12-31)
[exit 2]
$ kzmig workdays frob 1 2
kzmig: workdays: expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)
[exit 2]
