//===- ModeMachine.cpp - When a served function is compiled ---------------===//
#include "pyctl/Serve/ModeMachine.h"

#include <stdexcept>

namespace pyctl {

std::string_view modeName(ServeMode M) {
  switch (M) {
  case ServeMode::Interpreting:
    return "interpreting";
  case ServeMode::Compiling:
    return "compiling";
  case ServeMode::Compiled:
    return "compiled";
  case ServeMode::Interpreted:
    return "interpreted";
  }
  return "?";
}

std::optional<ServeMode> parseModeName(std::string_view Name) {
  for (ServeMode M : {ServeMode::Interpreting, ServeMode::Compiling, ServeMode::Compiled,
                      ServeMode::Interpreted})
    if (modeName(M) == Name)
      return M;
  return std::nullopt;
}

void ModeMachine::startBuild() {
  Building = true;
  NewPaths = 0;
  if (Mode != ServeMode::Compiled)
    Mode = ServeMode::Compiling;
}

bool ModeMachine::recompileIfNeeded() {
  if (Mode != ServeMode::Compiled || Building || NewPaths < Policy.RecompileAfterPaths)
    return false;
  if (recompiles() >= Policy.MaxRecompiles) {
    Mode = ServeMode::Interpreted;
    LastError = "still falling back after " + std::to_string(recompiles()) +
                " recompiles; the function stays interpreted";
    return false;
  }
  startBuild();
  return true;
}

bool ModeMachine::onTracedCall(bool NewPath) {
  if (NewPath && (Building || Mode == ServeMode::Compiled))
    ++NewPaths;
  if (Mode != ServeMode::Interpreting)
    return false;
  ++TracedCalls;
  if (Building || TracedCalls < Policy.TraceCalls)
    return false;
  startBuild();
  return true;
}

bool ModeMachine::onFallback(bool NewPath) {
  if (Mode != ServeMode::Compiled)
    return false;
  if (NewPath)
    ++NewPaths;
  return recompileIfNeeded();
}

bool ModeMachine::requestCompile() {
  if (Building)
    return false;
  startBuild();
  return true;
}

bool ModeMachine::onBuildFinished(bool Ok, const std::string &Error) {
  Building = false;
  if (!Ok) {
    LastError = Error;
    if (Mode != ServeMode::Compiled)
      Mode = ServeMode::Interpreted;
    return false;
  }
  ++Compiles;
  Mode = ServeMode::Compiled;
  LastError.clear();
  return recompileIfNeeded();
}

nlohmann::json ModeMachine::save() const {
  ServeMode Saved = Mode == ServeMode::Compiling ? ServeMode::Interpreting : Mode;
  return {{"mode", std::string(modeName(Saved))},
          {"tracedCalls", TracedCalls},
          {"newPaths", NewPaths},
          {"compiles", Compiles},
          {"lastError", LastError}};
}

bool ModeMachine::restore(const nlohmann::json &State, bool HaveLibrary) {
  auto Fail = [](const char *What) { throw std::invalid_argument(What); };
  if (!State.is_object())
    Fail("the saved state is not a JSON object");
  auto Count = [&](const char *Key) -> unsigned {
    auto It = State.find(Key);
    if (It == State.end() || !It->is_number_unsigned())
      Fail("the saved state lacks a counter");
    return It->get<unsigned>();
  };
  auto ModeIt = State.find("mode");
  if (ModeIt == State.end() || !ModeIt->is_string())
    Fail("the saved state has no mode");
  auto M = parseModeName(ModeIt->get<std::string>());
  if (!M)
    Fail("the saved state has an unknown mode");
  TracedCalls = Count("tracedCalls");
  NewPaths = Count("newPaths");
  Compiles = Count("compiles");
  auto ErrIt = State.find("lastError");
  LastError = ErrIt != State.end() && ErrIt->is_string() ? ErrIt->get<std::string>() : "";
  Building = false;
  Mode = *M == ServeMode::Compiling ? ServeMode::Interpreting : *M;
  if (Mode == ServeMode::Compiled && !HaveLibrary) {
    // Build again from the saved trace: it covers at least what the lost
    // library covered.
    Mode = ServeMode::Interpreting;
    startBuild();
    return true;
  }
  if (Mode == ServeMode::Interpreting && TracedCalls >= Policy.TraceCalls) {
    startBuild();
    return true;
  }
  return recompileIfNeeded();
}

} // namespace pyctl
