//===- ServeCommand.cpp - `pyctl serve`: the OpenWhisk action server ------===//
//
//   pyctl serve [fn.py] [--port N] [--trace-calls N] [--state DIR] ...
//
// See docs/serve.md.
//
//===----------------------------------------------------------------------===//
#include "ServeCommand.h"

#include "pyctl/Basic/FileIO.h"
#include "pyctl/Serve/HttpServer.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <csignal>
#include <pthread.h>
#include <thread>

using namespace pyctl;
namespace cl = llvm::cl;

cl::SubCommand pyctl::ServeSubCommand(
    "serve", "Serve a Python function over the OpenWhisk action protocol, compiling it as it runs");

static cl::OptionCategory ServeCat("pyctl serve options");

// A list, so that two files get pyctl's own message rather than LLVM's, which
// points at the top-level --help.
static cl::list<std::string> ServeFiles(cl::Positional, cl::desc("[fn.py]"), cl::sub(ServeSubCommand),
                                        cl::cat(ServeCat));
static cl::opt<int> Port("port", cl::desc("TCP port on 127.0.0.1 (0: any free port; default 8080)"),
                         cl::init(8080), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<unsigned> TraceCalls("trace-calls",
                                    cl::desc("Traced calls after which the function is compiled "
                                             "(default 100)"),
                                    cl::init(100), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<std::string> StateDir("state",
                                     cl::desc("Directory keeping the merged trace, the compiled library "
                                              "and the mode across restarts"),
                                     cl::value_desc("dir"), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<unsigned> RecompileAfter("recompile-after",
                                        cl::desc("New paths found by fallbacks after which the function "
                                                 "is recompiled (default 1)"),
                                        cl::init(1), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<unsigned> MaxRecompiles("max-recompiles",
                                       cl::desc("Recompiles after which a function that still falls back "
                                                "stays interpreted (default 3)"),
                                       cl::init(3), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<uint64_t> Gas("gas",
                             cl::desc("Per-call instruction budget in the interpreter and in compiled "
                                      "code (0: unlimited; default 100000000)"),
                             cl::init(100000000), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<double> Timeout("timeout",
                               cl::desc("Per-call time limit of interpreted calls, in seconds (0: none; "
                                        "default 60)"),
                               cl::value_desc("seconds"), cl::init(60), cl::sub(ServeSubCommand),
                               cl::cat(ServeCat));
static cl::opt<size_t> MaxBody("max-body",
                               cl::desc("Largest request body in bytes (default 1048576); larger: 413"),
                               cl::init(1 << 20), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<unsigned> Threads("threads", cl::desc("HTTP worker threads (default 16)"), cl::init(16),
                                 cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<std::string> Entry("entry",
                                  cl::desc("The function to serve (default: 'main', else the file's last "
                                           "top-level def)"),
                                  cl::value_desc("name"), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<CallingConvention> Calling(
    "calling", cl::desc("How a request's 'value' becomes the arguments (default: auto)"),
    cl::values(clEnumValN(CallingConvention::Auto, "auto",
                          "openwhisk for one parameter, aws for (event, context), else positional"),
               clEnumValN(CallingConvention::OpenWhisk, "openwhisk", "main(value)"),
               clEnumValN(CallingConvention::Aws, "aws", "handler(value, None)"),
               clEnumValN(CallingConvention::Positional, "positional",
                          "f(*value['args']), answering {\"result\": ...}")),
    cl::init(CallingConvention::Auto), cl::sub(ServeSubCommand), cl::cat(ServeCat));
static cl::opt<bool> Quiet("quiet",
                           cl::desc("Do not copy the function's output and the activation sentinels "
                                    "to stdout/stderr"),
                           cl::sub(ServeSubCommand), cl::cat(ServeCat));

static int fail(const llvm::Twine &Msg) {
  llvm::WithColor::error(llvm::errs(), "pyctl") << Msg << '\n';
  return 1;
}

llvm::cl::OptionCategory &pyctl::serveOptionCategory() { return ServeCat; }

int pyctl::runServe() {
  if (ServeFiles.size() > 1)
    return fail("pyctl serve takes at most one Python file (see pyctl serve --help)");
  std::string ServeFile = ServeFiles.empty() ? std::string() : ServeFiles.front();
  if (Port < 0 || Port > 65535)
    return fail("--port must be between 0 and 65535");
  if (TraceCalls == 0)
    return fail("--trace-calls must be at least 1");
  if (RecompileAfter == 0)
    return fail("--recompile-after must be at least 1");
  if (!(Timeout >= 0) || Timeout > 1e6)
    return fail("--timeout must be between 0 and 1000000 seconds");
  if (MaxBody == 0)
    return fail("--max-body must be at least 1");

  InvokerOptions IO;
  IO.Policy.TraceCalls = TraceCalls;
  IO.Policy.RecompileAfterPaths = RecompileAfter;
  IO.Policy.MaxRecompiles = MaxRecompiles;
  IO.Gas = Gas;
  IO.Timeout = std::chrono::milliseconds(static_cast<int64_t>(Timeout * 1000 + 0.5));
  IO.StateDir = StateDir;
  IO.Calling = Calling;
  IO.Entry = Entry;
  IO.Log = !Quiet;

  // Signals are taken by one thread (sigwait), so that worker threads never
  // run a handler; it stops the server cleanly.
  sigset_t Signals;
  sigemptyset(&Signals);
  sigaddset(&Signals, SIGINT);
  sigaddset(&Signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &Signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  std::unique_ptr<Invoker> Preloaded;
  if (!ServeFile.empty()) {
    auto Text = readFile(ServeFile);
    if (!Text)
      return fail(llvm::toString(Text.takeError()));
    auto Created = Invoker::create(ServeFile, *Text, IO);
    if (!Created) {
      std::string Msg = llvm::toString(Created.takeError());
      // Program diagnostics are complete clang-style messages already.
      if (llvm::StringRef(Msg).contains(": error: ")) {
        llvm::errs() << Msg;
        return 1;
      }
      return fail(Msg);
    }
    Preloaded = std::move(*Created);
  } else if (!StateDir.empty()) {
    return fail("--state needs the function's file (pyctl serve fn.py --state DIR)");
  }

  ServerOptions SO;
  SO.Port = Port;
  SO.MaxBodyBytes = MaxBody;
  SO.Threads = Threads;
  ActionServer Server(SO, IO, std::move(Preloaded));
  std::string Error;
  if (!Server.bind(Error))
    return fail(Error);
  llvm::errs() << "pyctl serve: listening on http://127.0.0.1:" << Server.port() << '\n';
  llvm::errs().flush();

  std::thread SignalThread([&] {
    int Sig = 0;
    sigwait(&Signals, &Sig);
    if (Sig != 0)
      Server.stop();
  });
  Server.serve();
  // serve() also returns after a failure; wake the signal thread either way.
  pthread_kill(SignalThread.native_handle(), SIGTERM);
  SignalThread.join();
  return 0;
}
