/* cmd_calendar.c — kzmig calendar --year YYYY [--format text|json] */
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
					     {0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", NULL};
	const struct kz_data *data;
	struct kz_holiday hol[64];
	struct kz_day_info info;
	long year = 0;
	int c, format = 0, working = 0;
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
	if (format == 1) {
		char *s = cJSON_Print(root);

		puts(s);
		free(s);
		cJSON_Delete(root);
		return EXIT_OK;
	}
	printf("Kazakhstan working-day calendar %ld%s\n", year,
	       kz_year_provisional(data->cal, (int)year)
		       ? " (PROVISIONAL: no decree on transfers of days off for this year yet)"
		       : "");
	printf("Data as of %s. %d working days.\n\nPublic holidays\n",
	       kz_calendar_as_of(data->cal), working);
	for (size_t i = 0; i < nh; i++)
		printf("  %-16s %s%s\n", fmt_day_long(hol[i].day, d), hol[i].name,
		       kz_weekday(hol[i].day) >= 6 ? hol[i].moves ? " (on a weekend: moved)"
								  : " (on a weekend: not moved)"
						   : "");
	printf("\nDays off on weekdays\n");
	cJSON *e;
	cJSON_ArrayForEach(e, offs) {
		kz_day day;

		kz_day_parse(cJSON_GetObjectItem(e, "date")->valuestring, 10, &day);
		printf("  %-16s %s\n", fmt_day_long(day, d),
		       cJSON_GetObjectItem(e, "reason")->valuestring);
	}
	printf("\nWorking weekends\n");
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
