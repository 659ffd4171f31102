/* pool.h: runs a batch of tasks in worker processes and hands each task's
 * result back in task order, as one process running them in turn would.
 * Included by main.c and the tests; knows nothing of papers or PDF. */
#ifndef DOCKET_POOL_H
#define DOCKET_POOL_H

#include <stddef.h>

/* Why a task has no result of its own. */
enum pool_lost {
	POOL_RAN,		/* it has one */
	POOL_KILLED,		/* its worker was killed by signal `why` */
	POOL_ENDED,		/* its worker exited (status `why`) before it said */
	POOL_UNSTARTED,		/* no worker could be started: errno `why` */
};

/* What became of one task, handed to pool.done. */
struct pool_result {
	size_t          index;		/* the task, 0 to ntasks - 1 */
	int             status;		/* 0, or its exit status (sysexits); EX_SOFTWARE when lost */
	const char     *payload;	/* what it handed back (the path written), or NULL */
	const char     *diags;		/* what it emitted through diag(), for the caller to
					 * print; NULL when it ran in this process and the
					 * diagnostics went out as they came */
	enum pool_lost  lost;
	int             why;		/* POOL_KILLED: the signal; POOL_UNSTARTED: the errno */
};

struct pool {
	size_t  ntasks;
	size_t  jobs;	/* 1: the tasks run in this process; more: in up to that many
			 * worker processes, each given the next task when it is done */
	void   *ctx;	/* passed to run and done */
	/* Runs task i, with the diagnostics reset; returns 0 or its exit
	 * status, and may set *payload to a string of its own (freed by the
	 * pool). In a worker it must not print to stdout; anything it
	 * opens there, such as a database connection (which must not cross
	 * a fork), the caller closes once pool_run returns in the worker. */
	int   (*run)(void *ctx, size_t i, char **payload);
	/* Takes task i's result, in this process, in task order. */
	void  (*done)(void *ctx, const struct pool_result *r);
};

/* Runs p's tasks. Like fork(), it returns in the workers too: 0 in this
 * process once every task's result has been handed to done; 1 in a worker
 * that has no more to do, with *status its exit status, for the caller
 * to free what it holds and exit with. */
int pool_run(const struct pool *p, int *status);

#endif
