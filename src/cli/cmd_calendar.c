/* cmd_calendar.c — kzmig calendar --year YYYY [--format text|json|ics] */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "out.h"
#include "words.h"

/* A day a reason names: "Sat 2025-03-08" in English, as the transcripts and the JSON's
 * readers have it; the language's own way of writing a date otherwise. */
static const char *reason_day(kz_day day, char buf[DAY_TEXT])
{
	char iso[11];

	if (cli_lang != LANG_EN)
		return fmt_day_long(day, buf);
	snprintf(buf, DAY_TEXT, "%s %s", weekday_name(day), kz_day_format(day, iso));
	return buf;
}

/* Why a day is not a working day, or why a weekend day is one, in words. */
static void day_reason(const struct kz_day_info *in, char *buf, size_t size)
{
	char d[DAY_TEXT];

	switch (in->kind) {
	case KZ_DAY_HOLIDAY:
	case KZ_DAY_HOLIDAY_WEEKEND:
		snprintf(buf, size, "%s", data_text(in->name));
		break;
	case KZ_DAY_MOVED:
		snprintf(buf, size,
			 /* TRANSLATORS: why a weekday is a day off: %1$s a holiday's name, %2$s
			  * the weekend day it fell on ("Sat 2025-03-08"). */
			 _("%s on %s moved to the next working day (Labor Code art. 85)"),
			 data_text(in->name), reason_day(in->other, d));
		break;
	case KZ_DAY_TRANSFER_OFF:
		if (in->other != KZ_NO_DAY)
			/* TRANSLATORS: why a weekday is a day off: %s the weekend day worked in
			 * its place ("Sun 2025-01-05"). */
			snprintf(buf, size, _("transferred by decree: %s is worked instead"),
				 reason_day(in->other, d));
		else
			snprintf(buf, size, "%s", _("a day off by decree"));
		break;
	case KZ_DAY_TRANSFER_WORK:
		if (in->other != KZ_NO_DAY)
			/* TRANSLATORS: why a weekend day is worked: %s the weekday made a day
			 * off in exchange ("Fri 2025-01-03"). */
			snprintf(buf, size, _("worked by decree, for the day off on %s"),
				 reason_day(in->other, d));
		else
			snprintf(buf, size, "%s", _("a working day by decree"));
		break;
	case KZ_DAY_WEEKEND:
		snprintf(buf, size, "%s", C_("why a day is off", "weekend"));
		break;
	case KZ_DAY_WORKDAY:
		snprintf(buf, size, "%s", C_("why a day is worked", "working day"));
		break;
	}
}

/* The holiday's weekend note for the .ics: where its day off went, or why it stays.  A
 * weekend day is a Saturday or a Sunday: each sentence is written for both. */
static void weekend_note(const kz_calendar *cal, const struct kz_holiday *h, char *buf,
			 size_t size)
{
	bool sat = kz_weekday(h->day) == 6;
	struct kz_day_info in;
	char d[DAY_TEXT];

	if (!h->moves) {
		snprintf(buf, size, "%s\n",
			 sat ? _("On a Saturday: a religious holiday, its day off is not moved "
				 "(Labor Code art. 84 p. 5).")
			     : _("On a Sunday: a religious holiday, its day off is not moved "
				 "(Labor Code art. 84 p. 5)."));
		return;
	}
	/* the moved day off names its holiday and follows it within days (chains included) */
	for (kz_day day = h->day + 1; day < h->day + 14; day++)
		if (kz_day_info(cal, day, &in, NULL) == 0 && in.kind == KZ_DAY_MOVED &&
		    in.other == h->day) {
			/* TRANSLATORS: a holiday on a weekend, in its calendar event: %s the
			 * weekday its day off moves to. */
			snprintf(buf, size, sat ? _("On a Saturday: the day off moves to %s (Labor "
						    "Code art. 85).")
						: _("On a Sunday: the day off moves to %s (Labor "
						    "Code art. 85)."),
				 fmt_day_long(day, d));
			strncat(buf, "\n", size - strlen(buf) - 1);
			return;
		} else if (in.kind == KZ_DAY_TRANSFER_WORK && kz_weekday(day) < 6) {
			/* 2020: Victory Day's day off, Mon 11 May, was worked for Fri 8 May */
			snprintf(buf, size, sat ? _("On a Saturday: its day off, %s, was made a "
						    "working day by decree.")
						: _("On a Sunday: its day off, %s, was made a "
						    "working day by decree."),
				 fmt_day_long(day, d));
			strncat(buf, "\n", size - strlen(buf) - 1);
			return;
		}
	snprintf(buf, size, "%s\n",
		 sat ? _("On a Saturday: the day off moves to the next working day (Labor Code "
			 "art. 85).")
		     : _("On a Sunday: the day off moves to the next working day (Labor Code "
			 "art. 85)."));
}

/* kzmig calendar --format ics: one all-day event per holiday, per weekday day off that
 * is not itself a holiday, and per weekend day worked, in date order.  0 or an exit
 * code. */
static int print_ics(const kz_calendar *cal, int year, const struct kz_holiday *hol, size_t nh)
{
	struct ics_cal *c = ics_begin();
	kz_day first = kz_day_from_ymd(year, 1, 1), end = kz_day_from_ymd(year + 1, 1, 1);
	char note[512], reason[768], desc[2048], provisional[512] = "", source[1024];
	char summary[512], other[DAY_TEXT];
	size_t h = 0;
	int rc = 0;

	if (c == NULL)
		return EXIT_PARTIAL; /* ics_begin said why */
	if (kz_year_provisional(cal, year)) {
		snprintf(provisional, sizeof provisional, _("Provisional: no decree on transfers "
							  "of days off for %d yet; check again "
							  "when it is published."), year);
		strncat(provisional, "\n", sizeof provisional - strlen(provisional) - 1);
	}
	for (kz_day day = first; day < end && rc == 0; day++) {
		struct kz_day_info in;
		bool weekend = kz_weekday(day) >= 6;

		for (; h < nh && hol[h].day == day && rc == 0; h++) {
			note[0] = '\0';
			if (weekend)
				weekend_note(cal, &hol[h], note, sizeof note);
			/* TRANSLATORS: the last line of a calendar event: where its day comes
			 * from (a decree, a law; as the data cites it). */
			snprintf(source, sizeof source, _("Source: %s"),
				 hol[h].source ? source_words(hol[h].source) : "-");
			snprintf(desc, sizeof desc, "%s\n%s%s%s",
				 _("Public holiday in Kazakhstan."), note, provisional, source);
			rc = ics_add_day(c, day, "holiday", data_text(hol[h].name), desc);
		}
		if (rc != 0 || kz_day_info(cal, day, &in, NULL) != 0 || weekend == !in.working)
			continue;
		if (!weekend && in.kind != KZ_DAY_MOVED && in.kind != KZ_DAY_TRANSFER_OFF)
			continue; /* a holiday on a weekday: its own event says it */
		if (in.other != KZ_NO_DAY)
			fmt_day_long(in.other, other);
		if (weekend) {
			/* TRANSLATORS: the title of a calendar event: a Saturday or Sunday
			 * worked by decree. */
			snprintf(summary, sizeof summary, "%s", _("Working day (transferred)"));
			if (in.other != KZ_NO_DAY)
				snprintf(reason, sizeof reason,
					 /* TRANSLATORS: %s the weekday made a day off in
					  * exchange. */
					 _("A working day by decree, for the day off on %s."),
					 other);
			else
				snprintf(reason, sizeof reason, "%s",
					 _("A working day by decree."));
		} else if (in.kind == KZ_DAY_MOVED) {
			if (in.name)
				/* TRANSLATORS: a calendar event's title: %s a holiday's name. */
				snprintf(summary, sizeof summary, _("Day off (moved): %s"),
					 data_text(in.name));
			else
				snprintf(summary, sizeof summary, "%s",
					 _("Day off (moved): a holiday on a weekend"));
			if (in.name && in.other != KZ_NO_DAY)
				snprintf(reason, sizeof reason,
					 /* TRANSLATORS: %1$s a holiday's name, %2$s the weekend
					  * day it fell on. */
					 _("The day off for %s on %s (a weekend), moved to the "
					   "next working day (Labor Code art. 85)."),
					 data_text(in.name), other);
			else if (in.name)
				snprintf(reason, sizeof reason,
					 _("The day off for %s (a weekend), moved to the next "
					   "working day (Labor Code art. 85)."),
					 data_text(in.name));
			else if (in.other != KZ_NO_DAY)
				snprintf(reason, sizeof reason,
					 /* TRANSLATORS: %s the weekend day the holiday fell on. */
					 _("The day off for a holiday on %s (a weekend), moved "
					   "to the next working day (Labor Code art. 85)."),
					 other);
			else
				snprintf(reason, sizeof reason, "%s",
					 _("The day off for a holiday (a weekend), moved to "
					   "the next working day (Labor Code art. 85)."));
		} else {
			/* TRANSLATORS: the title of a calendar event: a weekday made a day off
			 * by decree. */
			snprintf(summary, sizeof summary, "%s", _("Day off (transferred)"));
			if (in.other != KZ_NO_DAY)
				snprintf(reason, sizeof reason,
					 /* TRANSLATORS: %s the weekend day worked in its place. */
					 _("A day off by decree: %s is worked instead."), other);
			else
				snprintf(reason, sizeof reason, "%s", _("A day off by decree."));
		}
		snprintf(source, sizeof source, _("Source: %s"),
			 in.source ? source_words(in.source) : "-");
		snprintf(desc, sizeof desc, "%s\n%s%s", reason, provisional, source);
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
	char why[512];
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
	const char *date = fmt_day_long(day, d);

	++*(int *)ctx;
	printf("  %-*s %s\n", pad_cols(date, day_width()), date, why);
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
		     j_str(e, "name", data_text(hol[i].name));
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
	printf("%s", sgr(ST_BOLD));
	printf(_("Kazakhstan working-day calendar %d"), year);
	printf("%s", sgr(ST_RESET));
	if (kz_year_provisional(cal, year))
		printf(" %s%s%s", sgr(ST_YELLOW),
		       _("(PROVISIONAL: no decree on transfers of days off for this year yet)"),
		       sgr(ST_RESET));
	putchar('\n');
	/* TRANSLATORS: %s the day (YYYY-MM-DD) the calendar data was last checked. */
	printf(_("Data as of %s."), kz_calendar_as_of(cal));
	putchar(' ');
	printf(P_("%d working day.", "%d working days.", working), working);
	printf("\n\n%s%s%s\n", sgr(ST_BOLD), _("Public holidays"), sgr(ST_RESET));
	for (size_t i = 0; i < nh; i++) {
		const char *date = fmt_day_long(hol[i].day, d), *name = data_text(hol[i].name);

		printf("  %-*s ", pad_cols(date, day_width()), date);
		if (kz_weekday(hol[i].day) < 6)
			printf("%s", name);
		else if (hol[i].moves)
			/* TRANSLATORS: %s a holiday's name; its day off moves to a weekday. */
			printf(_("%s (on a weekend: moved)"), name);
		else
			/* TRANSLATORS: %s a religious holiday's name: its day off is not moved. */
			printf(_("%s (on a weekend: not moved)"), name);
		putchar('\n');
	}
	printf("\n%s%s%s\n", sgr(ST_BOLD), _("Days off on weekdays"), sgr(ST_RESET));
	odd_days(cal, year, false, text_day, &n);
	printf("\n%s%s%s\n", sgr(ST_BOLD), _("Working weekends"), sgr(ST_RESET));
	n = 0;
	odd_days(cal, year, true, text_day, &n);
	if (n == 0)
		printf("  %s\n", C_("no working weekends", "none"));
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
