//===- PassManager.cpp ----------------------------------------------------===//
#include "pyctl/Passes/PassManager.h"

using namespace pyctl;

void PassManager::run(Module &M) {
  for (auto &P : Passes) {
    P->run(M);
    if (AfterPass)
      AfterPass(P->name(), M);
  }
}

std::string PassManager::pipelineText() const {
  std::string Out;
  for (const auto &P : Passes) {
    if (!Out.empty())
      Out += ',';
    Out += P->name().str();
  }
  return Out;
}
