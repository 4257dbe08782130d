# kzmig fees: state duties (Tax Code 2017 art. 613; Tax Code 2025 arts. 666-667) at the MCI
# on the day of payment.
# 2026: 0.5 MCI x 4 325 = 2 162.5; 7 x 4 325 = 30 275; 30 x 4 325 = 129 750;
# 0.2 x 4 325 = 865; 4 x 4 325 = 17 300.
$ kzmig fees --on 2026-01-05
State duties on Mon 5 Jan 2026: 1 MCI = 4,325 KZT

  DUTY                                                MCI          KZT
  Invitation (letter of invitation), per invitee      0.5      2,162.5
  Exit visa                                           0.5      2,162.5
  Single entry-exit visa (issue or extension)           7       30,275
  Multiple-entry visa (issue or extension)             30      129,750
  Exit documents for permanent residence abroad         1        4,325
  Permanent residence permit (PRP), on issue            4       17,300
  Residence-permit card                               0.2          865
  Temporary residence permit (TRP): free of charge      0            0

Sources:
  invitation:
    Tax Code of 25.12.2017 art. 613 p. 3 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 3 (from 01.01.2026, @ c969616): same rate
  exit-visa:
    Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 1 (from 01.01.2026, @ c969616): same rate
  single-entry-visa, multiple-entry-visa:
    Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 1 (from 01.01.2026, @ c969616): same rate; KazNMU student page
  prp-exit-visa:
    Tax Code of 25.12.2017 art. 613 p. 2 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 2 (from 01.01.2026, @ c969616): same rate ("документов на выезд ... на постоянное
    место жительства"; no separate exit-visa rate for PRP holders)
  prp:
    Tax Code of 25.12.2017 art. 613 p. 5, added by Law 382-VI of 10.12.2020 (in force 01.01.2022;
    absent from the texts of 25.12.2017 @ 3c6ba24 and 27.11.2019 @ 25edbc4); Tax Code of 18.07.2025
    art. 666 p. 5
  residence-card:
    Tax Code of 25.12.2017 art. 615 p. 3 (from 01.01.2018); Tax Code of 18.07.2025 art. 667 p. 3
    (from 01.01.2026)
  trp:
    no state-duty row for a TRP in Tax Code of 25.12.2017 arts. 609, 613, 615 nor Tax Code of
    18.07.2025 arts. 664, 666, 667; en.centralasia.news 16.03.2024 citing zakon.kz
# 2020 has two values: 2 651 to 31 Mar, 2 778 from 1 Apr (0.5 MCI: 1 325.5, then 1 389).
$ kzmig fees --year 2020
State duties in 2020 (the MCI changed during the year: pay at the value on the day of payment)

From Wed 1 Jan 2020 to Tue 31 Mar 2020: 1 MCI = 2,651 KZT
  DUTY                                                MCI          KZT
  Invitation (letter of invitation), per invitee      0.5      1,325.5
  Exit visa                                           0.5      1,325.5
  Single entry-exit visa (issue or extension)           7       18,557
  Multiple-entry visa (issue or extension)             30       79,530
  Exit documents for permanent residence abroad         1        2,651
  Residence-permit card                               0.2        530.2
  Temporary residence permit (TRP): free of charge      0            0

From Wed 1 Apr 2020 to Thu 31 Dec 2020: 1 MCI = 2,778 KZT
  DUTY                                                MCI          KZT
  Invitation (letter of invitation), per invitee      0.5        1,389
  Exit visa                                           0.5        1,389
  Single entry-exit visa (issue or extension)           7       19,446
  Multiple-entry visa (issue or extension)             30       83,340
  Exit documents for permanent residence abroad         1        2,778
  Residence-permit card                               0.2        555.6
  Temporary residence permit (TRP): free of charge      0            0

Sources:
  invitation:
    Tax Code of 25.12.2017 art. 613 p. 3 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 3 (from 01.01.2026, @ c969616): same rate
  exit-visa:
    Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 1 (from 01.01.2026, @ c969616): same rate
  single-entry-visa, multiple-entry-visa:
    Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 1 (from 01.01.2026, @ c969616): same rate; KazNMU student page
  prp-exit-visa:
    Tax Code of 25.12.2017 art. 613 p. 2 (in force 01.01.2018; kazakhstan-law/codes
    .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025
    art. 666 p. 2 (from 01.01.2026, @ c969616): same rate ("документов на выезд ... на постоянное
    место жительства"; no separate exit-visa rate for PRP holders)
  residence-card:
    Tax Code of 25.12.2017 art. 615 p. 3 (from 01.01.2018); Tax Code of 18.07.2025 art. 667 p. 3
    (from 01.01.2026)
  trp:
    no state-duty row for a TRP in Tax Code of 25.12.2017 arts. 609, 613, 615 nor Tax Code of
    18.07.2025 arts. 664, 666, 667; en.centralasia.news 16.03.2024 citing zakon.kz
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
					"source":	"Tax Code of 25.12.2017 art. 613 p. 3 (in force 01.01.2018; kazakhstan-law/codes .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025 art. 666 p. 3 (from 01.01.2026, @ c969616): same rate",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"exit-visa",
					"name":	"Exit visa",
					"mci":	0.5,
					"kzt":	1531.5,
					"source":	"Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025 art. 666 p. 1 (from 01.01.2026, @ c969616): same rate",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"single-entry-visa",
					"name":	"Single entry-exit visa (issue or extension)",
					"mci":	7,
					"kzt":	21441,
					"source":	"Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025 art. 666 p. 1 (from 01.01.2026, @ c969616): same rate; KazNMU student page",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"multiple-entry-visa",
					"name":	"Multiple-entry visa (issue or extension)",
					"mci":	30,
					"kzt":	91890,
					"source":	"Tax Code of 25.12.2017 art. 613 p. 1 (in force 01.01.2018; kazakhstan-law/codes .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025 art. 666 p. 1 (from 01.01.2026, @ c969616): same rate; KazNMU student page",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"prp-exit-visa",
					"name":	"Exit documents for permanent residence abroad",
					"mci":	1,
					"kzt":	3063,
					"source":	"Tax Code of 25.12.2017 art. 613 p. 2 (in force 01.01.2018; kazakhstan-law/codes .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025 art. 666 p. 2 (from 01.01.2026, @ c969616): same rate (\"документов на выезд ... на постоянное место жительства\"; no separate exit-visa rate for PRP holders)",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"prp",
					"name":	"Permanent residence permit (PRP), on issue",
					"mci":	4,
					"kzt":	12252,
					"source":	"Tax Code of 25.12.2017 art. 613 p. 5, added by Law 382-VI of 10.12.2020 (in force 01.01.2022; absent from the texts of 25.12.2017 @ 3c6ba24 and 27.11.2019 @ 25edbc4); Tax Code of 18.07.2025 art. 666 p. 5",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"residence-card",
					"name":	"Residence-permit card",
					"mci":	0.2,
					"kzt":	612.6,
					"source":	"Tax Code of 25.12.2017 art. 615 p. 3 (from 01.01.2018); Tax Code of 18.07.2025 art. 667 p. 3 (from 01.01.2026)",
					"provisional":	false,
					"reason":	null
				}, {
					"id":	"trp",
					"name":	"Temporary residence permit (TRP): free of charge",
					"mci":	0,
					"kzt":	0,
					"source":	"no state-duty row for a TRP in Tax Code of 25.12.2017 arts. 609, 613, 615 nor Tax Code of 18.07.2025 arts. 664, 666, 667; en.centralasia.news 16.03.2024 citing zakon.kz",
					"provisional":	false,
					"reason":	null
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
					"source":	"Tax Code of 25.12.2017 art. 613 p. 3 (in force 01.01.2018; kazakhstan-law/codes .../117004/rus/sec016.md @ 3c6ba24, same @ de1d707 of 01.01.2025); Tax Code of 18.07.2025 art. 666 p. 3 (from 01.01.2026, @ c969616): same rate",
					"provisional":	false,
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
  DUTY                                                MCI          KZT
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
