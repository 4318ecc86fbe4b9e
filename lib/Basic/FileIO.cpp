//===- FileIO.cpp ---------------------------------------------------------===//
#include "pyctl/Basic/FileIO.h"

#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyctl;

llvm::Expected<std::string> pyctl::readFile(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "cannot read '%s': %s", Path.c_str(),
                                   Buf.getError().message().c_str());
  return (*Buf)->getBuffer().str();
}

llvm::Error pyctl::writeFileAtomic(const std::string &Path, llvm::StringRef Contents) {
  if (Path == "-") {
    llvm::outs() << Contents;
    llvm::outs().flush();
    return llvm::Error::success();
  }
  llvm::Error E = llvm::writeFileAtomically(Path + ".tmp%%%%%%", Path, Contents);
  if (!E)
    return E;
  std::string Msg = llvm::toString(std::move(E));
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "cannot write '%s': %s",
                                 Path.c_str(), Msg.c_str());
}
