/* measure.c — run commands N times each; print each one's median wall time and peak RSS.
 *
 *   measure N IN OUT -- CMD ARGS... [-- CMD ARGS...]...   (IN/OUT are files, or - for
 *   none / /dev/null)
 *
 * With several commands the runs are interleaved (A B C A B C ...), so a change in the
 * machine's load falls on all of them alike and their ratios stay fair: on a shared
 * machine, blocks of runs of one command and then of the other moved the ratio of the
 * same two binaries from 0.6x to 3.4x (bench/README.md).  One line per command, in the
 * order given: "MEDIAN_MS PEAK_RSS_KIB". */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_RUNS 1000
#define MAX_CMDS 8

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Runs argv once with IN/OUT as its stdin/stdout; returns the wall time in ms (adding
 * the peak RSS to *rss), or -1 after a failure (said on stderr). */
static double run(char **argv, const char *in, const char *out, long *rss)
{
	struct timespec a, b;
	struct rusage ru;
	int status;
	pid_t pid;

	clock_gettime(CLOCK_MONOTONIC, &a);
	pid = fork();
	if (pid == 0) {
		int i = open(in[0] == '-' ? "/dev/null" : in, O_RDONLY);
		int o = open(out[0] == '-' ? "/dev/null" : out, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (i < 0 || o < 0)
			_exit(127);
		dup2(i, 0);
		dup2(o, 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &b);
	if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
		fprintf(stderr, "measure: %s failed (status %d)\n", argv[0], status);
		return -1;
	}
	if (ru.ru_maxrss > *rss)
		*rss = ru.ru_maxrss;
	return (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
}

int main(int argc, char **argv)
{
	static double t[MAX_CMDS][MAX_RUNS];
	char **cmd[MAX_CMDS];
	long rss[MAX_CMDS] = {0};
	int n = argc > 4 ? atoi(argv[1]) : 0, ncmd = 0;

	if (n < 1 || n > MAX_RUNS || argc < 6 || strcmp(argv[4], "--") != 0) {
		fprintf(stderr, "usage: measure N IN OUT -- CMD ARGS... [-- CMD ARGS...]...\n");
		return 2;
	}
	/* Split the commands at each "--", ending each one's argv there. */
	for (int i = 4; i < argc; i++) {
		if (strcmp(argv[i], "--") != 0)
			continue;
		argv[i] = NULL;
		if (i + 1 == argc || strcmp(argv[i + 1], "--") == 0 || ncmd == MAX_CMDS) {
			fprintf(stderr, "measure: an empty command, or more than %d\n", MAX_CMDS);
			return 2;
		}
		cmd[ncmd++] = argv + i + 1;
	}
	for (int i = 0; i < n; i++)
		for (int c = 0; c < ncmd; c++)
			if ((t[c][i] = run(cmd[c], argv[2], argv[3], &rss[c])) < 0)
				return 1;
	for (int c = 0; c < ncmd; c++) {
		qsort(t[c], (size_t)n, sizeof t[c][0], cmp);
		printf("%.3f %ld\n", t[c][n / 2], rss[c]); /* median ms, peak RSS KiB */
	}
	return 0;
}
