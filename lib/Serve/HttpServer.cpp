//===- HttpServer.cpp - The OpenWhisk action runtime protocol --------------===//
#include "pyctl/Serve/HttpServer.h"

#include "pyctl/Basic/Sha256.h"
#include "pyctl/Serve/ActionJSON.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/ValueJSON.h"

// The only translation unit that includes httplib.h. Debian's cpp-httplib is compiled into
// libcpp-httplib.so, so its configuration macros (CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH
// among them) cannot be changed here: the body limits are enforced by reading bodies through
// content readers (readBody below).
#include <httplib.h>

#include <cctype>
#include <cerrno>
#include <mutex>
#include <sys/socket.h>
#include <system_error>

namespace pyctl {

namespace {
constexpr const char *JsonType = "application/json";
} // namespace

class ActionServer::Impl {
public:
  ServerOptions Opts;
  InvokerOptions InvokerOpts;
  httplib::Server Server;
  int BoundPort = 0;

  std::mutex FnMutex;
  std::shared_ptr<Invoker> Fn; // the served function, once loaded
  bool Preloaded = false;      // loaded from the command line
  bool Initialized = false;    // /init succeeded once
  std::mutex InitMutex;        // one /init at a time

  Impl(ServerOptions O, InvokerOptions IO, std::unique_ptr<Invoker> Pre)
      : Opts(std::move(O)), InvokerOpts(std::move(IO)), Fn(std::move(Pre)) {
    Preloaded = Fn != nullptr;
    routes();
  }

  std::shared_ptr<Invoker> function() {
    std::lock_guard<std::mutex> L(FnMutex);
    return Fn;
  }

  static void reply(httplib::Response &Res, int Status, const std::string &Body) {
    Res.status = Status;
    Res.set_content(Body + "\n", JsonType);
  }

  std::string tooLargeMessage() const {
    return "The request body exceeds the limit of " + std::to_string(Opts.MaxBodyBytes) +
           " bytes (--max-body).";
  }

  static std::string notFoundMessage() {
    return "Not found: pyctl serve answers POST /init, POST /run, GET /status and POST /compile.";
  }

  static void modeHeader(httplib::Response &Res, const Invoker &F) {
    Res.set_header("X-Pyctl-Mode", std::string(modeName(F.mode())));
  }

  bool readBody(const httplib::Request &Req, httplib::Response &Res,
                const httplib::ContentReader &Reader, bool Required, std::string &Body);
  void init(const std::string &Text, httplib::Response &Res);
  void run(const std::string &Text, httplib::Response &Res);
  void compile(httplib::Response &Res);
  void routes();
};

/// Whether \p Req has a body: HTTP/1.1 (RFC 9112, section 6.3) gives a request
/// without Content-Length or Transfer-Encoding none, whatever its method.
static bool hasBody(const httplib::Request &Req) {
  return Req.has_header("Content-Length") || Req.has_header("Transfer-Encoding");
}

/// Reads the body of \p Req into \p Body, at most MaxBodyBytes, whatever its
/// Content-Type. Returns false after answering 400 or 413 (and closing the
/// connection when the rest of the body was not read).
bool ActionServer::Impl::readBody(const httplib::Request &Req, httplib::Response &Res,
                                  const httplib::ContentReader &Reader, bool Required,
                                  std::string &Body) {
  Body.clear();
  if (!hasBody(Req)) {
    if (!Required)
      return true;
    reply(Res, 400, actionErrorBody("The request has no body: " + Req.path +
                                    " needs a JSON object (send it with Content-Length, "
                                    "e.g. curl -d '{\"value\": {}}')."));
    return false;
  }
  if (Req.is_multipart_form_data()) {
    Res.set_header("Connection", "close");
    reply(Res, 415, actionErrorBody("The request body is multipart/form-data: send a JSON object "
                                    "(Content-Type: application/json)."));
    return false;
  }
  bool TooLarge = false;
  size_t Max = Opts.MaxBodyBytes;
  // httplib's reader refuses a Content-Length over the server's limit itself (and skips
  // the body); the receiver bounds chunked bodies.
  bool Ok = Reader([&](const char *Data, size_t Len) {
    if (Len > Max - Body.size()) {
      TooLarge = true;
      return false;
    }
    Body.append(Data, Len);
    return true;
  });
  if (Ok)
    return true;
  if (TooLarge || Res.status == 413) {
    if (TooLarge)
      Res.set_header("Connection", "close");
    reply(Res, 413, actionErrorBody(tooLargeMessage()));
    return false;
  }
  Res.set_header("Connection", "close");
  reply(Res, 400, actionErrorBody("The request body could not be read (it is shorter than its "
                                  "Content-Length, or its chunked encoding is malformed)."));
  return false;
}

void ActionServer::Impl::init(const std::string &Text, httplib::Response &Res) {
  std::lock_guard<std::mutex> L(InitMutex);
  if (Initialized) {
    fputs("Cannot initialize the action more than once.\n", stderr);
    return reply(Res, 403, actionErrorBody("Cannot initialize the action more than once."));
  }
  nlohmann::json Body = nlohmann::json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Body.is_discarded() || !Body.is_object())
    return reply(Res, 400, actionErrorBody("Error unmarshaling request: the body is not a JSON object"));
  nlohmann::json Value = Body.contains("value") ? Body["value"] : nlohmann::json::object();
  if (!Value.is_object())
    return reply(Res, 400, actionErrorBody("Error unmarshaling request: 'value' is not a JSON object"));
  std::string Code = Value.contains("code") && Value["code"].is_string() ? Value["code"].get<std::string>() : "";
  std::string Main = Value.contains("main") && Value["main"].is_string() ? Value["main"].get<std::string>() : "";
  bool Binary = Value.contains("binary") && Value["binary"].is_boolean() && Value["binary"].get<bool>();
  if (Binary)
    return reply(Res, 501, actionErrorBody("pyctl serve takes Python source code, not a binary (zip) action."));

  if (std::shared_ptr<Invoker> F = function()) {
    // Started with a file: /init may confirm it, not replace it.
    if (!Code.empty() && sha256Hex(Code) != F->sourceSha256())
      return reply(Res, 403, actionErrorBody("This server was started with its action's code; /init may only "
                                       "send the same code."));
    if (!Main.empty() && Main != F->entryName())
      return reply(Res, 403, actionErrorBody("This server serves the entry '" + F->entryName() + "', not '" +
                                       Main + "'."));
    Initialized = true;
    modeHeader(Res, *F);
    return reply(Res, 200, "{\"ok\": true}");
  }
  if (Code.empty())
    return reply(Res, 403, actionErrorBody("Missing main/no code to execute."));
  InvokerOptions IO = InvokerOpts;
  if (!Main.empty())
    IO.Entry = Main;
  std::string Name = Value.contains("name") && Value["name"].is_string()
                         ? Value["name"].get<std::string>() + ".py"
                         : "action.py";
  auto Created = Invoker::create(Name, Code, IO);
  if (!Created) {
    std::string Msg = llvm::toString(Created.takeError());
    fprintf(stderr, "%s\n", Msg.c_str());
    return reply(Res, 502, actionErrorBody("The action failed to initialize: " + Msg));
  }
  std::shared_ptr<Invoker> F(std::move(*Created));
  {
    std::lock_guard<std::mutex> L2(FnMutex);
    Fn = F;
  }
  Initialized = true;
  modeHeader(Res, *F);
  reply(Res, 200, "{\"ok\": true}");
}

void ActionServer::Impl::run(const std::string &Text, httplib::Response &Res) {
  std::shared_ptr<Invoker> F = function();
  if (!F)
    return reply(Res, 502, actionErrorBody("The action failed to locate a binary. See logs for details."));
  Value Message;
  try {
    Message = valueFromJSONText(Text);
  } catch (const std::exception &E) {
    return reply(Res, 400, actionErrorBody(std::string("Error unmarshaling request: ") + E.what()));
  }
  if (!Message.isDict())
    return reply(Res, 400, actionErrorBody("Error unmarshaling request: the body is not a JSON object"));
  const Value *Params = Message.asDict()->find(Value::str("value"));
  Value Args = Params ? *Params : Value::dict();
  if (!Args.isDict())
    return reply(Res, 404, actionErrorBody("The action did not receive a dictionary as an argument."));
  RunResponse R = F->run(Args);
  Res.set_header("X-Pyctl-Mode", R.Mode.empty() ? std::string(modeName(F->mode())) : R.Mode);
  if (!R.ServedBy.empty())
    Res.set_header("X-Pyctl-Served-By", R.ServedBy);
  if (!R.ErrorType.empty())
    Res.set_header("X-Pyctl-Error-Type", R.ErrorType);
  reply(Res, R.Status, R.Body);
}

void ActionServer::Impl::compile(httplib::Response &Res) {
  std::shared_ptr<Invoker> F = function();
  if (!F)
    return reply(Res, 409, actionErrorBody("No action has been initialized."));
  bool Started = F->requestCompile();
  nlohmann::json S = F->status();
  modeHeader(Res, *F);
  if (Started)
    return reply(Res, 202, nlohmann::json{{"started", true}, {"mode", S["mode"]}}.dump());
  if (S["building"].get<bool>())
    return reply(Res, 200, nlohmann::json{{"started", false}, {"mode", S["mode"]}, {"building", true}}.dump());
  reply(Res, 409, actionErrorBody("Nothing to compile: no call has been traced yet."));
}

void ActionServer::Impl::routes() {
  // Bodies are read through content readers: httplib's own reading (for plain handlers)
  // caps application/x-www-form-urlencoded bodies (what curl -d sends) at a compiled-in
  // 8192 bytes, and waits for the peer to close when a POST has no Content-Length.
  using Reader = httplib::ContentReader;
  Server.Post("/init", [this](const httplib::Request &Req, httplib::Response &Res, const Reader &R) {
    std::string Text;
    if (readBody(Req, Res, R, /*Required=*/true, Text))
      init(Text, Res);
  });
  Server.Post("/run", [this](const httplib::Request &Req, httplib::Response &Res, const Reader &R) {
    std::string Text;
    if (readBody(Req, Res, R, /*Required=*/true, Text))
      run(Text, Res);
  });
  Server.Post("/compile", [this](const httplib::Request &Req, httplib::Response &Res, const Reader &R) {
    std::string Ignored; // any body is read (so the connection stays in step) and ignored
    if (readBody(Req, Res, R, /*Required=*/false, Ignored))
      compile(Res);
  });
  Server.Get("/status", [this](const httplib::Request &, httplib::Response &Res) {
    std::shared_ptr<Invoker> F = function();
    if (!F)
      return reply(Res, 200, nlohmann::json{{"initialized", false}, {"mode", nullptr}}.dump());
    nlohmann::json S = F->status();
    {
      std::lock_guard<std::mutex> L(InitMutex);
      S["initialized"] = Initialized || Preloaded;
    }
    modeHeader(Res, *F);
    reply(Res, 200, S.dump());
  });
  for (const char *Path : {"/init", "/run", "/compile"})
    Server.Get(Path, [](const httplib::Request &, httplib::Response &Res) {
      reply(Res, 405, actionErrorBody("Use POST."));
    });
  // Other requests with a body go through a reader too, so that none meets httplib's
  // form-body cap; their body is read (bounded) and they get 404.
  auto NotFound = [this](const httplib::Request &Req, httplib::Response &Res, const Reader &R) {
    std::string Ignored;
    if (readBody(Req, Res, R, /*Required=*/false, Ignored))
      reply(Res, 404, actionErrorBody(notFoundMessage()));
  };
  Server.Post(".*", NotFound);
  Server.Put(".*", NotFound);
  Server.Patch(".*", NotFound);
  Server.Delete(".*", NotFound);
  Server.set_payload_max_length(Opts.MaxBodyBytes);
  Server.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request &, httplib::Response &Res) {
    if (!Res.body.empty())
      return httplib::Server::HandlerResponse::Unhandled;
    std::string Msg;
    switch (Res.status) {
    case 413:
      Msg = tooLargeMessage();
      break;
    case 404:
      Msg = notFoundMessage();
      break;
    default:
      Msg = "HTTP error " + std::to_string(Res.status) + ".";
    }
    Res.set_content(actionErrorBody(Msg) + "\n", JsonType);
    return httplib::Server::HandlerResponse::Handled;
  }));
  Server.set_exception_handler([](const httplib::Request &, httplib::Response &Res, std::exception_ptr EP) {
    std::string Msg = "unknown exception";
    try {
      std::rethrow_exception(EP);
    } catch (const std::exception &E) {
      Msg = E.what();
    } catch (...) {
    }
    reply(Res, 500, actionErrorBody("Internal error. " + Msg));
  });
  unsigned Threads = Opts.Threads ? Opts.Threads : 1;
  Server.new_task_queue = [Threads] { return new httplib::ThreadPool(Threads); };
  Server.set_keep_alive_timeout(5);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm and delayed ACKs add 40 ms to every keep-alive response.
  Server.set_tcp_nodelay(true);
  // httplib's default options add SO_REUSEPORT, with which a second server binds the same
  // port and the kernel splits the connections between the two. SO_REUSEADDR alone still
  // allows a restart while old connections are in TIME_WAIT.
  Server.set_socket_options([](socket_t Sock) {
    int Yes = 1;
    setsockopt(Sock, SOL_SOCKET, SO_REUSEADDR, &Yes, sizeof(Yes));
  });
}

ActionServer::ActionServer(ServerOptions Opts, InvokerOptions InvokerOpts, std::unique_ptr<Invoker> Preloaded)
    : P(std::make_unique<Impl>(std::move(Opts), std::move(InvokerOpts), std::move(Preloaded))) {}

ActionServer::~ActionServer() = default;

bool ActionServer::bind(std::string &Error) {
  // httplib keeps bind()'s or listen()'s errno (closing the socket after a failure
  // leaves errno alone).
  auto Reason = [](int Errno) {
    std::string R = Errno ? std::generic_category().message(Errno) : "unknown error";
    if (!R.empty())
      R[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(R[0])));
    return R;
  };
  errno = 0;
  if (P->Opts.Port == 0) {
    P->BoundPort = P->Server.bind_to_any_port(P->Opts.Host);
    if (P->BoundPort <= 0) {
      Error = "cannot bind a port on " + P->Opts.Host + ": " + Reason(errno);
      return false;
    }
    return true;
  }
  if (!P->Server.bind_to_port(P->Opts.Host, P->Opts.Port)) {
    Error = "cannot listen on " + P->Opts.Host + ":" + std::to_string(P->Opts.Port) + ": " + Reason(errno);
    return false;
  }
  P->BoundPort = P->Opts.Port;
  return true;
}

int ActionServer::port() const { return P->BoundPort; }
void ActionServer::serve() { P->Server.listen_after_bind(); }
void ActionServer::stop() { P->Server.stop(); }

} // namespace pyctl
