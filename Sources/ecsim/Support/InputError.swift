import ArgumentParser
import ECSSim
import ECSimIO
import Foundation

/// A bad scenario, script, flag value or command: reported on stderr, exit status 2.
struct InputError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
