//===- FileIO.cpp ---------------------------------------------------------===//
#include "pyctl/Basic/FileIO.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace pyctl;

llvm::Expected<std::string> pyctl::readFile(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "cannot read '%s': %s", Path.c_str(),
                                   Buf.getError().message().c_str());
  return (*Buf)->getBuffer().str();
}

static llvm::Error cannotWrite(const std::string &Path, const std::string &Reason) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "cannot write '%s': %s",
                                 Path.c_str(), Reason.c_str());
}

llvm::Error pyctl::checkOutputPath(const std::string &Path) {
  if (Path == "-")
    return llvm::Error::success();
  if (llvm::sys::fs::is_directory(Path))
    return cannotWrite(Path, "is a directory");
  llvm::StringRef Parent = llvm::sys::path::parent_path(Path);
  if (!Parent.empty() && !llvm::sys::fs::is_directory(Parent))
    return cannotWrite(Path, "no such directory '" + Parent.str() + "'");
  return llvm::Error::success();
}

llvm::Error pyctl::checkStdout() {
  llvm::outs().flush();
  if (!llvm::outs().has_error())
    return llvm::Error::success();
  std::error_code EC = llvm::outs().error();
  // Cleared so that the stream's destructor does not abort; later writes are dropped.
  llvm::outs().clear_error();
  return llvm::createStringError(EC, "cannot write standard output: %s", EC.message().c_str());
}

llvm::Error pyctl::writeFileAtomic(const std::string &Path, llvm::StringRef Contents) {
  if (Path == "-") {
    llvm::outs() << Contents;
    return checkStdout();
  }
  if (llvm::Error E = checkOutputPath(Path))
    return E;
  std::string Target = Path;
  // A dangling symbolic link: create what it points to.
  llvm::sys::fs::file_status LinkStatus;
  if (!llvm::sys::fs::status(Path, LinkStatus, /*Follow=*/false) &&
      LinkStatus.type() == llvm::sys::fs::file_type::symlink_file && !llvm::sys::fs::exists(Path)) {
    char Buf[4096];
    ssize_t N = ::readlink(Path.c_str(), Buf, sizeof Buf);
    if (N > 0 && size_t(N) < sizeof Buf) {
      llvm::SmallString<256> Link(llvm::StringRef(Buf, size_t(N)));
      if (llvm::sys::path::is_relative(Link)) {
        llvm::SmallString<256> Dir(llvm::sys::path::parent_path(Path));
        llvm::sys::path::append(Dir, Link);
        Link = Dir;
      }
      Target = std::string(Link);
    }
  }
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status, /*Follow=*/true)) {
    if (Status.type() != llvm::sys::fs::file_type::regular_file) {
      // A device or FIFO: write through it; there is no file to replace.
      std::error_code EC;
      llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
      if (!EC) {
        OS << Contents;
        OS.close();
        EC = OS.error();
        OS.clear_error(); // else the stream's destructor aborts the process
      }
      return EC ? cannotWrite(Path, EC.message()) : llvm::Error::success();
    }
    // Replace what a symbolic link points to, not the link.
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(Path, Real))
      Target = std::string(Real);
  }
  llvm::Error E = llvm::writeFileAtomically(Target + ".tmp%%%%%%", Target, Contents);
  if (!E)
    return E;
  std::string Reason = llvm::toString(std::move(E));
  // LLVM names its failure modes by enumerator; say what happened instead.
  if (Reason.find("failed_to_create_uniq_file") != std::string::npos)
    Reason = "cannot create a temporary file in its directory";
  else if (Reason.find("output_file_error") != std::string::npos)
    Reason = "cannot write the temporary file (is the device full?)";
  else if (Reason.find("failed_to_rename_temp_file") != std::string::npos)
    Reason = "cannot rename the temporary file over it";
  return cannotWrite(Path, Reason);
}
