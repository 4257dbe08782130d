# Colour and bold only when stdout is a terminal and NO_COLOR is unset or empty
# (design.md §3; https://no-color.org); --color always|never overrides both.  The other
# transcripts run with NO_COLOR=1 and stdout a pipe, so they stay plain.  Here script(1)
# (util-linux, essential on Debian) gives kzmig a terminal; cat -v shows the escapes.
# AF, arrived Mon 1 Sep 2025, seen Thu 20 Nov: the notification (due Thu 4 Sep) is
# overdue: red, the date bold red; the visa-extension window (opened Tue 18 Nov) is open:
# yellow; the passport problem: red (the dates are worked out in due.t).
$ env -u NO_COLOR TERM=xterm script -qec "$KZMIG_BIN due --arrival 2025-09-01 --citizenship AF --visa-expiry 2025-12-31 --passport-expiry 2026-03-30 --today 2025-11-20" /dev/null </dev/null | tr -d '\r' | cat -v | grep -e Deadlines -e 'host$' -e 'you$' -e OVERDUE -e Window -e PROBLEM -e 'Where: the host files'
^[[1mDeadlines for a citizen of Afghanistan (AF) who arrived on Mon 1 Sep 2025^[[0m
  ^[[1;31mThu 4 Sep 2025^[[0m   ^[[31m -77 d^[[0m  ^[[31mNotify the migration service of the arrival^[[0m      host
                           ^[[1;31mOVERDUE since Fri 5 Sep 2025^[[0m
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
  ^[[1;31mTue 30 Sep 2025^[[0m  ^[[31m -51 d^[[0m  ^[[31mRenew the passport^[[0m                               you
                           ^[[1;31mOVERDUE since Wed 1 Oct 2025^[[0m
  ^[[1;33mWed 10 Dec 2025^[[0m  ^[[33m  20 d^[[0m  ^[[33mApply to extend the visa^[[0m                         host
                           ^[[33mWindow opens Tue 18 Nov 2025 (open now)^[[0m
  ^[[1mWed 31 Dec 2025^[[0m    41 d  Leave Kazakhstan or extend the visa: it expires  you
  ^[[1;31mWed 31 Dec 2025^[[0m  ^[[31m  41 d^[[0m  ^[[31mPassport valid long enough for the visa^[[0m          you
                           ^[[31mPROBLEM: the passport expires on 2026-03-30, less than 3 months after the^[[0m
# An upcoming deadline: only its date is bold.  A child's TRP is not required: dim.
$ env -u NO_COLOR TERM=xterm script -qec "$KZMIG_BIN due --arrival 2025-03-20 --citizenship UZ --birth 2009-04-19 --today 2025-03-21" /dev/null </dev/null | tr -d '\r' | cat -v | grep -e 'host$' -e 'Not required' -e 'still in'
  ^[[1mThu 27 Mar 2025^[[0m     6 d  Notify the migration service of the arrival      host
  ^[[2mMon 28 Apr 2025^[[0m  ^[[2m  38 d^[[0m  ^[[2mObtain a temporary residence permit (TRP)^[[0m        host
                           ^[[2mNot required: under 16 (Decree 148 Rules p. 10) until 2025-04-19; if^[[0m
                                         ^[[2mstill in Kazakhstan then, apply by 2025-04-28^[[0m
# A provisional date's mark is yellow.
$ env -u NO_COLOR TERM=xterm script -qec "$KZMIG_BIN due --arrival 2027-03-10 --citizenship KG --today 2027-03-10" /dev/null </dev/null | tr -d '\r' | cat -v | grep -e 'Fri 12 Mar' -e '^.*provisional:'
  ^[[1mFri 12 Mar 2027^[[0m^[[33m*^[[0m    2 d  Notify the migration service of the arrival      host
                                      provisional: the MCI of that year is not in the data yet (its
                                      provisional: the MCI of that year is not in the data yet (its
^[[33m*^[[0m provisional: the counting runs into a year with no decree on days off yet (data covers 2002-2026);
# The same terminal with NO_COLOR set (to anything but ""): plain.
$ env NO_COLOR=1 TERM=xterm script -qec "$KZMIG_BIN due --arrival 2025-09-01 --citizenship AF --today 2025-11-20" /dev/null </dev/null | tr -d '\r' | cat -v | sed -n 5,6p
  Thu 4 Sep 2025    -77 d  Notify the migration service of the arrival      host
                           OVERDUE since Fri 5 Sep 2025
# An empty NO_COLOR does not count (no-color.org): colour.
$ env NO_COLOR= TERM=xterm script -qec "$KZMIG_BIN due --arrival 2025-09-01 --citizenship AF --today 2025-11-20" /dev/null </dev/null | tr -d '\r' | cat -v | sed -n 6p
                           ^[[1;31mOVERDUE since Fri 5 Sep 2025^[[0m
# A dumb terminal: plain.
$ env -u NO_COLOR TERM=dumb script -qec "$KZMIG_BIN due --arrival 2025-09-01 --citizenship AF --today 2025-11-20" /dev/null </dev/null | tr -d '\r' | cat -v | sed -n 6p
                           OVERDUE since Fri 5 Sep 2025
# Not a terminal (a pipe, a file, cron's mail): plain, NO_COLOR or not.
$ env -u NO_COLOR TERM=xterm "$KZMIG_BIN" due --arrival 2025-09-01 --citizenship AF --today 2025-11-20 | cat -v | sed -n 5,6p
  Thu 4 Sep 2025    -77 d  Notify the migration service of the arrival      host
                           OVERDUE since Fri 5 Sep 2025
# --color always colours a pipe, even with NO_COLOR set; --color never keeps a terminal plain.
$ kzmig due --arrival 2025-09-01 --citizenship AF --today 2025-11-20 --color always | cat -v | sed -n 6p
                           ^[[1;31mOVERDUE since Fri 5 Sep 2025^[[0m
$ env -u NO_COLOR TERM=xterm script -qec "$KZMIG_BIN due --arrival 2025-09-01 --citizenship AF --today 2025-11-20 --color never" /dev/null </dev/null | tr -d '\r' | cat -v | sed -n 6p
                           OVERDUE since Fri 5 Sep 2025
$ kzmig due --arrival 2025-09-01 --citizenship AF --today 2025-11-20 --color auto | cat -v | sed -n 6p
                           OVERDUE since Fri 5 Sep 2025
# Only text is coloured: JSON and iCalendar never are.
$ kzmig due --arrival 2025-09-01 --citizenship AF --today 2025-11-20 --color always --format json | grep -c "$(printf '\033')"
0
[exit 1]
$ kzmig due --arrival 2025-09-01 --citizenship AF --today 2025-11-20 --color always --format ics | grep -c "$(printf '\033')"
0
[exit 1]
# remind: each date bold, "(today)" yellow, OVERDUE bold red.  busy.csv (remind.t): R3's
# notification was due Thu 29 May 2025, R2's is due Tue 3 Jun.
$ kzmig remind tests/fixtures/rosters/busy.csv --within 0 --overdue 5 --today 2025-06-03 --only arrival-notification --color always | cat -v
Migration deadlines from Thu 29 May 2025 to Tue 3 Jun 2025 (tests/fixtures/rosters/busy.csv):

^[[1mThu 29 May 2025^[[0m (5 days ago)
  Ivan Petrov (R3): ^[[1;31mOVERDUE:^[[0m Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

^[[1mTue 3 Jun 2025^[[0m ^[[33m(today)^[[0m
  Bakyt Asanov (R2): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
# calendar: headings bold, PROVISIONAL yellow.
$ kzmig calendar --year 2027 --color always | cat -v | sed -n '1,4p'
^[[1mKazakhstan working-day calendar 2027^[[0m ^[[33m(PROVISIONAL: no decree on transfers of days off for this year yet)^[[0m
Data as of 2026-11-01. 247 working days.

^[[1mPublic holidays^[[0m
# A bad value is a usage error.
$ kzmig due --arrival 2025-09-01 --citizenship AF --color sometimes
kzmig: --color: unknown value 'sometimes' (expected auto|always|never)
[exit 2]
$ kzmig remind tests/fixtures/rosters/busy.csv --within 7 --color
kzmig: remind: option '--color' needs a value (see kzmig remind --help)
[exit 2]
