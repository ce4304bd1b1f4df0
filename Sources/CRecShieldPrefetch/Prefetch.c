// The module's one function is `static inline` in include/CRecShieldPrefetch.h, so Swift inlines
// it; SwiftPM needs a source file to build the target.
#include "CRecShieldPrefetch.h"
