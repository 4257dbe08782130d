/* measure.c — run a command N times; print the median wall time and the peak RSS.
 * measure N IN OUT -- CMD ARGS...   (IN/OUT are files, or - for none / /dev/null) */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int n = argc > 4 ? atoi(argv[1]) : 0;
	double t[1000];
	long rss = 0;

	if (n < 1 || n > 1000 || argc < 6) {
		fprintf(stderr, "usage: measure N IN OUT -- CMD ARGS...\n");
		return 2;
	}
	for (int i = 0; i < n; i++) {
		struct timespec a, b;
		struct rusage ru;
		int status;
		pid_t pid;

		clock_gettime(CLOCK_MONOTONIC, &a);
		pid = fork();
		if (pid == 0) {
			int in = open(argv[2][0] == '-' ? "/dev/null" : argv[2], O_RDONLY);
			int out = open(argv[3][0] == '-' ? "/dev/null" : argv[3],
				       O_WRONLY | O_CREAT | O_TRUNC, 0644);

			if (in < 0 || out < 0)
				_exit(127);
			dup2(in, 0);
			dup2(out, 1);
			execvp(argv[5], argv + 5);
			_exit(127);
		}
		if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
			return 1;
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
			fprintf(stderr, "measure: %s failed (status %d)\n", argv[5], status);
			return 1;
		}
		t[i] = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
		if (ru.ru_maxrss > rss)
			rss = ru.ru_maxrss;
	}
	qsort(t, (size_t)n, sizeof t[0], cmp);
	printf("%.3f %ld\n", t[n / 2], rss); /* median ms, peak RSS KiB */
	return 0;
}
