/* driver.c: libFuzzer's entry point, built once a target with
 * -DFUZZ_TARGET=fuzz_NAME (make fuzz). Included by nothing. */
#include "targets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return FUZZ_TARGET(data, size);
}
