// The images of a recording as the commands see them: which file a machine
// option reads, in record (the images are kept in the recording:
// record/image_store.h), replay (the kept copy first, then --image, then
// the path the manifest names, the hash checked each time), info and pack.
// The manifest lists the images in machine_files() order; the drives are
// its last entries, in -drive order.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "machine/config.h"
#include "record/manifest.h"

namespace ttvm {

class TrackedFile;

// Record: each drive reads through a TrackedFile, so that the recording
// can keep only the blocks the guest read.
class RecordImages {
 public:
  // Before the machine is built (it opens the drives).
  explicit RecordImages(MachineConfig& cfg);
  ~RecordImages();
  // Once the recording directory exists: keeps the whole files (firmware,
  // kernel, initrd, dtb). Returns a line for the user.
  std::string keep_files(const std::string& rec, const Manifest& man);
  // After the run: keeps the blocks each drive's guest read.
  std::string keep_drives(const std::string& rec, const Manifest& man);

 private:
  std::vector<std::shared_ptr<TrackedFile>> drives_;  // -drive order
};

// The name --image uses for image `i`: its role, or ROLE.N (N from 0)
// when the recording has several of that role.
std::string image_label(const Manifest& man, size_t i);

// Where each image is outside the recording: the manifest's path, or the
// PATH of an --image LABEL=PATH in `overrides` (UserError for a bad one).
std::vector<std::string> image_paths(const Manifest& man, const std::vector<std::string>& overrides);

// Replay: points `cfg` (built from the manifest's options) at a file, or
// at kept blocks, holding each image's recorded contents; `overrides` are
// --image LABEL=PATH values. UserError naming the image and every place
// looked when none holds it.
void locate_images(MachineConfig& cfg, const Manifest& man, const std::string& rec,
                   const std::vector<std::string>& overrides);

// ttvm info: one line per image with what the recording keeps of it, and
// the total.
void print_images(const Manifest& man, const std::string& rec);

}  // namespace ttvm
