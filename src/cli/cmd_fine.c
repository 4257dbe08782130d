/* cmd_fine.c — kzmig fine: being built (see the issue); until then it says so. */
#include "cli.h"

int cmd_fine(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fail(EXIT_USAGE, "fine", "unknown command: not built yet (see kzmig help)");
}
