/* cmd_batch.c — kzmig batch: being built (see the issue); until then it says so. */
#include "cli.h"

int cmd_batch(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return fail(EXIT_USAGE, "batch", "unknown command: not built yet (see kzmig help)");
}
