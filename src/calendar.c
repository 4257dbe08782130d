/* calendar.c — the Kazakhstan working-day calendar.
 *
 * Loaded once from holidays_kz.json into a per-day table for 2002-2199 with a prefix
 * count of working days and the list of working days by index, so that "N working days
 * after D" and "working days in [A, B)" are two array reads: no loop over days.  The CLI's
 * built-in calendar is this object loaded at build time and compiled in (tools/embed.c,
 * kz_builtin_calendar), so only --data DIR runs the loader. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_RULES 64

struct moveable {
	int rule;
	int year; /* of day */
	kz_day day;
	bool provisional;
	const char *source;
};

/* Frees what kz_calendar_load() returned; NULL and a built-in image are left alone. */
void kz_calendar_free(kz_calendar *cal)
{
	if (cal == NULL || cal->image)
		return;
	free(cal->days);
	free(cal->prefix);
	free(cal->work);
	free(cal->year_provisional);
	free(cal->rules);
	free(cal->occ);
	free(cal->transfers);
	kz_texts_free(&cal->texts);
	kz_strings_free(cal->strings);
	free(cal);
}

static bool is_weekend(const kz_calendar *cal, kz_day d)
{
	return cal->weekend[kz_weekday(d)];
}

/* The first day of Kurban Ait (10 Dhu al-Hijjah) by the arithmetical Islamic calendar,
 * for years the data does not list.  It can differ from the date DUMK fixes by a day,
 * so such years are always marked provisional.  Writes up to two dates (a Gregorian
 * year can hold two) and returns how many. */
static int kurban_ait_estimate(int year, kz_day out[2])
{
	int n = 0;
	int h0 = (int)((year - 622) * 33L / 32);

	for (int h = h0 - 1; h <= h0 + 2; h++) {
		/* Days from the Hijri epoch (Friday 16 Jul 622 Julian) to 10/12/h. */
		long days = 10 + 325 /* ceil(29.5 * 11) */ + (long)(h - 1) * 354 +
			    (3 + 11L * h) / 30 - 1;
		/* 1948440 is the epoch's Julian day number; 2440588 is 1970-01-01's. */
		kz_day d = (kz_day)(days + 1948440 - 2440588);

		if (kz_day_year(d) == year && n < 2)
			out[n++] = d;
	}
	return n;
}

/* A kzj_* helper's call: 0, or -1 with its error noted (e is the caller's scratch). */
#define K(call) kzj_took(c, (call), &e)

/* holidays[]: each rule's members, a date that exists every year, no id twice, no day in
 * two rules' overlapping years.  A rule with a problem keeps what was read (its id for the
 * moveable dates' checks) and the next one is checked. */
static void load_rules(kz_calendar *cal, const cJSON *root, struct kzj_check *c)
{
	const char *name = c->name;
	kz_error e = {0};
	const cJSON *arr = kzj_member(root, "holidays", cJSON_Array, false, name, "", &e);
	const cJSON *h;
	char path[64];
	int i = 0;

	if (arr == NULL) {
		kzj_note(c, &e);
		return;
	}
	if ((cal->rules = calloc(MAX_RULES, sizeof *cal->rules)) == NULL) {
		kzj_oom(c);
		return;
	}
	cJSON_ArrayForEach(h, arr) {
		struct kzc_rule *r = &cal->rules[i];
		const char *id = NULL, *hname = NULL, *src = NULL, *nsrc = NULL;
		bool moveable = false, dated;

		if (i == MAX_RULES) {
			kzj_fail(c, "holidays: more than %d entries", MAX_RULES);
			break;
		}
		kzj_path(path, sizeof path, "holidays", NULL, i++);
		r->until = KZ_CAL_YEAR_MAX;
		if (!cJSON_IsObject(h)) {
			kzj_fail(c, "%s: expected an object", path);
			continue;
		}
		K(kzj_string(h, "id", false, name, path, &id, &e));
		/* The name a person reads, in the law's three texts, and where they come from. */
		kzj_text(c, &cal->texts, &cal->strings, h, "name", false, path, &hname);
		K(kzj_string(h, "name_source", false, name, path, &nsrc, &e));
		K(kzj_string(h, "source", false, name, path, &src, &e));
		K(kzj_bool(h, "moveable", true, name, path, &moveable, &e));
		K(kzj_bool(h, "moves", false, name, path, &r->moves, &e));
		K(kzj_int(h, "from", false, 1900, KZ_CAL_YEAR_MAX, name, path, &r->from, &e));
		K(kzj_int(h, "until", true, 1900, KZ_CAL_YEAR_MAX, name, path, &r->until, &e));
		dated = !moveable &&
			K(kzj_int(h, "month", false, 1, 12, name, path, &r->month, &e)) == 0 &&
			K(kzj_int(h, "day", false, 1, 31, name, path, &r->day, &e)) == 0;
		if (dated && !kz_ymd_valid(2001, r->month, r->day)) {
			kzj_fail(c, "%s: no day %02d-%02d in every year", path, r->month, r->day);
			dated = false;
		}
		if (!dated)
			r->month = r->day = 0;
		if (r->from != 0 && r->until < r->from)
			kzj_fail(c, "%s: until %d before from %d", path, r->until, r->from);
		for (int j = 0; j < i - 1; j++) {
			const struct kzc_rule *q = &cal->rules[j];

			if (id != NULL && q->id != NULL && strcmp(q->id, id) == 0)
				kzj_fail(c, "%s.id: duplicate id '%s'", path, id);
			else if (dated && q->month == r->month && q->day == r->day &&
				 r->from <= q->until && q->from <= r->until)
				kzj_fail(c, "%s: the same day %02d-%02d as holidays[%d] in overlapping "
					 "years (a duplicate?)", path, r->month, r->day, j);
		}
		r->id = id ? kz_strdup_in(&cal->strings, id) : NULL;
		r->name = hname; /* kept in cal->texts */
		r->source = src ? kz_strdup_in(&cal->strings, src) : NULL;
		if ((id && !r->id) || (src && !r->source))
			kzj_oom(c);
		/* A moveable holiday is known by month 0; a fixed one that could not be read
		 * must not pass for one. */
		if (!moveable && !dated)
			r->month = -1;
	}
	cal->nrules = i < MAX_RULES ? i : MAX_RULES;
}

/* The rule with that id, or -1. */
static int find_rule(const kz_calendar *cal, const char *id)
{
	for (int i = 0; i < cal->nrules; i++)
		if (cal->rules[i].id != NULL && strcmp(cal->rules[i].id, id) == 0)
			return i;
	return -1;
}

/* moveable[]: a real date of a moveable holiday, inside its years, one a year; and a date
 * for every confirmed year that no provisional date makes provisional (the estimate is
 * for provisional years only). */
static void load_moveable(kz_calendar *cal, const cJSON *root, struct kzj_check *c,
			  struct moveable **out, int *nout)
{
	const char *name = c->name;
	kz_error e = {0};
	const cJSON *arr = kzj_member(root, "moveable", cJSON_Array, false, name, "", &e);
	const cJSON *m;
	char path[64];
	int n = 0, i = 0;

	if (arr == NULL) {
		kzj_note(c, &e);
		return;
	}
	if ((*out = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof **out)) == NULL) {
		kzj_oom(c);
		return;
	}
	cJSON_ArrayForEach(m, arr) {
		struct moveable *mv = &(*out)[n];
		const char *hid = NULL, *src = NULL;
		const struct kzc_rule *r;
		bool ok, dated;
		int y;

		*mv = (struct moveable){0}; /* the slot of one refused before */
		kzj_path(path, sizeof path, "moveable", NULL, i++);
		if (!cJSON_IsObject(m)) {
			kzj_fail(c, "%s: expected an object", path);
			continue;
		}
		ok = K(kzj_string(m, "holiday", false, name, path, &hid, &e)) == 0;
		dated = K(kzj_date(m, "date", false, name, path, &mv->day, &e)) == 0;
		ok &= K(kzj_string(m, "source", false, name, path, &src, &e)) == 0;
		ok &= K(kzj_bool(m, "provisional", true, name, path, &mv->provisional, &e)) == 0;
		if (hid == NULL || !dated)
			continue;
		mv->rule = find_rule(cal, hid);
		if (mv->rule < 0 || cal->rules[mv->rule].month != 0) {
			kzj_fail(c, "%s.holiday: '%s' is not a moveable holiday", path, hid);
			continue;
		}
		r = &cal->rules[mv->rule];
		y = mv->year = kz_day_year(mv->day);
		if (y < r->from || y > r->until) {
			ok = false;
			kzj_fail(c, "%s.date: %d is outside the years of '%s' (%d..%d)", path, y,
				 hid, r->from, r->until);
		}
		for (int j = 0; j < n; j++)
			if ((*out)[j].rule == mv->rule && (*out)[j].year == y) {
				ok = false;
				kzj_fail(c, "%s: a second date for '%s' in %d", path, hid, y);
			}
		if (!ok || (mv->source = kz_strdup_in(&cal->strings, src)) == NULL) {
			if (ok)
				kzj_oom(c);
			continue;
		}
		n++;
	}
	*nout = n;
	if (cal->confirmed_from == 0 || cal->confirmed_through < cal->confirmed_from)
		return; /* the header's problem is noted */
	for (int k = 0; k < cal->nrules; k++) {
		const struct kzc_rule *r = &cal->rules[k];
		int lo = r->from > cal->confirmed_from ? r->from : cal->confirmed_from;
		int hi = r->until < cal->confirmed_through ? r->until : cal->confirmed_through;

		for (int y = lo; r->month == 0 && r->id != NULL && y <= hi; y++) {
			bool found = false, prov = false;

			for (int j = 0; j < n; j++) {
				found |= (*out)[j].rule == k && (*out)[j].year == y;
				prov |= (*out)[j].year == y && (*out)[j].provisional;
			}
			if (!found && !prov)
				kzj_fail(c, "moveable: no date for '%s' in %d, a confirmed year "
					 "(expected an entry)", r->id, y);
		}
	}
}

/* transfers[]: real dates inside the calendar, no day in two transfers or twice in one. */
static void load_transfers(kz_calendar *cal, const cJSON *root, struct kzj_check *c)
{
	const char *name = c->name;
	kz_error e = {0};
	const cJSON *arr = kzj_member(root, "transfers", cJSON_Array, false, name, "", &e);
	const cJSON *t;
	char path[64], d[11];
	int n = 0, i = 0, *at; /* at[k]: the index in the file of cal->transfers[k] */

	if (arr == NULL) {
		kzj_note(c, &e);
		return;
	}
	cal->transfers = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *cal->transfers);
	at = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *at);
	if (cal->transfers == NULL || at == NULL) {
		free(at);
		kzj_oom(c);
		return;
	}
	cJSON_ArrayForEach(t, arr) {
		struct kzc_transfer *tr = &cal->transfers[n];
		const char *src = NULL;
		bool ok;

		kzj_path(path, sizeof path, "transfers", NULL, i++);
		if (!cJSON_IsObject(t)) {
			kzj_fail(c, "%s: expected an object", path);
			continue;
		}
		tr->work = tr->off = KZ_NO_DAY;
		ok = K(kzj_date(t, "work", true, name, path, &tr->work, &e)) == 0;
		ok &= K(kzj_date(t, "off", true, name, path, &tr->off, &e)) == 0;
		ok &= K(kzj_string(t, "source", false, name, path, &src, &e)) == 0;
		if (!ok)
			continue;
		if (tr->work == KZ_NO_DAY && tr->off == KZ_NO_DAY) {
			kzj_fail(c, "%s: neither 'work' nor 'off' (expected a date in one)", path);
			continue;
		}
		if ((tr->work != KZ_NO_DAY && !kz_calendar_covers(cal, tr->work)) ||
		    (tr->off != KZ_NO_DAY && !kz_calendar_covers(cal, tr->off))) {
			kzj_fail(c, "%s: a date outside %d..%d", path, KZ_CAL_YEAR_MIN,
				 KZ_CAL_YEAR_MAX);
			continue;
		}
		/* A day swapped for itself changes nothing: a typo in the decree's dates. */
		if (tr->work == tr->off) {
			kzj_fail(c, "%s: work and off are the same day, %s (expected a day worked "
				 "in exchange for another given off)", path, kz_day_format(tr->off, d));
			continue;
		}
		for (int k = 0; k < n; k++)
			for (int w = 0; w < 2; w++) {
				kz_day x = w ? tr->off : tr->work;

				if (x != KZ_NO_DAY && (x == cal->transfers[k].work ||
						       x == cal->transfers[k].off)) {
					ok = false;
					kzj_fail(c, "%s.%s: %s is already in transfers[%d] (a "
						 "duplicate?)", path, w ? "off" : "work",
						 kz_day_format(x, d), at[k]);
				}
			}
		if (!ok)
			continue;
		if ((tr->source = kz_strdup_in(&cal->strings, src)) == NULL) {
			kzj_oom(c);
			continue;
		}
		at[n++] = i - 1;
	}
	cal->ntransfers = n;
	free(at);
}

/* The header: as_of, source, the confirmed years, the weekend and its rule. */
static void load_header(kz_calendar *cal, const cJSON *root, struct kzj_check *c)
{
	const char *name = c->name;
	const cJSON *wk, *w, *rule;
	const char *as_of = NULL, *src = NULL, *rsrc = NULL;
	kz_day as_of_day;
	kz_error e = {0};
	int nweekend = 0, i = 0;
	bool years;

	if (K(kzj_string(root, "as_of", false, name, "", &as_of, &e)) == 0 &&
	    kz_day_parse(as_of, strlen(as_of), &as_of_day) != 0) {
		kzj_fail(c, "as_of: '%.20s' is not a date", as_of);
		as_of = NULL;
	}
	K(kzj_string(root, "source", false, name, "", &src, &e));
	years = K(kzj_int(root, "confirmed_from", false, KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX, name,
			  "", &cal->confirmed_from, &e)) == 0;
	years &= K(kzj_int(root, "confirmed_through", false, KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX,
			   name, "", &cal->confirmed_through, &e)) == 0;
	if (years && cal->confirmed_through < cal->confirmed_from)
		kzj_fail(c, "confirmed_through: before confirmed_from");
	if (!years)
		cal->confirmed_from = 0; /* the moveable dates' check then waits */
	if ((wk = kzj_member(root, "weekend", cJSON_Array, false, name, "", &e)) == NULL)
		kzj_note(c, &e);
	cJSON_ArrayForEach(w, wk) {
		if (!cJSON_IsNumber(w) || w->valueint < 1 || w->valueint > 7 ||
		    w->valuedouble != (double)w->valueint)
			kzj_fail(c, "weekend: expected ISO weekdays 1..7 (6, 7 = Sat, Sun)");
		else if (cal->weekend[w->valueint])
			kzj_fail(c, "weekend[%d]: %d twice (expected each day once)", i, w->valueint);
		else
			cal->weekend[w->valueint] = true;
		i++;
	}
	for (int d = 1; d <= 7; d++)
		nweekend += cal->weekend[d];
	/* A week with no working day has no calendar to count in (and would make the
	 * weekend rule's search for the next working day run to 2199 for every holiday). */
	if (nweekend == 7)
		kzj_fail(c, "weekend: all seven days (expected at least one working day)");
	if ((rule = kzj_member(root, "weekend_rule", cJSON_Object, false, name, "", &e)) == NULL) {
		kzj_note(c, &e);
	} else {
		K(kzj_int(rule, "from", false, 1900, KZ_CAL_YEAR_MAX, name, "weekend_rule",
			  &cal->rule_from, &e));
		K(kzj_string(rule, "source", false, name, "weekend_rule", &rsrc, &e));
	}
	if ((as_of && (cal->as_of = kz_strdup_in(&cal->strings, as_of)) == NULL) ||
	    (rsrc && (cal->rule_source = kz_strdup_in(&cal->strings, rsrc)) == NULL))
		kzj_oom(c);
}

/* Date order, and rule order on one day (a holiday that shares its day with another). */
static bool occ_before(const struct kzc_occurrence *x, const struct kzc_occurrence *y)
{
	return x->day < y->day || (x->day == y->day && x->rule < y->rule);
}

/* Every holiday of every year, from the rules and the moveable dates. */
static int place_holidays(kz_calendar *cal, const struct moveable *mv, int nmv,
			  struct kzj_check *c)
{
	/* A moveable holiday's estimate can fall twice in one Gregorian year. */
	size_t cap = (size_t)(KZ_CAL_YEAR_MAX - KZ_CAL_YEAR_MIN + 1) *
		     (2 * (size_t)cal->nrules + 1);
	int n = 0;

	cal->occ = malloc(cap * sizeof *cal->occ);
	if (cal->occ == NULL)
		return kzj_oom(c);
	for (int y = KZ_CAL_YEAR_MIN; y <= KZ_CAL_YEAR_MAX; y++) {
		bool *prov = &cal->year_provisional[y - KZ_CAL_YEAR_MIN];
		int year_first = n;

		*prov = y < cal->confirmed_from || y > cal->confirmed_through;
		for (int k = 0; k < nmv; k++)
			*prov = *prov || (mv[k].year == y && mv[k].provisional);
		for (int r = 0; r < cal->nrules; r++) {
			const struct kzc_rule *ru = &cal->rules[r];
			kz_day est[2];
			int k, nest;

			if (y < ru->from || y > ru->until)
				continue;
			if (ru->month != 0) {
				cal->occ[n++] = (struct kzc_occurrence){kz_day_from_ymd(y, ru->month,
										    ru->day), r};
				continue;
			}
			for (k = 0; k < nmv; k++)
				if (mv[k].rule == r && mv[k].year == y)
					break;
			if (k < nmv) {
				cal->occ[n++] = (struct kzc_occurrence){mv[k].day, r};
				continue;
			}
			/* Only a provisional year lacks a date (load_moveable). */
			nest = kurban_ait_estimate(y, est);
			for (k = 0; k < nest; k++)
				cal->occ[n++] = (struct kzc_occurrence){est[k], r};
		}
		/* Every occurrence lies in its year, so sorting each year's few (an insertion
		 * sort) puts the whole list in order, with no qsort of some 4,000 at start-up. */
		for (int i = year_first + 1; i < n; i++) {
			struct kzc_occurrence o = cal->occ[i];
			int j = i;

			for (; j > year_first && occ_before(&o, &cal->occ[j - 1]); j--)
				cal->occ[j] = cal->occ[j - 1];
			cal->occ[j] = o;
		}
	}
	cal->nocc = n;
	/* kz_span_provisional answers a span inside this run at once (roster rows ask it
	 * three times each). */
	for (int y = KZ_CAL_YEAR_MIN, run = 0, best = 0; y <= KZ_CAL_YEAR_MAX + 1; y++) {
		if (y <= KZ_CAL_YEAR_MAX && !cal->year_provisional[y - KZ_CAL_YEAR_MIN]) {
			run++;
			continue;
		}
		if (run > best) {
			best = run;
			cal->ok_from = kz_day_from_ymd(y - run, 1, 1);
			cal->ok_end = kz_day_from_ymd(y, 1, 1);
		}
		run = 0;
	}
	return 0;
}

static struct kzc_day *rec(kz_calendar *cal, kz_day d)
{
	return &cal->days[d - cal->first];
}

/* Whether occurrence i's day off moves when it falls on a weekend: not a religious
 * holiday (Labor Code 2015 art. 84 p. 5), and in a year the weekend rule covers. */
static bool occ_moves(const kz_calendar *cal, int i)
{
	return cal->rules[cal->occ[i].rule].moves &&
	       kz_day_year(cal->occ[i].day) >= cal->rule_from;
}

static int build_table(kz_calendar *cal, struct kzj_check *c)
{
	int ndays = cal->end - cal->first, nwork = 0;
	kz_day first = cal->first;
	struct kzc_day *days = cal->days;
	int32_t *prefix = cal->prefix;
	kz_day *work = cal->work;

	/* One week of ordinary days, then copies of what is there, doubling: the table of
	 * 72,000 days fills at memcpy speed (a run with --data DIR builds it; the built-in
	 * data comes with it built, tools/embed.c). */
	for (int i = 0, wd = kz_weekday(cal->first); i < 7 && i < ndays; i++, wd = wd % 7 + 1)
		days[i] = (struct kzc_day){cal->weekend[wd] ? KZ_DAY_WEEKEND : KZ_DAY_WORKDAY, 0, 0};
	for (int n = 7; n < ndays; n *= 2)
		memcpy(days + n, days, (size_t)(n < ndays - n ? n : ndays - n) * sizeof *days);
	/* Two holidays on one day give one day off.  On a weekend the one whose day off
	 * moves wins, whatever the order of the rules: Kurban Ait on the same Sunday as a
	 * fixed holiday must not stop the fixed holiday's move.  A religious holiday on a
	 * weekend (or any holiday before the weekend rule) is KZ_DAY_HOLIDAY: nothing moves. */
	for (int i = 0; i < cal->nocc; i++) {
		struct kzc_day *r = rec(cal, cal->occ[i].day);
		bool moves = is_weekend(cal, cal->occ[i].day) && occ_moves(cal, i);

		if (r->kind == KZ_DAY_HOLIDAY_WEEKEND || (r->kind == KZ_DAY_HOLIDAY && !moves))
			continue;
		r->kind = moves ? KZ_DAY_HOLIDAY_WEEKEND : KZ_DAY_HOLIDAY;
		r->ref = (uint16_t)i;
	}
	/* The weekend rule, in date order so that moves chain: the day off goes to the next
	 * day that is not a weekend, a holiday or a day off moved there earlier. */
	for (int i = 0; i < cal->nocc; i++) {
		kz_day d = cal->occ[i].day, t;

		if (rec(cal, d)->kind != KZ_DAY_HOLIDAY_WEEKEND || rec(cal, d)->ref != i)
			continue;
		for (t = d + 1; t < cal->end; t++) {
			uint8_t k = rec(cal, t)->kind;

			if (k == KZ_DAY_WORKDAY)
				break;
		}
		if (t < cal->end)
			*rec(cal, t) = (struct kzc_day){KZ_DAY_MOVED, 0, (uint16_t)i};
	}
	/* Each transfer against the calendar without any: the worked day must be a weekend
	 * day or a day off, the day given off a plain working day (no day is in two
	 * transfers, load_transfers), so their order does not matter. */
	for (int i = 0; i < cal->ntransfers; i++) {
		const struct kzc_transfer *tr = &cal->transfers[i];
		char d[11];

		if (tr->off != KZ_NO_DAY && rec(cal, tr->off)->kind != KZ_DAY_WORKDAY)
			kzj_fail(c, "transfers[%d].off: %s is not a working day (expected a day to "
				 "make a day off)", i, kz_day_format(tr->off, d));
		if (tr->work != KZ_NO_DAY && rec(cal, tr->work)->kind == KZ_DAY_WORKDAY)
			kzj_fail(c, "transfers[%d].work: %s is a working day already (expected a "
				 "weekend day or a day off)", i, kz_day_format(tr->work, d));
	}
	if (c->problems > 0)
		return -1;
	for (int i = 0; i < cal->ntransfers; i++) {
		const struct kzc_transfer *tr = &cal->transfers[i];

		if (tr->off != KZ_NO_DAY)
			*rec(cal, tr->off) = (struct kzc_day){KZ_DAY_TRANSFER_OFF, 0, (uint16_t)i};
		if (tr->work != KZ_NO_DAY)
			*rec(cal, tr->work) = (struct kzc_day){KZ_DAY_TRANSFER_WORK, 0, (uint16_t)i};
	}
	/* Without a branch: whether a kind is working is a bit of a mask, and the day goes
	 * into work[] anyway, to stay only if it is working (nwork <= i: inside the array). */
	prefix[0] = 0;
	for (int i = 0; i < ndays; i++) {
		int w = (1 << KZ_DAY_WORKDAY | 1 << KZ_DAY_TRANSFER_WORK) >> days[i].kind & 1;

		days[i].working = (uint8_t)w;
		work[nwork] = first + i;
		nwork += w;
		prefix[i + 1] = nwork;
	}
	cal->nwork = nwork;
	return 0;
}

/* The whole of holidays_kz.json, every problem noted in c; the calendar, or NULL when c
 * noted any.  *entries (may be NULL): holidays + moveable dates + transfers. */
static kz_calendar *load(const char *json, size_t len, struct kzj_check *c, size_t *entries)
{
	kz_calendar *cal;
	cJSON *root;
	struct moveable *mv = NULL;
	int nmv = 0, ndays;

	if ((root = kzj_parse_all(json, len, c)) == NULL)
		return NULL;
	if (entries != NULL)
		*entries = (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(root,
										       "holidays")) +
			   (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(root,
										       "moveable")) +
			   (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(root,
										       "transfers"));
	if ((cal = calloc(1, sizeof *cal)) == NULL) {
		kzj_oom(c);
		goto done;
	}
	cal->first = kz_day_from_ymd(KZ_CAL_YEAR_MIN, 1, 1);
	cal->end = kz_day_from_ymd(KZ_CAL_YEAR_MAX + 1, 1, 1);
	ndays = cal->end - cal->first;
	cal->days = malloc((size_t)ndays * sizeof *cal->days);
	cal->prefix = malloc(((size_t)ndays + 1) * sizeof *cal->prefix);
	cal->work = malloc((size_t)ndays * sizeof *cal->work);
	cal->year_provisional = calloc(KZ_CAL_YEAR_MAX - KZ_CAL_YEAR_MIN + 1, sizeof(bool));
	if (!cal->days || !cal->prefix || !cal->work || !cal->year_provisional) {
		kzj_oom(c);
		goto done;
	}
	load_header(cal, root, c);
	load_rules(cal, root, c);
	load_moveable(cal, root, c, &mv, &nmv);
	load_transfers(cal, root, c);
	/* The table needs every part sound; it checks the transfers' days. */
	if (c->problems == 0 && place_holidays(cal, mv, nmv, c) == 0)
		build_table(cal, c);
done:
	free(mv);
	cJSON_Delete(root);
	if (c->problems > 0) {
		kz_calendar_free(cal);
		return NULL;
	}
	return cal;
}

kz_calendar *kz_calendar_load(const char *json, size_t len, const char *name, kz_error *err)
{
	struct kzj_check c = {.name = name ? name : "holidays_kz.json"};
	kz_calendar *cal = load(json, len, &c, NULL);

	if (cal == NULL && err != NULL)
		*err = c.first;
	return cal;
}

int kz_calendar_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		      void *arg, size_t *entries)
{
	struct kzj_check c = {.name = name ? name : "holidays_kz.json", .report = report,
			      .arg = arg};

	kz_calendar_free(load(json, len, &c, entries));
	return c.problems;
}

const char *kz_calendar_as_of(const kz_calendar *cal) { return cal->as_of; }
int kz_calendar_confirmed_from(const kz_calendar *cal) { return cal->confirmed_from; }
int kz_calendar_confirmed_through(const kz_calendar *cal) { return cal->confirmed_through; }

bool kz_calendar_covers(const kz_calendar *cal, kz_day day)
{
	return day >= cal->first && day < cal->end;
}

bool kz_year_provisional(const kz_calendar *cal, int year)
{
	if (year < KZ_CAL_YEAR_MIN || year > KZ_CAL_YEAR_MAX)
		return true;
	return cal->year_provisional[year - KZ_CAL_YEAR_MIN];
}

bool kz_span_provisional(const kz_calendar *cal, kz_day a, kz_day b)
{
	if (kzc_span_confirmed(cal, a, b))
		return false;
	int ya = kz_day_year(a < b ? a : b), yb = kz_day_year(a < b ? b : a);

	for (int y = ya; y <= yb; y++)
		if (kz_year_provisional(cal, y))
			return true;
	return false;
}

bool kz_is_working(const kz_calendar *cal, kz_day day)
{
	return kz_calendar_covers(cal, day) && cal->days[day - cal->first].working;
}

static int out_of_range(const kz_calendar *cal, kz_day day, const char *what, kz_error *err)
{
	char a[11], b[11], c[11];

	if (day == KZ_NO_DAY)
		return kz_error_set(err, KZ_ERANGE, what,
				    "no date is outside the calendar (expected %s..%s)",
				    kz_day_format(cal->first, b), kz_day_format(cal->end - 1, c));
	return kz_error_set(err, KZ_ERANGE, what, "%s is outside the calendar (expected %s..%s)",
			    kz_day_format(day, a), kz_day_format(cal->first, b),
			    kz_day_format(cal->end - 1, c));
}

int kz_add_workdays(const kz_calendar *cal, kz_day day, int n, kz_day *out, kz_error *err)
{
	if (kzc_add_workdays(cal, day, n, out) == 0)
		return 0;
	if (!kz_calendar_covers(cal, day))
		return out_of_range(cal, day, "date", err);
	return kz_error_set(err, KZ_ERANGE, "N",
			    "%d working days from that date leave the calendar (expected a "
			    "result in %d..%d)", n, KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX);
}

int kz_count_workdays(const kz_calendar *cal, kz_day from, kz_day to, int *out,
		      kz_error *err)
{
	/* Both ends may be `end` itself: [x, end) is inside the calendar. */
	if (from < cal->first || from > cal->end)
		return out_of_range(cal, from, "FROM", err);
	if (to < cal->first || to > cal->end)
		return out_of_range(cal, to, "TO", err);
	*out = cal->prefix[to - cal->first] - cal->prefix[from - cal->first];
	return 0;
}

int kz_workdays_before(const kz_calendar *cal, kz_day end, int n, kz_day *out,
		       kz_error *err)
{
	long k;

	if (n < 1)
		return kz_error_set(err, KZ_EINVAL, "N", "%d working days (expected 1 or more)",
				    n);
	if (end < cal->first || end > cal->end)
		return out_of_range(cal, end, "date", err);
	k = (long)cal->prefix[end - cal->first] - n;
	if (k < 0)
		return kz_error_set(err, KZ_ERANGE, "date",
				    "%d working days before it leave the calendar", n);
	*out = cal->work[k];
	return 0;
}

int kz_day_info(const kz_calendar *cal, kz_day day, struct kz_day_info *out, kz_error *err)
{
	const struct kzc_day *r;

	if (!kz_calendar_covers(cal, day))
		return out_of_range(cal, day, "date", err);
	r = &cal->days[day - cal->first];
	*out = (struct kz_day_info){day, (enum kz_day_kind)r->kind, r->working, NULL,
				    KZ_NO_DAY, NULL};
	switch (r->kind) {
	case KZ_DAY_HOLIDAY:
	case KZ_DAY_HOLIDAY_WEEKEND:
		out->name = cal->rules[cal->occ[r->ref].rule].name;
		out->source = cal->rules[cal->occ[r->ref].rule].source;
		break;
	case KZ_DAY_MOVED:
		out->name = cal->rules[cal->occ[r->ref].rule].name;
		out->other = cal->occ[r->ref].day;
		out->source = cal->rule_source;
		break;
	case KZ_DAY_TRANSFER_OFF:
		out->other = cal->transfers[r->ref].work;
		out->source = cal->transfers[r->ref].source;
		break;
	case KZ_DAY_TRANSFER_WORK:
		out->other = cal->transfers[r->ref].off;
		out->source = cal->transfers[r->ref].source;
		break;
	default:
		break;
	}
	return 0;
}

size_t kz_calendar_holidays(const kz_calendar *cal, int year, struct kz_holiday *out,
			    size_t cap)
{
	kz_day lo = kz_day_from_ymd(year, 1, 1), hi = kz_day_from_ymd(year + 1, 1, 1);
	size_t n = 0;
	int a = 0, b = cal->nocc;

	while (a < b) { /* the first occurrence on or after lo */
		int mid = a + (b - a) / 2;

		if (cal->occ[mid].day < lo)
			a = mid + 1;
		else
			b = mid;
	}
	for (int i = a; i < cal->nocc && cal->occ[i].day < hi; i++, n++) {
		const struct kzc_rule *r = &cal->rules[cal->occ[i].rule];

		if (n < cap)
			out[n] = (struct kz_holiday){cal->occ[i].day, r->name, r->source, r->moves};
	}
	return n;
}
