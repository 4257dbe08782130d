/* cmd_data.c — kzmig data check [DIR] [--policy FILE]...: validates the data files and
 * policy files and reports EVERY problem, one line each, not only the first.
 *
 * The loaders (calendar.c, regimes.c, fines.c) stop at the first problem, which is right
 * for running but slow for fixing a file.  So each data file gets its own pass over the
 * JSON tree here, which goes on after a problem and also checks what the loaders take on
 * trust (a source on every entry, 249 country codes, transfers that really swap a day
 * off for a working day, ...).  When that pass finds nothing, the real loader runs too,
 * so nothing it rejects can pass.  Policy files go through kz_policy_check().
 *
 * Where the files come from: DIR's holidays_kz.json, visa_free.json and fines_kz.json
 * (each must be there), and DIR's other *.json files as policies.  A DIR with none of the
 * three data files is a folder of policies (`kzmig data check examples/`): the data then
 * is the built-in one.  Without DIR: --data DIR, else KZMIG_DATA, else the built-in data.
 *
 * Output: problems on stderr as `kzmig: FILE:LINE:COL: what` (JSON syntax) or
 * `kzmig: FILE: json.path: what`, exit 3; with none, one line per file on stdout,
 * `FILE: ok (N entries, as of DATE)`, exit 0.  Entries: holidays + moveable dates +
 * transfers; countries; MCI values + fines + duties; a policy's rules. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "words.h"
#include "../internal.h" /* the kzj_* readers, so messages match the loaders' */

#define MAX_FILES 64

struct chk {
	const char *file; /* the name in messages */
	int problems;
};

static int total_problems;

/* "kzmig: FILE: path: what" (or "kzmig: FILE: what" for an empty path). */
static void problem(struct chk *c, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void problem(struct chk *c, const char *path, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "kzmig: %s: ", c->file);
	if (*path)
		fprintf(stderr, "%s: ", path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	c->problems++;
	total_problems++;
}

/* A problem the library described: its where already names the file. */
static void problem_err(struct chk *c, const kz_error *e)
{
	fprintf(stderr, "kzmig: %s: %s\n", e->where[0] ? e->where : c->file, e->msg);
	c->problems++;
	total_problems++;
}

/* kz_policy_check()'s reporter: each problem of a policy file, as it is found. */
static void report_policy(const kz_error *e, void *arg)
{
	problem_err(arg, e);
}

/* ---- typed members: true when a value was read; a problem is reported otherwise
 * (an absent nullable member is no problem) ------------------------------------------ */

static const cJSON *member(struct chk *c, const cJSON *o, const char *path, const char *key,
			   int type, bool nullable)
{
	kz_error e = {0};
	const cJSON *v = kzj_member(o, key, type, nullable, c->file, path, &e);

	if (v == NULL && e.code != KZ_OK)
		problem_err(c, &e);
	return v;
}

static bool str(struct chk *c, const cJSON *o, const char *path, const char *key,
		bool nullable, const char **out)
{
	kz_error e = {0};

	*out = NULL;
	if (kzj_string(o, key, nullable, c->file, path, out, &e) != 0) {
		problem_err(c, &e);
		return false;
	}
	return *out != NULL;
}

static bool num(struct chk *c, const cJSON *o, const char *path, const char *key,
		bool nullable, long min, long max, int *out)
{
	kz_error e = {0};
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (nullable && (v == NULL || cJSON_IsNull(v)))
		return false;
	if (kzj_int(o, key, nullable, min, max, c->file, path, out, &e) != 0) {
		problem_err(c, &e);
		return false;
	}
	return true;
}

static bool flag(struct chk *c, const cJSON *o, const char *path, const char *key,
		 bool nullable, bool *out)
{
	kz_error e = {0};
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (nullable && (v == NULL || cJSON_IsNull(v)))
		return false;
	if (kzj_bool(o, key, nullable, c->file, path, out, &e) != 0) {
		problem_err(c, &e);
		return false;
	}
	return true;
}

/* A date that must exist: "2025-02-30" is told apart from text that is no date. */
static bool date(struct chk *c, const cJSON *o, const char *path, const char *key,
		 bool nullable, kz_day *out)
{
	const char *s;
	char p[128];
	kz_error e = {0};

	if (!str(c, o, path, key, nullable, &s))
		return false;
	if (kz_date_parse(s, key, out, &e) != 0) {
		problem(c, kzj_path(p, sizeof p, path, key, 0), "%s", e.msg);
		return false;
	}
	return true;
}

/* Every entry names where its facts come from. */
static void source(struct chk *c, const cJSON *o, const char *path)
{
	const char *s;

	str(c, o, path, "source", false, &s);
}

/* v when it is an object; otherwise a problem at path and NULL. */
static const cJSON *object_at(struct chk *c, const cJSON *v, const char *path)
{
	if (!cJSON_IsObject(v)) {
		problem(c, path, "wrong type (expected an object)");
		return NULL;
	}
	return v;
}

/* ---- holidays_kz.json ---------------------------------------------------------------- */

#define MAX_HOLIDAYS 64 /* calendar.c's MAX_RULES */

struct hol {
	const char *id;
	bool moveable;
	int month, day, from, until;
};

/* Transfers are checked against the calendar without them: the worked day must then be
 * a weekend day or a day off, the day given off a plain working day. */
static void check_transfer_pairs(struct chk *c, const cJSON *root)
{
	cJSON *copy = cJSON_Duplicate(root, true);
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "transfers"), *t;
	char *text;
	kz_calendar *cal = NULL;
	kz_error e = {0};
	char p[48], q[64], d[11];
	int i = 0;

	if (copy == NULL)
		return;
	cJSON_ReplaceItemInObjectCaseSensitive(copy, "transfers", cJSON_CreateArray());
	text = cJSON_PrintUnformatted(copy);
	cJSON_Delete(copy);
	if (text != NULL)
		cal = kz_calendar_load(text, strlen(text), c->file, &e);
	free(text);
	if (cal == NULL)
		return; /* the loader's own run reports why */
	cJSON_ArrayForEach(t, arr) {
		struct kz_day_info wi, oi;
		kz_day w = KZ_NO_DAY, o = KZ_NO_DAY;

		kzj_path(p, sizeof p, "transfers", NULL, i++);
		if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(t, "work")))
			kz_date_parse(cJSON_GetObjectItemCaseSensitive(t, "work")->valuestring,
				      "work", &w, &e);
		if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(t, "off")))
			kz_date_parse(cJSON_GetObjectItemCaseSensitive(t, "off")->valuestring,
				      "off", &o, &e);
		if (w != KZ_NO_DAY && kz_day_info(cal, w, &wi, &e) == 0 && wi.working)
			problem(c, kzj_path(q, sizeof q, p, "work", 0),
				"%s %s is a working day already (expected a weekend day or a day "
				"off to be worked)", weekday_name(w), kz_day_format(w, d));
		if (o != KZ_NO_DAY && kz_day_info(cal, o, &oi, &e) == 0 &&
		    oi.kind != KZ_DAY_WORKDAY)
			problem(c, kzj_path(q, sizeof q, p, "off", 0),
				"%s %s is not a working day (expected a working day to be given "
				"off)", weekday_name(o), kz_day_format(o, d));
	}
	kz_calendar_free(cal);
}

/* holidays[]: fields, a date that exists every year, no duplicate id or day.  Fills h
 * for the moveable dates' checks. */
static void check_holiday_rules(struct chk *c, const cJSON *arr, struct hol *h, int *nh)
{
	const cJSON *j;
	char path[32], p[64];
	int i = 0;

	cJSON_ArrayForEach(j, arr) {
		struct hol *r = &h[*nh];
		const char *id, *name;
		bool moves;

		kzj_path(path, sizeof path, "holidays", NULL, i++);
		if (*nh == MAX_HOLIDAYS) {
			problem(c, path, "more than %d holidays (expected at most %d)",
				MAX_HOLIDAYS, MAX_HOLIDAYS);
			return;
		}
		if (object_at(c, j, path) == NULL)
			continue;
		*r = (struct hol){.until = KZ_CAL_YEAR_MAX};
		str(c, j, path, "id", false, &id);
		str(c, j, path, "name", false, &name);
		source(c, j, path);
		flag(c, j, path, "moves", false, &moves);
		flag(c, j, path, "moveable", true, &r->moveable);
		num(c, j, path, "from", false, 1900, KZ_CAL_YEAR_MAX, &r->from);
		num(c, j, path, "until", true, 1900, KZ_CAL_YEAR_MAX, &r->until);
		if (r->from && r->until < r->from)
			problem(c, kzj_path(p, sizeof p, path, "until", 0),
				"%d is before from %d (expected until >= from)", r->until, r->from);
		if (!r->moveable &&
		    num(c, j, path, "month", false, 1, 12, &r->month) &&
		    num(c, j, path, "day", false, 1, 31, &r->day) &&
		    !kz_ymd_valid(2001, r->month, r->day))
			problem(c, path, "no day %02d-%02d in every year (expected a date that "
				"exists in every year)", r->month, r->day);
		r->id = id;
		for (int k = 0; k < *nh && id; k++) {
			if (h[k].id && strcmp(h[k].id, id) == 0)
				problem(c, kzj_path(p, sizeof p, path, "id", 0),
					"duplicate id '%.40s' (also holidays[%d])", id, k);
			else if (!r->moveable && h[k].month == r->month && h[k].day == r->day &&
				 r->month && r->from <= h[k].until && h[k].from <= r->until)
				problem(c, path, "the same day %02d-%02d as holidays[%d] in "
					"overlapping years (a duplicate?)", r->month, r->day, k);
		}
		(*nh)++;
	}
}

/* The index of holiday `id` in h, or -1. */
static int hol_find(const struct hol *h, int nh, const char *id)
{
	for (int k = 0; k < nh; k++)
		if (h[k].id && strcmp(h[k].id, id) == 0)
			return k;
	return -1;
}

/* moveable[]: a real date of a moveable holiday, inside its years, one per year; and a
 * date for every confirmed year (calendar.c would estimate none there). */
static void check_moveable(struct chk *c, const cJSON *arr, const struct hol *h, int nh,
			   int confirmed_from, int confirmed_through)
{
	const cJSON *j;
	char path[32], p[64];
	int i = 0, n = cJSON_GetArraySize(arr);
	int *rule = calloc((size_t)n + 1, sizeof *rule), *year = calloc((size_t)n + 1,
									   sizeof *year);

	if (rule == NULL || year == NULL)
		goto done;
	cJSON_ArrayForEach(j, arr) {
		const char *hid;
		kz_day d;
		bool prov;
		int k;

		rule[i] = -1;
		kzj_path(path, sizeof path, "moveable", NULL, i++);
		if (object_at(c, j, path) == NULL)
			continue;
		source(c, j, path);
		flag(c, j, path, "provisional", true, &prov);
		bool got_holiday = str(c, j, path, "holiday", false, &hid);

		if (!date(c, j, path, "date", false, &d) || !got_holiday)
			continue;
		k = hol_find(h, nh, hid);
		if (k < 0 || !h[k].moveable) {
			problem(c, kzj_path(p, sizeof p, path, "holiday", 0),
				"'%.40s' is not a moveable holiday (expected the id of a holiday "
				"with \"moveable\": true)", hid);
			continue;
		}
		year[i - 1] = kz_day_year(d);
		if (year[i - 1] < h[k].from || year[i - 1] > h[k].until)
			problem(c, kzj_path(p, sizeof p, path, "date", 0),
				"%d is outside the years of '%s' (%d..%d)", year[i - 1], hid,
				h[k].from, h[k].until);
		for (int m = 0; m < i - 1; m++)
			if (rule[m] == k && year[m] == year[i - 1])
				problem(c, path, "a second date for '%s' in %d (the first is "
					"moveable[%d])", hid, year[i - 1], m);
		rule[i - 1] = k;
	}
	/* A confirmed year needs the real date: the estimate is only for provisional ones. */
	for (int k = 0; k < nh; k++) {
		int lo, hi;

		if (!h[k].moveable || !h[k].id)
			continue;
		lo = h[k].from > confirmed_from ? h[k].from : confirmed_from;
		hi = h[k].until < confirmed_through ? h[k].until : confirmed_through;
		for (int y = lo; y <= hi; y++) {
			int m = 0;

			while (m < i && !(rule[m] == k && year[m] == y))
				m++;
			if (m == i)
				problem(c, "moveable", "no date for '%s' in %d, a confirmed year "
					"(expected an entry)", h[k].id, y);
		}
	}
done:
	free(rule);
	free(year);
}

/* transfers[]: real dates in the calendar's years, no day in two transfers. */
static void check_transfers(struct chk *c, const cJSON *arr)
{
	const cJSON *j;
	char path[32], p[48];
	int i = 0, n = cJSON_GetArraySize(arr);
	kz_day *days = calloc(2 * (size_t)n + 1, sizeof *days);
	kz_day lo = kz_day_from_ymd(KZ_CAL_YEAR_MIN, 1, 1);
	kz_day hi = kz_day_from_ymd(KZ_CAL_YEAR_MAX, 12, 31);

	if (days == NULL)
		return;
	cJSON_ArrayForEach(j, arr) {
		kz_day w = KZ_NO_DAY, o = KZ_NO_DAY;
		char d[11];

		kzj_path(path, sizeof path, "transfers", NULL, i);
		days[2 * i] = days[2 * i + 1] = KZ_NO_DAY;
		i++;
		if (object_at(c, j, path) == NULL)
			continue;
		source(c, j, path);
		date(c, j, path, "work", true, &w);
		date(c, j, path, "off", true, &o);
		if (w == KZ_NO_DAY && o == KZ_NO_DAY &&
		    !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(j, "work")) &&
		    !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(j, "off")))
			problem(c, path, "neither 'work' nor 'off' (expected a date in one)");
		for (int k = 0; k < 2; k++) {
			kz_day x = k == 0 ? w : o;

			if (x == KZ_NO_DAY)
				continue;
			kzj_path(p, sizeof p, path, k ? "off" : "work", 0);
			if (x < lo || x > hi) {
				problem(c, p, "%s is outside %d..%d", kz_day_format(x, d),
					KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX);
				continue;
			}
			for (int m = 0; m < 2 * (i - 1); m++)
				if (days[m] == x)
					problem(c, p, "%s is already in transfers[%d] (a duplicate?)",
						kz_day_format(x, d), m / 2);
			days[2 * (i - 1) + k] = x;
		}
	}
	free(days);
}

/* The whole of holidays_kz.json; *entries = holidays + moveable dates + transfers. */
static void check_holidays(struct chk *c, const cJSON *root, size_t *entries)
{
	struct hol h[MAX_HOLIDAYS];
	const cJSON *wk, *w, *rule, *hols, *mv, *tr;
	kz_day d;
	int nh = 0, cf = 0, ct = 0, from, i = 0;
	bool seen[8] = {false};
	char p[32];

	date(c, root, "", "as_of", false, &d);
	source(c, root, "");
	bool got_from = num(c, root, "", "confirmed_from", false, KZ_CAL_YEAR_MIN,
			    KZ_CAL_YEAR_MAX, &cf);

	if (num(c, root, "", "confirmed_through", false, KZ_CAL_YEAR_MIN, KZ_CAL_YEAR_MAX,
		&ct) && got_from && ct < cf)
		problem(c, "confirmed_through", "%d is before confirmed_from %d", ct, cf);
	if ((wk = member(c, root, "", "weekend", cJSON_Array, false)) != NULL)
		cJSON_ArrayForEach(w, wk) {
			kzj_path(p, sizeof p, "weekend", NULL, i++);
			if (!cJSON_IsNumber(w) || w->valuedouble < 1 || w->valuedouble > 7 ||
			    w->valuedouble != (int)w->valuedouble)
				problem(c, p, "expected an ISO weekday 1..7 (6, 7 = Sat, Sun)");
			else if (seen[w->valueint])
				problem(c, p, "%d twice", w->valueint);
			else
				seen[w->valueint] = true;
		}
	if ((rule = member(c, root, "", "weekend_rule", cJSON_Object, false)) != NULL) {
		num(c, rule, "weekend_rule", "from", false, 1900, KZ_CAL_YEAR_MAX, &from);
		source(c, rule, "weekend_rule");
	}
	if ((hols = member(c, root, "", "holidays", cJSON_Array, false)) != NULL)
		check_holiday_rules(c, hols, h, &nh);
	if ((mv = member(c, root, "", "moveable", cJSON_Array, false)) != NULL && hols)
		check_moveable(c, mv, h, nh, cf ? cf : KZ_CAL_YEAR_MAX + 1, ct);
	if ((tr = member(c, root, "", "transfers", cJSON_Array, false)) != NULL)
		check_transfers(c, tr);
	if (c->problems == 0)
		check_transfer_pairs(c, root);
	*entries = (size_t)cJSON_GetArraySize(hols) + (size_t)cJSON_GetArraySize(mv) +
		   (size_t)cJSON_GetArraySize(tr);
}

/* ---- visa_free.json ------------------------------------------------------------------ */

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
	for (int i = 0; i < N_ISO; i++)
		if (strlen(cc) == 2 && iso_codes[2 * i] == cc[0] && iso_codes[2 * i + 1] == cc[1])
			return i;
	return -1;
}

/* One regime: its fields, limits that make sense, a known confidence; *from and *until
 * (KZ_NO_DAY when open or unreadable) for the order check. */
static void check_regime(struct chk *c, const cJSON *j, const char *path, kz_day *from,
			 kz_day *until)
{
	static const char *const kinds[] = {"visa-required", "eaeu", "bilateral", "unilateral",
					    NULL};
	const char *kind, *conf;
	int per_entry = 0, limit = 0, window = 0, k = -1;
	bool trp;
	char p[128];

	*from = *until = KZ_NO_DAY;
	if (object_at(c, j, path) == NULL)
		return;
	date(c, j, path, "from", true, from);
	date(c, j, path, "until", true, until);
	if (str(c, j, path, "regime", false, &kind)) {
		for (k = 0; kinds[k] && strcmp(kinds[k], kind) != 0; k++)
			;
		if (kinds[k] == NULL) {
			k = -1;
			problem(c, kzj_path(p, sizeof p, path, "regime", 0),
				"'%.20s' (expected visa-required, eaeu, bilateral or unilateral)",
				kind);
		}
	}
	num(c, j, path, "per_entry", true, 1, 366, &per_entry);
	num(c, j, path, "limit", true, 1, 366, &limit);
	num(c, j, path, "window", true, 1, 366, &window);
	flag(c, j, path, "trp_route", false, &trp);
	source(c, j, path);
	if (str(c, j, path, "confidence", false, &conf) && strcmp(conf, "high") != 0 &&
	    strcmp(conf, "medium") != 0 && strcmp(conf, "low") != 0)
		problem(c, kzj_path(p, sizeof p, path, "confidence", 0),
			"'%.20s' (expected high, medium or low)", conf);
	if ((limit == 0) != (window == 0) || limit > window)
		problem(c, path, "limit and window go together (expected limit <= window)");
	if (k > 0 && per_entry == 0 && limit == 0)
		problem(c, path, "a visa-free regime without any limit (expected per_entry or "
			"limit)");
	if (*from != KZ_NO_DAY && *until != KZ_NO_DAY && *until < *from)
		problem(c, path, "until before from");
}

/* One country: a name and regimes in date order, without gaps or overlaps. */
static void check_country(struct chk *c, const cJSON *co, const char *path)
{
	const cJSON *regs, *j;
	const char *name, *note_;
	kz_day prev_until = KZ_NO_DAY, from, until;
	char rpath[64], fpath[80], d[11];
	int k = 0;

	if (object_at(c, co, path) == NULL)
		return;
	str(c, co, path, "name", false, &name);
	if ((regs = member(c, co, path, "regimes", cJSON_Array, false)) == NULL)
		return;
	if (cJSON_GetArraySize(regs) == 0 && !str(c, co, path, "note", true, &note_))
		problem(c, path, "regimes: empty (expected a regime, or a note saying why none "
			"applies)");
	cJSON_ArrayForEach(j, regs) {
		snprintf(rpath, sizeof rpath, "%s.regimes[%d]", path, k);
		check_regime(c, j, rpath, &from, &until);
		kzj_path(fpath, sizeof fpath, rpath, "from", 0);
		if (k > 0 && cJSON_IsObject(j)) {
			if (prev_until == KZ_NO_DAY)
				problem(c, rpath, "the regime before it has no end (expected its "
					"until, the day before this one's from)");
			else if (from == KZ_NO_DAY)
				problem(c, fpath, "missing (expected %s, the day after the regime "
					"before)", kz_day_format(prev_until + 1, d));
			else if (from <= prev_until)
				problem(c, fpath, "overlaps the regime before, which ends on %s "
					"(expected %s)", kz_day_format(prev_until, d),
					kz_day_format(prev_until + 1, (char[11]){0}));
			else if (from > prev_until + 1)
				problem(c, fpath, "a gap after the regime before, which ends on %s "
					"(expected %s)", kz_day_format(prev_until, d),
					kz_day_format(prev_until + 1, (char[11]){0}));
		}
		prev_until = until;
		k++;
	}
}

/* The whole of visa_free.json: the 249 codes once each, in order; *entries = countries. */
static void check_regimes(struct chk *c, const cJSON *root, size_t *entries)
{
	const cJSON *cs, *co;
	bool seen[N_ISO] = {false};
	const char *prev = "";
	char path[64], list[4 * 8 + 1];
	kz_day d;
	int missing = 0;

	date(c, root, "", "as_of", false, &d);
	source(c, root, "");
	if ((cs = member(c, root, "", "countries", cJSON_Object, false)) == NULL)
		return;
	cJSON_ArrayForEach(co, cs) {
		int i = iso_index(co->string);

		snprintf(path, sizeof path, "countries.%.8s", co->string);
		if (i < 0)
			problem(c, path, "not an ISO 3166-1 alpha-2 code (expected one of the 249)");
		else if (seen[i])
			problem(c, path, "duplicate (expected each code once)");
		else if (strcmp(co->string, prev) < 0)
			problem(c, path, "out of order (expected codes in A-Z order)");
		if (i >= 0) {
			seen[i] = true;
			prev = co->string;
		}
		check_country(c, co, path);
	}
	/* One line for the lot: a file that lacks many codes should not bury the rest. */
	for (int i = 0; i < N_ISO; i++)
		if (!seen[i] && missing < 8)
			memcpy(list + 4 * missing++, iso_codes + 2 * i, 2);
		else if (!seen[i])
			missing++;
	if (missing > 0) {
		for (int i = 0; i < (missing < 8 ? missing : 8); i++)
			memcpy(list + 4 * i + 2, ", ", 2);
		list[4 * (missing < 8 ? missing : 8) - 2] = '\0';
		problem(c, "countries", "no entry for %d ISO 3166-1 code%s: %s%s (expected all "
			"249)", missing, missing == 1 ? "" : "s", list, missing > 8 ? ", ..." : "");
	}
	*entries = (size_t)cJSON_GetArraySize(cs);
}

/* ---- fines_kz.json ------------------------------------------------------------------- */

/* A number of MCI (> 0, steps of 0.1), "warning", or null (no money penalty). */
static void check_amount(struct chk *c, const cJSON *v, const char *path)
{
	double t;

	if (cJSON_IsNull(v) || (cJSON_IsString(v) && strcmp(v->valuestring, "warning") == 0))
		return;
	if (cJSON_IsNumber(v) && v->valuedouble > 0 && v->valuedouble <= 10000) {
		t = v->valuedouble * 10;
		if (t - (double)(long)(t + 0.5) < 1e-6 && (double)(long)(t + 0.5) - t < 1e-6)
			return;
	}
	problem(c, path, "expected a number of MCI (> 0, in steps of 0.1), \"warning\" or null");
}

/* One fine: its fields and an amount (by host, by tiers of days, a warning, or mci). */
static void check_fine(struct chk *c, const cJSON *j, const char *path)
{
	static const char *const hosts[] = {"individual", "small", "medium", "large"};
	const char *s, *alt = NULL;
	const cJSON *byh = cJSON_GetObjectItemCaseSensitive(j, "by_host");
	const cJSON *tiers = cJSON_GetObjectItemCaseSensitive(j, "tiers");
	const cJSON *mci = cJSON_GetObjectItemCaseSensitive(j, "mci"), *t;
	bool warning = false;
	char p[96];
	int part, k = 0, last = 0;

	str(c, j, path, "article", false, &s);
	num(c, j, path, "part", false, 1, 99, &part);
	str(c, j, path, "name", false, &s);
	str(c, j, path, "offence", false, &s);
	str(c, j, path, "alternative", true, &alt);
	source(c, j, path);
	str(c, j, path, "confidence", false, &s);
	flag(c, j, path, "warning", true, &warning);
	if (byh != NULL) {
		kzj_path(p, sizeof p, path, "by_host", 0);
		if (object_at(c, byh, p) == NULL)
			return;
		for (int h = 0; h < 4; h++) {
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(byh, hosts[h]);
			char q[128];

			snprintf(q, sizeof q, "%s.%s", p, hosts[h]);
			if (v == NULL)
				problem(c, q, "missing (expected a number of MCI, \"warning\" or null)");
			else
				check_amount(c, v, q);
		}
	} else if (tiers != NULL) {
		kzj_path(p, sizeof p, path, "tiers", 0);
		if (!cJSON_IsArray(tiers) || cJSON_GetArraySize(tiers) < 1 ||
		    cJSON_GetArraySize(tiers) > 8) {
			problem(c, p, "expected an array of 1..8 tiers");
			return;
		}
		cJSON_ArrayForEach(t, tiers) {
			char q[128];
			int to = 0;
			bool w = false;

			snprintf(q, sizeof q, "%s[%d]", p, k++);
			if (object_at(c, t, q) == NULL)
				continue;
			if (num(c, t, q, "to_days", false, 1, 100000, &to) && to <= last)
				problem(c, q, "to_days: %d (expected more than the tier before, %d)",
					to, last);
			last = to > last ? to : last;
			flag(c, t, q, "warning", true, &w);
			if (!w && cJSON_GetObjectItemCaseSensitive(t, "mci") == NULL)
				problem(c, q, "no amount (expected mci or \"warning\": true)");
			else if (!w)
				check_amount(c, cJSON_GetObjectItemCaseSensitive(t, "mci"),
					     kzj_path(q, sizeof q, q, "mci", 0));
		}
	} else if (!warning) {
		kzj_path(p, sizeof p, path, "mci", 0);
		if (mci == NULL)
			problem(c, path, "no amount (expected mci, by_host, tiers or "
				"\"warning\": true)");
		else if (cJSON_IsNull(mci) && alt == NULL)
			problem(c, p, "null and no alternative (expected an amount, or the "
				"penalty that replaces it)");
		else
			check_amount(c, mci, p);
	}
}

/* The whole of fines_kz.json; *entries = MCI values + fines + duties. */
static void check_fines(struct chk *c, const cJSON *root, size_t *entries)
{
	const cJSON *mci, *fines, *duties, *notes, *j;
	kz_day d, prev = KZ_NO_DAY;
	char path[32], p[64], ds[11];
	int i = 0, kzt, m10;

	date(c, root, "", "as_of", false, &d);
	source(c, root, "");
	if ((notes = member(c, root, "", "notes", cJSON_Array, true)) != NULL)
		cJSON_ArrayForEach(j, notes) {
			kzj_path(path, sizeof path, "notes", NULL, i++);
			if (object_at(c, j, path) != NULL)
				source(c, j, path);
		}
	i = 0;
	if ((mci = member(c, root, "", "mci", cJSON_Array, false)) != NULL) {
		if (cJSON_GetArraySize(mci) == 0)
			problem(c, "mci", "empty (expected MCI values)");
		cJSON_ArrayForEach(j, mci) {
			kzj_path(path, sizeof path, "mci", NULL, i++);
			if (object_at(c, j, path) == NULL)
				continue;
			num(c, j, path, "kzt", false, 1, 1000000, &kzt);
			source(c, j, path);
			if (!date(c, j, path, "from", false, &d))
				continue;
			if (prev != KZ_NO_DAY && d <= prev)
				problem(c, kzj_path(p, sizeof p, path, "from", 0),
					"%s is not after the row before's %s (expected dates in "
					"increasing order)", kz_day_format(d, ds),
					kz_day_format(prev, (char[11]){0}));
			prev = d > prev || prev == KZ_NO_DAY ? d : prev;
		}
	}
	i = 0;
	if ((fines = member(c, root, "", "fines", cJSON_Array, false)) != NULL)
		cJSON_ArrayForEach(j, fines) {
			kzj_path(path, sizeof path, "fines", NULL, i);
			if (object_at(c, j, path) == NULL) {
				i++;
				continue;
			}
			check_fine(c, j, path);
			i++;
		}
	i = 0;
	if ((duties = member(c, root, "", "duties", cJSON_Array, false)) != NULL)
		cJSON_ArrayForEach(j, duties) {
			const char *id, *name;
			kz_error e = {0};

			kzj_path(path, sizeof path, "duties", NULL, i);
			if (object_at(c, j, path) == NULL) {
				i++;
				continue;
			}
			str(c, j, path, "name", false, &name);
			if (kzj_tenths(j, "mci", false, 0, 10000, c->file, path, &m10, &e))
				problem_err(c, &e);
			source(c, j, path);
			str(c, j, path, "id", false, &id);
			i++;
		}
	*entries = (size_t)cJSON_GetArraySize(mci) + (size_t)cJSON_GetArraySize(fines) +
		   (size_t)cJSON_GetArraySize(duties);
}

/* ---- files --------------------------------------------------------------------------- */

static const char *const data_names[] = {"holidays_kz.json", "visa_free.json",
					 "fines_kz.json"};

static char *ok_lines[MAX_FILES];
static int nok;

/* Keeps a file's "ok" line: printed at the end only when no file had a problem. */
static void ok(const char *file, size_t entries, const char *as_of)
{
	char line[640];

	snprintf(line, sizeof line, "%s: ok (%zu %s, as of %s)", file, entries,
		 entries == 1 ? "entry" : "entries", as_of);
	if (nok < MAX_FILES)
		ok_lines[nok++] = strdup(line);
}

/* The rules a file applies beyond its sources' days, kept as notes printed after the
 * "ok" lines: answers on those days are provisional (issue 10). */
static char *notes[1024];
static int nnotes;

static void unsourced(const char *file, const kz_fines *f, const kz_regimes *r)
{
	static struct kz_unsourced u[1024];
	size_t n = f ? kz_fines_unsourced(f, u, 1024) : kz_regimes_unsourced(r, u, 1024);
	char a[11], b[11], line[1024];
	int k = 0;

	/* One line per rule, its stretches together: the reasons are in the answers. */
	for (size_t i = 0; i < n && i < 1024 && nnotes < 1024; i++) {
		bool first = i == 0 || strcmp(u[i].kind, u[i - 1].kind) != 0 ||
			     strcmp(u[i].what, u[i - 1].what) != 0;
		bool last = i + 1 == n || i + 1 == 1024 || strcmp(u[i].kind, u[i + 1].kind) != 0 ||
			    strcmp(u[i].what, u[i + 1].what) != 0;

		if (first)
			k = snprintf(line, sizeof line, "%s: note: %s %s is applied beyond its "
				     "sources on", file, u[i].kind, u[i].what);
		if (k > 0 && (size_t)k < sizeof line)
			k += snprintf(line + k, sizeof line - (size_t)k, "%s %s..%s",
				      first ? "" : ",",
				      u[i].from == KZ_NO_DAY ? "" : kz_day_format(u[i].from, a),
				      u[i].until == KZ_NO_DAY ? "" : kz_day_format(u[i].until, b));
		if (last)
			notes[nnotes++] = strdup(line);
	}
}

/* One data file: our pass, then the loader's own. */
static void check_data(int which, const char *file, const char *bytes, size_t len)
{
	struct chk c = {file, 0};
	kz_error e = {0};
	cJSON *root = kzj_parse(bytes, len, file, &e);
	size_t entries = 0;
	const char *as_of = NULL;

	if (root == NULL) {
		problem_err(&c, &e);
		return;
	}
	if (which == 0)
		check_holidays(&c, root, &entries);
	else if (which == 1)
		check_regimes(&c, root, &entries);
	else
		check_fines(&c, root, &entries);
	cJSON_Delete(root);
	if (c.problems > 0)
		return;
	if (which == 0) {
		kz_calendar *cal = kz_calendar_load(bytes, len, file, &e);

		if (cal != NULL)
			ok(file, entries, as_of = kz_calendar_as_of(cal));
		kz_calendar_free(cal);
	} else if (which == 1) {
		kz_regimes *r = kz_regimes_load(bytes, len, file, &e);

		/* Each term's place must be one the words know. */
		for (int i = 0; r != NULL && i < r->nterms; i++)
			if (r->terms[i].where != NULL && place_words(r->terms[i].where) == NULL) {
				char p[48];

				problem(&c, kzj_path(p, sizeof p, "terms", NULL, i),
					"where: '%.30s' (expected police, vmp-egov, vmp-eqonaq or "
					"self-online)", r->terms[i].where);
				kz_regimes_free(r);
				return;
			}
		if (r != NULL) {
			ok(file, entries, as_of = kz_regimes_as_of(r));
			unsourced(file, NULL, r);
		}
		kz_regimes_free(r);
	} else {
		kz_fines *f = kz_fines_load(bytes, len, file, &e);

		if (f != NULL) {
			ok(file, entries, as_of = kz_fines_as_of(f));
			unsourced(file, f, NULL);
		}
		kz_fines_free(f);
	}
	if (as_of == NULL)
		problem_err(&c, &e);
}

/* A policy file: every problem through kz_policy_check(), or its "ok" line. */
static void check_policy(const char *file)
{
	struct chk c = {file, 0};
	kz_error e = {0};
	size_t len = 0, n = 0;
	char *bytes = read_file(file, &len, &e);
	kz_policy *pol;

	if (bytes == NULL) {
		problem_err(&c, &e);
		return;
	}
	if (kz_policy_check(bytes, len, file, report_policy, &c, &n) == 0 &&
	    (pol = kz_policy_load(bytes, len, file, &e)) != NULL) {
		ok(file, kz_policy_count(pol), kz_policy_as_of(pol));
		kz_policy_free(pol);
	}
	free(bytes);
}

/* The three data files from DIR: each must be there. */
static void check_data_from_dir(const char *dir)
{
	for (int i = 0; i < 3; i++) {
		char file[1024];
		size_t len = 0;
		kz_error e = {0};
		char *bytes;

		snprintf(file, sizeof file, "%s/%s", dir, data_names[i]);
		if ((bytes = read_file(file, &len, &e)) == NULL) {
			struct chk c = {file, 0};

			problem_err(&c, &e);
			continue;
		}
		check_data(i, file, bytes, len);
		free(bytes);
	}
}

/* The three data files compiled into kzmig. */
static void check_data_built_in(void)
{
	for (int i = 0; i < 3; i++) {
		const struct embedded_file *f = embedded_files;
		char file[64];

		while (f->name && strcmp(f->name, data_names[i]) != 0)
			f++;
		snprintf(file, sizeof file, "%s (built in)", data_names[i]);
		if (f->name == NULL) {
			struct chk c = {file, 0};

			problem(&c, "", "not built into this kzmig (expected data/%s)",
				data_names[i]);
			continue;
		}
		check_data(i, file, f->data, f->len);
	}
}

/* qsort order for file names. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* DIR's *.json files other than the data files, sorted; the count, or -1. */
static int policies_in(const char *dir, char **out, int cap, bool *has_data)
{
	DIR *d = opendir(dir);
	struct dirent *ent;
	int n = 0;

	*has_data = false;
	if (d == NULL)
		return -1;
	while ((ent = readdir(d)) != NULL) {
		size_t len = strlen(ent->d_name);
		bool is_data = false;

		if (len < 6 || strcmp(ent->d_name + len - 5, ".json") != 0 ||
		    ent->d_name[0] == '.')
			continue;
		for (int i = 0; i < 3; i++)
			is_data |= strcmp(ent->d_name, data_names[i]) == 0;
		*has_data |= is_data;
		if (!is_data && n < cap) {
			size_t sz = strlen(dir) + len + 2;

			if ((out[n] = malloc(sz)) != NULL)
				snprintf(out[n++], sz, "%s/%s", dir, ent->d_name);
		}
	}
	closedir(d);
	qsort(out, (size_t)n, sizeof *out, cmp_str);
	return n;
}

/* kzmig data check [DIR] [--policy FILE]...: 0 when every file is valid, else 3. */
int cmd_data(int argc, char **argv)
{
	static const struct option opts[] = {{"policy", required_argument, 0, 'p'},
					     {0, 0, 0, 0}};
	const char *policies[MAX_FILES];
	char *found[MAX_FILES], *reals[2 * MAX_FILES], dir[1024] = "";
	int c, np = 0, nfound = 0, nreal = 0;
	struct stat st;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c != 'p')
			return bad_option("data", c, argv);
		if (np == MAX_FILES)
			return fail(EXIT_USAGE, "--policy", "more than %d policy files", MAX_FILES);
		policies[np++] = optarg;
	}
	if (optind >= argc || strcmp(argv[optind], "check") != 0)
		return fail(EXIT_USAGE, "data", "%s%.40s%s (expected 'check [DIR] [--policy FILE]')",
			    optind < argc ? "unknown subcommand '" : "a subcommand is needed",
			    optind < argc ? argv[optind] : "", optind < argc ? "'" : "");
	if (argc - optind > 2)
		return fail(EXIT_USAGE, "data check", "unexpected argument '%.40s' (expected one "
			    "DIR at most)", argv[optind + 2]);
	if (optind + 1 < argc)
		snprintf(dir, sizeof dir, "%s", argv[optind + 1]);
	else if (data_dir_get() != NULL) /* --data DIR, else KZMIG_DATA */
		snprintf(dir, sizeof dir, "%s", data_dir_get());
	for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--)
		dir[n - 1] = '\0';

	total_problems = 0;
	if (*dir == '\0') {
		check_data_built_in();
	} else if (stat(dir, &st) != 0) {
		struct chk ch = {dir, 0};

		problem(&ch, "", "cannot open: %s", strerror(errno));
	} else if (!S_ISDIR(st.st_mode)) {
		struct chk ch = {dir, 0};

		problem(&ch, "", "not a folder (expected a folder with the data files)");
	} else {
		bool has_data;

		nfound = policies_in(dir, found, MAX_FILES, &has_data);
		if (nfound < 0) {
			struct chk ch = {dir, 0};

			problem(&ch, "", "cannot open: %s", strerror(errno));
			nfound = 0;
		} else if (has_data) {
			check_data_from_dir(dir);
		} else if (nfound == 0 && np == 0) {
			struct chk ch = {dir, 0};

			problem(&ch, "", "no data or policy files here (expected holidays_kz.json, "
				"visa_free.json, fines_kz.json or a policy .json)");
		} else {
			check_data_built_in();
		}
	}
	/* DIR's policies, then --policy's; a file named twice is checked once. */
	for (int i = 0; i < nfound + np; i++) {
		const char *f = i < nfound ? found[i] : policies[i - nfound];
		char *real = realpath(f, NULL);
		bool dup = false;

		for (int k = 0; k < nreal && real; k++)
			dup |= strcmp(reals[k], real) == 0;
		if (!dup)
			check_policy(f);
		if (real != NULL && !dup && nreal < 2 * MAX_FILES)
			reals[nreal++] = real;
		else
			free(real);
	}
	for (int i = 0; i < nfound; i++)
		free(found[i]);
	for (int i = 0; i < nreal; i++)
		free(reals[i]);
	for (int i = 0; i < nok; i++) {
		if (total_problems == 0 && ok_lines[i])
			puts(ok_lines[i]);
		free(ok_lines[i]);
	}
	for (int i = 0; i < nnotes; i++) {
		if (total_problems == 0 && notes[i])
			puts(notes[i]);
		free(notes[i]);
	}
	nok = nnotes = 0;
	return total_problems ? EXIT_DATA : EXIT_OK;
}
