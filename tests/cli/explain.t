# --explain: every day a working-day count passed over, and why, so it can be checked by hand.
# Thu 20 Mar 2025 arrival: Fri 21 Nauryz, Sat 22 and Sun 23 Nauryz on a weekend, Mon 24 and
# Tue 25 the days off moved from them; due Thu 27.  The TRP's apply-by count [9 Apr, 18 Apr)
# passes over one weekend.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --explain
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Thu 20 Mar 2025
Today: Fri 21 Mar 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Thu 27 Mar 2025     6 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Law on Population Migration, art. 6 p. 4: within 3
                                  working days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
                           Counted in working days from Thu 20 Mar 2025 to Thu 27 Mar 2025:
                             Fri 21 Mar 2025  skipped: public holiday: Nauryz meiramy
                             Sat 22 Mar 2025  skipped: weekend (Saturday) and public holiday: Nauryz
                                                       meiramy (its day off moves to the next
                                                       working day)
                             Sun 23 Mar 2025  skipped: weekend (Sunday) and public holiday: Nauryz
                                                       meiramy (its day off moves to the next
                                                       working day)
                             Mon 24 Mar 2025  skipped: day off moved from Nauryz meiramy on
                                                       Sat 22 Mar 2025 (a holiday on a weekend)
                             Tue 25 Mar 2025  skipped: day off moved from Nauryz meiramy on
                                                       Sun 23 Mar 2025 (a holiday on a weekend)
  Fri 18 Apr 2025    28 d  Obtain a temporary residence permit (TRP)        host
                           Apply by Wed 9 Apr 2025
                           Where: the host applies on vmp.gov.kz or at the migration service
                           Basis (visa-free): Law on Population Migration art. 6 p. 4 and art. 6-1:
                                  a TRP to stay past the visa-free limit (per entry from the
                                  crossing, and days within 180 over earlier trips); apply by allows
                                  7 working days of processing, a time no official source confirms
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
                           Counted in working days from Wed 9 Apr 2025 to Thu 17 Apr 2025:
                             Sat 12 Apr 2025  skipped: weekend (Saturday)
                             Sun 13 Apr 2025  skipped: weekend (Sunday)

Not legal advice: check with the migration service.
# In JSON only with --explain; null for a deadline counted in calendar days.
$ kzmig due --arrival 2025-03-20 --citizenship TR --today 2025-03-21 --explain --format json
{
	"citizenship":	"TR",
	"arrival":	"2025-03-20",
	"today":	"2025-03-21",
	"deadlines":	[{
			"id":	"arrival-notification",
			"title":	"Notify the migration service of the arrival",
			"responsible":	"receiving-party",
			"event":	"2025-03-20",
			"opens":	null,
			"due":	"2025-03-27",
			"apply_by":	null,
			"days_left":	6,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",
			"where":	"the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2025-03-28",
				"host":	"small",
				"mci":	10,
				"kzt":	39320,
				"mci_value":	3932,
				"provisional":	false,
				"reason":	null,
				"warning":	false,
				"alternative":	null,
				"repeat":	{
					"article":	"CAO 518 part 3",
					"mci":	40,
					"kzt":	157280
				}
			},
			"explain":	[{
					"date":	"2025-03-21",
					"reason":	"public holiday: Nauryz meiramy"
				}, {
					"date":	"2025-03-22",
					"reason":	"weekend (Saturday) and public holiday: Nauryz meiramy (its day off moves to the next working day)"
				}, {
					"date":	"2025-03-23",
					"reason":	"weekend (Sunday) and public holiday: Nauryz meiramy (its day off moves to the next working day)"
				}, {
					"date":	"2025-03-24",
					"reason":	"day off moved from Nauryz meiramy on Sat 22 Mar 2025 (a holiday on a weekend)"
				}, {
					"date":	"2025-03-25",
					"reason":	"day off moved from Nauryz meiramy on Sun 23 Mar 2025 (a holiday on a weekend)"
				}]
		}, {
			"id":	"stay-limit",
			"title":	"Leave Kazakhstan: the visa-free stay ends",
			"responsible":	"immigrant",
			"event":	"2025-03-20",
			"opens":	null,
			"due":	"2025-04-18",
			"apply_by":	null,
			"days_left":	28,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration art. 6 p. 4 and Decree 148 p. 6, p. 17: the visa-free stay ends on this day (per entry from the crossing, and days within 180 over earlier trips)",
			"where":	"leave, or obtain a visa or permit before this day",
			"reason":	null,
			"fine":	{
				"article":	"CAO 517 part 3",
				"on":	"2025-04-19",
				"host":	null,
				"mci":	null,
				"kzt":	null,
				"mci_value":	3932,
				"provisional":	false,
				"reason":	null,
				"warning":	true,
				"alternative":	null,
				"repeat":	{
					"article":	"CAO 517 part 6",
					"mci":	15,
					"kzt":	58980
				}
			},
			"explain":	null
		}]
}
# Fri 3 Jan 2025 was made a day off and Sun 5 Jan a working day (Minister of Labour order);
# Tue 7 Jan is Christmas (never moved).  A move on Fri 3 Jan counts Sun 5, Mon 6, Wed 8.
$ kzmig due --arrival 2025-01-02 --citizenship AF --moved 2025-01-03 --today 2025-01-02 --explain
Deadlines for a citizen of Afghanistan (AF) who arrived on Thu 2 Jan 2025
Today: Thu 2 Jan 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Wed 8 Jan 2025      6 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa): Law on Population Migration, art. 6 p. 4: within 3 working
                                  days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
                           Counted in working days from Thu 2 Jan 2025 to Wed 8 Jan 2025:
                             Thu 2 Jan 2025   skipped: public holiday: New Year (2nd day)
                             Fri 3 Jan 2025   skipped: day off by decree transfer (worked instead on
                                                       Sun 5 Jan 2025)
                             Sat 4 Jan 2025   skipped: weekend (Saturday)
                             Sun 5 Jan 2025   counted: working day by decree transfer (in exchange
                                                       for Fri 3 Jan 2025)
                             Tue 7 Jan 2025   skipped: public holiday: Orthodox Christmas
  Wed 8 Jan 2025      6 d  Notify the migration service of the new address  host
                           After the move on Fri 3 Jan 2025
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa): Decree 148 p. 10 and Law on Population Migration art. 6
                                  p. 4: within 3 working days of a change of address
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
                           Counted in working days from Fri 3 Jan 2025 to Wed 8 Jan 2025:
                             Fri 3 Jan 2025   skipped: day off by decree transfer (worked instead on
                                                       Sun 5 Jan 2025)
                             Sat 4 Jan 2025   skipped: weekend (Saturday)
                             Sun 5 Jan 2025   counted: working day by decree transfer (in exchange
                                                       for Fri 3 Jan 2025)
                             Tue 7 Jan 2025   skipped: public holiday: Orthodox Christmas
  -                     -  Leave Kazakhstan or extend the visa: it expires  you
                           PROBLEM: the visa's expiry date is not known: the stay ends on it (give
                                    the visa expiry)
                           Where: leave, or have the visa extended before this day
                           Basis (visa): Decree 148 p. 6: the stay of a visa holder ends when the
                                  visa expires

Not legal advice: check with the migration service.
# With next-day counting the count starts the day after the arrival.
$ kzmig due --arrival 2025-06-02 --citizenship AF --count-from next-day --today 2025-06-02 --explain
Deadlines for a citizen of Afghanistan (AF) who arrived on Mon 2 Jun 2025
Today: Mon 2 Jun 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Thu 5 Jun 2025      3 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa): Law on Population Migration, art. 6 p. 4: within 3 working
                                  days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
                           Counted in working days from Tue 3 Jun 2025 to Thu 5 Jun 2025:
                             no day skipped: every day is a working day
  -                     -  Leave Kazakhstan or extend the visa: it expires  you
                           PROBLEM: the visa's expiry date is not known: the stay ends on it (give
                                    the visa expiry)
                           Where: leave, or have the visa extended before this day
                           Basis (visa): Decree 148 p. 6: the stay of a visa holder ends when the
                                  visa expires

Not legal advice: check with the migration service.
$ kzmig workdays add 2025-03-20 2 --explain
2025-03-27
  Fri 21 Mar 2025  skipped: public holiday: Nauryz meiramy
  Sat 22 Mar 2025  skipped: weekend (Saturday) and public holiday: Nauryz meiramy (its day off moves to the next working day)
  Sun 23 Mar 2025  skipped: weekend (Sunday) and public holiday: Nauryz meiramy (its day off moves to the next working day)
  Mon 24 Mar 2025  skipped: day off moved from Nauryz meiramy on Sat 22 Mar 2025 (a holiday on a weekend)
  Tue 25 Mar 2025  skipped: day off moved from Nauryz meiramy on Sun 23 Mar 2025 (a holiday on a weekend)
$ kzmig workdays add 2025-01-03 2 --explain
2025-01-08
  Fri 3 Jan 2025   skipped: day off by decree transfer (worked instead on Sun 5 Jan 2025)
  Sat 4 Jan 2025   skipped: weekend (Saturday)
  Sun 5 Jan 2025   counted: working day by decree transfer (in exchange for Fri 3 Jan 2025)
  Tue 7 Jan 2025   skipped: public holiday: Orthodox Christmas
$ kzmig workdays add 2025-06-02 -1 --explain
2025-05-30
  Sat 31 May 2025  skipped: weekend (Saturday)
  Sun 1 Jun 2025   skipped: weekend (Sunday)
$ kzmig workdays add 2025-06-03 1 --explain
2025-06-04
  no day skipped: every day is a working day
# March 2025: 17 working days; 14 days skipped.
$ kzmig workdays count 2025-03-01 2025-04-01 --explain
17
  Sat 1 Mar 2025   skipped: weekend (Saturday)
  Sun 2 Mar 2025   skipped: weekend (Sunday)
  Sat 8 Mar 2025   skipped: weekend (Saturday) and public holiday: International Women's Day (its day off moves to the next working day)
  Sun 9 Mar 2025   skipped: weekend (Sunday)
  Mon 10 Mar 2025  skipped: day off moved from International Women's Day on Sat 8 Mar 2025 (a holiday on a weekend)
  Sat 15 Mar 2025  skipped: weekend (Saturday)
  Sun 16 Mar 2025  skipped: weekend (Sunday)
  Fri 21 Mar 2025  skipped: public holiday: Nauryz meiramy
  Sat 22 Mar 2025  skipped: weekend (Saturday) and public holiday: Nauryz meiramy (its day off moves to the next working day)
  Sun 23 Mar 2025  skipped: weekend (Sunday) and public holiday: Nauryz meiramy (its day off moves to the next working day)
  Mon 24 Mar 2025  skipped: day off moved from Nauryz meiramy on Sat 22 Mar 2025 (a holiday on a weekend)
  Tue 25 Mar 2025  skipped: day off moved from Nauryz meiramy on Sun 23 Mar 2025 (a holiday on a weekend)
  Sat 29 Mar 2025  skipped: weekend (Saturday)
  Sun 30 Mar 2025  skipped: weekend (Sunday)
$ kzmig workdays --explain count 2024-05-01 2024-05-11
5
  Wed 1 May 2024   skipped: public holiday: Kazakhstan People's Unity Day
  Sat 4 May 2024   counted: working day by decree transfer (in exchange for Wed 8 May 2024)
  Sun 5 May 2024   skipped: weekend (Sunday)
  Tue 7 May 2024   skipped: public holiday: Defender of the Fatherland Day
  Wed 8 May 2024   skipped: day off by decree transfer (worked instead on Sat 4 May 2024)
  Thu 9 May 2024   skipped: public holiday: Victory Day
$ kzmig workdays add 2025-02-30 1 --explain
kzmig: DATE: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig workdays add 2025-03-20 --explain
kzmig: workdays: expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)
[exit 2]
