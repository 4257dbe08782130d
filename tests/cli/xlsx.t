# kzmig batch ROSTER --format xlsx --output FILE.xlsx: the CSV's rows as an Excel
# workbook.  Each workbook is read back with openpyxl (tests/cli/xlsx-check, Debian's
# /usr/bin/python3 and python3-openpyxl) and compared with --format csv of the same
# roster cell by cell: dates as date cells equal to the CSV's ISO dates, days_left and
# fine_kzt as numbers, provisional as a boolean; the header bold, frozen and filtered;
# overdue rows and rows due within 7 days filled; the "problems" sheet.
$ d=$(mktemp -d) && kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 --format xlsx --output "$d/office.xlsx" && kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 >"$d/office.csv" && /usr/bin/python3 tests/cli/xlsx-check "$d/office.xlsx" "$d/office.csv"; ls -A "$d"; rm -rf "$d"
deadlines: 17 rows equal to the CSV, 9 overdue, 0 due within 7 days
office.csv
office.xlsx

# examples/roster.csv on a day with a deadline 2 days away (amber).
$ d=$(mktemp -d) && kzmig batch examples/roster.csv --today 2025-09-01 --format xlsx --output "$d/r.xlsx" && kzmig batch examples/roster.csv --today 2025-09-01 >"$d/r.csv" && /usr/bin/python3 tests/cli/xlsx-check "$d/r.xlsx" "$d/r.csv"; rm -rf "$d"
deadlines: 14 rows equal to the CSV, 5 overdue, 1 due within 7 days

# Facts that cannot be true are rows with status problem, in the first sheet as in the
# CSV and again on the "problems" sheet: id, name, deadline and reason.  P2's name
# "=cmd" is the CSV's '=cmd (a guard against formulas); in the workbook a text cell.
$ d=$(mktemp -d) && kzmig batch tests/fixtures/rosters/problems.csv --today 2025-09-01 --format xlsx --output "$d/p.xlsx" 2>/dev/null; echo "exit $?"; kzmig batch tests/fixtures/rosters/problems.csv --today 2025-09-01 >"$d/p.csv" 2>/dev/null; /usr/bin/python3 tests/cli/xlsx-check "$d/p.xlsx" "$d/p.csv"; rm -rf "$d"
exit 1
deadlines: 8 rows equal to the CSV, 1 overdue, 2 due within 7 days
problem: P1 visa-extension: visa_expiry: the visa expired on 2025-08-01, before the arrival on 2025-08-25 (expected a visa valid on the arrival day)
problem: P1 stay-limit: visa_expiry: the visa expired on 2025-08-01, before the arrival on 2025-08-25 (expected a visa valid on the arrival day)
problem: P2 trp: birth: 2026-01-01 is after the arrival on 2025-08-28 (expected a date of birth before it)

# The check itself fails on a workbook that is not the CSV's (another day's rows).
$ d=$(mktemp -d) && kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 --format xlsx --output "$d/o.xlsx" && kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-02 >"$d/o.csv" && /usr/bin/python3 tests/cli/xlsx-check "$d/o.xlsx" "$d/o.csv"; echo "exit $?"; rm -rf "$d"
xlsx-check: row 2, days_left: -158 (the CSV: '-159')
exit 1

# A workbook is binary: not to a terminal or stdout unless --output - asks for it.
$ kzmig batch tests/fixtures/rosters/office.csv --format xlsx
kzmig: --format xlsx: a workbook is a binary file, not for a terminal (expected --output FILE.xlsx, or --output - to pipe it)
[exit 2]
# --output - pipes it: written first to a scratch file in TMPDIR, which is removed.
$ d=$(mktemp -d) && TMPDIR=$d kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 --format xlsx --output - >"$d.xlsx" && kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 >"$d.csv" && /usr/bin/python3 tests/cli/xlsx-check "$d.xlsx" "$d.csv"; ls -A "$d"; rm -rf "$d" "$d.xlsx" "$d.csv"
deadlines: 17 rows equal to the CSV, 9 overdue, 0 due within 7 days

# A workbook that cannot be written leaves nothing: a missing folder (exit 1) ...
$ kzmig batch tests/fixtures/rosters/office.csv --format xlsx --output /no/such/dir/x.xlsx; echo "exit $?"; test -e /no/such/dir || echo "no folder made"
kzmig: /no/such/dir/x.xlsx: cannot write there: No such file or directory (expected a file in an existing, writable folder)
exit 1
no folder made
# ... nor a write error (files limited to 1 KiB, the sheet's rows alone are more): the
# file there is kept, the temporary file removed, exit 1.
$ d=$(mktemp -d) && echo old >"$d/o.xlsx" && (trap '' XFSZ; ulimit -f 1; kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 --format xlsx --output "$d/o.xlsx") 2>&1 | sed "s|$d|DIR|"; echo "exit ${PIPESTATUS[0]}"; cat "$d/o.xlsx"; ls -A "$d"; rm -rf "$d"
kzmig: DIR/o.xlsx: write error: the sheets' temporary files (in TMPDIR) could not be written
exit 1
old
o.xlsx
# ... nor a device that is full: the workbook is made in TMPDIR, copied, and removed.
$ d=$(mktemp -d) && TMPDIR=$d kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 --format xlsx --output /dev/full; echo "exit $?"; ls -A "$d"; rm -rf "$d"
kzmig: /dev/full: write error: No space left on device
exit 1

# due and remind write no workbook.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --format xlsx
kzmig: --format: unknown value 'xlsx' (expected text|json|ics)
[exit 2]

# A cell longer than Excel takes (32,767 characters) stops the run: exit 1, no file.
$ d=$(mktemp -d) && { echo "id,name,citizenship,arrival"; printf 'L1,%s,UZ,2025-08-28\n' "$(head -c 40000 /dev/zero | tr '\0' a)"; } >"$d/r.csv" && kzmig batch "$d/r.csv" --today 2025-09-01 --format xlsx --output "$d/o.xlsx" 2>&1 | sed "s|$d|DIR|"; echo "exit ${PIPESTATUS[0]}"; ls -A "$d"; rm -rf "$d"
kzmig: DIR/o.xlsx: id L1: String exceeds Excel's limit of 32,767 characters.
exit 1
r.csv
