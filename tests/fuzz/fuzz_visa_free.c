/* fuzz_visa_free.c — kz_regimes_load on arbitrary bytes; what loads must look up codes
 * in any case and return regimes that keep the loader's promises. */
#include "fuzz.h"

static void lookup(const kz_regimes *r, const char *cc, kz_day on)
{
	const struct kz_regime *g = NULL;
	kz_error err = {0};

	if (kz_regime_on(r, cc, on, &g, &err) != 0) {
		fuzz_check_error(&err);
		return;
	}
	FUZZ_ASSERT(g != NULL && g->code != NULL && g->country != NULL && g->source != NULL);
	FUZZ_ASSERT(kz_country_name(r, cc) == g->country);
	FUZZ_ASSERT(g->per_entry >= 0 && g->per_entry <= 366);
	FUZZ_ASSERT(g->limit <= g->window);
	FUZZ_ASSERT(g->from == KZ_NO_DAY || g->from <= on);
	FUZZ_ASSERT(g->until == KZ_NO_DAY || on <= g->until);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const codes[] = {"UZ", "uz", "Uz", "RU", "KZ", "ZZ", "AA", "U",
					    "UZB", "", "\xff\xfe", "@[", "in"};
	kz_error err = {0};
	kz_regimes *r = kz_regimes_load((const char *)data, size, "fuzz.json", &err);
	kz_day days[] = {kz_day_from_ymd(1900, 1, 1), kz_day_from_ymd(2017, 1, 10),
			 kz_day_from_ymd(2025, 3, 20), kz_day_from_ymd(2199, 12, 31)};
	char two[3] = {0};

	if (r == NULL) {
		fuzz_check_error(&err);
		return 0;
	}
	FUZZ_ASSERT(kz_regimes_as_of(r) != NULL);
	for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
		for (size_t k = 0; k < sizeof days / sizeof *days; k++)
			lookup(r, codes[i], days[k]);
	/* A code the input names, if it has two bytes to spare. */
	if (size >= 2) {
		memcpy(two, data + size - 2, 2);
		lookup(r, two, days[2]);
	}
	FUZZ_ASSERT(kz_country_name(r, NULL) == NULL);
	kz_regimes_free(r);
	return 0;
}
