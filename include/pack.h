/* pack.h: a meeting's agenda pack, one PDF: the agenda (templates/agenda.xml)
 * and each public paper after it, paged as one. Included by cmd_pack.c,
 * main.c (docket check) and the tests. */
#ifndef DOCKET_PACK_H
#define DOCKET_PACK_H

#include "db.h"

/* The template of the agenda, in DATADIR/templates, filled from the
 * datasets of db_load_meeting. */
#define PACK_TEMPLATE "agenda.xml"

/* Writes meeting's pack (faces and templates from datadir) to outfile,
 * or when it is NULL to out/DATE-COMMITTEE-agenda-pack-mID.pdf: the
 * agenda, listing every item (an exempt one with its paragraph of
 * Schedule 12A, and nothing of its paper), then each public paper in
 * agenda order, built and laid out one at a time, so that no more than
 * one paper's document is held. Every page "Page x of y" of the pack;
 * a bookmark and page labels for each item; the agenda's titles link to
 * their papers. The file is written as render_save writes. Returns 0 and
 * *written the path (the caller frees), or -1 with the diagnostics
 * emitted and nothing written. */
int pack_meeting(struct db *db, long meeting, const char *datadir, const char *outfile,
    char **written);

#endif
