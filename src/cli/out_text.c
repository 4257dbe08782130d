/* out_text.c — text for people to read: `due`'s table of one person's deadlines, and
 * `remind`'s e-mail body (the listed deadlines under a heading for each day).  Written
 * through stdio to the output's FILE, wrapped at WRAP_WIDTH and never inside a date;
 * colour only on a terminal (util.c). */
#include <string.h>

#include "i18n.h"
#include "out.h"
#include "words.h"

/* ---- due -------------------------------------------------------------------------------- */

/* Who must act, as the person reading `due` is addressed. */
static const char *who_due(enum kz_responsible r)
{
	/* TRANSLATORS: the WHO column of `due`: who must act. */
	return r == KZ_RESP_RECEIVING_PARTY ? C_("who", "host")
	       : r == KZ_RESP_IMMIGRANT     ? C_("who", "you")
					    : C_("who", "office");
}

/* The layout: DUE (as wide as the widest date of the table: 16 columns in English, and a
 * mark for a provisional date), LEFT (6), WHAT (48: the longest English title, "Notify the
 * migration service of the new address", is 47) and WHO; the lines under a deadline start
 * under WHAT and wrap at WRAP_WIDTH with a hanging indent after their label. */
static int due_w = 16, left_w = 6;
#define SUB (2 + due_w + 1 + left_w + 2) /* where WHAT starts: 27 in English */
#define WHAT_W 48

/* The hanging indent of a line whose label ends where its format's first conversion
 * starts: "If missed: %s" hangs by the width of "If missed: " in the run's language. */
static int hang_of(const char *fmt)
{
	return text_width(fmt, strcspn(fmt, "%"));
}
/* A labelled line under WHAT ("Where: ...") hanging after its label; fmt is _("...") and
 * is looked up twice, so the compiler checks the translation's conversions. */
#define LABELLED(f, indent, style, fmt, ...) \
	print_wrapped(f, indent, hang_of(fmt), style, fmt, __VA_ARGS__)

/* "" or the reset sequence after a style that was turned on. */
static const char *off(const char *on)
{
	return on[0] ? sgr(ST_RESET) : "";
}

/* How a deadline's row stands out on a terminal: overdue and problem red, due today and
 * an open window yellow, not required dim; "" for the others. */
static const char *row_style(enum kz_status s)
{
	switch (s) {
	case KZ_STATUS_OVERDUE:
	case KZ_STATUS_PROBLEM: return sgr(ST_RED);
	case KZ_STATUS_DUE_TODAY:
	case KZ_STATUS_OPEN: return sgr(ST_YELLOW);
	case KZ_STATUS_NOT_REQUIRED: return sgr(ST_DIM);
	default: return "";
	}
}

/* The due date is bold, in the row's colour (a dim row stays dim). */
static const char *date_style(enum kz_status s)
{
	switch (s) {
	case KZ_STATUS_OVERDUE:
	case KZ_STATUS_PROBLEM: return sgr(ST_BOLD_RED);
	case KZ_STATUS_DUE_TODAY:
	case KZ_STATUS_OPEN: return sgr(ST_BOLD_YELLOW);
	case KZ_STATUS_NOT_REQUIRED: return sgr(ST_DIM);
	default: return sgr(ST_BOLD);
	}
}

/* "If missed: ..." and, for a warning (which says little of what a repeat costs), "Again
 * within a year: ..."; then why the amount is provisional. */
static void fine_lines(FILE *f, const struct kz_penalty *fine, const struct kz_penalty *repeat)
{
	char w[PENALTY_WORDS];

	LABELLED(f, SUB, "", _("If missed: %s"), penalty_words(fine, w));
	if (fine->warning && !fine->has_host && repeat != NULL && repeat->article &&
	    !repeat->warning && repeat->mci10 > 0)
		LABELLED(f, SUB, "", _("Again within a year: %s"), penalty_words(repeat, w));
	if (fine->provisional)
		print_wrapped(f, SUB + hang_of(_("If missed: %s")), 0, "", _("provisional: %s"),
			      data_text(fine->why));
}

/* --explain: one line per day the count passed over (and per weekend day worked by
 * decree, which the count includes); a long reason hangs under itself. */
static void explain_text_day(void *ctx, kz_day day, enum explain_kind kind, const char *why)
{
	/* TRANSLATORS: --explain, before why a day is not counted, or is. */
	const char *how = kind == EXPLAIN_SKIPPED ? _("skipped:") : _("counted:");
	char a[DAY_TEXT];

	fmt_day_long(day, a);
	print_wrapped(ctx, SUB + 2, due_w + 1 + text_width(how, strlen(how)) + 1, "", "%-*s %s %s",
		      pad_cols(a, due_w), a, how, why);
}

static void explain_lines(FILE *f, const kz_calendar *cal, const struct kz_deadline *d)
{
	char a[DAY_TEXT], b[DAY_TEXT];

	if (d->count_from == KZ_NO_DAY || d->count_to == KZ_NO_DAY ||
	    !kz_calendar_covers(cal, d->count_from))
		return;
	print_wrapped(f, SUB, 0, "", _("Counted in working days from %s to %s:"),
		      fmt_day_long(d->count_from, a), fmt_day_long(d->count_to, b));
	if (explain_span(cal, d->count_from, d->count_to, explain_text_day, f) == 0)
		fprintf(f, "%*s%s\n", SUB + 2, "", _("no day skipped: every day is a working day"));
}

/* The LEFT column of a deadline: "28 d", "today", "-96 d" or "-". */
static void left_text(const struct kz_deadline *d, char left[24])
{
	if (d->due == KZ_NO_DAY)
		snprintf(left, 24, "-");
	else if (d->days_left == 0)
		snprintf(left, 24, "%s", C_("left", "today"));
	else /* negative when overdue: "OVERDUE since" follows on the next line */
		/* TRANSLATORS: the LEFT column: days left. */
		snprintf(left, 24, _("%d d"), d->days_left);
}

/* The row of one deadline: DUE, LEFT, WHAT (wrapped inside its column if it is an
 * institution's long title) and WHO. */
static void row(FILE *f, const struct kz_deadline *d)
{
	const char *rs = row_style(d->status), *date = date_style(d->status);
	const char *title = deadline_title(d), *rest;
	char a[DAY_TEXT], due[DAY_TEXT], left[24];
	size_t len;

	left_text(d, left);
	/* the mark of a provisional date right after it: "Fri 12 Mar 2027*" */
	snprintf(due, sizeof due, "%s", d->due == KZ_NO_DAY ? "-" : fmt_day_long(d->due, a));
	len = wrap_line(title, WHAT_W, &rest);
	fprintf(f, "  %s%s%s%s%s%s%*s%s%*s%s  %s%.*s%s%*s %s\n", date, due, off(date),
		d->provisional ? sgr(ST_YELLOW) : "", d->provisional ? "*" : "",
		d->provisional ? off(sgr(ST_YELLOW)) : "",
		due_w + 1 - text_width(due, strlen(due)) - (int)d->provisional, "", rs,
		left_w + (int)strlen(left) - text_width(left, strlen(left)), left, off(rs), rs,
		(int)len,
		title, off(rs),
		WHAT_W - text_width(title, len) > 0 ? WHAT_W - text_width(title, len) : 0, "",
		who_due(d->responsible));
	while (*rest) {
		const char *line = rest;

		len = wrap_line(line, WHAT_W, &rest);
		fprintf(f, "%*s%s%.*s%s\n", SUB, "", rs, (int)len, line, off(rs));
	}
}

/* The lines under a deadline's row: its state, dates, where, basis and fine. */
static void details(FILE *f, const struct out_doc *doc, const struct kz_deadline *d)
{
	const char *where = deadline_where(d);
	char a[DAY_TEXT];

	if (d->status == KZ_STATUS_OVERDUE)
		print_wrapped(f, SUB, 0, sgr(ST_BOLD_RED), _("OVERDUE since %s"),
			      fmt_day_long(d->due + 1, a));
	if (d->status == KZ_STATUS_NOT_REQUIRED)
		LABELLED(f, SUB, sgr(ST_DIM), _("Not required: %s"), d->reason);
	if (d->status == KZ_STATUS_PROBLEM)
		LABELLED(f, SUB, sgr(ST_RED), _("PROBLEM: %s"), d->reason);
	if (d->unsettled && d->status != KZ_STATUS_NOT_REQUIRED)
		LABELLED(f, SUB, sgr(ST_YELLOW), _("Provisional: %s"), data_text(d->unsettled));
	if (d->move)
		print_wrapped(f, SUB, 0, "", _("After the move on %s"), fmt_day_long(d->event, a));
	if (d->opens != KZ_NO_DAY && d->status == KZ_STATUS_OPEN)
		print_wrapped(f, SUB, 0, sgr(ST_YELLOW), _("Window opens %s (open now)"),
			      fmt_day_long(d->opens, a));
	else if (d->opens != KZ_NO_DAY)
		print_wrapped(f, SUB, 0, "", _("Window opens %s"), fmt_day_long(d->opens, a));
	if (d->apply_by != KZ_NO_DAY)
		print_wrapped(f, SUB, 0, "", _("Apply by %s"), fmt_day_long(d->apply_by, a));
	if (where[0])
		LABELLED(f, SUB, "", _("Where: %s"), where);
	/* TRANSLATORS: the first %s is what the stay rests on (visa-free, visa, TRP), the
	 * second the legal basis. */
	LABELLED(f, SUB, "", _("Basis (%s): %s"), stay_words(d->stay),
		 d->basis ? data_text(d->basis) : "");
	if (d->has_fine)
		fine_lines(f, &d->fine, &d->repeat);
	if (doc->explain)
		explain_lines(f, doc->data->cal, d);
}

/* `due`: a heading naming the person and today, then the table. */
static int text_person(struct out *o, const struct out_person *who)
{
	const struct out_doc *doc = o->doc;
	const struct kz_person *p = who->p;
	const kz_calendar *cal = doc->data->cal;
	const char *country = doc->data->regimes ? kz_country_name(doc->data->regimes,
								  p->citizenship) : NULL;
	char a[DAY_TEXT], t[DAY_TEXT];
	bool any_provisional = false;

	const char *h_due = C_("column", "DUE"), *h_left = C_("column", "LEFT");
	const char *h_what = C_("column", "WHAT");

	/* DUE is as wide as the widest date in it */
	due_w = text_width(h_due, strlen(h_due)) > 16 ? text_width(h_due, strlen(h_due)) : 16;
	left_w = text_width(h_left, strlen(h_left)) > 6 ? text_width(h_left, strlen(h_left)) : 6;
	for (size_t i = 0; i < who->n; i++) {
		char l[24];
		int w = 1;

		left_text(&who->dl[i], l);
		if (text_width(l, strlen(l)) > left_w)
			left_w = text_width(l, strlen(l));

		if (who->dl[i].due != KZ_NO_DAY) {
			fmt_day_long(who->dl[i].due, a);
			w = text_width(a, strlen(a));
		}
		w += who->dl[i].provisional;
		if (w > due_w)
			due_w = w;
	}
	fputs(sgr(ST_BOLD), o->f);
	fprintf(o->f, _("Deadlines for a citizen of %s (%s) who arrived on %s"),
		country ? data_text(country) : p->citizenship, p->citizenship,
		fmt_day_long(p->arrival, a));
	fprintf(o->f, "%s\n", sgr(ST_RESET));
	fprintf(o->f, _("Today: %s (Asia/Almaty). Calendar data as of %s."),
		fmt_day_long(p->today, t), kz_calendar_as_of(cal));
	fprintf(o->f, "\n\n  %-*s %*s  %-*s %s\n", pad_cols(h_due, due_w), h_due,
		left_w + (int)strlen(h_left) - text_width(h_left, strlen(h_left)), h_left,
		pad_cols(h_what, WHAT_W), h_what, C_("column", "WHO"));
	for (size_t i = 0; i < who->n; i++) {
		const struct kz_deadline *d = &who->dl[i];

		row(o->f, d);
		/* the footnote is the calendar's: a law not settled says so on its line */
		any_provisional |= d->provisional && d->due != KZ_NO_DAY &&
				   kz_span_provisional(cal, d->event, d->due);
		details(o->f, doc, d);
	}
	if (any_provisional) {
		fprintf(o->f, "\n");
		print_wrapped(o->f, 0, 2, "", _("%s*%s provisional: the counting runs into a year "
						"with no decree on days off yet (data covers %d-%d); "
						"check again when it is published."),
			      sgr(ST_YELLOW), sgr(ST_RESET), kz_calendar_confirmed_from(cal),
			      kz_calendar_confirmed_through(cal));
	}
	return 0;
}

/* ---- remind ----------------------------------------------------------------------------- */

/* Who must act, as the office reads it. */
static const char *who_office(enum kz_responsible r)
{
	/* TRANSLATORS: remind's "who:": who must act, as the office reads it. */
	return r == KZ_RESP_RECEIVING_PARTY ? C_("who", "host")
	       : r == KZ_RESP_IMMIGRANT     ? C_("who", "the person")
					    : C_("who", "the office");
}

/* A line naming the span listed, for the e-mail's first line. */
static int text_begin(struct out *o)
{
	char a[DAY_TEXT], b[DAY_TEXT];

	if (o->doc->roster != NULL)
		fprintf(o->f, _("Migration deadlines from %s to %s (%s):\n"),
			fmt_day_long(o->doc->first, a), fmt_day_long(o->doc->last, b),
			o->doc->roster);
	return 0;
}

/* The date, bold on a terminal, and "(today)" (yellow), "(tomorrow)", "(in 3 days)",
 * "(2 days ago)". */
static void heading(FILE *f, kz_day day, kz_day today)
{
	char b[DAY_TEXT];
	int k = day - today;

	fprintf(f, "\n%s%s%s", sgr(ST_BOLD), fmt_day_long(day, b), sgr(ST_RESET));
	if (k == 0)
		fprintf(f, " %s%s%s\n", sgr(ST_YELLOW), _("(today)"), sgr(ST_RESET));
	else if (k == 1)
		fprintf(f, " %s\n", _("(tomorrow)"));
	else if (k == -1)
		fprintf(f, " %s\n", _("(yesterday)"));
	else if (k > 0)
		fprintf(f, P_(" (in %d day)\n", " (in %d days)\n", k), k);
	else
		fprintf(f, P_(" (%d day ago)\n", " (%d days ago)\n", -k), -k);
}

/* One line under its day's heading: name (id), what to do, the dates that matter, who,
 * and the fine. */
static int text_item(struct out *o, const struct out_item *it)
{
	const struct kz_deadline *d = it->d;
	kz_day today = o->doc->today;
	char b[DAY_TEXT], w[PENALTY_WORDS];
	FILE *f = o->f;

	if (it->date != o->last)
		heading(f, it->date, today);
	o->last = it->date;
	fprintf(f, "  ");
	if (it->name[0])
		fprintf(f, "%s (%s): ", it->name, it->id);
	else
		fprintf(f, "%s: ", it->id);
	if (it->what == ITEM_OPENS)
		fprintf(f, "%s ", _("window opens:"));
	else if (it->what == ITEM_APPLY && it->date < today)
		fprintf(f, "%s%s%s ", sgr(ST_BOLD_RED),
			_("OVERDUE: apply at once (the apply-by day has passed):"), sgr(ST_RESET));
	else if (it->what == ITEM_APPLY)
		fprintf(f, "%s ", _("apply by this day:"));
	else if (d->status == KZ_STATUS_OVERDUE)
		fprintf(f, "%s%s%s ", sgr(ST_BOLD_RED), _("OVERDUE:"), sgr(ST_RESET));
	else if (d->status == KZ_STATUS_PROBLEM)
		fprintf(f, "%s%s%s ", sgr(ST_RED), _("PROBLEM:"), sgr(ST_RESET));
	fprintf(f, "%s", deadline_title(d));
	if (it->what != ITEM_DUE && d->due != KZ_NO_DAY)
		fprintf(f, _(", due %s"), fmt_day_long(d->due, b));
	if (it->what == ITEM_DUE && d->opens != KZ_NO_DAY)
		fprintf(f, _(", window opens %s"), fmt_day_long(d->opens, b));
	if (it->what != ITEM_APPLY && d->apply_by != KZ_NO_DAY &&
	    d->apply_by < today && d->status != KZ_STATUS_OVERDUE)
		fprintf(f, _(", apply by %s (passed)"), fmt_day_long(d->apply_by, b));
	else if (it->what != ITEM_APPLY && d->apply_by != KZ_NO_DAY)
		fprintf(f, _(", apply by %s"), fmt_day_long(d->apply_by, b));
	fprintf(f, _("; who: %s"), who_office(d->responsible));
	if (d->has_fine)
		fprintf(f, _("; if missed: %s"), penalty_words(&d->fine, w));
	if (d->provisional)
		fprintf(f, _(" [provisional: %s]"), provisional_why(d));
	if (d->status == KZ_STATUS_PROBLEM && d->reason[0])
		fprintf(f, " (%s)", d->reason);
	fprintf(f, "\n");
	return 0;
}

/* The last line of both: the reader is told what kzmig is not. */
static int text_end(struct out *o, bool write)
{
	if (write)
		fprintf(o->f, "\n%s\n", _("Not legal advice: check with the migration service."));
	return 0;
}

const struct out_format out_text = {"text", text_begin, text_person, text_item, text_end};
