#include "timetravel/checkpoint_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "record/crc32c.h"
#include "util/error.h"
#include "util/file.h"
#include "util/state.h"

namespace ttvm {
namespace {

constexpr uint64_t kFileMagic = 0x31504b434d565454ull;  // "TTVMCKP1"
constexpr uint32_t kRecordMagic = 0x47505454;           // "TTPG"
constexpr size_t kRecordHeader = 4 + 16 + 4 + 4;

bool read_all(int fd, uint64_t off, void* out, size_t n) {
  auto* p = static_cast<uint8_t*>(out);
  while (n) {
    const ssize_t r = ::pread(fd, p, n, off_t(off));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    off += uint64_t(r);
    n -= size_t(r);
  }
  return true;
}

bool write_all(int fd, uint64_t off, const void* in, size_t n) {
  const auto* p = static_cast<const uint8_t*>(in);
  while (n) {
    const ssize_t w = ::pwrite(fd, p, n, off_t(off));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    off += uint64_t(w);
    n -= size_t(w);
  }
  return true;
}

// The header of a checkpoint file (after its CRC was checked).
SavedCheckpoint parse_header(StateReader& r, const std::string& file) {
  if (r.get<uint64_t>() != kFileMagic) throw UserError(file + ": not a ttvm checkpoint");
  SavedCheckpoint c;
  c.file = file;
  c.at.icount = r.get<uint64_t>();
  c.at.idle_jumps = r.get<uint64_t>();
  c.input.boundary = r.get<uint64_t>();
  c.input.sync = r.get<uint64_t>();
  const uint32_t harts = r.get<uint32_t>();
  if (harts > 64) throw UserError(file + ": " + std::to_string(harts) + " harts");
  for (uint32_t i = 0; i < harts; ++i) c.hart_icount.push_back(r.get<uint64_t>());
  return c;
}

// The file's bytes without its trailing CRC, after checking it.
std::vector<uint8_t> checked_body(const std::string& file) {
  std::vector<uint8_t> d = read_file(file);
  if (d.size() < 12) throw UserError(file + ": truncated (" + std::to_string(d.size()) + " bytes)");
  uint32_t want;
  std::memcpy(&want, d.data() + d.size() - 4, 4);
  d.resize(d.size() - 4);
  if (crc32c(d.data(), d.size()) != want) throw UserError(file + ": checksum mismatch (damaged)");
  return d;
}

}  // namespace

CheckpointStore::CheckpointStore(std::string dir) : dir_(std::move(dir)) {}

CheckpointStore::~CheckpointStore() {
  if (thread_.joinable()) {
    {
      std::lock_guard<std::mutex> l(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();  // after the queued jobs: the recording's last checkpoint is written
  }
  if (pack_fd_ >= 0) ::close(pack_fd_);
}

void CheckpointStore::wait() {
  std::unique_lock<std::mutex> l(mu_);
  cv_.wait(l, [this] { return jobs_.empty() && !busy_; });
}

void CheckpointStore::writer() {
  std::unique_lock<std::mutex> l(mu_);
  for (;;) {
    cv_.wait(l, [this] { return stop_ || !jobs_.empty(); });
    if (jobs_.empty()) return;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    busy_ = true;
    const bool skip = failed_;
    l.unlock();
    if (!skip) {
      try {
        write(job);
      } catch (const UserError& e) {
        // Later checkpoints may name this one's pages: none is written after.
        std::fprintf(stderr,
                     "ttvm: saving a checkpoint at icount %" PRIu64
                     " failed (the recording stays valid; no more are saved): %s\n",
                     job.at.icount, e.what());
        l.lock();
        failed_ = true;
        l.unlock();
      }
    }
    l.lock();
    busy_ = false;
    cv_.notify_all();
  }
}

void CheckpointStore::scan_pack() {
  if (scanned_) return;
  scanned_ = true;
  const std::string path = dir() + "/pages.pack";
  pack_fd_ = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (pack_fd_ < 0) return;
  struct stat st;
  if (fstat(pack_fd_, &st) != 0) return;
  const uint64_t size = uint64_t(st.st_size);
  uint64_t off = 0;
  while (off + kRecordHeader <= size) {
    uint8_t h[kRecordHeader];
    if (!read_all(pack_fd_, off, h, sizeof h)) break;
    uint32_t magic, zlen, crc;
    ContentHash ch;
    std::memcpy(&magic, h, 4);
    std::memcpy(&ch.lo, h + 4, 8);
    std::memcpy(&ch.hi, h + 12, 8);
    std::memcpy(&zlen, h + 20, 4);
    std::memcpy(&crc, h + 24, 4);
    if (magic != kRecordMagic || zlen > 2 * kPageSize || off + kRecordHeader + zlen > size) break;
    pack_.emplace(ch, PackEntry{off + kRecordHeader, zlen, crc});
    off += kRecordHeader + zlen;
  }
  pack_end_ = off;  // a torn last record is written over
}

// zstd's fast levels: a 4 KiB page at level 1 takes ~19 us here, at -3
// ~9 us for 10% more bytes, and a recording saves every page it has.
constexpr int kPageLevel = -3;

void CheckpointStore::put(const ContentHash& h, const uint8_t* data) {
  if (pack_.count(h)) return;
  if (!zstd_) zstd_.reset(ZSTD_createCCtx());
  if (!zstd_) throw UserError("checkpoint page: zstd: no memory for a compression context");
  const size_t at = unwritten_.size();
  unwritten_.resize(at + kRecordHeader + ZSTD_compressBound(kPageSize));
  uint8_t* z = unwritten_.data() + at;
  const size_t zlen =
      ZSTD_compressCCtx(zstd_.get(), z + kRecordHeader, ZSTD_compressBound(kPageSize), data, kPageSize, kPageLevel);
  if (ZSTD_isError(zlen)) {
    unwritten_.resize(at);
    throw UserError("checkpoint page: zstd: " + std::string(ZSTD_getErrorName(zlen)));
  }
  unwritten_.resize(at + kRecordHeader + zlen);
  const uint32_t zl = uint32_t(zlen), crc = crc32c(z + kRecordHeader, zlen);
  std::memcpy(z, &kRecordMagic, 4);
  std::memcpy(z + 4, &h.lo, 8);
  std::memcpy(z + 12, &h.hi, 8);
  std::memcpy(z + 20, &zl, 4);
  std::memcpy(z + 24, &crc, 4);
  pack_.emplace(h, PackEntry{pack_end_ + kRecordHeader, zl, crc});
  unwritten_hashes_.push_back(h);
  pack_end_ += kRecordHeader + zlen;
  if (unwritten_.size() >= (8u << 20)) flush_pack();
}

void CheckpointStore::flush_pack() {
  if (unwritten_.empty()) return;
  const uint64_t start = pack_end_ - unwritten_.size();
  const std::string path = dir() + "/pages.pack";
  if (pack_fd_ < 0) pack_fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  const bool ok = pack_fd_ >= 0 && write_all(pack_fd_, start, unwritten_.data(), unwritten_.size());
  const int err = errno;
  if (!ok) {
    for (const ContentHash& h : unwritten_hashes_) pack_.erase(h);
    pack_end_ = start;
  }
  unwritten_.clear();
  unwritten_hashes_.clear();
  if (!ok) throw UserError(path + ": " + (pack_fd_ < 0 ? "cannot create: " : "write failed: ") + std::strerror(err));
}

std::vector<uint8_t> CheckpointStore::get(const ContentHash& h, const std::string& for_file) {
  wait();
  auto it = pack_.find(h);
  if (it == pack_.end()) throw UserError(for_file + ": a page is missing from " + dir() + "/pages.pack");
  std::vector<uint8_t> z(it->second.zlen);
  if (!read_all(pack_fd_, it->second.offset, z.data(), z.size()) || crc32c(z.data(), z.size()) != it->second.crc)
    throw UserError(dir() + "/pages.pack: damaged record at offset " + std::to_string(it->second.offset) +
                    " (needed by " + for_file + ")");
  std::vector<uint8_t> out(kPageSize);
  const size_t n = ZSTD_decompress(out.data(), out.size(), z.data(), z.size());
  if (ZSTD_isError(n) || n != kPageSize || content_hash(out.data(), kPageSize) != h)
    throw UserError(dir() + "/pages.pack: a record does not decompress to its page (needed by " + for_file + ")");
  return out;
}

void CheckpointStore::save(Machine& m, TimePoint at, Replayer::Position input, const std::vector<bool>* changed) {
  try {
    std::error_code ec;
    std::filesystem::create_directories(dir(), ec);
    if (!thread_.joinable()) scan_pack();  // before the writer runs, the pack is this thread's
    Ram& ram = m.ram();
    if (page_saved_.size() != ram.pages()) page_saved_.assign(ram.pages(), false);
    Job job;
    job.at = at;
    char name[96];
    std::snprintf(name, sizeof name, "/ckpt-%016" PRIx64 "-%08" PRIx64 ".bin", at.icount, at.idle_jumps);
    job.file = dir() + name;
    StateWriter w;
    w.put(kFileMagic);
    w.put(at.icount);
    w.put(at.idle_jumps);
    w.put(input.boundary);
    w.put(input.sync);
    w.put<uint32_t>(m.hart_count());
    for (unsigned h = 0; h < m.hart_count(); ++h) w.put(m.hart(h).icount());
    StateWriter sw;
    m.save_state(sw);
    w.put_bytes(sw.bytes().data(), sw.bytes().size());
    job.head = w.bytes();
    job.ram_pages = ram.pages();
    const std::vector<unsigned char> committed = ram.committed_pages();
    for (uint64_t p = 0; p < ram.pages(); ++p) {
      if (!(committed[p] & 1)) continue;  // never touched: zero
      job.committed.push_back(p);
      if (page_saved_[p] && changed && p < changed->size() && !(*changed)[p]) continue;  // the writer knows it
      page_saved_[p] = true;
      const uint8_t* d = ram.page_data(p);
      std::unique_ptr<Page> copy;
      if (!page_is_zero(d)) {
        copy = std::make_unique<Page>();
        std::memcpy(copy->data(), d, kPageSize);
      }
      job.fresh.emplace_back(p, std::move(copy));
    }
    for (unsigned d = 0; d < m.disk_count(); ++d) job.disks.push_back(m.disk(d).overlay());
    {
      std::lock_guard<std::mutex> l(mu_);
      jobs_.push_back(std::move(job));
    }
    if (!thread_.joinable()) thread_ = std::thread([this] { writer(); });
    cv_.notify_all();
    listed_ = false;
  } catch (const UserError& e) {
    std::fprintf(stderr, "ttvm: saving a checkpoint at icount %" PRIu64 " failed (the recording stays valid): %s\n",
                 at.icount, e.what());
  }
}

void CheckpointStore::write(Job& job) {
  const ContentHash zero{};
  if (page_hash_.size() != job.ram_pages) page_hash_.assign(job.ram_pages, zero);
  for (auto& [p, page] : job.fresh) {
    page_hash_[p] = page ? content_hash(page->data(), kPageSize) : zero;
    if (page) put(page_hash_[p], page->data());
    page.reset();  // the copy is done with
  }
  StateWriter w;  // what follows the head
  std::vector<std::pair<uint64_t, ContentHash>> pages;
  for (uint64_t p : job.committed)
    if (!(page_hash_[p] == zero)) pages.emplace_back(p, page_hash_[p]);
  w.put<uint64_t>(pages.size());
  for (const auto& [p, h] : pages) {
    w.put(p);
    w.put(h.lo);
    w.put(h.hi);
  }
  w.put<uint32_t>(uint32_t(job.disks.size()));
  for (const auto& blocks : job.disks) {
    w.put<uint64_t>(blocks.size());
    for (const auto& [b, data] : blocks) {
      const ContentHash h = content_hash(data.data(), kPageSize);
      put(h, data.data());
      w.put(b);
      w.put(h.lo);
      w.put(h.hi);
    }
  }
  std::vector<uint8_t> bytes = std::move(job.head);
  bytes.insert(bytes.end(), w.bytes().begin(), w.bytes().end());
  const uint32_t crc = crc32c(bytes.data(), bytes.size());
  bytes.insert(bytes.end(), reinterpret_cast<const uint8_t*>(&crc), reinterpret_cast<const uint8_t*>(&crc) + 4);
  // The pack first: a checkpoint file never names a page not yet durable.
  flush_pack();
  if (pack_fd_ >= 0) ::fsync(pack_fd_);
  const std::string tmp = job.file + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 || !write_all(fd, 0, bytes.data(), bytes.size()) || ::fsync(fd) != 0) {
    if (fd >= 0) ::close(fd);
    throw UserError(tmp + ": cannot write: " + std::strerror(errno));
  }
  ::close(fd);
  if (::rename(tmp.c_str(), job.file.c_str()) != 0)
    throw UserError(job.file + ": cannot rename: " + std::strerror(errno));
}

const std::vector<SavedCheckpoint>& CheckpointStore::list() {
  wait();
  if (listed_) return list_;
  listed_ = true;
  list_.clear();
  std::error_code ec;
  if (!std::filesystem::is_directory(dir(), ec)) return list_;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir(), ec))
    if (e.path().extension() == ".bin") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    try {
      const std::vector<uint8_t> body = checked_body(f);
      StateReader r(body);
      SavedCheckpoint c = parse_header(r, f);
      c.bytes = body.size() + 4;
      list_.push_back(std::move(c));
    } catch (const UserError& e) {
      std::fprintf(stderr, "ttvm: saved checkpoint skipped: %s\n", e.what());
    }
  }
  std::sort(list_.begin(), list_.end(), [](const auto& a, const auto& b) { return a.at.before(b.at); });
  return list_;
}

CheckpointStore::Loaded CheckpointStore::load(const SavedCheckpoint& c) {
  wait();
  scan_pack();
  const std::vector<uint8_t> body = checked_body(c.file);
  StateReader r(body);
  parse_header(r, c.file);
  Loaded out;
  out.state = r.get_blob();
  const uint64_t npages = r.get<uint64_t>();
  std::unordered_map<ContentHash, PageRef, HashOfHash> loaded;
  loaded.reserve(npages);
  for (uint64_t i = 0; i < npages; ++i) {
    const uint64_t p = r.get<uint64_t>();
    ContentHash h;
    h.lo = r.get<uint64_t>();
    h.hi = r.get<uint64_t>();
    PageRef& page = loaded[h];
    if (!page) {
      if (auto it = last_loaded_.find(h); it != last_loaded_.end()) {
        page = it->second;  // read, checked and decompressed for the last checkpoint
      } else {
        const std::vector<uint8_t> d = get(h, c.file);
        auto fresh = std::make_shared<PageBytes>();
        std::memcpy(fresh->b, d.data(), kPageSize);
        page = std::move(fresh);
      }
    }
    out.pages.emplace_back(p, page);
  }
  last_loaded_ = std::move(loaded);
  const uint32_t ndisks = r.get<uint32_t>();
  for (uint32_t d = 0; d < ndisks; ++d) {
    out.disks.emplace_back();
    const uint64_t nb = r.get<uint64_t>();
    for (uint64_t i = 0; i < nb; ++i) {
      const uint64_t b = r.get<uint64_t>();
      ContentHash h;
      h.lo = r.get<uint64_t>();
      h.hi = r.get<uint64_t>();
      out.disks.back().emplace_back(b, std::make_shared<const std::vector<uint8_t>>(get(h, c.file)));
    }
  }
  if (!r.at_end()) throw UserError(c.file + ": extra bytes at the end");
  return out;
}

uint64_t CheckpointStore::pack_bytes() {
  wait();
  scan_pack();
  return pack_end_;
}

}  // namespace ttvm
