/* fuzz_policy.c — kz_policy_load on arbitrary bytes; a policy that loads is applied to a
 * few people over the real (embedded) data and must keep the deadline list in order. */
#include "embedded.h"
#include "fuzz.h"

static const char *file(const char *name, size_t *len)
{
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (strcmp(f->name, name) == 0) {
			*len = f->len;
			return f->data;
		}
	abort();
}

/* The real data, loaded on the first input and kept (reachable: not a leak). */
static const struct kz_rules *rules(void)
{
	static struct kz_rules r;
	size_t len;
	const char *j;

	if (r.cal == NULL) {
		j = file("holidays_kz.json", &len);
		r.cal = kz_calendar_load(j, len, NULL, NULL);
		j = file("visa_free.json", &len);
		r.regimes = kz_regimes_load(j, len, NULL, NULL);
		j = file("fines_kz.json", &len);
		r.fines = kz_fines_load(j, len, NULL, NULL);
		FUZZ_ASSERT(r.cal && r.regimes && r.fines);
	}
	return &r;
}

static void apply(const kz_policy *pol, const char *cc, const char *arrival,
		  const char *visa_expiry)
{
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	kz_day moves[1];
	struct kz_person p = {.birth = KZ_NO_DAY, .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY, .moves = moves,
			      .host = KZ_HOST_SMALL};
	kz_error err = {0};
	size_t n = 0, cap = KZ_DEADLINES_MAX;

	memcpy(p.citizenship, cc, 3);
	p.arrival = kz_day_from_ymd(atoi(arrival), atoi(arrival + 5), atoi(arrival + 8));
	p.today = p.arrival + 1;
	moves[0] = p.arrival + 40;
	p.nmoves = 1;
	if (visa_expiry)
		p.visa_expiry = kz_day_from_ymd(atoi(visa_expiry), atoi(visa_expiry + 5),
						atoi(visa_expiry + 8));
	if (kz_policy_deadlines(pol, rules(), &p, dl, cap, &n, &err) != 0) {
		fuzz_check_error(&err);
		return;
	}
	FUZZ_ASSERT(n <= cap);
	for (size_t i = 0; i < n; i++) {
		FUZZ_ASSERT(dl[i].id != NULL && dl[i].basis != NULL);
		FUZZ_ASSERT(memchr(dl[i].reason, '\0', sizeof dl[i].reason) != NULL);
		if (i > 0 && dl[i - 1].due != KZ_NO_DAY && dl[i].due != KZ_NO_DAY)
			FUZZ_ASSERT(dl[i - 1].due <= dl[i].due);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kz_error err = {0};
	kz_policy *pol = kz_policy_load((const char *)data, size, "fuzz.json", &err);

	if (pol == NULL) {
		fuzz_check_error(&err);
		return 0;
	}
	apply(pol, "UZ", "2025-03-20", NULL);
	apply(pol, "US", "2025-12-30", "2026-01-15");
	apply(pol, "RU", "2199-12-20", "2199-12-31");
	kz_policy_free(pol);
	return 0;
}
