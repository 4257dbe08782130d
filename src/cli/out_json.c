/* out_json.c — JSON output: a person of `due` as one pretty object; a roster's people
 * (batch) and reminders (remind) as JSON Lines, one object per line, so the output
 * streams and each line parses on its own.  The keys are the contract of kzmig.1
 * (JSON OUTPUT); absent facts are null, never left out. */
#include <cjson/cJSON.h>
#include <stdlib.h>

#include "out.h"
#include "words.h"

bool j_item(cJSON *o, const char *key, cJSON *item)
{
	if (item != NULL && cJSON_AddItemToObject(o, key, item))
		return true;
	cJSON_Delete(item);
	return false;
}

bool j_push(cJSON *arr, cJSON *item)
{
	if (item != NULL && cJSON_AddItemToArray(arr, item))
		return true;
	cJSON_Delete(item);
	return false;
}

bool j_str(cJSON *o, const char *key, const char *s)
{
	return j_item(o, key, s ? cJSON_CreateString(s) : cJSON_CreateNull());
}

bool j_num(cJSON *o, const char *key, double v)
{
	return j_item(o, key, cJSON_CreateNumber(v));
}

bool j_bool(cJSON *o, const char *key, bool v)
{
	return j_item(o, key, cJSON_CreateBool(v));
}

bool j_day(cJSON *o, const char *key, kz_day d)
{
	char b[11];

	return j_str(o, key, d == KZ_NO_DAY ? NULL : kz_day_format(d, b));
}

/* o as text, and deleted; NULL (and "out of memory" said) when o is NULL or cannot be
 * printed.  The caller frees. */
static char *j_text(cJSON *o, bool pretty)
{
	char *s = o ? pretty ? cJSON_Print(o) : cJSON_PrintUnformatted(o) : NULL;

	cJSON_Delete(o);
	if (s == NULL)
		fail(EXIT_PARTIAL, "json", "out of memory");
	return s;
}

int j_print(cJSON *o, bool pretty)
{
	char *s = j_text(o, pretty);

	if (s == NULL)
		return EXIT_PARTIAL;
	puts(s);
	free(s);
	return 0;
}

/* The amount of p into o: mci and kzt, both null for a warning or no fine. */
static bool money(cJSON *o, const struct kz_penalty *p)
{
	if (p->warning || p->mci10 == 0)
		return j_str(o, "mci", NULL) && j_str(o, "kzt", NULL);
	return j_num(o, "mci", p->mci10 / 10.0) && j_num(o, "kzt", (double)p->kzt10 / 10.0);
}

cJSON *penalty_json(const struct kz_penalty *p, const struct kz_penalty *repeat)
{
	cJSON *o = cJSON_CreateObject(), *r;
	char d[11];
	bool ok = o && j_str(o, "article", p->article) &&
		  j_str(o, "on", kz_day_format(p->on, d)) &&
		  j_str(o, "host", p->has_host ? kz_host_name(p->host) : NULL) && money(o, p) &&
		  j_num(o, "mci_value", p->mci_value) &&
		  /* the text of the law that day, or the MCI of that year, is not settled */
		  j_bool(o, "provisional", p->provisional) && j_str(o, "reason", p->why ? data_text(p->why) : NULL) &&
		  j_bool(o, "warning", p->warning) &&
		  j_str(o, "alternative", p->alternative ? data_text(p->alternative) : NULL);

	if (ok && repeat != NULL)
		ok = j_item(o, "repeat", r = cJSON_CreateObject()) &&
		     j_str(r, "article", repeat->article) && money(r, repeat);
	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* One deadline; NULL when out of memory. */
static cJSON *deadline_json(const struct kz_deadline *d)
{
	cJSON *o = cJSON_CreateObject();
	const char *where = deadline_where(d);
	bool ok = o && j_str(o, "id", d->id) && j_str(o, "title", deadline_title(d)) &&
		  j_str(o, "responsible", kz_responsible_name(d->responsible)) &&
		  j_day(o, "event", d->event) && j_day(o, "opens", d->opens) &&
		  j_day(o, "due", d->due) && j_day(o, "apply_by", d->apply_by) &&
		  (d->due == KZ_NO_DAY ? j_str(o, "days_left", NULL)
				       : j_num(o, "days_left", d->days_left)) &&
		  j_str(o, "status", kz_status_name(d->status)) &&
		  j_str(o, "stay", kz_stay_name(d->stay)) &&
		  j_bool(o, "provisional", d->provisional) &&
		  j_str(o, "basis", d->basis ? data_text(d->basis) : "") &&
		  j_str(o, "where", where[0] ? where : NULL) &&
		  j_str(o, "reason", d->reason[0] ? d->reason : NULL) &&
		  (d->has_fine ? j_item(o, "fine", penalty_json(&d->fine, &d->repeat))
			       : j_str(o, "fine", NULL));

	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* --explain: [{"date","reason"}] for each day a working-day count skipped. */
static void explain_day_json(void *ctx, kz_day day, enum explain_kind kind, const char *why)
{
	cJSON *arr = ctx, *e;

	if (kind == EXPLAIN_SKIPPED && (!j_push(arr, e = cJSON_CreateObject()) ||
					!j_day(e, "date", day) || !j_str(e, "reason", why)))
		arr->valueint = 1; /* out of memory: the caller fails */
}

/* The "explain" of a deadline: null when it counts no working days; false when out of
 * memory. */
static bool explain_json(cJSON *o, const kz_calendar *cal, const struct kz_deadline *d)
{
	cJSON *ex;

	if (d->count_from == KZ_NO_DAY || d->count_to == KZ_NO_DAY)
		return j_str(o, "explain", NULL);
	if (!j_item(o, "explain", ex = cJSON_CreateArray()))
		return false;
	explain_span(cal, d->count_from, d->count_to, explain_day_json, ex);
	return ex->valueint == 0;
}

/* A person: {"id","name"} from a roster, then {"citizenship","arrival","today",
 * "deadlines":[...]}; with --explain each deadline's "explain".  NULL when out of memory. */
static cJSON *person_json(const struct out_person *who, const struct out_doc *doc)
{
	cJSON *o = cJSON_CreateObject(), *arr, *d;
	const struct kz_person *p = who->p;
	bool ok = o != NULL;

	if (ok && who->id != NULL)
		ok = j_str(o, "id", who->id) && j_str(o, "name", who->name_len ? who->name : NULL);
	ok = ok && j_str(o, "citizenship", p->citizenship) && j_day(o, "arrival", p->arrival) &&
	     j_day(o, "today", p->today) && j_item(o, "deadlines", arr = cJSON_CreateArray());
	for (size_t i = 0; ok && i < who->n; i++)
		ok = j_push(arr, d = deadline_json(&who->dl[i])) &&
		     (!doc->explain || explain_json(d, doc->data->cal, &who->dl[i]));
	if (!ok) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* o as one line, or pretty for `due`; 0 or EXIT_PARTIAL. */
static int put_json(struct out *o, cJSON *j, bool pretty)
{
	char *s = j_text(j, pretty);

	if (s == NULL)
		return EXIT_PARTIAL;
	o_str(o, s);
	o_ch(o, '\n');
	free(s);
	return 0;
}

static int json_person(struct out *o, const struct out_person *who)
{
	return put_json(o, person_json(who, o->doc), who->id == NULL);
}

static const char *const item_names[] = {"due", "opens", "apply-by"};

/* A reminder: {"date","event","overdue","id","name","citizenship","deadline":{...}}. */
static int json_item(struct out *o, const struct out_item *it)
{
	cJSON *j = cJSON_CreateObject();
	bool ok = j && j_day(j, "date", it->date) && j_str(j, "event", item_names[it->what]) &&
		  /* an apply-by, due date or window that has passed */
		  j_bool(j, "overdue", it->date < o->doc->today) && j_str(j, "id", it->id) &&
		  j_str(j, "name", it->name[0] ? it->name : NULL) &&
		  j_str(j, "citizenship", it->p->citizenship) &&
		  j_item(j, "deadline", deadline_json(it->d));

	if (!ok) {
		cJSON_Delete(j);
		j = NULL;
	}
	return put_json(o, j, false);
}

/* Nothing to close: each object is whole when written. */
static int json_end(struct out *o, bool write)
{
	(void)o;
	(void)write;
	return 0;
}

const struct out_format out_json = {"json", NULL, json_person, json_item, json_end};
