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
