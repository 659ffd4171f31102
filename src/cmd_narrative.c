/* cmd_narrative.c: docket narrative export and import: a paper's narrative
 * as a Markdown file an officer edits in a word processor, and back. The
 * work is narrative.c's (Markdown) and narrative_db.c's (the database). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cli.h"
#include "diag.h"
#include "narrative.h"

static const char usage_narrative[] =
"usage: docket narrative export --db DB --paper ID [FILE.md]\n"
"       docket narrative import --db DB --paper ID FILE.md [--dry-run]\n"
"\n"
"A paper's narrative as Markdown (docs/narrative.md gives the shape): its\n"
"title (#), ## Purpose or ## Executive Summary with its paragraph and bullet\n"
"points, ## Recommendations as a numbered list, the sections (## 1. Heading)\n"
"with their paragraphs and bullets, ## Implications (### Heading, then its\n"
"paragraph) and ## Source documents (a list: title, and on the next line the\n"
"location). export writes it to FILE.md or standard output; import reads it\n"
"back, all or nothing: every fault reported as FILE:LINE:COL, or the rows\n"
"that differ written in one transaction. The text is plain: bold, italic,\n"
"links and raw HTML are refused. A signed-off paper's narrative is never\n"
"changed.\n"
"\n"
"  --db DB       the database\n"
"  --paper ID    the paper\n"
"  --dry-run     say what would change, and write nothing\n"
"  -h, --help    show this help\n";

int
cmd_narrative(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "paper", required_argument, NULL, 'p' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct narrative_counts n;
	const char *dbpath = NULL, *paper = NULL, *verb;
	char *md;
	long id;
	int c, dry_run = 0, import, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'p': paper = optarg; break;
		case 'n': dry_run = 1; break;
		case 'h': fputs(usage_narrative, stdout); return EX_OK;
		default: fputs(usage_narrative, stderr); return EX_USAGE;
		}
	}
	if (optind >= argc)
		return cli_usage_error(usage_narrative, "narrative needs export or import", NULL);
	verb = argv[optind++];
	import = strcmp(verb, "import") == 0;
	if (!import && strcmp(verb, "export") != 0)
		return cli_usage_error(usage_narrative, "narrative needs export or import", verb);
	if (dbpath == NULL || paper == NULL)
		return cli_usage_error(usage_narrative, "narrative needs --db DB and --paper ID", NULL);
	if (cli_parse_id(paper, &id) == -1)
		return cli_usage_error(usage_narrative, "--paper needs a paper's id", paper);
	if (import ? argc - optind != 1 : argc - optind > 1)
		return cli_usage_error(usage_narrative, import ? "import needs FILE.md" :
		    "export takes at most one FILE.md", NULL);
	if (!import && dry_run)
		return cli_usage_error(usage_narrative, "--dry-run is for import", NULL);
	if (import) {
		if (narrative_import(dbpath, id, argv[optind], dry_run, &n) == -1)
			return diag_status();
		printf("paper %ld's narrative: %zu added, %zu changed, %zu removed%s\n", id, n.added,
		    n.changed, n.removed, dry_run ? " (dry run: nothing written)" : "");
		return EX_OK;
	}
	if ((md = narrative_export(dbpath, id)) == NULL)
		return diag_status();
	rc = cli_write_out(argv[optind], md);
	free(md);
	return rc;
}
