# What `data check` refuses, loading refuses, with the same message: each folder
# of tests/fixtures/refused/ is the real data with one defect (the other files are links
# to data/), and each is refused both by `data check` and by a command that loads it.
#
# A transfer that pairs a day with itself (Saturday 15 March 2025 for itself).
$ kzmig data check tests/fixtures/refused/self-transfer
kzmig: tests/fixtures/refused/self-transfer/holidays_kz.json: transfers[47]: work and off are the same day, 2025-03-15 (expected a day worked in exchange for another given off)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --data tests/fixtures/refused/self-transfer
kzmig: tests/fixtures/refused/self-transfer/holidays_kz.json: transfers[47]: work and off are the same day, 2025-03-15 (expected a day worked in exchange for another given off)
[exit 3]
$ kzmig workdays add 2025-03-14 1 --data tests/fixtures/refused/self-transfer
kzmig: tests/fixtures/refused/self-transfer/holidays_kz.json: transfers[47]: work and off are the same day, 2025-03-15 (expected a day worked in exchange for another given off)
[exit 3]
# Fines without CAO 518 part 1, which every `due` looks up.
$ kzmig data check tests/fixtures/refused/no-518
kzmig: tests/fixtures/refused/no-518/fines_kz.json: fines: no article 518 part 1 (expected the parts kzmig looks up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --data tests/fixtures/refused/no-518
kzmig: tests/fixtures/refused/no-518/fines_kz.json: fines: no article 518 part 1 (expected the parts kzmig looks up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)
[exit 3]
# A key given twice ("as_of"): jq and Python would take the last, cJSON the first.
$ kzmig data check tests/fixtures/refused/duplicate-key
kzmig: tests/fixtures/refused/duplicate-key/fines_kz.json: as_of: a second time in its object (expected each key once)
[exit 3]
$ kzmig fees --year 2025 --data tests/fixtures/refused/duplicate-key
kzmig: tests/fixtures/refused/duplicate-key/fines_kz.json: as_of: a second time in its object (expected each key once)
[exit 3]
# A second JSON value after the first, on line 107.
$ kzmig data check tests/fixtures/refused/trailing-garbage
kzmig: tests/fixtures/refused/trailing-garbage/holidays_kz.json:107:1: more text after the JSON value (expected the end of the file)
[exit 3]
$ kzmig calendar --year 2025 --data tests/fixtures/refused/trailing-garbage
kzmig: tests/fixtures/refused/trailing-garbage/holidays_kz.json:107:1: more text after the JSON value (expected the end of the file)
[exit 3]
# A policy of 30 rules: with the law's deadlines a person's would not fit in what batch
# keeps for each, so the policy is refused where it is loaded, by every command.
$ kzmig data check --policy tests/fixtures/refused/policies/30-rules.json
kzmig: tests/fixtures/refused/policies/30-rules.json: rules: 30 rules (expected at most 25: with the law's 7 deadlines, a person's must fit in the 32 that batch keeps for each)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --policy tests/fixtures/refused/policies/30-rules.json
kzmig: tests/fixtures/refused/policies/30-rules.json: rules: 30 rules (expected at most 25: with the law's 7 deadlines, a person's must fit in the 32 that batch keeps for each)
[exit 3]
$ printf 'id,citizenship,arrival,visa_expiry,passport_expiry\na,IN,2025-03-20,2025-06-01,2030-01-01\n' | kzmig batch - --today 2025-03-21 --policy tests/fixtures/refused/policies/30-rules.json
kzmig: tests/fixtures/refused/policies/30-rules.json: rules: 30 rules (expected at most 25: with the law's 7 deadlines, a person's must fit in the 32 that batch keeps for each)
[exit 3]
# 25 rules fit: every row of batch gets its deadlines (a header and 30 rows here).
$ kzmig data check --policy tests/fixtures/refused/policies/25-rules.json | grep policies
tests/fixtures/refused/policies/25-rules.json: ok (25 entries, as of 2026-09-01)
$ printf 'id,citizenship,arrival,visa_expiry,passport_expiry\na,IN,2025-03-20,2025-06-01,2030-01-01\n' | kzmig batch - --today 2025-03-21 --policy tests/fixtures/refused/policies/25-rules.json | wc -l
31
# 66 policy files, the last one bad: every one is checked, none is skipped.
$ kzmig data check tests/fixtures/refused/many-policies
kzmig: tests/fixtures/refused/many-policies/p66.json: rules[0].unit: 'weeks' (expected working-days or days)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --policy tests/fixtures/refused/many-policies/p66.json
kzmig: tests/fixtures/refused/many-policies/p66.json: rules[0].unit: 'weeks' (expected working-days or days)
[exit 3]
# The 65 good ones alone: an "ok" line each (a cap of 64 checked 64 at a time).
$ d=$(mktemp -d) && cp tests/fixtures/refused/many-policies/p[0-5]*.json tests/fixtures/refused/many-policies/p6[0-5].json "$d" && kzmig data check "$d" | grep -c ': ok (1 entry'; rm -rf "$d"
65
# A country without its Kazakh name: every text a person reads is in English, Russian and
# Kazakh (data/visa_free.json name_ru, name_kk), so the file is refused by its JSON path.
$ kzmig data check tests/fixtures/refused/no-kazakh-name
kzmig: tests/fixtures/refused/no-kazakh-name/visa_free.json: countries.UZ.name_kk: missing (expected the Kazakh of name: every text a person reads is in English, Russian and Kazakh)
[exit 3]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --data tests/fixtures/refused/no-kazakh-name
kzmig: tests/fixtures/refused/no-kazakh-name/visa_free.json: countries.UZ.name_kk: missing (expected the Kazakh of name: every text a person reads is in English, Russian and Kazakh)
[exit 3]
