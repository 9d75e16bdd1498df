import ECSSim
import Foundation

enum EventFormat: String, CaseIterable {
  case json, text
}
