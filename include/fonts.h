/* fonts.h: the fonts a render may draw with, each pinned by its SHA-256 in
 * fonts/SHA256SUMS and checked before a PDF is begun. Included by render.c
 * and the tests. */
#ifndef DOCKET_FONTS_H
#define DOCKET_FONTS_H

/* Checks fontdir against fontdir/SHA256SUMS (sha256sum's lines: the hex,
 * two spaces, a file name): every file it names is there with that
 * SHA-256, and every .ttf of the folder is named in it. 0, or -1 with the
 * diagnostic of the first font missing or changed, or of each unknown. */
int fonts_check(const char *fontdir);

#endif
