/* Unit tests of pool.c: results in task order whatever order the workers
 * finish in, payloads and diagnostics carried back, and a task whose
 * worker dies reported as lost while the rest carry on. */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "pool.h"
#include "util.h"

#define NTASKS 7

/* What done was handed, task by task, in the order it was called. */
struct seen {
	size_t         n;
	size_t         index[NTASKS];
	int            status[NTASKS];
	char          *payload[NTASKS];
	char          *diags[NTASKS];
	enum pool_lost lost[NTASKS];
	int            why[NTASKS];
	pid_t          parent;
	int            kill_task;	/* the task whose worker dies, or -1 */
	int            exit_task;	/* the task whose worker exits, or -1 */
};

static int
task(void *ctx, size_t i, char **payload)
{
	struct seen *s = ctx;
	struct timespec nap = { 0, 150 * 1000 * 1000 };

	/* The first task finishes last. */
	if (i == 0)
		nanosleep(&nap, NULL);
	if ((int)i == s->kill_task)
		raise(SIGKILL);
	if ((int)i == s->exit_task)
		_exit(EX_OSERR);	/* as out of memory does */
	diag(D_NO_BACKGROUND, NULL, "task %zu says so", i);
	*payload = xasprintf("task %zu in %s", i, getpid() == s->parent ? "parent" : "worker");
	return i % 3 == 2 ? EX_DATAERR : EX_OK;
}

static void
done(void *ctx, const struct pool_result *r)
{
	struct seen *s = ctx;

	cr_assert_lt(s->n, NTASKS, "done called once per task");
	s->index[s->n] = r->index;
	s->status[s->n] = r->status;
	s->payload[s->n] = r->payload ? xstrdup(r->payload) : NULL;
	s->diags[s->n] = r->diags ? xstrdup(r->diags) : NULL;
	s->lost[s->n] = r->lost;
	s->why[s->n] = r->why;
	s->n++;
}

static void
run_pool(struct seen *s, size_t jobs)
{
	struct pool p = { NTASKS, jobs, s, task, done };
	int status = -1;

	s->parent = getpid();
	if (pool_run(&p, &status))
		_exit(status);	/* a worker: the test goes on in the parent only */
	cr_assert_eq(getpid(), s->parent);
	cr_assert_eq(s->n, NTASKS, "every task handed back");
}

static void
seen_free(struct seen *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->payload[i]);
		free(s->diags[i]);
	}
}

Test(pool, workers_hand_results_back_in_task_order)
{
	struct seen s = { .kill_task = -1, .exit_task = -1 };
	char want[128];
	size_t i;

	run_pool(&s, 3);
	for (i = 0; i < NTASKS; i++) {
		cr_assert_eq(s.index[i], i, "result %zu is of task %zu", i, s.index[i]);
		cr_assert_eq(s.status[i], i % 3 == 2 ? EX_DATAERR : EX_OK, "task %zu", i);
		cr_assert_eq(s.lost[i], POOL_RAN);
		snprintf(want, sizeof want, "task %zu in worker", i);
		cr_assert_str_eq(s.payload[i], want);
		snprintf(want, sizeof want, "docket: warning: no background papers listed (s.100D "
		    "asks for them): task %zu says so\n", i);
		cr_assert_str_eq(s.diags[i], want, "the task's diagnostics, carried back");
	}
	seen_free(&s);
}

Test(pool, one_job_runs_in_this_process)
{
	struct seen s = { .kill_task = -1, .exit_task = -1 };
	char want[64], *said = NULL;
	size_t i, len;
	FILE *mem = open_memstream(&said, &len);

	diag_set_stream(mem);
	run_pool(&s, 1);
	diag_set_stream(NULL);
	fclose(mem);
	cr_assert_not_null(strstr(said, "s.100D asks for them): task 0 says so\ndocket: warning: "
	    "no background papers listed (s.100D asks for them): task 1 says so\n"),
	    "%s", said);
	free(said);
	for (i = 0; i < NTASKS; i++) {
		cr_assert_eq(s.index[i], i);
		snprintf(want, sizeof want, "task %zu in parent", i);
		cr_assert_str_eq(s.payload[i], want);
		cr_assert_null(s.diags[i], "diagnostics went out as they came");
	}
	seen_free(&s);
}

Test(pool, a_killed_worker_loses_its_task_alone)
{
	struct seen s = { .kill_task = 3, .exit_task = 5 };
	size_t i;

	run_pool(&s, 2);
	for (i = 0; i < NTASKS; i++) {
		cr_assert_eq(s.index[i], i);
		if (i == 3) {
			cr_assert_eq(s.lost[i], POOL_KILLED);
			cr_assert_eq(s.why[i], SIGKILL);
			cr_assert_eq(s.status[i], EX_SOFTWARE);
		} else if (i == 5) {
			cr_assert_eq(s.lost[i], POOL_ENDED);
			cr_assert_eq(s.why[i], EX_OSERR);
			cr_assert_eq(s.status[i], EX_OSERR, "the worker's own status is kept");
		} else {
			cr_assert_eq(s.lost[i], POOL_RAN, "task %zu", i);
			cr_assert_not_null(s.payload[i], "task %zu", i);
			continue;
		}
		cr_assert_null(s.payload[i]);
	}
	seen_free(&s);
}
