/* texts.c — the data's words in English, Russian and Kazakh.
 *
 * Every text a person reads that comes from the data (a holiday's name, a country's, a
 * term's basis, a fine's offence and article, why an answer is provisional) is read by
 * its loader in the three languages (kzj_text) and kept once in its object's table,
 * struct kz_texts: the English with its translations.  The structs the library hands out
 * keep pointing at the English, so their layout is what it was; kz_calendar_text(),
 * kz_regimes_text() and kz_fines_text() give the same text in another language.
 *
 * A lookup hashes the text's first bytes into an open-addressed index and compares the
 * pointer (the one handed out), else the string (a copy of it): a few dozen instructions,
 * run once per line a person reads, never in the deadline computation.  The built-in data
 * (tools/embed.c) carries the table and its index as they were built, since neither
 * depends on where the strings lie. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* FNV-1a over the first 64 bytes: enough to tell the texts apart, and a long basis costs
 * no more than a short one (texts sharing their first 64 bytes share a slot's run). */
uint32_t kz_text_hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (int i = 0; i < 64 && s[i]; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Entry k's text in language l, and its hash, in either form of the table. */
static const char *text_of(const struct kz_texts *x, unsigned k, int l)
{
	return x->pool ? x->pool + x->off[4 * k + (unsigned)l] : x->v[k].t[l];
}

static uint32_t hash_of(const struct kz_texts *x, unsigned k)
{
	return x->pool ? x->off[4 * k + 3] : x->v[k].hash;
}

/* The entry (0-based) of the English text en (the pointer handed out, or an equal
 * string), or -1. */
static int find(const struct kz_texts *x, const char *en)
{
	uint32_t h;

	if (x->n == 0 || en == NULL)
		return -1;
	h = kz_text_hash(en);
	for (uint32_t i = h & x->mask;; i = (i + 1) & x->mask) {
		unsigned k = x->index[i];
		const char *t;

		if (k == 0)
			return -1;
		t = text_of(x, k - 1, 0);
		if (t == en || (hash_of(x, k - 1) == h && strcmp(t, en) == 0))
			return (int)k - 1;
	}
}

/* The words the library itself hands out as a deadline's basis or a penalty's reason (not
 * data: they name no number; deadlines.c and fines.c), with their Russian and Kazakh.
 * The legal terms follow doc/sources/legal-terms-ru-kk.md; the provisions cited are the
 * ones the English cites: Migration Law art. 6 p. 4 (ML-ru/ML-kk there) and Decree 148
 * p. 6 and p. 17 (D148-ru/D148-kk). */
const char kz_basis_stay_visa_free[] =
	"Law on Population Migration art. 6 p. 4 and Decree 148 p. 6, p. 17: the visa-free "
	"stay ends on this day (per entry from the crossing, and days within 180 over earlier "
	"trips)";
const char kz_basis_stay_visa[] =
	"Decree 148 p. 6: the stay of a visa holder ends when the visa expires";
const char kz_basis_stay_trp[] =
	"Decree 148 p. 6: the stay of a TRP holder ends when the TRP expires";
const char kz_basis_stay_unknown[] =
	"Law on Population Migration art. 6 p. 4 and Decree 148 p. 6: the stay ends when the "
	"visa, the TRP or the visa-free term does";
const char kz_why_mci_guess[] =
	"the MCI of that year is not in the data yet (its budget law): the last known value is "
	"used";

static const struct kz_text own[] = {
	{{kz_basis_stay_visa_free,
	  "Закон «О миграции населения», ст. 6 п. 4 и постановление Правительства № 148, п. 6, "
	  "п. 17: в этот день заканчивается безвизовое пребывание (срок со дня пересечения "
	  "Государственной границы и суммарный срок в течение каждого периода в сто "
	  "восемьдесят календарных дней с учетом прежних поездок)",
	  "«Халықтың көші-қоны туралы» Заңның 6-бабының 4-тармағы және Үкіметтің № 148 "
	  "қаулысының 6, 17-тармақтары: визасыз болу осы күні аяқталады (Мемлекеттік шекараны "
	  "кесіп өткен күннен бастап мерзім және бұрынғы сапарларды ескере отырып, күнтізбелік "
	  "бір жүз сексен күндік әрбір кезең ішіндегі жиынтық мерзім)"},
	 0},
	{{kz_basis_stay_visa,
	  "Постановление Правительства № 148, п. 6: пребывание иммигранта по визе "
	  "заканчивается с истечением срока действия визы",
	  "Үкіметтің № 148 қаулысының 6-тармағы: виза бойынша келген көшіп келушінің болуы "
	  "визаның қолданылу мерзімі аяқталғанда аяқталады"},
	 0},
	{{kz_basis_stay_trp,
	  "Постановление Правительства № 148, п. 6: пребывание иммигранта, оформившего "
	  "разрешение на временное проживание, заканчивается с истечением срока его действия",
	  "Үкіметтің № 148 қаулысының 6-тармағы: уақытша тұруға рұқсат ресімдеген көшіп "
	  "келушінің болуы оның қолданылу мерзімі аяқталғанда аяқталады"},
	 0},
	{{kz_basis_stay_unknown,
	  "Закон «О миграции населения», ст. 6 п. 4 и постановление Правительства № 148, п. 6: "
	  "пребывание заканчивается с истечением срока визы, разрешения на временное "
	  "проживание или безвизового пребывания",
	  "«Халықтың көші-қоны туралы» Заңның 6-бабының 4-тармағы және Үкіметтің № 148 "
	  "қаулысының 6-тармағы: болу визаның, уақытша тұруға рұқсаттың немесе визасыз болу "
	  "мерзімінің аяқталуымен аяқталады"},
	 0},
	{{kz_why_mci_guess,
	  "МРП этого года еще нет в данных (его устанавливает закон о республиканском бюджете): "
	  "применяется последнее известное значение",
	  "Осы жылғы АЕК әлі деректерде жоқ (оны республикалық бюджет туралы заң белгілейді): "
	  "соңғы белгілі мәні қолданылады"},
	 0},
};

/* The library's own words in lang, or NULL for a text that is not one of them. */
static const char *own_text(const char *en, enum kz_lang lang)
{
	for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
		if (own[i].t[0] == en || strcmp(own[i].t[0], en) == 0)
			return own[i].t[lang];
	return NULL;
}

const char *kz_texts_find(const struct kz_texts *x, const char *en, enum kz_lang lang)
{
	int k;

	if (en == NULL || (unsigned)lang >= KZ_LANGS)
		return NULL;
	if (lang == KZ_LANG_EN)
		return en;
	if ((k = find(x, en)) >= 0)
		return text_of(x, (unsigned)k, (int)lang);
	return own_text(en, lang);
}

const char *kz_calendar_text(const kz_calendar *cal, const char *en, enum kz_lang lang)
{
	return cal ? kz_texts_find(&cal->texts, en, lang) : NULL;
}

const char *kz_regimes_text(const kz_regimes *r, const char *en, enum kz_lang lang)
{
	return r ? kz_texts_find(&r->texts, en, lang) : NULL;
}

const char *kz_fines_text(const kz_fines *f, const char *en, enum kz_lang lang)
{
	return f ? kz_texts_find(&f->texts, en, lang) : NULL;
}

const char *kz_rules_text(const struct kz_rules *rules, const char *en, enum kz_lang lang)
{
	const char *s;

	if (rules == NULL || en == NULL || (unsigned)lang >= KZ_LANGS)
		return NULL;
	if (lang == KZ_LANG_EN)
		return en;
	if ((rules->regimes && (s = kz_regimes_text(rules->regimes, en, lang)) != NULL) ||
	    (rules->fines && (s = kz_fines_text(rules->fines, en, lang)) != NULL) ||
	    (rules->cal && (s = kz_calendar_text(rules->cal, en, lang)) != NULL))
		return s;
	return own_text(en, lang);
}

/* ---- building a table while loading ------------------------------------------------ */

void kz_texts_free(struct kz_texts *x)
{
	if (x == NULL || x->image)
		return;
	free(x->v);
	free(x->index);
	*x = (struct kz_texts){0};
}

/* Puts entry k (0-based) into the index. */
static void place(struct kz_texts *x, unsigned k)
{
	uint32_t i = x->v[k].hash & x->mask;

	while (x->index[i] != 0)
		i = (i + 1) & x->mask;
	x->index[i] = (uint16_t)(k + 1);
}

/* Room for one more entry, the index at most half full; -1 when out of memory. */
static int grow(struct kz_texts *x)
{
	if (x->n == x->cap) {
		int cap = x->cap ? 2 * x->cap : 64;
		struct kz_text *v;

		if (cap > 30000) /* the index holds 16-bit entries */
			return -1;
		if ((v = realloc(x->v, (size_t)cap * sizeof *v)) == NULL)
			return -1;
		x->v = v;
		x->cap = cap;
	}
	if ((uint32_t)(x->n + 1) * 2 > x->mask + 1 || x->index == NULL) {
		uint32_t size = x->index ? 2 * (x->mask + 1) : 128;
		uint16_t *index = calloc(size, sizeof *index);

		if (index == NULL)
			return -1;
		free(x->index);
		x->index = index;
		x->mask = size - 1;
		for (int k = 0; k < x->n; k++)
			place(x, (unsigned)k);
	}
	return 0;
}

/* The members key, key_ru and key_kk of obj: all three, each a non-empty string, or (when
 * nullable) none of them.  The text goes into x once, its copies into *strings; *out gets
 * the English kept there.  A text given twice must be translated the same way both times,
 * so that one English text has one Russian and one Kazakh.  0, or -1 with each problem
 * noted in c. */
int kzj_text(struct kzj_check *c, struct kz_texts *x, struct kz_strings **strings,
	     const cJSON *obj, const char *key, bool nullable, const char *path,
	     const char **out)
{
	static const char *const suffix[KZ_LANGS] = {"", "_ru", "_kk"};
	const char *s[KZ_LANGS] = {NULL, NULL, NULL};
	char k[48], p[96];
	int given = 0, rc = 0, i;
	const cJSON *en;

	for (int l = 0; l < KZ_LANGS; l++) {
		const cJSON *v;

		snprintf(k, sizeof k, "%s%s", key, suffix[l]);
		v = cJSON_GetObjectItemCaseSensitive(obj, k);
		if (v == NULL || cJSON_IsNull(v))
			continue;
		given++;
		kzj_path(p, sizeof p, path, k, 0);
		if (!cJSON_IsString(v))
			rc = kzj_fail_at(c, p, "wrong type (expected a string)");
		else if (strlen(v->valuestring) > KZ_TEXT_MAX)
			rc = kzj_fail_at(c, p, "%zu bytes (expected at most %d: a deadline's reason "
					 "holds the text whole)", strlen(v->valuestring),
					 KZ_TEXT_MAX);
		else if (v->valuestring[0] == '\0')
			rc = l == 0   ? kzj_fail_at(c, p, "empty (expected some text)")
			     : l == 1 ? kzj_fail_at(c, p, "empty (expected the Russian text)")
				      : kzj_fail_at(c, p, "empty (expected the Kazakh text)");
		else
			s[l] = v->valuestring;
	}
	if (given == 0 && nullable)
		return 0;
	/* Without the English there is nothing to translate: that one problem is enough. */
	en = cJSON_GetObjectItemCaseSensitive(obj, key);
	for (int l = 0; l < (en != NULL && !cJSON_IsNull(en) ? KZ_LANGS : 1); l++) {
		const cJSON *v;

		snprintf(k, sizeof k, "%s%s", key, suffix[l]);
		v = cJSON_GetObjectItemCaseSensitive(obj, k);
		if (v == NULL || cJSON_IsNull(v)) {
			kzj_path(p, sizeof p, path, k, 0);
			if (l == 0)
				rc = kzj_fail_at(c, p, "missing (expected a string)");
			else if (l == 1)
				rc = kzj_fail_at(c, p, "missing (expected the Russian of %s: every text "
						 "a person reads is in English, Russian and Kazakh)",
						 key);
			else
				rc = kzj_fail_at(c, p, "missing (expected the Kazakh of %s: every text a "
						 "person reads is in English, Russian and Kazakh)",
						 key);
		}
	}
	if (rc != 0 || s[0] == NULL || s[1] == NULL || s[2] == NULL)
		return -1;
	if ((i = find(x, s[0])) >= 0) {
		const struct kz_text *t = &x->v[i];

		for (int l = 1; l < KZ_LANGS; l++)
			if (strcmp(t->t[l], s[l]) != 0) {
				snprintf(k, sizeof k, "%s%s", key, suffix[l]);
				kzj_path(p, sizeof p, path, k, 0);
				rc = l == 1 ? kzj_fail_at(c, p, "not the Russian given before for "
							  "the same English text (expected one "
							  "translation of each text)")
					    : kzj_fail_at(c, p, "not the Kazakh given before for the "
							  "same English text (expected one "
							  "translation of each text)");
			}
		*out = t->t[0];
		return rc;
	}
	return kz_texts_add(c, x, strings, s, out);
}

/* Adds a text made by a loader (a fine's article label) in its three languages; the
 * English kept is in *out.  0, or -1 (out of memory, noted in c). */
int kz_texts_add(struct kzj_check *c, struct kz_texts *x, struct kz_strings **strings,
		 const char *const s[KZ_LANGS], const char **out)
{
	int i = find(x, s[0]);

	if (i >= 0) {
		*out = x->v[i].t[0];
		return 0;
	}
	if (grow(x) != 0)
		return kzj_oom(c);
	for (int l = 0; l < KZ_LANGS; l++)
		if ((x->v[x->n].t[l] = kz_strdup_in(strings, s[l])) == NULL)
			return kzj_oom(c);
	x->v[x->n].hash = kz_text_hash(s[0]);
	place(x, (unsigned)x->n);
	*out = x->v[x->n++].t[0];
	return 0;
}
