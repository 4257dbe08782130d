/* test_builtin.c — the data compiled into kzmig (tools/embed.c writes kz_builtin_* from
 * data/ at build time) must be exactly what the loaders make of the same JSON: the CLI
 * answers from the images, the other tests from the loaders. */
#include "kztest.h"
#include "../src/internal.h"

static bool same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Every day through the public API, and the tables behind it byte for byte. */
static void builtin_calendar_is_the_loaded_calendar_day_by_day(void **state)
{
	kz_calendar *c = kzt_calendar();
	const kz_calendar *b = &kz_builtin_calendar;
	size_t nd;

	(void)state;
	assert_true(b->image);
	assert_int_equal(c->first, b->first);
	assert_int_equal(c->end, b->end);
	assert_int_equal(c->nwork, b->nwork);
	assert_int_equal(c->nocc, b->nocc);
	assert_int_equal(c->nrules, b->nrules);
	assert_int_equal(c->ntransfers, b->ntransfers);
	nd = (size_t)(c->end - c->first);
	assert_memory_equal(c->days, b->days, nd * sizeof *c->days);
	assert_memory_equal(c->prefix, b->prefix, (nd + 1) * sizeof *c->prefix);
	assert_memory_equal(c->work, b->work, (size_t)c->nwork * sizeof *c->work);
	assert_memory_equal(c->occ, b->occ, (size_t)c->nocc * sizeof *c->occ);
	assert_string_equal(kz_calendar_as_of(c), kz_calendar_as_of(b));
	assert_int_equal(kz_calendar_confirmed_from(c), kz_calendar_confirmed_from(b));
	assert_int_equal(kz_calendar_confirmed_through(c), kz_calendar_confirmed_through(b));
	for (kz_day d = c->first; d < c->end; d++) {
		struct kz_day_info x, y;

		assert_int_equal(kz_day_info(c, d, &x, NULL), 0);
		assert_int_equal(kz_day_info(b, d, &y, NULL), 0);
		assert_int_equal(x.kind, y.kind);
		assert_int_equal(x.working, y.working);
		assert_int_equal(x.other, y.other);
		assert_true(same_str(x.name, y.name));
		assert_true(same_str(x.source, y.source));
	}
	for (int y = KZ_CAL_YEAR_MIN; y <= KZ_CAL_YEAR_MAX; y++) {
		struct kz_holiday hx[40], hy[40];
		size_t n = kz_calendar_holidays(c, y, hx, 40);

		assert_int_equal(n, kz_calendar_holidays(b, y, hy, 40));
		assert_int_equal(kz_year_provisional(c, y), kz_year_provisional(b, y));
		for (size_t i = 0; i < n && i < 40; i++) {
			assert_int_equal(hx[i].day, hy[i].day);
			assert_int_equal(hx[i].moves, hy[i].moves);
			assert_true(same_str(hx[i].name, hy[i].name));
			assert_true(same_str(hx[i].source, hy[i].source));
		}
	}
	assert_int_equal(c->ok_from, b->ok_from);
	assert_int_equal(c->ok_end, b->ok_end);
	kz_calendar_free(c);
}

/* Every country and regime, and the 26x26 index. */
static void builtin_regimes_are_the_loaded_regimes(void **state)
{
	kz_regimes *r = kzt_regimes();
	const kz_regimes *b = &kz_builtin_regimes;

	(void)state;
	assert_true(b->image);
	assert_string_equal(kz_regimes_as_of(r), kz_regimes_as_of(b));
	assert_int_equal(r->ncountries, b->ncountries);
	assert_int_equal(r->nregimes, b->nregimes);
	assert_memory_equal(r->index, b->index, sizeof r->index);
	for (int i = 0; i < r->ncountries; i++) {
		assert_string_equal(r->countries[i].code, b->countries[i].code);
		assert_string_equal(r->countries[i].name, b->countries[i].name);
		assert_int_equal(r->countries[i].first, b->countries[i].first);
		assert_int_equal(r->countries[i].n, b->countries[i].n);
	}
	for (int i = 0; i < r->nregimes; i++) {
		const struct kz_regime *x = &r->regimes[i], *y = &b->regimes[i];

		assert_string_equal(x->code, y->code);
		assert_string_equal(x->country, y->country);
		assert_int_equal(x->kind, y->kind);
		assert_int_equal(x->per_entry, y->per_entry);
		assert_int_equal(x->limit, y->limit);
		assert_int_equal(x->window, y->window);
		assert_int_equal(x->trp_route, y->trp_route);
		assert_int_equal(x->from, y->from);
		assert_int_equal(x->until, y->until);
		assert_string_equal(x->source, y->source);
		assert_string_equal(x->confidence, y->confidence);
	}
	kz_regimes_free(r);
}

static void same_span(const struct kz_span *x, const struct kz_span *y)
{
	assert_int_equal(x->from, y->from);
	assert_int_equal(x->until, y->until);
	assert_int_equal(x->sourced_from, y->sourced_from);
	assert_int_equal(x->sourced_until, y->sourced_until);
	assert_true(same_str(x->beyond, y->beyond));
}

/* The MCI rows, every fine with its amounts and tiers, the duties, the parts kept. */
static void builtin_fines_are_the_loaded_fines(void **state)
{
	kz_fines *f = kzt_fines();
	const kz_fines *b = &kz_builtin_fines;

	(void)state;
	assert_true(b->image);
	assert_string_equal(kz_fines_as_of(f), kz_fines_as_of(b));
	assert_int_equal(f->nmci, b->nmci);
	assert_int_equal(f->nrules, b->nrules);
	assert_int_equal(f->nduties, b->nduties);
	assert_memory_equal(f->mci, b->mci, (size_t)f->nmci * sizeof *f->mci);
	for (int i = 0; i < f->nrules; i++) {
		const struct kzf_rule *x = &f->rules[i], *y = &b->rules[i];

		assert_string_equal(x->article, y->article);
		assert_string_equal(x->name, y->name);
		assert_string_equal(x->offence, y->offence);
		assert_true(same_str(x->alternative, y->alternative));
		assert_string_equal(x->source, y->source);
		assert_string_equal(x->label, y->label);
		assert_int_equal(x->part, y->part);
		assert_int_equal(x->by_host, y->by_host);
		assert_int_equal(x->ntiers, y->ntiers);
		assert_memory_equal(x->host, y->host, sizeof x->host);
		assert_memory_equal(&x->flat, &y->flat, sizeof x->flat);
		assert_memory_equal(x->tiers, y->tiers, sizeof x->tiers);
		assert_int_equal(x->nversions, y->nversions);
		same_span(&x->span, &y->span);
	}
	for (int i = 0; i < f->nduties; i++) {
		assert_string_equal(f->duties[i].d.id, b->duties[i].d.id);
		assert_string_equal(f->duties[i].d.name, b->duties[i].d.name);
		assert_int_equal(f->duties[i].d.mci10, b->duties[i].d.mci10);
		assert_string_equal(f->duties[i].d.source, b->duties[i].d.source);
		same_span(&f->duties[i].span, &b->duties[i].span);
	}
	assert_int_equal(f->p518_1 - f->rules, b->p518_1 - b->rules);
	assert_int_equal(f->p518_3 - f->rules, b->p518_3 - b->rules);
	assert_int_equal(f->p517_3 - f->rules, b->p517_3 - b->rules);
	assert_int_equal(f->p517_4 - f->rules, b->p517_4 - b->rules);
	assert_int_equal(f->p517_6 - f->rules, b->p517_6 - b->rules);
	assert_int_equal(f->p517_7 - f->rules, b->p517_7 - b->rules);
	kz_fines_free(f);
}

/* The CLI never frees them, but a stray free must not reach free(). */
static void freeing_a_builtin_image_does_nothing(void **state)
{
	(void)state;
	kz_calendar_free(&kz_builtin_calendar);
	kz_regimes_free(&kz_builtin_regimes);
	kz_fines_free(&kz_builtin_fines);
	assert_true(kz_is_working(&kz_builtin_calendar, D("2025-03-20")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(builtin_calendar_is_the_loaded_calendar_day_by_day),
		cmocka_unit_test(builtin_regimes_are_the_loaded_regimes),
		cmocka_unit_test(builtin_fines_are_the_loaded_fines),
		cmocka_unit_test(freeing_a_builtin_image_does_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
