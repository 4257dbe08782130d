/* cmd_calendar.c — kzmig calendar --year YYYY [--format text|json|ics] */
#include <cjson/cJSON.h>
#include <getopt.h>

#include "out.h"

/* Why a day is not a working day, or why a weekend day is one, in words. */
static void day_reason(const struct kz_day_info *in, char *buf, size_t size)
{
	char d[11];

	switch (in->kind) {
	case KZ_DAY_HOLIDAY:
	case KZ_DAY_HOLIDAY_WEEKEND:
		snprintf(buf, size, "%s", in->name);
		break;
	case KZ_DAY_MOVED:
		snprintf(buf, size, "%s on %s %s moved to the next working day (Labor Code art. 85)",
			 in->name, weekday_name(in->other), kz_day_format(in->other, d));
		break;
	case KZ_DAY_TRANSFER_OFF:
		if (in->other != KZ_NO_DAY)
			snprintf(buf, size, "transferred by decree: %s %s is worked instead",
				 weekday_name(in->other), kz_day_format(in->other, d));
		else
			snprintf(buf, size, "a day off by decree");
		break;
	case KZ_DAY_TRANSFER_WORK:
		if (in->other != KZ_NO_DAY)
			snprintf(buf, size, "worked by decree, for the day off on %s %s",
				 weekday_name(in->other), kz_day_format(in->other, d));
		else
			snprintf(buf, size, "a working day by decree");
		break;
	case KZ_DAY_WEEKEND:
		snprintf(buf, size, "weekend");
		break;
	case KZ_DAY_WORKDAY:
		snprintf(buf, size, "working day");
		break;
	}
}

/* The holiday's weekend note for the .ics: where its day off went, or why it stays. */
static void weekend_note(const kz_calendar *cal, const struct kz_holiday *h, char *buf,
			 size_t size)
{
	static const char *const days[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
					   "Friday", "Saturday", "Sunday"};
	const char *wd = days[kz_weekday(h->day)];
	struct kz_day_info in;
	char d[DAY_TEXT];

	if (!h->moves) {
		snprintf(buf, size, "On a %s: a religious holiday, its day off is not moved "
			 "(Labor Code art. 84 p. 5).\n", wd);
		return;
	}
	/* the moved day off names its holiday and follows it within days (chains included) */
	for (kz_day day = h->day + 1; day < h->day + 14; day++)
		if (kz_day_info(cal, day, &in, NULL) == 0 && in.kind == KZ_DAY_MOVED &&
		    in.other == h->day) {
			snprintf(buf, size, "On a %s: the day off moves to %s (Labor Code art. 85)."
				 "\n", wd, fmt_day_long(day, d));
			return;
		} else if (in.kind == KZ_DAY_TRANSFER_WORK && kz_weekday(day) < 6) {
			/* 2020: Victory Day's day off, Mon 11 May, was worked for Fri 8 May */
			snprintf(buf, size, "On a %s: its day off, %s, was made a working day by "
				 "decree.\n", wd, fmt_day_long(day, d));
			return;
		}
	snprintf(buf, size, "On a %s: the day off moves to the next working day (Labor Code "
		 "art. 85).\n", wd);
}

/* kzmig calendar --format ics: one all-day event per holiday, per weekday day off that
 * is not itself a holiday, and per weekend day worked, in date order.  0 or an exit
 * code. */
static int print_ics(const kz_calendar *cal, int year, const struct kz_holiday *hol, size_t nh)
{
	struct ics_cal *c = ics_begin();
	kz_day first = kz_day_from_ymd(year, 1, 1), end = kz_day_from_ymd(year + 1, 1, 1);
	char note[200], reason[300], desc[800], provisional[160] = "", summary[200], other[DAY_TEXT];
	size_t h = 0;
	int rc = 0;

	if (c == NULL)
		return EXIT_PARTIAL; /* ics_begin said why */
	if (kz_year_provisional(cal, year))
		snprintf(provisional, sizeof provisional, "Provisional: no decree on transfers of "
			 "days off for %d yet; check again when it is published.\n", year);
	for (kz_day day = first; day < end && rc == 0; day++) {
		struct kz_day_info in;
		bool weekend = kz_weekday(day) >= 6;

		for (; h < nh && hol[h].day == day && rc == 0; h++) {
			note[0] = '\0';
			if (weekend)
				weekend_note(cal, &hol[h], note, sizeof note);
			snprintf(desc, sizeof desc, "Public holiday in Kazakhstan.\n%s%sSource: %s",
				 note, provisional, hol[h].source ? hol[h].source : "-");
			rc = ics_add_day(c, day, "holiday", hol[h].name, desc);
		}
		if (rc != 0 || kz_day_info(cal, day, &in, NULL) != 0 || weekend == !in.working)
			continue;
		if (!weekend && in.kind != KZ_DAY_MOVED && in.kind != KZ_DAY_TRANSFER_OFF)
			continue; /* a holiday on a weekday: its own event says it */
		if (in.other != KZ_NO_DAY)
			fmt_day_long(in.other, other);
		if (weekend) {
			snprintf(summary, sizeof summary, "Working day (transferred)");
			snprintf(reason, sizeof reason, "A working day by decree%s%s.",
				 in.other != KZ_NO_DAY ? ", for the day off on " : "",
				 in.other != KZ_NO_DAY ? other : "");
		} else if (in.kind == KZ_DAY_MOVED) {
			snprintf(summary, sizeof summary, "Day off (moved): %s",
				 in.name ? in.name : "a holiday on a weekend");
			snprintf(reason, sizeof reason, "The day off for %s%s%s%s, moved to the "
				 "next working day (Labor Code art. 85).",
				 in.name ? in.name : "a holiday", in.other != KZ_NO_DAY ? " on " : "",
				 in.other != KZ_NO_DAY ? other : "", " (a weekend)");
		} else {
			snprintf(summary, sizeof summary, "Day off (transferred)");
			snprintf(reason, sizeof reason, "A day off by decree%s%s%s.",
				 in.other != KZ_NO_DAY ? ": " : "", in.other != KZ_NO_DAY ? other : "",
				 in.other != KZ_NO_DAY ? " is worked instead" : "");
		}
		snprintf(desc, sizeof desc, "%s\n%sSource: %s", reason, provisional,
			 in.source ? in.source : "-");
		rc = ics_add_day(c, day, weekend ? "working-day" : "day-off", summary, desc);
	}
	if (rc != 0) {
		ics_free(c);
		return rc;
	}
	if (ics_end(c, stdout) != 0)
		return fail(EXIT_PARTIAL, "output", "could not write the iCalendar output "
			    "(expected a writable stdout)");
	return EXIT_OK;
}

/* The days of the year that are not what their weekday says: weekdays off (weekend
 * false) or weekend days worked (weekend true), each with why, to fn; stops at the first
 * non-zero fn returns and returns it. */
static int odd_days(const kz_calendar *cal, int year, bool weekend,
		    int (*fn)(void *ctx, kz_day day, const char *why), void *ctx)
{
	kz_day end = kz_day_from_ymd(year + 1, 1, 1);
	struct kz_day_info in;
	char why[160];
	int rc = 0;

	for (kz_day day = kz_day_from_ymd(year, 1, 1); day < end && rc == 0; day++) {
		if ((kz_weekday(day) >= 6) != weekend || kz_day_info(cal, day, &in, NULL) != 0 ||
		    in.working != weekend)
			continue;
		day_reason(&in, why, sizeof why);
		rc = fn(ctx, day, why);
	}
	return rc;
}

/* {"date","reason"} into the array ctx; 0, or 1 when out of memory. */
static int json_day(void *ctx, kz_day day, const char *why)
{
	cJSON *e;

	return !(j_push(ctx, e = cJSON_CreateObject()) && j_day(e, "date", day) &&
		 j_str(e, "reason", why));
}

/* "  Thu 21 Mar 2025 reason", counted in *(int *)ctx. */
static int text_day(void *ctx, kz_day day, const char *why)
{
	char d[DAY_TEXT];

	++*(int *)ctx;
	printf("  %-16s %s\n", fmt_day_long(day, d), why);
	return 0;
}

/* {"year","provisional","holidays":[{"date","name"}],"days_off":[{"date","reason"}],
 * "working_weekends":[...]}: 0 or EXIT_PARTIAL (out of memory, said). */
static int print_json(const kz_calendar *cal, int year, const struct kz_holiday *hol, size_t nh)
{
	cJSON *root = cJSON_CreateObject(), *hs, *offs, *wks, *e;
	bool ok = root && j_num(root, "year", year) &&
		  j_bool(root, "provisional", kz_year_provisional(cal, year)) &&
		  j_item(root, "holidays", hs = cJSON_CreateArray()) &&
		  j_item(root, "days_off", offs = cJSON_CreateArray()) &&
		  j_item(root, "working_weekends", wks = cJSON_CreateArray());

	for (size_t i = 0; ok && i < nh; i++)
		ok = j_push(hs, e = cJSON_CreateObject()) && j_day(e, "date", hol[i].day) &&
		     j_str(e, "name", hol[i].name);
	ok = ok && odd_days(cal, year, false, json_day, offs) == 0 &&
	     odd_days(cal, year, true, json_day, wks) == 0;
	if (!ok) {
		cJSON_Delete(root);
		root = NULL;
	}
	return j_print(root, true);
}

static void print_text(const kz_calendar *cal, int year, const struct kz_holiday *hol, size_t nh)
{
	kz_day end = kz_day_from_ymd(year + 1, 1, 1);
	int working = 0, n = 0;
	char d[DAY_TEXT];

	for (kz_day day = kz_day_from_ymd(year, 1, 1); day < end; day++)
		working += kz_is_working(cal, day);
	printf("%sKazakhstan working-day calendar %d%s", sgr(ST_BOLD), year, sgr(ST_RESET));
	if (kz_year_provisional(cal, year))
		printf(" %s(PROVISIONAL: no decree on transfers of days off for this year yet)%s",
		       sgr(ST_YELLOW), sgr(ST_RESET));
	printf("\nData as of %s. %d working days.\n\n%sPublic holidays%s\n",
	       kz_calendar_as_of(cal), working, sgr(ST_BOLD), sgr(ST_RESET));
	for (size_t i = 0; i < nh; i++)
		printf("  %-16s %s%s\n", fmt_day_long(hol[i].day, d), hol[i].name,
		       kz_weekday(hol[i].day) >= 6 ? hol[i].moves ? " (on a weekend: moved)"
								  : " (on a weekend: not moved)"
						   : "");
	printf("\n%sDays off on weekdays%s\n", sgr(ST_BOLD), sgr(ST_RESET));
	odd_days(cal, year, false, text_day, &n);
	printf("\n%sWorking weekends%s\n", sgr(ST_BOLD), sgr(ST_RESET));
	n = 0;
	odd_days(cal, year, true, text_day, &n);
	if (n == 0)
		printf("  none\n");
}

int cmd_calendar(int argc, char **argv)
{
	static const struct option opts[] = {{"year", required_argument, 0, 'y'},
					     {"format", required_argument, 0, 'f'},
					     {"color", required_argument, 0, 'c'},
					     {0, 0, 0, 0}};
	enum { F_TEXT, F_JSON, F_ICS };
	static const char *const formats[] = {"text", "json", "ics", NULL};
	const struct kz_data *data;
	struct kz_holiday hol[64];
	long year = 0;
	int c, format = F_TEXT;
	size_t nh;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case 'y':
			bad = opt_int("--year", optarg, KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX, &year);
			break;
		case 'f': bad = opt_format("--format", optarg, formats, &format); break;
		case 'c': bad = opt_color(optarg); break;
		default:
			return bad_option("calendar", c, argv, opts);
		}
		if (bad)
			return EXIT_USAGE;
	}
	if (optind < argc)
		return fail(EXIT_USAGE, "calendar", "unexpected argument '%s'", argv[optind]);
	if (year == 0)
		return fail(EXIT_USAGE, "calendar", "--year is required (expected --year YYYY)");
	if ((data = data_load(DATA_CAL)) == NULL)
		return EXIT_DATA;
	nh = kz_calendar_holidays(data->cal, (int)year, hol, 64);
	if (nh > 64)
		nh = 64;
	if (format == F_ICS)
		return print_ics(data->cal, (int)year, hol, nh);
	if (format == F_JSON)
		return print_json(data->cal, (int)year, hol, nh);
	print_text(data->cal, (int)year, hol, nh);
	return EXIT_OK;
}
