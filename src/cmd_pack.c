/* cmd_pack.c: `docket pack`, a meeting's agenda pack as one PDF (pack.c
 * makes it). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "cli.h"
#include "db.h"
#include "diag.h"
#include "pack.h"
#include "render.h"

static const char usage_pack[] =
"usage: docket pack --db DB --meeting ID [-o FILE]\n"
"\n"
"Makes a meeting's public agenda pack, one PDF: the front sheet and agenda\n"
"(each item's report, officer and first page, linked), then every public\n"
"paper in agenda order, paged as one (\"Page 37 of 212\"), with a bookmark\n"
"and page labels for each item. An exempt item is listed with its paragraph\n"
"of Schedule 12A and nothing of its paper.\n"
"\n"
"  --db DB          the database\n"
"  --meeting ID     the meeting (its id, as the meetings table has it)\n"
"  -o, --output FILE  where to write it (default\n"
"                   out/DATE-COMMITTEE-agenda-pack-mID.pdf)\n"
"  -h, --help       show this help\n";

int
cmd_pack(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "meeting", required_argument, NULL, 'm' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *dbpath = NULL, *outfile = NULL;
	struct render_opts ro = { .mode = RENDER_PDF };
	struct db *db = NULL;
	char *datadir = NULL, *written = NULL;
	long meeting = 0;
	int c, rc = EX_OK;

	while ((c = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
		switch (c) {
		case 'd': dbpath = optarg; break;
		case 'm':
			if (cli_parse_id(optarg, &meeting) == -1)
				return cli_usage_error(usage_pack, "bad meeting id", optarg);
			break;
		case 'o': outfile = optarg; break;
		case 'h': fputs(usage_pack, stdout); return EX_OK;
		default: fputs(usage_pack, stderr); return EX_USAGE;
		}
	}
	if (dbpath == NULL || meeting == 0)
		return cli_usage_error(usage_pack, "pack needs --db DB and --meeting ID", NULL);
	if (optind < argc)
		return cli_usage_error(usage_pack, "unexpected argument", argv[optind]);
	ro.outfile = outfile;
	if ((db = db_open(dbpath)) == NULL || render_make_outdir(&ro) == -1) {
		rc = diag_status();
		goto out;
	}
	datadir = cli_datadir();
	if (pack_meeting(db, meeting, datadir, outfile, &written) == -1)
		rc = diag_status();
	else
		printf("wrote %s\n", written);
out:
	free(written);
	free(datadir);
	db_close(db);
	return rc;
}
