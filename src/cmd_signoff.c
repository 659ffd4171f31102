/* cmd_signoff.c: docket signoff, verify and reopen: their usage, their
 * options, and the calls into signoff.c and verify.c that do the work. */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "diag.h"
#include "signoff.h"

static const char usage_signoff[] =
"usage: docket signoff --db DB --paper ID --by NAME [--role ROLE] [--archive DIR]\n"
"                      [--at TIME]\n"
"\n"
"Signs paper ID off: checks its rules (an error refuses), renders it without the\n"
"DRAFT mark as PDF/A dated TIME, archives it read-only as\n"
"DIR/FY/COMMITTEE/MEETING-DATE/ITEM-TITLE.pdf with its line in DIR/SHA256SUMS,\n"
"and records who, as what, when, its SHA-256 and what it was rendered from.\n"
"Nothing already in the archive is overwritten; a paper is signed once a version.\n"
"\n"
"  --db DB         the database\n"
"  --paper ID      the paper\n"
"  --by NAME       who signs it off\n"
"  --role ROLE     as what: 'Executive Director, Resources'\n"
"  --archive DIR   the archive folder (default " SIGNOFF_ARCHIVE ")\n"
"  --at TIME       when, as 2025-01-28T10:00:00Z (default SOURCE_DATE_EPOCH, else now)\n"
"  -h, --help      show this help\n";

static const char usage_verify[] =
"usage: docket verify --db DB [--paper ID] [--archive DIR]\n"
"\n"
"Checks the archive against the database: every signed-off file there with its\n"
"SHA-256 and its line in SHA256SUMS, nothing there that no sign-off recorded, and\n"
"each paper signed off as it stands rendered again, byte for byte its archived\n"
"file (when not, what it was rendered from that changed is named).\n"
"\n"
"  --db DB         the database\n"
"  --paper ID      only this paper's sign-offs\n"
"  --archive DIR   the archive folder (default " SIGNOFF_ARCHIVE ")\n"
"  -h, --help      show this help\n";

static const char usage_reopen[] =
"usage: docket reopen --db DB --paper ID --reason TEXT\n"
"\n"
"Opens signed-off paper ID again as its next version (a draft), for the reason\n"
"given; its signed versions, their records and archived files stay.\n"
"\n"
"  --db DB         the database\n"
"  --paper ID      the paper\n"
"  --reason TEXT   why it is reopened\n"
"  -h, --help      show this help\n";

/* The options the three commands share, as read. */
struct args {
	const char *db, *paper, *by, *role, *archive, *at, *reason;
	long        id;
};

/* Reads argv into a; -1 (with *rc the exit status) when the command is
 * done: help, or a usage error. */
static int
parse(int argc, char **argv, const char *usage, struct args *a, int *rc)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "paper", required_argument, NULL, 'p' },
		{ "by", required_argument, NULL, 'b' },
		{ "role", required_argument, NULL, 'r' },
		{ "archive", required_argument, NULL, 'a' },
		{ "at", required_argument, NULL, 't' },
		{ "reason", required_argument, NULL, 'R' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': a->db = optarg; break;
		case 'p': a->paper = optarg; break;
		case 'b': a->by = optarg; break;
		case 'r': a->role = optarg; break;
		case 'a': a->archive = optarg; break;
		case 't': a->at = optarg; break;
		case 'R': a->reason = optarg; break;
		case 'h': fputs(usage, stdout); *rc = EX_OK; return -1;
		default: fputs(usage, stderr); *rc = EX_USAGE; return -1;
		}
	}
	if (optind < argc)
		*rc = cli_usage_error(usage, "unexpected argument", argv[optind]);
	else if (a->db == NULL)
		*rc = cli_usage_error(usage, "--db DB is needed", NULL);
	else if (a->paper != NULL && cli_parse_id(a->paper, &a->id) == -1)
		*rc = cli_usage_error(usage, "not a paper id", a->paper);
	else
		return 0;
	return -1;
}

int
cmd_signoff(int argc, char **argv)
{
	struct args a = { .archive = SIGNOFF_ARCHIVE, .role = "" };
	struct signoff_opts o;
	char *path = NULL;
	int rc;

	if (parse(argc, argv, usage_signoff, &a, &rc) == -1)
		return rc;
	if (a.paper == NULL || a.by == NULL || *a.by == '\0' || a.reason != NULL)
		return cli_usage_error(usage_signoff, "signoff needs --paper ID and --by NAME", NULL);
	o = (struct signoff_opts){ cli_datadir(), a.archive, a.by, a.role, 0 };
	rc = signoff_time(a.at, &o.at) == -1 || signoff_paper(a.db, a.id, &o, &path) == -1 ?
	    diag_status() : EX_OK;
	free((char *)o.datadir);
	free(path);
	return rc;
}

int
cmd_verify(int argc, char **argv)
{
	struct args a = { .archive = SIGNOFF_ARCHIVE };
	char *datadir;
	int rc;

	if (parse(argc, argv, usage_verify, &a, &rc) == -1)
		return rc;
	if (a.by != NULL || a.role != NULL || a.at != NULL || a.reason != NULL)
		return cli_usage_error(usage_verify, "verify takes --db, --paper and --archive",
		    NULL);
	datadir = cli_datadir();
	rc = signoff_verify(a.db, a.id, datadir, a.archive) == -1 ? diag_status() : EX_OK;
	free(datadir);
	return rc;
}

int
cmd_reopen(int argc, char **argv)
{
	struct args a = {0};
	long long at;
	long version;
	int rc;

	if (parse(argc, argv, usage_reopen, &a, &rc) == -1)
		return rc;
	if (a.paper == NULL || a.reason == NULL || *a.reason == '\0' || a.by != NULL ||
	    a.role != NULL || a.archive != NULL || a.at != NULL)
		return cli_usage_error(usage_reopen, "reopen needs --paper ID and --reason TEXT",
		    NULL);
	if (signoff_time(NULL, &at) == -1 ||
	    signoff_reopen(a.db, a.id, a.reason, at, &version) == -1)
		return diag_status();
	printf("paper %ld reopened as version %ld: a draft until it is signed off again\n", a.id,
	    version);
	return EX_OK;
}
