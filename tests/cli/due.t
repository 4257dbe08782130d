# kzmig due: every deadline for one person.  design.md's example: a citizen of Uzbekistan
# who arrived Thu 20 Mar 2025.  Notification: Thu 20 is day 1; Fri 21 (Nauryz), Sat 22,
# Sun 23, Mon 24, Tue 25 (Nauryz moved) are off; Wed 26 day 2, Thu 27 day 3.  TRP: 30 days
# from the crossing, 20 Mar + 29 = Fri 18 Apr; apply by 7 working days earlier: 17, 16,
# 15, 14, 11, 10, 9 Apr -> Wed 9 Apr.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Thu 20 Mar 2025
Today: Fri 21 Mar 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Thu 27 Mar 2025     6 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Law on Population Migration, art. 6 p. 4: within 3
                                  working days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
  Fri 18 Apr 2025    28 d  Obtain a temporary residence permit (TRP)        host
                           Apply by Wed 9 Apr 2025
                           Where: the host applies on vmp.gov.kz or at the migration service
                           Basis (visa-free): Law on Population Migration art. 6 p. 4 and art. 6-1:
                                  a TRP to stay past the visa-free limit (per entry from the
                                  crossing, and days within 180 over earlier trips); apply by allows
                                  7 working days of processing, a time no official source confirms
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
$ kzmig due --arrival 2025-03-20 --citizenship uz --today 2025-03-21 --format json
{
	"citizenship":	"UZ",
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
			}
		}, {
			"id":	"trp",
			"title":	"Obtain a temporary residence permit (TRP)",
			"responsible":	"receiving-party",
			"event":	"2025-03-20",
			"opens":	null,
			"due":	"2025-04-18",
			"apply_by":	"2025-04-09",
			"days_left":	28,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration art. 6 p. 4 and art. 6-1: a TRP to stay past the visa-free limit (per entry from the crossing, and days within 180 over earlier trips); apply by allows 7 working days of processing, a time no official source confirms",
			"where":	"the host applies on vmp.gov.kz or at the migration service",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2025-04-19",
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
			}
		}]
}
# Türkiye before the decree of 25 Aug 2025: 30 days per entry, Sun 24 Aug + 29 = Mon 22 Sep;
# an individual host gets a warning.  Notification: Sun 24 -> Mon 25, Tue 26, Wed 27 Aug.
$ kzmig due --arrival 2025-08-24 --citizenship TR --today 2025-08-24 --host individual
Deadlines for a citizen of Türkiye (TR) who arrived on Sun 24 Aug 2025
Today: Sun 24 Aug 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Wed 27 Aug 2025     3 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Law on Population Migration, art. 6 p. 4: within 3
                                  working days of arrival
                           If missed: a warning (CAO 518 part 1, individual host)
  Mon 22 Sep 2025    29 d  Leave Kazakhstan: the visa-free stay ends        you
                           Where: leave, or obtain a visa or permit before this day
                           Basis (visa-free): Law on Population Migration art. 6 p. 4 and Decree 148
                                  p. 6, p. 17: the visa-free stay ends on this day (per entry from
                                  the crossing, and days within 180 over earlier trips)
                           If missed: a warning (CAO 517 part 3, up to 3 days late; more days cost
                                      more)
                           Again within a year: 15 MCI = 58,980 KZT (CAO 517 part 6) or
                                                administrative expulsion (then a 5-year entry ban,
                                                Migration Law art. 48)

Not legal advice: check with the migration service.
# From 25 Aug 2025: 90 days within 180: 25 Aug + 89 = Sat 22 Nov.
$ kzmig due --arrival 2025-08-25 --citizenship TR --today 2025-08-25 --format json
{
	"citizenship":	"TR",
	"arrival":	"2025-08-25",
	"today":	"2025-08-25",
	"deadlines":	[{
			"id":	"arrival-notification",
			"title":	"Notify the migration service of the arrival",
			"responsible":	"receiving-party",
			"event":	"2025-08-25",
			"opens":	null,
			"due":	"2025-08-27",
			"apply_by":	null,
			"days_left":	2,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",
			"where":	"the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2025-08-28",
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
			}
		}, {
			"id":	"stay-limit",
			"title":	"Leave Kazakhstan: the visa-free stay ends",
			"responsible":	"immigrant",
			"event":	"2025-08-25",
			"opens":	null,
			"due":	"2025-11-22",
			"apply_by":	null,
			"days_left":	89,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration art. 6 p. 4 and Decree 148 p. 6, p. 17: the visa-free stay ends on this day (per entry from the crossing, and days within 180 over earlier trips)",
			"where":	"leave, or obtain a visa or permit before this day",
			"reason":	null,
			"fine":	{
				"article":	"CAO 517 part 3",
				"on":	"2025-11-23",
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
			}
		}]
}
# MIA Order 923 from 1 Jul 2026: self-registration by the 30th day (Thu 2 Jul + 29 = Fri 31 Jul),
# re-registration within 5 working days of a move (Fri 10 Jul: 10, 13, 14, 15, 16 Jul).
# Notification: Thu 2, Fri 3, (Sat 4, Sun 5, Mon 6 Capital Day), Tue 7 Jul.  Move: Fri 10, Mon 13, Tue 14.
# RU: 90 days within 180: 2 Jul + 89 = Tue 29 Sep (29 to 31 Jul, 60 to 31 Aug); apply by
# 7 working days earlier: 28, 25, 24, 23, 22, 21, 18 Sep -> Fri 18 Sep.
$ kzmig due --arrival 2026-07-02 --citizenship RU --moved 2026-07-10 --today 2026-07-02
Deadlines for a citizen of Russia (RU) who arrived on Thu 2 Jul 2026
Today: Thu 2 Jul 2026 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Tue 7 Jul 2026      5 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Law on Population Migration, art. 6 p. 4: within 3
                                  working days of arrival
                           If missed: 10 MCI = 43,250 KZT (CAO 518 part 1, small host)
  Tue 14 Jul 2026    12 d  Notify the migration service of the new address  host
                           After the move on Fri 10 Jul 2026
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Decree 148 p. 10 and Law on Population Migration
                                  art. 6 p. 4: within 3 working days of a change of address
                           If missed: 10 MCI = 43,250 KZT (CAO 518 part 1, small host)
  Thu 16 Jul 2026*   14 d  Re-register online at the new address            you
                           Provisional: reported by one source only (24.kg); MIA Order No. 923's
                                        text was not obtained
                           After the move on Fri 10 Jul 2026
                           Where: the immigrant registers in the migration police system; the host
                                  confirms in the app
                           Basis (visa-free): MIA Order No. 923 (in force 1 Jul 2026; reported by
                                  one source only): re-register online within 5 working days of a
                                  change of address; no fine for missing it was found in the Code of
                                  Administrative Offences
  Fri 31 Jul 2026*   29 d  Register online (self-registration)              you
                           Provisional: MIA Order No. 923's text was not obtained: the 30 days and
                                        whether the day of crossing is day 1 come from press reports
                           Where: the immigrant registers in the migration police system; the host
                                  confirms in the app
                           Basis (visa-free): MIA Order No. 923 of 17.11.2025 (in force 1 Jul 2026;
                                  text not obtained, press reports): register online no later than
                                  the 30th calendar day from the day of crossing the border; no fine
                                  for missing it was found in the Code of Administrative Offences
  Tue 29 Sep 2026    89 d  Obtain a temporary residence permit (TRP)        host
                           Apply by Fri 18 Sep 2026
                           Where: the host applies on vmp.gov.kz or at the migration service
                           Basis (visa-free): Law on Population Migration art. 6 p. 4 and art. 6-1:
                                  a TRP to stay past the visa-free limit (per entry from the
                                  crossing, and days within 180 over earlier trips); apply by allows
                                  7 working days of processing, a time no official source confirms
                           If missed: 10 MCI = 43,250 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
# Self-registration does not exist for an arrival on Tue 30 Jun 2026.  TRP: 30 Jun + 29 =
# Wed 29 Jul; apply by 28, 27, 24, 23, 22, 21, 20 Jul -> Mon 20 Jul.
$ kzmig due --arrival 2026-06-30 --citizenship UZ --today 2026-06-30 --format json
{
	"citizenship":	"UZ",
	"arrival":	"2026-06-30",
	"today":	"2026-06-30",
	"deadlines":	[{
			"id":	"arrival-notification",
			"title":	"Notify the migration service of the arrival",
			"responsible":	"receiving-party",
			"event":	"2026-06-30",
			"opens":	null,
			"due":	"2026-07-02",
			"apply_by":	null,
			"days_left":	2,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",
			"where":	"the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2026-07-03",
				"host":	"small",
				"mci":	10,
				"kzt":	43250,
				"mci_value":	4325,
				"provisional":	false,
				"reason":	null,
				"warning":	false,
				"alternative":	null,
				"repeat":	{
					"article":	"CAO 518 part 3",
					"mci":	40,
					"kzt":	173000
				}
			}
		}, {
			"id":	"trp",
			"title":	"Obtain a temporary residence permit (TRP)",
			"responsible":	"receiving-party",
			"event":	"2026-06-30",
			"opens":	null,
			"due":	"2026-07-29",
			"apply_by":	"2026-07-20",
			"days_left":	29,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration art. 6 p. 4 and art. 6-1: a TRP to stay past the visa-free limit (per entry from the crossing, and days within 180 over earlier trips); apply by allows 7 working days of processing, a time no official source confirms",
			"where":	"the host applies on vmp.gov.kz or at the migration service",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2026-07-30",
				"host":	"small",
				"mci":	10,
				"kzt":	43250,
				"mci_value":	4325,
				"provisional":	false,
				"reason":	null,
				"warning":	false,
				"alternative":	null,
				"repeat":	{
					"article":	"CAO 518 part 3",
					"mci":	40,
					"kzt":	173000
				}
			}
		}]
}
# A visa-required citizen (Afghanistan) with a visa to Wed 31 Dec 2025 and a passport to
# 30 Mar 2026, less than 3 months after it.  Visa extension: 14 working days before
# 31 Dec (past Tue 16 Dec, Independence Day) is Wed 10 Dec, 30 is Tue 18 Nov: open on 20 Nov.
# Passport renewal: 30 Mar 2026 - 6 months = 30 Sep 2025.  Notification: Mon 1 Sep 2025 is
# the day off moved from Constitution Day (Sat 30 Aug): Tue 2, Wed 3, Thu 4 Sep.
$ kzmig due --arrival 2025-09-01 --citizenship AF --visa-expiry 2025-12-31 --passport-expiry 2026-03-30 --today 2025-11-20
Deadlines for a citizen of Afghanistan (AF) who arrived on Mon 1 Sep 2025
Today: Thu 20 Nov 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Thu 4 Sep 2025    -77 d  Notify the migration service of the arrival      host
                           OVERDUE since Fri 5 Sep 2025
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa): Law on Population Migration, art. 6 p. 4: within 3 working
                                  days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
  Tue 30 Sep 2025   -51 d  Renew the passport                               you
                           OVERDUE since Wed 1 Oct 2025
                           Where: the immigrant's own consulate; then tell the host and the
                                  migration service
                           Basis (visa): no TRP or visa is issued beyond the passport's validity;
                                  renew 6 months before it expires (a safety margin, not a legal
                                  term)
  Wed 10 Dec 2025    20 d  Apply to extend the visa                         host
                           Window opens Tue 18 Nov 2025 (open now)
                           Where: the host applies to the migration service (vmp.gov.kz)
                           Basis (visa): institutional practice: apply at least 30 and at most 14
                                  working days before the visa expires (no source in law was found
                                  for this window); the state duty for extending a multiple-entry
                                  visa is 30 MCI (Tax Code)
  Wed 31 Dec 2025    41 d  Leave Kazakhstan or extend the visa: it expires  you
                           Where: leave, or have the visa extended before this day
                           Basis (visa): Decree 148 p. 6: the stay of a visa holder ends when the
                                  visa expires
                           If missed: a warning (CAO 517 part 3, up to 3 days late; more days cost
                                      more)
                           Again within a year: 15 MCI = 64,875 KZT (CAO 517 part 6) or
                                                administrative expulsion (then a 5-year entry ban,
                                                Migration Law art. 48)
  Wed 31 Dec 2025    41 d  Passport valid long enough for the visa          you
                           PROBLEM: the passport expires on 2026-03-30, less than 3 months after the
                                    visa (expected 2026-03-31 or later)
                           Where: the passport should outlast the visa by 3 months
                           Basis (visa): the passport should be valid at least 3 months after the
                                  visa expires (consular practice; no legal text found in the
                                  reference)

Not legal advice: check with the migration service.
$ kzmig due --arrival 2025-09-01 --citizenship AF --visa-expiry 2025-12-31 --passport-expiry 2026-03-30 --today 2025-11-20 --format json
{
	"citizenship":	"AF",
	"arrival":	"2025-09-01",
	"today":	"2025-11-20",
	"deadlines":	[{
			"id":	"arrival-notification",
			"title":	"Notify the migration service of the arrival",
			"responsible":	"receiving-party",
			"event":	"2025-09-01",
			"opens":	null,
			"due":	"2025-09-04",
			"apply_by":	null,
			"days_left":	-77,
			"status":	"overdue",
			"stay":	"visa",
			"provisional":	false,
			"basis":	"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",
			"where":	"the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2025-09-05",
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
			}
		}, {
			"id":	"passport-renewal",
			"title":	"Renew the passport",
			"responsible":	"immigrant",
			"event":	"2026-03-30",
			"opens":	null,
			"due":	"2025-09-30",
			"apply_by":	null,
			"days_left":	-51,
			"status":	"overdue",
			"stay":	"visa",
			"provisional":	false,
			"basis":	"no TRP or visa is issued beyond the passport's validity; renew 6 months before it expires (a safety margin, not a legal term)",
			"where":	"the immigrant's own consulate; then tell the host and the migration service",
			"reason":	null,
			"fine":	null
		}, {
			"id":	"visa-extension",
			"title":	"Apply to extend the visa",
			"responsible":	"receiving-party",
			"event":	"2025-12-31",
			"opens":	"2025-11-18",
			"due":	"2025-12-10",
			"apply_by":	null,
			"days_left":	20,
			"status":	"open",
			"stay":	"visa",
			"provisional":	false,
			"basis":	"institutional practice: apply at least 30 and at most 14 working days before the visa expires (no source in law was found for this window); the state duty for extending a multiple-entry visa is 30 MCI (Tax Code)",
			"where":	"the host applies to the migration service (vmp.gov.kz)",
			"reason":	null,
			"fine":	null
		}, {
			"id":	"stay-limit",
			"title":	"Leave Kazakhstan or extend the visa: it expires",
			"responsible":	"immigrant",
			"event":	"2025-09-01",
			"opens":	null,
			"due":	"2025-12-31",
			"apply_by":	null,
			"days_left":	41,
			"status":	"upcoming",
			"stay":	"visa",
			"provisional":	false,
			"basis":	"Decree 148 p. 6: the stay of a visa holder ends when the visa expires",
			"where":	"leave, or have the visa extended before this day",
			"reason":	null,
			"fine":	{
				"article":	"CAO 517 part 3",
				"on":	"2026-01-01",
				"host":	null,
				"mci":	null,
				"kzt":	null,
				"mci_value":	4325,
				"provisional":	false,
				"reason":	null,
				"warning":	true,
				"alternative":	null,
				"repeat":	{
					"article":	"CAO 517 part 6",
					"mci":	15,
					"kzt":	64875
				}
			}
		}, {
			"id":	"passport-validity",
			"title":	"Passport valid long enough for the visa",
			"responsible":	"immigrant",
			"event":	"2025-12-31",
			"opens":	null,
			"due":	"2025-12-31",
			"apply_by":	null,
			"days_left":	41,
			"status":	"problem",
			"stay":	"visa",
			"provisional":	false,
			"basis":	"the passport should be valid at least 3 months after the visa expires (consular practice; no legal text found in the reference)",
			"where":	"the passport should outlast the visa by 3 months",
			"reason":	"the passport expires on 2026-03-30, less than 3 months after the visa (expected 2026-03-31 or later)",
			"fine":	null
		}]
}
# A child: under 16 on the last legal day needs no TRP (Decree 148 Rules p. 10); on turning
# 16 (Sat 19 Apr 2025) the TRP is due within 10 days, the birthday as day 1: Mon 28 Apr.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --birth 2009-04-19 --today 2025-03-21
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Thu 20 Mar 2025
Today: Fri 21 Mar 2025 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Thu 27 Mar 2025     6 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Law on Population Migration, art. 6 p. 4: within 3
                                  working days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
  Mon 28 Apr 2025    38 d  Obtain a temporary residence permit (TRP)        host
                           Not required: under 16 (Decree 148 Rules p. 10) until 2025-04-19; if
                                         still in Kazakhstan then, apply by 2025-04-28
                           Apply by Mon 28 Apr 2025
                           Where: the host applies on vmp.gov.kz or at the migration service
                           Basis (visa-free): Decree 148 Rules p. 10: no TRP under 16; MIA Order
                                  No. 992 Rules (as amended in 2024; text not obtained, medium
                                  confidence): apply no later than 10 calendar days from reaching 16
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
$ kzmig due --arrival 2025-03-20 --citizenship UZ --birth 2009-04-19 --today 2025-04-20 --format json
{
	"citizenship":	"UZ",
	"arrival":	"2025-03-20",
	"today":	"2025-04-20",
	"deadlines":	[{
			"id":	"arrival-notification",
			"title":	"Notify the migration service of the arrival",
			"responsible":	"receiving-party",
			"event":	"2025-03-20",
			"opens":	null,
			"due":	"2025-03-27",
			"apply_by":	null,
			"days_left":	-24,
			"status":	"overdue",
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
			}
		}, {
			"id":	"trp",
			"title":	"Obtain a temporary residence permit (TRP)",
			"responsible":	"receiving-party",
			"event":	"2025-03-20",
			"opens":	null,
			"due":	"2025-04-28",
			"apply_by":	"2025-04-28",
			"days_left":	8,
			"status":	"upcoming",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Decree 148 Rules p. 10: no TRP under 16; MIA Order No. 992 Rules (as amended in 2024; text not obtained, medium confidence): apply no later than 10 calendar days from reaching 16",
			"where":	"the host applies on vmp.gov.kz or at the migration service",
			"reason":	null,
			"fine":	{
				"article":	"CAO 518 part 1",
				"on":	"2025-04-29",
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
			}
		}]
}
# Earlier trips: 1 Sep-29 Dec 2024 puts 99 days in the window of 20 Mar 2025 (from 22 Sep):
# over 90 on the arrival day.
$ kzmig due --arrival 2025-03-20 --citizenship RU --trip 2024-09-01:2024-12-29 --today 2025-03-21 --format json
{
	"citizenship":	"RU",
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
			}
		}, {
			"id":	"trp",
			"title":	"Obtain a temporary residence permit (TRP)",
			"responsible":	"receiving-party",
			"event":	"2025-03-20",
			"opens":	null,
			"due":	null,
			"apply_by":	null,
			"days_left":	null,
			"status":	"problem",
			"stay":	"visa-free",
			"provisional":	false,
			"basis":	"Law on Population Migration art. 6 p. 4 and art. 6-1: a TRP to stay past the visa-free limit (per entry from the crossing, and days within 180 over earlier trips); apply by allows 7 working days of processing, a time no official source confirms",
			"where":	"the host applies on vmp.gov.kz or at the migration service",
			"reason":	"the earlier trips already use up the 90 days allowed within 180 days on the arrival day: no legal visa-free stay is left",
			"fine":	null
		}]
}
# Counted into 2027 (no decree data yet): provisional.  Wed 10 Mar 2027, Thu 11, Fri 12.
# KG (EAEU): 10 Mar + 89 = Mon 7 Jun; apply by 4, 3, 2, 1 Jun, 31, 28, 27 May -> Thu 27 May.
# The self-registration (10 Mar + 29 = Thu 8 Apr) counts calendar days: not provisional.
$ kzmig due --arrival 2027-03-10 --citizenship KG --today 2027-03-10
Deadlines for a citizen of Kyrgyzstan (KG) who arrived on Wed 10 Mar 2027
Today: Wed 10 Mar 2027 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Fri 12 Mar 2027*    2 d  Notify the migration service of the arrival      host
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (visa-free): Law on Population Migration, art. 6 p. 4: within 3
                                  working days of arrival
                           If missed: 10 MCI = 43,250 KZT (CAO 518 part 1, small host)
                                      provisional: the MCI of that year is not in the data yet (its
                                      budget law): the last known value is used
  Thu 8 Apr 2027*    29 d  Register online (self-registration)              you
                           Provisional: MIA Order No. 923's text was not obtained: the 30 days and
                                        whether the day of crossing is day 1 come from press reports
                           Where: the immigrant registers in the migration police system; the host
                                  confirms in the app
                           Basis (visa-free): MIA Order No. 923 of 17.11.2025 (in force 1 Jul 2026;
                                  text not obtained, press reports): register online no later than
                                  the 30th calendar day from the day of crossing the border; no fine
                                  for missing it was found in the Code of Administrative Offences
  Mon 7 Jun 2027*    89 d  Obtain a temporary residence permit (TRP)        host
                           Apply by Thu 27 May 2027
                           Where: the host applies on vmp.gov.kz or at the migration service
                           Basis (visa-free): Law on Population Migration art. 6 p. 4 and art. 6-1:
                                  a TRP to stay past the visa-free limit (per entry from the
                                  crossing, and days within 180 over earlier trips); apply by allows
                                  7 working days of processing, a time no official source confirms
                           If missed: 10 MCI = 43,250 KZT (CAO 518 part 1, small host)
                                      provisional: the MCI of that year is not in the data yet (its
                                      budget law): the last known value is used

* provisional: the counting runs into a year with no decree on days off yet (data covers 2002-2026);
  check again when it is published.

Not legal advice: check with the migration service.
# Bad input.
$ kzmig due --arrival 2025-02-30 --citizenship UZ
kzmig: --arrival: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship XX
kzmig: citizenship: unknown country code 'XX' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship uzb
kzmig: --citizenship: 'uzb' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship kz
kzmig: citizenship: KZ: no migration rules apply to citizens of Kazakhstan
[exit 2]
$ kzmig due --citizenship UZ
kzmig: due: --arrival is required (expected --arrival YYYY-MM-DD)
[exit 2]
$ kzmig due --arrival 2025-03-20
kzmig: due: --citizenship is required (expected an ISO 3166-1 code, e.g. UZ)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-10:2025-01-01
kzmig: --trip: 2025-01-10:2025-01-01 ends before it starts (expected FROM <= TO)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-01-10
kzmig: --trip: '2025-01-10' (expected FROM:TO, two dates)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --trip 2025-03-01:2025-03-20
kzmig: --trip: 2025-03-01:2025-03-20 ends on or after the arrival 2025-03-20 (expected earlier stays only)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --moved 2025-03-19
kzmig: --moved: the move on 2025-03-19 is before the arrival on 2025-03-20 (expected a date on or after it)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --frobnicate
kzmig: due: unknown option '--frobnicate' (see kzmig due --help)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --format xml
kzmig: --format: unknown value 'xml' (expected text|json|ics)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --count-from tomorrow
kzmig: --count-from: unknown value 'tomorrow' (expected arrival|next-day)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --host huge
kzmig: --host: unknown value 'huge' (expected individual|small|medium|large)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --alarm 7,x
kzmig: --alarm: 'x' is not a whole number (expected 0..366)
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ extra
kzmig: due: unexpected argument 'extra'
[exit 2]
$ kzmig due --arrival 2025-03-20 --citizenship UZ --today
kzmig: due: option '--today' needs a value (see kzmig due --help)
[exit 2]
# Text wraps at 100 columns and never inside a date.  An institution's basis put so that
# its date straddles column 100: "Basis: T (institution's rule): p. 1: the form to the
# office by" starts after 27 columns and ends in column 27 + 62 = 89, so "Thu" ends in 93, "27" in 96, "Mar" in
# 100 and "2025" in 105: a break at the last space that fits would cut "Mar | 2025".
# The whole date moves to the next line.
$ f=$(mktemp) && printf '{"institution":"T","as_of":"2026-01-01","source":"test","rules":[{"id":"policy-x","title":"Hand in the form","from":"arrival","offset":1,"unit":"working-days","responsible":"immigrant","basis":"p. 1: the form to the office by Thu 27 Mar 2025 at the latest"}]}' >"$f" && kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --policy "$f" | grep -A1 "Basis: T"; rm -f "$f"
# Three columns later (92): "27" ends in 99 and "Mar" in 103: "Thu 27 | Mar" is not cut.
$ f=$(mktemp) && printf '{"institution":"T","as_of":"2026-01-01","source":"test","rules":[{"id":"policy-x","title":"Hand in the form","from":"arrival","offset":1,"unit":"working-days","responsible":"immigrant","basis":"p. 1: the form of to the office by Thu 27 Mar 2025 at the latest"}]}' >"$f" && kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --policy "$f" | grep -A1 "Basis: T"; rm -f "$f"
# Two more (94): "Thu" ends in 98 and "27" in 101: "Thu | 27" is not cut.
$ f=$(mktemp) && printf '{"institution":"T","as_of":"2026-01-01","source":"test","rules":[{"id":"policy-x","title":"Hand in the form","from":"arrival","offset":1,"unit":"working-days","responsible":"immigrant","basis":"p. 1: the form of a to the office by Thu 27 Mar 2025 at the latest"}]}' >"$f" && kzmig due --arrival 2025-03-20 --citizenship UZ --today 2025-03-21 --policy "$f" | grep -A1 "Basis: T"; rm -f "$f"
# An institution's title longer than the WHAT column (48) wraps inside it, WHO on the first line.
$ kzmig due --arrival 2026-09-01 --citizenship KG --today 2026-09-01 --policy examples/policy.json | grep -A1 "Give the documents"
  Mon 14 Sep 2026    13 d  Give the documents for the residence permit      you
                           (TRP) to the international office
# ---- the entry basis (design.md s. 7) -------------------------------------------------
# An Indian student on a study visa: the visa governs the stay.  No visa-free limit, no
# self-registration: leave or extend by Wed 30 Jun 2027, the visa's last day.  The visa
# window: 14 working days before 30 Jun 2027 (2027: provisional) closes Thu 10 Jun.
$ kzmig due --arrival 2026-09-01 --citizenship IN --visa-expiry 2027-06-30 --today 2026-09-20 --format json | jq -c '.deadlines[] | [.id, .stay, .due, .status]'
["arrival-notification","visa","2026-09-03","overdue"]
["visa-extension","visa","2027-06-10","upcoming"]
["stay-limit","visa","2027-06-30","upcoming"]
# The same without the visa's expiry, but saying it was a visa: the stay's end is unknown.
$ kzmig due --arrival 2026-09-01 --citizenship IN --entry visa --today 2026-09-20 --format json | jq -c '.deadlines[] | [.id, .stay, .due, .status, .reason]'
["arrival-notification","visa","2026-09-03","overdue",null]
["stay-limit","visa",null,"problem","the visa's expiry date is not known: the stay ends on it (give the visa expiry)"]
# Visa-free, as before: the 14-day stay ends Mon 14 Sep 2026 (1 Sep + 13), and Order 923's
# self-registration falls on the 30th day, Wed 30 Sep.
$ kzmig due --arrival 2026-09-01 --citizenship IN --entry visa-free --today 2026-09-02 --format json | jq -c '.deadlines[] | [.id, .stay, .due, .status]'
["arrival-notification","visa-free","2026-09-03","upcoming"]
["stay-limit","visa-free","2026-09-14","upcoming"]
["self-registration","visa-free","2026-09-30","upcoming"]
# A visa-required citizen cannot have come visa-free.
$ kzmig due --arrival 2026-09-01 --citizenship AF --entry visa-free
kzmig: --entry: visa-free, but citizens of Afghanistan need a visa (expected visa)
[exit 2]
$ kzmig due --arrival 2026-09-01 --citizenship IN --entry on-foot
kzmig: --entry: unknown value 'on-foot' (expected visa-free|visa)
[exit 2]
# A TRP holder (UZ, TRP to Tue 30 Jun 2026): its extension, applied for by Fri 19 Jun (7
# working days in [D, 30 Jun): 29, 26, 25, 24, 23, 22, 19 Jun), and the stay's end.
$ kzmig due --arrival 2025-09-01 --citizenship UZ --trp-expiry 2026-06-30 --today 2026-06-22
Deadlines for a citizen of Uzbekistan (UZ) who arrived on Mon 1 Sep 2025
Today: Mon 22 Jun 2026 (Asia/Almaty). Calendar data as of 2026-11-01.

  DUE                LEFT  WHAT                                             WHO
  Thu 4 Sep 2025   -291 d  Notify the migration service of the arrival      host
                           OVERDUE since Fri 5 Sep 2025
                           Where: the host files on vmp.gov.kz (organisations) or in eQonaq
                                  (individuals, hotels)
                           Basis (TRP): Law on Population Migration, art. 6 p. 4: within 3 working
                                  days of arrival
                           If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)
  Tue 30 Jun 2026     8 d  Leave Kazakhstan or extend the TRP: it expires   you
                           Where: leave, or have the TRP extended before this day
                           Basis (TRP): Decree 148 p. 6: the stay of a TRP holder ends when the TRP
                                  expires
                           If missed: a warning (CAO 517 part 3, up to 3 days late; more days cost
                                      more)
                           Again within a year: 15 MCI = 64,875 KZT (CAO 517 part 6) or
                                                administrative expulsion (then a 5-year entry ban,
                                                Migration Law art. 48)
  Tue 30 Jun 2026     8 d  Extend the temporary residence permit (TRP)      host
                           Apply by Fri 19 Jun 2026
                           Where: the host applies on vmp.gov.kz or at the migration service
                           Basis (TRP): Decree 148 p. 6: the stay of a TRP holder ends when the TRP
                                  expires; the host applies to extend it before then (Law on
                                  Population Migration art. 6-1); apply by allows 7 working days of
                                  processing, a time no official source confirms
                           If missed: 10 MCI = 43,250 KZT (CAO 518 part 1, small host)

Not legal advice: check with the migration service.
# ---- facts that cannot be true -----------------------------------------------------------
$ kzmig due --arrival 2026-09-01 --citizenship UZ --visa-expiry 2026-08-01 --birth 2199-01-01 --passport-expiry 2026-08-31 --trp-expiry 2026-01-01
kzmig: --birth: 2199-01-01 is after the arrival on 2026-09-01 (expected a date of birth before it)
kzmig: --visa-expiry: the visa expired on 2026-08-01, before the arrival on 2026-09-01 (expected a visa valid on the arrival day)
kzmig: --passport-expiry: the passport expired on 2026-08-31, before the arrival on 2026-09-01 (expected a passport valid on the arrival day)
kzmig: --trp-expiry: the TRP expired on 2026-01-01, before the arrival on 2026-09-01 (expected a TRP valid on the arrival day)
[exit 2]
$ kzmig due --arrival 2026-09-01 --citizenship UZ --moved 2026-09-10 --moved 2026-09-10
kzmig: --moved: the move on 2026-09-10 is given twice (expected each change of address once)
[exit 2]
# UZ before 27 Jan 2023: 5 days (arrival Wed 1 Jun 2022, last day Sun 5 Jun); the 7
# working days of processing do not fit, so the host applies at once.
$ kzmig due --arrival 2022-06-01 --citizenship UZ --today 2022-06-02 --format json | jq -c '.deadlines[] | select(.id == "trp") | [.opens, .apply_by, .due, .status, .reason]'
["2022-06-01","2022-06-01","2022-06-05","open","apply at once: the 7 working days allowed for processing do not fit between the arrival and the due date; provisional: the 5 days come from press reports of the KZ-UZ agreement, whose text was not read; Kazakh law from January 2020 sets 30 days from the crossing for a visa-free stay"]
# A date as offices write it, DD.MM.YYYY, and a host category in any case: the same
# parser as a roster's cells.
$ kzmig due --arrival 20.03.2025 --citizenship uz --host Small --today 2025-03-21 --format json | jq -c '[.arrival, .deadlines[0].due, .deadlines[0].fine.host]'
["2025-03-20","2025-03-27","small"]
