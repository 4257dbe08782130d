/* regimes.c — the stay regime of each citizenship, by date (data/visa_free.json). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Frees what kz_regimes_load() returned; NULL and a built-in image are left alone. */
void kz_regimes_free(kz_regimes *r)
{
	if (r == NULL || r->image)
		return;
	free(r->countries);
	free(r->regimes);
	free(r->terms);
	kz_strings_free(r->strings);
	free(r);
}

static int parse_kind(const char *s, enum kz_regime_kind *out)
{
	static const char *const names[] = {"visa-required", "eaeu", "bilateral", "unilateral"};

	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum kz_regime_kind)i;
			return 0;
		}
	return -1;
}

static int load_regime(kz_regimes *r, const cJSON *j, const char *name, const char *path,
		       struct kz_regime *out, kz_error *err)
{
	const char *kind = NULL, *src = NULL, *conf = NULL;
	struct kz_span sp;

	out->from = out->until = KZ_NO_DAY;
	if (!cJSON_IsObject(j))
		return kz_error_set(err, KZ_EDATA, name, "%s: expected an object", path);
	if (kzj_span(j, name, path, &sp, &r->strings, err))
		return -1;
	out->from = sp.from;
	out->until = sp.until;
	out->sourced_from = sp.sourced_from;
	out->sourced_until = sp.sourced_until;
	out->beyond = sp.beyond;
	if (kzj_string(j, "unsettled", true, name, path, &out->unsettled, err) ||
	    kzj_string(j, "regime", false, name, path, &kind, err) ||
	    kzj_int(j, "per_entry", true, 1, 366, name, path, &out->per_entry, err) ||
	    kzj_int(j, "limit", true, 1, 366, name, path, &out->limit, err) ||
	    kzj_int(j, "window", true, 1, 366, name, path, &out->window, err) ||
	    kzj_bool(j, "trp_route", false, name, path, &out->trp_route, err) ||
	    kzj_string(j, "source", false, name, path, &src, err) ||
	    kzj_string(j, "confidence", false, name, path, &conf, err))
		return -1;
	if (parse_kind(kind, &out->kind) != 0)
		return kz_error_set(err, KZ_EDATA, name,
				    "%s.regime: '%.20s' (expected visa-required, eaeu, bilateral "
				    "or unilateral)", path, kind);
	if ((out->limit == 0) != (out->window == 0) || out->limit > out->window)
		return kz_error_set(err, KZ_EDATA, name,
				    "%s: limit and window go together (expected limit <= window)",
				    path);
	if (out->kind != KZ_REGIME_VISA_REQUIRED && out->per_entry == 0 && out->limit == 0)
		return kz_error_set(err, KZ_EDATA, name,
				    "%s: a visa-free regime without any limit (expected per_entry "
				    "or limit)", path);
	if (strcmp(conf, "high") != 0 && strcmp(conf, "medium") != 0 &&
	    strcmp(conf, "low") != 0)
		return kz_error_set(err, KZ_EDATA, name,
				    "%s.confidence: '%.20s' (expected high, medium or low)", path,
				    conf);
	out->source = kz_strdup_in(&r->strings, src);
	out->confidence = kz_strdup_in(&r->strings, conf);
	if (out->unsettled != NULL)
		out->unsettled = kz_strdup_in(&r->strings, out->unsettled);
	if (out->source == NULL || out->confidence == NULL)
		return kz_error_set(err, KZ_ENOMEM, name, "out of memory");
	return 0;
}

static int load_country(kz_regimes *r, const cJSON *c, const char *name, kz_error *err)
{
	struct kzr_country *co = &r->countries[r->ncountries];
	const cJSON *regs, *j;
	const char *cname = NULL;
	char path[64], rlist[72], rpath[80];

	kzj_path(path, sizeof path, "countries", c->string, 0);
	if (strlen(c->string) != 2 || c->string[0] < 'A' || c->string[0] > 'Z' ||
	    c->string[1] < 'A' || c->string[1] > 'Z')
		return kz_error_set(err, KZ_EDATA, name,
				    "%s: not an ISO 3166-1 alpha-2 code (expected two capitals)",
				    path);
	if (r->ncountries > 0 && strcmp(r->countries[r->ncountries - 1].code, c->string) >= 0)
		return kz_error_set(err, KZ_EDATA, name,
				    "%s: out of order or duplicate (expected codes in A-Z order)",
				    path);
	if (!cJSON_IsObject(c))
		return kz_error_set(err, KZ_EDATA, name, "%s: expected an object", path);
	if (kzj_string(c, "name", false, name, path, &cname, err))
		return -1;
	regs = kzj_member(c, "regimes", cJSON_Array, false, name, path, err);
	if (regs == NULL)
		return -1;
	memcpy(co->code, c->string, 3);
	co->name = kz_strdup_in(&r->strings, cname);
	if (co->name == NULL)
		return kz_error_set(err, KZ_ENOMEM, name, "out of memory");
	co->first = r->nregimes;
	co->n = 0;
	cJSON_ArrayForEach(j, regs) {
		struct kz_regime *g = &r->regimes[r->nregimes];

		kzj_path(rpath, sizeof rpath, kzj_path(rlist, sizeof rlist, path, "regimes", 0),
			 NULL, co->n);
		if (load_regime(r, j, name, rpath, g, err))
			return -1;
		g->code = co->code;
		g->country = co->name;
		if (co->n > 0) {
			const struct kz_regime *prev = g - 1;

			if (prev->until == KZ_NO_DAY || g->from == KZ_NO_DAY ||
			    g->from != prev->until + 1)
				return kz_error_set(err, KZ_EDATA, name,
						    "%s.from: expected the day after the previous "
						    "regime's until (no gap, no overlap)", rpath);
		}
		co->n++;
		r->nregimes++;
	}
	r->ncountries++;
	return 0;
}

const char *const kzr_term_names[KZR_TERMS] = {
	"arrival-notification", "move-notification", "registration", "re-registration",
	"self-registration", "self-re-registration", "trp", "trp-extension", "trp-free-under",
	"trp-at-16", "visa-extension", "passport-validity", "passport-renewal"};

static int name_index(const char *s, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* A list of names (stays, regime kinds) as bits. */
static int load_bits(const cJSON *j, const char *key, const char *const *names, int n,
		     const char *name, const char *path, unsigned *out, kz_error *err)
{
	const cJSON *a = kzj_member(j, key, cJSON_Array, true, name, path, err), *v;
	char p[96];

	*out = 0;
	if (a == NULL)
		return err && err->code != KZ_OK ? -1 : 0;
	cJSON_ArrayForEach(v, a) {
		int k = cJSON_IsString(v) ? name_index(v->valuestring, names, n) : -1;

		if (k < 0)
			return kz_error_set(err, KZ_EDATA, name, "%s: '%.20s' (expected one of "
					    "%s, %s, ...)", kzj_path(p, sizeof p, path, key, 0),
					    cJSON_IsString(v) ? v->valuestring : "?", names[0],
					    names[1]);
		*out |= 1u << k;
	}
	return 0;
}

/* One version of a deadline's term. */
static int load_term(kz_regimes *r, const cJSON *j, int idx, const char *name, kz_error *err)
{
	static const char *const stays[] = {"visa-free", "visa", "trp"};
	static const char *const kinds[] = {"visa-required", "eaeu", "bilateral", "unilateral"};
	static const char *const whos[] = {"receiving-party", "immigrant"};
	static const char *const units[] = {"working", "calendar", "months", "years"};
	static const char *const firsts[] = {"event", "next"};
	struct kzr_term *t = &r->terms[idx];
	const char *id = NULL, *unit = "working", *first = "event", *who = "receiving-party";
	const char *where = NULL, *basis = NULL, *ewhy = NULL, *unsettled = NULL, *src = NULL;
	const char *conf = NULL;
	char path[32];
	int u;

	kzj_path(path, sizeof path, "terms", NULL, idx);
	if (!cJSON_IsObject(j))
		return kz_error_set(err, KZ_EDATA, name, "%s: expected an object", path);
	if (kzj_string(j, "id", false, name, path, &id, err) ||
	    kzj_span(j, name, path, &t->span, &r->strings, err) ||
	    kzj_int(j, "days", true, 1, 366, name, path, &t->days, err) ||
	    kzj_int(j, "opens", true, 1, 366, name, path, &t->opens, err) ||
	    kzj_bool(j, "before", true, name, path, &t->before, err) ||
	    kzj_string(j, "unit", true, name, path, &unit, err) ||
	    kzj_string(j, "first_day", true, name, path, &first, err) ||
	    kzj_string(j, "who", true, name, path, &who, err) ||
	    kzj_string(j, "where", true, name, path, &where, err) ||
	    kzj_string(j, "basis", false, name, path, &basis, err) ||
	    kzj_string(j, "exempt_why", true, name, path, &ewhy, err) ||
	    kzj_string(j, "unsettled", true, name, path, &unsettled, err) ||
	    kzj_string(j, "source", false, name, path, &src, err) ||
	    kzj_string(j, "confidence", false, name, path, &conf, err) ||
	    load_bits(j, "stays", stays, 3, name, path, &t->stays, err) ||
	    load_bits(j, "exempt", kinds, 4, name, path, &t->exempt, err))
		return -1;
	if ((t->id = name_index(id, kzr_term_names, KZR_TERMS)) < 0)
		return kz_error_set(err, KZ_EDATA, name, "%s.id: '%.30s' (expected one of "
				    "arrival-notification, move-notification, registration, "
				    "re-registration, self-registration, self-re-registration, trp, "
				    "trp-extension, trp-free-under, trp-at-16, visa-extension, "
				    "passport-validity, passport-renewal)", path, id);
	if ((u = name_index(unit, units, 4)) < 0 || name_index(first, firsts, 2) < 0 ||
	    name_index(who, whos, 2) < 0)
		return kz_error_set(err, KZ_EDATA, name, "%s: unit, first_day or who out of its "
				    "words (expected working|calendar|months|years, event|next, "
				    "receiving-party|immigrant)", path);
	/* The duties counted from an arrival or a move are days; whole months or years
	 * count the margins around an expiry and an age. */
	if (u >= KZR_MONTHS && t->id < KZR_TRP)
		return kz_error_set(err, KZ_EDATA, name, "%s.unit: %s counts days (expected "
				    "working or calendar)", path, id);
	if (t->opens && (!t->before || t->opens <= t->days))
		return kz_error_set(err, KZ_EDATA, name, "%s.opens: a window counted back from "
				    "the event opens earlier than it closes (expected before: true "
				    "and opens > days)", path);
	if (t->days > 0 && t->stays == 0)
		return kz_error_set(err, KZ_EDATA, name, "%s.stays: missing (expected the stays "
				    "the term applies to)", path);
	if ((t->exempt != 0) != (ewhy != NULL))
		return kz_error_set(err, KZ_EDATA, name, "%s: exempt and exempt_why go together",
				    path);
	if (idx > 0 && r->terms[idx - 1].id == t->id &&
	    (r->terms[idx - 1].span.until == KZ_NO_DAY ||
	     t->span.from != r->terms[idx - 1].span.until + 1))
		return kz_error_set(err, KZ_EDATA, name, "%s.from: %s's versions overlap or leave "
				    "a gap (expected from = the day after the one before ends)",
				    path, id);
	for (int i = 0; i < idx - 1; i++)
		if (r->terms[i].id == t->id && r->terms[idx - 1].id != t->id)
			return kz_error_set(err, KZ_EDATA, name, "%s: %s apart from its other "
					    "versions (expected them next to each other)", path, id);
	t->unit = (unsigned char)u;
	t->next_day = strcmp(first, "next") == 0;
	t->who = strcmp(who, "immigrant") == 0 ? KZ_RESP_IMMIGRANT : KZ_RESP_RECEIVING_PARTY;
	t->where = where ? kz_strdup_in(&r->strings, where) : NULL;
	t->basis = kz_strdup_in(&r->strings, basis);
	t->exempt_why = ewhy ? kz_strdup_in(&r->strings, ewhy) : NULL;
	t->unsettled = unsettled ? kz_strdup_in(&r->strings, unsettled) : NULL;
	t->source = kz_strdup_in(&r->strings, src);
	if (!t->basis || !t->source || (where && !t->where) || (ewhy && !t->exempt_why) ||
	    (unsettled && !t->unsettled))
		return kz_error_set(err, KZ_ENOMEM, name, "out of memory");
	return 0;
}

size_t kz_regimes_unsourced(const kz_regimes *r, struct kz_unsourced *out, size_t cap)
{
	size_t n = 0;

	for (int i = 0; i < r->nregimes; i++) {
		const struct kz_regime *g = &r->regimes[i];
		struct kz_span sp = {g->from, g->until, g->sourced_from, g->sourced_until,
				     g->beyond};

		if (g->unsettled != NULL) {
			if (n < cap)
				out[n] = (struct kz_unsourced){"regime", g->code, g->from,
							       g->until, g->unsettled};
			n++;
			continue;
		}
		kz_span_unsourced(&sp, "regime", g->code, out, cap, &n);
	}
	for (int i = 0; i < r->nterms; i++) {
		const struct kzr_term *t = &r->terms[i];

		if (t->unsettled != NULL) { /* no source settles any of its days */
			if (n < cap)
				out[n] = (struct kz_unsourced){"term", kzr_term_names[t->id],
							       t->span.from, t->span.until,
							       t->unsettled};
			n++;
			continue;
		}
		kz_span_unsourced(&t->span, "term", kzr_term_names[t->id], out, cap, &n);
	}
	return n;
}

kz_regimes *kz_regimes_load(const char *json, size_t len, const char *name, kz_error *err)
{
	kz_regimes *r;
	cJSON *root;
	const cJSON *cs, *c, *ts, *t;
	const char *as_of = NULL;
	size_t nreg = 0;

	if (name == NULL)
		name = "visa_free.json";
	root = kzj_parse(json, len, name, err);
	if (root == NULL)
		return NULL;
	r = calloc(1, sizeof *r);
	if (r == NULL) {
		kz_error_set(err, KZ_ENOMEM, name, "out of memory");
		goto fail;
	}
	if (kzj_string(root, "as_of", false, name, "", &as_of, err) ||
	    (cs = kzj_member(root, "countries", cJSON_Object, false, name, "", err)) == NULL)
		goto fail;

	r->as_of = kz_strdup_in(&r->strings, as_of);
	cJSON_ArrayForEach(c, cs)
		nreg += (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(c, "regimes"));
	r->countries = calloc((size_t)cJSON_GetArraySize(cs) + 1, sizeof *r->countries);
	r->regimes = calloc(nreg + 1, sizeof *r->regimes);
	if (r->as_of == NULL || r->countries == NULL || r->regimes == NULL) {
		kz_error_set(err, KZ_ENOMEM, name, "out of memory");
		goto fail;
	}
	cJSON_ArrayForEach(c, cs)
		if (load_country(r, c, name, err))
			goto fail;
	if ((ts = kzj_member(root, "terms", cJSON_Array, false, name, "", err)) == NULL)
		goto fail;
	r->terms = calloc((size_t)cJSON_GetArraySize(ts) + 1, sizeof *r->terms);
	if (r->terms == NULL) {
		kz_error_set(err, KZ_ENOMEM, name, "out of memory");
		goto fail;
	}
	cJSON_ArrayForEach(t, ts) {
		if (load_term(r, t, r->nterms, name, err))
			goto fail;
		r->nterms++;
	}
	for (int i = r->nterms; i-- > 0;) { /* versions of an id are next to each other */
		r->term_first[r->terms[i].id] = (short)i;
		r->term_n[r->terms[i].id]++;
	}
	for (int i = 0; i < r->ncountries; i++)
		r->index[(r->countries[i].code[0] - 'A') * 26 + (r->countries[i].code[1] - 'A')] =
			(short)(i + 1);
	/* Codes now point into r->countries, which no longer moves. */
	cJSON_Delete(root);
	return r;
fail:
	cJSON_Delete(root);
	kz_regimes_free(r);
	return NULL;
}

const char *kz_regimes_as_of(const kz_regimes *r)
{
	return r->as_of;
}

/* The country of a two-letter code in either case, or NULL. */
const char *kz_country_name(const kz_regimes *r, const char *cc)
{
	const struct kzr_country *c = kzr_country(r, cc);

	return c ? c->name : NULL;
}

int kz_regime_on(const kz_regimes *r, const char *cc, kz_day on, const struct kz_regime **out,
		 kz_error *err)
{
	const struct kzr_country *c = kzr_country(r, cc);
	char d[11];

	if (c == NULL)
		return kz_error_set(err, KZ_EINVAL, "citizenship",
				    "unknown country code '%.8s' (expected ISO 3166-1 alpha-2, "
				    "e.g. UZ)", cc ? cc : "");
	if (c->n == 0)
		return kz_error_set(err, KZ_EINVAL, "citizenship",
				    "%s: no migration rules apply to citizens of %s", c->code,
				    c->name);
	if ((*out = kzr_regime_of(r, c, on)) != NULL)
		return 0;
	return kz_error_set(err, KZ_ERANGE, "citizenship",
			    "no data on the regime for %s on %s (expected a date from %s)",
			    c->code, kz_day_format(on, d),
			    r->regimes[c->first].from == KZ_NO_DAY
				    ? "the data's range"
				    : kz_day_format(r->regimes[c->first].from, (char[11]){0}));
}

const char *kz_regime_unsettled(const struct kz_regime *g, kz_day on)
{
	if (g->unsettled != NULL)
		return g->unsettled;
	if ((g->sourced_from != KZ_NO_DAY && on < g->sourced_from) ||
	    (g->sourced_until != KZ_NO_DAY && on > g->sourced_until))
		return g->beyond;
	return NULL;
}
