# The bash completion (contrib/kzmig.bash) offers each command's own options, the words
# of an option that has a few, and nothing where a value is free text: never option
# names as a value.
$ tests/cli/complete kzmig due --co
--color
--count-from
$ tests/cli/complete kzmig due --citizenship ''
$ tests/cli/complete kzmig due --arrival 2025-03-20 --t
--today
--trip
--trp-expiry
$ tests/cli/complete kzmig due --entry ''
visa
visa-free
$ tests/cli/complete kzmig remind --color ''
always
auto
never
$ tests/cli/complete kzmig calendar --c
--color
$ tests/cli/complete kzmig batch --format ''
csv
ics
json
xlsx
$ tests/cli/complete kzmig batch ''
<files @(csv|txt)>
$ tests/cli/complete kzmig batch --encoding ''
auto
cp1251
utf-16
utf-8
$ tests/cli/complete kzmig remind --e
--encoding
$ tests/cli/complete kzmig ''
--data
--help
--lang
--version
batch
calendar
data
due
fees
fine
help
remind
stay
version
workdays
# --lang, with every command, and its three values
$ tests/cli/complete kzmig due --la
--lang
$ tests/cli/complete kzmig calendar --lang ''
en
kk
ru
