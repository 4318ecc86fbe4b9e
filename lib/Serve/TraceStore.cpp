//===- TraceStore.cpp - A served function's state on disk -----------------===//
#include "pyctl/Serve/TraceStore.h"

#include "pyctl/Basic/FileIO.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

namespace pyctl {

static llvm::Error makeError(const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg.str());
}

static std::string join(const std::string &Dir, const char *Name) {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, Name);
  return std::string(P.str());
}

llvm::Error TraceStore::open() {
  // create_directories succeeds when the path exists, whatever it is.
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return makeError("cannot create state directory '" + Dir + "': " + EC.message());
  if (!llvm::sys::fs::is_directory(Dir))
    return makeError("state directory '" + Dir + "' is not a directory");
  // Every state file is written to a temporary file beside it, and every library is built into
  // it: make sure now that files can be created there, rather than fail on the first call.
  llvm::SmallString<256> Probe;
  int FD = -1;
  std::error_code EC = llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write);
  if (!EC)
    EC = llvm::sys::fs::createUniqueFile(join(Dir, ".pyctl-write-test-%%%%%%"), FD, Probe);
  if (EC)
    return makeError("state directory '" + Dir + "' is not writable: " + EC.message());
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  llvm::sys::fs::remove(Probe);
  return llvm::Error::success();
}

llvm::Expected<std::optional<StoredState>> TraceStore::load(const std::string &SourceSha256) const {
  std::string StatePath = join(Dir, "state.json");
  if (!llvm::sys::fs::exists(StatePath))
    return std::nullopt;
  auto Text = readFile(StatePath);
  if (!Text)
    return Text.takeError();
  StoredState S;
  S.State = nlohmann::json::parse(*Text, nullptr, /*allow_exceptions=*/false);
  if (S.State.is_discarded() || !S.State.is_object() || S.State.value("format", "") != "pyctl-serve-state")
    return makeError("'" + StatePath + "' is not a pyctl serve state file");
  auto Src = S.State.find("source");
  std::string Sha = Src != S.State.end() && Src->is_object() ? Src->value("sha256", "") : "";
  if (Sha != SourceSha256)
    return makeError("state directory '" + Dir + "' belongs to another source (sha256 " + Sha +
                     "); give an empty directory or remove it");
  std::string TracePath = join(Dir, "trace.json");
  if (llvm::sys::fs::exists(TracePath)) {
    auto TraceText = readFile(TracePath);
    if (!TraceText)
      return TraceText.takeError();
    S.Trace = nlohmann::json::parse(*TraceText, nullptr, /*allow_exceptions=*/false);
    if (S.Trace.is_discarded() || !S.Trace.is_object())
      return makeError("'" + TracePath + "' is not valid JSON");
  }
  auto Lib = S.State.find("library");
  if (Lib != S.State.end() && Lib->is_string() && !Lib->get<std::string>().empty()) {
    std::string Name = Lib->get<std::string>();
    if (Name.find('/') != std::string::npos)
      return makeError("'" + StatePath + "' names a library outside the state directory");
    S.LibraryPath = join(Dir, Name.c_str());
  }
  return S;
}

llvm::Error TraceStore::saveTrace(const nlohmann::json &TraceFile) const {
  return writeFileAtomic(join(Dir, "trace.json"), TraceFile.dump() + "\n");
}

llvm::Error TraceStore::saveState(nlohmann::json State, const std::string &SourcePath,
                                  const std::string &SourceSha256, const std::string &Entry) const {
  State["format"] = "pyctl-serve-state";
  State["version"] = 1;
  State["source"] = {{"path", SourcePath}, {"sha256", SourceSha256}};
  State["entry"] = Entry;
  return writeFileAtomic(join(Dir, "state.json"), State.dump(2) + "\n");
}

std::string TraceStore::libraryPath(unsigned Generation) const {
  return join(Dir, ("compiled-" + std::to_string(Generation) + ".so").c_str());
}

void TraceStore::removeOldLibraries(const std::string &Keep) const {
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.startswith("compiled-") && Name.endswith(".so") && Name != Keep)
      llvm::sys::fs::remove(It->path());
  }
}

} // namespace pyctl
