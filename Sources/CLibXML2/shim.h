// libxml2's HTML parser and tree, for the HTML reader.
//
// Debian builds libxml2 with ICU, so its encoding header pulls in the system's ICU headers, which
// clash with the copy of ICU inside Swift's Foundation when a Swift file sees both. The HTML reader
// never touches the ICU members (it hands libxml2 UTF-8, and only through pointers), so the ICU
// switch is turned off before the headers that test it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
