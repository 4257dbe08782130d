/* fines.c — the MCI by date, fines by article and part, and state duties
 * (data/fines_kz.json).  Money is exact: MCI in tenths, KZT in tenths of a tenge. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const struct kzf_rule *find_rule(const kz_fines *f, const char *article, int part);
static int label(kz_fines *f, struct kzf_rule *r, struct kzj_check *c);

static const char *const host_names[] = {"individual", "small", "medium", "large"};

/* The category's name as the CLI and JSON spell it; "?" for a bad value. */
const char *kz_host_name(enum kz_host h)
{
	return (unsigned)h < 4 ? host_names[h] : "?";
}

/* 0 and *out for "individual", "small", "medium" or "large"; -1 for anything else. */
int kz_host_parse(const char *s, enum kz_host *out)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, host_names[i]) == 0) {
			*out = (enum kz_host)i;
			return 0;
		}
	return -1;
}

/* Frees what kz_fines_load() returned; NULL and a built-in image are left alone. */
void kz_fines_free(kz_fines *f)
{
	if (f == NULL || f->image)
		return;
	free(f->mci);
	free(f->rules);
	free(f->duties);
	kz_texts_free(&f->texts);
	kz_strings_free(f->strings);
	free(f);
}

#define DUP(f, s) kz_strdup_in(&(f)->strings, (s))

/* A kzj_* helper's call: 0, or -1 with its error noted (e is the caller's scratch). */
#define K(call) kzj_took(c, (call), &e)

/* An amount is a number of MCI (in steps of 0.1), "warning", or null (no money penalty:
 * arrest or expulsion only). */
static int load_amount(const cJSON *v, struct kzj_check *c, const char *path,
		       struct kzf_amount *a)
{
	*a = (struct kzf_amount){0};
	if (v == NULL)
		return kzj_fail(c, "%s.mci: missing (expected a number of MCI, or null for no "
				"fine)", path);
	if (cJSON_IsNull(v)) {
		a->none = true;
		return 0;
	}
	if (cJSON_IsString(v) && strcmp(v->valuestring, "warning") == 0) {
		a->warning = true;
		return 0;
	}
	if (cJSON_IsNumber(v) && v->valuedouble > 0 && v->valuedouble <= 10000) {
		double t = v->valuedouble * 10;
		long r = lround(t);

		if (fabs(t - (double)r) < 1e-6) {
			a->mci10 = (int)r;
			return 0;
		}
	}
	return kzj_fail(c, "%s: expected a number of MCI (> 0, in steps of 0.1), \"warning\" or "
			"null", path);
}

/* The amount of a fine: by host category, by tiers of days, a warning, or a flat number
 * of MCI (null: no money penalty, only the alternative). */
static void load_amounts(struct kzf_rule *r, const cJSON *j, struct kzj_check *c,
			 const char *path, bool warning, bool alt)
{
	const cJSON *byh = cJSON_GetObjectItemCaseSensitive(j, "by_host");
	const cJSON *tiers = cJSON_GetObjectItemCaseSensitive(j, "tiers"), *t;
	kz_error e = {0};
	char p2[96];

	if (byh != NULL) {
		r->by_host = true;
		if (!cJSON_IsObject(byh)) {
			kzj_fail(c, "%s.by_host: expected an object", path);
			return;
		}
		for (int h = 0; h < 4; h++) {
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(byh, host_names[h]);

			snprintf(p2, sizeof p2, "%s.by_host.%s", path, host_names[h]);
			if (v == NULL)
				kzj_fail(c, "%s: missing", p2);
			else
				load_amount(v, c, p2, &r->host[h]);
		}
	} else if (tiers != NULL) {
		if (!cJSON_IsArray(tiers) || cJSON_GetArraySize(tiers) < 1 ||
		    cJSON_GetArraySize(tiers) > KZF_MAX_TIERS) {
			kzj_fail(c, "%s.tiers: expected an array of 1..%d tiers", path,
				 KZF_MAX_TIERS);
			return;
		}
		cJSON_ArrayForEach(t, tiers) {
			int k = r->ntiers++;
			bool w = false;

			snprintf(p2, sizeof p2, "%s.tiers[%d]", path, k);
			if (K(kzj_int(t, "to_days", false, 1, 100000, c->name, p2,
				      &r->tiers[k].to_days, &e)) == 0 &&
			    k > 0 && r->tiers[k].to_days <= r->tiers[k - 1].to_days)
				kzj_fail(c, "%s.to_days: expected more than the tier before", p2);
			K(kzj_bool(t, "warning", true, c->name, p2, &w, &e));
			if (w)
				r->tiers[k].a.warning = true;
			else
				load_amount(cJSON_GetObjectItemCaseSensitive(t, "mci"), c, p2,
					    &r->tiers[k].a);
		}
	} else if (warning) {
		r->flat.warning = true;
	} else if (load_amount(cJSON_GetObjectItemCaseSensitive(j, "mci"), c, path,
			       &r->flat) == 0 && r->flat.none && !alt) {
		kzj_fail(c, "%s.mci: null and no alternative (expected an amount, or the penalty "
			 "that replaces it)", path);
	}
}

/* Whether a and b are the same text (and both there). */
static bool same(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* fines[idx] into f->rules[idx]; 0 when it is sound.  A text with a problem keeps what
 * could be read, for the checks of the texts after it. */
static int load_rule(kz_fines *f, const cJSON *j, int idx, struct kzj_check *c)
{
	struct kzf_rule *r = &f->rules[f->nrules];
	const char *name = c->name, *article = NULL, *rname = NULL, *off = NULL, *alt = NULL;
	const char *src = NULL, *conf = NULL;
	char path[48];
	bool warning = false, later = false;
	kz_error e = {0};
	int before = c->problems, n = f->nrules;

	f->nrules++;
	kzj_path(path, sizeof path, "fines", NULL, idx);
	if (!cJSON_IsObject(j))
		return kzj_fail(c, "%s: expected an object", path);
	K(kzj_string(j, "article", false, name, path, &article, &e));
	K(kzj_int(j, "part", false, 1, 99, name, path, &r->part, &e));
	K(kzj_string(j, "name", false, name, path, &rname, &e));
	/* What a person reads, in three languages: the offence, the penalty that may replace
	 * the fine, what is not known beyond the sources; and where the Russian and Kazakh
	 * come from. */
	kzj_text(c, &f->texts, &f->strings, j, "offence", false, path, &off);
	kzj_text(c, &f->texts, &f->strings, j, "alternative", true, path, &alt);
	K(kzj_string(j, "source", false, name, path, &src, &e));
	K(kzj_string(j, "source_ru", false, name, path, &conf, &e));
	K(kzj_string(j, "source_kk", false, name, path, &conf, &e));
	K(kzj_string(j, "confidence", false, name, path, &conf, &e));
	K(kzj_bool(j, "warning", true, name, path, &warning, &e));
	if (K(kzj_span(j, name, path, &r->span, &f->strings, &e)) == 0)
		kzj_text(c, &f->texts, &f->strings, j, "beyond_sources", true, path,
			 &r->span.beyond);
	/* A part's texts follow one another in date order, each from the day after the one
	 * before ends; a name belongs to one part.  (Against the texts kept so far.) */
	r->article = article ? DUP(f, article) : NULL;
	r->name = rname ? DUP(f, rname) : NULL;
	for (int i = 0; article != NULL && r->part != 0 && i < n; i++) {
		const struct kzf_rule *q = &f->rules[i];
		bool part = same(q->article, article) && q->part == r->part;

		if (part && (!same(r[-1].article, article) || r[-1].part != r->part)) {
			kzj_fail(c, "%s: article %.8s part %d appears apart from its other texts "
				 "(expected each part's texts next to each other)", path, article,
				 r->part);
			break;
		}
		if (!part && same(q->name, rname))
			kzj_fail(c, "%s.name: '%.40s' appears twice (expected unique names)", path,
				 rname);
	}
	later = n > 0 && same(r[-1].article, article) && r[-1].part == r->part;
	if (later && (r[-1].span.until == KZ_NO_DAY || r->span.from != r[-1].span.until + 1))
		kzj_fail(c, "%s.from: article %.8s part %d's texts overlap or leave a gap "
			 "(expected from = the day after the text before ends)", path, article,
			 r->part);
	load_amounts(r, j, c, path, warning,
		     cJSON_IsString(cJSON_GetObjectItemCaseSensitive(j, "alternative")));
	if (c->problems > before)
		return -1;
	r->offence = off; /* kept in f->texts, as alt */
	r->alternative = alt;
	r->source = DUP(f, src);
	if (!r->article || !r->name || !r->source)
		return kzj_oom(c);
	if (label(f, r, c) != 0)
		return -1;
	/* The part's first text counts its texts (the later ones keep 0); with a problem
	 * before, nothing is kept to count. */
	if (!later)
		r->nversions = 1;
	else if (c->problems == 0)
		for (int k = n - 1; k >= 0; k--)
			if (f->rules[k].nversions > 0) {
				f->rules[k].nversions++;
				break;
			}
	return 0;
}

/* The article's label, r->label ("CAO 518 part 1"), and its Russian and Kazakh in the
 * forms the Kazakhstan texts cite a part of an article by: «ст. 518 ч. 1» (статья, часть)
 * and «518-бап 1-бөлік» (бап, бөлік: CAO-ru/CAO-kk art. 518 headings and parts,
 * doc/sources/legal-terms-ru-kk.md s. 6), after the Code's abbreviations КоАП / ӘҚБтК. */
static int label(kz_fines *f, struct kzf_rule *r, struct kzj_check *c)
{
	char ru[64], kk[64];
	const char *s[KZ_LANGS] = {r->label, ru, kk}, *kept;

	snprintf(r->label, sizeof r->label, "CAO %.8s part %d", r->article, r->part);
	snprintf(ru, sizeof ru, "КоАП, ст. %.8s ч. %d", r->article, r->part);
	snprintf(kk, sizeof kk, "ӘҚБтК %.8s-бап %d-бөлік", r->article, r->part);
	return kz_texts_add(c, &f->texts, &f->strings, s, &kept);
}

/* The MCI rows: dates strictly increasing, each with its budget law. */
static void load_mci(kz_fines *f, const cJSON *arr, struct kzj_check *c)
{
	const cJSON *j;
	const char *name = c->name;
	char path[32];
	kz_error e = {0};
	kz_day prev = KZ_NO_DAY; /* the latest date read so far */
	int i = 0;

	if ((f->mci = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *f->mci)) == NULL) {
		kzj_oom(c);
		return;
	}
	cJSON_ArrayForEach(j, arr) {
		struct kzf_mci *m = &f->mci[f->nmci];
		const char *src = NULL, *conf = NULL;
		bool ok;

		kzj_path(path, sizeof path, "mci", NULL, i++);
		if (K(kzj_date(j, "from", false, name, path, &m->from, &e)) != 0) {
			ok = false;
		} else if (prev != KZ_NO_DAY && m->from <= prev) {
			kzj_fail(c, "%s.from: expected dates in increasing order", path);
			ok = false;
		} else {
			ok = true;
			prev = m->from;
		}
		ok &= K(kzj_int(j, "kzt", false, 1, 1000000, name, path, &m->kzt, &e)) == 0;
		ok &= K(kzj_string(j, "source", false, name, path, &src, &e)) == 0;
		ok &= K(kzj_string(j, "confidence", false, name, path, &conf, &e)) == 0;
		f->nmci += ok;
	}
	if (cJSON_GetArraySize(arr) == 0)
		kzj_fail(c, "mci: empty (expected MCI values)");
}

/* The state duties, in tenths of an MCI: an id may repeat only for a later text of the
 * same duty, from the day after the one before ends. */
static void load_duties(kz_fines *f, const cJSON *arr, struct kzj_check *c)
{
	const cJSON *j;
	const char *name = c->name;
	char path[32];
	kz_error e = {0};
	int i = 0;

	f->duties = calloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *f->duties);
	if (f->duties == NULL) {
		kzj_oom(c);
		return;
	}
	cJSON_ArrayForEach(j, arr) {
		struct kzf_duty *d = &f->duties[f->nduties];
		const char *id = NULL, *dname = NULL, *src = NULL, *conf = NULL;
		int before = c->problems;

		kzj_path(path, sizeof path, "duties", NULL, i++);
		if (!cJSON_IsObject(j)) {
			kzj_fail(c, "%s: wrong type (expected an object)", path);
			continue;
		}
		K(kzj_string(j, "id", false, name, path, &id, &e));
		kzj_text(c, &f->texts, &f->strings, j, "name", false, path, &dname);
		K(kzj_tenths(j, "mci", false, 0, 10000, name, path, &d->d.mci10, &e));
		K(kzj_string(j, "source", false, name, path, &src, &e));
		K(kzj_string(j, "source_ru", false, name, path, &conf, &e));
		K(kzj_string(j, "source_kk", false, name, path, &conf, &e));
		K(kzj_string(j, "confidence", false, name, path, &conf, &e));
		if (K(kzj_span(j, name, path, &d->span, &f->strings, &e)) == 0)
			kzj_text(c, &f->texts, &f->strings, j, "beyond_sources", true, path,
				 &d->span.beyond);
		for (int k = 0; id != NULL && k < f->nduties; k++) {
			const struct kzf_duty *q = &f->duties[k];

			if (strcmp(q->d.id, id) != 0)
				continue;
			if (k != f->nduties - 1 || q->span.until == KZ_NO_DAY ||
			    d->span.from != q->span.until + 1)
				kzj_fail(c, "%s.id: '%.40s' appears twice (expected unique ids, or the "
					 "next text of the duty just after its last, from the day "
					 "after it ends)", path, id);
		}
		if (c->problems > before)
			continue;
		d->d.id = DUP(f, id);
		d->d.name = dname; /* kept in f->texts */
		d->d.source = DUP(f, src);
		if (!d->d.id || !d->d.source) {
			kzj_oom(c);
			continue;
		}
		f->nduties++;
	}
}

/* The parts kzmig itself looks up (kzf_host_fines, kz_fine_late_notification,
 * kz_fine_overstay): a file without one loads but fails every `due`. */
static const struct {
	const char *article;
	int part;
} needed[] = {{"518", 1}, {"518", 3}, {"517", 3}, {"517", 4}, {"517", 6}, {"517", 7}};

/* Notes each needed part that no entry of fines[] is for, whether or not it is sound. */
static void needed_parts(const cJSON *rules, struct kzj_check *c)
{
	for (size_t k = 0; k < sizeof needed / sizeof needed[0]; k++) {
		const cJSON *j, *a, *p;
		bool found = false;

		cJSON_ArrayForEach(j, rules) {
			a = cJSON_GetObjectItemCaseSensitive(j, "article");
			p = cJSON_GetObjectItemCaseSensitive(j, "part");
			found |= cJSON_IsString(a) && strcmp(a->valuestring, needed[k].article) == 0 &&
				 cJSON_IsNumber(p) && p->valuedouble == needed[k].part;
		}
		if (!found)
			kzj_fail(c, "fines: no article %s part %d (expected the parts kzmig looks "
				 "up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)",
				 needed[k].article, needed[k].part);
	}
}

/* The whole of fines_kz.json, every problem noted in c; the fines, or NULL when c noted
 * any.  *entries (may be NULL): MCI rows + fines + duties. */
static kz_fines *load(const char *json, size_t len, struct kzj_check *c, size_t *entries)
{
	kz_fines *f;
	cJSON *root;
	const cJSON *mci, *rules, *duties, *notes, *j;
	const char *src = NULL, *name = c->name;
	char path[32];
	kz_error e = {0};
	kz_day day;
	int i = 0;

	if ((root = kzj_parse_all(json, len, c)) == NULL)
		return NULL;
	if ((f = calloc(1, sizeof *f)) == NULL) {
		kzj_oom(c);
		goto done;
	}
	if (K(kzj_date(root, "as_of", false, name, "", &day, &e)) == 0 &&
	    (f->as_of = DUP(f, kz_day_format(day, (char[11]){0}))) == NULL)
		kzj_oom(c);
	K(kzj_string(root, "source", false, name, "", &src, &e));
	/* Notes on the data as a whole: each names its source. */
	if ((notes = kzj_member(root, "notes", cJSON_Array, true, name, "", &e)) == NULL &&
	    e.code != KZ_OK)
		kzj_note(c, &e);
	cJSON_ArrayForEach(j, notes) {
		kzj_path(path, sizeof path, "notes", NULL, i++);
		if (!cJSON_IsObject(j)) {
			kzj_fail(c, "%s: wrong type (expected an object)", path);
		} else {
			const char *text = NULL;

			kzj_text(c, &f->texts, &f->strings, j, "text", false, path, &text);
			K(kzj_string(j, "source", false, name, path, &src, &e));
		}
	}
	if ((mci = kzj_member(root, "mci", cJSON_Array, false, name, "", &e)) == NULL)
		kzj_note(c, &e);
	else
		load_mci(f, mci, c);
	if ((duties = kzj_member(root, "duties", cJSON_Array, false, name, "", &e)) == NULL)
		kzj_note(c, &e);
	else
		load_duties(f, duties, c);
	if ((rules = kzj_member(root, "fines", cJSON_Array, false, name, "", &e)) == NULL)
		kzj_note(c, &e);
	else if ((f->rules = calloc((size_t)cJSON_GetArraySize(rules) + 1, sizeof *f->rules)) ==
		 NULL)
		kzj_oom(c);
	i = 0;
	if (f->rules != NULL) {
		cJSON_ArrayForEach(j, rules)
			load_rule(f, j, i++, c);
		needed_parts(rules, c);
	}
	if (entries != NULL)
		*entries = (size_t)cJSON_GetArraySize(mci) + (size_t)cJSON_GetArraySize(rules) +
			   (size_t)cJSON_GetArraySize(duties);
	if (c->problems > 0 || f->nmci == 0) /* no row without a problem noted */
		goto done;
	f->mci_guess_from = kz_day_from_ymd(kz_day_year(f->mci[f->nmci - 1].from) + 1, 1, 1);
	f->p518_1 = find_rule(f, "518", 1);
	f->p518_3 = find_rule(f, "518", 3);
	f->p517_3 = find_rule(f, "517", 3);
	f->p517_4 = find_rule(f, "517", 4);
	f->p517_6 = find_rule(f, "517", 6);
	f->p517_7 = find_rule(f, "517", 7);
done:
	cJSON_Delete(root);
	if (c->problems > 0) {
		kz_fines_free(f);
		return NULL;
	}
	return f;
}

/* Loads data/fines_kz.json: every MCI row, fine and duty needs a source and a confidence.
 * The caller frees the result with kz_fines_free(); NULL and *err on failure. */
kz_fines *kz_fines_load(const char *json, size_t len, const char *name, kz_error *err)
{
	struct kzj_check c = {.name = name ? name : "fines_kz.json"};
	kz_fines *f = load(json, len, &c, NULL);

	if (f == NULL && err != NULL)
		*err = c.first;
	return f;
}

int kz_fines_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		   void *arg, size_t *entries)
{
	struct kzj_check c = {.name = name ? name : "fines_kz.json", .report = report,
			      .arg = arg};

	kz_fines_free(load(json, len, &c, entries));
	return c.problems;
}

/* The date the data was last checked against its sources. */
const char *kz_fines_as_of(const kz_fines *f)
{
	return f->as_of;
}

/* KZT per MCI for fines and duties on `day`: the value of the last row from on or before
 * it.  Fines use the MCI in force when proceedings start (CAO art. 44), duties the MCI on
 * the day of payment (Tax Code), so the 2022 row stays 3 063 all year (the 3 180 of
 * 1 Apr 2022 was for benefits only).  Past the last row its value goes on: a year's MCI
 * is set by that year's budget law, and the data's as_of says how far it reaches.
 * -1/KZ_ERANGE before the first row. */
bool kz_mci_provisional(const kz_fines *f, kz_day day)
{
	return f->nmci > 0 && day >= f->mci_guess_from;
}

int kz_mci_on(const kz_fines *f, kz_day day, int *kzt, kz_error *err)
{
	char a[11], b[11];
	int i = f->nmci - 1;

	/* From the newest row back: the days asked about are recent, so this is a step or
	 * two (a dozen rows in all), fewer than a binary search takes. */
	while (i >= 0 && f->mci[i].from > day)
		i--;
	if (i < 0)
		return kz_error_set(err, KZ_ERANGE, "date",
				    "no MCI value for %s (expected a date from %s)",
				    kz_day_format(day, a), kz_day_format(f->mci[0].from, b));
	*kzt = f->mci[i].kzt;
	return 0;
}

/* The first text of article/part, or NULL. */
static const struct kzf_rule *find_rule(const kz_fines *f, const char *article, int part)
{
	for (int i = 0; i < f->nrules; i++)
		if (strcmp(f->rules[i].article, article) == 0 && f->rules[i].part == part)
			return &f->rules[i];
	return NULL;
}

/* The text of a part (r: its first text) in force on `on`, from the newest back; NULL
 * (and *err) when none is: before the first, or after a text that ends (a deleted part). */
static const struct kzf_rule *text_on(const struct kzf_rule *r, kz_day on, kz_error *err)
{
	const struct kzf_rule *t = r + r->nversions - 1;
	char a[11], b[11];

	while (t > r && t->span.from > on)
		t--;
	if (kz_span_has(&t->span, on))
		return t;
	if (t->span.from != KZ_NO_DAY && on < t->span.from)
		kz_error_set(err, KZ_ERANGE, "date",
			     "%s is not in the data before %s (asked for %s)", t->label,
			     kz_day_format(t->span.from, a), kz_day_format(on, b));
	else
		kz_error_set(err, KZ_ERANGE, "date", "%s is not in force after %s (asked for %s)",
			     t->label, kz_day_format(t->span.until, a), kz_day_format(on, b));
	return NULL;
}

/* The penalty of text r, amount a, on `on` at `kzt` per MCI. */
static void fill(const kz_fines *f, const struct kzf_rule *r, const struct kzf_amount *a,
		 enum kz_host host, kz_day on, int kzt, struct kz_penalty *out)
{
	bool beyond = kz_span_beyond(&r->span, on);
	bool mci_guess = on >= f->mci_guess_from && !a->warning && !a->none;

	*out = (struct kz_penalty){.article = r->label, .on = on, .host = host,
				   .has_host = r->by_host, .warning = a->warning,
				   .mci10 = a->none || a->warning ? 0 : a->mci10, .mci_value = kzt,
				   .alternative = r->alternative, .source = r->source};
	out->kzt10 = (int64_t)out->mci10 * kzt;
	out->provisional = mci_guess || beyond;
	out->why = beyond      ? r->span.beyond
		   : mci_guess ? kz_why_mci_guess
			       : NULL;
}

int kzf_host_fines(const kz_fines *f, kz_day on, enum kz_host host, struct kz_penalty *fine,
		   struct kz_penalty *repeat, kz_error *err)
{
	const struct kzf_rule *p1, *p3;
	int i = f->nmci - 1;

	if (f->p518_1 == NULL || f->p518_3 == NULL || (unsigned)host > KZ_HOST_LARGE ||
	    f->nmci == 0 || on < f->mci[0].from ||
	    (p1 = text_on(f->p518_1, on, NULL)) == NULL ||
	    (p3 = text_on(f->p518_3, on, NULL)) == NULL || !p1->by_host || !p3->by_host)
		return kz_fine_late_notification(f, on, host, false, fine, err) ||
				       kz_fine_late_notification(f, on, host, true, repeat, err)
			       ? -1
			       : 0;
	while (f->mci[i].from > on) /* stops at 0: on >= mci[0].from */
		i--;
	fill(f, p1, &p1->host[host], host, on, f->mci[i].kzt, fine);
	fill(f, p3, &p3->host[host], host, on, f->mci[i].kzt, repeat);
	return 0;
}

/* kz_fine() for a rule already found (r = NULL: article/part is not in the data). */
static int penalty(const kz_fines *f, const struct kzf_rule *r, const char *article, int part,
		   enum kz_host host, int days, kz_day on, struct kz_penalty *out,
		   kz_error *err)
{
	struct kzf_amount a;
	int kzt = 0;

	if ((unsigned)host > KZ_HOST_LARGE)
		return kz_error_set(err, KZ_EINVAL, "host",
				    "unknown host category %d (expected individual, small, medium "
				    "or large)", (int)host);
	if (r == NULL)
		return kz_error_set(err, KZ_EINVAL, "article",
				    "no article %.8s part %d in the fines data (expected one of "
				    "kzmig fine --list)", article ? article : "(none)", part);
	if ((r = text_on(r, on, err)) == NULL)
		return -1;
	if (r->by_host) {
		a = r->host[host];
	} else if (r->ntiers > 0) {
		int k = 0;

		if (days < 1)
			return kz_error_set(err, KZ_EINVAL, "days",
					    "%s is graded by days past the stay (expected a "
					    "number of days >= 1)", r->label);
		while (k < r->ntiers && days > r->tiers[k].to_days)
			k++;
		if (k == r->ntiers)
			return kz_error_set(err, KZ_EINVAL, "days",
					    "%d days is beyond %s (expected 1..%d days)", days,
					    r->label, r->tiers[r->ntiers - 1].to_days);
		a = r->tiers[k].a;
	} else {
		a = r->flat;
	}
	if (kz_mci_on(f, on, &kzt, err))
		return -1;
	fill(f, r, &a, host, on, kzt, out);
	return 0;
}

/* The penalty of `article` part `part` for a violation that began on `on`, in MCI and in
 * KZT at the MCI in force that day (CAO art. 44).  `host` picks the column of a part
 * graded by the host's category (art. 518), `days` the tier of a part graded by days
 * (art. 517 part 3); each is ignored where the part does not depend on it.  Returns 0, or
 * -1/KZ_EINVAL for an unknown part or days outside its tiers, -1/KZ_ERANGE for a date
 * before the MCI data. */
int kz_fine(const kz_fines *f, const char *article, int part, enum kz_host host, int days,
	    kz_day on, struct kz_penalty *out, kz_error *err)
{
	const struct kzf_rule *r = article ? find_rule(f, article, part) : NULL;

	return penalty(f, r, article, part, host, days, on, out, err);
}

/* The host's late notification of an arrival: CAO art. 518 part 1, or part 3 when it
 * repeats a part 1 or 2 offence within a year after a penalty. */
int kz_fine_late_notification(const kz_fines *f, kz_day on, enum kz_host host, bool repeat,
			      struct kz_penalty *out, kz_error *err)
{
	return penalty(f, repeat ? f->p518_3 : f->p518_1, "518", repeat ? 3 : 1, host, 0, on,
		       out, err);
}

/* Staying `days` past the last legal day (CAO art. 517): part 3 up to its last tier,
 * part 4 beyond it.  Since Law 292-VI (January 2020) part 3 runs to 10 days (a warning up
 * to 3, 10 MCI for 4-5, 15 MCI for 6-10) and part 4 is 25 MCI or expulsion; before it part
 * 3 was a warning up to 3 days and part 4 15 MCI or expulsion (or arrest, before Law
 * 127-VI).  A repeat within a year after a penalty is part 6 for a part 3 offence
 * (15 MCI or expulsion) and part 7 for a part 4 one (arrest with expulsion).  The tier
 * edge comes from the data. */
int kz_fine_overstay(const kz_fines *f, int days, kz_day on, bool repeat,
		     struct kz_penalty *out, kz_error *err)
{
	const struct kzf_rule *p3 = f->p517_3 ? text_on(f->p517_3, on, NULL) : NULL;
	int max3 = p3 && p3->ntiers ? p3->tiers[p3->ntiers - 1].to_days : 10;

	if (days < 1)
		return kz_error_set(err, KZ_EINVAL, "days",
				    "%d days past the legal stay (expected 1 or more)", days);
	if (days <= max3)
		return repeat ? penalty(f, f->p517_6, "517", 6, KZ_HOST_SMALL, days, on, out, err)
			      : penalty(f, f->p517_3, "517", 3, KZ_HOST_SMALL, days, on, out, err);
	return repeat ? penalty(f, f->p517_7, "517", 7, KZ_HOST_SMALL, days, on, out, err)
		      : penalty(f, f->p517_4, "517", 4, KZ_HOST_SMALL, days, on, out, err);
}

/* The texts of the articles and parts in the data, in data order: those in force on
 * `on`, or every text for KZ_NO_DAY.  Writes up to cap, returns how many there are.  The
 * strings live as long as f. */
size_t kz_fine_rules(const kz_fines *f, kz_day on, struct kz_fine_rule *out, size_t cap)
{
	size_t n = 0;

	for (int i = 0; i < f->nrules; i++) {
		const struct kzf_rule *r = &f->rules[i];

		if (on != KZ_NO_DAY && !kz_span_has(&r->span, on))
			continue;
		if (n < cap)
			out[n] = (struct kz_fine_rule){
				r->article, r->part, r->name, r->offence, r->by_host,
				r->ntiers > 0, r->source, r->span.from, r->span.until,
				on != KZ_NO_DAY && kz_span_beyond(&r->span, on) ? r->span.beyond
										: NULL,
				r->label};
		n++;
	}
	return n;
}

/* The state duties (Tax Code 2017 art. 613; Tax Code 2025 arts. 666-667) in data order:
 * those charged on `on` (provisional, with why, where the day is beyond the sources), or
 * every text for KZ_NO_DAY.  Writes up to cap, returns how many there are. */
size_t kz_duties(const kz_fines *f, kz_day on, struct kz_duty *out, size_t cap)
{
	size_t n = 0;

	for (int i = 0; i < f->nduties; i++) {
		const struct kzf_duty *d = &f->duties[i];

		if (on != KZ_NO_DAY && !kz_span_has(&d->span, on))
			continue;
		if (n < cap) {
			out[n] = d->d;
			out[n].from = d->span.from;
			out[n].until = d->span.until;
			out[n].why = on != KZ_NO_DAY && kz_span_beyond(&d->span, on)
					     ? d->span.beyond : NULL;
			out[n].provisional = out[n].why != NULL;
		}
		n++;
	}
	return n;
}

/* The fines' texts and the duties applied beyond their sources' days, in data order. */
size_t kz_fines_unsourced(const kz_fines *f, struct kz_unsourced *out, size_t cap)
{
	size_t n = 0;

	for (int i = 0; i < f->nrules; i++)
		kz_span_unsourced(&f->rules[i].span, "fine", f->rules[i].label, out, cap, &n);
	for (int i = 0; i < f->nduties; i++)
		kz_span_unsourced(&f->duties[i].span, "duty", f->duties[i].d.id, out, cap, &n);
	return n;
}
