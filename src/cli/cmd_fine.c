/* cmd_fine.c — kzmig fine: what a violation costs, in MCI and in KZT at the MCI in force
 * on the day of the violation.
 *   kzmig fine late-notification [--on DATE] [--host CAT] [--repeat] [--format text|json]
 *   kzmig fine overstay --days N [--on DATE] [--repeat] [--format text|json]
 *   kzmig fine ARTICLE PART [--days N] [--on DATE] [--host CAT] [--format text|json]
 *   kzmig fine NAME ...            (a name from the list: transit, harbouring, ...)
 *   kzmig fine --list [--format text|json]
 */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "out.h"
#include "words.h"

#define MAX_RULES 64
#define INDENT 17

static const char *const host_names[] = {"individual", "small", "medium", "large", NULL};

/* Who each host category is (CAO art. 518 columns), after "small: " (--host's word). */
static const char *const host_words[] = {
	N_("a private person"),
	N_("officials, small business and non-profit organisations (most universities)"),
	N_("medium business"),
	N_("large business"),
};

/* Prints "  Label:       text", the text wrapped under itself (util.c's wrapping, which
 * never splits a date); a label as wide as the column or wider is followed by a space. */
static void wrapped(const char *label, const char *text)
{
	if (label[0] == '\0')
		print_wrapped(stdout, INDENT, 0, "", "%s", text);
	else if (text_width(label, strlen(label)) < INDENT - 2)
		print_wrapped(stdout, 2, INDENT - 2, "", "%-*s%s", pad_cols(label, INDENT - 2),
			      label, text);
	else
		print_wrapped(stdout, 2, INDENT - 2, "", "%s %s", label, text);
}

/* The rule behind a penalty (for its name and offence), found by its article. */
static const struct kz_fine_rule *rule_of(const struct kz_fine_rule *rules, size_t n,
					  const char *label)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(rules[i].label, label) == 0)
			return &rules[i];
	return NULL;
}

static void print_text(const struct kz_penalty *p, const struct kz_fine_rule *rules,
		       size_t nrules, int days)
{
	const struct kz_fine_rule *r = rule_of(rules, nrules, p->article);
	char d[DAY_TEXT], k[32], v[32], cost[64], buf[1024];

	/* The article, its name (a word of the command line) and the host's category. */
	printf("%s", data_text(p->article));
	if (r != NULL)
		printf(" (%s)", r->name);
	if (p->has_host)
		printf(", %s", host_cat_words(p->host));
	printf("\n");
	if (r != NULL)
		/* TRANSLATORS: the labels of kzmig fine's lines, as "Offence:       the
		 * receiving party failed to ...": the text starts in column 18. */
		wrapped(_("Offence:"), data_text(r->offence));
	if (p->has_host) {
		snprintf(buf, sizeof buf, "%s: %s", kz_host_name(p->host), _(host_words[p->host]));
		wrapped(_("Host:"), buf);
	}
	if (r != NULL && r->by_days && days > 0) {
		/* TRANSLATORS: after "Days:", the days of an overstay. */
		snprintf(buf, sizeof buf, P_("%d past the last legal day of the stay",
					     "%d past the last legal day of the stay", days),
			 days);
		wrapped(_("Days:"), buf);
	}
	/* TRANSLATORS: after "On:": %1$s the day of the violation, %2$s the tenge in one MCI
	 * (monthly calculation index) on it. */
	snprintf(buf, sizeof buf, _("%s, when 1 MCI = %s KZT"), fmt_day_long(p->on, d),
		 fmt_kzt((int64_t)p->mci_value * 10, v));
	wrapped(_("On:"), buf);
	if (p->provisional)
		wrapped(_("Provisional:"), data_text(p->why));
	if (p->warning) {
		wrapped(_("Penalty:"), _("a warning (no fine)"));
	} else if (p->mci10 == 0) {
		/* TRANSLATORS: after "Penalty:": %s what is imposed instead of money. */
		snprintf(buf, sizeof buf, _("no fine: %s"),
			 p->alternative ? data_text(p->alternative) : "-");
		wrapped(_("Penalty:"), buf);
	} else {
		wrapped(_("Penalty:"), penalty_cost(p, cost));
		if (p->alternative != NULL)
			wrapped(_("Or instead:"), data_text(p->alternative));
		/* CAO art. 811: information only, the amount above stays the full fine. */
		if (p->kzt10 % 2 == 0 && p->alternative)
			snprintf(buf, sizeof buf,
				 /* TRANSLATORS: after "Early payment:": %s half the fine in
				  * tenge. */
				 _("half the fine (%s KZT) if the offence is admitted and paid "
				   "within 7 days of the notice (CAO art. 811), not when expulsion "
				   "or arrest is imposed (art. 810); shown for information, not "
				   "applied above"),
				 fmt_kzt(p->kzt10 / 2, k));
		else if (p->kzt10 % 2 == 0)
			snprintf(buf, sizeof buf,
				 /* TRANSLATORS: after "Early payment:": %s half the fine in
				  * tenge. */
				 _("half the fine (%s KZT) if the offence is admitted and paid "
				   "within 7 days of the notice (CAO art. 811); shown for "
				   "information, not applied above"),
				 fmt_kzt(p->kzt10 / 2, k));
		else
			snprintf(buf, sizeof buf, "%s",
				 _("half the fine if the offence is admitted and paid within 7 "
				   "days of the notice (CAO art. 811); shown for information, "
				   "not applied above"));
		wrapped(_("Early payment:"), buf);
	}
	/* Migration Law art. 48 counts penalties for late notification, stay documents and
	 * departure: the offences of art. 518 part 1, and their repeat in part 3. */
	if (r != NULL && strcmp(r->article, "518") == 0 && r->part != 2)
		wrapped(_("Invitations:"),
			_("two or more such penalties within 12 months bar the host's "
			  "invitation applications (Migration Law art. 48)"));
	wrapped(_("Source:"), p->source);
}

/* The list as JSON: {"as_of","on","fines":[{"article","name","offence","by_host",
 * "by_days","source","reason"}]}. */
static int list_json(const kz_fines *f, kz_day on, const struct kz_fine_rule *rules, size_t n)
{
	cJSON *root = cJSON_CreateObject(), *arr, *o;
	bool ok = root && j_str(root, "as_of", kz_fines_as_of(f)) && j_day(root, "on", on) &&
		  j_item(root, "fines", arr = cJSON_CreateArray());

	for (size_t i = 0; ok && i < n; i++)
		ok = j_push(arr, o = cJSON_CreateObject()) && j_str(o, "article", rules[i].label) &&
		     j_str(o, "name", rules[i].name) &&
		     j_str(o, "offence", data_text(rules[i].offence)) &&
		     j_bool(o, "by_host", rules[i].by_host) &&
		     j_bool(o, "by_days", rules[i].by_days) &&
		     j_str(o, "source", rules[i].source) &&
		     j_str(o, "reason", rules[i].why ? data_text(rules[i].why) : NULL);
	if (!ok) {
		cJSON_Delete(root);
		root = NULL;
	}
	return j_print(root, true);
}

static int list(const kz_fines *f, kz_day on, const struct kz_fine_rule *rules, size_t n,
		int format)
{
	char hint[48], d[DAY_TEXT];

	if (format == 1)
		return list_json(f, on, rules, n);
	/* TRANSLATORS: %1$s a date, %2$s the day (YYYY-MM-DD) the data was last checked;
	 * "kzmig fine ARTICLE PART" is a command: keep it as it is. */
	printf(_("Fines in force on %s (data as of %s). Show one with kzmig fine ARTICLE PART, "
		 "or by its name."), fmt_day_long(on, d), kz_fines_as_of(f));
	printf("\n\n");
	for (size_t i = 0; i < n; i++) {
		const char *label = data_text(rules[i].label);

		snprintf(hint, sizeof hint, "kzmig fine %.8s %d%s", rules[i].article, rules[i].part,
			 rules[i].by_host ? " --host CAT" : rules[i].by_days ? " --days N" : "");
		if (text_width(label, strlen(label)) < INDENT)
			printf("%-*s", pad_cols(label, INDENT), label);
		else
			printf("%s ", label);
		printf("%-24s %s\n", rules[i].name, hint);
		wrapped("", data_text(rules[i].offence));
		if (rules[i].why)
			/* TRANSLATORS: under a fine of kzmig fine --list: why its text is not
			 * settled for the day. */
			print_wrapped(stdout, INDENT, 0, "", _("provisional: %s"),
				      data_text(rules[i].why));
	}
	return EXIT_OK;
}

int cmd_fine(int argc, char **argv)
{
	static const struct option opts[] = {{"on", required_argument, 0, 'o'},
					     {"host", required_argument, 0, 'h'},
					     {"days", required_argument, 0, 'd'},
					     {"repeat", no_argument, 0, 'r'},
					     {"format", required_argument, 0, 'f'},
					     {"list", no_argument, 0, 'l'},
					     {0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", NULL};
	const struct kz_data *data;
	static struct kz_fine_rule rules[MAX_RULES], all[MAX_RULES];
	struct kz_penalty pen;
	kz_error err = {0};
	kz_day on = KZ_NO_DAY;
	long days = 0;
	int c, format = 0, host = KZ_HOST_SMALL, npos, rc;
	bool repeat = false, do_list = false;
	size_t nrules, nall;
	char **pos;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case 'o': bad = opt_date("--on", optarg, &on); break;
		case 'h': bad = opt_format("--host", optarg, host_names, &host); break;
		case 'd': bad = opt_int("--days", optarg, 1, 100000, &days); break;
		case 'r':
			repeat = true;
			break;
		case 'f': bad = opt_format("--format", optarg, formats, &format); break;
		case 'l':
			do_list = true;
			break;
		default:
			return bad_option("fine", c, argv, opts);
		}
		if (bad)
			return EXIT_USAGE;
	}
	pos = argv + optind;
	npos = argc - optind;
	if (do_list && npos > 0)
		return fail(EXIT_USAGE, "fine", "--list takes no '%.40s' (expected kzmig fine "
			    "--list [--format text|json])", pos[0]);
	if (!do_list && npos == 0)
		return fail(EXIT_USAGE, "fine", "which fine? (expected late-notification, "
			    "overstay --days N, or ARTICLE PART from kzmig fine --list)");
	if ((data = data_load(DATA_FINES)) == NULL)
		return EXIT_DATA;
	if (on == KZ_NO_DAY)
		on = today_almaty();
	/* The texts in force on the day, for the list and the words; every text, for the
	 * names (a part deleted since is still found by its name, and then refused for the
	 * day with its dates). */
	nrules = kz_fine_rules(data->fines, on, rules, MAX_RULES);
	if (nrules > MAX_RULES)
		nrules = MAX_RULES;
	nall = kz_fine_rules(data->fines, KZ_NO_DAY, all, MAX_RULES);
	if (nall > MAX_RULES)
		nall = MAX_RULES;
	if (do_list)
		return list(data->fines, on, rules, nrules, format);

	if (strcmp(pos[0], "late-notification") == 0) {
		if (npos > 1)
			return fail(EXIT_USAGE, "fine", "unexpected '%.40s' after late-notification "
				    "(expected options only)", pos[1]);
		rc = kz_fine_late_notification(data->fines, on, (enum kz_host)host, repeat, &pen,
					       &err);
	} else if (strcmp(pos[0], "overstay") == 0) {
		if (npos > 1)
			return fail(EXIT_USAGE, "fine", "unexpected '%.40s' after overstay "
				    "(expected --days N)", pos[1]);
		if (days == 0)
			return fail(EXIT_USAGE, "--days", "missing (expected --days N: days past "
				    "the last legal day, 1 or more)");
		rc = kz_fine_overstay(data->fines, (int)days, on, repeat, &pen, &err);
	} else {
		const char *article = NULL;
		long part = 0;

		if (repeat)
			return fail(EXIT_USAGE, "--repeat", "goes with late-notification or "
				    "overstay (expected the repeat's own part, e.g. kzmig fine "
				    "518 3)");
		/* A name from the data (transit, harbouring, ...), or ARTICLE PART. */
		for (size_t i = 0; i < nall; i++)
			if (strcmp(pos[0], all[i].name) == 0) {
				article = all[i].article;
				part = all[i].part;
			}
		if (article != NULL) {
			if (npos > 1)
				return fail(EXIT_USAGE, "fine", "unexpected '%.40s' after %s "
					    "(expected options only)", pos[1], pos[0]);
		} else if (strspn(pos[0], "0123456789") == strlen(pos[0]) &&
			   strlen(pos[0]) <= 8) {
			if (npos < 2)
				return fail(EXIT_USAGE, "fine", "article %s needs a PART (expected "
					    "e.g. kzmig fine 518 1; see kzmig fine --list)",
					    pos[0]);
			if (npos > 2)
				return fail(EXIT_USAGE, "fine", "unexpected '%.40s' after %s %s "
					    "(expected options only)", pos[2], pos[0], pos[1]);
			if (opt_int("PART", pos[1], 1, 99, &part))
				return EXIT_USAGE;
			article = pos[0];
		} else {
			return fail(EXIT_USAGE, "fine", "unknown fine '%.40s' (expected "
				    "late-notification, overstay, or ARTICLE PART or a name from "
				    "kzmig fine --list)", pos[0]);
		}
		rc = kz_fine(data->fines, article, (int)part, (enum kz_host)host, (int)days, on,
			     &pen, &err);
	}
	if (rc != 0) {
		/* The date is the one given with --on (or today). */
		if (err.code == KZ_ERANGE && strcmp(err.where, "date") == 0)
			snprintf(err.where, sizeof err.where, "--on");
		else if (strcmp(err.where, "days") == 0)
			snprintf(err.where, sizeof err.where, "--days");
		else if (strcmp(err.where, "article") == 0)
			snprintf(err.where, sizeof err.where, "ARTICLE");
		return fail_err(&err);
	}
	if (format == 1)
		return j_print(penalty_json(&pen, NULL), true);
	print_text(&pen, rules, nrules, (int)days);
	return EXIT_OK;
}
