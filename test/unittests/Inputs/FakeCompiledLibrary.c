/*===- FakeCompiledLibrary.c - A stand-in for a compiled function library ===//
 *
 * Implements the C ABI of pyctl/CodeGen/CompiledABI.h without cargo, for the
 * loader's tests (CompiledLibraryTest.cpp). FAKE_ABI_VERSION overrides the
 * version; FAKE_NO_FREE leaves pyctl_free out. pyctl_call replies
 *   [] -> {"fallback": true, "reason": "fake fallback"}
 *   ["raise"] -> {"error": "ValueError", "stdout": "x"} (a raised exception's result line)
 *   anything not starting with '[' -> {"error": "fake error"}
 *   otherwise -> {"repr": "'ARGS'", "stdout": "", "json": "ARGS"} (ARGS the input
 *   text, which must need no escaping), or a fallback "out of gas" when gas is 1.
 *===----------------------------------------------------------------------===*/
#include "pyctl/CodeGen/CompiledABI.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FAKE_ABI_VERSION
#define FAKE_ABI_VERSION PYCTL_ABI_VERSION
#endif

static char *copy(const char *text) {
  char *out = malloc(strlen(text) + 1);
  if (out)
    strcpy(out, text);
  return out;
}

uint32_t pyctl_abi_version(void) { return FAKE_ABI_VERSION; }

char *pyctl_call(const char *args_json, size_t len, uint64_t gas) {
  if (len == 0 || args_json[0] != '[')
    return copy("{\"error\": \"fake error\"}");
  if (len == 2 && args_json[1] == ']')
    return copy("{\"fallback\": true, \"reason\": \"fake fallback\"}");
  if (len == 9 && memcmp(args_json, "[\"raise\"]", 9) == 0)
    return copy("{\"error\": \"ValueError\", \"stdout\": \"x\"}");
  if (gas == 1)
    return copy("{\"fallback\": true, \"reason\": \"out of gas\"}");
  size_t size = 2 * len + 64;
  char *out = malloc(size);
  if (out)
    snprintf(out, size, "{\"repr\": \"'%.*s'\", \"stdout\": \"\", \"json\": \"%.*s\"}", (int)len,
             args_json, (int)len, args_json);
  return out;
}

char *pyctl_call_timeout(const char *args_json, size_t len, uint64_t gas, uint64_t timeout_us) {
  if (timeout_us == 1)
    return copy("{\"fallback\": true, \"reason\": \"timeout\"}");
  return pyctl_call(args_json, len, gas);
}

#ifndef FAKE_NO_FREE
void pyctl_free(char *reply) { free(reply); }
#endif
