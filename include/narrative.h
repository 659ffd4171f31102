/* narrative.h: a paper's narrative (title, purpose, recommendations,
 * sections, implications, source documents) as a Markdown file, out and
 * back in: docket narrative. Included by narrative.c, narrative_db.c,
 * cmd_narrative.c and the tests. */
#ifndef DOCKET_NARRATIVE_H
#define DOCKET_NARRATIVE_H

#include <stddef.h>

/* The rows of one of the narrative's tables for one paper (or section),
 * in order, each ncols texts. */
struct narr_rows {
	size_t      n;
	size_t      ncols;
	char      **v;		/* n * ncols texts, owned */
	unsigned   *line;	/* each row's line in the Markdown; 0 from the database */
	long long  *seq;	/* each row's seq in the database; 0 when parsed */
	long long  *id;		/* sections: each row's id in the database; else NULL */
	size_t      cap;
};

/* What officers write for a paper. */
struct narrative {
	char            *title;
	char            *label;		/* "Purpose" or "Executive Summary" */
	char            *summary;	/* its lead paragraph */
	struct narr_rows points;	/* text: the bullets under it */
	struct narr_rows recs;		/* text */
	struct narr_rows sections;	/* heading */
	struct narr_rows *paras;	/* each section's: style ("numbered", "bullet"), text */
	struct narr_rows impls;		/* heading, text */
	struct narr_rows sources;	/* title, location, exempt ("0" or "1") */
};

/* narrative.c (libcmark). */

/* An empty narrative, its lists' widths set. Free with narrative_free. */
void  narrative_init(struct narrative *n);
void  narrative_free(struct narrative *n);
/* Adds a row of rows' ncols texts (copied), from line. */
void  narr_add(struct narr_rows *rows, const char *const *v, unsigned line);
/* Adds a section, and its list of paragraphs, to n; its index. */
size_t narr_add_section(struct narrative *n, const char *heading, unsigned line);
/* The narrative as Markdown, in the shape narrative_parse reads back to the
 * same narrative (docs/narrative.md). Caller frees. */
char *narrative_markdown(const struct narrative *n);
/* Reads the Markdown text[0..len) of file into n (initialised), every
 * fault reported as FILE:LINE:COL. 0, or -1 with the diagnostics emitted. */
int   narrative_parse(const char *file, const char *text, size_t len, struct narrative *n);

/* narrative_db.c. */

/* What an import writes, in rows of the narrative's tables (and the
 * paper's title and summary). */
struct narrative_counts {
	size_t added;
	size_t changed;
	size_t removed;
};

/* Paper's narrative in the database at dbpath as Markdown. NULL with the
 * diagnostic emitted. Caller frees. */
char *narrative_export(const char *dbpath, long paper);
/* Reads the Markdown file md and makes it paper's narrative in the
 * database at dbpath, all or nothing, in one transaction; with dry_run
 * set only counts. A signed-off paper is refused. Rows that are the same
 * are not written, so a file export wrote leaves the database as it was.
 * 0, or -1 with every diagnostic emitted and the database unchanged. */
int   narrative_import(const char *dbpath, long paper, const char *md, int dry_run,
    struct narrative_counts *c);

#endif
