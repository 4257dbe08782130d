/* cmd_data.c — kzmig data: being built (see the issue); until then it says so. */
#include "cli.h"

int cmd_data(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fail(EXIT_USAGE, "data", "unknown command: not built yet (see kzmig help)");
}
