//===- HttpServer.h - The OpenWhisk action runtime protocol -----*- C++ -*-===//
//
// `pyctl serve` speaks the protocol an OpenWhisk invoker uses with an action
// container (docs/serve.md; apache/openwhisk docs/actions-new.md, "Action
// interface"), on 127.0.0.1, through cpp-httplib:
//   POST /init    {"value": {"name", "main", "code", "binary", "env"}}
//   POST /run     {"value": {...}, ...activation fields}  -> the result
// plus pyctl's own GET /status and POST /compile.
//
//===----------------------------------------------------------------------===//
#ifndef PYCTL_SERVE_HTTPSERVER_H
#define PYCTL_SERVE_HTTPSERVER_H

#include "pyctl/Serve/Invoker.h"

#include <cstddef>
#include <memory>
#include <string>

namespace pyctl {

/// Where and how the server listens.
struct ServerOptions {
  /// Address to bind (loopback by default: the invoker runs beside us).
  std::string Host = "127.0.0.1";
  /// TCP port; 0 picks a free one (see ActionServer::port()).
  int Port = 8080;
  /// Largest request body accepted; larger ones get 413.
  size_t MaxBodyBytes = 1 << 20;
  /// Worker threads (each serves one connection at a time).
  unsigned Threads = 16;
};

/// The HTTP front end of one served function.
///
/// Routes and answers (status, body; every body is JSON, errors are
/// {"error": MESSAGE} as the OpenWhisk runtimes write them):
/// - POST /init: 200 {"ok": true}. When the server was started with a file,
///   /init may repeat that file's code (or omit `code`) and name its entry
///   (or omit `main`); other code or entry: 403. When it was started without
///   one, /init loads `code` (`main` picks the entry): 403 "Missing main/no
///   code to execute." without code, 502 with the diagnostics when it does
///   not compile, 501 for `binary` (zip) actions. A second /init: 403
///   "Cannot initialize the action more than once.".
/// - POST /run: Invoker::run's answer; 400 "Error unmarshaling request: ..."
///   for a body that is not a JSON object, 404 "The action did not receive a
///   dictionary as an argument." when `value` is not an object, 502 "The
///   action failed to locate a binary. See logs for details." before any
///   code is loaded.
/// - GET /status: Invoker::status() plus "initialized"; POST /compile: 202
///   when a build started, 200 when one is already running, 409 when there is
///   nothing to compile.
/// - Bodies over MaxBodyBytes: 413; unknown paths: 404; wrong methods: 405.
/// Responses about a loaded function carry `X-Pyctl-Mode: <mode>`; /run
/// responses also `X-Pyctl-Served-By: interpreter|compiled|fallback`.
class ActionServer {
public:
  /// A server for \p Preloaded (may be null: then /init must send the code),
  /// creating later functions with \p InvokerOpts.
  ActionServer(ServerOptions Opts, InvokerOptions InvokerOpts, std::unique_ptr<Invoker> Preloaded);
  /// Destroys the server; call stop() and let serve() return first.
  ~ActionServer();

  /// Binds the port. Returns false with a message in \p Error on failure.
  bool bind(std::string &Error);
  /// The bound port (after bind()).
  int port() const;
  /// Serves until stop() is called (from another thread or a signal
  /// handler's helper thread).
  void serve();
  /// Stops serve().
  void stop();

  /// The implementation (lib/Serve/HttpServer.cpp).
  class Impl;

private:
  std::unique_ptr<Impl> P;
};

} // namespace pyctl

#endif // PYCTL_SERVE_HTTPSERVER_H
