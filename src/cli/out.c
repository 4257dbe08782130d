/* out.c — the writer every output format fills, and the driver that begins, feeds and
 * ends a document in one of them (out.h). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "out.h"

static const struct out_format *const formats[] = {&out_text, &out_json, &out_csv, &out_ics,
								 &out_xlsx};

/* ---- iCalendar: every person's deadlines in one calendar, written at the end (the
 * calendar itself is out_ics.c's, the one file that uses libical) ---------------------- */

static int ics_fmt_begin(struct out *o)
{
	return (o->state = ics_begin()) != NULL ? 0 : EXIT_PARTIAL; /* ics_begin said why */
}

static int ics_fmt_person(struct out *o, const struct out_person *who)
{
	return ics_add(o->state, who->id ? who->id : "", who->name_len ? who->name : NULL,
		       who->p, who->dl, who->n, &o->doc->ics);
}

static int ics_fmt_item(struct out *o, const struct out_item *it)
{
	if (it->twin)
		return 0; /* the event comes with its due date's item */
	return ics_add(o->state, it->id, it->name[0] ? it->name : NULL, it->p, it->d, 1,
		       &o->doc->ics);
}

/* The whole calendar at once, after every person; nothing after a stop. */
static int ics_fmt_end(struct out *o, bool write)
{
	struct ics_cal *c = o->state;

	o->state = NULL;
	if (c != NULL && write)
		return ics_write(c, o);
	ics_free(c);
	return 0;
}

const struct out_format out_ics = {"ics", ics_fmt_begin, ics_fmt_person, ics_fmt_item,
				   ics_fmt_end};

/* Writes out the buffer; the first error is kept for out_end() to report. */
void o_flush(struct out *o)
{
	if (o->n > 0 && fwrite(o->buf, 1, o->n, o->f) != o->n && o->err == 0)
		o->err = errno ? errno : EIO;
	o->n = 0;
}

/* Appends n bytes; a block larger than the buffer goes straight to the file. */
void o_put(struct out *o, const char *s, size_t n)
{
	if (n > sizeof o->buf - o->n) {
		o_flush(o);
		if (n > sizeof o->buf) {
			if (fwrite(s, 1, n, o->f) != n && o->err == 0)
				o->err = errno ? errno : EIO;
			return;
		}
	}
	memcpy(o->buf + o->n, s, n);
	o->n += n;
}

/* Bad rows are reported where they stand in the output (when both go to a terminal or
 * one file). */
void out_flush(struct out *o)
{
	o_flush(o);
	if (fflush(o->f) != 0 && o->err == 0)
		o->err = errno ? errno : EIO;
}

/* The temporary file being written, for the signal handler: an interrupted run (SIGINT,
 * SIGTERM, SIGHUP) removes it, then dies of the signal as it would have. */
static char *volatile pending;

static void remove_pending(int sig)
{
	if (pending != NULL)
		unlink(pending);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void watch(char *tmp)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};

	pending = tmp;
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		signal(sigs[i], tmp != NULL ? remove_pending : SIG_DFL);
}

/* Opens where the output goes (out.h: --output): stdout for none or "-"; a device, a
 * FIFO or another file that is not a regular one, written as it is (never replaced by a
 * regular file); else a temporary file beside the file (beside a symbolic link's target,
 * so the link stays a link) that out_close() renames into place, with an existing
 * file's owner and mode.  A folder, a missing folder or the roster being read are
 * refused before any row is read.  Returns 0, EXIT_USAGE or EXIT_PARTIAL (said). */
static int out_open(struct out *o, const char *path)
{
	struct stat st, in;
	const char *slash, *input = o->doc != NULL ? o->doc->input : NULL;
	bool exists;
	size_t dir;
	int fd;

	o->path = path;
	if (path == NULL || strcmp(path, "-") == 0) {
		o->f = stdout;
		return 0;
	}
	exists = stat(path, &st) == 0;
	if ((exists && S_ISDIR(st.st_mode)) || path[strlen(path) - 1] == '/')
		return fail(EXIT_USAGE, path, "a folder (expected a file name)");
	if (exists && input != NULL && stat(input, &in) == 0 && in.st_dev == st.st_dev &&
	    in.st_ino == st.st_ino)
		return fail(EXIT_USAGE, path, "is the roster being read (expected another file)");
	if (exists && !S_ISREG(st.st_mode)) {
		if ((o->f = fopen(path, "w")) == NULL)
			return fail(EXIT_PARTIAL, path, "cannot write: %s", sys_error(errno));
		return 0;
	}
	/* A link is followed to its file, which is written in place of it. */
	o->target = exists ? realpath(path, NULL) : strdup(path);
	if (o->target == NULL)
		return fail(EXIT_PARTIAL, path, "out of memory");
	slash = strrchr(o->target, '/');
	dir = slash ? (size_t)(slash - o->target) + 1 : 0;
	if ((o->tmp = malloc(strlen(o->target) + 16)) == NULL)
		return fail(EXIT_PARTIAL, path, "out of memory");
	sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dir, o->target, o->target + dir);
	if ((fd = mkstemp(o->tmp)) < 0) {
		int e = errno;

		free(o->tmp);
		o->tmp = NULL;
		return fail(EXIT_PARTIAL, path, "cannot write there: %s (expected a file in an "
			    "existing, writable folder)", sys_error(e));
	}
	watch(o->tmp);
	/* An existing file keeps its owner and mode; a new one gets the mode a plain fopen
	 * would give it (mkstemp makes it 0600). */
	if (exists) {
		if (fchown(fd, st.st_uid, st.st_gid) != 0 && errno != EPERM)
			goto fail;
		if (fchmod(fd, st.st_mode & 07777) != 0)
			goto fail;
	} else {
		mode_t mask = umask(0);

		umask(mask);
		if (fchmod(fd, 0666 & ~mask) != 0)
			goto fail;
	}
	if ((o->f = fdopen(fd, "w")) != NULL)
		return 0;
fail:;
	int e = errno;

	close(fd);
	unlink(o->tmp);
	watch(NULL);
	free(o->tmp);
	o->tmp = NULL;
	return fail(EXIT_PARTIAL, path, "cannot write: %s", sys_error(e));
}

/* out.h.  The scratch file of stdout is removed on a signal, as the temporary file is. */
const char *out_file_name(struct out *o)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	if (o->tmp != NULL)
		return o->tmp;
	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	if ((o->scratch = malloc(strlen(dir) + 16)) == NULL) {
		fail(EXIT_PARTIAL, "output", "out of memory");
		return NULL;
	}
	sprintf(o->scratch, "%s/kzmig.XXXXXX", dir);
	if ((fd = mkstemp(o->scratch)) < 0) {
		fail(EXIT_PARTIAL, dir, "cannot make a temporary file: %s", sys_error(errno));
		free(o->scratch);
		o->scratch = NULL;
		return NULL;
	}
	close(fd);
	watch(o->scratch);
	return o->scratch;
}

/* Copies the scratch file (out_file_name) into the output when keep is set, and removes
 * it; a read error is kept as a write error. */
static void out_scratch(struct out *o, bool keep)
{
	FILE *in;
	size_t n;

	if (o->scratch == NULL)
		return;
	if (keep && o->err == 0) {
		if ((in = fopen(o->scratch, "rb")) == NULL) {
			o->err = errno ? errno : EIO;
		} else {
			o_flush(o);
			while ((n = fread(o->buf, 1, sizeof o->buf, in)) > 0) {
				o->n = n;
				o_flush(o);
			}
			if (ferror(in) && o->err == 0)
				o->err = EIO;
			fclose(in);
		}
	}
	unlink(o->scratch);
	watch(NULL);
	free(o->scratch);
	o->scratch = NULL;
}

/* Flushes and closes; with --output renames the temporary file into place when keep is
 * set, and removes it otherwise.  Returns 0, or EXIT_PARTIAL after a write error. */
static int out_close(struct out *o, bool keep)
{
	int rc = 0;

	out_scratch(o, keep);
	out_flush(o);
	if (ferror(o->f) && o->err == 0) /* the text format writes through stdio */
		o->err = EIO;
	if (o->tmp == NULL) {
		if (o->f != stdout && fclose(o->f) != 0 && o->err == 0)
			o->err = errno ? errno : EIO;
		if (o->err != 0)
			rc = fail(EXIT_PARTIAL, o->f == stdout ? "stdout" : o->path,
				  "write error: %s", sys_error(o->err));
		free(o->target);
		return rc;
	}
	if (o->err == 0 && fsync(fileno(o->f)) != 0 && errno != EINVAL)
		o->err = errno;
	if (fclose(o->f) != 0 && o->err == 0)
		o->err = errno ? errno : EIO;
	if (o->err != 0)
		rc = fail(EXIT_PARTIAL, o->path, "write error: %s", sys_error(o->err));
	else if (keep && rename(o->tmp, o->target) != 0)
		rc = fail(EXIT_PARTIAL, o->path, "cannot rename the finished file into place: %s",
			  sys_error(errno));
	if (rc != 0 || !keep)
		unlink(o->tmp);
	watch(NULL);
	free(o->tmp);
	free(o->target);
	return rc;
}

int out_begin(struct out **op, const char *format, const char *path, const struct out_doc *doc)
{
	const struct out_format *fmt = NULL;
	struct out *o;
	int rc;

	*op = NULL;
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (strcmp(formats[i]->name, format) == 0)
			fmt = formats[i];
	if (fmt == NULL)
		return fail(EXIT_USAGE, "--format", "unknown format '%.40s'", format);
	/* Cleared but for the 64 KB buffer, which is written before it is read: clearing it
	 * was a sixth of the start-up of `due`. */
	if ((o = malloc(sizeof *o)) == NULL)
		return fail(EXIT_PARTIAL, "output", "out of memory");
	memset(o, 0, offsetof(struct out, buf));
	o->fmt = fmt;
	o->doc = doc;
	o->last = KZ_NO_DAY;
	if ((rc = out_open(o, path)) != 0) {
		free(o->target);
		free(o);
		return rc;
	}
	if (fmt->begin != NULL && (rc = fmt->begin(o)) != 0) {
		fmt->end(o, false);
		out_close(o, false);
		free(o);
		return rc;
	}
	*op = o;
	return 0;
}

/* A run that ended with rc 0, or 1 for bad rows, gives the whole document with every good
 * row; a stop (any other code, or a person that could not be written), a failed end or a
 * write error leaves no file. */
int out_end(struct out *o, int rc)
{
	bool write = (rc == EXIT_OK || rc == EXIT_PARTIAL) && !o->failed && o->err == 0;
	int rc2 = o->fmt->end(o, write);

	if (rc2 != 0) {
		write = false;
		rc = rc == EXIT_OK ? rc2 : rc;
	}
	rc2 = out_close(o, write);
	free(o);
	return rc2 != 0 ? rc2 : rc;
}
