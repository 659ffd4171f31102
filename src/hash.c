/* hash.c: SHA-256 through OpenSSL's libcrypto, the only file that
 * includes it. */
#include "hash.h"

#include <errno.h>
#include <stdio.h>

#include <openssl/evp.h>

#include "util.h"

static void
hex_of(const unsigned char *md, unsigned n, char hex[HASH_HEX_LEN + 1])
{
	static const char digit[] = "0123456789abcdef";
	unsigned i;

	for (i = 0; i < n && 2 * i < HASH_HEX_LEN; i++) {
		hex[2 * i] = digit[md[i] >> 4];
		hex[2 * i + 1] = digit[md[i] & 15];
	}
	hex[2 * i] = '\0';
}

void
hash_sha256(const void *data, size_t len, char hex[HASH_HEX_LEN + 1])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned n = 0;

	/* One-shot EVP_Digest cannot fail for SHA-256 but for memory. */
	if (EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) != 1)
		fatal_oom();
	hex_of(md, n, hex);
}

int
hash_file(const char *path, char hex[HASH_HEX_LEN + 1])
{
	unsigned char md[EVP_MAX_MD_SIZE], block[65536];
	unsigned n = 0;
	EVP_MD_CTX *ctx;
	FILE *f;
	size_t got;
	int rc = -1, saved;

	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	if ((ctx = EVP_MD_CTX_new()) == NULL || EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1)
		fatal_oom();
	while ((got = fread(block, 1, sizeof block, f)) > 0)
		if (EVP_DigestUpdate(ctx, block, got) != 1)
			fatal_oom();
	if (ferror(f)) {
		errno = EIO;
		goto out;
	}
	if (EVP_DigestFinal_ex(ctx, md, &n) != 1)
		fatal_oom();
	hex_of(md, n, hex);
	rc = 0;
out:
	saved = errno;
	EVP_MD_CTX_free(ctx);
	fclose(f);
	errno = saved;
	return rc;
}
