/* main.c — kzmig: the table of subcommands and the dispatch. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"

static int cmd_version(int argc, char **argv);

/* One row per subcommand: `kzmig help` prints this table, and each usage line is the
 * command's SYNOPSIS in kzmig.1. */
const struct cmd commands[] = {
	{"due", cmd_due,
	 "due --arrival DATE --citizenship CC [--birth DATE] [--visa-expiry DATE]\n"
	 "          [--passport-expiry DATE] [--trip FROM:TO]... [--moved DATE]...\n"
	 "          [--host individual|small|medium|large] [--count-from arrival|next-day]\n"
	 "          [--policy FILE] [--today DATE] [--format text|json|ics]\n"
	 "          [--alarm DAYS[,DAYS]...] [--explain] [--color auto|always|never]\n"
	 "          [--data DIR]",
	 N_("every deadline for one person")},
	{"stay", cmd_stay,
	 "stay --citizenship CC [--trip FROM:TO]... [--arrival DATE] [--on DATE]\n"
	 "          [--format text|json] [--data DIR]",
	 N_("days of stay used and left in the 180-day window; the last legal day")},
	{"calendar", cmd_calendar,
	 "calendar --year YYYY [--format text|json|ics] [--color auto|always|never] [--data DIR]",
	 N_("the year's holidays, days off and working weekends")},
	{"workdays", cmd_workdays,
	 "workdays add DATE N [--explain] | workdays count FROM TO [--explain]",
	 N_("N working days after DATE; working days in [FROM, TO)")},
	{"fine", cmd_fine,
	 "fine late-notification [--on DATE] [--host CAT] [--repeat] [--format text|json]\n"
	 "       kzmig fine overstay --days N [--on DATE] [--repeat] [--format text|json]\n"
	 "       kzmig fine ARTICLE PART [--days N] [--on DATE] [--host CAT] [--format text|json]\n"
	 "       kzmig fine NAME [--days N] [--on DATE] [--host CAT] [--format text|json]\n"
	 "       kzmig fine --list [--format text|json]",
	 N_("a fine in MCI and KZT by the MCI in force on the date")},
	{"fees", cmd_fees, "fees [--year YYYY | --on DATE] [--format text|json]",
	 N_("state duties in MCI and KZT")},
	{"batch", cmd_batch,
	 "batch ROSTER.csv [--only ID[,ID]...] [--format csv|json|ics] [--output FILE]\n"
	 "          [--today DATE] [--host CAT] [--count-from arrival|next-day] [--policy FILE]\n"
	 "          [--alarm DAYS[,DAYS]...] [--data DIR]",
	 N_("every deadline of every person in a roster")},
	{"remind", cmd_remind,
	 "remind ROSTER.csv --within DAYS [--overdue N] [--only ID[,ID]...] [--today DATE]\n"
	 "          [--format text|json|ics] [--host CAT] [--count-from arrival|next-day]\n"
	 "          [--policy FILE] [--alarm DAYS[,DAYS]...] [--color auto|always|never]\n"
	 "          [--data DIR]",
	 N_("what falls due soon: silent when nothing does (for cron)")},
	{"data", cmd_data, "data check [DIR] [--policy FILE]...",
	 N_("validate data and policy files, reporting each problem")},
	{"help", cmd_help, "help [COMMAND]", N_("this list, or one command's usage")},
	{"version", cmd_version, "version", N_("the version and the data's as-of date")},
	{NULL, NULL, NULL, NULL},
};

static int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	const char *as_of = data_as_of();

	if (as_of == NULL)
		return EXIT_DATA;
	printf(_("kzmig %s (data as of %s)\n"), KZMIG_VERSION, as_of);
	return EXIT_OK;
}

int usage_of(const char *name, FILE *f)
{
	for (const struct cmd *c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0) {
			fprintf(f, _("usage: kzmig %s\n"), c->usage);
			return EXIT_OK;
		}
	return EXIT_USAGE;
}

/* The list of commands: on stdout when asked for, on stderr after a usage error. */
static void print_help(FILE *f)
{
	fprintf(f, "%s", _("usage: kzmig COMMAND [OPTIONS] [--lang en|ru|kk]\n\n"
			   "kzmig tells when each Kazakhstan migration duty falls due and what "
			   "missing it costs.\n\n"));
	for (const struct cmd *c = commands; c->name; c++)
		fprintf(f, "  %-10s %s\n", c->name, _(c->help));
	fprintf(f, "\n%s\n%s\n", _("kzmig help COMMAND, or kzmig COMMAND --help, shows a command's "
				   "options."),
		_("Not legal advice: check with the migration service."));
}

int cmd_help(int argc, char **argv)
{
	if (argc > 1) {
		if (usage_of(argv[1], stdout) != EXIT_OK)
			return fail(EXIT_USAGE, "help", "unknown command '%s' (see kzmig help)",
				    argv[1]);
		return EXIT_OK;
	}
	print_help(stdout);
	return EXIT_OK;
}

/* A command that printed and succeeded did not succeed if stdout could not take it: rc,
 * or EXIT_PARTIAL after saying so (a command that failed has said why already). */
static int written(int rc)
{
	errno = 0;
	if (rc == EXIT_OK && (fflush(stdout) != 0 || ferror(stdout)))
		return fail(EXIT_PARTIAL, "stdout", "write error: %s",
			    strerror(errno ? errno : EIO));
	return rc;
}

/* Standard input, output and error open, on /dev/null where one was closed: else the
 * first file kzmig opens would take its number, and messages meant for stderr would land
 * in the output.  POSIXLY_CORRECT is taken out too, so options may follow the roster as
 * the README writes them (getopt would stop at the first operand). */
static void sane_start(void)
{
	for (int fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF &&
		    open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd)
			_exit(EXIT_PARTIAL);
	unsetenv("POSIXLY_CORRECT");
}

int main(int argc, char **argv)
{
	sane_start();
	/* --data DIR and --lang LANG (or --data=DIR, --lang=LANG) work with every command,
	 * before it or after: take them out here. */
	cli_lang = lang_from_env();
	for (int i = 1; i < argc; i++) {
		const char *v = NULL;
		int take = 0;

		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--data") == 0 || strcmp(argv[i], "--lang") == 0) {
			const char *cmd = i > 1 ? argv[1] : "kzmig";

			if (i + 1 == argc && argv[i][2] == 'd')
				return fail(EXIT_USAGE, cmd, "option '--data' needs a value (expected "
					    "a folder)");
			if (i + 1 == argc)
				return fail(EXIT_USAGE, cmd, "option '--lang' needs a value (expected "
					    "en, ru or kk)");
			v = argv[i + 1];
			take = 2;
		} else if (strncmp(argv[i], "--data=", 7) == 0 ||
			   strncmp(argv[i], "--lang=", 7) == 0) {
			v = argv[i] + 7;
			take = 1;
		}
		if (take && argv[i][2] == 'd') {
			data_set_dir(v);
		} else if (take && lang_parse(v, &cli_lang) != 0) {
			return fail(EXIT_USAGE, "--lang", "unknown language '%s' (expected en, ru "
				    "or kk)", v);
		}
		if (take) {
			memmove(&argv[i], &argv[i + take], (size_t)(argc - i - take + 1) * sizeof *argv);
			argc -= take;
			i--;
		}
	}
	if (cli_lang != LANG_EN)
		kz_set_translator(cli_translate);
	if (argc < 2) { /* a usage error: nothing on stdout */
		print_help(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return written(cmd_help(1, argv));
	if (strcmp(argv[1], "--version") == 0)
		return written(cmd_version(1, argv));
	for (const struct cmd *c = commands; c->name; c++) {
		if (strcmp(c->name, argv[1]) != 0)
			continue;
		for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
			if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
				return written(usage_of(c->name, stdout));
		return written(c->fn(argc - 1, argv + 1));
	}
	return fail(EXIT_USAGE, argv[1], "unknown command (expected one of: due, stay, "
		    "calendar, workdays, fine, fees, batch, remind, data; see kzmig help)");
}
