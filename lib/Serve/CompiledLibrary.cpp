//===- CompiledLibrary.cpp - Load and call a compiled function library ----===//
//
// Each load opens a private, uniquely named copy of the library with
// RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE and unlinks the copy at once.
//
// Why RTLD_NODELETE: a Rust cdylib cannot be unloaded safely while threads
// that called into it live on. Rust's std registers per-thread destructors
// whose code is inside the library (through __cxa_thread_atexit_impl, and a
// pthread key whose destructor std::thread::current's initialisation
// installs on the calling thread); a server's worker threads outlive every
// hot swap, so after an unmapping dlclose they would jump into unmapped code
// when they exit (rust-lang/rust#91979, #88737). So a loaded build stays
// mapped until the process exits (its unlinked file's blocks too), and
// dlclose only drops the reference. The unique name is what keeps a later
// load of a rebuilt file from getting the old build back: glibc returns an
// already loaded object whose name matches.
//
//===----------------------------------------------------------------------===//

#include "pyctl/Serve/CompiledLibrary.h"

#include "pyctl/CodeGen/CompiledABI.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace pyctl {
namespace {

/// Numbers the loads of this process, so no two private copies share a name.
std::atomic<uint64_t> LoadCounter{0};

/// Copies \p From to a new file in \p Dir with a name never used before by this process;
/// returns its path, or "" (and a reason in \p Error) when that fails.
std::string privateCopy(const fs::path &From, const fs::path &Dir, std::string &Error) {
  std::string Pattern = (Dir / (".pyctl-lib-" + std::to_string(::getpid()) + "-" +
                                std::to_string(LoadCounter.fetch_add(1)) + "-XXXXXX"))
                            .string();
  int Fd = ::mkostemp(Pattern.data(), O_CLOEXEC);
  if (Fd < 0) {
    Error = "cannot create a file in " + Dir.string() + ": " + std::strerror(errno);
    return "";
  }
  ::close(Fd);
  std::error_code EC;
  fs::copy_file(From, Pattern, fs::copy_options::overwrite_existing, EC);
  if (!EC)
    fs::permissions(Pattern, fs::perms::owner_read | fs::perms::owner_exec, EC);
  if (EC) {
    Error = "cannot copy " + From.string() + " to " + Pattern + ": " + EC.message();
    fs::remove(Pattern, EC);
    return "";
  }
  return Pattern;
}

/// The string value of \p Key in the JSON object \p J, or \p Line (J's text) when it has none.
std::string field(const nlohmann::json &J, std::string_view Line, const char *Key) {
  if (J.is_object()) {
    auto It = J.find(Key);
    if (It != J.end() && It->is_string())
      return It->get<std::string>();
  }
  return std::string(Line);
}

} // namespace

std::shared_ptr<CompiledLibrary> CompiledLibrary::load(const std::string &Path, std::string &Error) {
  Error.clear();
  std::error_code EC;
  if (!fs::is_regular_file(Path, EC)) {
    Error = "no library file at '" + Path + "'";
    return nullptr;
  }
  // The copy goes beside the original (a directory the library could be mapped from), else
  // into the temporary directory.
  fs::path Dir = fs::path(Path).has_parent_path() ? fs::path(Path).parent_path() : fs::path(".");
  std::string CopyError;
  std::string Copy = privateCopy(Path, Dir, CopyError);
  if (Copy.empty())
    Copy = privateCopy(Path, fs::temp_directory_path(EC), CopyError);
  if (Copy.empty()) {
    Error = "cannot load '" + Path + "': " + CopyError;
    return nullptr;
  }
  // dlopen needs a path with a slash to avoid the library search path.
  std::string Open = fs::absolute(Copy, EC).string();
  void *Handle = ::dlopen(Open.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  std::string DlError = Handle ? "" : ::dlerror();
  fs::remove(Copy, EC); // the mapping keeps the file's content alive
  if (!Handle) {
    Error = "cannot load '" + Path + "': " + DlError;
    return nullptr;
  }

  std::shared_ptr<CompiledLibrary> Lib(new CompiledLibrary());
  Lib->SourcePath = Path;
  Lib->Handle = Handle;
  auto Version = reinterpret_cast<pyctl_abi_version_fn>(::dlsym(Handle, "pyctl_abi_version"));
  Lib->CallFn = reinterpret_cast<pyctl_call_timeout_fn>(::dlsym(Handle, "pyctl_call_timeout"));
  Lib->FreeFn = reinterpret_cast<pyctl_free_fn>(::dlsym(Handle, "pyctl_free"));
  if (!Version || !Lib->CallFn || !Lib->FreeFn) {
    Error = "'" + Path + "' is not a pyctl compiled function library (missing " +
            (!Version ? "pyctl_abi_version" : !Lib->CallFn ? "pyctl_call_timeout" : "pyctl_free") + ")";
    return nullptr;
  }
  if (uint32_t V = Version(); V != PYCTL_ABI_VERSION) {
    Error = "'" + Path + "' implements ABI version " + std::to_string(V) + ", expected " +
            std::to_string(PYCTL_ABI_VERSION) + " (rebuild it with this pyctl)";
    return nullptr;
  }
  return Lib;
}

CompiledCallResult CompiledLibrary::call(const std::string &ArgsJson, uint64_t Gas,
                                         std::chrono::microseconds Timeout) const {
  CompiledCallResult R;
  char *Reply = CallFn(ArgsJson.data(), ArgsJson.size(), Gas, uint64_t(std::max<int64_t>(Timeout.count(), 0)));
  if (!Reply) {
    R.Status = CompiledCallResult::Error;
    R.Reason = "the compiled function could not allocate its reply";
    return R;
  }
  // Only the rare lines that are not a returned value's are parsed.
  std::string_view Line(Reply);
  if (Line.rfind("{\"repr\": ", 0) == 0) {
    R.Status = CompiledCallResult::Ok;
    R.ResultLine.assign(Line);
  } else if (nlohmann::json J = nlohmann::json::parse(Line, nullptr, /*allow_exceptions=*/false);
             J.is_object() && J.contains("stdout")) {
    R.Status = CompiledCallResult::Ok; // the result line of a raised exception
    R.ResultLine.assign(Line);
  } else if (Line.rfind("{\"fallback\": true", 0) == 0) {
    R.Status = CompiledCallResult::Fallback;
    R.Reason = field(J, Line, "reason");
  } else {
    R.Status = CompiledCallResult::Error;
    R.Reason = field(J, Line, "error");
  }
  FreeFn(Reply);
  return R;
}

CompiledLibrary::~CompiledLibrary() {
  // RTLD_NODELETE: this only drops the reference; the code stays mapped (see the file header).
  if (Handle)
    ::dlclose(Handle);
}

} // namespace pyctl
