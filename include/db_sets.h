/* db_sets.h: the datasets a paper's template may bind to, as the SQL
 * that loads each. Plain data; included by db.c and db_sets.c only. */
#ifndef DOCKET_DB_SETS_H
#define DOCKET_DB_SETS_H

#include <stddef.h>

/* One dataset: the table its rows come from (for messages), its parent
 * dataset or NULL, and a query taking :paper. Each query selects _rowid
 * first; a child selects _parent matching its parent's _key. */
struct dsdef {
	const char *name;
	const char *table;
	const char *parent;
	const char *sql;
};

/* Every dataset of one paper, parents before children. */
extern const struct dsdef db_paper_sets[];
extern const size_t       db_npaper_sets;
/* The papers, for docket list. */
extern const struct dsdef db_list_sets[];
extern const size_t       db_nlist_sets;
/* A meeting and its agenda items, for docket pack. */
extern const struct dsdef db_meeting_sets[];
extern const size_t       db_nmeeting_sets;

#endif
