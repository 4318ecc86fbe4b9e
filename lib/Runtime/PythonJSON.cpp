//===- PythonJSON.cpp -----------------------------------------------------===//
#include "pyctl/Runtime/PythonJSON.h"

#include "pyctl/Runtime/FloatRepr.h"

#include <cmath>

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
  } else if (J.is_number_float() && std::isfinite(J.get<double>())) {
    // json.dumps writes float.__repr__: fixed notation up to 1e16
    // (1000000000000000.0), where nlohmann would write 1e+15.
    Out += floatRepr(J.get<double>());
  } else {
    // Other scalars: nlohmann escapes strings as json.dumps does (only '"',
    // '\\' and control characters).
    Out += J.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
}

std::string pyctl::toPythonJSONText(const nlohmann::ordered_json &J) {
  std::string Out;
  write(J, Out);
  return Out;
}
