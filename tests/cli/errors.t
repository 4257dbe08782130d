# A catalogue of bad input.  Each case asserts the whole output, stdout and
# stderr together: one line `kzmig: WHERE: WHAT (expected ...)` and nothing else, so
# nothing reached stdout; and the exit code of design.md §5 (2 for a bad value or usage,
# 3 for bad data).  Broken data folders are in tests/fixtures/bad/: each holds the real
# files (as links) but for the one broken copy named by the folder.
#
# ---- dates that do not exist --------------------------------------------------------
# February 2025 has 28 days; 2024 is a leap year (29); 2100 is not (divisible by 100,
# not by 400); April has 30 days.
$ kzmig workdays add 2025-02-30 1
kzmig: DATE: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig workdays add 2024-02-30 1
kzmig: DATE: no such date '2024-02-30' (expected a day 01..29)
[exit 2]
$ kzmig workdays add 2100-02-29 1
kzmig: DATE: no such date '2100-02-29' (expected a day 01..28)
[exit 2]
$ kzmig workdays add 2025-04-31 1
kzmig: DATE: no such date '2025-04-31' (expected a day 01..30)
[exit 2]
$ kzmig workdays add 2025-01-00 1
kzmig: DATE: no such date '2025-01-00' (expected a day 01..31)
[exit 2]
$ kzmig workdays add 2025-13-01 1
kzmig: DATE: no month 13 in '2025-13-01' (expected 01..12)
[exit 2]
$ kzmig workdays add 2025-00-10 1
kzmig: DATE: no month 00 in '2025-00-10' (expected 01..12)
[exit 2]
$ kzmig due --arrival 2025-02-29 --citizenship UZ
kzmig: --arrival: no such date '2025-02-29' (expected a day 01..28)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --birth 2007-02-29
kzmig: --birth: no such date '2007-02-29' (expected a day 01..28)
[exit 2]
$ kzmig stay --citizenship UZ --on 2023-02-29
kzmig: --on: no such date '2023-02-29' (expected a day 01..28)
[exit 2]
$ kzmig fine late-notification --on 2025-06-31
kzmig: --on: no such date '2025-06-31' (expected a day 01..30)
[exit 2]
#
# ---- dates in the wrong shape --------------------------------------------------------
$ kzmig workdays add 2025-3-1 1
kzmig: DATE: bad date '2025-3-1' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add 20250320 1
kzmig: DATE: bad date '20250320' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add 2025/03/20 1
kzmig: DATE: bad date '2025/03/20' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add 20-03-2025 1
kzmig: DATE: bad date '20-03-2025' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add ' 2025-03-20' 1
kzmig: DATE: bad date ' 2025-03-20' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add '2025-03-20 ' 1
kzmig: DATE: bad date '2025-03-20 ' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add 2025-03-20T09:00 1
kzmig: DATE: bad date '2025-03-20T09:00' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add +025-03-20 1
kzmig: DATE: bad date '+025-03-20' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add 2025-03-+1 1
kzmig: DATE: bad date '2025-03-+1' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add '' 1
kzmig: DATE: bad date '' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add today 1
kzmig: DATE: bad date 'today' (expected YYYY-MM-DD)
[exit 2]
$ kzmig workdays add ２０２５-０３-２０ 1
kzmig: DATE: bad date '２０２５-０３-２０' (expected YYYY-MM-DD)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today yesterday
kzmig: --today: bad date 'yesterday' (expected YYYY-MM-DD)
[exit 2]
#
# ---- dates outside 1900-2199 ----------------------------------------------------------
$ kzmig workdays add 1899-12-31 1
kzmig: DATE: year 1899 out of range (expected 1900..2199)
[exit 2]
$ kzmig workdays add 2200-01-01 1
kzmig: DATE: year 2200 out of range (expected 1900..2199)
[exit 2]
$ kzmig workdays add 0000-01-01 1
kzmig: DATE: year 0 out of range (expected 1900..2199)
[exit 2]
$ kzmig workdays add 9999-12-31 1
kzmig: DATE: year 9999 out of range (expected 1900..2199)
[exit 2]
$ kzmig workdays count 2025-01-01 2200-01-01
kzmig: TO: year 2200 out of range (expected 1900..2199)
[exit 2]
$ kzmig due --arrival 1899-12-31 --citizenship UZ
kzmig: --arrival: year 1899 out of range (expected 1900..2199)
[exit 2]
# Inside 1900-2199 but before the working-day calendar (2002-2199).
$ kzmig workdays add 1900-01-01 1
kzmig: date: 1900-01-01 is outside the calendar (expected 2002-01-01..2199-12-31)
[exit 2]
$ kzmig workdays count 2001-12-31 2025-01-01
kzmig: FROM: 2001-12-31 is outside the calendar (expected 2002-01-01..2199-12-31)
[exit 2]
#
# ---- citizenship codes ------------------------------------------------------------------
# Any case is accepted: uz, Uz and UZ are Uzbekistan.
$ kzmig due --arrival 2025-03-20 --citizenship uz --today 2025-03-21 | head -1
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Thu 20 Mar 2025
$ kzmig due --arrival 2025-03-20 --citizenship Uz --today 2025-03-21 | head -1
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Thu 20 Mar 2025
$ kzmig stay --citizenship uz --on 2025-03-20 --format json | grep citizenship
	"citizenship":	"UZ",
$ kzmig due --arrival 2025-03-20 --citizenship ZZ
kzmig: citizenship: unknown country code 'ZZ' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship zz
kzmig: citizenship: unknown country code 'ZZ' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZB
kzmig: --citizenship: 'UZB' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship uzb
kzmig: --citizenship: 'uzb' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship U
kzmig: --citizenship: 'U' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship ''
kzmig: --citizenship: '' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship U1
kzmig: citizenship: unknown country code 'U1' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship Ü
kzmig: citizenship: unknown country code 'Ü' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig stay --citizenship KAZ
kzmig: --citizenship: 'KAZ' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig stay --citizenship QQ
kzmig: citizenship: unknown country code 'QQ' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
#
# ---- commands and options -------------------------------------------------------------
# No command at all: the list of commands, on stderr, as a usage error.
$ kzmig 2>/dev/null
[exit 2]
$ kzmig frobnicate
kzmig: frobnicate: unknown command (expected one of: due, stay, calendar, workdays, fine, fees, batch, remind, data; see kzmig help)
[exit 2]
$ kzmig --frobnicate
kzmig: --frobnicate: unknown command (expected one of: due, stay, calendar, workdays, fine, fees, batch, remind, data; see kzmig help)
[exit 2]
$ kzmig DUE --arrival 2025-03-20 --citizenship UZ
kzmig: DUE: unknown command (expected one of: due, stay, calendar, workdays, fine, fees, batch, remind, data; see kzmig help)
[exit 2]
$ kzmig help frobnicate
kzmig: help: unknown command 'frobnicate' (see kzmig help)
[exit 2]
$ kzmig due --frobnicate
kzmig: due: unknown option '--frobnicate' (see kzmig due --help)
[exit 2]
$ kzmig due -x
kzmig: due: unknown option '-x' (see kzmig due --help)
[exit 2]
$ kzmig stay --citizenship UZ --frobnicate
kzmig: stay: unknown option '--frobnicate' (see kzmig stay --help)
[exit 2]
$ kzmig calendar --year 2025 --frobnicate
kzmig: calendar: unknown option '--frobnicate' (see kzmig calendar --help)
[exit 2]
$ kzmig workdays frobnicate 2025-03-20 1
kzmig: workdays: expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)
[exit 2]
$ kzmig workdays add 2025-03-20
kzmig: workdays: expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)
[exit 2]
$ kzmig workdays add 2025-03-20 1 2
kzmig: workdays: expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)
[exit 2]
$ kzmig workdays
kzmig: workdays: expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)
[exit 2]
$ kzmig fine frobnicate
kzmig: fine: unknown fine 'frobnicate' (expected late-notification, overstay, or ARTICLE PART or a name from kzmig fine --list)
[exit 2]
$ kzmig data frobnicate
kzmig: data: unknown subcommand 'frobnicate' (expected 'check [DIR] [--policy FILE]')
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --format xml
kzmig: --format: unknown value 'xml' (expected text|json|ics)
[exit 2]
$ kzmig calendar --year 2025 --format yaml
kzmig: --format: unknown value 'yaml' (expected text|json|ics)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ stray
kzmig: due: unexpected argument 'stray'
[exit 2]
#
# ---- missing values ---------------------------------------------------------------------
$ kzmig due --arrival
kzmig: due: option '--arrival' needs a value (see kzmig due --help)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship
kzmig: due: option '--citizenship' needs a value (see kzmig due --help)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --data
kzmig: due: option '--data' needs a value (expected a folder)
[exit 2]
$ kzmig due --citizenship UZ
kzmig: due: --arrival is required (expected --arrival YYYY-MM-DD)
[exit 2]
$ kzmig stay
kzmig: stay: --citizenship is required (expected an ISO 3166-1 code, e.g. UZ)
[exit 2]
$ kzmig stay --citizenship UZ --on
kzmig: stay: option '--on' needs a value (see kzmig stay --help)
[exit 2]
$ kzmig calendar
kzmig: calendar: --year is required (expected --year YYYY)
[exit 2]
$ kzmig calendar --year
kzmig: calendar: option '--year' needs a value (see kzmig calendar --help)
[exit 2]
$ kzmig fine overstay
kzmig: --days: missing (expected --days N: days past the last legal day, 1 or more)
[exit 2]
$ kzmig remind tests/fixtures/rosters/basic.csv
kzmig: remind: --within is required (expected --within DAYS, e.g. --within 7)
[exit 2]
$ kzmig batch
kzmig: batch: no roster (expected kzmig batch ROSTER.csv, or - for stdin)
[exit 2]
#
# ---- numbers ------------------------------------------------------------------------------
# 100000 working days from 2025 is past 2199 (about 250 working days a year); 100001 is
# past what `workdays add` takes at all.
$ kzmig workdays add 2025-03-20 100000
kzmig: N: 100000 working days from that date leave the calendar (expected a result in 2002..2199)
[exit 2]
$ kzmig workdays add 2025-03-20 -100000
kzmig: N: -100000 working days from that date leave the calendar (expected a result in 2002..2199)
[exit 2]
$ kzmig workdays add 2025-03-20 100001
kzmig: N: 100001 out of range (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2025-03-20 99999999999999999999999
kzmig: N: '99999999999999999999999' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2025-03-20 1e3
kzmig: N: '1e3' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2025-03-20 0x10
kzmig: N: '0x10' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2025-03-20 ' 5'
kzmig: N: ' 5' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2025-03-20 '5 '
kzmig: N: '5 ' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2025-03-20 ''
kzmig: N: '' is not a whole number (expected -100000..100000)
[exit 2]
$ kzmig workdays add 2199-12-31 1
kzmig: N: 1 working days from that date leave the calendar (expected a result in 2002..2199)
[exit 2]
$ kzmig workdays add 2002-01-03 -2
kzmig: N: -2 working days from that date leave the calendar (expected a result in 2002..2199)
[exit 2]
$ kzmig calendar --year 2200
kzmig: --year: 2200 out of range (expected 2002..2199)
[exit 2]
$ kzmig calendar --year 2001
kzmig: --year: 2001 out of range (expected 2002..2199)
[exit 2]
$ kzmig calendar --year 20x5
kzmig: --year: '20x5' is not a whole number (expected 2002..2199)
[exit 2]
$ kzmig fine overstay --days 0
kzmig: --days: 0 out of range (expected 1..100000)
[exit 2]
$ kzmig fine overstay --days -3
kzmig: --days: -3 out of range (expected 1..100000)
[exit 2]
#
# ---- trips -------------------------------------------------------------------------------
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-10:2025-01-01
kzmig: --trip: 2025-01-10:2025-01-01 ends before it starts (expected FROM <= TO)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-01:2025-01-10 --trip 2025-01-05:2025-01-20
kzmig: --trip: 2025-01-05:2025-01-20 overlaps 2025-01-01:2025-01-10 (expected separate stays: a day counts once)
[exit 2]
# Sharing one day is an overlap too: 10 Jan counts once.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-01:2025-01-10 --trip 2025-01-10:2025-01-20
kzmig: --trip: 2025-01-10:2025-01-20 overlaps 2025-01-01:2025-01-10 (expected separate stays: a day counts once)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-05:2025-01-20 --trip 2025-01-01:2025-01-10
kzmig: --trip: 2025-01-01:2025-01-10 overlaps 2025-01-05:2025-01-20 (expected separate stays: a day counts once)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-03-01:2025-03-25
kzmig: --trip: 2025-03-01:2025-03-25 ends on or after the arrival 2025-03-20 (expected earlier stays only)
[exit 2]
$ kzmig stay --citizenship UZ --trip 2025-01-10:2025-01-01
kzmig: trip: 2025-01-10:2025-01-01 ends before it starts (expected FROM <= TO)
[exit 2]
$ kzmig stay --citizenship UZ --trip 2025-01-01:2025-01-10 --trip 2025-01-05:2025-01-20
kzmig: trip: 2025-01-05:2025-01-20 overlaps 2025-01-01:2025-01-10 (expected separate stays: a day counts once)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-01
kzmig: --trip: '2025-01-01' (expected FROM:TO, two dates)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip :2025-01-01
kzmig: --trip: bad date '' (expected YYYY-MM-DD)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-01:
kzmig: --trip: bad date '' (expected YYYY-MM-DD)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-01:2025-01-10:2025-01-20
kzmig: --trip: bad date '2025-01-10:2025-01-20' (expected YYYY-MM-DD)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-02-30:2025-03-01
kzmig: --trip: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-01/2025-01-10
kzmig: --trip: '2025-01-01/2025-01-10' (expected FROM:TO, two dates)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ $(for i in $(seq 65); do printf -- '--trip 1950-01-%02d:1950-01-%02d ' $((i % 28 + 1)) $((i % 28 + 1)); done)
kzmig: --trip: more than 64 trips (expected at most 64)
[exit 2]
#
# ---- data folders ---------------------------------------------------------------------------
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/no-such-folder
kzmig: tests/fixtures/bad/no-such-folder/holidays_kz.json: cannot open: No such file or directory
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/missing-file/holidays_kz.json
kzmig: tests/fixtures/bad/missing-file/holidays_kz.json/holidays_kz.json: cannot open: Not a directory
[exit 3]
# A folder without fines_kz.json: what needs only the calendar still works; what needs
# the fines does not.
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/missing-file
2025-03-27
$ kzmig due --arrival 2025-03-20 --citizenship UZ --data tests/fixtures/bad/missing-file
kzmig: tests/fixtures/bad/missing-file/fines_kz.json: cannot open: No such file or directory
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/empty-file
kzmig: tests/fixtures/bad/empty-file/holidays_kz.json: empty file (expected a JSON object)
[exit 3]
$ KZMIG_DATA=tests/fixtures/bad/empty-file kzmig workdays add 2025-03-20 2
kzmig: tests/fixtures/bad/empty-file/holidays_kz.json: empty file (expected a JSON object)
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/not-json
kzmig: tests/fixtures/bad/not-json/holidays_kz.json:1:1: not valid JSON here (expected a JSON object)
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/truncated
kzmig: tests/fixtures/bad/truncated/holidays_kz.json:31:166: not valid JSON here (expected a JSON object)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --data tests/fixtures/bad/wrong-shape
kzmig: tests/fixtures/bad/wrong-shape/visa_free.json: top level is not an object (expected {...})
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --data tests/fixtures/bad/wrong-member
kzmig: tests/fixtures/bad/wrong-member/fines_kz.json: mci: wrong type (expected an array)
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/no-such-date
kzmig: tests/fixtures/bad/no-such-date/holidays_kz.json: moveable[0].date: '2006-02-30' is not a date (expected YYYY-MM-DD)
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/outside-years
kzmig: tests/fixtures/bad/outside-years/holidays_kz.json: moveable[0].date: 2005 is outside the years of 'kurban-ait' (2006..2199)
[exit 3]
$ kzmig workdays add 2025-03-20 2 --data tests/fixtures/bad/duplicate-holiday
kzmig: tests/fixtures/bad/duplicate-holiday/holidays_kz.json: holidays[1].id: duplicate id 'new-year-1'
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --data tests/fixtures/bad/duplicate-country
kzmig: tests/fixtures/bad/duplicate-country/visa_free.json: countries.UZ: a second time in its object (expected each key once)
[exit 3]
$ kzmig calendar --year 2025 --data=tests/fixtures/bad/duplicate-holiday
kzmig: tests/fixtures/bad/duplicate-holiday/holidays_kz.json: holidays[1].id: duplicate id 'new-year-1'
[exit 3]
#
# ---- output files ----------------------------------------------------------------------------
# A folder that does not exist, and a "folder" that is a file: an error, nothing written.
$ kzmig batch tests/fixtures/rosters/basic.csv --today 2025-03-21 --output tests/fixtures/bad/no-such-folder/due.csv; echo "exit $?"; ls tests/fixtures/bad/no-such-folder 2>&1 | sed 's/^ls: //'
kzmig: tests/fixtures/bad/no-such-folder/due.csv: cannot write there: No such file or directory (expected a file in an existing, writable folder)
exit 1
cannot access 'tests/fixtures/bad/no-such-folder': No such file or directory
$ kzmig batch tests/fixtures/rosters/basic.csv --today 2025-03-21 --output README.md/due.csv
kzmig: README.md/due.csv: cannot write there: Not a directory (expected a file in an existing, writable folder)
[exit 1]
# ---- rosters ---------------------------------------------------------------------------------
# A fatal problem with the whole file (exit 2, nothing on stdout), or a bad row that is
# named and skipped while the good rows still come out (exit 1).
$ printf '' | kzmig batch -
kzmig: stdin: empty file (expected a header row: id,citizenship,arrival,...)
[exit 2]
$ printf 'id,citizenship\nA1,UZ\n' | kzmig batch -
kzmig: stdin:1: no column 'arrival' in the header (expected the columns id,citizenship,arrival and optionally name,birth,visa_expiry,passport_expiry,trp_expiry,entry,host,count_from,email,trips,moves)
[exit 2]
$ printf 'id,citizenship,arrival,id\nA1,UZ,2025-03-20,A2\n' | kzmig batch -
kzmig: stdin:1: column 'id' appears twice (expected each column once)
[exit 2]
$ printf 'id,citizenship,arrival\n"A1,UZ,2025-03-20\nA2,UZ,2025-03-20\n' | kzmig batch - --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
kzmig: stdin:2: a quoted cell never closed (expected a closing " before the end of the file)
[exit 1]
$ set -o pipefail; printf 'id,citizenship,arrival\nA\0001,UZ,2025-03-20\nA2,UZ,2025-03-20\n' | kzmig batch - --only arrival-notification --today 2025-03-21 | cut -d, -f1-6
kzmig: stdin:2: a NUL byte (expected text: save the roster as CSV, UTF-8)
id,name,citizenship,deadline,opens,due
A2,,UZ,arrival-notification,,2025-03-27
[exit 1]
# Named UTF-8, a roster that is not is refused by the row (left to detection it would be
# read as Windows-1251: encodings.t).
$ set -o pipefail; printf 'id,name,citizenship,arrival\nA1,\377\376,UZ,2025-03-20\n' | kzmig batch - --encoding utf-8 --only arrival-notification --today 2025-03-21 | cut -d, -f1-6
kzmig: stdin:2: invalid UTF-8 (expected text: save the roster as CSV, UTF-8)
id,name,citizenship,deadline,opens,due
[exit 1]
$ set -o pipefail; printf 'id,citizenship,arrival\r\nA1,UZ,2025-03-20\r\n' | kzmig batch - --only arrival-notification --today 2025-03-21 | cut -d, -f1-6
id,name,citizenship,deadline,opens,due
A1,,UZ,arrival-notification,,2025-03-27
$ set -o pipefail; (printf 'id,name,citizenship,arrival\nA1,'; head -c 1048576 /dev/zero | tr '\0' x; printf ',UZ,2025-03-20\nA2,y,UZ,2025-03-20\n') | kzmig batch - --only arrival-notification --today 2025-03-21 | cut -d, -f1-6
kzmig: stdin:2: a record longer than 65536 bytes (expected shorter cells)
id,name,citizenship,deadline,opens,due
A2,y,UZ,arrival-notification,,2025-03-27
[exit 1]
$ set -o pipefail; (printf 'id,citizenship,arrival'; head -c 1000000 /dev/zero | tr '\0' ','; printf '\nA1,UZ,2025-03-20\n') | kzmig batch - --only arrival-notification --today 2025-03-21 | cut -d, -f1-6
kzmig: stdin:1: a record longer than 65536 bytes (expected shorter cells)
[exit 2]
# A file that never ends a line (/dev/zero) is no roster: the header is given up past
# the record limit, not read for ever.
$ kzmig batch /dev/zero
kzmig: /dev/zero:1: a record longer than 65536 bytes (expected shorter cells)
[exit 2]
$ set -o pipefail; (printf 'id,citizenship,arrival\nA1,UZ,2025-03-20'; head -c 1000000 /dev/zero | tr '\0' ','; printf '\nA2,UZ,2025-03-20\n') | kzmig batch - --only arrival-notification --today 2025-03-21 | cut -d, -f1-6
kzmig: stdin:2: a record longer than 65536 bytes (expected shorter cells)
id,name,citizenship,deadline,opens,due
A2,,UZ,arrival-notification,,2025-03-27
[exit 1]
# A long option may be shortened while it stays one: a prefix of several is called
# ambiguous, with the options it could be.
$ kzmig due --co 2025-03-20 --arrival 2025-03-20 --citizenship UZ
kzmig: due: option '--co' is ambiguous (expected one of --count-from, --color)
[exit 2]
$ kzmig batch examples/roster.csv --o x.csv
kzmig: batch: option '--o' is ambiguous (expected one of --output, --only)
[exit 2]
$ kzmig due --arr 2025-03-20 --citizenship UZ --today 2025-03-21 --format json | jq -r .arrival
2025-03-20
