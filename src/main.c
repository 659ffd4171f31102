/* main.c: the command line: docket SUBCOMMAND [options]. Parses options,
 * finds the data directory, and runs a stage of the pipeline. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"
#include "db.h"
#include "diag.h"
#include "doc.h"
#include "import.h"
#include "pack.h"
#include "render.h"
#include "rules.h"
#include "store.h"
#include "util.h"

static const char usage_main[] =
"usage: docket COMMAND [OPTIONS]\n"
"\n"
"Turns a council's performance data and action plans into committee papers (PDF).\n"
"\n"
"Commands:\n"
"  init     create a database (with --demo: the demo papers)\n"
"  list     list the papers in a database\n"
"  render   render papers to PDF\n"
"  check    check templates, or a paper, without rendering\n"
"  migrate  upgrade a database to this docket's schema\n"
"  import   bring a CSV file of values, measures, actions ... into a database\n"
"  export   write values, measures, actions ... as a CSV file\n"
"  narrative  a paper's narrative out to a Markdown file, and back in\n"
"  pack     make a meeting's agenda pack: the agenda and its public papers, one PDF\n"
"  signoff  sign a paper off into the archive; verify checks it; reopen a paper\n"
"  due      the papers due at the meetings ahead, and their deadlines\n"
"  batch    make the missing papers of a series and render what is due\n"
"\n"
"Options:\n"
"  -h, --help       show this help; 'docket COMMAND --help' for a command\n"
"  -V, --version    show the version\n"
"\n"
"Environment: DOCKET_DATADIR, the folder holding templates/, fonts/ and data/.\n";

static const char usage_init[] =
"usage: docket init --db PATH [--demo]\n"
"\n"
"Creates a new database at PATH with docket's schema; never overwrites a file.\n"
"\n"
"  --db PATH     the database to create\n"
"  --demo        fill it with the demo data (Cambridgeshire, Kent and\n"
"                Leicestershire)\n"
"  -h, --help    show this help\n";

static const char usage_list[] =
"usage: docket list --db DB [--tsv] [--due [--as-of DATE]]\n"
"\n"
"Lists the papers: id, committee, meeting date, agenda item, title, status.\n"
"\n"
"  --db DB       the database to read\n"
"  --tsv         tab-separated with a header line, for scripts\n"
"  --due         the papers due at the meetings ahead instead, as docket due\n"
"  --as-of DATE  with --due: the first day of the window (default: today)\n"
"  -h, --help    show this help\n";

static const char usage_check[] =
"usage: docket check TEMPLATE...\n"
"       docket check --db DB --paper ID\n"
"\n"
"Checks without rendering. For each TEMPLATE (a file in a templates folder):\n"
"well-formed XML with no DOCTYPE, the template language (docket.rng beside it),\n"
"includes, each query against the sandbox, and every binding and loop against\n"
"the datasets a paper has. With --db and --paper: the rules a committee paper\n"
"must keep (key decisions, exempt papers, recommendations, implications,\n"
"background papers) and its template filled with its data.\n"
"\n"
"  --db DB       the database to read (opened read-only)\n"
"  --paper ID    the paper to check\n"
"  -h, --help    show this help\n";

static const char usage_migrate[] =
"usage: docket migrate --db DB\n"
"\n"
"Upgrades a database made by an older docket to this docket's schema, in one\n"
"transaction: every step or none. Reading commands refuse an older database\n"
"until then; a newer one is refused here too.\n"
"\n"
"  --db DB       the database to upgrade\n"
"  -h, --help    show this help\n";

static const char usage_import[] =
"usage: docket import --db DB KIND FILE.csv [--dry-run]\n"
"                     [--revise --reason TEXT [--by NAME]]\n"
"\n"
"Brings a CSV file (a spreadsheet saved as CSV UTF-8) into the database, all\n"
"or nothing: every row is checked first and every fault reported as\n"
"FILE:LINE:COL; then the rows are added or changed in one transaction. Rows\n"
"not in the file are left as they are. KIND and its columns, by header name\n"
"([optional]; the plan may be left out when the database has one):\n"
"  values      measure, period, value[, note]   (period: 2024/25 Q3 or Q3 2024/25)\n"
"  measures    code, name, theme, unit, polarity, floor, target, kind, direction\n"
"              [, benchmark, tolerance]\n"
"  actions     [plan,] number, description, officer, start, end, status, progress\n"
"  milestones  [plan,] priority, letter, description, action, due\n"
"  risks       [plan,] number, description, mitigation\n"
"  meetings    committee, date[, venue]   (date: 2025-01-28 or 28/01/2025)\n"
"  officers    name, post[, email, phone]\n"
"  committees  name, council, cadence\n"
"  strategies  name, council, first year, last year   (years: 2025/26)\n"
"  themes      strategy, number, name[, outcome]\n"
"  plans       name, council, year[, division]\n"
"  priorities  plan, number, name[, description]\n"
"  papers      committee, date, item, title, template, from, summary[, officer,\n"
"              divisions, classification, exempt paragraph, key decision,\n"
"              forward plan, forward plan date, summary label, strategy, plan,\n"
"              period]   (period: 2025/26 Q2, or 2025/26)\n"
"(a new action names its [priority] by number)\n"
"What a signed-off paper reported is never changed, but for a correction to\n"
"its values, actions, milestones or risks with --revise, each kept in the\n"
"revision table.\n"
"\n"
"  --db DB        the database to write\n"
"  --dry-run      say what would be added and changed, and write nothing\n"
"  --revise       correct what signed-off papers reported\n"
"  --reason TEXT  why (needed with --revise)\n"
"  --by NAME      who corrects them (default: the login name)\n"
"  -h, --help     show this help\n";

static const char usage_export[] =
"usage: docket export --db DB KIND [FILE]\n"
"\n"
"Writes the database's rows of KIND (values, measures, actions, milestones,\n"
"risks, meetings, officers) as a CSV file with a header row, in the shape\n"
"docket import reads, to FILE or standard output. A cell a spreadsheet would\n"
"run as a formula is written with a leading '.\n"
"\n"
"  --db DB       the database to read (opened read-only)\n"
"  -h, --help    show this help\n";

static const char usage_render[] =
"usage: docket render --db DB (--paper ID ... | --all) [-o FILE | --out DIR]\n"
"                     [--jobs N] [--pdfa]\n"
"\n"
"Renders papers to A4 PDF. Each file is written to a temporary file and moved\n"
"into place; a signed-off paper's file is never overwritten. A batch carries on\n"
"past a paper that fails and reports the failures at the end.\n"
"\n"
"  --db DB        the database to read (opened read-only)\n"
"  --paper ID     the paper to render; may be repeated\n"
"  --all          every paper in the database\n"
"  -o, --output FILE  the PDF to write (one paper only)\n"
"  --out DIR      the folder for PDFs named from date, committee and title\n"
"                 (default: out; made if missing)\n"
"  --jobs N       render a batch in N processes at once, 1 to 64 (default: 1);\n"
"                 the output is the same, in the same order\n"
"  --pdfa         write PDF/A-1b, the archival form (still tagged)\n"
"  --dump-tree    print the document tree instead of writing a PDF\n"
"  --trace        print the layout's drawing calls instead of writing a PDF\n"
"  -h, --help     show this help\n";

static int
cmd_init(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "demo", no_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL;
	char *datadir, *data;
	int c, demo = 0, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'm': demo = 1; break;
		case 'h': fputs(usage_init, stdout); return EX_OK;
		default: fputs(usage_init, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL)
		return cli_usage_error(usage_init, "init needs --db PATH", NULL);
	if (optind < argc)
		return cli_usage_error(usage_init, "unexpected argument", argv[optind]);
	datadir = cli_datadir();
	data = xasprintf("%s/data", datadir);
	rc = db_init(dbpath, data, demo) == 0 ? EX_OK : diag_status();
	if (rc == EX_OK)
		printf("created %s%s\n", dbpath, demo ? " with the demo data" : "");
	free(data);
	free(datadir);
	return rc;
}

static int
cmd_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "tsv", no_argument, NULL, 't' },
		{ "due", no_argument, NULL, 'u' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const cols[] = {
		"id", "committee", "meeting_date", "agenda_item", "title", "status",
	};
	const char *dbpath = NULL, *asof = NULL;
	struct paperdata *pd = NULL;
	const struct dataset *d;
	struct db *db;
	int c, tsv = 0, due = 0, idx[6];
	size_t r, i;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 't': tsv = 1; break;
		case 'u': due = 1; break;
		case 'a': asof = optarg; break;
		case 'h': fputs(usage_list, stdout); return EX_OK;
		default: fputs(usage_list, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL)
		return cli_usage_error(usage_list, "list needs --db DB", NULL);
	if (optind < argc)
		return cli_usage_error(usage_list, "unexpected argument", argv[optind]);
	if (asof != NULL && !due)
		return cli_usage_error(usage_list, "--as-of goes with --due", NULL);
	if (due)
		return due_show(dbpath, asof, tsv, 0, usage_list);
	if ((db = db_open(dbpath)) == NULL)
		return diag_status();
	if ((pd = db_list(db)) == NULL) {
		db_close(db);
		return diag_status();
	}
	d = pd_set(pd, "papers");
	for (i = 0; i < 6; i++)
		idx[i] = ds_col(d->schema, cols[i]);
	if (tsv)
		puts("id\tcommittee\tmeeting_date\tagenda_item\ttitle\tstatus");
	else
		printf("%4s  %-44s  %-10s  %-4s  %-10s  %s\n", "ID", "COMMITTEE", "MEETING", "ITEM",
		    "STATUS", "TITLE");
	for (r = 0; r < d->nrows; r++) {
		const char *v[6];

		for (i = 0; i < 6; i++) {
			v[i] = d->rows[r].vals[idx[i]] ? d->rows[r].vals[idx[i]] : "";
			/* tabs and newlines would break the columns */
			if (tsv && strpbrk(v[i], "\t\n") != NULL)
				v[i] = "?";
		}
		if (tsv)
			printf("%s\t%s\t%s\t%s\t%s\t%s\n", v[0], v[1], v[2], v[3], v[4], v[5]);
		else
			printf("%4s  %-44s  %-10s  %-4s  %-10s  %s\n", v[0], v[1], v[2], v[3], v[5], v[4]);
	}
	pd_free(pd);
	db_close(db);
	return EX_OK;
}

/* Checks one template file against the datasets every paper has. */
static int
check_template(const char *datadir, const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	char *data = xasprintf("%s/data", datadir);
	struct db *db = db_open_empty(data);
	/* The agenda is filled from a meeting's datasets, not a paper's. */
	int agenda = strcmp(slash ? slash + 1 : path, PACK_TEMPLATE) == 0;
	struct paperdata *pd = db == NULL ? NULL : agenda ? db_load_meeting(db, 0) :
	    db_load_shape(db);
	struct doc *doc = NULL;
	int rc;

	char *rng = xasprintf("%s/docket.rng", dir);
	struct srcpos at = { path, 0, 0, NULL };

	diag_reset();
	/* A template copied out of its folder is checked against nothing. */
	if (access(rng, F_OK) == -1)
		diag(D_TMPL_OUTSIDE, &at, "%s/templates", datadir);
	else if (pd != NULL)
		doc = render_document(db, pd, dir, slash ? slash + 1 : path, 1);
	free(rng);
	rc = doc != NULL ? EX_OK : diag_status() ? diag_status() : EX_SOFTWARE;
	if (doc != NULL)
		printf("%s: ok\n", path);
	doc_free(doc);
	pd_free(pd);
	db_close(db);
	free(data);
	free(dir);
	return rc;
}

/* Checks one paper: its rules, then its template with its data. */
static int
check_paper(const char *datadir, const char *dbpath, long id)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db ? db_load_paper(db, id) : NULL;
	char *dir = xasprintf("%s/templates", datadir);
	struct doc *doc = NULL;
	int errors = 0, rc;

	if (pd != NULL) {
		errors = rules_check(pd);
		doc = render_document(db, pd, dir, pd_get(pd, "paper", "template"), 0);
	}
	rc = doc != NULL && errors == 0 ? EX_OK : diag_status() ? diag_status() : EX_SOFTWARE;
	if (rc == EX_OK)
		printf("paper %ld: ok\n", id);
	doc_free(doc);
	pd_free(pd);
	db_close(db);
	free(dir);
	return rc;
}

static int
cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "paper", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL;
	char *datadir;
	long id = 0;
	int c, i, rc = EX_OK, one;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'p':
			if (cli_parse_id(optarg, &id) == -1)
				return cli_usage_error(usage_check, "bad paper id", optarg);
			break;
		case 'h': fputs(usage_check, stdout); return EX_OK;
		default: fputs(usage_check, stderr); return EX_USAGE;
		}
	}
	if ((dbpath == NULL) != (id == 0))
		return cli_usage_error(usage_check, "--db and --paper go together", NULL);
	if (dbpath == NULL && optind == argc)
		return cli_usage_error(usage_check, "check needs TEMPLATE... or --db DB --paper ID", NULL);
	datadir = cli_datadir();
	if (dbpath != NULL)
		rc = check_paper(datadir, dbpath, id);
	for (i = optind; i < argc; i++)
		if ((one = check_template(datadir, argv[i])) != EX_OK)
			rc = diag_worse(rc, one);
	free(datadir);
	return rc;
}

static int
cmd_migrate(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL;
	int c, from;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'h': fputs(usage_migrate, stdout); return EX_OK;
		default: fputs(usage_migrate, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL)
		return cli_usage_error(usage_migrate, "migrate needs --db DB", NULL);
	if (optind < argc)
		return cli_usage_error(usage_migrate, "unexpected argument", argv[optind]);
	if (store_migrate(dbpath, store_steps, &from) == -1)
		return diag_status();
	if (from == DB_SCHEMA_VERSION)
		printf("%s: schema version %d is up to date; nothing to do\n", dbpath, from);
	else
		printf("%s: upgraded from schema version %d to %d\n", dbpath, from,
		    DB_SCHEMA_VERSION);
	return EX_OK;
}

static int
cmd_import(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "revise", no_argument, NULL, 'r' },
		{ "reason", required_argument, NULL, 'R' },
		{ "by", required_argument, NULL, 'b' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct import_opts o = {0};
	struct import_counts n;
	struct passwd *pw;
	const char *dbpath = NULL, *reason = NULL;
	int c, revise = 0;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'n': o.dry_run = 1; break;
		case 'r': revise = 1; break;
		case 'R': reason = optarg; break;
		case 'b': o.by = optarg; break;
		case 'h': fputs(usage_import, stdout); return EX_OK;
		default: fputs(usage_import, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL)
		return cli_usage_error(usage_import, "import needs --db DB", NULL);
	if (argc - optind != 2)
		return cli_usage_error(usage_import, "import needs KIND and FILE.csv", NULL);
	if (revise != (reason != NULL) || (reason != NULL && *reason == '\0'))
		return cli_usage_error(usage_import, "--revise needs --reason TEXT, and --reason "
		    "--revise", NULL);
	if (o.by == NULL)
		o.by = (pw = getpwuid(getuid())) != NULL ? pw->pw_name : "unknown";
	if (*o.by == '\0')
		return cli_usage_error(usage_import, "--by needs a name", NULL);
	o.reason = reason;
	if (import_csv(dbpath, argv[optind], argv[optind + 1], &o, &n) == -1)
		return diag_status();
	printf("%s: %zu added, %zu changed, %zu unchanged", argv[optind], n.added, n.changed,
	    n.same);
	if (n.revised > 0)
		printf("; %zu correction%s to what signed-off papers reported, each in the "
		    "revision table", n.revised, n.revised == 1 ? "" : "s");
	puts(o.dry_run ? " (dry run: nothing written)" : "");
	return EX_OK;
}

static int
cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL;
	char *csv;
	int c, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'h': fputs(usage_export, stdout); return EX_OK;
		default: fputs(usage_export, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL)
		return cli_usage_error(usage_export, "export needs --db DB", NULL);
	if (argc - optind < 1 || argc - optind > 2)
		return cli_usage_error(usage_export, "export needs KIND and at most one FILE", NULL);
	if ((csv = export_csv(dbpath, argv[optind])) == NULL)
		return diag_status();
	rc = cli_write_out(argv[optind + 1], csv);
	free(csv);
	return rc;
}

/* The papers render is to render, and how. */
struct rendering {
	const long               *ids;
	const struct render_opts *ro;
};

/* Renders paper i of a batch; returns 0 or its exit status. */
static int
render_one(void *ctx, struct db *db, size_t i, char **written)
{
	const struct rendering *rn = ctx;

	if (render_paper(db, rn->ids[i], rn->ro, written) == 0)
		return EX_OK;
	return diag_status() ? diag_status() : EX_SOFTWARE;
}

/* Says which file paper i's render wrote; called in paper order. */
static void
render_done(void *ctx, size_t i, int status, const char *written)
{
	(void)ctx;
	(void)i;
	if (status == EX_OK && written != NULL)
		printf("wrote %s\n", written);
}

static int
cmd_render(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "paper", required_argument, NULL, 'p' },
		{ "all", no_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "out", required_argument, NULL, 'O' },
		{ "dump-tree", no_argument, NULL, 'T' },
		{ "trace", no_argument, NULL, 'R' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "pdfa", no_argument, NULL, 'A' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct render_opts ro = {0};
	struct batch_pool b = {0};
	struct rendering rn = { NULL, &ro };
	struct db *db = NULL;
	const char *dbpath = NULL;
	long *ids = NULL, id, jobs = 1;
	size_t nids = 0, cap = 0, i;
	int c, all = 0, rc = EX_OK;
	char *datadir = NULL;

	while ((c = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'p':
			if (cli_parse_id(optarg, &id) == -1) {
				rc = cli_usage_error(usage_render, "bad paper id", optarg);
				goto out;
			}
			ids = xgrow(ids, &cap, nids + 1, sizeof *ids);
			ids[nids++] = id;
			break;
		case 'a': all = 1; break;
		case 'o': ro.outfile = optarg; break;
		case 'O': ro.outdir = optarg; break;
		case 'T': ro.mode = RENDER_TREE; break;
		case 'R': ro.mode = RENDER_TRACE; break;
		case 'A': ro.pdfa = 1; break;
		case 'j':
			if (cli_parse_id(optarg, &jobs) == -1 || jobs > 64) {
				rc = cli_usage_error(usage_render, "--jobs takes 1 to 64, not", optarg);
				goto out;
			}
			break;
		case 'h': fputs(usage_render, stdout); goto out;
		default: fputs(usage_render, stderr); rc = EX_USAGE; goto out;
		}
	}
	if (dbpath == NULL)
		rc = cli_usage_error(usage_render, "render needs --db DB", NULL);
	else if (optind < argc)
		rc = cli_usage_error(usage_render, "unexpected argument", argv[optind]);
	else if ((nids == 0) == !all)
		rc = cli_usage_error(usage_render, "render needs --paper ID or --all, not both", NULL);
	else if (ro.outfile != NULL && ro.outdir != NULL)
		rc = cli_usage_error(usage_render, "-o FILE and --out DIR do not go together", NULL);
	else if (ro.outfile != NULL && (all || nids > 1))
		rc = cli_usage_error(usage_render, "-o FILE takes one paper; use --out DIR for more", NULL);
	if (rc != EX_OK)
		goto out;
	if ((db = db_open(dbpath)) == NULL) {
		rc = diag_status();
		goto out;
	}
	if (all) {
		struct paperdata *pd = db_list(db);
		const struct dataset *d;
		int col;

		if (pd == NULL) {
			rc = diag_status();
			goto out;
		}
		d = pd_set(pd, "papers");
		col = ds_col(d->schema, "id");
		for (i = 0; i < d->nrows; i++) {
			ids = xgrow(ids, &cap, nids + 1, sizeof *ids);
			ids[nids++] = strtol(d->rows[i].vals[col], NULL, 10);
		}
		pd_free(pd);
	}
	if (render_make_outdir(&ro) == -1) {
		rc = diag_status();
		goto out;
	}
	datadir = cli_datadir();
	ro.datadir = datadir;
	rn.ids = ids;
	/* Tree dumps and traces go to stdout as they are made, and one paper
	 * gains nothing from a worker: one process. */
	if (ro.mode != RENDER_PDF)
		jobs = 1;
	b.dbpath = dbpath;
	b.ids = ids;
	b.n = nids;
	b.jobs = (size_t)jobs;
	b.one = render_one;
	b.done = render_done;
	b.ctx = &rn;
	if (batch_pool_run(&b, &db, &rc))
		goto out;	/* a worker's own exit */
	rc = b.rc;
out:
	free(datadir);
	free(ids);
	db_close(db);
	return rc;
}

int
main(int argc, char **argv)
{
	/* A command of its own file (cmd_*.c) is declared in cli.h. */
	static const struct {
		const char *name;
		int (*run)(int argc, char **argv);
	} commands[] = {
		{ "init", cmd_init },
		{ "list", cmd_list },
		{ "render", cmd_render },
		{ "check", cmd_check },
		{ "migrate", cmd_migrate },
		{ "import", cmd_import },
		{ "export", cmd_export },
		{ "narrative", cmd_narrative },
		{ "pack", cmd_pack },
		{ "signoff", cmd_signoff }, { "verify", cmd_verify }, { "reopen", cmd_reopen },
		{ "due", cmd_due },
		{ "batch", cmd_batch },
	};
	const char *cmd;
	size_t i;

	/* A file over the size limit (ulimit -f, a quota) is then a write
	 * that fails with a message, not a process killed half-way. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc < 2)
		return cli_usage_error(usage_main, "a command is needed", NULL);
	cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
		fputs(usage_main, stdout);
		return EX_OK;
	}
	if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
		printf("docket %s\n", DOCKET_VERSION);
		return EX_OK;
	}
	argv[1] = argv[0];
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(cmd, commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	return cli_usage_error(usage_main, "unknown command", cmd);
}
