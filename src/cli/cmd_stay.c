/* cmd_stay.c — kzmig stay: being built (see the issue); until then it says so. */
#include "cli.h"

int cmd_stay(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fail(EXIT_USAGE, "stay", "unknown command: not built yet (see kzmig help)");
}
