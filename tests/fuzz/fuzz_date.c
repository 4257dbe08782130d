/* fuzz_date.c — ISO dates: kz_day_parse on the raw bytes, kz_date_parse on the same
 * bytes as a C string (what the CLI hands it), and the day <-> Y-M-D arithmetic. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char *cs = fuzz_cstr(data, size), buf[11];
	kz_day day = 0, day2 = 0;
	kz_error err = {0};
	int y, m, d;

	if (kz_day_parse(s, size, &day) == 0) {
		/* Accepted: exactly the canonical spelling of a date in range. */
		FUZZ_ASSERT(size == 10);
		FUZZ_ASSERT(memcmp(kz_day_format(day, buf), s, 10) == 0);
		kz_day_to_ymd(day, &y, &m, &d);
		FUZZ_ASSERT(kz_ymd_valid(y, m, d));
		FUZZ_ASSERT(y >= KZ_YEAR_MIN && y <= KZ_YEAR_MAX);
		FUZZ_ASSERT(kz_day_from_ymd(y, m, d) == day);
		FUZZ_ASSERT(kz_weekday(day) >= 1 && kz_weekday(day) <= 7);
		FUZZ_ASSERT(kz_weekday(day + 1) == kz_weekday(day) % 7 + 1);
	}
	/* The C-string parser agrees with the length parser on the same text. */
	if (kz_date_parse(cs, "--date", &day2, &err) == 0) {
		FUZZ_ASSERT(kz_day_parse(cs, strlen(cs), &day) == 0 && day == day2);
	} else {
		fuzz_check_error(&err);
		FUZZ_ASSERT(err.code == KZ_EINVAL);
		FUZZ_ASSERT(strcmp(err.where, "--date") == 0);
		FUZZ_ASSERT(kz_day_parse(cs, strlen(cs), &day) != 0);
	}
	/* Any day number well past the supported range still round-trips. */
	if (size >= 4) {
		int32_t raw;

		memcpy(&raw, data, 4);
		raw %= 1 << 28;
		kz_day_to_ymd(raw, &y, &m, &d);
		FUZZ_ASSERT(m >= 1 && m <= 12 && d >= 1 && d <= 31);
		FUZZ_ASSERT(kz_day_from_ymd(y, m, d) == raw);
		FUZZ_ASSERT(kz_weekday(raw) >= 1 && kz_weekday(raw) <= 7);
	}
	free(cs);
	return 0;
}
