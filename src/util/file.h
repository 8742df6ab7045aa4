// Reading a whole host file (images, logs, checkpoints) in one go.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ttvm {

// The file's bytes; a UserError naming the file (and `what`, e.g. "the
// event log", when given) if it cannot be opened or read.
std::vector<uint8_t> read_file(const std::string& path, const char* what = nullptr);

}  // namespace ttvm
