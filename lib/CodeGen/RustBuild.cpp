//===- RustBuild.cpp - Build a compiled function with cargo ---------------===//
//
// A temporary cargo project holds the generated code (an executable's main.rs, or a cdylib's
// generated.rs behind a lib.rs that exports the C ABI) and depends on the runtime crate by path;
// cargo builds it offline against Debian's registry directory into a shared, cached target
// directory, and the product is installed with copy-then-rename.
//
//===----------------------------------------------------------------------===//

#include "pyctl/CodeGen/RustBuild.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PYCTL_SOURCE_DIR
#define PYCTL_SOURCE_DIR ""
#endif

namespace fs = std::filesystem;

namespace pyctl {
namespace {

/// What a build produces.
enum class Artifact { Executable, Library };

/// Name of the generated package, hence of its product under `target/release/`. The two kinds
/// differ so that their products, and cargo's records of them, do not replace each other in the
/// shared target directory.
const char *packageName(Artifact kind) {
  return kind == Artifact::Executable ? "pyctl_compiled" : "pyctl_compiled_lib";
}

/// The `lib.rs` of a library build: the generated source is module `generated` (its `fn main` is
/// unused there), exported through the runtime crate's C ABI macro.
constexpr const char *LibraryRoot =
    "//! A function compiled by pyctl, as a shared library with the C ABI of\n"
    "//! include/pyctl/CodeGen/CompiledABI.h. Generated; do not edit.\n"
    "#[allow(dead_code)]\n"
    "mod generated;\n\n"
    "pyctl_runtime::export_c_abi!(generated::run);\n";

std::string getEnv(const char *name) {
  const char *value = std::getenv(name);
  return value ? value : "";
}

fs::path runtimeDir() {
  std::string dir = getEnv("PYCTL_RUNTIME_DIR");
  if (dir.empty() && PYCTL_SOURCE_DIR[0] != '\0')
    dir = std::string(PYCTL_SOURCE_DIR) + "/runtime/rust";
  return fs::absolute(fs::path(dir.empty() ? "runtime/rust" : dir));
}

fs::path cacheDir() {
  std::string xdg = getEnv("XDG_CACHE_HOME");
  if (!xdg.empty())
    return fs::path(xdg) / "pyctl";
  std::string home = getEnv("HOME");
  if (!home.empty())
    return fs::path(home) / ".cache" / "pyctl";
  return fs::temp_directory_path() / "pyctl-cache";
}

bool isExecutable(const fs::path &p) { return ::access(p.c_str(), X_OK) == 0 && !fs::is_directory(p); }

std::string findCargo() {
  std::string explicitCargo = getEnv("PYCTL_CARGO");
  if (!explicitCargo.empty())
    return explicitCargo;
  std::string path = getEnv("PATH");
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find(':', start);
    if (end == std::string::npos)
      end = path.size();
    if (end > start && isExecutable(fs::path(path.substr(start, end - start)) / "cargo"))
      return (fs::path(path.substr(start, end - start)) / "cargo").string();
    start = end + 1;
  }
  std::string home = getEnv("HOME");
  if (!home.empty() && isExecutable(fs::path(home) / ".cargo" / "bin" / "cargo"))
    return (fs::path(home) / ".cargo" / "bin" / "cargo").string();
  return "cargo";
}

/// `s` as a TOML basic string.
std::string tomlString(const std::string &s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool writeFile(const fs::path &path, const std::string &content, std::string &log) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) {
    log += "cannot write " + path.string() + "\n";
    return false;
  }
  return true;
}

bool cancelled(const std::atomic<bool> *cancel) { return cancel && cancel->load(); }

/// Holds an exclusive `flock` on a file for its lifetime. With `cancel`, gives up (locked() is
/// false) once `*cancel` is true. The wait itself is a blocking `flock` made by a forked child on
/// the inherited descriptor: a `flock` belongs to the open file description, so the child's lock
/// is ours. Polling with LOCK_NB instead would never win while other processes wait blocked (the
/// kernel hands a released lock to a blocked waiter), starving `pyctl serve`'s background build.
class FileLock {
public:
  FileLock(const fs::path &path, const std::atomic<bool> *cancel) {
    fd = ::open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
    if (fd < 0)
      return;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
      return;
    if (!cancel) {
      while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
      }
      return;
    }
    pid_t waiter = ::fork();
    if (waiter == 0) {
      // Only async-signal-safe calls here: the parent may have other threads.
      while (::flock(fd, LOCK_EX) != 0) {
        if (errno != EINTR)
          ::_exit(1);
      }
      ::_exit(0);
    }
    if (waiter < 0) {
      release();
      return;
    }
    for (;;) {
      int status = 0;
      pid_t done = ::waitpid(waiter, &status, WNOHANG);
      if (done == waiter) {
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
          release();
        return;
      }
      if (done < 0 && errno != EINTR) {
        release();
        return;
      }
      if (cancelled(cancel)) {
        ::kill(waiter, SIGKILL);
        while (::waitpid(waiter, &status, 0) < 0 && errno == EINTR) {
        }
        release(); // Also drops the lock if the child took it before it was killed.
        return;
      }
      ::usleep(50 * 1000);
    }
  }
  ~FileLock() {
    if (fd >= 0)
      ::close(fd); // Closing releases the lock.
  }
  FileLock(const FileLock &) = delete;
  FileLock &operator=(const FileLock &) = delete;
  bool locked() const { return fd >= 0; }

private:
  void release() {
    ::close(fd);
    fd = -1;
  }

  int fd = -1;
};

/// A fresh directory under the system temp directory, removed with its contents on destruction
/// unless `$PYCTL_KEEP_BUILD_DIR` is set.
class TempDir {
public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "pyctl-build-XXXXXX").string();
    if (::mkdtemp(pattern.data()))
      dir = pattern;
  }
  ~TempDir() {
    if (!dir.empty() && getEnv("PYCTL_KEEP_BUILD_DIR").empty()) {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  }
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  const fs::path &path() const { return dir; }

private:
  fs::path dir;
};

/// Run `argv` in `dir` with stdout and stderr captured into `output`; returns the exit status, or
/// -1 if the program could not be run or did not exit normally. Once `*cancel` (if given) is
/// true, the program's whole process group (cargo and the rustc it runs) is killed.
int runCaptured(const std::vector<std::string> &argv, const fs::path &dir, std::string &output,
                const std::atomic<bool> *cancel) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    output += std::string("pipe: ") + std::strerror(errno) + "\n";
    return -1;
  }
  std::vector<char *> args;
  for (const std::string &a : argv)
    args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) {
    output += std::string("fork: ") + std::strerror(errno) + "\n";
    ::close(fds[0]);
    ::close(fds[1]);
    return -1;
  }
  if (pid == 0) {
    // Child: only async-signal-safe calls from here on. No stdin: cargo's
    // probe of rustc would read a program from an inherited one.
    ::setpgid(0, 0); // its own process group, so that a cancel reaches rustc too
    int Null = ::open("/dev/null", O_RDONLY);
    if (Null >= 0)
      ::dup2(Null, STDIN_FILENO);
    ::dup2(fds[1], STDOUT_FILENO);
    ::dup2(fds[1], STDERR_FILENO);
    if (::chdir(dir.c_str()) == 0)
      ::execvp(args[0], args.data());
    const char msg[] = "pyctl: cannot run cargo\n";
    (void)!::write(STDERR_FILENO, msg, sizeof msg - 1);
    ::_exit(127);
  }
  ::close(fds[1]);
  ::setpgid(pid, pid); // also here: whichever runs first
  char buf[4096];
  bool killed = false;
  for (;;) {
    if (cancel) {
      if (!killed && cancelled(cancel)) {
        ::kill(-pid, SIGKILL);
        killed = true;
      }
      struct pollfd p = {fds[0], POLLIN, 0};
      if (::poll(&p, 1, 50) == 0)
        continue;
    }
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n > 0)
      output.append(buf, static_cast<size_t>(n));
    else if (n == 0 || errno != EINTR)
      break;
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// Copy `binary` to a temporary file beside `output`, make it executable, and rename it over
/// `output`.
bool install(const fs::path &binary, const fs::path &output, std::string &log) {
  fs::path dir = output.has_parent_path() ? output.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + output.filename().string() + ".tmpXXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    log += "cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno) + "\n";
    return false;
  }
  ::close(fd);
  fs::path tmp = pattern;
  std::error_code ec;
  fs::copy_file(binary, tmp, fs::copy_options::overwrite_existing, ec);
  if (!ec)
    fs::permissions(tmp, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec,
                    ec);
  if (!ec)
    fs::rename(tmp, output, ec);
  if (ec) {
    log += "cannot install " + output.string() + ": " + ec.message() + "\n";
    std::error_code ignored;
    fs::remove(tmp, ignored);
    return false;
  }
  return true;
}

/// Builds `rustSource` into an artifact of `kind` at `outputPath` (see RustBuild.h).
bool buildRust(const std::string &rustSource, Artifact kind, const std::string &outputPath,
               std::string &errorLog, const std::atomic<bool> *cancel) {
  errorLog.clear();
  fs::path runtime = runtimeDir();
  if (!fs::exists(runtime / "Cargo.toml")) {
    errorLog = "pyctl runtime crate not found at " + runtime.string() +
               " (set PYCTL_RUNTIME_DIR to runtime/rust of a pyctl checkout)\n";
    return false;
  }
  std::string registry = getEnv("PYCTL_CARGO_REGISTRY");
  if (registry.empty())
    registry = "/usr/share/cargo/registry";

  fs::path cache = cacheDir();
  std::error_code ec;
  fs::create_directories(cache, ec);
  if (ec) {
    errorLog = "cannot create the build cache " + cache.string() + ": " + ec.message() + "\n";
    return false;
  }
  // One build at a time per cache: the shared target directory holds one product of each kind.
  FileLock lock(cache / "build.lock", cancel);
  if (cancelled(cancel)) {
    errorLog = "build cancelled\n";
    return false;
  }
  if (!lock.locked()) {
    errorLog = "cannot lock " + (cache / "build.lock").string() + "\n";
    return false;
  }

  TempDir project;
  if (project.path().empty()) {
    errorLog = std::string("cannot create a temporary build directory: ") + std::strerror(errno) + "\n";
    return false;
  }
  fs::create_directories(project.path() / "src", ec);
  fs::create_directories(project.path() / ".cargo", ec);
  bool library = kind == Artifact::Library;
  std::string package = packageName(kind);
  std::string manifest = "[package]\n"
                         "name = \"" + package + "\"\n"
                         "version = \"0.1.0\"\n"
                         "edition = \"2021\"\n"
                         "publish = false\n\n" +
                         std::string(library ? "[lib]\ncrate-type = [\"cdylib\"]\n\n" : "") +
                         "[dependencies]\n"
                         "pyctl_runtime = { path = " + tomlString(runtime.string()) + " }\n\n"
                         "[profile.release]\n"
                         "opt-level = 3\n"
                         "debug = false\n\n"
                         "# Not part of any enclosing workspace.\n"
                         "[workspace]\n";
  // cargo reads configuration from the directory it runs in, not from the manifest's.
  std::string config = "[source.crates-io]\n"
                       "replace-with = \"debian\"\n\n"
                       "[source.debian]\n"
                       "directory = " + tomlString(registry) + "\n\n"
                       "[net]\n"
                       "offline = true\n";
  if (ec || !writeFile(project.path() / "Cargo.toml", manifest, errorLog) ||
      !(library ? writeFile(project.path() / "src" / "generated.rs", rustSource, errorLog) &&
                      writeFile(project.path() / "src" / "lib.rs", LibraryRoot, errorLog)
                : writeFile(project.path() / "src" / "main.rs", rustSource, errorLog)) ||
      !writeFile(project.path() / ".cargo" / "config.toml", config, errorLog)) {
    errorLog += "cannot set up the build directory " + project.path().string() + "\n";
    return false;
  }

  fs::path targetDir = cache / "target";
  // A library is linked with `-z nodelete`: Rust's std leaves per-thread destructors in it, so
  // it must never be unmapped (see lib/Serve/CompiledLibrary.cpp). `cargo rustc` passes the flag
  // to the final link only, so the cached dependencies are shared with executable builds.
  std::vector<std::string> argv = {findCargo(),
                                   library ? "rustc" : "build",
                                   "--release",
                                   "--offline",
                                   "--color",
                                   "never",
                                   "--manifest-path",
                                   (project.path() / "Cargo.toml").string(),
                                   "--target-dir",
                                   targetDir.string()};
  if (library)
    argv.insert(argv.end(), {"--lib", "--", "-C", "link-arg=-Wl,-z,nodelete"});
  int status = runCaptured(argv, project.path(), errorLog, cancel);
  if (cancelled(cancel)) {
    errorLog += "build cancelled\n";
    return false;
  }
  if (status != 0) {
    errorLog += "cargo build failed (exit status " + std::to_string(status) + ") in " +
                project.path().string() + "\n";
    return false;
  }
  fs::path binary = targetDir / "release" / (library ? "lib" + package + ".so" : package);
  if (!fs::exists(binary)) {
    errorLog += "cargo reported success but " + binary.string() + " is missing\n";
    return false;
  }
  return install(binary, outputPath, errorLog);
}

} // namespace

bool buildRustExecutable(const std::string &rustSource, const std::string &outputPath,
                         std::string &errorLog) {
  return buildRust(rustSource, Artifact::Executable, outputPath, errorLog, nullptr);
}

bool buildRustLibrary(const std::string &rustSource, const std::string &outputPath,
                      std::string &errorLog, const std::atomic<bool> *cancel) {
  return buildRust(rustSource, Artifact::Library, outputPath, errorLog, cancel);
}

} // namespace pyctl
