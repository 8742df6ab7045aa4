#include "record/log_writer.h"

#include <fcntl.h>
#include <unistd.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

#include "record/crc32c.h"
#include "record/log_format.h"
#include "record/varint.h"
#include "util/error.h"

namespace ttvm {

namespace {

void put32(uint8_t* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = uint8_t(v >> (8 * i));
}

}  // namespace

LogWriter::LogWriter(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) throw UserError(path + ": cannot create the event log: " + std::strerror(errno));
  uint8_t hdr[logfmt::kFileHeaderSize] = {};
  std::memcpy(hdr, logfmt::kFileMagic, 8);
  put32(hdr + 8, logfmt::kVersion);
  write_all(hdr, sizeof hdr);
}

LogWriter::~LogWriter() {
  try {
    flush();
  } catch (...) {
    // A destructor cannot report; the last chunk is lost, the prefix stays valid.
  }
  if (fd_ >= 0) ::close(fd_);
}

void LogWriter::append(const Event& e) { append(e.at, e.port, e.data.data(), e.data.size()); }

void LogWriter::append(const TimePoint& at, Port port, const uint8_t* data, size_t n) {
  put_varint(raw_, at.icount - prev_.icount);
  put_varint(raw_, at.idle_jumps - prev_.idle_jumps);
  raw_.push_back(uint8_t(port));
  put_varint(raw_, n);
  raw_.insert(raw_.end(), data, data + n);
  prev_ = at;
  ++events_;
  if (raw_.size() >= logfmt::kChunkTarget) flush();
}

void LogWriter::flush() {
  if (events_ == 0) return;
  std::vector<uint8_t> buf(logfmt::kChunkHeaderSize + ZSTD_compressBound(raw_.size()));
  const size_t z = ZSTD_compress(buf.data() + logfmt::kChunkHeaderSize, buf.size() - logfmt::kChunkHeaderSize,
                                 raw_.data(), raw_.size(), 3);
  if (ZSTD_isError(z)) throw UserError(path_ + ": zstd: " + ZSTD_getErrorName(z));
  uint8_t* h = buf.data();
  std::memcpy(h, logfmt::kChunkMagic, 4);
  put32(h + 4, uint32_t(z));
  put32(h + 8, uint32_t(raw_.size()));
  put32(h + 12, events_);
  put32(h + 16, crc32c(h + logfmt::kChunkHeaderSize, z));
  put32(h + 20, crc32c(h, 20));
  // One write per chunk: a killed recorder leaves whole chunks behind.
  write_all(buf.data(), logfmt::kChunkHeaderSize + z);
  raw_.clear();
  events_ = 0;
  prev_ = {};
}

void LogWriter::write_all(const uint8_t* p, size_t n) {
  while (n) {
    const ssize_t w = ::write(fd_, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) throw UserError(path_ + ": cannot write the event log: " + std::strerror(errno));
    p += w;
    n -= size_t(w);
    file_bytes_ += uint64_t(w);
  }
}

}  // namespace ttvm
