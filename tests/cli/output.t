# Every command's output goes through one writer (src/cli/out.c) or is checked when the
# command ends (main.c): a failed write is exit 1 with a message, never a silent exit 0.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --format json >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --format ics >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig remind examples/roster.csv --within 7 --today 2025-09-01 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig remind examples/roster.csv --within 7 --today 2025-09-01 --format json >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig batch examples/roster.csv --today 2025-09-01 --format json >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig calendar --year 2025 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig calendar --year 2025 --format json >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig fine late-notification --on 2025-03-28 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig fees --year 2025 --format json >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig stay --citizenship UZ --on 2025-03-01 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]
$ kzmig workdays add 2025-03-20 3 >/dev/full
kzmig: stdout: write error: No space left on device
[exit 1]

# remind names an institution's deadline by its policy's title, as due and batch do
# (words.c deadline_title), never by the rule's basis paragraph.
$ kzmig remind examples/roster.csv --policy examples/policy.json --within 7 --today 2025-03-20 --only policy-passport-to-office
Migration deadlines from Thu 20 Mar 2025 to Thu 27 Mar 2025 (examples/roster.csv):

Wed 26 Mar 2025 (in 6 days)
  Ali Valiyev (S001): Hand the passport to the international office; who: the person

Not legal advice: check with the migration service.
$ kzmig batch examples/roster.csv --policy examples/policy.json --today 2025-03-20 --only policy-passport-to-office --format json | grep -o '"title":"[^"]*"' | sort -u
"title":"Hand the passport to the international office"
$ kzmig remind examples/roster.csv --policy examples/policy.json --within 7 --today 2025-03-20 --only policy-passport-to-office --format json | grep -o '"title":"[^"]*"'
"title":"Hand the passport to the international office"
# --output: "-" is standard output; a symbolic link stays a link and its file is
# written, keeping its mode (0600 here); a device is written, never replaced; the
# roster being read, or a folder, is refused before a row is read, and nothing is made.
$ kzmig batch examples/roster.csv --today 2025-09-01 --only trp --output - | head -2 | cut -d, -f1-6
id,name,citizenship,deadline,opens,due
S001,Ali Valiyev,UZ,trp,,2025-04-18
$ d=$(mktemp -d) && touch $d/file.csv && chmod 600 $d/file.csv && ln -s file.csv $d/link.csv && kzmig batch examples/roster.csv --today 2025-09-01 --output $d/link.csv && ls -l $d | awk 'NR > 1 {print $1, $NF}' && wc -l <$d/file.csv && ls -A $d | wc -l; rm -rf $d
-rw------- file.csv
lrwxrwxrwx file.csv
15
2
$ kzmig batch examples/roster.csv --today 2025-09-01 --output /dev/null && ls -l /dev/null | cut -c1
c
$ d=$(mktemp -d) && cp examples/roster.csv $d/r.csv && (cd $d && kzmig batch r.csv --today 2025-09-01 --output ./r.csv); cmp -s examples/roster.csv $d/r.csv && echo "the roster is unchanged"; ls -A $d; rm -rf $d
kzmig: ./r.csv: is the roster being read (expected another file)
the roster is unchanged
r.csv
$ kzmig batch examples/roster.csv --today 2025-09-01 --output tests/
kzmig: tests/: a folder (expected a file name)
[exit 2]
$ kzmig batch examples/roster.csv --today 2025-09-01 --output /no/such/folder/out.csv
kzmig: /no/such/folder/out.csv: cannot write there: No such file or directory (expected a file in an existing, writable folder)
[exit 1]
# An interrupted run (SIGINT, SIGTERM or SIGHUP) leaves no temporary file: it is removed
# and kzmig dies of the signal (the binary itself is signalled, not the test's wrapper).
$ d=$(mktemp -d) && yes 'A1,UZ,2025-03-20' | head -1000000 | sed '1i id,citizenship,arrival' >$d/big.csv && ("$KZMIG_BIN" batch $d/big.csv --today 2025-09-01 --output $d/out.csv & p=$!; sleep 0.3; kill -TERM $p; wait $p; echo "exit $?"); ls -A $d; rm -rf $d
exit 143
big.csv
# With standard error closed, a message never lands in the output file (fd 2 is taken
# by /dev/null first).
$ d=$(mktemp -d) && printf 'id,citizenship,arrival\nA1,UZ,2025-03-20\nA2,XX,2025-03-20\n' >$d/r.csv && kzmig batch $d/r.csv --today 2025-09-01 --only trp --output $d/out.csv 2>&-; echo "exit $?"; grep -c kzmig $d/out.csv; rm -rf $d
exit 1
0
# Options after the roster, as the README writes them, also with POSIXLY_CORRECT set.
$ POSIXLY_CORRECT=1 kzmig batch examples/roster.csv --today 2025-09-01 --only trp | head -1
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
