/* hash.h: SHA-256 of bytes and of files, as lowercase hex (the form
 * sha256sum prints). Any module may include it; hash.c alone includes
 * OpenSSL's header. */
#ifndef DOCKET_HASH_H
#define DOCKET_HASH_H

#include <stddef.h>

#define HASH_HEX_LEN 64	/* characters of a SHA-256 in hex, without the NUL */

/* The SHA-256 of data[0..len) into hex[HASH_HEX_LEN + 1]. */
void hash_sha256(const void *data, size_t len, char hex[HASH_HEX_LEN + 1]);

/* The SHA-256 of the file at path into hex; 0, or -1 with errno set and
 * no diagnostic (the caller knows what the file was for). */
int hash_file(const char *path, char hex[HASH_HEX_LEN + 1]);

#endif
