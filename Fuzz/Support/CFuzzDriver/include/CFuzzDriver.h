#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs that keep their own main (SwiftPM names an executable's
// entry point itself, so libFuzzer's main cannot be used).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
