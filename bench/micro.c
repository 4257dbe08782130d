/* micro.c — nanoseconds per calendar query and per 180-day stay check. */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "embedded.h"
#include "kzmig.h"

static double now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static const struct embedded_file *file(const char *name)
{
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (f->name[0] == name[0] && f->name[1] == name[1])
			return f;
	return NULL;
}

int main(void)
{
	enum { N = 20000000 };
	const struct embedded_file *h = file("holidays_kz.json"), *v = file("visa_free.json");
	kz_calendar *cal = kz_calendar_load(h->data, h->len, h->name, NULL);
	kz_regimes *reg = kz_regimes_load(v->data, v->len, v->name, NULL);
	const struct kz_regime *uz;
	kz_day base = kz_day_from_ymd(2024, 1, 1), out, sink = 0;
	struct kz_trip trips[10];
	uint32_t x = 1;
	double t0, t1;
	int c;

	if (cal == NULL || reg == NULL || kz_regime_on(reg, "UZ", base + 900, &uz, NULL))
		return 1;
	t0 = now_ns();
	for (int i = 0; i < N; i++) {
		x = x * 1664525u + 1013904223u;
		kz_add_workdays(cal, base + (kz_day)(x >> 22), (int)(x & 7), &out, NULL);
		sink += out;
	}
	t1 = now_ns();
	printf("kz_add_workdays      %6.1f ns/query\n", (t1 - t0) / N);
	t0 = now_ns();
	for (int i = 0; i < N; i++) {
		x = x * 1664525u + 1013904223u;
		kz_count_workdays(cal, base + (kz_day)(x >> 22), base + (kz_day)(x >> 22) + 40, &c,
				  NULL);
		sink += c;
	}
	t1 = now_ns();
	printf("kz_count_workdays    %6.1f ns/query\n", (t1 - t0) / N);
	for (int i = 0; i < 10; i++) /* ten earlier trips of 5 days, 20 days apart */
		trips[i] = (struct kz_trip){base + i * 20, base + i * 20 + 4};
	t0 = now_ns();
	for (int i = 0; i < N / 10; i++) {
		x = x * 1664525u + 1013904223u;
		kz_last_legal_day(uz, trips, 10, base + 200 + (kz_day)(x >> 26), &out, NULL);
		sink += out;
	}
	t1 = now_ns();
	printf("kz_last_legal_day    %6.1f ns/check (10 trips, 30/90-in-180)\n",
	       (t1 - t0) / (N / 10));
	kz_calendar_free(cal);
	kz_regimes_free(reg);
	return sink == 42; /* keep the work */
}
