/* dev_pdfa.h: what a PDF/A file needs that libharu does not make, without
 * libharu: the XMP metadata packet, the pinned sRGB colour profile of its
 * output intent, and a file identifier taken from its bytes. Included by
 * dev_pdf.c and the tests. */
#ifndef DOCKET_DEV_PDFA_H
#define DOCKET_DEV_PDFA_H

#include <stddef.h>

#include "dev.h"

/* The profile PDF/A's output intent embeds (Debian's icc-profiles-free),
 * and its SHA-256: another file is refused, not embedded unseen. */
#define PDFA_ICC_PATH   "/usr/share/color/icc/sRGB.icc"
#define PDFA_ICC_SHA256 "2a92d4bae450b76d8b0aa42193df974d75f62738ecebf74f01c5e75b12a95796"
#define PDFA_ICC_NAME   "sRGB IEC61966-2.1"

/* Bytes of a file identifier: the first of the SHA-256 of the file. */
#define PDFA_ID_BYTES 16

/* When the PDF was made, UTC, as t[0..6): year, month, day, hour, minute,
 * second; from when (seconds since 1970) when it is >= 0, else midnight of
 * date (YYYY-MM-DD). 0, or -1 when there is neither. */
int   meta_time(long long when, const char *date, int t[6]);

/* The XMP packet saying what the Info dictionary does: m's text as
 * Windows-1252 keeps it (tags_cp1252), creator, producer and the dates t
 * (NULL: none), with PDF/A-1b's identification when pdfa is set. Caller
 * frees. */
char *xmp_packet(const struct dev_meta *m, const char *creator, const char *producer,
    const int *t, int pdfa);

/* Reads the profile at path (PDFA_ICC_PATH) and checks it is the pinned
 * one. 0, or -1 with the diagnostic emitted. Caller frees *data. */
int  pdfa_icc(const char *path, char **data, size_t *len);

/* Adds the file identifier to the trailer of the PDF (*data)[0..*len),
 * which has none: the first bytes of the SHA-256 of the file without it,
 * so that the same content has the same identifier. 0, or -1 when there
 * is no trailer. The caller frees *data, which may have moved, a NUL
 * after its end. */
int   pdfa_set_id(char **data, size_t *len);

#endif
