# --policy FILE: an institution's own, stricter deadlines next to the legal ones.  The
# filter prints the policy's deadlines from due's JSON (ids "policy-..."), the legal
# ones are in due.t.  An Afghan citizen (visa required) arrived Sat 1 Mar 2025 with a
# visa to Mon 12 May 2025 and a passport to Tue 30 Sep 2025; today is Tue 1 Apr 2025.
#  - passport to the office by the first working day after arrival: counting starts
#    Sun 2 Mar, so Mon 3 Mar (overdue by 29 days);
#  - renew the passport 180 days before 30 Sep: Thu 3 Apr (30 Sep - 29 = 1 Sep, - 31 =
#    1 Aug, - 31 = 1 Jul, - 30 = 1 Jun, - 31 = 1 May, - 28 = 3 Apr);
#  - the office files 2 working days before the legal visa-extension deadline (14 working
#    days before 12 May = Thu 17 Apr; 9 May and 7 May, 1 May are holidays): Wed 16 and
#    Tue 15 Apr are the 2 -> Tue 15 Apr;
#  - the documents between 30 and 15 working days before 12 May: Wed 26 Mar .. Wed 16 Apr
#    (24, 25 Mar are Nauryz days off), open today;
#  - tell the office 3 days before leaving, counted back from the visa expiry: Fri 9 May.
#  The TRP-documents rule applies to EAEU and bilateral regimes only: not here.
$ set -o pipefail; kzmig due --arrival 2025-03-01 --citizenship AF --visa-expiry 2025-05-12 --passport-expiry 2025-09-30 --today 2025-04-01 --policy examples/policy.json --format json | awk -F'\t' '/"id":/ { p = $NF ~ /^"policy-/ } p && /"(id|responsible|event|opens|due|days_left|status|fine)":/ { sub(/^\t+/, ""); sub(/,$/, ""); sub(/\t/, " "); print }'
"id": "policy-passport-to-office"
"responsible": "immigrant"
"event": "2025-03-01"
"opens": null
"due": "2025-03-03"
"days_left": -29
"status": "overdue"
"fine": null
"id": "policy-passport-renewal-notice"
"responsible": "immigrant"
"event": "2025-09-30"
"opens": null
"due": "2025-04-03"
"days_left": 2
"status": "upcoming"
"fine": null
"id": "policy-visa-extension-filing"
"responsible": "institution"
"event": "2025-04-17"
"opens": null
"due": "2025-04-15"
"days_left": 14
"status": "upcoming"
"fine": null
"id": "policy-visa-extension-documents"
"responsible": "immigrant"
"event": "2025-05-12"
"opens": "2025-03-26"
"due": "2025-04-16"
"days_left": 15
"status": "open"
"fine": null
"id": "policy-departure-notice"
"responsible": "immigrant"
"event": "2025-05-12"
"opens": null
"due": "2025-05-09"
"days_left": 38
"status": "upcoming"
"fine": null
# A UZ student (visa-free, bilateral) who arrived Thu 20 Mar 2025 and moved Mon 2 Jun:
# passport to the office on Wed 26 Mar (21-25 Mar are days off) and Tue 3 Jun; TRP
# documents within 10 working days: 20, 26, 27, 28, 31 Mar, 1, 2, 3, 4, 7 Apr -> Mon 7
# Apr; leaving: 3 days before the last day of the 30-day stay, Fri 18 Apr -> Tue 15 Apr.
$ set -o pipefail; kzmig due --arrival 2025-03-20 --citizenship UZ --moved 2025-06-02 --today 2025-03-21 --policy examples/policy.json --format json | awk -F'\t' '/"id":/ { p = $NF ~ /^"policy-/ } p && /"(id|event|due)":/ { sub(/^\t+/, ""); sub(/,$/, ""); sub(/\t/, " "); print }'
"id": "policy-passport-to-office"
"event": "2025-03-20"
"due": "2025-03-26"
"id": "policy-trp-documents"
"event": "2025-03-20"
"due": "2025-04-07"
"id": "policy-departure-notice"
"event": "2025-04-18"
"due": "2025-04-15"
"id": "policy-passport-to-office"
"event": "2025-06-02"
"due": "2025-06-03"
# Every deadline is labelled as the institution's.
$ set -o pipefail; kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --policy examples/policy.json --format json | grep -c '"basis":.*"Example University (institution.s rule): '
3
# A bad policy stops `due` with its first problem and prints nothing on stdout;
# `data check` lists every problem.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --policy tests/fixtures/policies/not-json.json
kzmig: tests/fixtures/policies/not-json.json:5:23: not valid JSON here (expected a JSON object)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --policy tests/fixtures/no-such-policy.json
kzmig: tests/fixtures/no-such-policy.json: cannot open: No such file or directory
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --policy tests/fixtures/policies/several-problems.json
kzmig: tests/fixtures/policies/several-problems.json: as_of: '2026-09-31' is not a date (expected YYYY-MM-DD)
[exit 3]
$ kzmig data check --policy tests/fixtures/policies/several-problems.json
kzmig: tests/fixtures/policies/several-problems.json: as_of: '2026-09-31' is not a date (expected YYYY-MM-DD)
kzmig: tests/fixtures/policies/several-problems.json: rules[0].id: 'passport-to-office' (expected "policy-" and then a-z, 0-9 or -)
kzmig: tests/fixtures/policies/several-problems.json: rules[1].from: 'visa-extention' is neither a legal deadline id nor an earlier rule's (expected e.g. deadline:visa-extension)
kzmig: tests/fixtures/policies/several-problems.json: rules[2].ofset: unknown member (expected one of the members in examples/policy.json)
kzmig: tests/fixtures/policies/several-problems.json: rules[2].offset: missing (expected a number)
kzmig: tests/fixtures/policies/several-problems.json: rules[2].id: duplicate id 'policy-visa-documents' (expected each rule's id once)
kzmig: tests/fixtures/policies/several-problems.json: rules[2].unit: 'weeks' (expected working-days or days)
kzmig: tests/fixtures/policies/several-problems.json: rules[2].responsible: 'the office' (expected immigrant, institution or receiving-party)
kzmig: tests/fixtures/policies/several-problems.json: rules[3].count_from: only for a term after the event (expected offset > 0)
kzmig: tests/fixtures/policies/several-problems.json: rules[3].opens: -1 (expected a window before the event: opens < offset <= 0)
kzmig: tests/fixtures/policies/several-problems.json: rules[3].applies_to.regimes[0]: expected visa-required, eaeu, bilateral or unilateral
kzmig: tests/fixtures/policies/several-problems.json: rules[3].applies_to.citizenships[0]: expected an ISO 3166-1 alpha-2 code in capitals, e.g. "CN"
[exit 3]
$ kzmig data check --policy tests/fixtures/policies/not-json.json
kzmig: tests/fixtures/policies/not-json.json:5:23: not valid JSON here (expected a JSON object)
[exit 3]
# applies_to by what the stay rests on and the TRP route: the TRP documents reach only a
# visa-free citizen whose route is a TRP (KG), not a Chinese student (a bilateral regime
# with no TRP route), nor an Indian student on a visa, who gets the visa documents rule.
$ kzmig due --arrival 2026-09-01 --citizenship KG --today 2026-09-01 --policy examples/policy.json --format json | jq -r '.deadlines[].id' | grep policy- | sort
policy-departure-notice
policy-passport-to-office
policy-trp-documents
$ kzmig due --arrival 2026-09-01 --citizenship CN --today 2026-09-01 --policy examples/policy.json --format json | jq -r '.deadlines[].id' | grep policy- | sort
policy-departure-notice
policy-passport-to-office
$ kzmig due --arrival 2026-09-01 --citizenship IN --visa-expiry 2027-06-30 --today 2026-09-01 --policy examples/policy.json --format json | jq -r '.deadlines[].id' | grep policy- | sort
policy-departure-notice
policy-passport-to-office
policy-visa-extension-documents
policy-visa-extension-filing
# A filter that names no stay is refused by data check.
$ kzmig data check --policy tests/fixtures/policies/bad-stays.json
kzmig: tests/fixtures/policies/bad-stays.json: rules[0].applies_to.trp_route: wrong type (expected true or false)
kzmig: tests/fixtures/policies/bad-stays.json: rules[0].applies_to.stays[0]: expected visa-free, visa or trp
[exit 3]
