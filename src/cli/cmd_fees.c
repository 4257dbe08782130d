/* cmd_fees.c — kzmig fees: being built (see the issue); until then it says so. */
#include "cli.h"

int cmd_fees(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fail(EXIT_USAGE, "fees", "unknown command: not built yet (see kzmig help)");
}
