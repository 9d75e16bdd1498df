import Dashboard
import ECSSim
import Foundation
import TerminalUI

/// A theme the dashboard can use, as `ecsim themes` lists it.
public struct ThemeInfo: Sendable, Equatable {
  /// Where a theme's file was found; the first place in the lookup order wins.
  public enum Origin: Sendable, Equatable {
    /// The user's own folder (`$XDG_CONFIG_HOME/ecsim/themes`); `path` is the file.
    case user(path: String)
    /// A `Themes/` folder beside the program (a package checkout, `swift run`) or an installed
    /// `share/ecsim/themes`; `path` is the file.
    case folder(path: String)
    /// The copy embedded in the binary (or, for `monochrome`, the theme written in code).
    case builtIn
  }

  public var name: String
  /// The file's `description:` line ("" when it has none).
  public var description: String
  public var origin: Origin
  /// Why the file cannot be used; nil when it loads. Listing never fails on a broken file, so
  /// `ecsim themes` can show which one is broken.
  public var problem: LocatedError?

  public init(name: String, description: String, origin: Origin, problem: LocatedError? = nil) {
    self.name = name
    self.description = description
    self.origin = origin
    self.problem = problem
  }

  /// `user`, the folder the file is in, or `built in`: the "from" column of `ecsim themes`.
  public var whereFound: String {
    switch origin {
    case .user: "user"
    case .folder(let path): URL(fileURLWithPath: path).deletingLastPathComponent().path
    case .builtIn: "built in"
    }
  }
}
