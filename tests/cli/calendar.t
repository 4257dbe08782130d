# kzmig calendar: design.md §4.  Days off and working weekends are the hand-built tables
# of tests/test_calendar.c (kz-calendar.md: holidays in force, the weekend rule with
# chaining, Jan 7 and Kurban Ait not moved, the year's transfers).
#
# 2025 in full: 365 days from a Wednesday, 104 weekend days, 261 weekdays; 16 weekdays
# off (Fri 3 Jan by order; Sat 8 Mar -> Mon 10; Sat 22, Sun 23 Mar -> Mon 24, Tue 25;
# Sun 6 Jul -> Mon 7; Sat 30 Aug -> Mon 1 Sep; Sat 25 Oct -> Mon 27) and Sun 5 Jan worked.
$ kzmig calendar --year 2025 --format json
{
	"year":	2025,
	"provisional":	false,
	"holidays":	[{
			"date":	"2025-01-01",
			"name":	"New Year"
		}, {
			"date":	"2025-01-02",
			"name":	"New Year (2nd day)"
		}, {
			"date":	"2025-01-07",
			"name":	"Orthodox Christmas"
		}, {
			"date":	"2025-03-08",
			"name":	"International Women's Day"
		}, {
			"date":	"2025-03-21",
			"name":	"Nauryz meiramy"
		}, {
			"date":	"2025-03-22",
			"name":	"Nauryz meiramy"
		}, {
			"date":	"2025-03-23",
			"name":	"Nauryz meiramy"
		}, {
			"date":	"2025-05-01",
			"name":	"Kazakhstan People's Unity Day"
		}, {
			"date":	"2025-05-07",
			"name":	"Defender of the Fatherland Day"
		}, {
			"date":	"2025-05-09",
			"name":	"Victory Day"
		}, {
			"date":	"2025-06-06",
			"name":	"Kurban Ait"
		}, {
			"date":	"2025-07-06",
			"name":	"Capital Day"
		}, {
			"date":	"2025-08-30",
			"name":	"Constitution Day"
		}, {
			"date":	"2025-10-25",
			"name":	"Republic Day"
		}, {
			"date":	"2025-12-16",
			"name":	"Independence Day"
		}],
	"days_off":	[{
			"date":	"2025-01-01",
			"reason":	"New Year"
		}, {
			"date":	"2025-01-02",
			"reason":	"New Year (2nd day)"
		}, {
			"date":	"2025-01-03",
			"reason":	"transferred by decree: Sun 2025-01-05 is worked instead"
		}, {
			"date":	"2025-01-07",
			"reason":	"Orthodox Christmas"
		}, {
			"date":	"2025-03-10",
			"reason":	"International Women's Day on Sat 2025-03-08 moved to the next working day (Labor Code art. 85)"
		}, {
			"date":	"2025-03-21",
			"reason":	"Nauryz meiramy"
		}, {
			"date":	"2025-03-24",
			"reason":	"Nauryz meiramy on Sat 2025-03-22 moved to the next working day (Labor Code art. 85)"
		}, {
			"date":	"2025-03-25",
			"reason":	"Nauryz meiramy on Sun 2025-03-23 moved to the next working day (Labor Code art. 85)"
		}, {
			"date":	"2025-05-01",
			"reason":	"Kazakhstan People's Unity Day"
		}, {
			"date":	"2025-05-07",
			"reason":	"Defender of the Fatherland Day"
		}, {
			"date":	"2025-05-09",
			"reason":	"Victory Day"
		}, {
			"date":	"2025-06-06",
			"reason":	"Kurban Ait"
		}, {
			"date":	"2025-07-07",
			"reason":	"Capital Day on Sun 2025-07-06 moved to the next working day (Labor Code art. 85)"
		}, {
			"date":	"2025-09-01",
			"reason":	"Constitution Day on Sat 2025-08-30 moved to the next working day (Labor Code art. 85)"
		}, {
			"date":	"2025-10-27",
			"reason":	"Republic Day on Sat 2025-10-25 moved to the next working day (Labor Code art. 85)"
		}, {
			"date":	"2025-12-16",
			"reason":	"Independence Day"
		}],
	"working_weekends":	[{
			"date":	"2025-01-05",
			"reason":	"worked by decree, for the day off on Fri 2025-01-03"
		}]
}
# 2020: 366 days from a Wednesday, 104 weekend days, 262 weekdays, 18 off, 2 Sundays
# worked: 246.  Mon 11 May (Victory Day moved off Sat 9 May) was worked by decree and
# Fri 8 May given off instead: a weekday that works is in neither list.
$ kzmig calendar --year 2020
Kazakhstan working-day calendar 2020
Data as of 2026-11-01. 246 working days.

Public holidays
  Wed 1 Jan 2020   New Year
  Thu 2 Jan 2020   New Year (2nd day)
  Tue 7 Jan 2020   Orthodox Christmas
  Sun 8 Mar 2020   International Women's Day (on a weekend: moved)
  Sat 21 Mar 2020  Nauryz meiramy (on a weekend: moved)
  Sun 22 Mar 2020  Nauryz meiramy (on a weekend: moved)
  Mon 23 Mar 2020  Nauryz meiramy
  Fri 1 May 2020   Kazakhstan People's Unity Day
  Thu 7 May 2020   Defender of the Fatherland Day
  Sat 9 May 2020   Victory Day (on a weekend: moved)
  Mon 6 Jul 2020   Capital Day
  Fri 31 Jul 2020  Kurban Ait
  Sun 30 Aug 2020  Constitution Day (on a weekend: moved)
  Tue 1 Dec 2020   First President Day
  Wed 16 Dec 2020  Independence Day
  Thu 17 Dec 2020  Independence Day (2nd day)

Days off on weekdays
  Wed 1 Jan 2020   New Year
  Thu 2 Jan 2020   New Year (2nd day)
  Fri 3 Jan 2020   transferred by decree: Sun 2020-01-05 is worked instead
  Tue 7 Jan 2020   Orthodox Christmas
  Mon 9 Mar 2020   International Women's Day on Sun 2020-03-08 moved to the next working day (Labor Code art. 85)
  Mon 23 Mar 2020  Nauryz meiramy
  Tue 24 Mar 2020  Nauryz meiramy on Sat 2020-03-21 moved to the next working day (Labor Code art. 85)
  Wed 25 Mar 2020  Nauryz meiramy on Sun 2020-03-22 moved to the next working day (Labor Code art. 85)
  Fri 1 May 2020   Kazakhstan People's Unity Day
  Thu 7 May 2020   Defender of the Fatherland Day
  Fri 8 May 2020   transferred by decree: Mon 2020-05-11 is worked instead
  Mon 6 Jul 2020   Capital Day
  Fri 31 Jul 2020  Kurban Ait
  Mon 31 Aug 2020  Constitution Day on Sun 2020-08-30 moved to the next working day (Labor Code art. 85)
  Tue 1 Dec 2020   First President Day
  Wed 16 Dec 2020  Independence Day
  Thu 17 Dec 2020  Independence Day (2nd day)
  Fri 18 Dec 2020  transferred by decree: Sun 2020-12-20 is worked instead

Working weekends
  Sun 5 Jan 2020   worked by decree, for the day off on Fri 2020-01-03
  Sun 20 Dec 2020  worked by decree, for the day off on Fri 2020-12-18
# 2026: no Aug 30 (new Constitution), so Mon 31 Aug works; Mar 15 only from 2027; no
# transfers.  365 days from a Thursday: 261 weekdays, 14 off: 247.
$ kzmig calendar --year 2026
Kazakhstan working-day calendar 2026
Data as of 2026-11-01. 247 working days.

Public holidays
  Thu 1 Jan 2026   New Year
  Fri 2 Jan 2026   New Year (2nd day)
  Wed 7 Jan 2026   Orthodox Christmas
  Sun 8 Mar 2026   International Women's Day (on a weekend: moved)
  Sat 21 Mar 2026  Nauryz meiramy (on a weekend: moved)
  Sun 22 Mar 2026  Nauryz meiramy (on a weekend: moved)
  Mon 23 Mar 2026  Nauryz meiramy
  Fri 1 May 2026   Kazakhstan People's Unity Day
  Thu 7 May 2026   Defender of the Fatherland Day
  Sat 9 May 2026   Victory Day (on a weekend: moved)
  Wed 27 May 2026  Kurban Ait
  Mon 6 Jul 2026   Capital Day
  Sun 25 Oct 2026  Day of the Republic of Kazakhstan (on a weekend: moved)
  Wed 16 Dec 2026  Independence Day

Days off on weekdays
  Thu 1 Jan 2026   New Year
  Fri 2 Jan 2026   New Year (2nd day)
  Wed 7 Jan 2026   Orthodox Christmas
  Mon 9 Mar 2026   International Women's Day on Sun 2026-03-08 moved to the next working day (Labor Code art. 85)
  Mon 23 Mar 2026  Nauryz meiramy
  Tue 24 Mar 2026  Nauryz meiramy on Sat 2026-03-21 moved to the next working day (Labor Code art. 85)
  Wed 25 Mar 2026  Nauryz meiramy on Sun 2026-03-22 moved to the next working day (Labor Code art. 85)
  Fri 1 May 2026   Kazakhstan People's Unity Day
  Thu 7 May 2026   Defender of the Fatherland Day
  Mon 11 May 2026  Victory Day on Sat 2026-05-09 moved to the next working day (Labor Code art. 85)
  Wed 27 May 2026  Kurban Ait
  Mon 6 Jul 2026   Capital Day
  Mon 26 Oct 2026  Day of the Republic of Kazakhstan on Sun 2026-10-25 moved to the next working day (Labor Code art. 85)
  Wed 16 Dec 2026  Independence Day

Working weekends
  none
# 2027 has no decree data yet: provisional, in text and JSON.
$ kzmig calendar --year 2027 | sed -n 1,2p
Kazakhstan working-day calendar 2027 (PROVISIONAL: no decree on transfers of days off for this year yet)
Data as of 2026-11-01. 247 working days.
$ kzmig calendar --year 2027 --format json | sed -n 1,3p
{
	"year":	2027,
	"provisional":	true,
# Kurban Ait on a Sunday is listed but not moved: Mon 17 Jun 2024 is a working day.
$ kzmig calendar --year 2024 | grep -E "Kurban|17 Jun"
  Sun 16 Jun 2024  Kurban Ait (on a weekend: not moved)
# Bad input: one line on stderr, nothing on stdout, exit 2.
$ kzmig calendar --year 2001
kzmig: --year: 2001 out of range (expected 2002..2199)
[exit 2]
$ kzmig calendar --year 2200
kzmig: --year: 2200 out of range (expected 2002..2199)
[exit 2]
$ kzmig calendar --year abc
kzmig: --year: 'abc' is not a whole number (expected 2002..2199)
[exit 2]
$ kzmig calendar
kzmig: calendar: --year is required (expected --year YYYY)
[exit 2]
$ kzmig calendar --year 2025 --format xml
kzmig: --format: unknown value 'xml' (expected text|json|ics)
[exit 2]
$ kzmig calendar --year
kzmig: calendar: option '--year' needs a value (see kzmig calendar --help)
[exit 2]
$ kzmig calendar --year 2025 2026
kzmig: calendar: unexpected argument '2026'
[exit 2]
$ kzmig calendar --yaer 2025
kzmig: calendar: unknown option '--yaer' (see kzmig calendar --help)
[exit 2]
# Errors go to stderr only.
$ kzmig calendar --year 2001 2>/dev/null
[exit 2]
# --format ics: one all-day event per public holiday, per weekday day off that is not
# itself a holiday (moved off a weekend, or transferred by decree) and per weekend day
# worked by decree, in date order.  2025, from the JSON above: 15 holidays; Fri 3 Jan
# transferred (Sun 5 Jan worked); the days off moved from Sat 8 Mar (Mon 10), Sat 22 and
# Sun 23 Mar (Mon 24 is taken by nothing else, Tue 25 follows), Sun 6 Jul (Mon 7), Sat 30
# Aug (Mon 1 Sep), Sat 25 Oct (Mon 27): 15 + 1 + 6 + 1 = 23 events.  The weekday holidays
# (1 Jan, 21 Mar, ...) are one event each, not two.
$ kzmig calendar --year 2025 --format ics | tr -d '\r' | sed -n 's/^DTSTART;VALUE=DATE://p; s/^SUMMARY://p' | paste -d' ' - -
20250101 New Year
20250102 New Year (2nd day)
20250103 Day off (transferred)
20250105 Working day (transferred)
20250107 Orthodox Christmas
20250308 International Women's Day
20250310 Day off (moved): International Women's Day
20250321 Nauryz meiramy
20250322 Nauryz meiramy
20250323 Nauryz meiramy
20250324 Day off (moved): Nauryz meiramy
20250325 Day off (moved): Nauryz meiramy
20250501 Kazakhstan People's Unity Day
20250507 Defender of the Fatherland Day
20250509 Victory Day
20250606 Kurban Ait
20250706 Capital Day
20250707 Day off (moved): Capital Day
20250830 Constitution Day
20250901 Day off (moved): Constitution Day
20251025 Republic Day
20251027 Day off (moved): Republic Day
20251216 Independence Day
# The calendar and its first event whole (DTSTAMP is the time of the run and PRODID names
# the version: left out).  All day: DTEND is the next day (RFC 5545 §3.6.1); no alarms.
$ kzmig calendar --year 2026 --format ics | tr -d '\r' | grep -v -e '^DTSTAMP' -e '^PRODID' | sed -n '1,/^END:VEVENT/p'
BEGIN:VCALENDAR
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:kzmig-0b80b436fe51fd76@kzmig
DTSTART;VALUE=DATE:20260101
DTEND;VALUE=DATE:20260102
SUMMARY:New Year
TRANSP:TRANSPARENT
DESCRIPTION:Public holiday in Kazakhstan.\nSource: Law 'On holidays in 
 the RK' No. 267-II art. 1
END:VEVENT
$ kzmig calendar --year 2025 --format ics | grep -c BEGIN:VALARM
0
[exit 1]
# UIDs: unique in the file, and the same on every run (a re-import updates).
$ kzmig calendar --year 2020 --format ics | grep '^UID:' | sort | uniq -d | wc -l
0
$ a=$(kzmig calendar --year 2020 --format ics | grep -v '^DTSTAMP'); b=$(kzmig calendar --year 2020 --format ics | grep -v '^DTSTAMP'); [ "$a" = "$b" ] && echo same
same
# A holiday on a weekend says where its day off went (lines unfolded): Victory Day 2020 on
# a Saturday moved to Mon 11 May, which the decree made a working day (Fri 8 May off
# instead); Kurban Ait on Sun 16 Jun 2024 is religious and not moved.
$ kzmig calendar --year 2020 --format ics | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | grep -A4 '^DTSTART;VALUE=DATE:2020050[89]' | grep -e SUMMARY -e DESCRIPTION
SUMMARY:Day off (transferred)
DESCRIPTION:A day off by decree: Mon 11 May 2020 is worked instead.\nSource: Government decree on transferring days off in 2020: Mon 11 May (Victory Day moved off Saturday) worked\, Fri 8 May off\; kz-calendar.md
SUMMARY:Victory Day
DESCRIPTION:Public holiday in Kazakhstan.\nOn a Saturday: its day off\, Mon 11 May 2020\, was made a working day by decree.\nSource: Law 'On holidays in the RK' No. 267-II art. 1
$ kzmig calendar --year 2024 --format ics | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | grep -A4 '^DTSTART;VALUE=DATE:20240616' | grep DESCRIPTION | cut -d'\' -f2
nOn a Sunday: a religious holiday
# A year without decree data says so in every event.  2027 (1 Jan a Friday): 15 holidays
# (Constitution Day on 15 Mar from 2027) and 4 days off moved off a weekend: Sat 2 Jan to
# Mon 4 Jan; Sun 21 Mar to Wed 24 Mar (22 and 23 are Nauryz themselves); Sat 1 May to
# Mon 3 May; Sun 9 May to Mon 10 May; Kurban Ait on Sun 16 May is not moved: 19 events.
$ kzmig calendar --year 2027 --format ics | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | grep -c 'Provisional: no decree on transfers of days off for 2027 yet'
19
$ kzmig calendar --year 2027 --format ics | tr -d '\r' | grep -c '^BEGIN:VEVENT'
19
$ kzmig calendar --year 2027 --format ics | tr -d '\r' | grep -A3 '^DTSTART;VALUE=DATE:2027032' | grep SUMMARY
SUMMARY:Nauryz meiramy
SUMMARY:Nauryz meiramy
SUMMARY:Nauryz meiramy
SUMMARY:Day off (moved): Nauryz meiramy
