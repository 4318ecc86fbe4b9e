//===- Diagnostics.cpp ----------------------------------------------------===//
#include "pyctl/Basic/Diagnostics.h"

#include "llvm/Support/MemoryBuffer.h"

using namespace pyctl;

DiagnosticEngine::DiagnosticEngine(std::string P, std::string Text)
    : Path(std::move(P)), Out(&llvm::errs()) {
  BufferID = Mgr.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text, Path), llvm::SMLoc());
}

llvm::StringRef DiagnosticEngine::text() const {
  return Mgr.getMemoryBuffer(BufferID)->getBuffer();
}

void DiagnosticEngine::emit(SourceRange Range, llvm::SourceMgr::DiagKind Kind,
                            const llvm::Twine &Message) {
  if (!Range.isValid()) {
    Mgr.PrintMessage(*Out, llvm::SMDiagnostic(Path, Kind, Message.str()));
    return;
  }
  const char *Start = text().data();
  size_t Size = text().size();
  size_t B = std::min<size_t>(Range.Begin, Size);
  size_t E = std::min<size_t>(std::max(Range.End, Range.Begin), Size);
  // Underline only up to the end of the first line, as clang does.
  llvm::StringRef Rest(Start + B, E - B);
  size_t NL = Rest.find('\n');
  if (NL != llvm::StringRef::npos)
    E = B + NL;
  llvm::SMLoc Loc = llvm::SMLoc::getFromPointer(Start + B);
  llvm::SmallVector<llvm::SMRange, 1> Ranges;
  if (E > B + 1)
    Ranges.push_back(llvm::SMRange(Loc, llvm::SMLoc::getFromPointer(Start + E)));
  Mgr.PrintMessage(*Out, Loc, Kind, Message, Ranges, {}, /*ShowColors=*/false);
}

void DiagnosticEngine::error(SourceRange Range, const llvm::Twine &Message) {
  ++Errors;
  emit(Range, llvm::SourceMgr::DK_Error, Message);
}

void DiagnosticEngine::note(SourceRange Range, const llvm::Twine &Message) {
  emit(Range, llvm::SourceMgr::DK_Note, Message);
}
