/* fuzz_fines.c — kz_fines_load on arbitrary bytes; what loads must price every rule it
 * lists, for every host and a range of days, without overflow. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kz_fine_rule rules[128];
	struct kz_duty duties[64];
	struct kz_penalty p;
	kz_error err = {0};
	kz_fines *f = kz_fines_load((const char *)data, size, "fuzz.json", &err);
	kz_day days[] = {kz_day_from_ymd(1900, 1, 1), kz_day_from_ymd(2020, 3, 31),
			 kz_day_from_ymd(2025, 3, 28), kz_day_from_ymd(2199, 12, 31)};
	size_t nr, nd;
	int kzt;

	if (f == NULL) {
		fuzz_check_error(&err);
		return 0;
	}
	FUZZ_ASSERT(kz_fines_as_of(f) != NULL);
	for (size_t k = 0; k < sizeof days / sizeof *days; k++) {
		nr = kz_fine_rules(f, days[k], rules, 128);
		for (size_t i = 0; i < nr && i < 128; i++)
			for (int h = KZ_HOST_INDIVIDUAL; h <= KZ_HOST_LARGE; h++)
				for (int dd = 0; dd < 30; dd += 7) {
					memset(&err, 0, sizeof err);
					if (kz_fine(f, rules[i].article, rules[i].part,
						    (enum kz_host)h, dd, days[k], &p, &err)) {
						fuzz_check_error(&err);
						continue;
					}
					FUZZ_ASSERT(p.article != NULL && p.source != NULL);
					FUZZ_ASSERT(p.mci10 >= 0 && p.mci_value > 0);
					FUZZ_ASSERT(p.kzt10 == (int64_t)p.mci10 * p.mci_value);
					FUZZ_ASSERT(!p.warning || p.mci10 == 0);
				}
		nd = kz_duties(f, days[k], duties, 64);
		for (size_t i = 0; i < nd && i < 64; i++)
			FUZZ_ASSERT(duties[i].id && duties[i].name && duties[i].source &&
				    duties[i].mci10 >= 0);
	}
	for (size_t k = 0; k < sizeof days / sizeof *days; k++) {
		if (kz_mci_on(f, days[k], &kzt, &err) == 0)
			FUZZ_ASSERT(kzt > 0);
		for (int dd = -1; dd < 14; dd += 3) {
			if (kz_fine_overstay(f, dd, days[k], dd & 1, &p, &err))
				fuzz_check_error(&err);
			if (kz_fine_late_notification(f, days[k], (enum kz_host)(dd & 3), dd & 2,
						      &p, &err))
				fuzz_check_error(&err);
		}
	}
	kz_fines_free(f);
	return 0;
}
