//===- FStringEqualsSpec.cpp - f-string specs that start with '=' ---------===//
//
// See FStringEqualsSpec.h.
//
//===----------------------------------------------------------------------===//
#include "pyctl/AST/FStringEqualsSpec.h"

#include "pyctl/AST/FStringCheck.h"

#include <algorithm>
#include <cstring>

namespace pyctl {

std::vector<size_t> findEqualsSpecs(TSNode Root, const std::string &Text) {
  std::vector<size_t> Out;
  std::vector<TSNode> Work{Root};
  while (!Work.empty()) {
    TSNode Cur = Work.back();
    Work.pop_back();
    for (uint32_t I = 0, C = ts_node_child_count(Cur); I < C; ++I)
      Work.push_back(ts_node_child(Cur, I));
    if (std::strcmp(ts_node_type(Cur), "string_start") != 0)
      continue;
    uint32_t Begin = ts_node_start_byte(Cur), End = ts_node_end_byte(Cur);
    std::string_view Start(Text.data() + Begin, End - Begin);
    if (Start.find_first_of("fF") >= Start.find_first_of("'\""))
      continue; // not an f-string
    for (size_t At : fstringEqualsSpecs(Text, Begin))
      if (Text[At] == '=')
        Out.push_back(At);
  }
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

} // namespace pyctl
