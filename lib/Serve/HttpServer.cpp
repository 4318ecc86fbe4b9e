//===- HttpServer.cpp - The OpenWhisk action runtime protocol --------------===//
#include "pyctl/Serve/HttpServer.h"

#include "pyctl/Basic/Sha256.h"
#include "pyctl/Serve/ActionJSON.h"
#include "pyctl/Runtime/Dict.h"
#include "pyctl/Runtime/ValueJSON.h"

#include <httplib.h>

#include <mutex>

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

  static void modeHeader(httplib::Response &Res, const Invoker &F) {
    Res.set_header("X-Pyctl-Mode", std::string(modeName(F.mode())));
  }

  void init(const httplib::Request &Req, httplib::Response &Res);
  void run(const httplib::Request &Req, httplib::Response &Res);
  void routes();
};

void ActionServer::Impl::init(const httplib::Request &Req, httplib::Response &Res) {
  std::lock_guard<std::mutex> L(InitMutex);
  if (Initialized) {
    fputs("Cannot initialize the action more than once.\n", stderr);
    return reply(Res, 403, actionErrorBody("Cannot initialize the action more than once."));
  }
  nlohmann::json Body = nlohmann::json::parse(Req.body, nullptr, /*allow_exceptions=*/false);
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

void ActionServer::Impl::run(const httplib::Request &Req, httplib::Response &Res) {
  std::shared_ptr<Invoker> F = function();
  if (!F)
    return reply(Res, 502, actionErrorBody("The action failed to locate a binary. See logs for details."));
  Value Message;
  try {
    Message = valueFromJSONText(Req.body);
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

void ActionServer::Impl::routes() {
  Server.Post("/init", [this](const httplib::Request &Req, httplib::Response &Res) { init(Req, Res); });
  Server.Post("/run", [this](const httplib::Request &Req, httplib::Response &Res) { run(Req, Res); });
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
  Server.Post("/compile", [this](const httplib::Request &, httplib::Response &Res) {
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
  });
  for (const char *Path : {"/init", "/run", "/compile"})
    Server.Get(Path, [](const httplib::Request &, httplib::Response &Res) {
      reply(Res, 405, actionErrorBody("Use POST."));
    });
  Server.set_payload_max_length(Opts.MaxBodyBytes);
  Server.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request &, httplib::Response &Res) {
    if (!Res.body.empty())
      return httplib::Server::HandlerResponse::Unhandled;
    std::string Msg;
    switch (Res.status) {
    case 413:
      Msg = "The request body exceeds the limit of " + std::to_string(Opts.MaxBodyBytes) + " bytes.";
      break;
    case 404:
      Msg = "Not found: pyctl serve answers POST /init, POST /run, GET /status and POST /compile.";
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
}

ActionServer::ActionServer(ServerOptions Opts, InvokerOptions InvokerOpts, std::unique_ptr<Invoker> Preloaded)
    : P(std::make_unique<Impl>(std::move(Opts), std::move(InvokerOpts), std::move(Preloaded))) {}

ActionServer::~ActionServer() = default;

bool ActionServer::bind(std::string &Error) {
  if (P->Opts.Port == 0) {
    P->BoundPort = P->Server.bind_to_any_port(P->Opts.Host);
    if (P->BoundPort <= 0) {
      Error = "cannot bind a port on " + P->Opts.Host;
      return false;
    }
    return true;
  }
  if (!P->Server.bind_to_port(P->Opts.Host, P->Opts.Port)) {
    Error = "cannot listen on " + P->Opts.Host + ":" + std::to_string(P->Opts.Port) +
            " (in use, or not allowed)";
    return false;
  }
  P->BoundPort = P->Opts.Port;
  return true;
}

int ActionServer::port() const { return P->BoundPort; }
void ActionServer::serve() { P->Server.listen_after_bind(); }
void ActionServer::stop() { P->Server.stop(); }

} // namespace pyctl
