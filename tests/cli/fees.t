# kzmig fees: state duties (Tax Code 2017 art. 613; Tax Code 2025 arts. 666-667) at the MCI
# on the day of payment.
# 2026: 0.5 MCI x 4 325 = 2 162.5; 7 x 4 325 = 30 275; 30 x 4 325 = 129 750;
# 0.2 x 4 325 = 865; 4 x 4 325 = 17 300.
$ kzmig fees --on 2026-01-05
State duties on Mon 5 Jan 2026: 1 MCI = 4,325 KZT

  DUTY                                                          MCI          KZT
  Invitation (letter of invitation), per invitee                0.5      2,162.5
  Exit visa                                                     0.5      2,162.5
  Single entry-exit visa (issue or extension)                     7       30,275
  Multiple-entry visa (issue or extension)                       30      129,750
  Exit visa for a PRP holder leaving for permanent residence      1        4,325
  Permanent residence permit (PRP), on approval                   4       17,300
  Residence-permit card                                         0.2          865
  Temporary residence permit (TRP): free of charge                0            0

Sources:
  invitation, single-entry-visa, multiple-entry-visa:
    Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666
    (from 01.01.2026): same rate; KazNMU student page
  exit-visa:
    Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666
    (from 01.01.2026): same rate
  prp-exit-visa:
    Tax Code 2017 art. 613; Tax Code 2025 art. 666
  prp:
    Tax Code 2017 art. 613; Tax Code 2025 art. 666; en.centralasia.news 16.03.2024 (4 MCI on
    approval)
  residence-card:
    Tax Code 2025 art. 667 (the 2017 code's article not recorded)
  trp:
    free of charge: en.centralasia.news 16.03.2024 citing zakon.kz
# 2020 has two values: 2 651 to 31 Mar, 2 778 from 1 Apr (0.5 MCI: 1 325.5, then 1 389).
$ kzmig fees --year 2020
State duties in 2020 (the MCI changed during the year: pay at the value on the day of payment)

From Wed 1 Jan 2020 to Tue 31 Mar 2020: 1 MCI = 2,651 KZT
  DUTY                                                          MCI          KZT
  Invitation (letter of invitation), per invitee                0.5      1,325.5
  Exit visa                                                     0.5      1,325.5
  Single entry-exit visa (issue or extension)                     7       18,557
  Multiple-entry visa (issue or extension)                       30       79,530
  Exit visa for a PRP holder leaving for permanent residence      1        2,651
  Permanent residence permit (PRP), on approval                   4       10,604
  Residence-permit card                                         0.2        530.2
  Temporary residence permit (TRP): free of charge                0            0

From Wed 1 Apr 2020 to Thu 31 Dec 2020: 1 MCI = 2,778 KZT
  DUTY                                                          MCI          KZT
  Invitation (letter of invitation), per invitee                0.5        1,389
  Exit visa                                                     0.5        1,389
  Single entry-exit visa (issue or extension)                     7       19,446
  Multiple-entry visa (issue or extension)                       30       83,340
  Exit visa for a PRP holder leaving for permanent residence      1        2,778
  Permanent residence permit (PRP), on approval                   4       11,112
  Residence-permit card                                         0.2        555.6
  Temporary residence permit (TRP): free of charge                0            0

Sources:
  invitation, single-entry-visa, multiple-entry-visa:
    Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666
    (from 01.01.2026): same rate; KazNMU student page
  exit-visa:
    Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666
    (from 01.01.2026): same rate
  prp-exit-visa:
    Tax Code 2017 art. 613; Tax Code 2025 art. 666
  prp:
    Tax Code 2017 art. 613; Tax Code 2025 art. 666; en.centralasia.news 16.03.2024 (4 MCI on
    approval)
  residence-card:
    Tax Code 2025 art. 667 (the 2017 code's article not recorded)
  trp:
    free of charge: en.centralasia.news 16.03.2024 citing zakon.kz
$ kzmig fees --year 2020 --format json | grep -E '"(year|from|until|mci_value)"'
	"year":	2020,
			"from":	"2020-01-01",
			"until":	"2020-03-31",
			"mci_value":	2651,
			"from":	"2020-04-01",
			"until":	"2020-12-31",
			"mci_value":	2778,
# 2022: one value, 3 063, all year (0.5 MCI = 1 531.5).
$ kzmig fees --year 2022 --format json
{
	"on":	null,
	"year":	2022,
	"provisional":	false,
	"as_of":	"2026-11-01",
	"periods":	[{
			"from":	"2022-01-01",
			"until":	"2022-12-31",
			"mci_value":	3063,
			"duties":	[{
					"id":	"invitation",
					"name":	"Invitation (letter of invitation), per invitee",
					"mci":	0.5,
					"kzt":	1531.5,
					"source":	"Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666 (from 01.01.2026): same rate; KazNMU student page"
				}, {
					"id":	"exit-visa",
					"name":	"Exit visa",
					"mci":	0.5,
					"kzt":	1531.5,
					"source":	"Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666 (from 01.01.2026): same rate"
				}, {
					"id":	"single-entry-visa",
					"name":	"Single entry-exit visa (issue or extension)",
					"mci":	7,
					"kzt":	21441,
					"source":	"Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666 (from 01.01.2026): same rate; KazNMU student page"
				}, {
					"id":	"multiple-entry-visa",
					"name":	"Multiple-entry visa (issue or extension)",
					"mci":	30,
					"kzt":	91890,
					"source":	"Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666 (from 01.01.2026): same rate; KazNMU student page"
				}, {
					"id":	"prp-exit-visa",
					"name":	"Exit visa for a PRP holder leaving for permanent residence",
					"mci":	1,
					"kzt":	3063,
					"source":	"Tax Code 2017 art. 613; Tax Code 2025 art. 666"
				}, {
					"id":	"prp",
					"name":	"Permanent residence permit (PRP), on approval",
					"mci":	4,
					"kzt":	12252,
					"source":	"Tax Code 2017 art. 613; Tax Code 2025 art. 666; en.centralasia.news 16.03.2024 (4 MCI on approval)"
				}, {
					"id":	"residence-card",
					"name":	"Residence-permit card",
					"mci":	0.2,
					"kzt":	612.6,
					"source":	"Tax Code 2025 art. 667 (the 2017 code's article not recorded)"
				}, {
					"id":	"trp",
					"name":	"Temporary residence permit (TRP): free of charge",
					"mci":	0,
					"kzt":	0,
					"source":	"free of charge: en.centralasia.news 16.03.2024 citing zakon.kz"
				}]
		}]
}
# --on gives the stretch of its year in which the day's MCI holds.
$ kzmig fees --on 2020-04-01 --format json | head -16
{
	"on":	"2020-04-01",
	"year":	2020,
	"provisional":	false,
	"as_of":	"2026-11-01",
	"periods":	[{
			"from":	"2020-04-01",
			"until":	"2020-12-31",
			"mci_value":	2778,
			"duties":	[{
					"id":	"invitation",
					"name":	"Invitation (letter of invitation), per invitee",
					"mci":	0.5,
					"kzt":	1389,
					"source":	"Tax Code of 25.12.2017 art. 613 (text in force from 01.01.2022); Tax Code of 18.07.2025 art. 666 (from 01.01.2026): same rate; KazNMU student page"
				}, {
# 2027 has no budget law in the data (as of 2026-11-01): the 2026 value, marked provisional.
$ kzmig fees --year 2027 --format json | head -10
{
	"on":	null,
	"year":	2027,
	"provisional":	true,
	"as_of":	"2026-11-01",
	"periods":	[{
			"from":	"2027-01-01",
			"until":	"2027-12-31",
			"mci_value":	4325,
			"duties":	[{
$ kzmig fees --year 2027 | head -5
State duties in 2027
Note: the MCI for 2027 is not in the data yet (as of 2026-11-01): the last known value is used.

From Fri 1 Jan 2027 to Fri 31 Dec 2027: 1 MCI = 4,325 KZT
  DUTY                                                          MCI          KZT
$ kzmig fees --year 2014
kzmig: --year: no MCI value for 2014-01-01 (expected a date from 2015-01-01)
[exit 2]
$ kzmig fees --on 2014-12-31
kzmig: --on: no MCI value for 2014-12-31 (expected a date from 2015-01-01)
[exit 2]
$ kzmig fees --year 2020 --on 2020-01-01
kzmig: fees: --year and --on together (expected one of them)
[exit 2]
$ kzmig fees --year twenty
kzmig: --year: 'twenty' is not a whole number (expected 1900..2199)
[exit 2]
$ kzmig fees --format xml
kzmig: --format: unknown value 'xml' (expected text|json)
[exit 2]
$ kzmig fees 2025
kzmig: fees: unexpected '2025' (expected options only; see kzmig fees --help)
[exit 2]
