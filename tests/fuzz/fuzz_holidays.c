/* fuzz_holidays.c — kz_calendar_load on arbitrary bytes; what loads must answer queries
 * consistently (the table, the prefix counts and the holiday list agree). */
#include "fuzz.h"

static void exercise(const kz_calendar *cal, const uint8_t *data, size_t size)
{
	struct kz_holiday hol[64];
	struct kz_day_info info;
	kz_error err = {0};
	kz_day first = kz_day_from_ymd(KZ_CAL_YEAR_MIN, 1, 1);
	kz_day last = kz_day_from_ymd(KZ_CAL_YEAR_MAX, 12, 31);
	kz_day day, out;
	int count;
	/* Probe days spread over the range, chosen by the input so they vary. */
	unsigned seed = size ? data[0] * 131u + data[size - 1] : 7u;

	FUZZ_ASSERT(kz_calendar_as_of(cal) != NULL);
	FUZZ_ASSERT(kz_calendar_confirmed_from(cal) <= kz_calendar_confirmed_through(cal));
	FUZZ_ASSERT(!kz_calendar_covers(cal, first - 1) && !kz_calendar_covers(cal, last + 1));
	for (int i = 0; i < 16; i++) {
		seed = seed * 1103515245u + 12345u;
		day = first + (kz_day)(seed % (unsigned)(last - first + 1));
		FUZZ_ASSERT(kz_day_info(cal, day, &info, &err) == 0);
		FUZZ_ASSERT(info.working == kz_is_working(cal, day));
		if (kz_add_workdays(cal, day, 0, &out, &err) == 0) {
			/* Rolling forward lands on the first working day on or after `day`. */
			FUZZ_ASSERT(out >= day && kz_is_working(cal, out));
			FUZZ_ASSERT(kz_count_workdays(cal, day, out, &count, &err) == 0 &&
				    count == 0);
		}
		if (kz_add_workdays(cal, day, 3, &out, &err) == 0)
			FUZZ_ASSERT(kz_count_workdays(cal, day, out, &count, &err) == 0 &&
				    count == 3);
		if (kz_workdays_before(cal, day, 14, &out, &err) == 0)
			FUZZ_ASSERT(kz_count_workdays(cal, out, day, &count, &err) == 0 &&
				    count == 14 && kz_is_working(cal, out));
		size_t nh = kz_calendar_holidays(cal, kz_day_year(day), hol, 64);

		for (size_t k = 0; k < nh && k < 64; k++) {
			FUZZ_ASSERT(kz_day_year(hol[k].day) == kz_day_year(day));
			FUZZ_ASSERT(hol[k].name != NULL && hol[k].source != NULL);
			FUZZ_ASSERT(k == 0 || hol[k - 1].day <= hol[k].day);
		}
		(void)kz_span_provisional(cal, day, day + 400);
	}
	FUZZ_ASSERT(kz_day_info(cal, first - 1, &info, &err) != 0);
	fuzz_check_error(&err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kz_error err = {0};
	kz_calendar *cal = kz_calendar_load((const char *)data, size, "fuzz.json", &err);

	if (cal == NULL) {
		fuzz_check_error(&err);
		return 0;
	}
	exercise(cal, data, size);
	kz_calendar_free(cal);
	return 0;
}
