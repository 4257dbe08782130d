/* embed.c — build tool: puts the data/ JSON files into kzmig, so that it carries its data
 * and works from any folder.  Usage: embed OUT.c FILE...
 *
 * OUT.c gets two things:
 *   - each file's bytes (embedded_files[], embedded.h), for `kzmig data check`, the tests
 *     and anything else that reads the JSON itself;
 *   - holidays_kz.json, visa_free.json and fines_kz.json loaded by the library's own
 *     loaders (so checked exactly as `--data DIR` checks them; a bad file stops the
 *     build with the loader's message) and written out as C initialisers of the loaded
 *     objects: kz_builtin_calendar, kz_builtin_regimes and kz_builtin_fines
 *     (src/internal.h).  A kzmig run on its built-in data then parses no JSON and builds
 *     no day table: start-up is the bare binary's plus a few page faults (issue 6).
 *
 * This program is linked with the library's loader sources (see the Makefile), never
 * with the CLI. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static FILE *out;

/* The file name after the last '/'. */
static const char *base(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

/* ---- strings: each distinct text once, as a static array ---------------------------- */

static const char **strs;
static size_t nstrs, capstrs;

/* The C expression for s: "0" for NULL, else the name of its array ("s12"), writing the
 * array the first time a text is seen.  Bytes outside printable ASCII are written as
 * three-digit octal escapes, and '?' escaped so that no trigraph can form. */
static const char *str(const char *s)
{
	static char name[8][24];
	static int next;
	size_t i;

	if (s == NULL)
		return "0";
	for (i = 0; i < nstrs; i++)
		if (strcmp(strs[i], s) == 0)
			break;
	if (i == nstrs) {
		if (nstrs == capstrs) {
			capstrs = capstrs ? 2 * capstrs : 256;
			strs = realloc(strs, capstrs * sizeof *strs);
			if (strs == NULL) {
				fprintf(stderr, "embed: out of memory\n");
				exit(1);
			}
		}
		strs[nstrs++] = s;
		fprintf(out, "static const char s%zu[] = \"", i);
		for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
			if (*p == '"' || *p == '\\' || *p == '?')
				fprintf(out, "\\%c", *p);
			else if (*p < 0x20 || *p >= 0x7f)
				fprintf(out, "\\%03o", *p);
			else
				putc(*p, out);
		}
		fprintf(out, "\";\n");
	}
	next = (next + 1) % 8;
	snprintf(name[next], sizeof name[next], "s%zu", i);
	return name[next];
}

/* A day number as C: KZ_NO_DAY by name. */
static const char *day(kz_day d)
{
	static char buf[4][16];
	static int next;

	next = (next + 1) % 4;
	if (d == KZ_NO_DAY)
		return "KZ_NO_DAY";
	snprintf(buf[next], sizeof buf[next], "%ld", (long)d);
	return buf[next];
}

/* Separator for the k-th item of a long list: a new line every `per` items. */
static const char *sep(size_t k, size_t per)
{
	return k % per == 0 ? "\n" : "";
}

/* ---- the texts in three languages (texts.c) ---------------------------------------------- */

/* An object's table of texts as <prefix>_pool (every text, NUL-terminated, one after
 * another), <prefix>_off (offsets into it and the hash, internal.h) and <prefix>_index:
 * no pointer, so no relocation for the dynamic loader. */
static void emit_texts(const char *prefix, const struct kz_texts *x)
{
	unsigned long at = 0;

	if (x->n == 0)
		return;
	/* As numbers, like the files' bytes: a string literal this long is beyond C's
	 * translation limits (-Woverlength-strings). */
	fprintf(out, "\nstatic const char %s_pool[] = {", prefix);
	for (int i = 0; i < x->n; i++)
		for (int l = 0; l < KZ_LANGS; l++) {
			const char *p = x->v[i].t[l];

			fprintf(out, "\n\t");
			do
				fprintf(out, "%d,", (signed char)*p);
			while (*p++);
		}
	fprintf(out, "\n}");
	fprintf(out, ";\nstatic const uint32_t %s_off[%d] = {", prefix, 4 * x->n);
	for (int i = 0; i < x->n; i++) {
		fprintf(out, "\n\t");
		for (int l = 0; l < KZ_LANGS; l++) {
			fprintf(out, "%lu,", at);
			at += strlen(x->v[i].t[l]) + 1;
		}
		fprintf(out, "%luu,", (unsigned long)x->v[i].hash);
	}
	fprintf(out, "\n};\nstatic const uint16_t %s_index[%lu] = {", prefix,
		(unsigned long)x->mask + 1);
	for (uint32_t i = 0; i <= x->mask; i++)
		fprintf(out, "%s%u,", sep(i, 32), (unsigned)x->index[i]);
	fprintf(out, "\n};\n");
}

/* The initialiser of a struct kz_texts written by emit_texts(). */
static const char *texts_init(const char *prefix, const struct kz_texts *x)
{
	static char buf[200];

	if (x->n == 0)
		return "{0, 0, 0, 0, 0, 0, 0, true}";
	snprintf(buf, sizeof buf, "{0, %d, %d, (uint16_t *)%s_index, %lu, %s_pool, %s_off, true}",
		 x->n, x->n, prefix, (unsigned long)x->mask, prefix, prefix);
	return buf;
}

/* ---- the three objects ----------------------------------------------------------------- */

/* The calendar: its rules, holidays, transfers and the whole per-day table. */
static void emit_calendar(const kz_calendar *c)
{
	size_t ndays = (size_t)(c->end - c->first);
	char rs[16], oc[16], tr[16];

	/* Strings first: they must be defined before the arrays that point to them. */
	emit_texts("cal", &c->texts);
	for (int i = 0; i < c->nrules; i++) {
		str(c->rules[i].id);
		str(c->rules[i].name);
		str(c->rules[i].source);
	}
	for (int i = 0; i < c->ntransfers; i++)
		str(c->transfers[i].source);
	str(c->as_of);
	str(c->rule_source);

	fprintf(out, "\nstatic const struct kzc_day cal_days[%zu] = {", ndays);
	for (size_t i = 0; i < ndays; i++)
		fprintf(out, "%s{%u,%u,%u},", sep(i, 16), c->days[i].kind, c->days[i].working,
			c->days[i].ref);
	fprintf(out, "\n};\nstatic const int32_t cal_prefix[%zu] = {", ndays + 1);
	for (size_t i = 0; i <= ndays; i++)
		fprintf(out, "%s%ld,", sep(i, 16), (long)c->prefix[i]);
	fprintf(out, "\n};\nstatic const kz_day cal_work[%d] = {", c->nwork);
	for (int i = 0; i < c->nwork; i++)
		fprintf(out, "%s%ld,", sep((size_t)i, 16), (long)c->work[i]);
	fprintf(out, "\n};\nstatic const bool cal_year_provisional[%d] = {",
		KZ_CAL_YEAR_MAX - KZ_CAL_YEAR_MIN + 1);
	for (int y = 0; y <= KZ_CAL_YEAR_MAX - KZ_CAL_YEAR_MIN; y++)
		fprintf(out, "%s%d,", sep((size_t)y, 32), c->year_provisional[y]);
	fprintf(out, "\n};\n");
	if (c->nrules > 0) {
		fprintf(out, "static const struct kzc_rule cal_rules[%d] = {\n", c->nrules);
		for (int i = 0; i < c->nrules; i++) {
			const struct kzc_rule *r = &c->rules[i];

			fprintf(out, "\t{.id = %s, .name = %s, .source = %s, .month = %d, "
				     ".day = %d, .from = %d, .until = %d, .moves = %d},\n",
				str(r->id), str(r->name), str(r->source), r->month, r->day, r->from,
				r->until, r->moves);
		}
		fprintf(out, "};\n");
	}
	if (c->nocc > 0) {
		fprintf(out, "static const struct kzc_occurrence cal_occ[%d] = {", c->nocc);
		for (int i = 0; i < c->nocc; i++)
			fprintf(out, "%s{%s,%d},", sep((size_t)i, 8), day(c->occ[i].day),
				c->occ[i].rule);
		fprintf(out, "\n};\n");
	}
	if (c->ntransfers > 0) {
		fprintf(out, "static const struct kzc_transfer cal_transfers[%d] = {\n",
			c->ntransfers);
		for (int i = 0; i < c->ntransfers; i++)
			fprintf(out, "\t{%s, %s, %s},\n", day(c->transfers[i].work),
				day(c->transfers[i].off), str(c->transfers[i].source));
		fprintf(out, "};\n");
	}
	snprintf(rs, sizeof rs, "%s", c->nrules ? "cal_rules" : "0");
	snprintf(oc, sizeof oc, "%s", c->nocc ? "cal_occ" : "0");
	snprintf(tr, sizeof tr, "%s", c->ntransfers ? "cal_transfers" : "0");
	fprintf(out, "\nkz_calendar kz_builtin_calendar = {\n"
		     "\t.first = %s, .end = %s,\n"
		     "\t.days = (struct kzc_day *)cal_days,\n"
		     "\t.prefix = (int32_t *)cal_prefix,\n"
		     "\t.work = (kz_day *)cal_work, .nwork = %d,\n"
		     "\t.as_of = %s,\n"
		     "\t.confirmed_from = %d, .confirmed_through = %d, .rule_from = %d,\n"
		     "\t.weekend = {",
		day(c->first), day(c->end), c->nwork, str(c->as_of), c->confirmed_from,
		c->confirmed_through, c->rule_from);
	for (int i = 0; i < 8; i++)
		fprintf(out, "%d,", c->weekend[i]);
	fprintf(out, "},\n"
		     "\t.year_provisional = (bool *)cal_year_provisional,\n"
		     "\t.ok_from = %s, .ok_end = %s,\n"
		     "\t.rules = (struct kzc_rule *)%s, .nrules = %d,\n"
		     "\t.occ = (struct kzc_occurrence *)%s, .nocc = %d,\n"
		     "\t.transfers = (struct kzc_transfer *)%s, .ntransfers = %d,\n"
		     "\t.rule_source = %s,\n"
		     "\t.strings = 0,\n"
		     "\t.texts = %s,\n"
		     "\t.image = true,\n};\n",
		day(c->ok_from), day(c->ok_end), rs, c->nrules, oc, c->nocc, tr, c->ntransfers,
		str(c->rule_source), texts_init("cal", &c->texts));
}

/* n shorts as a C initialiser list. */
static const char *shorts(const short *v, int n)
{
	static char buf[2][128];
	static int next;
	size_t k = 0;

	next = (next + 1) % 2;
	buf[next][0] = '\0';
	for (int i = 0; i < n && k < sizeof buf[next] - 8; i++)
		k += (size_t)snprintf(buf[next] + k, sizeof buf[next] - k, "%d,", v[i]);
	return buf[next];
}

/* A span as C (its reason already written by str()). */
static const char *span(const struct kz_span *sp)
{
	static char buf[4][160];
	static int next;

	next = (next + 1) % 4;
	snprintf(buf[next], sizeof buf[next], "{%s, %s, %s, %s, %s}", day(sp->from),
		 day(sp->until), day(sp->sourced_from), day(sp->sourced_until), str(sp->beyond));
	return buf[next];
}

/* The countries, their regimes (codes point into the countries) and the code index. */
static void emit_regimes(const kz_regimes *r)
{
	emit_texts("reg", &r->texts);
	for (int i = 0; i < r->ncountries; i++)
		str(r->countries[i].name);
	for (int i = 0; i < r->nregimes; i++) {
		str(r->regimes[i].source);
		str(r->regimes[i].confidence);
		str(r->regimes[i].beyond);
		str(r->regimes[i].unsettled);
	}
	for (int i = 0; i < r->nterms; i++) {
		const struct kzr_term *t = &r->terms[i];

		str(t->span.beyond);
		str(t->where);
		str(t->basis);
		str(t->exempt_why);
		str(t->unsettled);
		str(t->source);
	}
	str(r->as_of);
	if (r->nterms > 0) {
		fprintf(out, "\nstatic const struct kzr_term reg_terms[%d] = {\n", r->nterms);
		for (int i = 0; i < r->nterms; i++) {
			const struct kzr_term *t = &r->terms[i];

			fprintf(out, "\t{.id = %d, .span = %s,\n", t->id, span(&t->span));
			fprintf(out, "\t .days = %d, .opens = %d, .unit = %d, .before = %d, "
				     ".next_day = %d, .stays = %uu, .exempt = %uu, .who = %d,\n"
				     "\t .where = %s, .basis = %s,\n",
				t->days, t->opens, t->unit, t->before, t->next_day, t->stays,
				t->exempt, (int)t->who, str(t->where), str(t->basis));
			fprintf(out, "\t .exempt_why = %s, .unsettled = %s, .source = %s},\n",
				str(t->exempt_why), str(t->unsettled), str(t->source));
		}
		fprintf(out, "};\n");
	}
	if (r->ncountries > 0) {
		fprintf(out, "\nstatic const struct kzr_country reg_countries[%d] = {\n",
			r->ncountries);
		for (int i = 0; i < r->ncountries; i++) {
			const struct kzr_country *c = &r->countries[i];

			fprintf(out, "\t{\"%.2s\", %s, %d, %d},\n", c->code, str(c->name), c->first,
				c->n);
		}
		fprintf(out, "};\n");
	}
	if (r->nregimes > 0) {
		fprintf(out, "static const struct kz_regime reg_regimes[%d] = {\n", r->nregimes);
		for (int i = 0; i < r->nregimes; i++) {
			const struct kz_regime *g = &r->regimes[i];
			int k = 0;

			while (k < r->ncountries && g->code != r->countries[k].code)
				k++;
			if (k == r->ncountries) {
				fprintf(stderr, "embed: regime %d belongs to no country\n", i);
				exit(1);
			}
			fprintf(out, "\t{.code = reg_countries[%d].code, .country = %s, .kind = %d, "
				     ".per_entry = %d, .limit = %d, .window = %d, .trp_route = %d, "
				     ".from = %s, .until = %s, .source = %s, .confidence = %s, ",
				k, str(g->country), (int)g->kind, g->per_entry, g->limit, g->window,
				g->trp_route, day(g->from), day(g->until), str(g->source),
				str(g->confidence));
			fprintf(out, ".sourced_from = %s, .sourced_until = %s, .beyond = %s, "
				     ".unsettled = %s},\n", day(g->sourced_from),
				day(g->sourced_until), str(g->beyond), str(g->unsettled));
		}
		fprintf(out, "};\n");
	}
	fprintf(out, "\nkz_regimes kz_builtin_regimes = {\n"
		     "\t.as_of = %s,\n"
		     "\t.countries = (struct kzr_country *)%s, .ncountries = %d,\n"
		     "\t.regimes = (struct kz_regime *)%s, .nregimes = %d,\n"
		     "\t.terms = (struct kzr_term *)%s, .nterms = %d,\n"
		     "\t.term_first = {%s}, .term_n = {%s},\n"
		     "\t.strings = 0,\n"
		     "\t.index = {",
		str(r->as_of), r->ncountries ? "reg_countries" : "0", r->ncountries,
		r->nregimes ? "reg_regimes" : "0", r->nregimes, r->nterms ? "reg_terms" : "0",
		r->nterms, shorts(r->term_first, KZR_TERMS), shorts(r->term_n, KZR_TERMS));
	for (size_t i = 0; i < sizeof r->index / sizeof r->index[0]; i++)
		fprintf(out, "%s%d,", sep(i, 26), r->index[i]);
	fprintf(out, "\n\t},\n\t.texts = %s,\n\t.image = true,\n};\n",
		texts_init("reg", &r->texts));
}

/* An amount as C. */
static void amount(const struct kzf_amount *a)
{
	fprintf(out, "{%d,%d,%d}", a->warning, a->none, a->mci10);
}

/* "&fin_rules[k]" for a rule of f (or "0"). */
static const char *rule_ref(const kz_fines *f, const struct kzf_rule *r)
{
	static char buf[6][32];
	static int next;

	if (r == NULL)
		return "0";
	next = (next + 1) % 6;
	snprintf(buf[next], sizeof buf[next], "&fin_rules[%d]", (int)(r - f->rules));
	return buf[next];
}

/* The MCI rows, the fines and the duties. */
static void emit_fines(const kz_fines *f)
{
	emit_texts("fin", &f->texts);
	for (int i = 0; i < f->nrules; i++) {
		const struct kzf_rule *r = &f->rules[i];

		str(r->article);
		str(r->name);
		str(r->offence);
		str(r->alternative);
		str(r->source);
		str(r->span.beyond);
	}
	for (int i = 0; i < f->nduties; i++) {
		str(f->duties[i].d.id);
		str(f->duties[i].d.name);
		str(f->duties[i].d.source);
		str(f->duties[i].span.beyond);
	}
	str(f->as_of);
	if (f->nmci > 0) {
		fprintf(out, "\nstatic const struct kzf_mci fin_mci[%d] = {\n", f->nmci);
		for (int i = 0; i < f->nmci; i++)
			fprintf(out, "\t{%s, %d},\n", day(f->mci[i].from), f->mci[i].kzt);
		fprintf(out, "};\n");
	}
	if (f->nrules > 0) {
		fprintf(out, "static const struct kzf_rule fin_rules[%d] = {\n", f->nrules);
		for (int i = 0; i < f->nrules; i++) {
			const struct kzf_rule *r = &f->rules[i];

			fprintf(out, "\t{.article = %s, .name = %s, .offence = %s, "
				     ".alternative = %s, .source = %s,\n\t .label = \"",
				str(r->article), str(r->name), str(r->offence), str(r->alternative),
				str(r->source));
			for (const char *p = r->label; *p; p++)
				fprintf(out, *p == '"' || *p == '\\' || *p == '?' ? "\\%c" : "%c", *p);
			fprintf(out, "\", .span = %s, .nversions = %d,\n\t .part = %d, "
				     ".by_host = %d,\n\t .host = {", span(&r->span), r->nversions,
				r->part, r->by_host);
			for (int h = 0; h < 4; h++) {
				amount(&r->host[h]);
				fprintf(out, ",");
			}
			fprintf(out, "}, .flat = ");
			amount(&r->flat);
			fprintf(out, ", .ntiers = %d, .tiers = {", r->ntiers);
			for (int k = 0; k < KZF_MAX_TIERS; k++) { /* unused ones are zero */
				fprintf(out, "{%d, ", r->tiers[k].to_days);
				amount(&r->tiers[k].a);
				fprintf(out, "},");
			}
			fprintf(out, "}},\n");
		}
		fprintf(out, "};\n");
	}
	if (f->nduties > 0) {
		fprintf(out, "static const struct kzf_duty fin_duties[%d] = {\n", f->nduties);
		for (int i = 0; i < f->nduties; i++) {
			const struct kzf_duty *d = &f->duties[i];

			fprintf(out, "\t{{.id = %s, .name = %s, .mci10 = %d, .source = %s}, ",
				str(d->d.id), str(d->d.name), d->d.mci10, str(d->d.source));
			fprintf(out, "%s},\n", span(&d->span));
		}
		fprintf(out, "};\n");
	}
	fprintf(out, "\nkz_fines kz_builtin_fines = {\n"
		     "\t.as_of = %s,\n"
		     "\t.mci = (struct kzf_mci *)%s, .nmci = %d,\n"
		     "\t.rules = (struct kzf_rule *)%s, .nrules = %d,\n"
		     "\t.duties = (struct kzf_duty *)%s, .nduties = %d,\n"
		     "\t.strings = 0,\n"
		     "\t.p518_1 = %s, .p518_3 = %s, .p517_3 = %s,\n"
		     "\t.p517_4 = %s, .p517_6 = %s, .p517_7 = %s,\n"
		     "\t.mci_guess_from = %s,\n"
		     "\t.texts = %s,\n"
		     "\t.image = true,\n};\n",
		str(f->as_of), f->nmci ? "fin_mci" : "0", f->nmci,
		f->nrules ? "fin_rules" : "0", f->nrules, f->nduties ? "fin_duties" : "0",
		f->nduties, rule_ref(f, f->p518_1), rule_ref(f, f->p518_3),
		rule_ref(f, f->p517_3), rule_ref(f, f->p517_4), rule_ref(f, f->p517_6),
		rule_ref(f, f->p517_7), day(f->mci_guess_from), texts_init("fin", &f->texts));
}

/* ---- main ---------------------------------------------------------------------------- */

/* The whole file in a malloc'd buffer (NUL-terminated), or NULL with a message. */
static char *slurp(const char *path, size_t *len)
{
	FILE *in = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (in == NULL) {
		perror(path);
		return NULL;
	}
	do {
		if (cap - n < 65536) {
			char *nb = realloc(buf, (cap = cap * 2 + 65536) + 1);

			if (nb == NULL) {
				fprintf(stderr, "embed: %s: out of memory\n", path);
				free(buf);
				fclose(in);
				return NULL;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, in);
		n += got;
	} while (got > 0);
	if (ferror(in)) {
		perror(path);
		free(buf);
		fclose(in);
		return NULL;
	}
	fclose(in);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* The loader's error as the CLI prints one, and 1. */
static int load_failed(const kz_error *e)
{
	fprintf(stderr, "embed: %s: %s\n", e->where, e->msg);
	return 1;
}

/* Writes OUT.c; returns the exit code (the caller removes OUT.c on failure). */
static int run(int argc, char **argv)
{
	static const char *const names[3] = {"holidays_kz.json", "visa_free.json",
					     "fines_kz.json"};
	char *text[3] = {0};
	size_t tlen[3] = {0};
	kz_calendar *cal = NULL;
	kz_regimes *reg = NULL;
	kz_fines *fin = NULL;
	kz_error err = {0};
	int rc = 1;

	fprintf(out, "/* generated by tools/embed.c from data/: do not edit */\n"
		     "#include \"embedded.h\"\n"
		     "#include \"internal.h\"\n");
	for (int i = 2; i < argc; i++) {
		size_t len = 0;
		char *bytes = slurp(argv[i], &len);

		if (bytes == NULL)
			goto done;
		fprintf(out, "\nstatic const char file%d[] = {", i);
		for (size_t n = 0; n < len; n++)
			fprintf(out, "%s%d,", n % 24 ? "" : "\n", (signed char)bytes[n]);
		fprintf(out, "0};\n");
		for (int k = 0; k < 3; k++)
			if (strcmp(base(argv[i]), names[k]) == 0 && text[k] == NULL) {
				text[k] = bytes;
				tlen[k] = len;
				bytes = NULL;
			}
		free(bytes);
	}
	fprintf(out, "\nconst struct embedded_file embedded_files[] = {\n");
	for (int i = 2; i < argc; i++)
		fprintf(out, "\t{\"%s\", file%d, sizeof file%d - 1},\n", base(argv[i]), i, i);
	fprintf(out, "\t{0, 0, 0},\n};\n");
	for (int k = 0; k < 3; k++)
		if (text[k] == NULL) {
			fprintf(stderr, "embed: no %s among the files (expected data/%s)\n",
				names[k], names[k]);
			goto done;
		}
	/* The names are the ones the CLI gives built-in files, so a message reads the same. */
	if ((cal = kz_calendar_load(text[0], tlen[0], "holidays_kz.json (built in)", &err)) ==
		    NULL ||
	    (reg = kz_regimes_load(text[1], tlen[1], "visa_free.json (built in)", &err)) ==
		    NULL ||
	    (fin = kz_fines_load(text[2], tlen[2], "fines_kz.json (built in)", &err)) == NULL) {
		rc = load_failed(&err);
		goto done;
	}
	fprintf(out, "\n/* ---- holidays_kz.json, loaded ---- */\n");
	emit_calendar(cal);
	fprintf(out, "\n/* ---- visa_free.json, loaded ---- */\n");
	emit_regimes(reg);
	fprintf(out, "\n/* ---- fines_kz.json, loaded ---- */\n");
	emit_fines(fin);
	rc = 0;
done:
	kz_calendar_free(cal);
	kz_regimes_free(reg);
	kz_fines_free(fin);
	for (int k = 0; k < 3; k++)
		free(text[k]);
	free(strs);
	return rc;
}

int main(int argc, char **argv)
{
	int rc;

	if (argc < 2) {
		fprintf(stderr, "usage: embed OUT.c FILE...\n");
		return 2;
	}
	out = fopen(argv[1], "w");
	if (out == NULL) {
		perror(argv[1]);
		return 1;
	}
	rc = run(argc, argv);
	if (fclose(out) != 0 && rc == 0) {
		perror(argv[1]);
		rc = 1;
	}
	if (rc != 0)
		remove(argv[1]);
	return rc;
}
