// The event log's on-disk framing (docs/recording.md). A file header, then
// chunks; each chunk is a header and a zstd frame holding its events. A
// chunk is written with one write(2) once it is complete, so a recorder
// killed at any moment leaves whole chunks followed at worst by one torn
// chunk, which its checksum exposes.
#pragma once
#include <cstdint>

namespace ttvm::logfmt {

constexpr char kFileMagic[8] = {'t', 't', 'v', 'm', 'l', 'o', 'g', '\n'};
constexpr uint32_t kVersion = 1;
constexpr unsigned kFileHeaderSize = 16;  // magic, u32 version, u32 zero

constexpr char kChunkMagic[4] = {'c', 'h', 'n', 'k'};
// magic, u32 compressed size, u32 raw size, u32 event count,
// u32 crc32c(compressed payload), u32 crc32c(the 20 bytes before it).
constexpr unsigned kChunkHeaderSize = 24;
// Bounds a reader trusts before allocating.
constexpr uint32_t kMaxChunkBytes = 64u << 20;
// A writer ends a chunk once its raw events reach this size.
constexpr uint32_t kChunkTarget = 256u << 10;

}  // namespace ttvm::logfmt
