/* Unit tests of util.c: file names, UTF-8 checks, atomic writes. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

Test(util, safe_name_keeps_letters_and_digits_only)
{
	char *s = safe_name("2024-07-09 Strategy, Resources & Performance: “Update” – Zoë/..", 200);

	cr_assert_str_eq(s, "2024-07-09-strategy-resources-performance-update-zo");
	free(s);
}

Test(util, safe_name_is_never_empty_nor_hidden)
{
	char *a = safe_name("../..", 50), *b = safe_name("", 50), *c = safe_name("-.x", 50);

	cr_assert_str_eq(a, "paper");
	cr_assert_str_eq(b, "paper");
	cr_assert_str_eq(c, "x");
	free(a);
	free(b);
	free(c);
}

Test(util, safe_name_respects_the_length_limit)
{
	char *s = safe_name("abcdefghij klmnopqrst uvwxyz", 12);

	cr_assert(strlen(s) <= 12);
	cr_assert_str_eq(s, "abcdefghij-k");
	free(s);
}

Test(util, utf8_accepts_valid_text)
{
	const char *s = "£1,200 – “Renée” 🙂";

	cr_assert_eq(utf8_invalid_at(s, strlen(s)), (size_t)-1);
}

Test(util, utf8_finds_the_first_bad_byte)
{
	cr_assert_eq(utf8_invalid_at("ab\xE9z", 4), 2);		/* Latin-1 é */
	cr_assert_eq(utf8_invalid_at("\xC0\xAF", 2), 0);		/* overlong */
	cr_assert_eq(utf8_invalid_at("x\xED\xA0\x80", 4), 1);	/* surrogate */
	cr_assert_eq(utf8_invalid_at("ok\xE2\x80", 4), 2);		/* truncated */
}

Test(util, utf8_decode_reads_code_points)
{
	uint32_t cp;

	cr_assert_eq(utf8_decode("\xC2\xA3", &cp), 2);
	cr_assert_eq(cp, 0xA3);
	cr_assert_eq(utf8_decode("\xE2\x80\x93", &cp), 3);
	cr_assert_eq(cp, 0x2013);
}

Test(util, atomic_write_replaces_and_leaves_no_temporary)
{
	char *dir = tmpdir_new(), *path = xasprintf("%s/a.pdf", dir), *back;
	size_t len;

	cr_assert_eq(write_file_atomic(path, "one", 3, 1), 0);
	cr_assert_eq(write_file_atomic(path, "second", 6, 1), 0);
	back = read_file(path, &len);
	cr_assert_eq(len, 6);
	cr_assert_eq(memcmp(back, "second", 6), 0);
	cr_assert_eq(count_entries(dir), 1, "only the file itself is left");
	free(back);
	free(path);
	rm_rf(dir);
	free(dir);
}

Test(util, atomic_write_without_replace_never_overwrites)
{
	char *dir = tmpdir_new(), *path = xasprintf("%s/signed.pdf", dir), *back;
	size_t len;

	cr_assert_eq(write_file_atomic(path, "signed", 6, 0), 0);
	cr_assert_eq(write_file_atomic(path, "other", 5, 0), -1);
	cr_assert_eq(errno, EEXIST);
	back = read_file(path, &len);
	cr_assert_eq(len, 6);
	cr_assert_eq(memcmp(back, "signed", 6), 0);
	cr_assert_eq(count_entries(dir), 1);
	free(back);
	free(path);
	rm_rf(dir);
	free(dir);
}

Test(util, atomic_write_to_a_missing_folder_fails_cleanly)
{
	cr_assert_eq(write_file_atomic("/tmp/docket-no-such-dir/x.pdf", "x", 1, 1), -1);
	cr_assert_eq(errno, ENOENT);
}

/* 5,000 keys of two kinds: each found again with its value after the
 * table has grown past its first 1,024 slots, another kind of the same
 * key is another entry, and a cleared map knows none of them. */
Test(util, a_keymap_finds_each_key_and_kind_again)
{
	static char keys[5000];
	struct keymap m = {0};
	size_t i, *v;

	for (i = 0; i < 5000; i++) {
		v = keymap_at(&m, &keys[i], (int)(i % 2));
		cr_assert_eq(*v, 0, "key %zu already there", i);
		*v = i + 1;
	}
	cr_assert_gt(m.cap, 1024);
	for (i = 0; i < 5000; i++) {
		cr_assert_eq(*keymap_at(&m, &keys[i], (int)(i % 2)), i + 1, "key %zu", i);
		cr_assert_eq(m.n, 5000);
	}
	v = keymap_at(&m, &keys[0], 1);
	cr_assert_eq(*v, 0);
	*v = 9;
	cr_assert_eq(m.n, 5001);
	keymap_clear(&m);
	cr_assert_eq(m.n, 0);
	cr_assert_eq(*keymap_at(&m, &keys[7], 1), 0);
	keymap_free(&m);
	cr_assert_null(m.slots);
}

/* A file of max bytes is read; one byte more, or a file with no end
 * (/dev/zero), is EFBIG, read no further than just past max. */
Test(util, read_file_max_stops_past_its_limit)
{
	const char *path = "/tmp/docket-test-read-max";
	size_t len = 0;
	char *text;

	cr_assert_eq(write_file_atomic(path, "0123456789", 10, 1), 0);
	text = read_file_max(path, 10, &len);
	cr_assert_not_null(text);
	cr_assert_eq(len, 10);
	free(text);
	errno = 0;
	cr_assert_null(read_file_max(path, 9, &len));
	cr_assert_eq(errno, EFBIG);
	errno = 0;
	cr_assert_null(read_file_max("/dev/zero", 100000, &len));
	cr_assert_eq(errno, EFBIG);
	unlink(path);
}
