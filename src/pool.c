/* pool.c: a batch of tasks run in this process or in worker processes
 * over pipes, their results handed back in task order. */
#include "pool.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "diag.h"
#include "util.h"

/* A worker process: it is sent the index of a task, runs it and sends
 * back a result_head, the payload and the diagnostics, then waits for
 * the next index. */
struct worker {
	pid_t  pid;	/* 0: not running */
	int    task;	/* the pipe to it */
	int    result;	/* the pipe from it */
	size_t busy;	/* the index it runs, or NOTHING */
};

struct result_head {
	uint32_t index;
	int32_t  status;
	uint32_t paylen;
	uint32_t diaglen;
};

/* What the parent knows of a task: its result, once done. */
struct outcome {
	int                done;
	struct pool_result r;
	char              *payload;
	char              *diags;
};

#define NOTHING SIZE_MAX

/* 1 when n bytes were read, 0 at the end of the input, -1 otherwise. */
static int
read_full(int fd, void *p, size_t n)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		if ((r = read(fd, (char *)p + got, n - got)) > 0)
			got += (size_t)r;
		else if (r == -1 && errno == EINTR)
			continue;
		else
			return r == 0 && got == 0 ? 0 : -1;
	}
	return 1;
}

static int
write_full(int fd, const void *p, size_t n)
{
	size_t put = 0;
	ssize_t w;

	while (put < n) {
		if ((w = write(fd, (const char *)p + put, n - put)) > 0)
			put += (size_t)w;
		else if (w == -1 && errno != EINTR)
			return -1;
	}
	return 0;
}

static void
run_here(const struct pool *p)
{
	size_t i;

	for (i = 0; i < p->ntasks; i++) {
		struct pool_result r = { i, EX_OK, NULL, NULL, POOL_RAN, 0 };
		char *payload = NULL;

		diag_reset();
		r.status = p->run(p->ctx, i, &payload);
		r.payload = payload;
		p->done(p->ctx, &r);
		free(payload);
	}
}

/* The life of a worker process. Returns its exit status. */
static int
worker_run(const struct pool *p, int task, int result)
{
	uint32_t i;
	int rc = EX_OK;

	while (rc == EX_OK && read_full(task, &i, sizeof i) == 1 && i < p->ntasks) {
		struct result_head h = { i, EX_OK, 0, 0 };
		struct buf msg = {0};
		char *payload = NULL, *diags = NULL;
		size_t dlen = 0;
		FILE *ms = open_memstream(&diags, &dlen);

		diag_set_stream(ms);
		diag_reset();
		h.status = p->run(p->ctx, i, &payload);
		diag_set_stream(NULL);
		if (ms != NULL)
			fclose(ms);
		h.paylen = payload ? (uint32_t)strlen(payload) : 0;
		h.diaglen = diags ? (uint32_t)dlen : 0;
		buf_addn(&msg, (const char *)&h, sizeof h);
		buf_addn(&msg, payload ? payload : "", h.paylen);
		buf_addn(&msg, diags ? diags : "", h.diaglen);
		if (write_full(result, msg.s, msg.len) == -1)
			rc = EX_IOERR;
		buf_free(&msg);
		free(payload);
		free(diags);
	}
	return rc;
}

/* Starts worker w. Returns 1 in the new worker, 0 in the parent, -1 with
 * errno set when it cannot be started. */
static int
worker_start(struct worker *w, struct worker *all, size_t nall)
{
	int down[2], up[2];
	size_t j;

	if (pipe(down) == -1)
		return -1;
	if (pipe(up) == -1) {
		close(down[0]);
		close(down[1]);
		return -1;
	}
	fflush(NULL);	/* or the worker would print what is buffered again */
	if ((w->pid = fork()) == -1) {
		w->pid = 0;
		close(down[0]);
		close(down[1]);
		close(up[0]);
		close(up[1]);
		return -1;
	}
	if (w->pid == 0) {
		/* Another worker's pipes held open here would keep it from
		 * ever seeing the end of its work. */
		for (j = 0; j < nall; j++)
			if (&all[j] != w && all[j].pid != 0) {
				close(all[j].task);
				close(all[j].result);
			}
		close(down[1]);
		close(up[0]);
		w->task = down[0];
		w->result = up[1];
		return 1;
	}
	close(down[0]);
	close(up[1]);
	w->task = down[1];
	w->result = up[0];
	w->busy = NOTHING;
	return 0;
}

/* Reads worker w's result. A worker that stopped is reaped, and the
 * task it was running is lost. */
static void
worker_collect(struct worker *w, struct outcome *out, size_t ntasks)
{
	struct result_head h;
	struct outcome *o;
	int st;

	if (read_full(w->result, &h, sizeof h) == 1 && h.index == w->busy && h.index < ntasks) {
		o = &out[h.index];
		o->r.status = h.status;
		o->payload = h.paylen ? xmalloc(h.paylen + 1) : NULL;
		o->diags = xmalloc(h.diaglen + 1);
		if ((h.paylen == 0 || read_full(w->result, o->payload, h.paylen) == 1) &&
		    (h.diaglen == 0 || read_full(w->result, o->diags, h.diaglen) == 1)) {
			if (o->payload != NULL)
				o->payload[h.paylen] = '\0';
			o->diags[h.diaglen] = '\0';
			o->done = 1;
			w->busy = NOTHING;
			return;
		}
		free(o->payload);
		free(o->diags);
		o->payload = o->diags = NULL;
	}
	close(w->task);
	close(w->result);
	while (waitpid(w->pid, &st, 0) == -1 && errno == EINTR)
		;
	w->pid = 0;
	if (w->busy == NOTHING)
		return;
	o = &out[w->busy];
	/* A worker that exits before it reports keeps its own status (71
	 * when it ran out of memory), or 70 when it had none to give. */
	o->r.status = WIFEXITED(st) && WEXITSTATUS(st) != 0 ? WEXITSTATUS(st) : EX_SOFTWARE;
	o->r.lost = WIFSIGNALED(st) ? POOL_KILLED : POOL_ENDED;
	o->r.why = WIFSIGNALED(st) ? WTERMSIG(st) : WIFEXITED(st) ? WEXITSTATUS(st) : 0;
	o->done = 1;
	w->busy = NOTHING;
}

/* Runs the tasks in up to p->jobs workers, each given the next task when
 * it is done with one; the results are handed on in task order. Returns
 * 1 in a worker, with *status its exit status; 0 in the parent. */
static int
run_workers(const struct pool *p, int *status)
{
	size_t nw = p->jobs < p->ntasks ? p->jobs : p->ntasks, next = 0, shown = 0, i, np;
	struct worker *w = xcalloc(nw, sizeof *w);
	struct outcome *out = xcalloc(p->ntasks, sizeof *out);
	struct pollfd *pfd = xcalloc(nw, sizeof *pfd);
	struct sigaction ign = { .sa_handler = SIG_IGN }, old;
	int child = 0, cannot = 0;

	for (i = 0; i < p->ntasks; i++)
		out[i].r.index = i;
	/* A worker that died must not take the parent with it. */
	sigaction(SIGPIPE, &ign, &old);
	while (shown < p->ntasks) {
		for (i = 0; i < nw && next < p->ntasks; i++) {
			if (w[i].pid == 0 && cannot == 0) {
				if ((child = worker_start(&w[i], w, nw)) == 1) {
					*status = worker_run(p, w[i].task, w[i].result);
					close(w[i].task);
					close(w[i].result);
					goto out;
				}
				if (child == -1)
					cannot = errno ? errno : EAGAIN;
			}
			if (w[i].pid != 0 && w[i].busy == NOTHING) {
				uint32_t task = (uint32_t)next;

				/* A failed write shows as the worker's end, read below. */
				w[i].busy = next++;
				(void)write_full(w[i].task, &task, sizeof task);
			}
		}
		for (i = np = 0; i < nw; i++)
			if (w[i].pid != 0 && w[i].busy != NOTHING) {
				pfd[np].fd = w[i].result;
				pfd[np].events = POLLIN;
				pfd[np++].revents = 0;
			}
		if (np == 0) {
			/* No process left to run the rest. */
			for (; next < p->ntasks; next++) {
				out[next].r.status = EX_SOFTWARE;
				out[next].r.lost = POOL_UNSTARTED;
				out[next].r.why = cannot;
				out[next].done = 1;
			}
		} else if (poll(pfd, np, -1) == -1) {
			/* Then read each in turn, waiting for it. */
			for (i = 0; i < np; i++)
				pfd[i].revents = POLLIN;
		}
		for (i = np = 0; i < nw; i++)
			if (w[i].pid != 0 && w[i].busy != NOTHING &&
			    (pfd[np++].revents & (POLLIN | POLLHUP | POLLERR)) != 0)
				worker_collect(&w[i], out, p->ntasks);
		for (; shown < p->ntasks && out[shown].done; shown++) {
			out[shown].r.payload = out[shown].payload;
			out[shown].r.diags = out[shown].diags;
			p->done(p->ctx, &out[shown].r);
		}
	}
	for (i = 0; i < nw; i++)
		if (w[i].pid != 0)
			close(w[i].task);	/* the end of its work */
	for (i = 0; i < nw; i++)
		if (w[i].pid != 0) {
			close(w[i].result);
			while (waitpid(w[i].pid, NULL, 0) == -1 && errno == EINTR)
				;
		}
	sigaction(SIGPIPE, &old, NULL);
out:
	for (i = 0; i < p->ntasks; i++) {
		free(out[i].payload);
		free(out[i].diags);
	}
	free(out);
	free(pfd);
	free(w);
	return child == 1;
}

int
pool_run(const struct pool *p, int *status)
{
	if (p->jobs > 1 && p->ntasks > 0)
		return run_workers(p, status);
	run_here(p);
	return 0;
}
