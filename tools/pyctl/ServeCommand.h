//===- ServeCommand.h - `pyctl serve` ---------------------------*- C++ -*-===//
#ifndef PYCTL_TOOLS_SERVECOMMAND_H
#define PYCTL_TOOLS_SERVECOMMAND_H

#include "llvm/Support/CommandLine.h"

namespace pyctl {

/// The `serve` subcommand of the driver (its options live in ServeCommand.cpp).
extern llvm::cl::SubCommand ServeSubCommand;

/// The option category of `pyctl serve --help`.
llvm::cl::OptionCategory &serveOptionCategory();

/// Runs `pyctl serve` with the parsed options (docs/serve.md): loads the file
/// if one was given, binds 127.0.0.1:PORT, prints "pyctl serve: listening on
/// http://127.0.0.1:PORT" on stderr and serves until SIGINT or SIGTERM.
/// Returns the exit status (1 after a diagnostic for a bad file, option or
/// port).
int runServe();

} // namespace pyctl

#endif
