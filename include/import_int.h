/* import_int.h: what the files of the CSV interchange share: a kind of
 * row and its columns, a row as read, an import under way. Included by
 * import.c and import_kinds.c only. */
#ifndef DOCKET_IMPORT_INT_H
#define DOCKET_IMPORT_INT_H

#include <stddef.h>

#include "db_write.h"
#include "diag.h"
#include "import.h"

/* How a cell is read. */
enum ctype {
	CT_TEXT,	/* text, "" as NULL */
	CT_NUMBER,	/* a number, "" or n/a as NULL */
	CT_INT,		/* a whole number from 1: a risk's or priority's */
	CT_PERIOD,	/* a quarter: 2024/25 Q3; a key's into key[1] and [2] */
	CT_YEAR,	/* a financial year: 2024/25, kept as 2024 */
	CT_YESNO,	/* yes or no, kept as 1 or 0 */
	CT_DATE,	/* a day: 2025-01-28 or 28/01/2025, kept as the first */
	CT_CHOICE,	/* one of the column's choices */
	CT_REF		/* a name the kind turns into a row's id */
};

/* A column of a kind's file. The first of a kind's columns are its key:
 * they find the row, and are never changed. */
struct column {
	const char         *name;	/* the header export writes */
	const char         *alias[2];	/* other headers import takes, or NULL */
	const char         *dbcol;	/* the table's column; NULL for a key the kind resolves;
					 * CT_PERIOD: its year's, beside quarter */
	enum ctype          type;
	int                 required;	/* the column must be there */
	int                 filled;	/* its cells may not be empty */
	const char *const  *choices;	/* CT_CHOICE: ended by NULL */
};

/* A cell as read: absent when its column is not in the file. */
struct val {
	int     present;
	int     null;
	double  num;	/* CT_NUMBER, CT_INT, CT_YEAR, CT_YESNO, CT_PERIOD's year;
			 * CT_REF: the id */
	int     quarter;	/* CT_PERIOD of a table column */
	char   *text;	/* all but CT_NUMBER and CT_PERIOD: owned */
};

enum outcome { OUT_BAD, OUT_ADDED, OUT_CHANGED, OUT_SAME };

/* A row of the file. */
struct item {
	unsigned     line;
	struct val  *v;		/* one a column of the kind */
	long long    key[3];	/* what the kind's key resolves to, bound as :k0 to
				 * :k2 (struct kind says what each is) */
	long long    rowid;	/* the row it would change; 0: a new row */
	long long    paper;	/* the signed-off paper that reported it, or 0 */
	char        *name;	/* the row for messages and repeats: "SR1 2024/25 Q3" */
	enum outcome out;
};

struct import;

/* One kind of row. Its SQL may use :k0, :k1 and :k2, a row's key[]. */
struct kind {
	const char          *name;
	const char          *table;
	const struct column *cols;
	size_t               nkey;	/* its first columns that are the key */
	/* Finds the row's key[] and its references; sets rowid when the row
	 * is there. -1 with the diagnostic emitted. */
	int (*resolve)(struct import *im, struct item *it);
	/* The signed-off paper that reported the row: one row, its id or 0;
	 * NULL when no paper reports the kind. */
	const char *signed_off;
	/* A revision's row_key of such a row, when it may be revised (SQL of
	 * :k0 to :k2 and :id, the row's rowid); NULL when it may not. */
	const char *row_key;
	/* A new row is written with the file's columns and these ("" for
	 * none), set to these values. A kind that only changes rows has its
	 * resolve refuse a row that is not there. */
	const char *extra_cols;
	const char *extra_vals;
	/* The rows for export, a result column for each column, two for a
	 * period (fy, quarter). */
	const char *export_sql;
};

/* An import under way. */
struct import {
	const struct kind *k;
	struct db         *db;
	const char        *csv;	/* its path, for messages */
	const struct import_opts *o;
	int                map[24];	/* the file's column of each kind column, or -1 */
	size_t             ncols;	/* the kind's */
	struct item       *items;
	size_t             nitems;
	/* The kind's lookups, each prepared the first time: 0 and 1 its
	 * references, 2 its signed-off paper, 3 its own row, 4 to 7 more
	 * references. */
	struct db_stmt    *st[8];
};

/* import_kinds.c: each kind of row, its columns and how its rows are found. */
extern const struct kind import_kind_table[];
extern const size_t      import_nkinds;

/* import.c: what a kind's lookups are made of. */

/* Runs the query sql (statement slot i, which keeps the first sql it is
 * given) with :s the text s and the row's keys: *n the rows it gives, *id
 * the first row's first column and aux, when not NULL, its next two. -1
 * on failure. */
int im_lookup(struct import *im, int i, const char *sql, const char *s, const struct item *it,
    long long *id, int *n, long long aux[2]);
/* Finds by column i's cell the one row of sql into *id, or says that no
 * row (none) or more than one has it. -1 with the diagnostic emitted. */
int im_find_one(struct import *im, int slot, const char *sql, struct item *it, size_t i,
    enum diag_code none, long long *id);
/* The row's existing rowid, when sql finds it, into it->rowid. */
int im_find_row(struct import *im, const char *sql, struct item *it, size_t i);
/* Where a row, and its column i's cell, stand in the file, for messages. */
struct srcpos im_row_pos(const struct import *im, const struct item *it);
struct srcpos im_cell_pos(const struct import *im, const struct item *it, size_t i);

#endif
