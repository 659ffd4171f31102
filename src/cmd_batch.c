/* cmd_batch.c: docket due (the papers due at the meetings ahead) and
 * docket batch (make and render them): their usage, options, and calls
 * into series.c and batch.c. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "batch.h"
#include "cli.h"
#include "db.h"
#include "diag.h"
#include "series.h"
#include "util.h"

static const char usage_due[] =
"usage: docket due --db DB [--as-of DATE] [--tsv | --format ics]\n"
"\n"
"Lists the papers due at the meetings from DATE (default: today) for three\n"
"months: each meeting's papers and the next paper of each series of its\n"
"committee, with the day it must be published by (five clear days before the\n"
"meeting) and its state: missing, draft, final, signed off, late (past that\n"
"day, neither final nor signed off) or clash (two series at one item).\n"
"\n"
"  --db DB         the database to read (opened read-only)\n"
"  --as-of DATE    the first day of the window (YYYY-MM-DD)\n"
"  --tsv           tab-separated with a header line, for scripts\n"
"  --format ics    an iCalendar file (RFC 5545) of the meetings and deadlines,\n"
"                  stamped from SOURCE_DATE_EPOCH or else the as-of date\n"
"  -h, --help      show this help\n";

static const char usage_batch[] =
"usage: docket batch --db DB [--as-of DATE] [--jobs N] [--out DIR] [--force]\n"
"                    [--quiet] [--progress=never|auto|always]\n"
"\n"
"Renders every paper due at the meetings from DATE for three months (see\n"
"docket due), first making each missing paper of a series from the one before\n"
"it (its narrative copied as a draft to update). A paper whose inputs have not\n"
"changed since docket batch last rendered it, and whose file is still there, is\n"
"left as it is. A paper that fails does not stop the others; Ctrl-C stops after\n"
"the papers in hand (exit 130). Ends with a summary table.\n"
"\n"
"  --db DB         the database (papers made and render records kept in it)\n"
"  --as-of DATE    the first day of the window (default: today)\n"
"  --jobs N        render N papers at once, in separate processes, 1 to 64\n"
"  --out DIR       the folder for the PDFs (default: out; made if missing)\n"
"  --force         render every paper, changed or not\n"
"  --quiet         no progress and no summary; errors only\n"
"  --progress=WHEN a progress bar: never (a line a paper), auto (on a\n"
"                  terminal; the default) or always\n"
"  -h, --help      show this help\n";

/* DATE, or today when s is NULL. 0, or -1 with the usage error said. */
static int
as_of(const char *s, struct date *d, const char *usage)
{
	time_t now = time(NULL);
	struct tm tm;

	if (s != NULL) {
		if (date_parse(s, d) == 0)
			return 0;
		cli_usage_error(usage, "--as-of takes a date, YYYY-MM-DD, not", s);
		return -1;
	}
	gmtime_r(&now, &tm);
	d->year = tm.tm_year + 1900;
	d->month = tm.tm_mon + 1;
	d->day = tm.tm_mday;
	return 0;
}

int
due_show(const char *dbpath, const char *asof, int tsv, int ics, const char *usage)
{
	struct due_list l;
	struct date d;
	struct db *db;
	int rc = EX_OK;

	if (as_of(asof, &d, usage) == -1)
		return EX_USAGE;
	if ((db = db_open(dbpath)) == NULL)
		return diag_status();
	if (due_list(db, d, &l) == -1)
		rc = diag_status();
	else if (ics) {
		const char *epoch = getenv("SOURCE_DATE_EPOCH");
		struct tm tm = { .tm_year = d.year - 1900, .tm_mon = d.month - 1, .tm_mday = d.day };

		due_ics(&l, epoch != NULL && *epoch != '\0' ? strtoll(epoch, NULL, 10) :
		    (long long)timegm(&tm), stdout);
	} else
		due_print(&l, d, tsv, stdout);
	due_free(&l);
	db_close(db);
	return rc;
}

int
cmd_due(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "tsv", no_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL, *asof = NULL;
	int c, tsv = 0, ics = 0;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'a': asof = optarg; break;
		case 't': tsv = 1; break;
		case 'f':
			if (strcmp(optarg, "ics") != 0)
				return cli_usage_error(usage_due, "--format takes ics, not", optarg);
			ics = 1;
			break;
		case 'h': fputs(usage_due, stdout); return EX_OK;
		default: fputs(usage_due, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL)
		return cli_usage_error(usage_due, "due needs --db DB", NULL);
	if (optind < argc)
		return cli_usage_error(usage_due, "unexpected argument", argv[optind]);
	if (tsv && ics)
		return cli_usage_error(usage_due, "--tsv and --format ics do not go together", NULL);
	return due_show(dbpath, asof, tsv, ics, usage_due);
}

int
cmd_batch(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "out", required_argument, NULL, 'O' },
		{ "force", no_argument, NULL, 'f' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "progress", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const whens[] = { "never", "auto", "always" };
	struct batch_opts o = { .outdir = "out", .jobs = 1, .progress = PROGRESS_AUTO };
	const char *asof = NULL;
	char *datadir;
	long jobs;
	int c, rc, worker;
	size_t w;

	while ((c = getopt_long(argc, argv, "hq", opts, NULL)) != -1) {
		switch (c) {
		case 'd': o.dbpath = optarg; break;
		case 'a': asof = optarg; break;
		case 'j':
			if (cli_parse_id(optarg, &jobs) == -1 || jobs > 64)
				return cli_usage_error(usage_batch, "--jobs takes 1 to 64, not", optarg);
			o.jobs = (size_t)jobs;
			break;
		case 'O': o.outdir = optarg; break;
		case 'f': o.force = 1; break;
		case 'q': o.quiet = 1; break;
		case 'p':
			for (w = 0; w < 3 && strcmp(optarg, whens[w]) != 0; w++)
				;
			if (w == 3)
				return cli_usage_error(usage_batch, "--progress takes never, auto or "
				    "always, not", optarg);
			o.progress = (enum batch_progress)w;
			break;
		case 'h': fputs(usage_batch, stdout); return EX_OK;
		default: fputs(usage_batch, stderr); return EX_USAGE;
		}
	}
	if (o.dbpath == NULL)
		return cli_usage_error(usage_batch, "batch needs --db DB", NULL);
	if (optind < argc)
		return cli_usage_error(usage_batch, "unexpected argument", argv[optind]);
	if (as_of(asof, &o.asof, usage_batch) == -1)
		return EX_USAGE;
	datadir = cli_datadir();
	o.datadir = datadir;
	rc = batch_run(&o, &worker);
	free(datadir);
	return rc;
}
