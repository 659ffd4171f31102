/* batch.h: papers rendered as a batch, one or several processes at once
 * through pool.c (render --all, docket batch), and docket batch itself:
 * every paper due in the window rendered, the missing ones of a series
 * made first, those whose inputs have not changed left as they are.
 * Included by main.c, cmd_batch.c and the tests. */
#ifndef DOCKET_BATCH_H
#define DOCKET_BATCH_H

#include <stddef.h>

#include "date.h"

struct db;

/* What one returns for a paper it did not start because the run was
 * interrupted: neither done nor failed. */
#define BATCH_STOPPED (-2)

/* A batch of papers, each run by one (in this process, or in a worker
 * with a connection of its own), their results handed to done in paper
 * order in this process. */
struct batch_pool {
	const char  *dbpath;
	const long  *ids;
	size_t       n;
	size_t       jobs;	/* processes at once; 1: this one */
	/* Runs paper i: 0 or its exit status (or BATCH_STOPPED); *payload
	 * (which the caller frees) what done is to know. */
	int        (*one)(void *ctx, struct db *db, size_t i, char **payload);
	/* Paper i's exit status, and its payload or NULL. */
	void       (*done)(void *ctx, size_t i, int status, const char *payload);
	void        *ctx;
	int          bar;	/* a progress bar holds stderr's last line: clear it
				 * before a paper's messages */
	size_t       failed;	/* set by batch_pool_run */
	int          rc;	/* the worst failure's exit status */
};

/* Runs b: with one job on *db, otherwise in workers that open their own,
 * *db closed first (an SQLite connection must not cross a fork) and left
 * NULL. Prints each paper's diagnostics as its result comes, and at the
 * end says which failed (D_BATCH_FAILED). Like pool_run it returns in the
 * workers too: 0 here, 1 in a worker with *status its exit status. */
int batch_pool_run(struct batch_pool *b, struct db **db, int *status);

enum batch_progress { PROGRESS_NEVER, PROGRESS_AUTO, PROGRESS_ALWAYS };

struct batch_opts {
	const char          *dbpath;
	const char          *datadir;	/* templates/, fonts/ */
	const char          *outdir;	/* the PDFs' folder (made if missing) */
	struct date          asof;	/* the window starts here (series.h) */
	size_t               jobs;
	int                  force;	/* render even what has not changed */
	int                  quiet;	/* no progress, no summary */
	enum batch_progress  progress;	/* a bar (AUTO: on a terminal), or lines */
};

/* docket batch: makes the missing papers of the series due in o's window
 * from the ones before them, renders every paper due there whose inputs
 * changed since docket batch last rendered it (all with o->force), and
 * prints a summary table. SIGINT stops it after the papers in hand.
 * Returns the exit status: 0, the worst failure's, or 130 interrupted.
 * Like pool_run it returns in the workers too, *worker set. */
int batch_run(const struct batch_opts *o, int *worker);

#endif
