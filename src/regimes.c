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
	kz_texts_free(&r->texts);
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

/* A kzj_* helper's call: 0, or -1 with its error noted (e is the caller's scratch). */
#define K(call) kzj_took(c, (call), &e)

/* One regime: every member and the limits that make sense; 0 when it is sound.  *dated:
 * whether its days (from, until) were read, sound or not. */
static int load_regime(kz_regimes *r, const cJSON *j, struct kzj_check *c, const char *path,
		       struct kz_regime *out, bool *dated)
{
	const char *name = c->name, *kind = NULL, *src = NULL, *conf = NULL;
	struct kz_span sp;
	kz_error e = {0};
	int before = c->problems;

	*out = (struct kz_regime){.from = KZ_NO_DAY, .until = KZ_NO_DAY}; /* a slot reused */
	*dated = false;
	if (!cJSON_IsObject(j))
		return kzj_fail(c, "%s: expected an object", path);
	if ((*dated = K(kzj_span(j, name, path, &sp, &r->strings, &e)) == 0)) {
		out->from = sp.from;
		out->until = sp.until;
		out->sourced_from = sp.sourced_from;
		out->sourced_until = sp.sourced_until;
		out->beyond = sp.beyond;
	}
	/* What a person reads of it: why it is not settled, and beyond its sources. */
	kzj_text(c, &r->texts, &r->strings, j, "unsettled", true, path, &out->unsettled);
	if (*dated)
		kzj_text(c, &r->texts, &r->strings, j, "beyond_sources", true, path, &out->beyond);
	K(kzj_string(j, "regime", false, name, path, &kind, &e));
	K(kzj_int(j, "per_entry", true, 1, 366, name, path, &out->per_entry, &e));
	K(kzj_int(j, "limit", true, 1, 366, name, path, &out->limit, &e));
	K(kzj_int(j, "window", true, 1, 366, name, path, &out->window, &e));
	K(kzj_bool(j, "trp_route", false, name, path, &out->trp_route, &e));
	K(kzj_string(j, "source", false, name, path, &src, &e));
	K(kzj_string(j, "confidence", false, name, path, &conf, &e));
	if (kind != NULL && parse_kind(kind, &out->kind) != 0) {
		kzj_fail(c, "%s.regime: '%.20s' (expected visa-required, eaeu, bilateral or "
			 "unilateral)", path, kind);
		kind = NULL;
	}
	if ((out->limit == 0) != (out->window == 0) || out->limit > out->window)
		kzj_fail(c, "%s: limit and window go together (expected limit <= window)", path);
	if (kind != NULL && out->kind != KZ_REGIME_VISA_REQUIRED && out->per_entry == 0 &&
	    out->limit == 0)
		kzj_fail(c, "%s: a visa-free regime without any limit (expected per_entry or "
			 "limit)", path);
	if (conf != NULL && strcmp(conf, "high") != 0 && strcmp(conf, "medium") != 0 &&
	    strcmp(conf, "low") != 0)
		kzj_fail(c, "%s.confidence: '%.20s' (expected high, medium or low)", path, conf);
	if (c->problems > before)
		return -1;
	out->source = kz_strdup_in(&r->strings, src);
	out->confidence = kz_strdup_in(&r->strings, conf);
	if (out->source == NULL || out->confidence == NULL)
		return kzj_oom(c);
	return 0;
}

/* ISO 3166-1 alpha-2: the 249 officially assigned codes, in order. */
static const char iso_codes[] =
	"ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCF"
	"CGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGH"
	"GIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKW"
	"KYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNG"
	"NINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSN"
	"SOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYT"
	"ZAZMZW";
#define N_ISO ((int)(sizeof iso_codes - 1) / 2)

/* cc's index in iso_codes, or -1 for a code that is not assigned. */
static int iso_index(const char *cc)
{
	if (strlen(cc) != 2)
		return -1;
	for (int i = 0; i < N_ISO; i++)
		if (iso_codes[2 * i] == cc[0] && iso_codes[2 * i + 1] == cc[1])
			return i;
	return -1;
}

/* One country: an assigned code after the one before (*prev), a name, and regimes in
 * date order without a gap or an overlap (or none, with a note saying why).  Its
 * problems are noted; the next country is checked all the same. */
static void load_country(kz_regimes *r, const cJSON *co, struct kzj_check *c, bool *seen,
			 const char **prev)
{
	struct kzr_country *cn = &r->countries[r->ncountries];
	const cJSON *regs, *j;
	const char *name = c->name, *cname = NULL, *note = NULL;
	kz_day prev_until = KZ_NO_DAY;
	bool prev_dated = false; /* the regime before had its days read */
	char path[64], rlist[72], rpath[80];
	kz_error e = {0};
	int k = iso_index(co->string), i = 0;

	kzj_path(path, sizeof path, "countries", co->string, 0);
	if (k < 0)
		kzj_fail(c, "%s: not an ISO 3166-1 alpha-2 code (expected one of the 249)", path);
	else if (strcmp(co->string, *prev) < 0)
		kzj_fail(c, "%s: out of order (expected codes in A-Z order)", path);
	if (k >= 0) {
		seen[k] = true;
		*prev = co->string;
		memcpy(cn->code, co->string, 3);
	}
	if (!cJSON_IsObject(co)) {
		kzj_fail(c, "%s: expected an object", path);
		return;
	}
	if (kzj_text(c, &r->texts, &r->strings, co, "name", false, path, &cname) == 0)
		cn->name = cname;
	kzj_text(c, &r->texts, &r->strings, co, "note", true, path, &note);
	if ((regs = kzj_member(co, "regimes", cJSON_Array, false, name, path, &e)) == NULL) {
		kzj_note(c, &e);
		return;
	}
	if (cJSON_GetArraySize(regs) == 0 && note == NULL)
		kzj_fail(c, "%s: regimes: empty (expected a regime, or a note saying why none "
			 "applies)", path);
	cn->first = r->nregimes;
	cJSON_ArrayForEach(j, regs) {
		struct kz_regime *g = &r->regimes[r->nregimes];
		bool dated;
		int rc;

		kzj_path(rpath, sizeof rpath, kzj_path(rlist, sizeof rlist, path, "regimes", 0),
			 NULL, i++);
		rc = load_regime(r, j, c, rpath, g, &dated);
		if (prev_dated && dated && (prev_until == KZ_NO_DAY || g->from == KZ_NO_DAY ||
					    g->from != prev_until + 1))
			kzj_fail(c, "%s.from: expected the day after the previous regime's until "
				 "(no gap, no overlap)", rpath);
		prev_dated = dated;
		prev_until = g->until;
		if (rc != 0)
			continue;
		g->code = cn->code;
		g->country = cn->name;
		cn->n++;
		r->nregimes++;
	}
	r->ncountries++;
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

/* A term's words in the three languages (its basis, why it does not reach a regime, why
 * it is not settled, what is not known beyond its sources), each kept in r->texts, and
 * the sources of their Russian and Kazakh.  0, or -1 with the problems noted in c. */
static int term_texts(kz_regimes *r, const cJSON *j, int idx, struct kzj_check *c)
{
	struct kzr_term *t = &r->terms[idx];
	const char *src = NULL;
	kz_error e = {0};
	char path[32];
	int before = c->problems;

	kzj_path(path, sizeof path, "terms", NULL, idx);
	kzj_text(c, &r->texts, &r->strings, j, "basis", false, path, &t->basis);
	kzj_text(c, &r->texts, &r->strings, j, "exempt_why", true, path, &t->exempt_why);
	kzj_text(c, &r->texts, &r->strings, j, "unsettled", true, path, &t->unsettled);
	kzj_text(c, &r->texts, &r->strings, j, "beyond_sources", true, path, &t->span.beyond);
	K(kzj_string(j, "source_ru", false, c->name, path, &src, &e));
	K(kzj_string(j, "source_kk", false, c->name, path, &src, &e));
	return c->problems > before ? -1 : 0;
}

/* The places a term may name: the keys the CLI's words know (src/cli/words.c), the
 * kz_deadline.where of kzmig.h. */
static const char *const places[] = {"police", "vmp-egov", "vmp-eqonaq", "self-online"};

/* The deadlines' terms: load_term() each (it stops at a term's first problem, and the
 * terms after it are not checked: each is read against the one before), then each
 * term's place. */
static void load_terms(kz_regimes *r, const cJSON *ts, struct kzj_check *c)
{
	const cJSON *t;
	kz_error e = {0};

	r->terms = calloc((size_t)cJSON_GetArraySize(ts) + 1, sizeof *r->terms);
	if (r->terms == NULL) {
		kzj_oom(c);
		return;
	}
	cJSON_ArrayForEach(t, ts) {
		if (K(load_term(r, t, r->nterms, c->name, &e)) || term_texts(r, t, r->nterms, c))
			return;
		r->nterms++;
	}
	for (int i = 0; i < r->nterms; i++) {
		const char *w = r->terms[i].where;
		size_t k = 0;

		while (w != NULL && k < sizeof places / sizeof places[0] && strcmp(places[k], w) != 0)
			k++;
		if (w != NULL && k == sizeof places / sizeof places[0])
			kzj_fail(c, "terms[%d].where: '%.30s' (expected police, vmp-egov, "
				 "vmp-eqonaq or self-online)", i, w);
	}
}

/* The whole of visa_free.json, every problem noted in c; the regimes, or NULL when c noted
 * any.  *entries (may be NULL): the countries. */
static kz_regimes *load(const char *json, size_t len, struct kzj_check *c, size_t *entries)
{
	kz_regimes *r;
	cJSON *root;
	const cJSON *cs, *co, *ts;
	const char *src = NULL, *prev = "", *name = c->name;
	char missing[4 * 8 + 1];
	bool seen[N_ISO] = {false};
	size_t nreg = 0;
	kz_error e = {0};
	kz_day day;
	int nmissing = 0;

	if ((root = kzj_parse_all(json, len, c)) == NULL)
		return NULL;
	if ((r = calloc(1, sizeof *r)) == NULL) {
		kzj_oom(c);
		goto done;
	}
	if (K(kzj_date(root, "as_of", false, name, "", &day, &e)) == 0 &&
	    (r->as_of = kz_strdup_in(&r->strings, kz_day_format(day, (char[11]){0}))) == NULL)
		kzj_oom(c);
	K(kzj_string(root, "source", false, name, "", &src, &e));
	/* Where the countries' Russian and Kazakh names come from. */
	K(kzj_string(root, "names_source", false, name, "", &src, &e));
	if ((cs = kzj_member(root, "countries", cJSON_Object, false, name, "", &e)) == NULL) {
		kzj_note(c, &e);
	} else {
		if (entries != NULL)
			*entries = (size_t)cJSON_GetArraySize(cs);
		cJSON_ArrayForEach(co, cs)
			nreg += (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(co,
											 "regimes"));
		r->countries = calloc((size_t)cJSON_GetArraySize(cs) + 1, sizeof *r->countries);
		r->regimes = calloc(nreg + 1, sizeof *r->regimes);
		if (r->countries == NULL || r->regimes == NULL) {
			kzj_oom(c);
			goto done;
		}
		cJSON_ArrayForEach(co, cs)
			load_country(r, co, c, seen, &prev);
	}
	if ((ts = kzj_member(root, "terms", cJSON_Array, false, name, "", &e)) == NULL)
		kzj_note(c, &e);
	else
		load_terms(r, ts, c);
	/* Last, one line for the lot: a file that lacks many codes should not bury the rest
	 * (and `due` would call a lacking code unknown). */
	for (int i = 0; cs != NULL && i < N_ISO; i++)
		if (!seen[i] && nmissing++ < 8) /* "AD, AE, ..." */
			snprintf(missing + (nmissing > 1 ? 4 * nmissing - 6 : 0), 5, "%s%.2s",
				 nmissing > 1 ? ", " : "", iso_codes + 2 * i);
	if (nmissing == 1)
		kzj_fail(c, "countries: no entry for %d ISO 3166-1 code: %s (expected all 249)",
			 nmissing, missing);
	else if (nmissing > 0)
		kzj_fail(c, "countries: no entry for %d ISO 3166-1 codes: %s%s (expected all 249)",
			 nmissing, missing, nmissing > 8 ? ", ..." : "");
	if (c->problems > 0)
		goto done;
	for (int i = r->nterms; i-- > 0;) { /* versions of an id are next to each other */
		r->term_first[r->terms[i].id] = (short)i;
		r->term_n[r->terms[i].id]++;
	}
	for (int i = 0; i < r->ncountries; i++)
		r->index[(r->countries[i].code[0] - 'A') * 26 + (r->countries[i].code[1] - 'A')] =
			(short)(i + 1);
done:
	/* Codes point into r->countries, which no longer moves. */
	cJSON_Delete(root);
	if (c->problems > 0) {
		kz_regimes_free(r);
		return NULL;
	}
	return r;
}

kz_regimes *kz_regimes_load(const char *json, size_t len, const char *name, kz_error *err)
{
	struct kzj_check c = {.name = name ? name : "visa_free.json"};
	kz_regimes *r = load(json, len, &c, NULL);

	if (r == NULL && err != NULL)
		*err = c.first;
	return r;
}

int kz_regimes_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		     void *arg, size_t *entries)
{
	struct kzj_check c = {.name = name ? name : "visa_free.json", .report = report,
			      .arg = arg};

	kz_regimes_free(load(json, len, &c, entries));
	return c.problems;
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
	if (r->regimes[c->first].from == KZ_NO_DAY)
		return kz_error_set(err, KZ_ERANGE, "citizenship",
				    "no data on the regime for %s on %s (expected a date from the "
				    "data's range)", c->code, kz_day_format(on, d));
	return kz_error_set(err, KZ_ERANGE, "citizenship",
			    "no data on the regime for %s on %s (expected a date from %s)",
			    c->code, kz_day_format(on, d),
			    kz_day_format(r->regimes[c->first].from, (char[11]){0}));
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
