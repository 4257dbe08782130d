/* gen.c — deterministic benchmark rosters: gen ROWS [SEED] > roster.csv
 * A realistic mix of citizenships (most students come from Central Asia, China and
 * India), arrivals 2024-2026, birth dates, and visa and passport dates where they apply. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "kzmig.h"

static uint64_t state;

static uint32_t next(void) /* xorshift64*: fast, and the same rows on every machine */
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (uint32_t)((state * 2685821657736338717ULL) >> 32);
}

static const struct {
	const char *cc;
	int weight;  /* per mille */
	int visa;    /* a visa-required country: give a visa expiry */
} mix[] = {
	{"UZ", 260, 0}, {"KG", 90, 0}, {"TJ", 90, 0}, {"RU", 80, 0}, {"CN", 120, 0},
	{"IN", 90, 0},  {"TR", 50, 0}, {"MN", 30, 0}, {"AF", 60, 1}, {"PK", 40, 1},
	{"US", 20, 0},  {"DE", 20, 0}, {"KR", 20, 0}, {"EG", 30, 1},
};

int main(int argc, char **argv)
{
	long rows = argc > 1 ? atol(argv[1]) : 10000;
	char a[11], b[11], v[11], p[11];
	kz_day lo = kz_day_from_ymd(2024, 1, 1), span = kz_day_from_ymd(2027, 1, 1) - lo;
	static char buf[1 << 16];

	state = argc > 2 ? strtoull(argv[2], NULL, 10) : 20261123;
	if (state == 0)
		state = 1;
	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	puts("id,name,citizenship,arrival,birth,visa_expiry,passport_expiry");
	for (long i = 0; i < rows; i++) {
		int r = (int)(next() % 1000), k = 0;

		while (k < (int)(sizeof mix / sizeof mix[0]) - 1 && r >= mix[k].weight)
			r -= mix[k++].weight;
		kz_day arr = lo + (kz_day)(next() % (uint32_t)span);
		kz_day birth = kz_day_from_ymd(1990, 1, 1) + (kz_day)(next() % 7300);
		kz_day pass = arr + 100 + (kz_day)(next() % 3000);

		kz_day_format(arr, a);
		kz_day_format(birth, b);
		kz_day_format(pass, p);
		if (mix[k].visa)
			kz_day_format(arr + 90 + (kz_day)(next() % 275), v);
		printf("S%07ld,Student %ld,%s,%s,%s,%s,%s\n", i, i, mix[k].cc, a, b,
		       mix[k].visa ? v : "", p);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
