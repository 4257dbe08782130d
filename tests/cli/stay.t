# kzmig stay: days of stay used in the 180 days ending on --on, and the last legal day of
# a stay from --arrival.  Entry and exit days both count (design.md §2).
#
# The contract case (design.md §4, contract-check).  RU is EAEU from 27 Jan 2023: 90 in
# 180, no per-entry limit.  --on defaults to the day before --arrival; here it is given.
# Window of 28 Feb 2025: 2 Sep 2024 .. 28 Feb 2025, holding all 10 days of 1..10 Jan.
# The 10 days stay in every window until 8 Jul (10 Jan + 179), so the stay may run 80
# days: 1 Mar + 79 = 19 May (31 Mar is +30, 30 Apr +60, 19 May +79).
$ kzmig stay --citizenship RU --trip 2025-01-01:2025-01-10 --arrival 2025-03-01 --on 2025-02-28 --format json
{
	"citizenship":	"RU",
	"limit":	90,
	"per_entry":	null,
	"on":	"2025-02-28",
	"days_used":	10,
	"days_left":	80,
	"arrival":	"2025-03-01",
	"last_legal_day":	"2025-05-19",
	"provisional":	false,
	"reason":	null
}
$ kzmig stay --citizenship RU --trip 2025-01-01:2025-01-10 --arrival 2025-03-01
Stay of a citizen of Russia (RU) under the rules in force on Sat 1 Mar 2025
Regime: EAEU (Eurasian Economic Union)

  Per entry        no limit
  In any 180 days  90 days of stay at most
  Days used        10 in the 180 days Mon 2 Sep 2024 to Fri 28 Feb 2025
  Days left        80 of 90
  Arrival          Sat 1 Mar 2025
  Last legal day   Mon 19 May 2025, after 80 days (the 90-in-180 limit)

Entry and exit days both count as days of stay.
To stay longer, the host applies for a temporary residence permit (TRP) before the last legal day.
Source: Decree 148 as amended by Decree 1146 of 31.12.2022 (in force 27.01.2023; spektr.press 2023-01-17; 34travel.me/post/kz-new-rules; alau.kz): EAEU 90 in 180; asia24 (confidence high)
Not legal advice: check with the migration service.
# UZ: 30 per entry binds with no history: 20 Mar + 29 = 18 Apr (31 Mar +11, 18 Apr +29),
# the TRP due date of design.md §3.  Any case for the code.
$ kzmig stay --citizenship uz --arrival 2025-03-20
Stay of a citizen of Uzbekistan (UZ) under the rules in force on Thu 20 Mar 2025
Regime: visa-free by agreement

  Per entry        30 days, counted from the day of the crossing
  In any 180 days  90 days of stay at most
  Days used        0 in the 180 days Sat 21 Sep 2024 to Wed 19 Mar 2025
  Days left        90 of 90
  Arrival          Thu 20 Mar 2025
  Last legal day   Fri 18 Apr 2025, after 30 days (the 30-day limit per entry)

Entry and exit days both count as days of stay.
To stay longer, the host applies for a temporary residence permit (TRP) before the last legal day.
Source: Protocol of 22.12.2022 to the KZ-UZ agreement (ratified by Uzbekistan 25.04.2023 and by Kazakhstan by Law 70-VIII of 06.04.2024: adilet Z2400000070; en.trend.az 06.04.2024): 30 days per entry, 90 in 180 "без оформления разрешения на временное проживание"; Decree 1146 of 31.12.2022 (in force 27.01.2023): the same general rule (confidence medium)
Not legal advice: check with the migration service.
# IN: 14 per entry, 42 in 180.  14 + 14 + 7 = 35 days used, 7 left: 20..26 Mar.
$ kzmig stay --citizenship IN --trip 2025-01-01:2025-01-14 --trip 2025-02-01:2025-02-14 --trip 2025-03-01:2025-03-07 --arrival 2025-03-20 --format json
{
	"citizenship":	"IN",
	"limit":	42,
	"per_entry":	14,
	"on":	"2025-03-19",
	"days_used":	35,
	"days_left":	7,
	"arrival":	"2025-03-20",
	"last_legal_day":	"2025-03-26",
	"provisional":	false,
	"reason":	null
}
# US (30 per entry, 90 in 180): 1 Dec 2024 .. 28 Feb 2025 is 31 + 31 + 28 = 90 days, all
# in the window of 19 Mar (from 21 Sep 2024): the arrival day would be the 91st.
$ kzmig stay --citizenship US --trip 2024-12-01:2025-02-28 --arrival 2025-03-20 --format json
{
	"citizenship":	"US",
	"limit":	90,
	"per_entry":	30,
	"on":	"2025-03-19",
	"days_used":	90,
	"days_left":	0,
	"arrival":	"2025-03-20",
	"last_legal_day":	null,
	"provisional":	false,
	"reason":	null
}
$ kzmig stay --citizenship US --trip 2024-12-01:2025-02-28 --arrival 2025-03-20
Stay of a citizen of United States (US) under the rules in force on Thu 20 Mar 2025
Regime: visa-free by Kazakhstan's list

  Per entry        30 days, counted from the day of the crossing
  In any 180 days  90 days of stay at most
  Days used        90 in the 180 days Sat 21 Sep 2024 to Wed 19 Mar 2025
  Days left        0 of 90
  Arrival          Thu 20 Mar 2025
  Last legal day   none: the arrival day itself would be day 91 of the 90 allowed in 180 days

Entry and exit days both count as days of stay.
Source: Decree 148 p. 17 part 1 (text of 10.10.2022): on the list from 01.01.2017, 30 days, 90 in 180; Govt decree of 25.08.2025 restating p. 17 (zakon.kz 2025-08-28; kaz.zakon.kz; lada.kz): list confirmed up to PL (confidence high)
Not legal advice: check with the migration service.
# KG (EAEU).  The window of 15 Jan 2025 runs from 20 Jul 2024: 20 Jul..9 Aug = 21 days of
# the first trip, and 9 Oct..27 Nov = 23 + 27 = 50: 71 used, 19 left.  But the first trip
# leaves the window one day a day as the stay goes on (by 5 Feb it is gone), so the stay
# ends when 50 + its days pass 90: day 40, 16 Jan + 39 = 24 Feb.
$ kzmig stay --citizenship KG --trip 2024-07-01:2024-08-09 --trip 2024-10-09:2024-11-27 --arrival 2025-01-16
Stay of a citizen of Kyrgyzstan (KG) under the rules in force on Thu 16 Jan 2025
Regime: EAEU (Eurasian Economic Union)

  Per entry        no limit
  In any 180 days  90 days of stay at most
  Days used        71 in the 180 days Sat 20 Jul 2024 to Wed 15 Jan 2025
  Days left        19 of 90
  Arrival          Thu 16 Jan 2025
  Last legal day   Mon 24 Feb 2025, after 40 days (the 90-in-180 limit)
                   More than the 19 days left: earlier days leave the 180-day window
                   as the stay goes on.

Entry and exit days both count as days of stay.
To stay longer, the host applies for a temporary residence permit (TRP) before the last legal day.
Source: Decree 148 as amended by Decree 1146 of 31.12.2022 (in force 27.01.2023; spektr.press 2023-01-17; 34travel.me/post/kz-new-rules; alau.kz): EAEU 90 in 180; asia24 (confidence high)
Not legal advice: check with the migration service.
# Only --on: the window of 30 Jun 2025 starts 2 Jan 2025 (day 181 - 179 = day 2).  A trip
# straddling its start counts 2..10 Jan = 9 days; one running past --on counts 20..30 Jun
# = 11 days: 20.
$ kzmig stay --citizenship UZ --trip 2024-12-25:2025-01-10 --trip 2025-06-20:2025-07-10 --on 2025-06-30 --format json
{
	"citizenship":	"UZ",
	"limit":	90,
	"per_entry":	30,
	"on":	"2025-06-30",
	"days_used":	20,
	"days_left":	70,
	"arrival":	null,
	"last_legal_day":	null,
	"provisional":	false,
	"reason":	null
}
$ kzmig stay --citizenship UZ --trip 2024-12-25:2025-01-10 --on 2025-06-30
Stay of a citizen of Uzbekistan (UZ) under the rules in force on Mon 30 Jun 2025
Regime: visa-free by agreement

  Per entry        30 days, counted from the day of the crossing
  In any 180 days  90 days of stay at most
  Days used        9 in the 180 days Thu 2 Jan 2025 to Mon 30 Jun 2025
  Days left        81 of 90
  Last legal day   - (give --arrival DATE for the last day of a stay)

Entry and exit days both count as days of stay.
Source: Protocol of 22.12.2022 to the KZ-UZ agreement (ratified by Uzbekistan 25.04.2023 and by Kazakhstan by Law 70-VIII of 06.04.2024: adilet Z2400000070; en.trend.az 06.04.2024): 30 days per entry, 90 in 180 "без оформления разрешения на временное проживание"; Decree 1146 of 31.12.2022 (in force 27.01.2023): the same general rule (confidence medium)
Not legal advice: check with the migration service.
# Before Decree 1146 (27 Jan 2023) an EAEU citizen had 90 days per entry and no cap in
# 180: the 90 earlier days (22 + 28 + 31 + 9) do not matter; 1 Jun + 89 = 29 Aug 2022.
$ kzmig stay --citizenship RU --arrival 2022-06-01 --trip 2022-01-10:2022-04-09 --format json
{
	"citizenship":	"RU",
	"limit":	null,
	"per_entry":	90,
	"on":	"2022-05-31",
	"days_used":	90,
	"days_left":	null,
	"arrival":	"2022-06-01",
	"last_legal_day":	"2022-08-29",
	"provisional":	false,
	"reason":	null
}
# A visa-required citizen: no visa-free limits; the days are still counted.
$ kzmig stay --citizenship AF --trip 2025-01-01:2025-01-10 --arrival 2025-03-20
Stay of a citizen of Afghanistan (AF) under the rules in force on Thu 20 Mar 2025
visa required: the visa sets the stay

  Days used        10 in the 180 days Sat 21 Sep 2024 to Wed 19 Mar 2025

Entry and exit days both count as days of stay.
Source: not on any visa-free list in the reference: Decree 148 p. 17 part 1 (text of 10.10.2022); MIA bilateral list (neweurope.eu, 22.07.2019); Govt decree of 25.08.2025 restating p. 17 (zakon.kz 2025-08-28; kaz.zakon.kz; lada.kz) (list obtained only up to PL) (confidence medium)
Not legal advice: check with the migration service.
$ kzmig stay --citizenship AF --arrival 2025-03-20 --format json
{
	"citizenship":	"AF",
	"limit":	null,
	"per_entry":	null,
	"on":	"2025-03-19",
	"days_used":	0,
	"days_left":	null,
	"arrival":	"2025-03-20",
	"last_legal_day":	null,
	"provisional":	false,
	"reason":	null
}
# Bad input: one line on stderr, nothing on stdout, exit 2.
$ kzmig stay
kzmig: stay: --citizenship is required (expected an ISO 3166-1 code, e.g. UZ)
[exit 2]
$ kzmig stay --citizenship XX --on 2025-03-01
kzmig: citizenship: unknown country code 'XX' (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig stay --citizenship RUS --on 2025-03-01
kzmig: --citizenship: 'RUS' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)
[exit 2]
$ kzmig stay --citizenship VN --on 2015-01-01
kzmig: citizenship: no data on the regime for VN on 2015-01-01 (expected a date from 2019-10-01)
[exit 2]
$ kzmig stay --citizenship RU --trip 2025-01-01 --on 2025-03-01
kzmig: --trip: '2025-01-01' (expected FROM:TO, two dates)
[exit 2]
$ kzmig stay --citizenship RU --trip 2025-01-01:2025-02-30 --on 2025-03-01
kzmig: --trip: no such date '2025-02-30' (expected a day 01..28)
[exit 2]
$ kzmig stay --citizenship RU --trip 2025-01-10:2025-01-01 --on 2025-03-01
kzmig: trip: 2025-01-10:2025-01-01 ends before it starts (expected FROM <= TO)
[exit 2]
$ kzmig stay --citizenship RU --trip 2025-01-01:2025-01-10 --trip 2025-01-10:2025-01-20 --arrival 2025-03-01
kzmig: trip: 2025-01-10:2025-01-20 overlaps 2025-01-01:2025-01-10 (expected separate stays: a day counts once)
[exit 2]
$ kzmig stay --citizenship RU --trip 2025-02-20:2025-03-05 --arrival 2025-03-01
kzmig: trip: 2025-02-20:2025-03-05 ends on or after the arrival 2025-03-01 (expected earlier stays only)
[exit 2]
$ kzmig stay --citizenship RU --on 2025-13-01
kzmig: --on: no month 13 in '2025-13-01' (expected 01..12)
[exit 2]
$ kzmig stay --citizenship RU --arrival 25-03-01
kzmig: --arrival: bad date '25-03-01' (expected YYYY-MM-DD)
[exit 2]
$ kzmig stay --citizenship RU --on 2025-03-01 --format csv
kzmig: --format: unknown value 'csv' (expected text|json)
[exit 2]
$ kzmig stay --citizenship RU --on 2025-03-01 --today 2025-03-01
kzmig: stay: unknown option '--today' (see kzmig stay --help)
[exit 2]
$ kzmig stay --citizenship RU --on 2025-03-01 extra
kzmig: stay: unexpected argument 'extra' (see kzmig stay --help)
[exit 2]
$ kzmig stay --citizenship RU --on
kzmig: stay: option '--on' needs a value (see kzmig stay --help)
[exit 2]
