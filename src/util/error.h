// Typed errors for bad user input (files, options, recordings, packets).
// Thrown where the problem is found, with a message naming the thing and
// what was expected; caught and printed once at the top (src/cli).
// Guest misbehaviour never throws: it gets the architectural response.
#pragma once
#include <stdexcept>
#include <string>

namespace ttvm {

class UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& msg) : std::runtime_error(msg) {}
};

}  // namespace ttvm
