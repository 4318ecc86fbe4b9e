//===- PythonJSON.cpp -----------------------------------------------------===//
#include "pyctl/Basic/PythonJSON.h"

using namespace pyctl;

static void write(const nlohmann::ordered_json &J, std::string &Out) {
  if (J.is_object()) {
    Out += '{';
    bool First = true;
    for (auto It = J.begin(); It != J.end(); ++It) {
      if (!First)
        Out += ", ";
      First = false;
      Out += nlohmann::ordered_json(It.key()).dump();
      Out += ": ";
      write(It.value(), Out);
    }
    Out += '}';
  } else if (J.is_array()) {
    Out += '[';
    for (size_t I = 0; I < J.size(); ++I) {
      if (I)
        Out += ", ";
      write(J[I], Out);
    }
    Out += ']';
  } else {
    // Scalars: nlohmann escapes strings as json.dumps does (only '"', '\\' and
    // control characters) and prints floats in shortest round-trip form.
    Out += J.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
}

std::string pyctl::toPythonJSONText(const nlohmann::ordered_json &J) {
  std::string Out;
  write(J, Out);
  return Out;
}
