// ttvm pack REC: makes a recording self-contained (after rr pack) while its
// images still exist: one recorded with --no-pack, or by an older ttvm
// (format 1, which it converts: the images are checked against the old
// 64-bit hash, then named by the current one). Whole files are kept as
// record keeps them; a drive is kept whole as a block set (its non-zero
// blocks, compressed), since which blocks the guest read is not known.
#include <sys/stat.h>

#include <cinttypes>
#include <cstdio>

#include "cli/commands.h"
#include "cli/images.h"
#include "machine/options.h"
#include "record/image_store.h"
#include "record/manifest.h"
#include "record/recorder.h"
#include "util/error.h"

namespace ttvm {

namespace {

// Whether the recording already keeps a good copy of `img`.
bool kept_well(const std::string& rec, const ImageRef& img) {
  const KeptImage k = find_kept(rec, img.hash);
  try {
    if (k.kind == KeptImage::kWhole) {
      const FileHash fh = hash_file(k.path, "kept " + img.role + " image");
      return fh.hash == img.hash && fh.size == img.size;
    }
    if (k.kind == KeptImage::kBlocks) return img.role == "drive" && StoredBlocks::open(k.path, img.hash, 0);
  } catch (const UserError& e) {
    std::fprintf(stderr, "ttvm: %s; keeping it again\n", e.what());
  }
  return false;
}

}  // namespace

int cmd_pack(const std::vector<std::string>& args) {
  std::string rec;
  std::vector<std::string> moved;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--image") {
      if (i + 1 == args.size()) throw UserError("--image needs ROLE=PATH (e.g. kernel=/new/place/Image)");
      moved.push_back(args[++i]);
    } else if (rec.empty() && !args[i].empty() && args[i][0] != '-') {
      rec = args[i];
    } else {
      throw UserError("pack: unknown argument '" + args[i] + "' (usage: ttvm pack DIR [--image ROLE=PATH]...)");
    }
  }
  if (rec.empty()) throw UserError("pack: which recording? (usage: ttvm pack DIR [--image ROLE=PATH]...)");
  Manifest man = read_manifest(manifest_path(rec));
  const std::vector<std::string> paths = image_paths(man, moved);
  const bool convert = man.version == Manifest::kOldVersion;
  const std::vector<DriveConfig> drives = parse_machine_options(man.args).drives;
  make_images_dir(rec);
  for (size_t i = 0; i < man.images.size(); ++i) {
    ImageRef& img = man.images[i];
    const std::string label = image_label(man, i);
    const std::string what = img.role + " image";
    const std::string& path = paths[i];
    if (convert) {
      // Format 1 named the image by hash_words: the file must still match
      // it before its new name is taken from it.
      const uint64_t old = v1_image_hash(img.role, path);
      struct stat st;
      if (old != img.v1_hash || ::stat(path.c_str(), &st) != 0 || uint64_t(st.st_size) != img.size)
        throw UserError(path + ": the " + what + " differs from the one recorded in " + rec +
                        ", so it cannot be kept; give the recorded one with --image " + label + "=PATH");
      img.hash = hash_image(img.role, path).hash;
    } else if (kept_well(rec, img)) {
      std::printf("%-8s %s: already kept\n", label.c_str(), img.path.c_str());
      continue;
    }
    if (img.role != "drive") {
      const FileHash fh = hash_file(path, what);
      if (!(fh.hash == img.hash) || fh.size != img.size)
        throw UserError(path + ": the " + what + " differs from the one recorded in " + rec + " (content hash " +
                        fh.hash.hex() + "; recorded " + img.hash.hex() + "); give the recorded one with --image " +
                        label + "=PATH");
      const KeptAs how = store_whole(rec, path, img.hash, img.size, what);
      std::printf("%-8s %s: kept whole (%s), %" PRIu64 " bytes\n", label.c_str(), path.c_str(), kept_as_name(how),
                  img.size);
      continue;
    }
    // A drive: every block, hashed as it is read, so what is kept is
    // exactly the recorded contents. A decoded one (qcow2) keeps the
    // blocks of its virtual disk, its file hashed first.
    size_t k = 0;
    for (size_t j = 0; j < i; ++j) k += man.images[j].role == "drive";
    TrackedFile file(path, k < drives.size() ? drives[k].format : "raw");
    auto differs = [&](const ContentHash& got) {
      std::remove(blocks_path(rec, img.hash).c_str());
      return UserError(path + ": the " + what + " differs from the one recorded in " + rec + " (content hash " +
                       got.hex() + "; recorded " + img.hash.hex() + "); give the recorded one with --image " + label +
                       "=PATH");
    };
    if (file.decoded() && !(file.hash_now() == img.hash)) throw differs(file.hash_now());
    ContentHasher h;
    const BlockSetInfo info = write_blocks(
        rec, img.hash, file.size(), {}, true,
        [&](uint64_t pos, uint8_t* out, uint64_t n) {
          if (!file.read_untracked(pos, out, n)) return false;
          h.update(out, n);
          return true;
        },
        path);
    if (!file.decoded() && (!(h.digest() == img.hash) || file.size() != img.size)) throw differs(h.digest());
    std::printf("%-8s %s: kept %" PRIu64 " non-zero blocks of %" PRIu64 ", %" PRIu64 " bytes compressed\n",
                label.c_str(), path.c_str(), info.stored_blocks, info.total_blocks, info.file_bytes);
  }
  if (convert) {
    man.version = Manifest::kVersion;
    write_manifest(manifest_path(rec), man);
    std::printf("converted %s from recording format %u to %u\n", rec.c_str(), Manifest::kOldVersion,
                Manifest::kVersion);
  }
  std::printf("%s is self-contained\n", rec.c_str());
  return 0;
}

}  // namespace ttvm
