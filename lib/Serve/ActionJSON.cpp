//===- ActionJSON.cpp - Python values as an action's JSON result ----------===//
#include "pyctl/Serve/ActionJSON.h"

#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/JSONModule.h"
#include "pyctl/Runtime/PythonError.h"

#include "llvm/Support/JSON.h"

#include <nlohmann/json.hpp>

namespace pyctl {

std::optional<std::string> dumpsActionJSON(const Value &V, std::string *Why) {
  // The runtime's json.dumps (CPython's encoder), then the checks the proxy's answer must pass.
  std::string Text;
  try {
    std::vector<Value> Args{V};
    KeywordArgs Kwargs{{"ensure_ascii", Value::boolean(false)}};
    Text = callJSONFunction("json.dumps", Args, Kwargs).asStr();
  } catch (const PythonError &E) {
    if (Why)
      *Why = E.message();
    return std::nullopt;
  } catch (const UnsupportedError &E) {
    if (Why)
      *Why = E.what();
    return std::nullopt;
  }
  // json.dumps writes NaN and Infinity for non-finite floats, and a lone surrogate as its
  // three-byte form: neither is valid JSON in UTF-8, which is what the response must be.
  if (!nlohmann::json::accept(Text)) {
    if (Why)
      *Why = "the result holds a non-finite float or a str with a lone surrogate, which a JSON "
             "response cannot carry";
    return std::nullopt;
  }
  return Text;
}

std::string actionErrorBody(const std::string &Message) {
  // The launcher writes its error answers with the same json.dumps as its results.
  if (llvm::json::isUTF8(Message)) {
    try {
      Value Body = Value::dict();
      Body.asDict()->set(Value::str("error"), Value::str(Message));
      if (std::optional<std::string> Text = dumpsActionJSON(Body))
        return *Text;
    } catch (const std::exception &) {
    }
  }
  // Not valid UTF-8 (a message quoting bytes pyctl read): the same layout, bad bytes replaced.
  return "{\"error\": " +
         nlohmann::json(Message).dump(-1, ' ', /*ensure_ascii=*/false,
                                      nlohmann::json::error_handler_t::replace) +
         "}";
}

} // namespace pyctl
