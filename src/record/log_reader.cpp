#include "record/log_reader.h"

#include <zstd.h>

#include <cerrno>
#include <cstring>

#include "record/crc32c.h"
#include "record/log_format.h"
#include "record/varint.h"
#include "util/error.h"
#include "util/file.h"

namespace ttvm {

namespace {

uint32_t get32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// Decodes the events of one chunk; returns an error text or "".
std::string decode_events(const std::vector<uint8_t>& raw, uint32_t count, std::vector<Event>& out,
                          const TimePoint& last) {
  size_t pos = 0;
  TimePoint prev;
  TimePoint floor = last;
  for (uint32_t i = 0; i < count; ++i) {
    Event e;
    uint64_t di, dt, len;
    if (!get_varint(raw.data(), raw.size(), pos, di) || !get_varint(raw.data(), raw.size(), pos, dt) ||
        pos >= raw.size())
      return "event " + std::to_string(i) + " is truncated";
    const uint8_t port = raw[pos++];
    if (!port_known(port)) return "event " + std::to_string(i) + " has unknown port " + std::to_string(port);
    if (!get_varint(raw.data(), raw.size(), pos, len) || len > raw.size() - pos)
      return "event " + std::to_string(i) + " has a bad length";
    e.at = {prev.icount + di, prev.idle_jumps + dt};
    if (e.at.before(floor)) return "event " + std::to_string(i) + " goes back in time";
    e.port = Port(port);
    e.data.assign(raw.begin() + long(pos), raw.begin() + long(pos + len));
    pos += len;
    prev = floor = e.at;
    out.push_back(std::move(e));
  }
  if (pos != raw.size()) return "trailing bytes after the last event";
  return "";
}

}  // namespace

LogContents read_log(const std::string& path) {
  const std::vector<uint8_t> bytes = read_file(path, "the event log");
  LogContents out;
  out.file_bytes = bytes.size();
  if (bytes.size() < logfmt::kFileHeaderSize || std::memcmp(bytes.data(), logfmt::kFileMagic, 8) != 0)
    throw UserError(path + ": not a ttvm event log (bad header at offset 0)");
  const uint32_t version = get32(bytes.data() + 8);
  if (version != logfmt::kVersion)
    throw UserError(path + ": event log format version " + std::to_string(version) + ", this ttvm reads version " +
                    std::to_string(logfmt::kVersion));
  size_t off = logfmt::kFileHeaderSize;
  TimePoint last;
  while (off < bytes.size()) {
    const std::string where = "chunk " + std::to_string(out.good_chunks) + " at offset " + std::to_string(off) + ": ";
    if (bytes.size() - off < logfmt::kChunkHeaderSize) {
      out.damage = where + "truncated header (" + std::to_string(bytes.size() - off) + " of " +
                   std::to_string(logfmt::kChunkHeaderSize) + " bytes)";
      break;
    }
    const uint8_t* h = bytes.data() + off;
    if (std::memcmp(h, logfmt::kChunkMagic, 4) != 0 || crc32c(h, 20) != get32(h + 20)) {
      out.damage = where + "bad chunk header (corrupt data)";
      break;
    }
    const uint32_t zsize = get32(h + 4), rsize = get32(h + 8), count = get32(h + 12);
    if (zsize > logfmt::kMaxChunkBytes || rsize > logfmt::kMaxChunkBytes) {
      out.damage = where + "chunk sizes out of range";
      break;
    }
    if (bytes.size() - off - logfmt::kChunkHeaderSize < zsize) {
      out.damage = where + "truncated (" + std::to_string(bytes.size() - off - logfmt::kChunkHeaderSize) + " of " +
                   std::to_string(zsize) + " payload bytes)";
      break;
    }
    const uint8_t* payload = h + logfmt::kChunkHeaderSize;
    if (crc32c(payload, zsize) != get32(h + 16)) {
      out.damage = where + "checksum mismatch (corrupt data)";
      break;
    }
    std::vector<uint8_t> raw(rsize);
    const size_t got = ZSTD_decompress(raw.data(), raw.size(), payload, zsize);
    if (ZSTD_isError(got) || got != rsize) {
      out.damage = where + "does not decompress to its stated size";
      break;
    }
    std::vector<Event> events;
    const std::string err = decode_events(raw, count, events, last);
    if (!err.empty()) {
      out.damage = where + err;
      break;
    }
    if (!events.empty()) last = events.back().at;
    for (auto& e : events) out.events.push_back(std::move(e));
    ++out.good_chunks;
    off += logfmt::kChunkHeaderSize + zsize;
  }
  return out;
}

}  // namespace ttvm
