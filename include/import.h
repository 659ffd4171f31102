/* import.h: officers' figures and actions in and out as CSV: docket import
 * and docket export, one KIND of row a file. Included by main.c and the
 * tests. */
#ifndef DOCKET_IMPORT_H
#define DOCKET_IMPORT_H

#include <stddef.h>

/* The kinds, for usage messages: "values, measures, actions, ...". */
extern const char import_kinds[];

/* How to import. */
struct import_opts {
	int         dry_run;	/* check and count, write nothing */
	/* A correction to values signed-off papers reported: why, and who
	 * makes it (each change is kept in the revision table); reason NULL
	 * refuses such a change. */
	const char *reason;
	const char *by;
};

/* What an import adds, changes and finds already there, in rows; of
 * those added and changed, the ones a signed-off paper reported. */
struct import_counts {
	size_t added;
	size_t changed;
	size_t same;
	size_t revised;
};

/* Imports the CSV file csv of kind into the database at dbpath, all or
 * nothing: every row is checked before anything is written, every fault
 * reported (FILE:LINE:COL), and then every row written in one
 * transaction, or none. Sets *n. 0, or -1 with the diagnostics emitted
 * and the file as it was. */
int import_csv(const char *dbpath, const char *kind, const char *csv,
    const struct import_opts *o, struct import_counts *n);

/* The rows of kind in the database at dbpath as a CSV file that
 * import_csv reads back to the same database: a header row, then the
 * rows. NULL with the diagnostic emitted. Caller frees. */
char *export_csv(const char *dbpath, const char *kind);

#endif
