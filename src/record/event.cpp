#include "record/event.h"

namespace ttvm {

const char* port_name(Port p) {
  switch (p) {
    case Port::kConsole: return "console";
    case Port::kNet: return "net";
    case Port::kEntropy: return "entropy";
    case Port::kControl: return "control";
    case Port::kDebugger: return "debugger";
    case Port::kDigest: return "digest";
    case Port::kEnd: return "end";
  }
  return "unknown";
}

bool port_known(uint8_t p) {
  return (p >= 1 && p <= 5) || p == 0x80 || p == 0x81;
}

}  // namespace ttvm
