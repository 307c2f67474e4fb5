// Declarations only; libFuzzer provides LLVMFuzzerRunDriver at link time.
#include "CFuzzDriver.h"
