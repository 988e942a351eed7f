// Debian's libxml2 is built with ICU; Foundation carries its own ICU. Hiding
// libxml2's ICU include keeps the two 'UErrorCode's apart (see pitfalls.md).
// Never touch xmlCharEncodingHandler fields: their layout depends on it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
