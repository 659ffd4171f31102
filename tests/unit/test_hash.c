/* test_hash.c: SHA-256 as sha256sum gives it. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hash.h"
#include "util.h"

Test(hash, bytes_hash_as_the_standard_says)
{
	char hex[HASH_HEX_LEN + 1];

	hash_sha256("abc", 3, hex);
	cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	hash_sha256("", 0, hex);
	cr_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

Test(hash, a_file_hashes_as_sha256sum_prints_it)
{
	char path[] = "/tmp/docket-hash-XXXXXX", hex[HASH_HEX_LEN + 1], want[HASH_HEX_LEN + 1];
	char *cmd;
	FILE *f, *p;
	int fd = mkstemp(path), i;

	cr_assert_neq(fd, -1);
	f = fdopen(fd, "w");
	/* More than one read's block, so that the blocks are joined right. */
	for (i = 0; i < 200000; i++)
		fputc('a' + i % 26, f);
	fclose(f);
	cr_assert_eq(hash_file(path, hex), 0);
	cmd = xasprintf("sha256sum %s", path);
	cr_assert_not_null(p = popen(cmd, "r"));
	cr_assert_eq(fscanf(p, "%64s", want), 1);
	pclose(p);
	cr_assert_str_eq(hex, want);
	unlink(path);
	free(cmd);
	cr_assert_eq(hash_file(path, hex), -1, "a missing file is an error");
}
