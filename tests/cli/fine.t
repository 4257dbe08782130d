# kzmig fine: CAO art. 517/518 penalties in MCI and in KZT at the MCI in force on --on (the
# first day of the violation).  Amounts: reference/kz-migration-facts.md §1-2.
#
# The contract-check case: a small host (the default) late on Fri 28 Mar 2025:
# CAO 518 p. 1, 10 MCI x 3 932 = 39 320 KZT.
$ kzmig fine late-notification --on 2025-03-28 --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2025-03-28",
	"host":	"small",
	"mci":	10,
	"kzt":	39320,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine late-notification --on 2025-03-28
CAO 518 part 1 (late-notification), small host
  Offence:       the receiving party failed to inform the internal-affairs bodies in time of an
                 immigrant's arrival, or to arrange the immigrant's stay documents or departure
  Host:          small: officials, small business and non-profit organisations (most universities)
  On:            Fri 28 Mar 2025, when 1 MCI = 3,932 KZT
  Penalty:       10 MCI = 39,320 KZT
  Early payment: half the fine (19,660 KZT) if the offence is admitted and paid within 7 days of the
                 notice (CAO art. 811); shown for information, not applied above
  Invitations:   two or more such penalties within 12 months bar the host's invitation applications
                 (Migration Law art. 48)
  Source:        CAO art. 518 part 1, text of 28.12.2017 with Law 127-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 088420b; same @ 1bb6649, 0b37114); CAO
                 art. 518 part 1, text of 27.12.2019 with Law 292-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 4ab14a5; unchanged to the edition of
                 12.07.2026 @ 1f175b8)
# An individual host gets a warning: mci and kzt null.
$ kzmig fine late-notification --on 2025-03-28 --host individual --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2025-03-28",
	"host":	"individual",
	"mci":	null,
	"kzt":	null,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	true,
	"alternative":	null
}
# Medium 15 MCI, large 20 MCI; in 2026 x 4 325: 64 875 and 86 500.
$ kzmig fine late-notification --on 2026-01-05 --host medium --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2026-01-05",
	"host":	"medium",
	"mci":	15,
	"kzt":	64875,
	"mci_value":	4325,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine late-notification --on 2026-01-05 --host large
CAO 518 part 1 (late-notification), large host
  Offence:       the receiving party failed to inform the internal-affairs bodies in time of an
                 immigrant's arrival, or to arrange the immigrant's stay documents or departure
  Host:          large: large business
  On:            Mon 5 Jan 2026, when 1 MCI = 4,325 KZT
  Penalty:       20 MCI = 86,500 KZT
  Early payment: half the fine (43,250 KZT) if the offence is admitted and paid within 7 days of the
                 notice (CAO art. 811); shown for information, not applied above
  Invitations:   two or more such penalties within 12 months bar the host's invitation applications
                 (Migration Law art. 48)
  Source:        CAO art. 518 part 1, text of 28.12.2017 with Law 127-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 088420b; same @ 1bb6649, 0b37114); CAO
                 art. 518 part 1, text of 27.12.2019 with Law 292-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 4ab14a5; unchanged to the edition of
                 12.07.2026 @ 1f175b8)
# A repeat within a year is part 3: small 40 MCI x 3 932 = 157 280.
$ kzmig fine late-notification --on 2025-03-28 --repeat --format json
{
	"article":	"CAO 518 part 3",
	"on":	"2025-03-28",
	"host":	"small",
	"mci":	40,
	"kzt":	157280,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
# 31 Mar 2020 is the last day of the 2 651 MCI, 1 Apr 2020 the first of 2 778:
# 10 MCI = 26 510, then 27 780.
$ kzmig fine late-notification --on 2020-03-31 --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2020-03-31",
	"host":	"small",
	"mci":	10,
	"kzt":	26510,
	"mci_value":	2651,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine late-notification --on 2020-04-01 --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2020-04-01",
	"host":	"small",
	"mci":	10,
	"kzt":	27780,
	"mci_value":	2778,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
# 2022: fines stayed at 3 063 all year (3 180 from 1 Apr was for benefits only).
$ kzmig fine late-notification --on 2022-06-01 --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2022-06-01",
	"host":	"small",
	"mci":	10,
	"kzt":	30630,
	"mci_value":	3063,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
# Overstay (CAO 517 p. 3): up to 3 days a warning; 4-5 days 10 MCI; 6-10 days 15 MCI.
$ kzmig fine overstay --days 3 --on 2025-06-02 --format json
{
	"article":	"CAO 517 part 3",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	null,
	"kzt":	null,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	true,
	"alternative":	null
}
$ kzmig fine overstay --days 4 --on 2025-06-02 --format json
{
	"article":	"CAO 517 part 3",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	10,
	"kzt":	39320,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine overstay --days 5 --on 2025-06-02 --format json
{
	"article":	"CAO 517 part 3",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	10,
	"kzt":	39320,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine overstay --days 6 --on 2025-06-02 --format json
{
	"article":	"CAO 517 part 3",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	15,
	"kzt":	58980,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine overstay --days 10 --on 2025-06-02 --format json
{
	"article":	"CAO 517 part 3",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	15,
	"kzt":	58980,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
# More than 10 days: part 4, 25 MCI x 3 932 = 98 300, or expulsion with a 5-year ban.
$ kzmig fine overstay --days 11 --on 2025-06-02 --format json
{
	"article":	"CAO 517 part 4",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	25,
	"kzt":	98300,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
$ kzmig fine overstay --days 11 --on 2025-06-02
CAO 517 part 4 (overstay-over-limit)
  Offence:       an immigrant evaded departure for more than 10 days after the legal stay ended
  On:            Mon 2 Jun 2025, when 1 MCI = 3,932 KZT
  Penalty:       25 MCI = 98,300 KZT
  Or instead:    administrative expulsion (then a 5-year entry ban, Migration Law art. 48)
  Early payment: half the fine (49,150 KZT) if the offence is admitted and paid within 7 days of the
                 notice (CAO art. 811), not when expulsion or arrest is imposed (art. 810); shown
                 for information, not applied above
  Source:        CAO art. 517 part 4, text of 27.12.2019 with Law 292-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 4ab14a5; unchanged to the edition of
                 12.07.2026 @ 1f175b8); Migration Law art. 48 (text of 17.07.2024)
# Repeats within a year: part 6 for part 3 (15 MCI = 58 980, or expulsion), part 7 for
# part 4 (arrest with expulsion: no fine).
$ kzmig fine overstay --days 2 --on 2025-06-02 --repeat --format json
{
	"article":	"CAO 517 part 6",
	"on":	"2025-06-02",
	"host":	null,
	"mci":	15,
	"kzt":	58980,
	"mci_value":	3932,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
$ kzmig fine overstay --days 30 --on 2025-06-02 --repeat
CAO 517 part 7 (repeat-2-4-5)
  Offence:       an immigrant repeated a part 2, 4 or 5 offence within a year after a penalty
  On:            Mon 2 Jun 2025, when 1 MCI = 3,932 KZT
  Penalty:       no fine: arrest up to 15 days with administrative expulsion (then a 5-year entry
                 ban, Migration Law art. 48)
  Source:        CAO art. 517 part 7, text of 11.07.2017 (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ a84ebbd); CAO art. 517 part 7, text of
                 27.12.2019 with Law 292-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 4ab14a5; unchanged to the edition of
                 12.07.2026 @ 1f175b8)
# The generic form: every article and part in the data.  2024: 1 MCI = 3 692, so
# 20 MCI = 73 840; 25 = 92 300; 70 = 258 440; 15 = 55 380; 10 = 36 920.
$ kzmig fine 518 1 --host large --on 2024-03-01 --format json
{
	"article":	"CAO 518 part 1",
	"on":	"2024-03-01",
	"host":	"large",
	"mci":	20,
	"kzt":	73840,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine 518 2 --host individual --on 2024-03-01 --format json
{
	"article":	"CAO 518 part 2",
	"on":	"2024-03-01",
	"host":	"individual",
	"mci":	25,
	"kzt":	92300,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine 518 3 --host medium --on 2024-03-01 --format json
{
	"article":	"CAO 518 part 3",
	"on":	"2024-03-01",
	"host":	"medium",
	"mci":	70,
	"kzt":	258440,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine 517 2 --on 2024-03-01 --format json
{
	"article":	"CAO 517 part 2",
	"on":	"2024-03-01",
	"host":	null,
	"mci":	15,
	"kzt":	55380,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
$ kzmig fine 517 3 --days 5 --on 2024-03-01 --format json
{
	"article":	"CAO 517 part 3",
	"on":	"2024-03-01",
	"host":	null,
	"mci":	10,
	"kzt":	36920,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	null
}
$ kzmig fine 517 4 --on 2024-03-01 --format json
{
	"article":	"CAO 517 part 4",
	"on":	"2024-03-01",
	"host":	null,
	"mci":	25,
	"kzt":	92300,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
$ kzmig fine 517 5 --on 2024-03-01 --format json
{
	"article":	"CAO 517 part 5",
	"on":	"2024-03-01",
	"host":	null,
	"mci":	25,
	"kzt":	92300,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"arrest up to 10 days, or administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
$ kzmig fine 517 6 --on 2024-03-01 --format json
{
	"article":	"CAO 517 part 6",
	"on":	"2024-03-01",
	"host":	null,
	"mci":	15,
	"kzt":	55380,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
$ kzmig fine 517 7 --on 2024-03-01 --format json
{
	"article":	"CAO 517 part 7",
	"on":	"2024-03-01",
	"host":	null,
	"mci":	null,
	"kzt":	null,
	"mci_value":	3692,
	"provisional":	false,
	"reason":	null,
	"warning":	false,
	"alternative":	"arrest up to 15 days with administrative expulsion (then a 5-year entry ban, Migration Law art. 48)"
}
# A name from the list works as well as ARTICLE PART: 40 MCI x 1 982 = 79 280.
$ kzmig fine harbouring --host small --on 2015-01-01 --format json
{
	"article":	"CAO 518 part 2",
	"on":	"2015-01-01",
	"host":	"small",
	"mci":	40,
	"kzt":	79280,
	"mci_value":	1982,
	"provisional":	true,
	"reason":	"the text of CAO art. 518 before Law 28-VI of 22.12.2016 came into force (10 days after its publication, early January 2017; day not established) was not read: the amounts of the 2017 text are applied",
	"warning":	false,
	"alternative":	null
}
$ kzmig fine --list --on 2026-12-03
Fines in force on Thu 3 Dec 2026 (data as of 2026-11-01). Show one with kzmig fine ARTICLE PART, or by its name.

CAO 518 part 1   late-notification        kzmig fine 518 1 --host CAT
                 the receiving party failed to inform the internal-affairs bodies in time of an
                 immigrant's arrival, or to arrange the immigrant's stay documents or departure
CAO 518 part 2   harbouring               kzmig fine 518 2 --host CAT
                 the receiving party gave housing to an immigrant staying in breach of the law, or
                 helped them evade departure (until Law 292-VI, January 2020, also: the immigrant
                 lived away from the address registered)
CAO 518 part 3   host-repeat              kzmig fine 518 3 --host CAT
                 the receiving party repeated a part 1 or 2 offence within a year after a penalty
CAO 517 part 2   transit                  kzmig fine 517 2
                 an immigrant broke the rules of transit through Kazakhstan
CAO 517 part 3   overstay                 kzmig fine 517 3 --days N
                 an immigrant did not leave when the legal stay ended (up to 10 days)
CAO 517 part 4   overstay-over-limit      kzmig fine 517 4
                 an immigrant evaded departure for more than 10 days after the legal stay ended
CAO 517 part 5   unauthorised-activity    kzmig fine 517 5
                 an immigrant's activity does not match the visa or stated purpose, or they work
                 without a permit
CAO 517 part 6   overstay-repeat          kzmig fine 517 6
                 an immigrant repeated the part 3 offence (not leaving when the legal stay ended;
                 until 2020 also part 1, staying unregistered) within a year after a penalty
CAO 517 part 7   repeat-2-4-5             kzmig fine 517 7
                 an immigrant repeated a part 2, 4 or 5 offence within a year after a penalty
$ kzmig fine --list --on 2026-12-03 --format json | head -12
{
	"as_of":	"2026-11-01",
	"on":	"2026-12-03",
	"fines":	[{
			"article":	"CAO 518 part 1",
			"name":	"late-notification",
			"offence":	"the receiving party failed to inform the internal-affairs bodies in time of an immigrant's arrival, or to arrange the immigrant's stay documents or departure",
			"by_host":	true,
			"by_days":	false,
			"source":	"CAO art. 518 part 1, text of 28.12.2017 with Law 127-VI (kazakhstan-law/codes 02-codes/.../81245/rus/sec002-ch028.md @ 088420b; same @ 1bb6649, 0b37114); CAO art. 518 part 1, text of 27.12.2019 with Law 292-VI (kazakhstan-law/codes 02-codes/.../81245/rus/sec002-ch028.md @ 4ab14a5; unchanged to the edition of 12.07.2026 @ 1f175b8)",
			"reason":	null
		}, {
# 2027 has no budget law in the data (as of 2026-11-01): the 2026 MCI, with a note.
$ kzmig fine overstay --days 5 --on 2027-01-04
CAO 517 part 3 (overstay)
  Offence:       an immigrant did not leave when the legal stay ended (up to 10 days)
  Days:          5 past the last legal day of the stay
  On:            Mon 4 Jan 2027, when 1 MCI = 4,325 KZT
  Provisional:   the MCI of that year is not in the data yet (its budget law): the last known value
                 is used
  Penalty:       10 MCI = 43,250 KZT
  Early payment: half the fine (21,625 KZT) if the offence is admitted and paid within 7 days of the
                 notice (CAO art. 811); shown for information, not applied above
  Source:        CAO art. 517 part 3, text of 27.12.2019 with Law 292-VI (kazakhstan-law/codes
                 02-codes/.../81245/rus/sec002-ch028.md @ 4ab14a5; unchanged to the edition of
                 12.07.2026 @ 1f175b8): up to 3 days a warning; more than 3 and up to 5 days 10 MCI;
                 more than 5 and up to 10 days 15 MCI
# Bad input: exit 2, one line on stderr, nothing on stdout.
$ kzmig fine overstay --days 0 --on 2025-06-02
kzmig: --days: 0 out of range (expected 1..100000)
[exit 2]
$ kzmig fine overstay --days x
kzmig: --days: 'x' is not a whole number (expected 1..100000)
[exit 2]
$ kzmig fine overstay --on 2025-06-02
kzmig: --days: missing (expected --days N: days past the last legal day, 1 or more)
[exit 2]
$ kzmig fine late-notification --host huge
kzmig: --host: unknown value 'huge' (expected individual|small|medium|large)
[exit 2]
$ kzmig fine 999 1 --on 2025-06-02
kzmig: ARTICLE: no article 999 part 1 in the fines data (expected one of kzmig fine --list)
[exit 2]
$ kzmig fine 517 1 --on 2025-06-02
kzmig: --on: CAO 517 part 1 is not in force after 2020-01-31 (asked for 2025-06-02)
[exit 2]
$ kzmig fine speeding
kzmig: fine: unknown fine 'speeding' (expected late-notification, overstay, or ARTICLE PART or a name from kzmig fine --list)
[exit 2]
$ kzmig fine 518
kzmig: fine: article 518 needs a PART (expected e.g. kzmig fine 518 1; see kzmig fine --list)
[exit 2]
$ kzmig fine 517 3 --on 2025-06-02
kzmig: --days: CAO 517 part 3 is graded by days past the stay (expected a number of days >= 1)
[exit 2]
$ kzmig fine 517 3 --days 11 --on 2025-06-02
kzmig: --days: 11 days is beyond CAO 517 part 3 (expected 1..10 days)
[exit 2]
$ kzmig fine 518 1 --repeat --on 2025-06-02
kzmig: --repeat: goes with late-notification or overstay (expected the repeat's own part, e.g. kzmig fine 518 3)
[exit 2]
$ kzmig fine late-notification --on 2014-12-31
kzmig: --on: CAO 518 part 1 is not in the data before 2015-01-01 (asked for 2014-12-31)
[exit 2]
$ kzmig fine late-notification --on 2025-02-30
kzmig: --on: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig fine late-notification --format xml
kzmig: --format: unknown value 'xml' (expected text|json)
[exit 2]
$ kzmig fine
kzmig: fine: which fine? (expected late-notification, overstay --days N, or ARTICLE PART from kzmig fine --list)
[exit 2]
