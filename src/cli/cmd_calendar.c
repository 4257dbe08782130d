/* cmd_calendar.c — kzmig calendar --year YYYY [--format text|json|ics] */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>

#include "cli.h"

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
	char d[20];

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
	char note[200], reason[300], desc[800], provisional[160] = "", summary[200], other[20];
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

static cJSON *entry(kz_day day, const char *key, const char *val)
{
	cJSON *o = cJSON_CreateObject();
	char d[11];

	cJSON_AddStringToObject(o, "date", kz_day_format(day, d));
	cJSON_AddStringToObject(o, key, val);
	return o;
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
	struct kz_day_info info;
	long year = 0;
	int c, format = F_TEXT, working = 0;
	size_t nh;
	kz_day first, end;
	char reason[160], d[20];
	cJSON *root, *hs, *offs, *wks;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case 'y':
			if (opt_int("--year", optarg, KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX, &year))
				return EXIT_USAGE;
			break;
		case 'f':
			if (opt_format("--format", optarg, formats, &format))
				return EXIT_USAGE;
			break;
		case 'c':
			if (opt_color(optarg))
				return EXIT_USAGE;
			break;
		default:
			return bad_option("calendar", c, argv);
		}
	}
	if (optind < argc)
		return fail(EXIT_USAGE, "calendar", "unexpected argument '%s'", argv[optind]);
	if (year == 0)
		return fail(EXIT_USAGE, "calendar", "--year is required (expected --year YYYY)");
	if ((data = data_load(DATA_CAL)) == NULL)
		return EXIT_DATA;
	first = kz_day_from_ymd((int)year, 1, 1);
	end = kz_day_from_ymd((int)year + 1, 1, 1);
	nh = kz_calendar_holidays(data->cal, (int)year, hol, 64);
	if (nh > 64)
		nh = 64;
	if (format == F_ICS)
		return print_ics(data->cal, (int)year, hol, nh);
	root = cJSON_CreateObject();
	cJSON_AddNumberToObject(root, "year", (double)year);
	cJSON_AddBoolToObject(root, "provisional", kz_year_provisional(data->cal, (int)year));
	hs = cJSON_AddArrayToObject(root, "holidays");
	offs = cJSON_AddArrayToObject(root, "days_off");
	wks = cJSON_AddArrayToObject(root, "working_weekends");
	for (size_t i = 0; i < nh; i++)
		cJSON_AddItemToArray(hs, entry(hol[i].day, "name", hol[i].name));
	for (kz_day day = first; day < end; day++) {
		bool weekend = kz_weekday(day) >= 6;

		kz_day_info(data->cal, day, &info, NULL);
		working += info.working;
		if (weekend == !info.working)
			continue;
		day_reason(&info, reason, sizeof reason);
		cJSON_AddItemToArray(weekend ? wks : offs, entry(day, "reason", reason));
	}
	if (format == F_JSON) {
		char *s = cJSON_Print(root);

		puts(s);
		free(s);
		cJSON_Delete(root);
		return EXIT_OK;
	}
	printf("%sKazakhstan working-day calendar %ld%s", sgr(ST_BOLD), year, sgr(ST_RESET));
	if (kz_year_provisional(data->cal, (int)year))
		printf(" %s(PROVISIONAL: no decree on transfers of days off for this year yet)%s",
		       sgr(ST_YELLOW), sgr(ST_RESET));
	printf("\nData as of %s. %d working days.\n\n%sPublic holidays%s\n",
	       kz_calendar_as_of(data->cal), working, sgr(ST_BOLD), sgr(ST_RESET));
	for (size_t i = 0; i < nh; i++)
		printf("  %-16s %s%s\n", fmt_day_long(hol[i].day, d), hol[i].name,
		       kz_weekday(hol[i].day) >= 6 ? hol[i].moves ? " (on a weekend: moved)"
								  : " (on a weekend: not moved)"
						   : "");
	printf("\n%sDays off on weekdays%s\n", sgr(ST_BOLD), sgr(ST_RESET));
	cJSON *e;
	cJSON_ArrayForEach(e, offs) {
		kz_day day;

		kz_day_parse(cJSON_GetObjectItem(e, "date")->valuestring, 10, &day);
		printf("  %-16s %s\n", fmt_day_long(day, d),
		       cJSON_GetObjectItem(e, "reason")->valuestring);
	}
	printf("\n%sWorking weekends%s\n", sgr(ST_BOLD), sgr(ST_RESET));
	if (cJSON_GetArraySize(wks) == 0)
		printf("  none\n");
	cJSON_ArrayForEach(e, wks) {
		kz_day day;

		kz_day_parse(cJSON_GetObjectItem(e, "date")->valuestring, 10, &day);
		printf("  %-16s %s\n", fmt_day_long(day, d),
		       cJSON_GetObjectItem(e, "reason")->valuestring);
	}
	cJSON_Delete(root);
	return EXIT_OK;
}
