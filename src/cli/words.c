/* words.c — what each deadline is called and where it is done, and why a day is not a
 * working day (--explain): the CLI owns the words. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "words.h"

/* Each deadline's title and where it is done, by its kind and what the stay rests on (-1:
 * any), with the wording after a move where it differs.  The first entry that fits wins,
 * so a specific one comes before the general one of its id. */
static const char place_vmp_eqonaq[] =
	N_("the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)");
static const char place_self_online[] =
	N_("the immigrant registers in the migration police system; the host confirms in the app");
#define PLACE_VMP_EQONAQ place_vmp_eqonaq
#define PLACE_SELF_ONLINE place_self_online

static const struct words table[] = {
	{KZ_D_ARRIVAL_NOTIFICATION, -1, true, NULL,
	 N_("Notify the migration service of the new address"), PLACE_VMP_EQONAQ},
	{KZ_D_ARRIVAL_NOTIFICATION, -1, false, NULL, N_("Notify the migration service of the arrival"),
	 PLACE_VMP_EQONAQ},
	{KZ_D_SELF_REGISTRATION, -1, true, "police", N_("Re-register at the new address"), NULL},
	{KZ_D_SELF_REGISTRATION, -1, true, NULL, N_("Re-register online at the new address"),
	 PLACE_SELF_ONLINE},
	{KZ_D_SELF_REGISTRATION, -1, false, NULL, N_("Register online (self-registration)"),
	 PLACE_SELF_ONLINE},
	{KZ_D_TRP, -1, false, "police", N_("Register with the migration police"), NULL},
	{KZ_D_TRP, -1, false, "vmp-egov", N_("Register the stay (temporary registration, TRP)"), NULL},
	{KZ_D_TRP, KZ_STAY_TRP, false, NULL, N_("Extend the temporary residence permit (TRP)"),
	 N_("the host applies on vmp.gov.kz or at the migration service")},
	{KZ_D_TRP, -1, false, NULL, N_("Obtain a temporary residence permit (TRP)"),
	 N_("the host applies on vmp.gov.kz or at the migration service")},
	{KZ_D_STAY_LIMIT, KZ_STAY_VISA, false, NULL, N_("Leave Kazakhstan or extend the visa: it expires"),
	 N_("leave, or have the visa extended before this day")},
	{KZ_D_STAY_LIMIT, KZ_STAY_TRP, false, NULL, N_("Leave Kazakhstan or extend the TRP: it expires"),
	 N_("leave, or have the TRP extended before this day")},
	{KZ_D_STAY_LIMIT, KZ_STAY_VISA_FREE, false, NULL, N_("Leave Kazakhstan: the visa-free stay ends"),
	 N_("leave, or obtain a visa or permit before this day")},
	{KZ_D_STAY_LIMIT, -1, false, NULL, N_("Leave Kazakhstan: the stay ends"),
	 N_("leave, or obtain a visa or permit before this day")},
	{KZ_D_VISA_EXTENSION, -1, false, NULL, N_("Apply to extend the visa"),
	 N_("the host applies to the migration service (vmp.gov.kz)")},
	{KZ_D_PASSPORT_VALIDITY, -1, false, NULL, N_("Passport valid long enough for the visa"),
	 N_("the passport should outlast the visa by 3 months")},
	{KZ_D_PASSPORT_RENEWAL, -1, false, NULL, N_("Renew the passport"),
	 N_("the immigrant's own consulate; then tell the host and the migration service")},
};

/* Where a duty was done, by the key its term gives for the day of its event (the places
 * change with the law: data/visa_free.json "terms"). */
static const struct {
	const char *key, *words;
} places[] = {
	{"police", N_("in person at the migration police (the local internal-affairs body)")},
	{"vmp-egov", N_("the host files on vmp.gov.kz or egov.kz with a digital signature, or at "
		     "the migration police")},
	{"vmp-eqonaq", PLACE_VMP_EQONAQ},
	{"self-online", PLACE_SELF_ONLINE},
};

/* The words of a legal deadline, or NULL for an institution's own (or an unknown id). */
const struct words *words_of(const struct kz_deadline *d)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		const struct words *w = &table[i];

		if (w->kind == d->kind && (w->stay < 0 || w->stay == (int)d->stay) &&
		    (!w->move || d->move) &&
		    (w->key == NULL || (d->where && strcmp(w->key, d->where) == 0)))
			return w;
	}
	return NULL;
}

/* "visa-free", "visa", "TRP": what a deadline's basis line says the stay rests on. */
const char *stay_words(enum kz_stay s)
{
	switch (s) {
	case KZ_STAY_VISA_FREE: return C_("stay", "visa-free");
	case KZ_STAY_VISA: return C_("stay", "visa");
	case KZ_STAY_TRP: return C_("stay", "TRP");
	default: return _("stay basis unknown");
	}
}

const char *host_cat_words(enum kz_host h)
{
	/* TRANSLATORS: the host's category as CAO art. 518 names it, in "(CAO 518 part 1,
	 * small host)". */
	static const char *const words[] = {
		[KZ_HOST_INDIVIDUAL] = N_("individual host"), [KZ_HOST_SMALL] = N_("small host"),
		[KZ_HOST_MEDIUM] = N_("medium host"), [KZ_HOST_LARGE] = N_("large host")};

	return (unsigned)h < sizeof words / sizeof *words && words[h] ? _(words[h]) : "?";
}

enum explain_kind explain_day(const kz_calendar *cal, kz_day day, char *buf, size_t size)
{
	struct kz_day_info in;
	char o[DAY_TEXT];
	bool weekend = kz_weekday(day) >= 6;
	const char *wd = kz_weekday(day) == 6 ? _("Saturday") : _("Sunday");
	const char *name;

	buf[0] = '\0';
	if (!kz_calendar_covers(cal, day) || kz_day_info(cal, day, &in, NULL) != 0)
		return EXPLAIN_NONE;
	name = in.name ? data_text(in.name) : NULL;
	switch (in.kind) {
	case KZ_DAY_WORKDAY:
		return EXPLAIN_NONE;
	case KZ_DAY_WEEKEND:
		snprintf(buf, size, _("weekend (%s)"), wd);
		break;
	case KZ_DAY_HOLIDAY:
		/* A religious holiday (Jan 7, Kurban Ait) is a day off where it falls, even on
		 * a weekend, and is not moved (Labor Code art. 84 p. 5). */
		if (weekend)
			snprintf(buf, size, _("weekend (%s) and public holiday: %s (not moved)"), wd,
				 name ? name : "?");
		else
			snprintf(buf, size, _("public holiday: %s"), name ? name : "?");
		break;
	case KZ_DAY_HOLIDAY_WEEKEND:
		snprintf(buf, size, _("weekend (%s) and public holiday: %s (its day off moves to "
				      "the next working day)"), wd, name ? name : "?");
		break;
	case KZ_DAY_MOVED:
		if (name == NULL)
			name = _("a holiday");
		if (in.other != KZ_NO_DAY)
			snprintf(buf, size, _("day off moved from %s on %s (a holiday on a weekend)"),
				 name, fmt_day_long(in.other, o));
		else
			snprintf(buf, size, _("day off moved from %s (a holiday on a weekend)"), name);
		break;
	case KZ_DAY_TRANSFER_OFF:
		if (in.other != KZ_NO_DAY)
			snprintf(buf, size, _("day off by decree transfer (worked instead on %s)"),
				 fmt_day_long(in.other, o));
		else
			snprintf(buf, size, "%s", _("day off by decree transfer"));
		break;
	case KZ_DAY_TRANSFER_WORK:
		if (in.other != KZ_NO_DAY)
			snprintf(buf, size, _("working day by decree transfer (in exchange for %s)"),
				 fmt_day_long(in.other, o));
		else
			snprintf(buf, size, "%s", _("working day by decree transfer"));
		return in.working ? EXPLAIN_COUNTED : EXPLAIN_SKIPPED;
	}
	return in.working ? EXPLAIN_NONE : EXPLAIN_SKIPPED;
}

int explain_span(const kz_calendar *cal, kz_day from, kz_day to, explain_fn *fn, void *ctx)
{
	char why[320];
	int n = 0;

	if (from == KZ_NO_DAY || to == KZ_NO_DAY)
		return 0;
	for (kz_day d = from; d <= to; d++) {
		enum explain_kind k = explain_day(cal, d, why, sizeof why);

		if (k != EXPLAIN_NONE) {
			fn(ctx, d, k, why);
			n++;
		}
	}
	return n;
}

const char *deadline_title(const struct kz_deadline *d)
{
	const struct words *w = words_of(d);
	const char *t;

	if (w == NULL) /* an institution's own: its --policy file's words, as written */
		return (t = policy_title(d->id))	? t
		       : d->basis && d->basis[0] ? data_text(d->basis)
						 : d->id;
	return _(w->title);
}

const char *place_words(const char *key)
{
	for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
		if (strcmp(places[i].key, key) == 0)
			return _(places[i].words);
	return NULL;
}

const char *deadline_where(const struct kz_deadline *d)
{
	const struct words *w = words_of(d);
	const char *where;

	if (d->where != NULL && (where = place_words(d->where)) != NULL)
		return where;
	if (w == NULL)
		return (where = policy_where(d->id)) ? where : "";
	return w->where ? _(w->where) : "";
}

const char *provisional_why(const struct kz_deadline *d)
{
	return d->unsettled ? data_text(d->unsettled) : _("no decree on days off for that year yet");
}

char *penalty_cost(const struct kz_penalty *f, char buf[64])
{
	char m[16], k[32];

	if (f->warning)
		snprintf(buf, 64, "%s", _("a warning"));
	else if (f->mci10 == 0)
		snprintf(buf, 64, "%.63s", f->alternative ? data_text(f->alternative) : _("no fine"));
	else
		snprintf(buf, 64, _("%s MCI = %s KZT"), fmt_mci(f->mci10, m), fmt_kzt(f->kzt10, k));
	return buf;
}

char *penalty_words(const struct kz_penalty *f, char buf[PENALTY_WORDS])
{
	char cost[64], one[PENALTY_WORDS];
	const char *article = f->article ? data_text(f->article) : "?";

	penalty_cost(f, cost);
	if (f->has_host)
		snprintf(one, sizeof one, _("%s (%s, %s)"), cost, article, host_cat_words(f->host));
	else if (f->warning) /* the overstay's first tier: more days cost money */
		snprintf(one, sizeof one, _("%s (%s, up to 3 days late; more days cost more)"), cost,
			 article);
	else
		snprintf(one, sizeof one, _("%s (%s)"), cost, article);
	if (f->alternative && f->mci10 > 0)
		snprintf(buf, PENALTY_WORDS, _("%s or %s"), one, data_text(f->alternative));
	else
		snprintf(buf, PENALTY_WORDS, "%s", one);
	return buf;
}
