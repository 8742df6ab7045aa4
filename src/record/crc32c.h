// CRC-32C (Castagnoli), the checksum of each log chunk: it catches torn
// writes and flipped bytes so that replay stops at the last good chunk.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ttvm {

uint32_t crc32c(const void* data, size_t n, uint32_t crc = 0);

}  // namespace ttvm
