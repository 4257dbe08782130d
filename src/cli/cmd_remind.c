/* cmd_remind.c — kzmig remind: being built (see the issue); until then it says so. */
#include "cli.h"

int cmd_remind(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fail(EXIT_USAGE, "remind", "unknown command: not built yet (see kzmig help)");
}
