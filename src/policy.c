/* policy.c — an institution's own, stricter deadlines (--policy FILE).
 *
 * Universities and employers in Kazakhstan set their own terms on top of the law: the
 * passport to the international office within 1 working day (SDU), visa-extension
 * documents at least 15 business days before expiry (AOGU), registration within 3
 * calendar days (KazNMU) — see reference/kz-migration-facts.md s. 3.  A policy file
 * states such terms; kz_policy_deadlines() turns them into deadlines next to the legal
 * ones, labelled as the institution's (their basis names it; no fine attaches to them).
 *
 * The file (JSON; examples/policy.json is a full one):
 *
 *   {
 *     "institution": "Example University",        who sets the rules (required)
 *     "as_of": "2026-09-01",                       the date the rules were read (required)
 *     "source": "Rules of stay ..., order No. ...", where they are written (required)
 *     "note": "...",                               free text (optional, here and in a rule)
 *     "rules": [ {                                 at least one
 *       "id": "policy-passport-to-office",         "policy-" + [a-z0-9-], unique
 *       "title": "Hand the passport to the international office",
 *       "where": "International office, room 104",  optional
 *       "from": "arrival",                         what it counts from, below
 *       "offset": 1,                               how far, below
 *       "unit": "working-days",                    or "days" (calendar days)
 *       "count_from": "next-day",                  optional, only for offset > 0, below
 *       "opens": -30,                              optional, only for offset <= 0, below
 *       "responsible": "immigrant",                or "institution", "receiving-party"
 *       "basis": "Rules of stay, p. 4.1: ...",     the institution's rule, in words
 *       "applies_to": {"regimes": ["visa-required"], "stays": ["visa"],
 *                      "trp_route": true, "citizenships": ["CN", "IN"]}
 *     } ]                                          (optional; every filter given must
 *                                                   match: the regime's kind, what the
 *                                                   stay rests on (visa-free, visa, trp),
 *                                                   whether the regime's route is a TRP)
 *   }
 *
 * "from" — one deadline per event the person has; none when the event is unknown:
 *   "arrival"            the arrival (kz_person.arrival)
 *   "move"               each change of address (kz_person.moves)
 *   "arrival-and-moves"  both, like the legal arrival notification
 *   "visa-expiry", "passport-expiry"   those dates, when known
 *   "departure"          the latest day the person may still be in Kazakhstan: kz_person
 *                        has no planned departure date, so kzmig takes the day the stay
 *                        ends, as the stay-limit deadline does: the visa's or the TRP's
 *                        last day, or the last legal day of the visa-free stay (from the
 *                        regime and the earlier trips); none when it is not known
 *   "deadline:ID"        the due date of each legal deadline with that id (one of
 *                        kzmig.1 lists, e.g. "deadline:visa-extension"), or of a policy
 *                        rule earlier in the file; a legal deadline that is not required
 *                        gives none.  This is how a policy tightens a legal term.
 *
 * "offset" and "unit" — the same counting as the legal deadlines (deadlines.c):
 *   offset N > 0   "within N (working) days of the event".  By default the event day is
 *                  day 1 when it is a working day (for "days": always), else counting
 *                  starts at the next working day: due = kz_add_workdays(event, N - 1),
 *                  or event + N - 1 calendar days.  "count_from": "next-day" starts the
 *                  count the day after the event (Civil Code art. 173); without
 *                  count_from a rule follows the person's --count-from, as the law does.
 *   offset 0       on the event day (for working days: rolled forward to a working day).
 *   offset -N < 0  "N (working) days before the event": the working day D with exactly
 *                  N working days in [D, event) (kz_workdays_before), or event - N.
 *   "opens" -M     a window that opens M (working) days before the event, M > N.
 *
 * Every deadline is provisional when its span touches a year without decree data.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum anchor { A_ARRIVAL, A_MOVE, A_ARRIVAL_AND_MOVES, A_VISA_EXPIRY, A_PASSPORT_EXPIRY,
	      A_DEPARTURE, A_DEADLINE };
static const char *const anchor_names[] = {"arrival", "move", "arrival-and-moves",
					   "visa-expiry", "passport-expiry", "departure", NULL};

enum count { C_PERSON, C_EVENT, C_NEXT_DAY };

static const char *const regime_names[] = {"visa-required", "eaeu", "bilateral",
					   "unilateral", NULL};
static const char *const resp_names[] = {"receiving-party", "immigrant", "institution",
					 NULL};

/* "deadline:ID" must name one of kz_deadline_ids, so that a misspelt id is an error
 * rather than a rule that silently never applies. */
#define legal_ids kz_deadline_ids

#define MAX_OFFSET 3660 /* ten years of days: far beyond any institution's rule */

struct prule {
	const char *id, *title, *where, *basis;
	enum anchor from;
	const char *deadline; /* A_DEADLINE: the id counted from */
	int offset, opens;
	bool has_opens, working;
	enum count count_from;
	enum kz_responsible responsible;
	unsigned regimes;     /* bit per enum kz_regime_kind; 0 = every regime */
	unsigned stays;       /* bit per enum kz_stay; 0 = whatever the stay rests on */
	int trp_route;        /* 1: only regimes whose route is a TRP; 0: only others; -1: any */
	const char *ccs;      /* citizenships as "CNIN", or NULL = every one */
};

struct kz_policy {
	const char *institution, *as_of, *source;
	struct prule *rules;
	size_t nrules;
	struct kz_strings *strings;
};

/* Frees what kz_policy_load() returned; NULL is fine. */
void kz_policy_free(kz_policy *pol)
{
	if (pol == NULL)
		return;
	free(pol->rules);
	kz_strings_free(pol->strings);
	free(pol);
}

/* ---- loading: every problem is noted (struct kzj_check), the first one is what
 * kz_policy_load reports ------------------------------------------------------------- */


#define STR(l, obj, key, nullable, path, out)                                              \
	kzj_took(l, kzj_string(obj, key, nullable, (l)->name, path, out, &e), &e)

/* The index of s in a NULL-ended list, or -1. */
static int find_name(const char *const *list, const char *s)
{
	for (int i = 0; list[i]; i++)
		if (strcmp(list[i], s) == 0)
			return i;
	return -1;
}

/* Every member of obj must be one of `allowed`: a misspelt key is an error, not a rule
 * that is silently ignored. */
static int members_known(struct kzj_check *l, const cJSON *obj, const char *path,
			 const char *const *allowed)
{
	const cJSON *m;
	char p[96];
	int rc = 0;

	cJSON_ArrayForEach(m, obj)
		if (find_name(allowed, m->string) < 0)
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, m->string, 0),
				 "unknown member (expected one of the members in "
				 "examples/policy.json)");
	return rc;
}

/* s copied into the policy's arena; NULL (and a noted problem) when out of memory. */
static const char *dup(kz_policy *pol, struct kzj_check *l, const char *s)
{
	const char *d = kz_strdup_in(&pol->strings, s);

	if (d == NULL)
		kzj_fail_at(l, "", "out of memory");
	return d;
}

/* "policy-" and then a-z, 0-9 or -: ids stay distinct from the law's (kz_deadline_ids). */
static bool id_ok(const char *id)
{
	if (strncmp(id, "policy-", 7) != 0 || id[7] == '\0' || strlen(id) > 64)
		return false;
	for (const char *c = id + 7; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-'))
			return false;
	return true;
}

/* "from": one of anchor_names, or "deadline:ID" naming a legal id or an earlier rule. */
static int load_from(kz_policy *pol, struct kzj_check *l, struct prule *r, size_t idx,
		     const char *from, const char *path)
{
	const char *ref;
	int a = find_name(anchor_names, from);

	if (a >= 0) {
		r->from = (enum anchor)a;
		return 0;
	}
	if (strncmp(from, "deadline:", 9) != 0)
		return kzj_fail_at(l, path,
			   "'%.30s' (expected arrival, move, arrival-and-moves, visa-expiry, "
			   "passport-expiry, departure or deadline:ID)", from);
	ref = from + 9;
	r->from = A_DEADLINE;
	if (find_name(legal_ids, ref) < 0) {
		size_t i;

		for (i = 0; i < idx; i++)
			if (pol->rules[i].id && strcmp(pol->rules[i].id, ref) == 0)
				break;
		if (i == idx)
			return kzj_fail_at(l, path,
				   "'%.40s' is neither a legal deadline id nor an earlier rule's "
				   "(expected e.g. deadline:visa-extension)", ref);
	}
	r->deadline = dup(pol, l, ref);
	return r->deadline ? 0 : -1;
}

/* The names in array a (member `key` of path; NULL: absent) as bits of their index in
 * names[], noting an empty list ("at least one of `some`") and each name not among them
 * ("expected `which`"); -1 after any. */
static int name_bits(struct kzj_check *l, const cJSON *a, const char *path, const char *key,
		     const char *const *names, const char *some, const char *which,
		     unsigned *out)
{
	char p[96], q[112];
	const cJSON *v;
	int rc = 0, i = 0;

	if (a == NULL)
		return 0;
	kzj_path(p, sizeof p, path, key, 0);
	if (cJSON_GetArraySize(a) == 0 && strchr(some, ',') != NULL)
		rc = kzj_fail_at(l, p, "empty (expected at least one of %s)", some);
	else if (cJSON_GetArraySize(a) == 0)
		rc = kzj_fail_at(l, p, "empty (expected at least one %s)", some);
	cJSON_ArrayForEach(v, a) {
		int k = cJSON_IsString(v) ? find_name(names, v->valuestring) : -1;

		if (k < 0)
			rc = kzj_fail_at(l, kzj_path(q, sizeof q, p, NULL, i), "expected %s", which);
		else
			*out |= 1u << k;
		i++;
	}
	return rc;
}

/* "applies_to": {"regimes": [...], "stays": [...], "trp_route": BOOL, "citizenships":
 * [...]}, each optional. */
static int load_applies(struct kzj_check *l, kz_policy *pol, struct prule *r, const cJSON *j,
			const char *path)
{
	static const char *const keys[] = {"regimes", "stays", "trp_route", "citizenships", NULL};
	static const char *const stay_names[] = {"visa-free", "visa", "trp", NULL};
	const cJSON *regs, *stays, *ccs, *v;
	bool route = false;
	char p[96], q[112], buf[2 * 256 + 1];
	kz_error e = {0};
	int rc = 0, i = 0;
	size_t n = 0;

	if (!cJSON_IsObject(j))
		return kzj_fail_at(l, path, "wrong type (expected an object)");
	rc |= members_known(l, j, path, keys);
	regs = kzj_member(j, "regimes", cJSON_Array, true, l->name, path, &e);
	if (regs == NULL && e.code != KZ_OK)
		rc = kzj_took(l, -1, &e);
	ccs = kzj_member(j, "citizenships", cJSON_Array, true, l->name, path, &e);
	if (ccs == NULL && e.code != KZ_OK)
		rc = kzj_took(l, -1, &e);
	stays = kzj_member(j, "stays", cJSON_Array, true, l->name, path, &e);
	if (stays == NULL && e.code != KZ_OK)
		rc = kzj_took(l, -1, &e);
	if (cJSON_GetObjectItemCaseSensitive(j, "trp_route") != NULL) {
		if (kzj_bool(j, "trp_route", false, l->name, path, &route, &e) != 0)
			rc = kzj_took(l, -1, &e);
		else
			r->trp_route = route;
	}
	if (name_bits(l, stays, path, "stays", stay_names, "visa-free, visa, trp",
		      "visa-free, visa or trp", &r->stays) ||
	    name_bits(l, regs, path, "regimes", regime_names, "regime",
		      "visa-required, eaeu, bilateral or unilateral", &r->regimes))
		rc = -1;
	kzj_path(p, sizeof p, path, "citizenships", 0);
	if (ccs != NULL && (cJSON_GetArraySize(ccs) == 0 || cJSON_GetArraySize(ccs) > 256))
		rc = kzj_fail_at(l, p, "expected 1..256 country codes");
	i = 0;
	cJSON_ArrayForEach(v, ccs) {
		const char *s = cJSON_IsString(v) ? v->valuestring : "";

		if (strlen(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') {
			rc = kzj_fail_at(l, kzj_path(q, sizeof q, p, NULL, i),
				 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\"");
		} else if (n < 256) {
			memcpy(buf + 2 * n++, s, 2);
		}
		i++;
	}
	if (n > 0 && rc == 0) {
		buf[2 * n] = '\0';
		if ((r->ccs = dup(pol, l, buf)) == NULL)
			return -1;
	}
	return rc;
}

/* rules[idx]: every member checked (each problem noted), then kept if all are good. */
static int load_rule(kz_policy *pol, struct kzj_check *l, const cJSON *j, size_t idx)
{
	static const char *const keys[] = {"id", "title", "where", "from", "offset", "unit",
					   "count_from", "opens", "responsible", "basis",
					   "applies_to", "note", NULL};
	struct prule *r = &pol->rules[idx];
	const char *id = NULL, *title = NULL, *where = NULL, *from = NULL, *unit = NULL,
		   *cf = NULL, *resp = NULL, *basis = NULL, *note_ = NULL;
	const cJSON *applies;
	char path[32], p[64];
	kz_error e = {0};
	int rc = 0, k;

	kzj_path(path, sizeof path, "rules", NULL, (int)idx);
	r->trp_route = -1; /* any, unless applies_to says */
	if (!cJSON_IsObject(j))
		return kzj_fail_at(l, path, "wrong type (expected an object)");
	rc |= members_known(l, j, path, keys);
	rc |= STR(l, j, "id", false, path, &id);
	rc |= STR(l, j, "title", false, path, &title);
	rc |= STR(l, j, "where", true, path, &where);
	rc |= STR(l, j, "from", false, path, &from);
	rc |= kzj_took(l, kzj_int(j, "offset", false, -MAX_OFFSET, MAX_OFFSET, l->name, path,
			      &r->offset, &e), &e);
	rc |= STR(l, j, "unit", false, path, &unit);
	rc |= STR(l, j, "count_from", true, path, &cf);
	r->has_opens = cJSON_GetObjectItemCaseSensitive(j, "opens") != NULL &&
		       !cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "opens"));
	rc |= kzj_took(l, kzj_int(j, "opens", true, -MAX_OFFSET, MAX_OFFSET, l->name, path,
			      &r->opens, &e), &e);
	rc |= STR(l, j, "responsible", false, path, &resp);
	rc |= STR(l, j, "basis", false, path, &basis);
	rc |= STR(l, j, "note", true, path, &note_);
	if (id != NULL) {
		if (!id_ok(id))
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "id", 0),
				 "'%.40s' (expected \"policy-\" and then a-z, 0-9 or -)", id);
		for (size_t i = 0; i < idx; i++)
			if (pol->rules[i].id && strcmp(pol->rules[i].id, id) == 0)
				rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "id", 0),
					 "duplicate id '%.40s' (expected each rule's id once)", id);
	}
	if (from != NULL)
		rc |= load_from(pol, l, r, idx, from, kzj_path(p, sizeof p, path, "from", 0));
	if (unit != NULL) {
		if (strcmp(unit, "working-days") == 0)
			r->working = true;
		else if (strcmp(unit, "days") != 0)
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "unit", 0),
				 "'%.20s' (expected working-days or days)", unit);
	}
	if (cf != NULL) {
		if (strcmp(cf, "event") == 0)
			r->count_from = C_EVENT;
		else if (strcmp(cf, "next-day") == 0)
			r->count_from = C_NEXT_DAY;
		else
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "count_from", 0),
				 "'%.20s' (expected event or next-day)", cf);
		if (r->offset <= 0)
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "count_from", 0),
				 "only for a term after the event (expected offset > 0)");
	}
	if (r->has_opens) {
		if (r->offset > 0 || r->opens >= r->offset)
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "opens", 0),
				 "%d (expected a window before the event: opens < offset <= 0)",
				 r->opens);
	}
	if (resp != NULL) {
		if ((k = find_name(resp_names, resp)) < 0)
			rc = kzj_fail_at(l, kzj_path(p, sizeof p, path, "responsible", 0),
				 "'%.20s' (expected immigrant, institution or receiving-party)",
				 resp);
		else
			r->responsible = (enum kz_responsible)k;
	}
	applies = cJSON_GetObjectItemCaseSensitive(j, "applies_to");
	if (applies != NULL && !cJSON_IsNull(applies))
		rc |= load_applies(l, pol, r, applies,
				   kzj_path(p, sizeof p, path, "applies_to", 0));
	if (id != NULL && (r->id = dup(pol, l, id)) == NULL)
		return -1;
	if (rc != 0)
		return -1;
	/* The basis names the institution: these are its rules, not the law's. */
	{
		size_t n = strlen(pol->institution) + strlen(basis) + 160;
		char *b = malloc(n);

		if (b == NULL)
			return kzj_fail_at(l, "", "out of memory");
		/* TRANSLATORS: a deadline's basis from a --policy file: %1$s the institution,
		 * %2$s the basis its file gives. */
		snprintf(b, n, KZ_("%s (institution's rule): %s"), pol->institution, basis);
		r->basis = dup(pol, l, b);
		free(b);
	}
	r->title = dup(pol, l, title);
	r->where = where ? dup(pol, l, where) : NULL;
	if (!r->basis || !r->title || (where && !r->where))
		return -1;
	return 0;
}

/* The whole file; NULL when anything was wrong (l says what). */
static kz_policy *load(const char *json, size_t len, struct kzj_check *l)
{
	static const char *const keys[] = {"institution", "as_of", "source", "note", "rules",
					   NULL};
	const char *inst = NULL, *src = NULL, *note_ = NULL;
	const cJSON *rules, *j;
	kz_policy *pol;
	cJSON *root;
	kz_error e = {0};
	kz_day as_of;
	char d[11];
	size_t i = 0;
	int nlegal = 0;

	if ((root = kzj_parse_all(json, len, l)) == NULL)
		return NULL;
	pol = calloc(1, sizeof *pol);
	if (pol == NULL) {
		kzj_fail_at(l, "", "out of memory");
		goto done;
	}
	members_known(l, root, "", keys);
	if (STR(l, root, "institution", false, "", &inst) == 0)
		pol->institution = dup(pol, l, inst);
	if (kzj_took(l, kzj_date(root, "as_of", false, l->name, "", &as_of, &e), &e) == 0)
		pol->as_of = dup(pol, l, kz_day_format(as_of, d));
	if (STR(l, root, "source", false, "", &src) == 0)
		pol->source = dup(pol, l, src);
	STR(l, root, "note", true, "", &note_);
	rules = kzj_member(root, "rules", cJSON_Array, false, l->name, "", &e);
	if (rules == NULL) {
		kzj_note(l, &e);
		goto done;
	}
	if (cJSON_GetArraySize(rules) == 0) {
		kzj_fail_at(l, "rules", "empty (expected at least one rule)");
		goto done;
	}
	/* Without moves a rule gives a person one deadline at most, beside the law's one of
	 * each id: all must fit in the KZ_DEADLINES_MAX that batch keeps for each person. */
	while (legal_ids[nlegal] != NULL)
		nlegal++;
	if (cJSON_GetArraySize(rules) > KZ_DEADLINES_MAX - nlegal)
		kzj_fail_at(l, "rules",
			    "%d rules (expected at most %d: with the law's %d deadlines, a "
			    "person's must fit in the %d that batch keeps for each)",
			    cJSON_GetArraySize(rules), KZ_DEADLINES_MAX - nlegal, nlegal,
			    KZ_DEADLINES_MAX);
	pol->rules = calloc((size_t)cJSON_GetArraySize(rules), sizeof *pol->rules);
	if (pol->rules == NULL) {
		kzj_fail_at(l, "", "out of memory");
		goto done;
	}
	if (pol->institution == NULL)
		pol->institution = "the institution"; /* only to go on checking the rules */
	cJSON_ArrayForEach(j, rules)
		load_rule(pol, l, j, i++);
	pol->nrules = i;
done:
	cJSON_Delete(root);
	if (l->problems > 0) {
		kz_policy_free(pol);
		return NULL;
	}
	return pol;
}

/* The policy, or NULL and the first problem in *err. */
kz_policy *kz_policy_load(const char *json, size_t len, const char *name, kz_error *err)
{
	struct kzj_check l = {.name = name ? name : "policy"};
	kz_policy *pol = load(json, len, &l);

	if (pol == NULL && err != NULL)
		*err = l.first;
	return pol;
}

/* Every problem through report(); returns their number. */
int kz_policy_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		    void *arg, size_t *nrules)
{
	struct kzj_check l = {.name = name ? name : "policy", .report = report, .arg = arg};
	kz_policy *pol = load(json, len, &l);

	if (nrules != NULL)
		*nrules = pol ? pol->nrules : 0;
	kz_policy_free(pol);
	return l.problems;
}

/* What the policy says about itself, for the "ok" line and the output. */
const char *kz_policy_institution(const kz_policy *pol) { return pol->institution; }
const char *kz_policy_as_of(const kz_policy *pol) { return pol->as_of; }
size_t kz_policy_count(const kz_policy *pol) { return pol->nrules; }

/* The rule with that id, or NULL. */
static const struct prule *rule_of(const kz_policy *pol, const char *id)
{
	for (size_t i = 0; pol != NULL && id != NULL && i < pol->nrules; i++)
		if (strcmp(pol->rules[i].id, id) == 0)
			return &pol->rules[i];
	return NULL;
}

/* The rule's title, or NULL for an id that is not the policy's. */
/* The id of rule i, in the file's order, or NULL past the last. */
const char *kz_policy_id(const kz_policy *pol, size_t i)
{
	return i < pol->nrules ? pol->rules[i].id : NULL;
}

const char *kz_policy_title(const kz_policy *pol, const char *id)
{
	const struct prule *r = rule_of(pol, id);

	return r ? r->title : NULL;
}

/* The rule's "where", or NULL. */
const char *kz_policy_where(const kz_policy *pol, const char *id)
{
	const struct prule *r = rule_of(pol, id);

	return r ? r->where : NULL;
}

/* ---- deadlines --------------------------------------------------------------------- */

/* Whether the rule's applies_to filters let p in; the regime (looked up once) decides
 * "regimes" and "trp_route", what the stay rests on decides "stays". */
static int applies(const struct prule *r, const struct kz_rules *rules,
		   const struct kz_person *p, const struct kz_regime **reg, kz_error *err,
		   bool *yes)
{
	*yes = true;
	if (r->ccs != NULL) {
		bool found = false;

		for (const char *c = r->ccs; *c; c += 2)
			found |= c[0] == p->citizenship[0] && c[1] == p->citizenship[1];
		if (!found) {
			*yes = false;
			return 0;
		}
	}
	if (r->stays != 0 && !(r->stays & (1u << kz_person_stay(rules, p, NULL)))) {
		*yes = false;
		return 0;
	}
	if (r->regimes == 0 && r->trp_route < 0)
		return 0;
	if (*reg == NULL) {
		if (rules->regimes == NULL)
			return kz_error_set(err, KZ_EDATA, r->id,
					    "the rule filters by regime (expected the regimes "
					    "data to be loaded)");
		if (kz_regime_on(rules->regimes, p->citizenship, p->arrival, reg, err))
			return -1;
	}
	*yes = (r->regimes == 0 || (r->regimes & (1u << (*reg)->kind)) != 0) &&
	       (r->trp_route < 0 || (*reg)->trp_route == (r->trp_route == 1));
	return 0;
}

/* The day `offset` (working) days from `event`, with the counting of the header comment;
 * *first gets the first day counted (for kz_deadline.count_from). */
static int day_at(const kz_calendar *cal, const struct prule *r, enum kz_count_from pcf,
		  kz_day event, int offset, kz_day *out, kz_day *first, kz_error *err)
{
	bool next_day = r->count_from == C_NEXT_DAY ||
			(r->count_from == C_PERSON && pcf == KZ_COUNT_FROM_NEXT_DAY);
	kz_day start = offset > 0 && next_day ? event + 1 : event;

	if (!r->working) {
		*out = offset > 0 ? start + offset - 1 : event + offset;
		*first = KZ_NO_DAY;
		if (!kz_calendar_covers(cal, *out))
			return kz_error_set(err, KZ_ERANGE, r->id,
					    "the rule's date falls outside the calendar "
					    "(expected %d..%d)", KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX);
		return 0;
	}
	if (offset < 0) {
		if (kz_workdays_before(cal, event, -offset, out, err))
			return -1;
		*first = *out;
		return 0;
	}
	if (kz_add_workdays(cal, start, 0, first, err) ||
	    kz_add_workdays(cal, start, offset > 0 ? offset - 1 : 0, out, err))
		return -1;
	return 0;
}

/* Appends the rule's deadline counted from `event`; -1 when out is full or the count
 * leaves the calendar. */
static int emit(const struct prule *r, const struct kz_rules *rules,
		const struct kz_person *p, kz_day event, bool move, bool provisional,
		struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	struct kz_deadline *d;
	kz_day first, ofirst;

	if (*n >= cap)
		return kz_error_set(err, KZ_ERANGE, "deadlines", "more than %zu deadlines", cap);
	d = &out[*n];
	memset(d, 0, sizeof *d);
	d->kind = KZ_D_POLICY;
	d->id = r->id;
	d->event = event;
	d->opens = d->apply_by = KZ_NO_DAY;
	d->move = move;
	d->responsible = r->responsible;
	d->basis = r->basis;
	if (day_at(rules->cal, r, p->count_from, event, r->offset, &d->due, &first, err))
		return -1;
	if (r->has_opens &&
	    day_at(rules->cal, r, p->count_from, event, r->opens, &d->opens, &ofirst, err))
		return -1;
	/* The working days counted, inclusive: [first, due] after an event, [due, event)
	 * before one. */
	d->count_from = first;
	d->count_to = first == KZ_NO_DAY ? KZ_NO_DAY : r->offset < 0 ? event - 1 : d->due;
	d->provisional = provisional || kz_span_provisional(rules->cal, event, d->due) ||
			 (d->opens != KZ_NO_DAY && kz_span_provisional(rules->cal, event, d->opens));
	kz_deadline_set_status(d, p->today);
	(*n)++;
	return 0;
}

/* The latest day the person may still be in Kazakhstan (see "departure" above): the
 * visa's or the TRP's last day, or the visa-free stay's; none when it is not known. */
static int departure(const struct kz_rules *rules, const struct kz_person *p,
		     const struct kz_regime **reg, kz_day *out, kz_error *err)
{
	*out = KZ_NO_DAY;
	switch (kz_person_stay(rules, p, NULL)) {
	case KZ_STAY_VISA:
		*out = p->visa_expiry;
		return 0;
	case KZ_STAY_TRP:
		*out = p->trp_expiry;
		return 0;
	case KZ_STAY_VISA_FREE:
		break;
	default:
		return 0;
	}
	if (rules->regimes == NULL)
		return 0;
	if (*reg == NULL && kz_regime_on(rules->regimes, p->citizenship, p->arrival, reg, err))
		return -1;
	if (kz_trips_check(p->trips, p->ntrips, NULL) != 0)
		return 0; /* trips that cannot be true: the legal deadline says why */
	for (size_t i = 0; i < p->ntrips; i++)
		if (p->trips[i].to >= p->arrival)
			return 0;
	return kz_last_legal_day(*reg, p->trips, p->ntrips, p->arrival, out, err);
}

/* Date order, no date last, ties by id: the order kz_deadlines() gives. */
static int cmp_due(const void *a, const void *b)
{
	const struct kz_deadline *x = a, *y = b;
	kz_day dx = x->due == KZ_NO_DAY ? INT32_MAX : x->due;
	kz_day dy = y->due == KZ_NO_DAY ? INT32_MAX : y->due;

	if (dx != dy)
		return dx < dy ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* Appends each rule's deadlines for p (see "from" above), then sorts all of out. */
int kz_policy_deadlines(const kz_policy *pol, const struct kz_rules *rules,
			const struct kz_person *p, struct kz_deadline *out, size_t cap,
			size_t *n, kz_error *err)
{
	const struct kz_regime *reg = NULL;

	if (pol == NULL || rules == NULL || rules->cal == NULL)
		return kz_error_set(err, KZ_EINVAL, "policy", "no policy or no calendar");
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct prule *r = &pol->rules[i];
		size_t have = *n;
		bool yes;
		kz_day day;
		int rc = 0;

		if (applies(r, rules, p, &reg, err, &yes))
			return -1;
		if (!yes)
			continue;
		switch (r->from) {
		case A_ARRIVAL:
		case A_ARRIVAL_AND_MOVES:
			rc = emit(r, rules, p, p->arrival, false, false, out, cap, n, err);
			if (r->from == A_ARRIVAL)
				break;
			/* fall through */
		case A_MOVE:
			for (size_t k = 0; rc == 0 && k < p->nmoves; k++)
				rc = emit(r, rules, p, p->moves[k], true, false, out, cap, n, err);
			break;
		case A_VISA_EXPIRY:
		case A_PASSPORT_EXPIRY:
			day = r->from == A_VISA_EXPIRY ? p->visa_expiry : p->passport_expiry;
			if (day != KZ_NO_DAY)
				rc = emit(r, rules, p, day, false, false, out, cap, n, err);
			break;
		case A_DEPARTURE:
			rc = departure(rules, p, &reg, &day, err);
			if (rc == 0 && day != KZ_NO_DAY)
				rc = emit(r, rules, p, day, false, false, out, cap, n, err);
			break;
		case A_DEADLINE:
			for (size_t k = 0; rc == 0 && k < have; k++) {
				const struct kz_deadline *g = &out[k];

				if (strcmp(g->id, r->deadline) != 0 || g->due == KZ_NO_DAY ||
				    g->status == KZ_STATUS_NOT_REQUIRED)
					continue;
				rc = emit(r, rules, p, g->due, g->move, g->provisional, out, cap,
					  n, err);
			}
			break;
		}
		if (rc != 0)
			return -1;
	}
	qsort(out, *n, sizeof *out, cmp_due);
	return 0;
}
