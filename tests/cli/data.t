# kzmig data check [DIR] [--policy FILE]...: every data and policy file, every problem on
# its own line (FILE:LINE:COL for JSON syntax, FILE: json.path otherwise), exit 3.
# The counts and as_of dates of the real data change with the data: they are masked here.
$ set -o pipefail; kzmig data check | sed -E "/policy/!s/\([0-9]+ entries, as of [0-9-]{10}\)/(N entries, as of DATE)/"
holidays_kz.json (built in): ok (N entries, as of DATE)
visa_free.json (built in): ok (N entries, as of DATE)
fines_kz.json (built in): ok (N entries, as of DATE)
visa_free.json (built in): note: regime AE is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
visa_free.json (built in): note: regime AT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime AU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime BE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime BG is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime BH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CA is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CH is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CO is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CY is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CZ is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime DE is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime DK is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime EE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime ES is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime FI is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime FR is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime GB is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime GR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime HR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime HU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime ID is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IS is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IT is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime JP is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime KR is applied beyond its sources on 2014-11-29..2016-12-31, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
visa_free.json (built in): note: regime KW is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LI is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LV is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MC is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MX is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MY is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime NL is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime NO is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime NZ is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime OM is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime PH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime PL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime PT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime QA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime RO is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SG is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SI is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SK is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime TH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime TJ is applied beyond its sources on ..2019-07-21
visa_free.json (built in): note: regime TR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
visa_free.json (built in): note: regime US is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime UZ is applied beyond its sources on ..2020-01-06, 2020-01-07..2023-01-26, 2023-01-27..2024-04-13
visa_free.json (built in): note: regime VA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime VN is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: term arrival-notification is applied beyond its sources on 2015-12-05..2016-04-06, 2022-03-15..2022-04-30
visa_free.json (built in): note: term move-notification is applied beyond its sources on 2015-12-05..2016-04-06, 2022-03-15..2022-04-30
visa_free.json (built in): note: term registration is applied beyond its sources on 2014-06-12..2015-12-04, 2015-12-05..2016-04-06, 2018-07-01..2020-01-06, 2020-01-07..2020-01-31
visa_free.json (built in): note: term re-registration is applied beyond its sources on 2014-06-12..2015-12-04, 2015-12-05..2016-04-06, 2018-07-01..2020-01-06, 2020-01-07..2020-01-31
visa_free.json (built in): note: term self-registration is applied beyond its sources on 2026-07-01..
visa_free.json (built in): note: term self-re-registration is applied beyond its sources on 2026-07-01..
fines_kz.json (built in): note: fine CAO 518 part 1 is applied beyond its sources on 2015-01-01..2017-01-31, 2018-01-08..2018-01-31
fines_kz.json (built in): note: fine CAO 518 part 2 is applied beyond its sources on 2015-01-01..2017-01-31
fines_kz.json (built in): note: fine CAO 518 part 3 is applied beyond its sources on 2015-01-01..2017-01-31
fines_kz.json (built in): note: fine CAO 518 part 4 is applied beyond its sources on 2015-01-01..2017-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 518 part 5 is applied beyond its sources on 2015-01-01..2017-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 1 is applied beyond its sources on 2015-01-01..2016-12-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 2 is applied beyond its sources on 2015-01-01..2016-12-31, 2018-01-08..2018-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 3 is applied beyond its sources on 2015-01-01..2016-12-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 4 is applied beyond its sources on 2015-01-01..2016-12-31, 2018-01-08..2018-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 5 is applied beyond its sources on 2015-01-01..2016-12-31
fines_kz.json (built in): note: fine CAO 517 part 6 is applied beyond its sources on 2015-01-01..2016-12-31
fines_kz.json (built in): note: fine CAO 517 part 7 is applied beyond its sources on 2015-01-01..2016-12-31
fines_kz.json (built in): note: duty invitation is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty exit-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty single-entry-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty multiple-entry-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty prp-exit-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty residence-card is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty trp is applied beyond its sources on 2015-01-01..2017-12-31
# The same files from a folder, and a policy.
$ set -o pipefail; kzmig data check data/ --policy examples/policy.json | sed -E "/policy/!s/\([0-9]+ entries, as of [0-9-]{10}\)/(N entries, as of DATE)/"
data/holidays_kz.json: ok (N entries, as of DATE)
data/visa_free.json: ok (N entries, as of DATE)
data/fines_kz.json: ok (N entries, as of DATE)
examples/policy.json: ok (6 entries, as of 2026-09-01)
data/visa_free.json: note: regime AE is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
data/visa_free.json: note: regime AT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime AU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime BE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime BG is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime BH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime CA is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime CH is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime CL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime CO is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime CY is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime CZ is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime DE is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime DK is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime EE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime ES is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime FI is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime FR is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime GB is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime GR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime HR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime HU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime ID is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime IE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime IL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime IS is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime IT is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime JP is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime KR is applied beyond its sources on 2014-11-29..2016-12-31, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
data/visa_free.json: note: regime KW is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime LI is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime LT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime LU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime LV is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime MC is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime MT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime MX is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime MY is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime NL is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime NO is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime NZ is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime OM is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime PH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime PL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime PT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime QA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime RO is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime SA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime SE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime SG is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime SI is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime SK is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime TH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime TJ is applied beyond its sources on ..2019-07-21
data/visa_free.json: note: regime TR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
data/visa_free.json: note: regime US is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime UZ is applied beyond its sources on ..2020-01-06, 2020-01-07..2023-01-26, 2023-01-27..2024-04-13
data/visa_free.json: note: regime VA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: regime VN is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
data/visa_free.json: note: term arrival-notification is applied beyond its sources on 2015-12-05..2016-04-06, 2022-03-15..2022-04-30
data/visa_free.json: note: term move-notification is applied beyond its sources on 2015-12-05..2016-04-06, 2022-03-15..2022-04-30
data/visa_free.json: note: term registration is applied beyond its sources on 2014-06-12..2015-12-04, 2015-12-05..2016-04-06, 2018-07-01..2020-01-06, 2020-01-07..2020-01-31
data/visa_free.json: note: term re-registration is applied beyond its sources on 2014-06-12..2015-12-04, 2015-12-05..2016-04-06, 2018-07-01..2020-01-06, 2020-01-07..2020-01-31
data/visa_free.json: note: term self-registration is applied beyond its sources on 2026-07-01..
data/visa_free.json: note: term self-re-registration is applied beyond its sources on 2026-07-01..
data/fines_kz.json: note: fine CAO 518 part 1 is applied beyond its sources on 2015-01-01..2017-01-31, 2018-01-08..2018-01-31
data/fines_kz.json: note: fine CAO 518 part 2 is applied beyond its sources on 2015-01-01..2017-01-31
data/fines_kz.json: note: fine CAO 518 part 3 is applied beyond its sources on 2015-01-01..2017-01-31
data/fines_kz.json: note: fine CAO 518 part 4 is applied beyond its sources on 2015-01-01..2017-01-31, 2020-01-07..2020-01-31
data/fines_kz.json: note: fine CAO 518 part 5 is applied beyond its sources on 2015-01-01..2017-01-31, 2020-01-07..2020-01-31
data/fines_kz.json: note: fine CAO 517 part 1 is applied beyond its sources on 2015-01-01..2016-12-31, 2020-01-07..2020-01-31
data/fines_kz.json: note: fine CAO 517 part 2 is applied beyond its sources on 2015-01-01..2016-12-31, 2018-01-08..2018-01-31, 2020-01-07..2020-01-31
data/fines_kz.json: note: fine CAO 517 part 3 is applied beyond its sources on 2015-01-01..2016-12-31, 2020-01-07..2020-01-31
data/fines_kz.json: note: fine CAO 517 part 4 is applied beyond its sources on 2015-01-01..2016-12-31, 2018-01-08..2018-01-31, 2020-01-07..2020-01-31
data/fines_kz.json: note: fine CAO 517 part 5 is applied beyond its sources on 2015-01-01..2016-12-31
data/fines_kz.json: note: fine CAO 517 part 6 is applied beyond its sources on 2015-01-01..2016-12-31
data/fines_kz.json: note: fine CAO 517 part 7 is applied beyond its sources on 2015-01-01..2016-12-31
data/fines_kz.json: note: duty invitation is applied beyond its sources on 2015-01-01..2017-12-31
data/fines_kz.json: note: duty exit-visa is applied beyond its sources on 2015-01-01..2017-12-31
data/fines_kz.json: note: duty single-entry-visa is applied beyond its sources on 2015-01-01..2017-12-31
data/fines_kz.json: note: duty multiple-entry-visa is applied beyond its sources on 2015-01-01..2017-12-31
data/fines_kz.json: note: duty prp-exit-visa is applied beyond its sources on 2015-01-01..2017-12-31
data/fines_kz.json: note: duty residence-card is applied beyond its sources on 2015-01-01..2017-12-31
data/fines_kz.json: note: duty trp is applied beyond its sources on 2015-01-01..2017-12-31
# A folder with no data files is a folder of policies: its *.json files are checked as
# policies, with the built-in data; naming the same policy again checks it once.
$ set -o pipefail; kzmig data check examples/ --policy examples/policy.json | sed -E "/policy/!s/\([0-9]+ entries, as of [0-9-]{10}\)/(N entries, as of DATE)/"
holidays_kz.json (built in): ok (N entries, as of DATE)
visa_free.json (built in): ok (N entries, as of DATE)
fines_kz.json (built in): ok (N entries, as of DATE)
examples/policy.json: ok (6 entries, as of 2026-09-01)
visa_free.json (built in): note: regime AE is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
visa_free.json (built in): note: regime AT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime AU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime BE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime BG is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime BH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CA is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CH is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CO is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CY is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime CZ is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime DE is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime DK is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime EE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime ES is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime FI is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime FR is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime GB is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime GR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime HR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime HU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime ID is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IS is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime IT is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime JP is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime KR is applied beyond its sources on 2014-11-29..2016-12-31, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
visa_free.json (built in): note: regime KW is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LI is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LU is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime LV is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MC is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MX is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime MY is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime NL is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime NO is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime NZ is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime OM is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime PH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime PL is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime PT is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime QA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime RO is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SE is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SG is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SI is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime SK is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime TH is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime TJ is applied beyond its sources on ..2019-07-21
visa_free.json (built in): note: regime TR is applied beyond its sources on 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-04-30
visa_free.json (built in): note: regime US is applied beyond its sources on 2014-07-15..2015-07-15, 2018-07-01..2019-09-30, 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime UZ is applied beyond its sources on ..2020-01-06, 2020-01-07..2023-01-26, 2023-01-27..2024-04-13
visa_free.json (built in): note: regime VA is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: regime VN is applied beyond its sources on 2019-10-01..2020-04-16, 2020-04-17..2021-12-31
visa_free.json (built in): note: term arrival-notification is applied beyond its sources on 2015-12-05..2016-04-06, 2022-03-15..2022-04-30
visa_free.json (built in): note: term move-notification is applied beyond its sources on 2015-12-05..2016-04-06, 2022-03-15..2022-04-30
visa_free.json (built in): note: term registration is applied beyond its sources on 2014-06-12..2015-12-04, 2015-12-05..2016-04-06, 2018-07-01..2020-01-06, 2020-01-07..2020-01-31
visa_free.json (built in): note: term re-registration is applied beyond its sources on 2014-06-12..2015-12-04, 2015-12-05..2016-04-06, 2018-07-01..2020-01-06, 2020-01-07..2020-01-31
visa_free.json (built in): note: term self-registration is applied beyond its sources on 2026-07-01..
visa_free.json (built in): note: term self-re-registration is applied beyond its sources on 2026-07-01..
fines_kz.json (built in): note: fine CAO 518 part 1 is applied beyond its sources on 2015-01-01..2017-01-31, 2018-01-08..2018-01-31
fines_kz.json (built in): note: fine CAO 518 part 2 is applied beyond its sources on 2015-01-01..2017-01-31
fines_kz.json (built in): note: fine CAO 518 part 3 is applied beyond its sources on 2015-01-01..2017-01-31
fines_kz.json (built in): note: fine CAO 518 part 4 is applied beyond its sources on 2015-01-01..2017-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 518 part 5 is applied beyond its sources on 2015-01-01..2017-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 1 is applied beyond its sources on 2015-01-01..2016-12-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 2 is applied beyond its sources on 2015-01-01..2016-12-31, 2018-01-08..2018-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 3 is applied beyond its sources on 2015-01-01..2016-12-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 4 is applied beyond its sources on 2015-01-01..2016-12-31, 2018-01-08..2018-01-31, 2020-01-07..2020-01-31
fines_kz.json (built in): note: fine CAO 517 part 5 is applied beyond its sources on 2015-01-01..2016-12-31
fines_kz.json (built in): note: fine CAO 517 part 6 is applied beyond its sources on 2015-01-01..2016-12-31
fines_kz.json (built in): note: fine CAO 517 part 7 is applied beyond its sources on 2015-01-01..2016-12-31
fines_kz.json (built in): note: duty invitation is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty exit-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty single-entry-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty multiple-entry-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty prp-exit-visa is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty residence-card is applied beyond its sources on 2015-01-01..2017-12-31
fines_kz.json (built in): note: duty trp is applied beyond its sources on 2015-01-01..2017-12-31
# Several problems in each file: all are listed, none on stdout.  Among them: a duplicate
# holiday id and a duplicate day, 29 Feb (not in every year), a moveable date outside its
# holiday's years (kurban-ait until 2024), a date that does not exist (30 Feb 2023), two
# dates in one year, a regime gap (31 Dec 2020 -> 1 Feb 2021) and overlap (to 26 Jan
# 2023, then from 20 Jan), MCI dates out of order, a fine without any amount.
$ kzmig data check tests/fixtures/bad-data/several
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: holidays[1].id: duplicate id 'new-year'
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: holidays[2]: no day 02-29 in every year
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: holidays[4]: the same day 03-08 as holidays[3] in overlapping years (a duplicate?)
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: holidays[5].source: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: moveable[1]: a second date for 'kurban-ait' in 2024
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: moveable[2].date: 2025 is outside the years of 'kurban-ait' (2006..2024)
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: moveable[3].date: '2023-02-30' is not a date (expected YYYY-MM-DD)
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: moveable[4].holiday: 'nauryz' is not a moveable holiday
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: transfers[1].off: 2025-01-03 is already in transfers[0] (a duplicate?)
kzmig: tests/fixtures/bad-data/several/holidays_kz.json: transfers[2].source: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.KG.regimes[1].from: expected the day after the previous regime's until (no gap, no overlap)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.UZ.regimes[1].confidence: 'sure' (expected high, medium or low)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.UZ.regimes[1].from: expected the day after the previous regime's until (no gap, no overlap)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.RU: out of order (expected codes in A-Z order)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.RU.regimes[0].source: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.XK: not an ISO 3166-1 alpha-2 code (expected one of the 249)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.XK.regimes[0].regime: 'visa-free' (expected visa-required, eaeu, bilateral or unilateral)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries.XK.regimes[0]: limit and window go together (expected limit <= window)
kzmig: tests/fixtures/bad-data/several/visa_free.json: terms: missing (expected an array)
kzmig: tests/fixtures/bad-data/several/visa_free.json: countries: no entry for 246 ISO 3166-1 codes: AD, AE, AF, AG, AI, AL, AM, AO, ... (expected all 249)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: mci[0].confidence: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: mci[1].from: expected dates in increasing order
kzmig: tests/fixtures/bad-data/several/fines_kz.json: mci[1].confidence: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: mci[2].source: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: mci[2].confidence: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: duties[0].source: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: duties[0].confidence: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: duties[1].mci: 0.55 out of range (expected 0..10000 in steps of 0.1)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: duties[1].confidence: missing (expected a string)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines[0].by_host.large: missing
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines[1].mci: missing (expected a number of MCI, or null for no fine)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines[2]: article 518 part 1 appears apart from its other texts (expected each part's texts next to each other)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines[3].mci: null and no alternative (expected an amount, or the penalty that replaces it)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines: no article 518 part 3 (expected the parts kzmig looks up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines: no article 517 part 4 (expected the parts kzmig looks up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)
kzmig: tests/fixtures/bad-data/several/fines_kz.json: fines: no article 517 part 6 (expected the parts kzmig looks up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)
[exit 3]
# Transfers are checked against the calendar without them: Mon 6 Jan 2025 is a working
# day already, Sat 11 Jan a weekend day.
$ kzmig data check tests/fixtures/bad-data/bad-transfer
kzmig: tests/fixtures/bad-data/bad-transfer/holidays_kz.json: transfers[1].off: 2025-01-11 is not a working day (expected a day to make a day off)
kzmig: tests/fixtures/bad-data/bad-transfer/holidays_kz.json: transfers[1].work: 2025-01-06 is a working day already (expected a weekend day or a day off)
[exit 3]
$ kzmig data check tests/fixtures/bad-data/empty
kzmig: tests/fixtures/bad-data/empty/holidays_kz.json: empty file (expected a JSON object)
[exit 3]
# Line 4: `    "UZ": {"name": "Uzbekistan" "regimes": []}` lacks a comma before column 33.
$ kzmig data check tests/fixtures/bad-data/not-json
kzmig: tests/fixtures/bad-data/not-json/visa_free.json:4:33: not valid JSON here (expected a JSON object)
[exit 3]
$ kzmig data check tests/fixtures/bad-data/wrong-shape
kzmig: tests/fixtures/bad-data/wrong-shape/fines_kz.json: mci: wrong type (expected an array)
kzmig: tests/fixtures/bad-data/wrong-shape/fines_kz.json: duties[0]: wrong type (expected an object)
kzmig: tests/fixtures/bad-data/wrong-shape/fines_kz.json: fines: wrong type (expected an array)
[exit 3]
# A folder that holds some of the data files must hold all three.
$ kzmig data check tests/fixtures/bad-data/
kzmig: tests/fixtures/bad-data: no data or policy files here (expected holidays_kz.json, visa_free.json, fines_kz.json or a policy .json)
[exit 3]
$ kzmig data check tests/fixtures/no-such-folder
kzmig: tests/fixtures/no-such-folder: cannot open: No such file or directory
[exit 3]
$ kzmig data check examples/policy.json
kzmig: examples/policy.json: not a folder (expected a folder with the data files)
[exit 3]
$ kzmig data check data/ --policy tests/fixtures/no-such-policy.json
kzmig: tests/fixtures/no-such-policy.json: cannot open: No such file or directory
[exit 3]
$ kzmig data
kzmig: data: a subcommand is needed (expected 'check [DIR] [--policy FILE]')
[exit 2]
$ kzmig data verify
kzmig: data: unknown subcommand 'verify' (expected 'check [DIR] [--policy FILE]')
[exit 2]
$ kzmig data check data/ examples/
kzmig: data check: unexpected argument 'examples/' (expected one DIR at most)
[exit 2]
# A data folder of any length the system takes (here 600 bytes and more): read whole,
# not cut at a fixed buffer.
$ d=$(mktemp -d)/$(printf 'd%.0s' $(seq 200))/$(printf 'e%.0s' $(seq 200))/$(printf 'f%.0s' $(seq 200)) && mkdir -p $d && cp data/*.json $d/ && kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --data $d | head -1 && kzmig data check $d | grep -c ': ok'; rm -rf ${d%/ddd*}
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Thu 20 Mar 2025
3
